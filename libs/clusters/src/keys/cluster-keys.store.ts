import { Injectable } from '@nestjs/common';
import { TenantRepositories, type Cluster, type KafkaAcl } from '@tributary/db';
import type { BrokerAcl } from '@tributary/kafka-admin';
import type { AclSpec } from '../acls/acl-rules';
import { planBrokerAcls, type PlannedKey } from '../acls/desired-broker-acls';
import { ownerGrantsOf } from '../acls/owner-grants';
import type { DesiredAclsSource } from '../reconciler/steps/acls.step';
import type { ClusterKeysSource } from '../reconciler/steps/credentials.step';
import type { ClusterKeysRemover } from '../reconciler/steps/remove-keys.step';

type ClusterRef = Pick<Cluster, 'id' | 'organizationId' | 'environmentId'>;

export function aclSpecOf(row: KafkaAcl): AclSpec {
  return {
    resourceType: row.resourceType as AclSpec['resourceType'],
    resourceName: row.resourceName,
    patternType: row.patternType as AclSpec['patternType'],
    principal: row.principal,
    host: row.host,
    operation: row.operation as AclSpec['operation'],
    permission: row.permission as AclSpec['permission'],
  };
}

/** A cluster's API keys as the reconciler sees them: what must be on the brokers (credentials and ACLs), and cleanup. */
@Injectable()
export class ClusterKeysStore implements ClusterKeysSource, ClusterKeysRemover, DesiredAclsSource {
  constructor(private readonly repos: TenantRepositories) {}

  async keysOf(cluster: Pick<Cluster, 'id' | 'organizationId'>): Promise<Array<{ id: string; scramCredentialEnc: string | null }>> {
    const keys = await this.repos.for(cluster.organizationId).apiKeys.findMany({ resourceKind: 'Cluster', resourceId: cluster.id }, { orderBy: { createdAt: 'asc' } });
    return keys.map((k) => ({ id: k.id, scramCredentialEnc: k.scramCredentialEnc }));
  }

  /** Every binding the cluster's brokers should hold: the desired ACLs and role bindings, per key of each owner. */
  async desiredAclsOf(cluster: ClusterRef): Promise<{ acls: BrokerAcl[]; keyIds: ReadonlySet<string> }> {
    return this.plan(cluster);
  }

  /** The bindings of one key only (a key just created gets its rights before the API answers). */
  async desiredAclsOfKey(cluster: ClusterRef, keyId: string): Promise<BrokerAcl[]> {
    return (await this.plan(cluster, keyId)).acls;
  }

  private async plan(cluster: ClusterRef, onlyKey?: string): Promise<{ acls: BrokerAcl[]; keyIds: ReadonlySet<string> }> {
    const scope = this.repos.for(cluster.organizationId);
    const rows = await scope.apiKeys.findMany({ resourceKind: 'Cluster', resourceId: cluster.id, ...(onlyKey ? { id: onlyKey } : {}) });
    const keys: PlannedKey[] = rows.flatMap((k) => {
      const ownerId = k.ownerUserId ?? k.ownerServiceAccountId;
      return ownerId ? [{ id: k.id, ownerId }] : [];
    });
    const keyIds = new Set(rows.map((k) => k.id));
    if (keys.length === 0) return { acls: [], keyIds };
    const owners = [...new Set(keys.map((k) => k.ownerId))];
    const [grants, acls] = await Promise.all([
      ownerGrantsOf(scope, cluster, owners),
      scope.kafkaAcls.findMany({ clusterId: cluster.id, principal: { in: owners.map((o) => `User:${o}`) } }),
    ]);
    return { acls: planBrokerAcls(keys, grants, acls.map(aclSpecOf)), keyIds };
  }

  /** Stores a new key's sealed credential before it goes to the brokers (so a crash in between heals). */
  async storeCredential(key: { id: string; organizationId: string }, sealed: string): Promise<void> {
    await this.repos.for(key.organizationId).apiKeys.updateWhere({ id: key.id }, { scramCredentialEnc: sealed });
  }

  /** The cluster is gone: its keys and its desired ACLs go with it. */
  async removeAllFor(cluster: Pick<Cluster, 'id' | 'organizationId'>): Promise<number> {
    const scope = this.repos.for(cluster.organizationId);
    await scope.kafkaAcls.deleteWhere({ clusterId: cluster.id });
    return scope.apiKeys.deleteWhere({ resourceKind: 'Cluster', resourceId: cluster.id });
  }
}
