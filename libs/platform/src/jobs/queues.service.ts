import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Queue, type JobsOptions, type RepeatOptions } from 'bullmq';
import { PLATFORM_CONFIG } from '../platform.module';
import type { PlatformConfig } from '../config/platform-config';
import type { QueueDefinition } from './job-definitions';
import { FAIL_FAST_REDIS_OPTIONS } from '../redis/redis.module';
import { redisConnectionOptions } from './redis-connection';

export const QUEUE_DEFINITIONS = Symbol('QUEUE_DEFINITIONS');

interface KeptScheduler {
  queue: string;
  id: string;
  repeat: Omit<RepeatOptions, 'key'>;
  job: { name: string; data: object };
}

/** Producer side: both the api and the worker enqueue through this. */
@Injectable()
export class Queues implements OnApplicationShutdown {
  private readonly queues = new Map<string, Queue>();
  private readonly defs: Map<string, QueueDefinition>;
  private readonly kept = new Map<string, KeptScheduler>();

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
      // Fail fast while Redis is away (the caller answers 503 or retries), instead of queueing the
      // command until it returns; BullMQ's workers keep their own, patient connections.
      const connection = { ...redisConnectionOptions(this.config.redis), ...FAIL_FAST_REDIS_OPTIONS };
      q = new Queue(queue, { connection, ...(def.defaults ? { defaultJobOptions: def.defaults } : {}) });
      // Callers see a failed command; the outage itself is reported by the shared connection. An
      // 'error' event nobody listens to would end the process.
      q.on('error', () => undefined);
      this.queues.set(queue, q);
    }
    return q;
  }

  async add<T extends object>(queue: string, name: string, data: T, opts: JobsOptions = {}): Promise<void> {
    const def = this.defs.get(queue);
    if (!def?.jobs.includes(name)) throw new Error(`Queue '${queue}' has no job '${name}'`);
    await this.get(queue).add(name, data, opts);
  }

  /**
   * A job scheduler that must always exist (resync, metering, billing). Schedules live only in
   * Redis, so they are remembered here and `restoreSchedulers` puts back any that Redis lost.
   */
  async keepScheduler(queue: string, id: string, repeat: Omit<RepeatOptions, 'key'>, job: { name: string; data?: object }): Promise<void> {
    const def = this.defs.get(queue);
    if (!def?.jobs.includes(job.name)) throw new Error(`Queue '${queue}' has no job '${job.name}'`);
    const kept: KeptScheduler = { queue, id, repeat, job: { name: job.name, data: job.data ?? {} } };
    this.kept.set(`${queue}/${id}`, kept);
    await this.get(queue).upsertJobScheduler(id, repeat, kept.job);
  }

  /** Re-creates kept schedulers missing from Redis (after it restarted empty); returns how many. */
  async restoreSchedulers(): Promise<string[]> {
    const restored: string[] = [];
    for (const s of this.kept.values()) {
      const q = this.get(s.queue);
      if (await q.getJobScheduler(s.id)) continue;
      await q.upsertJobScheduler(s.id, s.repeat, s.job);
      restored.push(`${s.queue}/${s.id}`);
    }
    return restored;
  }

  async onApplicationShutdown() {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }
}
