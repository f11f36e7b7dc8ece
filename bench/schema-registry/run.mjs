// bench/schema-registry: Schema Registry registrations/s (each a new Avro schema in a new subject:
// parse, compatibility lookup, two inserts in one transaction) and lookups by id/s (GET
// /schemas/ids/{id}, served from memory after the first), beside a floor measured in the same run:
// a bare Fastify server answering the same bytes on the same routes. Also counts the Postgres
// transactions the lookups cost, which must stay near zero.
//   node bench/schema-registry/run.mjs [--rounds 3] [--seconds 5] [--connections 20] [--only reg-floor,reg-api]
// BENCH_API_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/sr-prof") is passed to the api's node.
// Needs `npm start` prerequisites (Postgres, Redis, compiled dist/); uses its own database.
import autocannon from 'autocannon';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { median, ROOT, startProcess, stop, waitForHttp } from '../lib/bench-util.mjs';

const { values: opts } = parseArgs({ options: { rounds: { type: 'string', default: '3' }, seconds: { type: 'string', default: '5' }, connections: { type: 'string', default: '20' }, only: { type: 'string' } } });
const rounds = Number(opts.rounds);
const duration = Number(opts.seconds);
const connections = Number(opts.connections);
// Redis db 12 unless BENCH_REDIS_URL names another (several benches or test slots may share the machine).
const env = { TRIBUTARY_DB_NAME: 'tributary_bench_sr', TRIBUTARY_REDIS_URL: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/12', TRIBUTARY_LOG_LEVEL: 'error', TRIBUTARY_API_PORT: '18490', TRIBUTARY_SIGNUP_LIMIT_PER_IP: '100000',
  // The per-key limit stays on (its Redis round trip is part of what is measured) but out of reach of one key at full speed.
  TRIBUTARY_API_RATE_LIMIT: '1000000000' };
const TYPE = 'application/vnd.schemaregistry.v1+json';

execFileSync('bash', ['scripts/ensure-services.sh', env.TRIBUTARY_DB_NAME], { cwd: ROOT, stdio: 'inherit' });
execFileSync('bash', ['scripts/migrate.sh'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });

