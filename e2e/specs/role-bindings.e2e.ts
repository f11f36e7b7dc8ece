import { expect, test } from '@playwright/test';
import { newAccount, shot, signUp } from '../support/accounts';
import { csrf, defaultEnvironment } from '../support/api';

test('an admin grants a service account a role on an environment, sees it, and revokes it', async ({ page }) => {
  test.setTimeout(90_000);
  const admin = newAccount('binder');
  await signUp(page, admin);
  const env = await defaultEnvironment(page);
  const sa = await page.request.post('/iam/v2/service-accounts', { headers: { 'x-csrf-token': await csrf(page) }, data: { display_name: 'orders-ingest' } });
  expect(sa.status()).toBe(201);
  const saId = (await sa.json()).id as string;

  await page.getByRole('complementary', { name: 'Main navigation' }).getByRole('link', { name: 'Service accounts', exact: true }).click();
  const grant = page.getByRole('form', { name: 'Grant a role' });
  await grant.getByLabel('Who').selectOption(`User:${saId}`);
  await grant.getByLabel('Grant role').selectOption('EnvironmentAdmin');
  await grant.getByLabel('Environment').fill(env);
  await grant.getByRole('button', { name: 'Grant' }).click();
  const bindings = page.getByRole('list', { name: 'Role bindings' });
  await expect(bindings.getByText(`on environment ${env}`)).toBeVisible();
  await expect(bindings.getByText('orders-ingest')).toBeVisible();
  await shot(page, 'role-bindings');

  // The API agrees, and says the same in Confluent's shape.
  const listed = await (await page.request.get(`/iam/v2/role-bindings?principal=User:${saId}`)).json();
  expect(listed.data).toHaveLength(1);
  expect(listed.data[0]).toMatchObject({ role_name: 'EnvironmentAdmin', crn_pattern: expect.stringContaining(`/environment=${env}`) });

  // "Who can do what on it": the scope filter finds it by the environment's id.
  await page.getByLabel('Filter by scope').fill(env);
  await expect(bindings.getByText(`on environment ${env}`)).toBeVisible();

  // A bad grant is explained, and nothing is added: a cluster that does not exist.
  await grant.getByLabel('Grant role').selectOption('CloudClusterAdmin');
  await grant.getByLabel('Cluster').fill('lkc-nothere');
  await grant.getByRole('button', { name: 'Grant' }).click();
  await expect(page.getByText(/lkc-nothere/).first()).toBeVisible();

  await bindings.getByRole('button', { name: 'Revoke EnvironmentAdmin from orders-ingest' }).click();
  await page.getByRole('button', { name: 'Revoke', exact: true }).click();
  await expect(bindings).toHaveCount(0);
  expect((await (await page.request.get(`/iam/v2/role-bindings?principal=User:${saId}`)).json()).data).toHaveLength(0);
});
