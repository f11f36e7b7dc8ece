import type { Cluster } from '@tributary/db';
import type { KafkaAdmin } from '@tributary/kafka-admin';
import { AppError } from '@tributary/platform';
import type { ClusterAdminClient } from '../keys/cluster-admin-client';
import { canAcceptKeysAndTopics } from '../lifecycle/cluster-lifecycle';
import { translatingKafkaErrors } from './kafka-errors';

const notReady = (c: Cluster) => new AppError('conflict', `Cluster ${c.id} is ${c.phase}: topics are available once it is PROVISIONED`, { kafkaErrorCode: 40900 });

/**
 * Runs `fn` on the control plane's admin connection to a PROVISIONED cluster; broker refusals come
 * out as AppErrors carrying the Kafka REST error_code. Every kafka/v3 use case goes through here.
 */
export function withReadyCluster<T>(adminClient: ClusterAdminClient, cluster: Cluster, fn: (admin: KafkaAdmin) => Promise<T>): Promise<T> {
  if (!canAcceptKeysAndTopics(cluster.phase) || !cluster.bootstrapEndpoint) throw notReady(cluster);
  return translatingKafkaErrors(() => adminClient.with(cluster, fn));
}

/** Kafka's own topics (`__consumer_offsets`, `__transaction_state`…): readable, never changed through the API. */
export function isReservedTopicName(name: string): boolean {
  return name.startsWith('__');
}

export function refuseReservedTopic(name: string): void {
  if (isReservedTopicName(name)) {
    throw new AppError('bad_request', `Topic names starting with '__' are reserved for Kafka's internal topics: '${name}' cannot be created or changed`, { kafkaErrorCode: 40002 });
  }
}
