import { mergeAccountsExtensions } from '@tributary/accounts';
import { billingAccountsExtensions, BillingModule, PastDueClusterCreationGuard } from '@tributary/billing';
import { CLUSTERS_QUEUE, clustersAccountsExtensions } from '@tributary/clusters';
import { schemaRegistryAccountsExtensions } from '@tributary/schema-registry';
import { BillingApiModule } from './billing/billing-api.module';
import { CatalogApiModule } from './catalog/catalog-api.module';
import { ClustersApiModule } from './clusters/clusters-api.module';
import { SchemaRegistryApiModule } from './schema-registry/schema-registry-api.module';
import type { CreateApiAppOptions } from './create-api-app';

/** The domain features the API serves beyond accounts: each plugs in its module, queues and extensions. */
export function apiFeatures(): Pick<CreateApiAppOptions, 'features' | 'accounts' | 'queues'> {
  return {
    // Billing vetoes new clusters while the organization's payment is past due (402).
    features: [ClustersApiModule.register({ imports: [BillingModule], creationGuards: [PastDueClusterCreationGuard] }), BillingApiModule, CatalogApiModule, SchemaRegistryApiModule],
    accounts: mergeAccountsExtensions(clustersAccountsExtensions(), billingAccountsExtensions(), schemaRegistryAccountsExtensions()),
    queues: [CLUSTERS_QUEUE],
  };
}
