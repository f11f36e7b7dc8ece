import { expect, test, type Page } from '@playwright/test';
import Stripe from 'stripe';
import { newAccount, signUp } from '../support/accounts';
import { sql } from '../support/api';

/**
 * Paying, in the browser: add a card through Stripe's hosted Checkout page and come back, replace it,
 * see the invoices, and what the page says while payment is past due.
 *
 * The stack bills through Stripe when scripts/e2e.sh runs with stripe-mock behind it
 * (`bash scripts/ensure-stripe-mock.sh --serve PORT PIDFILE`, then TRIBUTARY_STRIPE_SECRET_KEY=sk_test_…,
 * TRIBUTARY_STRIPE_WEBHOOK_SECRET=whsec_…, TRIBUTARY_STRIPE_API_URL=http://127.0.0.1:PORT in the
 * environment of scripts/e2e.sh). Without them the deployment is ledger-only, and the journey checks
 * that the page says so and offers no card form.
 *
 * Two things stand in for Stripe, because stripe-mock is stateless and this machine has no internet:
 * - The hosted page. stripe-mock answers the Checkout Session with a real-looking
 *   https://checkout.stripe.com/… URL that cannot be reached from here. The browser really is sent
 *   there (window.location, as in production); Playwright answers that one address with a tiny local
 *   page carrying the two ways back Stripe's page has: "Save card" (to the success URL, with the
 *   session id as Stripe fills in {CHECKOUT_SESSION_ID}) and "Back" (to the cancel URL). Both URLs are
 *   the ones the API sends Stripe (checked in apps/api/src/test/stripe-payments.int.spec.ts).
 * - The completion. stripe-mock never completes a session, so this test sends the webhook Stripe
 *   would send (checkout.session.completed, then setup_intent.succeeded for the replacement), signed
 *   with the stack's webhook secret, straight to the API; and invoice.payment_failed / invoice.paid.
 */
const webhookSecret = process.env.TRIBUTARY_STRIPE_WEBHOOK_SECRET;
const apiUrl = process.env.TRIBUTARY_API_URL ?? 'http://127.0.0.1:18080';
const signer = new Stripe('sk_test_e2esigner');

async function sendStripeEvent(page: Page, type: string, object: Record<string, unknown>) {
  const payload = JSON.stringify({ id: `evt_e2e_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`, object: 'event', api_version: '2026-10-28.endive', created: Math.floor(Date.now() / 1000), livemode: false, pending_webhooks: 1, request: { id: null, idempotency_key: null }, type, data: { object } });
  const res = await page.request.post(`${apiUrl}/billing/v1/stripe/webhooks`, {
    data: payload,
    headers: { 'content-type': 'application/json', 'stripe-signature': signer.webhooks.generateTestHeaderString({ payload, secret: webhookSecret! }) },
  });
  expect(res.status(), await res.text()).toBe(200);
}

/** Stripe's hosted page, as it behaves for these tests: see the comment at the top. */
async function standInForStripesPage(page: Page, origin: string) {
  await page.route('https://checkout.stripe.com/**', async (route) => {
    const sessionId = /cs_[A-Za-z0-9_]+/.exec(route.request().url())?.[0] ?? 'cs_unknown';
    const back = `${origin}/app/billing`;
    await route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: `<!doctype html><title>Stripe Checkout (stand-in)</title><h1>Save a card with Stripe</h1>
        <a href="${back}?checkout=success&session_id=${sessionId}">Save card</a> <a href="${back}?checkout=canceled">Back</a>`,
    });
  });
}

