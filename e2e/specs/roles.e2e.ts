import { expect, test } from '@playwright/test';
import { PASSWORD, newAccount, shot, signUp } from '../support/accounts';
import { csrf, defaultEnvironment } from '../support/api';

test('an invited teammate made Viewer cannot create clusters', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const admin = newAccount('admin');
  await signUp(page, admin);

  // Invite through the Team page: the link works without any email delivery.
  await page.getByRole('complementary', { name: 'Main navigation' }).getByRole('link', { name: 'Team', exact: true }).click();
  const inviteEmail = `viewer-${admin.email.slice(6)}`;
  await page.getByLabel('Email').fill(inviteEmail);
  await page.getByRole('combobox', { name: 'Role', exact: true }).selectOption('Operator');
  await page.getByRole('button', { name: 'Send invitation' }).click();
  const link = (await page.getByTestId('invite-link').locator('code').textContent())!.trim();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{20,}$/);
  await expect(page.getByRole('row', { name: new RegExp(inviteEmail) })).toBeVisible();
  await shot(page, 'team');

  // The teammate accepts in their own browser.
  const theirs = await browser.newContext();
  const them = await theirs.newPage();
  await them.goto(new URL(link).pathname);
  await expect(them.getByRole('heading', { level: 1 })).toContainText(`Join ${admin.organization}`);
  await expect(them.getByText(inviteEmail)).toBeVisible();
  await them.getByLabel('Full name').fill('Grace Hopper');
  await them.getByLabel('Choose a password').fill(PASSWORD);
  await shot(them, 'invite-accept');
  await them.getByRole('button', { name: 'Accept invitation' }).click();
  await expect(them).toHaveURL(/\/app$/);
  await expect(them.getByText('Operator').first()).toBeVisible();

  // The admin makes them a Viewer, on the Team page.
  await page.reload();
  await page.getByRole('combobox', { name: 'Role of Grace Hopper' }).selectOption('Viewer');
  await expect(page.getByRole('combobox', { name: 'Role of Grace Hopper' })).toHaveValue('Viewer');

  // Logged in again, the Viewer can look but not create.
  await them.getByRole('button', { name: 'Log out' }).click();
  await expect(them).toHaveURL(/\/login/);
  await them.getByLabel('Work email').fill(inviteEmail);
  await them.getByLabel('Password').fill(PASSWORD);
  await them.getByRole('button', { name: 'Log in' }).click();
  await expect(them).toHaveURL(/\/app$/);
  await expect(them.getByText('Viewer', { exact: true })).toBeVisible();
  await them.getByRole('complementary', { name: 'Main navigation' }).getByRole('link', { name: 'Clusters', exact: true }).click();
  await expect(them.getByRole('heading', { name: 'Kafka clusters' })).toBeVisible();
  await expect(them.getByRole('button', { name: 'Create cluster' })).toBeDisabled();
  await expect(them.getByText("Viewers can't create clusters")).toBeVisible();
  await shot(them, 'viewer-clusters');

  // Going straight to the create page: explained, and the API's 403 shown in words if sent anyway.
  const env = await defaultEnvironment(them);
  await them.goto(`/app/environments/${env}/clusters/new`);
  await expect(them.getByText("Viewers can't create clusters")).toBeVisible();
  await expect(them.getByRole('button', { name: 'Launch cluster' })).toBeDisabled();
  const res = await them.request.post('/cmk/v2/clusters', {
    headers: { 'x-csrf-token': await csrf(them) },
    data: { spec: { display_name: 'nope', availability: 'SINGLE_ZONE', cloud: 'LOCAL', region: 'local', config: { kind: 'Basic' }, environment: { id: env } } },
  });
  expect(res.status()).toBe(403);
  await theirs.close();
});

test("a user of another organization cannot open the first one's cluster", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const owner = newAccount('owner');
  await signUp(page, owner);
  const env = await defaultEnvironment(page);
  const token = await csrf(page);
  const created = await page.request.post('/cmk/v2/clusters', {
    headers: { 'x-csrf-token': token },
    data: { spec: { display_name: 'private', availability: 'SINGLE_ZONE', cloud: 'LOCAL', region: 'local', config: { kind: 'Basic' }, environment: { id: env } } },
  });
  expect(created.status()).toBe(202);
  const id = (await created.json()).id as string;
  const url = `/app/environments/${env}/clusters/${id}`;
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('private');

  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signUp(other, newAccount('other'));
  await other.goto(url);
  await expect(other.getByRole('heading', { name: 'Cluster not found', level: 1 })).toBeVisible();
  await expect(other.getByText(`There is no cluster ${id} here`)).toBeVisible();
  await expect(other.getByText('private')).toHaveCount(0);
  // The API agrees, for topics too.
  expect((await other.request.get(`/cmk/v2/clusters/${id}?environment=${env}`)).status()).toBe(404);
  expect((await other.request.get(`/kafka/v3/clusters/${id}/topics`)).status()).toBe(404);
  await shot(other, 'other-org-not-found');
  await otherContext.close();

  const gone = await page.request.delete(`/cmk/v2/clusters/${id}?environment=${env}`, { headers: { 'x-csrf-token': token } });
  expect(gone.status()).toBe(204);
});
