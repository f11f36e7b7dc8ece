import { ProduceAcks, Producer } from '@platformatic/kafka';
import { saslScramClientOptions } from './client-options';
import { mapKafkaErrors } from './error-mapping';
import { KafkaAdminError } from './kafka-admin-error';
import type { KafkaConnectionSettings, ProducedRecord, RecordToProduce } from './types';

/**
 * A producer for the REST records API: acks=all, so a 200 means the record is on every in-sync
 * replica. One producer serves a whole request (one record, or a stream of them) and is closed
 * with it. Broker refusals (MESSAGE_TOO_LARGE against the topic's max.message.bytes, an unknown
 * partition) are KafkaAdminErrors.
 */
export class RecordProducer {
  private readonly producer: Producer<Buffer, Buffer, Buffer, Buffer>;

  constructor(settings: KafkaConnectionSettings) {
    this.producer = new Producer({
      ...saslScramClientOptions('tributary-rest-produce', settings.bootstrap, settings),
      acks: ProduceAcks.ALL,
      // The client retries only retriable errors (a leader moving); MESSAGE_TOO_LARGE fails at once.
    });
  }

  async send(record: RecordToProduce): Promise<ProducedRecord> {
    const timestamp = record.timestamp ?? new Date();
    const headers = new Map<Buffer, Buffer>();
    for (const h of record.headers) headers.set(Buffer.from(h.name, 'utf8'), h.value as Buffer);
    const result = await mapKafkaErrors(() =>
      this.producer.send({
        messages: [
          {
            topic: record.topic,
            ...(record.partition !== undefined ? { partition: record.partition } : {}),
            ...(record.key !== null ? { key: record.key } : {}),
            value: record.value as Buffer,
            headers,
            timestamp: BigInt(timestamp.getTime()),
          },
        ],
      }),
    );
    const written = result.offsets?.find((o) => o.topic === record.topic);
    if (!written) throw new KafkaAdminError('UNKNOWN', `The broker did not acknowledge the record for '${record.topic}'.`);
    return { topic: record.topic, partition: written.partition, offset: BigInt(written.offset), timestamp };
  }

  async close(): Promise<void> {
    await this.producer.close().catch(() => undefined);
  }
}
