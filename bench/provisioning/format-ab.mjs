// bench/provisioning/format-ab: where a new node's storage is formatted, measured at the provider
// (LocalProvider.ensureNodes until every node is RUNNING, the reconciler's NodesReady check), with
// the floor of bench/provisioning in the same run. Two ways, interleaved each round:
//   separate JVM  — one `kafka-storage format` JVM per node (in parallel), then the brokers;
//   in broker JVM — the launcher (infra/kafka/launcher) formats inside each broker's first start.
//   node bench/provisioning/format-ab.mjs [--rounds 3]
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadavg } from 'node:os';
import { median, ROOT } from '../lib/bench-util.mjs';
import { bareBrokerSeconds } from './bare-broker.mjs';

const { values: opts } = parseArgs({ options: { rounds: { type: 'string', default: '3' } } });
const rounds = Number(opts.rounds);
const { LocalProvider, locateKafkaDistribution } = (await import(`${ROOT}/dist/libs/provisioning/src/index.js`)).default;
const { newAdminCredential, testSpec } = (await import(`${ROOT}/dist/libs/provisioning/src/local/int-test-support.js`)).default;

const dist = locateKafkaDistribution(join(ROOT, 'infra/kafka'));
if (!dist.launcherJar) throw new Error('no launcher jar: run `bash scripts/ensure-kafka.sh` (needs javac)');
const dataRoot = join(ROOT, '.data/bench-format-ab');
const portRange = { from: 28100, to: 28999 }; // used by no test slot or other bench
const providers = {
  'separate JVM': new LocalProvider({ dataRoot, portRange }),
  'in broker JVM': new LocalProvider({ dataRoot, portRange }),
};
// The provider locates the distribution once; hand the "separate JVM" one a copy without the launcher.
providers['separate JVM'].distribution = { ...dist, launcherJar: null };
providers['in broker JVM'].distribution = dist;
for (const id of await providers['in broker JVM'].listOwnedClusters()) await providers['in broker JVM'].deleteCluster(id);

async function runningSeconds(provider, brokers, n) {
  const spec = testSpec(`lkc-fab${brokers}x${n}`, brokers, newAdminCredential());
  const started = performance.now();
  try {
    await provider.ensureNodes(spec);
    for (const deadline = Date.now() + 180_000; ; ) {
      const status = await provider.describeNodes(spec.clusterId);
      if (status.nodes.length === brokers && status.nodes.every((x) => x.state === 'RUNNING')) break;
      if (Date.now() > deadline) throw new Error(`${spec.clusterId} not RUNNING after 180 s: ${JSON.stringify(status.nodes)}`);
      await sleep(25);
    }
    return (performance.now() - started) / 1000;
  } finally {
    await provider.deleteCluster(spec.clusterId);
  }
}

const floor = [];
const got = new Map();
let n = 0;
console.log(`bench/provisioning/format-ab: ${rounds} round(s); load average ${loadavg().map((x) => x.toFixed(1)).join(' / ')}`);
for (let r = 0; r < rounds; r++) {
  floor.push(await bareBrokerSeconds());
  const modes = r % 2 === 0 ? ['separate JVM', 'in broker JVM'] : ['in broker JVM', 'separate JVM'];
  const line = [`bare ${floor.at(-1).toFixed(2)} s`];
  for (const brokers of [1, 3]) {
    for (const mode of modes) {
      const key = `${brokers === 1 ? 'Basic (1 node)' : 'Standard (3 nodes)'}, ${mode}`;
      const s = await runningSeconds(providers[mode], brokers, n++);
      got.set(key, [...(got.get(key) ?? []), s]);
      line.push(`${key} ${s.toFixed(2)} s`);
    }
  }
  console.log(`  round ${r + 1}: ${line.join('; ')}`);
}
const f = median(floor);
console.log(`${'floor: bare broker to accepting'.padEnd(40)} ${f.toFixed(2)} s`);
for (const [key, xs] of got) console.log(`${key.padEnd(40)} ${median(xs).toFixed(2)} s  ${(median(xs) / f).toFixed(2)}× the floor`);
console.log(`load average at the end ${loadavg().map((x) => x.toFixed(1)).join(' / ')}`);
