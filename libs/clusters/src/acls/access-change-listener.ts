import { Inject, Injectable } from '@nestjs/common';
import type { RoleBindingsChange, RoleBindingsChangedListener } from '@tributary/accounts';
import { TenantRepositories } from '@tributary/db';
import { LOGGER, Queues } from '@tributary/platform';
import type { Logger } from 'pino';
import { LIVE_PHASES } from '../lifecycle/cluster-lifecycle';
import { CLUSTERS_QUEUE, reconcileJobOptions } from '../reconciler/clusters-queue';

/**
 * A principal's access changed (a role binding, a member role, a removal): its keys' broker ACLs
 * must follow within seconds, so every cluster it holds keys on gets a reconcile pass now (all the
 * organization's live clusters when it holds none any more: its keys may just have gone). The
 * periodic resync catches up whatever an enqueue missed.
 */
@Injectable()
export class ClusterAclsOnAccessChange implements RoleBindingsChangedListener {
  constructor(
    private readonly repos: TenantRepositories,
    private readonly queues: Queues,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onRoleBindingsChanged(change: RoleBindingsChange): Promise<void> {
    const scope = this.repos.for(change.organizationId);
    const ownerId = change.principal.slice('User:'.length);
    // A principal that is gone takes its ACLs with it, as its keys and role bindings went.
    if (change.reason === 'service_account_removed' || change.reason === 'member_removed') await scope.kafkaAcls.deleteWhere({ principal: change.principal });
    const keys = await scope.apiKeys.findMany({ resourceKind: 'Cluster', OR: [{ ownerUserId: ownerId }, { ownerServiceAccountId: ownerId }] });
    let clusterIds = [...new Set(keys.map((k) => k.resourceId).filter((id): id is string => !!id))];
    if (clusterIds.length === 0) clusterIds = (await scope.clusters.findMany({ phase: { in: [...LIVE_PHASES] }, deletedAt: null })).map((c) => c.id);
    for (const clusterId of clusterIds) {
      await this.queues.add(CLUSTERS_QUEUE.queue, 'reconcile', { clusterId }, reconcileJobOptions(clusterId));
    }
    this.logger.info({ organization: change.organizationId, principal: change.principal, reason: change.reason, clusters: clusterIds }, 'access changed: broker ACLs re-reconciled');
  }
}
