import { Module } from '@nestjs/common';
import { ClusterAclsOnAccessChange } from './acls/access-change-listener';
import { EnvironmentHasClustersGuard } from './environment-has-clusters.guard';
import { AdminCredentialVault } from './keys/admin-credential-vault';
import { ClusterAdminClient } from './keys/cluster-admin-client';
import { ClusterApiKeyHandler } from './keys/cluster-api-key-handler';
import { ClusterKeyCredentials } from './keys/cluster-key-credentials';
import { ClusterKeysStore } from './keys/cluster-keys.store';

/**
 * What accounts plugs in from clusters (cluster API keys, the environment deletion guard, broker ACLs
 * that follow role bindings). It
 * depends on nothing in accounts, so accounts can import it without a cycle.
 */
@Module({
  providers: [AdminCredentialVault, ClusterAdminClient, ClusterKeyCredentials, ClusterKeysStore, ClusterApiKeyHandler, EnvironmentHasClustersGuard, ClusterAclsOnAccessChange],
  exports: [AdminCredentialVault, ClusterAdminClient, ClusterKeyCredentials, ClusterKeysStore, ClusterApiKeyHandler, EnvironmentHasClustersGuard, ClusterAclsOnAccessChange],
})
export class ClusterKeysModule {}
