import type { ClusterKind } from '@tributary/catalog';

/**
 * The seam between the cluster reconciler and wherever brokers actually run.
 *
 * Every method is idempotent and safe to repeat after a crash at any point: the reconciler calls
 * `ensureNodes` on every pass, and a provider must converge to the spec without duplicating nodes.
 * Nothing above this interface can tell a local process from an EC2 instance.
 */
export type CloudName = 'LOCAL' | 'AWS';
export type Availability = 'SINGLE_ZONE' | 'MULTI_ZONE';

/** Credential the control plane uses on a cluster's brokers (a SCRAM-SHA-512 super user). */
export interface AdminCredential {
  username: string;
  password: string;
}

export interface ClusterNodesSpec {
  /** Tributary's cluster id, e.g. `lkc-abc123`; used to name and tag everything the provider owns. */
  clusterId: string;
  /** Bumped whenever the desired node set changes; part of idempotency tokens. */
  generation: number;
  /** Total brokers. Node ids are 1..brokerCount; nodes 1..min(3, brokerCount) are KRaft controllers too. */
  brokerCount: number;
  region: string;
  availability: Availability;
  /** Retained-storage budget per broker in GiB (EBS volume size on AWS; informative locally). */
  storageGiBPerBroker: number;
  admin: AdminCredential;
  /** The cluster kind: replication factor (from @tributary/catalog) and, on clouds, the instance type. */
  kind: ClusterKind;
}

export type NodeState = 'PENDING' | 'RUNNING' | 'STOPPED' | 'MISSING';

export interface NodeStatus {
  nodeId: number;
  state: NodeState;
  isController: boolean;
  /** Host clients connect to. */
  host: string;
  /** SASL_PLAINTEXT (SCRAM-SHA-512) listener for clients. */
  kafkaPort: number;
  /** Prometheus JMX exporter HTTP port (`/metrics`). */
  metricsPort: number;
  /** Provider-specific handle (pid, instance id) for diagnostics. */
  providerRef: string;
  zone: string;
}

export interface ClusterNodesStatus {
  clusterId: string;
  nodes: NodeStatus[];
  /** `host:port,host:port,...` over the running nodes' client listeners, or null before any is known. */
  bootstrapEndpoint: string | null;
}

/** Where a teardown stands: finished, or waiting on the cloud (call `deleteCluster` again after `retryAfterMs`). */
export type TeardownProgress = { done: true } | { done: false; waitingFor: string; retryAfterMs: number };

export const TEARDOWN_DONE: TeardownProgress = { done: true };

export interface CloudProvider {
  readonly cloud: CloudName;
  /** Create missing nodes and (re)start stopped ones until the cluster matches `spec`. Returns what it sees now. */
  ensureNodes(spec: ClusterNodesSpec): Promise<ClusterNodesStatus>;
  /** Observe without changing anything. A cluster the provider knows nothing of has no nodes. */
  describeNodes(clusterId: string): Promise<ClusterNodesStatus>;
  /** Remove nodes with id > brokerCount (after the caller has moved partitions off them). */
  removeNodesAbove(clusterId: string, brokerCount: number): Promise<void>;
  /**
   * Stop and remove everything the cluster owns: processes/instances, ports, data, network.
   * Never blocks for long: where the cloud needs time (instances terminating before their security
   * group can go), it starts what it can and answers `done: false`; the caller calls again later.
   */
  deleteCluster(clusterId: string): Promise<TeardownProgress>;
  /** Cluster ids the provider holds resources for (for orphan sweeps). */
  listOwnedClusters(): Promise<string[]>;
  /**
   * Optional: calls `listener` with a cluster id as soon as one of its nodes is seen to stop (a
   * local broker process exiting, an instance failing its status checks), so the reconciler heals it
   * at once instead of at the next resync. Returns a function that stops watching.
   */
  watchNodes?(listener: (clusterId: string) => void): () => void;
}
