import { describe, expect, it } from 'vitest';
import { AppError } from '@tributary/platform';
import { parseDuration, parseInterval, parseMetricsQuery } from './metrics-query';

const now = new Date('2026-11-25T10:13:27Z');
const req = (over: Record<string, unknown> = {}) => ({
  aggregations: [{ metric: 'io.confluent.kafka.server/received_bytes', agg: 'SUM' as const }],
  granularity: 'PT1M',
  intervals: ['2026-11-25T09:00:00Z/PT1H'],
  filter: { field: 'resource.kafka.id', op: 'EQ' as const, value: 'lkc-abc123' },
  ...over,
});

describe('metrics query parsing', () => {
  it('reads the reference request', () => {
    const q = parseMetricsQuery(req({ group_by: ['resource.kafka.id'] }), now);
    expect(q).toMatchObject({ metric: 'received_bytes', clusterIds: ['lkc-abc123'], bucketMs: 60_000, groupByCluster: true, limit: 100 });
    expect(q.intervals[0]!.start.toISOString()).toBe('2026-11-25T09:00:00.000Z');
    expect(q.intervals[0]!.end.toISOString()).toBe('2026-11-25T10:00:00.000Z');
  });

  it('understands interval forms and now expressions', () => {
    expect(parseInterval('PT2H/2026-11-25T10:00:00Z', now).start.toISOString()).toBe('2026-11-25T08:00:00.000Z');
    expect(parseInterval('now-1h|h/now|h', now).start.toISOString()).toBe('2026-11-25T09:00:00.000Z');
    expect(parseInterval('now-1h|h/now|h', now).end.toISOString()).toBe('2026-11-25T10:00:00.000Z');
    expect(parseDuration('P1DT2H30M')).toBe((26 * 60 + 30) * 60_000);
    expect(parseDuration('P')).toBeNull();
  });

  it('takes OR filters over clusters', () => {
    const q = parseMetricsQuery(req({ filter: { op: 'OR', filters: [{ field: 'resource.kafka.id', op: 'EQ', value: 'lkc-a' }, { field: 'resource.kafka.id', op: 'EQ', value: 'lkc-b' }] } }), now);
    expect(q.clusterIds).toEqual(['lkc-a', 'lkc-b']);
  });

  it('refuses what the reference refuses', () => {
    const bad = (over: Record<string, unknown>) => {
      try {
        parseMetricsQuery(req(over), now);
      } catch (e) {
        return e instanceof AppError ? e.items[0]?.pointer : 'not an AppError';
      }
      return 'accepted';
    };
    expect(bad({ aggregations: [{ metric: 'io.confluent.kafka.server/nope' }] })).toBe('/aggregations/0/metric');
    expect(bad({ granularity: 'PT2M' })).toBe('/granularity');
    expect(bad({ intervals: ['2026-11-25T00:00:00Z/PT7H'] })).toBe('/intervals/0'); // PT1M allows 6 hours
    expect(bad({ intervals: ['yesterday/today'] })).toBe('/intervals/0');
    expect(bad({ intervals: ['2026-11-25T10:00:00Z/2026-11-25T09:00:00Z'] })).toBe('/intervals/0');
    expect(bad({ filter: undefined })).toBe('/filter');
    expect(bad({ filter: { field: 'metric.topic', op: 'EQ', value: 'x' } })).toBe('/filter');
    expect(bad({ group_by: ['metric.principal_id'] })).toBe('/group_by'); // metric.topic is served (chargeback)
    expect(bad({ granularity: 'P1D', intervals: ['2026-09-01T00:00:00Z/P40D'] })).toBe('/intervals/0');
  });
});
