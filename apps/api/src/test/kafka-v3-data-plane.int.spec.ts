import { joinGroup, produce, type GroupMemberHandle } from '@tributary/kafka-admin';
import { signUpTenant, waitFor, WorkerProcess, type ApiClient, type Credentials, type TestResponse, type TestTenant } from '@tributary/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapOf, createCluster, waitForPhase, type ClusterJson } from './cluster-helpers';
import { type KafkaLogin, rdkafkaConsume, rdkafkaOffsets, specProblems } from './kafka-v3-helpers';
import { startTestApi } from './start-test-api';

/**
 * kafka/v3 against one real cluster (Dedicated, 1 CKU: one broker, and the only kind whose
 * cluster-wide settings a customer may change), with a Node client (@platformatic/kafka) and a
 * librdkafka one (confluent-kafka for Python). Every response is checked against Confluent's own
 * kafkarest-v3 document, as a client generated from it would decode it.
 */

let api: ApiClient;
let close: () => Promise<void>;
let t: TestTenant;
const worker = new WorkerProcess();
let cluster: ClusterJson;
let asKey: Credentials;
let login: KafkaLogin;
let base: string;

beforeAll(async () => {
  ({ api, close } = await startTestApi());
  t = await signUpTenant(api, 'DataPlane');
  worker.start();
  cluster = await createCluster(api, t.asKey, t.defaultEnvironmentId, { kind: 'Dedicated', cku: 1 }, 'data-plane');
  cluster = await waitForPhase(api, t.asKey, cluster, 'PROVISIONED', worker);
  const created = await api.post('/iam/v2/api-keys', { spec: { display_name: 'app', owner: { id: t.userId }, resource: { id: cluster.id } } }, t.asKey);
  expect(created.status).toBe(202);
  asKey = { key: { id: created.body.id, secret: created.body.spec.secret } };
  login = { bootstrap: bootstrapOf(cluster), username: created.body.id, password: created.body.spec.secret };
  base = `/kafka/v3/clusters/${cluster.id}`;
}, 240_000);

afterAll(async () => {
  if (cluster) {
    await api.delete(`/cmk/v2/clusters/${cluster.id}?environment=${t.defaultEnvironmentId}`, t.asKey);
    await waitFor(async () => ((await api.get(`/cmk/v2/clusters/${cluster.id}?environment=${t.defaultEnvironmentId}`, t.asKey)).status === 404 ? true : undefined), { timeoutMs: 60_000 });
  }
  await worker.stop();
  await close();
}, 120_000);

/** The response has the status and decodes against the spec's schema for that operation. */
function conforms(res: TestResponse<unknown>, method: string, template: string, status: number) {
  expect(res.status, res.text).toBe(status);
  expect(specProblems(method, template, status, res.body)).toEqual([]);
}

/** A kafka/v3 error: the status, `{error_code, message}` and nothing else, valid against the spec's Error. */
function refused(res: TestResponse<{ error_code: number; message: string }>, status: number, errorCode: number, message?: RegExp) {
  expect(res.status, res.text).toBe(status);
  expect(Object.keys(res.body as object).sort()).toEqual(['error_code', 'message']);
  expect(res.body.error_code).toBe(errorCode);
  if (message) expect(res.body.message).toMatch(message);
}

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');

