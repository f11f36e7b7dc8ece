import { consumeAll, produce } from '@tributary/kafka-admin';
import { signUpTenant, waitFor, withTestDb, WorkerProcess, type ApiClient, type TestTenant } from '@tributary/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapOf, brokerPids, createCluster, getCluster, waitForGone, waitForPhase, type ClusterJson } from './cluster-helpers';
import { DedicatedRedis } from './dedicated-services';
import { startTestApi } from './start-test-api';

/**
 * Redis is a cache of work, Postgres the truth: Redis killed and restarted EMPTY mid-provisioning
 * (a Redis of this test's own, so nothing else is disturbed) loses every queued job and every job
 * schedule. The worker notices, puts its schedules back and re-derives pending work from Postgres:
 * the cluster still becomes PROVISIONED, metering resumes with nothing lost or counted twice, and a
 * broker killed afterwards is restarted.
 */
let redis: DedicatedRedis;
let api: ApiClient;
let close: () => Promise<void>;
let t: TestTenant;
let worker: WorkerProcess;

beforeAll(async () => {
  redis = await DedicatedRedis.start();
  const env = { TRIBUTARY_REDIS_URL: redis.url, TRIBUTARY_METERING_INTERVAL_SECONDS: '2' };
  ({ api, close } = await startTestApi(env));
  t = await signUpTenant(api, 'Amnesia');
  worker = new WorkerProcess(env).start();
});
afterAll(async () => {
  await worker?.stop();
  await close?.();
  await redis?.close();
});

async function brokerBytesIn(clusterId: string): Promise<bigint> {
  const nodes = await withTestDb(async (pg) => (await pg.query(`SELECT nodes FROM clusters WHERE id = $1`, [clusterId])).rows[0].nodes as { host: string; metricsPort: number }[]);
  let total = 0n;
  for (const n of nodes) {
    const text = await (await fetch(`http://${n.host}:${n.metricsPort}/metrics`)).text();
    const line = text.split('\n').find((l) => l.startsWith('kafka_server_bytes_in_total '));
    total += BigInt(Math.round(Number(line?.split(' ')[1] ?? 0)));
  }
  return total;
}

async function meteredBytesIn(clusterId: string): Promise<bigint> {
  const rows = await withTestDb(async (pg) => (await pg.query(`SELECT (COALESCE(SUM(quantity), 0) * 1000000000)::bigint::text AS bytes FROM usage_hours WHERE cluster_id = $1 AND line_type = 'KAFKA_NETWORK_WRITE'`, [clusterId])).rows);
  return BigInt(rows[0]?.bytes ?? 0);
}

describe('Redis restarted empty mid-provisioning', () => {
  let cluster: ClusterJson;

  it('the cluster still becomes PROVISIONED', async () => {
    cluster = await createCluster(api, t.asKey, t.defaultEnvironmentId, { kind: 'Basic' }, 'amnesia');
    await waitFor(async () => (brokerPids(cluster.id).length > 0 ? true : undefined), { timeoutMs: 60_000, intervalMs: 50, describe: () => worker.logs() });
    await redis.kill();
    await redis.startServer(); // empty: no reconcile job, no resync, metering or billing schedule
    cluster = await waitForPhase(api, t.asKey, cluster, 'PROVISIONED', worker, 90_000);
    expect(cluster.status.brokers).toHaveLength(1);
  });

  it("metering resumes: the ledger equals the broker's own counter, nothing counted twice", async () => {
    const k = await api.post('/iam/v2/api-keys', { spec: { display_name: 'app', owner: { id: t.userId }, resource: { id: cluster.id } } }, t.asKey);
    expect(k.status).toBe(202);
    const key = { id: k.body.id as string, secret: k.body.spec.secret as string };
    const creds = { username: key.id, password: key.secret };
    expect((await api.post(`/kafka/v3/clusters/${cluster.id}/topics`, { topic_name: 'events', partitions_count: 1 }, { key })).status).toBe(201);
    await produce(bootstrapOf(cluster), creds, 'events', Array.from({ length: 200 }, (_, i) => `payload-${i}-${'x'.repeat(200)}`), { acks: 'all' });
    expect(new Set((await consumeAll(bootstrapOf(cluster), creds, 'events', 'g', 200, 30_000)).map((m) => m.value)).size).toBe(200);
    let last = '';
    const settled = await waitFor(
      async () => {
        const [b, m] = await Promise.all([brokerBytesIn(cluster.id), meteredBytesIn(cluster.id)]);
        last = `broker ${b} ledger ${m}`;
        return b > 0n && b === m ? m : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 500, describe: () => `${last}\n${worker.logs().slice(-3000)}` },
    );
    await new Promise((r) => setTimeout(r, 5_000)); // more collections: nothing more may be counted
    expect(await meteredBytesIn(cluster.id)).toBe(settled);
  });

  it('a broker killed afterwards is restarted', async () => {
    const [victim] = brokerPids(cluster.id, 1);
    process.kill(victim!, 'SIGKILL');
    await waitFor(
      async () => {
        const pids = brokerPids(cluster.id, 1);
        const c = (await getCluster(api, t.asKey, cluster)).body;
        return pids.length === 1 && pids[0] !== victim && c.status.brokers[0]?.state === 'RUNNING' ? true : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 250, describe: () => worker.logs().slice(-3000) },
    );
  });

  it('cleans up', async () => {
    await api.delete(`/cmk/v2/clusters/${cluster.id}?environment=${t.defaultEnvironmentId}`, t.asKey);
    await waitForGone(api, t.asKey, cluster, worker);
  });
});
