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

export interface TopicConfigEntry {
  name: string;
  value: string | null;
  isDefault: boolean;
  isReadOnly: boolean;
  isSensitive: boolean;
  source: ConfigSourceName;
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
