import {
  type Admin,
  ConfigResourceTypes,
  type ConfigResourceTypeValue,
  ConfigSources,
  type describeConfigsV4,
  IncrementalAlterConfigOperationTypes,
  incrementalAlterConfigsV1,
} from '@platformatic/kafka';
import { anyBrokerConnection } from './broker-connection';
import { mapKafkaErrors } from './error-mapping';
import { untilVisible } from './metadata-propagation';
import type { AlterConfigsOptions, ConfigSourceName, TopicConfigEntry } from './types';

type IncrementalAlterConfigsRequestConfig = incrementalAlterConfigsV1.IncrementalAlterConfigsRequestConfig;
type DescribeConfigsResponseConfig = describeConfigsV4.DescribeConfigsResponseConfig;

const SOURCE_NAMES = new Map<number, ConfigSourceName>(
  Object.entries(ConfigSources).map(([label, id]) => [id, label as ConfigSourceName]),
);

export function configSourceName(sourceId: number): ConfigSourceName {
  return SOURCE_NAMES.get(sourceId) ?? 'UNKNOWN';
}

function toConfigEntry(config: DescribeConfigsResponseConfig): TopicConfigEntry {
  return {
    name: config.name,
    value: config.value ?? null,
    isDefault: config.configSource === ConfigSources.DEFAULT_CONFIG,
    isReadOnly: config.readOnly,
    isSensitive: config.isSensitive,
    source: configSourceName(config.configSource),
    synonyms: (config.synonyms ?? []).map((s) => ({ name: s.name, value: s.value ?? null, source: configSourceName(s.source) })),
  };
}

async function describeResourceConfigs(admin: Admin, resourceType: ConfigResourceTypeValue, resourceName: string): Promise<TopicConfigEntry[]> {
  const [description] = await mapKafkaErrors(() =>
    admin.describeConfigs({ resources: [{ resourceType, resourceName }], includeSynonyms: true }),
  );
  return (description?.configs ?? []).map(toConfigEntry).sort((a, b) => a.name.localeCompare(b.name));
}

export function describeTopicConfigs(admin: Admin, topic: string): Promise<TopicConfigEntry[]> {
  return describeResourceConfigs(admin, ConfigResourceTypes.TOPIC, topic);
}

/**
 * The cluster-wide dynamic broker defaults (Kafka's BROKER resource with an empty name), as seen
 * by one broker: every broker setting with the cluster-wide value where one is set.
 */
export async function describeClusterConfigs(admin: Admin, brokerId: number): Promise<TopicConfigEntry[]> {
  return describeResourceConfigs(admin, ConfigResourceTypes.BROKER, String(brokerId));
}

/** `null` removes the topic override (back to the broker/cluster default); a string sets it. */
export function incrementalConfigChanges(changes: Record<string, string | null>): IncrementalAlterConfigsRequestConfig[] {
  return Object.entries(changes).map(([name, value]) =>
    value === null
      ? { name, configOperation: IncrementalAlterConfigOperationTypes.DELETE }
      : { name, configOperation: IncrementalAlterConfigOperationTypes.SET, value },
  );
}

/** With validateOnly the broker checks names and values and changes nothing. */
export async function alterTopicConfigs(
  admin: Admin,
  topic: string,
  changes: Record<string, string | null>,
  options: AlterConfigsOptions = {},
): Promise<void> {
  const configs = incrementalConfigChanges(changes);
  if (configs.length === 0) return;
  const validateOnly = options.validateOnly ?? false;
  await mapKafkaErrors(() =>
    admin.incrementalAlterConfigs({
      resources: [{ resourceType: ConfigResourceTypes.TOPIC, resourceName: topic, configs }],
      validateOnly,
    }),
  );
  if (!validateOnly) await untilVisible(async () => configsShowChanges(await describeTopicConfigs(admin, topic), changes));
}

/**
 * Sets or removes cluster-wide dynamic broker defaults (the BROKER resource with an empty name),
 * then waits (bounded) until broker `brokerId` reports the change.
 */
export async function alterClusterConfigs(
  admin: Admin,
  brokerId: number,
  changes: Record<string, string | null>,
  options: AlterConfigsOptions = {},
): Promise<void> {
  const configs = incrementalConfigChanges(changes);
  if (configs.length === 0) return;
  const validateOnly = options.validateOnly ?? false;
  // Sent as is to any broker (KRaft forwards it to the controller): the client would route a BROKER
  // resource to the broker its name designates, and the cluster-wide one has no broker.
  await mapKafkaErrors(async () => {
    const connection = await anyBrokerConnection(admin);
    await incrementalAlterConfigsV1.api.async(connection, [{ resourceType: ConfigResourceTypes.BROKER, resourceName: '', configs }], validateOnly);
  });
  if (!validateOnly) {
    await untilVisible(async () => {
      const current = await describeClusterConfigs(admin, brokerId);
      const byName = new Map(current.map((entry) => [entry.name, entry]));
      return Object.entries(changes).every(([name, value]) => {
        const clusterWide = byName.get(name)?.synonyms.find((s) => s.source === 'DYNAMIC_DEFAULT_BROKER_CONFIG');
        return value === null ? clusterWide === undefined : clusterWide?.value === value;
      });
    });
  }
}

/** A set value reads back as that value; a deleted override no longer reads as a topic config. */
export function configsShowChanges(
  current: readonly Pick<TopicConfigEntry, 'name' | 'value' | 'source'>[],
  changes: Record<string, string | null>,
): boolean {
  const byName = new Map(current.map((entry) => [entry.name, entry]));
  return Object.entries(changes).every(([name, value]) => {
    const entry = byName.get(name);
    return value === null ? entry?.source !== 'TOPIC_CONFIG' : entry?.value === value;
  });
}
