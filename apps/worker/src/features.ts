import { mergeAccountsExtensions } from '@tributary/accounts';
import { BILLING_QUEUE, billingAccountsExtensions, BillingModule, BillingWorkerModule, BUDGETS_QUEUE, BudgetsModule, StripeMeterOutbox } from '@tributary/billing';
import { CLUSTERS_QUEUE, ClustersModule, clustersAccountsExtensions } from '@tributary/clusters';
import { METERING_QUEUE, MeteringModule } from '@tributary/metering';
import { Module } from '@nestjs/common';
import { SECRETS_QUEUE } from '@tributary/platform';
import { SecretsWorkerModule } from './secrets/secrets-worker.module';
import { BudgetsJobs } from './billing/budgets.jobs';
import { ClustersJobs } from './clusters/clusters.jobs';
import type { WorkerModuleOptions } from './worker.module';

// Budgets live here: a throttle that changes asks the reconciler for a pass of the org's clusters.
@Module({ imports: [ClustersModule.forRoot(), BudgetsModule], providers: [ClustersJobs, BudgetsJobs] })
class ClustersWorkerModule {}

/** Domain features whose jobs the worker runs: each plugs in its module, queues and extensions. */
export function workerFeatures(): Pick<WorkerModuleOptions, 'queues' | 'features' | 'accounts'> {
  return {
    queues: [CLUSTERS_QUEUE, METERING_QUEUE, BILLING_QUEUE, BUDGETS_QUEUE, SECRETS_QUEUE],
    features: [
      ClustersWorkerModule,
      // Closing an hour queues its usage for Stripe in the same transaction.
      MeteringModule.forRoot({ jobs: true, imports: [BillingModule], hourClosedListeners: [StripeMeterOutbox] }),
      BillingWorkerModule,
      SecretsWorkerModule,
    ],
    accounts: mergeAccountsExtensions(clustersAccountsExtensions(), billingAccountsExtensions()),
  };
}
