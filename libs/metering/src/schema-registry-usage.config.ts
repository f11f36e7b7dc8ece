import { z } from 'zod';
import { parseEnv } from '@tributary/platform';

/**
 * The Schema Registry's free allowance. Confluent's Stream Governance Essentials package includes
 * 100 schemas per environment (every schema version counts, soft-deleted ones too, until they are
 * permanently deleted) and charges per schema-hour above that. Kept apart from metering.config.ts
 * only because that file is owned elsewhere; it is the same library's configuration.
 */
export function loadSchemaRegistryUsageConfig(env: NodeJS.ProcessEnv = process.env) {
  const c = parseEnv({ TRIBUTARY_SCHEMA_REGISTRY_FREE_SCHEMAS: z.coerce.number().int().min(0).max(1_000_000).default(100) }, env);
  return { freeSchemasPerEnvironment: c.TRIBUTARY_SCHEMA_REGISTRY_FREE_SCHEMAS };
}
export type SchemaRegistryUsageConfig = ReturnType<typeof loadSchemaRegistryUsageConfig>;
export const SCHEMA_REGISTRY_USAGE_CONFIG = Symbol('SCHEMA_REGISTRY_USAGE_CONFIG');
