import { signUpTenant, waitFor, WorkerProcess, type ApiClient, type Credentials, type TestResponse, type TestTenant } from '@tributary/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCluster, waitForPhase, type ClusterJson } from './cluster-helpers';
import { startTestApi } from './start-test-api';

/**
 * Topic configs on a real Basic cluster: only the configs Confluent Cloud lets customers change, with
 * its limits, on create, batch alter and one-at-a-time PUT (400 naming the config, nothing sent to
 * the brokers); validate_only creates and changes nothing, as the brokers' own describe shows; Kafka's
 * `__` names are refused.
 */
let api: ApiClient;
let close: () => Promise<void>;
let t: TestTenant;
const worker = new WorkerProcess();
let cluster: ClusterJson;
let asKey: Credentials;
let base: string;

beforeAll(async () => {
  ({ api, close } = await startTestApi());
  t = await signUpTenant(api, 'TopicConfigs');
  worker.start();
  cluster = await createCluster(api, t.asKey, t.defaultEnvironmentId, { kind: 'Basic' }, 'topic-configs');
  cluster = await waitForPhase(api, t.asKey, cluster, 'PROVISIONED', worker);
  const created = await api.post('/iam/v2/api-keys', { spec: { display_name: 'app', owner: { id: t.userId }, resource: { id: cluster.id } } }, t.asKey);
  expect(created.status).toBe(202);
  asKey = { key: { id: created.body.id, secret: created.body.spec.secret } };
  base = `/kafka/v3/clusters/${cluster.id}`;
  expect((await api.post(`${base}/topics`, { topic_name: 'orders', partitions_count: 1 }, asKey)).status).toBe(201);
}, 240_000);

afterAll(async () => {
  if (cluster) {
    await api.delete(`/cmk/v2/clusters/${cluster.id}?environment=${t.defaultEnvironmentId}`, t.asKey);
    await waitFor(async () => ((await api.get(`/cmk/v2/clusters/${cluster.id}?environment=${t.defaultEnvironmentId}`, t.asKey)).status === 404 ? true : undefined), { timeoutMs: 60_000 });
  }
  await worker.stop();
  await close();
}, 120_000);

function refused(res: TestResponse<{ error_code: number; message: string }>, message: RegExp) {
  expect(res.status, res.text).toBe(400);
  expect(res.body.error_code).toBe(40002);
  expect(res.body.message).toMatch(message);
}

/** The topic's own overrides, as the brokers describe them. */
async function overrides(topic: string): Promise<Record<string, string>> {
  const res = await api.get(`${base}/topics/${topic}/configs`, asKey);
  expect(res.status, res.text).toBe(200);
  return Object.fromEntries((res.body.data as { name: string; value: string; source: string }[]).filter((c) => c.source === 'DYNAMIC_TOPIC_CONFIG').map((c) => [c.name, c.value]));
}

describe('creating a topic', () => {
  it('refuses configs customers may not set, and values past the limits, naming them; nothing is created', async () => {
    refused(await api.post(`${base}/topics`, { topic_name: 'squeezed', configs: [{ name: 'compression.type', value: 'gzip' }, { name: 'retention.ms', value: '3600000' }] }, asKey), /'compression\.type' cannot be set/);
    refused(await api.post(`${base}/topics`, { topic_name: 'squeezed', configs: [{ name: 'unclean.leader.election.enable', value: 'true' }] }, asKey), /'unclean\.leader\.election\.enable'/);
    refused(await api.post(`${base}/topics`, { topic_name: 'squeezed', configs: [{ name: 'max.message.bytes', value: String(8 * 1024 * 1024 + 1) }] }, asKey), /'max\.message\.bytes' must be between 0 and 8388608 on a Basic cluster/);
    refused(await api.post(`${base}/topics`, { topic_name: 'squeezed', configs: [{ name: 'min.insync.replicas', value: '2' }] }, asKey), /'min\.insync\.replicas'/);
    expect((await api.get(`${base}/topics/squeezed`, asKey)).status).toBe(404);

    const ok = await api.post(`${base}/topics`, { topic_name: 'big-records', partitions_count: 1, configs: [{ name: 'max.message.bytes', value: String(8 * 1024 * 1024) }, { name: 'cleanup.policy', value: 'compact' }] }, asKey);
    expect(ok.status, ok.text).toBe(201);
    expect(await overrides('big-records')).toEqual({ 'max.message.bytes': String(8 * 1024 * 1024), 'cleanup.policy': 'compact' });
  });

  it('validate_only checks the request and creates nothing on the brokers', async () => {
    const dry = await api.post(`${base}/topics`, { topic_name: 'dry-run', partitions_count: 2, configs: [{ name: 'retention.ms', value: '3600000' }], validate_only: true }, asKey);
    expect(dry.status, dry.text).toBe(201);
    expect(dry.body).toMatchObject({ topic_name: 'dry-run', partitions_count: 2 });
    expect((await api.get(`${base}/topics/dry-run`, asKey)).status).toBe(404);
    const names = ((await api.get(`${base}/topics`, asKey)).body.data as { topic_name: string }[]).map((x) => x.topic_name);
    expect(names).not.toContain('dry-run');
    refused(await api.post(`${base}/topics`, { topic_name: 'dry-run', configs: [{ name: 'segment.bytes', value: '1024' }], validate_only: true }, asKey), /'segment\.bytes' must be between 52428800 and 1073741824/);
  });

  it("refuses Kafka's own '__' names, even to validate", async () => {
    refused(await api.post(`${base}/topics`, { topic_name: '__consumer_offsets_copy' }, asKey), /reserved/);
    refused(await api.post(`${base}/topics`, { topic_name: '__sneaky', validate_only: true }, asKey), /reserved/);
    refused(await api.post(`${base}/topics/__consumer_offsets/configs:alter`, { data: [{ name: 'retention.ms', value: '1000' }] }, asKey), /reserved/);
    expect((await api.get(`${base}/topics/__sneaky`, asKey)).status).toBe(404);
  });
});

