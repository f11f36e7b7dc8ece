import { consumeAll, produce } from '@tributary/kafka-admin';
import { UsageLedger, UsageRollup, type NewSample } from '@tributary/metering';
import { REPO_ROOT, signUpTenant, withTestDb, WorkerProcess, type ApiClient, type TestTenant } from '@tributary/testing';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapOf, createCluster, waitForGone, waitForPhase, type ClusterJson } from './cluster-helpers';
import { startTestApi } from './start-test-api';

/**
 * `GET /v2/metrics/cloud/export` scraped by a real Prometheus (Debian's package, installed by
 * scripts/ensure-services.sh) with a Cloud API key, as a customer's would.
 *
 * First a cluster row with broker samples appended through the ledger's own API: three brokers,
 * one restarting (its counter starts again from 0 under a new incarnation), one missing a scrape,
 * and an old hour closed by the rollup, so the totals go through both the closed hours and the
 * open samples; the expected totals are the brokers' counters (per broker and incarnation, its
 * last reading). Then a real Basic cluster, a real producer and consumer and the worker metering
 * it: what Prometheus stores equals what the broker itself counted.
 */
const MINUTE = 60_000;
let ctx: Awaited<ReturnType<typeof startTestApi>>;
let api: ApiClient;
let a: TestTenant;
let b: TestTenant;
let clusterId: string;
let apiPort = 0;
let prometheus: ChildProcess | undefined;
let prometheusUrl = '';
let prometheusExited: Promise<void> | undefined;
let promConfig = '';
let worker: WorkerProcess | undefined;
let real: ClusterJson | undefined;
// A collection every 2 s (as metering-e2e): the worker meters the real cluster quickly.
const METERING = { TRIBUTARY_METERING_INTERVAL_SECONDS: '2', TRIBUTARY_METERING_SCRAPE_TIMEOUT_MS: '1900' };
const dataDir = join(REPO_ROOT, `.data/prometheus-test-${process.env.TRIBUTARY_TEST_SLOT ?? '0'}-${randomBytes(3).toString('hex')}`);

const latest = Math.floor(Date.now() / MINUTE) * MINUTE - MINUTE;
const oldHour = Math.floor(Date.now() / 3_600_000) * 3_600_000 - 2 * 3_600_000;

type Reading = [broker: number, at: number, incarnation: number, bytesIn: number | null, bytesOut: number | null, retained: number, partitions: number];
const readings: Reading[] = [
  // Two collections two hours ago: closed by the rollup below.
  [1, oldHour + 10 * MINUTE, 1, 1_000, 200, 500_000, 5],
  [2, oldHour + 10 * MINUTE, 1, 500, 0, 600_000, 6],
  [3, oldHour + 10 * MINUTE, 1, 0, 50, 700_000, 7],
  [1, oldHour + 11 * MINUTE, 1, 3_000, 400, 500_000, 5],
  [2, oldHour + 11 * MINUTE, 1, 700, 0, 600_000, 6],
  [3, oldHour + 11 * MINUTE, 1, 100, 60, 700_000, 7],
  // The last three minutes: broker 2 restarts (incarnation 2), broker 3 cannot be scraped once.
  [1, latest - 2 * MINUTE, 1, 5_000, 800, 900_000, 5],
  [2, latest - 2 * MINUTE, 1, 900, 10, 1_900_000, 6],
  [3, latest - 2 * MINUTE, 1, 200, 70, 2_900_000, 7],
  [1, latest - MINUTE, 1, 6_000, 900, 950_000, 5],
  [2, latest - MINUTE, 2, 100, 5, 1_950_000, 6],
  [3, latest - MINUTE, 1, null, null, 0, 0],
  [1, latest, 1, 7_000, 1_000, 1_000_000, 5],
  [2, latest, 2, 250, 7, 2_000_000, 6],
  [3, latest, 1, 400, 80, 3_000_000, 7],
];
/** What the brokers counted: for each broker and incarnation, its last reading. */
function brokerTotal(pick: (r: Reading) => number | null): number {
  const last = new Map<string, number>();
  for (const r of readings) if (pick(r) !== null) last.set(`${r[0]}/${r[2]}`, pick(r)!);
  return [...last.values()].reduce((s, v) => s + v, 0);
}
const RECEIVED = brokerTotal((r) => r[3]);
const SENT = brokerTotal((r) => r[4]);
const RETAINED = readings.filter((r) => r[1] === latest).reduce((s, r) => s + r[5], 0);
const PARTITIONS = readings.filter((r) => r[1] === latest).reduce((s, r) => s + r[6], 0);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}

