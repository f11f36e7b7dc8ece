import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { LastUsedRecorder } from '@tributary/accounts';
import { REPO_ROOT, sessionCookie, signUpTenant, TEST_ENV, uniqueEmail, waitFor, withTestDb, type ApiClient, type TestTenant } from '@tributary/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from './start-test-api';

/**
 * Verified API keys are cached in each api process; a change made through one process (a key
 * deleted, an owner removed, a role changed) stops the key on the other at once, through Redis
 * pub/sub. The second process caches for ten minutes, so only the invalidation can explain it
 * stopping; the time it took is printed.
 */
let app: NestFastifyApplication;
let api: ApiClient;
let close: () => Promise<void>;
let admin: TestTenant;
let other: ChildProcess | undefined;
let otherUrl: string;
let otherOutput = '';

type Key = { id: string; secret: string };
const basic = (k: Key) => 'Basic ' + Buffer.from(`${k.id}:${k.secret}`).toString('base64');

/** A request to the second api process. */
async function viaOther(method: string, path: string, key: Key, body?: unknown): Promise<number> {
  const res = await fetch(`${otherUrl}${path}`, { method, headers: { authorization: basic(key), ...(body ? { 'content-type': 'application/json' } : {}) }, ...(body ? { body: JSON.stringify(body) } : {}) });
  return res.status;
}

/** Polls the second process until `probe` gives `expected`; returns how long that took. */
async function msUntil(expected: number, probe: () => Promise<number>): Promise<number> {
  const start = performance.now();
  await waitFor(async () => ((await probe()) === expected ? true : undefined), { timeoutMs: 10_000, intervalMs: 10, describe: () => otherOutput.slice(-2000) });
  return Math.round(performance.now() - start);
}

async function operatorWithKey(): Promise<{ userId: string; key: Key }> {
  const inv = await api.post('/api/invitations', { email: uniqueEmail('op'), role: 'Operator' }, admin.asSession);
  const accepted = await api.post('/api/auth/accept-invitation', { token: inv.body.accept_url.split('/invite/')[1], full_name: 'Op', password: 'a long password' });
  const session = { cookie: sessionCookie(accepted.headers['set-cookie']), csrf: accepted.body.csrf_token as string };
  const key = await api.post('/iam/v2/api-keys', { spec: { display_name: 'ci' } }, { session });
  expect(key.status).toBe(202);
  return { userId: accepted.body.user.id, key: { id: key.body.id, secret: key.body.spec.secret } };
}

beforeAll(async () => {
  ({ app, api, close } = await startTestApi());
  admin = await signUpTenant(api, 'Cache');
  const port = await new Promise<number>((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port: p } = srv.address() as { port: number };
      srv.close(() => resolve(p));
    });
  });
  otherUrl = `http://127.0.0.1:${port}`;
  other = spawn(join(REPO_ROOT, 'node_modules/.bin/node'), [join(REPO_ROOT, 'dist/apps/api/src/main.js')], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...TEST_ENV, TRIBUTARY_API_PORT: String(port), TRIBUTARY_API_KEY_CACHE_SECONDS: '600' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  other.stdout!.on('data', (d: Buffer) => (otherOutput += d.toString()));
  other.stderr!.on('data', (d: Buffer) => (otherOutput += d.toString()));
  await waitFor(async () => ((await fetch(`${otherUrl}/readyz`).then((r) => r.ok, () => false)) ? true : undefined), { timeoutMs: 60_000, intervalMs: 200, describe: () => otherOutput.slice(-2000) });
});
afterAll(async () => {
  other?.kill('SIGKILL');
  await close();
});

describe('verified API keys cached per process, invalidated on every process through Redis', () => {
  it('the second process really answers from its cache (a change written behind its back is not seen)', async () => {
    const op = await operatorWithKey();
    const setRole = (role: string) => withTestDb((pg) => pg.query('update memberships set role = $1 where user_id = $2', [role, op.userId]));
    // Until the second process has this key cached: a role changed only in the database goes unseen.
    await waitFor(
      async () => {
        expect(await viaOther('GET', '/org/v2/environments', op.key)).toBe(200);
        await setRole('Viewer');
        const status = await viaOther('PATCH', `/iam/v2/users/${op.userId}`, op.key, { full_name: 'Still Operator' });
        await setRole('Operator');
        return status === 200 ? true : undefined;
      },
      { timeoutMs: 10_000, intervalMs: 50 },
    );
  });

  it('a role changed through one process, a deleted key and a removed owner stop working on the other within moments', async () => {
    const figures: Record<string, number> = {};

    const demoted = await operatorWithKey();
    expect(await viaOther('PATCH', `/iam/v2/users/${demoted.userId}`, demoted.key, { full_name: 'Op A' })).toBe(200);
    expect((await api.patch(`/iam/v2/users/${demoted.userId}`, { role: 'Viewer' }, admin.asKey)).status).toBe(200);
    figures['role changed to Viewer → writes refused'] = await msUntil(403, () => viaOther('PATCH', `/iam/v2/users/${demoted.userId}`, demoted.key, { full_name: 'Op B' }));
    expect(await viaOther('GET', '/org/v2/environments', demoted.key)).toBe(200);

    const deleted = await operatorWithKey();
    expect(await viaOther('GET', '/org/v2/environments', deleted.key)).toBe(200);
    expect((await api.delete(`/iam/v2/api-keys/${deleted.key.id}`, admin.asKey)).status).toBe(204);
    figures['key deleted → 401'] = await msUntil(401, () => viaOther('GET', '/org/v2/environments', deleted.key));

    const removed = await operatorWithKey();
    expect(await viaOther('GET', '/org/v2/environments', removed.key)).toBe(200);
    expect((await api.delete(`/iam/v2/users/${removed.userId}`, admin.asKey)).status).toBe(204);
    figures['owner removed → 401'] = await msUntil(401, () => viaOther('GET', '/org/v2/environments', removed.key));

    console.log('invalidation seen by the other api process after (ms):', figures);
    // The same on the process that made the change: at once, no message needed.
    expect((await api.get('/org/v2/environments', { key: deleted.key })).status).toBe(401);
  });

  it('writes last_used_at off the request path, in batches', async () => {
    const fresh = await api.post('/iam/v2/api-keys', { spec: { display_name: 'fresh' } }, admin.asSession);
    const key = { key: { id: fresh.body.id as string, secret: fresh.body.spec.secret as string } };
    expect((await api.get(`/iam/v2/api-keys/${fresh.body.id}`, admin.asKey)).body.status.last_used_at).toBeNull();
    for (let i = 0; i < 5; i++) expect((await api.get('/org/v2/environments', key)).status).toBe(200);
    await app.get(LastUsedRecorder).flush();
    const used = (await api.get(`/iam/v2/api-keys/${fresh.body.id}`, admin.asKey)).body.status.last_used_at as string;
    expect(Date.parse(used)).toBeGreaterThan(Date.now() - 60_000);
  });
});
