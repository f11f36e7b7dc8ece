import { signUpTenant, StripeMock, withTestDb, type ApiClient, type TestTenant } from '@tributary/testing';
import { randomBytes } from 'node:crypto';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from './start-test-api';

const stripeMock = new StripeMock();
const WEBHOOK_SECRET = 'whsec_billingapitest';
const signer = new Stripe('sk_test_signer');
let api: ApiClient;
let close: () => Promise<void>;
let a: TestTenant;
let b: TestTenant;

const DAY = 86_400_000;
const today = new Date(Math.floor(Date.now() / DAY) * DAY);
const day = (offset: number) => new Date(today.getTime() + offset * DAY);
const ymd = (d: Date) => d.toISOString().slice(0, 10);
const at = (d: Date, hour: number) => new Date(d.getTime() + hour * 3_600_000).toISOString();

beforeAll(async () => {
  await stripeMock.start();
  ({ api, close } = await startTestApi(stripeMock.env(WEBHOOK_SECRET)));
  a = await signUpTenant(api, 'Payer');
  b = await signUpTenant(api, 'Stranger');
});
afterAll(async () => {
  await close?.();
  await stripeMock.stop();
});

function expectError(res: { status: number; body: any }, status: number, where?: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.body.errors[0].status).toBe(String(status));
  if (where) expect(res.body.errors.map((e: any) => e.source?.pointer ?? e.source?.parameter)).toContain(where);
}

/** A Standard cluster row for a tenant, and usage hours written straight into the ledger. */
async function clusterWithUsage(t: TestTenant, name: string, hours: [Date, string, string][]): Promise<string> {
  const id = `lkc-${randomBytes(4).toString('hex')}`;
  await withTestDb(async (pg) => {
    // As if the organization had signed up (and got its credit) a few days ago: credit pays from its grant day on.
    await pg.query(`UPDATE billing_credits SET granted_at = $2 WHERE organization_id = $1 AND granted_at > $2`, [t.organizationId, day(-5)]);
    await pg.query(
      `INSERT INTO clusters (id, organization_id, environment_id, display_name, cloud, region, availability, kind, broker_count, phase, admin_password_enc, provisioned_at, created_at, updated_at)
       VALUES ($1, $2, $3, $4, 'LOCAL', 'local', 'SINGLE_ZONE', 'Standard', 3, 'PROVISIONED', 'x', $5, $5, now())`,
      [id, t.organizationId, t.defaultEnvironmentId, name, day(-3)],
    );
    for (const [hour, line, quantity] of hours) {
      await pg.query(`INSERT INTO usage_hours (cluster_id, hour, line_type, organization_id, quantity, closed) VALUES ($1, $2, $3, $4, $5, true)`, [id, hour, line, t.organizationId, quantity]);
    }
  });
  return id;
}

async function sendEvent(type: string, object: Record<string, unknown>, opts: { id?: string; secret?: string; signature?: string | null } = {}) {
  const payload = JSON.stringify({ id: opts.id ?? `evt_${randomBytes(8).toString('hex')}`, object: 'event', api_version: '2025-01-01', created: Math.floor(Date.now() / 1000), livemode: false, pending_webhooks: 1, request: { id: null, idempotency_key: null }, type, data: { object } });
  const signature = opts.signature === null ? undefined : (opts.signature ?? signer.webhooks.generateTestHeaderString({ payload, secret: opts.secret ?? WEBHOOK_SECRET }));
  return api.request('POST', '/billing/v1/stripe/webhooks', { rawBody: payload, headers: { 'content-type': 'application/json; charset=utf-8', ...(signature ? { 'stripe-signature': signature } : {}) } });
}