describe('the cluster and its partitions', () => {
  it('GET /kafka/v3/clusters/{id} answers in the spec shape', async () => {
    const res = await api.get(base, asKey);
    conforms(res, 'GET', '/kafka/v3/clusters/{cluster_id}', 200);
    expect(res.body).toMatchObject({ kind: 'KafkaCluster', cluster_id: cluster.id, topics: { related: expect.stringContaining(`${base}/topics`) } });
    refused(await api.get('/kafka/v3/clusters/lkc-nothere', asKey), 401, 40101);
  });

  it('partitions carry leader and replicas as links, and one partition can be read', async () => {
    conforms(await api.post(`${base}/topics`, { topic_name: 'orders', partitions_count: 2 }, asKey), 'POST', '/kafka/v3/clusters/{cluster_id}/topics', 201);
    conforms(await api.patch(`${base}/topics/orders`, { partitions_count: 3 }, asKey), 'PATCH', '/kafka/v3/clusters/{cluster_id}/topics/{topic_name}', 200);
    conforms(await api.get(`${base}/topics/orders`, asKey), 'GET', '/kafka/v3/clusters/{cluster_id}/topics/{topic_name}', 200);
    conforms(await api.get(`${base}/topics`, asKey), 'GET', '/kafka/v3/clusters/{cluster_id}/topics', 200);
    const list = await api.get(`${base}/topics/orders/partitions`, asKey);
    conforms(list, 'GET', '/kafka/v3/clusters/{cluster_id}/topics/{topic_name}/partitions', 200);
    expect(list.body.data).toHaveLength(3);
    const one = await api.get(`${base}/topics/orders/partitions/1`, asKey);
    conforms(one, 'GET', '/kafka/v3/clusters/{cluster_id}/topics/{topic_name}/partitions/{partition_id}', 200);
    expect(one.body).toMatchObject({ partition_id: 1, leader: { related: expect.stringMatching(/\/partitions\/1\/replicas\/\d+$/) }, replicas: { related: expect.stringMatching(/\/partitions\/1\/replicas$/) } });
    expect(one.body.replica_ids).toEqual([one.body.leader_id]);
    refused(await api.get(`${base}/topics/orders/partitions/7`, asKey), 404, 40403);
    refused(await api.get(`${base}/topics/nothere/partitions/0`, asKey), 404, 40403);
  });

  it('validate_only creates nothing, and names starting with __ are refused', async () => {
    const checked = await api.post(`${base}/topics`, { topic_name: 'dry-run', partitions_count: 2, validate_only: true }, asKey);
    expect(checked.status).toBe(201);
    refused(await api.get(`${base}/topics/dry-run`, asKey), 404, 40403);
    refused(await api.post(`${base}/topics`, { topic_name: '__mine' }, asKey), 400, 40002, /'__'/);
    refused(await api.delete(`${base}/topics/__consumer_offsets`, asKey), 400, 40002, /reserved/);
  });
});

