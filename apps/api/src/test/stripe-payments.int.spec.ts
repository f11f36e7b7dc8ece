import { StripeTransport } from '@tributary/billing';
import { REPO_ROOT, sessionCookie, signUpTenant, uniqueEmail, withTestDb, type ApiClient, type Credentials, type TestTenant } from '@tributary/testing';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from './start-test-api';

/**
 * Paying, end to end, with the official `stripe` SDK against stripe-mock for every call Tributary
 * makes (checkout session, customer, payment method, subscription, invoices). stripe-mock is
 * stateless: it never completes a Checkout page, so the completions Stripe would send
 * (checkout.session.completed, setup_intent.succeeded, invoice.payment_failed, invoice.paid) are
 * events this test builds and signs with the endpoint's secret, as Stripe does.
 */
/**
 * stripe-mock started by scripts/ensure-stripe-mock.sh --serve, which waits for it up to 120 s: its
 * start-up parses Stripe's whole OpenAPI document, which took longer than the shared harness's 10 s
 * on this 2-core machine under load (seen: "stripe-mock did not start").
 */
const stripeMock = {
  port: 0,
  pid: 0,
  async start() {
    this.port = await new Promise<number>((resolve, reject) => {
      const srv = createServer().listen(0, '127.0.0.1', () => {
        const { port } = srv.address() as { port: number };
        srv.close(() => resolve(port));
      });
      srv.on('error', reject);
    });
    const pidFile = join(tmpdir(), `stripe-mock-${process.pid}-${this.port}.pid`);
    await promisify(execFile)('bash', [join(REPO_ROOT, 'scripts/ensure-stripe-mock.sh'), '--serve', String(this.port), pidFile], { timeout: 170_000 });
    this.pid = Number(readFileSync(pidFile, 'utf8').trim());
    rmSync(pidFile, { force: true });
  },
  stop() {
    if (this.pid) process.kill(this.pid);
  },
  env(webhookSecret: string): Record<string, string> {
    return {
      TRIBUTARY_STRIPE_SECRET_KEY: 'sk_test_tributary',
      TRIBUTARY_STRIPE_WEBHOOK_SECRET: webhookSecret,
      TRIBUTARY_STRIPE_API_URL: `http://127.0.0.1:${this.port}`,
      TRIBUTARY_STRIPE_MAX_NETWORK_RETRIES: '0',
      TRIBUTARY_STRIPE_TIMEOUT_MS: '10000',
    };
  },
};
const WEBHOOK_SECRET = 'whsec_stripepaymentstest';
const signer = new Stripe('sk_test_signer');
const CONSOLE = 'http://console.test';
let api: ApiClient;
let close: () => Promise<void>;
let transport: StripeTransport;
let a: TestTenant;
let b: TestTenant;

beforeAll(async () => {
  await stripeMock.start();
  let app;
  ({ api, close, app } = await startTestApi({ ...stripeMock.env(WEBHOOK_SECRET), TRIBUTARY_CONSOLE_URL: CONSOLE }));
  transport = app.get(StripeTransport);
  a = await signUpTenant(api, 'Cardholder');
  b = await signUpTenant(api, 'Bystander');
});
afterAll(async () => {
  await close?.();
  stripeMock.stop();
});

function expectError(res: { status: number; body: any }, status: number, where?: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.body.errors[0].status).toBe(String(status));
  if (where) expect(res.body.errors.map((e: any) => e.source?.pointer ?? e.source?.parameter)).toContain(where);
}

function signed(type: string, object: Record<string, unknown>, id = `evt_${randomBytes(8).toString('hex')}`) {
  const payload = JSON.stringify({ id, object: 'event', api_version: '2026-10-28.endive', created: Math.floor(Date.now() / 1000), livemode: false, pending_webhooks: 1, request: { id: null, idempotency_key: null }, type, data: { object } });
  return { id, payload, signature: signer.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET }) };
}
function deliver(e: { payload: string; signature: string }) {
  return api.request('POST', '/billing/v1/stripe/webhooks', { rawBody: e.payload, headers: { 'content-type': 'application/json; charset=utf-8', 'stripe-signature': e.signature } });
}
const send = (type: string, object: Record<string, unknown>, id?: string) => deliver(signed(type, object, id));

