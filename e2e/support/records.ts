import { ProduceAcks, Producer } from '@platformatic/kafka';
import type { ClientSettings } from './kafka';

/**
 * For the message browser journey: a real Kafka producer writing keys, binary and JSON values and
 * headers to chosen partitions (the cluster, topic and key: ./clusters).
 */

export interface RecordToWrite {
  partition: number;
  key?: Buffer;
  value: Buffer;
  headers?: Record<string, Buffer>;
}

/** Writes the records in order with acks=all, as an application would. */
export async function produceRecords(s: ClientSettings, topic: string, records: RecordToWrite[]): Promise<void> {
  const producer = new Producer({
    clientId: 'e2e-messages-producer',
    bootstrapBrokers: s.servers,
    sasl: { mechanism: 'SCRAM-SHA-512' as const, username: s.username, password: s.password },
    connectTimeout: 5_000,
    retries: 5,
    retryDelay: 1_000,
    acks: ProduceAcks.ALL,
  });
  try {
    for (const r of records) {
      await producer.send({
        messages: [
          {
            topic,
            partition: r.partition,
            value: r.value,
            ...(r.key ? { key: r.key } : {}),
            ...(r.headers ? { headers: new Map(Object.entries(r.headers).map(([k, v]) => [Buffer.from(k), v])) } : {}),
          },
        ],
      });
    }
  } finally {
    await producer.close().catch(() => undefined);
  }
}