describe('topic configs', () => {
  const cfg = '/topics/orders/configs';
  const template = '/kafka/v3/clusters/{cluster_id}/topics/{topic_name}/configs/{name}';

  it("use Kafka's source names with synonyms, so a read after a write shows no drift", async () => {
    const before = await api.get(`${base}/topics/orders/configs/retention.ms`, asKey);
    conforms(before, 'GET', template, 200);
    expect(before.body).toMatchObject({ name: 'retention.ms', is_default: true, source: 'DEFAULT_CONFIG' });

    expect((await api.request('PUT', `${base}/topics/orders/configs/retention.ms`, { as: asKey, body: { value: '3600000' } })).status).toBe(204);
    const after = await api.get(`${base}/topics/orders/configs/retention.ms`, asKey);
    conforms(after, 'GET', template, 200);
    expect(after.body).toMatchObject({ value: '3600000', is_default: false, source: 'DYNAMIC_TOPIC_CONFIG' });
    expect(after.body.synonyms[0]).toEqual({ name: 'retention.ms', value: '3600000', source: 'DYNAMIC_TOPIC_CONFIG' });

    const all = await api.get(`${base}/topics/orders/configs`, asKey);
    conforms(all, 'GET', '/kafka/v3/clusters/{cluster_id}/topics/{topic_name}/configs', 200);
    expect(all.body.data.find((c: { name: string }) => c.name === 'retention.ms')).toMatchObject({ source: 'DYNAMIC_TOPIC_CONFIG', value: '3600000' });

    const defaults = await api.get(`${base}/topics/orders/default-configs`, asKey);
    conforms(defaults, 'GET', '/kafka/v3/clusters/{cluster_id}/topics/{topic_name}/default-configs', 200);
    expect(defaults.body.data.find((c: { name: string }) => c.name === 'retention.ms')).toMatchObject({ value: before.body.value, source: 'DEFAULT_CONFIG' });
    expect(defaults.body.data.some((c: { source: string }) => c.source === 'DYNAMIC_TOPIC_CONFIG')).toBe(false);

    const everyTopic = await api.get(`${base}/topics/-/configs`, asKey);
    conforms(everyTopic, 'GET', '/kafka/v3/clusters/{cluster_id}/topics/-/configs', 200);
    expect(everyTopic.body.data.some((c: { topic_name: string; name: string; value: string }) => c.topic_name === 'orders' && c.name === 'retention.ms' && c.value === '3600000')).toBe(true);

    expect((await api.delete(`${base}/topics/orders/configs/retention.ms`, asKey)).status).toBe(204);
    expect((await api.get(`${base}/topics/orders/configs/retention.ms`, asKey)).body).toMatchObject({ value: before.body.value, source: 'DEFAULT_CONFIG' });
  });

  it('validate_only on a batch alter checks and changes nothing; a bad value changes nothing either', async () => {
    const dry = await api.post(`${base}${cfg}:alter`, { data: [{ name: 'retention.ms', value: '7200000' }, { name: 'cleanup.policy', value: 'compact' }], validate_only: true }, asKey);
    expect(dry.status, dry.text).toBe(204);
    const now = (await api.get(`${base}${cfg}`, asKey)).body.data as { name: string; source: string }[];
    expect(now.filter((c) => c.source === 'DYNAMIC_TOPIC_CONFIG')).toEqual([]);
    refused(await api.post(`${base}${cfg}:alter`, { data: [{ name: 'retention.ms', value: 'soon' }], validate_only: true }, asKey), 400, 40002);
    refused(await api.post(`${base}${cfg}:alter`, { data: [{ name: 'retention.ms', value: '7200000' }, { name: 'no.such.config', value: '1' }] }, asKey), 400, 40002);
    expect(((await api.get(`${base}${cfg}`, asKey)).body.data as { source: string }[]).some((c) => c.source === 'DYNAMIC_TOPIC_CONFIG')).toBe(false);
    const real = await api.post(`${base}${cfg}:alter`, { data: [{ name: 'retention.ms', value: '7200000' }] }, asKey);
    expect(real.status).toBe(204);
    expect((await api.get(`${base}${cfg}/retention.ms`, asKey)).body).toMatchObject({ value: '7200000', source: 'DYNAMIC_TOPIC_CONFIG' });
    expect((await api.post(`${base}${cfg}:alter`, { data: [{ name: 'retention.ms', operation: 'DELETE' }] }, asKey)).status).toBe(204);
  });

  it('an unknown config is a 404 in the kafka/v3 envelope, and nothing changes', async () => {
    refused(await api.get(`${base}${cfg}/no.such.config`, asKey), 404, 40403, /no\.such\.config/);
    refused(await api.request('PUT', `${base}${cfg}/no.such.config`, { as: asKey, body: { value: '1' } }), 404, 40403, /no\.such\.config/);
    refused(await api.get(`${base}/topics/nothere/configs/retention.ms`, asKey), 404, 40403);
  });
});

