import { Producer } from '@platformatic/kafka';
import { sessionCookie, signUpTenant, uniqueEmail, waitFor, WorkerProcess, type ApiClient, type Credentials, type TestResponse, type TestTenant } from '@tributary/testing';
import Ajv2020 from 'ajv/dist/2020';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapOf, createCluster, waitForPhase, type ClusterJson } from './cluster-helpers';
import { rdkafkaConsume, type KafkaLogin } from './kafka-v3-helpers';
import { startTestApi } from './start-test-api';

/**
 * Reading records through kafka/v3 (Tributary's extension, GET …/topics/{t}/records) on one real
 * cluster: records written by a Kafka client come back byte for byte with their headers, from an
 * offset, a time or one partition, the newest N, in the shape /openapi.json documents; bad input is
 * a 4xx in Kafka REST's error shape, and a read leaves no consumer group behind.
 */

let api: ApiClient;
let close: () => Promise<void>;
let t: TestTenant;
const worker = new WorkerProcess();
let cluster: ClusterJson;
let asKey: Credentials;
let login: KafkaLogin;
let base: string;
let validateRead: (body: unknown) => string[];

interface Payload {
  type: 'JSON' | 'STRING' | 'BINARY';
  data: unknown;
  size: number;
}
interface ReadRecord {
  partition_id: number;
  offset: number;
  timestamp: string;
  key: Payload | null;
  value: Payload | null;
  headers: { name: string; value: string | null }[];
}
interface ReadPage {
  data: ReadRecord[];
  partitions: { partition_id: number; beginning_offset: number; end_offset: number; next_offset: number }[];
  metadata: { self: string; next: string | null };
}

/** The bytes a payload stands for, whichever type it was answered as. */
function bytesOf(p: Payload | null): Buffer | null {
  if (p === null) return null;
  if (p.type === 'BINARY') return Buffer.from(p.data as string, 'base64');
  if (p.type === 'STRING') return Buffer.from(p.data as string, 'utf8');
  return Buffer.from(JSON.stringify(p.data), 'utf8');
}

async function produceWithClient(messages: { partition: number; key?: Buffer; value: Buffer; headers?: [string, Buffer][]; timestamp?: bigint }[], topic: string) {
  const producer = new Producer({
    clientId: 'records-read-test',
    bootstrapBrokers: login.bootstrap.split(','),
    sasl: { mechanism: 'SCRAM-SHA-512', username: login.username, password: login.password },
    retries: 10,
    retryDelay: 500,
  });
  try {
    for (const m of messages) {
      await producer.send({
        messages: [
          {
            topic,
            partition: m.partition,
            value: m.value,
            ...(m.key ? { key: m.key } : {}),
            ...(m.headers ? { headers: new Map(m.headers.map(([k, v]) => [Buffer.from(k), v])) } : {}),
            ...(m.timestamp !== undefined ? { timestamp: m.timestamp } : {}),
          },
        ],
      });
    }
  } finally {
    await producer.close();
  }
}

function read(topic: string, query: Record<string, string> = {}, as: Credentials = asKey): Promise<TestResponse<ReadPage>> {
  const qs = new URLSearchParams(query).toString();
  return api.get(`${base}/topics/${topic}/records${qs ? `?${qs}` : ''}`, as) as Promise<TestResponse<ReadPage>>;
}

async function readOk(topic: string, query: Record<string, string> = {}): Promise<ReadPage> {
  const res = await read(topic, query);
  expect(res.status, res.text).toBe(200);
  expect(validateRead(res.body)).toEqual([]);
  return res.body;
}

function refused(res: TestResponse<unknown>, status: number, errorCode?: number) {
  expect(res.status, res.text).toBe(status);
  const body = res.body as { error_code: number; message: string };
  expect(Object.keys(body).sort()).toEqual(['error_code', 'message']);
  if (errorCode !== undefined) expect(body.error_code).toBe(errorCode);
}

