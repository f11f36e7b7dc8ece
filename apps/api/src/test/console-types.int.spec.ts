import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from './start-test-api';

/**
 * The console's API types (apps/console/src/lib/api-schema.d.ts) are generated from /openapi.json by
 * scripts/console-types.mjs: a route, schema or status changed without regenerating them fails here,
 * so the console never compiles against a contract the API no longer has. The script builds the
 * document without services; it is checked against what the real API serves.
 */
const ROOT = resolve(__dirname, '../../../..');
const SCRIPT = join(ROOT, 'scripts/console-types.mjs');
let ctx: Awaited<ReturnType<typeof startTestApi>>;
let dir: string;
let served: string;

beforeAll(async () => {
  ctx = await startTestApi();
  const res = await ctx.api.get('/openapi.json');
  expect(res.status).toBe(200);
  dir = mkdtempSync(join(tmpdir(), 'console-types-'));
  served = join(dir, 'openapi.json');
  writeFileSync(served, res.text);
});

afterAll(async () => {
  await ctx?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the console's generated API types", () => {
  it('are what the served /openapi.json generates (else: run npm run console:types)', async () => {
    // dist/ is fresh: the test harness compiled it before this run.
    const run = await promisify(execFile)(process.execPath, [SCRIPT, '--check', '--no-build', '--against', served], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (e: { code?: number; stdout?: string; stderr?: string }) => ({ code: e.code ?? 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' }),
    );
    expect(run.code, run.stderr.trim() || run.stdout.trim()).toBe(0);
    expect(run.stdout).toContain('apps/console/src/lib/api-schema.d.ts matches /openapi.json');
  });
});
