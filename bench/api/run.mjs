// bench/api: throughput and p99 latency of an authenticated `GET /org/v2/environments` (HTTP Basic
// with a Cloud API key, 50 connections), beside three floors measured in the same run:
//   static  a bare Fastify server serving the same bytes (no database at all)
//   sql     bare Fastify + `pg` doing the API's SQL statements (bench/api/floor-server.mjs)
//   cached  bare Fastify + `pg` with verified keys cached in-process and one statement per page
//   node bench/api/run.mjs [--rounds 3] [--seconds 5] [--connections 50]
// Needs `npm start` prerequisites (Postgres, Redis, compiled dist/); uses its own database.
import autocannon from 'autocannon';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { median, ROOT, startProcess, stop, waitForHttp } from '../lib/bench-util.mjs';

const { values: opts } = parseArgs({ options: { rounds: { type: 'string', default: '3' }, seconds: { type: 'string', default: '5' }, connections: { type: 'string', default: '50' } } });
const rounds = Number(opts.rounds);
const duration = Number(opts.seconds);
const connections = Number(opts.connections);
const env = { TRIBUTARY_DB_NAME: 'tributary_bench', TRIBUTARY_REDIS_URL: 'redis://127.0.0.1:6379/11', TRIBUTARY_LOG_LEVEL: 'error', TRIBUTARY_API_PORT: '18480', TRIBUTARY_SIGNUP_LIMIT_PER_IP: '100000',
  // The per-key limit stays on (its Redis round trip is part of what is measured) but out of reach of one key at full speed.
  TRIBUTARY_API_RATE_LIMIT: '1000000000' };

execFileSync('bash', ['scripts/ensure-services.sh', env.TRIBUTARY_DB_NAME], { cwd: ROOT, stdio: 'inherit' });
execFileSync('bash', ['scripts/migrate.sh'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });

const api = startProcess(['dist/apps/api/src/main.js'], env);
const base = `http://127.0.0.1:${env.TRIBUTARY_API_PORT}`;
const floors = [];
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
  const dbEnv = { TRIBUTARY_DB_NAME: env.TRIBUTARY_DB_NAME };
  const FLOORS = [
    { key: 'static', label: 'bare Fastify, same bytes', port: 18481, args: ['bench/api/bare-server.mjs'], env: { BODY: page }, auth: false },
    { key: 'sql', label: 'Fastify + pg, same SQL', port: 18482, args: ['bench/api/floor-server.mjs'], env: { ...dbEnv, FLOOR: 'sql' }, auth: true },
    { key: 'cached', label: 'Fastify + pg, cached key, 1 statement', port: 18484, args: ['bench/api/floor-server.mjs'], env: { ...dbEnv, FLOOR: 'cached' }, auth: true },
  ];
  for (const f of FLOORS) {
    f.url = `http://127.0.0.1:${f.port}/org/v2/environments`;
    floors.push(startProcess(f.args, { ...f.env, PORT: String(f.port) }));
  }
  for (const [i, f] of FLOORS.entries()) {
    await waitForHttp(f.url, 30_000, f.auth ? { authorization } : {}).catch((e) => {
      throw new Error(`${e.message}\n${floors[i].stderrText()}`);
    });
    // A floor is only fair if it answers the same bytes.
    const body = await (await fetch(f.url, { headers: f.auth ? { authorization } : {} })).text();
    if (body !== page) throw new Error(`the ${f.key} floor answers different bytes than the API:\n${body}\n${page}`);
  }

  const run = (url, headers) => autocannon({ url, connections, duration, headers });
  const targets = [...FLOORS.map((f) => ({ ...f, headers: f.auth ? { authorization } : {} })), { key: 'api', label: 'API', url: `${base}/org/v2/environments`, headers: { authorization } }];
  const results = Object.fromEntries(targets.map((t) => [t.key, []]));
  console.log(`bench/api: ${rounds} round(s) × ${duration}s, ${connections} connections, ${page.length}-byte page of 10 environments`);
  for (let r = 0; r < rounds; r++) {
    // Rotate the order so no target always gets the warmer (or the more tired) machine.
    for (let i = 0; i < targets.length; i++) {
      const t = targets[(i + r) % targets.length];
      const res = await run(t.url, t.headers);
      if (res.non2xx || res.errors) throw new Error(`${t.label} answered ${res.non2xx} non-2xx responses and ${res.errors} errors`);
      results[t.key].push(res);
    }
  }
  const rps = (key) => median(results[key].map((x) => x.requests.average));
  const p99 = (key) => median(results[key].map((x) => x.latency.p99));
  const fmt = (n) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(1));
  console.log(`${''.padEnd(40)} ${'req/s'.padStart(10)} ${'p99 ms'.padStart(8)}   API ÷ floor (req/s)   floor p99 ÷ API p99`);
  for (const t of targets) {
    const ratios = t.key === 'api' ? '' : `${(rps('api') / rps(t.key)).toFixed(2).padStart(19)}   ${(p99(t.key) / p99('api')).toFixed(2).padStart(19)}`;
    console.log(`${t.label.padEnd(40)} ${fmt(rps(t.key)).padStart(10)} ${fmt(p99(t.key)).padStart(8)}   ${ratios}`);
  }
  const ratio = rps('api') / rps('static');
  console.log(`aim: at least 1/3 of the static floor's throughput → ${ratio >= 1 / 3 ? 'met' : 'NOT met'} (${(ratio * 100).toFixed(0)}%)`);
} finally {
  await Promise.all(floors.map(stop));
  await stop(api);
}
