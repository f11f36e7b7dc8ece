import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Principal } from '@tributary/accounts';
import { EXPORT_CONTENT_TYPE, EXPORT_RESOURCE_PARAM, MAX_EXPORT_RESOURCES, MetricsExportService, parseExportQuery } from '@tributary/metering';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { Policy } from '../auth/policy.decorator';
import { ApiDoc, recordQuery } from '../openapi/route-schemas';

/** What /openapi.json says of the query; parseExportQuery enforces it (400s, as the reference). */
const ExportQuery = z
  .object({
    [EXPORT_RESOURCE_PARAM]: z
      .array(z.string().regex(/^lkc-[a-z0-9]{1,32}$/))
      .min(1)
      .max(MAX_EXPORT_RESOURCES)
      .describe('A Kafka cluster id; repeat the parameter for more clusters (at most 50)'),
  })
  .strict();

/**
 * The reference's Prometheus export: current values of the caller's clusters in the text
 * exposition format, for a Prometheus scraping with a Cloud API key (HTTP Basic). Same access as
 * the metrics query: any member of the organization, another organization's cluster a 404.
 */
@Controller('v2/metrics/cloud')
export class MetricsExportController {
  constructor(private readonly exporter: MetricsExportService) {}

  @Get('export')
  @Policy('metrics.read')
  @ApiDoc({ tag: 'Metrics', summary: "Current received/sent bytes (counters), retained bytes and partitions (gauges) of clusters, in Prometheus text format", produces: EXPORT_CONTENT_TYPE, errors: [404] })
  async export(@CurrentPrincipal() p: Principal, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const clusterIds = parseExportQuery(query);
    const text = await this.exporter.exportText(p.organizationId, clusterIds);
    void reply.header('content-type', EXPORT_CONTENT_TYPE).header('cache-control', 'no-store');
    return text;
  }
}
recordQuery(MetricsExportController.prototype, 'export', ExportQuery);
