import { signUpTenant, type ApiClient, type TestTenant } from '@tributary/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registryOf, registryPath } from '../schema-registry/test/registry-test-helpers';
import { startTestApi } from './start-test-api';

// cmk/v2 and iam/v2 as Confluent's own documents have them. No worker runs here: clusters stay
// PROVISIONING, which is all these checks need (keys on a running cluster: clusters-upgrade).
let api: ApiClient;
let close: () => Promise<void>;
let t: TestTenant;
const made: { id: string; as: TestTenant }[] = [];

beforeAll(async () => {
  ({ api, close } = await startTestApi());
});
afterAll(async () => {
  for (const { id, as } of made) {
    await api.patch(`/cmk/v2/clusters/${id}`, { spec: { deletion_protection: false, environment: { id: as.defaultEnvironmentId } } }, as.asKey);
    await api.delete(`/cmk/v2/clusters/${id}?environment=${as.defaultEnvironmentId}`, as.asKey);
  }
  await close();
});
/** A fresh organization per block: clusters count against the per-organization quota until they are gone. */
const freshTenant = (name: string) => beforeAll(async () => {
  t = await signUpTenant(api, name);
});

const env = () => t.defaultEnvironmentId;
const pointers = (res: { body: any }) => (res.body.errors ?? []).map((e: any) => e.source?.pointer ?? e.source?.parameter);

/**
 * The request body of the "Create a Cluster" example in Confluent's cmk-v2.yaml (its x-codeSamples),
 * byte for byte: --data '{"spec":{"display_name":"ProdKafkaCluster",…,"byok":{"id":"cck-00000"}}}'.
 */
const SPEC_EXAMPLE =
  '{"spec":{"display_name":"ProdKafkaCluster","availability":"SINGLE_ZONE","cloud":"GCP","region":"us-east4","config":{"kind":"Basic"},"deletion_protection":true,"environment":{"id":"env-00000","environment":"string"},"network":{"id":"n-00000","environment":"string"},"byok":{"id":"cck-00000"}}}';

function specExampleBody(): { spec: Record<string, any> } {
  return JSON.parse(SPEC_EXAMPLE);
}

async function create(spec: Record<string, unknown>) {
  const res = await api.post('/cmk/v2/clusters', { spec: { display_name: 'c', cloud: 'LOCAL', region: 'local', environment: { id: env() }, ...spec } }, t.asKey);
  if (res.status === 202) made.push({ id: res.body.id, as: t });
  return res;
}

describe("the spec's own create example", () => {
  freshTenant('Fidelity');
  it('parses every field, and refuses what cannot be honoured with the reason and pointer, creating nothing', async () => {
    const example = specExampleBody();
    example.spec['environment'] = { ...example.spec['environment'], id: env() };
    const res = await api.post('/cmk/v2/clusters', example, t.asKey);
    expect(res.status, res.text).toBe(422);
    expect(pointers(res)).toEqual(expect.arrayContaining(['/spec/network', '/spec/byok']));
    expect(res.text).toMatch(/Private networks are not offered/);

    const { network: _n, byok: _b, ...rest } = example.spec;
    const onGcp = await api.post('/cmk/v2/clusters', { spec: rest }, t.asKey);
    expect(onGcp.status).toBe(422);
    expect(pointers(onGcp)).toEqual(['/spec/cloud']);
    expect((await api.get(`/cmk/v2/clusters?environment=${env()}`, t.asKey)).body.data).toEqual([]);
  });

  it('is accepted as it is on a cloud this deployment offers, deletion_protection and all', async () => {
    const { network: _n, byok: _b, ...rest } = specExampleBody().spec;
    const res = await api.post('/cmk/v2/clusters', { spec: { ...rest, cloud: 'LOCAL', region: 'local', environment: { ...rest['environment'], id: env() } } }, t.asKey);
    expect(res.status, res.text).toBe(202);
    made.push({ id: res.body.id, as: t });
    expect(res.body.spec).toMatchObject({ display_name: 'ProdKafkaCluster', availability: 'SINGLE_ZONE', config: { kind: 'Basic', max_ecku: 10 }, deletion_protection: true });
  });
});