describe('cluster-wide settings', () => {
  const template = '/kafka/v3/clusters/{cluster_id}/broker-configs/{name}';

  it('lists the settings a customer may change, sets one, validate_only changes nothing, and resets it', async () => {
    const list = await api.get(`${base}/broker-configs`, asKey);
    conforms(list, 'GET', '/kafka/v3/clusters/{cluster_id}/broker-configs', 200);
    expect(list.body.data.map((c: { name: string }) => c.name).sort()).toEqual(['auto.create.topics.enable', 'log.cleaner.max.compaction.lag.ms', 'log.retention.ms', 'num.partitions', 'ssl.cipher.suites']);

    const byName = new Map((list.body.data as { name: string; is_read_only: boolean }[]).map((c) => [c.name, c]));
    expect(byName.get('log.retention.ms')?.is_read_only).toBe(false);
    expect(byName.get('num.partitions')?.is_read_only).toBe(true);
    const setting = `${base}/broker-configs/log.retention.ms`;

    const dry = await api.post(`${base}/broker-configs:alter`, { data: [{ name: 'log.retention.ms', value: '86400000' }], validate_only: true }, asKey);
    expect(dry.status, dry.text).toBe(204);
    expect((await api.get(setting, asKey)).body.source).not.toBe('DYNAMIC_DEFAULT_BROKER_CONFIG');

    expect((await api.request('PUT', setting, { as: asKey, body: { value: '86400000' } })).status).toBe(204);
    const set = await api.get(setting, asKey);
    conforms(set, 'GET', template, 200);
    expect(set.body).toMatchObject({ config_type: 'BROKER', value: '86400000', source: 'DYNAMIC_DEFAULT_BROKER_CONFIG' });
    // A topic without its own retention now reports the cluster-wide value, with where it comes from.
    expect((await api.get(`${base}/topics/orders/configs/retention.ms`, asKey)).body).toMatchObject({ value: '86400000', source: 'DYNAMIC_DEFAULT_BROKER_CONFIG' });

    expect((await api.delete(setting, asKey)).status).toBe(204);
    expect((await api.get(setting, asKey)).body.source).not.toBe('DYNAMIC_DEFAULT_BROKER_CONFIG');
  });

  it('refuses any other setting by name, before anything changes', async () => {
    refused(await api.post(`${base}/broker-configs:alter`, { data: [{ name: 'log.retention.ms', value: '5000000' }, { name: 'message.max.bytes', value: '1' }] }, asKey), 400, 40002, /'message\.max\.bytes'/);
    expect((await api.get(`${base}/broker-configs/log.retention.ms`, asKey)).body.source).not.toBe('DYNAMIC_DEFAULT_BROKER_CONFIG');
    refused(await api.request('PUT', `${base}/broker-configs/num.partitions`, { as: asKey, body: { value: '4' } }), 400, 40002, /'num\.partitions'/);
    refused(await api.request('PUT', `${base}/broker-configs/super.users`, { as: asKey, body: { value: 'User:me' } }), 400, 40002, /'super\.users'/);
    refused(await api.get(`${base}/broker-configs/super.users`, asKey), 404, 40403);
  });
});

