import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { consumeAll, produce } from '@tributary/kafka-admin';
import { signUpTenant, TEST_ENV, waitFor, WorkerProcess, type ApiClient, type TestTenant } from '@tributary/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapOf, brokerPids, createCluster, dirExists, getCluster, portAcceptsConnections, waitForGone, waitForPhase, type ClusterJson } from './cluster-helpers';
import { startTestApi } from './start-test-api';

let api: ApiClient;
let close: () => Promise<void>;
let t: TestTenant;
const worker = new WorkerProcess();

beforeAll(async () => {
  ({ api, close } = await startTestApi());
  t = await signUpTenant(api, 'Streams');
  worker.start();
});
afterAll(async () => {
  await worker.stop();
  await close();
});

describe('a Standard cluster, end to end, with real brokers and a real Kafka client', () => {
  let cluster: ClusterJson;
  let key: { id: string; secret: string };
  const messages = Array.from({ length: 1000 }, (_, i) => ({ key: `k${i % 10}`, value: `order-${i}` }));

  it('is created as PROVISIONING and becomes PROVISIONED with three brokers', async () => {
    cluster = await createCluster(api, t.asKey, t.defaultEnvironmentId, { kind: 'Standard' }, 'orders');
    expect(cluster.id).toMatch(/^lkc-/);
    expect(cluster.status.phase).toBe('PROVISIONING');
    cluster = await waitForPhase(api, t.asKey, cluster, 'PROVISIONED', worker);
    expect(cluster.status.brokers).toHaveLength(3);
    expect(cluster.status.brokers.every((b) => b.state === 'RUNNING')).toBe(true);
    expect(cluster.spec.kafka_bootstrap_endpoint).toMatch(/^SASL_PLAINTEXT:\/\/127\.0\.0\.1:\d+(,127\.0\.0\.1:\d+){2}$/);
    const events = await api.get(`/api/audit-events?resource_id=${cluster.id}`, t.asKey);
    expect(events.body.data.map((e: { action: string }) => e.action)).toEqual(['cluster.create', 'cluster.provisioned']);
  });

  it('gives a cluster API key that works at once: topic via kafka/v3, 1,000 messages produced (acks=all) and consumed', async () => {
    const created = await api.post('/iam/v2/api-keys', { spec: { display_name: 'app', owner: { id: t.userId }, resource: { id: cluster.id } } }, t.asKey);
    expect(created.status).toBe(202);
    expect(created.body.spec.resource).toMatchObject({ id: cluster.id, kind: 'Cluster', environment: t.defaultEnvironmentId });
    key = { id: created.body.id, secret: created.body.spec.secret };
    const asClusterKey = { key };
    const topic = await api.post(`/kafka/v3/clusters/${cluster.id}/topics`, { topic_name: 'orders', partitions_count: 3, replication_factor: 3 }, asClusterKey);
    expect(topic.status).toBe(201);
    expect(topic.body).toMatchObject({ kind: 'KafkaTopic', cluster_id: cluster.id, topic_name: 'orders', partitions_count: 3, replication_factor: 3 });
    const listed = await api.get(`/kafka/v3/clusters/${cluster.id}/topics`, asClusterKey);
    expect(listed.body.data.map((x: { topic_name: string }) => x.topic_name)).toContain('orders');

    await produce(bootstrapOf(cluster), { username: key.id, password: key.secret }, 'orders', messages, { acks: 'all' });
    const got = await consumeAll(bootstrapOf(cluster), { username: key.id, password: key.secret }, 'orders', 'g1', 1000, 30_000);
    expect(got).toHaveLength(1000);
    expect(new Set(got.map((m) => m.value))).toEqual(new Set(messages.map((m) => m.value)));
  });

  it('refuses a wrong password, and a Cloud key is not a Kafka credential', async () => {
    await expect(produce(bootstrapOf(cluster), { username: key.id, password: 'wrong-secret' }, 'orders', ['x'])).rejects.toThrow();
    await expect(produce(bootstrapOf(cluster), { username: t.cloudKey.id, password: t.cloudKey.secret }, 'orders', ['x'])).rejects.toThrow();
  });

  it('heals a broker killed with -9, and keeps every acknowledged message', async () => {
    const [victim] = brokerPids(cluster.id, 2);
    expect(victim).toBeGreaterThan(0);
    process.kill(victim!, 'SIGKILL');
    await waitFor(async () => {
      const pids = brokerPids(cluster.id, 2);
      return pids.length === 1 && pids[0] !== victim ? pids[0] : undefined;
    }, { timeoutMs: 60_000, describe: () => worker.logs().slice(-3000) });
    cluster = await waitFor(async () => {
      const c = (await getCluster(api, t.asKey, cluster)).body;
      return c.status.brokers.length === 3 && c.status.brokers.every((b) => b.state === 'RUNNING') ? c : undefined;
    }, { timeoutMs: 60_000 });
    expect(brokerPids(cluster.id)).toHaveLength(3);
    const again = await consumeAll(bootstrapOf(cluster), { username: key.id, password: key.secret }, 'orders', 'g-after-kill', 1000, 30_000);
    expect(again).toHaveLength(1000);
  });

  it('stops a deleted key from working within seconds', async () => {
    expect((await api.delete(`/iam/v2/api-keys/${key.id}`, t.asKey)).status).toBe(204);
    await expect(produce(bootstrapOf(cluster), { username: key.id, password: key.secret }, 'orders', ['after delete'])).rejects.toThrow();
    expect((await api.get(`/kafka/v3/clusters/${cluster.id}/topics`, { key })).status).toBe(401);
  });

  it('deletes the cluster: processes gone, ports free, data removed', async () => {
    const ports = cluster.status.brokers.map((b) => b.port);
    const res = await api.delete(`/cmk/v2/clusters/${cluster.id}?environment=${t.defaultEnvironmentId}`, t.asKey);
    // cmk/v2: 204 with no body; the cluster reads DEPROVISIONING until its brokers and data are gone.
    expect(res.status).toBe(204);
    await waitForGone(api, t.asKey, cluster, worker);
    expect(brokerPids(cluster.id)).toEqual([]);
    for (const port of ports) expect(await portAcceptsConnections('127.0.0.1', port)).toBe(false);
    expect(dirExists(join(TEST_ENV.TRIBUTARY_LOCAL_DATA_DIR, cluster.id))).toBe(false);
    const events = await api.get(`/api/audit-events?resource_id=${cluster.id}`, t.asKey);
    expect(events.body.data.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['cluster.delete', 'cluster.deleted']));
  });
});