test('billing: add a card on Stripe’s hosted page and back, replace it, invoices, past due and paid again', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const account = newAccount('billing');
  await signUp(page, account);
  await page.goto('/app/billing');
  await expect(page.getByRole('heading', { name: 'Billing', level: 1 })).toBeVisible();
  const payment = page.getByRole('region', { name: 'Payment method' });
  const status = await (await page.request.get('/billing/v1/account')).json();

  if (!status.stripe_enabled) {
    // Ledger-only stack (no Stripe configured): the page says so and offers no card form.
    await expect(payment.getByText("Payments aren't connected on this deployment")).toBeVisible();
    await expect(payment.getByRole('button', { name: 'Add a card' })).toHaveCount(0);
    test.info().annotations.push({ type: 'ledger-only', description: 'the stack runs without Stripe: the Checkout journey needs stripe-mock (see the comment at the top)' });
    return;
  }
  expect(webhookSecret, 'TRIBUTARY_STRIPE_WEBHOOK_SECRET is the stack’s webhook secret').toMatch(/^whsec_/);
  const origin = new URL(baseURL!).origin;
  await standInForStripesPage(page, origin);
  // A loaded machine: the first answers after a full page load can take a while.
  const loaded = { timeout: 30_000 };
  await expect(payment.getByTestId('card-on-file')).toHaveText('No card on file', loaded);

  // Out to Stripe and back without saving: nothing changes.
  await payment.getByRole('button', { name: 'Add a card' }).click();
  await expect(page).toHaveURL(/^https:\/\/checkout\.stripe\.com\//);
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(payment.getByText("Card entry was canceled on Stripe's page: nothing changed.")).toBeVisible(loaded);
  await expect(page).toHaveURL(`${origin}/app/billing`); // the return is read, then taken off the address
  await expect(payment.getByTestId('card-on-file')).toHaveText('No card on file', loaded);

  // Out again, save the card, back: the page waits for Stripe's confirmation (the webhook).
  await payment.getByRole('button', { name: 'Add a card' }).click();
  await expect(page).toHaveURL(/^https:\/\/checkout\.stripe\.com\//);
  const sessionId = /cs_[A-Za-z0-9_]+/.exec(page.url())?.[0] ?? 'cs_unknown';
  await page.getByRole('link', { name: 'Save card' }).click();
  await expect(payment.getByText('Confirming your card with Stripe…')).toBeVisible(loaded);
  await expect(page).toHaveURL(`${origin}/app/billing`);

  const me = await (await page.request.get('/api/auth/me')).json();
  const customer = sql(`SELECT stripe_customer_id FROM billing_accounts WHERE organization_id = :'p1'`, me.organization.id);
  expect(customer).toMatch(/^cus_/);
  await sendStripeEvent(page, 'checkout.session.completed', { id: sessionId, object: 'checkout.session', mode: 'setup', status: 'complete', customer, setup_intent: 'seti_e2e_first' });
  const confirmed = payment.getByRole('status').filter({ hasText: 'Card on file' });
  await expect(confirmed).toContainText(/Visa ending in 4242 · expires 08\/2030/, { timeout: 30_000 });
  await expect(payment.getByText('Confirming your card with Stripe…')).toHaveCount(0);
  await expect(payment.getByRole('button', { name: 'Replace card' })).toBeVisible();

  // Replace it: a new session, and the new card once Stripe confirms it.
  await payment.getByRole('button', { name: 'Replace card' }).click();
  await expect(page).toHaveURL(/^https:\/\/checkout\.stripe\.com\//);
  await page.getByRole('link', { name: 'Save card' }).click();
  await expect(payment.getByText('Confirming your card with Stripe…')).toBeVisible(loaded);
  await sendStripeEvent(page, 'setup_intent.succeeded', { id: 'seti_e2e_second', object: 'setup_intent', status: 'succeeded', customer, payment_method: 'pm_e2ereplacement' });
  await expect(confirmed).toBeVisible({ timeout: 30_000 });
  expect(sql(`SELECT default_payment_method FROM billing_accounts WHERE organization_id = :'p1'`, me.organization.id)).toBe('pm_e2ereplacement');

  // The invoices Stripe issued (stripe-mock's one invoice: $10.00).
  const invoices = page.getByTestId('invoices-table');
  await expect(invoices).toContainText('$10.00', loaded);

  // A failed payment: past due, and the page says what to do; paid again: back in good standing.
  await sendStripeEvent(page, 'invoice.payment_failed', { id: 'in_e2e_unpaid', object: 'invoice', customer, status: 'open' });
  await page.reload();
  const pastDue = payment.getByRole('alert').filter({ hasText: 'Payment is past due' });
  await expect(pastDue).toContainText('replace the card below', loaded);
  await expect(pastDue).toContainText('As soon as Stripe reports it paid');
  await sendStripeEvent(page, 'invoice.paid', { id: 'in_e2e_unpaid', object: 'invoice', customer, status: 'paid' });
  await page.reload();
  await expect(payment.getByText('Billing status')).toBeVisible(loaded);
  await expect(pastDue).toHaveCount(0);
  await expect(payment).toContainText('Active');
});
