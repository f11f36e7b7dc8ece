/**
 * How long a LOCAL broker killed with -9 takes to serve again when the reconciler reacts to
 * `watchNodes` with an immediate `ensureNodes` (issue 14 aims at ≤ 3 s). Not a test: a measurement,
 * printed as JSON. Needs the Kafka distribution (scripts/ensure-kafka.sh) and the compiled code:
 *
 *   node scripts/build.mjs && node dist/libs/provisioning/src/local/measure-restart.js [runs=5] [brokers=1] [sessionTimeoutMs]
 *
 * `sessionTimeoutMs` overrides the local broker.session.timeout.ms (3000): a restarted broker cannot
 * register before its controller has expired the dead one's session, which bounds the restart.
 *
 * Uses its own data dir (removed afterwards) and ports 27100-27199.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ClusterKind } from '@tributary/catalog';
import { acceptsTcp } from '../net/tcp-probe';
import { waitForNodesRunning } from '../wait-for-nodes';
import { LocalProvider } from './local-provider';

async function main(runs: number, brokers: number, sessionTimeoutMs?: number): Promise<void> {
  const dataRoot = mkdtempSync(join(tmpdir(), 'tributary-restart-'));
  const provider = new LocalProvider({
    dataRoot,
    portRange: { from: 27100, to: 27199 },
    ...(sessionTimeoutMs ? { brokerProperties: { 'broker.session.timeout.ms': String(sessionTimeoutMs) } } : {}),
  });
  const clusterId = 'lkc-restart-measure';
  const kind: ClusterKind = brokers === 1 ? 'Basic' : brokers === 3 ? 'Standard' : 'Dedicated';
  const spec = {
    clusterId,
    generation: 1,
    brokerCount: brokers,
    region: 'local-1',
    availability: 'SINGLE_ZONE' as const,
    storageGiBPerBroker: 1,
    admin: { username: 'tributary-admin', password: randomBytes(18).toString('base64url') },
    kind,
  };
  const results: Array<{ listenerMs: number; ensureNodesMs: number; servingMs: number }> = [];
  // Brokers and the watch's poll timer are unref'd (they must not keep an api/worker alive): hold the loop open.
  const keepAlive = setInterval(() => undefined, 1_000);
  try {
    await provider.ensureNodes(spec);
    await waitForNodesRunning(provider, clusterId, brokers, { timeoutMs: 120_000 });
    let onExit: (() => void) | null = null;
    const stop = provider.watchNodes(() => onExit?.());
    for (let run = 0; run < runs; run++) {
      const node = (await waitForNodesRunning(provider, clusterId, brokers, { timeoutMs: 120_000 })).nodes[brokers - 1];
      if (!node) throw new Error('no node');
      // Let the restarted broker settle (its controller has seen its heartbeats) before the next kill.
      await new Promise((r) => setTimeout(r, 3_000));
      const restarted = new Promise<{ listenerMs: number; ensureNodesMs: number }>((resolve, reject) => {
        onExit = () => {
          onExit = null;
          const listenerMs = Date.now() - killedAt;
          provider.ensureNodes(spec).then(() => resolve({ listenerMs, ensureNodesMs: Date.now() - killedAt }), reject);
        };
      });
      const killedAt = Date.now();
      process.kill(Number(node.providerRef.replace('pid:', '')), 'SIGKILL');
      const phases = await restarted;
      while (!(await acceptsTcp(node.host, node.kafkaPort, 200))) await new Promise((r) => setTimeout(r, 20));
      results.push({ ...phases, servingMs: Date.now() - killedAt });
    }
    stop();
  } finally {
    await provider.deleteCluster(clusterId);
    rmSync(dataRoot, { recursive: true, force: true });
    clearInterval(keepAlive);
  }
  const serving = results.map((r) => r.servingMs).sort((a, b) => a - b);
  console.log(JSON.stringify({ brokers, sessionTimeoutMs: sessionTimeoutMs ?? 3000, runs: results, medianServingMs: serving[Math.floor(serving.length / 2)] }, null, 2));
}

if (require.main === module) {
  main(Number(process.argv[2] ?? 5), Number(process.argv[3] ?? 1), process.argv[4] ? Number(process.argv[4]) : undefined).catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
