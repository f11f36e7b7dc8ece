// `npm start`'s process supervisor: runs each named command, prefixes its output lines with its
// name, and restarts it when it exits, after an exponential backoff (reset once it has stayed up
// for a healthy period), while the others keep running. SIGINT/SIGTERM/SIGHUP (Ctrl-C) stop them
// all: each child runs in its own process group, which gets SIGTERM, then SIGKILL after a grace
// period, so nothing a child started (npx → next-server) is left behind.
//
//   node scripts/supervise.mjs [options] name=command [name=command ...]
//     --initial-backoff-ms 500   first restart delay; doubles on each crash in a row
//     --max-backoff-ms 30000     cap on the restart delay
//     --healthy-ms 30000         up this long → the next crash restarts after the initial delay again
//     --stop-timeout-ms 10000    SIGTERM → SIGKILL grace when stopping
//     --colors blue,magenta,…    prefix colours, in the order of the commands
//
// Commands run with `bash -c`, in the current directory. Exit status: 0 after a signal-initiated
// stop (130 for SIGINT), like the shell would report.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'initial-backoff-ms': { type: 'string', default: '500' },
    'max-backoff-ms': { type: 'string', default: '30000' },
    'healthy-ms': { type: 'string', default: '30000' },
    'stop-timeout-ms': { type: 'string', default: '10000' },
    colors: { type: 'string', default: 'blue,magenta,green,cyan,yellow,red' },
  },
});
const INITIAL_BACKOFF_MS = Number(opts['initial-backoff-ms']);
const MAX_BACKOFF_MS = Number(opts['max-backoff-ms']);
const HEALTHY_MS = Number(opts['healthy-ms']);
const STOP_TIMEOUT_MS = Number(opts['stop-timeout-ms']);

const specs = positionals.map((p) => {
  const eq = p.indexOf('=');
  if (eq <= 0) usage(`"${p}" is not name=command`);
  return { name: p.slice(0, eq), command: p.slice(eq + 1) };
});
if (specs.length === 0) usage('no commands');
for (const n of ['initial-backoff-ms', 'max-backoff-ms', 'healthy-ms', 'stop-timeout-ms']) {
  if (!(Number(opts[n]) >= 0)) usage(`--${n} must be a number of milliseconds`);
}

function usage(message) {
  process.stderr.write(`supervise: ${message}\nusage: node scripts/supervise.mjs [--initial-backoff-ms N] [--max-backoff-ms N] [--healthy-ms N] [--stop-timeout-ms N] name=command ...\n`);
  process.exit(2);
}

// ---------------------------------------------------------------- output
const tty = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
const SGR = { red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36, gray: 90 };
const paint = (color, s) => (tty && SGR[color] ? `\x1b[${SGR[color]}m${s}\x1b[0m` : s);
const colors = opts.colors.split(',');
const width = Math.max('supervise'.length, ...specs.map((s) => s.name.length));
const prefixOf = (name, color) => paint(color, `[${name}]`.padEnd(width + 2)) + ' ';
const ownPrefix = prefixOf('supervise', 'gray');
const say = (line) => process.stdout.write(`${ownPrefix}${line}\n`);

/** Writes a child's stream line by line under its prefix (a partial line waits for its end). */
function pipeLines(stream, out, prefix) {
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop() ?? '';
    if (lines.length) out.write(lines.map((l) => prefix + l + '\n').join(''));
  });
  stream.on('end', () => {
    if (pending) out.write(prefix + pending + '\n');
    pending = '';
  });
}