describe('deletion_protection', () => {
  freshTenant('Fidelity');
  it('refuses DELETE (409, with what to do) until a PATCH lifts it; then DELETE answers 204 with no body', async () => {
    const c = await create({ config: { kind: 'Basic' }, deletion_protection: true });
    expect(c.status).toBe(202);
    const refused = await api.delete(`/cmk/v2/clusters/${c.body.id}?environment=${env()}`, t.asKey);
    expect(refused.status).toBe(409);
    expect(refused.body.errors[0].detail).toMatch(/deletion protection: lift it first .*deletion_protection false/);
    expect((await api.get(`/cmk/v2/clusters/${c.body.id}?environment=${env()}`, t.asKey)).body.status.phase).toBe('PROVISIONING');

    const listed = await api.get(`/cmk/v2/clusters?environment=${env()}&spec.deletion_protection=true`, t.asKey);
    expect(listed.body.data.map((x: any) => x.id)).toContain(c.body.id);
    expect(listed.body.data.every((x: any) => x.spec.deletion_protection === true)).toBe(true);

    const lifted = await api.patch(`/cmk/v2/clusters/${c.body.id}`, { spec: { deletion_protection: false, environment: { id: env() } } }, t.asKey);
    expect(lifted.status).toBe(200);
    expect(lifted.body.spec.deletion_protection).toBe(false);
    const unprotected = await api.get(`/cmk/v2/clusters?environment=${env()}&spec.deletion_protection=false`, t.asKey);
    expect(unprotected.body.data.map((x: any) => x.id)).toContain(c.body.id);

    const deleted = await api.delete(`/cmk/v2/clusters/${c.body.id}?environment=${env()}`, t.asKey);
    expect(deleted.status).toBe(204);
    expect(deleted.text).toBe('');
    expect((await api.get(`/cmk/v2/clusters/${c.body.id}?environment=${env()}`, t.asKey)).body.status.phase).toBe('DEPROVISIONING');
  });

  it('defaults to false', async () => {
    const c = await create({ config: { kind: 'Basic' } });
    expect(c.body.spec.deletion_protection).toBe(false);
  });
});

describe('max_ecku', () => {
  freshTenant('Fidelity');
  it('is stored and returned within the catalog bounds, and refused with the reason outside them', async () => {
    const c = await create({ config: { kind: 'Standard', max_ecku: 4 } });
    expect(c.status, c.text).toBe(202);
    expect(c.body.spec.config).toEqual({ kind: 'Standard', max_ecku: 4 });
    for (const bad of [0, 11]) {
      const res = await create({ config: { kind: 'Standard', max_ecku: bad } });
      expect(res.status).toBe(422);
      expect(pointers(res)).toEqual(['/spec/config/max_ecku']);
      expect(res.body.errors[0].detail).toBe('max_ecku must be a whole number from 1 to 10 for Standard clusters');
    }
    const multiZone = await create({ availability: 'HIGH', config: { kind: 'Standard', max_ecku: 1 } });
    expect(multiZone.status).toBe(422);
    expect(multiZone.body.errors[0].detail).toMatch(/MULTI_ZONE \(HIGH\) Standard cluster needs max_ecku of at least 2/);
    // Dedicated clusters are sized by cku: the field is not theirs.
    expect((await create({ config: { kind: 'Dedicated', cku: 1, max_ecku: 2 } })).status).toBe(400);

    const patched = await api.patch(`/cmk/v2/clusters/${c.body.id}`, { spec: { config: { kind: 'Standard', max_ecku: 6 }, environment: { id: env() } } }, t.asKey);
    expect(patched.status).toBe(200);
    expect(patched.body.spec.config).toEqual({ kind: 'Standard', max_ecku: 6 });
    const tooMany = await api.patch(`/cmk/v2/clusters/${c.body.id}`, { spec: { config: { kind: 'Standard', max_ecku: 50 }, environment: { id: env() } } }, t.asKey);
    expect(tooMany.status).toBe(422);
    expect((await api.get(`/cmk/v2/clusters/${c.body.id}?environment=${env()}`, t.asKey)).body.spec.config.max_ecku).toBe(6);
  });
});

