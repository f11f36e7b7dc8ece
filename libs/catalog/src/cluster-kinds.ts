/**
 * What each cluster kind means in brokers, controllers, replication and limits: the one source of
 * these facts. The API's validation, the reconciler, both cloud providers' broker configuration,
 * the price list, the catalog endpoint (and through it the console) and docs/CLUSTERS.md all read it.
 */
export type ClusterKind = 'Basic' | 'Standard' | 'Dedicated';
export const CLUSTER_KINDS: readonly ClusterKind[] = ['Basic', 'Standard', 'Dedicated'];

export type Availability = 'SINGLE_ZONE' | 'MULTI_ZONE';
export const AVAILABILITIES: readonly Availability[] = ['SINGLE_ZONE', 'MULTI_ZONE'];

export interface KindProfile {
  kind: ClusterKind;
  /** One line for people (the console's create flow shows it). */
  summary: string;
  /** Brokers for a given CKU count (ignored except for Dedicated). */
  brokers(cku: number): number;
  /** Default and maximum replication factor for topics on a cluster of `brokers` brokers. */
  replicationFactor(brokers: number): number;
  maxPartitions: number;
  /** Retained-storage budget per broker (GiB), as a volume size on cloud VMs. */
  storageGiBPerBroker: number;
  /** Availabilities the kind can be created with. */
  availabilities: readonly Availability[];
  /** Whether `cku` may be set (and changed later). */
  resizable: boolean;
}

export const DEDICATED_CKU_MIN = 1;
export const DEDICATED_CKU_MAX = 24;
/** Partitions a new topic gets when the request does not say. */
export const DEFAULT_TOPIC_PARTITIONS = 6;
/** KRaft controllers run on nodes 1..min(3, brokers): a static quorum of up to three voters. */
export const MAX_CONTROLLERS = 3;

/** Replication factor of internal topics and the default for new ones: three copies where there are three brokers. */
export function replicationFactorFor(brokers: number): number {
  return Math.max(1, Math.min(3, brokers));
}

/** min.insync.replicas that keeps acks=all writes durable yet available with one broker down. */
export function minInsyncReplicas(replicationFactor: number): number {
  return replicationFactor >= 3 ? 2 : 1;
}

export function controllerCount(brokers: number): number {
  return Math.min(MAX_CONTROLLERS, brokers);
}

export const KIND_PROFILES: Record<ClusterKind, KindProfile> = {
  Basic: {
    kind: 'Basic',
    summary: 'One broker, for development and experiments',
    brokers: () => 1,
    replicationFactor: () => 1,
    maxPartitions: 4096,
    storageGiBPerBroker: 100,
    availabilities: ['SINGLE_ZONE'],
    resizable: false,
  },
  Standard: {
    kind: 'Standard',
    summary: 'Three brokers, three copies of every partition',
    brokers: () => 3,
    replicationFactor: () => 3,
    maxPartitions: 4096,
    storageGiBPerBroker: 250,
    availabilities: ['SINGLE_ZONE', 'MULTI_ZONE'],
    resizable: false,
  },
  Dedicated: {
    kind: 'Dedicated',
    summary: 'One broker per CKU, resizable',
    brokers: (cku) => cku,
    replicationFactor: replicationFactorFor,
    maxPartitions: 100_000,
    storageGiBPerBroker: 1000,
    availabilities: ['SINGLE_ZONE', 'MULTI_ZONE'],
    resizable: true,
  },
};

export function isClusterKind(value: string): value is ClusterKind {
  return (CLUSTER_KINDS as readonly string[]).includes(value);
}

/** The kind of a cluster row (stored as text); throws on a value no migration should ever have written. */
export function kindProfile(kind: string): KindProfile {
  if (!isClusterKind(kind)) throw new Error(`Unknown cluster kind '${kind}'`);
  return KIND_PROFILES[kind];
}
