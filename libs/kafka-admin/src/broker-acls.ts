import {
  type Acl,
  type AclFilter,
  AclOperations,
  AclPermissionTypes,
  type Admin,
  ResourcePatternTypes,
  ResourceTypes,
} from '@platformatic/kafka';
import { mapKafkaErrors } from './error-mapping';

/**
 * ACL bindings by their Kafka names (the wire protocol's numbers stay in here). The control plane
 * manages every binding on its clusters, so it reads and writes them as plain values it can diff.
 */
export const ACL_RESOURCE_TYPES = ['TOPIC', 'GROUP', 'CLUSTER', 'TRANSACTIONAL_ID'] as const;
export const ACL_PATTERN_TYPES = ['LITERAL', 'PREFIXED'] as const;
export const ACL_OPERATIONS = ['ALL', 'READ', 'WRITE', 'CREATE', 'DELETE', 'ALTER', 'DESCRIBE', 'CLUSTER_ACTION', 'DESCRIBE_CONFIGS', 'ALTER_CONFIGS', 'IDEMPOTENT_WRITE'] as const;
export const ACL_PERMISSIONS = ['ALLOW', 'DENY'] as const;

export type AclResourceType = (typeof ACL_RESOURCE_TYPES)[number];
export type AclPatternType = (typeof ACL_PATTERN_TYPES)[number];
export type AclOperation = (typeof ACL_OPERATIONS)[number];
export type AclPermission = (typeof ACL_PERMISSIONS)[number];

export interface BrokerAcl {
  resourceType: AclResourceType;
  resourceName: string;
  patternType: AclPatternType;
  /** `User:<name>` */
  principal: string;
  host: string;
  operation: AclOperation;
  permission: AclPermission;
}

/** One string per binding, for set arithmetic. */
export function aclKey(a: BrokerAcl): string {
  return JSON.stringify([a.resourceType, a.resourceName, a.patternType, a.principal, a.host, a.operation, a.permission]);
}

export function toWireAcl(a: BrokerAcl): Acl {
  return {
    resourceType: ResourceTypes[a.resourceType],
    resourceName: a.resourceName,
    resourcePatternType: ResourcePatternTypes[a.patternType],
    principal: a.principal,
    host: a.host,
    operation: AclOperations[a.operation],
    permissionType: AclPermissionTypes[a.permission],
  };
}

function labelOf<T extends string>(table: Record<string, number>, value: number, allowed: readonly T[]): T | undefined {
  const label = Object.keys(table).find((k) => table[k] === value);
  return label !== undefined && (allowed as readonly string[]).includes(label) ? (label as T) : undefined;
}

/** A binding the brokers hold, by name; undefined for kinds the control plane never writes (USER, DELEGATION_TOKEN, MATCH…). */
export function fromWireAcl(a: Acl): BrokerAcl | undefined {
  const resourceType = labelOf(ResourceTypes, a.resourceType, ACL_RESOURCE_TYPES);
  const patternType = labelOf(ResourcePatternTypes, a.resourcePatternType, ACL_PATTERN_TYPES);
  const operation = labelOf(AclOperations, a.operation, ACL_OPERATIONS);
  const permission = labelOf(AclPermissionTypes, a.permissionType, ACL_PERMISSIONS);
  if (!resourceType || !patternType || !operation || !permission) return undefined;
  return { resourceType, resourceName: a.resourceName, patternType, principal: a.principal, host: a.host, operation, permission };
}

const EVERYTHING: AclFilter = {
  resourceType: ResourceTypes.ANY,
  resourceName: null,
  resourcePatternType: ResourcePatternTypes.ANY,
  principal: null,
  host: null,
  operation: AclOperations.ANY,
  permissionType: AclPermissionTypes.ANY,
};

/** Every binding on the cluster, flattened. Kinds the control plane never writes come back raw in `foreign`. */
export async function describeAllAcls(admin: Admin): Promise<{ acls: BrokerAcl[]; foreign: Acl[] }> {
  const resources = await mapKafkaErrors(() => admin.describeAcls({ filter: EVERYTHING }));
  const acls: BrokerAcl[] = [];
  const foreign: Acl[] = [];
  for (const resource of resources) {
    for (const permission of resource.acls) {
      const wire: Acl = { resourceType: resource.resourceType, resourceName: resource.resourceName, resourcePatternType: resource.resourcePatternType, ...permission };
      const named = fromWireAcl(wire);
      if (named) acls.push(named);
      else foreign.push(wire);
    }
  }
  return { acls, foreign };
}

/** Creating a binding that exists is a no-op in Kafka. */
export async function createBrokerAcls(admin: Admin, acls: readonly BrokerAcl[]): Promise<void> {
  if (acls.length === 0) return;
  await mapKafkaErrors(() => admin.createAcls({ creations: acls.map(toWireAcl) }));
}

/** Deletes exactly these bindings (each filter is a full binding, so it matches only itself). */
export async function deleteBrokerAcls(admin: Admin, acls: readonly BrokerAcl[]): Promise<void> {
  if (acls.length === 0) return;
  await mapKafkaErrors(() => admin.deleteAcls({ filters: acls.map(toWireAcl) }));
}

export interface AclSyncResult {
  created: number;
  deleted: number;
}

/**
 * Makes the cluster's bindings exactly `desired`, except those of `untouchable` principals (the
 * control plane's own super user): missing ones created, every other one deleted. Reads once;
 * writes only what differs, so a pass that finds nothing to do sends nothing else.
 */
export async function syncBrokerAcls(admin: Admin, desired: readonly BrokerAcl[], untouchable: ReadonlySet<string>): Promise<AclSyncResult> {
  const { acls: actual, foreign } = await describeAllAcls(admin);
  const want = new Map(desired.map((a) => [aclKey(a), a]));
  const have = new Set(actual.map(aclKey));
  const missing = [...want.values()].filter((a) => !have.has(aclKey(a)));
  const extra = actual.filter((a) => !want.has(aclKey(a)) && !untouchable.has(a.principal));
  const foreignExtra = foreign.filter((a) => !untouchable.has(a.principal));
  await createBrokerAcls(admin, missing);
  await deleteBrokerAcls(admin, extra);
  if (foreignExtra.length > 0) await mapKafkaErrors(() => admin.deleteAcls({ filters: foreignExtra }));
  return { created: missing.length, deleted: extra.length + foreignExtra.length };
}
