/** Where and as whom to connect: SASL/SCRAM-SHA-512 over plaintext. */
export interface KafkaConnectionSettings {
  bootstrap: string;
  username: string;
  password: string;
}

export interface ClientCredentials {
  username: string;
  password: string;
}

export interface TopicSummary {
  name: string;
  internal: boolean;
  partitionsCount: number;
  replicationFactor: number;
}

export interface PartitionDescription {
  partition: number;
  leader: number;
  replicas: number[];
  isr: number[];
}

export interface TopicDescription extends TopicSummary {
  topicId: string;
  partitions: PartitionDescription[];
}

export interface CreateTopicRequest {
  name: string;
  partitions: number;
  replicationFactor: number;
  configs?: Record<string, string>;
  /** Ask the controller to check the request without creating anything. */
  validateOnly?: boolean;
}

export interface CreatedTopic {
  name: string;
  topicId: string;
  partitionsCount: number;
  replicationFactor: number;
}

export type ConfigSourceName =
  | 'UNKNOWN'
  | 'TOPIC_CONFIG'
  | 'DYNAMIC_BROKER_CONFIG'
  | 'DYNAMIC_DEFAULT_BROKER_CONFIG'
  | 'STATIC_BROKER_CONFIG'
  | 'DEFAULT_CONFIG'
  | 'DYNAMIC_BROKER_LOGGER_CONFIG'
  | 'CLIENT_METRICS_CONFIG'
  | 'GROUP_CONFIG';

export interface ConfigSynonym {
  name: string;
  value: string | null;
  source: ConfigSourceName;
}

export interface TopicConfigEntry {
  name: string;
  value: string | null;
  isDefault: boolean;
  isReadOnly: boolean;
  isSensitive: boolean;
  source: ConfigSourceName;
  /** Where the value comes from, most specific first (the topic override, then broker settings, then the default). */
  synonyms: ConfigSynonym[];
}

/** A cluster-wide broker setting (Kafka's dynamic default for every broker). */
export type ClusterConfigEntry = TopicConfigEntry;

export interface AlterConfigsOptions {
  /** Ask the broker to check the change without applying it. */
  validateOnly?: boolean;
}

export interface BrokerEndpoint {
  id: number;
  host: string;
  port: number;
  rack: string | null;
}

export interface ClusterDescription {
  clusterId: string;
  /** In KRaft mode brokers report a broker id here, not the (unreachable) KRaft controller. */
  controllerId: number;
  brokers: BrokerEndpoint[];
}

export interface PartitionReplicas {
  topic: string;
  partition: number;
  replicas: number[];
}

export interface PartitionMove {
  topic: string;
  partition: number;
  from: number[];
  to: number[];
}

export interface ReassignmentInProgress {
  topic: string;
  partition: number;
  replicas: number[];
  addingReplicas: number[];
  removingReplicas: number[];
}

export type ConsumerGroupState = 'UNKNOWN' | 'PREPARING_REBALANCE' | 'COMPLETING_REBALANCE' | 'ASSIGNING' | 'RECONCILING' | 'STABLE' | 'DEAD' | 'EMPTY';
export type ConsumerGroupType = 'UNKNOWN' | 'CLASSIC' | 'CONSUMER' | 'SHARE';

export interface ConsumerGroupSummary {
  groupId: string;
  state: ConsumerGroupState;
  type: ConsumerGroupType;
  /** `consumer` for subscribing consumers, empty for groups that only store offsets. */
  protocolType: string;
}

export interface ConsumerGroupMember {
  memberId: string;
  instanceId: string | null;
  clientId: string;
  host: string;
  assignments: { topic: string; partition: number }[];
}

export interface ConsumerGroupDescription extends ConsumerGroupSummary {
  isSimple: boolean;
  partitionAssignor: string;
  coordinatorId: number;
  members: ConsumerGroupMember[];
}

export interface PartitionLag {
  topic: string;
  partition: number;
  currentOffset: bigint;
  logEndOffset: bigint;
  lag: bigint;
  /** Empty when no member has the partition assigned. */
  memberId: string;
  instanceId: string | null;
  clientId: string;
}

export type OffsetResetTarget =
  | { to: 'earliest' }
  | { to: 'latest' }
  | { to: 'timestamp'; timestamp: Date }
  | { to: 'explicit'; offsets: { topic: string; partition: number; offset: bigint }[] };

export interface OffsetResetRequest {
  target: OffsetResetTarget;
  /** Every partition of these topics; when absent, the partitions the group has committed offsets for. */
  topics?: string[];
  validateOnly?: boolean;
}

export interface OffsetChange {
  topic: string;
  partition: number;
  /** The committed offset before the change; null when the group had none. */
  before: bigint | null;
  after: bigint;
}

export interface RecordToProduce {
  topic: string;
  partition?: number;
  key: Buffer | null;
  value: Buffer | null;
  headers: { name: string; value: Buffer | null }[];
  timestamp?: Date;
}

export interface ProducedRecord {
  topic: string;
  partition: number;
  offset: bigint;
  timestamp: Date | null;
}
