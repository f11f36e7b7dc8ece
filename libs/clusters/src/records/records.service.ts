import { Injectable } from '@nestjs/common';
import type { Cluster } from '@tributary/db';
import type { KafkaAdmin, ProducedRecord } from '@tributary/kafka-admin';
import { AppError } from '@tributary/platform';
import { ClusterAdminClient } from '../keys/cluster-admin-client';
import { translatingKafkaErrors } from '../topics/kafka-errors';
import { refuseReservedTopic, withReadyCluster } from '../topics/ready-cluster';
import { decodeBase64, decodePayload, type DecodedPayload, type PayloadInput } from './record-payload';

export interface ProduceInput {
  partitionId?: number | null | undefined;
  key?: PayloadInput | null | undefined;
  value?: PayloadInput | null | undefined;
  headers?: { name: string; value?: string | null | undefined }[] | undefined;
  timestamp?: Date | null | undefined;
}

export interface ProduceOutcome {
  record: ProducedRecord;
  key: DecodedPayload | null;
  value: DecodedPayload | null;
}

const unknownPartition = (topic: string, partition: number) =>
  new AppError('not_found', `This server does not host this topic-partition: partition ${partition} of '${topic}'.`, { kafkaErrorCode: 40403 });

/** Produces records through the REST API, checked before anything reaches the broker. */
@Injectable()
export class RecordsService {
  constructor(private readonly adminClient: ClusterAdminClient) {}

  async produce(cluster: Cluster, topic: string, input: ProduceInput): Promise<ProduceOutcome> {
    const [outcome] = await this.produceAll(cluster, topic, [input]);
    return outcome!;
  }

  /** One producer for every record of the request; stops at the first refusal. */
  async produceAll(cluster: Cluster, topic: string, inputs: readonly ProduceInput[]): Promise<ProduceOutcome[]> {
    refuseReservedTopic(topic);
    const decoded = inputs.map((input) => this.decode(input));
    return withReadyCluster(this.adminClient, cluster, async (admin) => {
      await this.checkTarget(admin, topic, decoded);
      const producer = admin.openProducer();
      try {
        const outcomes: ProduceOutcome[] = [];
        for (const d of decoded) {
          const record = await producer.send({
            topic,
            ...(d.partition !== undefined ? { partition: d.partition } : {}),
            key: d.key?.bytes ?? null,
            value: d.value?.bytes ?? null,
            headers: d.headers,
            ...(d.timestamp ? { timestamp: d.timestamp } : {}),
          });
          outcomes.push({ record, key: d.key, value: d.value });
        }
        return outcomes;
      } finally {
        await producer.close();
      }
    });
  }

  /**
   * Streaming mode: every record gets its own outcome, a refusal (bad payload, too large, unknown
   * partition) does not stop the ones after it. The topic itself must exist.
   */
  async produceEach(cluster: Cluster, topic: string, inputs: readonly ProduceInput[]): Promise<(ProduceOutcome | AppError)[]> {
    refuseReservedTopic(topic);
    return withReadyCluster(this.adminClient, cluster, async (admin) => {
      const partitions = new Set((await admin.describeTopic(topic)).partitions.map((p) => p.partition));
      const producer = admin.openProducer();
      try {
        const outcomes: (ProduceOutcome | AppError)[] = [];
        for (const input of inputs) {
          try {
            const d = this.decode(input);
            if (d.partition !== undefined && !partitions.has(d.partition)) throw unknownPartition(topic, d.partition);
            const record = await translatingKafkaErrors(() =>
              producer.send({
                topic,
                ...(d.partition !== undefined ? { partition: d.partition } : {}),
                key: d.key?.bytes ?? null,
                value: d.value?.bytes ?? null,
                headers: d.headers,
                ...(d.timestamp ? { timestamp: d.timestamp } : {}),
              }),
            );
            outcomes.push({ record, key: d.key, value: d.value });
          } catch (e) {
            if (!(e instanceof AppError)) throw e;
            outcomes.push(e);
          }
        }
        return outcomes;
      } finally {
        await producer.close();
      }
    });
  }

  private decode(input: ProduceInput) {
    const headers = (input.headers ?? []).map((h, i) => ({
      name: h.name,
      value: h.value === null || h.value === undefined ? null : decodeBase64(h.value, `headers[${i}].value`),
    }));
    return {
      partition: input.partitionId ?? undefined,
      key: decodePayload(input.key, 'key'),
      value: decodePayload(input.value, 'value'),
      headers,
      timestamp: input.timestamp ?? undefined,
    };
  }

  /** An unknown topic or partition is a 404 now, not a producer waiting for metadata that never comes. */
  private async checkTarget(admin: KafkaAdmin, topic: string, records: readonly { partition: number | undefined }[]): Promise<void> {
    const description = await admin.describeTopic(topic);
    for (const r of records) {
      if (r.partition !== undefined && !description.partitions.some((p) => p.partition === r.partition)) {
        throw unknownPartition(topic, r.partition);
      }
    }
  }
}
