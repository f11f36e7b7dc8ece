import {
  type Admin,
  ConfigResourceTypes,
  ConfigSources,
  IncrementalAlterConfigOperationTypes,
  type incrementalAlterConfigsV1,
} from '@platformatic/kafka';
import { mapKafkaErrors } from './error-mapping';
import { untilVisible } from './metadata-propagation';
import type { ConfigSourceName, TopicConfigEntry } from './types';

type IncrementalAlterConfigsRequestConfig = incrementalAlterConfigsV1.IncrementalAlterConfigsRequestConfig;

const SOURCE_NAMES = new Map<number, ConfigSourceName>(
  Object.entries(ConfigSources).map(([label, id]) => [id, label as ConfigSourceName]),
);

export function configSourceName(sourceId: number): ConfigSourceName {
  return SOURCE_NAMES.get(sourceId) ?? 'UNKNOWN';
}

export async function describeTopicConfigs(admin: Admin, topic: string): Promise<TopicConfigEntry[]> {
  const [description] = await mapKafkaErrors(() =>
    admin.describeConfigs({ resources: [{ resourceType: ConfigResourceTypes.TOPIC, resourceName: topic }] }),
  );
  return (description?.configs ?? [])
    .map((config) => ({
      name: config.name,
      value: config.value ?? null,
      isDefault: config.configSource === ConfigSources.DEFAULT_CONFIG,
      isReadOnly: config.readOnly,
      isSensitive: config.isSensitive,
      source: configSourceName(config.configSource),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** `null` removes the topic override (back to the broker/cluster default); a string sets it. */
export function incrementalConfigChanges(changes: Record<string, string | null>): IncrementalAlterConfigsRequestConfig[] {
  return Object.entries(changes).map(([name, value]) =>
    value === null
      ? { name, configOperation: IncrementalAlterConfigOperationTypes.DELETE }
      : { name, configOperation: IncrementalAlterConfigOperationTypes.SET, value },
  );
}

export async function alterTopicConfigs(admin: Admin, topic: string, changes: Record<string, string | null>): Promise<void> {
  const configs = incrementalConfigChanges(changes);
  if (configs.length === 0) return;
  await mapKafkaErrors(() =>
    admin.incrementalAlterConfigs({
      resources: [{ resourceType: ConfigResourceTypes.TOPIC, resourceName: topic, configs }],
    }),
  );
  await untilVisible(async () => configsShowChanges(await describeTopicConfigs(admin, topic), changes));
}

/** A set value reads back as that value; a deleted override no longer reads as a topic config. */
export function configsShowChanges(current: TopicConfigEntry[], changes: Record<string, string | null>): boolean {
  const byName = new Map(current.map((entry) => [entry.name, entry]));
  return Object.entries(changes).every(([name, value]) => {
    const entry = byName.get(name);
    return value === null ? entry?.source !== 'TOPIC_CONFIG' : entry?.value === value;
  });
}
