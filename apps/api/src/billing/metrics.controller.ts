import { Controller, HttpCode, Post } from '@nestjs/common';
import type { Principal } from '@tributary/accounts';
import { CLUSTER_LABEL, MetricsQueryService, parseMetricsQuery, type MetricsFilter } from '@tributary/metering';
import { z } from 'zod';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { Policy } from '../auth/policy.decorator';
import { ApiDoc } from '../openapi/route-schemas';
import { ValidBody } from '../validation/zod-pipe';

const FieldFilter = z.object({ field: z.string().optional(), op: z.enum(['EQ', 'GT', 'GTE']), value: z.union([z.string(), z.number()]) }).strict();
const Filter: z.ZodType<MetricsFilter> = z.lazy(() =>
  z.union([FieldFilter, z.object({ op: z.enum(['AND', 'OR']), filters: z.array(Filter).min(1).max(100) }).strict(), z.object({ op: z.literal('NOT'), filter: Filter }).strict()]),
);
const QueryBody = z
  .object({
    aggregations: z.array(z.object({ metric: z.string().max(200), agg: z.literal('SUM').optional() }).strict()).min(1).max(1),
    group_by: z.array(z.string().max(200)).max(5).optional(),
    granularity: z.string().max(16),
    filter: Filter.optional(),
    order_by: z.array(z.unknown()).optional(),
    intervals: z.array(z.string().max(100)).min(1).max(10),
    limit: z.number().int().min(1).max(1000).optional(),
    format: z.literal('FLAT').optional(),
  })
  .strict();
const Response = z.object({ data: z.array(z.object({ timestamp: z.string(), value: z.number(), [CLUSTER_LABEL]: z.string().optional() })) });

/** The reference's metrics query over the usage ledger: received/sent/retained bytes and partitions per cluster. */
@Controller('v2/metrics/cloud')
export class MetricsController {
  constructor(private readonly metrics: MetricsQueryService) {}

  @Post('query')
  @Policy('metrics.read')
  @HttpCode(200)
  @ApiDoc({ tag: 'Metrics', summary: 'Query received_bytes, sent_bytes, retained_bytes or partition_count per cluster over time', response: Response, errors: [404] })
  async query(@CurrentPrincipal() p: Principal, @ValidBody(QueryBody) body: z.infer<typeof QueryBody>) {
    return this.metrics.query(p.organizationId, parseMetricsQuery(body));
  }
}
