import { expect, test } from '@playwright/test';
import { csrf, defaultEnvironment, sql } from '../support/api';
import { newAccount, shot, signUp } from '../support/accounts';

/**
 * A double-clicked "Launch cluster" creates one cluster; a running cluster the reconciler reports as
 * degraded shows as Degraded, with the reason, on the list and on its page, and as Running again once
 * the reconciler's next pass finds it healthy.
 */
test('launching twice creates one cluster; a degraded cluster says so, then recovers', async ({ page }) => {
  test.setTimeout(240_000);
  const account = newAccount('degraded');
  const name = `payments-${account.email.slice(9, 14)}`;
  await signUp(page, account);
  const env = await defaultEnvironment(page);

  // --- The create flow comes from the catalog; a double click launches once -----------------------
  await page.goto(`/app/environments/${env}/clusters/new`);
  await expect(page.getByRole('heading', { name: 'Create a Kafka cluster' })).toBeVisible();
  const offerings = await (await page.request.get('/catalog/v1/cluster-offerings')).json();
  for (const k of offerings.kinds as Array<{ kind: string; summary: string }>) {
    await expect(page.getByRole('radio', { name: new RegExp(`^${k.kind}`) })).toBeVisible();
    await expect(page.getByText(k.summary)).toBeVisible();
  }
  await page.getByRole('radio', { name: /^Basic/ }).check();
  await page.getByLabel('Cluster name').fill(name);
  await expect(page.getByTestId('price')).toBeVisible();
  await page.getByRole('button', { name: 'Launch cluster' }).dblclick();
  await expect(page).toHaveURL(/\/clusters\/lkc-[a-z0-9]+\?created=1$/);
  const clusterId = /\/(lkc-[a-z0-9]+)\?/.exec(page.url())![1];
  const listed = await (await page.request.get(`/cmk/v2/clusters?environment=${env}`)).json();
  expect(listed.data.map((c: { id: string }) => c.id)).toEqual([clusterId]);

  const badge = page.locator('h1 [data-phase]');
  await expect(badge).toHaveAttribute('data-phase', 'PROVISIONED', { timeout: 120_000 });
  await expect(badge).toHaveText('Running');

  // --- Degraded: PROVISIONED, with Ready=False / Degraded, as the reconciler writes it -------------
  const why = 'Broker 0 is not answering (last seen 40 s ago); restarting it';
  const degrade = () =>
    sql(
      `UPDATE clusters SET conditions = (SELECT coalesce(jsonb_agg(c), '[]'::jsonb) FROM jsonb_array_elements(conditions) c WHERE c->>'type' <> 'Ready')
         || jsonb_build_array(jsonb_build_object('type', 'Ready', 'status', 'False', 'reason', 'Degraded', 'message', :'p2',
              'last_transition_time', to_char(now() AT TIME ZONE 'utc', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')))
       WHERE id = :'p1' AND phase = 'PROVISIONED' RETURNING id`,
      clusterId,
      why,
    );
  const card = page.getByRole('link', { name: new RegExp(name) });
  // The reconciler's periodic pass rewrites the condition of a healthy cluster: write it again until
  // both pages have been seen with it (each look takes a second or two; a pass comes every 30 s).
  await expect(async () => {
    expect(degrade()).toBe(clusterId);
    await page.goto(`/app/environments/${env}/clusters`);
    await expect(card.locator('[data-phase]')).toHaveAttribute('data-health', 'DEGRADED', { timeout: 3000 });
    await expect(card.locator('[data-phase]')).toHaveText('Degraded');
    await expect(card).toContainText(why);
    await shot(page, 'clusters-degraded');
    await card.click();
    await expect(badge).toHaveAttribute('data-health', 'DEGRADED', { timeout: 3000 });
    await expect(badge).toHaveAttribute('data-phase', 'PROVISIONED');
    await expect(badge).toHaveText('Degraded');
    await expect(page.getByTestId('degraded-reason')).toHaveText(why);
  }).toPass({ timeout: 60_000 });
  await shot(page, 'cluster-degraded');

  // The page polls while the cluster is degraded: the reconciler's next pass finds it healthy, and the
  // page says Running again without a reload.
  await expect(badge).not.toHaveAttribute('data-health', 'DEGRADED', { timeout: 90_000 });
  await expect(badge).toHaveText('Running');

  const del = await page.request.delete(`/cmk/v2/clusters/${clusterId}?environment=${env}`, { headers: { 'x-csrf-token': await csrf(page) } });
  expect([200, 202, 204]).toContain(del.status());
});

/** Lists page through the API's `metadata.next` instead of stopping at the first page. */
test('a list longer than a page loads the rest with "Load more"', async ({ page }) => {
  test.setTimeout(120_000);
  await signUp(page, newAccount('paging'));
  const token = await csrf(page);
  const count = 53; // the console's page is 50
  for (let i = 0; i < count; i++) {
    const res = await page.request.post('/iam/v2/service-accounts', {
      headers: { 'x-csrf-token': token },
      data: { display_name: `robot-${String(i).padStart(2, '0')}`, description: 'paging' },
    });
    expect(res.status()).toBe(201);
  }
  await page.getByRole('complementary', { name: 'Main navigation' }).getByRole('link', { name: 'Service accounts', exact: true }).click();
  const rows = page.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(50);
  const more = page.getByTestId('load-more');
  await expect(more).toContainText(`Showing 50 of ${count} service accounts`);
  await shot(page, 'service-accounts-paged');
  await more.getByRole('button', { name: 'Load more service accounts' }).click();
  await expect(rows).toHaveCount(count);
  await expect(page.getByTestId('load-more')).toHaveCount(0);
  // Every one of them, each once.
  const names = await rows.locator('td.row-title').allTextContents();
  expect(new Set(names).size).toBe(count);
});
