import { Module } from '@nestjs/common';
import { MetricsExportService } from '@tributary/metering';
import { MetricsExportController } from './metrics-export.controller';

/** `GET /v2/metrics/cloud/export` (MeteringModule is global: the ledger and repositories come from it). */
@Module({
  providers: [MetricsExportService],
  controllers: [MetricsExportController],
})
export class MetricsExportModule {}