/** The billing account's row, straight from the database. */
function accountRow(t: TestTenant) {
  return withTestDb(async (pg) => (await pg.query(`SELECT status, stripe_customer_id, stripe_subscription_id, subscription_status, default_payment_method FROM billing_accounts WHERE organization_id = $1`, [t.organizationId])).rows[0]);
}
const webhookEvents = () => withTestDb(async (pg) => Number((await pg.query<{ n: string }>(`SELECT count(*) AS n FROM stripe_webhook_events`)).rows[0]!.n));

async function member(role: 'Operator' | 'Viewer'): Promise<Credentials> {
  const inv = await api.post('/api/invitations', { email: uniqueEmail(role.toLowerCase()), role }, a.asSession);
  expect(inv.status, inv.text).toBe(201);
  const accepted = await api.post('/api/auth/accept-invitation', { token: inv.body.accept_url.split('/invite/')[1], full_name: `A ${role}`, password: 'a long password' });
  expect(accepted.status, accepted.text).toBe(200);
  return { session: { cookie: sessionCookie(accepted.headers['set-cookie']), csrf: accepted.body.csrf_token as string } };
}

describe('giving a card through Stripe Checkout', () => {
  let customer: string;
  let sessionId: string;

  it('opens a Checkout Session in setup mode for the organization’s customer, returning to the console’s billing page', async () => {
    const before = transport.count('POST /v1/checkout/sessions', '2xx');
    const res = await api.post('/billing/v1/checkout-sessions', {}, a.asSession);
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ api_version: 'billing/v1', kind: 'CheckoutSession' });
    expect(res.body.id).toMatch(/^cs_/);
    expect(res.body.url).toMatch(/^https:\/\/checkout\.stripe\.com\//);
    expect(Number.isNaN(Date.parse(res.body.expires_at))).toBe(false);
    sessionId = res.body.id;
    expect(transport.count('POST /v1/checkout/sessions', '2xx')).toBe(before + 1);
    expect(transport.count('POST /v1/customers', '2xx')).toBeGreaterThanOrEqual(1);
    customer = (await accountRow(a)).stripe_customer_id;
    expect(customer).toMatch(/^cus_/);
    // A second session (replacing the card later) keeps the one customer.
    expect((await api.post('/billing/v1/checkout-sessions', {}, a.asKey)).status).toBe(201);
    expect((await accountRow(a)).stripe_customer_id).toBe(customer);
    // Nothing is on file until Stripe says so.
    const pm = await api.get('/billing/v1/payment-method', a.asSession);
    expect(pm.status).toBe(200);
    expect(pm.body).toEqual({ api_version: 'billing/v1', kind: 'PaymentMethod', id: null, type: null, card: null });
  });

  it('asks Stripe for setup mode, the customer, and the billing page as success and cancel URLs', async () => {
    // What went to stripe-mock, read off the API's own Stripe transport (a look at the request, not a stand-in for Stripe).
    const sent: string[] = [];
    const inner = transport.makeRequest;
    transport.makeRequest = (host, port, path, method, headers, data, ...rest) => {
      if (method === 'POST' && path === '/v1/checkout/sessions' && typeof data === 'string') sent.push(data);
      return inner(host, port, path, method, headers, data, ...rest);
    };
    try {
      expect((await api.post('/billing/v1/checkout-sessions', {}, a.asSession)).status).toBe(201);
    } finally {
      transport.makeRequest = inner;
    }
    expect(sent).toHaveLength(1);
    const form = new URLSearchParams(sent[0]);
    expect(form.get('mode')).toBe('setup');
    expect(form.get('customer')).toBe(customer);
    expect(form.get('currency')).toBe('usd');
    expect(form.get('success_url')).toBe(`${CONSOLE}/app/billing?checkout=success&session_id={CHECKOUT_SESSION_ID}`);
    expect(form.get('cancel_url')).toBe(`${CONSOLE}/app/billing?checkout=canceled`);
    expect(form.get('metadata[organization_id]')).toBe(a.organizationId);
    expect(form.get('setup_intent_data[metadata][organization_id]')).toBe(a.organizationId);
  });

  it('checkout.session.completed makes the card the customer’s default and starts the metered subscription', async () => {
    const before = { updates: transport.count(`POST /v1/customers/${customer}`, '2xx'), subs: transport.count('POST /v1/subscriptions', '2xx') };
    const res = await send('checkout.session.completed', { id: sessionId, object: 'checkout.session', mode: 'setup', status: 'complete', customer, setup_intent: 'seti_fromcheckout' });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({ received: true, duplicate: false });
    const row = await accountRow(a);
    expect(row.default_payment_method).toMatch(/^pm_/);
    expect(row.stripe_subscription_id).toMatch(/^sub_/);
    expect(transport.count(`GET /v1/setup_intents/seti_fromcheckout`, '2xx')).toBe(1);
    expect(transport.count(`POST /v1/customers/${customer}`, '2xx')).toBe(before.updates + 1); // invoice_settings.default_payment_method
    expect(transport.count('POST /v1/subscriptions', '2xx')).toBe(before.subs + 1);

    const account = await api.get('/billing/v1/account', a.asSession);
    expect(account.body).toMatchObject({ has_payment_method: true, status: 'ACTIVE', stripe_enabled: true });
    const pm = await api.get('/billing/v1/payment-method', a.asSession);
    expect(pm.status, pm.text).toBe(200);
    expect(pm.body).toMatchObject({ id: row.default_payment_method, type: 'card', card: { brand: 'visa', last4: '4242', exp_month: 8, exp_year: 2030 } });
  });

  it('setup_intent.succeeded replaces the card with the one it names; the subscription is not created twice', async () => {
    const subs = transport.count('POST /v1/subscriptions', '2xx');
    const subscription = (await accountRow(a)).stripe_subscription_id;
    const res = await send('setup_intent.succeeded', { id: 'seti_replacement', object: 'setup_intent', status: 'succeeded', customer, payment_method: 'pm_replacementcard' });
    expect(res.status, res.text).toBe(200);
    const row = await accountRow(a);
    expect(row.default_payment_method).toBe('pm_replacementcard');
    expect(row.stripe_subscription_id).toBe(subscription);
    expect(transport.count('POST /v1/subscriptions', '2xx')).toBe(subs);
    expect(transport.count('GET /v1/payment_methods/pm_replacementcard', '2xx')).toBeGreaterThanOrEqual(1);
    expect((await api.get('/billing/v1/payment-method', a.asKey)).body.id).toBe('pm_replacementcard');
  });

  it('a replayed event is applied once; events that are not completions, or unknown, are 200 and change nothing', async () => {
    const e = signed('setup_intent.succeeded', { id: 'seti_old', object: 'setup_intent', status: 'succeeded', customer, payment_method: 'pm_oldcard' });
    expect((await deliver(e)).body).toEqual({ received: true, duplicate: false });
    expect((await accountRow(a)).default_payment_method).toBe('pm_oldcard');
    await send('setup_intent.succeeded', { id: 'seti_new', object: 'setup_intent', status: 'succeeded', customer, payment_method: 'pm_newcard' });
    // Stripe redelivers the older event (freshly signed, same id): recorded already, the newer card stays.
    const replay = await deliver({ payload: e.payload, signature: signer.webhooks.generateTestHeaderString({ payload: e.payload, secret: WEBHOOK_SECRET }) });
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual({ received: true, duplicate: true });
    expect((await accountRow(a)).default_payment_method).toBe('pm_newcard');

    const before = await accountRow(a);
    const open = await send('checkout.session.completed', { id: 'cs_payment', object: 'checkout.session', mode: 'payment', status: 'complete', customer, setup_intent: null });
    expect(open.status).toBe(200);
    const notYet = await send('setup_intent.succeeded', { id: 'seti_pending', object: 'setup_intent', status: 'processing', customer, payment_method: 'pm_pending' });
    expect(notYet.status).toBe(200);
    const unknown = await send('customer.tax_id.created', { id: 'txi_1', object: 'tax_id', customer });
    expect(unknown.status).toBe(200);
    expect(unknown.body.duplicate).toBe(false);
    expect(await accountRow(a)).toEqual(before);
  });

  it('a bad signature is 400 with the error envelope, and nothing changes', async () => {
    const before = { row: await accountRow(a), events: await webhookEvents() };
    const e = signed('setup_intent.succeeded', { id: 'seti_forged', object: 'setup_intent', status: 'succeeded', customer, payment_method: 'pm_forged' });
    expectError(await deliver({ payload: e.payload, signature: signer.webhooks.generateTestHeaderString({ payload: e.payload, secret: 'whsec_someoneelse' }) }), 400);
    expectError(await deliver({ payload: e.payload.replace('pm_forged', 'pm_tampered'), signature: e.signature }), 400);
    expectError(await deliver({ payload: e.payload, signature: 't=1,v1=00' }), 400);
    expectError(await api.request('POST', '/billing/v1/stripe/webhooks', { rawBody: e.payload, headers: { 'content-type': 'application/json' } }), 400);
    expect(await accountRow(a)).toEqual(before.row);
    expect(await webhookEvents()).toBe(before.events);
  });
});

