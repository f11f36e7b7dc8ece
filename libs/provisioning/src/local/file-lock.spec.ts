import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LockTimeoutError, withFileLock } from './file-lock';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lock-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('withFileLock', () => {
  it('runs critical sections one at a time and removes the lock after', async () => {
    const lock = join(dir, 'x.lock');
    let inside = 0;
    let maxInside = 0;
    await Promise.all(
      Array.from({ length: 10 }, () =>
        withFileLock(lock, async () => {
          inside++;
          maxInside = Math.max(maxInside, inside);
          await new Promise((r) => setTimeout(r, 5));
          inside--;
        }),
      ),
    );
    expect(maxInside).toBe(1);
    expect(existsSync(lock)).toBe(false);
  });

  it('breaks a lock left by a dead process', async () => {
    const lock = join(dir, 'x.lock');
    const dead = spawnSync('true').pid as number; // exited and reaped: its pid is free
    writeFileSync(lock, JSON.stringify({ pid: dead, token: 'old', at: Date.now() }));
    expect(await withFileLock(lock, async () => 42, { timeoutMs: 2_000 })).toBe(42);
  });

  it('times out on a lock a live process holds', async () => {
    const lock = join(dir, 'x.lock');
    writeFileSync(lock, JSON.stringify({ pid: process.pid, token: 'held', at: Date.now() }));
    await expect(withFileLock(lock, async () => 1, { timeoutMs: 200 })).rejects.toBeInstanceOf(LockTimeoutError);
  });

  it('releases the lock when the section throws', async () => {
    const lock = join(dir, 'x.lock');
    await expect(withFileLock(lock, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(existsSync(lock)).toBe(false);
  });
});
