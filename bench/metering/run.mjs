// bench/metering: (1) usage samples ingested per second into the ledger, simulating many clusters'
// scrapes, beside a floor measured in the same run (the same rows as a plain INSERT into a bare
// table: what Postgres does with no idempotency key or closed-hour check); (2) the collector end to
// end (HTTP scrape of fake exporters → parse → ledger → open-hour rollup); (3) the lag from a byte
// produced on a real cluster to its appearance in GET /billing/v1/costs, beside its floor, the
// scrape interval.
//   npm run build && node bench/metering/run.mjs [--clusters 2000] [--brokers 3] [--rounds 10] [--interval 5] [--lag-rounds 5] [--skip-lag]
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { median, ROOT, row, startProcess, stop, waitForHttp } from '../lib/bench-util.mjs';

const { values: opts } = parseArgs({
  options: {
    clusters: { type: 'string', default: '2000' },
    brokers: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '10' },
    interval: { type: 'string', default: '5' },
    'lag-rounds': { type: 'string', default: '5' },
    'skip-lag': { type: 'boolean', default: false },
    'skip-ingest': { type: 'boolean', default: false },
  },
});
const CLUSTERS = Number(opts.clusters);
const BROKERS = Number(opts.brokers);
const ROUNDS = Number(opts.rounds);
const INTERVAL_S = Number(opts.interval);

const env = {
  TRIBUTARY_DB_NAME: 'tributary_bench_metering', TRIBUTARY_REDIS_URL: 'redis://127.0.0.1:6379/13', TRIBUTARY_LOG_LEVEL: 'error', TRIBUTARY_API_PORT: '18483',
  TRIBUTARY_SIGNUP_LIMIT_PER_IP: '100000', TRIBUTARY_LOCAL_DATA_DIR: join(ROOT, '.data/bench-metering'), TRIBUTARY_LOCAL_PORT_FROM: '23100', TRIBUTARY_LOCAL_PORT_TO: '23999',
  TRIBUTARY_METERING_INTERVAL_SECONDS: String(INTERVAL_S), TRIBUTARY_DB_POOL_SIZE: '10',
};
Object.assign(process.env, env);
execFileSync('bash', ['scripts/ensure-services.sh', env.TRIBUTARY_DB_NAME], { cwd: ROOT, stdio: 'ignore' });
execFileSync('bash', ['scripts/migrate.sh'], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, ...env } });

const lib = async (name) => (await import(`${ROOT}/dist/libs/${name}/src/index.js`)).default;
const { loadPlatformConfig } = await lib('platform');
const { PrismaService } = await lib('db');
const { UsageLedger, UsageRollup, UsageCollector, MetricsScraper, loadMeteringConfig } = await lib('metering');
const { FakeExporter } = await lib('testing');

const prisma = new PrismaService(loadPlatformConfig());
const ledger = new UsageLedger(prisma);
const config = loadMeteringConfig();

