import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';

// The real supervisor (scripts/supervise.mjs) on tiny bash commands: what `npm start` relies on.
const SUPERVISOR = join(__dirname, 'supervise.mjs');
const running: ChildProcess[] = [];

function supervise(...args: string[]) {
  const proc = spawn(process.execPath, [SUPERVISOR, '--initial-backoff-ms', '20', '--max-backoff-ms', '100', '--stop-timeout-ms', '5000', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  running.push(proc);
  let out = '';
  proc.stdout?.on('data', (b: Buffer) => (out += b.toString()));
  proc.stderr?.on('data', (b: Buffer) => (out += b.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => proc.once('exit', (code, signal) => resolve({ code, signal })));
  return { proc, output: () => out, exited };
}

async function until(what: string, condition: () => boolean, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

// A zombie (exited, not yet reaped by whoever adopted it) counts as gone.
const alive = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return false;
  }
};
const pidsAfter = (out: string, word: string) => [...out.matchAll(new RegExp(`${word} (\\d+)`, 'g'))].map((m) => Number(m[1]));

afterEach(() => {
  for (const p of running.splice(0)) if (p.exitCode === null) p.kill('SIGKILL');
});

describe('scripts/supervise.mjs', () => {
  it('restarts a command that exits while the others keep running, and prefixes every line with its name', async () => {
    const s = supervise('crasher=echo "started $$"; exit 3', 'steady=echo "steady $$"; exec sleep 1000');
    await until('three starts of the crasher', () => pidsAfter(s.output(), 'started').length >= 3);

    const out = s.output();
    expect(out).toMatch(/\[supervise\] +crasher exited with status 3 after \d+(\.\d)? m?s; restarting in \d+(\.\d)? m?s \(crash 1 in a row\)/);
    expect(out).toMatch(/\[supervise\] +crasher exited with status 3 .*\(crash 2 in a row\)/);
    expect(out).toMatch(/^\[crasher\] +started \d+$/m);
    // The steady one was started once and is still the same process.
    const steady = pidsAfter(out, 'steady');
    expect(steady).toHaveLength(1);
    expect(alive(steady[0] as number)).toBe(true);

    s.proc.kill('SIGTERM');
    expect(await s.exited).toEqual({ code: 0, signal: null });
    expect(alive(steady[0] as number)).toBe(false);
  });

  it('on SIGTERM stops every process group, including what the commands started themselves', async () => {
    // bash stays the leader and its background child is a grandchild of the supervisor.
    const s = supervise('tree=sleep 1000 & echo "grandchild $!"; wait', 'graceful=trap "echo got TERM; exit 0" TERM; echo "graceful $$"; while :; do sleep 0.05; done');
    await until('both started', () => pidsAfter(s.output(), 'grandchild').length === 1 && pidsAfter(s.output(), 'graceful').length === 1);
    const [grandchild] = pidsAfter(s.output(), 'grandchild') as [number];
    const [graceful] = pidsAfter(s.output(), 'graceful') as [number];

    s.proc.kill('SIGTERM');
    expect(await s.exited).toEqual({ code: 0, signal: null });
    expect(s.output()).toMatch(/^\[graceful\] +got TERM$/m); // SIGTERM first, not SIGKILL
    expect(s.output()).toMatch(/\[supervise\] +stopped/);
    expect(alive(grandchild)).toBe(false);
    expect(alive(graceful)).toBe(false);
    expect(s.output()).not.toMatch(/restarting/);
  });

  it('kills what is left of a command whose leader died before starting it again', async () => {
    const s = supervise('tree=sleep 1000 & echo "grandchild $!"; echo "leader $$"; wait');
    await until('first start', () => pidsAfter(s.output(), 'leader').length === 1);
    const [leader] = pidsAfter(s.output(), 'leader') as [number];
    const [firstGrandchild] = pidsAfter(s.output(), 'grandchild') as [number];

    process.kill(leader, 'SIGKILL');
    await until('the restart', () => pidsAfter(s.output(), 'leader').length === 2);
    expect(s.output()).toMatch(/tree was killed by SIGKILL/);
    expect(alive(firstGrandchild)).toBe(false);

    s.proc.kill('SIGTERM');
    expect((await s.exited).code).toBe(0);
    for (const pid of pidsAfter(s.output(), 'grandchild')) expect(alive(pid)).toBe(false);
  });

  it('backs off exponentially up to the cap, and starts over after a healthy period', async () => {
    const delays = (out: string) => [...out.matchAll(/restarting in (\d+ ms) \(crash (\d+) in a row\)/g)].map((m) => [m[1], Number(m[2])]);
    const crashing = supervise('--healthy-ms', '600000', 'c=exit 1');
    await until('five restarts', () => delays(crashing.output()).length >= 5);
    // --initial-backoff-ms 20, --max-backoff-ms 100: 20, 40, 80, then the cap.
    expect(delays(crashing.output()).slice(0, 5)).toEqual([['20 ms', 1], ['40 ms', 2], ['80 ms', 3], ['100 ms', 4], ['100 ms', 5]]);
    crashing.proc.kill('SIGTERM');
    await crashing.exited;

    // Every run counts as healthy: each crash is the first in a row again.
    const healthy = supervise('--healthy-ms', '0', 'c=exit 1');
    await until('three restarts', () => delays(healthy.output()).length >= 3);
    expect(delays(healthy.output()).slice(0, 3)).toEqual([['20 ms', 1], ['20 ms', 1], ['20 ms', 1]]);
    healthy.proc.kill('SIGTERM');
    await healthy.exited;
  });

  it('refuses arguments that are not name=command', async () => {
    const s = supervise('no-equals-sign');
    expect((await s.exited).code).toBe(2);
    expect(s.output()).toMatch(/"no-equals-sign" is not name=command/);
  });
});
