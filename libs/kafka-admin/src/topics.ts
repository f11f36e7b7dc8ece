import { randomBytes } from 'node:crypto';
import { type Admin, createTopicsV7 } from '@platformatic/kafka';
import { anyBrokerConnection } from './broker-connection';
import { mapKafkaErrors } from './error-mapping';
import { KafkaAdminError } from './kafka-admin-error';
import { untilVisible } from './metadata-propagation';
import { fetchTopicDescriptions } from './topic-metadata';
import { configSourceName } from './topic-configs';
import type { CreatedTopic, CreateTopicRequest, TopicConfigEntry, TopicDescription, TopicSummary } from './types';

const CONTROLLER_TIMEOUT_MS = 30_000;

export async function listTopics(admin: Admin): Promise<TopicSummary[]> {
  const topics = await mapKafkaErrors(() => fetchTopicDescriptions(admin, null));
  return topics.map(({ name, internal, partitionsCount, replicationFactor }) => ({
    name,
    internal,
    partitionsCount,
    replicationFactor,
  }));
}

export async function describeTopic(admin: Admin, name: string): Promise<TopicDescription> {
  const [topic] = await mapKafkaErrors(() => fetchTopicDescriptions(admin, [name]));
  if (!topic) throw new KafkaAdminError('TOPIC_NOT_FOUND', `Topic '${name}' not found.`, 'UNKNOWN_TOPIC_OR_PARTITION');
  return topic;
}

/**
 * CreateTopics v7 sent directly (Admin.createTopics cannot validate only). Throws TOPIC_EXISTS,
 * INVALID_REPLICATION_FACTOR, INVALID_PARTITIONS, INVALID_CONFIG or POLICY_VIOLATION with the
 * controller's message.
 */
export async function createTopic(admin: Admin, request: CreateTopicRequest): Promise<CreatedTopic> {
  const configs = Object.entries(request.configs ?? {}).map(([name, value]) => ({ name, value }));
  const response = await mapKafkaErrors(async () => {
    const connection = await anyBrokerConnection(admin);
    const topic = {
      name: request.name,
      numPartitions: request.partitions,
      replicationFactor: request.replicationFactor,
      assignments: [],
      configs,
    };
    return createTopicsV7.api.async(connection, [topic], CONTROLLER_TIMEOUT_MS, request.validateOnly ?? false);
  });
  const created = response.topics[0];
  if (!created) throw new KafkaAdminError('UNKNOWN', `No CreateTopics result for '${request.name}'.`);
  if (!request.validateOnly) {
    await untilVisible(async () => {
      const [topic] = await fetchTopicDescriptions(admin, [request.name]);
      return !!topic && topic.partitions.length === created.numPartitions && topic.partitions.every((p) => p.leader >= 0);
    });
  }
  return {
    name: created.name,
    topicId: created.topicId,
    partitionsCount: created.numPartitions,
    replicationFactor: created.replicationFactor,
  };
}

/** Throws TOPIC_NOT_FOUND for a topic that does not exist. Mutations below wait (bounded) until reads show them. */
export async function deleteTopic(admin: Admin, name: string): Promise<void> {
  await mapKafkaErrors(() => admin.deleteTopics({ topics: [name] }));
  await untilVisible(async () => !(await fetchTopicDescriptions(admin, null)).some((t) => t.name === name));
}

/** Partitions can only grow; asking for the current count or fewer gives INVALID_PARTITIONS. */
export async function increasePartitions(admin: Admin, name: string, totalPartitions: number): Promise<void> {
  await mapKafkaErrors(() => admin.createPartitions({ topics: [{ name, count: totalPartitions }] }));
  await untilVisible(async () => {
    const [topic] = await fetchTopicDescriptions(admin, [name]);
    return (topic?.partitionsCount ?? 0) >= totalPartitions;
  });
}

/**
 * The configs a new topic would get, from the controller itself: CreateTopics with validateOnly
 * answers with the configs of the topic it would create (under a random name, so it never
 * collides; nothing is created). Each entry is its own only synonym.
 */
export async function newTopicDefaultConfigs(admin: Admin): Promise<TopicConfigEntry[]> {
  const probe = `tributary-defaults-${randomBytes(6).toString('hex')}`;
  const response = await mapKafkaErrors(async () => {
    const connection = await anyBrokerConnection(admin);
    return createTopicsV7.api.async(connection, [{ name: probe, numPartitions: 1, replicationFactor: -1, assignments: [], configs: [] }], CONTROLLER_TIMEOUT_MS, true);
  });
  return (response.topics[0]?.configs ?? [])
    .map((c) => {
      const source = configSourceName(c.configSource);
      const value = c.value ?? null;
      return { name: c.name, value, isDefault: source === 'DEFAULT_CONFIG', isReadOnly: c.readOnly, isSensitive: c.isSensitive, source, synonyms: [{ name: c.name, value, source }] };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
