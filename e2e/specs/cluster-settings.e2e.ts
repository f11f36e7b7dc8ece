import { expect, test } from '@playwright/test';
import { csrf, defaultEnvironment } from '../support/api';
import { newAccount, signUp } from '../support/accounts';
import { createCluster, waitForCluster } from '../support/clusters';

/**
 * Two console pieces over APIs that exist: deletion protection in a cluster's Settings (on → Delete
 * is refused, with the API's 409 shown when the page's copy was stale; off → Delete works), and a
 * Schema Registry key made and listed on the API keys page. One test, so the cluster (asked for first,
 * it provisions meanwhile) is shared.
 */
test('deletion protection refuses a delete until lifted, and a Schema Registry key is listed as one', async ({ page }) => {
  test.setTimeout(300_000);
  const account = newAccount('settings');
  await signUp(page, account);
  const env = await defaultEnvironment(page);
  const envName = (await (await page.request.get(`/org/v2/environments/${env}`)).json()).display_name as string;
  const clusterName = `guarded-${account.email.slice(9, 14)}`;
  const clusterId = await createCluster(page, env, clusterName);

  // --- A Schema Registry key from the API keys page --------------------------------------------------
  const registryId = (await (await page.request.get(`/srcm/v3/clusters?environment=${env}`)).json()).data[0].id as string;
  expect(registryId).toMatch(/^lsrc-/);
  await page.goto('/app/api-keys');
  await page.getByRole('button', { name: 'Create API key' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create API key' });
  await expect(dialog.getByRole('option', { name: `Schema Registry (${registryId})` })).toBeAttached();
  await dialog.getByLabel('Scope').selectOption(registryId);
  await expect(dialog.getByText("A Schema Registry API key authenticates serializers and tools against this environment's registry")).toBeVisible();
  await dialog.getByLabel('Name').fill('orders-serializer');
  await dialog.getByRole('button', { name: 'Create API key' }).click();
  const reveal = page.getByRole('dialog', { name: 'Your new API key' });
  const keyId = (await reveal.getByTestId('api-key-id').textContent())?.trim() ?? '';
  expect(keyId).not.toBe('');
  await reveal.getByLabel('I have saved the API secret somewhere safe').check();
  await reveal.getByRole('button', { name: 'Done' }).click();
  const row = page.getByRole('row', { name: new RegExp(keyId) });
  await expect(row.getByText(`Schema Registry ${registryId}`)).toBeVisible();
  await expect(row.getByText(`(environment ${envName})`)).toBeVisible();
  const key = await (await page.request.get(`/iam/v2/api-keys/${keyId}`)).json();
  expect(key.spec.resource).toMatchObject({ id: registryId, api_version: 'srcm/v3', kind: 'Cluster', environment: env });

  // --- Deletion protection on: Delete is disabled and says why ---------------------------------------
  await waitForCluster(page, env, clusterId);
  const clusterApi = `/cmk/v2/clusters/${clusterId}?environment=${env}`;
  await page.goto(`/app/environments/${env}/clusters/${clusterId}/settings`);
  const protection = page.getByRole('switch', { name: 'Deletion protection' });
  const deleteButton = page.getByRole('button', { name: 'Delete this cluster' });
  await expect(protection).not.toBeChecked();
  await expect(deleteButton).toBeEnabled();
  await protection.check();
  await expect(page.getByTestId('deletion-protection-state')).toContainText('On: the cluster cannot be deleted');
  await expect(deleteButton).toBeDisabled();
  await expect(page.getByText('Deletion protection is on: turn it off above before deleting this cluster.')).toBeVisible();
  expect((await (await page.request.get(clusterApi)).json()).spec.deletion_protection).toBe(true);

  // --- Protection turned on elsewhere while this page showed it off: the API's refusal is shown -----
  await protection.uncheck();
  await expect(deleteButton).toBeEnabled();
  const elsewhere = await page.request.patch(`/cmk/v2/clusters/${clusterId}`, {
    headers: { 'x-csrf-token': await csrf(page) },
    data: { spec: { deletion_protection: true, environment: { id: env } } },
  });
  expect(elsewhere.status(), await elsewhere.text()).toBe(200);
  await deleteButton.click();
  const confirm = page.getByRole('dialog', { name: `Delete ${clusterName}?` });
  await confirm.getByLabel(`Type "${clusterName}" to confirm`).fill(clusterName);
  await confirm.getByRole('button', { name: 'Delete cluster' }).click();
  const refusal = page.getByTestId('delete-refusal');
  await expect(refusal).toContainText('Tributary refused to delete this cluster');
  await expect(refusal).toContainText(`Cluster ${clusterId} has deletion protection`);
  await expect(confirm).toBeHidden();
  // The page read the cluster again: the switch shows protection on, and the cluster is still there.
  await expect(protection).toBeChecked();
  await expect(deleteButton).toBeDisabled();
  expect((await (await page.request.get(clusterApi)).json()).status.phase).toBe('PROVISIONED');

  // --- Off again: Delete works ----------------------------------------------------------------------
  await protection.uncheck();
  await expect(page.getByTestId('deletion-protection-state')).toContainText('Off:');
  await expect(deleteButton).toBeEnabled();
  await deleteButton.click();
  await confirm.getByLabel(`Type "${clusterName}" to confirm`).fill(clusterName);
  await confirm.getByRole('button', { name: 'Delete cluster' }).click();
  await expect(page).toHaveURL(/\/clusters$/);
  const gone = await page.request.get(clusterApi);
  expect([404, 200]).toContain(gone.status());
  if (gone.status() === 200) expect((await gone.json()).status.phase).toBe('DEPROVISIONING');
});