describe('changing a topic', () => {
  it('refuses a batch with any config customers may not set or any value past the limits, and changes none of it', async () => {
    refused(await api.post(`${base}/topics/orders/configs:alter`, { data: [{ name: 'retention.ms', value: '7200000' }, { name: 'segment.index.bytes', value: '4096' }] }, asKey), /'segment\.index\.bytes' cannot be set/);
    refused(await api.post(`${base}/topics/orders/configs:alter`, { data: [{ name: 'retention.ms', value: '7200000' }, { name: 'segment.ms', value: '1000' }] }, asKey), /'segment\.ms' must be at least 600000/);
    refused(await api.post(`${base}/topics/orders/configs:alter`, { data: [{ name: 'cleanup.policy', value: 'keep-forever' }] }, asKey), /'cleanup\.policy' must be one of/);
    expect(await overrides('orders')).toEqual({});
  });

  it('validate_only checks and changes nothing on the brokers; the same batch without it applies', async () => {
    const batch = [
      { name: 'retention.ms', value: '7200000' },
      { name: 'cleanup.policy', value: 'compact,delete' },
      { name: 'segment.bytes', value: String(64 * 1024 * 1024) },
    ];
    const dry = await api.post(`${base}/topics/orders/configs:alter`, { data: batch, validate_only: true }, asKey);
    expect(dry.status, dry.text).toBe(204);
    expect(await overrides('orders')).toEqual({});
    const real = await api.post(`${base}/topics/orders/configs:alter`, { data: batch }, asKey);
    expect(real.status, real.text).toBe(204);
    expect(await overrides('orders')).toEqual({ 'retention.ms': '7200000', 'cleanup.policy': 'compact,delete', 'segment.bytes': String(64 * 1024 * 1024) });
    // A reset is always allowed.
    expect((await api.post(`${base}/topics/orders/configs:alter`, { data: batch.map((c) => ({ name: c.name, operation: 'DELETE' })) }, asKey)).status).toBe(204);
    expect(await overrides('orders')).toEqual({});
  });

  it('one config at a time: a config customers may not set is a 400, an unknown one a 404, an editable one within limits is set', async () => {
    refused(await api.request('PUT', `${base}/topics/orders/configs/compression.type`, { as: asKey, body: { value: 'gzip' } }), /'compression\.type' cannot be set/);
    refused(await api.request('PUT', `${base}/topics/orders/configs/max.message.bytes`, { as: asKey, body: { value: String(9 * 1024 * 1024) } }), /8388608/);
    expect((await api.request('PUT', `${base}/topics/orders/configs/no.such.config`, { as: asKey, body: { value: '1' } })).status).toBe(404);
    expect(await overrides('orders')).toEqual({});
    expect((await api.request('PUT', `${base}/topics/orders/configs/retention.ms`, { as: asKey, body: { value: '-1' } })).status).toBe(204);
    expect(await overrides('orders')).toEqual({ 'retention.ms': '-1' });
    expect((await api.delete(`${base}/topics/orders/configs/retention.ms`, asKey)).status).toBe(204);
  });
});
