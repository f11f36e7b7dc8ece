import { Module, type DynamicModule, type Type } from '@nestjs/common';
import type { AccountsExtensions } from '@tributary/accounts';
import { Ec2Provider, LocalProvider, loadAwsConfig } from '@tributary/provisioning';
import { ClusterAclsOnAccessChange } from './acls/access-change-listener';
import { CLUSTER_CREATION_GUARDS, type ClusterCreationGuard } from './cluster-creation-guard';
import { ClusterKeysModule } from './cluster-keys.module';
import { CLUSTERS_CONFIG, loadClustersConfig, type ClustersConfig } from './clusters.config';
import { ClustersService } from './clusters.service';
import { EnvironmentHasClustersGuard } from './environment-has-clusters.guard';
import { ClusterAdminClient } from './keys/cluster-admin-client';
import { ClusterApiKeyHandler } from './keys/cluster-api-key-handler';
import { ClusterLifecycleWriter } from './lifecycle/lifecycle-writer';
import { BROKER_ADMIN } from './reconciler/broker-admin';
import { ClusterRecords } from './reconciler/cluster-records';
import { CLOUD_PROVIDERS, CloudProviders, type OfferedCloud } from './reconciler/cloud-providers';
import { ClusterReconciler } from './reconciler/cluster-reconciler';
import { ResyncService } from './reconciler/resync.service';
import { TopicsService } from './topics/topics.service';

export interface ClustersModuleOptions {
  /** Vetoes on new clusters (billing's past-due rule). */
  creationGuards?: Type<ClusterCreationGuard>[];
  /** Modules exporting the guards. */
  imports?: DynamicModule['imports'];
  /** Extra clouds (AWS) beside the embedded LOCAL provider. */
  extraClouds?: (config: ClustersConfig) => OfferedCloud[];
}

/** AWS is offered when TRIBUTARY_AWS_REGIONS names at least one region (docs/AWS.md). */
function awsCloud(): OfferedCloud[] {
  const aws = loadAwsConfig();
  return aws.enabled ? [{ provider: new Ec2Provider({ config: aws }), regions: aws.regions }] : [];
}

const services = [ClustersService, ClusterReconciler, ResyncService, TopicsService, ClusterLifecycleWriter, ClusterRecords];

@Module({})
export class ClustersModule {
  static forRoot(opts: ClustersModuleOptions = {}): DynamicModule {
    const guards = opts.creationGuards ?? [];
    return {
      module: ClustersModule,
      imports: [ClusterKeysModule, ...(opts.imports ?? [])],
      providers: [
        ...services,
        { provide: CLUSTERS_CONFIG, useFactory: () => loadClustersConfig() },
        {
          provide: CLOUD_PROVIDERS,
          inject: [CLUSTERS_CONFIG],
          useFactory: (config: ClustersConfig) =>
            new CloudProviders([
              ...(config.local.offered ? [{ provider: new LocalProvider({ dataRoot: config.local.dataDir, portRange: config.local.portRange }), regions: ['local'] }] : []),
              ...awsCloud(),
              ...(opts.extraClouds?.(config) ?? []),
            ]),
        },
        { provide: BROKER_ADMIN, useExisting: ClusterAdminClient },
        { provide: CLUSTER_CREATION_GUARDS, inject: guards, useFactory: (...g: ClusterCreationGuard[]) => g },
      ],
      exports: [...services, ClusterKeysModule, CLUSTERS_CONFIG, CLOUD_PROVIDERS],
    };
  }
}

/** How accounts learns about cluster keys and environments that hold clusters. */
export function clustersAccountsExtensions(): AccountsExtensions {
  return {
    imports: [ClusterKeysModule],
    apiKeyResourceHandlers: [ClusterApiKeyHandler],
    environmentDeletionGuards: [EnvironmentHasClustersGuard],
    roleBindingsChangedListeners: [ClusterAclsOnAccessChange],
  };
}
