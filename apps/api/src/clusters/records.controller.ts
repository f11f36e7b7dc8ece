import { Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import { type DecodedPayload, RecordsService } from '@tributary/clusters';
import { AppError } from '@tributary/platform';
import { z } from 'zod';
import { Auth, type AuthedRequest } from '../auth/auth.decorators';
import { ApiDoc } from '../openapi/route-schemas';
import { ValidBody } from '../validation/zod-pipe';
import { KafkaRestCaller } from './kafka-rest-caller';

const TOPIC_NAME = /^[a-zA-Z0-9._-]{1,249}$/;

const Payload = z.object({ type: z.enum(['BINARY', 'JSON', 'STRING']).optional(), data: z.unknown().optional() }).strict().nullable().optional();
const ProduceBody = z
  .object({
    partition_id: z.number().int().min(0).nullable().optional(),
    headers: z.array(z.object({ name: z.string().min(1).max(1024), value: z.string().nullable().optional() }).strict()).max(100).optional(),
    key: Payload,
    value: Payload,
    timestamp: z.iso.datetime({ offset: true }).nullable().optional(),
  })
  .strict();
const PayloadReport = z.object({ type: z.string(), size: z.number() }).nullable();
const ProduceResponse = z.object({
  error_code: z.number(),
  cluster_id: z.string(),
  topic_name: z.string(),
  partition_id: z.number(),
  offset: z.number(),
  timestamp: z.string().nullable(),
  key: PayloadReport,
  value: PayloadReport,
});

const report = (p: DecodedPayload | null) => (p ? { type: p.type, size: p.bytes?.length ?? 0 } : null);

/** Kafka REST v3 produce: one record per request, acknowledged by every in-sync replica. */
@Controller('/kafka/v3/clusters/:cluster_id/topics/:topic_name/records')
@Auth('kafka')
export class RecordsController {
  constructor(
    private readonly records: RecordsService,
    private readonly caller: KafkaRestCaller,
  ) {}

  @Post()
  @HttpCode(200)
  @ApiDoc({
    tag: 'Records',
    summary: 'Produce a record (key and value as BINARY base64, JSON or STRING; headers base64); answers with its partition and offset',
    response: ProduceResponse,
    errors: [413],
  })
  async produce(@Req() req: AuthedRequest, @Param('cluster_id') clusterId: string, @Param('topic_name') topic: string, @ValidBody(ProduceBody) body: z.infer<typeof ProduceBody>) {
    const cluster = await this.caller.resolve(req, clusterId, 'write');
    if (!TOPIC_NAME.test(topic)) throw new AppError('not_found', 'This server does not host this topic-partition.', { kafkaErrorCode: 40403 });
    const { record, key, value } = await this.records.produce(cluster, topic, {
      partitionId: body.partition_id,
      key: body.key,
      value: body.value,
      headers: body.headers,
      timestamp: body.timestamp ? new Date(body.timestamp) : null,
    });
    return {
      error_code: 200,
      cluster_id: cluster.id,
      topic_name: topic,
      partition_id: record.partition,
      offset: Number(record.offset),
      timestamp: record.timestamp?.toISOString() ?? null,
      key: report(key),
      value: report(value),
    };
  }
}
