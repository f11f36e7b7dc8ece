import { consumeAll, produce } from '@tributary/kafka-admin';
import { signUpTenant, waitFor, withTestDb, WorkerProcess, type ApiClient, type TestTenant } from '@tributary/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapOf, brokerPids, createCluster, waitForPhase, type ClusterJson } from './cluster-helpers';
import { startTestApi } from './start-test-api';

/**
 * Chargeback and meters through faults, on one real Basic cluster: two topics with real produce and
 * consume, costs split by topic that sum exactly to the cluster's lines, and the only broker killed
 * with -9 for several collections while storage and bytes in stay what they would have been.
 */
const METERING = { TRIBUTARY_METERING_INTERVAL_SECONDS: '2', TRIBUTARY_METERING_SCRAPE_TIMEOUT_MS: '1900' };
let api: ApiClient;
let close: () => Promise<void>;
let t: TestTenant;
let worker: WorkerProcess;
let cluster: ClusterJson;
let creds: { username: string; password: string };
const payload = 'x'.repeat(1_000);

beforeAll(async () => {
  ({ api, close } = await startTestApi(METERING));
  t = await signUpTenant(api, 'Chargeback');
  worker = new WorkerProcess(METERING).start();
  cluster = await createCluster(api, t.asKey, t.defaultEnvironmentId, { kind: 'Basic' }, 'chargeback');
  cluster = await waitForPhase(api, t.asKey, cluster, 'PROVISIONED', worker);
  const key = await api.post('/iam/v2/api-keys', { spec: { display_name: 'app', owner: { id: t.userId }, resource: { id: cluster.id } } }, t.asKey);
  creds = { username: key.body.id, password: key.body.spec.secret };
  for (const [name, partitions] of [['orders', 1], ['clicks', 2]] as const) {
    const res = await api.post(`/kafka/v3/clusters/${cluster.id}/topics`, { topic_name: name, partitions_count: partitions, replication_factor: 1 }, { key: { id: creds.username, secret: creds.password } });
    expect(res.status, res.text).toBe(201);
  }
});
afterAll(async () => {
  await worker?.stop();
  await close?.();
});

const logs = () => worker.logs().slice(-4000);
const big = (v: unknown) => BigInt(String(v));
const micros = (dollars: number) => BigInt(Math.round(dollars * 1e6));
const nanos = (q: number) => BigInt(Math.round(q * 1e9));

interface Node {
  nodeId: number;
  host: string;
  metricsPort: number;
}
const nodesOf = () => withTestDb(async (pg) => (await pg.query(`SELECT nodes FROM clusters WHERE id = $1`, [cluster.id])).rows[0].nodes as Node[]);

/** The brokers' own totals, read from their exporters. */
async function brokerBytesIn(): Promise<bigint> {
  let total = 0n;
  for (const n of await nodesOf()) {
    const text = await (await fetch(`http://${n.host}:${n.metricsPort}/metrics`)).text();
    const line = text.split('\n').find((l) => l.startsWith('kafka_server_bytes_in_total '));
    total += BigInt(Math.round(Number(line?.split(' ')[1] ?? 0)));
  }
  return total;
}

async function meteredBytesIn(): Promise<bigint> {
  const r = await withTestDb(async (pg) => (await pg.query(`SELECT COALESCE((SUM(quantity) * 1000000000)::bigint, 0)::text AS b FROM usage_hours WHERE cluster_id = $1 AND line_type = 'KAFKA_NETWORK_WRITE'`, [cluster.id])).rows[0]);
  return big(r.b);
}

/** Waits until the ledger has metered `expected` bytes in (the brokers' count), and it stays so for a few collections. */
async function meteredSettlesAt(expected: () => Promise<bigint>): Promise<bigint> {
  let last = '';
  const got = await waitFor(
    async () => {
      const [want, have] = await Promise.all([expected(), meteredBytesIn()]);
      last = `expected ${want} metered ${have}`;
      return want === have ? have : undefined;
    },
    { timeoutMs: 120_000, intervalMs: 500, describe: () => `${last}\n${logs()}` },
  );
  await new Promise((r) => setTimeout(r, 5_000));
  expect(await meteredBytesIn()).toBe(got);
  return got;
}

