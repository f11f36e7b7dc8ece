import { expect, test } from '@playwright/test';
import { defaultEnvironment } from '../support/api';
import { newAccount, shot, signUp } from '../support/accounts';
import { clusterKeySettings, createTopic, launchRunningCluster } from '../support/clusters';
import { brokerLag, consumePartlyAndLeave, joinAndStay, produceToPartition } from '../support/consumer-group';

/**
 * Consumer groups in the console, against a real cluster and real Kafka clients: a group that read
 * part of a topic and left shows the broker's own committed offsets, log end offsets and lag; the
 * "falling behind" alert follows a threshold the user sets; offsets reset to earliest from the page
 * (preview, then confirm) and the lag becomes the whole log, then to an explicit offset and to a
 * time; a group with a live member is refused, with the API's reason, and the page disables the
 * reset; lag that keeps growing raises the alert too.
 */
test('a group that fell behind: its lag as the broker reports it, the alert, a reset to earliest, a refused reset while a member runs, and lag that keeps growing', async ({ page }) => {
  test.setTimeout(300_000);
  const account = newAccount('groups');
  await signUp(page, account);
  const env = await defaultEnvironment(page);
  const clusterId = await launchRunningCluster(page, env, `ledger-${account.email.slice(7, 12)}`);
  const topic = 'payments';
  const group = 'billing-service';
  await createTopic(page, clusterId, topic, 2);
  const client = await clusterKeySettings(page, env, clusterId, 'consumer-groups-e2e');

  // 60 records on partition 0 and 40 on partition 1; the group reads and commits 25 and 10 of them, then leaves.
  await expect(async () => {
    await produceToPartition(client, topic, 0, 60);
  }).toPass({ timeout: 30_000 });
  await produceToPartition(client, topic, 1, 40);
  await consumePartlyAndLeave(client, topic, group, { 0: 25, 1: 10 });
  const broker = await brokerLag(client, topic, group, 2);
  expect(broker).toEqual([
    { partition: 0, committed: 25, end: 60, lag: 35 },
    { partition: 1, committed: 10, end: 40, lag: 30 },
  ]);
  const totalLag = broker.reduce((sum, p) => sum + p.lag, 0);

  // --- The list: the cluster's new tab ------------------------------------------------------------
  await page.goto(`/app/environments/${env}/clusters/${clusterId}`);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Consumer groups' }).click();
  await expect(page).toHaveURL(/\/consumer-groups$/);
  const row = page.locator(`tr[data-group="${group}"]`);
  await expect(row.locator('[data-state]')).toHaveAttribute('data-state', 'EMPTY', { timeout: 30_000 });
  await expect(row.locator('[data-col="members"]')).toHaveText('0');
  await expect(row.locator('[data-col="total-lag"]')).toHaveText(String(totalLag));
  await expect(row.locator('[data-col="max-lag"]')).toHaveText(`35 on ${topic}-0`);
  await shot(page, 'consumer-groups');

  // --- The group: lag per partition equals the broker's numbers -----------------------------------
  await row.getByRole('link', { name: group }).click();
  await expect(page.getByRole('heading', { name: group, exact: true })).toBeVisible();
  await expect(page.getByTestId('total-lag')).toHaveText(String(totalLag));
  const lagTable = page.getByRole('region', { name: 'Lag per partition' });
  for (const p of broker) {
    const r = lagTable.locator(`tr[data-topic="${topic}"][data-partition="${p.partition}"]`);
    await expect(r.locator('[data-col="current"]')).toHaveText(String(p.committed));
    await expect(r.locator('[data-col="end"]')).toHaveText(String(p.end));
    await expect(r.locator('[data-col="lag"]')).toHaveText(String(p.lag));
  }
  await expect(page.getByRole('region', { name: 'Members' })).toContainText('No active members');

  // The chart is honest about where its points come from, and gains one every few seconds.
  const chart = page.getByTestId('lag-chart');
  await expect(chart).toContainText('since you opened it');
  await expect.poll(async () => Number(await chart.getAttribute('data-samples')), { timeout: 30_000 }).toBeGreaterThanOrEqual(2);

  // --- The alert: none at the default threshold (1000), then one at a threshold below the lag -----
  await expect(page.getByTestId('lag-alert')).toHaveCount(0);
  await page.getByText('Alert settings', { exact: true }).click();
  await page.getByLabel('Alert when total lag is above').fill('50');
  await page.getByRole('button', { name: 'Save alert settings' }).click();
  const alert = page.getByTestId('lag-alert');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(`Total lag is ${totalLag} messages, above your threshold of 50`);
  await shot(page, 'consumer-group-behind');
  // Kept in this browser: still there after a reload.
  await page.reload();
  await expect(page.getByTestId('lag-alert')).toBeVisible({ timeout: 15_000 });

  // --- Reset to earliest: preview first (nothing changes), then confirm ---------------------------
  const reset = page.getByRole('form', { name: 'Reset offsets' });
  await expect(reset.getByRole('radio', { name: 'Earliest' })).toHaveAttribute('aria-checked', 'true');
  await reset.getByRole('button', { name: 'Preview' }).click();
  const preview = reset.getByTestId('reset-changes');
  await expect(preview.getByRole('row')).toHaveCount(3);
  await expect(preview).toContainText('nothing has changed yet');
  expect((await brokerLag(client, topic, group, 2)).map((p) => p.committed)).toEqual([25, 10]);
  await reset.getByRole('button', { name: 'Reset offsets' }).click();
  const confirm = page.getByRole('dialog', { name: `Reset the offsets of ${group}?` });
  await confirm.getByRole('button', { name: 'Reset offsets' }).click();
  await expect(confirm).toBeHidden();
  await expect(reset.getByTestId('reset-done')).toBeVisible();
  const after = await brokerLag(client, topic, group, 2);
  expect(after).toEqual([
    { partition: 0, committed: 0, end: 60, lag: 60 },
    { partition: 1, committed: 0, end: 40, lag: 40 },
  ]);
  // The lag table follows: every partition's lag is now its log end offset.
  for (const p of after) {
    const r = lagTable.locator(`tr[data-topic="${topic}"][data-partition="${p.partition}"]`);
    await expect(r.locator('[data-col="current"]')).toHaveText('0');
    await expect(r.locator('[data-col="lag"]')).toHaveText(String(p.end));
  }
  await expect(page.getByTestId('total-lag')).toHaveText('100');
  await shot(page, 'consumer-group-reset');

  // --- An explicit offset on one partition; the other is left alone, and the alert clears ----------
  await reset.getByRole('radio', { name: 'Explicit offsets' }).click();
  await reset.getByLabel(`New offset for ${topic} partition 0`).fill('50');
  await reset.getByRole('button', { name: 'Preview' }).click();
  await expect(reset.getByTestId('reset-changes').getByRole('row')).toHaveCount(2);
  await reset.getByRole('button', { name: 'Reset offsets' }).click();
  await page.getByRole('dialog', { name: `Reset the offsets of ${group}?` }).getByRole('button', { name: 'Reset offsets' }).click();
  await expect(page.getByTestId('total-lag')).toHaveText('50');
  expect((await brokerLag(client, topic, group, 2)).map((p) => p.committed)).toEqual([50, 0]);
  await expect(lagTable.locator(`tr[data-partition="0"] [data-col="lag"]`)).toHaveText('10');
  // 50 is not above the threshold of 50.
  await expect(page.getByTestId('lag-alert')).toHaveCount(0);

  // --- To a time: before the first record, so every partition goes back to its start ---------------
  await reset.getByRole('radio', { name: 'A time' }).click();
  await reset.getByLabel('Date and time').fill('2000-01-01T00:00:00');
  await reset.getByRole('button', { name: 'Reset offsets' }).click();
  await page.getByRole('dialog', { name: `Reset the offsets of ${group}?` }).getByRole('button', { name: 'Reset offsets' }).click();
  await expect(page.getByTestId('total-lag')).toHaveText('100');
  expect((await brokerLag(client, topic, group, 2)).map((p) => p.committed)).toEqual([0, 0]);

  // --- A live member: the API refuses, and the page says why and disables the reset ----------------
  const member = await joinAndStay(client, topic, group);
  try {
    await expect(page.getByTestId('member-count')).toHaveText('1', { timeout: 30_000 });
    const refused = reset.getByTestId('reset-refused');
    await expect(refused).toBeVisible({ timeout: 30_000 });
    await expect(refused).toContainText(`Consumer group '${group}' is STABLE with 1 active member(s)`);
    await expect(reset.getByRole('button', { name: 'Reset offsets' })).toBeDisabled();
    await expect(reset).toContainText('The group has active members: resetting is disabled.');
    // Asked anyway (Preview is a validate-only reset), the API's 409 is shown too.
    await reset.getByRole('button', { name: 'Preview' }).click();
    await expect(reset.getByRole('alert').filter({ hasText: 'Conflict' })).toContainText('active member');
    await expect(page.getByRole('region', { name: 'Members' }).getByTestId('members-table')).toContainText('e2e-live-member');
    // What the coordinator assigned it (both partitions of the topic), and from where it connects.
    await expect(page.getByRole('region', { name: 'Members' }).getByTestId('members-table')).toContainText(`${topic}-0, ${topic}-1`);
    await expect(page.getByRole('region', { name: 'Members' }).getByTestId('members-table')).toContainText('127.0.0.1');
    await shot(page, 'consumer-group-refused');
  } finally {
    await member.leave();
  }

  // --- Lag that keeps growing raises the alert too, below the threshold -----------------------------
  await expect(page.getByTestId('member-count')).toHaveText('0', { timeout: 30_000 });
  await page.getByText('Alert settings', { exact: true }).click();
  await page.getByLabel('Alert when total lag is above').fill('1000000');
  await page.getByLabel('Or when lag grew for this many measurements in a row').fill('2');
  await page.getByRole('button', { name: 'Save alert settings' }).click();
  await expect(page.getByTestId('lag-alert')).toHaveCount(0);
  // Records keep arriving and nobody reads them: the page's measurements see the lag grow.
  const growing = page.locator('[data-testid="lag-alert"][data-alert="growing"]');
  await expect(async () => {
    await produceToPartition(client, topic, 1, 5);
    await expect(growing).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 120_000 });
  await expect(growing).toContainText('Lag grew at each of the last 2 measurements');
});
