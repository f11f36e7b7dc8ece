import { describe, expect, it } from 'vitest';
import { kafkaRestConfigSource } from './config-sources';
import { groupState, groupType } from './consumer-groups';

describe('groupState and groupType', () => {
  it.each([
    ['PreparingRebalance', 'PREPARING_REBALANCE'],
    ['PREPARINGREBALANCE', 'PREPARING_REBALANCE'],
    ['CompletingRebalance', 'COMPLETING_REBALANCE'],
    ['Stable', 'STABLE'],
    ['EMPTY', 'EMPTY'],
    ['Assigning', 'ASSIGNING'],
    ['NotReady', 'UNKNOWN'],
  ])('names the broker state %s as %s', (raw, state) => {
    expect(groupState(raw)).toBe(state);
  });

  it('names group types as the REST API does', () => {
    expect(groupType('classic')).toBe('CLASSIC');
    expect(groupType('consumer')).toBe('CONSUMER');
    expect(groupType(undefined)).toBe('UNKNOWN');
  });
});

describe('config sources', () => {
  it("uses the AdminClient's names: a topic override is DYNAMIC_TOPIC_CONFIG", () => {
    expect(kafkaRestConfigSource('TOPIC_CONFIG')).toBe('DYNAMIC_TOPIC_CONFIG');
    expect(kafkaRestConfigSource('DEFAULT_CONFIG')).toBe('DEFAULT_CONFIG');
    expect(kafkaRestConfigSource('DYNAMIC_DEFAULT_BROKER_CONFIG')).toBe('DYNAMIC_DEFAULT_BROKER_CONFIG');
  });
});
