import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForNodesRunning } from '../wait-for-nodes';
import {
  consumeOne,
  createTopic,
  metricValue,
  newAdminCredential,
  newTestDataRoot,
  newTestProvider,
  produceOne,
  scrapeMetrics,
  testSpec,
} from './int-test-support';
import { ControllerRemovalError } from '../errors';
import { findPidsByArg, isPidAlive } from './process-table';
import { isPortFree } from '../net/tcp-probe';

const clusterId = 'lkc-int-three';
const admin = newAdminCredential();
const spec = testSpec(clusterId, 3, admin);
const dataRoot = newTestDataRoot();
const provider = newTestProvider(dataRoot);
const configOf = (id: number) => join(dataRoot, clusterId, `node-${id}`, 'server.properties');
const pidOf = (ref: string) => Number(ref.replace('pid:', ''));

describe('LocalProvider, three nodes (real Kafka)', () => {
  beforeAll(async () => {
    // api and worker reconciling the same new cluster at once: the cluster lock prevents duplicates.
    await Promise.all([provider.ensureNodes(spec), newTestProvider(dataRoot).ensureNodes(spec)]);
    await waitForNodesRunning(provider, clusterId, 3, { timeoutMs: 90_000 });
  });

  afterAll(async () => {
    await provider.deleteCluster(clusterId);
    rmSync(dataRoot, { recursive: true, force: true });
  });

  it('starts exactly one JVM per node, all RUNNING, all three controllers, spread over three zones', async () => {
    for (const id of [1, 2, 3]) expect(findPidsByArg(configOf(id))).toHaveLength(1);
    const status = await provider.describeNodes(clusterId);
    expect(status.nodes.map((n) => [n.nodeId, n.state, n.isController, n.zone])).toEqual([
      [1, 'RUNNING', true, 'local-1a'],
      [2, 'RUNNING', true, 'local-1b'],
      [3, 'RUNNING', true, 'local-1c'],
    ]);
    const ports = status.nodes.flatMap((n) => [n.kafkaPort, n.metricsPort]);
    expect(new Set(ports).size).toBe(6);
    expect(status.bootstrapEndpoint?.split(',')).toHaveLength(3);
  });

  it('replicates a topic over the three brokers with the admin credential', async () => {
    const endpoint = (await provider.describeNodes(clusterId)).bootstrapEndpoint as string;
    await createTopic(endpoint, admin, 'replicated', 3);
    await produceOne(endpoint, admin, 'replicated', 'three-ways');
    expect(await consumeOne(endpoint, admin, 'replicated')).toBe('three-ways');
    // Every broker hosts a replica.
    for (const node of (await provider.describeNodes(clusterId)).nodes) {
      const text = await scrapeMetrics(node.host, node.metricsPort);
      expect(metricValue(text, 'kafka_log_size_bytes{partition="0",topic="replicated"}')).toBeGreaterThan(0);
    }
  });

  it('grows with a broker-only node and shrinks back; controllers cannot be removed', async () => {
    await provider.ensureNodes({ ...spec, brokerCount: 4, generation: 2 });
    const grown = await waitForNodesRunning(provider, clusterId, 4, { timeoutMs: 90_000 });
    const node4 = grown.nodes.find((n) => n.nodeId === 4);
    expect(node4?.isController).toBe(false);

    await provider.removeNodesAbove(clusterId, 3);
    await provider.removeNodesAbove(clusterId, 3); // idempotent
    expect(findPidsByArg(configOf(4))).toEqual([]);
    expect(existsSync(join(dataRoot, clusterId, 'node-4'))).toBe(false);
    expect(await isPortFree(node4?.kafkaPort as number)).toBe(true);
    expect((await provider.describeNodes(clusterId)).nodes.map((n) => n.nodeId)).toEqual([1, 2, 3]);

    await expect(provider.removeNodesAbove(clusterId, 2)).rejects.toBeInstanceOf(ControllerRemovalError);
  });

  it('restarts a controller killed with SIGKILL on the next ensureNodes', async () => {
    const before = (await provider.describeNodes(clusterId)).nodes.find((n) => n.nodeId === 2);
    const pid = pidOf(before?.providerRef as string);
    process.kill(pid, 'SIGKILL');
    await expect.poll(() => isPidAlive(pid), { timeout: 10_000 }).toBe(false);
    const seen = await provider.describeNodes(clusterId);
    expect(seen.nodes.find((n) => n.nodeId === 2)?.state).toBe('STOPPED');
    expect(seen.bootstrapEndpoint?.split(',')).toHaveLength(2);

    await newTestProvider(dataRoot).ensureNodes(spec);
    const status = await waitForNodesRunning(provider, clusterId, 3, { timeoutMs: 90_000 });
    expect(status.nodes.find((n) => n.nodeId === 2)?.providerRef).not.toBe(before?.providerRef);
    for (const id of [1, 2, 3]) expect(findPidsByArg(configOf(id))).toHaveLength(1);
  });

  it('deleteCluster stops all three and removes everything', async () => {
    const nodes = (await provider.describeNodes(clusterId)).nodes;
    await provider.deleteCluster(clusterId);
    for (const n of nodes) {
      expect(isPidAlive(pidOf(n.providerRef))).toBe(false);
      expect(await isPortFree(n.kafkaPort)).toBe(true);
    }
    expect(existsSync(join(dataRoot, clusterId))).toBe(false);
    expect(await provider.listOwnedClusters()).toEqual([]);
  });
});
