import { fromBinary } from '@bufbuild/protobuf';
import { FileDescriptorProtoSchema } from '@bufbuild/protobuf/wkt';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PrismaService, type SchemaRegistry } from '@tributary/db';
import { RegistryError, SchemaRegistriesService, SubjectsService } from '@tributary/schema-registry';
import { signUpTenant, waitFor, type ApiClient, type Credentials, type TestTenant } from '@tributary/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from '../../test/start-test-api';
import { registryKey, registryOf, registryPath, type RegistryJson } from './registry-test-helpers';

let app: NestFastifyApplication;
let api: ApiClient;
let close: () => Promise<void>;
let t: TestTenant;
let registry: RegistryJson;
let as: Credentials;

const VND = 'application/vnd.schemaregistry.v1+json';
const user = (fields: object[]) => JSON.stringify({ type: 'record', name: 'User', namespace: 'com.example', fields });
const v1 = user([{ name: 'id', type: 'long' }]);
const v2 = user([{ name: 'id', type: 'long' }, { name: 'email', type: ['null', 'string'], default: null }]);

function sr(method: string, path: string, body?: unknown, opts: { as?: Credentials; type?: string } = {}) {
  return api.request(method, registryPath(registry, path), {
    as: opts.as ?? as,
    ...(body === undefined ? {} : { rawBody: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'content-type': opts.type ?? VND } }),
  });
}

beforeAll(async () => {
  ({ app, api, close } = await startTestApi());
  t = await signUpTenant(api, 'Registry');
  registry = await registryOf(api, t);
  as = { key: await registryKey(app, t, registry.id) };
});
afterAll(async () => close());

describe('srcm/v3: one registry per environment', () => {
  it('lists the environment’s registry with its http_endpoint, and reads it', async () => {
    expect(registry.id).toMatch(/^lsrc-[a-z0-9]+$/);
    expect(registry.spec.http_endpoint).toMatch(new RegExp(`/schema-registry/${registry.id}$`));
    expect(registry.spec.environment.id).toBe(t.defaultEnvironmentId);
    const again = await registryOf(api, t);
    expect(again.id).toBe(registry.id);
    const read = await api.get(`/srcm/v3/clusters/${registry.id}?environment=${t.defaultEnvironmentId}`, t.asKey);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ api_version: 'srcm/v3', kind: 'Cluster', id: registry.id, status: { phase: 'PROVISIONED' } });
  });

  it('gives a new environment its own registry, and hides one organization’s from another', async () => {
    const env = await api.post('/org/v2/environments', { display_name: 'staging' }, t.asKey);
    const other = await registryOf(api, t, env.body.id);
    expect(other.id).not.toBe(registry.id);
    const stranger = await signUpTenant(api, 'Stranger');
    expect((await api.get(`/srcm/v3/clusters/${registry.id}`, stranger.asKey)).status).toBe(404);
    expect((await api.get(`/srcm/v3/clusters?environment=${t.defaultEnvironmentId}`, stranger.asKey)).status).toBe(404);
  });
});

describe('keys', () => {
  it('refuses no key, a Cloud key, and another environment’s registry key, in the registry’s error shape', async () => {
    const none = await api.get(registryPath(registry, '/subjects'));
    expect(none.status).toBe(401);
    expect(none.body).toEqual({ error_code: 401, message: 'Unauthorized' });
    expect((await sr('GET', '/subjects', undefined, { as: t.asKey })).status).toBe(401);
    const env = await api.post('/org/v2/environments', { display_name: 'other' }, t.asKey);
    const otherRegistry = await registryOf(api, t, env.body.id);
    const otherKey = await registryKey(app, t, otherRegistry.id);
    expect((await sr('GET', '/subjects', undefined, { as: { key: otherKey } })).status).toBe(401);
    expect((await sr('GET', '/subjects', undefined, { as: { key: { ...as.key!, secret: 'wrong' } } })).status).toBe(401);
    expect((await sr('GET', '/subjects')).status).toBe(200);
  });
});

