import type { ClusterDescription, KafkaAdmin, PartitionMove, ReassignmentInProgress, ScramUpsertion } from '@tributary/kafka-admin';
import { TEARDOWN_DONE, type CloudName, type CloudProvider, type ClusterNodesSpec, type ClusterNodesStatus, type NodeState, type NodeStatus, type TeardownProgress } from '@tributary/provisioning';

/**
 * The broker-side operations the reconciler uses (structurally its `ReconcilerBrokerAdmin`; not
 * imported, so libs/clusters' tests can use this fake without a dependency cycle).
 */
type FakeBrokerAdmin = Pick<
  KafkaAdmin,
  'describeBrokers' | 'reassignmentsInProgress' | 'reassignPartitionsOffBrokers' | 'reassignPartitionsOnto' | 'listScramUsers' | 'restoreScramCredential' | 'grantClusterAccess'
>;

interface FakeNode {
  state: NodeState;
  /** Passes left before a starting node runs. */
  startingPasses: number;
}

interface FakeCluster {
  spec: ClusterNodesSpec;
  nodes: Map<number, FakeNode>;
  scramUsers: Set<string>;
  aclPrincipals: Set<string>;
  teardownPassesLeft: number;
}

/**
 * An in-memory cloud for the reconciler's unit tests and the scale bench: the one stand-in the
 * project allows, beside (never instead of) the tests on real brokers. It behaves like a provider
 * (idempotent ensureNodes, teardown that may take several calls, orphans, node exits reported
 * through watchNodes) and plays the brokers' admin API the reconciler uses, with failures injected
 * on demand. Every call is counted, so tests can assert what the reconciler asked for.
 */
export class FakeCloudProvider implements CloudProvider {
  readonly cloud: CloudName;
  readonly calls = { ensureNodes: 0, describeNodes: 0, removeNodesAbove: 0, deleteCluster: 0, listOwnedClusters: 0, admin: 0 };
  private readonly clusters = new Map<string, FakeCluster>();
  private readonly listeners = new Set<(clusterId: string) => void>();
  private failures: Array<{ remaining: number; message: string; match: (clusterId: string) => boolean }> = [];
  private neverReady = new Set<string>();

  constructor(
    private readonly options: {
      cloud?: CloudName;
      /** Passes a new node spends PENDING before it runs (0: running at once). */
      startPasses?: number;
      /** Calls deleteCluster answers "not yet" before it is done (like EC2 waiting for instances). */
      teardownPasses?: number;
    } = {},
  ) {
    this.cloud = options.cloud ?? 'LOCAL';
  }

  // --- failure injection and the world's events ---------------------------------------------

  /** The next `times` provider calls for the cluster (or any, without `clusterId`) throw `message`. */
  failNext(times: number, message = 'the provider is unreachable', clusterId?: string): void {
    this.failures.push({ remaining: times, message, match: (id) => clusterId === undefined || id === clusterId });
  }

  /** The cluster's nodes never get past PENDING (a broker that cannot start). */
  neverBecomesReady(clusterId: string): void {
    this.neverReady.add(clusterId);
  }

  /** A broker dies (kill -9): it is STOPPED until the next ensureNodes, and watchers hear of it. */
  killNode(clusterId: string, nodeId: number): void {
    const node = this.clusters.get(clusterId)?.nodes.get(nodeId);
    if (!node) throw new Error(`fake: ${clusterId} has no node ${nodeId}`);
    node.state = 'STOPPED';
    for (const l of this.listeners) l(clusterId);
  }

  /** The brokers lose their metadata (disk gone): every SCRAM user and ACL with it. */
  loseMetadata(clusterId: string): void {
    const c = this.mustGet(clusterId);
    c.scramUsers.clear();
    c.aclPrincipals.clear();
  }

  /** Nodes that exist in the cloud with no cluster row behind them. */
  plantOrphan(clusterId: string): void {
    this.clusters.set(clusterId, { spec: { clusterId, generation: 1, brokerCount: 1, region: 'local', availability: 'SINGLE_ZONE', storageGiBPerBroker: 1, admin: { username: 'x', password: 'x' }, kind: 'Basic' }, nodes: new Map([[1, { state: 'RUNNING', startingPasses: 0 }]]), scramUsers: new Set(), aclPrincipals: new Set(), teardownPassesLeft: 0 });
  }

  has(clusterId: string): boolean {
    return this.clusters.has(clusterId);
  }

  scramUsersOf(clusterId: string): string[] {
    return [...this.mustGet(clusterId).scramUsers].sort();
  }

  // --- CloudProvider ---------------------------------------------------------------------------

