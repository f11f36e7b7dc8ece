import { aclKey, fullAccessAcls, KAFKA_CLUSTER_RESOURCE, userPrincipal, type AclOperation, type AclPatternType, type BrokerAcl } from '@tributary/kafka-admin';
import type { AclSpec } from './acl-rules';

/** Roles that grant data-plane rights on topics, groups or transactional ids of one cluster. */
export const DATA_PLANE_ROLES = ['DeveloperRead', 'DeveloperWrite', 'DeveloperManage', 'ResourceOwner'] as const;
export type DataPlaneRole = (typeof DATA_PLANE_ROLES)[number];

/** A role binding narrowed to one cluster's resources (from its CRN pattern: `…/kafka=lkc-x/topic=orders-*`). */
export interface DataPlaneBinding {
  role: DataPlaneRole;
  resourceType: 'TOPIC' | 'GROUP' | 'TRANSACTIONAL_ID';
  resourceName: string;
  patternType: AclPatternType;
}

/** What an owner (a user or a service account) may do on one cluster's data plane. */
export interface OwnerGrants {
  /** OrganizationAdmin, EnvironmentAdmin of the cluster's environment, CloudClusterAdmin of the cluster. */
  fullAccess: boolean;
  bindings: DataPlaneBinding[];
}

export const NO_GRANTS: OwnerGrants = { fullAccess: false, bindings: [] };

/**
 * Confluent's predefined roles as Kafka operations (docs.confluent.io, "Predefined RBAC roles in
 * Confluent Cloud"): DeveloperRead reads and describes, DeveloperWrite writes (idempotently),
 * DeveloperManage creates, deletes and configures, ResourceOwner does everything on its pattern.
 */
const ROLE_OPERATIONS: Record<DataPlaneRole, Record<DataPlaneBinding['resourceType'], readonly AclOperation[]>> = {
  DeveloperRead: { TOPIC: ['READ', 'DESCRIBE'], GROUP: ['READ', 'DESCRIBE'], TRANSACTIONAL_ID: ['DESCRIBE'] },
  DeveloperWrite: { TOPIC: ['WRITE', 'DESCRIBE'], GROUP: [], TRANSACTIONAL_ID: ['WRITE', 'DESCRIBE'] },
  DeveloperManage: { TOPIC: ['CREATE', 'DELETE', 'ALTER_CONFIGS', 'DESCRIBE_CONFIGS', 'DESCRIBE'], GROUP: ['DELETE', 'DESCRIBE'], TRANSACTIONAL_ID: ['DESCRIBE'] },
  ResourceOwner: { TOPIC: ['ALL'], GROUP: ['ALL'], TRANSACTIONAL_ID: ['ALL'] },
};

function bindingAcls(keyId: string, b: DataPlaneBinding): BrokerAcl[] {
  const principal = userPrincipal(keyId);
  const acls: BrokerAcl[] = ROLE_OPERATIONS[b.role][b.resourceType].map((operation) => ({ resourceType: b.resourceType, resourceName: b.resourceName, patternType: b.patternType, principal, host: '*', operation, permission: 'ALLOW' }));
  // Producers are idempotent by default (Kafka ≥ 3): writing needs this cluster-wide right too.
  if ((b.role === 'DeveloperWrite' || b.role === 'ResourceOwner') && b.resourceType !== 'GROUP') {
    acls.push({ resourceType: 'CLUSTER', resourceName: KAFKA_CLUSTER_RESOURCE, patternType: 'LITERAL', principal, host: '*', operation: 'IDEMPOTENT_WRITE', permission: 'ALLOW' });
  }
  return acls;
}

export interface PlannedKey {
  id: string;
  /** `sa-…` or `u-…` */
  ownerId: string;
}

/**
 * The bindings a cluster's brokers should hold. SCRAM user names are key ids, so every rule that
 * names an owner (`User:sa-…`) becomes one binding per key of that owner: a new key of the owner
 * gets the same rights on its first pass, a deleted key's bindings are no longer desired and go.
 * Keys of owners with an admin role on the cluster get the full grant (clusterAccessAcls).
 */
export function planBrokerAcls(keys: readonly PlannedKey[], grants: ReadonlyMap<string, OwnerGrants>, acls: readonly AclSpec[]): BrokerAcl[] {
  const byOwner = new Map<string, AclSpec[]>();
  for (const acl of acls) {
    const owner = acl.principal.slice('User:'.length);
    byOwner.set(owner, [...(byOwner.get(owner) ?? []), acl]);
  }
  const out = new Map<string, BrokerAcl>();
  const add = (a: BrokerAcl) => out.set(aclKey(a), a);
  for (const key of keys) {
    const g = grants.get(key.ownerId) ?? NO_GRANTS;
    if (g.fullAccess) fullAccessAcls(key.id).forEach(add);
    for (const b of g.bindings) bindingAcls(key.id, b).forEach(add);
    for (const acl of byOwner.get(key.ownerId) ?? []) add({ ...acl, principal: userPrincipal(key.id) });
  }
  return [...out.values()];
}
