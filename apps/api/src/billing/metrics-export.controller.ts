import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Principal } from '@tributary/accounts';
import { EXPORT_CONTENT_TYPE, MetricsExportService, parseExportQuery } from '@tributary/metering';
import type { FastifyReply } from 'fastify';
import { CurrentPrincipal } from '../auth/auth.decorators';

/**
 * The reference's Prometheus export: current values of the caller's clusters in the text
 * exposition format, for a Prometheus scraping with a Cloud API key (HTTP Basic). Same access as
 * the metrics query: any member of the organization, another organization's cluster a 404.
 */
@Controller('v2/metrics/cloud')
export class MetricsExportController {
  constructor(private readonly exporter: MetricsExportService) {}

  @Get('export')
  async export(@CurrentPrincipal() p: Principal, @Query() query: Record<string, unknown>, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const clusterIds = parseExportQuery(query);
    const text = await this.exporter.exportText(p.organizationId, clusterIds);
    void reply.header('content-type', EXPORT_CONTENT_TYPE).header('cache-control', 'no-store');
    return text;
  }
}