describe('availability and kind', () => {
  freshTenant('Fidelity');
  it('takes LOW and HIGH as the SINGLE_ZONE and MULTI_ZONE they are', async () => {
    const low = await create({ availability: 'LOW', config: { kind: 'Basic' } });
    expect(low.status).toBe(202);
    expect(low.body.spec.availability).toBe('SINGLE_ZONE');
    const high = await create({ availability: 'HIGH', config: { kind: 'Basic' } });
    expect(high.status).toBe(422);
    expect(pointers(high)).toEqual(['/spec/availability']);
  });

  it('refuses kinds that are not offered, a downgrade and an availability change, each with the reason', async () => {
    for (const kind of ['Enterprise', 'Freight']) {
      const res = await create({ config: { kind, max_ecku: 2 } });
      expect(res.status).toBe(422);
      expect(res.body.errors[0].detail).toBe(`${kind} clusters are not offered here: choose Basic, Standard or Dedicated`);
    }
    const zoned = await create({ config: { kind: 'Dedicated', cku: 1, zones: ['a'] } });
    expect(zoned.status).toBe(422);
    expect(pointers(zoned)).toEqual(['/spec/config/zones']);

    const standard = await create({ config: { kind: 'Standard' } });
    const down = await api.patch(`/cmk/v2/clusters/${standard.body.id}`, { spec: { config: { kind: 'Basic' }, environment: { id: env() } } }, t.asKey);
    expect(down.status).toBe(422);
    expect(down.body.errors[0].detail).toMatch(/^Standard clusters cannot be downgraded to Basic/);
    const zones = await api.patch(`/cmk/v2/clusters/${standard.body.id}`, { spec: { availability: 'MULTI_ZONE', environment: { id: env() } } }, t.asKey);
    expect(zones.status).toBe(422);
    expect(pointers(zones)).toEqual(['/spec/availability']);

    // Basic → Standard is the one in-place change, and only once the cluster runs.
    const basic = await create({ config: { kind: 'Basic' } });
    const early = await api.patch(`/cmk/v2/clusters/${basic.body.id}`, { spec: { config: { kind: 'Standard' }, environment: { id: env() } } }, t.asKey);
    expect(early.status).toBe(409);
    expect(early.body.errors[0].detail).toMatch(/PROVISIONING: it can be upgraded once it is PROVISIONED/);
    expect((await api.get(`/cmk/v2/clusters/${basic.body.id}?environment=${env()}`, t.asKey)).body.spec.config.kind).toBe('Basic');
  });
});

describe('/openapi.json', () => {
  freshTenant('Fidelity');
  it('declares ?environment= required where cmk/v2 requires it, and DELETE as 204', async () => {
    const doc = (await api.get('/openapi.json')).body;
    const envParam = (op: any) => op.parameters.find((p: any) => p.name === 'environment' && p.in === 'query');
    expect(envParam(doc.paths['/cmk/v2/clusters'].get)).toMatchObject({ required: true });
    for (const method of ['get', 'delete']) expect(envParam(doc.paths['/cmk/v2/clusters/{id}'][method])).toMatchObject({ required: true });
    expect(Object.keys(doc.paths['/cmk/v2/clusters/{id}'].delete.responses)).toContain('204');
  });
});