describe('costs', () => {
  it('shows daily items per cluster and line type at the price list’s prices, with the promotional credit spent first', async () => {
    const d = day(-1);
    const clusterId = await clusterWithUsage(a, 'orders', [
      [new Date(at(d, 10)), 'KAFKA_BASE', '1'],
      [new Date(at(d, 11)), 'KAFKA_BASE', '1'],
      [new Date(at(d, 12)), 'KAFKA_BASE', '1'],
      [new Date(at(d, 10)), 'KAFKA_NETWORK_WRITE', '10'],
      [new Date(at(d, 11)), 'KAFKA_NETWORK_WRITE', '5'],
      [new Date(at(d, 11)), 'KAFKA_NETWORK_READ', '2.5'],
      [new Date(at(d, 12)), 'KAFKA_STORAGE', '100'],
      [new Date(at(d, 10)), 'KAFKA_PARTITION', '6'],
      [new Date(at(d, 11)), 'KAFKA_PARTITION', '6'],
      [new Date(at(d, 12)), 'KAFKA_PARTITION', '6'],
    ]);
    const res = await api.get(`/billing/v1/costs?start_date=${ymd(d)}&end_date=${ymd(day(0))}`, a.asKey);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ api_version: 'billing/v1', kind: 'CostList', metadata: { total_size: 6 } });
    const byLine = Object.fromEntries(res.body.data.map((c: any) => [c.line_type, c]));
    expect(byLine.KAFKA_BASE).toMatchObject({
      api_version: 'billing/v1',
      kind: 'Cost',
      start_date: ymd(d),
      end_date: ymd(day(0)),
      granularity: 'DAILY',
      product: 'KAFKA',
      unit: 'Hour',
      quantity: 3,
      price: 0.75,
      original_amount: 2.25,
      discount_amount: 0,
      amount: 2.25,
      resource: { id: clusterId, display_name: 'orders', environment: { id: a.defaultEnvironmentId } },
    });
    expect(byLine.KAFKA_NETWORK_WRITE).toMatchObject({ unit: 'GB', quantity: 15, price: 0.05, amount: 0.75 });
    expect(byLine.KAFKA_NETWORK_READ).toMatchObject({ quantity: 2.5, amount: 0.125 });
    expect(byLine.KAFKA_STORAGE).toMatchObject({ unit: 'GB-hour', quantity: 100, price: 0.000138889, amount: 0.013889 });
    expect(byLine.KAFKA_PARTITION).toMatchObject({ quantity: 18, price: 0.0015, amount: 0.027 });
    // $3.165889 of usage, all paid by the $400 credit.
    expect(byLine.PROMO_CREDIT).toMatchObject({ line_type: 'PROMO_CREDIT', resource: null, original_amount: 0, discount_amount: 3.165889, amount: -3.165889 });
    const net = res.body.data.reduce((s: bigint, c: any) => s + BigInt(Math.round(c.amount * 1e6)), 0n);
    expect(net).toBe(0n);

    const preview = await api.get('/billing/v1/invoice-preview', a.asKey);
    expect(preview.status).toBe(200);
    expect(preview.body.credit_remaining).toBeCloseTo(400 - 3.165889, 6);
    expect(preview.body.total).toBe(0);

    // Another organization sees none of it.
    const theirs = await api.get(`/billing/v1/costs?start_date=${ymd(d)}&end_date=${ymd(day(0))}`, b.asKey);
    expect(theirs.body.data).toEqual([]);
  });

  it('charges what the credit does not cover, and a later price change leaves past days alone', async () => {
    const t = await signUpTenant(api, 'BigSpender');
    await clusterWithUsage(t, 'firehose', [
      [new Date(at(day(-2), 5)), 'KAFKA_NETWORK_WRITE', '10000'], // $500
      [new Date(at(day(-1), 5)), 'KAFKA_NETWORK_WRITE', '20'], // $1
    ]);
    const q = `/billing/v1/costs?start_date=${ymd(day(-2))}&end_date=${ymd(day(0))}`;
    const before = await api.get(q, t.asKey);
    const promo = before.body.data.filter((c: any) => c.line_type === 'PROMO_CREDIT');
    expect(promo).toHaveLength(1); // all $400 spent on the first day; nothing left for the second
    expect(promo[0]).toMatchObject({ start_date: ymd(day(-2)), discount_amount: 400, amount: -400 });
    expect(before.body.data.reduce((s: number, c: any) => s + c.amount, 0)).toBeCloseTo(101, 6);

    const tomorrow = day(1);
    await withTestDb((pg) => pg.query(`INSERT INTO prices (cluster_kind, line_type, unit, unit_price, effective_from) VALUES ('Standard', 'KAFKA_NETWORK_WRITE', 'GB', 1, $1)`, [tomorrow]));
    try {
      const after = await api.get(q, t.asKey);
      expect(after.body.data).toEqual(before.body.data);
    } finally {
      await withTestDb((pg) => pg.query(`DELETE FROM prices WHERE effective_from = $1`, [tomorrow]));
    }
  });

  it('prices each hour at the price in force then: a change mid-day splits that day’s line, a change on another line does not', async () => {
    const t = await signUpTenant(api, 'MidDay');
    const d = day(-1);
    await clusterWithUsage(t, 'splitter', [
      [new Date(at(d, 5)), 'KAFKA_NETWORK_WRITE', '10'],
      [new Date(at(d, 11)), 'KAFKA_NETWORK_WRITE', '10'],
      [new Date(at(d, 15)), 'KAFKA_NETWORK_WRITE', '10'],
    ]);
    // Scheduled back then (the API only takes future dates): network writes cost more from noon, partitions from 10:00.
    const changes = [at(d, 12), at(d, 10)];
    await withTestDb(async (pg) => {
      await pg.query(`INSERT INTO prices (cluster_kind, line_type, unit, unit_price, effective_from) VALUES ('Standard', 'KAFKA_NETWORK_WRITE', 'GB', 0.1, $1)`, [changes[0]]);
      await pg.query(`INSERT INTO prices (cluster_kind, line_type, unit, unit_price, effective_from) VALUES ('Standard', 'KAFKA_PARTITION', 'Partition-hour', 0.002, $1)`, [changes[1]]);
    });
    try {
      const res = await api.get(`/billing/v1/costs?start_date=${ymd(d)}&end_date=${ymd(day(0))}`, t.asKey);
      expect(res.status).toBe(200);
      const writes = res.body.data.filter((c: any) => c.line_type === 'KAFKA_NETWORK_WRITE');
      expect(writes.map((c: any) => [c.quantity, c.price, c.original_amount])).toEqual([
        [20, 0.05, 1],
        [10, 0.1, 1],
      ]);
      expect(new Set(writes.map((c: any) => c.id)).size).toBe(2);
    } finally {
      await withTestDb((pg) => pg.query(`DELETE FROM prices WHERE effective_from = ANY($1::timestamptz[])`, [changes]));
    }
  });

  it('pages with page_size and an opaque page_token', async () => {
    const q = `/billing/v1/costs?start_date=${ymd(day(-1))}&end_date=${ymd(day(0))}&page_size=4`;
    const first = await api.get(q, a.asKey);
    expect(first.body.data).toHaveLength(4);
    expect(first.body.metadata.next).toMatch(/^http:\/\/api\.test\/billing\/v1\/costs\?.*page_token=/);
    const second = await api.get(first.body.metadata.next.replace('http://api.test', ''), a.asKey);
    expect(second.body.data).toHaveLength(first.body.metadata.total_size - 4);
    expect(second.body.metadata.next).toBeUndefined();
  });

  it('rejects malformed dates and ranges over the reference’s limits', async () => {
    const costs = (qs: string) => api.get(`/billing/v1/costs?${qs}`, a.asKey);
    expectError(await costs(''), 422, 'start_date');
    expectError(await costs(`start_date=${ymd(day(-1))}`), 422, 'end_date');
    expectError(await costs(`start_date=yesterday&end_date=${ymd(day(0))}`), 422, 'start_date');
    expectError(await costs(`start_date=2026-02-30&end_date=2026-03-02`), 422, 'start_date');
    expectError(await costs(`start_date=${ymd(day(0))}&end_date=${ymd(day(0))}`), 422, 'end_date');
    expectError(await costs(`start_date=${ymd(day(0))}&end_date=${ymd(day(-1))}`), 422, 'end_date');
    expectError(await costs(`start_date=${ymd(day(-40))}&end_date=${ymd(day(-8))}`), 422, 'end_date'); // 32 days
    expectError(await costs(`start_date=${ymd(day(-400))}&end_date=${ymd(day(-399))}`), 422, 'start_date');
    expectError(await costs(`start_date=${ymd(day(-1))}&end_date=${ymd(day(0))}&page_size=10001`), 422, 'page_size');
    expectError(await costs(`start_date=${ymd(day(-1))}&end_date=${ymd(day(0))}&page_token=garbage`), 400, 'page_token');
    expectError(await costs(`start_date=${ymd(day(-1))}&end_date=${ymd(day(0))}&colour=blue`), 400, 'colour');
    expect((await costs(`start_date=${ymd(day(-31))}&end_date=${ymd(day(0))}`)).status).toBe(200);
    expectError(await api.get(`/billing/v1/costs?start_date=${ymd(day(-1))}&end_date=${ymd(day(0))}`), 401);
  });
});

