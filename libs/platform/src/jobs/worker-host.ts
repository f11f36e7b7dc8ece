import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { LOGGER, PLATFORM_CONFIG } from '../platform.module';
import { REDIS } from '../redis/redis.module';
import type { PlatformConfig } from '../config/platform-config';
import { AppError } from '../errors/app-error';
import { readOnJob } from './on-job.decorator';
import { Queues } from './queues.service';
import { redisConnectionOptions } from './redis-connection';

type Handler = (data: unknown, job: Job, token?: string) => Promise<unknown>;

/** Work a feature re-derives from Postgres when Redis may have lost it (e.g. re-enqueue pending reconciles). */
export type RecoveryHook = () => Promise<unknown>;

/** How often the worker checks that its schedules and pending work survived: Redis is a cache of work. */
export const RECOVERY_INTERVAL_MS = 10_000;

/**
 * Consumer side, in apps/worker only: finds every @OnJob handler, starts one BullMQ worker per
 * queue, and fails the boot if a declared job has no handler (or a handler no declaration).
 */
@Injectable()
export class WorkerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly workers: Worker[] = [];
  private readonly recoveryHooks: Array<{ name: string; hook: RecoveryHook }> = [];
  private recoveryTimer?: NodeJS.Timeout;
  private recovering = false;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly queues: Queues,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  /** Registers work to redo on every Redis (re)connection and every RECOVERY_INTERVAL_MS. */
  onRecovery(name: string, hook: RecoveryHook): void {
    this.recoveryHooks.push({ name, hook });
  }

  /**
   * Puts back what Redis may have lost: kept job schedulers, then each feature's pending work. Runs
   * on a timer and whenever the Redis connection is (re)established; overlapping runs are skipped.
   */
  async recover(trigger: string): Promise<void> {
    if (this.recovering) return;
    this.recovering = true;
    try {
      const restored = await this.queues.restoreSchedulers();
      if (restored.length) this.logger.warn({ trigger, restored }, 'job schedules were missing from Redis: restored');
      for (const { name, hook } of this.recoveryHooks) {
        await hook().catch((e: unknown) => this.logger.warn({ trigger, hook: name, err: (e as Error).message }, 'recovery step failed; retried on the next run'));
      }
    } catch (e) {
      this.logger.warn({ trigger, err: (e as Error).message }, 'recovery failed; retried on the next run');
    } finally {
      this.recovering = false;
    }
  }

  onApplicationBootstrap() {
    const handlers = new Map<string, Map<string, { fn: Handler; concurrency: number }>>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string | symbol, unknown> | undefined;
      if (!instance || !wrapper.metatype || typeof wrapper.metatype !== 'function') continue;
      for (const meta of readOnJob(wrapper.metatype)) {
        const fn = instance[meta.method];
        if (typeof fn !== 'function') continue;
        const byName = handlers.get(meta.queue) ?? new Map();
        if (byName.has(meta.name)) throw new Error(`Two handlers for job ${meta.queue}/${meta.name}`);
        byName.set(meta.name, { fn: (fn as Handler).bind(instance), concurrency: meta.concurrency ?? 1 });
        handlers.set(meta.queue, byName);
      }
    }
    const problems: string[] = [];
    for (const def of this.queues.definitions()) {
      for (const name of def.jobs) if (!handlers.get(def.queue)?.has(name)) problems.push(`no handler for job ${def.queue}/${name}`);
    }
    for (const [queue, byName] of handlers) {
      const def = this.queues.definitions().find((d) => d.queue === queue);
      for (const name of byName.keys()) if (!def?.jobs.includes(name)) problems.push(`handler for undeclared job ${queue}/${name}`);
    }
    if (problems.length) throw new Error(`Job registry is inconsistent:\n  ${problems.join('\n  ')}`);

    for (const [queue, byName] of handlers) {
      const concurrency = Math.max(...[...byName.values()].map((h) => h.concurrency));
      const worker = new Worker(
        queue,
        async (job, token) => {
          const h = byName.get(job.name);
          if (!h) throw new UnrecoverableError(`No handler for ${queue}/${job.name}`);
          try {
            return await h.fn(job.data, job, token);
          } catch (e) {
            // A 4xx-type domain error will not get better by retrying.
            if (e instanceof AppError && e.status < 500) throw new UnrecoverableError(e.message);
            throw e;
          }
        },
        {
          connection: redisConnectionOptions(this.config.redis),
          concurrency,
          autorun: true,
          // A job whose worker died is picked up again after this long (jobs are short by design).
          lockDuration: this.config.jobLockMs,
          stalledInterval: Math.max(1000, Math.floor(this.config.jobLockMs / 2)),
        },
      );
      worker.on('failed', (job, err) => this.logger.warn({ queue, job: job?.name, jobId: job?.id, attempt: job?.attemptsMade, err: err.message }, 'job failed'));
      worker.on('error', (err) => this.logger.error({ queue, err: err.message }, 'worker error'));
      this.workers.push(worker);
      this.logger.info({ queue, jobs: [...byName.keys()], concurrency }, 'worker started');
    }
  }

  /** After every module's bootstrap (schedulers kept, hooks registered): start watching. */
  startRecovery(): void {
    if (this.recoveryTimer) return;
    this.recoveryTimer = setInterval(() => void this.recover('timer'), RECOVERY_INTERVAL_MS);
    this.recoveryTimer.unref();
    this.redis.on('ready', () => void this.recover('redis-reconnected'));
  }

  async onApplicationShutdown() {
    if (this.recoveryTimer) clearInterval(this.recoveryTimer);
    await Promise.all(this.workers.map((w) => w.close()));
  }
}
