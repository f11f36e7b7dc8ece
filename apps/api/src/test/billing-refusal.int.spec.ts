import { signUpTenant, StripeMock, withTestDb, type ApiClient, type TestTenant } from '@tributary/testing';
import { randomBytes } from 'node:crypto';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from './start-test-api';

// Issue 16's hole: credit used up with no card, or a canceled subscription, refuses new clusters
// (402) after the operator's grace period, with the refusal date announced before it.
const GRACE_DAYS = 2;
const DAY = 86_400_000;
const stripeMock = new StripeMock();
const WEBHOOK_SECRET = 'whsec_billingrefusaltest';
const signer = new Stripe('sk_test_signer');
let api: ApiClient;
let close: () => Promise<void>;

beforeAll(async () => {
  await stripeMock.start();
  ({ api, close } = await startTestApi({ ...stripeMock.env(WEBHOOK_SECRET), TRIBUTARY_BILLING_GRACE_DAYS: String(GRACE_DAYS) }));
});
afterAll(async () => {
  await close?.();
  await stripeMock.stop();
});

const createCluster = (t: TestTenant, name: string) =>
  api.post('/cmk/v2/clusters', { spec: { display_name: name, cloud: 'LOCAL', region: 'local', config: { kind: 'Basic' }, environment: { id: t.defaultEnvironmentId } } }, t.asKey);

/** Accepted, then deleted again (no worker runs here: the row is marked gone, as the reconciler would, so it leaves the quota). */
async function expectCreated(t: TestTenant, name: string) {
  const res = await createCluster(t, name);
  expect(res.status, res.text).toBe(202);
  expect((await api.delete(`/cmk/v2/clusters/${res.body.id}?environment=${t.defaultEnvironmentId}`, t.asKey)).status).toBe(204);
  await withTestDb((pg) => pg.query(`UPDATE clusters SET phase = 'DELETED', deleted_at = now() WHERE id = $1`, [res.body.id]));
}

/** Everything a refused request could have written for the organization. */
async function footprint(t: TestTenant) {
  return withTestDb(async (pg) => {
    const q = async (sql: string) => (await pg.query(sql, [t.organizationId])).rows;
    return {
      clusters: await q(`SELECT id, phase FROM clusters WHERE organization_id = $1 ORDER BY id`),
      audit: await q(`SELECT id FROM audit_events WHERE organization_id = $1 ORDER BY id`),
      account: await q(`SELECT * FROM billing_accounts WHERE organization_id = $1`),
    };
  });
}

/** Refused with 402 in the error envelope, and nothing written. */
async function expectRefused(t: TestTenant, detail: RegExp) {
  const before = await footprint(t);
  const res = await createCluster(t, `refused-${randomBytes(3).toString('hex')}`);
  expect(res.status, res.text).toBe(402);
  expect(res.body.errors[0].status).toBe('402');
  expect(res.body.errors[0].detail).toMatch(detail);
  expect(await footprint(t)).toEqual(before);
}

const setAccount = (t: TestTenant, set: string, values: unknown[] = []) =>
  withTestDb((pg) => pg.query(`UPDATE billing_accounts SET ${set} WHERE organization_id = $1`, [t.organizationId, ...values]));

/** Spends all of the tenant's promotional credit: 600 Standard base hours ($450 > the $400 granted). */
async function useUpCredit(t: TestTenant) {
  const id = `lkc-${randomBytes(4).toString('hex')}`;
  const today = Math.floor(Date.now() / DAY) * DAY;
  await withTestDb(async (pg) => {
    await pg.query(`UPDATE billing_credits SET granted_at = $2 WHERE organization_id = $1`, [t.organizationId, new Date(today - 5 * DAY)]);
    await pg.query(
      `INSERT INTO clusters (id, organization_id, environment_id, display_name, cloud, region, availability, kind, broker_count, phase, admin_password_enc, provisioned_at, created_at, updated_at)
       VALUES ($1, $2, $3, 'spender', 'LOCAL', 'local', 'SINGLE_ZONE', 'Standard', 3, 'PROVISIONED', 'x', $4, $4, now())`,
      [id, t.organizationId, t.defaultEnvironmentId, new Date(today - 3 * DAY)],
    );
    await pg.query(`INSERT INTO usage_hours (cluster_id, hour, line_type, organization_id, quantity, closed) VALUES ($1, $2, 'KAFKA_BASE', $3, '600', true)`, [
      id,
      new Date(today - DAY + 10 * 3_600_000),
      t.organizationId,
    ]);
  });
}

async function sendEvent(type: string, object: Record<string, unknown>) {
  const payload = JSON.stringify({ id: `evt_${randomBytes(8).toString('hex')}`, object: 'event', api_version: '2025-01-01', created: Math.floor(Date.now() / 1000), livemode: false, pending_webhooks: 1, request: { id: null, idempotency_key: null }, type, data: { object } });
  const signature = signer.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET });
  return api.request('POST', '/billing/v1/stripe/webhooks', { rawBody: payload, headers: { 'content-type': 'application/json; charset=utf-8', 'stripe-signature': signature } });
}

