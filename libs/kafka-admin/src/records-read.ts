import { Consumer, FetchIsolationLevels, ListOffsetTimestamps, type ClusterMetadata } from '@platformatic/kafka';
import { saslScramClientOptions } from './client-options';
import { mapKafkaErrors } from './error-mapping';
import { KafkaAdminError } from './kafka-admin-error';
import { forwardPage, newestPage, PAGE_MAX_BYTES, recordBytes, type PartitionCursor } from './records-read-pages';
import type { KafkaConnectionSettings } from './types';

/** Where a read starts: the newest records, an offset (in every partition read), or the first record at or after a time. */
export type RecordsReadStart = { kind: 'newest' } | { kind: 'offset'; offset: bigint } | { kind: 'timestamp'; timestamp: Date };

export interface RecordsReadRequest {
  topic: string;
  /** The partitions to read (the caller checked they exist). */
  partitions: readonly number[];
  start: RecordsReadStart;
  /** At most this many records in all. */
  limit: number;
}

export interface ReadRecordHeader {
  name: string;
  value: Buffer | null;
}

export interface ReadRecord {
  partition: number;
  offset: bigint;
  timestamp: Date;
  timestampType: 'CREATE_TIME' | 'LOG_APPEND_TIME';
  key: Buffer | null;
  value: Buffer | null;
  headers: ReadRecordHeader[];
}

export interface PartitionReadPosition {
  partition: number;
  /** The log start offset. */
  beginningOffset: bigint;
  /** The last stable offset (the high watermark when no transaction is open) when the read began. */
  endOffset: bigint;
  /** Where reading forward continues in this partition: after the last record returned, or where this read started. */
  nextOffset: bigint;
}

export interface RecordsPage {
  records: ReadRecord[];
  partitions: PartitionReadPosition[];
}

type FetchResponse = Awaited<ReturnType<Consumer['fetch']>>;

/** A read answers within this much time with what it has, even if a broker is slow. */
const READ_DEADLINE_MS = 4_000;
const FETCH_MAX_WAIT_MS = 250;
const RETRY_PAUSE_MS = 100;
const FETCH_MAX_BYTES = 8 * 1024 * 1024;
const PARTITION_MAX_BYTES = 1024 * 1024;
const LOG_APPEND_TIME = 0x08;
const IS_CONTROL = 0x20;


/**
 * Reads records for the REST API and the console's message browser with the cluster's admin
 * credential. It never joins a consumer group: offsets come from ListOffsets and records from
 * plain Fetch requests to each partition's leader, so nothing is committed and no group is left
 * behind. Bounded in records (the caller's limit), bytes and time.
 */
export class RecordReader {
  private readonly consumer: Consumer;

  constructor(settings: KafkaConnectionSettings) {
    this.consumer = new Consumer({
      ...saslScramClientOptions('tributary-rest-read', settings.bootstrap, settings),
      // Required by the client's options; never used, since the reader never joins a group.
      groupId: 'tributary-rest-read-unused',
      isolationLevel: FetchIsolationLevels.READ_COMMITTED,
      maxWaitTime: FETCH_MAX_WAIT_MS,
    });
  }

