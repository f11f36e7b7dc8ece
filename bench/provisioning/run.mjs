// bench/provisioning: median seconds from `POST /cmk/v2/clusters` to PROVISIONED, for Basic and
// Standard, beside the floor measured in the same run: a bare single KRaft broker started by hand
// (plain config, same JVM flags) until its port accepts connections.
//   node bench/provisioning/run.mjs [--rounds 3]
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { median, ROOT, row, startProcess, stop, waitForHttp } from '../lib/bench-util.mjs';
import { bareBrokerSeconds } from './bare-broker.mjs';

const { values: opts } = parseArgs({ options: { rounds: { type: 'string', default: '3' } } });
const rounds = Number(opts.rounds);
const { LocalProvider } = (await import(`${ROOT}/dist/libs/provisioning/src/index.js`)).default;

const env = {
  TRIBUTARY_DB_NAME: 'tributary_bench', TRIBUTARY_REDIS_URL: 'redis://127.0.0.1:6379/11', TRIBUTARY_LOG_LEVEL: 'error', TRIBUTARY_API_PORT: '18482',
  TRIBUTARY_SIGNUP_LIMIT_PER_IP: '100000', TRIBUTARY_LOCAL_DATA_DIR: join(ROOT, '.data/bench-local'), TRIBUTARY_LOCAL_PORT_FROM: '24100', TRIBUTARY_LOCAL_PORT_TO: '24999',
  TRIBUTARY_MAX_CLUSTERS_PER_ORG: '100',
};
execFileSync('bash', ['scripts/ensure-services.sh', env.TRIBUTARY_DB_NAME], { cwd: ROOT, stdio: 'ignore' });
execFileSync('bash', ['scripts/migrate.sh'], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, ...env } });
// Whatever an interrupted earlier run left: its brokers, and its clusters (so the worker leaves them be).
const leftovers = new LocalProvider({ dataRoot: env.TRIBUTARY_LOCAL_DATA_DIR, portRange: { from: 24100, to: 24999 } });
for (const id of await leftovers.listOwnedClusters()) await leftovers.deleteCluster(id);
execFileSync('psql', ['-q', '-h', '127.0.0.1', '-U', 'tributary', '-d', env.TRIBUTARY_DB_NAME, '-c', "update clusters set phase = 'DELETED', deleted_at = now() where phase <> 'DELETED'"], { env: { ...process.env, PGPASSWORD: 'tributary' } });
const api = startProcess(['dist/apps/api/src/main.js'], env);
const worker = startProcess(['dist/apps/worker/src/main.js'], env);
const base = `http://127.0.0.1:${env.TRIBUTARY_API_PORT}`;
try {
  await waitForHttp(`${base}/readyz`);
  const signup = await fetch(`${base}/api/auth/signup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: `bench-${Date.now()}@example.test`, password: 'bench password 1', full_name: 'Bench', organization_name: 'Bench' }) });
  const me = await signup.json();
  const headers = { 'content-type': 'application/json', cookie: signup.headers.get('set-cookie').split(';')[0], 'x-csrf-token': me.csrf_token };
  const env0 = (await (await fetch(`${base}/org/v2/environments`, { headers })).json()).data[0].id;

  async function provisionSeconds(kind) {
    const started = performance.now();
    const res = await fetch(`${base}/cmk/v2/clusters`, { method: 'POST', headers, body: JSON.stringify({ spec: { display_name: `bench-${kind}`, cloud: 'LOCAL', region: 'local', config: { kind }, environment: { id: env0 } } }) });
    const cluster = await res.json();
    if (res.status !== 202) throw new Error(JSON.stringify(cluster));
    for (const deadline = Date.now() + 180_000; ; ) {
      const c = await (await fetch(`${base}/cmk/v2/clusters/${cluster.id}?environment=${env0}`, { headers })).json();
      if (c.status.phase === 'PROVISIONED') break;
      if (c.status.phase === 'FAILED') throw new Error(c.status.failure_reason);
      if (Date.now() > deadline) throw new Error(`${kind} cluster not PROVISIONED after 180 s: ${JSON.stringify(c.status)}\nworker: ${worker.stderrText()}`);
      await sleep(50);
    }
    const seconds = (performance.now() - started) / 1000;
    const del = await fetch(`${base}/cmk/v2/clusters/${cluster.id}?environment=${env0}`, { method: 'DELETE', headers });
    if (del.status !== 204) throw new Error(`DELETE answered ${del.status}: ${await del.text()}`); // cmk/v2 answers a delete with 204
    for (const deadline = Date.now() + 60_000; (await fetch(`${base}/cmk/v2/clusters/${cluster.id}?environment=${env0}`, { headers })).status !== 404; ) {
      if (Date.now() > deadline) throw new Error(`${cluster.id} was not removed within 60 s`);
      await sleep(100);
    }
    return seconds;
  }

  const floor = [], basic = [], standard = [];
  console.log(`bench/provisioning: ${rounds} round(s)`);
  for (let r = 0; r < rounds; r++) {
    floor.push(await bareBrokerSeconds());
    basic.push(await provisionSeconds('Basic'));
    standard.push(await provisionSeconds('Standard'));
    console.log(`  round ${r + 1}: bare ${floor.at(-1).toFixed(2)} s, Basic ${basic.at(-1).toFixed(2)} s, Standard ${standard.at(-1).toFixed(2)} s`);
  }
  console.log(row('Basic: POST → PROVISIONED (s)', median(basic), median(floor), 's', false));
  console.log(row('Standard: POST → PROVISIONED (s)', median(standard), median(floor), 's', false));
  console.log(`aim: within 1.5× of the floor → Basic ${(median(basic) / median(floor)).toFixed(2)}×, Standard ${(median(standard) / median(floor)).toFixed(2)}×`);
} finally {
  await stop(worker);
  await stop(api);
}
