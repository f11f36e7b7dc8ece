// The floor of bench/provisioning: a bare single KRaft broker started by hand (plain PLAINTEXT config,
// the provider's JVM flags, storage formatted beforehand) until its port accepts connections.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ROOT } from '../lib/bench-util.mjs';

const { locateKafkaDistribution, baseJvmArgs, DEFAULT_JVM_OPTIONS } = (await import(`${ROOT}/dist/libs/provisioning/src/index.js`)).default;

// Ports below the kernel's ephemeral range, so no outgoing connection can be holding them.
const canListen = (port) => new Promise((resolve) => { const s = createServer(); s.once('error', () => resolve(false)); s.listen(port, '127.0.0.1', () => s.close(() => resolve(true))); });
async function freePort() {
  for (;;) {
    const port = 23000 + Math.floor(Math.random() * 900);
    if (await canListen(port)) return port;
  }
}
export const accepts = (port) =>
  new Promise((resolve) => {
    const c = createConnection({ host: '127.0.0.1', port });
    c.setTimeout(1000, () => { c.destroy(); resolve(false); });
    c.once('connect', () => { c.destroy(); resolve(true); });
    c.once('error', () => resolve(false));
  });

export async function bareBrokerSeconds() {
  const dist = locateKafkaDistribution(join(ROOT, 'infra/kafka'));
  const dir = mkdtempSync(join(tmpdir(), 'bench-bare-'));
  const [client, controller] = [await freePort(), await freePort()];
  const config = join(dir, 'server.properties');
  writeFileSync(config, [
    'process.roles=broker,controller', 'node.id=1', `controller.quorum.voters=1@127.0.0.1:${controller}`,
    `listeners=PLAINTEXT://127.0.0.1:${client},CONTROLLER://127.0.0.1:${controller}`, `advertised.listeners=PLAINTEXT://127.0.0.1:${client}`,
    'controller.listener.names=CONTROLLER', 'inter.broker.listener.name=PLAINTEXT', `log.dirs=${join(dir, 'data')}`,
    'offsets.topic.replication.factor=1', 'transaction.state.log.replication.factor=1', 'transaction.state.log.min.isr=1', 'share.coordinator.state.topic.replication.factor=1', 'share.coordinator.state.topic.min.isr=1',
  ].join('\n'));
  const jvm = baseJvmArgs(dist, DEFAULT_JVM_OPTIONS, join(dir, 'logs'));
  // Formatting is not part of the floor (the provider formats too, but a bare broker is given one ready).
  execFileSync('java', ['-Xmx256m', '-cp', dist.classpath, 'kafka.tools.StorageTool', 'format', '-t', 'benchbenchbenchbenchAA', '-c', config], { stdio: process.env.BENCH_DEBUG ? 'inherit' : 'ignore', timeout: 60_000 });
  const started = performance.now();
  const broker = spawn('java', [...jvm, '-cp', dist.classpath, 'kafka.Kafka', config], { stdio: process.env.BENCH_DEBUG ? 'inherit' : 'ignore' });
  try {
    for (let n = 1; !(await accepts(client)); n++) {
      if (broker.exitCode !== null) throw new Error(`bare broker exited with ${broker.exitCode}; see ${dir}/logs`);
      if (n % 400 === 0) console.error(`  still waiting for the bare broker on port ${client} (${dir})`);
      await sleep(25);
    }
    return (performance.now() - started) / 1000;
  } finally {
    // Also when the bench is interrupted: no broker left behind.
    broker.kill('SIGKILL');
    if (broker.exitCode === null) await new Promise((r) => broker.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
}
