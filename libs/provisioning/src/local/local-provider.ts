import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chmod, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { assertValidAdminCredential } from '../broker-config/admin-credential';
import { renderBrokerProperties } from '../broker-config/broker-properties';
import { TEARDOWN_DONE, type TeardownProgress } from '../cloud-provider';
import type {
  CloudProvider,
  ClusterNodesSpec,
  ClusterNodesStatus,
  NodeState,
  NodeStatus,
} from '../cloud-provider';
import { assertValidClusterId, isValidClusterId } from '../cluster-ids';
import { ControllerRemovalError } from '../errors';
import { ClusterLayout, parseNodeDirName, type NodePaths } from './cluster-layout';
import { adminMatches, newClusterRecord, readClusterRecord, writeClusterRecord, zoneOf, type LocalClusterRecord } from './cluster-record';
import { withFileLock } from './file-lock';
import { DEFAULT_JVM_OPTIONS, type JvmOptions } from './jvm-options';
import { locateKafkaDistribution, readBrokerTemplate, type KafkaDistribution } from './kafka-distribution';
import { formatNodeStorage, spawnBroker } from './kafka-process';
import { NodeExitWatch } from './node-exit-watch';
import { PortAllocator, type PortAssignment, type PortRange } from './port-allocator';
import { findPidsByArg, isAliveWithArg, stopProcessGroup } from './process-table';
import { acceptsTcp, isPortFree } from '../net/tcp-probe';

export interface LocalProviderOptions {
  /** Root of all local clusters' state (the app passes config; e.g. `<repo>/.data/local`). */
  dataRoot: string;
  /** `infra/kafka` (with `.dist` resolved by scripts/ensure-kafka.sh). Default: found above the cwd. */
  kafkaDir?: string;
  /** Default: `$JAVA_HOME/bin/java`, else `java` on PATH. */
  javaBin?: string;
  /** Loopback address brokers bind to and advertise. */
  host?: string;
  /** Range the port allocator hands ports out of. Keep it below the kernel's ephemeral range (32768+). */
  portRange?: PortRange;
  jvm?: Partial<JvmOptions>;
  /** Grace period after SIGTERM when removing a broker-only node, before SIGKILL. */
  stopGraceMs?: number;
  /** `offsets.topic.num.partitions` for local clusters (50 on real ones; fewer start faster). */
  offsetsTopicPartitions?: number;
  /** Extra broker properties, merged over LOCAL_BROKER_PROPERTIES. */
  brokerProperties?: Readonly<Record<string, string>>;
}

/**
 * Local-only broker tuning (appended to the shared template's EXTRA_PROPERTIES), measured on 2 cores:
 * - a broker restarted after kill -9 cannot register until the controller expires its old session
 *   (default 9 s: restart-to-RUNNING took 11 s; with 3 s it takes ~4 s);
 * - consumer groups wait group.initial.rebalance.delay.ms (3 s) before their first assignment.
 */
export const LOCAL_BROKER_PROPERTIES: Readonly<Record<string, string>> = {
  'broker.session.timeout.ms': '3000',
  'broker.heartbeat.interval.ms': '500',
  'group.initial.rebalance.delay.ms': '0',
};

export const DEFAULT_LOCAL_PORT_RANGE: PortRange = { from: 29100, to: 29999 };

/** Names of the ports each node gets from the allocator. */
const BROKER_PORTS = ['client', 'internal', 'metrics'] as const;
const CONTROLLER_PORTS = [...BROKER_PORTS, 'controller'] as const;

