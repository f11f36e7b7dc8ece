import { describe, expect, it } from 'vitest';
import { parseMetricsQuery, TOPIC_LABEL } from './metrics-query';

describe('metrics query grouped by topic', () => {
  const base = { aggregations: [{ metric: 'io.confluent.kafka.server/received_bytes' }], granularity: 'PT1M', intervals: ['2026-12-01T10:00:00Z/PT1H'], filter: { field: 'resource.kafka.id', op: 'EQ' as const, value: 'lkc-1' } };
  it('accepts metric.topic beside resource.kafka.id', () => {
    const q = parseMetricsQuery({ ...base, group_by: [TOPIC_LABEL, 'resource.kafka.id'] });
    expect(q.groupByTopic).toBe(true);
    expect(q.groupByCluster).toBe(true);
  });
  it('refuses another label, naming the two it takes', () => {
    expect(() => parseMetricsQuery({ ...base, group_by: ['metric.principal_id'] })).toThrow(/metric\.topic/);
  });
});