interface PromVector {
  status: string;
  data: { result: { metric: Record<string, string>; value: [number, string] }[] };
}
async function promQuery(query: string): Promise<PromVector['data']['result']> {
  const res = await fetch(`${prometheusUrl}/api/v1/query?query=${encodeURIComponent(query)}`);
  const body = (await res.json()) as PromVector;
  if (body.status !== 'success') throw new Error(JSON.stringify(body));
  return body.data.result;
}


/** Prometheus's configuration: one scrape job per entry, every second, with the tenant's Cloud API key. JSON is YAML: no quoting surprises in the secret. */
function writePromConfig(jobs: { job: string; clusterIds: string[] }[]): void {
  writeFileSync(
    promConfig,
    JSON.stringify({
      global: { scrape_interval: '1s', scrape_timeout: '1s' },
      scrape_configs: jobs.map(({ job, clusterIds }) => ({
        job_name: job,
        scrape_interval: '1s',
        scrape_timeout: '1s',
        honor_timestamps: true,
        metrics_path: '/v2/metrics/cloud/export',
        params: { 'resource.kafka.id': clusterIds },
        basic_auth: { username: a.cloudKey.id, password: a.cloudKey.secret },
        static_configs: [{ targets: [`127.0.0.1:${apiPort}`] }],
      })),
    }),
  );
}

interface Targets {
  data: { activeTargets: { health: string; lastError: string; lastScrape: string; scrapePool: string }[] };
}
async function target(job: string) {
  return ((await (await fetch(`${prometheusUrl}/api/v1/targets`)).json()) as Targets).data.activeTargets.find((x) => x.scrapePool === job);
}

/** What the brokers themselves counted: kafka_server_bytes_{in,out}_total summed over the cluster. */
async function brokerCounters(id: string): Promise<{ bytesIn: number; bytesOut: number }> {
  const nodes = await withTestDb(async (pg) => (await pg.query(`SELECT nodes FROM clusters WHERE id = $1`, [id])).rows[0].nodes as { host: string; metricsPort: number }[]);
  let bytesIn = 0;
  let bytesOut = 0;
  for (const n of nodes) {
    const text = await (await fetch(`http://${n.host}:${n.metricsPort}/metrics`)).text();
    const read = (name: string) => Math.round(Number(/^(\S+) (\S+)$/m.exec(text.split('\n').find((l) => l.startsWith(`${name} `)) ?? '')?.[2] ?? 0));
    bytesIn += read('kafka_server_bytes_in_total');
    bytesOut += read('kafka_server_bytes_out_total');
  }
  return { bytesIn, bytesOut };
}

/** Prometheus's own counters of samples it refused from a scrape, those above zero (none: `{}`). */
async function refusedSamples(): Promise<Record<string, number>> {
  const text = await (await fetch(`${prometheusUrl}/metrics`)).text();
  const refused: Record<string, number> = {};
  for (const name of ['prometheus_target_scrapes_sample_duplicate_timestamp_total', 'prometheus_target_scrapes_sample_out_of_order_total', 'prometheus_target_scrapes_sample_out_of_bounds_total', 'prometheus_target_scrapes_exceeded_sample_limit_total']) {
    const line = text.split('\n').find((l) => l.startsWith(`${name} `));
    if (line === undefined) throw new Error(`Prometheus does not report ${name}`);
    const v = Number(line.split(' ')[1]);
    if (v !== 0) refused[name] = v;
  }
  return refused;
}

const exportUrl = (...ids: string[]) => `/v2/metrics/cloud/export?${ids.map((id) => `resource.kafka.id=${encodeURIComponent(id)}`).join('&')}`;

