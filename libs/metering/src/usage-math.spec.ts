import { describe, expect, it } from 'vitest';
import { aliveDuring, floorHour, floorInterval, lineQuantities, sampleUsages, startedHours, summarizeHour, type SampleRow } from './usage-math';

const t = (iso: string) => new Date(iso);

describe('hour bucketing (UTC)', () => {
  it('floors to the UTC hour and interval', () => {
    expect(floorHour(t('2026-11-25T10:59:59.999Z')).toISOString()).toBe('2026-11-25T10:00:00.000Z');
    expect(floorInterval(t('2026-11-25T10:00:59.000Z'), 60_000).toISOString()).toBe('2026-11-25T10:00:00.000Z');
    expect(floorInterval(t('2026-11-25T10:00:05.000Z'), 2_000).toISOString()).toBe('2026-11-25T10:00:04.000Z');
  });

  it('a started hour counts: 10:59 → 11:01 touches two hours', () => {
    expect(startedHours(t('2026-11-25T10:59:00Z'), t('2026-11-25T11:01:00Z')).map((d) => d.toISOString())).toEqual([
      '2026-11-25T10:00:00.000Z',
      '2026-11-25T11:00:00.000Z',
    ]);
    expect(startedHours(t('2026-11-25T10:00:00Z'), t('2026-11-25T11:00:00Z'))).toHaveLength(1);
  });

  it('a cluster is billed for the hour it was created in and the hour it was deleted in', () => {
    const c = { kind: 'Standard', brokerCount: 3, provisionedAt: t('2026-11-25T10:50:00Z'), deletedAt: t('2026-11-25T12:05:00Z') };
    expect(aliveDuring(c, t('2026-11-25T09:00:00Z'))).toBe(false);
    expect(aliveDuring(c, t('2026-11-25T10:00:00Z'))).toBe(true);
    expect(aliveDuring(c, t('2026-11-25T12:00:00Z'))).toBe(true);
    expect(aliveDuring(c, t('2026-11-25T13:00:00Z'))).toBe(false);
  });
});

function sample(brokerId: number, minute: number, bytesIn: bigint | null, bytesOut: bigint | null, retained = 0n, partitions = 0, incarnation: bigint | null = 1n): SampleRow {
  const at = new Date(Date.UTC(2026, 10, 25, 10, minute));
  return { brokerId, intervalStart: at, scrapedAt: new Date(at.getTime() + 500), up: bytesIn !== null, incarnation, bytesInTotal: bytesIn, bytesOutTotal: bytesOut, retainedBytes: retained, partitionCount: partitions };
}

describe('an hour of samples', () => {
  it('sums deltas across brokers and restarts, averages storage, takes the most partitions', () => {
    const samples = [
      sample(1, 0, 1_000n, 10n, 100n, 2),
      sample(2, 0, 500n, 0n, 50n, 1),
      sample(1, 1, 3_000n, 30n, 300n, 2),
      sample(2, 1, 200n, 5n, 50n, 2, 2n), // broker 2 restarted
      sample(1, 2, null, null), // broker 1 unreachable
      sample(2, 2, 700n, 5n, 60n, 2, 2n),
    ];
    const baselines = new Map([[1, { incarnation: 1n, bytesInTotal: 900n, bytesOutTotal: 10n }], [2, { incarnation: 1n, bytesInTotal: 400n, bytesOutTotal: 0n }]]);
    const usage = summarizeHour(sampleUsages(samples, baselines));
    expect(usage.bytesIn).toBe(100n + 2_000n + 100n + 200n + 500n);
    expect(usage.bytesOut).toBe(0n + 20n + 0n + 5n + 0n);
    expect(usage.retainedBytesAvg).toBe((150n + 350n + 60n) / 3n);
    expect(usage.partitionsMax).toBe(4);
    expect(usage.brokers).toBe(2);
  });

  it('prices nothing it did not see; bytes become exact GB', () => {
    const c = { kind: 'Standard', brokerCount: 3, provisionedAt: t('2026-11-25T09:00:00Z'), deletedAt: null };
    const q = lineQuantities(c, t('2026-11-25T10:00:00Z'), { bytesIn: 1_234_567_891n, bytesOut: 0n, retainedBytesAvg: 2_000_000_000n, partitionsMax: 6, brokers: 3, samples: 60 });
    expect(Object.fromEntries(q)).toEqual({ KAFKA_BASE: '1', KAFKA_NETWORK_WRITE: '1.234567891', KAFKA_STORAGE: '2', KAFKA_PARTITION: '6' });
  });

  it('Dedicated clusters accrue CKU-hours: the brokers sampled, or the desired count without samples', () => {
    const c = { kind: 'Dedicated', brokerCount: 4, provisionedAt: t('2026-11-25T09:00:00Z'), deletedAt: null };
    expect(lineQuantities(c, t('2026-11-25T10:00:00Z'), null).get('KAFKA_NUM_CKUS')).toBe('4');
    expect(lineQuantities(c, t('2026-11-25T10:00:00Z'), { bytesIn: 0n, bytesOut: 0n, retainedBytesAvg: 0n, partitionsMax: 0, brokers: 2, samples: 10 }).get('KAFKA_NUM_CKUS')).toBe('2');
    expect(lineQuantities(c, t('2026-11-25T08:00:00Z'), null).size).toBe(0);
  });
});
