import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { KIND_PROFILES, minInsyncReplicas } from '@tributary/catalog';
import { ClusterAdminClient, ClustersService } from '@tributary/clusters';
import { consumeAll, produce } from '@tributary/kafka-admin';
import { signUpTenant, waitFor, WorkerProcess, type ApiClient, type TestTenant } from '@tributary/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registryOf, registryPath } from '../schema-registry/test/registry-test-helpers';
import { bootstrapOf, brokerPids, createCluster, getCluster, waitForGone, waitForPhase, type ClusterJson } from './cluster-helpers';
import { startTestApi } from './start-test-api';

let app: NestFastifyApplication;
let api: ApiClient;
let close: () => Promise<void>;
let t: TestTenant;
const worker = new WorkerProcess();

beforeAll(async () => {
  ({ app, api, close } = await startTestApi());
  t = await signUpTenant(api, 'Upgrade');
  worker.start();
});
afterAll(async () => {
  await worker.stop();
  await close();
});

const STANDARD_RF = KIND_PROFILES.Standard.replicationFactor(KIND_PROFILES.Standard.brokers(1));
const MESSAGES = Array.from({ length: 300 }, (_, i) => `m${i}`);

/**
 * Confluent upgrades a Basic cluster to Standard in place (same id, same endpoint): here the
 * reconciler adds Standard's brokers and raises every partition to Standard's replication factor.
 */
describe('Basic → Standard in place', () => {
  let cluster: ClusterJson;
  let key: { id: string; secret: string };
  let basicBootstrap: string;
  const env = () => t.defaultEnvironmentId;
  /** What the brokers say, through the control plane's own admin connection. */
  const onBrokers = async <T>(fn: (admin: Parameters<Parameters<ClusterAdminClient['with']>[1]>[0]) => Promise<T>): Promise<T> => {
    const row = await app.get(ClustersService).get({ organizationId: t.organizationId }, cluster.id);
    return app.get(ClusterAdminClient).with(row, fn);
  };

  it('starts Basic, with a cmk/v2 key (which the Schema Registry refuses), a topic and data', async () => {
    cluster = await createCluster(api, t.asKey, env(), { kind: 'Basic' }, 'grows-up');
    cluster = await waitForPhase(api, t.asKey, cluster, 'PROVISIONED', worker);
    basicBootstrap = bootstrapOf(cluster);
    const k = await api.post('/iam/v2/api-keys', { spec: { display_name: 'app', owner: { id: t.userId, api_version: 'iam/v2', kind: 'User' }, resource: { id: cluster.id, api_version: 'cmk/v2', kind: 'Cluster' } } }, t.asKey);
    expect(k.status, k.text).toBe(202);
    // Terraform's provider recognizes a Kafka key by exactly this.
    expect(k.body.spec.resource).toMatchObject({ id: cluster.id, api_version: 'cmk/v2', kind: 'Cluster', environment: env() });
    expect(k.body.spec.owner).toMatchObject({ id: t.userId, api_version: 'iam/v2', kind: 'User' });
    key = { id: k.body.id, secret: k.body.spec.secret };

    const registry = await registryOf(api, t);
    expect((await api.request('GET', registryPath(registry, '/subjects'), { as: { key } })).status).toBe(401);
    const mismatch = await api.post('/iam/v2/api-keys', { spec: { display_name: 'bad', resource: { id: cluster.id, api_version: 'srcm/v3', kind: 'Cluster' } } }, t.asKey);
    expect(mismatch.status).toBe(400);

    expect((await api.post(`/kafka/v3/clusters/${cluster.id}/topics`, { topic_name: 'orders', partitions_count: 4 }, { key })).status).toBe(201);
    // Idempotent: a retried request on a loaded machine must not write a record twice (the log is counted below).
    await produce(basicBootstrap, { username: key.id, password: key.secret }, 'orders', MESSAGES, { acks: 'all', idempotent: true });
    expect((await onBrokers((a) => a.describeTopic('orders'))).replicationFactor).toBe(1);
  });

  it('upgrades when asked: same id, Standard at once in the spec, Resizing until the brokers and copies are there', async () => {
    const res = await api.patch(`/cmk/v2/clusters/${cluster.id}`, { spec: { config: { kind: 'Standard' }, environment: { id: env() } } }, t.asKey);
    expect(res.status, res.text).toBe(200);
    expect(res.body.id).toBe(cluster.id);
    expect(res.body.spec.config.kind).toBe('Standard');
    expect(res.body.status.conditions.find((c: { type: string }) => c.type === 'Resizing')).toMatchObject({ status: 'True', reason: 'Upgrading' });

    cluster = await waitFor(
      async () => {
        const now = await getCluster(api, t.asKey, cluster);
        const c = now.body;
        const resizing = c.status.conditions.find((x) => x.type === 'Resizing');
        return c.status.phase === 'PROVISIONED' && c.status.brokers.length === 3 && resizing?.status === 'False' ? c : undefined;
      },
      { timeoutMs: 180_000, intervalMs: 500, describe: () => worker.logs().slice(-4000) },
    );
    expect(cluster.id).toBe(res.body.id);
    expect(brokerPids(cluster.id)).toHaveLength(3);
    // The endpoint clients already have keeps working: it is still the first of the bootstrap list.
    expect(bootstrapOf(cluster).split(',')[0]).toBe(basicBootstrap);
  });

  it("leaves every partition with Standard's replication factor, in sync, and acks=all needing two copies", async () => {
    for (const topic of ['orders', '__consumer_offsets']) {
      const d = await onBrokers((a) => a.describeTopic(topic));
      for (const p of d.partitions) {
        expect(p.replicas, `${topic}-${p.partition}`).toHaveLength(STANDARD_RF);
        expect(new Set(p.isr), `${topic}-${p.partition} ISR`).toEqual(new Set(p.replicas));
      }
    }
    const minIsr = (await onBrokers((a) => a.describeClusterConfigs(1))).find((c) => c.name === 'min.insync.replicas');
    expect(minIsr?.value).toBe(String(minInsyncReplicas(STANDARD_RF)));
    const rest = await api.get(`/kafka/v3/clusters/${cluster.id}/topics/orders`, { key });
    expect(rest.body.replication_factor).toBe(STANDARD_RF);
  });

  it('still serves every message through the endpoint clients had, and takes new ones', async () => {
    const creds = { username: key.id, password: key.secret };
    const got = await consumeAll(basicBootstrap, creds, 'orders', 'after-upgrade', MESSAGES.length, 30_000);
    expect(new Set(got.map((m) => `${m.partition}:${m.offset}`)).size).toBe(MESSAGES.length);
    expect(new Set(got.map((m) => m.value))).toEqual(new Set(MESSAGES));
    await produce(bootstrapOf(cluster), creds, 'orders', ['after'], { acks: 'all' });
  });

  it('refuses Standard → Basic with the reason, changing nothing', async () => {
    const res = await api.patch(`/cmk/v2/clusters/${cluster.id}`, { spec: { config: { kind: 'Basic' }, environment: { id: env() } } }, t.asKey);
    expect(res.status).toBe(422);
    expect(res.body.errors[0]).toMatchObject({ source: { pointer: '/spec/config/kind' } });
    expect(res.body.errors[0].detail).toMatch(/cannot be downgraded to Basic/);
    expect((await getCluster(api, t.asKey, cluster)).body.spec.config.kind).toBe('Standard');
  });

  it('cleans up', async () => {
    expect((await api.delete(`/cmk/v2/clusters/${cluster.id}?environment=${env()}`, t.asKey)).status).toBe(204);
    await waitForGone(api, t.asKey, cluster, worker);
  });
});
