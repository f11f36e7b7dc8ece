import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCookie, signUpTenant, uniqueEmail, type ApiClient, type TestTenant } from '@tributary/testing';
import { startTestApi } from './start-test-api';

let api: ApiClient;
let close: () => Promise<void>;
let t: TestTenant;
beforeAll(async () => {
  ({ api, close } = await startTestApi());
  t = await signUpTenant(api, 'Mgmt');
});
afterAll(() => close());

describe('org/v2 and iam/v2 with a Cloud API key (HTTP Basic)', () => {
  it('creates, lists page by page, patches and deletes environments', async () => {
    const created: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await api.post('/org/v2/environments', { display_name: `env ${i}` }, t.asKey);
      expect(r.status).toBe(201);
      expect(r.body).toMatchObject({ api_version: 'org/v2', kind: 'Environment', display_name: `env ${i}` });
      expect(r.body.id).toMatch(/^env-[a-z0-9]+$/);
      expect(r.body.metadata.self).toBe(`http://api.test/org/v2/environments/${r.body.id}`);
      created.push(r.body.id);
    }
    const seen: string[] = [];
    let url: string | undefined = '/org/v2/environments?page_size=2';
    let pages = 0;
    while (url) {
      const page: { status: number; body: any } = await api.get(url, t.asKey);
      expect(page.status).toBe(200);
      expect(page.body.kind).toBe('EnvironmentList');
      expect(page.body.metadata.total_size).toBe(6);
      expect(page.body.data.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.data.map((e: { id: string }) => e.id));
      url = page.body.metadata.next?.replace('http://api.test', '');
      pages++;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual([t.defaultEnvironmentId, ...created]);

    const patched = await api.patch(`/org/v2/environments/${created[0]}`, { display_name: 'renamed' }, t.asKey);
    expect(patched.status).toBe(200);
    expect(patched.body.display_name).toBe('renamed');
    expect((await api.get(`/org/v2/environments/${created[0]}`, t.asKey)).body.display_name).toBe('renamed');

    expect((await api.delete(`/org/v2/environments/${created[0]}`, t.asKey)).status).toBe(204);
    expect((await api.get(`/org/v2/environments/${created[0]}`, t.asKey)).status).toBe(404);
  });

  it('creates, filters, patches and deletes service accounts; names are unique per organization', async () => {
    const sa = await api.post('/iam/v2/service-accounts', { display_name: 'ingest', description: 'pipeline' }, t.asKey);
    expect(sa.status).toBe(201);
    expect(sa.body.id).toMatch(/^sa-/);
    expect((await api.post('/iam/v2/service-accounts', { display_name: 'ingest' }, t.asKey)).status).toBe(409);
    await api.post('/iam/v2/service-accounts', { display_name: 'billing' }, t.asKey);
    const filtered = await api.get('/iam/v2/service-accounts?display_name=ingest', t.asKey);
    expect(filtered.body.data.map((s: { id: string }) => s.id)).toEqual([sa.body.id]);
    const patched = await api.patch(`/iam/v2/service-accounts/${sa.body.id}`, { description: 'streaming pipeline' }, t.asKey);
    expect(patched.body).toMatchObject({ display_name: 'ingest', description: 'streaming pipeline' });
    expect((await api.delete(`/iam/v2/service-accounts/${sa.body.id}`, t.asKey)).status).toBe(204);
    expect((await api.get(`/iam/v2/service-accounts/${sa.body.id}`, t.asKey)).status).toBe(404);
  });

  it('gives a service account its own key, shows the secret once, and deleting the owner removes its keys', async () => {
    const sa = (await api.post('/iam/v2/service-accounts', { display_name: 'robot' }, t.asKey)).body;
    const key = await api.post('/iam/v2/api-keys', { spec: { display_name: 'robot key', owner: { id: sa.id, related: '', resource_name: '' }, resource: { id: 'cloud' } } }, t.asKey);
    expect(key.status).toBe(202);
    expect(key.body.id).toMatch(/^[A-Z0-9]{16}$/);
    expect(key.body.spec.secret).toBeTruthy();
    expect(key.body.spec.owner).toMatchObject({ id: sa.id, kind: 'ServiceAccount' });
    const robot = { key: { id: key.body.id, secret: key.body.spec.secret } };
    expect((await api.get('/org/v2/environments', robot)).status).toBe(200);
    const read = await api.get(`/iam/v2/api-keys/${key.body.id}`, t.asKey);
    expect(read.body.spec.secret).toBeUndefined();
    const list = await api.get(`/iam/v2/api-keys?spec.owner=${sa.id}`, t.asKey);
    expect(list.body.data.map((k: { id: string }) => k.id)).toEqual([key.body.id]);
    expect(JSON.stringify(list.body)).not.toContain(key.body.spec.secret);
    await api.delete(`/iam/v2/service-accounts/${sa.id}`, t.asKey);
    expect((await api.get('/org/v2/environments', robot)).status).toBe(401);
  });

  it('a deleted key gets 401 at once; a wrong secret gets 401', async () => {
    const k = await api.post('/iam/v2/api-keys', { spec: { display_name: 'short-lived' } }, t.asKey);
    const creds = { key: { id: k.body.id, secret: k.body.spec.secret } };
    expect((await api.get('/org/v2/environments', creds)).status).toBe(200);
    expect((await api.get('/org/v2/environments', { key: { id: k.body.id, secret: 'wrong' } })).status).toBe(401);
    expect((await api.delete(`/iam/v2/api-keys/${k.body.id}`, t.asKey)).status).toBe(204);
    const after = await api.get('/org/v2/environments', creds);
    expect(after.status).toBe(401);
    expect(after.body.errors[0]).toMatchObject({ status: '401', code: 'unauthorized' });
  });

  it('lists users of the organization and lets the user rename themselves', async () => {
    const users = await api.get('/iam/v2/users', t.asKey);
    expect(users.body.data).toHaveLength(1);
    expect(users.body.data[0]).toMatchObject({ id: t.userId, email: t.email, auth_type: 'AUTH_TYPE_LOCAL' });
    const r = await api.patch(`/iam/v2/users/${t.userId}`, { full_name: 'New Name' }, t.asKey);
    expect(r.status).toBe(200);
    expect(r.body.full_name).toBe('New Name');
    // The last admin cannot demote themselves.
    expect((await api.patch(`/iam/v2/users/${t.userId}`, { role: 'Viewer' }, t.asKey)).status).toBe(409);
  });

  it('writes an audit event for every create, update and delete', async () => {
    const env = (await api.post('/org/v2/environments', { display_name: 'audited' }, t.asKey)).body;
    await api.patch(`/org/v2/environments/${env.id}`, { display_name: 'audited 2' }, t.asKey);
    await api.delete(`/org/v2/environments/${env.id}`, t.asKey);
    const events = await api.get(`/api/audit-events?resource_id=${env.id}`, t.asKey);
    expect(events.body.data.map((e: { action: string }) => e.action)).toEqual(['environment.create', 'environment.update', 'environment.delete']);
    expect(events.body.data[0].actor).toEqual({ kind: 'User', id: t.userId });
    expect(events.body.data[0].request_id).toBeTruthy();
  });

  it('serves /healthz, /readyz and an OpenAPI document with every path', async () => {
    expect((await api.get('/healthz')).body).toEqual({ status: 'ok' });
    const ready = await api.get('/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body.checks).toEqual({ postgres: 'ok', redis: 'ok' });
    const spec = await api.get('/openapi.json');
    expect(spec.status).toBe(200);
    for (const path of ['/org/v2/environments', '/org/v2/environments/{id}', '/iam/v2/service-accounts', '/iam/v2/users/{id}', '/iam/v2/api-keys', '/api/auth/signup']) {
      expect(Object.keys(spec.body.paths)).toContain(path);
    }
    expect(spec.body.paths['/org/v2/environments'].post.requestBody).toBeTruthy();
    expect(spec.body.paths['/org/v2/environments'].post.responses['422']).toBeTruthy();
    const docs = await api.get('/docs');
    expect(docs.text).toContain('Tributary API reference');
  });
});

describe('concurrent writes answer 2xx or 409 as the rules say, never 5xx', () => {
  it('twelve creates of one service account name: one 201, eleven 409 naming display_name', async () => {
    const c = await signUpTenant(api, 'Race');
    const results = await Promise.all(Array.from({ length: 12 }, () => api.post('/iam/v2/service-accounts', { display_name: 'race' }, c.asKey)));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([201, ...Array(11).fill(409)]);
    for (const r of results.filter((x) => x.status === 409)) expect(r.body.errors[0].detail).toBe("display_name 'race' is already used by another service account in this organization: choose another display_name");
    const distinct = await Promise.all(Array.from({ length: 12 }, (_, i) => api.post('/iam/v2/service-accounts', { display_name: `race ${i}` }, c.asKey)));
    expect(distinct.map((r) => r.status)).toEqual(Array(12).fill(201));
    expect((await api.get('/iam/v2/service-accounts?page_size=100', c.asKey)).body.metadata.total_size).toBe(13);
  });

  it('two admins demoting each other at once: the organization keeps an OrganizationAdmin', async () => {
    const c = await signUpTenant(api, 'Admins');
    const inv = await api.post('/api/invitations', { email: uniqueEmail('second'), role: 'OrganizationAdmin' }, c.asSession);
    const accepted = await api.post('/api/auth/accept-invitation', { token: inv.body.accept_url.split('/invite/')[1], full_name: 'Second Admin', password: 'a long password' });
    expect(accepted.status).toBe(200);
    const second = { session: { cookie: sessionCookie(accepted.headers['set-cookie']), csrf: accepted.body.csrf_token as string } };
    for (let round = 0; round < 3; round++) {
      const [a, b] = await Promise.all([
        api.patch(`/iam/v2/users/${accepted.body.user.id}`, { role: 'Viewer' }, c.asSession),
        api.patch(`/iam/v2/users/${c.userId}`, { role: 'Viewer' }, second),
      ]);
      for (const r of [a, b]) expect([200, 403, 409]).toContain(r.status);
      const admins = (await api.get('/iam/v2/users', c.asKey)).body.data.filter((u: { role: string }) => u.role === 'OrganizationAdmin');
      expect(admins.length).toBe(1);
      // Restore both admins for the next round, from whichever is still one.
      const remaining = admins[0].id === c.userId ? c.asSession : second;
      const demoted = admins[0].id === c.userId ? accepted.body.user.id : c.userId;
      expect((await api.patch(`/iam/v2/users/${demoted}`, { role: 'OrganizationAdmin' }, remaining)).status).toBe(200);
    }
  });
});
