import { Inject, Injectable } from '@nestjs/common';
import { AuditLog, ApiKeysService } from '@tributary/accounts';
import { Prisma, PrismaService, type Cluster, type ClusterPhase } from '@tributary/db';
import { LOGGER } from '@tributary/platform';
import type { ClusterNodesStatus } from '@tributary/provisioning';
import type { Logger } from 'pino';
import { CLUSTERS_CONFIG, type ClustersConfig } from '../clusters.config';
import { AdminCredentialVault } from '../keys/admin-credential-vault';
import { ClusterAdminClient } from '../keys/cluster-admin-client';
import { assertTransition } from '../lifecycle/cluster-lifecycle';
import { readConditions, setCondition, type Condition } from '../lifecycle/conditions';
import { CLOUD_PROVIDERS, CloudProviders } from './cloud-providers';
import { toNodesSpec } from './nodes-spec';

export type PassOutcome = { kind: 'done' } | { kind: 'requeue'; afterMs: number; reason: string };

const DONE: PassOutcome = { kind: 'done' };
/** How soon to look again while brokers start: they come up in about a second here. */
const STARTING_RECHECK_MS = 300;
const requeue = (afterMs: number, reason: string): PassOutcome => ({ kind: 'requeue', afterMs, reason });

/**
 * One reconcile pass over one cluster: a flat chain of short, idempotent steps (nodes → brokers
 * registered → partitions placed → status). A step that has to wait returns `requeue` and the job
 * comes back later, so no worker is held for minutes. Safe to run again at any point, by any worker.
 */
