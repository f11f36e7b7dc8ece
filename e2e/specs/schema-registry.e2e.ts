import { expect, test } from '@playwright/test';
import { defaultEnvironment } from '../support/api';
import { newAccount, shot, signUp } from '../support/accounts';
import { createTopic, waitForCluster } from '../support/clusters';
import { avroOrder, launchBasicCluster, registryGet, schemaBox } from '../support/schema-registry';

/**
 * The environment's Schema Registry in the console: register an Avro schema for `orders-value`, test
 * an incompatible change (refused, with the reason) and a compatible one, register v2, compare v1 and
 * v2 side by side, change the subject's compatibility, and see "where used" name topic `orders` of a
 * Basic cluster of the environment. One test, so the cluster (launched first, it provisions meanwhile)
 * is shared.
 */
test('register, test and compare schemas, set compatibility, and see where a subject is used', async ({ page }) => {
  test.setTimeout(300_000);
  const account = newAccount('registry');
  await signUp(page, account);
  const env = await defaultEnvironment(page);
  const clusterName = `shop-${account.email.slice(9, 14)}`;
  const clusterId = await launchBasicCluster(page, env, clusterName);

  // --- The environment's registry: endpoint and how to connect ---------------------------------
  // The environment's overview has a card for it, and the navigation a link.
  await page.goto(`/app/environments/${env}`);
  await expect(page.getByRole('main').getByRole('link', { name: /Schema Registry/ })).toBeVisible();
  await page.getByRole('complementary', { name: 'Main navigation' }).getByRole('link', { name: 'Schema Registry', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Schema Registry', level: 1 })).toBeVisible();
  const connect = page.getByRole('region', { name: 'Connect' });
  const endpoint = (await connect.locator('code').first().textContent()) ?? '';
  expect(endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/schema-registry\/lsrc-[a-z0-9]+$/);
  // A key for this registry, made here; its secret is shown once and fills the client snippet.
  await connect.getByRole('button', { name: 'Create a registry key' }).click();
  await connect.getByLabel('Key name').fill('orders-serializer');
  await connect.getByRole('button', { name: 'Create key' }).click();
  const keyId = (await connect.getByTestId('registry-key-id').textContent()) ?? '';
  const keySecret = (await connect.getByTestId('registry-key-secret').textContent()) ?? '';
  expect(keyId).not.toBe('');
  await expect(connect.getByTestId('registry-client-config')).toContainText(`userInfo: '${keyId}:${keySecret}'`);
  await expect(page.getByText('No schemas yet')).toBeVisible();
  await expect(page.getByTestId('global-compatibility')).toContainText('BACKWARD');

  // --- v1 of orders-value ----------------------------------------------------------------------
  const v1 = avroOrder([{ name: 'id', type: 'long' }]);
  await page.getByRole('button', { name: 'New subject' }).click();
  await page.getByLabel('Subject', { exact: true }).fill('orders-value');
  await expect(page.getByLabel('Schema type')).toHaveValue('AVRO');
  await schemaBox(page).fill(v1);
  await page.getByRole('button', { name: 'Test compatibility' }).click();
  await expect(page.getByTestId('schema-editor-outcome')).toContainText('The subject has no version yet');
  await page.getByRole('button', { name: 'Register schema' }).click();
  await expect(page).toHaveURL(/\/schema-registry\/subjects\/orders-value$/);
  await expect(page.getByRole('heading', { name: 'orders-value', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Versions (1)' })).toBeVisible();
  await expect(page.getByTestId('schema-text')).toContainText('"name": "Order"');

  // --- An incompatible change: a new field without a default ----------------------------------
  const outcome = page.getByTestId('schema-editor-outcome');
  await schemaBox(page).fill(avroOrder([{ name: 'id', type: 'long' }, { name: 'amount', type: 'double' }]));
  await page.getByRole('button', { name: 'Test compatibility' }).click();
  await expect(outcome).toContainText('Not compatible');
  await expect(outcome.getByTestId('compatibility-reasons')).toContainText('READER_FIELD_MISSING_DEFAULT_VALUE');
  await expect(outcome.getByTestId('compatibility-reasons')).toContainText('amount');
  await page.getByRole('button', { name: 'Register schema' }).click();
  await expect(outcome).toContainText('Refused: not compatible');
  await expect(outcome).toContainText('READER_FIELD_MISSING_DEFAULT_VALUE');
  await expect(outcome).toContainText('Schema being registered is incompatible with an earlier schema for subject "orders-value"');
  await shot(page, 'schema-registry-refused');
  await expect(page.getByRole('region', { name: 'Versions (1)' })).toBeVisible();

  // --- A compatible one (an optional field), registered as v2 ----------------------------------
  await schemaBox(page).fill(avroOrder([{ name: 'id', type: 'long' }, { name: 'note', type: ['null', 'string'], default: null }]));
  await page.getByRole('button', { name: 'Test compatibility' }).click();
  await expect(outcome).toContainText('Compatible');
  await expect(outcome).not.toContainText('Not compatible');
  await page.getByRole('button', { name: 'Register schema' }).click();
  await expect(outcome).toContainText('Version 2');
  await expect(page.getByRole('region', { name: 'Versions (2)' })).toBeVisible();
  await expect(page.getByTestId('schema-text')).toContainText('"note"');

  // --- v1 and v2 side by side ------------------------------------------------------------------
  const diff = page.getByTestId('schema-diff');
  await expect(diff.getByRole('columnheader', { name: 'Version 1' })).toBeVisible();
  await expect(diff.getByRole('columnheader', { name: 'Version 2' })).toBeVisible();
  await expect(diff.locator('[data-diff="added"]').filter({ hasText: '"note"' }).first()).toBeVisible();
  // v2 only adds lines (the new field), so the left side has gaps and nothing is marked removed.
  await expect(diff.locator('[data-diff="removed"]')).toHaveCount(0);
  await expect(page.getByTestId('diff-summary')).toContainText('changed line');
  await shot(page, 'schema-registry-diff');

  // --- The subject's compatibility ------------------------------------------------------------
  const compat = page.getByTestId('subject-compatibility');
  await expect(compat).toContainText("the registry's default");
  await compat.getByLabel("This subject's compatibility").selectOption('FULL');
  await compat.getByRole('button', { name: 'Save compatibility' }).click();
  await expect(compat).toContainText('set on this subject');
  await expect(compat.locator('.badge')).toHaveText('FULL');
  await page.reload();
  await expect(page.getByTestId('subject-compatibility')).toContainText('set on this subject');
  await expect(page.getByTestId('subject-compatibility').locator('.badge')).toHaveText('FULL');

  // --- Where used: topic `orders` of the environment's cluster --------------------------------
  const whereUsed = page.getByTestId('where-used');
  await expect(whereUsed).toContainText('values of topic orders');
  await waitForCluster(page, env, clusterId);
  await page.reload();
  await expect(page.getByTestId('where-used')).toContainText('No topic named orders exists');
  await createTopic(page, clusterId, 'orders');
  await page.reload();
  const link = page.getByTestId('where-used').getByRole('link', { name: 'orders' });
  await expect(link).toBeVisible();
  await expect(page.getByTestId('where-used')).toContainText(clusterName);
  await shot(page, 'schema-registry-subject');

  // The key from the Connect panel reads the registry as Confluent's clients do (HTTP Basic on the endpoint).
  expect(await registryGet(endpoint, keyId, keySecret, '/subjects/orders-value/versions')).toEqual([1, 2]);

  // The subjects list shows the latest version, the type and the subject's own level.
  await page.getByRole('link', { name: '← Schema Registry' }).click();
  const row = page.getByTestId('subjects-table').getByRole('row', { name: /orders-value/ });
  await expect(row).toContainText('2');
  await expect(row).toContainText('Avro');
  await expect(row).toContainText('FULL');
  await page.getByRole('link', { name: 'orders-value' }).click();
  await page.getByTestId('where-used').getByRole('link', { name: 'orders' }).click();
  await expect(page).toHaveURL(new RegExp(`/clusters/${clusterId}/topics/orders$`));
});
