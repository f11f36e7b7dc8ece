import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCookie, signUpTenant, uniqueEmail, type ApiClient } from '@tributary/testing';
import { startTestApi } from './start-test-api';

let api: ApiClient;
let close: () => Promise<void>;
beforeAll(async () => ({ api, close } = await startTestApi()));
afterAll(() => close());

describe('console sign-up, login and sessions (real Postgres and Redis)', () => {
  it('signs up an organization with a default environment and the user as admin, signed in', async () => {
    const email = uniqueEmail();
    const res = await api.post('/api/auth/signup', { email, password: 'a long enough pass', full_name: 'Ada Lovelace', organization_name: 'Analytical' });
    expect(res.status).toBe(201);
    expect(res.body.role).toBe('OrganizationAdmin');
    expect(res.body.organization.display_name).toBe('Analytical');
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const session = { cookie: sessionCookie(res.headers['set-cookie']), csrf: res.body.csrf_token };
    const me = await api.get('/api/auth/me', { session });
    expect(me.status).toBe(200);
    expect(me.body.user.email).toBe(email);
    const envs = await api.get('/org/v2/environments', { session });
    expect(envs.body.data.map((e: { display_name: string }) => e.display_name)).toEqual(['default']);
  });

  it('refuses a taken email with 409, case-insensitively', async () => {
    const t = await signUpTenant(api);
    const res = await api.post('/api/auth/signup', { email: t.email.toUpperCase(), password: 'another long one', full_name: 'X', organization_name: 'Y' });
    expect(res.status).toBe(409);
    expect(res.body.errors[0].source.pointer).toBe('/email');
  });

  it('logs in, and gives one generic error for a wrong password and for an unknown email', async () => {
    const t = await signUpTenant(api);
    const ok = await api.post('/api/auth/login', { email: t.email, password: t.password });
    expect(ok.status).toBe(200);
    expect(ok.body.user.id).toBe(t.userId);
    const wrong = await api.post('/api/auth/login', { email: t.email, password: 'not the password' });
    const unknown = await api.post('/api/auth/login', { email: uniqueEmail('nobody'), password: 'not the password' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.errors[0].detail).toBe(unknown.body.errors[0].detail);
  });

  it('rate-limits login attempts per account with 429 and Retry-After', async () => {
    const t = await signUpTenant(api);
    let last = 0;
    let retryAfter: unknown;
    for (let i = 0; i < 12; i++) {
      const r = await api.post('/api/auth/login', { email: t.email, password: 'wrong password!' });
      last = r.status;
      retryAfter = r.headers['retry-after'];
      if (last === 429) break;
    }
    expect(last).toBe(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    // Even the right password is refused while the account is locked out.
    expect((await api.post('/api/auth/login', { email: t.email, password: t.password })).status).toBe(429);
  });

  it('requires the CSRF header for cookie-authenticated writes, not for reads', async () => {
    const t = await signUpTenant(api);
    const noCsrf = await api.request('POST', '/org/v2/environments', { body: { display_name: 'x' }, headers: { cookie: t.session.cookie, 'x-csrf-token': '' } });
    expect(noCsrf.status).toBe(403);
    const wrongCsrf = await api.request('POST', '/org/v2/environments', { body: { display_name: 'x' }, headers: { cookie: t.session.cookie, 'x-csrf-token': 'forged' } });
    expect(wrongCsrf.status).toBe(403);
    expect((await api.get('/org/v2/environments', t.asSession)).status).toBe(200);
    const list = await api.get('/org/v2/environments', t.asSession);
    expect(list.body.data).toHaveLength(1);
  });

  it('revokes the session server-side on logout', async () => {
    const t = await signUpTenant(api);
    expect((await api.post('/api/auth/logout', {}, t.asSession)).status).toBe(204);
    const after = await api.get('/api/auth/me', t.asSession);
    expect(after.status).toBe(401);
  });

  it('does not accept an API key on console-only endpoints', async () => {
    const t = await signUpTenant(api);
    expect((await api.get('/api/auth/me', t.asKey)).status).toBe(401);
  });
});
