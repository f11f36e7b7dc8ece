import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueEmail, type ApiClient } from '@tributary/testing';
import { startTestApi } from './start-test-api';

const cookies = (h: string | string[] | undefined) => (Array.isArray(h) ? h : h ? [h] : []);

async function signUp(api: ApiClient) {
  const res = await api.post('/api/auth/signup', { email: uniqueEmail('headers'), password: 'a long enough pass', full_name: 'Hedy', organization_name: 'Headers' });
  expect(res.status).toBe(201);
  return { res, setCookie: cookies(res.headers['set-cookie']) };
}

describe('security headers and the session cookie over plain http (npm start)', () => {
  let api: ApiClient;
  let close: () => Promise<void>;
  beforeAll(async () => ({ api, close } = await startTestApi({ TRIBUTARY_CONSOLE_URL: 'http://localhost:3000', TRIBUTARY_PUBLIC_API_URL: 'http://localhost:8080' })));
  afterAll(() => close());

  it('answers JSON with a tight policy, nosniff, no framing, no referrer, and no HSTS', async () => {
    for (const res of [await api.get('/org/v2/environments'), await api.get('/no/such/route'), await api.get('/openapi.json')]) {
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('still serves /docs and its assets, under a policy that lets Swagger UI run from the API itself', async () => {
    const page = await api.get('/docs');
    expect(page.status).toBe(200);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    // Every script the page loads is a file of ours, none inline (the policy would block it).
    expect(page.text).not.toMatch(/<script>(?!<\/script>)/);
    for (const src of [...page.text.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]!)) expect((await api.get(src)).status).toBe(200);
    expect((await api.get('/openapi.json')).status).toBe(200);
  });

  it('sets tributary_session, HttpOnly and SameSite=Lax, without Secure', async () => {
    const { setCookie } = await signUp(api);
    const session = setCookie.find((c) => c.startsWith('tributary_session='))!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(session).not.toMatch(/;\s*Secure/i);
    expect(setCookie.some((c) => c.startsWith('__Host-'))).toBe(false);
  });
});

describe('when the console is served over HTTPS (TRIBUTARY_CONSOLE_URL=https://…)', () => {
  let api: ApiClient;
  let close: () => Promise<void>;
  beforeAll(async () => ({ api, close } = await startTestApi({ TRIBUTARY_CONSOLE_URL: 'https://console.example.com', TRIBUTARY_PUBLIC_API_URL: 'https://api.example.com' })));
  afterAll(() => close());

  it('sends HSTS', async () => {
    expect(String((await api.get('/org/v2/environments')).headers['strict-transport-security'])).toMatch(/max-age=31536000/);
  });

  it('sets __Host-tributary_session: Secure, HttpOnly, Path=/, no Domain; only that name opens the session; logout clears it', async () => {
    const { res, setCookie } = await signUp(api);
    const session = setCookie.find((c) => c.startsWith('__Host-tributary_session='))!;
    expect(session).toBeDefined();
    expect(session).toMatch(/;\s*Secure/i);
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/Path=\//);
    expect(session).not.toMatch(/Domain=/i);
    expect(setCookie.some((c) => c.startsWith('tributary_session='))).toBe(false);
    const pair = session.split(';')[0]!;
    const token = pair.slice(pair.indexOf('=') + 1);
    const csrf = res.body.csrf_token as string;
    expect((await api.get('/api/auth/me', { session: { cookie: pair, csrf } })).status).toBe(200);
    // The same token under the unprefixed name (what a plain-http page or a sibling domain could plant) is no session.
    expect((await api.get('/api/auth/me', { session: { cookie: `tributary_session=${token}`, csrf } })).status).toBe(401);
    const out = await api.request('POST', '/api/auth/logout', { as: { session: { cookie: pair, csrf } } });
    expect(out.status).toBe(204);
    const cleared = cookies(out.headers['set-cookie']).find((c) => c.startsWith('__Host-tributary_session='))!;
    expect(cleared).toMatch(/;\s*Secure/i);
    expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970|Max-Age=0/i);
  });
});
