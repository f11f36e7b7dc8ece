import { describe, expect, it } from 'vitest';
import { allocateExactly, topicWeights, UNATTRIBUTED_TOPIC, withUnattributed } from './chargeback';
import { sampleUsages, type SampleRow } from './usage-math';

const sum = (m: Map<string, bigint>) => [...m.values()].reduce((s, v) => s + v, 0n);

describe('chargeback by topic', () => {
  it('allocates whole units by largest remainder: the shares always add up to the total', () => {
    const a = allocateExactly(100n, new Map([['a', 1n], ['b', 1n], ['c', 1n]]));
    expect(a).toEqual(new Map([['a', 34n], ['b', 33n], ['c', 33n]]));
    for (const total of [0n, 1n, 7n, 999_999n, 123_456_789_012n]) {
      const w = new Map([['x', 3n], ['y', 5n], ['z', 11n], ['w', 0n]]);
      expect(sum(allocateExactly(total, w))).toBe(total);
    }
    expect(allocateExactly(5n, new Map())).toEqual(new Map([[UNATTRIBUTED_TOPIC, 5n]]));
    // The largest remainder wins the leftover unit, not the first name.
    expect(allocateExactly(10n, new Map([['a', 1n], ['b', 2n]]))).toEqual(new Map([['a', 3n], ['b', 7n]]));
  });

  it('charges bytes the topic counters do not explain to no topic', () => {
    expect(withUnattributed(new Map([['a', 60n]]), 100n)).toEqual(new Map([['a', 60n], [UNATTRIBUTED_TOPIC, 40n]]));
    expect(withUnattributed(new Map([['a', 101n]]), 100n)).toEqual(new Map([['a', 101n]]));
  });

  it('weighs topics by their counter deltas (restarts detected) and gauges', () => {
    const t = (iso: string) => new Date(iso);
    const row = (at: string, inc: bigint, counters: [string, bigint, bigint][], gauges: [string, bigint, number][]): SampleRow => ({
      brokerId: 1,
      intervalStart: t(at),
      scrapedAt: t(at),
      up: true,
      incarnation: inc,
      bytesInTotal: counters.reduce((s, c) => s + c[1], 0n),
      bytesOutTotal: counters.reduce((s, c) => s + c[2], 0n),
      retainedBytes: gauges.reduce((s, g) => s + g[1], 0n),
      partitionCount: gauges.reduce((s, g) => s + g[2], 0),
      topicCounters: new Map(counters.map(([n, i, o]) => [n, { bytesIn: i, bytesOut: o }])),
      topicGauges: new Map(gauges.map(([n, b, p]) => [n, { retainedBytes: b, partitionCount: p }])),
    });
    const usages = sampleUsages(
      [
        row('2026-12-01T10:00:00Z', 1n, [['a', 100n, 10n]], [['a', 100n, 1]]),
        row('2026-12-01T10:01:00Z', 1n, [['a', 150n, 10n], ['b', 40n, 0n]], [['a', 150n, 1], ['b', 40n, 2]]),
        // restarted: the new readings are all usage since
        row('2026-12-01T10:02:00Z', 2n, [['a', 5n, 3n]], [['a', 150n, 1], ['b', 40n, 2]]),
      ],
      new Map([[1, { incarnation: 1n, bytesInTotal: 90n, bytesOutTotal: 10n, topicCounters: new Map([['a', { bytesIn: 90n, bytesOut: 10n }]]) }]]),
    );
    const w = topicWeights(usages);
    expect(w.get('KAFKA_NETWORK_WRITE')).toEqual(new Map([['a', 10n + 50n + 5n], ['b', 40n]]));
    expect(w.get('KAFKA_NETWORK_READ')).toEqual(new Map([['a', 3n]]));
    expect(w.get('KAFKA_STORAGE')).toEqual(new Map([['a', 400n], ['b', 80n]]));
    expect(w.get('KAFKA_PARTITION')).toEqual(new Map([['a', 3n], ['b', 4n]]));
    // The broker totals' deltas equal the topics' sum.
    expect(usages.reduce((s, u) => s + u.bytesIn, 0n)).toBe(105n);
  });
});
