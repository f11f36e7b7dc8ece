import { describe, expect, it } from 'vitest';
import { attributePartitions, readBrokerMetrics } from './broker-metrics';

const page = (bytesIn: number, bytesOut: number, logs: [string, number, number][], extra = '') => `# HELP kafka_server_bytes_in_total Bytes produced
# TYPE kafka_server_bytes_in_total counter
kafka_server_bytes_in_total ${bytesIn.toExponential()}
kafka_server_bytes_out_total ${bytesOut}.0
kafka_server_topic_bytes_in_total{topic="orders",} 123.0
kafka_server_broker_state 3.0
process_start_time_seconds 1.7640504E9
${logs.map(([t, p, b]) => `kafka_log_size_bytes{topic="${t}",partition="${p}",} ${b}.0`).join('\n')}
${extra}`;

describe('broker metrics', () => {
  it('reads the counters, state, start time and user-topic logs (internal topics excluded)', () => {
    const m = readBrokerMetrics(page(12_345_678, 4_000, [['orders', 0, 500], ['__consumer_offsets', 3, 999], ['__cluster_metadata', 0, 77]]));
    expect(m.bytesIn).toBe(12_345_678n);
    expect(m.bytesOut).toBe(4_000n);
    expect(m.brokerState).toBe(3);
    expect(m.incarnation).toBe(1_764_050_400_000n);
    expect(m.logs).toEqual([{ topic: 'orders', partition: 0, bytes: 500n }]);
  });

  it('counts each partition once, at its largest replica, on the lowest broker hosting it', () => {
    const b1 = readBrokerMetrics(page(0, 0, [['orders', 0, 500], ['orders', 1, 10]]));
    const b2 = readBrokerMetrics(page(0, 0, [['orders', 0, 520], ['orders', 2, 30]]));
    const b3 = readBrokerMetrics(page(0, 0, [['orders', 1, 12], ['orders', 2, 30]]));
    const a = attributePartitions(new Map([[1, b1], [2, b2], [3, b3], [4, null]]));
    expect(a.get(1)).toMatchObject({ retainedBytes: 520n + 12n, partitionCount: 2 });
    expect(a.get(2)).toMatchObject({ retainedBytes: 30n, partitionCount: 1 });
    expect(a.get(3)).toMatchObject({ retainedBytes: 0n, partitionCount: 0 });
    expect(a.get(4)).toMatchObject({ retainedBytes: 0n, partitionCount: 0 });
  });

  it('reads the per-topic counters, internal topics included', () => {
    const m = readBrokerMetrics(page(200, 0, [], 'kafka_server_topic_bytes_out_total{topic="orders",} 7.0\nkafka_server_topic_bytes_in_total{topic="__consumer_offsets",} 77.0'));
    expect(m.topics.get('orders')).toEqual({ bytesIn: 123n, bytesOut: 7n });
    expect(m.topics.get('__consumer_offsets')).toEqual({ bytesIn: 77n, bytesOut: 0n });
  });

  it('attributes per topic, and carries a down broker’s last logs only for partitions no readable broker reports', () => {
    const b1 = readBrokerMetrics(page(0, 0, [['orders', 0, 500]]));
    const a = attributePartitions(
      new Map([[1, b1], [2, null]]),
      new Map([[2, [{ topic: 'orders', partition: 0, bytes: 900n }, { topic: 'audit', partition: 0, bytes: 40n }]]]),
    );
    expect(a.get(1)).toMatchObject({ retainedBytes: 500n, partitionCount: 1 });
    expect(a.get(1)!.topics.get('orders')).toEqual({ retainedBytes: 500n, partitionCount: 1 });
    expect(a.get(2)).toMatchObject({ retainedBytes: 40n, partitionCount: 1 });
    expect([...a.get(2)!.topics.keys()]).toEqual(['audit']);
  });
});
