import { bindingsFromRows, crnCovers, crnOf, memberRoleBindings, principalName, type Binding, type MemberRole } from '@tributary/access';
import type { OrgScope } from '@tributary/db';
import type { DataPlaneBinding, OwnerGrants } from './desired-broker-acls';

/** Roles that administer a cluster when bound to it or above: their holders' keys keep full data-plane access. */
const ADMIN_ROLES: ReadonlySet<string> = new Set(['OrganizationAdmin', 'EnvironmentAdmin', 'CloudClusterAdmin']);
const DATA_ROLES: ReadonlySet<string> = new Set(['DeveloperRead', 'DeveloperWrite', 'DeveloperManage', 'ResourceOwner']);
const RESOURCE_TYPE = { topic: 'TOPIC', group: 'GROUP', 'transactional-id': 'TRANSACTIONAL_ID' } as const;

interface ClusterRef {
  id: string;
  organizationId: string;
  environmentId: string;
}

/**
 * What one owner's bindings (its member role as a binding, and its role bindings) let its keys do on
 * one cluster: everything for an admin of the cluster (so the console's "create a key and connect"
 * works), read-only for a Viewer, and for everyone else, service accounts first, exactly the
 * Developer… / ResourceOwner bindings that name this cluster's topics, groups and transactional ids.
 */
export function grantsOnCluster(bindings: readonly Binding[], cluster: ClusterRef): OwnerGrants {
  const here = crnOf({ organizationId: cluster.organizationId, environmentId: cluster.environmentId, clusterId: cluster.id });
  const onCluster = bindings.filter((b) => crnCovers(b.crn, here));
  const fullAccess = onCluster.some((b) => ADMIN_ROLES.has(b.roleName));
  const out: DataPlaneBinding[] = [];
  if (!fullAccess && onCluster.some((b) => b.roleName === 'Viewer')) {
    out.push({ role: 'DeveloperRead', resourceType: 'TOPIC', resourceName: '*', patternType: 'LITERAL' }, { role: 'DeveloperRead', resourceType: 'GROUP', resourceName: '*', patternType: 'LITERAL' });
  }
  for (const b of bindings) {
    const r = b.crn.resource;
    if (!r || !DATA_ROLES.has(b.roleName)) continue;
    // The binding's cluster part must name this cluster (it names one exactly: the CRN parser insists).
    if (!crnCovers({ organizationId: b.crn.organizationId, ...(b.crn.environment ? { environment: b.crn.environment } : {}), ...(b.crn.cluster ? { cluster: b.crn.cluster } : {}) }, here)) continue;
    const wildcard = r.prefix && r.value === '';
    out.push({
      role: b.roleName as DataPlaneBinding['role'],
      resourceType: RESOURCE_TYPE[r.type],
      resourceName: wildcard ? '*' : r.value,
      patternType: r.prefix && !wildcard ? 'PREFIXED' : 'LITERAL',
    });
  }
  return { fullAccess, bindings: fullAccess ? [] : out };
}

/** Each owner's grants on the cluster, from its membership or service-account role and its role bindings. */
export async function ownerGrantsOf(scope: OrgScope, cluster: ClusterRef, ownerIds: readonly string[]): Promise<Map<string, OwnerGrants>> {
  const users = ownerIds.filter((id) => id.startsWith('u-'));
  const accounts = ownerIds.filter((id) => id.startsWith('sa-'));
  const [memberships, serviceAccounts, rows] = await Promise.all([
    users.length ? scope.memberships.findMany({ userId: { in: users } }) : [],
    accounts.length ? scope.serviceAccounts.findMany({ id: { in: accounts } }) : [],
    scope.roleBindings.findMany({ principal: { in: ownerIds.map(principalName) } }),
  ]);
  const roleOf = new Map<string, MemberRole>([...memberships.map((m) => [m.userId, m.role] as const), ...serviceAccounts.map((s) => [s.id, s.role] as const)]);
  const grants = new Map<string, OwnerGrants>();
  for (const owner of ownerIds) {
    const role = roleOf.get(owner);
    // A removed member or deleted service account holds nothing, whatever rows remain.
    if (!role) continue;
    const bindings = [...memberRoleBindings(role, cluster.organizationId), ...bindingsFromRows(rows.filter((r) => r.principal === principalName(owner)))];
    grants.set(owner, grantsOnCluster(bindings, cluster));
  }
  return grants;
}