describe('metrics query', () => {
  it('answers received_bytes per cluster per minute from the samples, and 404 for another organization’s cluster', async () => {
    const clusterId = await clusterWithUsage(a, 'metrics', []);
    const base = Math.floor(Date.now() / 60_000) * 60_000 - 10 * 60_000;
    await withTestDb(async (pg) => {
      let total = 0;
      for (let i = 0; i < 4; i++) {
        total += 1_000 * (i + 1);
        const t = new Date(base + i * 60_000 + 1_000);
        await pg.query(
          `INSERT INTO usage_samples (cluster_id, broker_id, interval_start, organization_id, scraped_at, up, incarnation, bytes_in_total, bytes_out_total, retained_bytes, partition_count)
           VALUES ($1, 1, $2, $3, $4, true, 1, $5, 0, $6, 3)`,
          [clusterId, new Date(base + i * 60_000), a.organizationId, t, total, 10_000 * (i + 1)],
        );
      }
    });
    const body = (metric: string, cluster = clusterId, granularity = 'PT1M') => ({
      aggregations: [{ metric: `io.confluent.kafka.server/${metric}`, agg: 'SUM' }],
      filter: { field: 'resource.kafka.id', op: 'EQ', value: cluster },
      granularity,
      group_by: ['resource.kafka.id'],
      intervals: [`${new Date(base).toISOString()}/PT1H`],
    });
    const res = await api.post('/v2/metrics/cloud/query', body('received_bytes'), a.asKey);
    expect(res.status, res.text).toBe(200);
    // The first sample ever counts everything since broker start; then the deltas.
    expect(res.body.data.map((p: any) => p.value)).toEqual([1_000, 2_000, 3_000, 4_000]);
    expect(res.body.data[0]).toEqual({ timestamp: new Date(base).toISOString().replace('.000Z', 'Z'), value: 1_000, 'resource.kafka.id': clusterId });
    const hourly = await api.post('/v2/metrics/cloud/query', body('received_bytes', clusterId, 'ALL'), a.asKey);
    expect(hourly.body.data.map((p: any) => p.value)).toEqual([10_000]);
    const retained = await api.post('/v2/metrics/cloud/query', body('retained_bytes'), a.asKey);
    expect(retained.body.data.map((p: any) => p.value)).toEqual([10_000, 20_000, 30_000, 40_000]);
    const partitions = await api.post('/v2/metrics/cloud/query', body('partition_count'), a.asKey);
    expect(partitions.body.data.map((p: any) => p.value)).toEqual([3, 3, 3, 3]);

    expectError(await api.post('/v2/metrics/cloud/query', body('received_bytes'), b.asKey), 404);
    expectError(await api.post('/v2/metrics/cloud/query', body('received_bytes', 'lkc-nothere'), a.asKey), 404);
    expectError(await api.post('/v2/metrics/cloud/query', body('bogus_bytes'), a.asKey), 422, '/aggregations/0/metric');
    expectError(await api.post('/v2/metrics/cloud/query', { ...body('sent_bytes'), intervals: [`${new Date(base).toISOString()}/PT7H`] }, a.asKey), 422, '/intervals/0');
    expectError(await api.post('/v2/metrics/cloud/query', { ...body('sent_bytes'), intervals: ['not-an-interval'] }, a.asKey), 422, '/intervals/0');
    expectError(await api.post('/v2/metrics/cloud/query', { ...body('sent_bytes'), colour: 'blue' }, a.asKey), 400, '/colour');
  });
});