beforeAll(async () => {
  if (spawnSync('prometheus', ['--version']).status !== 0) throw new Error('prometheus is not installed: scripts/ensure-services.sh installs it (Debian package prometheus)');
  ctx = await startTestApi(METERING);
  api = ctx.api;
  a = await signUpTenant(api, 'Scraper');
  b = await signUpTenant(api, 'Stranger');
  clusterId = `lkc-${randomBytes(3).toString('hex')}`;
  const createdAt = new Date(oldHour);
  await withTestDb(async (pg) => {
    await pg.query(
      `INSERT INTO clusters (id, organization_id, environment_id, display_name, cloud, region, availability, kind, broker_count, phase, admin_password_enc, provisioned_at, created_at, updated_at)
       VALUES ($1, $2, $3, 'scraped', 'LOCAL', 'local', 'SINGLE_ZONE', 'Standard', 3, 'PROVISIONED', 'x', $4, $4, now())`,
      [clusterId, a.organizationId, a.defaultEnvironmentId, createdAt],
    );
  });
  const samples: NewSample[] = readings.map(([brokerId, at, incarnation, bytesIn, bytesOut, retained, partitions]) => ({
    clusterId,
    brokerId,
    intervalStart: new Date(at),
    organizationId: a.organizationId,
    scrapedAt: new Date(at + 1_000),
    up: bytesIn !== null,
    incarnation: bytesIn === null ? null : BigInt(incarnation),
    bytesInTotal: bytesIn === null ? null : BigInt(bytesIn),
    bytesOutTotal: bytesOut === null ? null : BigInt(bytesOut),
    retainedBytes: BigInt(retained),
    partitionCount: partitions,
  }));
  expect(await ctx.app.get(UsageLedger).appendSamples(samples)).toBe(samples.length);
  // Closes the hours before the close grace: at least the one of the old samples.
  expect(await ctx.app.get(UsageRollup).closeDueHours(new Date(), 10, [clusterId])).toBeGreaterThanOrEqual(1);

  await ctx.app.listen(0, '127.0.0.1');
  apiPort = (ctx.app.getHttpServer().address() as { port: number }).port;
}, 120_000);

afterAll(async () => {
  if (real) {
    await api.delete(`/cmk/v2/clusters/${real.id}?environment=${a.defaultEnvironmentId}`, a.asKey);
    await waitForGone(api, a.asKey, real, worker).catch((err: unknown) => console.error(err));
  }
  await worker?.stop();
  if (prometheus && prometheus.exitCode === null) {
    prometheus.kill('SIGTERM');
    const killer = setTimeout(() => prometheus?.kill('SIGKILL'), 10_000);
    await prometheusExited;
    clearTimeout(killer);
  }
  rmSync(dataDir, { recursive: true, force: true });
  await ctx?.close();
});

