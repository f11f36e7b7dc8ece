import { ProduceAcks, Producer, stringSerializers } from '@platformatic/kafka';
import { joinGroup } from '@tributary/kafka-admin';
import { signUpTenant, waitFor, WorkerProcess, type ApiClient, type TestTenant } from '@tributary/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapOf, brokerPids, createCluster, getCluster, waitForGone, waitForPhase, type ClusterJson } from './cluster-helpers';
import { startTestApi } from './start-test-api';

/**
 * Chaos on a Standard cluster: two brokers killed with -9 in turn while an idempotent producer with
 * acks=all keeps writing. Nothing it was told was written may be missing afterwards, and the cluster
 * is whole again each time without anyone touching it.
 */
let api: ApiClient;
let close: () => Promise<void>;
let t: TestTenant;
const worker = new WorkerProcess();

beforeAll(async () => {
  ({ api, close } = await startTestApi());
  t = await signUpTenant(api, 'Chaos');
  worker.start();
});
afterAll(async () => {
  await worker.stop();
  await close();
});

describe('two brokers killed in turn under an acks=all, idempotent producer', () => {
  let cluster: ClusterJson;

  it('loses nothing acknowledged, and heals itself each time', async () => {
    cluster = await waitForPhase(api, t.asKey, await createCluster(api, t.asKey, t.defaultEnvironmentId, { kind: 'Standard' }, 'chaos'), 'PROVISIONED', worker);
    const k = await api.post('/iam/v2/api-keys', { spec: { display_name: 'writer', owner: { id: t.userId }, resource: { id: cluster.id } } }, t.asKey);
    const key = { id: k.body.id as string, secret: k.body.spec.secret as string };
    expect((await api.post(`/kafka/v3/clusters/${cluster.id}/topics`, { topic_name: 'ledger', partitions_count: 3, replication_factor: 3 }, { key })).status).toBe(201);

    const newProducer = () =>
      new Producer<string, string, string, string>({
        clientId: 'chaos-writer',
        bootstrapBrokers: bootstrapOf(cluster).split(','),
        sasl: { mechanism: 'SCRAM-SHA-512', username: key.id, password: key.secret },
        serializers: stringSerializers,
        acks: ProduceAcks.ALL,
        idempotent: true,
        retries: 20,
        retryDelay: 250,
        connectTimeout: 5_000,
        requestTimeout: 15_000,
      });
    let producer = newProducer();
    const acknowledged: string[] = [];
    let stop = false;
    const writing = (async () => {
      for (let i = 0; !stop; i++) {
        const batch = Array.from({ length: 10 }, (_, j) => `m-${i}-${j}`);
        try {
          await producer.send({ messages: batch.map((value) => ({ topic: 'ledger', value })) });
          acknowledged.push(...batch);
        } catch {
          // Not acknowledged: the client was told it failed, so it is not owed (it may still be in the log).
          // As an application does after a fatal send error: a new producer (a new idempotence session).
          await producer.close().catch(() => undefined);
          producer = newProducer();
          await new Promise((r) => setTimeout(r, 200));
        }
      }
    })();

    try {
      for (const nodeId of [2, 3]) {
        await waitFor(async () => (acknowledged.length > 0 ? true : undefined), { timeoutMs: 30_000 });
        const before = acknowledged.length;
        const [victim] = brokerPids(cluster.id, nodeId);
        process.kill(victim!, 'SIGKILL');
        await waitFor(
          async () => {
            const c = (await getCluster(api, t.asKey, cluster)).body;
            const pids = brokerPids(cluster.id, nodeId);
            return pids.length === 1 && pids[0] !== victim && c.status.brokers.every((b) => b.state === 'RUNNING') ? true : undefined;
          },
          { timeoutMs: 90_000, intervalMs: 200, describe: () => worker.logs().slice(-3000) },
        );
        // Writes went on while the broker was down (min.insync.replicas 2 of 3).
        await waitFor(async () => (acknowledged.length > before ? true : undefined), { timeoutMs: 60_000 });
      }
    } finally {
      stop = true;
      await writing;
      await producer.close().catch(() => undefined);
    }

    cluster = (await getCluster(api, t.asKey, cluster)).body;
    // Read until every acknowledged record has been seen. The log may hold more than was acknowledged
    // (a send the client was told failed may still have been written), so a count would stop early.
    // The group coordinator may still be moving after the restarts: join as an application would, retrying.
    const reader = await waitFor(() => joinGroup(bootstrapOf(cluster), { username: key.id, password: key.secret }, 'ledger', 'auditor').catch(() => undefined), { timeoutMs: 90_000, intervalMs: 1000 });
    let missing: string[] = [];
    try {
      await waitFor(
        async () => {
          const seen = new Set(reader.received.map((m) => m.value));
          missing = acknowledged.filter((v) => !seen.has(v));
          return missing.length === 0 ? true : undefined;
        },
        { timeoutMs: 90_000, intervalMs: 500, describe: () => `acknowledged but never read: ${missing.slice(0, 20).join(', ')} (${missing.length} of ${acknowledged.length})` },
      );
    } finally {
      await reader.close();
    }
    expect(missing).toEqual([]);
  }, 300_000);

  it('cleans up', async () => {
    await api.delete(`/cmk/v2/clusters/${cluster.id}?environment=${t.defaultEnvironmentId}`, t.asKey);
    await waitForGone(api, t.asKey, cluster, worker);
  });
});
