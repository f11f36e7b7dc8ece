import { expect, test, type Page } from '@playwright/test';
import { newAccount, shot, signUp } from '../support/accounts';
import { mockComingSoonApis } from '../support/mock-api';

/**
 * Not a behaviour test: visits the main pages on a desktop and a phone viewport and saves screenshots
 * to e2e/screenshots/tour/ (git-ignored) for review; the best ones are copied to e2e/screenshots/ by hand. Run on its own: `npx playwright test -c e2e/playwright.config.ts tour`.
 */
test.skip(!process.env.E2E_TOUR, 'set E2E_TOUR=1 to take the screenshot tour');

async function visit(page: Page, path: string, name: string, heading: RegExp | string) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(heading);
  await page.waitForLoadState('networkidle');
  await shot(page, `tour/${name}`);
}

test('screenshot tour', async ({ page, browser }) => {
  await page.goto('/');
  await shot(page, 'tour/landing');
  await page.goto('/login');
  await shot(page, 'tour/login');

  const a = newAccount('tour');
  await signUp(page, a);

  // Some data so the pages aren't all empty.
  await page.goto('/app/service-accounts');
  await page.getByRole('button', { name: 'New service account' }).click();
  await page.getByRole('dialog').getByLabel('Name').fill('orders-ingest');
  await page.getByRole('dialog').getByLabel('Description').fill('Writes order events from the checkout service');
  await page.getByRole('dialog').getByRole('button', { name: 'Create service account' }).click();
  await expect(page.getByRole('cell', { name: 'orders-ingest', exact: true })).toBeVisible();

  await page.goto('/app/environments');
  await page.getByRole('button', { name: 'New environment' }).click();
  await page.getByRole('dialog').getByLabel('Environment name').fill('production');
  await page.getByRole('dialog').getByRole('button', { name: 'Create environment' }).click();
  await expect(page.getByRole('link', { name: 'production', exact: true })).toBeVisible();

  await page.goto('/app/api-keys');
  await page.getByRole('button', { name: 'Create API key' }).first().click();
  await page.getByRole('dialog').getByLabel('Owner').selectOption({ index: 1 });
  await page.getByRole('dialog').getByLabel('Name').fill('orders-ingest-cloud');
  await page.getByRole('dialog').getByRole('button', { name: 'Create API key' }).click();
  await expect(page.getByTestId('api-key-secret')).toBeVisible();
  await page.getByLabel('I have saved the API secret somewhere safe').check();
  await page.getByRole('button', { name: 'Done' }).click();

  await visit(page, '/app', 'tour-overview', 'Hello');
  await visit(page, '/app/environments', 'environments', 'Environments');
  await visit(page, '/app/api-keys', 'api-keys', 'API keys');
  await visit(page, '/app/service-accounts', 'service-accounts', 'Service accounts');
  await visit(page, '/app/team', 'team', 'Team');
  await visit(page, '/app/audit', 'audit-log', 'Audit log');
  await visit(page, '/app/billing', 'billing', 'Billing');
  await page.getByRole('link', { name: 'Clusters' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Kafka clusters');
  await page.waitForLoadState('networkidle');
  await shot(page, 'tour/clusters');
  const envPath = new URL(page.url()).pathname.replace(/\/clusters$/, '');
  await visit(page, `${envPath}/clusters/new`, 'cluster-create', 'Create a Kafka cluster');

  // The pages whose APIs are not served yet, with stand-in data (see support/mock-api.ts).
  const envId = envPath.split('/').pop() ?? '';
  await mockComingSoonApis(page, envId);
  await visit(page, `${envPath}/clusters`, 'mock-clusters', 'Kafka clusters');
  await visit(page, `${envPath}/clusters/lkc-7x2k9`, 'mock-cluster-overview', 'orders-prod');
  await visit(page, `${envPath}/clusters/lkc-p0w8d`, 'mock-cluster-provisioning', 'sandbox');
  await visit(page, `${envPath}/clusters/lkc-7x2k9/topics`, 'mock-topics', 'orders-prod');
  await page.getByRole('button', { name: 'New topic' }).click();
  await page.getByRole('dialog').getByLabel('Topic name').fill('orders.refunded.v1');
  await shot(page, 'tour/mock-topic-create');
  await page.keyboard.press('Escape');
  await visit(page, `${envPath}/clusters/lkc-7x2k9/metrics`, 'mock-metrics', 'orders-prod');
  await visit(page, `${envPath}/clusters/lkc-7x2k9/settings`, 'mock-cluster-settings', 'orders-prod');
  await visit(page, '/app/billing', 'mock-billing', 'Billing');
  await page.unrouteAll({ behavior: 'ignoreErrors' });

  // Phone-sized viewport, same session.
  const state = await page.context().storageState();
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, storageState: state, isMobile: true, hasTouch: true });
  const p = await phone.newPage();
  await visit(p, '/app/api-keys', 'mobile-api-keys', 'API keys');
  await p.getByRole('button', { name: 'Open menu' }).click();
  await p.waitForTimeout(400);
  await shot(p, 'tour/mobile-menu');
  await p.goto('/signup');
  await shot(p, 'tour/mobile-signup');
  await phone.close();
});
