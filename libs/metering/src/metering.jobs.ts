import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { defineQueue, LOGGER, OnJob, Queues } from '@tributary/platform';
import type { Logger } from 'pino';
import { METERING_CONFIG, type MeteringConfig } from './metering.config';
import { UsageCollector } from './usage-collector';
import { UsageRollup } from './usage-rollup';

export const METERING_QUEUE = defineQueue({
  queue: 'metering',
  jobs: ['collect', 'close-hours'] as const,
  defaults: { removeOnComplete: 100, removeOnFail: 500 },
});

/** The worker's metering loop: collect every interval, close finished hours every minute. */
@Injectable()
export class MeteringJobs implements OnApplicationBootstrap {
  constructor(
    private readonly queues: Queues,
    private readonly collector: UsageCollector,
    private readonly rollup: UsageRollup,
    @Inject(METERING_CONFIG) private readonly config: MeteringConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap() {
    const q = this.queues.get(METERING_QUEUE.queue);
    if (!this.config.enabled) {
      await q.removeJobScheduler('metering-collect');
      await q.removeJobScheduler('metering-close-hours');
      return;
    }
    // Kept: put back by the worker if Redis loses them.
    await this.queues.keepScheduler(METERING_QUEUE.queue, 'metering-collect', { every: this.config.intervalMs }, { name: 'collect' });
    await this.queues.keepScheduler(METERING_QUEUE.queue, 'metering-close-hours', { every: Math.min(60_000, this.config.intervalMs) }, { name: 'close-hours' });
  }

  @OnJob({ queue: METERING_QUEUE.queue, name: 'collect', concurrency: 2 })
  async collect() {
    const r = await this.collector.collectOnce();
    this.logger.debug({ ...r, intervalStart: r.intervalStart.toISOString() }, 'usage collected');
    return { inserted: r.inserted, samples: r.samples };
  }

  @OnJob({ queue: METERING_QUEUE.queue, name: 'close-hours' })
  async closeHours() {
    const closed = await this.rollup.closeDueHours();
    if (closed) this.logger.info({ closed }, 'usage hours closed');
    return { closed };
  }
}
