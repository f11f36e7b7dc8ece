import 'reflect-metadata';
import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { BillingModule, StripeMeterOutbox } from '@tributary/billing';
import { DbModule } from '@tributary/db';
import { HOUR_MS, MeteringModule, SchemaRegistryUsage } from '@tributary/metering';
import { PlatformModule } from '@tributary/platform';
import { signUpTenant, StripeMock, withTestDb, type ApiClient, type Credentials, type TestTenant } from '@tributary/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from '../../test/start-test-api';
import { registryKey, registryOf, registryPath, type RegistryJson } from './registry-test-helpers';

/**
 * The registry's billing line (SCHEMA_REGISTRY) from registration to the costs API and the Stripe
 * outbox, and the registry an environment gets when it is created. A free allowance of 3 schemas
 * per environment here (100 by default, as Confluent's Essentials) keeps the registrations few.
 */
const FREE = 3;
const stripe = new StripeMock();
let app: NestFastifyApplication;
let api: ApiClient;
let close: () => Promise<void>;
let ctx: INestApplicationContext;
let t: TestTenant;

const VND = 'application/vnd.schemaregistry.v1+json';
const DAY = 86_400_000;
const today = new Date(Math.floor(Date.now() / DAY) * DAY);
const yesterday = new Date(today.getTime() - DAY);
const ymd = (d: Date) => d.toISOString().slice(0, 10);
/** Hour `h` of yesterday, plus `min` minutes: metering there never races the current hour. */
const at = (h: number, min = 5) => new Date(yesterday.getTime() + h * HOUR_MS + min * 60_000);

async function register(registry: RegistryJson, as: Credentials, subject: string, n: number) {
  const schema = JSON.stringify({ type: 'record', name: 'R', namespace: 'billing', fields: [{ name: `f${n}`, type: 'long' }] });
  const res = await api.request('POST', registryPath(registry, `/subjects/${subject}/versions`), { as, rawBody: JSON.stringify({ schema }), headers: { 'content-type': VND } });
  expect(res.status, res.text).toBe(200);
}

async function registryRows(environmentId: string): Promise<{ id: string; organization_id: string }[]> {
  return withTestDb(async (pg) => (await pg.query(`SELECT id, organization_id FROM schema_registries WHERE environment_id = $1`, [environmentId])).rows);
}

async function usage(registryId: string): Promise<{ hour: string; quantity: string; closed: boolean }[]> {
  return withTestDb(
    async (pg) =>
      (await pg.query(`SELECT hour, quantity::text, closed FROM usage_hours WHERE cluster_id = $1 AND line_type = 'SCHEMA_REGISTRY' ORDER BY hour`, [registryId])).rows.map(
        (r: { hour: Date; quantity: string; closed: boolean }) => ({ hour: r.hour.toISOString(), quantity: r.quantity, closed: r.closed }),
      ),
  );
}

beforeAll(async () => {
  await stripe.start();
  ({ app, api, close } = await startTestApi({ ...stripe.env(), TRIBUTARY_SCHEMA_REGISTRY_FREE_SCHEMAS: String(FREE) }));
  t = await signUpTenant(api, 'Governed');
  // The worker's side of metering (close and report), as apps/worker wires it.
  @Module({ imports: [PlatformModule.forRoot({ serviceName: 'registry-billing' }), DbModule, BillingModule, MeteringModule.forRoot({ imports: [BillingModule], hourClosedListeners: [StripeMeterOutbox] })] })
  class CloseModule {}
  ctx = await NestFactory.createApplicationContext(CloseModule, { logger: false });
});
afterAll(async () => {
  await ctx?.close();
  await close?.();
  await stripe.stop();
});

describe('an environment has its registry from its creation', () => {
  it('writes the registry in the transaction that creates the environment, at sign-up and on POST', async () => {
    // No srcm/v3 read has happened for this tenant yet: the rows exist already.
    const atSignUp = await registryRows(t.defaultEnvironmentId);
    expect(atSignUp).toHaveLength(1);
    expect(atSignUp[0]!.organization_id).toBe(t.organizationId);
    const env = await api.post('/org/v2/environments', { display_name: 'hooked' }, t.asKey);
    expect(env.status, env.text).toBe(201);
    const created = await registryRows(env.body.id);
    expect(created).toHaveLength(1);
    expect(created[0]!.id).toMatch(/^lsrc-[a-z0-9]+$/);
    // srcm/v3 serves that row (it no longer creates one on a read).
    expect((await registryOf(api, t, env.body.id)).id).toBe(created[0]!.id);
  });

  it('answers 404 for an environment that is not the organization’s', async () => {
    expect((await api.get(`/srcm/v3/clusters?environment=env-nothere`, t.asKey)).status).toBe(404);
  });
});

