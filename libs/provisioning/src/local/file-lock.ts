import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { isPidAlive } from './process-table';

/**
 * A cross-process mutex on a lock file created with O_EXCL, holding `{pid, token, at}`.
 * A lock whose holder process is gone (crash, kill -9) or that is older than `staleMs` is broken.
 * Not reentrant: don't nest two acquisitions of the same path in one call chain.
 */
export interface FileLockOptions {
  /** Give up waiting after this long. */
  timeoutMs?: number;
  /** A lock held longer than this is considered abandoned (pid reuse guard). */
  staleMs?: number;
}

export class LockTimeoutError extends Error {
  override readonly name = 'LockTimeoutError';
}

interface LockContent {
  pid: number;
  token: string;
  at: number;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function withFileLock<T>(lockPath: string, fn: () => Promise<T>, options: FileLockOptions = {}): Promise<T> {
  const token = await acquire(lockPath, options.timeoutMs ?? 120_000, options.staleMs ?? 10 * 60_000);
  try {
    return await fn();
  } finally {
    await release(lockPath, token);
  }
}

async function acquire(lockPath: string, timeoutMs: number, staleMs: number): Promise<string> {
  await mkdir(dirname(lockPath), { recursive: true });
  const token = randomUUID();
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(lockPath, 'wx', 0o600);
      try {
        const content: LockContent = { pid: process.pid, token, at: Date.now() };
        await handle.writeFile(JSON.stringify(content));
      } finally {
        await handle.close();
      }
      return token;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    if (await isStale(lockPath, staleMs)) {
      // Move the stale file aside before deleting it, so two waiters breaking it at once cannot delete
      // a fresh lock that a third process took in between (only one rename of the stale file succeeds).
      const aside = `${lockPath}.stale-${token}`;
      try {
        await rename(lockPath, aside);
        await unlink(aside);
      } catch {
        /* someone else broke it first */
      }
      continue;
    }
    if (Date.now() > deadline) throw new LockTimeoutError(`timed out after ${timeoutMs} ms waiting for ${lockPath}`);
    await sleep(Math.min(200, 10 + attempt * 5) + Math.random() * 20);
  }
}

async function isStale(lockPath: string, staleMs: number): Promise<boolean> {
  let raw: string;
  let mtimeMs: number;
  try {
    [raw, mtimeMs] = await Promise.all([readFile(lockPath, 'utf8'), stat(lockPath).then((s) => s.mtimeMs)]);
  } catch {
    return false; // released meanwhile: just retry
  }
  let content: LockContent | undefined;
  try {
    content = JSON.parse(raw) as LockContent;
  } catch {
    // Holder created the file but has not written it yet, or died in between.
    return Date.now() - mtimeMs > 5_000;
  }
  if (!isPidAlive(content.pid)) return true;
  return Date.now() - content.at > staleMs;
}

async function release(lockPath: string, token: string): Promise<void> {
  try {
    const content = JSON.parse(await readFile(lockPath, 'utf8')) as LockContent;
    if (content.token === token) await unlink(lockPath);
  } catch {
    /* already gone (broken as stale, or the directory was removed) */
  }
}
