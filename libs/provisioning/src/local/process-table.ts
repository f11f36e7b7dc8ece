import { readdirSync, readFileSync } from 'node:fs';

/**
 * Linux process inspection through /proc: liveness, command lines, process groups.
 * A pid alone is never trusted (pids are reused): a broker is "ours" only if its command line
 * carries the node's config path as an argument.
 */

/** Process state letter from /proc/<pid>/stat (R, S, D, Z, …) or null when there is no such process. */
export function processState(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 2 (comm) is in parentheses and may contain spaces; the state follows the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) || null;
  } catch {
    return null;
  }
}

/** Alive = exists and is not a zombie (an exited child its parent has not reaped yet). */
export function isPidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  const state = processState(pid);
  return state !== null && state !== 'Z' && state !== 'X';
}

export function readCmdline(pid: number): string[] | null {
  try {
    const raw = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (raw.length === 0) return null;
    return raw.replace(/\0$/, '').split('\0');
  } catch {
    return null;
  }
}

/** True if `pid` is alive and one of its arguments is exactly `arg`. */
export function isAliveWithArg(pid: number, arg: string): boolean {
  return isPidAlive(pid) && (readCmdline(pid)?.includes(arg) ?? false);
}

/** Every live process with an argument equal to `arg` (or, with `prefix`, starting with it). */
export function findPidsByArg(arg: string, mode: 'exact' | 'prefix' = 'exact'): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    if (pid === process.pid) continue;
    const argv = readCmdline(pid);
    if (!argv) continue;
    const match = mode === 'exact' ? argv.includes(arg) : argv.some((a) => a.startsWith(arg));
    if (match && isPidAlive(pid)) pids.push(pid);
  }
  return pids;
}

/** Process group id (field 5 of /proc/<pid>/stat) and session id (field 6). */
export function processGroupAndSession(pid: number): { pgid: number; sid: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { pgid: Number(fields[2]), sid: Number(fields[3]) };
  } catch {
    return null;
  }
}

/** Signal the whole process group led by `pid` (detached children lead their own group). */
export function signalProcessGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err;
    try {
      process.kill(pid, signal);
    } catch {
      /* already gone */
    }
  }
}

/** Resolve true once `pid` has exited (or become a zombie), false on timeout. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isPidAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}

/**
 * Stop a process group: `graceMs` after SIGTERM (0 = straight to SIGKILL), then SIGKILL and wait.
 * Returns once the leader is gone. Throws if even SIGKILL does not end it within 30 s.
 */
export async function stopProcessGroup(pid: number, graceMs: number): Promise<void> {
  if (!isPidAlive(pid)) return;
  if (graceMs > 0) {
    signalProcessGroup(pid, 'SIGTERM');
    if (await waitForExit(pid, graceMs)) return;
  }
  signalProcessGroup(pid, 'SIGKILL');
  if (!(await waitForExit(pid, 30_000))) throw new Error(`process ${pid} survived SIGKILL for 30 s`);
}