@Injectable()
export class ClusterReconciler {
  constructor(
    private readonly prisma: PrismaService,
    @Inject(CLOUD_PROVIDERS) private readonly providers: CloudProviders,
    private readonly vault: AdminCredentialVault,
    private readonly adminClient: ClusterAdminClient,
    private readonly audit: AuditLog,
    private readonly apiKeys: ApiKeysService,
    @Inject(CLUSTERS_CONFIG) private readonly config: ClustersConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async reconcile(clusterId: string): Promise<PassOutcome> {
    const cluster = await this.prisma.cluster.findUnique({ where: { id: clusterId } });
    if (!cluster || cluster.phase === 'DELETED' || cluster.phase === 'FAILED') return DONE;
    try {
      const outcome = cluster.phase === 'DEPROVISIONING' ? await this.deprovision(cluster) : await this.converge(cluster);
      if (cluster.reconcileFailures > 0) await this.prisma.cluster.updateMany({ where: { id: cluster.id, phase: { not: 'DELETED' } }, data: { reconcileFailures: 0 } });
      return outcome;
    } catch (e) {
      return this.recordFailure(cluster, e);
    }
  }

  private async converge(cluster: Cluster): Promise<PassOutcome> {
    const provider = this.providers.get(cluster.cloud);
    let conditions = readConditions(cluster.conditions);

    if (cluster.phase === 'PROVISIONING' && Date.now() - cluster.provisioningStartedAt.getTime() > this.config.provisioningTimeoutMs) {
      const minutes = Math.round(this.config.provisioningTimeoutMs / 60_000);
      await this.fail(cluster, `The cluster did not become ready within ${minutes} minutes (${describeConditions(conditions)}). Delete it and create it again; if it keeps happening, contact support with the cluster id.`);
      return DONE;
    }

    // Step 1: nodes exist and run (creates missing ones, restarts dead ones).
    const status = await provider.ensureNodes(toNodesSpec(cluster, this.vault.credentialFor(cluster)));
    const desired = Array.from({ length: cluster.brokerCount }, (_, i) => i + 1);
    const running = new Set(status.nodes.filter((n) => n.state === 'RUNNING').map((n) => n.nodeId));
    const ready = desired.filter((id) => running.has(id)).length;
    conditions = setCondition(conditions, {
      type: 'NodesReady',
      status: ready === desired.length ? 'True' : 'False',
      reason: ready === desired.length ? 'AllRunning' : 'Starting',
      message: `${ready} of ${desired.length} brokers running`,
    });
    cluster = await this.observe(cluster, status, conditions);
    if (ready < desired.length) return requeue(STARTING_RECHECK_MS, `${ready}/${desired.length} brokers running`);

    // Step 2: every desired broker has registered with the controller quorum.
    const registered = await this.adminClient.with(cluster, async (admin) => new Set((await admin.describeBrokers()).brokers.map((b) => b.id)));
    const registeredCount = desired.filter((id) => registered.has(id)).length;
    conditions = setCondition(conditions, {
      type: 'BrokersRegistered',
      status: registeredCount === desired.length ? 'True' : 'False',
      reason: registeredCount === desired.length ? 'Registered' : 'Waiting',
      message: `${registeredCount} of ${desired.length} brokers registered`,
    });
    if (registeredCount < desired.length) {
      await this.saveConditions(cluster, conditions);
      return requeue(STARTING_RECHECK_MS, 'brokers registering');
    }

    // Step 3 (Dedicated resizes): partitions off brokers being removed, or spread onto new ones.
    const extra = status.nodes.filter((n) => n.nodeId > cluster.brokerCount);
    if (extra.length > 0) {
      const drained = await this.adminClient.with(cluster, async (admin) => {
        if ((await admin.reassignmentsInProgress()).length > 0) return false;
        const moves = await admin.reassignPartitionsOffBrokers(extra.map((n) => n.nodeId), desired);
        return moves.length === 0;
      });
      conditions = setCondition(conditions, { type: 'Resizing', status: 'True', reason: 'Draining', message: `Moving partitions off brokers ${extra.map((n) => n.nodeId).join(', ')}` });
      if (!drained) {
        await this.saveConditions(cluster, conditions);
        return requeue(2000, 'draining brokers');
      }
      await provider.removeNodesAbove(cluster.id, cluster.brokerCount);
      return requeue(200, 'removed drained brokers');
    }
    if (cluster.observedGeneration < cluster.generation && cluster.phase === 'PROVISIONED') {
      const settled = await this.adminClient.with(cluster, async (admin) => {
        if ((await admin.reassignmentsInProgress()).length > 0) return false;
        const moves = await admin.reassignPartitionsOnto(desired);
        return moves.length === 0;
      });
      if (!settled) {
        conditions = setCondition(conditions, { type: 'Resizing', status: 'True', reason: 'Rebalancing', message: `Spreading partitions over ${desired.length} brokers` });
        await this.saveConditions(cluster, conditions);
        return requeue(2000, 'rebalancing');
      }
    }

    // Step 4: status.
    if (conditions.some((c) => c.type === 'Resizing')) {
      conditions = setCondition(conditions, { type: 'Resizing', status: 'False', reason: 'Done', message: `${desired.length} brokers` });
    }
    conditions = setCondition(conditions, { type: 'Ready', status: 'True', reason: 'Provisioned', message: 'The cluster accepts clients' });
    await this.transition(cluster, 'PROVISIONED', {
      conditions: conditions as unknown as Prisma.InputJsonValue,
      observedGeneration: cluster.generation,
      failureReason: null,
      ...(cluster.provisionedAt ? {} : { provisionedAt: new Date() }),
    });
    if (cluster.phase !== 'PROVISIONED') {
      await this.audit.recordSystem(cluster.organizationId, { action: 'cluster.provisioned', resourceKind: 'Cluster', resourceId: cluster.id, details: { brokers: cluster.brokerCount, seconds: Math.round((Date.now() - cluster.provisioningStartedAt.getTime()) / 1000) } });
    } else if (cluster.observedGeneration < cluster.generation) {
      await this.audit.recordSystem(cluster.organizationId, { action: 'cluster.resized', resourceKind: 'Cluster', resourceId: cluster.id, details: { brokers: cluster.brokerCount } });
    }
    return DONE;
  }

  private async deprovision(cluster: Cluster): Promise<PassOutcome> {
    await this.providers.get(cluster.cloud).deleteCluster(cluster.id);
    // The brokers (and every credential on them) are gone; the keys' rows go too.
    const keys = await this.apiKeys.deleteAllForResource(cluster.organizationId, cluster.id);
    await this.transition(cluster, 'DELETED', { deletedAt: new Date(), nodes: [], bootstrapEndpoint: null, observedBrokerCount: 0 });
    await this.audit.recordSystem(cluster.organizationId, { action: 'cluster.deleted', resourceKind: 'Cluster', resourceId: cluster.id, details: { api_keys_removed: keys } });
    return DONE;
  }

  private async recordFailure(cluster: Cluster, e: unknown): Promise<PassOutcome> {
    const message = e instanceof Error ? e.message : String(e);
    const failures = cluster.reconcileFailures + 1;
    this.logger.warn({ cluster: cluster.id, phase: cluster.phase, failures, err: message }, 'reconcile step failed');
    if (failures >= this.config.maxReconcileFailures && cluster.phase !== 'DEPROVISIONING') {
      await this.fail(cluster, `Provisioning failed after ${failures} attempts: ${message}. Delete the cluster to clean up, then create it again.`);
      return DONE;
    }
    const conditions = setCondition(readConditions(cluster.conditions), { type: 'Ready', status: 'False', reason: 'Retrying', message: `Attempt ${failures} failed: ${message}` });
    await this.prisma.cluster.updateMany({ where: { id: cluster.id, phase: cluster.phase }, data: { reconcileFailures: failures, conditions: conditions as unknown as Prisma.InputJsonValue } });
    return requeue(Math.min(60_000, 1000 * 2 ** failures), `retry after failure: ${message}`);
  }

  private async fail(cluster: Cluster, reason: string): Promise<void> {
    const conditions = setCondition(readConditions(cluster.conditions), { type: 'Ready', status: 'False', reason: 'Failed', message: reason });
    await this.transition(cluster, 'FAILED', { failureReason: reason, conditions: conditions as unknown as Prisma.InputJsonValue });
    await this.audit.recordSystem(cluster.organizationId, { action: 'cluster.failed', resourceKind: 'Cluster', resourceId: cluster.id, details: { reason } });
  }

  /** Records what the provider reports, without changing the phase. */
  private async observe(cluster: Cluster, status: ClusterNodesStatus, conditions: Condition[]): Promise<Cluster> {
    const data = {
      nodes: status.nodes as unknown as Prisma.InputJsonValue,
      bootstrapEndpoint: status.bootstrapEndpoint,
      observedBrokerCount: status.nodes.filter((n) => n.state === 'RUNNING').length,
      conditions: conditions as unknown as Prisma.InputJsonValue,
    };
    await this.prisma.cluster.updateMany({ where: { id: cluster.id, phase: cluster.phase }, data });
    return { ...cluster, ...data, nodes: data.nodes as Prisma.JsonValue, conditions: data.conditions as Prisma.JsonValue };
  }

  private async saveConditions(cluster: Cluster, conditions: Condition[]): Promise<void> {
    await this.prisma.cluster.updateMany({ where: { id: cluster.id, phase: cluster.phase }, data: { conditions: conditions as unknown as Prisma.InputJsonValue } });
  }

  /**
   * Phase changes are compare-and-set on the phase read at the start of the pass: a delete that
   * arrived meanwhile (→ DEPROVISIONING) is never overwritten by a stale PROVISIONED.
   */
  private async transition(cluster: Cluster, to: ClusterPhase, data: Prisma.ClusterUpdateManyMutationInput): Promise<void> {
    assertTransition(cluster.phase, to);
    await this.prisma.cluster.updateMany({ where: { id: cluster.id, phase: cluster.phase }, data: { ...data, phase: to } });
  }
}

function describeConditions(conditions: Condition[]): string {
  return conditions.filter((c) => c.status !== 'True').map((c) => `${c.type}: ${c.message}`).join('; ') || 'no progress reported';
}
