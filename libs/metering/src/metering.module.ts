import { Module, type DynamicModule, type ModuleMetadata, type Type } from '@nestjs/common';
import { CostSamplesService } from './cost-samples';
import { loadMeteringConfig, METERING_CONFIG } from './metering.config';
import { MeteringJobs } from './metering.jobs';
import { MetricsQueryService } from './metrics-query.service';
import { MetricsScraper, UsageCollector } from './usage-collector';
import { SchemaRegistryUsage } from './schema-registry-usage';
import { loadSchemaRegistryUsageConfig, SCHEMA_REGISTRY_USAGE_CONFIG } from './schema-registry-usage.config';
import { UsageLedger } from './usage-ledger';
import { USAGE_HOUR_CLOSED_LISTENERS, UsageRollup, type UsageHourClosedListener } from './usage-rollup';

export interface MeteringOptions {
  /** Modules that export the listener classes. */
  imports?: ModuleMetadata['imports'];
  /** Called in the transaction that closes an hour (billing queues it for Stripe). */
  hourClosedListeners?: Type<UsageHourClosedListener>[];
  /** The worker runs the collection and close jobs; the API only queries. */
  jobs?: boolean;
}

const services = [UsageLedger, UsageRollup, UsageCollector, MetricsScraper, MetricsQueryService, SchemaRegistryUsage, CostSamplesService];

/** Usage from the brokers: samples, hourly usage per line type, the metrics query. */
@Module({})
export class MeteringModule {
  static forRoot(opts: MeteringOptions = {}): DynamicModule {
    const listeners = opts.hourClosedListeners ?? [];
    return {
      module: MeteringModule,
      global: true,
      imports: opts.imports ?? [],
      providers: [
        ...services,
        { provide: METERING_CONFIG, useFactory: () => loadMeteringConfig() },
        { provide: SCHEMA_REGISTRY_USAGE_CONFIG, useFactory: () => loadSchemaRegistryUsageConfig() },
        { provide: USAGE_HOUR_CLOSED_LISTENERS, inject: listeners, useFactory: (...instances: UsageHourClosedListener[]) => instances },
        ...(opts.jobs ? [MeteringJobs] : []),
      ],
      exports: [...services, METERING_CONFIG],
    };
  }
}
