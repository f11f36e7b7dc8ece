import { AppError } from '@tributary/platform';
import { describe, expect, it } from 'vitest';
import { formatPrometheus, MAX_EXPORT_RESOURCES, parseExportQuery } from './metrics-export';

const parameterOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).status).toBe(400);
    return (err as AppError).items[0]?.parameter;
  }
  throw new Error('expected a 400');
};

describe('parseExportQuery', () => {
  it('takes one or repeated resource.kafka.id, deduplicated and sorted', () => {
    expect(parseExportQuery({ 'resource.kafka.id': 'lkc-b2' })).toEqual(['lkc-b2']);
    expect(parseExportQuery({ 'resource.kafka.id': ['lkc-b2', 'lkc-a1', 'lkc-b2'] })).toEqual(['lkc-a1', 'lkc-b2']);
    expect(parseExportQuery({ 'resource.kafka.id': Array.from({ length: MAX_EXPORT_RESOURCES }, (_, i) => `lkc-${i}`) })).toHaveLength(MAX_EXPORT_RESOURCES);
  });

  it('refuses no resource, more than fifty, a malformed id and other parameters with a 400 naming the parameter', () => {
    expect(parameterOf(() => parseExportQuery({}))).toBe('resource.kafka.id');
    expect(parameterOf(() => parseExportQuery(undefined))).toBe('resource.kafka.id');
    expect(parameterOf(() => parseExportQuery({ 'resource.kafka.id': [] }))).toBe('resource.kafka.id');
    expect(parameterOf(() => parseExportQuery({ 'resource.kafka.id': Array.from({ length: 51 }, (_, i) => `lkc-${i}`) }))).toBe('resource.kafka.id');
    expect(parameterOf(() => parseExportQuery({ 'resource.kafka.id': 'LKC-1' }))).toBe('resource.kafka.id');
    expect(parameterOf(() => parseExportQuery({ 'resource.kafka.id': 'lkc-1"} 1\nevil' }))).toBe('resource.kafka.id');
    expect(parameterOf(() => parseExportQuery({ 'resource.kafka.id': 'lkc-1', metric: 'x' }))).toBe('metric');
  });
});

describe('formatPrometheus', () => {
  it('writes HELP and TYPE for every family, then one sample per cluster with its interval’s timestamp in ms', () => {
    const text = formatPrometheus([
      { clusterId: 'lkc-a1', timestamp: 1_700_000_040_000, receivedBytes: 9_007_199_254_740_993n, sentBytes: 5n, retainedBytes: 7n, partitionCount: 3 },
      { clusterId: 'lkc-b2', timestamp: 1_700_000_100_000, receivedBytes: 0n, sentBytes: 0n, retainedBytes: 0n, partitionCount: 0 },
    ]);
    const lines = text.split('\n');
    expect(text.endsWith('\n')).toBe(true);
    expect(lines.slice(0, 4)).toEqual([
      expect.stringMatching(/^# HELP confluent_kafka_server_received_bytes \S/),
      '# TYPE confluent_kafka_server_received_bytes counter',
      'confluent_kafka_server_received_bytes{kafka_id="lkc-a1"} 9007199254740993 1700000040000',
      'confluent_kafka_server_received_bytes{kafka_id="lkc-b2"} 0 1700000100000',
    ]);
    expect(lines).toContain('# TYPE confluent_kafka_server_sent_bytes counter');
    expect(lines).toContain('# TYPE confluent_kafka_server_retained_bytes gauge');
    expect(lines).toContain('# TYPE confluent_kafka_server_partition_count gauge');
    expect(lines).toContain('confluent_kafka_server_partition_count{kafka_id="lkc-a1"} 3 1700000040000');
  });

  it('writes per-topic gauges in families of their own, labelled kafka_id and topic', () => {
    const text = formatPrometheus([
      {
        clusterId: 'lkc-a1',
        timestamp: 1_700_000_040_000,
        receivedBytes: 1n,
        sentBytes: 0n,
        retainedBytes: 12n,
        partitionCount: 3,
        topics: new Map([
          ['orders', { retainedBytes: 10n, partitionCount: 1 }],
          ['a"b', { retainedBytes: 2n, partitionCount: 2 }],
        ]),
      },
    ]);
    const lines = text.split('\n');
    expect(lines).toContain('# TYPE confluent_kafka_server_topic_retained_bytes gauge');
    expect(lines).toContain('confluent_kafka_server_topic_retained_bytes{kafka_id="lkc-a1",topic="orders"} 10 1700000040000');
    expect(lines).toContain('confluent_kafka_server_topic_partition_count{kafka_id="lkc-a1",topic="a\\"b"} 2 1700000040000');
  });

  it('with no cluster measured yet, still names the families', () => {
    expect(formatPrometheus([]).match(/^# TYPE /gm)).toHaveLength(6);
  });
});
