import type { PartitionLag } from '@tributary/kafka-admin';
import { describe, expect, it } from 'vitest';
import { summarizeLags } from './consumer-groups.service';

const lag = (topic: string, partition: number, value: bigint): PartitionLag => ({
  topic,
  partition,
  currentOffset: 0n,
  logEndOffset: value,
  lag: value,
  memberId: '',
  instanceId: null,
  clientId: '',
});

describe('summarizeLags', () => {
  it('finds the largest lag (the first on a tie) and sums them all', () => {
    const summary = summarizeLags([lag('a', 0, 3n), lag('a', 1, 7n), lag('b', 0, 7n), lag('b', 1, 0n)]);
    expect(summary.maxLag).toMatchObject({ topic: 'a', partition: 1, lag: 7n });
    expect(summary.totalLag).toBe(17n);
  });

  it('is empty for a group without committed offsets', () => {
    expect(summarizeLags([])).toEqual({ maxLag: null, totalLag: 0n });
  });
});