if (!opts['skip-ingest']) {
// ---------------------------------------------------------------- (1) ledger ingest
const org = randomUUID();
// Fresh ids each run: a previous run's clusters have closed hours, whose late samples the ledger refuses.
const RUN = Date.now().toString(36).slice(-5);
const clusterIds = Array.from({ length: CLUSTERS }, (_, i) => `lkc-b${RUN}${i.toString(36)}`);
let counter = 0n;
function round(k, t0) {
  const intervalStart = new Date(t0 + k * INTERVAL_S * 1000);
  const samples = [];
  for (const clusterId of clusterIds) {
    for (let b = 1; b <= BROKERS; b++) {
      counter += 1_000n;
      samples.push({ clusterId, brokerId: b, intervalStart, organizationId: org, scrapedAt: new Date(intervalStart.getTime() + 500), up: true, incarnation: 1n, bytesInTotal: counter, bytesOutTotal: counter / 2n, retainedBytes: 10_000_000n, partitionCount: 6 });
    }
  }
  return samples;
}
const BATCH = 1_000;
async function ingest(samples, insert) {
  const batches = [];
  for (let i = 0; i < samples.length; i += BATCH) batches.push(samples.slice(i, i + BATCH));
  // Two collectors' worth of parallelism (the machine has two cores).
  let next = 0;
  await Promise.all([0, 1].map(async () => { while (next < batches.length) await insert(batches[next++]); }));
}
async function bareInsert(batch) {
  await prisma.$executeRawUnsafe(
    `INSERT INTO bench_bare_samples SELECT * FROM unnest($1::text[], $2::int[], $3::timestamptz[], $4::uuid[], $5::timestamptz[], $6::bool[], $7::text[]::int8[], $8::text[]::int8[], $9::text[]::int8[], $10::text[]::int8[], $11::int[])`,
    batch.map((s) => s.clusterId), batch.map((s) => s.brokerId), batch.map((s) => s.intervalStart.toISOString()), batch.map((s) => s.organizationId),
    batch.map((s) => s.scrapedAt.toISOString()), batch.map((s) => s.up), batch.map((s) => String(s.incarnation)), batch.map((s) => String(s.bytesInTotal)),
    batch.map((s) => String(s.bytesOutTotal)), batch.map((s) => String(s.retainedBytes)), batch.map((s) => s.partitionCount),
  );
}
await prisma.$executeRawUnsafe(`DROP TABLE IF EXISTS bench_bare_samples`);
await prisma.$executeRawUnsafe(`CREATE UNLOGGED TABLE bench_bare_samples (cluster_id text, broker_id int, interval_start timestamptz, organization_id uuid, scraped_at timestamptz, up bool, incarnation int8, bytes_in_total int8, bytes_out_total int8, retained_bytes int8, partition_count int)`);
await prisma.$executeRawUnsafe(`DELETE FROM usage_samples WHERE cluster_id LIKE 'lkc-b' || $1 || '%'`, RUN);

const perRound = CLUSTERS * BROKERS;
console.log(`bench/metering: ${CLUSTERS} clusters × ${BROKERS} brokers = ${perRound.toLocaleString('en-US')} samples per scrape round, ${ROUNDS} rounds`);
const t0 = Math.floor(Date.now() / 3_600_000) * 3_600_000 - 2 * 3_600_000; // an hour nobody has closed
let ledgerMs = 0;
let bareMs = 0;
let inserted = 0;
for (let k = 0; k < ROUNDS; k++) {
  const samples = round(k, t0);
  let s = performance.now();
  await ingest(samples, bareInsert);
  bareMs += performance.now() - s;
  s = performance.now();
  await ingest(samples, async (batch) => { const n = await ledger.appendSamples(batch); inserted += n; });
  ledgerMs += performance.now() - s;
}
// The same rounds again (a second worker, a retry): nothing new.
let dupInserted = 0;
const ds = performance.now();
for (let k = 0; k < Math.min(3, ROUNDS); k++) await ingest(round(k, t0), async (batch) => { const n = await ledger.appendSamples(batch); dupInserted += n; });
const dupRate = (Math.min(3, ROUNDS) * perRound) / ((performance.now() - ds) / 1000);
const total = ROUNDS * perRound;
const ledgerRate = total / (ledgerMs / 1000);
const bareRate = total / (bareMs / 1000);
console.log(row('ledger ingest (samples/s)', ledgerRate, bareRate, 'smp/s', true) + `   aim 10,000 → ${(ledgerRate / 10_000).toFixed(2)}×`);
console.log(`  ${inserted.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} new; replaying ${Math.min(3, ROUNDS)} rounds inserted ${dupInserted} (${Math.round(dupRate).toLocaleString('en-US')} smp/s checked)`);
await prisma.$executeRawUnsafe(`DROP TABLE bench_bare_samples`);
await prisma.$executeRawUnsafe(`DELETE FROM usage_samples WHERE cluster_id LIKE 'lkc-b' || $1 || '%'`, RUN);

// ---------------------------------------------------------------- (2) collector end to end
{
  const exporters = await Promise.all(Array.from({ length: 16 }, () => new FakeExporter().start()));
  exporters.forEach((e, i) => { e.bytesIn = 1_000_000 * (i + 1); e.logs = [{ topic: 'orders', partition: i, bytes: 5_000_000 }]; });
  const envId = 'env-benchm';
  const nClusters = Math.min(CLUSTERS, 500);
  await prisma.$executeRawUnsafe(`INSERT INTO organizations (id, display_name, created_at, updated_at) VALUES ($1::uuid, 'bench', now(), now()) ON CONFLICT DO NOTHING`, org);
  await prisma.$executeRawUnsafe(`INSERT INTO environments (id, organization_id, display_name, created_at, updated_at) VALUES ($1, $2::uuid, 'bench', now(), now()) ON CONFLICT DO NOTHING`, envId, org);
  const ids = clusterIds.slice(0, nClusters);
  for (const [i, id] of ids.entries()) {
    const nodes = Array.from({ length: BROKERS }, (_, b) => exporters[(i * BROKERS + b) % exporters.length].node(b + 1));
    await prisma.$executeRawUnsafe(
      `INSERT INTO clusters (id, organization_id, environment_id, display_name, cloud, region, availability, kind, broker_count, phase, nodes, admin_password_enc, provisioned_at, created_at, updated_at)
       VALUES ($1, $2::uuid, $3, 'bench', 'LOCAL', 'local', 'SINGLE_ZONE', 'Standard', $4, 'PROVISIONED', $5::jsonb, 'x', now(), now(), now())
       ON CONFLICT (id) DO UPDATE SET nodes = EXCLUDED.nodes, deleted_at = NULL, phase = 'PROVISIONED'`,
      id, org, envId, BROKERS, JSON.stringify(nodes),
    );
  }
  const quiet = { debug() {}, info() {}, warn() {}, error() {} };
  const rollup = new UsageRollup(prisma, ledger, config, []);
  const collector = new UsageCollector(prisma, ledger, rollup, new MetricsScraper(), { ...config, scrapeConcurrency: 64 }, quiet);
  const times = [];
  for (let k = 0; k < 3; k++) {
    exporters.forEach((e) => (e.bytesIn += 1_000));
    const s = performance.now();
    const r = await collector.collectOnce(new Date(Date.now() + k * INTERVAL_S * 1000), ids);
    times.push(performance.now() - s);
    if (r.inserted !== nClusters * BROKERS) console.log(`  (round ${k}: ${r.inserted} inserted of ${r.samples})`);
  }
  const rate = (nClusters * BROKERS) / (median(times) / 1000);
  console.log(row('collector end to end (samples/s)', rate, (nClusters * BROKERS) / INTERVAL_S, 'smp/s', true) + `   (${nClusters} clusters scraped + rolled up in ${Math.round(median(times))} ms; floor = what one interval needs)`);
  await prisma.$executeRawUnsafe(`UPDATE clusters SET deleted_at = now(), phase = 'DELETED' WHERE id LIKE 'lkc-b' || $1 || '%'`, RUN);
  await Promise.all(exporters.map((e) => e.stop()));
}
}
await prisma.$disconnect();

