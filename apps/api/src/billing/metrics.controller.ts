import { Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import type { Principal } from '@tributary/accounts';
import { CLUSTER_LABEL, METRIC_DESCRIPTORS, MetricsQueryService, parseMetricsQuery, TOPIC_LABEL, type MetricsFilter } from '@tributary/metering';
import { z } from 'zod';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { Policy } from '../auth/policy.decorator';
import { ApiDoc } from '../openapi/route-schemas';
import { API_CONFIG, type ApiConfig } from '../api.config';
import { ValidBody, ValidQuery } from '../validation/zod-pipe';

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
const Response = z.object({ data: z.array(z.object({ timestamp: z.string(), value: z.number(), [CLUSTER_LABEL]: z.string().optional(), [TOPIC_LABEL]: z.string().optional() })) });

const DescriptorsQuery = z
  .object({
    page_size: z.coerce.number().int().min(1).max(1000).default(100),
    /** The offset of the next descriptor, as `meta.pagination.next_page_token` gives it. */
    page_token: z.string().regex(/^d\d{1,6}$/, 'must be a next_page_token from a previous page').optional(),
    resource_type: z.enum(['kafka']).optional(),
  })
  .strict();
const DescriptorsResponse = z.object({
  data: z.array(
    z.object({
      name: z.string(),
      description: z.string(),
      unit: z.string(),
      type: z.string(),
      exportable: z.boolean(),
      lifecycle_stage: z.string(),
      resources: z.array(z.string()),
      labels: z.array(z.object({ key: z.string(), description: z.string(), exportable: z.boolean() })),
    }),
  ),
  meta: z.object({ pagination: z.object({ page_size: z.number(), total_size: z.number(), next_page_token: z.string().optional() }) }),
  links: z.object({ next: z.string().optional() }),
});

/** The reference's metrics query over the usage ledger: received/sent/retained bytes and partitions per cluster. */
@Controller('v2/metrics/cloud')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsQueryService,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  @Get('descriptors/metrics')
  @Policy('organization.read')
  @ApiDoc({ tag: 'Metrics', summary: 'The metrics the query and the export serve, their type, unit and labels', response: DescriptorsResponse })
  descriptors(@ValidQuery(DescriptorsQuery) q: z.infer<typeof DescriptorsQuery>) {
    const offset = q.page_token ? Number(q.page_token.slice(1)) : 0;
    const data = METRIC_DESCRIPTORS.slice(offset, offset + q.page_size);
    const nextToken = offset + data.length < METRIC_DESCRIPTORS.length ? `d${offset + data.length}` : undefined;
    return {
      data,
      meta: { pagination: { page_size: q.page_size, total_size: METRIC_DESCRIPTORS.length, ...(nextToken ? { next_page_token: nextToken } : {}) } },
      links: nextToken ? { next: `${this.config.publicUrl}/v2/metrics/cloud/descriptors/metrics?${new URLSearchParams({ page_size: String(q.page_size), page_token: nextToken })}` } : {},
    };
  }

  @Post('query')
  @Policy('metrics.read')
  @HttpCode(200)
  @ApiDoc({ tag: 'Metrics', summary: 'Query received_bytes, sent_bytes, retained_bytes or partition_count per cluster (group_by resource.kafka.id) or per topic (group_by metric.topic) over time', response: Response, errors: [404] })
  async query(@CurrentPrincipal() p: Principal, @ValidBody(QueryBody) body: z.infer<typeof QueryBody>) {
    return this.metrics.query(p.organizationId, parseMetricsQuery(body));
  }
}
