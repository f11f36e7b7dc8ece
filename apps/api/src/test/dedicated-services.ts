import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { REPO_ROOT, waitFor } from '@tributary/testing';

/**
 * Postgres and Redis instances of a test's own, on free ports, for tests that stop and restart
 * them. The shared servers on 5432/6379 carry everyone else's tests and are never touched.
 */

/** Debian's server binaries (the newest installed version: scripts/ensure-services.sh installs one). */
const run = promisify(execFile);

const PG_BIN = `/usr/lib/postgresql/${readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a))[0]}/bin`;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** Postgres refuses to run as root: as root, its tools run as the `postgres` user. */
function asPostgres(cmd: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
}

export class DedicatedPostgres {
  private constructor(
    readonly dir: string,
    readonly port: number,
  ) {}

  readonly database = 'tributary_outage';

  /** A fresh cluster in a temp dir, the project's migrations applied. */
  static async start(): Promise<DedicatedPostgres> {
    const dir = mkdtempSync(join(tmpdir(), 'tributary-pg-'));
    if (process.getuid?.() === 0) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString().trim()), Number(execFileSync('id', ['-g', 'postgres']).toString().trim()));
    const pg = new DedicatedPostgres(dir, await freePort());
    execFileSync(...asPostgres(`${PG_BIN}/initdb`, ['-D', join(dir, 'data'), '-U', 'tributary', '--auth=trust', '-E', 'UTF8', '--no-sync']), { stdio: 'ignore' });
    await pg.startServer();
    await pg.sql(`create database ${pg.database}`, 'postgres');
    execFileSync(join(REPO_ROOT, 'node_modules/.bin/prisma'), ['migrate', 'deploy'], {
      cwd: REPO_ROOT,
      stdio: 'ignore',
      env: { ...process.env, ...pg.env(), PRISMA_SCHEMA_ENGINE_BINARY: '/bin/false', PRISMA_QUERY_ENGINE_LIBRARY: '/bin/false' },
    });
    return pg;
  }

  /** What the api's configuration needs to use this instance. */
  env(): Record<string, string> {
    return { TRIBUTARY_DB_HOST: '127.0.0.1', TRIBUTARY_DB_PORT: String(this.port), TRIBUTARY_DB_USER: 'tributary', TRIBUTARY_DB_PASSWORD: 'tributary', TRIBUTARY_DB_NAME: this.database };
  }

  /** `pg_ctl start -w`: resolves once the server accepts connections (async: the api keeps serving meanwhile). */
  async startServer(): Promise<void> {
    const opts = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50`;
    await run(...asPostgres(`${PG_BIN}/pg_ctl`, ['-D', join(this.dir, 'data'), '-o', opts, '-l', join(this.dir, 'postgres.log'), '-w', '-t', '60', 'start']));
  }

  /** A fast shutdown: open sessions are terminated (57P01), as in a restart or failover. */
  async stopServer(): Promise<void> {
    await run(...asPostgres(`${PG_BIN}/pg_ctl`, ['-D', join(this.dir, 'data'), '-m', 'fast', '-w', '-t', '60', 'stop']));
  }

  async sql<T extends object = Record<string, unknown>>(text: string, database = this.database, params: unknown[] = []): Promise<T[]> {
    const client = new Client({ host: '127.0.0.1', port: this.port, user: 'tributary', database });
    await client.connect();
    try {
      return (await client.query<T>(text, params)).rows;
    } finally {
      await client.end();
    }
  }

  close(): void {
    try {
      execFileSync(...asPostgres(`${PG_BIN}/pg_ctl`, ['-D', join(this.dir, 'data'), '-m', 'immediate', '-w', 'stop']), { stdio: 'ignore' });
    } catch {
      // already stopped
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export class DedicatedRedis {
  private proc: ChildProcess | undefined;
  private constructor(readonly port: number) {}

  static async start(): Promise<DedicatedRedis> {
    const r = new DedicatedRedis(await freePort());
    await r.startServer();
    return r;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}/0`;
  }

  /** In memory only, so a restart starts empty, like a lost Redis. */
  async startServer(): Promise<void> {
    this.proc = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction'], { stdio: 'ignore' });
    await waitFor(async () => ((await this.ping()) ? true : undefined), { timeoutMs: 10_000, intervalMs: 50, describe: () => `redis-server on ${this.port} did not start` });
  }

  /** kill -9: no goodbye to connected clients. */
  async kill(): Promise<void> {
    const p = this.proc;
    if (!p || p.exitCode !== null) return;
    const exited = new Promise((resolve) => p.once('exit', resolve));
    p.kill('SIGKILL');
    await exited;
  }

  private async ping(): Promise<boolean> {
    try {
      return execFileSync('redis-cli', ['-p', String(this.port), 'ping'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() === 'PONG';
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.kill();
  }
}