describe('records', () => {
  const records = '/topics/events/records';
  const template = '/kafka/v3/clusters/{cluster_id}/topics/{topic_name}/records';
  const binary = Buffer.from([0, 1, 2, 250, 251, 255, 10, 13]);

  it('are produced through REST and read by librdkafka byte for byte, with headers', async () => {
    expect((await api.post(`${base}/topics`, { topic_name: 'events', partitions_count: 2, configs: [{ name: 'max.message.bytes', value: '4096' }] }, asKey)).status).toBe(201);
    const sent = [
      { partition_id: 0, key: { type: 'BINARY', data: b64(binary) }, value: { type: 'JSON', data: { order: 1, items: ['a', 'é'] } }, headers: [{ name: 'trace', value: b64('t-1') }, { name: 'raw', value: b64(binary) }] },
      { partition_id: 1, key: { type: 'STRING', data: 'k-2' }, value: { type: 'STRING', data: 'plain text ✓' }, timestamp: '2026-11-30T12:00:00.000Z' },
      { partition_id: 1, value: { type: 'BINARY', data: b64(binary) } },
    ];
    const answers = [];
    for (const body of sent) {
      const res = await api.post(`${base}${records}`, body, asKey);
      conforms(res, 'POST', template, 200);
      answers.push(res.body);
    }
    expect(answers[0]).toMatchObject({ error_code: 200, cluster_id: cluster.id, topic_name: 'events', partition_id: 0, offset: 0, key: { type: 'BINARY', size: 8 }, value: { type: 'JSON' } });
    expect(answers[1]).toMatchObject({ partition_id: 1, offset: 0, timestamp: '2026-11-30T12:00:00.000Z', key: { type: 'STRING', size: 3 } });
    expect(answers[2]).toMatchObject({ partition_id: 1, offset: 1, key: null });

    const got = rdkafkaConsume(login, 'events', 'rdkafka-reader', 3).sort((a, b) => a.partition - b.partition || a.offset - b.offset);
    expect(got).toHaveLength(3);
    expect(got[0]).toMatchObject({ partition: 0, offset: 0, key: b64(binary), value: b64(JSON.stringify({ order: 1, items: ['a', 'é'] })), headers: [['trace', b64('t-1')], ['raw', b64(binary)]] });
    expect(got[1]).toMatchObject({ partition: 1, offset: 0, key: b64('k-2'), value: b64('plain text ✓'), headers: [], timestamp: Date.parse('2026-11-30T12:00:00.000Z') });
    expect(got[2]).toMatchObject({ partition: 1, offset: 1, key: null, value: b64(binary) });
  });

  it('refuses bad input with the spec codes and writes nothing', async () => {
    const end = () => rdkafkaOffsets(login, 'events', 'nobody').map((p) => p.high);
    const before = end();
    refused(await api.post(`${base}${records}`, { value: { type: 'BINARY', data: 'not base64!' } }, asKey), 400, 400, /base64/);
    refused(await api.post(`${base}${records}`, { value: { type: 'STRING', data: 'x' }, headers: [{ name: 'h', value: '%%%' }] }, asKey), 400, 400, /base64/);
    refused(await api.post(`${base}${records}`, { partition_id: 0, value: { type: 'STRING', data: 'x'.repeat(8192) } }, asKey), 413, 413);
    refused(await api.post(`${base}${records}`, { partition_id: 9, value: { type: 'STRING', data: 'x' } }, asKey), 404, 40403);
    refused(await api.post(`${base}/topics/nothere/records`, { value: { type: 'STRING', data: 'x' } }, asKey), 404, 40403);
    expect(end()).toEqual(before);
  });
  it('streams: concatenated records get one delivery report each, in order, a bad one not stopping the rest', async () => {
    const stream = [
      { partition_id: 0, value: { type: 'STRING', data: 'streamed-1' }, headers: [{ name: 'n', value: b64('1') }] },
      { partition_id: 0, value: { type: 'BINARY', data: 'not base64!' } },
      { partition_id: 0, value: { type: 'STRING', data: 'streamed-2' } },
    ];
    const res = await api.request('POST', `${base}${records}`, { as: asKey, rawBody: stream.map((r) => JSON.stringify(r)).join(''), headers: { 'content-type': 'application/json' } });
    expect(res.status, res.text).toBe(200);
    const reports = res.text.split('\n').map((line) => JSON.parse(line) as { error_code: number; offset?: number; message?: string });
    expect(reports.map((r) => r.error_code)).toEqual([200, 400, 200]);
    for (const r of [reports[0], reports[2]]) expect(specProblems('POST', template, 200, r)).toEqual([]);
    expect(reports[2]!.offset).toBe(reports[0]!.offset! + 1);
    expect(reports[1]!.message).toMatch(/base64/);
    const got = rdkafkaConsume(login, 'events', 'rdkafka-stream-reader', 5).filter((m) => m.partition === 0 && m.offset >= reports[0]!.offset!);
    expect(got.map((m) => Buffer.from(m.value!, 'base64').toString())).toEqual(['streamed-1', 'streamed-2']);
    expect(got[0]!.headers).toEqual([['n', b64('1')]]);
  });
});