describe('invoices and standing', () => {
  it('lists the invoices Stripe issued, with status, amounts, period and hosted link; pages from the invoice a page ended with', async () => {
    const res = await api.get('/billing/v1/invoices', a.asSession);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ api_version: 'billing/v1', kind: 'InvoiceList' });
    expect(res.body.data.length).toBeGreaterThanOrEqual(1);
    const inv = res.body.data[0];
    expect(inv).toMatchObject({ api_version: 'billing/v1', kind: 'Invoice', currency: 'USD', total: 10, amount_due: 10 });
    expect(inv.id).toMatch(/^in_/);
    expect(typeof inv.status).toBe('string');
    expect(Number.isNaN(Date.parse(inv.period.start))).toBe(false);
    expect(Number.isNaN(Date.parse(inv.period.end))).toBe(false);
    expect('hosted_invoice_url' in inv).toBe(true);
    expect(transport.count('GET /v1/invoices', '2xx')).toBeGreaterThanOrEqual(1);
    expect(res.body.metadata.first).toMatch(/\/billing\/v1\/invoices\?page_size=12$/);

    // A page token is the invoice the page before ended with (Stripe's starting_after); anything else is refused.
    const after = await api.get(`/billing/v1/invoices?page_size=5&page_token=${inv.id}`, a.asSession);
    expect(after.status, after.text).toBe(200);
    expect(after.body.metadata.first).toMatch(/\/billing\/v1\/invoices\?page_size=5$/);
    expectError(await api.get('/billing/v1/invoices?page_token=garbage', a.asSession), 422, 'page_token');
    expectError(await api.get('/billing/v1/invoices?page_token=cus_x', a.asSession), 422, 'page_token');
    expectError(await api.get('/billing/v1/invoices?page_size=0', a.asSession), 422, 'page_size');
    expectError(await api.get('/billing/v1/invoices?page_size=101', a.asSession), 422, 'page_size');
    expectError(await api.get('/billing/v1/invoices?colour=blue', a.asSession), 400, 'colour');
  });

  it('an organization with no Stripe customer has no invoices and no card, without creating a customer', async () => {
    const t = await signUpTenant(api, 'Quiet');
    const customers = transport.count('POST /v1/customers');
    expect((await api.get('/billing/v1/invoices', t.asKey)).body.data).toEqual([]);
    expect((await api.get('/billing/v1/payment-method', t.asKey)).body.card).toBeNull();
    expect(transport.count('POST /v1/customers')).toBe(customers);
    expect((await accountRow(t)).stripe_customer_id).toBeNull();
  });

  it('invoice.payment_failed makes the organization PAST_DUE, invoice.paid brings it back to ACTIVE; others are untouched', async () => {
    const customer = (await accountRow(a)).stripe_customer_id;
    const failed = await send('invoice.payment_failed', { id: 'in_unpaid', object: 'invoice', customer, status: 'open' });
    expect(failed.status, failed.text).toBe(200);
    expect(transport.count('GET /v1/invoices/in_unpaid', '2xx')).toBe(1);
    const pastDue = await api.get('/billing/v1/account', a.asSession);
    expect(pastDue.body).toMatchObject({ status: 'PAST_DUE' });
    expect(pastDue.body.past_due_since).not.toBeNull();
    expect((await api.get('/billing/v1/account', b.asSession)).body.status).toBe('ACTIVE');

    // stripe-mock's invoice is a draft whatever the event says, so the subscription (active) decides.
    const paid = await send('invoice.paid', { id: 'in_unpaid', object: 'invoice', customer, status: 'paid' });
    expect(paid.status, paid.text).toBe(200);
    expect((await api.get('/billing/v1/account', a.asSession)).body).toMatchObject({ status: 'ACTIVE', past_due_since: null });
  });
});