describe('subjects, versions and ids', () => {
  let id1: number;
  it('registers, returns the same id for the same schema, and serves it by id and by version', async () => {
    const reg = await sr('POST', '/subjects/users-value/versions', { schema: v1 });
    expect(reg.status).toBe(200);
    expect(reg.headers['content-type']).toContain(VND);
    id1 = reg.body.id;
    expect(id1).toBeGreaterThan(0);
    // Whitespace does not make a new schema; application/json is accepted too.
    const again = await sr('POST', '/subjects/users-value/versions', { schema: JSON.stringify(JSON.parse(v1), null, 2) }, { type: 'application/json' });
    expect(again.body).toEqual({ id: id1 });
    expect((await sr('GET', '/subjects/users-value/versions')).body).toEqual([1]);
    expect((await sr('GET', `/schemas/ids/${id1}`)).body).toEqual({ schema: v1 });
    expect((await sr('GET', `/schemas/ids/${id1}/schema`)).body).toEqual(JSON.parse(v1));
    expect((await sr('GET', `/schemas/ids/${id1}/subjects`)).body).toEqual(['users-value']);
    expect((await sr('GET', `/schemas/ids/${id1}/versions`)).body).toEqual([{ subject: 'users-value', version: 1 }]);
    expect((await sr('GET', '/subjects/users-value/versions/latest')).body).toEqual({ subject: 'users-value', version: 1, id: id1, schema: v1 });
    expect((await sr('GET', '/subjects/users-value/versions/1/schema')).body).toEqual(JSON.parse(v1));
    // The same schema under another subject keeps its id.
    expect((await sr('POST', '/subjects/users-copy/versions', { schema: v1 })).body).toEqual({ id: id1 });
    expect((await sr('GET', '/subjects')).body).toEqual(['users-copy', 'users-value']);
    expect((await sr('GET', '/schemas/types')).body).toEqual(expect.arrayContaining(['AVRO']));
  });

  it('takes any subject name, URL-encoded as Confluent’s clients send it', async () => {
    const reg = await sr('POST', `/subjects/${encodeURIComponent('team/orders value')}/versions`, { schema: v1 });
    expect(reg.body).toEqual({ id: id1 });
    expect((await sr('GET', `/subjects/${encodeURIComponent('team/orders value')}/versions`)).body).toEqual([1]);
    expect((await sr('GET', `/schemas/ids/${id1}/subjects`)).body).toContain('team/orders value');
    expect((await sr('DELETE', `/subjects/${encodeURIComponent('team/orders value')}`)).body).toEqual([1]);
    expect((await sr('DELETE', `/subjects/${encodeURIComponent('team/orders value')}?permanent=true`)).body).toEqual([1]);
  });

  it('looks a schema up in a subject', async () => {
    const found = await sr('POST', '/subjects/users-value', { schema: v1 });
    expect(found.body).toEqual({ subject: 'users-value', version: 1, id: id1, schema: v1 });
    const missing = await sr('POST', '/subjects/users-value', { schema: v2 });
    expect(missing.status).toBe(404);
    expect(missing.body.error_code).toBe(40403);
  });

  it('BACKWARD by default: accepts an added optional field, refuses a removed required one with 409 and the reasons', async () => {
    expect((await sr('POST', '/subjects/users-value/versions', { schema: v2 })).status).toBe(200);
    const bad = user([{ name: 'id', type: 'long' }, { name: 'email', type: ['null', 'string'], default: null }, { name: 'age', type: 'int' }]);
    const check = await sr('POST', '/compatibility/subjects/users-value/versions/latest?verbose=true', { schema: bad });
    expect(check.body.is_compatible).toBe(false);
    expect(check.body.messages[0]).toContain("errorType:'READER_FIELD_MISSING_DEFAULT_VALUE'");
    expect((await sr('POST', '/compatibility/subjects/users-value/versions/latest', { schema: bad })).body).toEqual({ is_compatible: false });
    const refused = await sr('POST', '/subjects/users-value/versions', { schema: bad });
    expect(refused.status).toBe(409);
    expect(refused.body.error_code).toBe(409);
    expect(refused.body.message).toMatch(/^Schema being registered is incompatible with an earlier schema for subject "users-value", details: \[\{errorType:'READER_FIELD_MISSING_DEFAULT_VALUE'/);
    expect(refused.body.message).toContain('{oldSchemaVersion: 2}');
    expect((await sr('GET', '/subjects/users-value/versions')).body).toEqual([1, 2]);
  });

  it('config and mode, globally and per subject', async () => {
    expect((await sr('GET', '/config')).body).toEqual({ compatibilityLevel: 'BACKWARD' });
    expect((await sr('GET', '/config/users-value')).body.error_code).toBe(40408);
    expect((await sr('GET', '/config/users-value?defaultToGlobal=true')).body).toEqual({ compatibilityLevel: 'BACKWARD' });
    expect((await sr('PUT', '/config/users-value', { compatibility: 'NONE' })).body).toEqual({ compatibility: 'NONE' });
    expect((await sr('GET', '/config/users-value')).body).toEqual({ compatibilityLevel: 'NONE' });
    const bad = await sr('PUT', '/config', { compatibility: 'SIDEWAYS' });
    expect(bad.status).toBe(422);
    expect(bad.body.error_code).toBe(42203);
    expect((await sr('DELETE', '/config/users-value')).body).toEqual({ compatibilityLevel: 'NONE' });
    expect((await sr('GET', '/mode')).body).toEqual({ mode: 'READWRITE' });
    expect((await sr('PUT', '/mode/users-copy', { mode: 'READONLY' })).body).toEqual({ mode: 'READONLY' });
    const ro = await sr('POST', '/subjects/users-copy/versions', { schema: v2 });
    expect(ro.status).toBe(422);
    expect(ro.body.error_code).toBe(42205);
    expect((await sr('PUT', '/mode', { mode: 'SOMETIMES' })).body.error_code).toBe(42204);
    expect((await sr('DELETE', '/mode/users-copy')).body).toEqual({ mode: 'READONLY' });
  });

  it('soft then permanent deletes, with Confluent’s codes', async () => {
    expect((await sr('DELETE', '/subjects/users-copy/versions/1?permanent=true')).body.error_code).toBe(40407);
    expect((await sr('DELETE', '/subjects/users-copy?permanent=true')).body.error_code).toBe(40405);
    expect((await sr('DELETE', '/subjects/users-copy')).body).toEqual([1]);
    expect((await sr('DELETE', '/subjects/users-copy')).body.error_code).toBe(40404);
    expect((await sr('GET', '/subjects')).body).toEqual(['users-value']);
    expect((await sr('GET', '/subjects?deleted=true')).body).toEqual(['users-copy', 'users-value']);
    expect((await sr('GET', '/subjects/users-copy/versions')).body.error_code).toBe(40401);
    expect((await sr('DELETE', '/subjects/users-copy?permanent=true')).body).toEqual([1]);
    expect((await sr('GET', '/subjects?deleted=true')).body).toEqual(['users-value']);
    // Still used by users-value, so still there by id.
    expect((await sr('GET', `/schemas/ids/${id1}`)).status).toBe(200);
    expect((await sr('DELETE', '/subjects/users-value/versions/2')).body).toBe(2);
    expect((await sr('DELETE', '/subjects/users-value/versions/2')).body.error_code).toBe(40406);
    expect((await sr('GET', '/subjects/users-value/versions/2')).body.error_code).toBe(40402);
    expect((await sr('GET', '/subjects/users-value/versions/2?deleted=true')).status).toBe(200);
    // A new version never reuses a deleted number.
    const re = await sr('POST', '/subjects/users-value/versions', { schema: v2 });
    expect((await sr('GET', '/subjects/users-value/versions')).body).toEqual([1, 3]);
    expect((await sr('GET', '/subjects/users-value/versions/3')).body.id).toBe(re.body.id);
  });
});

describe('the other formats through the REST API', () => {
  const closed = (properties: object, required: string[]) => JSON.stringify({ type: 'object', properties, required, additionalProperties: false });
  it('JSON Schema: BACKWARD accepts an added optional property, refuses a removed required one (closed content model)', async () => {
    const v1j = closed({ id: { type: 'integer' }, qty: { type: 'integer' } }, ['id', 'qty']);
    expect((await sr('POST', '/subjects/orders-json/versions', { schemaType: 'JSON', schema: v1j })).status).toBe(200);
    const added = closed({ id: { type: 'integer' }, qty: { type: 'integer' }, note: { type: 'string' } }, ['id', 'qty']);
    expect((await sr('POST', '/subjects/orders-json/versions', { schemaType: 'JSON', schema: added })).status).toBe(200);
    const removed = await sr('POST', '/subjects/orders-json/versions', { schemaType: 'JSON', schema: closed({ id: { type: 'integer' }, note: { type: 'string' } }, ['id']) });
    expect(removed.status).toBe(409);
    expect(removed.body.message).toContain("errorType:'PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL'");
    const got = await sr('GET', '/subjects/orders-json/versions/latest');
    expect(got.body).toMatchObject({ version: 2, schemaType: 'JSON', schema: added });
  });

  it('Protobuf text: BACKWARD accepts an added optional field, refuses a removed required one; serves text and the serialized descriptor', async () => {
    const p2 = (body: string) => `syntax = "proto2";\npackage shop;\nmessage Order {\n${body}\n}\n`;
    const first = await sr('POST', '/subjects/orders-proto/versions', { schemaType: 'PROTOBUF', schema: p2('  required int64 id = 1;\n  required int32 qty = 2;') });
    expect(first.status).toBe(200);
    expect((await sr('POST', '/subjects/orders-proto/versions', { schemaType: 'PROTOBUF', schema: p2('  required int64 id = 1;\n  required int32 qty = 2;\n  optional string note = 3;') })).status).toBe(200);
    const refused = await sr('POST', '/subjects/orders-proto/versions', { schemaType: 'PROTOBUF', schema: p2('  required int64 id = 1;\n  optional string note = 3;') });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toContain("errorType:'REQUIRED_FIELD_REMOVED'");
    const text = await sr('GET', `/schemas/ids/${first.body.id}`);
    expect(text.body).toMatchObject({ schemaType: 'PROTOBUF', schema: expect.stringContaining('required int64 id = 1;') });
    const serialized = await sr('GET', `/schemas/ids/${first.body.id}?format=serialized`);
    const fd = fromBinary(FileDescriptorProtoSchema, Buffer.from(serialized.body.schema, 'base64'));
    expect(fd.package).toBe('shop');
    expect(fd.messageType[0]!.field.map((f) => [f.name, f.number])).toEqual([['id', 1], ['qty', 2]]);
  });
});

describe('references', () => {
  it('a Protobuf schema importing another registers and resolves; an import without a reference is refused', async () => {
    const money = 'syntax = "proto3";\npackage common;\nmessage Money { string currency = 1; int64 units = 2; }\n';
    expect((await sr('POST', '/subjects/money.proto/versions', { schemaType: 'PROTOBUF', schema: money })).status).toBe(200);
    const order = 'syntax = "proto3";\npackage shop;\nimport "money.proto";\nmessage Invoice { int64 id = 1; common.Money total = 2; }\n';
    const reg = await sr('POST', '/subjects/invoices-value/versions', { schemaType: 'PROTOBUF', schema: order, references: [{ name: 'money.proto', subject: 'money.proto', version: 1 }] });
    expect(reg.status).toBe(200);
    expect((await sr('GET', `/schemas/ids/${reg.body.id}`)).body.references).toEqual([{ name: 'money.proto', subject: 'money.proto', version: 1 }]);
    expect((await sr('GET', '/subjects/money.proto/versions/1/referencedby')).body).toEqual([reg.body.id]);
    const unreferenced = await sr('POST', '/subjects/invoices-2/versions', { schemaType: 'PROTOBUF', schema: order });
    expect(unreferenced.status).toBe(422);
    expect(unreferenced.body.error_code).toBe(42201);
    const unknownType = await sr('POST', '/subjects/invoices-2/versions', { schemaType: 'PROTOBUF', schema: 'syntax = "proto3";\nmessage X { Nope n = 1; }\n' });
    expect(unknownType.body.error_code).toBe(42201);
  });

  it('an Avro record referencing a named type from another subject registers; the referenced version cannot be deleted while used', async () => {
    const address = JSON.stringify({ type: 'record', name: 'Address', namespace: 'com.example', fields: [{ name: 'city', type: 'string' }] });
    expect((await sr('POST', '/subjects/address/versions', { schema: address })).status).toBe(200);
    const customer = JSON.stringify({ type: 'record', name: 'Customer', namespace: 'com.example', fields: [{ name: 'home', type: 'com.example.Address' }] });
    const reg = await sr('POST', '/subjects/customer/versions', { schema: customer, references: [{ name: 'com.example.Address', subject: 'address', version: -1 }] });
    expect(reg.status).toBe(200);
    // `latest` (-1) is pinned to the version it meant at registration.
    expect((await sr('GET', '/subjects/customer/versions/1')).body.references).toEqual([{ name: 'com.example.Address', subject: 'address', version: 1 }]);
    expect((await sr('GET', '/subjects/address/versions/1/referencedby')).body).toEqual([reg.body.id]);
    const blocked = await sr('DELETE', '/subjects/address');
    expect(blocked.status).toBe(422);
    expect(blocked.body.error_code).toBe(42206);
    // Without the reference the name is unknown.
    expect((await sr('POST', '/subjects/customer-2/versions', { schema: customer })).body.error_code).toBe(42201);
  });

  it('a JSON Schema referencing another by name', async () => {
    const addr = JSON.stringify({ type: 'object', properties: { city: { type: 'string' } }, additionalProperties: false });
    expect((await sr('POST', '/subjects/address-json/versions', { schemaType: 'JSON', schema: addr })).status).toBe(200);
    const person = JSON.stringify({ type: 'object', properties: { home: { $ref: 'address.json' } } });
    const reg = await sr('POST', '/subjects/person-json/versions', { schemaType: 'JSON', schema: person, references: [{ name: 'address.json', subject: 'address-json', version: 1 }] });
    expect(reg.status).toBe(200);
    expect((await sr('POST', '/subjects/person-2/versions', { schemaType: 'JSON', schema: person })).body.error_code).toBe(42201);
  });
});

describe('memory', () => {
  it('serves a schema by id from memory after the first read', async () => {
    const reg = await sr('POST', '/subjects/cached/versions', { schema: '{"type":"fixed","name":"Cached","size":4}' });
    const first = await sr('GET', `/schemas/ids/${reg.body.id}`);
    expect(first.status).toBe(200);
    // Behind the registry's back, the row goes: a read that reached Postgres would now be a 404.
    await app.get(PrismaService).$executeRaw`delete from registry_schemas where id = ${reg.body.id}`;
    const again = await sr('GET', `/schemas/ids/${reg.body.id}`);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
  });
});

describe('bad input: 4xx in the registry’s shape, nothing stored', () => {
  it('refuses an invalid schema, an unknown type, a missing reference, a bad version, malformed JSON and an oversized body', async () => {
    const before = (await sr('GET', '/subjects?deleted=true')).body;
    const invalid = await sr('POST', '/subjects/bad/versions', { schema: '{"type":"record","name":"X","fields":[{"name":"a","type":"nope"}]}' });
    expect(invalid.status).toBe(422);
    expect(invalid.body.error_code).toBe(42201);
    expect((await sr('POST', '/subjects/bad/versions', { schema: 'not json' })).body.error_code).toBe(42201);
    expect((await sr('POST', '/subjects/bad/versions', { schema: '"string"', schemaType: 'XML' })).body.error_code).toBe(42201);
    const missingRef = await sr('POST', '/subjects/bad/versions', { schema: '"com.example.Missing"', references: [{ name: 'com.example.Missing', subject: 'nowhere', version: 1 }] });
    expect(missingRef.status).toBe(422);
    expect(missingRef.body.error_code).toBe(42201);
    for (const v of ['abc', '0', '-2', '1.5', '99999999999']) {
      const r = await sr('GET', `/subjects/users-value/versions/${v}`);
      expect(r.status, v).toBe(422);
      expect(r.body.error_code, v).toBe(42202);
    }
    expect((await sr('GET', '/subjects/users-value/versions/99')).body.error_code).toBe(40402);
    expect((await sr('GET', '/subjects/nope/versions/1')).body.error_code).toBe(40401);
    expect((await sr('GET', '/schemas/ids/999999')).body.error_code).toBe(40403);
    const malformed = await sr('POST', '/subjects/bad/versions', '{"schema": ');
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ error_code: 400 });
    const big = await sr('POST', '/subjects/bad/versions', { schema: JSON.stringify({ type: 'record', name: 'Big', doc: 'x'.repeat(200_000), fields: [] }) });
    expect(big.status).toBe(413);
    expect(big.body.error_code).toBe(413);
    expect((await sr('GET', '/subjects?deleted=true')).body).toEqual(before);
  });
});

