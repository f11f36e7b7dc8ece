import { createServer } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AvroDeserializer, AvroSerializer, SchemaRegistryClient, SerdeType } from '@confluentinc/schemaregistry';
import { signUpTenant, WorkerProcess, type ApiClient, type TestTenant } from '@tributary/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCluster, waitForGone, waitForPhase, type ClusterJson } from '../../test/cluster-helpers';
import { startTestApi } from '../../test/start-test-api';
import { consumeBytes, produceBytes } from './kafka-bytes';
import { registryKey, registryOf, type RegistryJson } from './registry-test-helpers';

let app: NestFastifyApplication;
let api: ApiClient;
let close: () => Promise<void>;
let t: TestTenant;
let registry: RegistryJson;
let cluster: ClusterJson;
let kafka: { username: string; password: string };
let client: SchemaRegistryClient;
let userInfo: string;
const worker = new WorkerProcess();

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function newClient() {
  return new SchemaRegistryClient({ baseURLs: [registry.spec.http_endpoint], basicAuthCredentials: { credentialsSource: 'USER_INFO', userInfo } });
}

/** A topic through kafka/v3 with the cluster key. */
async function topic(name: string) {
  const res = await api.post(`/kafka/v3/clusters/${cluster.id}/topics`, { topic_name: name, partitions_count: 1 }, { key: { id: kafka.username, secret: kafka.password } });
  expect(res.status).toBe(201);
}

beforeAll(async () => {
  // Confluent's client talks HTTP: the API listens on a real port, and that is its public URL.
  const port = await freePort();
  ({ app, api, close } = await startTestApi({ TRIBUTARY_PUBLIC_API_URL: `http://127.0.0.1:${port}` }));
  await app.listen(port, '127.0.0.1');
  t = await signUpTenant(api, 'Serdes');
  worker.start();
  cluster = await createCluster(api, t.asKey, t.defaultEnvironmentId, { kind: 'Basic' }, 'serdes');
  registry = await registryOf(api, t);
  const key = await registryKey(app, t, registry.id);
  // Confluent's client, unchanged but for the URL and the key.
  userInfo = `${key.id}:${key.secret}`;
  client = newClient();
  cluster = await waitForPhase(api, t.asKey, cluster, 'PROVISIONED', worker);
  const ck = await api.post('/iam/v2/api-keys', { spec: { display_name: 'app', owner: { id: t.userId }, resource: { id: cluster.id } } }, t.asKey);
  kafka = { username: ck.body.id, password: ck.body.spec.secret };
}, 240_000);
afterAll(async () => {
  if (cluster) {
    await api.delete(`/cmk/v2/clusters/${cluster.id}?environment=${t.defaultEnvironmentId}`, t.asKey);
    await waitForGone(api, t.asKey, cluster, worker);
  }
  await worker.stop();
  await close();
});

describe("Confluent's @confluentinc/schemaregistry through Tributary's registry and a real cluster", () => {
  it('Avro: auto-registers, produces, consumes and decodes the same values', async () => {
    await topic('orders-avro');
    const ser = new AvroSerializer(client, SerdeType.VALUE, { autoRegisterSchemas: true });
    const records = Array.from({ length: 20 }, (_, i) => ({ id: i, customer: `c-${i % 3}`, total: i * 1.5, paid: i % 2 === 0 }));
    const bytes = await Promise.all(records.map((r) => ser.serialize('orders-avro', r)));
    expect(bytes[0]![0]).toBe(0); // Confluent's wire format: magic byte, then the schema id.
    await produceBytes(cluster.spec.kafka_bootstrap_endpoint, kafka, 'orders-avro', bytes);
    const got = await consumeBytes(cluster.spec.kafka_bootstrap_endpoint, kafka, 'orders-avro', 'avro-readers', records.length);
    // A fresh client, as a separate consumer application would have.
    const reader = new AvroDeserializer(newClient(), SerdeType.VALUE, {});
    const decoded = await Promise.all(got.map((b) => reader.deserialize('orders-avro', b)));
    expect(decoded).toEqual(records);
    expect(await client.getAllSubjects()).toContain('orders-avro-value');
  });
});
