import { expect, test, type Locator, type Page } from '@playwright/test';
import { csrf, defaultEnvironment } from '../support/api';
import { newAccount, shot, signUp } from '../support/accounts';
import { clusterKeySettings, createTopic, launchRunningCluster } from '../support/clusters';
import { produceRecords } from '../support/records';

/**
 * The topic page's message browser: records written by a real Kafka client (JSON, bytes, text,
 * headers, two partitions) are shown newest first, from an offset, by partition and through a
 * search; a test message produced with the form appears in the list; the topic's own setting is
 * shown beside the default it replaces.
 */

const row = (page: Page, partition: number, offset: number) => page.getByTestId('record-row').and(page.locator(`[data-partition="${partition}"][data-offset="${offset}"]`));
const rows = (page: Page) => page.getByTestId('record-row');

async function expand(page: Page, partition: number, offset: number): Promise<Locator> {
  await row(page, partition, offset).getByRole('button', { name: String(offset), exact: true }).click();
  // The detail is the row right after the record's own.
  return row(page, partition, offset).locator('xpath=following-sibling::tr[1]');
}

test('browse a topic, produce a test message, see what differs from the defaults', async ({ page }) => {
  test.setTimeout(300_000);
  await signUp(page, newAccount('messages'));
  const env = await defaultEnvironment(page);
  const clusterId = await launchRunningCluster(page, env, 'messages');
  await createTopic(page, clusterId, 'orders', 2, { 'retention.ms': '3600000' });
  const client = await clusterKeySettings(page, env, clusterId, 'messages-e2e');
  await produceRecords(client, 'orders', [
    { partition: 0, key: Buffer.from('order-1'), value: Buffer.from('{"order":1,"status":"paid"}'), headers: { 'trace-id': Buffer.from('abc-123') } },
    { partition: 0, key: Buffer.from('blob'), value: Buffer.from([0xde, 0xad, 0xbe, 0xef, 0x00]) },
    { partition: 0, key: Buffer.from('order-3'), value: Buffer.from('just some text') },
    { partition: 1, key: Buffer.from('order-2'), value: Buffer.from('{"order":2,"status":"shipped"}') },
    { partition: 1, value: Buffer.from('second in p1') },
  ]);

  await page.goto(`/app/environments/${env}/clusters/${clusterId}/topics/orders`);
  const browse = page.getByRole('form', { name: 'Browse messages' });

  // --- Newest: every record, each with its key, value (JSON pretty-printed, bytes as hex) and headers
  await expect(rows(page)).toHaveCount(5);
  await expect(page.getByTestId('records-count')).toHaveText('5 of 5 loaded');
  const json = await expand(page, 0, 0);
  await expect(json.getByTestId('record-value')).toHaveText('{\n  "order": 1,\n  "status": "paid"\n}');
  await expect(json.getByTestId('record-key')).toHaveText('order-1');
  await expect(json.getByRole('table', { name: 'Headers' })).toContainText('trace-id');
  await expect(json.getByRole('table', { name: 'Headers' })).toContainText('abc-123');
  const bytes = await expand(page, 0, 1);
  await expect(bytes.getByTestId('record-value')).toHaveText('de ad be ef 00');
  await expect(bytes).toContainText('bytes (hex)');
  await shot(page, 'topic-messages');

  // --- From an offset, in one partition ----------------------------------------------------------
  await browse.getByRole('button', { name: 'From offset' }).click();
  await browse.getByLabel('Offset').fill('1');
  await browse.getByLabel('Partition').selectOption('0');
  await browse.getByRole('button', { name: 'Load messages' }).click();
  await expect(rows(page)).toHaveCount(2);
  await expect(row(page, 0, 1)).toBeVisible();
  await expect(row(page, 0, 2)).toBeVisible();

  // --- The newest of one partition -----------------------------------------------------------------
  await browse.getByRole('button', { name: 'Newest' }).click();
  await browse.getByLabel('Partition').selectOption('1');
  await browse.getByRole('button', { name: 'Load messages' }).click();
  await expect(rows(page)).toHaveCount(2);
  expect(await rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-partition')))).toEqual(['1', '1']);

  // --- Search in what was loaded -----------------------------------------------------------------
  await browse.getByLabel('Partition').selectOption('');
  await browse.getByRole('button', { name: 'Load messages' }).click();
  await expect(rows(page)).toHaveCount(5);
  await page.getByLabel('Search loaded messages').fill('shipped');
  await expect(rows(page)).toHaveCount(1);
  await expect(row(page, 1, 0)).toBeVisible();
  await page.getByLabel('Search loaded messages').fill('abc-123');
  await expect(rows(page)).toHaveCount(1);
  await expect(row(page, 0, 0)).toBeVisible();
  await page.getByLabel('Search loaded messages').fill('');
  await expect(rows(page)).toHaveCount(5);

  // --- Produce a test message with the form: it shows up in the browser ---------------------------
  const form = page.getByRole('form', { name: 'Produce a test message' });
  await form.getByLabel('Key').fill('from-console');
  await form.getByLabel('Partition').selectOption('1');
  await form.getByLabel('Value', { exact: true }).fill('{"made":"in the console"}');
  await form.getByRole('button', { name: 'Add header' }).click();
  await form.getByLabel('Header 1 name').fill('source');
  await form.getByLabel('Header 1 value').fill('e2e');
  await form.getByRole('button', { name: 'Produce message' }).click();
  await expect(form.getByTestId('produced-at')).toHaveText('Partition 1, offset 2');
  await expect(rows(page)).toHaveCount(6);
  const mine = await expand(page, 1, 2);
  await expect(mine.getByTestId('record-value')).toHaveText('{\n  "made": "in the console"\n}');
  await expect(mine.getByTestId('record-key')).toHaveText('from-console');
  await expect(mine.getByRole('table', { name: 'Headers' })).toContainText('source');
  await expect(mine.getByRole('table', { name: 'Headers' })).toContainText('e2e');
  // Bad JSON is caught before anything is sent.
  await form.getByLabel('Value', { exact: true }).fill('{not json');
  await form.getByRole('button', { name: 'Produce message' }).click();
  await expect(form).toContainText('The value is not valid JSON');
  const afterBadJson = await (await page.request.get(`/kafka/v3/clusters/${clusterId}/topics/orders/records?partition_id=1&offset=0`)).json();
  expect(afterBadJson.data).toHaveLength(3);

  // --- The topic's own setting beside its default ---------------------------------------------------
  const configs = page.getByRole('region', { name: 'Configuration' });
  const changed = configs.getByRole('table', { name: 'Changed from default' });
  const retention = changed.locator('[data-config="retention.ms"]');
  await expect(retention).toContainText('3600000');
  await expect(retention).toContainText('604800000');
  await expect(retention).toContainText('Set on this topic');
  await expect(changed.getByTestId('config-row')).toHaveCount(1);
  await configs.getByRole('button', { name: /All settings/ }).click();
  await expect(configs.getByRole('table', { name: 'All settings' }).locator('[data-config="cleanup.policy"]')).toContainText('Kafka default');
  await shot(page, 'topic-configs-diff');

  const del = await page.request.delete(`/cmk/v2/clusters/${clusterId}?environment=${env}`, { headers: { 'x-csrf-token': await csrf(page) } });
  expect([200, 202, 204]).toContain(del.status());
});
