import { Injectable } from '@nestjs/common';
import type { ApiKeyResourceHandler } from '@tributary/accounts';
import { TenantRepositories, type ApiKey } from '@tributary/db';
import { AppError } from '@tributary/platform';
import { canAcceptKeysAndTopics } from '../lifecycle/cluster-lifecycle';
import { ClusterAdminClient } from './cluster-admin-client';
import { ClusterKeyCredentials } from './cluster-key-credentials';
import { ClusterKeysStore } from './cluster-keys.store';

/**
 * A cluster API key is a SCRAM-SHA-512 user on that cluster's brokers (username = key id,
 * password = key secret; the brokers keep only the salted SCRAM hash) with the ACLs its owner's role,
 * ACLs and role bindings give it (acls/desired-broker-acls.ts). It works as soon as create returns. Its SCRAM credential
 * is also kept sealed, so the reconciler can restore it on brokers that lost their metadata.
 */
@Injectable()
export class ClusterApiKeyHandler implements ApiKeyResourceHandler {
  readonly kind = 'Cluster' as const;

  constructor(
    private readonly repos: TenantRepositories,
    private readonly adminClient: ClusterAdminClient,
    private readonly credentials: ClusterKeyCredentials,
    private readonly store: ClusterKeysStore,
  ) {}

  async resolve(organizationId: string, clusterId: string): Promise<{ environmentId: string }> {
    const cluster = await this.repos.for(organizationId).clusters.findFirst({ id: clusterId, deletedAt: null });
    if (!cluster) throw new AppError('not_found', [{ detail: `Cluster '${clusterId}' was not found`, pointer: '/spec/resource/id' }]);
    if (!canAcceptKeysAndTopics(cluster.phase)) {
      throw AppError.conflict(`Cluster ${clusterId} is ${cluster.phase}: API keys can be created once it is PROVISIONED`);
    }
    return { environmentId: cluster.environmentId };
  }

  async provision(key: ApiKey, secret: string): Promise<void> {
    const cluster = await this.repos.for(key.organizationId).clusters.get(key.resourceId!);
    const { upsertion, sealed } = this.credentials.create(key.id, secret);
    await this.store.storeCredential(key, sealed);
    // Its rights as planned now (its owner's role, ACLs and bindings), before the API answers; the
    // reconciler keeps them true from then on.
    const acls = await this.store.desiredAclsOfKey(cluster, key.id);
    await this.adminClient.with(cluster, async (admin) => {
      await admin.restoreScramCredential(upsertion);
      await admin.createAcls(acls);
    });
  }

  async revoke(key: ApiKey): Promise<void> {
    const cluster = await this.repos.for(key.organizationId).clusters.find(key.resourceId!);
    // Gone or going: the brokers, and every credential on them, are removed with the cluster.
    if (!cluster || cluster.deletedAt || cluster.phase === 'DEPROVISIONING' || !cluster.bootstrapEndpoint) return;
    await this.adminClient.with(cluster, async (admin) => {
      // ACLs first: deleting the SCRAM user alone leaves already-open connections working.
      await admin.revokeAllAclsOf(key.id);
      await admin.deleteScramUser(key.id);
    });
  }
}