  async ensureNodes(spec: ClusterNodesSpec): Promise<ClusterNodesStatus> {
    this.calls.ensureNodes++;
    this.maybeFail(spec.clusterId);
    let c = this.clusters.get(spec.clusterId);
    if (!c) {
      c = { spec, nodes: new Map(), scramUsers: new Set(), aclPrincipals: new Set(), teardownPassesLeft: this.options.teardownPasses ?? 0 };
      this.clusters.set(spec.clusterId, c);
    }
    c.spec = spec;
    for (let id = 1; id <= spec.brokerCount; id++) {
      const node = c.nodes.get(id) ?? { state: 'PENDING' as NodeState, startingPasses: this.options.startPasses ?? 0 };
      if (node.state === 'STOPPED' || node.state === 'MISSING') Object.assign(node, { state: 'PENDING', startingPasses: this.options.startPasses ?? 0 });
      if (node.state === 'PENDING' && !this.neverReady.has(spec.clusterId)) {
        if (node.startingPasses <= 0) node.state = 'RUNNING';
        else node.startingPasses--;
      }
      c.nodes.set(id, node);
    }
    return this.status(spec.clusterId);
  }

  async describeNodes(clusterId: string): Promise<ClusterNodesStatus> {
    this.calls.describeNodes++;
    return this.status(clusterId);
  }

  async removeNodesAbove(clusterId: string, brokerCount: number): Promise<void> {
    this.calls.removeNodesAbove++;
    this.maybeFail(clusterId);
    const c = this.clusters.get(clusterId);
    if (!c) return;
    for (const id of [...c.nodes.keys()]) if (id > brokerCount) c.nodes.delete(id);
  }

  async deleteCluster(clusterId: string): Promise<TeardownProgress> {
    this.calls.deleteCluster++;
    this.maybeFail(clusterId);
    const c = this.clusters.get(clusterId);
    if (!c) return TEARDOWN_DONE;
    for (const node of c.nodes.values()) node.state = 'STOPPED';
    if (c.teardownPassesLeft > 0) {
      c.teardownPassesLeft--;
      return { done: false, waitingFor: 'instances to terminate', retryAfterMs: 10 };
    }
    this.clusters.delete(clusterId);
    return TEARDOWN_DONE;
  }

  async listOwnedClusters(): Promise<string[]> {
    this.calls.listOwnedClusters++;
    return [...this.clusters.keys()].sort();
  }

  watchNodes(listener: (clusterId: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // --- the brokers' admin API, as the reconciler uses it ------------------------------------------

  /** Connects the reconciler's broker steps to this fake's brokers. */
  brokerAdmin(): { withAdmin<T>(target: { id: string }, bootstrap: string, fn: (admin: FakeBrokerAdmin) => Promise<T>): Promise<T> } {
    return {
      withAdmin: async <T>(target: { id: string }, _bootstrap: string, fn: (admin: FakeBrokerAdmin) => Promise<T>): Promise<T> => {
        this.calls.admin++;
        this.maybeFail(target.id);
        return fn(this.adminFor(target.id));
      },
    };
  }

  private adminFor(clusterId: string): FakeBrokerAdmin {
    const c = this.mustGet(clusterId);
    const running = () => [...c.nodes.entries()].filter(([, n]) => n.state === 'RUNNING').map(([id]) => id);
    return {
      describeBrokers: async (): Promise<ClusterDescription> => ({ clusterId, controllerId: running()[0] ?? -1, brokers: running().map((id) => ({ id, host: 'fake', port: 9000 + id, rack: null })) }),
      reassignmentsInProgress: async (): Promise<ReassignmentInProgress[]> => [],
      reassignPartitionsOffBrokers: async (): Promise<PartitionMove[]> => [],
      reassignPartitionsOnto: async (): Promise<PartitionMove[]> => [],
      listScramUsers: async () => [...c.scramUsers],
      restoreScramCredential: async (u: ScramUpsertion) => {
        c.scramUsers.add(u.name);
      },
      grantClusterAccess: async (principal: string) => {
        c.aclPrincipals.add(principal);
      },
    };
  }

  private status(clusterId: string): ClusterNodesStatus {
    const c = this.clusters.get(clusterId);
    if (!c) return { clusterId, nodes: [], bootstrapEndpoint: null };
    const nodes: NodeStatus[] = [...c.nodes.entries()].map(([nodeId, n]) => ({
      nodeId,
      state: n.state,
      isController: nodeId <= 3,
      host: 'fake',
      kafkaPort: 9000 + nodeId,
      metricsPort: 9100 + nodeId,
      providerRef: `fake:${clusterId}/${nodeId}`,
      zone: 'fake-a',
    }));
    const running = nodes.filter((n) => n.state === 'RUNNING');
    return { clusterId, nodes, bootstrapEndpoint: running.length ? running.map((n) => `${n.host}:${n.kafkaPort}`).join(',') : null };
  }

  private mustGet(clusterId: string): FakeCluster {
    const c = this.clusters.get(clusterId);
    if (!c) throw new Error(`fake: no cluster ${clusterId}`);
    return c;
  }

  private maybeFail(clusterId: string): void {
    const f = this.failures.find((x) => x.remaining > 0 && x.match(clusterId));
    if (!f) return;
    f.remaining--;
    this.failures = this.failures.filter((x) => x.remaining > 0);
    throw new Error(f.message);
  }
}
