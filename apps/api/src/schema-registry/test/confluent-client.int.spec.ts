import { createServer } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { create, createFileRegistry, createMutableRegistry } from '@bufbuild/protobuf';
import { FieldDescriptorProto_Label as Label, FieldDescriptorProto_Type as FType, FileDescriptorProtoSchema } from '@bufbuild/protobuf/wkt';
import {
  AvroDeserializer,
  AvroSerializer,
  JsonDeserializer,
  JsonSerializer,
  ProtobufDeserializer,
  ProtobufSerializer,
  SchemaRegistryClient,
  SerdeType,
} from '@confluentinc/schemaregistry';
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
let registry_: RegistryJson;
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
  return new SchemaRegistryClient({ baseURLs: [registry_.spec.http_endpoint], basicAuthCredentials: { credentialsSource: 'USER_INFO', userInfo } });
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
  registry_ = await registryOf(api, t);
  const key = await registryKey(app, t, registry_.id);
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

/** Round trip: serialize, produce, consume, deserialize with a fresh client (as a separate consumer application would). */
async function roundTrip<T>(name: string, serialize: (topic: string, v: T) => Promise<Buffer>, deserializer: (c: SchemaRegistryClient) => { deserialize(topic: string, b: Buffer): Promise<unknown> }, records: T[]) {
  await topic(name);
  const bytes: Buffer[] = [];
  for (const r of records) bytes.push(await serialize(name, r));
  expect(bytes[0]![0]).toBe(0); // Confluent's wire format: magic byte, then the schema id.
  await produceBytes(cluster.spec.kafka_bootstrap_endpoint, kafka, name, bytes);
  const got = await consumeBytes(cluster.spec.kafka_bootstrap_endpoint, kafka, name, `${name}-readers`, records.length);
  expect(got).toHaveLength(records.length);
  const reader = deserializer(newClient());
  const decoded: unknown[] = [];
  for (const b of got) decoded.push(await reader.deserialize(name, b));
  return decoded;
}

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

  it('JSON Schema: auto-registers, produces, consumes and decodes the same values', async () => {
    const ser = new JsonSerializer(client, SerdeType.VALUE, { autoRegisterSchemas: true });
    const records = Array.from({ length: 10 }, (_, i) => ({ id: i, customer: `c-${i}`, tags: ['a', `t${i}`], address: { city: 'Lyon', zip: `Z-${i}` } }));
    const decoded = await roundTrip('orders-json', (t, r) => ser.serialize(t, r), (c) => new JsonDeserializer(c, SerdeType.VALUE, { validate: true }), records);
    expect(decoded).toEqual(records);
    expect((await client.getLatestSchemaMetadata('orders-json-value')).schemaType).toBe('JSON');
  });

  it('Protobuf with an import: the message and the file it imports auto-register (as a reference), records decode to the same values', async () => {
    const common = create(FileDescriptorProtoSchema, {
      name: 'common.proto',
      package: 'common',
      syntax: 'proto3',
      messageType: [{ name: 'Money', field: [{ name: 'currency', number: 1, type: FType.STRING, label: Label.OPTIONAL, jsonName: 'currency' }, { name: 'units', number: 2, type: FType.INT64, label: Label.OPTIONAL, jsonName: 'units' }] }],
    });
    const order = create(FileDescriptorProtoSchema, {
      name: 'shop/order.proto',
      package: 'shop',
      syntax: 'proto3',
      dependency: ['common.proto'],
      messageType: [
        {
          name: 'Order',
          field: [
            { name: 'id', number: 1, type: FType.INT64, label: Label.OPTIONAL, jsonName: 'id' },
            { name: 'customer', number: 2, type: FType.STRING, label: Label.OPTIONAL, jsonName: 'customer' },
            { name: 'total', number: 3, type: FType.MESSAGE, typeName: '.common.Money', label: Label.OPTIONAL, jsonName: 'total' },
            { name: 'tags', number: 4, type: FType.STRING, label: Label.REPEATED, jsonName: 'tags' },
          ],
        },
      ],
    });
    const commonFile = createFileRegistry(common, () => undefined).getFile('common.proto')!;
    const OrderDesc = createFileRegistry(order, (name) => (name === 'common.proto' ? commonFile : undefined)).getMessage('shop.Order')!;
    const ser = new ProtobufSerializer(client, SerdeType.VALUE, { autoRegisterSchemas: true, registry: createMutableRegistry(OrderDesc) });
    const records = Array.from({ length: 10 }, (_, i) => create(OrderDesc, { id: BigInt(i), customer: `c-${i}`, total: { currency: 'EUR', units: BigInt(i * 100) }, tags: ['x', `t${i}`] }));
    const decoded = await roundTrip('orders-proto', (t, r) => ser.serialize(t, r), (c) => new ProtobufDeserializer(c, SerdeType.VALUE, {}), records);
    expect(decoded).toEqual(records);
    // The imported file is its own subject, referenced by the message's schema.
    const latest = await client.getLatestSchemaMetadata('orders-proto-value');
    expect(latest.references).toEqual([{ name: 'common.proto', subject: 'common.proto', version: 1 }]);
    const referrers = await fetch(`${registry_.spec.http_endpoint}/subjects/common.proto/versions/1/referencedby`, { headers: { authorization: `Basic ${Buffer.from(userInfo).toString('base64')}` } });
    expect(await referrers.json()).toEqual([latest.id]);
  });

  it('Avro with a reference: a record using a named type from another subject registers, resolves and round-trips', async () => {
    const address = JSON.stringify({ type: 'record', name: 'Address', namespace: 'com.example', fields: [{ name: 'city', type: 'string' }, { name: 'zip', type: 'string' }] });
    const customer = JSON.stringify({ type: 'record', name: 'Customer', namespace: 'com.example', fields: [{ name: 'name', type: 'string' }, { name: 'home', type: 'com.example.Address' }] });
    await client.register('address', { schemaType: 'AVRO', schema: address });
    await client.register('customers-value', { schemaType: 'AVRO', schema: customer, references: [{ name: 'com.example.Address', subject: 'address', version: 1 }] });
    const ser = new AvroSerializer(client, SerdeType.VALUE, { useLatestVersion: true });
    const records = [{ name: 'Ada', home: { city: 'London', zip: 'N1' } }, { name: 'Grace', home: { city: 'Arlington', zip: '22201' } }];
    const decoded = await roundTrip('customers', (t, r) => ser.serialize(t, r), (c) => new AvroDeserializer(c, SerdeType.VALUE, {}), records);
    expect(decoded).toEqual(records);
  });
});
