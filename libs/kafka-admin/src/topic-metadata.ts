import { type Admin, metadataV12 } from '@platformatic/kafka';
import { anyBrokerConnection } from './broker-connection';
import type { PartitionReplicas, TopicDescription } from './types';

type MetadataTopic = Awaited<ReturnType<typeof metadataV12.api.async>>['topics'][number];

function toTopicDescription(topic: MetadataTopic): TopicDescription {
  const partitions = topic.partitions
    .map((p) => ({ partition: p.partitionIndex, leader: p.leaderId, replicas: p.replicaNodes, isr: p.isrNodes }))
    .sort((a, b) => a.partition - b.partition);
  return {
    name: topic.name ?? '',
    topicId: topic.topicId,
    internal: topic.isInternal,
    partitionsCount: partitions.length,
    replicationFactor: partitions[0]?.replicas.length ?? 0,
    partitions,
  };
}

/**
 * Metadata v12 straight from a broker: unlike Admin.listTopics it keeps the internal flag and the
 * replica lists. `names` null means every topic; a named topic that does not exist makes the
 * client throw UNKNOWN_TOPIC_OR_PARTITION.
 */
export async function fetchTopicDescriptions(admin: Admin, names: string[] | null): Promise<TopicDescription[]> {
  const connection = await anyBrokerConnection(admin);
  const response = await metadataV12.api.async(connection, names, false, false);
  return response.topics.map(toTopicDescription).sort((a, b) => a.name.localeCompare(b.name));
}

export function replicasOfAllPartitions(topics: TopicDescription[]): PartitionReplicas[] {
  return topics.flatMap((topic) =>
    topic.partitions.map((p) => ({ topic: topic.name, partition: p.partition, replicas: [...p.replicas] })),
  );
}
