import type { UsageLineType } from '@tributary/db';

/** The reference's usage line types (Kafka's, then the Schema Registry's), in the order a bill lists them. */
export const USAGE_LINE_TYPES = [
  'KAFKA_BASE',
  'KAFKA_NUM_CKUS',
  'KAFKA_NETWORK_WRITE',
  'KAFKA_NETWORK_READ',
  'KAFKA_STORAGE',
  'KAFKA_PARTITION',
  'SCHEMA_REGISTRY',
] as const satisfies readonly UsageLineType[];

export type { UsageLineType };

export const LINE_UNITS: Record<UsageLineType, string> = {
  KAFKA_BASE: 'Hour',
  KAFKA_NUM_CKUS: 'CKU-hour',
  KAFKA_NETWORK_WRITE: 'GB',
  KAFKA_NETWORK_READ: 'GB',
  KAFKA_STORAGE: 'GB-hour',
  KAFKA_PARTITION: 'Partition-hour',
  SCHEMA_REGISTRY: 'Schema-hour',
};

/**
 * What a Schema Registry line is priced as: the price list's rows are per (kind, line type), and a
 * registry's kind is its Stream Governance package. Every registry is Essentials (Confluent's
 * default package; Advanced is not offered).
 */
export const SCHEMA_REGISTRY_PACKAGE = 'Essentials';

/** Quantities are decimals with 9 places: a GB quantity is then exact to the byte. */
export const QUANTITY_SCALE = 9;
