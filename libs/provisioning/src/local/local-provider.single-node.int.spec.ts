import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClusterNodesStatus } from '../cloud-provider';
import { waitForNodesRunning } from '../wait-for-nodes';
import {
  canAuthenticate,
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
import { findPidsByArg, isPidAlive, processGroupAndSession } from './process-table';
import { isPortFree } from '../net/tcp-probe';

const clusterId = 'lkc-int-single';
const admin = newAdminCredential();
const spec = testSpec(clusterId, 1, admin);
const dataRoot = newTestDataRoot();
const provider = newTestProvider(dataRoot);
const configPath = join(dataRoot, clusterId, 'node-1', 'server.properties');
const pidOf = (ref: string) => Number(ref.replace('pid:', ''));

describe('LocalProvider, one node (real Kafka)', () => {
  let endpoint: string;
  let initial: ClusterNodesStatus;

  beforeAll(async () => {
    initial = await provider.ensureNodes(spec);
    const status = await waitForNodesRunning(provider, clusterId, 1, { timeoutMs: 60_000 });
    endpoint = status.bootstrapEndpoint as string;
  });

  afterAll(async () => {
    await provider.deleteCluster(clusterId);
    rmSync(dataRoot, { recursive: true, force: true });
  });

  it('reports a started JVM that does not listen yet as PENDING, without a bootstrap endpoint', () => {
    expect(initial.nodes.map((n) => n.state)).toEqual(['PENDING']);
    expect(initial.bootstrapEndpoint).toBeNull();
  });

  it('reports the node RUNNING as a combined broker+controller with a bootstrap endpoint', async () => {
    const status = await provider.describeNodes(clusterId);
    expect(status.nodes).toHaveLength(1);
    const [node] = status.nodes;
    expect(node).toMatchObject({ nodeId: 1, state: 'RUNNING', isController: true, host: '127.0.0.1', zone: 'local-1a' });
    expect(status.bootstrapEndpoint).toBe(`127.0.0.1:${node?.kafkaPort}`);
    expect(await provider.listOwnedClusters()).toEqual([clusterId]);
  });

  it('runs the broker detached (own session and process group) with its log in the node dir', async () => {
    const pid = pidOf((await provider.describeNodes(clusterId)).nodes[0]?.providerRef as string);
    const ids = processGroupAndSession(pid);
    expect(ids?.pgid).toBe(pid);
    expect(ids?.sid).toBe(pid);
    expect(ids?.sid).not.toBe(processGroupAndSession(process.pid)?.sid);
    // The client port opens a few ms before KafkaRaftServer logs its last start-up line: wait for it.
    const serverLog = () => readFileSync(join(dataRoot, clusterId, 'node-1', 'logs', 'server.log'), 'utf8');
    for (const deadline = Date.now() + 30_000; !serverLog().includes('Kafka Server started') && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 100));
    expect(serverLog()).toContain('Kafka Server started');
  });

  it('formats storage without the admin password in any command line or file left behind', () => {
    expect(existsSync(join(dataRoot, clusterId, 'node-1', 'data', 'meta.properties'))).toBe(true);
    // The launcher reads its format arguments from a 0600 file and deletes it before the broker starts.
    expect(existsSync(join(dataRoot, clusterId, 'node-1', 'format.args'))).toBe(false);
    const pid = findPidsByArg(configPath)[0] as number;
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    expect(cmdline).toContain(`kafka.Kafka\0${configPath}`);
    expect(cmdline).not.toContain(admin.password);
  });

  it('accepts the admin SCRAM-SHA-512 credential: create a topic, produce and consume a message', async () => {
    await createTopic(endpoint, admin, 'orders', 1);
    await produceOne(endpoint, admin, 'orders', 'hello-local');
    expect(await consumeOne(endpoint, admin, 'orders')).toBe('hello-local');
  });

  it('refuses a wrong password and an unknown user', async () => {
    expect(await canAuthenticate(endpoint, admin)).toBe(true);
    expect(await canAuthenticate(endpoint, { ...admin, password: `${admin.password}x` })).toBe(false);
    expect(await canAuthenticate(endpoint, { username: 'mallory', password: admin.password })).toBe(false);
    const log = readFileSync(join(dataRoot, clusterId, 'node-1', 'logs', 'server.log'), 'utf8');
    expect(log).toMatch(/Failed authentication .*invalid credentials with SASL mechanism SCRAM-SHA-512/);
  });

  it('serves Prometheus metrics, bytes in included, on the metrics port', async () => {
    const node = (await provider.describeNodes(clusterId)).nodes[0];
    const text = await scrapeMetrics('127.0.0.1', node?.metricsPort as number);
    expect(metricValue(text, 'kafka_server_bytes_in_total')).toBeGreaterThan(0);
    expect(metricValue(text, 'kafka_server_topic_bytes_in_total{topic="orders"}')).toBeGreaterThan(0);
    expect(metricValue(text, 'kafka_server_topic_bytes_out_total{topic="orders"}')).toBeGreaterThan(0);
    expect(metricValue(text, 'kafka_log_size_bytes{partition="0",topic="orders"}')).toBeGreaterThan(0);
    expect(metricValue(text, 'kafka_server_partition_count')).toBeGreaterThanOrEqual(1);
    expect(metricValue(text, 'kafka_server_broker_state')).toBe(3);
  });

  it('is idempotent, and a second provider instance re-adopts the running broker', async () => {
    const before = await provider.describeNodes(clusterId);
    const again = await provider.ensureNodes(spec);
    expect(again.nodes[0]?.providerRef).toBe(before.nodes[0]?.providerRef);

    const restarted = newTestProvider(dataRoot); // as after an api/worker restart
    const adopted = await restarted.ensureNodes(spec);
    expect(adopted.nodes[0]?.providerRef).toBe(before.nodes[0]?.providerRef);
    expect(adopted.nodes[0]?.state).toBe('RUNNING');
    expect(findPidsByArg(configPath)).toEqual([pidOf(before.nodes[0]?.providerRef as string)]);
  });

  it('refuses a spec whose admin credential differs from the one the cluster was formed with', async () => {
    await expect(provider.ensureNodes({ ...spec, admin: { ...admin, password: `${admin.password}-rotated` } })).rejects.toThrow(
      /differs/,
    );
  });

  it('restarts a broker killed with SIGKILL on the next ensureNodes, on the same ports', async () => {
    const before = (await provider.describeNodes(clusterId)).nodes[0];
    const pid = pidOf(before?.providerRef as string);
    process.kill(pid, 'SIGKILL');
    await expect.poll(() => isPidAlive(pid), { timeout: 10_000 }).toBe(false);
    expect((await provider.describeNodes(clusterId)).nodes[0]?.state).toBe('STOPPED');

    const after = (await newTestProvider(dataRoot).ensureNodes(spec)).nodes[0];
    expect(after?.providerRef).not.toBe(before?.providerRef);
    expect(after?.kafkaPort).toBe(before?.kafkaPort);
    expect(after?.metricsPort).toBe(before?.metricsPort);
    const status = await waitForNodesRunning(provider, clusterId, 1, { timeoutMs: 60_000 });
    expect(findPidsByArg(configPath)).toHaveLength(1);
    // Data survived the crash.
    expect(await consumeOne(status.bootstrapEndpoint as string, admin, 'orders')).toBe('hello-local');
  });

  it('watchNodes reports a broker killed with SIGKILL at once (adopted or started by this provider), and ensureNodes brings it back', async () => {
    const seen: string[] = [];
    const stop = provider.watchNodes((id) => seen.push(id));
    try {
      // Running now: the broker another provider instance restarted in the previous test (adopted: polled).
      const adopted = (await provider.describeNodes(clusterId)).nodes[0];
      process.kill(pidOf(adopted?.providerRef as string), 'SIGKILL');
      await expect.poll(() => seen, { timeout: 10_000 }).toEqual([clusterId]);
      const restarted = (await provider.ensureNodes(spec)).nodes[0];
      expect(restarted?.providerRef).not.toBe(adopted?.providerRef);
      const status = await waitForNodesRunning(provider, clusterId, 1, { timeoutMs: 60_000 });

      // Started by this provider: its child's exit event reports it.
      process.kill(pidOf(status.nodes[0]?.providerRef as string), 'SIGKILL');
      await expect.poll(() => seen, { timeout: 10_000 }).toEqual([clusterId, clusterId]);
      await provider.ensureNodes(spec);
      const back = await waitForNodesRunning(provider, clusterId, 1, { timeoutMs: 60_000 });
      expect(await consumeOne(back.bootstrapEndpoint as string, admin, 'orders')).toBe('hello-local');
      expect(seen).toEqual([clusterId, clusterId]); // once per exit
    } finally {
      stop();
    }
  });

  it('deleteCluster leaves no process, no data and no port behind, and is idempotent', async () => {
    const node = (await provider.describeNodes(clusterId)).nodes[0];
    const pid = pidOf(node?.providerRef as string);
    await provider.deleteCluster(clusterId);
    await provider.deleteCluster(clusterId);
    expect(isPidAlive(pid)).toBe(false);
    expect(findPidsByArg(configPath)).toEqual([]);
    expect(existsSync(join(dataRoot, clusterId))).toBe(false);
    expect(await isPortFree(node?.kafkaPort as number)).toBe(true);
    expect(await isPortFree(node?.metricsPort as number)).toBe(true);
    expect(JSON.parse(readFileSync(join(dataRoot, 'ports.json'), 'utf8')).owners).toEqual({});
    expect(await provider.listOwnedClusters()).toEqual([]);
    expect(await provider.describeNodes(clusterId)).toEqual({ clusterId, nodes: [], bootstrapEndpoint: null });
  });
});