const seconds = (ms) => (ms < 1000 ? `${Math.round(ms)} ms` : ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`);

// ---------------------------------------------------------------- supervision
let stopping = false;
// Children see colours when we are on a terminal (pino-pretty, Next read FORCE_COLOR), as they would
// when run by hand.
const childEnv = tty && process.env.FORCE_COLOR === undefined ? { ...process.env, FORCE_COLOR: '1' } : process.env;

const services = specs.map((spec, i) => ({
  ...spec,
  prefix: prefixOf(spec.name, colors[i % colors.length]),
  child: null,
  pgid: null, // the running group (its leader's pid); kept while a stop waits for all of it
  startedAt: 0,
  crashesInARow: 0,
  restartTimer: null,
  exited: Promise.resolve(),
}));

function start(svc) {
  svc.restartTimer = null;
  svc.startedAt = Date.now();
  // detached: its own process group, so we can signal everything it starts, and the terminal's
  // Ctrl-C reaches only us (we then stop the children in order, not all at once by surprise).
  const child = spawn('bash', ['-c', svc.command], { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: childEnv });
  svc.child = child;
  svc.pgid = child.pid ?? null;
  pipeLines(child.stdout, process.stdout, svc.prefix);
  pipeLines(child.stderr, process.stderr, svc.prefix);
  svc.exited = new Promise((resolve) => {
    child.once('error', (err) => say(`${svc.name}: could not start: ${err.message}`));
    // 'exit', not 'close': a grandchild (npx → next-server) may hold the pipes open after the
    // leader died. The group is the service, so what is left of it goes too, before any restart
    // (else the orphan would keep the port and the new copy would fail).
    child.once('exit', (code, signal) => {
      svc.child = null;
      resolve();
      if (stopping) return; // stopService waits for the whole group
      signalGroup(child.pid, 'SIGKILL');
      svc.pgid = null;
      scheduleRestart(svc, code, signal);
    });
  });
}

function scheduleRestart(svc, code, signal) {
  const upFor = Date.now() - svc.startedAt;
  if (upFor >= HEALTHY_MS) svc.crashesInARow = 0;
  const delay = Math.min(MAX_BACKOFF_MS, INITIAL_BACKOFF_MS * 2 ** svc.crashesInARow);
  svc.crashesInARow += 1;
  const how = signal ? `was killed by ${signal}` : `exited with status ${code}`;
  say(paint('yellow', `${svc.name} ${how} after ${seconds(upFor)}; restarting in ${seconds(delay)} (crash ${svc.crashesInARow} in a row)`));
  svc.restartTimer = setTimeout(() => {
    say(`restarting ${svc.name}`);
    start(svc);
  }, delay);
}

/** SIGTERM to the child's process group; SIGKILL if any of it is still there after the grace period. */
async function stopService(svc) {
  if (svc.restartTimer) clearTimeout(svc.restartTimer);
  svc.restartTimer = null;
  const pid = svc.pgid;
  if (pid === null) return;
  signalGroup(pid, 'SIGTERM');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (groupAlive(pid)) {
    if (Date.now() >= deadline) {
      say(`${svc.name} did not stop within ${seconds(STOP_TIMEOUT_MS)}; killing it`);
      signalGroup(pid, 'SIGKILL');
      break;
    }
    await sleep(100);
  }
  await svc.exited;
  svc.pgid = null;
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

async function stopAll(signal) {
  if (stopping) {
    // A second Ctrl-C: do not wait for graceful shutdowns.
    for (const svc of services) if (svc.pgid !== null) signalGroup(svc.pgid, 'SIGKILL');
    return;
  }
  stopping = true;
  say(`${signal}: stopping ${services.map((s) => s.name).join(', ')}`);
  await Promise.all(services.map(stopService));
  say('stopped');
  process.exit(signal === 'SIGINT' ? 130 : 0);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void stopAll(signal));
// Last resort if we die of an uncaught error: do not leave the children running unsupervised.
process.on('exit', () => {
  for (const svc of services) if (svc.pgid !== null) signalGroup(svc.pgid, 'SIGKILL');
});

say(`starting ${services.map((s) => s.name).join(', ')} (a crashed one restarts after ${seconds(INITIAL_BACKOFF_MS)}, doubling to ${seconds(MAX_BACKOFF_MS)}; Ctrl-C stops all)`);
for (const svc of services) start(svc);
