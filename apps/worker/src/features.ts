import { CLUSTERS_QUEUE, ClustersModule, clustersAccountsExtensions } from '@tributary/clusters';
import { Module } from '@nestjs/common';
import { ClustersJobs } from './clusters/clusters.jobs';
import type { WorkerModuleOptions } from './worker.module';

@Module({ imports: [ClustersModule.forRoot()], providers: [ClustersJobs] })
class ClustersWorkerModule {}

/** Domain features whose jobs the worker runs: each plugs in its module, queues and extensions. */
export function workerFeatures(): Pick<WorkerModuleOptions, 'queues' | 'features' | 'accounts'> {
  return {
    queues: [CLUSTERS_QUEUE],
    features: [ClustersWorkerModule],
    accounts: clustersAccountsExtensions(),
  };
}