// ---------------------------------------------------------------- (3) byte produced → costs API
if (!opts['skip-lag']) {
  const { produce } = await lib('kafka-admin');
  const api = startProcess(['dist/apps/api/src/main.js'], env);
  const worker = startProcess(['dist/apps/worker/src/main.js'], env);
  const base = `http://127.0.0.1:${env.TRIBUTARY_API_PORT}`;
  let cluster;
  let headers;
  let env0;
  try {
    await waitForHttp(`${base}/readyz`);
    const signup = await fetch(`${base}/api/auth/signup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: `bench-${Date.now()}@example.test`, password: 'bench password 1', full_name: 'Bench', organization_name: 'Bench' }) });
    const me = await signup.json();
    headers = { 'content-type': 'application/json', cookie: signup.headers.get('set-cookie').split(';')[0], 'x-csrf-token': me.csrf_token };
    env0 = (await (await fetch(`${base}/org/v2/environments`, { headers })).json()).data[0].id;
    cluster = await (await fetch(`${base}/cmk/v2/clusters`, { method: 'POST', headers, body: JSON.stringify({ spec: { display_name: 'bench-lag', cloud: 'LOCAL', region: 'local', config: { kind: 'Basic' }, environment: { id: env0 } } }) })).json();
    for (;;) {
      const c = await (await fetch(`${base}/cmk/v2/clusters/${cluster.id}?environment=${env0}`, { headers })).json();
      if (c.status.phase === 'PROVISIONED') { cluster = c; break; }
      if (c.status.phase === 'FAILED') throw new Error(c.status.failure_reason);
      await sleep(200);
    }
    const key = await (await fetch(`${base}/iam/v2/api-keys`, { method: 'POST', headers, body: JSON.stringify({ spec: { display_name: 'bench', owner: { id: me.user.id }, resource: { id: cluster.id } } }) })).json();
    const basic = 'Basic ' + Buffer.from(`${key.id}:${key.spec.secret}`).toString('base64');
    await fetch(`${base}/kafka/v3/clusters/${cluster.id}/topics`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: basic }, body: JSON.stringify({ topic_name: 'lag', partitions_count: 1, replication_factor: 1 }) });
    const bootstrap = cluster.spec.kafka_bootstrap_endpoint.replace(/^SASL_PLAINTEXT:\/\//, '');
    const creds = { username: key.id, password: key.spec.secret };
    const day = new Date().toISOString().slice(0, 10);
    const next = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const written = async () => {
      const body = await (await fetch(`${base}/billing/v1/costs?start_date=${day}&end_date=${next}`, { headers })).json();
      return (body.data ?? []).filter((c) => c.line_type === 'KAFKA_NETWORK_WRITE' && c.resource?.id === cluster.id).reduce((s, c) => s + c.quantity, 0);
    };
    await produce(bootstrap, creds, 'lag', ['warm-up']);
    // One long-lived producer, as an application has: the lag is the metering's, not a client's connect time.
    const { Producer, stringSerializers } = await import('@platformatic/kafka');
    const producer = new Producer({ clientId: 'bench-lag', bootstrapBrokers: bootstrap.split(','), sasl: { mechanism: 'SCRAM-SHA-512', ...creds }, serializers: stringSerializers, acks: -1 });
    await producer.send({ messages: [{ topic: 'lag', value: 'warm-up' }] });
    await sleep((INTERVAL_S + 3) * 1000);
    const lags = [];
    for (let r = 0; r < Number(opts['lag-rounds']); r++) {
      const before = await written();
      await producer.send({ messages: [{ topic: 'lag', value: 'x'.repeat(1000) }] });
      const started = performance.now(); // acknowledged by the broker (acks=all): the byte is produced
      while ((await written()) <= before) {
        if (performance.now() - started > (INTERVAL_S * 3 + 30) * 1000) throw new Error('the produced bytes never reached the costs API');
        await sleep(50);
      }
      lags.push((performance.now() - started) / 1000);
      process.stdout.write(`  round ${r + 1}: ${lags.at(-1).toFixed(2)} s\n`);
      await sleep(Math.random() * INTERVAL_S * 1000); // land at a different point of the cycle each time
    }
    await producer.close();
    console.log(row('byte produced → costs API (s, median)', median(lags), INTERVAL_S, 's', false) + `   max ${Math.max(...lags).toFixed(2)} s (aim ≤ interval + a few s)`);
  } finally {
    // Delete the cluster while the worker still runs (it stops the brokers), and wait for it.
    if (cluster?.id) {
      const { ['content-type']: _json, ...noBody } = headers; // Fastify refuses an empty body declared as JSON
      const del = await fetch(`${base}/cmk/v2/clusters/${cluster.id}?environment=${env0}`, { method: 'DELETE', headers: noBody }).catch((e) => ({ status: String(e) }));
      if (del.status !== 202 && del.status !== 204) console.error(`  cluster delete answered ${del.status}: remove ${cluster.id} by hand`);
      for (let i = 0; i < 600; i++) {
        if ((await fetch(`${base}/cmk/v2/clusters/${cluster.id}?environment=${env0}`, { headers }).catch(() => ({ status: 404 }))).status === 404) break;
        await sleep(200);
      }
    }
    await stop(worker);
    await stop(api);
  }
}
