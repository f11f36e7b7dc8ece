import { Module, type DynamicModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import type { QueueDefinition } from './job-definitions';
import { QUEUE_DEFINITIONS, Queues } from './queues.service';
import { WorkerHost } from './worker-host';

/** `forRoot({ queues, consume: true })` in the worker; `consume: false` where jobs are only enqueued. */
@Module({})
export class JobsModule {
  static forRoot(opts: { queues: QueueDefinition[]; consume: boolean }): DynamicModule {
    return {
      module: JobsModule,
      global: true,
      imports: opts.consume ? [DiscoveryModule] : [],
      providers: [{ provide: QUEUE_DEFINITIONS, useValue: opts.queues }, Queues, ...(opts.consume ? [WorkerHost] : [])],
      exports: [Queues, ...(opts.consume ? [WorkerHost] : [])],
    };
  }
}
