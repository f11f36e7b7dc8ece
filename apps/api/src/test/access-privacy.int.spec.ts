import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { REPO_ROOT, sessionCookie, signUpTenant, TEST_ENV, uniqueEmail, waitFor, type ApiClient, type Credentials, type TestTenant } from '@tributary/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from './start-test-api';

/**
 * What people can learn about, or do to, each other: nobody locks another person out by guessing
 * their password, invitation tokens stay out of the request log, and Viewers read neither pending
 * invitations nor where members signed in from.
 */
let app: NestFastifyApplication;
let api: ApiClient;
let close: () => Promise<void>;
let admin: TestTenant;

const tokenOf = (url: string) => url.split('/invite/')[1]!;

/** A login from a given client address (what `req.ip` is behind no proxy). */
async function loginFrom(ip: string, email: string, password: string): Promise<number> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: ip, headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ email, password }) });
  return res.statusCode;
}

beforeAll(async () => {
  ({ app, api, close } = await startTestApi());
  admin = await signUpTenant(api, 'Privacy');
});
afterAll(() => close());

describe('failed-login lockout', () => {
  it("counts only wrong passwords, per address: someone guessing locks out only themselves, never the account's owner", async () => {
    const victim = await signUpTenant(api, 'Victim');
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push(await loginFrom('203.0.113.7', victim.email, `guess number ${i}`));
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    // The guesser is locked out even with the right password…
    expect(await loginFrom('203.0.113.7', victim.email, victim.password)).toBe(429);
    // …the owner, signing in from their own address, is not.
    expect(await loginFrom('198.51.100.20', victim.email, victim.password)).toBe(200);
  });

  it('never counts a right password, and a right password clears the wrong ones before it', async () => {
    const t = await signUpTenant(api, 'Often');
    for (let i = 0; i < 15; i++) expect(await loginFrom('192.0.2.1', t.email, t.password)).toBe(200);
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 9; i++) expect(await loginFrom('192.0.2.1', t.email, 'typo in it')).toBe(401);
      expect(await loginFrom('192.0.2.1', t.email, t.password)).toBe(200);
    }
  });
});

describe('Viewers', () => {
  let viewer: Credentials;
  beforeAll(async () => {
    const inv = await api.post('/api/invitations', { email: uniqueEmail('viewer'), role: 'Viewer' }, admin.asSession);
    const accepted = await api.post('/api/auth/accept-invitation', { token: tokenOf(inv.body.accept_url), full_name: 'Vic Viewer', password: 'a long password' });
    expect(accepted.status).toBe(200);
    viewer = { session: { cookie: sessionCookie(accepted.headers['set-cookie']), csrf: accepted.body.csrf_token } };
    await api.post('/api/invitations', { email: uniqueEmail('pending'), role: 'Operator' }, admin.asSession);
  });

  it('do not read pending invitations (admins do)', async () => {
    const denied = await api.get('/api/invitations', viewer);
    expect(denied.status).toBe(403);
    expect(denied.text).not.toContain('pending-');
    const listed = await api.get('/api/invitations', admin.asSession);
    expect(listed.status).toBe(200);
    expect(listed.body.data.length).toBeGreaterThan(0);
  });

  it("read the audit log without members' IP addresses (admins see them)", async () => {
    const forAdmin = await api.get('/api/audit-events?page_size=100', admin.asSession);
    expect(forAdmin.status).toBe(200);
    expect(forAdmin.body.data.some((e: { ip: string }) => e.ip !== '')).toBe(true);
    const forViewer = await api.get('/api/audit-events?page_size=100', viewer);
    expect(forViewer.status).toBe(200);
    expect(forViewer.body.data.map((e: { id: string }) => e.id)).toEqual(forAdmin.body.data.map((e: { id: string }) => e.id));
    expect(forViewer.body.data.every((e: { ip: string }) => e.ip === '')).toBe(true);
  });
});

describe('invitation tokens and the request log', () => {
  let child: ChildProcess | undefined;
  let url: string;
  let output = '';

  beforeAll(async () => {
    const port = await new Promise<number>((resolve, reject) => {
      const srv = createServer();
      srv.once('error', reject);
      srv.listen(0, '127.0.0.1', () => {
        const { port: p } = srv.address() as { port: number };
        srv.close(() => resolve(p));
      });
    });
    url = `http://127.0.0.1:${port}`;
    // A real api process at info level: its request log is what operators ship to their log store.
    child = spawn(join(REPO_ROOT, 'node_modules/.bin/node'), [join(REPO_ROOT, 'dist/apps/api/src/main.js')], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...TEST_ENV, TRIBUTARY_API_PORT: String(port), TRIBUTARY_LOG_LEVEL: 'info', TRIBUTARY_LOG_PRETTY: 'false' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    await waitFor(async () => ((await fetch(`${url}/readyz`).then((r) => r.ok, () => false)) ? true : undefined), { timeoutMs: 60_000, intervalMs: 200, describe: () => output.slice(-2000) });
  });
  afterAll(() => {
    child?.kill('SIGKILL');
  });

  it('never appear in it, whichever way the invitation is previewed and accepted', async () => {
    const inv = await api.post('/api/invitations', { email: uniqueEmail('logged'), role: 'Viewer' }, admin.asSession);
    const token = tokenOf(inv.body.accept_url);
    const post = (path: string, body: unknown) => fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

    expect((await fetch(`${url}/api/invitations/preview/${token}`)).status).toBe(200);
    expect((await post('/api/invitations/preview', { token })).status).toBe(200);
    expect((await fetch(`${url}/api/invitations/preview/${token}x-not-valid`)).status).toBe(404);
    expect((await post('/api/auth/accept-invitation', { token, full_name: 'Logged Person', password: 'a long password' })).status).toBe(200);

    // Every one of the four requests has its line in the log (written once the response is sent).
    const lines = () => output.split('\n').filter((l) => l.includes('"msg":"request"') && l.includes('invitation'));
    await waitFor(async () => (lines().length >= 4 ? true : undefined), { timeoutMs: 10_000, intervalMs: 100, describe: () => output.slice(-3000) });
    expect(lines().filter((l) => l.includes('/api/invitations/preview/[redacted]'))).toHaveLength(2);
    expect(output).not.toContain(token);
    expect(output).not.toContain(token.slice(0, 16));
  });
});
