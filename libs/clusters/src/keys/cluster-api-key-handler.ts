import { Injectable } from '@nestjs/common';
import type { ApiKeyResourceHandler } from '@tributary/accounts';
import { PrismaService, type ApiKey } from '@tributary/db';
import { AppError } from '@tributary/platform';
import { canAcceptKeysAndTopics } from '../lifecycle/cluster-lifecycle';
import { ClusterAdminClient } from './cluster-admin-client';

/**
 * A cluster API key is a SCRAM-SHA-512 user on that cluster's brokers (username = key id,
 * password = key secret; the brokers keep only the salted SCRAM hash) with ACLs on the cluster's
 * topics, groups and transactional ids. It works as soon as create returns.
 */
@Injectable()
export class ClusterApiKeyHandler implements ApiKeyResourceHandler {
  readonly kind = 'Cluster' as const;

  constructor(
    private readonly prisma: PrismaService,
    private readonly adminClient: ClusterAdminClient,
  ) {}

  async resolve(organizationId: string, clusterId: string): Promise<{ environmentId: string }> {
    const cluster = await this.prisma.cluster.findFirst({ where: { id: clusterId, organizationId, deletedAt: null } });
    if (!cluster) throw new AppError('not_found', [{ detail: `Cluster '${clusterId}' was not found`, pointer: '/spec/resource/id' }]);
    if (!canAcceptKeysAndTopics(cluster.phase)) {
      throw AppError.conflict(`Cluster ${clusterId} is ${cluster.phase}: API keys can be created once it is PROVISIONED`);
    }
    return { environmentId: cluster.environmentId };
  }

  async provision(key: ApiKey, secret: string): Promise<void> {
    const cluster = await this.prisma.cluster.findUniqueOrThrow({ where: { id: key.resourceId! } });
    await this.adminClient.with(cluster, async (admin) => {
      await admin.upsertScramUser(key.id, secret);
      await admin.grantClusterAccess(key.id);
    });
  }

  async revoke(key: ApiKey): Promise<void> {
    const cluster = await this.prisma.cluster.findUnique({ where: { id: key.resourceId! } });
    // Gone or going: the brokers, and every credential on them, are removed with the cluster.
    if (!cluster || cluster.deletedAt || cluster.phase === 'DEPROVISIONING' || !cluster.bootstrapEndpoint) return;
    await this.adminClient.with(cluster, async (admin) => {
      // ACLs first: deleting the SCRAM user alone leaves already-open connections working.
      await admin.revokeClusterAccess(key.id);
      await admin.deleteScramUser(key.id);
    });
  }
}