interface CostJson {
  start_date: string;
  line_type: string;
  price: number;
  quantity: number;
  amount: number;
  topic?: string | null;
  resource: { id: string } | null;
  links?: { samples: string };
}

const range = () => {
  const today = new Date().toISOString().slice(0, 10);
  return `start_date=${today}&end_date=${new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)}`;
};
const lineKey = (c: CostJson) => `${c.start_date}|${c.resource?.id}|${c.line_type}|${c.price}`;

describe('chargeback by topic', () => {
  it('splits the network, storage and partition lines by topic, summing exactly to each line', async () => {
    await produce(bootstrapOf(cluster), creds, 'orders', Array.from({ length: 300 }, () => payload), { acks: 'all' });
    await produce(bootstrapOf(cluster), creds, 'clicks', Array.from({ length: 100 }, () => payload), { acks: 'all' });
    expect(await consumeAll(bootstrapOf(cluster), creds, 'orders', 'chargeback-g1', 300, 30_000)).toHaveLength(300);
    await meteredSettlesAt(brokerBytesIn);

    // Storage moves with every collection (a mean over the hour): compare whole and split lines read between two equal reads.
    const { whole, split } = await waitFor(
      async () => {
        const a = await api.get(`/billing/v1/costs?${range()}`, t.asKey);
        const s = await api.get(`/billing/v1/costs?${range()}&group_by=topic`, t.asKey);
        const b = await api.get(`/billing/v1/costs?${range()}`, t.asKey);
        expect(s.status, s.text).toBe(200);
        return JSON.stringify(a.body.data) === JSON.stringify(b.body.data) ? { whole: a.body.data as CostJson[], split: s.body.data as CostJson[] } : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 200 },
    );
    const mine = (c: CostJson) => c.resource?.id === cluster.id;
    const parts = new Map<string, CostJson[]>();
    for (const c of split.filter(mine)) parts.set(lineKey(c), [...(parts.get(lineKey(c)) ?? []), c]);
    const checked = new Set<string>();
    for (const line of whole.filter(mine)) {
      const shares = parts.get(lineKey(line)) ?? [];
      if (['KAFKA_NETWORK_WRITE', 'KAFKA_NETWORK_READ', 'KAFKA_STORAGE', 'KAFKA_PARTITION'].includes(line.line_type)) {
        expect(shares.length, line.line_type).toBeGreaterThan(0);
        expect(shares.every((p) => typeof p.topic === 'string')).toBe(true);
        // To the micro-dollar (so to the cent) and to the byte.
        expect(shares.reduce((s, p) => s + micros(p.amount), 0n), line.line_type).toBe(micros(line.amount));
        expect(shares.reduce((s, p) => s + nanos(p.quantity), 0n), line.line_type).toBe(nanos(line.quantity));
        checked.add(line.line_type);
      } else {
        expect(shares).toEqual([expect.objectContaining({ topic: null, amount: line.amount, quantity: line.quantity })]);
      }
      expect(line.links?.samples).toContain('/billing/v1/cost-samples?');
    }
    expect(checked).toEqual(new Set(['KAFKA_NETWORK_WRITE', 'KAFKA_NETWORK_READ', 'KAFKA_STORAGE', 'KAFKA_PARTITION']));

    // The shares follow the brokers' per-topic counters: 300 records to orders, 100 to clicks; only orders was read.
    const share = (lineType: string, topic: string) => split.filter((c) => mine(c) && c.line_type === lineType && c.topic === topic).reduce((s, c) => s + nanos(c.quantity), 0n);
    expect(share('KAFKA_NETWORK_WRITE', 'orders')).toBeGreaterThanOrEqual(300n * 1_000n);
    expect(share('KAFKA_NETWORK_WRITE', 'orders')).toBeLessThan(2n * 300n * 1_000n);
    expect(share('KAFKA_NETWORK_WRITE', 'clicks')).toBeGreaterThanOrEqual(100n * 1_000n);
    expect(share('KAFKA_NETWORK_WRITE', 'clicks')).toBeLessThan(2n * 100n * 1_000n);
    expect(share('KAFKA_NETWORK_READ', 'orders')).toBeGreaterThanOrEqual(300n * 1_000n);
    expect(share('KAFKA_NETWORK_READ', 'clicks')).toBe(0n);

    // The metrics API groups by the same counters.
    const received = await api.post(
      '/v2/metrics/cloud/query',
      { aggregations: [{ metric: 'io.confluent.kafka.server/received_bytes' }], group_by: ['metric.topic'], granularity: 'ALL', intervals: ['PT2H/now'], filter: { field: 'resource.kafka.id', op: 'EQ', value: cluster.id } },
      t.asKey,
    );
    expect(received.status, received.text).toBe(200);
    const byTopic = (topic: string) => received.body.data.filter((d: { 'metric.topic': string }) => d['metric.topic'] === topic).reduce((s: number, d: { value: number }) => s + d.value, 0);
    expect(byTopic('orders')).toBeGreaterThanOrEqual(300 * 1_000);
    expect(byTopic('clicks')).toBeGreaterThanOrEqual(100 * 1_000);
    // The live meter: spend so far is this month's usage lines, to the micro-dollar; the projection adds the rate for the hours left.
    const month = () => {
      const now = new Date();
      const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString().slice(0, 10);
      return `start_date=${first}&end_date=${new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)}`;
    };
    const { meter, lines } = await waitFor(
      async () => {
        const a = await api.get('/billing/v1/meter', t.asKey);
        const c = await api.get(`/billing/v1/costs?${month()}`, t.asKey);
        const b = await api.get('/billing/v1/meter', t.asKey);
        expect(a.status, a.text).toBe(200);
        return a.body.spend_so_far === b.body.spend_so_far ? { meter: a.body, lines: c.body.data as CostJson[] } : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 200 },
    );
    expect(micros(meter.spend_so_far)).toBe(lines.filter((c) => c.line_type !== 'PROMO_CREDIT').reduce((s, c) => s + micros(c.amount), 0n));
    expect(micros(meter.spend_so_far)).toBeGreaterThan(0n);
    expect(micros(meter.projected_month_end)).toBeGreaterThanOrEqual(micros(meter.spend_so_far));
    expect(meter.display.spend_so_far).toMatch(/^\$\d+\.\d{2}$/);

    const descriptors = await api.get('/v2/metrics/cloud/descriptors/metrics', t.asKey);
    expect(descriptors.status).toBe(200);
    expect(descriptors.body.data.map((d: { name: string }) => d.name)).toContain('io.confluent.kafka.server/received_bytes');
  });

  it('refuses an unknown grouping, and a drill-down of another cluster, with 4xx and the error envelope', async () => {
    const res = await api.get(`/billing/v1/costs?${range()}&group_by=colour`, t.asKey);
    expect(res.status).toBe(422);
    expect(JSON.stringify(res.body.errors)).toContain('group_by');
    const other = await signUpTenant(api, 'Other');
    const day = new Date().toISOString().slice(0, 10);
    const foreign = await api.get(`/billing/v1/cost-samples?resource_id=${cluster.id}&line_type=KAFKA_NETWORK_WRITE&date=${day}`, other.asKey);
    expect(foreign.status).toBe(404);
    expect(foreign.body.errors[0].status).toBe('404');
    const badLine = await api.get(`/billing/v1/cost-samples?resource_id=${cluster.id}&line_type=COFFEE&date=${day}`, t.asKey);
    expect(badLine.status).toBe(422);
  });
});

