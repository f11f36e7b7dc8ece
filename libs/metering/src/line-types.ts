import type { UsageLineType } from '@tributary/db';

/** The reference's Kafka usage line types, in the order a bill lists them. */
export const USAGE_LINE_TYPES = [
  'KAFKA_BASE',
  'KAFKA_NUM_CKUS',
  'KAFKA_NETWORK_WRITE',
  'KAFKA_NETWORK_READ',
  'KAFKA_STORAGE',
  'KAFKA_PARTITION',
] as const satisfies readonly UsageLineType[];

export type { UsageLineType };

export const LINE_UNITS: Record<UsageLineType, string> = {
  KAFKA_BASE: 'Hour',
  KAFKA_NUM_CKUS: 'CKU-hour',
  KAFKA_NETWORK_WRITE: 'GB',
  KAFKA_NETWORK_READ: 'GB',
  KAFKA_STORAGE: 'GB-hour',
  KAFKA_PARTITION: 'Partition-hour',
};

/** Quantities are decimals with 9 places: a GB quantity is then exact to the byte. */
export const QUANTITY_SCALE = 9;
