import { CLUSTERS_QUEUE, clustersAccountsExtensions } from '@tributary/clusters';
import { ClustersApiModule } from './clusters/clusters-api.module';
import type { CreateApiAppOptions } from './create-api-app';

/** The domain features the API serves beyond accounts: each plugs in its module, queues and extensions. */
export function apiFeatures(): Pick<CreateApiAppOptions, 'features' | 'accounts' | 'queues'> {
  return {
    features: [ClustersApiModule.register()],
    accounts: clustersAccountsExtensions(),
    queues: [CLUSTERS_QUEUE],
  };
}
