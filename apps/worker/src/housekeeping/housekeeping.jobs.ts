import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { SessionsService } from '@tributary/accounts';
import { HOUSEKEEPING_QUEUE, LOGGER, OnJob, Queues, REDIS } from '@tributary/platform';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

export const HEARTBEAT_KEY = 'tributary:worker:heartbeat';

/** The worker says it is alive, and old sessions are cleared out. */
@Injectable()
export class HousekeepingJobs implements OnApplicationBootstrap {
  constructor(
    private readonly queues: Queues,
    private readonly sessions: SessionsService,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap() {
    await this.queues.keepScheduler(HOUSEKEEPING_QUEUE.queue, 'heartbeat', { every: 15_000 }, { name: 'heartbeat' });
    await this.queues.keepScheduler(HOUSEKEEPING_QUEUE.queue, 'purge-expired-sessions', { every: 3_600_000 }, { name: 'purge-expired-sessions' });
  }

  @OnJob({ queue: HOUSEKEEPING_QUEUE.queue, name: 'heartbeat' })
  async heartbeat() {
    await this.redis.set(HEARTBEAT_KEY, JSON.stringify({ at: new Date().toISOString(), pid: process.pid }), 'EX', 60);
  }

  @OnJob({ queue: HOUSEKEEPING_QUEUE.queue, name: 'purge-expired-sessions' })
  async purgeExpiredSessions() {
    const removed = await this.sessions.purgeExpired();
    if (removed) this.logger.info({ removed }, 'purged expired sessions');
  }
}