describe('Stripe', () => {
  let customer: string;

  it('gives the console a SetupIntent for the organization’s Stripe customer', async () => {
    const res = await api.post('/billing/v1/setup-intents', {}, a.asKey);
    expect(res.status, res.text).toBe(201);
    expect(res.body.client_secret).toMatch(/_secret_/);
    customer = res.body.customer;
    expect(customer).toMatch(/^cus_/);
    expect((await api.post('/billing/v1/setup-intents', {}, a.asKey)).body.customer).toBe(customer);
  });

  it('refuses forged or unsigned webhooks with 400 and changes nothing', async () => {
    const object = { id: 'in_forged', object: 'invoice', customer };
    const unsigned = await sendEvent('invoice.payment_failed', object, { signature: null });
    expectError(unsigned, 400);
    const forged = await sendEvent('invoice.payment_failed', object, { secret: 'whsec_notoursecret' });
    expectError(forged, 400);
    const garbage = await sendEvent('invoice.payment_failed', object, { signature: 't=1,v1=deadbeef' });
    expectError(garbage, 400);
    const account = await api.get('/billing/v1/account', a.asKey);
    expect(account.body.status).toBe('ACTIVE');
  });

  it('a failed payment makes the organization past due: running clusters stay, new ones get 402; a replayed event counts once', async () => {
    const eventId = `evt_${randomBytes(8).toString('hex')}`;
    const failed = await sendEvent('invoice.payment_failed', { id: 'in_failed1', object: 'invoice', customer }, { id: eventId });
    expect(failed.status, failed.text).toBe(200);
    expect(failed.body).toEqual({ received: true, duplicate: false });
    expect((await api.get('/billing/v1/account', a.asKey)).body).toMatchObject({ status: 'PAST_DUE' });
    expect((await api.get('/billing/v1/invoice-preview', a.asKey)).body.billing_status).toBe('PAST_DUE');

    const create = await api.post('/cmk/v2/clusters', { spec: { display_name: 'more', cloud: 'LOCAL', region: 'local', config: { kind: 'Basic' }, environment: { id: a.defaultEnvironmentId } } }, a.asKey);
    expectError(create, 402);
    expect(create.body.errors[0].detail).toMatch(/past due/);
    const list = await api.get(`/cmk/v2/clusters?environment=${a.defaultEnvironmentId}`, a.asKey);
    expect(list.body.data.map((c: any) => c.spec.display_name)).not.toContain('more');
    // Another organization is unaffected.
    const theirs = await api.post('/cmk/v2/clusters', { spec: { display_name: 'fine', cloud: 'LOCAL', region: 'local', config: { kind: 'Basic' }, environment: { id: b.defaultEnvironmentId } } }, b.asKey);
    expect(theirs.status, theirs.text).toBe(202);
    await api.delete(`/cmk/v2/clusters/${theirs.body.id}?environment=${b.defaultEnvironmentId}`, b.asKey);

    // The subscription re-read from Stripe is active (paid): good standing again.
    const updated = await sendEvent('customer.subscription.updated', { id: 'sub_paid', object: 'subscription', customer });
    expect(updated.status).toBe(200);
    expect((await api.get('/billing/v1/account', a.asKey)).body).toMatchObject({ status: 'ACTIVE', subscription_status: 'active' });

    // Stripe redelivers the old failure (same event id, freshly signed): already processed, nothing changes.
    const replay = await sendEvent('invoice.payment_failed', { id: 'in_failed1', object: 'invoice', customer }, { id: eventId });
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual({ received: true, duplicate: true });
    expect((await api.get('/billing/v1/account', a.asKey)).body.status).toBe('ACTIVE');
  });

  it('ignores events for customers it does not know', async () => {
    const res = await sendEvent('invoice.payment_failed', { id: 'in_x', object: 'invoice', customer: 'cus_unknown' });
    expect(res.status).toBe(200);
    expect((await api.get('/billing/v1/account', b.asKey)).body.status).toBe('ACTIVE');
  });
});
