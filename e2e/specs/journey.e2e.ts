import { expect, test } from '@playwright/test';
import { newAccount, shot, signUp } from '../support/accounts';
import { consume, parseJavaProperties, produce } from '../support/kafka';

/**
 * The whole way through, against the real stack: sign up → Standard cluster → PROVISIONED →
 * topic → cluster API key (secret read from the page) → produce and consume with a real Kafka
 * client configured from what the page shows → usage and costs appear → delete the cluster.
 */
test('sign up, run a cluster, produce and consume, see usage and costs, delete it', async ({ page, context }) => {
  test.setTimeout(240_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const account = newAccount('journey');
  const clusterName = `orders-${account.email.slice(8, 14)}`;
  await signUp(page, account);

  // --- Create a Standard cluster --------------------------------------------------------------
  const nav = page.getByRole('complementary', { name: 'Main navigation' });
  await nav.getByRole('link', { name: 'Clusters', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Kafka clusters', level: 1 })).toBeVisible();
  await expect(page.getByText('No clusters in default yet')).toBeVisible();
  await shot(page, 'clusters-empty');
  await page.getByRole('link', { name: 'Create cluster' }).first().click();
  await expect(page.getByRole('heading', { name: 'Create a Kafka cluster' })).toBeVisible();
  await page.getByRole('radio', { name: /^Standard/ }).check();
  await expect(page.getByLabel('Cloud')).toHaveValue('LOCAL');
  await expect(page.getByLabel('Region')).toHaveValue('local');
  await page.getByRole('radio', { name: /^Single zone/ }).check();
  await page.getByLabel('Cluster name').fill(clusterName);
  // The price (or where it will come from) is shown before confirming.
  await expect(page.getByTestId('price')).toBeVisible();
  await shot(page, 'cluster-create');
  await page.getByRole('button', { name: 'Launch cluster' }).click();

  // --- Provisioning, then PROVISIONED on the page ----------------------------------------------
  await expect(page).toHaveURL(/\/clusters\/lkc-[a-z0-9]+\?created=1$/);
  const clusterUrl = page.url().replace(/\?.*$/, '');
  const clusterId = /\/(lkc-[a-z0-9]+)$/.exec(clusterUrl)![1];
  await expect(page.getByRole('heading', { level: 1 })).toContainText(clusterName);
  const phase = page.locator('h1 [data-phase]');
  if ((await phase.getAttribute('data-phase')) === 'PROVISIONING') {
    await expect(page.getByRole('progressbar', { name: 'Provisioning progress' })).toBeVisible();
    await shot(page, 'cluster-provisioning');
  }
  await expect(phase).toHaveAttribute('data-phase', 'PROVISIONED', { timeout: 120_000 });
  await expect(page.getByRole('region', { name: /Brokers · 3 of 3 healthy/ })).toBeVisible();
  const bootstrap = page.getByRole('region', { name: 'Bootstrap server' }).locator('code').first();
  await expect(bootstrap).toHaveText(/^127\.0\.0\.1:\d+(,127\.0\.0\.1:\d+){2}$/);

  // The list shows it live, with its brokers' health.
  await page.getByRole('link', { name: '← Clusters' }).click();
  const listed = page.getByRole('link', { name: new RegExp(clusterName) });
  await expect(listed.locator('[data-phase]')).toHaveAttribute('data-phase', 'PROVISIONED');
  await expect(listed).toContainText('3 healthy');
  await shot(page, 'clusters');
  await listed.click();

  // --- A topic -----------------------------------------------------------------------------------
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Topics' }).click();
  await page.getByRole('button', { name: 'Create your first topic' }).click();
  const topicDialog = page.getByRole('dialog', { name: 'New topic' });
  await topicDialog.getByLabel('Topic name').fill('orders');
  await topicDialog.getByLabel('Partitions').fill('3');
  await topicDialog.getByLabel('Retention').selectOption({ label: '1 day' });
  await topicDialog.getByRole('button', { name: 'Create topic' }).click();
  await expect(topicDialog).toBeHidden();
  const row = page.getByRole('row', { name: /orders/ });
  await expect(row).toContainText('3');
  await shot(page, 'topics');
  await row.getByRole('link', { name: 'orders' }).click();
  await expect(page.getByRole('row', { name: /^retention\.ms/ })).toContainText('86400000');
  // Three partitions, each led by a broker and fully in sync.
  await expect(page.getByRole('region', { name: 'Partitions' }).getByRole('row')).toHaveCount(4);
  await shot(page, 'topic-configs');

  // --- A cluster API key, its secret read from the page, and the client configuration -------------
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Overview' }).click();
  const connect = page.getByRole('region', { name: 'Connect a client' });
  await connect.getByRole('button', { name: 'Create a key for this cluster' }).click();
  await connect.getByLabel('Key name').fill('orders-service');
  await connect.getByRole('button', { name: 'Create key' }).click();
  await expect(connect.getByText("you won't see it again")).toBeVisible();
  const keyId = (await connect.getByTestId('api-key-id').textContent())!.trim();
  const secret = (await connect.getByTestId('api-key-secret').textContent())!.trim();
  expect(secret.length).toBeGreaterThanOrEqual(32);
  await expect(connect.getByLabel('API key')).toHaveValue(keyId);
  const javaProps = (await connect.getByTestId('client-config-java').textContent())!;
  await shot(page, 'cluster-overview');
  await connect.getByRole('tab', { name: 'KafkaJS' }).click();
  await expect(connect.getByTestId('client-config-kafkajs')).toContainText(`username: '${keyId}'`);
  await connect.getByRole('tab', { name: 'kcat' }).click();
  await expect(connect.getByTestId('client-config-kcat')).toContainText(`sasl.username=${keyId}`);
  await connect.getByRole('button', { name: /Copy kcat configuration/ }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(secret);

  // --- Produce and consume with a real Kafka client, configured from the page --------------------
  const settings = parseJavaProperties(javaProps);
  expect(settings).toMatchObject({ username: keyId, password: secret, protocol: 'SASL_PLAINTEXT', mechanism: 'SCRAM-SHA-512' });
  expect(settings.servers.join(',')).toBe(await bootstrap.textContent());
  const values = Array.from({ length: 200 }, (_, i) => JSON.stringify({ order: i, item: 'x'.repeat(200) }));
  await produce(settings, 'orders', values);
  const got = await consume(settings, 'orders', values.length);
  expect(got.length).toBe(values.length);
  expect(new Set(got)).toEqual(new Set(values));

  // --- The cluster's own metrics, and the page on a phone --------------------------------------------
  await page.goto(`${clusterUrl}/metrics`);
  await expect(page.getByTestId('usage-received_bytes')).not.toHaveText(/^0 B$/, { timeout: 60_000 });
  await shot(page, 'cluster-metrics');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(clusterUrl);
  await expect(page.getByRole('region', { name: 'Connect a client' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open menu' })).toBeVisible();
  await shot(page, 'cluster-overview-phone');
  await page.setViewportSize({ width: 1366, height: 860 });

  // --- Usage in the charts --------------------------------------------------------------------------
  await nav.getByRole('link', { name: 'Usage', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Usage', level: 1 })).toBeVisible();
  // Metering samples every couple of seconds in this stack; the page refreshes by itself.
  await expect(page.getByTestId('usage-received_bytes')).not.toHaveText(/^0 B$/, { timeout: 60_000 });
  await expect(page.getByTestId('usage-sent_bytes')).not.toHaveText(/^0 B$/, { timeout: 30_000 });
  await expect(page.getByTestId('usage-partition_count')).not.toHaveText('0', { timeout: 30_000 });
  await expect(page.getByRole('region', { name: 'Data in' }).locator('.recharts-surface').first()).toBeVisible();
  await shot(page, 'usage');

  // --- Costs ------------------------------------------------------------------------------------------
  await nav.getByRole('link', { name: 'Billing', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Billing', level: 1 })).toBeVisible();
  const costs = page.getByTestId('costs-table');
  await expect(costs.getByRole('row', { name: new RegExp(`${clusterName}.*Cluster base`) }).first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('credit-left')).toHaveText(/^\$\d/);
  await expect(page.getByTestId('invoice-total')).toHaveText(/^\$\d/);
  await shot(page, 'billing');

  // --- Delete the cluster, confirming by typing its name ---------------------------------------------
  await page.goto(`${clusterUrl}/settings`);
  await page.getByRole('button', { name: 'Delete this cluster' }).click();
  const confirm = page.getByRole('dialog', { name: `Delete ${clusterName}?` });
  const del = confirm.getByRole('button', { name: 'Delete cluster' });
  await expect(del).toBeDisabled();
  await confirm.getByLabel(`Type "${clusterName}" to confirm`).fill(clusterName);
  await shot(page, 'cluster-delete');
  await del.click();
  await expect(page).toHaveURL(/\/clusters$/);
  const card = page.getByRole('link', { name: new RegExp(clusterName) });
  // Deleting, then gone.
  await expect(page.getByText('No clusters in default yet').or(card.locator('[data-phase="DEPROVISIONING"]'))).toBeVisible({ timeout: 30_000 });
  // Who did what: the audit log has the cluster's life.
  await nav.getByRole('link', { name: 'Audit log', exact: true }).click();
  await expect(page.getByText('cluster.create').first()).toBeVisible();
  await expect(page.getByText('cluster.provisioned').first()).toBeVisible();
  await shot(page, 'audit-log');

  const res = await page.request.get(`/cmk/v2/clusters/${clusterId}?environment=${/environments\/(env-[a-z0-9]+)/.exec(clusterUrl)![1]}`);
  expect([404, 200]).toContain(res.status());
  if (res.status() === 200) expect((await res.json()).status.phase).toBe('DEPROVISIONING');
});
