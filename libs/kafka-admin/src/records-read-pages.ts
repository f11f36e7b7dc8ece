// How a read's page is cut from what was fetched, apart from the fetching (so it is tested on its own).
import type { ReadRecord, RecordsPage } from './records-read';

/** Keys, values and headers returned by one read, beyond its first record (which always comes back). */
export const PAGE_MAX_BYTES = 8 * 1024 * 1024;

export interface PartitionCursor {
  partition: number;
  beginning: bigint;
  end: bigint;
  /** The next offset to fetch. */
  position: bigint;
  /** Where this read started in the partition. */
  from: bigint;
  records: ReadRecord[];
}

export function recordBytes(r: ReadRecord): number {
  return (r.key?.length ?? 0) + (r.value?.length ?? 0) + r.headers.reduce((n, h) => n + h.name.length + (h.value?.length ?? 0), 0);
}

const byTime = (a: ReadRecord, b: ReadRecord) => a.timestamp.getTime() - b.timestamp.getTime() || a.partition - b.partition || Number(a.offset - b.offset);

/**
 * The first `limit` records across partitions in time order, taken from the partitions' heads so
 * that what is returned of each partition is a prefix: its next offset skips nothing.
 */
export function forwardPage(cursors: PartitionCursor[], limit: number): RecordsPage {
  const heads = cursors.map(() => 0);
  const records: ReadRecord[] = [];
  let bytes = 0;
  while (records.length < limit && (records.length === 0 || bytes < PAGE_MAX_BYTES)) {
    let best = -1;
    cursors.forEach((c, i) => {
      const head = c.records[heads[i]!];
      if (head && (best < 0 || byTime(head, cursors[best]!.records[heads[best]!]!) < 0)) best = i;
    });
    if (best < 0) break;
    const r = cursors[best]!.records[heads[best]!++]!;
    records.push(r);
    bytes += recordBytes(r);
  }
  return {
    records,
    partitions: cursors.map((c, i) => ({
      partition: c.partition,
      beginningOffset: c.beginning,
      endOffset: c.end,
      nextOffset: heads[i]! > 0 ? c.records[heads[i]! - 1]!.offset + 1n : c.from,
    })),
  };
}

/** The newest `limit` records across partitions (each partition's part a suffix of what it holds), oldest first. */
export function newestPage(cursors: PartitionCursor[], limit: number): RecordsPage {
  const tails = cursors.map((c) => c.records.length);
  const records: ReadRecord[] = [];
  let bytes = 0;
  while (records.length < limit && (records.length === 0 || bytes < PAGE_MAX_BYTES)) {
    let best = -1;
    cursors.forEach((c, i) => {
      const tail = c.records[tails[i]! - 1];
      if (tail && (best < 0 || byTime(tail, cursors[best]!.records[tails[best]! - 1]!) > 0)) best = i;
    });
    if (best < 0) break;
    const r = cursors[best]!.records[--tails[best]!]!;
    records.push(r);
    bytes += recordBytes(r);
  }
  records.reverse();
  // Forward reading continues past everything fetched (the end, unless the read was cut short).
  return { records, partitions: cursors.map((c) => ({ partition: c.partition, beginningOffset: c.beginning, endOffset: c.end, nextOffset: c.position })) };
}