const BINARY = Buffer.from([0x00, 0xff, 0xfe, 0x80, 0x01, 0xc3]);
const JSON_VALUE = Buffer.from('{"order":42,"items":["a","b"],"note":"é"}');
const SPACED_JSON = Buffer.from('{ "spaced": true }');
const TEXT = Buffer.from('plain text, not JSON');
const T0 = 1_760_000_000_000n;

beforeAll(async () => {
  ({ api, close } = await startTestApi());
  t = await signUpTenant(api, 'RecordsRead');
  worker.start();
  cluster = await createCluster(api, t.asKey, t.defaultEnvironmentId, { kind: 'Basic' }, 'records-read');
  cluster = await waitForPhase(api, t.asKey, cluster, 'PROVISIONED', worker);
  const created = await api.post('/iam/v2/api-keys', { spec: { display_name: 'app', owner: { id: t.userId }, resource: { id: cluster.id } } }, t.asKey);
  expect(created.status).toBe(202);
  asKey = { key: { id: created.body.id, secret: created.body.spec.secret } };
  login = { bootstrap: bootstrapOf(cluster), username: created.body.id, password: created.body.spec.secret };
  base = `/kafka/v3/clusters/${cluster.id}`;

  // The response schema as /openapi.json documents it, checked on every successful read below.
  const doc = (await api.get('/openapi.json')).body as { paths: Record<string, Record<string, { responses: Record<string, { content: { 'application/json': { schema: object } } }> }>>; components: { schemas: Record<string, object> } };
  const schema = doc.paths['/kafka/v3/clusters/{cluster_id}/topics/{topic_name}/records']!['get']!.responses['200']!.content['application/json'].schema;
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  const refs = (node: unknown): unknown =>
    Array.isArray(node) ? node.map(refs) : node && typeof node === 'object' ? Object.fromEntries(Object.entries(node).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' ? v.replace('#/components/schemas/', 'components#/$defs/') : refs(v)])) : node;
  ajv.addSchema({ $id: 'components', $defs: refs(doc.components.schemas) as object });
  const validate = ajv.compile(refs(schema) as object);
  validateRead = (body) => (validate(body) ? [] : [ajv.errorsText(validate.errors)]);

  expect((await api.post(`${base}/topics`, { topic_name: 'events', partitions_count: 3 }, asKey)).status).toBe(201);
  // Partition 0: six records a second apart, of every kind; partition 1: three; partition 2: empty.
  await produceWithClient(
    [
      { partition: 0, key: Buffer.from('k-json'), value: JSON_VALUE, headers: [['trace-id', Buffer.from('abc')], ['bin', BINARY]], timestamp: T0 },
      { partition: 0, key: BINARY, value: BINARY, timestamp: T0 + 1000n },
      { partition: 0, value: TEXT, timestamp: T0 + 2000n },
      { partition: 0, value: SPACED_JSON, timestamp: T0 + 3000n },
      { partition: 0, key: Buffer.from('k4'), value: Buffer.from('4'), timestamp: T0 + 4000n },
      { partition: 0, key: Buffer.from('k5'), value: Buffer.from('"five"'), timestamp: T0 + 5000n },
      { partition: 1, value: Buffer.from('p1-a'), timestamp: T0 + 500n },
      { partition: 1, value: Buffer.from('p1-b'), timestamp: T0 + 1500n },
      { partition: 1, value: Buffer.from('p1-c'), timestamp: T0 + 6000n },
    ],
    'events',
  );
}, 240_000);

afterAll(async () => {
  if (cluster) {
    await api.delete(`/cmk/v2/clusters/${cluster.id}?environment=${t.defaultEnvironmentId}`, t.asKey);
    await waitFor(async () => ((await api.get(`/cmk/v2/clusters/${cluster.id}?environment=${t.defaultEnvironmentId}`, t.asKey)).status === 404 ? true : undefined), { timeoutMs: 60_000 });
  }
  await worker.stop();
  await close();
}, 120_000);

describe('GET …/topics/{topic}/records', () => {
  it('gives back what a Kafka client wrote, byte for byte, with headers and timestamps', async () => {
    const page = await readOk('events', { partition_id: '0', offset: '0' });
    expect(page.data.map((r) => r.offset)).toEqual([0, 1, 2, 3, 4, 5]);
    const [json, binary, text, spaced, four, five] = page.data as [ReadRecord, ReadRecord, ReadRecord, ReadRecord, ReadRecord, ReadRecord];
    expect(json.value).toEqual({ type: 'JSON', data: { order: 42, items: ['a', 'b'], note: 'é' }, size: JSON_VALUE.length });
    expect(bytesOf(json.value)).toEqual(JSON_VALUE);
    expect(json.key).toEqual({ type: 'STRING', data: 'k-json', size: 6 });
    expect(json.headers).toEqual([
      { name: 'trace-id', value: Buffer.from('abc').toString('base64') },
      { name: 'bin', value: BINARY.toString('base64') },
    ]);
    expect(json.timestamp).toBe(new Date(Number(T0)).toISOString());
    expect(binary.value?.type).toBe('BINARY');
    expect(bytesOf(binary.value)).toEqual(BINARY);
    expect(bytesOf(binary.key)).toEqual(BINARY);
    expect(text.key).toBeNull();
    expect(text.value).toEqual({ type: 'STRING', data: TEXT.toString(), size: TEXT.length });
    // JSON that would not serialize back to the same bytes is answered as text, so nothing is lost.
    expect(spaced.value?.type).toBe('STRING');
    expect(bytesOf(spaced.value)).toEqual(SPACED_JSON);
    expect(four.value).toEqual({ type: 'JSON', data: 4, size: 1 });
    expect(five.value).toEqual({ type: 'JSON', data: 'five', size: 6 });
    expect(page.partitions).toEqual([{ partition_id: 0, beginning_offset: 0, end_offset: 6, next_offset: 6 }]);
    expect(page.metadata.next).toMatch(/partition_id=0&offset=6/);
  });

  it('reads the same records a librdkafka consumer reads', async () => {
    const consumed = rdkafkaConsume(login, 'events', 'records-read-rdkafka', 9);
    const page = await readOk('events', { offset: '0', limit: '100' });
    const asRead = page.data.map((r) => ({ partition: r.partition_id, offset: r.offset, key: bytesOf(r.key)?.toString('base64') ?? null, value: bytesOf(r.value)?.toString('base64') ?? null, headers: r.headers.map((h) => [h.name, h.value]) }));
    const asConsumed = consumed.map((m) => ({ partition: m.partition, offset: m.offset, key: m.key, value: m.value, headers: m.headers }));
    const order = (a: { partition: number; offset: number }, b: { partition: number; offset: number }) => a.partition - b.partition || a.offset - b.offset;
    expect(asRead.sort(order)).toEqual(asConsumed.sort(order));
  });

  it('answers the newest N across partitions by default, oldest first', async () => {
    const page = await readOk('events', { limit: '3' });
    expect(page.data.map((r) => [r.partition_id, r.offset])).toEqual([
      [0, 4],
      [0, 5],
      [1, 2],
    ]);
    expect(page.partitions.map((p) => [p.partition_id, p.end_offset, p.next_offset])).toEqual([
      [0, 6, 6],
      [1, 3, 3],
      [2, 0, 0],
    ]);
    expect((await readOk('events')).data).toHaveLength(9);
    expect((await readOk('events', { partition_id: '1', limit: '2' })).data.map((r) => r.offset)).toEqual([1, 2]);
  });

  it('reads forward from an offset, page by page, and from a time', async () => {
    const first = await readOk('events', { partition_id: '0', offset: '1', limit: '2' });
    expect(first.data.map((r) => r.offset)).toEqual([1, 2]);
    const next = new URL(first.metadata.next!);
    const second = await readOk('events', Object.fromEntries(next.searchParams));
    expect(second.data.map((r) => r.offset)).toEqual([3, 4]);
    // Past the end: nothing yet, and the next page starts where the log ends.
    const past = await readOk('events', { partition_id: '0', offset: '500' });
    expect(past.data).toEqual([]);
    expect(past.partitions[0]).toMatchObject({ next_offset: 6 });

    const fromTime = await readOk('events', { timestamp: new Date(Number(T0 + 1200n)).toISOString() });
    expect(fromTime.data.map((r) => [r.partition_id, r.offset])).toEqual([
      [1, 1],
      [0, 2],
      [0, 3],
      [0, 4],
      [0, 5],
      [1, 2],
    ]);
    expect((await readOk('events', { timestamp: '2100-01-01T00:00:00Z' })).data).toEqual([]);
    expect((await readOk('events', { timestamp: '1960-01-01T00:00:00Z', limit: '100' })).data).toHaveLength(9);
  });

  it('across partitions from an offset: the earliest in time, each partition a prefix with its next offset', async () => {
    const page = await readOk('events', { offset: '1', limit: '4' });
    expect(page.data.map((r) => [r.partition_id, r.offset])).toEqual([
      [0, 1],
      [1, 1],
      [0, 2],
      [0, 3],
    ]);
    expect(page.partitions.map((p) => p.next_offset)).toEqual([4, 2, 0]);
  });

  it('refuses bad input in Kafka REST error shape, and a Viewer may read as they may read topics', async () => {
    refused(await read('nothere'), 404, 40403);
    refused(await read('events', { partition_id: '7' }), 400, 400);
    refused(await read('events', { partition_id: '-1' }), 400, 400);
    refused(await read('events', { offset: 'ten' }), 400, 400);
    refused(await read('events', { offset: '-3' }), 400, 400);
    refused(await read('events', { timestamp: 'yesterday' }), 400, 400);
    refused(await read('events', { offset: '1', timestamp: '2026-01-01T00:00:00Z' }), 400, 400);
    refused(await read('events', { limit: '101' }), 400, 400);
    refused(await read('events', { limit: '0' }), 400, 400);
    refused(await read('events', { colour: 'red' }), 400, 400);
    refused(await api.get(`${base}/topics/events/records`), 401, 40101);

    const inv = await api.post('/api/invitations', { email: uniqueEmail('viewer'), role: 'Viewer' }, t.asSession);
    expect(inv.status).toBe(201);
    const accepted = await api.post('/api/auth/accept-invitation', { token: (inv.body.accept_url as string).split('/invite/')[1], full_name: 'A Viewer', password: 'a long password' });
    expect(accepted.status).toBe(200);
    const viewer = { session: { cookie: sessionCookie(accepted.headers['set-cookie']), csrf: accepted.body.csrf_token as string } };
    expect((await api.get(`${base}/topics/events`, viewer)).status).toBe(200);
    const asViewer = await read('events', { limit: '1' }, viewer);
    expect(asViewer.status, asViewer.text).toBe(200);
    expect(asViewer.body.data, asViewer.text).toHaveLength(1);
  });

  it('leaves no consumer group behind and changes nothing in the topic', async () => {
    const groupsBefore = (await api.get(`${base}/consumer-groups`, asKey)).body.data.map((g: { consumer_group_id: string }) => g.consumer_group_id);
    for (let i = 0; i < 3; i++) await readOk('events', { offset: '0' });
    const groupsAfter = (await api.get(`${base}/consumer-groups`, asKey)).body.data.map((g: { consumer_group_id: string }) => g.consumer_group_id);
    expect(groupsAfter).toEqual(groupsBefore);
    expect(groupsAfter.some((g: string) => g.startsWith('tributary'))).toBe(false);
    const page = await readOk('events', { offset: '0', limit: '100' });
    expect(page.partitions.map((p) => p.end_offset)).toEqual([6, 3, 0]);
  });
});