describe('consumer groups and lag', () => {
  let member: GroupMemberHandle;
  const groups = '/consumer-groups';

  it('shows a live Node group, its member and lags equal to what librdkafka reads from the broker', async () => {
    expect((await api.post(`${base}/topics`, { topic_name: 'lagging', partitions_count: 2 }, asKey)).status).toBe(201);
    await produce(login.bootstrap, login, 'lagging', Array.from({ length: 40 }, (_, i) => ({ key: `k${i}`, value: `v${i}` })));
    member = await joinGroup(login.bootstrap, login, 'lagging', 'node-group', { clientId: 'node-client' });
    await waitFor(async () => (member.received.length >= 40 ? true : undefined), { timeoutMs: 30_000 });
    // Then 15 more that the member will read too, and wait until its commits catch up.
    await produce(login.bootstrap, login, 'lagging', Array.from({ length: 15 }, (_, i) => ({ key: `x${i}`, value: `late${i}` })));
    await waitFor(
      async () => {
        const lags = await api.get(`${base}${groups}/node-group/lags`, asKey);
        return lags.status === 200 && lags.body.data.length === 2 && lags.body.data.every((l: { lag: number }) => l.lag === 0) ? true : undefined;
      },
      { timeoutMs: 30_000 },
    );

    const group = await api.get(`${base}${groups}/node-group`, asKey);
    conforms(group, 'GET', '/kafka/v3/clusters/{cluster_id}/consumer-groups/{consumer_group_id}', 200);
    expect(group.body).toMatchObject({ consumer_group_id: 'node-group', state: 'STABLE', type: 'CLASSIC', is_simple: false });
    const consumers = await api.get(`${base}${groups}/node-group/consumers`, asKey);
    conforms(consumers, 'GET', '/kafka/v3/clusters/{cluster_id}/consumer-groups/{consumer_group_id}/consumers', 200);
    expect(consumers.body.data).toHaveLength(1);
    expect(consumers.body.data[0].client_id).toBe('node-client');
    const memberId = consumers.body.data[0].consumer_id as string;
    conforms(await api.get(`${base}${groups}/node-group/consumers/${memberId}`, asKey), 'GET', '/kafka/v3/clusters/{cluster_id}/consumer-groups/{consumer_group_id}/consumers/{consumer_id}', 200);
    expect(consumers.body.data[0].host).toMatch(/127\.0\.0\.1/);
    // The member's link to its assignments leads somewhere (Confluent Platform's shape: not in the Cloud document).
    const assigned = await api.get(new URL(consumers.body.data[0].assignments.related as string).pathname, asKey);
    expect(assigned.status, assigned.text).toBe(200);
    expect(assigned.body.data.map((a: { topic_name: string; partition_id: number }) => `${a.topic_name}-${a.partition_id}`).sort()).toEqual(['lagging-0', 'lagging-1']);
    expect(assigned.body.data[0]).toMatchObject({ kind: 'KafkaConsumerAssignment', consumer_id: memberId, consumer_group_id: 'node-group' });
    const oneAssignment = await api.get(`${base}${groups}/node-group/consumers/${memberId}/assignments/lagging/partitions/1`, asKey);
    expect(oneAssignment.body).toMatchObject({ topic_name: 'lagging', partition_id: 1, lag: { related: expect.stringMatching(/\/lags\/lagging\/partitions\/1$/) } });
    refused(await api.get(`${base}${groups}/node-group/consumers/${memberId}/assignments/lagging/partitions/7`, asKey), 404, 404, /not assigned/);
    refused(await api.get(`${base}${groups}/node-group/consumers/no-such-member/assignments`, asKey), 404, 404, /no-such-member/);
    const list = await api.get(`${base}${groups}`, asKey);
    conforms(list, 'GET', '/kafka/v3/clusters/{cluster_id}/consumer-groups', 200);
    expect(list.body.data.map((g: { consumer_group_id: string }) => g.consumer_group_id)).toContain('node-group');

    // librdkafka's group: reads 10 records, commits, leaves: lag = the rest.
    expect(rdkafkaConsume(login, 'lagging', 'rdkafka-group', 10, true)).toHaveLength(10);
    const broker = rdkafkaOffsets(login, 'lagging', 'rdkafka-group');
    const lags = await api.get(`${base}${groups}/rdkafka-group/lags`, asKey);
    conforms(lags, 'GET', '/kafka/v3/clusters/{cluster_id}/consumer-groups/{consumer_group_id}/lags', 200);
    const fromRest = (lags.body.data as { partition_id: number; current_offset: number; log_end_offset: number; lag: number; consumer_id: string }[]).sort((a, b) => a.partition_id - b.partition_id);
    const committedPartitions = broker.filter((p) => p.committed >= 0);
    expect(fromRest.map((l) => ({ partition: l.partition_id, committed: l.current_offset, high: l.log_end_offset, lag: l.lag }))).toEqual(
      committedPartitions.map((p) => ({ partition: p.partition, committed: p.committed, high: p.high, lag: p.high - p.committed })),
    );
    expect(fromRest.every((l) => l.consumer_id === '')).toBe(true);
    const totalExpected = committedPartitions.reduce((sum, p) => sum + (p.high - p.committed), 0);
    const summary = await api.get(`${base}${groups}/rdkafka-group/lag-summary`, asKey);
    conforms(summary, 'GET', '/kafka/v3/clusters/{cluster_id}/consumer-groups/{consumer_group_id}/lag-summary', 200);
    expect(summary.body.total_lag).toBe(totalExpected);
    expect(summary.body.max_lag).toBe(Math.max(...committedPartitions.map((p) => p.high - p.committed)));
    const one = await api.get(`${base}${groups}/rdkafka-group/lags/lagging/partitions/${committedPartitions[0]!.partition}`, asKey);
    conforms(one, 'GET', '/kafka/v3/clusters/{cluster_id}/consumer-groups/{consumer_group_id}/lags/{topic_name}/partitions/{partition_id}', 200);

    // The live group's lags name its member.
    const nodeLags = await api.get(`${base}${groups}/node-group/lags`, asKey);
    expect(nodeLags.body.data.every((l: { consumer_id: string; client_id: string }) => l.consumer_id === memberId && l.client_id === 'node-client')).toBe(true);
  });

  it('refuses to reset an active group (409, with the reason) and changes nothing', async () => {
    const before = rdkafkaOffsets(login, 'lagging', 'node-group');
    refused(await api.post(`${base}${groups}/node-group:reset-offsets`, { to: 'earliest' }, asKey), 409, 40900, /STABLE with 1 active member/);
    expect(rdkafkaOffsets(login, 'lagging', 'node-group')).toEqual(before);
  });

  it('moves a real group once it is empty: validate_only first, then earliest, and the group reads again', async () => {
    await member.close();
    await waitFor(async () => ((await api.get(`${base}${groups}/node-group`, asKey)).body.state === 'EMPTY' ? true : undefined), { timeoutMs: 30_000 });
    const reset = `${base}${groups}/node-group:reset-offsets`;
    const dry = await api.post(reset, { to: 'earliest', validate_only: true }, asKey);
    expect(dry.status, dry.text).toBe(200);
    expect(dry.body.data.map((c: { offset: number }) => c.offset)).toEqual([0, 0]);
    expect(rdkafkaOffsets(login, 'lagging', 'node-group').every((p) => p.committed === p.high)).toBe(true);

    const real = await api.post(reset, { to: 'earliest' }, asKey);
    expect(real.status, real.text).toBe(200);
    expect(real.body).toMatchObject({ kind: 'KafkaConsumerGroupOffsetReset', consumer_group_id: 'node-group', validate_only: false });
    expect(rdkafkaOffsets(login, 'lagging', 'node-group').map((p) => p.committed)).toEqual([0, 0]);
    const summary = await api.get(`${base}${groups}/node-group/lag-summary`, asKey);
    expect(summary.body.total_lag).toBe(55);
    // A librdkafka consumer in the same group now starts from the beginning.
    expect(rdkafkaConsume(login, 'lagging', 'node-group', 55)).toHaveLength(55);

    const explicit = await api.post(reset, { to: 'explicit', offsets: [{ topic_name: 'lagging', partition_id: 0, offset: 3 }] }, asKey);
    expect(explicit.status, explicit.text).toBe(200);
    expect(rdkafkaOffsets(login, 'lagging', 'node-group').find((p) => p.partition === 0)?.committed).toBe(3);
    const latest = await api.post(reset, { to: 'latest', topics: ['lagging'] }, asKey);
    expect(latest.status).toBe(200);
    expect(rdkafkaOffsets(login, 'lagging', 'node-group').every((p) => p.committed === p.high)).toBe(true);
    const byTime = await api.post(reset, { to: 'timestamp', timestamp: '2000-01-01T00:00:00Z' }, asKey);
    expect(byTime.status).toBe(200);
    expect(rdkafkaOffsets(login, 'lagging', 'node-group').map((p) => p.committed)).toEqual([0, 0]);
    refused(await api.post(reset, { to: 'explicit', offsets: [{ topic_name: 'lagging', partition_id: 0, offset: 10_000 }] }, asKey), 400, 400, /outside/);
  });

  it("describes a KIP-848 ('consumer' protocol) group too, with the same lag numbers as the broker's", async () => {
    expect(rdkafkaConsume(login, 'lagging', 'kip848-group', 20, true, 'consumer')).toHaveLength(20);
    const group = await api.get(`${base}${groups}/kip848-group`, asKey);
    conforms(group, 'GET', '/kafka/v3/clusters/{cluster_id}/consumer-groups/{consumer_group_id}', 200);
    expect(group.body).toMatchObject({ type: 'CONSUMER', state: 'EMPTY' });
    const broker = rdkafkaOffsets(login, 'lagging', 'kip848-group').filter((p) => p.committed >= 0);
    const summary = await api.get(`${base}${groups}/kip848-group/lag-summary`, asKey);
    expect(summary.body.total_lag).toBe(broker.reduce((sum, p) => sum + p.high - p.committed, 0));
  });

  it('an unknown group is a 404 in the kafka/v3 envelope', async () => {
    for (const path of ['', '/consumers', '/lags', '/lag-summary']) refused(await api.get(`${base}${groups}/no-such-group${path}`, asKey), 404, 404, /no-such-group/);
    refused(await api.post(`${base}${groups}/no-such-group:reset-offsets`, { to: 'earliest' }, asKey), 404, 404);
  });
});

