import { describe, expect, it } from 'vitest';
import { loadSchemaRegistryUsageConfig } from './schema-registry-usage.config';

describe('the Schema Registry free allowance', () => {
  it('is Confluent Essentials’ 100 schemas per environment unless configured', () => {
    expect(loadSchemaRegistryUsageConfig({}).freeSchemasPerEnvironment).toBe(100);
    expect(loadSchemaRegistryUsageConfig({ TRIBUTARY_SCHEMA_REGISTRY_FREE_SCHEMAS: '0' }).freeSchemasPerEnvironment).toBe(0);
  });

  it('refuses a negative or fractional allowance', () => {
    expect(() => loadSchemaRegistryUsageConfig({ TRIBUTARY_SCHEMA_REGISTRY_FREE_SCHEMAS: '-1' })).toThrow(/TRIBUTARY_SCHEMA_REGISTRY_FREE_SCHEMAS/);
    expect(() => loadSchemaRegistryUsageConfig({ TRIBUTARY_SCHEMA_REGISTRY_FREE_SCHEMAS: '1.5' })).toThrow(/TRIBUTARY_SCHEMA_REGISTRY_FREE_SCHEMAS/);
  });
});