describe('credit used up with no payment method', () => {
  let t: TestTenant;
  beforeAll(async () => {
    t = await signUpTenant(api, 'Spender');
  });

  it('is in good standing while credit is left', async () => {
    const account = await api.get('/billing/v1/account', t.asKey);
    expect(account.status, account.text).toBe(200);
    expect(account.body).toMatchObject({ status: 'ACTIVE', has_payment_method: false, restriction: null });
    await expectCreated(t, 'with-credit');
  });

  it('announces the refusal date during the grace period and still creates clusters', async () => {
    await useUpCredit(t);
    const account = (await api.get('/billing/v1/account', t.asKey)).body;
    expect(account.status).toBe('ACTIVE');
    expect(account.restriction).toMatchObject({ reason: 'CREDIT_EXHAUSTED', in_effect: false });
    expect(new Date(account.restriction.refused_from).getTime() - new Date(account.restriction.since).getTime()).toBe(GRACE_DAYS * DAY);
    expect(account.restriction.detail).toContain(`will be refused from ${account.restriction.refused_from}`);
    // Reading again keeps the date: the grace period counts from the first time it was seen.
    expect((await api.get('/billing/v1/account', t.asKey)).body.restriction.refused_from).toBe(account.restriction.refused_from);
    await expectCreated(t, 'in-grace');
  });

  it('refuses new clusters with 402 once the grace period has passed, writing nothing; running clusters stay', async () => {
    await setAccount(t, `credit_exhausted_since = now() - make_interval(days => $2)`, [GRACE_DAYS + 1]);
    await expectRefused(t, /promotional credit is used up.*no payment method.*new clusters cannot be created.*Add a card in Billing/);
    const account = (await api.get('/billing/v1/account', t.asKey)).body;
    expect(account.restriction).toMatchObject({ reason: 'CREDIT_EXHAUSTED', in_effect: true });
    const spender = await withTestDb((pg) => pg.query(`SELECT phase FROM clusters WHERE organization_id = $1 AND display_name = 'spender'`, [t.organizationId]));
    expect(spender.rows).toEqual([{ phase: 'PROVISIONED' }]);
  });

  it('is lifted at once when a payment method is on file', async () => {
    // What StripeCustomers.startSubscription records when setup_intent.succeeded arrives (stripe-mock,
    // being stateless, answers every SetupIntent as requires_payment_method, so the card is set here).
    await setAccount(t, `default_payment_method = 'pm_card_visa'`);
    const account = (await api.get('/billing/v1/account', t.asKey)).body;
    expect(account).toMatchObject({ has_payment_method: true, restriction: null });
    await expectCreated(t, 'with-card');
    const row = await withTestDb((pg) => pg.query(`SELECT credit_exhausted_since FROM billing_accounts WHERE organization_id = $1`, [t.organizationId]));
    expect(row.rows[0].credit_exhausted_since).toBeNull();
  });
});

describe('canceled subscription', () => {
  let t: TestTenant;
  beforeAll(async () => {
    t = await signUpTenant(api, 'Canceled');
    // stripe-mock answers every subscription as active, so the canceled state Stripe's
    // customer.subscription.deleted leads to (BillingAccounts.setStatus) is written here.
    await setAccount(t, `status = 'CANCELED', canceled_since = now(), default_payment_method = 'pm_card_visa'`);
  });

  it('keeps creating clusters during the grace period, with the refusal date shown', async () => {
    const account = (await api.get('/billing/v1/account', t.asKey)).body;
    expect(account).toMatchObject({ status: 'CANCELED', restriction: { reason: 'CANCELED', in_effect: false } });
    expect(new Date(account.restriction.refused_from).getTime() - new Date(account.restriction.since).getTime()).toBe(GRACE_DAYS * DAY);
    await expectCreated(t, 'canceled-in-grace');
  });

  it('refuses with 402 after the grace period, even with a card on file', async () => {
    await setAccount(t, `canceled_since = now() - make_interval(days => $2, hours => 1)`, [GRACE_DAYS]);
    await expectRefused(t, /subscription was canceled.*new clusters cannot be created.*renew the subscription/);
  });
});

describe('past due', () => {
  it('is refused at once, as before, and lifted when Stripe says the subscription is active', async () => {
    const t = await signUpTenant(api, 'Late');
    const customer = (await api.post('/billing/v1/setup-intents', {}, t.asKey)).body.customer;
    expect(customer).toMatch(/^cus_/);
    const failed = await sendEvent('invoice.payment_failed', { id: 'in_late', object: 'invoice', customer });
    expect(failed.status, failed.text).toBe(200);
    const account = (await api.get('/billing/v1/account', t.asKey)).body;
    expect(account).toMatchObject({ status: 'PAST_DUE', restriction: { reason: 'PAST_DUE', in_effect: true } });
    expect(account.restriction.since).toBe(account.past_due_since);
    await expectRefused(t, /past due/);

    const paid = await sendEvent('customer.subscription.updated', { id: 'sub_paid', object: 'subscription', customer });
    expect(paid.status, paid.text).toBe(200);
    expect((await api.get('/billing/v1/account', t.asKey)).body).toMatchObject({ status: 'ACTIVE', restriction: null });
    await expectCreated(t, 'paid-again');
  });
});
