import 'reflect-metadata';
import { Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { BillingModule, rateMicros, StripeMeterOutbox } from '@tributary/billing';
import { DbModule } from '@tributary/db';
import { consumeAll, produce } from '@tributary/kafka-admin';
import { floorHour, HOUR_MS, MeteringModule, UsageRollup } from '@tributary/metering';
import { PlatformModule } from '@tributary/platform';
import { signUpTenant, StripeMock, waitFor, withTestDb, WorkerProcess, type ApiClient, type TestTenant } from '@tributary/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapOf, createCluster, waitForGone, waitForPhase, type ClusterJson } from './cluster-helpers';
import { startTestApi } from './start-test-api';

/**
 * Metering on a real cluster: real brokers, a real Kafka client, the worker as a separate process
 * (killed mid-collection and doubled), and Stripe (stripe-mock behind a recording proxy).
 */
const stripe = new StripeMock();
// A broker's exporter page can take over a second to render on a loaded 2-core machine: a scrape that
// times out meters nothing for that interval (by design), so the timeout is near the interval here.
const METERING = { TRIBUTARY_METERING_INTERVAL_SECONDS: '2', TRIBUTARY_METERING_SCRAPE_TIMEOUT_MS: '1900', TRIBUTARY_STRIPE_REPORT_INTERVAL_SECONDS: '1' };
let api: ApiClient;
let close: () => Promise<void>;
let t: TestTenant;
let workers: WorkerProcess[] = [];
let ctx: INestApplicationContext | undefined;

beforeAll(async () => {
  await stripe.start();
  ({ api, close } = await startTestApi({ ...stripe.env(), ...METERING }));
  t = await signUpTenant(api, 'Metered');
  workers = [new WorkerProcess({ ...stripe.env(), ...METERING }).start()];
});
afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  await ctx?.close();
  await close?.();
  await stripe.stop();
});

const logs = () => workers.map((w) => w.logs().slice(-3000)).join('\n---\n');

/** What the brokers themselves counted: kafka_server_bytes_{in,out}_total summed over the cluster. */
async function brokerCounters(clusterId: string): Promise<{ bytesIn: bigint; bytesOut: bigint }> {
  const nodes = await withTestDb(async (pg) => (await pg.query(`SELECT nodes FROM clusters WHERE id = $1`, [clusterId])).rows[0].nodes as { host: string; metricsPort: number }[]);
  let bytesIn = 0n;
  let bytesOut = 0n;
  for (const n of nodes) {
    const text = await (await fetch(`http://${n.host}:${n.metricsPort}/metrics`)).text();
    const read = (name: string) => BigInt(Math.round(Number(/^(\S+) (\S+)$/m.exec(text.split('\n').find((l) => l.startsWith(`${name} `)) ?? '')?.[2] ?? 0)));
    bytesIn += read('kafka_server_bytes_in_total');
    bytesOut += read('kafka_server_bytes_out_total');
  }
  return { bytesIn, bytesOut };
}

/** What the ledger metered for the cluster, in bytes. */
async function metered(clusterId: string): Promise<{ bytesIn: bigint; bytesOut: bigint }> {
  const rows = await withTestDb(async (pg) => (await pg.query(`SELECT line_type, (SUM(quantity) * 1000000000)::bigint::text AS bytes FROM usage_hours WHERE cluster_id = $1 AND line_type IN ('KAFKA_NETWORK_WRITE', 'KAFKA_NETWORK_READ') GROUP BY line_type`, [clusterId])).rows);
  const of = (l: string) => BigInt(rows.find((r: { line_type: string }) => r.line_type === l)?.bytes ?? 0);
  return { bytesIn: of('KAFKA_NETWORK_WRITE'), bytesOut: of('KAFKA_NETWORK_READ') };
}

/** Waits until the ledger equals the brokers' counters, and they stay equal for a few collections. */
async function meteredMatchesBrokers(clusterId: string): Promise<{ bytesIn: bigint; bytesOut: bigint }> {
  let last = '';
  const settled = await waitFor(
    async () => {
      const [b, m] = await Promise.all([brokerCounters(clusterId), metered(clusterId)]);
      // On a timeout, the newest samples say whether collections ran and whether their scrapes succeeded.
      const samples = await withTestDb(async (pg) => (await pg.query(`SELECT interval_start, broker_id, up, bytes_in_total::text, bytes_out_total::text FROM usage_samples WHERE cluster_id = $1 ORDER BY interval_start DESC LIMIT 4`, [clusterId])).rows);
      last = `brokers ${JSON.stringify(b, (_, v) => (typeof v === 'bigint' ? v.toString() : v))} ledger ${JSON.stringify(m, (_, v) => (typeof v === 'bigint' ? v.toString() : v))} at ${new Date().toISOString()}\nnewest samples ${JSON.stringify(samples)}`;
      return b.bytesIn === m.bytesIn && b.bytesOut === m.bytesOut ? m : undefined;
    },
    { timeoutMs: 90_000, intervalMs: 500, describe: () => `${last}\n${logs()}` },
  );
  await new Promise((r) => setTimeout(r, 5_000)); // two more collections: nothing more may be counted
  expect(await metered(clusterId)).toEqual(settled);
  return settled;
}

