import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaService } from '@tributary/db';
import { signUpTenant, waitFor } from '@tributary/testing';
import { freePort } from './dedicated-services';
import { startTestApi } from './start-test-api';

/** Redis servers of this test's own (never the shared one), with a password, one of them over TLS only. */
const PASSWORD = 'red1s p#ss/word';
const dir = mkdtempSync(join(tmpdir(), 'tributary-redis-auth-'));
const servers: ChildProcess[] = [];
let plainPort: number;
let tlsPort: number;

function redisCli(args: string[]): string {
  return execFileSync('redis-cli', args, { stdio: ['ignore', 'pipe', 'pipe'] }).toString().trim();
}

beforeAll(async () => {
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '2', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost'], { stdio: 'ignore' });
  plainPort = await freePort();
  tlsPort = await freePort();
  const common = ['--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction', '--requirepass', PASSWORD];
  servers.push(spawn('redis-server', ['--port', String(plainPort), ...common], { stdio: 'ignore' }));
  servers.push(spawn('redis-server', ['--port', '0', '--tls-port', String(tlsPort), '--tls-cert-file', join(dir, 'cert.pem'), '--tls-key-file', join(dir, 'key.pem'), '--tls-auth-clients', 'no', ...common], { stdio: 'ignore' }));
  await waitFor(
    async () => {
      try {
        return redisCli(['-p', String(plainPort), '--no-auth-warning', '-a', PASSWORD, 'ping']) === 'PONG' ? true : undefined;
      } catch {
        return undefined;
      }
    },
    { timeoutMs: 15_000 },
  );
  await waitFor(
    async () => {
      try {
        return redisCli(['--tls', '--cacert', join(dir, 'cert.pem'), '-h', 'localhost', '-p', String(tlsPort), '--no-auth-warning', '-a', PASSWORD, 'ping']) === 'PONG' ? true : undefined;
      } catch {
        return undefined;
      }
    },
    { timeoutMs: 15_000 },
  );
});

afterAll(() => {
  for (const s of servers) s.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

const pw = encodeURIComponent(PASSWORD);

describe('Redis with a password and over TLS (rediss://)', () => {
  it('serves the API on a password-protected Redis: readiness, rate limits, and BullMQ queues all authenticate', async () => {
    const { app, api, close } = await startTestApi({ TRIBUTARY_REDIS_URL: `redis://:${pw}@127.0.0.1:${plainPort}/3` });
    let t: Awaited<ReturnType<typeof signUpTenant>> | undefined;
    try {
      expect((await api.get('/readyz')).body.checks.redis).toBe('ok');
      t = await signUpTenant(api, 'RedisAuth');
      // A cluster create enqueues its reconcile on BullMQ's own connection: it is there, in db 3.
      const made = await api.post('/cmk/v2/clusters', { spec: { display_name: 'q', cloud: 'LOCAL', region: 'local', config: { kind: 'Basic' }, environment: { id: t.defaultEnvironmentId } } }, t.asKey);
      expect(made.status).toBe(202);
      const keys = redisCli(['-p', String(plainPort), '-n', '3', '--no-auth-warning', '-a', PASSWORD, 'keys', 'bull:clusters:*']);
      expect(keys).toContain('bull:clusters:');
    } finally {
      // Never provisioned (no worker here): retired, so another file's worker never starts its broker.
      await app.get(PrismaService).cluster.updateMany({ where: { organizationId: t?.organizationId ?? '' }, data: { phase: 'DELETED', deletedAt: new Date() } });
      await close();
    }
  });

  it('is not ready with a wrong password (and says Redis)', async () => {
    const { api, close } = await startTestApi({ TRIBUTARY_REDIS_URL: `redis://:wrong@127.0.0.1:${plainPort}/3` });
    try {
      const res = await api.get('/readyz');
      expect(res.status).toBe(503);
      expect(res.body.checks.redis).toMatch(/unavailable/);
    } finally {
      await close();
    }
  });

  it('speaks TLS to rediss://, verifying the server against TRIBUTARY_REDIS_CA_FILE', async () => {
    const { api, close } = await startTestApi({ TRIBUTARY_REDIS_URL: `rediss://:${pw}@localhost:${tlsPort}/0`, TRIBUTARY_REDIS_CA_FILE: join(dir, 'cert.pem') });
    try {
      expect((await api.get('/readyz')).body.checks.redis).toBe('ok');
      expect((await api.get('/readyz')).status).toBe(200);
    } finally {
      await close();
    }
    // The same server without the CA: the certificate is not trusted, so Redis is not ready.
    delete process.env.TRIBUTARY_REDIS_CA_FILE;
    const untrusted = await startTestApi({ TRIBUTARY_REDIS_URL: `rediss://:${pw}@localhost:${tlsPort}/0` });
    try {
      expect((await untrusted.api.get('/readyz')).status).toBe(503);
    } finally {
      await untrusted.close();
    }
  });
});
