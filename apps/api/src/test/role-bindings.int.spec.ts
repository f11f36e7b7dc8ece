import { signUpTenant, withTestDb, type ApiClient, type TestTenant } from '@tributary/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeCluster, newMember, newServiceAccount } from './permission-matrix-fixtures';
import { startTestApi } from './start-test-api';

/** iam/v2/role-bindings in Confluent's shapes, what bad input gets, and a binding's effect on a key at once. */
let api: ApiClient;
let close: () => Promise<void>;
let a: TestTenant;
let b: TestTenant;
let lkc: string;
const org = () => `crn://confluent.cloud/organization=${a.organizationId}`;
const env = () => `${org()}/environment=${a.defaultEnvironmentId}`;
const cluster = () => `${env()}/cloud-cluster=${lkc}`;

const count = () => withTestDb(async (pg) => Number((await pg.query<{ n: string }>('select count(*) as n from role_bindings where organization_id = $1', [a.organizationId])).rows[0]!.n));

beforeAll(async () => {
  ({ api, close } = await startTestApi());
  a = await signUpTenant(api, 'Bindings');
  b = await signUpTenant(api, 'Elsewhere');
  lkc = await fakeCluster(a.organizationId, a.defaultEnvironmentId);
}, 120_000);
afterAll(() => close());

