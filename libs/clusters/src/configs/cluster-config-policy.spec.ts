import { describe, expect, it } from 'vitest';
import { assertClusterConfigsChangeable, isCustomerClusterConfig } from './cluster-config-policy';

describe('assertClusterConfigsChangeable', () => {
  it('allows the settings Kafka changes live among those Confluent allows, on Dedicated clusters', () => {
    expect(() => assertClusterConfigsChangeable('Dedicated', ['log.retention.ms', 'log.cleaner.max.compaction.lag.ms'])).not.toThrow();
    expect(isCustomerClusterConfig('num.partitions')).toBe(true);
  });

  it('refuses every other name, naming each one', () => {
    expect(() => assertClusterConfigsChangeable('Dedicated', ['log.retention.ms', 'super.users', 'num.partitions'])).toThrow(/'super\.users', 'num\.partitions'/);
  });

  it('refuses any change on Basic and Standard clusters', () => {
    for (const kind of ['Basic', 'Standard']) expect(() => assertClusterConfigsChangeable(kind, ['num.partitions'])).toThrow(/Dedicated clusters only/);
  });
});
