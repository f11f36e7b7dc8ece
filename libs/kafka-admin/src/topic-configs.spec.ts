import { IncrementalAlterConfigOperationTypes } from '@platformatic/kafka';
import { describe, expect, it } from 'vitest';
import { configSourceName, configsShowChanges, incrementalConfigChanges } from './topic-configs';

describe('incrementalConfigChanges', () => {
  it('sets string values and deletes null ones', () => {
    expect(incrementalConfigChanges({ 'retention.ms': '3600000', 'cleanup.policy': null })).toEqual([
      { name: 'retention.ms', configOperation: IncrementalAlterConfigOperationTypes.SET, value: '3600000' },
      { name: 'cleanup.policy', configOperation: IncrementalAlterConfigOperationTypes.DELETE },
    ]);
  });
});

describe('configSourceName', () => {
  it('names Kafka config sources', () => {
    expect(configSourceName(1)).toBe('TOPIC_CONFIG');
    expect(configSourceName(5)).toBe('DEFAULT_CONFIG');
    expect(configSourceName(42)).toBe('UNKNOWN');
  });
});

describe('configsShowChanges', () => {
  const entry = (name: string, value: string, source: 'TOPIC_CONFIG' | 'DEFAULT_CONFIG') => ({
    name,
    value,
    source,
    isDefault: source === 'DEFAULT_CONFIG',
    isReadOnly: false,
    isSensitive: false,
  });

  it('sees a set value and a removed override', () => {
    const current = [entry('retention.ms', '604800000', 'DEFAULT_CONFIG'), entry('max.message.bytes', '2097152', 'TOPIC_CONFIG')];
    expect(configsShowChanges(current, { 'retention.ms': null, 'max.message.bytes': '2097152' })).toBe(true);
    expect(configsShowChanges(current, { 'max.message.bytes': '1' })).toBe(false);
    expect(configsShowChanges(current, { 'max.message.bytes': null })).toBe(false);
  });
});
