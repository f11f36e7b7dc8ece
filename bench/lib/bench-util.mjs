// Shared helpers for bench/*: child processes, readiness, medians. Figures are always printed
// beside a floor measured in the same run, because the machine is shared and noisy.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

export const ROOT = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');

const children = new Set();
// Never leave an api or worker behind when the bench is interrupted: an orphan would keep serving
// the bench's database and confuse the next run.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const c of children) c.kill('SIGKILL');
    process.exit(130);
  });
}
process.on('exit', () => {
  for (const c of children) c.kill('SIGKILL');
});

export function startProcess(args, env = {}) {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', process.env.BENCH_DEBUG ? 'inherit' : 'ignore', 'pipe'] });
  children.add(child);
  child.once('exit', () => children.delete(child));
  let stderr = '';
  child.stderr.on('data', (b) => (stderr = (stderr + b).slice(-4000)));
  child.stderrText = () => stderr;
  return child;
}

export async function waitForHttp(url, timeoutMs = 30_000, headers = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { headers });
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await sleep(100);
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

export async function stop(child) {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const t = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(t);
}

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function row(label, value, floor, unit, higherIsBetter) {
  const ratio = higherIsBetter ? value / floor : floor / value;
  return `${label.padEnd(34)} ${fmt(value).padStart(10)} ${unit.padEnd(6)} floor ${fmt(floor).padStart(10)} ${unit.padEnd(6)} ratio ${ratio.toFixed(2)}`;
}

function fmt(n) {
  return n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(2);
}