describe('the worker dies mid-provisioning', () => {
  it('a new worker finishes the job, with no duplicate brokers', async () => {
    let cluster = await createCluster(api, t.asKey, t.defaultEnvironmentId, { kind: 'Standard' }, 'crashy');
    // Let the first worker get as far as starting brokers, then kill it without warning.
    await waitFor(async () => (brokerPids(cluster.id).length > 0 ? true : undefined), { timeoutMs: 60_000, intervalMs: 50, describe: () => worker.logs() });
    worker.kill9();
    worker.start();
    cluster = await waitForPhase(api, t.asKey, cluster, 'PROVISIONED', worker);
    expect(brokerPids(cluster.id)).toHaveLength(3);
    for (const n of [1, 2, 3]) expect(brokerPids(cluster.id, n)).toHaveLength(1);
    await api.delete(`/cmk/v2/clusters/${cluster.id}?environment=${t.defaultEnvironmentId}`, t.asKey);
    await waitForGone(api, t.asKey, cluster, worker);
  });
});

describe('a Basic cluster whose only broker loses its disk', () => {
  it('is brought back by the reconciler, and every existing cluster key works again', async () => {
    let cluster = await createCluster(api, t.asKey, t.defaultEnvironmentId, { kind: 'Basic' }, 'fragile');
    cluster = await waitForPhase(api, t.asKey, cluster, 'PROVISIONED', worker);
    const keys: Array<{ id: string; secret: string }> = [];
    for (const name of ['app-a', 'app-b']) {
      const k = await api.post('/iam/v2/api-keys', { spec: { display_name: name, owner: { id: t.userId }, resource: { id: cluster.id } } }, t.asKey);
      expect(k.status).toBe(202);
      keys.push({ id: k.body.id, secret: k.body.spec.secret });
    }
    const k0 = keys[0]!;
    expect((await api.post(`/kafka/v3/clusters/${cluster.id}/topics`, { topic_name: 'before' }, { key: k0 })).status).toBe(201);
    await produce(bootstrapOf(cluster), { username: k0.id, password: k0.secret }, 'before', ['x'], { acks: 'all' });

    // kill -9 and the disk gone: the broker restarts with empty metadata (no SCRAM users, no ACLs).
    const [victim] = brokerPids(cluster.id, 1);
    process.kill(victim!, 'SIGKILL');
    rmSync(join(TEST_ENV.TRIBUTARY_LOCAL_DATA_DIR, cluster.id, 'node-1', 'data'), { recursive: true, force: true });

    await waitFor(
      async () => {
        const c = (await getCluster(api, t.asKey, cluster)).body;
        const running = c.status.brokers.length === 1 && c.status.brokers[0]!.state === 'RUNNING';
        const restored = (c.status.conditions as Array<{ type: string; reason?: string }>).find((x) => x.type === 'CredentialsReady')?.reason === 'Restored';
        return running && restored && brokerPids(cluster.id, 1)[0] !== victim && c.status.phase === 'PROVISIONED' ? c : undefined;
      },
      { timeoutMs: 90_000, intervalMs: 500, describe: () => worker.logs().slice(-3000) },
    );
    cluster = (await getCluster(api, t.asKey, cluster)).body;
    // A broker that has just formatted its storage may still answer "not ready" (503) for a moment.
    await waitFor(async () => ((await api.post(`/kafka/v3/clusters/${cluster.id}/topics`, { topic_name: 'after', partitions_count: 1 }, { key: k0 })).status === 201 ? true : undefined), {
      timeoutMs: 60_000,
      intervalMs: 500,
    });
    for (const k of keys) {
      const creds = { username: k.id, password: k.secret };
      // Each key's own credential and ACLs, restored by the reconciler: no key was re-issued.
      await produce(bootstrapOf(cluster), creds, 'after', [`from-${k.id}`], { acks: 'all' });
    }
    const got = await consumeAll(bootstrapOf(cluster), { username: keys[1]!.id, password: keys[1]!.secret }, 'after', 'g-after-loss', 2, 30_000);
    expect(new Set(got.map((m) => m.value))).toEqual(new Set(keys.map((k) => `from-${k.id}`)));

    await api.delete(`/cmk/v2/clusters/${cluster.id}?environment=${t.defaultEnvironmentId}`, t.asKey);
    await waitForGone(api, t.asKey, cluster, worker);
  });
});
