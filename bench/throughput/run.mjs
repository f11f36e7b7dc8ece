// bench/throughput: produce throughput (MB/s, acks=all) measured by Kafka's own ProducerPerformance
// (org.apache.kafka:kafka-tools, resolved by scripts/ensure-kafka.sh into infra/kafka/.dist/tools/)
// against a Basic cluster, a Standard cluster, and — the floor, in the same run — a bare single KRaft
// broker started by hand with Kafka's default JVM flags (kafka-server-start.sh's heap and
// kafka-run-class.sh's KAFKA_JVM_PERFORMANCE_OPTS) and a plain PLAINTEXT config. Rounds are
// interleaved (bare, Basic, Standard, bare, …) so load from the shared machine falls on all three.
//   node bench/throughput/run.mjs [--rounds 3] [--records 300000] [--record-size 1024] [--partitions 6]
import { execFile, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { median, ROOT, startProcess, stop, waitForHttp } from '../lib/bench-util.mjs';

const { values: opts } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    records: { type: 'string', default: '300000' },
    'record-size': { type: 'string', default: '1024' },
    partitions: { type: 'string', default: '6' },
  },
});
const rounds = Number(opts.rounds);
const records = Number(opts.records);
const recordSize = Number(opts['record-size']);
const partitions = Number(opts.partitions);

const { locateKafkaDistribution, LocalProvider } = (await import(`${ROOT}/dist/libs/provisioning/src/index.js`)).default;
const dist = locateKafkaDistribution(join(ROOT, 'infra/kafka'));
const toolsJar = join(ROOT, 'infra/kafka/.dist/tools/kafka-tools.jar');
if (!existsSync(toolsJar)) throw new Error(`${toolsJar} missing: run \`bash scripts/ensure-kafka.sh\``);
const toolsClasspath = `${dist.classpath}:${toolsJar}`;

// Kafka's defaults: kafka-server-start.sh sets KAFKA_HEAP_OPTS="-Xmx1G -Xms1G",
// kafka-producer-perf-test.sh "-Xmx512M"; kafka-run-class.sh adds KAFKA_JVM_PERFORMANCE_OPTS.
const KAFKA_JVM_PERFORMANCE_OPTS = ['-server', '-XX:+UseG1GC', '-XX:MaxGCPauseMillis=20', '-XX:InitiatingHeapOccupancyPercent=35', '-XX:+ExplicitGCInvokesConcurrent', '-XX:MaxInlineLevel=15', '-Djava.awt.headless=true'];
const BROKER_DEFAULT_JVM = ['-Xmx1G', '-Xms1G', ...KAFKA_JVM_PERFORMANCE_OPTS];
const PERF_TOOL_JVM = ['-Xmx512M', ...KAFKA_JVM_PERFORMANCE_OPTS];

const debug = process.env.BENCH_DEBUG ? 'inherit' : 'ignore';
const canListen = (port) => new Promise((resolve) => { const s = createServer(); s.once('error', () => resolve(false)); s.listen(port, '127.0.0.1', () => s.close(() => resolve(true))); });
async function freePort() {
  for (;;) {
    const port = 31000 + Math.floor(Math.random() * 900);
    if (await canListen(port)) return port;
  }
}
const accepts = (port) =>
  new Promise((resolve) => {
    const c = createConnection({ host: '127.0.0.1', port });
    c.setTimeout(1000, () => { c.destroy(); resolve(false); });
    c.once('connect', () => { c.destroy(); resolve(true); });
    c.once('error', () => resolve(false));
  });
const load = () => loadavg().map((n) => n.toFixed(1)).join(' / ');

