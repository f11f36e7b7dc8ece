import { Inject, Injectable } from '@nestjs/common';
import { assertCanWrite, AuditLog, type Principal } from '@tributary/accounts';
import { Prisma, TenantRepositories, type Cluster } from '@tributary/db';
import { AppError, newId, type Page, type PageRequest } from '@tributary/platform';
import { validateAwsClusterRequest, type Availability } from '@tributary/provisioning';
import { CLUSTER_CREATION_GUARDS, type ClusterCreationGuard } from './cluster-creation-guard';
import { CLUSTERS_CONFIG, type ClustersConfig } from './clusters.config';
import { AdminCredentialVault } from './keys/admin-credential-vault';
import { assertLocalCaps } from './local-caps';
import { ClusterAdminClient } from './keys/cluster-admin-client';
import { assertCanResize, assertCanUpgrade, initialConditions } from './lifecycle/cluster-lifecycle';
import { ClusterLifecycleWriter } from './lifecycle/lifecycle-writer';
import { CLOUD_PROVIDERS, CloudProviders } from './reconciler/cloud-providers';
import { readNodes } from './reconciler/nodes-spec';
import { ResyncService } from './reconciler/resync.service';
import { DEDICATED_CKU_MAX, DEDICATED_CKU_MIN, KIND_PROFILES, maxEckuProblem, type ClusterKind } from '@tributary/catalog';

export interface CreateClusterInput {
  displayName: string;
  environmentId: string;
  cloud: string;
  region: string;
  availability: Availability;
  kind: ClusterKind;
  cku?: number;
  /** cmk/v2 `spec.deletion_protection`. */
  deletionProtection?: boolean;
  /** cmk/v2 `spec.config.max_ecku` (Basic and Standard). */
  maxEcku?: number;
}

export interface UpdateClusterInput {
  displayName?: string;
  /** The kind asked for: the same, or an in-place upgrade (Basic → Standard). */
  kind?: ClusterKind;
  cku?: number;
  maxEcku?: number;
  deletionProtection?: boolean;
  availability?: Availability;
}

/** Clusters of the caller's organization: desired state in Postgres, the reconciler does the rest. */
@Injectable()
export class ClustersService {
  constructor(
    private readonly repos: TenantRepositories,
    private readonly audit: AuditLog,
    private readonly vault: AdminCredentialVault,
    private readonly adminClient: ClusterAdminClient,
    private readonly resync: ResyncService,
    private readonly lifecycle: ClusterLifecycleWriter,
    @Inject(CLOUD_PROVIDERS) private readonly providers: CloudProviders,
    @Inject(CLUSTERS_CONFIG) private readonly config: ClustersConfig,
    @Inject(CLUSTER_CREATION_GUARDS) private readonly guards: ClusterCreationGuard[],
  ) {}

  async list(p: Principal, environmentId: string, req: PageRequest, filter: { deletionProtection?: boolean } = {}): Promise<Page<Cluster>> {
    await this.assertEnvironment(p, environmentId, 'environment');
    return this.repos.for(p.organizationId).clusters.page({ environmentId, deletedAt: null, ...(filter.deletionProtection !== undefined ? { deletionProtection: filter.deletionProtection } : {}) }, req);
  }

  /** Any live cluster of the organization; with `environmentId`, only in that environment. */
  async get(p: Pick<Principal, 'organizationId'>, id: string, environmentId?: string): Promise<Cluster> {
    const cluster = await this.repos.for(p.organizationId).clusters.findFirst({ id, deletedAt: null, ...(environmentId ? { environmentId } : {}) });
    if (!cluster) throw AppError.notFound('Cluster', id);
    return cluster;
  }

  async create(p: Principal, input: CreateClusterInput): Promise<Cluster> {
    assertCanWrite(p);
    await this.assertEnvironment(p, input.environmentId, '/spec/environment/id');
    const brokers = this.validateShape(input);
    if (input.maxEcku !== undefined) assertMaxEcku(input.kind, input.availability, input.maxEcku);
    for (const guard of this.guards) await guard.assertMayCreateCluster(p.organizationId, { environmentId: input.environmentId });
    const id = newId.cluster();
    const cluster = await this.repos.for(p.organizationId).transaction(
      async (tx) => {
        // Serializable + count: two concurrent creates cannot both slip under the quota (a lost race is retried).
        const existing = await tx.clusters.count({ deletedAt: null });
        if (existing >= this.config.maxClustersPerOrg) {
          throw new AppError('quota_exceeded', [{ detail: `Your organization has ${existing} of ${this.config.maxClustersPerOrg} clusters allowed: delete one or ask support to raise the quota`, pointer: '/spec' }]);
        }
        if (input.cloud === 'LOCAL') await assertLocalCaps(tx, this.config.local, { kind: input.kind, brokers });
        const created = await tx.clusters.create({
            id,
            environmentId: input.environmentId,
            displayName: input.displayName,
            cloud: input.cloud,
            region: input.region,
            availability: input.availability,
            kind: input.kind,
            brokerCount: brokers,
            storageGiBPerBroker: KIND_PROFILES[input.kind].storageGiBPerBroker,
            adminPasswordEnc: this.vault.encrypt(this.vault.newPassword()),
            conditions: initialConditions() as unknown as Prisma.InputJsonValue,
            deletionProtection: input.deletionProtection ?? false,
            maxEcku: input.maxEcku ?? null,
        });
        await this.audit.record(p, { action: 'cluster.create', resourceKind: 'Cluster', resourceId: id, details: { kind: input.kind, brokers, cloud: input.cloud, region: input.region, deletion_protection: input.deletionProtection ?? false } }, tx);
        return created;
      },
      { isolation: 'Serializable' },
    );
    await this.resync.requestReconcile(id);
    return cluster;
  }

