import { AppError } from '@tributary/platform';

/**
 * The cluster-wide broker settings a customer sees: the set Confluent Cloud lets Dedicated
 * customers change. Basic and Standard clusters may change none (as on Confluent Cloud).
 */
export const CUSTOMER_CLUSTER_CONFIGS: readonly string[] = [
  'auto.create.topics.enable',
  'log.cleaner.max.compaction.lag.ms',
  'log.retention.ms',
  'num.partitions',
  'ssl.cipher.suites',
];

/**
 * Of those, the ones Apache Kafka applies without a broker restart (dynamic cluster-wide
 * defaults). Confluent Server also changes num.partitions and auto.create.topics.enable live;
 * Kafka refuses them ("Cannot update these configs dynamically"), and ssl.cipher.suites only
 * matters on TLS listeners, which these clusters do not have yet. The rest are shown read-only.
 */
export const CHANGEABLE_CLUSTER_CONFIGS: readonly string[] = ['log.cleaner.max.compaction.lag.ms', 'log.retention.ms'];

export function isCustomerClusterConfig(name: string): boolean {
  return CUSTOMER_CLUSTER_CONFIGS.includes(name);
}

export function isChangeableClusterConfig(name: string): boolean {
  return CHANGEABLE_CLUSTER_CONFIGS.includes(name);
}

/** Refuses the whole change, naming every setting that may not be changed, before anything is sent. */
export function assertClusterConfigsChangeable(kind: string, names: readonly string[]): void {
  if (kind !== 'Dedicated') {
    throw new AppError('bad_request', `Cluster settings can be changed on Dedicated clusters only; this cluster is ${kind}`, { kafkaErrorCode: 40002 });
  }
  const refused = names.filter((n) => !isChangeableClusterConfig(n));
  if (refused.length > 0) {
    throw new AppError(
      'bad_request',
      `Cluster setting${refused.length > 1 ? 's' : ''} ${refused.map((n) => `'${n}'`).join(', ')} cannot be changed; changeable: ${CHANGEABLE_CLUSTER_CONFIGS.join(', ')}`,
      { kafkaErrorCode: 40002 },
    );
  }
}
