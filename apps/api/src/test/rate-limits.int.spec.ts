import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { signUpTenant, type ApiClient, type TestTenant } from '@tributary/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadApiConfig } from '../api.config';
import { startTestApi } from './start-test-api';

/**
 * Per-key request limits (one key cannot starve the others; the count is shared by every api
 * process through Redis) and the client address behind the console's proxy (limits per real
 * client, an address the client made up changes nothing).
 */
const LIMIT = 30;
const LIMITS = { TRIBUTARY_API_RATE_LIMIT: String(LIMIT), TRIBUTARY_API_RATE_LIMIT_WINDOW_SECONDS: '600', TRIBUTARY_LOGIN_LIMIT_PER_IP: '4', TRIBUTARY_TRUST_PROXY: '1' };

let app: NestFastifyApplication;
let api: ApiClient;
let close: () => Promise<void>;
let a: TestTenant;
let b: TestTenant;

beforeAll(async () => {
  ({ app, api, close } = await startTestApi(LIMITS));
  a = await signUpTenant(api, 'LimitedA');
  b = await signUpTenant(api, 'LimitedB');
});
afterAll(() => close());

describe('per-key request limits', () => {
  // A second api on the same database and Redis (another process in production): the count is the same there.
  let other: { api: ApiClient; close: () => Promise<void> };
  beforeAll(async () => {
    other = await startTestApi(LIMITS);
  });
  afterAll(() => other.close());

  it('answers 429 with Retry-After and the envelope once a key has used its window, on every api process, while another key is still served', async () => {
    // Someone who knows A's key id but not its secret fills a bucket of their own, not A's.
    const forged = { id: a.cloudKey.id, secret: 'not-the-secret-of-this-key' };
    for (let i = 0; i < LIMIT + 5; i++) expect([401, 429]).toContain((await api.get('/org/v2/environments', { key: forged })).status);

    const statuses: number[] = [];
    for (let i = 0; i < LIMIT; i++) {
      const res = await (i % 2 === 0 ? api.get('/org/v2/environments', a.asKey) : other.api.get('/org/v2/environments', a.asKey));
      statuses.push(res.status);
    }
    expect(statuses.every((s) => s === 200)).toBe(true);

    for (const refused of [await api.get('/org/v2/environments', a.asKey), await api.post('/iam/v2/service-accounts', { display_name: 'never-written', description: '' }, a.asKey)]) {
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers['retry-after']);
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(600);
      expect(refused.body.errors[0]).toMatchObject({ status: '429', code: 'rate_limited' });
      expect(refused.body.errors[0].detail).toMatch(/API key/);
    }
    const fromOther = await other.api.get('/org/v2/environments', a.asKey);
    expect(fromOther.status).toBe(429);
    expect(fromOther.headers['retry-after']).toMatch(/^\d+$/);
    expect(fromOther.body.errors[0].code).toBe('rate_limited');

    // Nothing was written by the refused request.
    expect((await api.get('/iam/v2/service-accounts?page_size=100', a.asSession)).body.data.map((s: { display_name: string }) => s.display_name)).not.toContain('never-written');

    // Another key, and A's own console session, are still served.
    expect((await api.get('/org/v2/environments', b.asKey)).status).toBe(200);
    expect((await other.api.get('/org/v2/environments', b.asKey)).status).toBe(200);
    expect((await api.get('/org/v2/environments', a.asSession)).status).toBe(200);
    // Probes are never limited.
    expect((await api.get('/healthz')).status).toBe(200);
  });

  it('counts kafka/v3 requests per cluster key and answers them in the kafka/v3 error shape', async () => {
    const key = { id: 'not-a-real-cluster-key', secret: 'whatever-secret' };
    let last = 0;
    for (let i = 0; i <= LIMIT; i++) last = (await api.get('/kafka/v3/clusters/lkc-nosuch/topics', { key })).status;
    expect(last).toBe(429);
    const refused = await api.get('/kafka/v3/clusters/lkc-nosuch/topics', { key });
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toMatch(/^\d+$/);
    expect(refused.body).toMatchObject({ error_code: 42900 });
  });
});

describe('the client address behind a proxy', () => {
  /** A login as the console's proxy sends it: from the console's address, X-Forwarded-For the browser's. */
  const loginVia = (forwardedFor: string, email: string, password: string) =>
    app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '127.0.0.1', headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor }, payload: JSON.stringify({ email, password }) }).then((r) => r.statusCode);

  it('limits logins per real client: one client using up its attempts leaves the next one alone', async () => {
    const t = await signUpTenant(api, 'Clients');
    for (let i = 0; i < 4; i++) expect(await loginVia('198.51.100.11', t.email, 'wrong password')).toBe(401);
    expect(await loginVia('198.51.100.11', t.email, t.password)).toBe(429);
    // A second browser behind the same console is another client.
    expect(await loginVia('198.51.100.12', t.email, 'wrong password')).toBe(401);
    expect(await loginVia('198.51.100.12', t.email, t.password)).toBe(200);
  });

  it('believes only the trusted hop: addresses a client put in front of it change nothing', async () => {
    const t = await signUpTenant(api, 'Spoofer');
    for (let i = 0; i < 4; i++) expect(await loginVia(`10.0.0.${i}, 198.51.100.21`, t.email, 'wrong password')).toBe(401);
    expect(await loginVia('10.0.0.99, 198.51.100.21', t.email, t.password)).toBe(429);
    expect(await loginVia('198.51.100.21', t.email, t.password)).toBe(429);

    // The address recorded for the session is the trusted hop's, not the made-up one.
    const ok = await app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: '127.0.0.1', headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.250, 198.51.100.22' }, payload: JSON.stringify({ email: t.email, password: t.password }) });
    expect(ok.statusCode).toBe(200);
    const events = await api.get('/api/audit-events?page_size=100', t.asSession);
    const logins = events.body.data.filter((e: { action: string }) => e.action === 'session.login').map((e: { ip: string }) => e.ip);
    expect(logins).toContain('198.51.100.22');
    expect(JSON.stringify(events.body)).not.toContain('203.0.113.250');
  });

  it('is configured as a hop count; "true" (believe any header) is refused', () => {
    expect(() => loadApiConfig({ TRIBUTARY_TRUST_PROXY: 'true' })).toThrow(/TRIBUTARY_TRUST_PROXY/);
    expect(loadApiConfig({ TRIBUTARY_TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(loadApiConfig({ TRIBUTARY_TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    const two = loadApiConfig({ TRIBUTARY_TRUST_PROXY: '2' }).trustProxy as (address: string, hop: number) => boolean;
    expect([0, 1, 2].map((hop) => two('127.0.0.1', hop))).toEqual([true, true, false]);
    expect(loadApiConfig({}).trustProxyHops).toBe(1);
    expect(loadApiConfig({}).rateLimit).toEqual({ limit: 10_000, windowSeconds: 60 });
  });
});