async function waitForPortsFree(ports: number[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (const port of ports) {
    while (!(await isPortFree(port)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  }
}

export class AdminCredentialMismatchError extends Error {
  override readonly name = 'AdminCredentialMismatchError';
}

/**
 * Runs each node of a cluster as a real Kafka KRaft JVM on this machine.
 *
 * - Node ids 1..brokerCount; the first min(3, brokerCount) at creation are combined broker+controller
 *   nodes forming a static quorum, the rest broker-only (they can be added and removed later).
 * - Processes are detached with pid files; any LocalProvider instance on the machine re-adopts them
 *   (pid file + /proc/<pid>/cmdline naming the node's server.properties) and never starts a second copy.
 * - All mutations of one cluster are serialized by a file lock, so api and worker can reconcile at once.
 */
export class LocalProvider implements CloudProvider {
  readonly cloud = 'LOCAL' as const;
  private readonly layout: ClusterLayout;
  private readonly ports: PortAllocator;
  private readonly host: string;
  private readonly javaBin: string;
  private readonly jvm: JvmOptions;
  private readonly stopGraceMs: number;
  private distribution: KafkaDistribution | null = null;
  private readonly exits = new NodeExitWatch();

  constructor(private readonly options: LocalProviderOptions) {
    this.layout = new ClusterLayout(options.dataRoot);
    this.ports = new PortAllocator({ stateFile: this.layout.portsFile, range: options.portRange ?? DEFAULT_LOCAL_PORT_RANGE });
    this.host = options.host ?? '127.0.0.1';
    const javaHome = process.env['JAVA_HOME'];
    this.javaBin = options.javaBin ?? (javaHome ? `${javaHome}/bin/java` : 'java');
    this.jvm = { ...DEFAULT_JVM_OPTIONS, ...options.jvm };
    this.stopGraceMs = options.stopGraceMs ?? 20_000;
  }

  async ensureNodes(spec: ClusterNodesSpec): Promise<ClusterNodesStatus> {
    assertValidClusterId(spec.clusterId);
    assertValidAdminCredential(spec.admin);
    if (!Number.isInteger(spec.brokerCount) || spec.brokerCount < 1 || spec.brokerCount > 64) {
      throw new RangeError(`brokerCount must be 1..64, got ${spec.brokerCount}`);
    }
    const dist = this.dist();
    await withFileLock(this.layout.clusterLock(spec.clusterId), async () => {
      const record = await this.loadOrCreateRecord(spec);
      const nodeIds = Array.from({ length: spec.brokerCount }, (_, i) => i + 1);
      const allIds = [...new Set([...record.controllerIds, ...nodeIds])];
      const assignments = await this.ports.allocateMany(
        allIds.map((id) => ({
          owner: this.layout.portOwner(spec.clusterId, id),
          names: record.controllerIds.includes(id) ? CONTROLLER_PORTS : BROKER_PORTS,
        })),
      );
      const portsOf = (id: number) => assignments.get(this.layout.portOwner(spec.clusterId, id)) as PortAssignment;
      const voters = record.controllerIds.map((id) => ({ nodeId: id, host: this.host, port: portsOf(id)['controller'] as number }));
      const template = readBrokerTemplate(dist);

      const toStart: Array<{ id: number; paths: NodePaths; ports: PortAssignment }> = [];
      for (const id of nodeIds) {
        const paths = this.layout.node(spec.clusterId, id);
        const pid = this.findNodePid(paths);
        if (pid !== null) {
          await writeFile(paths.pidFile, `${pid}\n`); // re-adopt (pid file may be missing or stale)
          this.exits.adopt(spec.clusterId, paths.config, pid);
          continue;
        }
        const ports = portsOf(id);
        await this.assertPortsFree(spec.clusterId, id, ports);
        await mkdir(paths.dataDir, { recursive: true, mode: 0o700 });
        const properties = renderBrokerProperties(template, {
          nodeId: id,
          isController: record.controllerIds.includes(id),
          bindHost: this.host,
          advertisedHost: this.host,
          clientPort: ports['client'] as number,
          internalPort: ports['internal'] as number,
          ...(ports['controller'] !== undefined ? { controllerPort: ports['controller'] } : {}),
          voters,
          rack: zoneOf(record, id),
          logDirs: [paths.dataDir],
          admin: spec.admin,
          replicationFactor: record.replicationFactor,
          offsetsTopicPartitions: this.options.offsetsTopicPartitions ?? 10,
          extraProperties: { ...LOCAL_BROKER_PROPERTIES, ...this.options.brokerProperties },
        });
        await writeFile(paths.config, properties, { mode: 0o600 });
        await chmod(paths.config, 0o600);
        toStart.push({ id, paths, ports });
      }
      // Unformatted nodes format inside their broker's first JVM (the launcher); without the launcher,
      // in parallel (one short JVM each) before the brokers start.
      const firstStart = { kafkaClusterUuid: record.kafkaClusterUuid, admin: spec.admin };
      if (!dist.launcherJar) {
        await Promise.all(
          toStart
            .filter((n) => !existsSync(n.paths.metaProperties))
            .map((n) => formatNodeStorage(this.javaBin, dist, this.jvm, n.paths, record.kafkaClusterUuid, spec.admin)),
        );
      }
      for (const n of toStart) {
        const unformatted = !existsSync(n.paths.metaProperties);
        const metrics = { host: this.host, port: n.ports['metrics'] as number };
        const broker = await spawnBroker(this.javaBin, dist, this.jvm, n.paths, metrics, unformatted ? firstStart : undefined);
        this.exits.spawned(spec.clusterId, n.paths.config, broker.pid, broker.exited);
      }
    });
    return this.describeNodes(spec.clusterId);
  }

  async describeNodes(clusterId: string): Promise<ClusterNodesStatus> {
    if (!isValidClusterId(clusterId)) return { clusterId, nodes: [], bootstrapEndpoint: null };
    const record = await readClusterRecord(this.layout.clusterRecord(clusterId));
    if (!record) return { clusterId, nodes: [], bootstrapEndpoint: null };
    const ids = await this.nodeIdsOnDisk(clusterId);
    const assignments = await this.ports.snapshot();
    const nodes = await Promise.all(
      ids.map(async (id): Promise<NodeStatus> => {
        const paths = this.layout.node(clusterId, id);
        const ports = assignments[this.layout.portOwner(clusterId, id)] ?? {};
        const kafkaPort = ports['client'] ?? 0;
        const pid = existsSync(paths.config) ? this.findNodePid(paths) : null;
        let state: NodeState;
        if (!existsSync(paths.config) || kafkaPort === 0) state = 'MISSING';
        else if (pid === null) state = 'STOPPED';
        else state = (await acceptsTcp(this.host, kafkaPort)) ? 'RUNNING' : 'PENDING';
        return {
          nodeId: id,
          state,
          isController: record.controllerIds.includes(id),
          host: this.host,
          kafkaPort,
          metricsPort: ports['metrics'] ?? 0,
          providerRef: pid === null ? 'pid:none' : `pid:${pid}`,
          zone: zoneOf(record, id),
        };
      }),
    );
    const running = nodes.filter((n) => n.state === 'RUNNING');
    return {
      clusterId,
      nodes,
      bootstrapEndpoint: running.length > 0 ? running.map((n) => `${n.host}:${n.kafkaPort}`).join(',') : null,
    };
  }

  async removeNodesAbove(clusterId: string, brokerCount: number): Promise<void> {
    assertValidClusterId(clusterId);
    await withFileLock(this.layout.clusterLock(clusterId), async () => {
      const record = await readClusterRecord(this.layout.clusterRecord(clusterId));
      if (!record) return;
      const doomed = (await this.nodeIdsOnDisk(clusterId)).filter((id) => id > brokerCount);
      const controllers = doomed.filter((id) => record.controllerIds.includes(id));
      if (controllers.length > 0) {
        throw new ControllerRemovalError(
          `nodes ${controllers.join(', ')} of ${clusterId} are KRaft controllers (static quorum ${record.controllerIds.join(',')}); only broker-only nodes can be removed`,
        );
      }
      for (const id of doomed.sort((a, b) => b - a)) {
        const paths = this.layout.node(clusterId, id);
        this.exits.forget(paths.config);
        for (const pid of this.allNodePids(paths)) await stopProcessGroup(pid, this.stopGraceMs);
        await rm(paths.dir, { recursive: true, force: true });
        await this.ports.release(this.layout.portOwner(clusterId, id));
      }
    });
  }

  async deleteCluster(clusterId: string): Promise<TeardownProgress> {
    assertValidClusterId(clusterId);
    const lock = this.layout.clusterLock(clusterId);
    await withFileLock(lock, async () => {
      const clusterDir = this.layout.clusterDir(clusterId);
      this.exits.forgetCluster(clusterDir);
      // Every JVM whose arguments point into the cluster dir: node brokers, and a format still running.
      const pids = new Set(findPidsByArg(`${clusterDir}/`, 'prefix'));
      for (const id of await this.nodeIdsOnDisk(clusterId)) {
        for (const pid of this.allNodePids(this.layout.node(clusterId, id))) pids.add(pid);
      }
      // The data goes too, so no graceful shutdown: SIGKILL the groups and wait for them to exit.
      await Promise.all([...pids].map((pid) => stopProcessGroup(pid, 0)));
      await rm(clusterDir, { recursive: true, force: true });
      const prefix = this.layout.portOwnerPrefix(clusterId);
      const owned = Object.entries(await this.ports.snapshot()).filter(([owner]) => owner.startsWith(prefix));
      // "Deleted" means the ports can be bound again: the kernel may need a moment after the exit.
      await waitForPortsFree(owned.flatMap(([, assignment]) => Object.values(assignment)), 5_000);
      await this.ports.releasePrefix(prefix);
    });
    await rm(lock, { force: true });
    return TEARDOWN_DONE;
  }

  /**
   * `listener(clusterId)` once per broker exit this provider did not cause: at once for brokers it
   * started, within ~500 ms for running brokers it adopts (those on disk now, and any a later
   * ensureNodes finds). The reconciler then calls ensureNodes, which restarts the node.
   */
  watchNodes(listener: (clusterId: string) => void): () => void {
    const stop = this.exits.subscribe(listener);
    for (const { clusterId, paths } of this.nodesOnDiskSync()) {
      const pid = readPidFile(paths.pidFile);
      if (pid !== null && isAliveWithArg(pid, paths.config)) this.exits.adopt(clusterId, paths.config, pid);
    }
    return stop;
  }

  async listOwnedClusters(): Promise<string[]> {
    const owned = new Set<string>();
    try {
      for (const entry of await readdir(this.layout.root, { withFileTypes: true })) {
        if (entry.isDirectory() && isValidClusterId(entry.name)) owned.add(entry.name);
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    for (const owner of Object.keys(await this.ports.snapshot())) {
      const clusterId = owner.split('/')[0] as string;
      if (isValidClusterId(clusterId)) owned.add(clusterId);
    }
    return [...owned].sort();
  }

  private dist(): KafkaDistribution {
    this.distribution ??= locateKafkaDistribution(this.options.kafkaDir);
    return this.distribution;
  }

  private async loadOrCreateRecord(spec: ClusterNodesSpec): Promise<LocalClusterRecord> {
    const path = this.layout.clusterRecord(spec.clusterId);
    const existing = await readClusterRecord(path);
    if (existing) {
      if (!adminMatches(existing, spec.admin)) {
        throw new AdminCredentialMismatchError(
          `admin credential for ${spec.clusterId} differs from the one its brokers were formatted with (rotation is not supported locally)`,
        );
      }
      return existing;
    }
    const record = newClusterRecord(spec);
    await writeClusterRecord(path, record);
    return record;
  }

  private async nodeIdsOnDisk(clusterId: string): Promise<number[]> {
    try {
      const entries = await readdir(this.layout.clusterDir(clusterId), { withFileTypes: true });
      return entries
        .filter((e) => e.isDirectory())
        .map((e) => parseNodeDirName(e.name))
        .filter((id): id is number => id !== null)
        .sort((a, b) => a - b);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
  }

  /** Every node directory of every cluster under the data root (a cheap synchronous walk). */
  private nodesOnDiskSync(): Array<{ clusterId: string; paths: NodePaths }> {
    const found: Array<{ clusterId: string; paths: NodePaths }> = [];
    const dirs = (path: string) => {
      try {
        return readdirSync(path, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
      } catch {
        return [];
      }
    };
    for (const clusterId of dirs(this.layout.root).filter(isValidClusterId)) {
      for (const id of dirs(this.layout.clusterDir(clusterId)).map(parseNodeDirName)) {
        if (id !== null) found.push({ clusterId, paths: this.layout.node(clusterId, id) });
      }
    }
    return found;
  }

  /** The node's live JVM: the pid file if it still names our broker, else a /proc scan for its config path. */
  private findNodePid(paths: NodePaths): number | null {
    const fromFile = readPidFile(paths.pidFile);
    if (fromFile !== null && isAliveWithArg(fromFile, paths.config)) return fromFile;
    return findPidsByArg(paths.config)[0] ?? null;
  }

  private allNodePids(paths: NodePaths): number[] {
    const pids = new Set(findPidsByArg(paths.config));
    const fromFile = readPidFile(paths.pidFile);
    if (fromFile !== null && isAliveWithArg(fromFile, paths.config)) pids.add(fromFile);
    return [...pids];
  }

  /**
   * A stopped node restarts on its persisted ports; wait briefly (up to 5 s) for a just-killed JVM to
   * let go of them. Checked every 50 ms: a broker killed with -9 frees its listeners at once, and a
   * restart should not sit out a longer tick.
   */
  private async assertPortsFree(clusterId: string, nodeId: number, ports: PortAssignment): Promise<void> {
    for (const [name, port] of Object.entries(ports)) {
      const deadline = Date.now() + 5_000;
      let free = await isPortFree(port);
      while (!free && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 50));
        free = await isPortFree(port);
      }
      if (!free) {
        throw new Error(`${name} port ${port} of ${clusterId} node ${nodeId} is in use by another process; free it or delete the cluster`);
      }
    }
  }
}

function readPidFile(path: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}