/** A single KRaft node, PLAINTEXT, Kafka's default JVM flags and broker defaults; runs for the whole bench. */
async function startBareBroker() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-throughput-bare-'));
  const [client, controller] = [await freePort(), await freePort()];
  const config = join(dir, 'server.properties');
  writeFileSync(config, [
    'process.roles=broker,controller', 'node.id=1', `controller.quorum.voters=1@127.0.0.1:${controller}`,
    `listeners=PLAINTEXT://127.0.0.1:${client},CONTROLLER://127.0.0.1:${controller}`, `advertised.listeners=PLAINTEXT://127.0.0.1:${client}`,
    'controller.listener.names=CONTROLLER', 'inter.broker.listener.name=PLAINTEXT', `log.dirs=${join(dir, 'data')}`,
    'offsets.topic.replication.factor=1', 'transaction.state.log.replication.factor=1', 'transaction.state.log.min.isr=1', 'share.coordinator.state.topic.replication.factor=1', 'share.coordinator.state.topic.min.isr=1',
  ].join('\n'));
  const logging = [`-Dlog4j2.configurationFile=${dist.log4jConfig}`, `-Dkafka.logs.dir=${join(dir, 'logs')}`];
  execFileSync('java', ['-Xmx256m', ...logging, '-cp', dist.classpath, 'kafka.tools.StorageTool', 'format', '-t', 'benchbenchbenchbenchAA', '-c', config], { stdio: debug, timeout: 120_000 });
  const proc = spawn('java', [...BROKER_DEFAULT_JVM, ...logging, '-cp', dist.classpath, 'kafka.Kafka', config], { stdio: debug });
  for (let n = 1; !(await accepts(client)); n++) {
    if (proc.exitCode !== null) throw new Error(`bare broker exited with ${proc.exitCode}; see ${dir}/logs`);
    if (n % 400 === 0) console.error(`  still waiting for the bare broker on port ${client} (${dir})`);
    await sleep(25);
  }
  const bootstrap = `127.0.0.1:${client}`;
  // Registered and ready for CreateTopics a moment after the port opens: retry briefly.
  for (let attempt = 1; ; attempt++) {
    try {
      await run('java', ['-Xmx256m', '-cp', toolsClasspath, 'org.apache.kafka.tools.TopicCommand', '--bootstrap-server', bootstrap, '--create', '--topic', 'perf', '--partitions', String(partitions), '--replication-factor', '1']);
      break;
    } catch (err) {
      if (attempt >= 10) throw err;
      await sleep(1000);
    }
  }
  return {
    bootstrap,
    async stop() {
      proc.kill('SIGKILL');
      if (proc.exitCode === null) await new Promise((r) => proc.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function run(cmd, args) {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: 600_000, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stdout}\n${stderr}`.slice(-3000))) : resolve(stdout)));
  });
}

/** One ProducerPerformance run; its final summary line gives MB/s and latency percentiles. */
async function producerPerformance(bootstrap, clientProperties) {
  const args = [...PERF_TOOL_JVM, `-Dlog4j2.configurationFile=${dist.log4jConfig}`, `-Dkafka.logs.dir=${tmpdir()}`, '-cp', toolsClasspath, 'org.apache.kafka.tools.ProducerPerformance',
    '--topic', 'perf', '--num-records', String(records), '--record-size', String(recordSize), '--throughput', '-1',
    '--producer-props', `bootstrap.servers=${bootstrap}`, 'acks=all',
    ...(clientProperties ? ['--producer.config', clientProperties] : [])];
  const out = await run('java', args);
  const m = /(\d+) records sent, ([\d.]+) records\/sec \(([\d.]+) MB\/sec\), ([\d.]+) ms avg latency, ([\d.]+) ms max latency, (\d+) ms 50th, (\d+) ms 95th, (\d+) ms 99th/.exec(out);
  if (!m || Number(m[1]) !== records) throw new Error(`unexpected ProducerPerformance output:\n${out.slice(-2000)}`);
  return { mbps: Number(m[3]), p99: Number(m[8]) };
}

const env = {
  TRIBUTARY_DB_NAME: 'tributary_bench_throughput', TRIBUTARY_REDIS_URL: 'redis://127.0.0.1:6379/6', TRIBUTARY_LOG_LEVEL: 'error', TRIBUTARY_API_PORT: '18486',
  TRIBUTARY_SIGNUP_LIMIT_PER_IP: '100000', TRIBUTARY_LOCAL_DATA_DIR: join(ROOT, '.data/bench-throughput'), TRIBUTARY_LOCAL_PORT_FROM: '30100', TRIBUTARY_LOCAL_PORT_TO: '30999',
  TRIBUTARY_MAX_CLUSTERS_PER_ORG: '100',
};
execFileSync('bash', ['scripts/ensure-services.sh', env.TRIBUTARY_DB_NAME], { cwd: ROOT, stdio: 'ignore' });
execFileSync('bash', ['scripts/migrate.sh'], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, ...env } });
const leftovers = new LocalProvider({ dataRoot: env.TRIBUTARY_LOCAL_DATA_DIR, portRange: { from: 30100, to: 30999 } });
for (const id of await leftovers.listOwnedClusters()) await leftovers.deleteCluster(id);
execFileSync('psql', ['-q', '-h', '127.0.0.1', '-U', 'tributary', '-d', env.TRIBUTARY_DB_NAME, '-c', "update clusters set phase = 'DELETED', deleted_at = now() where phase <> 'DELETED'"], { env: { ...process.env, PGPASSWORD: 'tributary' } });
const api = startProcess(['dist/apps/api/src/main.js'], env);
const worker = startProcess(['dist/apps/worker/src/main.js'], env);
const base = `http://127.0.0.1:${env.TRIBUTARY_API_PORT}`;
const work = mkdtempSync(join(tmpdir(), 'bench-throughput-'));
let bare;
try {
  console.log(`bench/throughput: ${rounds} round(s) of ${records.toLocaleString('en-US')} × ${recordSize} B, acks=all, ${partitions} partitions; load average ${load()}`);
  await waitForHttp(`${base}/readyz`);
  const signup = await fetch(`${base}/api/auth/signup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: `bench-${Date.now()}@example.test`, password: 'bench password 1', full_name: 'Bench', organization_name: 'Bench' }) });
  const me = await signup.json();
  const headers = { 'content-type': 'application/json', cookie: signup.headers.get('set-cookie').split(';')[0], 'x-csrf-token': me.csrf_token };
  const env0 = (await (await fetch(`${base}/org/v2/environments`, { headers })).json()).data[0].id;

  /** A PROVISIONED cluster of `kind`, a cluster key, the `perf` topic at the kind's RF, and a client.properties. */
  async function tributaryCluster(kind, replicationFactor) {
    const res = await fetch(`${base}/cmk/v2/clusters`, { method: 'POST', headers, body: JSON.stringify({ spec: { display_name: `bench-${kind}`, cloud: 'LOCAL', region: 'local', config: { kind }, environment: { id: env0 } } }) });
    let cluster = await res.json();
    if (res.status !== 202) throw new Error(JSON.stringify(cluster));
    for (const deadline = Date.now() + 180_000; ; ) {
      cluster = await (await fetch(`${base}/cmk/v2/clusters/${cluster.id}?environment=${env0}`, { headers })).json();
      if (cluster.status.phase === 'PROVISIONED') break;
      if (cluster.status.phase === 'FAILED') throw new Error(cluster.status.failure_reason);
      if (Date.now() > deadline) throw new Error(`${kind} cluster not PROVISIONED after 180 s\nworker: ${worker.stderrText()}`);
      await sleep(200);
    }
    const key = await (await fetch(`${base}/iam/v2/api-keys`, { method: 'POST', headers, body: JSON.stringify({ spec: { display_name: `bench-${kind}`, owner: { id: me.user.id }, resource: { id: cluster.id } } }) })).json();
    const authorization = 'Basic ' + Buffer.from(`${key.id}:${key.spec.secret}`).toString('base64');
    // A new key reaches the brokers' SCRAM store asynchronously: retry the topic create until it is accepted.
    for (let attempt = 1; ; attempt++) {
      const t = await fetch(`${base}/kafka/v3/clusters/${cluster.id}/topics`, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body: JSON.stringify({ topic_name: 'perf', partitions_count: partitions, replication_factor: replicationFactor }) });
      if (t.status === 201) break;
      if (attempt >= 30) throw new Error(`topic create on ${kind}: ${t.status} ${await t.text()}`);
      await sleep(1000);
    }
    const clientProperties = join(work, `${kind}.properties`);
    writeFileSync(clientProperties, [
      'security.protocol=SASL_PLAINTEXT', 'sasl.mechanism=SCRAM-SHA-512',
      `sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="${key.id}" password="${key.spec.secret}";`,
    ].join('\n'), { mode: 0o600 });
    return { kind, id: cluster.id, bootstrap: cluster.spec.kafka_bootstrap_endpoint.replace(/^SASL_PLAINTEXT:\/\//, ''), clientProperties };
  }

  bare = await startBareBroker();
  const basic = await tributaryCluster('Basic', 1);
  const standard = await tributaryCluster('Standard', 3);
  const targets = [{ name: 'bare broker (Kafka defaults)', bootstrap: bare.bootstrap, clientProperties: null }, { name: 'Basic', ...basic }, { name: 'Standard (RF 3, min ISR 2)', ...standard }];
  const results = new Map(targets.map((t) => [t.name, []]));
  for (let r = 0; r < rounds; r++) {
    const line = [];
    for (const t of targets) {
      const got = await producerPerformance(t.bootstrap, t.clientProperties);
      results.get(t.name).push(got);
      line.push(`${t.name.split(' ')[0]} ${got.mbps.toFixed(1)} MB/s (p99 ${got.p99} ms)`);
    }
    console.log(`  round ${r + 1}: ${line.join(', ')}; load ${load()}`);
  }
  const floor = median(results.get(targets[0].name).map((x) => x.mbps));
  for (const t of targets) {
    const xs = results.get(t.name);
    const mbps = median(xs.map((x) => x.mbps));
    console.log(`${t.name.padEnd(30)} ${mbps.toFixed(1).padStart(7)} MB/s  p99 ${String(median(xs.map((x) => x.p99))).padStart(5)} ms  ÷ bare ${(mbps / floor).toFixed(2)}`);
  }
  console.log(`aim: Basic ≥ 0.9× the bare broker; load average at the end ${load()}`);
  for (const c of [basic, standard]) await fetch(`${base}/cmk/v2/clusters/${c.id}?environment=${env0}`, { method: 'DELETE', headers });
  for (const c of [basic, standard]) {
    for (const deadline = Date.now() + 60_000; (await fetch(`${base}/cmk/v2/clusters/${c.id}?environment=${env0}`, { headers })).status !== 404 && Date.now() < deadline; ) await sleep(200);
  }
} finally {
  await bare?.stop();
  rmSync(work, { recursive: true, force: true });
  await stop(worker);
  await stop(api);
}
