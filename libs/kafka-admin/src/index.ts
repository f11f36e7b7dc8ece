export { KafkaAdmin } from './kafka-admin';
export { KafkaAdminError, type KafkaAdminErrorKind } from './kafka-admin-error';
export { toKafkaAdminError, kindForProtocolError } from './error-mapping';
export { toKafkaRestError, type KafkaRestError } from './rest-error-codes';
export { clusterAccessAcls, fullAccessAcls, userPrincipal, KAFKA_CLUSTER_RESOURCE } from './cluster-access-acls';
export { ACL_OPERATIONS, ACL_PATTERN_TYPES, ACL_PERMISSIONS, ACL_RESOURCE_TYPES, aclKey, type AclOperation, type AclPatternType, type AclPermission, type AclResourceType, type AclSyncResult, type BrokerAcl } from './broker-acls';
export { DEFAULT_SCRAM_ITERATIONS, SCRAM_SHA_512_MECHANISM, scramSha512Upsertion, type ScramUpsertion } from './scram-credentials';
export { planDrain, planSpread } from './reassignment-plan';
export type { ExpectedBrokers } from './brokers';
export { RecordProducer } from './records';
export { kafkaRestConfigSource } from './config-sources';
export { produce, consumeAll, joinGroup, type GroupMemberHandle, type MessageToSend, type ProduceOptions, type ConsumedMessage } from './test-clients';
export type {
  KafkaConnectionSettings,
  ClientCredentials,
  TopicSummary,
  TopicDescription,
  PartitionDescription,
  CreateTopicRequest,
  CreatedTopic,
  TopicConfigEntry,
  ConfigSourceName,
  BrokerEndpoint,
  ClusterDescription,
  PartitionReplicas,
  PartitionMove,
  ReassignmentInProgress,
  ConfigSynonym,
  ClusterConfigEntry,
  AlterConfigsOptions,
  ConsumerGroupState,
  ConsumerGroupType,
  ConsumerGroupSummary,
  ConsumerGroupMember,
  ConsumerGroupDescription,
  PartitionLag,
  OffsetResetTarget,
  OffsetResetRequest,
  OffsetChange,
  RecordToProduce,
  ProducedRecord,
} from './types';
export { RecordReader, type RecordsReadRequest, type RecordsReadStart, type RecordsPage, type ReadRecord, type ReadRecordHeader, type PartitionReadPosition } from './records-read';
export { describeDefaultUserQuotas, syncDefaultUserQuotas, type ClientQuotaRates, type ClientQuotaSync } from './client-quotas';
