import { Controller, Get, Inject } from '@nestjs/common';
import { assertIsOrgAdmin, type Principal } from '@tributary/accounts';
import { CostSamplesService, USAGE_LINE_TYPES } from '@tributary/metering';
import { z } from 'zod';
import { API_CONFIG, type ApiConfig } from '../api.config';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { Policy } from '../auth/policy.decorator';
import { ApiDoc } from '../openapi/route-schemas';
import { ValidQuery } from '../validation/zod-pipe';

const KAFKA_LINE_TYPES = USAGE_LINE_TYPES.filter((l) => l !== 'SCHEMA_REGISTRY') as [string, ...string[]];
const Query = z
  .object({
    resource_id: z.string().min(1).max(64),
    line_type: z.enum(KAFKA_LINE_TYPES),
    // Exactly the calendar days of 2000–2099 (leap days included), so a date the document allows is one the API takes.
    date: z
      .string()
      .regex(/^20(?:\d{2}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8]))|(?:[02468][048]|[13579][26])-02-29)$/, 'must be a date (YYYY-MM-DD) of 2000–2099'),
    page_size: z.coerce.number().int().min(1).max(5000).default(1000),
    /** The offset of the next sample, as `metadata.next` gives it. */
    page_token: z.string().regex(/^s\d{1,9}$/, 'must be a page_token from metadata.next').optional(),
  })
  .strict();

const SampleSchema = z.object({
  broker_id: z.number(),
  interval_start: z.string(),
  scraped_at: z.string(),
  up: z.boolean(),
  /** Storage and partitions carried forward from the broker's last good sample (it could not be read). */
  estimated: z.boolean(),
  incarnation: z.string().nullable(),
  bytes_in_total: z.string().nullable(),
  bytes_out_total: z.string().nullable(),
  bytes_in_delta: z.string(),
  bytes_out_delta: z.string(),
  restart_detected: z.boolean(),
  retained_bytes: z.string(),
  partition_count: z.number(),
});
const Response = z.object({
  api_version: z.literal('billing/v1'),
  kind: z.literal('CostSampleList'),
  resource: z.object({ id: z.string() }),
  line_type: z.string(),
  date: z.string(),
  hours: z.array(z.object({ hour: z.string(), computed_quantity: z.string(), recorded_quantity: z.string(), closed: z.boolean() })),
  metadata: z.object({ total_size: z.number(), next: z.string().optional() }),
  data: z.array(SampleSchema),
});

/** The drill-down of a cost line: the broker samples of the cluster and day it was computed from. */
@Controller('billing/v1')
export class CostSamplesController {
  constructor(
    private readonly samples: CostSamplesService,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  @Get('cost-samples')
  @Policy('billing.read')
  @ApiDoc({
    tag: 'Billing',
    summary: 'The broker samples a Kafka cost line was computed from: counter readings, deltas, restarts detected, gauges carried forward, and the hourly quantities they give',
    response: Response,
    errors: [404],
  })
  async list(@CurrentPrincipal() p: Principal, @ValidQuery(Query) q: z.infer<typeof Query>) {
    assertIsOrgAdmin(p);
    const day = new Date(`${q.date}T00:00:00Z`);
    const offset = q.page_token ? Number(q.page_token.slice(1)) : 0;
    const r = await this.samples.of(p.organizationId, q.resource_id, q.line_type as (typeof USAGE_LINE_TYPES)[number], day, { offset, size: q.page_size });
    const nextOffset = offset + r.samples.length;
    const next =
      nextOffset < r.total
        ? `${this.config.publicUrl}/billing/v1/cost-samples?${new URLSearchParams({ resource_id: q.resource_id, line_type: q.line_type, date: q.date, page_size: String(q.page_size), page_token: `s${nextOffset}` })}`
        : undefined;
    const s = (v: bigint | null) => (v === null ? null : v.toString());
    return {
      api_version: 'billing/v1' as const,
      kind: 'CostSampleList' as const,
      resource: { id: r.clusterId },
      line_type: r.lineType,
      date: q.date,
      hours: r.hours.map((h) => ({ hour: h.hour.toISOString(), computed_quantity: h.computed, recorded_quantity: h.recorded, closed: h.closed })),
      metadata: { total_size: r.total, ...(next ? { next } : {}) },
      data: r.samples.map((x) => ({
        broker_id: x.brokerId,
        interval_start: x.intervalStart.toISOString(),
        scraped_at: x.scrapedAt.toISOString(),
        up: x.up,
        estimated: x.estimated,
        incarnation: s(x.incarnation),
        bytes_in_total: s(x.bytesInTotal),
        bytes_out_total: s(x.bytesOutTotal),
        bytes_in_delta: x.bytesInDelta.toString(),
        bytes_out_delta: x.bytesOutDelta.toString(),
        restart_detected: x.restartDetected,
        retained_bytes: x.retainedBytes.toString(),
        partition_count: x.partitionCount,
      })),
    };
  }
}
