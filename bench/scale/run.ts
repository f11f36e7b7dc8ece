/**
 * bench/scale: one control plane, a thousand clusters. `npm run bench:scale [-- --clusters 1000]`.
 *
 * Creates N clusters (FakeCloudProvider: an in-memory cloud, so the figure is the control plane's own
 * cost, not the brokers'), converges them, then times a full resync: the enqueue of one reconcile per
 * live cluster through BullMQ (Redis) and a pass over every cluster at the worker's concurrency (4).
 * Prints passes per second and Postgres transactions per pass (pg_stat_database.xact_commit), beside a
 * floor measured in the same run: the same number of primary-key reads of the clusters table.
 * Aim (issue 14): a full resync of 1,000 clusters in < 60 s.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { AuditLog } from '@tributary/accounts';
import { AdminCredentialVault, ClusterKeyCredentials, ClusterKeysStore, ClusterLifecycleWriter, ClusterReconciler, ClusterRecords, CLUSTERS_QUEUE, CloudProviders, loadClustersConfig, reconcileJobOptions } from '@tributary/clusters';
import { PrismaService, TenantRepositories } from '@tributary/db';
import { loadPlatformConfig, newId, Queues } from '@tributary/platform';
import { FakeCloudProvider } from '@tributary/testing';
import pino from 'pino';
import { Client } from 'pg';

const DB = 'tributary_bench';
// Apart from the test slots (15 down to 8), the e2e stacks (12, 11) and npm start (0).
const REDIS_DB = 7;
const root = `${__dirname}/../../..`;
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const N = arg('clusters', 1000);
const CONCURRENCY = 4;

async function pool<T>(items: T[], n: number, fn: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (next < items.length) await fn(items[next++]!);
  }));
}

async function xactCommits(pg: Client): Promise<number> {
  const r = await pg.query<{ n: string }>(`SELECT xact_commit::text AS n FROM pg_stat_database WHERE datname = $1`, [DB]);
  return Number(r.rows[0]?.n ?? 0);
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

async function main() {
  execFileSync('bash', ['scripts/ensure-services.sh', DB], { cwd: root, stdio: 'ignore' });
  execFileSync('bash', ['scripts/migrate.sh'], { cwd: root, stdio: 'ignore', env: { ...process.env, TRIBUTARY_DB_NAME: DB } });
  const env = { ...process.env, TRIBUTARY_DB_NAME: DB, TRIBUTARY_REDIS_URL: `redis://127.0.0.1:6379/${REDIS_DB}`, TRIBUTARY_LOG_LEVEL: 'silent' };
  const platform = loadPlatformConfig(env);
  const config = loadClustersConfig(env);
  const prisma = new PrismaService(platform);
  const repos = new TenantRepositories(prisma);
  const vault = new AdminCredentialVault(platform);
  const fake = new FakeCloudProvider();
  const reconciler = new ClusterReconciler(
    new ClusterRecords(repos),
    new CloudProviders([{ provider: fake, regions: ['local'] }]),
    new ClusterLifecycleWriter(repos, new AuditLog(repos)),
    vault,
    new ClusterKeysStore(repos),
    new ClusterKeyCredentials(vault),
    fake.brokerAdmin(),
    config,
    pino({ level: 'silent' }),
  );
  const queues = new Queues(platform, [CLUSTERS_QUEUE]);
  const pg = new Client({ host: platform.db.host, port: platform.db.port, user: platform.db.user, password: platform.db.password, database: DB });
  await pg.connect();

  // N clusters across 10 organizations, PROVISIONING as the API leaves them.
  await pg.query(`UPDATE clusters SET phase = 'DELETED', deleted_at = now() WHERE phase <> 'DELETED'`);
  const orgs = Array.from({ length: 10 }, () => ({ id: randomUUID(), env: newId.environment() }));
  for (const o of orgs) {
    await pg.query(`INSERT INTO organizations (id, display_name, updated_at) VALUES ($1, 'bench', now())`, [o.id]);
    await pg.query(`INSERT INTO environments (id, organization_id, display_name, updated_at) VALUES ($1, $2, 'bench', now())`, [o.env, o.id]);
  }
  const sealed = vault.encrypt(vault.newPassword());
  const ids: string[] = [];
  for (let i = 0; i < N; i++) {
    const o = orgs[i % orgs.length]!;
    const id = newId.cluster();
    ids.push(id);
    await pg.query(
      `INSERT INTO clusters (id, organization_id, environment_id, display_name, cloud, region, availability, kind, broker_count, admin_password_enc, conditions, updated_at)
       VALUES ($1, $2, $3, 'bench', 'LOCAL', 'local', 'SINGLE_ZONE', 'Basic', 1, $4, '[]', now())`,
      [id, o.id, o.env, sealed],
    );
  }

  const firstXacts = await xactCommits(pg);
  const converge = await timed(() => pool(ids, CONCURRENCY, (id) => reconciler.reconcile(id)));
  const convergeXacts = (await xactCommits(pg)) - firstXacts;
  const provisioned = Number((await pg.query(`SELECT count(*) FROM clusters WHERE id = ANY($1) AND phase = 'PROVISIONED'`, [ids])).rows[0].count);

  // A full resync: one reconcile job per live cluster into Redis, then a pass over each.
  const q = queues.get(CLUSTERS_QUEUE.queue);
  await q.obliterate({ force: true });
  const records = new ClusterRecords(repos);
  const enqueue = await timed(async () => {
    const live = await records.idsIn(['PROVISIONING', 'PROVISIONED', 'DEPROVISIONING']);
    await pool(live, 16, (id) => queues.add(CLUSTERS_QUEUE.queue, 'reconcile', { clusterId: id }, reconcileJobOptions(id)));
  });
  await q.obliterate({ force: true });
  const beforeXacts = await xactCommits(pg);
  const resync = await timed(() => pool(ids, CONCURRENCY, (id) => reconciler.reconcile(id)));
  const resyncXacts = (await xactCommits(pg)) - beforeXacts;

  // Floor: the same number of primary-key reads, at the same concurrency, on the same pool.
  const floor = await timed(() => pool(ids, CONCURRENCY, (id) => prisma.cluster.findUnique({ where: { id } })));

  const rows: Array<[string, string]> = [
    ['clusters', String(N)],
    ['first convergence (PROVISIONING → PROVISIONED)', `${converge.toFixed(2)} s, ${(N / converge).toFixed(0)} passes/s, ${(convergeXacts / N).toFixed(1)} Postgres transactions/pass, ${provisioned}/${N} provisioned`],
    ['full resync: enqueue one job per live cluster (Redis)', `${enqueue.toFixed(2)} s`],
    ['full resync: a pass over every steady cluster', `${resync.toFixed(2)} s, ${(N / resync).toFixed(0)} passes/s, ${(resyncXacts / N).toFixed(1)} Postgres transactions/pass`],
    ['full resync, total', `${(enqueue + resync).toFixed(2)} s (aim < 60 s)`],
    ['floor: one primary-key read per cluster', `${floor.toFixed(2)} s, ${(N / floor).toFixed(0)} reads/s`],
    ['ratio: resync pass / floor read', `${(resync / floor).toFixed(1)}×`],
  ];
  for (const [k, v] of rows) console.log(`${k.padEnd(58)} ${v}`);

  await pg.query(`UPDATE clusters SET phase = 'DELETED', deleted_at = now() WHERE id = ANY($1)`, [ids]);
  await pg.end();
  await queues.onApplicationShutdown();
  await prisma.$disconnect();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