describe('iam/v2 api keys: owner and resource carry api_version and kind', () => {
  freshTenant('Fidelity');
  it('says iam/v2 User for the owner and iam/v2 Cloud for a Cloud key, and refuses a mismatched reference (400)', async () => {
    const key = await api.post('/iam/v2/api-keys', { spec: { display_name: 'cloud', owner: { id: t.userId, api_version: 'iam/v2', kind: 'User' }, resource: { id: 'cloud' } } }, t.asKey);
    expect(key.status, key.text).toBe(202);
    expect(key.body.spec.owner).toMatchObject({ id: t.userId, api_version: 'iam/v2', kind: 'User' });
    expect(key.body.spec.resource).toMatchObject({ id: 'cloud', api_version: 'iam/v2', kind: 'Cloud' });
    // apikeys-v2's ObjectReference requires related and resource_name, as non-empty URIs.
    expect(key.body.spec.resource.related).toMatch(/^https?:\/\//);
    expect(key.body.spec.resource.resource_name).toMatch(/^crn:\/\/.+organization=/);
    expect(key.body.spec.resources).toEqual([]);

    const wrongOwner = await api.post('/iam/v2/api-keys', { spec: { display_name: 'x', owner: { id: t.userId, kind: 'ServiceAccount' } } }, t.asKey);
    expect(wrongOwner.status).toBe(400);
    expect(pointers(wrongOwner)).toEqual(['/spec/owner/kind']);
    const registry = await registryOf(api, t);
    const wrongResource = await api.post('/iam/v2/api-keys', { spec: { display_name: 'x', resource: { id: registry.id, api_version: 'cmk/v2', kind: 'Cluster' } } }, t.asKey);
    expect(wrongResource.status).toBe(400);
    expect(pointers(wrongResource)).toEqual(['/spec/resource/api_version']);
    expect(wrongResource.body.errors[0].detail).toMatch(/is a Schema Registry cluster: its api_version is srcm\/v3 or srcm\/v2, not 'cmk\/v2'/);
    const keys = await api.get('/iam/v2/api-keys', t.asKey);
    expect(keys.body.data.filter((k: any) => k.spec.display_name === 'x')).toEqual([]);
  });

  it('creates a Schema Registry key from an lsrc- resource (srcm/v3 Cluster), which works on that registry’s REST API', async () => {
    const registry = await registryOf(api, t);
    const res = await api.post('/iam/v2/api-keys', { spec: { display_name: 'sr', resource: { id: registry.id, api_version: 'srcm/v3', kind: 'Cluster', environment: env() } } }, t.asKey);
    expect(res.status, res.text).toBe(202);
    expect(res.body.spec.resource).toMatchObject({ id: registry.id, api_version: 'srcm/v3', kind: 'Cluster', environment: env() });
    expect(res.body.spec.resource.related).toMatch(new RegExp(`/srcm/v3/clusters/${registry.id}\\?environment=${env()}$`));
    expect(res.body.spec.resources).toEqual([res.body.spec.resource]);
    const key = { id: res.body.id as string, secret: res.body.spec.secret as string };

    const subjects = await api.request('GET', registryPath(registry, '/subjects'), { as: { key } });
    expect(subjects.status, subjects.text).toBe(200);
    expect(subjects.body).toEqual([]);
    expect((await api.request('GET', registryPath(registry, '/subjects'), { as: t.asKey })).status).toBe(401);

    const read = await api.get(`/iam/v2/api-keys/${key.id}`, t.asKey);
    expect(read.body.spec.resource).toEqual(res.body.spec.resource);
    const listed = await api.get(`/iam/v2/api-keys?spec.resource=${registry.id}`, t.asKey);
    expect(listed.body.data.map((k: any) => k.id)).toEqual([key.id]);
    // The kind SchemaRegistry (issue 15's name) and srcm/v2 are taken too.
    expect((await api.post('/iam/v2/api-keys', { spec: { display_name: 'sr2', resources: [{ id: registry.id, api_version: 'srcm/v2', kind: 'SchemaRegistry' }] } }, t.asKey)).status).toBe(202);
  });
});
