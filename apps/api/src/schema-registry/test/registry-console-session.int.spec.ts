import { sessionCookie, signUpTenant, uniqueEmail, type ApiClient, type Credentials, type TestTenant } from '@tributary/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from '../../test/start-test-api';
import { registryOf, registryPath, type RegistryJson } from './registry-test-helpers';

/**
 * The console reaches its organization's registries with the session cookie (through its same-origin
 * proxy), under the same rules as the rest of the API: CSRF header on writes, another organization's
 * registry does not exist, Viewers read.
 */
let api: ApiClient;
let close: () => Promise<void>;
let t: TestTenant;
let registry: RegistryJson;

const schema = (fields: object[]) => JSON.stringify({ type: 'record', name: 'Order', namespace: 'shop', fields });
const v1 = schema([{ name: 'id', type: 'long' }]);
const v2 = schema([{ name: 'id', type: 'long' }, { name: 'note', type: ['null', 'string'], default: null }]);

function sr(method: string, path: string, as: Credentials, body?: unknown, headers: Record<string, string> = {}) {
  return api.request(method, registryPath(registry, path), { as, headers, ...(body === undefined ? {} : { body }) });
}

/** A Viewer of `t`'s organization, signed in. */
async function viewerSession(): Promise<Credentials> {
  const inv = await api.post('/api/invitations', { email: uniqueEmail('viewer'), role: 'Viewer' }, t.asSession);
  expect(inv.status).toBe(201);
  const accepted = await api.post('/api/auth/accept-invitation', { token: String(inv.body.accept_url).split('/invite/')[1], full_name: 'Vi Viewer', password: 'a long password' });
  expect(accepted.status).toBe(200);
  return { session: { cookie: sessionCookie(accepted.headers['set-cookie']), csrf: accepted.body.csrf_token as string } };
}

beforeAll(async () => {
  ({ api, close } = await startTestApi());
  t = await signUpTenant(api, 'Console');
  registry = await registryOf(api, t);
});
afterAll(async () => close());

describe('registry REST API with a console session', () => {
  it('reads and registers', async () => {
    const empty = await sr('GET', '/subjects', t.asSession);
    expect(empty.status).toBe(200);
    expect(empty.body).toEqual([]);
    const reg = await sr('POST', '/subjects/orders-value/versions', t.asSession, { schema: v1 });
    expect(reg.status).toBe(200);
    expect(reg.body).toEqual({ id: expect.any(Number) });
    const check = await sr('POST', '/compatibility/subjects/orders-value/versions/latest?verbose=true', t.asSession, { schema: v2 });
    expect(check.status).toBe(200);
    expect(check.body).toMatchObject({ is_compatible: true });
    const latest = await sr('GET', '/subjects/orders-value/versions/latest', t.asSession);
    expect(latest.body).toMatchObject({ subject: 'orders-value', version: 1, id: reg.body.id, schema: v1 });
    const set = await sr('PUT', '/config/orders-value', t.asSession, { compatibility: 'FULL' });
    expect(set.status).toBe(200);
    expect((await sr('GET', '/config/orders-value', t.asSession)).body).toMatchObject({ compatibilityLevel: 'FULL' });
  });

  it('refuses a write without the CSRF header, and stores nothing', async () => {
    const noCsrf = { session: { ...t.session, csrf: '' } };
    const res = await api.request('POST', registryPath(registry, '/subjects/refused-value/versions'), { headers: { cookie: t.session.cookie, 'content-type': 'application/json' }, rawBody: JSON.stringify({ schema: v1 }) });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ error_code: 403, message: expect.stringContaining('x-csrf-token') });
    const wrong = await sr('PUT', '/config', noCsrf, { compatibility: 'NONE' }, { 'x-csrf-token': 'not-the-token' });
    expect(wrong.status).toBe(403);
    expect((await sr('GET', '/subjects', t.asSession)).body).toEqual(['orders-value']);
    expect((await sr('GET', '/config', t.asSession)).body).toMatchObject({ compatibilityLevel: 'BACKWARD' });
  });

  it('does not show another organization’s registry: 404, for reads and writes', async () => {
    const stranger = await signUpTenant(api, 'Stranger');
    const read = await sr('GET', '/subjects', stranger.asSession);
    expect(read.status).toBe(404);
    expect(read.body).toEqual({ error_code: 404, message: `Schema Registry '${registry.id}' was not found` });
    expect((await sr('POST', '/subjects/orders-value/versions', stranger.asSession, { schema: v2 })).status).toBe(404);
    expect((await sr('GET', '/subjects/orders-value/versions', t.asSession)).body).toEqual([1]);
    // An id that is not a registry's at all gets the same answer.
    const bogus = await api.request('GET', '/schema-registry/lsrc-doesnotexist/subjects', { as: t.asSession });
    expect(bogus.status).toBe(404);
  });

  it('lets a Viewer read (compatibility checks and lookups included) but not write', async () => {
    const viewer = await viewerSession();
    const read = await sr('GET', '/subjects/orders-value/versions/1', viewer);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ subject: 'orders-value', version: 1 });
    // A compatibility check and a lookup change nothing: reads.
    const check = await sr('POST', '/compatibility/subjects/orders-value/versions/latest?verbose=true', viewer, { schema: v2 });
    expect(check.status).toBe(200);
    expect(check.body).toMatchObject({ is_compatible: true, messages: [] });
    const lookup = await sr('POST', '/subjects/orders-value', viewer, { schema: v1 });
    expect(lookup.status).toBe(200);
    expect(lookup.body).toMatchObject({ subject: 'orders-value', version: 1 });
    const write = await sr('POST', '/subjects/orders-value/versions', viewer, { schema: v2 });
    expect(write.status).toBe(403);
    expect(write.body).toMatchObject({ error_code: 403, message: expect.stringContaining('Viewer') });
    expect((await sr('PUT', '/config/orders-value', viewer, { compatibility: 'NONE' })).status).toBe(403);
    expect((await sr('GET', '/subjects/orders-value/versions', t.asSession)).body).toEqual([1]);
    expect((await sr('GET', '/config/orders-value', t.asSession)).body).toMatchObject({ compatibilityLevel: 'FULL' });
  });

  it('still refuses a request with no credentials at all', async () => {
    const none = await api.get(registryPath(registry, '/subjects'));
    expect(none.status).toBe(401);
    expect(none.body).toEqual({ error_code: 401, message: 'Unauthorized' });
  });
});