describe('a broker down for several collections', () => {
  it('carries its storage and partitions forward (estimated), and its counters resume from its own totals', async () => {
    const [node] = await nodesOf();
    const before = await withTestDb(async (pg) => (await pg.query(`SELECT retained_bytes::text, partition_count, incarnation::text FROM usage_samples WHERE cluster_id = $1 AND up ORDER BY interval_start DESC LIMIT 1`, [cluster.id])).rows[0]);
    expect(big(before.retained_bytes)).toBeGreaterThan(400n * 1_000n);
    expect(before.partition_count).toBe(3);
    const bytesInBeforeKill = await brokerBytesIn();
    expect(await meteredBytesIn()).toBe(bytesInBeforeKill);

    const [victim] = brokerPids(cluster.id, node!.nodeId);
    expect(victim).toBeGreaterThan(0);
    const killedAt = new Date();
    process.kill(victim!, 'SIGKILL');
    // Down for at least two collections, then healed by the reconciler and read again while RUNNING.
    await waitFor(
      async () => {
        const r = await withTestDb(async (pg) => (await pg.query(`SELECT count(*) FILTER (WHERE NOT up)::int AS down, count(*) FILTER (WHERE up AND incarnation::text <> $2)::int AS back FROM usage_samples WHERE cluster_id = $1 AND scraped_at > $3`, [cluster.id, before.incarnation, killedAt])).rows[0]);
        return r.down >= 2 && r.back >= 2 ? true : undefined;
      },
      { timeoutMs: 180_000, intervalMs: 500, describe: logs },
    );
    const outage = await withTestDb(async (pg) => (await pg.query(`SELECT up, estimated, retained_bytes::text, partition_count FROM usage_samples WHERE cluster_id = $1 AND scraped_at > $2 ORDER BY interval_start`, [cluster.id, killedAt])).rows);
    const down = outage.filter((s: { up: boolean }) => !s.up);
    expect(down.length).toBeGreaterThanOrEqual(2);
    // Data at rest did not vanish: every collection while it was down counts what it held before.
    for (const s of down) expect(s).toEqual({ up: false, estimated: true, retained_bytes: before.retained_bytes, partition_count: 3 });
    for (const s of outage.filter((s: { up: boolean }) => s.up)) expect(s).toEqual({ up: true, estimated: false, retained_bytes: before.retained_bytes, partition_count: 3 });

    // Storage-hours: each hour's quantity is the mean over its collections, and none of them read zero for the outage.
    await waitFor(
      async () => {
        const hours = await withTestDb(async (pg) =>
          (
            await pg.query(
              `SELECT (h.quantity * 1000000000)::bigint::text AS metered,
                      (SELECT div(SUM(s.retained_bytes), count(DISTINCT s.interval_start))::text FROM usage_samples s WHERE s.cluster_id = h.cluster_id AND s.scraped_at >= h.hour AND s.scraped_at < h.hour + interval '1 hour') AS mean,
                      (SELECT count(*)::int FROM usage_samples s WHERE s.cluster_id = h.cluster_id AND s.scraped_at > $2 AND s.scraped_at >= h.hour AND s.scraped_at < h.hour + interval '1 hour' AND s.retained_bytes = 0) AS zeros
                 FROM usage_hours h WHERE h.cluster_id = $1 AND h.line_type = 'KAFKA_STORAGE' AND h.hour >= date_trunc('hour', $2::timestamptz)`,
              [cluster.id, killedAt],
            )
          ).rows,
        );
        expect(hours.length).toBeGreaterThan(0);
        for (const h of hours) expect(h.zeros).toBe(0);
        return hours.every((h: { metered: string; mean: string }) => h.metered === h.mean) ? true : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 200 },
    );

    // Bytes in: what the broker counted before the kill plus what it counted since its restart (from zero).
    await produce(bootstrapOf(cluster), creds, 'orders', Array.from({ length: 50 }, () => payload), { acks: 'all' });
    const sinceRestart = await brokerBytesIn();
    expect(sinceRestart).toBeGreaterThanOrEqual(50n * 1_000n);
    expect(sinceRestart).toBeLessThan(bytesInBeforeKill);
    await meteredSettlesAt(async () => bytesInBeforeKill + (await brokerBytesIn()));

    // The drill-down shows the evidence: the carried gauges, the restart, and deltas that add up to the line.
    const day = killedAt.toISOString().slice(0, 10);
    const drill = await api.get(`/billing/v1/cost-samples?resource_id=${cluster.id}&line_type=KAFKA_NETWORK_WRITE&date=${day}&page_size=5000`, t.asKey);
    expect(drill.status, drill.text).toBe(200);
    const samples = drill.body.data as { estimated: boolean; restart_detected: boolean; bytes_in_delta: string }[];
    expect(samples.some((x) => x.estimated)).toBe(true);
    expect(samples.filter((x) => x.restart_detected)).toHaveLength(1);
    const hours = drill.body.hours as { computed_quantity: string; recorded_quantity: string }[];
    for (const h of hours) expect(h.computed_quantity).toBe(h.recorded_quantity);
    const recorded = hours.reduce((sum, h) => sum + nanos(Number(h.recorded_quantity)), 0n);
    expect(samples.reduce((sum, x) => sum + BigInt(x.bytes_in_delta), 0n)).toBe(recorded);
  });
});
