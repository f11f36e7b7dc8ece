import { expect, test } from '@playwright/test';
import { logIn, newAccount, shot, signUp } from '../support/accounts';

test.describe('accounts', () => {
  test('sign up, create a Cloud API key, log out, log in', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const account = newAccount();

    // Sign up: lands in the console, signed in, in the new organization.
    await signUp(page, account);
    await expect(page.getByText(account.organization).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
    await shot(page, 'overview');

    // Create a Cloud API key: the secret is shown once, with a warning and a copy button.
    await page.getByRole('complementary', { name: 'Main navigation' }).getByRole('link', { name: 'API keys', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'API keys', level: 1 })).toBeVisible();
    await expect(page.getByText('No API keys yet')).toBeVisible();
    await page.getByRole('button', { name: 'Create API key' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Create API key' });
    await expect(dialog.getByLabel('Scope')).toHaveValue('cloud');
    await dialog.getByLabel('Name').fill('ci-pipeline');
    await dialog.getByRole('button', { name: 'Create API key' }).click();

    const reveal = page.getByRole('dialog', { name: 'Your new API key' });
    await expect(reveal.getByText("you won't see it again")).toBeVisible();
    const keyId = (await reveal.getByTestId('api-key-id').textContent())?.trim() ?? '';
    const secret = (await reveal.getByTestId('api-key-secret').textContent())?.trim() ?? '';
    expect(keyId).toMatch(/^[A-Z0-9]{16}$/);
    expect(secret.length).toBeGreaterThanOrEqual(32);
    await shot(page, 'api-key-secret');

    await reveal.getByRole('button', { name: /Copy secret/ }).click();
    await expect(reveal.getByRole('button', { name: /copied/i })).toBeVisible();
    // "Done" stays disabled until the user confirms they saved the secret.
    await expect(reveal.getByRole('button', { name: 'Done' })).toBeDisabled();
    await reveal.getByLabel('I have saved the API secret somewhere safe').check();
    await reveal.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByRole('cell', { name: `${keyId} ci-pipeline` })).toBeVisible();

    // The key works against the management API (through the console's same-origin proxy).
    const res = await page.request.get('/org/v2/environments', {
      headers: { authorization: `Basic ${Buffer.from(`${keyId}:${secret}`).toString('base64')}` },
    });
    expect(res.status()).toBe(200);

    // Log out.
    await page.getByRole('button', { name: 'Log out' }).click();
    await expect(page).toHaveURL(/\/login\?logged_out=1/);
    await expect(page.getByText('You are logged out.')).toBeVisible();
    // The console is closed to a signed-out browser.
    await page.goto('/app/api-keys');
    await expect(page).toHaveURL(/\/login\?next=%2Fapp%2Fapi-keys/);

    // Wrong password: a clear error, still on the login page.
    await logIn(page, account.email, 'not the right password', { stay: true });
    await expect(page.getByText('Wrong email or password')).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
    await shot(page, 'login-error');

    // Right password: back to where we wanted to go.
    await page.getByLabel('Password').fill(account.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page).toHaveURL(/\/app\/api-keys$/);
    await expect(page.getByRole('cell', { name: `${keyId} ci-pipeline` })).toBeVisible();
  });

  test('signing up with a taken email says so', async ({ page, browser }) => {
    const account = newAccount('taken');
    await signUp(page, account);

    const other = await browser.newContext();
    const p2 = await other.newPage();
    await p2.goto('/signup');
    await p2.getByLabel('Full name').fill('Someone Else');
    await p2.getByLabel('Work email').fill(account.email);
    await p2.getByLabel('Organization name').fill('Another Org');
    await p2.getByLabel('Password').fill('another long password');
    await p2.getByRole('button', { name: 'Create organization' }).click();
    await expect(p2.getByText('An account with this email already exists')).toBeVisible();
    await expect(p2.getByRole('link', { name: 'Log in instead' })).toBeVisible();
    await expect(p2).toHaveURL(/\/signup/);
    await shot(p2, 'signup-taken-email');
    await other.close();
  });

  test('sign-up form explains invalid fields before sending', async ({ page }) => {
    await page.goto('/signup');
    await page.getByLabel('Work email').fill('not-an-email');
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create organization' }).click();
    await expect(page.getByText('Enter a valid email address')).toBeVisible();
    await expect(page.getByText('Use at least 10 characters')).toBeVisible();
    await expect(page.getByLabel('Work email')).toHaveAttribute('aria-invalid', 'true');
  });
});