describe('iam/v2/role-bindings', () => {
  it('creates, lists with filters, reads and deletes, in Confluent\'s JSON shapes', async () => {
    const sa = await newServiceAccount(api, a, 'Viewer');
    const principal = `User:${sa.id}`;
    const created = await api.post('/iam/v2/role-bindings', { principal, role_name: 'DeveloperWrite', crn_pattern: `${cluster()}/kafka=${lkc}/topic=orders-*` }, a.asKey);
    expect(created.status, created.text).toBe(201);
    expect(created.body).toMatchObject({ api_version: 'iam/v2', kind: 'RoleBinding', principal, role_name: 'DeveloperWrite', crn_pattern: `${cluster()}/kafka=${lkc}/topic=orders-*` });
    expect(created.body.id).toMatch(/^rb-[a-z0-9]+$/);
    expect(created.body.metadata).toMatchObject({ self: expect.stringContaining(`/iam/v2/role-bindings/${created.body.id}`), resource_name: `${org()}/role-binding=${created.body.id}` });
    const second = await api.post('/iam/v2/role-bindings', { principal, role_name: 'CloudClusterAdmin', crn_pattern: `${cluster()}/kafka=${lkc}` }, a.asKey);
    expect(second.status).toBe(201);
    // Stored canonically: the kafka=… cluster form is the cluster.
    expect(second.body.crn_pattern).toBe(cluster());
    // The same binding twice is a 409, nothing added.
    expect((await api.post('/iam/v2/role-bindings', { principal, role_name: 'CloudClusterAdmin', crn_pattern: cluster() }, a.asKey)).status).toBe(409);

    const list = await api.get(`/iam/v2/role-bindings?principal=${encodeURIComponent(principal)}`, a.asKey);
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ api_version: 'iam/v2', kind: 'RoleBindingList', metadata: { total_size: 2 } });
    expect((await api.get(`/iam/v2/role-bindings?principal=${encodeURIComponent(principal)}&role_name=DeveloperWrite`, a.asKey)).body.data.map((x: { id: string }) => x.id)).toEqual([created.body.id]);
    expect((await api.get(`/iam/v2/role-bindings?crn_pattern=${encodeURIComponent('topic=orders-')}`, a.asKey)).body.data.map((x: { id: string }) => x.id)).toEqual([created.body.id]);
    expect((await api.get(`/iam/v2/role-bindings/${created.body.id}`, a.asKey)).body).toEqual(created.body);

    const deleted = await api.delete(`/iam/v2/role-bindings/${created.body.id}`, a.asKey);
    expect(deleted.status).toBe(200);
    expect(deleted.body.id).toBe(created.body.id);
    expect((await api.get(`/iam/v2/role-bindings/${created.body.id}`, a.asKey)).status).toBe(404);
    expect((await api.delete(`/iam/v2/role-bindings/${created.body.id}`, a.asKey)).status).toBe(404);
    // Another organization sees none of it.
    expect((await api.get(`/iam/v2/role-bindings/${second.body.id}`, b.asKey)).status).toBe(404);
    expect((await api.delete(`/iam/v2/role-bindings/${second.body.id}`, b.asKey)).status).toBe(404);
    expect((await api.get('/iam/v2/role-bindings?page_size=100', b.asKey)).body.data).toEqual([]);
  });

  it('bad input gets a 4xx in the error envelope, naming the field, and writes nothing', async () => {
    const sa = await newServiceAccount(api, a, 'Viewer');
    const bSa = await newServiceAccount(api, b, 'Viewer');
    const good = { principal: `User:${sa.id}`, role_name: 'DeveloperRead', crn_pattern: `${cluster()}/kafka=${lkc}/topic=x` };
    const before = await count();
    const cases: [Record<string, unknown>, number, string][] = [
      [{ ...good, role_name: 'Plutonium' }, 422, '/role_name'],
      [{ ...good, role_name: 'Viewer' }, 422, '/role_name'],
      [{ ...good, crn_pattern: 'crn://confluent.cloud/organization=nope' }, 422, '/crn_pattern'],
      [{ ...good, crn_pattern: `${cluster()}/kafka=${lkc}/topic=or*ders` }, 422, '/crn_pattern'],
      [{ ...good, crn_pattern: `${cluster()}/kafka=lkc-other/topic=x` }, 422, '/crn_pattern'],
      [{ ...good, crn_pattern: `${env()}/cloud-cluster=lkc-nothere` }, 404, '/crn_pattern'],
      [{ ...good, crn_pattern: `${org()}/environment=env-nothere` }, 404, '/crn_pattern'],
      [{ ...good, crn_pattern: `${org()}/environment=${b.defaultEnvironmentId}` }, 404, '/crn_pattern'],
      [{ ...good, crn_pattern: `crn://confluent.cloud/organization=${b.organizationId}`, role_name: 'MetricsViewer' }, 404, '/crn_pattern'],
      [{ ...good, role_name: 'DeveloperRead', crn_pattern: org() }, 422, '/crn_pattern'],
      [{ ...good, principal: `User:${bSa.id}` }, 404, '/principal'],
      [{ ...good, principal: 'User:u-nobody1' }, 404, '/principal'],
      [{ ...good, principal: 'Group:admins' }, 422, '/principal'],
      [{ ...good, colour: 'red' }, 400, ''],
      [{ principal: good.principal, role_name: 'DeveloperRead' }, 422, ''],
    ];
    for (const [body, status, pointer] of cases) {
      const res = await api.post('/iam/v2/role-bindings', body, a.asKey);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(res.body.errors[0]).toMatchObject({ status: String(status) });
      if (pointer) expect(res.body.errors[0].source?.pointer, JSON.stringify(body)).toBe(pointer);
    }
    expect((await api.get('/iam/v2/role-bindings/not-an-id', a.asKey)).status).toBe(404);
    expect(await count()).toBe(before);
  });

  it("a binding changes what the grantee's existing key may do at once, both ways", async () => {
    const m = await newMember(api, a, 'Viewer');
    const rename = () => api.patch(`/org/v2/environments/${a.defaultEnvironmentId}`, { display_name: `renamed ${Date.now()}` }, m.as);
    expect((await rename()).status).toBe(403);
    const granted = await api.post('/iam/v2/role-bindings', { principal: `User:${m.id}`, role_name: 'EnvironmentAdmin', crn_pattern: env() }, a.asKey);
    expect(granted.status).toBe(201);
    expect((await rename()).status).toBe(200);
    // Only its environment: not another one, not the organization's people.
    const other = await api.post('/org/v2/environments', { display_name: 'other' }, a.asKey);
    expect((await api.patch(`/org/v2/environments/${other.body.id}`, { display_name: 'nope' }, m.as)).status).toBe(403);
    expect((await api.post('/api/invitations', { email: 'nope@example.test', role: 'Viewer' }, m.as)).status).toBe(403);
    expect((await api.delete(`/iam/v2/role-bindings/${granted.body.id}`, a.asKey)).status).toBe(200);
    expect((await rename()).status).toBe(403);
  });

  it("removing a member or a service account removes their bindings", async () => {
    const m = await newMember(api, a, 'Viewer');
    const sa = await newServiceAccount(api, a, 'Viewer');
    for (const id of [m.id, sa.id]) expect((await api.post('/iam/v2/role-bindings', { principal: `User:${id}`, role_name: 'MetricsViewer', crn_pattern: org() }, a.asKey)).status).toBe(201);
    expect((await api.delete(`/iam/v2/users/${m.id}`, a.asKey)).status).toBe(204);
    expect((await api.delete(`/iam/v2/service-accounts/${sa.id}`, a.asKey)).status).toBe(204);
    for (const id of [m.id, sa.id]) expect((await api.get(`/iam/v2/role-bindings?principal=User:${id}`, a.asKey)).body.data).toEqual([]);
  });
});
