import { signUpTenant, withTestDb, type ApiClient, type TestTenant } from '@tributary/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCluster } from './cluster-helpers';
import { startTestApi } from './start-test-api';

// No worker runs here: clusters stay PROVISIONING, which is all these checks need.
let api: ApiClient;
let close: () => Promise<void>;
let a: TestTenant;
let b: TestTenant;
const made: { id: string; env: string; as: TestTenant }[] = [];

beforeAll(async () => {
  ({ api, close } = await startTestApi());
  a = await signUpTenant(api, 'Owner');
  b = await signUpTenant(api, 'Other');
});
afterAll(async () => {
  for (const c of made) await api.delete(`/cmk/v2/clusters/${c.id}?environment=${c.env}`, c.as.asKey);
  await close();
});

const spec = (env: string, overrides: Record<string, unknown> = {}) => ({
  spec: { display_name: 'c', cloud: 'LOCAL', region: 'local', config: { kind: 'Basic' }, environment: { id: env }, ...overrides },
});

function expectError(res: { status: number; body: any }, status: number, pointer?: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.body.errors[0].status).toBe(String(status));
  if (pointer) expect(res.body.errors.map((e: any) => e.source?.pointer ?? e.source?.parameter)).toContain(pointer);
}

describe('cluster requests that cannot be honoured get a clear 4xx, and nothing is created', () => {
  it('rejects invalid specs with the field at fault', async () => {
    const env = a.defaultEnvironmentId;
    expectError(await api.post('/cmk/v2/clusters', spec(env, { config: { kind: 'Huge' } }), a.asKey), 422, '/spec/config/kind');
    expectError(await api.post('/cmk/v2/clusters', spec(env, { config: { kind: 'Dedicated' } }), a.asKey), 422, '/spec/config/cku');
    expectError(await api.post('/cmk/v2/clusters', spec(env, { config: { kind: 'Dedicated', cku: 0 } }), a.asKey), 422, '/spec/config/cku');
    expectError(await api.post('/cmk/v2/clusters', spec(env, { config: { kind: 'Dedicated', cku: 99 } }), a.asKey), 422, '/spec/config/cku');
    expectError(await api.post('/cmk/v2/clusters', spec(env, { config: { kind: 'Dedicated', cku: 1 }, availability: 'MULTI_ZONE' }), a.asKey), 422, '/spec/config/cku');
    expectError(await api.post('/cmk/v2/clusters', spec(env, { config: { kind: 'Basic', cku: 2 } }), a.asKey), 400, '/spec/config/cku');
    expectError(await api.post('/cmk/v2/clusters', spec(env, { availability: 'MULTI_ZONE' }), a.asKey), 422, '/spec/availability');
    expectError(await api.post('/cmk/v2/clusters', spec(env, { availability: 'EVERYWHERE' }), a.asKey), 422, '/spec/availability');
    expectError(await api.post('/cmk/v2/clusters', spec(env, { cloud: 'GCP' }), a.asKey), 422, '/spec/cloud');
    expectError(await api.post('/cmk/v2/clusters', spec(env, { region: 'mars-1' }), a.asKey), 422, '/spec/region');
    expectError(await api.post('/cmk/v2/clusters', spec(env, { display_name: '' }), a.asKey), 422, '/spec/display_name');
    expectError(await api.post('/cmk/v2/clusters', spec(env, { colour: 'red' }), a.asKey), 400, '/spec/colour');
    expectError(await api.post('/cmk/v2/clusters', { spec: { display_name: 'x' } }, a.asKey), 422);
    const list = await api.get(`/cmk/v2/clusters?environment=${env}`, a.asKey);
    expect(list.body.data).toEqual([]);
  });

  it('answers 404 for an unknown environment, and 422 when environment is missing from a list', async () => {
    expectError(await api.post('/cmk/v2/clusters', spec('env-nothere'), a.asKey), 404, '/spec/environment/id');
    expectError(await api.get('/cmk/v2/clusters?environment=env-nothere', a.asKey), 404, 'environment');
    expectError(await api.get('/cmk/v2/clusters', a.asKey), 422, 'environment');
    // Another organization's environment is unknown too.
    expectError(await api.post('/cmk/v2/clusters', spec(b.defaultEnvironmentId), a.asKey), 404, '/spec/environment/id');
  });

  it("hides a cluster from every other organization (404 everywhere, never 403)", async () => {
    const c = await createCluster(api, a.asKey, a.defaultEnvironmentId, { kind: 'Basic' }, 'private');
    made.push({ id: c.id, env: a.defaultEnvironmentId, as: a });
    for (const env of [a.defaultEnvironmentId, b.defaultEnvironmentId]) {
      expectError(await api.get(`/cmk/v2/clusters/${c.id}?environment=${env}`, b.asKey), 404);
      expectError(await api.patch(`/cmk/v2/clusters/${c.id}`, { spec: { display_name: 'mine', environment: { id: env } } }, b.asKey), 404);
      expectError(await api.delete(`/cmk/v2/clusters/${c.id}?environment=${env}`, b.asKey), 404);
    }
    expectError(await api.post('/iam/v2/api-keys', { spec: { display_name: 'steal', resource: { id: c.id } } }, b.asKey), 404, '/spec/resource/id');
    const topics = await api.get(`/kafka/v3/clusters/${c.id}/topics`, b.asKey);
    expect(topics.status).toBe(404);
    expect(topics.body.error_code).toBe(40403);
    expect((await api.get(`/cmk/v2/clusters/${c.id}?environment=${a.defaultEnvironmentId}`, a.asKey)).status).toBe(200);
  });

  it('refuses keys and topics until the cluster is PROVISIONED (409)', async () => {
    const c = made[0]!;
    expectError(await api.post('/iam/v2/api-keys', { spec: { display_name: 'early', resource: { id: c.id } } }, a.asKey), 409);
    const topic = await api.post(`/kafka/v3/clusters/${c.id}/topics`, { topic_name: 't' }, a.asKey);
    expect(topic.status).toBe(409);
    expect(topic.body.error_code).toBe(40900);
  });

  it('refuses to resize a non-Dedicated cluster', async () => {
    const c = made[0]!;
    expectError(await api.patch(`/cmk/v2/clusters/${c.id}`, { spec: { config: { kind: 'Dedicated', cku: 2 }, environment: { id: c.env } } }, a.asKey), 422, '/spec/config/kind');
  });

  it('refuses an environment deletion while it holds clusters (409)', async () => {
    expectError(await api.delete(`/org/v2/environments/${a.defaultEnvironmentId}`, a.asKey), 409);
  });

  it('enforces the per-organization cluster quota with 422 and a way out', async () => {
    // TEST_ENV allows 3; one exists already.
    for (let i = 0; i < 2; i++) {
      const c = await createCluster(api, a.asKey, a.defaultEnvironmentId, { kind: 'Basic' }, `q${i}`);
      made.push({ id: c.id, env: a.defaultEnvironmentId, as: a });
    }
    const over = await api.post('/cmk/v2/clusters', spec(a.defaultEnvironmentId), a.asKey);
    expectError(over, 422);
    expect(over.body.errors[0].code).toBe('quota_exceeded');
    expect(over.body.errors[0].detail).toMatch(/3 of 3/);
    // Another organization is unaffected.
    const theirs = await createCluster(api, b.asKey, b.defaultEnvironmentId, { kind: 'Basic' }, 'theirs');
    made.push({ id: theirs.id, env: b.defaultEnvironmentId, as: b });
  });

  it('lets a Viewer read clusters but not create them', async () => {
    const sa = (await api.post('/iam/v2/service-accounts', { display_name: 'viewer' }, b.asKey)).body;
    const key = (await api.post('/iam/v2/api-keys', { spec: { display_name: 'v', owner: { id: sa.id } } }, b.asKey)).body;
    await withTestDb((pg) => pg.query('update service_accounts set role = $1 where id = $2', ['Viewer', sa.id]));
    const viewer = { key: { id: key.id, secret: key.spec.secret } };
    expect((await api.get(`/cmk/v2/clusters?environment=${b.defaultEnvironmentId}`, viewer)).status).toBe(200);
    expectError(await api.post('/cmk/v2/clusters', spec(b.defaultEnvironmentId), viewer), 403);
  });
});