  async update(p: Principal, id: string, environmentId: string, input: UpdateClusterInput): Promise<Cluster> {
    assertCanWrite(p);
    const cluster = await this.get(p, id, environmentId);
    const availability = cluster.availability as Availability;
    if (input.availability !== undefined && input.availability !== availability) {
      throw AppError.invalid(`A cluster's availability cannot change in place (it is ${availability}): create a ${input.availability} cluster instead`, '/spec/availability');
    }
    const upgradeTo = input.kind !== undefined && input.kind !== cluster.kind ? input.kind : undefined;
    const kind = (upgradeTo ?? cluster.kind) as ClusterKind;
    let change: { fromBrokers: number; toBrokers: number; kind?: ClusterKind } | undefined;
    if (upgradeTo !== undefined) {
      assertCanUpgrade(cluster, upgradeTo);
      if (input.cku !== undefined) throw AppError.invalid(`cku applies to Dedicated clusters only, not ${upgradeTo}`, '/spec/config/cku');
      const toBrokers = this.validateShape({ cloud: cluster.cloud, region: cluster.region, availability, kind: upgradeTo });
      change = { fromBrokers: cluster.brokerCount, toBrokers, kind: upgradeTo };
    } else if (input.cku !== undefined && input.cku !== cluster.brokerCount) {
      assertCanResize(cluster);
      this.validateShape({ cloud: cluster.cloud, region: cluster.region, availability, kind: 'Dedicated', cku: input.cku });
      if (input.cku < cluster.brokerCount) await this.assertShrinkIsSafe(cluster, input.cku);
      change = { fromBrokers: cluster.brokerCount, toBrokers: input.cku };
    }
    if (input.maxEcku !== undefined) assertMaxEcku(kind, availability, input.maxEcku);
    const updated = await this.repos.for(p.organizationId).transaction(async (tx) => {
      if (change) {
        if (cluster.cloud === 'LOCAL') await assertLocalCaps(tx, this.config.local, { kind: change.kind ?? kind, brokers: change.toBrokers, replacing: cluster.id });
        // The lifecycle writes the new size (and kind) with its Resizing condition, compare-and-set on the phase.
        const event = { type: 'resizeRequested' as const, fromBrokers: change.fromBrokers, toBrokers: change.toBrokers, ...(change.kind ? { fromKind: cluster.kind, toKind: change.kind } : {}) };
        const spec = { brokerCount: change.toBrokers, ...(change.kind ? { kind: change.kind, storageGiBPerBroker: KIND_PROFILES[change.kind].storageGiBPerBroker } : {}) };
        const row = await this.lifecycle.apply(cluster, event, { spec, scope: tx });
        if (!row) throw AppError.conflict('The cluster changed while updating: read it again and retry');
      }
      const columns: { displayName?: string; deletionProtection?: boolean; maxEcku?: number } = {};
      if (input.displayName !== undefined) columns.displayName = input.displayName;
      if (input.deletionProtection !== undefined) columns.deletionProtection = input.deletionProtection;
      if (input.maxEcku !== undefined) columns.maxEcku = input.maxEcku;
      if (Object.keys(columns).length > 0) await tx.clusters.update(id, columns);
      const details = {
        ...(input.displayName !== undefined ? { display_name: input.displayName } : {}),
        ...(input.cku !== undefined ? { cku: input.cku } : {}),
        ...(upgradeTo !== undefined ? { kind: { from: cluster.kind, to: upgradeTo } } : {}),
        ...(input.deletionProtection !== undefined ? { deletion_protection: input.deletionProtection } : {}),
        ...(input.maxEcku !== undefined ? { max_ecku: input.maxEcku } : {}),
      };
      await this.audit.record(p, { action: 'cluster.update', resourceKind: 'Cluster', resourceId: id, details }, tx);
      return tx.clusters.get(id);
    });
    if (updated.generation !== cluster.generation) await this.resync.requestReconcile(id);
    return updated;
  }