  async read(request: RecordsReadRequest): Promise<RecordsPage> {
    return mapKafkaErrors(async () => {
      const metadata = await this.consumer.metadata({ topics: [request.topic], forceUpdate: true });
      const topic = metadata.topics.get(request.topic);
      if (!topic) throw new KafkaAdminError('TOPIC_NOT_FOUND', `Topic '${request.topic}' does not exist.`, 'UNKNOWN_TOPIC_OR_PARTITION');
      const cursors = await this.cursors(request);
      await this.fetchAll(metadata, request.topic, cursors, request.limit);
      return request.start.kind === 'newest' ? newestPage(cursors, request.limit) : forwardPage(cursors, request.limit);
    });
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.consumer.close(true, () => resolve()));
  }

  private async offsetsAt(topic: string, partitions: readonly number[], timestamp: bigint): Promise<bigint[]> {
    const listed = await this.consumer.listOffsets({ topics: [topic], partitions: { [topic]: [...partitions] }, timestamp, isolationLevel: FetchIsolationLevels.READ_COMMITTED });
    const byPartition = listed.get(topic) ?? [];
    return partitions.map((p) => byPartition[p] ?? -1n);
  }

  private async cursors(request: RecordsReadRequest): Promise<PartitionCursor[]> {
    const { topic, partitions, start, limit } = request;
    const beginnings = await this.offsetsAt(topic, partitions, ListOffsetTimestamps.EARLIEST);
    const ends = await this.offsetsAt(topic, partitions, ListOffsetTimestamps.LATEST);
    // ListOffsets by time answers -1 where no record is that recent: start at the end there.
    const atTime = start.kind === 'timestamp' ? await this.offsetsAt(topic, partitions, BigInt(start.timestamp.getTime())) : undefined;
    return partitions.map((partition, i) => {
      const beginning = beginnings[i]!;
      const end = ends[i]!;
      let from: bigint;
      if (start.kind === 'newest') from = end - BigInt(limit);
      else if (start.kind === 'offset') from = start.offset;
      else from = atTime![i]! < 0n ? end : atTime![i]!;
      from = from < beginning ? beginning : from > end ? end : from;
      return { partition, beginning, end, position: from, from, records: [] };
    });
  }

  /** Fetches each partition from its start towards the end it had when the read began, `wanted` records at most each. */
  private async fetchAll(metadata: ClusterMetadata, topic: string, cursors: PartitionCursor[], wanted: number): Promise<void> {
    const deadline = Date.now() + READ_DEADLINE_MS;
    let bytes = 0;
    const open = () => cursors.filter((c) => c.position < c.end && c.records.length < wanted);
    while (open().length > 0 && Date.now() < deadline && bytes < PAGE_MAX_BYTES) {
      const topicMetadata = metadata.topics.get(topic)!;
      const byLeader = new Map<number, PartitionCursor[]>();
      for (const c of open()) {
        const leader = topicMetadata.partitions[c.partition]?.leader ?? -1;
        if (leader < 0) throw new KafkaAdminError('UNAVAILABLE', `Partition ${c.partition} of '${topic}' has no leader right now.`, 'LEADER_NOT_AVAILABLE');
        byLeader.set(leader, [...(byLeader.get(leader) ?? []), c]);
      }
      let progressed = false;
      for (const [leader, group] of byLeader) {
        const response = await this.consumer.fetch({
          node: leader,
          maxWaitTime: FETCH_MAX_WAIT_MS,
          maxBytes: FETCH_MAX_BYTES,
          topics: [
            {
              topicId: topicMetadata.id,
              partitions: group.map((c) => ({
                partition: c.partition,
                currentLeaderEpoch: topicMetadata.partitions[c.partition]?.leaderEpoch ?? -1,
                fetchOffset: c.position,
                lastFetchedEpoch: -1,
                partitionMaxBytes: PARTITION_MAX_BYTES,
              })),
            },
          ],
        });
        for (const c of group) {
          const before = c.position;
          bytes += takeRecords(response, topicMetadata.id, c, wanted);
          if (c.position > before) progressed = true;
        }
      }
      // A broker may answer a fetch with nothing below the end it reported (throttled, a leader
      // moving): ask again, on fresh metadata, until the deadline; the read is bounded in time anyway.
      if (!progressed) {
        await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS));
        metadata = await this.consumer.metadata({ topics: [topic], forceUpdate: true });
      }
    }
  }
}

/** Adds the fetched records of one partition to its cursor (those at or after its position, below its end); returns their bytes. */
function takeRecords(response: FetchResponse, topicId: string, cursor: PartitionCursor, wanted: number): number {
  const partition = response.responses.find((t) => t.topicId === topicId)?.partitions.find((p) => p.partitionIndex === cursor.partition);
  let bytes = 0;
  for (const batch of partition?.records ?? []) {
    const batchEnd = batch.firstOffset + BigInt(batch.lastOffsetDelta) + 1n;
    if (!(batch.attributes & IS_CONTROL)) {
      for (const record of batch.records) {
        const offset = batch.firstOffset + BigInt(record.offsetDelta);
        if (offset < cursor.position || offset >= cursor.end) continue;
        if (cursor.records.length >= wanted) return bytes;
        const read: ReadRecord = {
          partition: cursor.partition,
          offset,
          timestamp: new Date(Number(batch.attributes & LOG_APPEND_TIME ? batch.maxTimestamp : batch.firstTimestamp + record.timestampDelta)),
          timestampType: batch.attributes & LOG_APPEND_TIME ? 'LOG_APPEND_TIME' : 'CREATE_TIME',
          key: record.key ?? null,
          value: record.value ?? null,
          headers: record.headers.map(([name, value]) => ({ name: name?.toString('utf8') ?? '', value: value ?? null })),
        };
        cursor.records.push(read);
        cursor.position = offset + 1n;
        bytes += recordBytes(read);
      }
    }
    // A control batch, or records compacted away: the position still moves past them.
    if (batchEnd > cursor.position) cursor.position = batchEnd > cursor.end ? cursor.end : batchEnd;
  }
  return bytes;
}
