// bench/api: throughput and p99 latency of an authenticated `GET /org/v2/environments` (HTTP Basic
// with a Cloud API key, 50 connections), beside a bare Fastify server serving the same bytes.
//   node bench/api/run.mjs [--rounds 3] [--seconds 5] [--connections 50]
// Needs `npm start` prerequisites (Postgres, Redis, compiled dist/); uses its own database.
import autocannon from 'autocannon';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { median, ROOT, row, startProcess, stop, waitForHttp } from '../lib/bench-util.mjs';

const { values: opts } = parseArgs({ options: { rounds: { type: 'string', default: '3' }, seconds: { type: 'string', default: '5' }, connections: { type: 'string', default: '50' } } });
const rounds = Number(opts.rounds);
const duration = Number(opts.seconds);
const connections = Number(opts.connections);
const env = { TRIBUTARY_DB_NAME: 'tributary_bench', TRIBUTARY_REDIS_URL: 'redis://127.0.0.1:6379/11', TRIBUTARY_LOG_LEVEL: 'error', TRIBUTARY_API_PORT: '18480', TRIBUTARY_SIGNUP_LIMIT_PER_IP: '100000' };

execFileSync('bash', ['scripts/ensure-services.sh', env.TRIBUTARY_DB_NAME], { cwd: ROOT, stdio: 'inherit' });
execFileSync('bash', ['scripts/migrate.sh'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });

const api = startProcess(['dist/apps/api/src/main.js'], env);
const base = `http://127.0.0.1:${env.TRIBUTARY_API_PORT}`;
let bare;
try {
  await waitForHttp(`${base}/healthz`);
  const email = `bench-${Date.now()}@example.test`;
  const signup = await fetch(`${base}/api/auth/signup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'bench password 1', full_name: 'Bench', organization_name: 'Bench' }) });
  const me = await signup.json();
  const cookie = signup.headers.get('set-cookie').split(';')[0];
  const keyRes = await fetch(`${base}/iam/v2/api-keys`, { method: 'POST', headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': me.csrf_token }, body: JSON.stringify({ spec: { display_name: 'bench' } }) });
  const key = await keyRes.json();
  const authorization = 'Basic ' + Buffer.from(`${key.id}:${key.spec.secret}`).toString('base64');
  for (let i = 0; i < 9; i++) {
    await fetch(`${base}/org/v2/environments`, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body: JSON.stringify({ display_name: `env ${i}` }) });
  }
  const page = await (await fetch(`${base}/org/v2/environments`, { headers: { authorization } })).text();
  bare = startProcess(['bench/api/bare-server.mjs'], { PORT: '18481', BODY: page });
  await waitForHttp('http://127.0.0.1:18481/org/v2/environments');

  const run = (url, headers) => autocannon({ url, connections, duration, headers });
  const results = { api: [], bare: [] };
  console.log(`bench/api: ${rounds} round(s) × ${duration}s, ${connections} connections, ${page.length}-byte page of 10 environments`);
  for (let r = 0; r < rounds; r++) {
    // Alternate so neither side always gets the warmer machine.
    results.bare.push(await run('http://127.0.0.1:18481/org/v2/environments', {}));
    results.api.push(await run(`${base}/org/v2/environments`, { authorization }));
    const a = results.api.at(-1);
    if (a.non2xx) throw new Error(`API answered ${a.non2xx} non-2xx responses`);
  }
  const rps = (xs) => median(xs.map((x) => x.requests.average));
  const p99 = (xs) => median(xs.map((x) => x.latency.p99));
  console.log(row('throughput (req/s, median)', rps(results.api), rps(results.bare), 'req/s', true));
  console.log(row('p99 latency (ms, median)', p99(results.api), p99(results.bare), 'ms', false));
  const ratio = rps(results.api) / rps(results.bare);
  console.log(`aim: at least 1/3 of the bare server's throughput → ${ratio >= 1 / 3 ? 'met' : 'NOT met'} (${(ratio * 100).toFixed(0)}%)`);
} finally {
  await stop(bare);
  await stop(api);
}
