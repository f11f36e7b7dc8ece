import { Admin, Consumer, MessagesStreamFallbackModes, MessagesStreamModes, ProduceAcks, Producer, stringDeserializers, stringSerializers } from '@platformatic/kafka';
import type { ClientSettings } from './kafka';

/**
 * Real Kafka clients for consumer groups: one that commits part of what it read and leaves, one that
 * stays, and the broker's own view of a group's offsets (the cluster, topic and key: ./clusters).
 */

function options(clientId: string, s: ClientSettings) {
  return {
    clientId,
    bootstrapBrokers: s.servers,
    sasl: { mechanism: 'SCRAM-SHA-512' as const, username: s.username, password: s.password },
    connectTimeout: 5_000,
    requestTimeout: 30_000,
    retries: 5,
    retryDelay: 1_000,
    metadataMaxAge: 5_000,
  };
}

/** `count` records into one partition (so each partition's log end offset is known). */
export async function produceToPartition(s: ClientSettings, topic: string, partition: number, count: number): Promise<void> {
  const producer = new Producer<string, string, string, string>({ ...options('e2e-producer', s), serializers: stringSerializers, acks: ProduceAcks.ALL });
  try {
    const messages = Array.from({ length: count }, (_, i) => ({ topic, partition, key: `p${partition}-${i}`, value: `record ${i} of partition ${partition}` }));
    for (let i = 0; i < messages.length; i += 100) await producer.send({ messages: messages.slice(i, i + 100) });
  } finally {
    await producer.close().catch(() => undefined);
  }
}

function groupConsumer(s: ClientSettings, groupId: string, clientId: string, autocommit: boolean | number) {
  return new Consumer<string, string, string, string>({
    ...options(clientId, s),
    groupId,
    deserializers: stringDeserializers,
    autocommit,
    maxWaitTime: 500,
    sessionTimeout: 10_000,
    heartbeatInterval: 1_000,
  });
}

/**
 * A real group member that reads `topic` from the start, commits exactly `commitUpTo[p]` records of
 * each partition p (the offset of the next record to read), then leaves the group.
 */
export async function consumePartlyAndLeave(s: ClientSettings, topic: string, groupId: string, commitUpTo: Record<number, number>, timeoutMs = 60_000): Promise<void> {
  const consumer = groupConsumer(s, groupId, 'e2e-partial-reader', false);
  const pending = new Set(Object.keys(commitUpTo).map(Number));
  try {
    const stream = await consumer.consume({ topics: [topic], mode: MessagesStreamModes.COMMITTED, fallbackMode: MessagesStreamFallbackModes.EARLIEST });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`still waiting to commit partitions ${[...pending].join(', ')} of ${topic}`)), timeoutMs);
      let commits = Promise.resolve();
      stream.on('data', (m) => {
        // Records of a partition arrive in order: commit once, at the last record to count as read.
        if (!pending.has(m.partition) || m.offset !== BigInt(commitUpTo[m.partition] - 1)) return;
        pending.delete(m.partition);
        commits = commits
          .then(() => m.commit() as Promise<void>)
          .then(() => {
            if (pending.size === 0) {
              clearTimeout(timer);
              resolve();
            }
          }, reject);
      });
      stream.on('error', (e: Error) => {
        clearTimeout(timer);
        reject(e);
      });
    });
    await stream.close().catch(() => undefined);
  } finally {
    await new Promise<void>((resolve) => consumer.close(true, () => resolve()));
  }
}

export interface GroupMember {
  received: () => number;
  leave: () => Promise<void>;
}

/** A member that joins `groupId` and stays (committing as it reads) until `leave()`. */
export async function joinAndStay(s: ClientSettings, topic: string, groupId: string): Promise<GroupMember> {
  const consumer = groupConsumer(s, groupId, 'e2e-live-member', 500);
  const stream = await consumer.consume({ topics: [topic], mode: MessagesStreamModes.COMMITTED, fallbackMode: MessagesStreamFallbackModes.EARLIEST });
  let received = 0;
  stream.on('data', () => {
    received += 1;
  });
  stream.on('error', () => undefined);
  return {
    received: () => received,
    leave: async () => {
      await stream.close().catch(() => undefined);
      await new Promise<void>((resolve) => consumer.close(true, () => resolve()));
    },
  };
}

export interface BrokerLag {
  partition: number;
  committed: number;
  end: number;
  lag: number;
}

/** The group's committed offsets and the partitions' log end offsets, as the broker answers them to a Kafka admin client. */
export async function brokerLag(s: ClientSettings, topic: string, groupId: string, partitions: number): Promise<BrokerLag[]> {
  const admin = new Admin(options('e2e-admin', s));
  try {
    const indexes = Array.from({ length: partitions }, (_, i) => i);
    const [group] = await admin.listConsumerGroupOffsets({ groups: [{ groupId, topics: [{ name: topic, partitionIndexes: indexes }] }] });
    const ends = await admin.listOffsets({ topics: [{ name: topic, partitions: indexes.map((partitionIndex) => ({ partitionIndex, timestamp: -1n })) }] });
    const endOf = new Map(ends.flatMap((t) => t.partitions.map((p) => [p.partitionIndex, Number(p.offset)] as const)));
    return (group?.topics.find((t) => t.name === topic)?.partitions ?? [])
      .filter((p) => p.committedOffset >= 0n)
      .map((p) => {
        const end = endOf.get(p.partitionIndex) ?? 0;
        return { partition: p.partitionIndex, committed: Number(p.committedOffset), end, lag: end - Number(p.committedOffset) };
      })
      .sort((a, b) => a.partition - b.partition);
  } finally {
    await admin.close().catch(() => undefined);
  }
}