  /**
   * The cluster goes DEPROVISIONING at once (from any phase, FAILED and degraded included); the
   * reconciler removes its brokers and data. A cluster with deletion protection is refused (409)
   * until a PATCH lifts it.
   */
  async delete(p: Principal, id: string, environmentId: string): Promise<Cluster> {
    assertCanWrite(p);
    const cluster = await this.get(p, id, environmentId);
    if (cluster.deletionProtection && cluster.phase !== 'DEPROVISIONING') {
      throw AppError.conflict(`Cluster ${id} has deletion protection: lift it first (PATCH /cmk/v2/clusters/${id} with spec.deletion_protection false), then delete it`);
    }
    let deleting: Cluster = cluster;
    if (cluster.phase !== 'DEPROVISIONING') {
      deleting = await this.repos.for(p.organizationId).transaction(async (tx) => {
        const row = await this.lifecycle.apply(cluster, { type: 'deleteRequested', at: new Date() }, { scope: tx });
        if (!row) throw AppError.conflict('The cluster changed while deleting: read it again and retry');
        await this.audit.record(p, { action: 'cluster.delete', resourceKind: 'Cluster', resourceId: id }, tx);
        return row;
      });
    }
    await this.resync.requestReconcile(id);
    return deleting;
  }

  /** Returns the broker count, or a 422 naming the field at fault. */
  private validateShape(input: { cloud: string; region: string; availability: Availability; kind: ClusterKind; cku?: number }): number {
    const regions = this.providers.regions(input.cloud);
    if (!regions.includes(input.region)) throw AppError.invalid(`Region '${input.region}' is not offered on ${input.cloud}; choose one of: ${regions.join(', ')}`, '/spec/region');
    if (input.kind === 'Dedicated') {
      if (input.cku === undefined) throw AppError.invalid('Dedicated clusters need config.cku (the number of brokers)', '/spec/config/cku');
      if (!Number.isInteger(input.cku) || input.cku < DEDICATED_CKU_MIN || input.cku > DEDICATED_CKU_MAX) {
        throw AppError.invalid(`cku must be a whole number from ${DEDICATED_CKU_MIN} to ${DEDICATED_CKU_MAX}`, '/spec/config/cku');
      }
      if (input.availability === 'MULTI_ZONE' && input.cku < 2) throw AppError.invalid('A MULTI_ZONE Dedicated cluster needs at least 2 CKUs', '/spec/config/cku');
    } else if (input.cku !== undefined) {
      throw AppError.invalid(`cku applies to Dedicated clusters only, not ${input.kind}`, '/spec/config/cku');
    }
    const brokers = KIND_PROFILES[input.kind].brokers(input.cku ?? 1);
    if (input.kind === 'Basic' && input.availability === 'MULTI_ZONE') throw AppError.invalid('Basic clusters are SINGLE_ZONE only', '/spec/availability');
    if (input.cloud === 'AWS') validateAwsClusterRequest({ region: input.region, kind: input.kind, brokerCount: brokers });
    if (input.cloud === 'LOCAL' && brokers > this.config.local.maxBrokers) {
      throw AppError.invalid(`LOCAL clusters can have at most ${this.config.local.maxBrokers} brokers on this machine`, '/spec/config/cku');
    }
    return brokers;
  }

  /** Shrinking must never lose a replica or a controller: refuse clearly instead. */
  private async assertShrinkIsSafe(cluster: Cluster, cku: number): Promise<void> {
    const controllers = readNodes(cluster.nodes).filter((n) => n.isController).map((n) => n.nodeId);
    const highestController = Math.max(0, ...controllers);
    if (cku < highestController) {
      throw AppError.invalid(`This cluster's KRaft controllers run on brokers 1-${highestController}: it cannot shrink below ${highestController} CKUs`, '/spec/config/cku');
    }
    const topics = await this.adminClient.with(cluster, (admin) => admin.listTopics());
    const tooWide = topics.find((t) => t.replicationFactor > cku);
    if (tooWide) {
      throw AppError.invalid(`Topic '${tooWide.name}' has ${tooWide.replicationFactor} replicas; ${cku} brokers cannot hold them. Delete or shrink that topic first.`, '/spec/config/cku');
    }
  }

  private async assertEnvironment(p: Pick<Principal, 'organizationId'>, environmentId: string, pointer: string): Promise<void> {
    const env = await this.repos.for(p.organizationId).environments.find(environmentId);
    if (!env) {
      const item = pointer.startsWith('/') ? { detail: `Environment '${environmentId}' was not found`, pointer } : { detail: `Environment '${environmentId}' was not found`, parameter: pointer };
      throw new AppError('not_found', [item]);
    }
  }
}

function assertMaxEcku(kind: ClusterKind, availability: Availability, maxEcku: number): void {
  const problem = maxEckuProblem(kind, availability, maxEcku);
  if (problem) throw AppError.invalid(problem, '/spec/config/max_ecku');
}
