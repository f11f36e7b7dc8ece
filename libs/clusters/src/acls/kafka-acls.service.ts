import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditLog, authorizePrincipal, type Principal } from '@tributary/accounts';
import { TenantRepositories, type Cluster, type KafkaAcl, type OrgScope } from '@tributary/db';
import { AppError } from '@tributary/platform';
import { aclSpecOf } from '../keys/cluster-keys.store';
import { canAcceptKeysAndTopics } from '../lifecycle/cluster-lifecycle';
import { ResyncService } from '../reconciler/resync.service';
import { aclMatches, OWNER_PRINCIPAL, validateAcl, type AclFilterSpec, type AclSpec, type RawAcl } from './acl-rules';

/** Desired ACLs one cluster may hold: far above any real use, low enough that a plan stays one small query. */
export const MAX_ACLS_PER_CLUSTER = 1000;

/**
 * kafka/v3 ACLs: the customer's desired bindings, kept in Postgres and made true on the brokers by
 * the reconciler's `acls` step (a change asks for a pass at once). They name owners (`User:sa-…`,
 * `User:u-…`), which the plan turns into one binding per key of the owner.
 */
@Injectable()
export class KafkaAclsService {
  constructor(
    private readonly repos: TenantRepositories,
    private readonly audit: AuditLog,
    private readonly resync: ResyncService,
  ) {}

  /**
   * Changing ACLs is changing who may do what on the cluster: its administrators only (the policy's
   * kafka.acl.write, which the route's guard checks too; checked again here so no other caller of
   * the use case can skip it).
   */
  assertCanManage(p: Principal, cluster: Cluster): void {
    authorizePrincipal(p, 'kafka.acl.write', { environmentId: cluster.environmentId, clusterId: cluster.id }, { kafkaErrorCode: 40301 });
  }

  async create(p: Principal, cluster: Cluster, raw: RawAcl): Promise<AclSpec> {
    this.assertCanManage(p, cluster);
    const spec = validateAcl(raw);
    if (!canAcceptKeysAndTopics(cluster.phase)) throw new AppError('conflict', `Cluster ${cluster.id} is ${cluster.phase}: ACLs can be changed while it is PROVISIONED`, { kafkaErrorCode: 40900 });
    const scope = this.repos.for(cluster.organizationId);
    await this.assertPrincipalExists(scope, spec.principal);
    const created = await scope.transaction(async (tx) => {
      const existing = await tx.kafkaAcls.findFirst({ clusterId: cluster.id, ...columnsOf(spec) });
      if (existing) return false; // Kafka's semantics: creating a binding that exists changes nothing.
      const count = await tx.db.kafkaAcl.count({ where: { clusterId: cluster.id } });
      if (count >= MAX_ACLS_PER_CLUSTER) throw new AppError('bad_request', `Cluster ${cluster.id} already has ${count} ACLs, the most it can hold: delete some first`, { kafkaErrorCode: 40002 });
      await tx.kafkaAcls.create({ id: `acl-${randomBytes(8).toString('hex')}`, clusterId: cluster.id, ...columnsOf(spec) });
      await this.audit.record(p, { action: 'kafka_acl.create', resourceKind: 'KafkaAcl', resourceId: cluster.id, details: { ...columnsOf(spec) } }, tx);
      return true;
    }, { isolation: 'Serializable' });
    if (created) await this.resync.requestReconcile(cluster.id);
    return spec;
  }

  async list(cluster: Cluster, filter: AclFilterSpec): Promise<AclSpec[]> {
    const rows = await this.repos.for(cluster.organizationId).kafkaAcls.findMany({ clusterId: cluster.id }, { orderBy: { createdAt: 'asc' } });
    return rows.map(aclSpecOf).filter((a) => aclMatches(a, filter));
  }

  /** Deletes every desired ACL matching the filter; returns them (none is not an error). */
  async delete(p: Principal, cluster: Cluster, filter: AclFilterSpec): Promise<AclSpec[]> {
    this.assertCanManage(p, cluster);
    const scope = this.repos.for(cluster.organizationId);
    const deleted = await scope.transaction(async (tx) => {
      const rows: KafkaAcl[] = await tx.kafkaAcls.findMany({ clusterId: cluster.id }, { orderBy: { createdAt: 'asc' } });
      const matching = rows.filter((r) => aclMatches(aclSpecOf(r), filter));
      if (matching.length === 0) return [];
      await tx.kafkaAcls.deleteWhere({ id: { in: matching.map((r) => r.id) } });
      await this.audit.record(p, { action: 'kafka_acl.delete', resourceKind: 'KafkaAcl', resourceId: cluster.id, details: { count: matching.length, filter: { ...filter } } }, tx);
      return matching.map(aclSpecOf);
    }, { isolation: 'Serializable' });
    if (deleted.length > 0) await this.resync.requestReconcile(cluster.id);
    return deleted;
  }

  /** The principal must be an owner of this organization: a service account of it, or one of its members. */
  private async assertPrincipalExists(scope: OrgScope, principal: string): Promise<void> {
    const id = OWNER_PRINCIPAL.exec(principal)![1]!;
    const exists = id.startsWith('sa-') ? await scope.serviceAccounts.find(id) : await scope.memberships.findFirst({ userId: id });
    if (!exists) throw new AppError('bad_request', [{ detail: `No service account or user '${id}' in this organization`, pointer: '/principal' }], { kafkaErrorCode: 40002 });
  }
}

function columnsOf(spec: AclSpec) {
  return { resourceType: spec.resourceType, resourceName: spec.resourceName, patternType: spec.patternType, principal: spec.principal, host: spec.host, operation: spec.operation, permission: spec.permission };
}
