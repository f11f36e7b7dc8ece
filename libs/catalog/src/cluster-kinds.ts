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
  /**
   * cmk/v2 `config.max_ecku` bounds (Basic and Standard; null: the kind takes no max_ecku). The
   * ceiling an elastic cluster may scale to; unset means the kind's maximum, as Confluent does.
   */
  ecku: EckuBounds | null;
  /** Kinds this kind can be changed to in place, keeping its id and endpoint (Basic → Standard). */
  upgradesTo: readonly ClusterKind[];
}

export interface EckuBounds {
  min: number;
  max: number;
  /** Minimum for a MULTI_ZONE (`HIGH`) cluster: two eCKUs, one per zone at least. */
  minMultiZone: number;
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
    ecku: { min: 1, max: 10, minMultiZone: 2 },
    upgradesTo: ['Standard'],
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
    ecku: { min: 1, max: 10, minMultiZone: 2 },
    upgradesTo: [],
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
    ecku: null,
    upgradesTo: [],
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

/** cmk/v2 also names availabilities `LOW` and `HIGH` (the newer names of SINGLE_ZONE and MULTI_ZONE). */
export const AVAILABILITY_ALIASES: Record<'LOW' | 'HIGH', Availability> = { LOW: 'SINGLE_ZONE', HIGH: 'MULTI_ZONE' };

/** Why `max_ecku` is not acceptable for a cluster of `kind` and `availability`, or null when it is. */
export function maxEckuProblem(kind: ClusterKind, availability: Availability, maxEcku: number): string | null {
  const bounds = KIND_PROFILES[kind].ecku;
  if (!bounds) return `max_ecku applies to Basic and Standard clusters, not ${kind}`;
  if (!Number.isInteger(maxEcku) || maxEcku < bounds.min || maxEcku > bounds.max) return `max_ecku must be a whole number from ${bounds.min} to ${bounds.max} for ${kind} clusters`;
  if (availability === 'MULTI_ZONE' && maxEcku < bounds.minMultiZone) return `A MULTI_ZONE (HIGH) ${kind} cluster needs max_ecku of at least ${bounds.minMultiZone}`;
  return null;
}
