import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { defineQueue, LOGGER, OnJob, Queues } from '@tributary/platform';
import type { Logger } from 'pino';
import { BILLING_CONFIG, type BillingConfig } from './billing.config';
import { StripeCatalog } from './stripe/stripe-catalog';
import { StripeMeterOutbox } from './stripe/meter-outbox';

export const BILLING_QUEUE = defineQueue({
  queue: 'billing',
  jobs: ['report-usage'] as const,
  defaults: { removeOnComplete: 100, removeOnFail: 500 },
});

/** The worker's Stripe side: meters and prices ensured at start-up, queued usage sent on a schedule. */
@Injectable()
export class BillingJobs implements OnApplicationBootstrap {
  constructor(
    private readonly queues: Queues,
    private readonly catalog: StripeCatalog,
    private readonly outbox: StripeMeterOutbox,
    @Inject(BILLING_CONFIG) private readonly config: BillingConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap() {
    const q = this.queues.get(BILLING_QUEUE.queue);
    if (!this.config.stripe) {
      await q.removeJobScheduler('billing-report-usage');
      this.logger.info('billing runs ledger-only: no Stripe key configured');
      return;
    }
    // Stripe being down must not stop the worker: the catalog is retried when it is next needed.
    await this.catalog.ensure().catch((e: unknown) => this.logger.warn({ err: (e as Error).message }, 'Stripe meters and prices not ensured yet'));
    await this.queues.keepScheduler(BILLING_QUEUE.queue, 'billing-report-usage', { every: this.config.stripe.reportIntervalMs }, { name: 'report-usage' });
  }

  @OnJob({ queue: BILLING_QUEUE.queue, name: 'report-usage' })
  async reportUsage() {
    let total = { sent: 0, failed: 0 };
    // Drain in batches while Stripe keeps accepting.
    for (let i = 0; i < 50; i++) {
      const r = await this.outbox.sendDue();
      total = { sent: total.sent + r.sent, failed: total.failed + r.failed };
      if (r.sent === 0 || r.failed > 0) break;
    }
    if (total.sent || total.failed) this.logger.info(total, 'usage reported to Stripe');
    return total;
  }
}