describe('metering a real cluster', () => {
  let cluster: ClusterJson;
  let creds: { username: string; password: string };
  const payload = 'x'.repeat(1_000);

  it('meters exactly the bytes the brokers counted for a real producer and consumer', async () => {
    cluster = await createCluster(api, t.asKey, t.defaultEnvironmentId, { kind: 'Basic' }, 'metered');
    cluster = await waitForPhase(api, t.asKey, cluster, 'PROVISIONED', workers[0]);
    const key = await api.post('/iam/v2/api-keys', { spec: { display_name: 'app', owner: { id: t.userId }, resource: { id: cluster.id } } }, t.asKey);
    creds = { username: key.body.id, password: key.body.spec.secret };
    const topic = await api.post(`/kafka/v3/clusters/${cluster.id}/topics`, { topic_name: 'metered', partitions_count: 1, replication_factor: 1 }, { key: { id: creds.username, secret: creds.password } });
    expect(topic.status, topic.text).toBe(201);

    await produce(bootstrapOf(cluster), creds, 'metered', Array.from({ length: 500 }, () => payload), { acks: 'all' });
    const got = await consumeAll(bootstrapOf(cluster), creds, 'metered', 'meter-g1', 500, 30_000);
    expect(got).toHaveLength(500);
    const m = await meteredMatchesBrokers(cluster.id);
    expect(m.bytesIn).toBeGreaterThanOrEqual(500n * 1_000n); // payload plus record-batch framing
    expect(m.bytesOut).toBeGreaterThanOrEqual(500n * 1_000n);
  });

  it('keeps the totals when the worker is killed mid-collection and two workers collect at once', async () => {
    const before = await metered(cluster.id);
    await new Promise((r) => setTimeout(r, 900)); // somewhere inside a 2 s collection cycle
    workers[0]!.kill9();
    workers = [new WorkerProcess({ ...stripe.env(), ...METERING }).start(), new WorkerProcess({ ...stripe.env(), ...METERING }).start()];
    await new Promise((r) => setTimeout(r, 8_000));
    expect(await metered(cluster.id)).toEqual(before);

    await produce(bootstrapOf(cluster), creds, 'metered', Array.from({ length: 100 }, () => payload), { acks: 'all' });
    const after = await meteredMatchesBrokers(cluster.id);
    expect(after.bytesIn - before.bytesIn).toBeGreaterThanOrEqual(100n * 1_000n);
    expect(after.bytesIn - before.bytesIn).toBeLessThan(100n * 1_000n * 2n);
    const samples = await withTestDb(async (pg) => (await pg.query(`SELECT count(*)::int AS n, count(DISTINCT interval_start)::int AS i FROM usage_samples WHERE cluster_id = $1`, [cluster.id])).rows[0]);
    expect(samples.n).toBe(samples.i); // one broker: one sample per interval, however many workers
  });

  it('shows the metered usage at the price list’s price in the costs API', async () => {
    const m = await metered(cluster.id);
    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const res = await api.get(`/billing/v1/costs?start_date=${today}&end_date=${tomorrow}`, t.asKey);
    const write = res.body.data.filter((c: any) => c.line_type === 'KAFKA_NETWORK_WRITE' && c.resource.id === cluster.id);
    const qty = (Number(m.bytesIn) / 1e9).toFixed(9);
    expect(write).toHaveLength(1);
    expect(write[0]).toMatchObject({ unit: 'GB', quantity: Number(qty), price: 0.05 });
    expect(Math.round(write[0].amount * 1e6)).toBe(Number(rateMicros(qty, '0.05')));
    expect(res.body.data.find((c: any) => c.line_type === 'KAFKA_BASE' && c.resource.id === cluster.id)).toMatchObject({ quantity: 1, price: 0 });
  });

  it('sends the closed hour to Stripe once per line type, identified by org + cluster + line type + hour', async () => {
    @Module({ imports: [PlatformModule.forRoot({ serviceName: 'e2e-close' }), DbModule, BillingModule, MeteringModule.forRoot({ imports: [BillingModule], hourClosedListeners: [StripeMeterOutbox] })] })
    class CloseModule {}
    ctx = await NestFactory.createApplicationContext(CloseModule, { logger: false });
    // The hour has not ended yet: close it as the worker will once it has (hour end + grace).
    const hour = floorHour(new Date());
    await ctx.get(UsageRollup).closeDueHours(new Date(hour.getTime() + HOUR_MS + 5 * 60_000), 500, [cluster.id]);
    const rows = await withTestDb(async (pg) => (await pg.query(`SELECT identifier, line_type, value::text, hour FROM stripe_meter_outbox WHERE cluster_id = $1`, [cluster.id])).rows);
    // Basic: the base hour and partitions are free, storage rounds to $0 here: only network lines are billed.
    expect(new Set(rows.map((r: any) => r.line_type))).toEqual(new Set(['KAFKA_NETWORK_WRITE', 'KAFKA_NETWORK_READ']));
    expect(rows.length).toBeGreaterThan(0);
    // The workers' sender delivers them.
    await waitFor(async () => (stripe.meterEvents.filter((e) => rows.some((r: any) => r.identifier === e.identifier)).length === rows.length ? true : undefined), {
      timeoutMs: 30_000,
      describe: logs,
    });
    await new Promise((r) => setTimeout(r, 4_000));
    const received = stripe.meterEvents.filter((e) => rows.some((r: any) => r.identifier === e.identifier));
    expect(received.map((e) => e.identifier).sort()).toEqual(rows.map((r: any) => r.identifier).sort());
    for (const r of rows) expect(r.identifier).toBe(`${t.organizationId}:${cluster.id}:${r.line_type}:${new Date(r.hour).toISOString().slice(0, 13).replace(/[-T]/g, '')}`);
    expect(received.every((e) => rows.find((r: any) => r.identifier === e.identifier)!.value === e.value)).toBe(true);
  });

  it("deletes the cluster; its usage up to deletion stays", async () => {
    const before = await metered(cluster.id);
    await api.delete(`/cmk/v2/clusters/${cluster.id}?environment=${t.defaultEnvironmentId}`, t.asKey);
    await waitForGone(api, t.asKey, cluster, workers[0]);
    expect(await metered(cluster.id)).toEqual(before);
  });
});