describe('tenant isolation: every query is bound to the registry’s organization', () => {
  it('answers nothing, and stores nothing, for a registry named with another organization', async () => {
    const stranger = await signUpTenant(api, 'Isolated');
    const subjects = app.get(SubjectsService);
    const real = await app.get(SchemaRegistriesService).get(t.organizationId, registry.id);
    const forged: SchemaRegistry = { ...real, organizationId: stranger.organizationId };
    const stored = await sr('POST', '/subjects/isolated-value/versions', { schema: '{"type":"fixed","name":"Isolated","size":2}' });
    expect(stored.status).toBe(200);
    // Warm the by-id cache for the real organization: it must not answer the forged one.
    expect((await sr('GET', `/schemas/ids/${stored.body.id}`)).status).toBe(200);
    await expect(subjects.schemaById(forged, stored.body.id)).rejects.toBeInstanceOf(RegistryError);
    expect(await subjects.subjects(forged, { deleted: true, prefix: '' })).toEqual([]);
    await expect(subjects.versionNumbers(forged, 'isolated-value', true)).rejects.toBeInstanceOf(RegistryError);
    await expect(subjects.getConfig(forged, 'isolated-value', false)).rejects.toBeInstanceOf(RegistryError);
    await expect(subjects.register(forged, 'forged-value', { schema: '"string"' }, {})).rejects.toThrow(/not organization/);
    await expect(subjects.setMode(forged, 'forged-value', { mode: 'READONLY' })).rejects.toThrow();
    await expect(subjects.setConfig(forged, undefined, { compatibility: 'NONE' })).rejects.toThrow();
    expect((await sr('GET', '/subjects?deleted=true')).body).not.toContain('forged-value');
    expect((await sr('GET', '/mode/forged-value')).body.error_code).toBe(40409);
    expect((await sr('GET', '/config')).body.compatibilityLevel).toBe(real.compatibility);
    // A key of the stranger's own registry does not open this one.
    const strangerRegistry = await registryOf(api, stranger);
    const strangerKey = await registryKey(app, stranger, strangerRegistry.id);
    expect((await sr('GET', '/subjects', undefined, { as: { key: strangerKey } })).status).toBe(401);
  });
});