const api = startProcess([...(process.env.BENCH_API_NODE_ARGS?.split(' ').filter(Boolean) ?? []), 'dist/apps/api/src/main.js'], env);
const base = `http://127.0.0.1:${env.TRIBUTARY_API_PORT}`;
let floor;
try {
  // Start-up takes over 30 s on a loaded 2-core machine.
  await waitForHttp(`${base}/healthz`, 120_000);
  const email = `bench-sr-${Date.now()}@example.test`;
  const signup = await fetch(`${base}/api/auth/signup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'bench password 1', full_name: 'Bench', organization_name: 'Bench' }) });
  const me = await signup.json();
  const cookie = signup.headers.get('set-cookie').split(';')[0];
  const envs = await (await fetch(`${base}/org/v2/environments`, { headers: { cookie } })).json();
  const registries = await (await fetch(`${base}/srcm/v3/clusters?environment=${envs.data[0].id}`, { headers: { cookie } })).json();
  const registry = registries.data[0];
  const key = JSON.parse(execFileSync(process.execPath, ['bench/schema-registry/mint-registry-key.mjs', me.organization.id, me.user.id, registry.id], { cwd: ROOT, env: { ...process.env, ...env } }).toString());
  const authorization = 'Basic ' + Buffer.from(`${key.id}:${key.secret}`).toString('base64');
  const endpoint = registry.spec.http_endpoint.replace(/^https?:\/\/[^/]+/, base);
  const path = new URL(endpoint).pathname;

  const schemaFor = (n) => JSON.stringify({ type: 'record', name: 'Order', namespace: 'bench', fields: [{ name: 'id', type: 'long' }, { name: `f${n}`, type: ['null', 'string'], default: null }] });
  const registerOnce = async (subject, n) => {
    const res = await fetch(`${endpoint}/subjects/${subject}/versions`, { method: 'POST', headers: { authorization, 'content-type': TYPE }, body: JSON.stringify({ schema: schemaFor(n) }) });
    if (!res.ok) throw new Error(`register: ${res.status} ${await res.text()}`);
    return res.text();
  };
  const registeredBody = await registerOnce('warmup', 0);
  const schemaId = JSON.parse(registeredBody).id;
  const byIdBody = await (await fetch(`${endpoint}/schemas/ids/${schemaId}`, { headers: { authorization } })).text();

  const floorPort = 18491;
  floor = startProcess(['bench/schema-registry/bare-server.mjs'], { PORT: String(floorPort), REGISTERED_BODY: registeredBody, BY_ID_BODY: byIdBody });
  const floorBase = `http://127.0.0.1:${floorPort}${path}`;
  await waitForHttp(`${floorBase}/schemas/ids/${schemaId}`);
  if ((await (await fetch(`${floorBase}/schemas/ids/${schemaId}`)).text()) !== byIdBody) throw new Error('the floor answers different bytes than the registry');

  // Every registration is a schema the registry has never seen, in a subject of its own.
  let counter = 1;
  const registrations = (url, headers) => ({
    url,
    connections,
    duration,
    method: 'POST',
    headers: { ...headers, 'content-type': TYPE },
    requests: [{ setupRequest: (req) => { const n = counter++; return { ...req, path: `${path}/subjects/bench-${n}/versions`, body: JSON.stringify({ schema: schemaFor(n) }) }; } }],
  });
  const lookups = (url, headers) => ({ url: `${url}/schemas/ids/${schemaId}`, connections, duration, headers });
  const allTargets = [
    { key: 'reg-floor', label: 'registrations: bare Fastify, same bytes', opts: () => registrations(floorBase, {}) },
    { key: 'reg-api', label: 'registrations: Tributary registry', opts: () => registrations(endpoint, { authorization }) },
    { key: 'get-floor', label: 'lookups by id: bare Fastify, same bytes', opts: () => lookups(floorBase, {}) },
    { key: 'get-api', label: 'lookups by id: Tributary registry', opts: () => lookups(endpoint, { authorization }) },
  ];
  const only = opts.only?.split(',');
  const targets = only ? allTargets.filter((t) => only.includes(t.key)) : allTargets;
  const db = new pg.Client({ host: process.env.TRIBUTARY_DB_HOST ?? '127.0.0.1', port: Number(process.env.TRIBUTARY_DB_PORT ?? 5432), user: process.env.TRIBUTARY_DB_USER ?? 'tributary', password: process.env.TRIBUTARY_DB_PASSWORD ?? 'tributary', database: env.TRIBUTARY_DB_NAME });
  await db.connect();
  const commits = async () => Number((await db.query('select xact_commit + xact_rollback as n from pg_stat_database where datname = $1', [env.TRIBUTARY_DB_NAME])).rows[0].n);
  const results = Object.fromEntries(allTargets.map((t) => [t.key, []]));
  let lookupTx = 0;
  let lookupRequests = 0;
  console.log(`bench/schema-registry: ${rounds} round(s) × ${duration}s, ${connections} connections`);
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < targets.length; i++) {
      const t = targets[(i + r) % targets.length];
      const before = t.key === 'get-api' ? await commits() : 0;
      const res = await autocannon(t.opts());
      if (res.non2xx || res.errors) throw new Error(`${t.label} answered ${res.non2xx} non-2xx responses and ${res.errors} errors`);
      if (t.key === 'get-api') {
        // pg_stat_database is flushed lazily; a second's wait lets the counters catch up.
        await new Promise((ok) => setTimeout(ok, 1000));
        lookupTx += (await commits()) - before;
        lookupRequests += res.requests.total;
      }
      results[t.key].push(res);
    }
  }
  await db.end();
  const rps = (k) => median(results[k].map((x) => x.requests.average));
  const p99 = (k) => median(results[k].map((x) => x.latency.p99));
  const fmt = (n) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(1));
  console.log(`${''.padEnd(44)} ${'req/s'.padStart(10)} ${'p99 ms'.padStart(8)}   registry ÷ floor (req/s)`);
  for (const t of targets) {
    const floorKey = t.key.startsWith('reg') ? 'reg-floor' : 'get-floor';
    const ratio = t.key.endsWith('api') && results[floorKey]?.length ? (rps(t.key) / rps(floorKey)).toFixed(2).padStart(10) : '';
    console.log(`${t.label.padEnd(44)} ${fmt(rps(t.key)).padStart(10)} ${fmt(p99(t.key)).padStart(8)}   ${ratio}`);
  }
  console.log(`Postgres transactions during ${lookupRequests.toLocaleString('en-US')} lookups by id: ${lookupTx} (the stats collector's own included) → ${(lookupTx / Math.max(1, lookupRequests)).toFixed(5)} per lookup`);
} finally {
  await stop(floor);
  await stop(api);
}
