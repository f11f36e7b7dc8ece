import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { BUDGETS_CONFIG, BUDGETS_QUEUE, BudgetEnforcement, type BudgetsConfig } from '@tributary/billing';
import { ResyncService } from '@tributary/clusters';
import { TenantRepositories } from '@tributary/db';
import { LOGGER, OnJob, Queues } from '@tributary/platform';
import type { Logger } from 'pino';

/**
 * The budget check on a schedule: each organization with a budget has its month-to-date spend
 * compared with it (alerts mailed once per threshold, THROTTLE quotas added or lifted); when a
 * throttle changed, its clusters get a reconcile pass at once.
 */
@Injectable()
export class BudgetsJobs implements OnApplicationBootstrap {
  constructor(
    private readonly queues: Queues,
    private readonly enforcement: BudgetEnforcement,
    private readonly resync: ResyncService,
    private readonly repos: TenantRepositories,
    @Inject(BUDGETS_CONFIG) private readonly config: BudgetsConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap() {
    await this.queues.keepScheduler(BUDGETS_QUEUE.queue, 'budgets-check', { every: this.config.checkIntervalMs }, { name: 'check-budgets' });
  }

  @OnJob({ queue: BUDGETS_QUEUE.queue, name: 'check-budgets' })
  async check() {
    let checked = 0;
    let changed = 0;
    for (const organizationId of await this.enforcement.organizationsToCheck()) {
      try {
        const { throttleChanged } = await this.enforcement.evaluate(organizationId);
        checked++;
        if (!throttleChanged) continue;
        changed++;
        const clusters = await this.repos.for(organizationId).clusters.findMany({ phase: { in: ['PROVISIONING', 'PROVISIONED'] } });
        for (const c of clusters) await this.resync.requestReconcile(c.id);
      } catch (e) {
        // One organization's failure (its costs, its SMTP) must not stop the others' checks.
        this.logger.warn({ org: organizationId, err: (e as Error).message }, 'budget check failed; retried at the next check');
      }
    }
    return { checked, changed };
  }
}