describe('schemas are metered above the free allowance per environment, priced, and reported', () => {
  it('bills schema-hours above the allowance, per environment, soft-deleted versions included until permanently deleted', async () => {
    const a = await registryOf(api, t);
    const asA = { key: await registryKey(app, t, a.id) };
    const envB = await api.post('/org/v2/environments', { display_name: 'second' }, t.asKey);
    const b = await registryOf(api, t, envB.body.id);
    const asB = { key: await registryKey(app, t, b.id) };
    for (let n = 1; n <= FREE + 2; n++) await register(a, asA, `a-${n}`, n);
    for (let n = 1; n <= FREE - 1; n++) await register(b, asB, `b-${n}`, n);
    const meter = ctx.get(SchemaRegistryUsage);
    const only = [a.id, b.id];

    // Hour 10: 5 versions in A (2 above the allowance); 2 in B (within its own allowance, even
    // though the organization holds 7 in all).
    await meter.meter(at(10), only);
    expect(await meter.meter(at(10, 30), only)).toBe(0); // the same count again changes nothing
    // Hour 11: a soft-deleted version still counts, as on Confluent.
    expect((await api.request('DELETE', registryPath(a, '/subjects/a-5'), { as: asA })).status).toBe(200);
    await meter.meter(at(11), only);
    // Hour 12: permanently deleted, it no longer counts.
    expect((await api.request('DELETE', registryPath(a, '/subjects/a-5?permanent=true'), { as: asA })).status).toBe(200);
    await meter.meter(at(12), only);
    // A later metering with fewer schemas never lowers an hour already metered (the most held in the hour).
    await meter.meter(at(10, 50), only);

    expect(await usage(a.id)).toEqual([
      { hour: at(10, 0).toISOString(), quantity: '2.000000000', closed: false },
      { hour: at(11, 0).toISOString(), quantity: '2.000000000', closed: false },
      { hour: at(12, 0).toISOString(), quantity: '1.000000000', closed: false },
    ]);
    expect(await usage(b.id)).toEqual([]);

    const res = await api.get(`/billing/v1/costs?start_date=${ymd(yesterday)}&end_date=${ymd(today)}`, t.asKey);
    expect(res.status, res.text).toBe(200);
    const lines = res.body.data.filter((c: { line_type: string }) => c.line_type === 'SCHEMA_REGISTRY');
    expect(lines).toHaveLength(1);
    // 5 schema-hours × $0.002 (the Essentials price row) = $0.01.
    expect(lines[0]).toMatchObject({
      product: 'STREAM_GOVERNANCE',
      line_type: 'SCHEMA_REGISTRY',
      unit: 'Schema-hour',
      quantity: 5,
      price: 0.002,
      original_amount: 0.01,
      amount: 0.01,
      start_date: ymd(yesterday),
      resource: { id: a.id, display_name: 'Stream Governance Package', environment: { id: t.defaultEnvironmentId } },
    });
    expect(lines[0]).not.toHaveProperty('network_access_type'); // a cluster's, not a registry's
    const preview = await api.get('/billing/v1/invoice-preview', t.asKey);
    expect(preview.status, preview.text).toBe(200);
    // The preview is this month's: it has yesterday's line unless today is the 1st.
    if (ymd(yesterday).slice(0, 7) === ymd(today).slice(0, 7)) {
      expect(preview.body.lines.find((l: { line_type: string }) => l.line_type === 'SCHEMA_REGISTRY')).toMatchObject({ quantity: 5, amount: 0.01 });
    }

    // Closing: every hour once, each into the Stripe outbox in its own transaction's listener call.
    expect(await meter.closeDueHours(at(15), 500, only)).toBe(3);
    expect(await meter.closeDueHours(at(15), 500, only)).toBe(0);
    expect((await usage(a.id)).every((r) => r.closed)).toBe(true);
    const outbox = await withTestDb(async (pg) => (await pg.query(`SELECT line_type, value::text AS value, hour FROM stripe_meter_outbox WHERE cluster_id = $1 ORDER BY hour`, [a.id])).rows);
    expect(outbox.map((r: { line_type: string; value: string }) => [r.line_type, r.value])).toEqual([
      ['SCHEMA_REGISTRY', '4000'],
      ['SCHEMA_REGISTRY', '4000'],
      ['SCHEMA_REGISTRY', '2000'],
    ]);
    // A closed hour is final: more schemas metered into it change nothing.
    await register(a, asA, 'a-6', 6);
    await register(a, asA, 'a-7', 7);
    await meter.meter(at(10), only);
    expect((await usage(a.id))[0]).toEqual({ hour: at(10, 0).toISOString(), quantity: '2.000000000', closed: true });
  });
});

describe('registration takes no lock: racing writers of one subject', () => {
  it('gives concurrent registrations distinct versions, the same schema one version, and checks each against the version it follows', async () => {
    const env = await api.post('/org/v2/environments', { display_name: 'racing' }, t.asKey);
    const reg = await registryOf(api, t, env.body.id);
    const as = { key: await registryKey(app, t, reg.id) };
    const post = (subject: string, schema: object) =>
      api.request('POST', registryPath(reg, `/subjects/${subject}/versions`), { as, rawBody: JSON.stringify({ schema: JSON.stringify(schema) }), headers: { 'content-type': VND } });
    const record = (extra: number) => ({ type: 'record', name: 'Race', fields: [{ name: 'id', type: 'long' }, ...Array.from({ length: extra }, (_, i) => ({ name: `f${i}`, type: ['null', 'string'], default: null }))] });

    // Eight different schemas at once, each BACKWARD-compatible with any other: eight versions, no gaps.
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => post('race', record(i))));
    for (const r of results) expect(r.status, r.text).toBe(200);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(8);
    const versions = await api.request('GET', registryPath(reg, '/subjects/race/versions'), { as });
    expect(versions.body).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);

    // The same new schema five times at once: one version, one id.
    const same = await Promise.all(Array.from({ length: 5 }, () => post('same', record(1))));
    expect(new Set(same.map((r) => `${r.status}/${r.body.id}`)).size).toBe(1);
    expect((await api.request('GET', registryPath(reg, '/subjects/same/versions'), { as })).body).toEqual([1]);

    // A compatible and an incompatible schema at once (BACKWARD: a removed required field): whichever
    // lands, the incompatible one is refused with 409 against the version it would follow.
    const removed = { type: 'record', name: 'Race', fields: [{ name: 'other', type: 'long' }] };
    const [ok, refused] = await Promise.all([post('race', record(9)), post('race', removed)]);
    expect(ok.status, ok.text).toBe(200);
    expect(refused.status, refused.text).toBe(409);
    expect(refused.body.error_code).toBe(409);
  });
});