describe('who may pay', () => {
  it('only Organization admins open checkout sessions, see the card and the invoices; without credentials 401', async () => {
    for (const role of ['Operator', 'Viewer'] as const) {
      const who = await member(role);
      const sessions = transport.count('POST /v1/checkout/sessions');
      expectError(await api.post('/billing/v1/checkout-sessions', {}, who), 403);
      expectError(await api.get('/billing/v1/payment-method', who), 403);
      expectError(await api.get('/billing/v1/invoices', who), 403);
      expect(transport.count('POST /v1/checkout/sessions')).toBe(sessions);
    }
    expectError(await api.post('/billing/v1/checkout-sessions', {}), 401);
    expectError(await api.get('/billing/v1/invoices'), 401);
    expectError(await api.get('/billing/v1/payment-method'), 401);
  });

  it('each organization sees its own card: another organization’s session does not touch it', async () => {
    const res = await api.post('/billing/v1/checkout-sessions', {}, b.asSession);
    expect(res.status).toBe(201);
    const theirs = (await accountRow(b)).stripe_customer_id;
    expect(theirs).not.toBe((await accountRow(a)).stripe_customer_id);
    expect((await api.get('/billing/v1/payment-method', b.asSession)).body.id).toBeNull();
    expect((await api.get('/billing/v1/payment-method', a.asSession)).body.id).toBe('pm_newcard');
  });
});