describe('GET /v2/metrics/cloud/export', () => {
  it('answers the text exposition format: totals over brokers and restarts as counters, the latest collection as gauges', async () => {
    const closed = await withTestDb((pg) => pg.query(`SELECT closed_through FROM metering_cursors WHERE cluster_id = $1`, [clusterId]));
    expect(new Date(closed.rows[0].closed_through).getTime()).toBeGreaterThan(oldHour + 11 * MINUTE);

    const res = await api.get(exportUrl(clusterId), a.asKey);
    expect(res.status, res.text).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    const line = (name: string) => `${name}{kafka_id="${clusterId}"}`;
    expect(res.text).toContain('# TYPE confluent_kafka_server_received_bytes counter\n');
    expect(res.text).toContain('# TYPE confluent_kafka_server_retained_bytes gauge\n');
    expect(res.text).toMatch(/^# HELP confluent_kafka_server_sent_bytes .+$/m);
    expect(res.text).toContain(`${line('confluent_kafka_server_received_bytes')} ${RECEIVED} ${latest}\n`);
    expect(res.text).toContain(`${line('confluent_kafka_server_sent_bytes')} ${SENT} ${latest}\n`);
    expect(res.text).toContain(`${line('confluent_kafka_server_retained_bytes')} ${RETAINED} ${latest}\n`);
    expect(res.text).toContain(`${line('confluent_kafka_server_partition_count')} ${PARTITIONS} ${latest}\n`);
    expect(RECEIVED).toBe(7_000 + 900 + 250 + 400);

    // The console's session works too; repeated ids count once.
    const bySession = await api.get(exportUrl(clusterId, clusterId), a.asSession);
    expect(bySession.status).toBe(200);
    expect(bySession.text).toBe(res.text);
  });

  it('refuses bad input with 400, another organization’s or an unknown cluster with 404, no credentials with 401', async () => {
    const expectError = (r: { status: number; body: any }, status: number, parameter?: string) => {
      expect(r.status, JSON.stringify(r.body)).toBe(status);
      expect(r.body.errors[0].status).toBe(String(status));
      if (parameter) expect(r.body.errors[0].source?.parameter).toBe(parameter);
    };
    expectError(await api.get('/v2/metrics/cloud/export', a.asKey), 400, 'resource.kafka.id');
    expectError(await api.get(exportUrl('not-a-cluster'), a.asKey), 400, 'resource.kafka.id');
    expectError(await api.get(exportUrl(...Array.from({ length: 51 }, (_, i) => `lkc-x${i}`)), a.asKey), 400, 'resource.kafka.id');
    expectError(await api.get(`${exportUrl(clusterId)}&resource.connector.id=lcc-1`, a.asKey), 400, 'resource.connector.id');
    expectError(await api.get(exportUrl(clusterId), b.asKey), 404);
    expectError(await api.get(exportUrl(clusterId, 'lkc-nothere'), a.asKey), 404);
    expectError(await api.get(exportUrl(clusterId)), 401);
    // Fifty is the most: past validation, these unknown clusters are a 404.
    expectError(await api.get(exportUrl(...Array.from({ length: 50 }, (_, i) => `lkc-x${i}`)), a.asKey), 404);
  });

  it('is scraped by a real Prometheus with the Cloud API key: target up, no scrape error, the stored series equal the brokers’ counters', async () => {
    const promPort = await freePort();
    prometheusUrl = `http://127.0.0.1:${promPort}`;
    mkdirSync(join(dataDir, 'tsdb'), { recursive: true });
    promConfig = join(dataDir, 'prometheus.yml');
    writePromConfig([{ job: 'tributary', clusterIds: [clusterId] }]);
    const log = openSync(join(dataDir, 'prometheus.log'), 'a');
    prometheus = spawn(
      'prometheus',
      [`--config.file=${promConfig}`, `--storage.tsdb.path=${join(dataDir, 'tsdb')}`, `--web.listen-address=127.0.0.1:${promPort}`, '--storage.tsdb.retention.time=1d'],
      { stdio: ['ignore', log, log] },
    );
    prometheusExited = new Promise((resolve) => prometheus!.once('exit', () => resolve()));
    prometheus.once('error', (err) => console.error('prometheus failed to start (is it installed? scripts/ensure-services.sh installs it):', err));

    const series = await until('Prometheus to store confluent_kafka_server_received_bytes', async () => {
      const r = await promQuery('confluent_kafka_server_received_bytes');
      return r.length ? r : undefined;
    });
    expect(series).toHaveLength(1);
    expect(series[0]!.metric).toEqual({ __name__: 'confluent_kafka_server_received_bytes', kafka_id: clusterId, job: 'tributary', instance: `127.0.0.1:${apiPort}` });
    expect(Number(series[0]!.value[1])).toBe(RECEIVED);
    const value = async (q: string) => Number((await promQuery(q))[0]?.value[1]);
    expect(await value(`confluent_kafka_server_sent_bytes{kafka_id="${clusterId}"}`)).toBe(SENT);
    expect(await value(`confluent_kafka_server_retained_bytes{kafka_id="${clusterId}"}`)).toBe(RETAINED);
    expect(await value(`confluent_kafka_server_partition_count{kafka_id="${clusterId}"}`)).toBe(PARTITIONS);
    // Stored with the collection's timestamp (honor_timestamps), not the scrape's.
    const stamped = await promQuery(`timestamp(confluent_kafka_server_received_bytes{kafka_id="${clusterId}"})`);
    expect(Number(stamped[0]!.value[1]) * 1000).toBe(latest);
    expect(await value('up{job="tributary"}')).toBe(1);

    // Several scrapes later (the same samples again each second) the target is healthy, and no
    // sample was ever refused: Prometheus counts every duplicate, out-of-order or out-of-bounds
    // timestamp in its own metrics, whatever the load (a slow scrape on a busy machine is retried
    // by the next one; a refused sample is a bug in the export).
    const firstScrape = Date.now();
    const healthy = await until('three more scrapes', async () => {
      const t = await target('tributary');
      return t && new Date(t.lastScrape).getTime() > firstScrape + 3_000 && t.health === 'up' ? t : undefined;
    });
    expect(healthy).toMatchObject({ health: 'up', lastError: '' });
    expect(await refusedSamples()).toEqual({});
    expect(await value('scrape_samples_scraped{job="tributary"}')).toBe(4);
  }, 120_000);

  it('scrapes a real Basic cluster metered by the worker: the stored series equal the broker’s own counters', async () => {
    // The row above is done with: deleted, so the worker's reconciler leaves it alone.
    await withTestDb((pg) => pg.query(`UPDATE clusters SET phase = 'DELETED', deleted_at = now() WHERE id = $1`, [clusterId]));
    worker = new WorkerProcess(METERING).start();
    real = await createCluster(api, a.asKey, a.defaultEnvironmentId, { kind: 'Basic' }, 'scraped-real');
    real = await waitForPhase(api, a.asKey, real, 'PROVISIONED', worker);
    const key = await api.post('/iam/v2/api-keys', { spec: { display_name: 'app', owner: { id: a.userId }, resource: { id: real.id } } }, a.asKey);
    const creds = { username: key.body.id as string, password: key.body.spec.secret as string };
    const topic = await api.post(`/kafka/v3/clusters/${real.id}/topics`, { topic_name: 'scraped', partitions_count: 1, replication_factor: 1 }, { key: { id: creds.username, secret: creds.password } });
    expect(topic.status, topic.text).toBe(201);
    await produce(bootstrapOf(real), creds, 'scraped', Array.from({ length: 300 }, () => 'x'.repeat(1_000)), { acks: 'all' });
    expect(await consumeAll(bootstrapOf(real), creds, 'scraped', 'scrape-g1', 300, 30_000)).toHaveLength(300);

    // Prometheus reloads its configuration on SIGHUP: a second job for the real cluster.
    writePromConfig([
      { job: 'tributary', clusterIds: [clusterId] },
      { job: 'tributary-real', clusterIds: [real.id] },
    ]);
    prometheus!.kill('SIGHUP');
    const id = real.id;
    let last = '';
    const settled = await until(
      'Prometheus to store the broker’s counters',
      async () => {
        const [brokers, received, sent] = await Promise.all([
          brokerCounters(id),
          promQuery(`confluent_kafka_server_received_bytes{kafka_id="${id}"}`),
          promQuery(`confluent_kafka_server_sent_bytes{kafka_id="${id}"}`),
        ]);
        const stored = { bytesIn: Number(received[0]?.value[1] ?? NaN), bytesOut: Number(sent[0]?.value[1] ?? NaN) };
        last = `brokers ${JSON.stringify(brokers)} prometheus ${JSON.stringify(stored)}`;
        return stored.bytesIn === brokers.bytesIn && stored.bytesOut === brokers.bytesOut ? stored : undefined;
      },
      90_000,
    ).catch((err: unknown) => {
      throw new Error(`${String(err)}; last: ${last}\nworker:\n${worker?.logs().slice(-3000) ?? ''}`);
    });
    expect(settled.bytesIn).toBeGreaterThanOrEqual(300 * 1_000); // the payload plus record-batch framing
    expect(settled.bytesOut).toBeGreaterThanOrEqual(300 * 1_000);
    const gauge = async (name: string) => Number((await promQuery(`${name}{kafka_id="${id}"}`))[0]?.value[1]);
    expect(await gauge('confluent_kafka_server_retained_bytes')).toBeGreaterThanOrEqual(300 * 1_000);
    expect(await gauge('confluent_kafka_server_partition_count')).toBeGreaterThanOrEqual(1);
    expect(await until('a healthy scrape of the real cluster', async () => ((await target('tributary-real'))?.health === 'up' ? true : undefined))).toBe(true);
    expect(await refusedSamples()).toEqual({});
  }, 240_000);
});
