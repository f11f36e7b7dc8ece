import { Controller, Get, Inject, Param, Query, Req, type PipeTransform } from '@nestjs/common';
import type { Cluster } from '@tributary/db';
import type { RecordsReadStart } from '@tributary/kafka-admin';
import { AppError } from '@tributary/platform';
import { z } from 'zod';
import { API_CONFIG, type ApiConfig } from '../api.config';
import { Auth, type AuthedRequest } from '../auth/auth.decorators';
import { Policy } from '../auth/policy.decorator';
import { ApiDoc, recordQuery } from '../openapi/route-schemas';
import { KafkaRestCaller } from './kafka-rest-caller';
import { ReadRecordsJson, readRecordJson } from './records-read-json';
import { RecordsReadService, type ReadRecordsOutcome } from './records-read.service';

const TOPIC_NAME = /^[a-zA-Z0-9._-]{1,249}$/;
export const MAX_READ_LIMIT = 100;
const DEFAULT_READ_LIMIT = 20;

/**
 * An ISO 8601 time with a zone, as zod's `iso.datetime({ offset: true })` checks it, written with
 * [0-9] rather than \d: a fuzzer reading /openapi.json in Python takes \d for any Unicode digit.
 */
const ISO_DATETIME = /^(?:(?:[0-9][0-9][2468][048]|[0-9][0-9][13579][26]|[0-9][0-9]0[48]|[02468][048]00|[13579][26]00)-02-29|[0-9]{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|(?:02)-(?:0[1-9]|1[0-9]|2[0-8])))T(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\.[0-9]+)?(?:Z|([+-](?:[01][0-9]|2[0-3]):[0-5][0-9])))$/;

/** The constraints are patterns, so /openapi.json (and a fuzzer reading it) knows exactly what is accepted. */
const ReadQuery = z
  .object({
    partition_id: z.string().regex(/^[0-9]{1,9}$/).optional().describe('One partition (default: every partition)'),
    offset: z.string().regex(/^[0-9]{1,15}$/).optional().describe('Read forward from this offset, in each partition read'),
    timestamp: z.string().regex(ISO_DATETIME).optional().describe('Read forward from the first record at or after this time (ISO 8601 with a zone)'),
    limit: z.string().regex(/^(100|[1-9][0-9]?)$/).optional().describe(`Records in all, 1 to ${MAX_READ_LIMIT} (default ${DEFAULT_READ_LIMIT})`),
  })
  .strict();
type ReadQuery = z.infer<typeof ReadQuery>;

interface ReadParams {
  partition?: number;
  start: RecordsReadStart;
  limit: number;
}

const badRequest = (message: string) => new AppError('bad_request', message, { kafkaErrorCode: 400 });

/** A bad query is Kafka REST's 400 (`error_code` 400), as a bad payload is on the produce side. */
class ReadQueryPipe implements PipeTransform<unknown, ReadParams> {
  transform(value: unknown): ReadParams {
    const parsed = ReadQuery.safeParse(value ?? {});
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => (i.code === 'unrecognized_keys' ? `unknown parameter(s) ${i.keys.join(', ')}` : `'${i.path.join('.')}': ${i.message}`));
      throw badRequest(`Bad Request: ${problems.join('; ')}`);
    }
    const q: ReadQuery = parsed.data;
    if (q.offset !== undefined && q.timestamp !== undefined) throw badRequest('Bad Request: give offset or timestamp, not both.');
    let start: RecordsReadStart = { kind: 'newest' };
    if (q.offset !== undefined) start = { kind: 'offset', offset: BigInt(q.offset) };
    if (q.timestamp !== undefined) {
      const ms = Date.parse(q.timestamp);
      if (Number.isNaN(ms)) throw badRequest(`Bad Request: timestamp '${q.timestamp}' is not a time.`);
      // Before 1970 means "from the beginning": Kafka reads negative times as special offsets.
      start = { kind: 'timestamp', timestamp: new Date(Math.max(0, ms)) };
    }
    return { start, limit: q.limit !== undefined ? Number(q.limit) : DEFAULT_READ_LIMIT, ...(q.partition_id !== undefined ? { partition: Number(q.partition_id) } : {}) };
  }
}

const ValidReadQuery = (): ParameterDecorator => (target, key, index) => {
  if (key !== undefined) recordQuery(target, key, ReadQuery);
  Query(new ReadQueryPipe())(target, key, index);
};

/**
 * Reading records: a Tributary extension to Kafka REST v3 (Confluent's has no consume endpoint),
 * in its style and error shape. See docs/KAFKA-REST.md.
 */
@Controller('/kafka/v3/clusters/:cluster_id/topics/:topic_name/records')
@Auth('kafka')
export class RecordsReadController {
  constructor(
    private readonly records: RecordsReadService,
    private readonly caller: KafkaRestCaller,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  @Get()
  @Policy('kafka.record.consume')
  @ApiDoc({
    tag: 'Records',
    summary:
      'Tributary extension: read records (newest N by default, or forward from an offset or a time; one partition or all), at most 100. Keys and values as JSON, STRING or BINARY (base64); headers base64; next offsets per partition. Joins no consumer group',
    response: ReadRecordsJson,
  })
  async read(@Req() req: AuthedRequest, @Param('cluster_id') clusterId: string, @Param('topic_name') topic: string, @ValidReadQuery() params: ReadParams) {
    const cluster = await this.caller.resolve(req, clusterId, 'read');
    if (!TOPIC_NAME.test(topic)) throw new AppError('not_found', `Topic '${topic}' does not exist`, { kafkaErrorCode: 40403 });
    const outcome = await this.records.read(cluster, topic, params);
    return this.page(cluster, topic, params, outcome);
  }

  private page(cluster: Cluster, topic: string, params: ReadParams, outcome: ReadRecordsOutcome) {
    const self = `${this.config.publicUrl}/kafka/v3/clusters/${cluster.id}/topics/${topic}/records`;
    const query = (q: Record<string, string>) => `${self}?${new URLSearchParams(q).toString()}`;
    const selfQuery: Record<string, string> = { limit: String(params.limit) };
    if (params.partition !== undefined) selfQuery['partition_id'] = String(params.partition);
    if (params.start.kind === 'offset') selfQuery['offset'] = String(params.start.offset);
    if (params.start.kind === 'timestamp') selfQuery['timestamp'] = params.start.timestamp.toISOString();
    const only = params.partition !== undefined ? outcome.partitions[0] : undefined;
    return {
      kind: 'KafkaRecordList' as const,
      metadata: {
        self: query(selfQuery),
        next: only ? query({ partition_id: String(only.partition), offset: String(only.nextOffset), limit: String(params.limit) }) : null,
      },
      cluster_id: cluster.id,
      topic_name: topic,
      data: outcome.records.map(readRecordJson),
      partitions: outcome.partitions.map((p) => ({ partition_id: p.partition, beginning_offset: Number(p.beginningOffset), end_offset: Number(p.endOffset), next_offset: Number(p.nextOffset) })),
    };
  }
}