describe('after a cancellation', () => {
  it('a new card starts a new subscription (not the canceled one replayed by its idempotency key)', async () => {
    // The Idempotency-Key of each subscription request, read off the API's transport (stripe-mock keeps no keys: it cannot replay).
    const keys: string[] = [];
    const inner = transport.makeRequest;
    transport.makeRequest = (host, port, path, method, headers, ...rest) => {
      if (method === 'POST' && path === '/v1/subscriptions') keys.push(String((headers as Record<string, unknown>)['Idempotency-Key']));
      return inner(host, port, path, method, headers, ...rest);
    };
    const t = await signUpTenant(api, 'Returning');
    expect((await api.post('/billing/v1/checkout-sessions', {}, t.asSession)).status).toBe(201);
    const customer = (await accountRow(t)).stripe_customer_id;
    expect((await send('setup_intent.succeeded', { id: 'seti_first', object: 'setup_intent', status: 'succeeded', customer, payment_method: 'pm_firstcard' })).status).toBe(200);
    expect((await accountRow(t)).stripe_subscription_id).toMatch(/^sub_/);
    // As customer.subscription.deleted leaves it (stripe-mock's subscriptions are always active, so written here).
    await withTestDb((pg) => pg.query(`UPDATE billing_accounts SET status = 'CANCELED', canceled_since = now(), stripe_subscription_id = NULL, subscription_status = 'canceled' WHERE organization_id = $1`, [t.organizationId]));
    const subs = transport.count('POST /v1/subscriptions', '2xx');
    expect((await send('setup_intent.succeeded', { id: 'seti_again', object: 'setup_intent', status: 'succeeded', customer, payment_method: 'pm_againcard' })).status).toBe(200);
    expect(transport.count('POST /v1/subscriptions', '2xx')).toBe(subs + 1);
    transport.makeRequest = inner;
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(`tributary-subscription-${t.organizationId}`);
    expect(keys[1]).toMatch(new RegExp(`^tributary-subscription-${t.organizationId}-\\d+$`));
    expect(await accountRow(t)).toMatchObject({ default_payment_method: 'pm_againcard', subscription_status: 'active' });
    expect((await accountRow(t)).stripe_subscription_id).toMatch(/^sub_/);
  });
});

describe('when Stripe cannot be reached', () => {
  it('answers 503 with the error envelope and writes nothing: no customer, no card, the event left for Stripe to redeliver', async () => {
    const t = await signUpTenant(api, 'Offline');
    const customer = (await accountRow(a)).stripe_customer_id;
    stripeMock.stop();
    await expect.poll(() => fetch(`http://127.0.0.1:${stripeMock.port}/v1/customers`).then(() => 'up', () => 'down'), { timeout: 30_000 }).toBe('down');
    stripeMock.pid = 0;

    const res = await api.post('/billing/v1/checkout-sessions', {}, t.asSession);
    expectError(res, 503);
    expect(res.headers['retry-after']).toBeDefined();
    expect((await accountRow(t)).stripe_customer_id).toBeNull();

    const before = { row: await accountRow(a), events: await webhookEvents() };
    const e = signed('setup_intent.succeeded', { id: 'seti_offline', object: 'setup_intent', status: 'succeeded', customer, payment_method: 'pm_offline' });
    expectError(await deliver(e), 503);
    expect(await accountRow(a)).toEqual(before.row);
    expect(await webhookEvents()).toBe(before.events);
    expectError(await api.get('/billing/v1/payment-method', a.asSession), 503);
    expectError(await api.get('/billing/v1/invoices', a.asSession), 503);
  });
});
