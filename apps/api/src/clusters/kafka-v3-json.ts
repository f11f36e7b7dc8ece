import type { Cluster } from '@tributary/db';
import { kafkaRestConfigSource, type TopicConfigEntry } from '@tributary/kafka-admin';
import { AppError } from '@tributary/platform';
import { z } from 'zod';

/** Shapes shared by the kafka/v3 controllers, as in Confluent's kafkarest-v3 document. */

export const Relationship = z.object({ related: z.string() });
export const ResourceMetadata = z.object({ self: z.string(), resource_name: z.string().nullable() });
export const CollectionMetadata = z.object({ self: z.string(), next: z.string().nullable() });

export const ConfigSynonymJson = z.object({ name: z.string(), value: z.string().nullable(), source: z.string() });
export const ConfigJson = z.object({
  kind: z.string(),
  metadata: ResourceMetadata,
  cluster_id: z.string(),
  name: z.string(),
  value: z.string().nullable(),
  is_default: z.boolean(),
  is_read_only: z.boolean(),
  is_sensitive: z.boolean(),
  source: z.string(),
  synonyms: z.array(ConfigSynonymJson),
});
export const TopicConfigJson = ConfigJson.extend({ topic_name: z.string() });
export const ClusterConfigJson = ConfigJson.extend({ config_type: z.literal('BROKER') });

export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ kind: z.string(), metadata: CollectionMetadata, data: z.array(item) });
}

export function clusterBase(publicUrl: string, cluster: Cluster): string {
  return `${publicUrl}/kafka/v3/clusters/${cluster.id}`;
}

export function crn(cluster: Cluster, ...parts: string[]): string {
  return [`crn:///kafka=${cluster.id}`, ...parts].join('/');
}

/** Sensitive values never leave the control plane, in the value or in a synonym. */
function configFields(e: TopicConfigEntry) {
  return {
    name: e.name,
    value: e.isSensitive ? null : e.value,
    is_default: e.isDefault,
    is_read_only: e.isReadOnly,
    is_sensitive: e.isSensitive,
    source: kafkaRestConfigSource(e.source),
    synonyms: e.synonyms.map((s) => ({ name: s.name, value: e.isSensitive ? null : s.value, source: kafkaRestConfigSource(s.source) })),
  };
}

export function topicConfigJson(publicUrl: string, cluster: Cluster, topic: string, e: TopicConfigEntry, kind = 'KafkaTopicConfig') {
  return {
    kind,
    metadata: { self: `${clusterBase(publicUrl, cluster)}/topics/${topic}/configs/${e.name}`, resource_name: crn(cluster, `topic=${topic}`, `config=${e.name}`) },
    cluster_id: cluster.id,
    topic_name: topic,
    ...configFields(e),
  };
}

export function clusterConfigJson(publicUrl: string, cluster: Cluster, e: TopicConfigEntry) {
  return {
    kind: 'KafkaClusterConfig',
    metadata: { self: `${clusterBase(publicUrl, cluster)}/broker-configs/${e.name}`, resource_name: crn(cluster, `broker-config=${e.name}`) },
    cluster_id: cluster.id,
    config_type: 'BROKER' as const,
    ...configFields(e),
  };
}

/** Kafka REST's `{name, value, operation}` batch items as changes: DELETE (or a null value with no operation) removes. */
export const AlterConfigItem = z
  .object({ name: z.string().min(1).max(255), value: z.string().max(4096).nullable().optional(), operation: z.enum(['SET', 'DELETE']).nullable().optional() })
  .strict();
export const AlterConfigBatchBody = z.object({ data: z.array(AlterConfigItem).min(1).max(100), validate_only: z.boolean().optional() }).strict();
export const UpdateConfigBody = z.object({ value: z.string().max(4096).nullable().optional() }).strict();

export function toConfigChanges(items: z.infer<typeof AlterConfigItem>[]): Record<string, string | null> {
  const changes: Record<string, string | null> = {};
  for (const c of items) {
    if (c.operation === 'DELETE') changes[c.name] = null;
    else if (c.value === undefined || c.value === null) throw new AppError('bad_request', `Config '${c.name}' needs a value (or operation DELETE)`, { kafkaErrorCode: 40002 });
    else changes[c.name] = c.value;
  }
  return changes;
}
