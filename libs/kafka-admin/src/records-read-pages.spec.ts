import { describe, expect, it } from 'vitest';
import type { ReadRecord } from './records-read';
import { forwardPage, newestPage, PAGE_MAX_BYTES, type PartitionCursor } from './records-read-pages';

const record = (partition: number, offset: number, at: number, valueBytes = 1): ReadRecord => ({
  partition,
  offset: BigInt(offset),
  timestamp: new Date(at),
  timestampType: 'CREATE_TIME',
  key: null,
  value: Buffer.alloc(valueBytes),
  headers: [],
});

/** A partition from which `records` were fetched, starting at `from`, up to its end. */
function cursor(partition: number, from: number, records: ReadRecord[], end = from + records.length): PartitionCursor {
  return { partition, beginning: 0n, end: BigInt(end), position: BigInt(end), from: BigInt(from), records };
}

const at = (page: { records: ReadRecord[] }) => page.records.map((r) => [r.partition, Number(r.offset)]);

describe('forwardPage', () => {
  it('takes the earliest in time across partitions, each partition a prefix, with its next offset', () => {
    // Partition 1's clock runs behind: its offset 1 (t=5) is older than its offset 0 (t=50) in time, but
    // it cannot be taken without offset 0, or the next offset would skip a record.
    const p0 = cursor(0, 0, [record(0, 0, 10), record(0, 1, 20), record(0, 2, 30)]);
    const p1 = cursor(1, 0, [record(1, 0, 50), record(1, 1, 5)]);
    const page = forwardPage([p0, p1, cursor(2, 7, [])], 3);
    expect(at(page)).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
    ]);
    expect(page.partitions.map((p) => Number(p.nextOffset))).toEqual([3, 0, 7]);
  });

  it('stops at the byte budget, but always returns one record', () => {
    const big = cursor(0, 0, [record(0, 0, 1, PAGE_MAX_BYTES + 1), record(0, 1, 2)]);
    const page = forwardPage([big], 10);
    expect(at(page)).toEqual([[0, 0]]);
    expect(Number(page.partitions[0]!.nextOffset)).toBe(1);
  });
});

describe('newestPage', () => {
  it('takes the newest in time across partitions, each partition a suffix, oldest first', () => {
    const p0 = cursor(0, 0, [record(0, 0, 10), record(0, 1, 20), record(0, 2, 30)]);
    const p1 = cursor(1, 0, [record(1, 0, 15), record(1, 1, 25)]);
    const page = newestPage([p0, p1], 3);
    expect(at(page)).toEqual([
      [0, 1],
      [1, 1],
      [0, 2],
    ]);
    // Forward reading continues past what was fetched.
    expect(page.partitions.map((p) => Number(p.nextOffset))).toEqual([3, 2]);
  });

  it('answers fewer when there are fewer, and none from empty partitions', () => {
    const page = newestPage([cursor(0, 0, [record(0, 0, 1)]), cursor(1, 0, [])], 20);
    expect(at(page)).toEqual([[0, 0]]);
  });
});
