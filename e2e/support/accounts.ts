import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

export const PASSWORD = 'correct horse battery staple';

/** A new, unique account per test run, so tests never depend on each other's data. */
export function newAccount(prefix = 'e2e') {
  const id = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  return {
    email: `${prefix}-${id}@example.com`,
    password: PASSWORD,
    fullName: 'Ada Lovelace',
    organization: `Analytical Engines ${id.slice(-4)}`,
  };
}

export type Account = ReturnType<typeof newAccount>;

export async function signUp(page: Page, a: Account) {
  await page.goto('/signup');
  await page.getByLabel('Full name').fill(a.fullName);
  await page.getByLabel('Work email').fill(a.email);
  await page.getByLabel('Organization name').fill(a.organization);
  await page.getByLabel('Password').fill(a.password);
  await page.getByRole('button', { name: 'Create organization' }).click();
  await expect(page).toHaveURL(/\/app(\?|$)/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Welcome to Tributary');
}

/** Fills the login form; `stay` uses the login page already open (keeping its ?next=). */
export async function logIn(page: Page, email: string, password: string, opts: { stay?: boolean } = {}) {
  if (!opts.stay) await page.goto('/login');
  await page.getByLabel('Work email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

/** The committed screenshots are rewritten only when asked: `E2E_SCREENSHOTS=1 bash scripts/e2e.sh`. */
export const WRITE_SCREENSHOTS = process.env.E2E_SCREENSHOTS === '1';

/**
 * e2e/screenshots/<name>.png, wherever the tests are run from, when E2E_SCREENSHOTS=1 (otherwise a
 * no-op, so an ordinary run leaves the committed pictures alone). The whole page: the viewport grows to
 * the page's height first, so the fixed sidebar and header are drawn as a person would see them.
 */
export async function shot(page: Page, name: string) {
  if (!WRITE_SCREENSHOTS) return;
  const size = page.viewportSize();
  const height = await page.evaluate(() => Math.max(document.documentElement.scrollHeight, document.body.scrollHeight));
  if (size && height > size.height) await page.setViewportSize({ width: size.width, height: Math.min(height, 4000) });
  await page.waitForTimeout(150); // charts re-measure after a resize
  await page.screenshot({ path: join(__dirname, '..', 'screenshots', `${name}.png`) });
  if (size && height > size.height) await page.setViewportSize(size);
}
