import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Queue, type JobsOptions } from 'bullmq';
import { PLATFORM_CONFIG } from '../platform.module';
import type { PlatformConfig } from '../config/platform-config';
import type { QueueDefinition } from './job-definitions';
import { redisConnectionOptions } from './redis-connection';

export const QUEUE_DEFINITIONS = Symbol('QUEUE_DEFINITIONS');

/** Producer side: both the api and the worker enqueue through this. */
@Injectable()
export class Queues implements OnApplicationShutdown {
  private readonly queues = new Map<string, Queue>();
  private readonly defs: Map<string, QueueDefinition>;

  constructor(
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
    @Inject(QUEUE_DEFINITIONS) defs: QueueDefinition[],
  ) {
    this.defs = new Map(defs.map((d) => [d.queue, d]));
  }

  definitions(): QueueDefinition[] {
    return [...this.defs.values()];
  }

  get(queue: string): Queue {
    const def = this.defs.get(queue);
    if (!def) throw new Error(`Unknown queue '${queue}'`);
    let q = this.queues.get(queue);
    if (!q) {
      q = new Queue(queue, { connection: redisConnectionOptions(this.config.redisUrl), ...(def.defaults ? { defaultJobOptions: def.defaults } : {}) });
      this.queues.set(queue, q);
    }
    return q;
  }

  async add<T extends object>(queue: string, name: string, data: T, opts: JobsOptions = {}): Promise<void> {
    const def = this.defs.get(queue);
    if (!def?.jobs.includes(name)) throw new Error(`Queue '${queue}' has no job '${name}'`);
    await this.get(queue).add(name, data, opts);
  }

  async onApplicationShutdown() {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }
}
