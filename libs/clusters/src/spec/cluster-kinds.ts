/**
 * What each cluster kind means in brokers, replication and limits. One table, read by the API's
 * validation, the reconciler and the docs (docs/CLUSTERS.md mirrors it).
 */
export type ClusterKind = 'Basic' | 'Standard' | 'Dedicated';
export const CLUSTER_KINDS: readonly ClusterKind[] = ['Basic', 'Standard', 'Dedicated'];

export interface KindProfile {
  kind: ClusterKind;
  /** Brokers for a given CKU count (ignored except for Dedicated). */
  brokers(cku: number): number;
  /** Default and maximum replication factor for topics. */
  replicationFactor(brokers: number): number;
  maxPartitions: number;
  /** Retained-storage budget per broker (GiB), as a volume size on cloud VMs. */
  storageGiBPerBroker: number;
}

export const DEDICATED_CKU_MIN = 1;
export const DEDICATED_CKU_MAX = 24;

export const KIND_PROFILES: Record<ClusterKind, KindProfile> = {
  Basic: { kind: 'Basic', brokers: () => 1, replicationFactor: () => 1, maxPartitions: 4096, storageGiBPerBroker: 100 },
  Standard: { kind: 'Standard', brokers: () => 3, replicationFactor: () => 3, maxPartitions: 4096, storageGiBPerBroker: 250 },
  Dedicated: { kind: 'Dedicated', brokers: (cku) => cku, replicationFactor: (b) => Math.min(3, b), maxPartitions: 100_000, storageGiBPerBroker: 1000 },
};

/** min.insync.replicas that keeps acks=all writes durable yet available with one broker down. */
export function minInsyncReplicas(replicationFactor: number): number {
  return replicationFactor >= 3 ? 2 : 1;
}
