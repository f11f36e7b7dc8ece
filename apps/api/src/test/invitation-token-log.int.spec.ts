import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { REPO_ROOT, signUpTenant, TEST_ENV, uniqueEmail, waitFor, type TestTenant } from '@tributary/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from './start-test-api';

/**
 * Invitation tokens stay out of a real api process's request log also when the route never runs:
 * a method the path does not take, a doubled slash, a request refused by the rate limit.
 */
let close: () => Promise<void>;
let admin: TestTenant;
let child: ChildProcess | undefined;
let url = '';
let output = '';
let token = '';
const LIMIT = 5;

beforeAll(async () => {
  const started = await startTestApi();
  close = started.close;
  const api = started.api;
  admin = await signUpTenant(api, 'TokenLog');
  const inv = await api.post('/api/invitations', { email: uniqueEmail('logged'), role: 'Viewer' }, admin.asSession);
  expect(inv.status).toBe(201);
  token = String(inv.body.accept_url).split('/invite/')[1]!;
  const port = await new Promise<number>((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port: p } = srv.address() as { port: number };
      srv.close(() => resolve(p));
    });
  });
  url = `http://127.0.0.1:${port}`;
  child = spawn(join(REPO_ROOT, 'node_modules/.bin/node'), [join(REPO_ROOT, 'dist/apps/api/src/main.js')], {
    cwd: REPO_ROOT,
    // The limit keyed by this client's address (no key, no session), small enough to reach.
    env: { ...process.env, ...TEST_ENV, TRIBUTARY_API_PORT: String(port), TRIBUTARY_LOG_LEVEL: 'info', TRIBUTARY_LOG_PRETTY: 'false', TRIBUTARY_API_RATE_LIMIT: String(LIMIT), TRIBUTARY_API_RATE_LIMIT_WINDOW_SECONDS: '600', TRIBUTARY_TRUST_PROXY: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  await waitFor(async () => ((await fetch(`${url}/readyz`).then((r) => r.ok, () => false)) ? true : undefined), { timeoutMs: 60_000, intervalMs: 200, describe: () => output.slice(-2000) });
});
afterAll(async () => {
  child?.kill('SIGKILL');
  await close();
});

describe('invitation tokens and the request log', () => {
  it('never appear in it, whoever answered the request', async () => {
    // Each from its own client address, so the limit below is reached only where it is meant to be.
    const from = (ip: string) => ({ 'x-forwarded-for': ip });
    const statuses = [
      (await fetch(`${url}/api/invitations/preview/${token}`, { method: 'DELETE', headers: from('198.51.100.31') })).status,
      (await fetch(`${url}//api/invitations/preview/${token}`, { headers: from('198.51.100.32') })).status,
      (await fetch(`${url}/api/invitations/preview/${token}?again=1`, { headers: from('198.51.100.33') })).status,
    ];
    expect(statuses.every((s) => s >= 200 && s < 500)).toBe(true);
    // One client past its limit: the 429 is written by the limiter, before any route.
    const limited: number[] = [];
    for (let i = 0; i <= LIMIT; i++) limited.push((await fetch(`${url}/api/invitations/preview/${token}`, { headers: from('198.51.100.34') })).status);
    expect(limited.at(-1)).toBe(429);

    const lines = () => output.split('\n').filter((l) => l.includes('"msg":"request"') && l.toLowerCase().includes('preview'));
    await waitFor(async () => (lines().length >= 3 + LIMIT + 1 ? true : undefined), { timeoutMs: 15_000, intervalMs: 100, describe: () => output.slice(-3000) });
    expect(lines().some((l) => l.includes('"status":429'))).toBe(true);
    expect(output).not.toContain(token);
    expect(output).not.toContain(token.slice(0, 16));
  });
});
