import { Module, type DynamicModule, type ModuleMetadata } from '@nestjs/common';
import { AccountsModule, type AccountsExtensions } from '@tributary/accounts';
import { DbModule } from '@tributary/db';
import { HOUSEKEEPING_QUEUE, JobsModule, PlatformModule, RedisModule, type PlatformConfig, type QueueDefinition } from '@tributary/platform';
import type { Logger } from 'pino';
import { HousekeepingJobs } from './housekeeping/housekeeping.jobs';

export interface WorkerModuleOptions {
  platform: PlatformConfig;
  logger: Logger;
  queues: QueueDefinition[];
  features?: ModuleMetadata['imports'];
  accounts?: AccountsExtensions;
}

/** The worker: queues wired to the same domain use cases the api calls. */
@Module({})
export class WorkerModule {
  static forRoot(opts: WorkerModuleOptions): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        PlatformModule.forRoot({ serviceName: 'worker', config: opts.platform, logger: opts.logger }),
        DbModule,
        RedisModule,
        JobsModule.forRoot({ queues: [HOUSEKEEPING_QUEUE, ...opts.queues], consume: true }),
        AccountsModule.forRoot(opts.accounts ?? {}),
        ...(opts.features ?? []),
      ],
      providers: [HousekeepingJobs],
    };
  }
}