describe('isolation and documentation', () => {
  it("another organization's keys and sessions see a 404, as for a missing cluster", async () => {
    const other = await signUpTenant(api, 'Elsewhere');
    for (const as of [other.asKey, other.asSession]) {
      refused(await api.get(base, as), 404, 40403);
      refused(await api.get(`${base}/consumer-groups`, as), 404, 40403);
      refused(await api.post(`${base}/topics/events/records`, { value: { type: 'STRING', data: 'x' } }, as), 404, 40403);
    }
  });

  it('/openapi.json lists every kafka/v3 route with its statuses', async () => {
    const spec = await api.get('/openapi.json');
    expect(spec.status).toBe(200);
    const paths = spec.body.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>;
    const v3 = '/kafka/v3/clusters/{cluster_id}';
    const expected: [string, string, string][] = [
      [v3, 'get', '200'],
      [`${v3}/broker-configs`, 'get', '200'],
      [`${v3}/broker-configs/{name}`, 'put', '204'],
      [`${v3}/topics/{topic_name}/partitions/{partition_id}`, 'get', '200'],
      [`${v3}/topics/{topic_name}/configs/{name}`, 'delete', '204'],
      [`${v3}/topics/{topic_name}/default-configs`, 'get', '200'],
      [`${v3}/topics/-/configs`, 'get', '200'],
      [`${v3}/consumer-groups/{consumer_group_id}/lags/{topic_name}/partitions/{partition_id}`, 'get', '200'],
      [`${v3}/consumer-groups/{consumer_group_id}/lag-summary`, 'get', '200'],
      [`${v3}/topics/{topic_name}/records`, 'post', '200'],
    ];
    for (const [path, method, status] of expected) expect(paths[path]?.[method]?.responses[status], `${method} ${path} ${status}`).toBeTruthy();
    expect(paths[`${v3}/topics/{topic_name}/records`]!['post']!.responses['413']).toBeTruthy();
    const reset = Object.entries(paths).find(([path]) => path.includes('reset-offsets'));
    expect(reset?.[1]['post']?.responses['409']).toBeTruthy();
  });
});
