import {
  Consumer,
  MessagesStreamFallbackModes,
  MessagesStreamModes,
  ProduceAcks,
  Producer,
  stringDeserializers,
  stringSerializers,
} from '@platformatic/kafka';
import { saslScramClientOptions } from './client-options';
import { mapKafkaErrors } from './error-mapping';
import type { ClientCredentials } from './types';

/**
 * Small producer/consumer helpers that talk to a cluster as an ordinary client would, with a
 * cluster API key (SCRAM-SHA-512). Integration tests use them to prove a key works; the metering
 * collector can use them to write/read its own topics. Failures are KafkaAdminErrors.
 */

export type MessageToSend = string | { key?: string; value: string };

export interface ProduceOptions {
  acks?: 'all' | 'leader' | 'none';
  /** Messages per produce request. */
  batchSize?: number;
  /**
   * Retries never write a record twice (tests count the log's records, and a request retried on a
   * loaded machine wrote 426 where 300 were sent). Default: on with acks=all, which it requires.
   */
  idempotent?: boolean;
}

export interface ConsumedMessage {
  key: string | null;
  value: string | null;
  partition: number;
  offset: bigint;
}

const ACKS = { all: ProduceAcks.ALL, leader: ProduceAcks.LEADER, none: ProduceAcks.NO_RESPONSE } as const;

export async function produce(
  bootstrap: string,
  credentials: ClientCredentials,
  topic: string,
  messages: readonly MessageToSend[],
  options: ProduceOptions = {},
): Promise<void> {
  const producer = new Producer<string, string, string, string>({
    ...saslScramClientOptions('tributary-produce-helper', bootstrap, credentials),
    serializers: stringSerializers,
    acks: ACKS[options.acks ?? 'all'],
    ...((options.idempotent ?? (options.acks ?? 'all') === 'all') ? { idempotent: true } : {}),
    // InitProducerId on a coordinator still loading (a new cluster, a restarted broker) answers
    // COORDINATOR_LOAD_IN_PROGRESS for a few seconds on a loaded machine: keep trying, as a real
    // application would (non-retriable refusals such as TOPIC_AUTHORIZATION_FAILED still fail at once).
    retries: 10,
    retryDelay: 500,
  });
  const batchSize = options.batchSize ?? 250;
  try {
    await mapKafkaErrors(async () => {
      for (let start = 0; start < messages.length; start += batchSize) {
        const batch = messages.slice(start, start + batchSize).map((m) =>
          typeof m === 'string' ? { topic, value: m } : { topic, key: m.key, value: m.value },
        );
        await producer.send({ messages: batch });
      }
    });
  } finally {
    await producer.close().catch(() => undefined);
  }
}

/**
 * Joins `groupId`, reads `topic` from the group's committed offsets (earliest for a new group) and
 * resolves once `expectedCount` messages arrived, or with whatever arrived when `timeoutMs`
 * elapses, so a test's length assertion shows how many were missing. Rejects when the client
 * cannot authenticate or is not authorized.
 */
export async function consumeAll(
  bootstrap: string,
  credentials: ClientCredentials,
  topic: string,
  groupId: string,
  expectedCount: number,
  timeoutMs: number,
): Promise<ConsumedMessage[]> {
  const consumer = new Consumer<string, string, string, string>({
    ...saslScramClientOptions('tributary-consume-helper', bootstrap, credentials),
    groupId,
    deserializers: stringDeserializers,
    autocommit: 1_000,
    maxWaitTime: 500,
    sessionTimeout: 10_000,
    heartbeatInterval: 1_000,
    // A group coordinator that is still loading or has just moved (new cluster, resize) answers
    // retriable errors for a few seconds: keep trying, as a real application would.
    retries: 20,
    retryDelay: 500,
  });
  try {
    const stream = await mapKafkaErrors(() =>
      consumer.consume({
        topics: [topic],
        mode: MessagesStreamModes.COMMITTED,
        fallbackMode: MessagesStreamFallbackModes.EARLIEST,
      }),
    );
    const received: ConsumedMessage[] = [];
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, timeoutMs);
      const finish = (error?: unknown) => {
        clearTimeout(timer);
        if (error) reject(error);
        else resolve();
      };
      stream.on('data', (message) => {
        received.push({
          key: message.key ?? null,
          value: message.value ?? null,
          partition: message.partition,
          offset: message.offset,
        });
        // Distinct records: a consumer re-reads from its last commit after a leader moves, which is
        // not a duplicate in the log. Callers check values; `received` keeps every delivery.
        if (new Set(received.map((m) => `${m.partition}:${m.offset}`)).size >= expectedCount) finish();
      });
      stream.on('error', (error: Error) => finish(error));
    }).catch((error: unknown) => mapKafkaErrors(() => Promise.reject(error)));
    await stream.close().catch(() => undefined);
    return received;
  } finally {
    // force: leave the group without waiting for in-flight fetches.
    await new Promise<void>((resolve) => consumer.close(true, () => resolve()));
  }
}

export interface GroupMemberHandle {
  /** Messages received so far (the array grows while the member runs). */
  received: ConsumedMessage[];
  /** Leaves the group (its offsets stay committed). */
  close(): Promise<void>;
}

/**
 * Joins `groupId` and keeps consuming `topic` from the group's committed offsets (earliest for a
 * new group), committing every `autocommitMs`, until closed: a live member for tests that look at
 * a group while it runs.
 */
export async function joinGroup(
  bootstrap: string,
  credentials: ClientCredentials,
  topic: string,
  groupId: string,
  options: { clientId?: string; autocommitMs?: number } = {},
): Promise<GroupMemberHandle> {
  const consumer = new Consumer<string, string, string, string>({
    ...saslScramClientOptions(options.clientId ?? 'tributary-group-member', bootstrap, credentials),
    groupId,
    deserializers: stringDeserializers,
    autocommit: options.autocommitMs ?? 500,
    maxWaitTime: 500,
    sessionTimeout: 10_000,
    heartbeatInterval: 1_000,
  });
  const stream = await mapKafkaErrors(() =>
    consumer.consume({ topics: [topic], mode: MessagesStreamModes.COMMITTED, fallbackMode: MessagesStreamFallbackModes.EARLIEST }),
  );
  const received: ConsumedMessage[] = [];
  stream.on('data', (message) => {
    received.push({ key: message.key ?? null, value: message.value ?? null, partition: message.partition, offset: message.offset });
  });
  stream.on('error', () => undefined);
  return {
    received,
    close: async () => {
      await stream.close().catch(() => undefined);
      await new Promise<void>((resolve) => consumer.close(true, () => resolve()));
    },
  };
}