describe('registry keys are held to the one policy', () => {
  it("a service account's key (an Operator: sees, creates nothing) reads but cannot register, until a binding grants it", async () => {
    const sa = await api.post('/iam/v2/service-accounts', { display_name: 'schema robot' }, t.asKey);
    expect(sa.status).toBe(201);
    const made = await api.post('/iam/v2/api-keys', { spec: { display_name: 'robot registry key', owner: { id: sa.body.id }, resource: { id: registry.id } } }, t.asKey);
    expect(made.status, made.text).toBe(202);
    const robot = { key: { id: made.body.id as string, secret: made.body.spec.secret as string } };
    const schema = { schema: user([{ name: 'id', type: 'long' }, { name: 'robot', type: 'string' }]) };

    expect((await sr('GET', '/subjects', undefined, { as: robot })).status).toBe(200);
    const refused = await sr('POST', '/subjects/robot-value/versions', schema, { as: robot });
    expect(refused.status, refused.text).toBe(403);
    expect((await sr('GET', '/subjects', undefined, { as: robot })).body).not.toContain('robot-value');

    const crn = `crn://confluent.cloud/organization=${t.organizationId}/environment=${t.defaultEnvironmentId}`;
    expect((await api.post('/iam/v2/role-bindings', { principal: `User:${sa.body.id}`, role_name: 'EnvironmentAdmin', crn_pattern: crn }, t.asKey)).status).toBe(201);
    // The registry keeps a verified key up to 10 s: the binding applies within that.
    const accepted = await waitFor(
      async () => {
        const res = await sr('POST', '/subjects/robot-value/versions', schema, { as: robot });
        return res.status === 200 ? res : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 500 },
    );
    expect(accepted.body.id).toBeGreaterThan(0);
  });
});
