import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUpTenant, withTestDb, type ApiClient, type TestTenant } from '@tributary/testing';
import { startTestApi } from './start-test-api';

let api: ApiClient;
let close: () => Promise<void>;
let t: TestTenant;
beforeAll(async () => {
  ({ api, close } = await startTestApi({ TRIBUTARY_API_BODY_LIMIT_BYTES: '4096' }));
  t = await signUpTenant(api, 'Strict');
});
afterAll(() => close());

async function counts() {
  const [envs, sas, keys, audit] = await Promise.all(
    ['/org/v2/environments', '/iam/v2/service-accounts', '/iam/v2/api-keys', '/api/audit-events'].map((p) => api.get(`${p}?page_size=1`, t.asKey)),
  );
  return [envs!, sas!, keys!, audit!].map((r) => r.body.metadata.total_size as number);
}

function expectEnvelope(res: { status: number; body: any }, status: number) {
  expect(res.status).toBe(status);
  expect(res.body.errors.length).toBeGreaterThan(0);
  for (const e of res.body.errors) {
    expect(e).toMatchObject({ status: String(status) });
    expect(e.id).toBeTruthy();
    expect(e.detail).toBeTruthy();
  }
}

describe('bad input gets the right 4xx in the error envelope, and nothing is written', () => {
  it('rejects every kind of malformed or invalid body', async () => {
    const before = await counts();
    const send = (raw: string, contentType = 'application/json') =>
      api.request('POST', '/org/v2/environments', { as: t.asKey, rawBody: raw, headers: { 'content-type': contentType } });
    expectEnvelope(await send('{"display_name": '), 400);
    expectEnvelope(await send('[]'), 400);
    expectEnvelope(await send('"text"'), 400);
    expectEnvelope(await send('display_name=x', 'application/x-www-form-urlencoded'), 415);
    expectEnvelope(await send('display_name=x', 'text/plain'), 415);
    expectEnvelope(await send(JSON.stringify({ display_name: 'x'.repeat(5000) })), 413);
    const unknown = await send(JSON.stringify({ display_name: 'ok', colour: 'blue' }));
    expectEnvelope(unknown, 400);
    expect(unknown.body.errors[0].source.pointer).toBe('/colour');
    const wrongType = await send(JSON.stringify({ display_name: 42 }));
    expectEnvelope(wrongType, 422);
    expect(wrongType.body.errors[0].source.pointer).toBe('/display_name');
    const missing = await send('{}');
    expectEnvelope(missing, 422);
    expect(missing.body.errors[0].detail).toMatch(/required/);
    expectEnvelope(await send(JSON.stringify({ display_name: '   ' })), 422);
    expectEnvelope(await api.post('/iam/v2/service-accounts', { display_name: 'x', description: 7 }, t.asKey), 422);
    expectEnvelope(await api.post('/iam/v2/api-keys', { spec: { display_name: 'x', owner: { id: 'nobody' } } }, t.asKey), 422);
    expect(await counts()).toEqual(before);
  });

  it('rejects bad query parameters', async () => {
    for (const q of ['page_size=0', 'page_size=101', 'page_size=abc']) {
      const res = await api.get(`/org/v2/environments?${q}`, t.asKey);
      expectEnvelope(res, 422);
      expect(res.body.errors[0].source.parameter).toBe('page_size');
    }
    expectEnvelope(await api.get('/org/v2/environments?page_token=garbage', t.asKey), 400);
    expectEnvelope(await api.get('/org/v2/environments?sort=name', t.asKey), 400);
  });

  it('answers 404 for malformed or unknown ids and unknown routes', async () => {
    expectEnvelope(await api.get('/org/v2/environments/not-an-id', t.asKey), 404);
    expectEnvelope(await api.get('/org/v2/environments/env-zzzzzz', t.asKey), 404);
    expectEnvelope(await api.patch('/iam/v2/service-accounts/sa-zzzzzz', { description: 'x' }, t.asKey), 404);
    expectEnvelope(await api.delete('/iam/v2/api-keys/lowercase', t.asKey), 404);
    expectEnvelope(await api.get('/org/v2/nothing-here', t.asKey), 404);
    expectEnvelope(await api.get('/definitely/not/a/route'), 404);
  });

  it('answers 401 for missing or malformed credentials, with the envelope', async () => {
    expectEnvelope(await api.get('/org/v2/environments'), 401);
    expectEnvelope(await api.request('GET', '/org/v2/environments', { headers: { authorization: 'Bearer abc' } }), 401);
    expectEnvelope(await api.request('GET', '/org/v2/environments', { headers: { authorization: 'Basic !!!' } }), 401);
    expectEnvelope(await api.request('GET', '/org/v2/environments', { headers: { cookie: 'tributary_session=forged-session-token-value' } }), 401);
  });

  it('a Viewer can read but not write (403)', async () => {
    const sa = (await api.post('/iam/v2/service-accounts', { display_name: 'reader' }, t.asKey)).body;
    // Service accounts are created as Operators; demote this one directly to test the read-only role.
    const key = (await api.post('/iam/v2/api-keys', { spec: { display_name: 'ro', owner: { id: sa.id } } }, t.asKey)).body;
    await withTestDb((pg) => pg.query('update service_accounts set role = $1 where id = $2', ['Viewer', sa.id]));
    const viewer = { key: { id: key.id, secret: key.spec.secret } };
    expect((await api.get('/org/v2/environments', viewer)).status).toBe(200);
    expectEnvelope(await api.post('/org/v2/environments', { display_name: 'nope' }, viewer), 403);
  });
});

describe('requests without a body', () => {
  it('accept a Content-Type header with no body (many clients send it on every request)', async () => {
    const env = (await api.post('/org/v2/environments', { display_name: 'to delete' }, t.asKey)).body;
    const res = await api.request('DELETE', `/org/v2/environments/${env.id}`, { as: t.asKey, headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(204);
    expect((await api.request('GET', '/org/v2/environments', { as: t.asKey, headers: { 'content-type': 'application/json' } })).status).toBe(200);
  });
});
