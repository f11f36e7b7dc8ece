import { Body, Controller, HttpCode, Param, Post, Req, Res, type PipeTransform } from '@nestjs/common';
import { type DecodedPayload, type ProduceInput, type ProduceOutcome, RecordsService } from '@tributary/clusters';
import type { Cluster } from '@tributary/db';
import { AppError } from '@tributary/platform';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { Auth, type AuthedRequest } from '../auth/auth.decorators';
import { Policy } from '../auth/policy.decorator';
import { ApiDoc, recordBody } from '../openapi/route-schemas';
import { zodToAppError } from '../validation/zod-pipe';
import { KafkaRestCaller } from './kafka-rest-caller';

const TOPIC_NAME = /^[a-zA-Z0-9._-]{1,249}$/;
const MAX_STREAMED_RECORDS = 10_000;

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
type ProduceBody = z.infer<typeof ProduceBody>;
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

/** One record (an object), or a stream of them (concatenated objects, rewritten as an array before parsing). */
type ParsedBody = { single: ProduceBody } | { stream: (ProduceBody | AppError)[] };

class ProduceBodyPipe implements PipeTransform<unknown, ParsedBody> {
  transform(value: unknown): ParsedBody {
    if (Array.isArray(value)) {
      if (value.length > MAX_STREAMED_RECORDS) throw new AppError('payload_too_large', `At most ${MAX_STREAMED_RECORDS} records per stream`, { kafkaErrorCode: 413 });
      return { stream: value.map((item) => this.one(item)) };
    }
    if (value === null || typeof value !== 'object') throw new AppError('invalid', 'Payload error. Request body is empty. Data is required.', { kafkaErrorCode: 422 });
    const single = this.one(value);
    if (single instanceof AppError) throw single;
    return { single };
  }

  private one(item: unknown): ProduceBody | AppError {
    const parsed = ProduceBody.safeParse(item);
    if (parsed.success) return parsed.data;
    const error = zodToAppError(parsed.error, 'body');
    error.kafkaErrorCode = error.status * 100;
    return error;
  }
}

/** The body schema documented in /openapi.json (a stream is the same object, concatenated). */
const DocumentedBody = (): ParameterDecorator => (target, key, index) => {
  if (key !== undefined) recordBody(target, key, ProduceBody);
  Body(new ProduceBodyPipe())(target, key, index);
};

const report = (p: DecodedPayload | null) => (p ? { type: p.type, size: p.bytes?.length ?? 0 } : null);

function toInput(body: ProduceBody): ProduceInput {
  return { partitionId: body.partition_id, key: body.key, value: body.value, headers: body.headers, timestamp: body.timestamp ? new Date(body.timestamp) : null };
}

/** Kafka REST v3 produce, acknowledged by every in-sync replica: one record, or a stream of them. */
@Controller('/kafka/v3/clusters/:cluster_id/topics/:topic_name/records')
@Auth('kafka')
export class RecordsController {
  constructor(
    private readonly records: RecordsService,
    private readonly caller: KafkaRestCaller,
  ) {}

  @Post()
  @Policy('kafka.record.produce')
  @HttpCode(200)
  @ApiDoc({
    tag: 'Records',
    summary:
      'Produce a record (key and value as BINARY base64, JSON or STRING; headers base64) and get its partition and offset. Concatenated records (`{…}{…}`) are a stream: one delivery report per record, each with its own error_code',
    response: ProduceResponse,
    errors: [413],
  })
  async produce(@Req() req: AuthedRequest, @Res({ passthrough: true }) reply: FastifyReply, @Param('cluster_id') clusterId: string, @Param('topic_name') topic: string, @DocumentedBody() body: ParsedBody) {
    const cluster = await this.caller.resolve(req, clusterId, 'write');
    if (!TOPIC_NAME.test(topic)) throw new AppError('not_found', 'This server does not host this topic-partition.', { kafkaErrorCode: 40403 });
    if ('single' in body) return this.deliveryReport(cluster, topic, await this.records.produce(cluster, topic, toInput(body.single)));
    const valid = body.stream.filter((item): item is ProduceBody => !(item instanceof AppError));
    const produced = await this.records.produceEach(cluster, topic, valid.map(toInput));
    let next = 0;
    const reports = body.stream.map((item) => {
      const outcome = item instanceof AppError ? item : produced[next++]!;
      return outcome instanceof AppError ? { error_code: outcome.kafkaErrorCode ?? outcome.status, message: outcome.message } : this.deliveryReport(cluster, topic, outcome);
    });
    void reply.header('content-type', 'application/json; charset=utf-8');
    // Concatenated JSON back, in the order the records came.
    return reports.map((r) => JSON.stringify(r)).join('\n');
  }

  private deliveryReport(cluster: Cluster, topic: string, { record, key, value }: ProduceOutcome) {
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
