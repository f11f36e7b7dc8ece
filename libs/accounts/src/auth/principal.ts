import { authorize, crnLevel, memberRoleBindings, POLICY, type Action, type Binding, type RoleName, type ResourceRef } from '@tributary/access';
import type { ApiKeyResourceKind, Role } from '@tributary/db';
import { AppError } from '@tributary/platform';

/** Who is calling: resolved once per request from an API key or a console session. */
export interface Principal {
  kind: 'User' | 'ServiceAccount';
  id: string;
  organizationId: string;
  /** The owner's member role as it is now (read on every call), never a role frozen into a key or a session. */
  role: Role;
  /**
   * Role bindings granted on top of the member role (iam/v2/role-bindings), read with the key or the
   * session. Absent: none were loaded, the member role alone counts.
   */
  roleBindings?: readonly Binding[];
  /**
   * The policy action the request's route was authorized for (set by the API's guard after
   * `authorize` allowed it on the route's resource). The coarse checks below defer to it.
   */
  authorizedAction?: Action;
  via: 'api_key' | 'session';
  apiKeyId?: string;
  /** What the API key was issued for: a cluster key acts on that one cluster only. Absent for sessions. */
  apiKeyResource?: { kind: ApiKeyResourceKind; id: string };
  sessionId?: string;
  ip?: string;
  requestId?: string;
}

/** Higher grants everything lower grants (member roles only; bindings go through `canGrant`). */
const RANK: Record<Role, number> = { OrganizationAdmin: 3, EnvironmentAdmin: 2, Operator: 1, Viewer: 0 };
const WRITERS: ReadonlySet<Role> = new Set<Role>(['OrganizationAdmin', 'EnvironmentAdmin', 'Operator']);
/** Granted roles that change something somewhere (the policy decides where; this only stops read-only callers). */
const WRITING_GRANTS: ReadonlySet<RoleName> = new Set<RoleName>(['OrganizationAdmin', 'EnvironmentAdmin', 'CloudClusterAdmin', 'Operator', 'BillingAdmin', 'DeveloperWrite', 'DeveloperManage', 'ResourceOwner']);
const MEMBER_ROLES: readonly RoleName[] = ['OrganizationAdmin', 'EnvironmentAdmin', 'Operator', 'Viewer'];

/** Actions the policy gives to no member role below OrganizationAdmin (billing: OrganizationAdmin or BillingAdmin). */
function adminOnly(action: Action): boolean {
  return POLICY[action].roles.every((r: RoleName) => r === 'OrganizationAdmin' || !MEMBER_ROLES.includes(r));
}

/** Everything the principal holds: the member role's binding(s) and the granted ones. */
export function bindingsOf(p: Pick<Principal, 'role' | 'organizationId' | 'roleBindings'>): Binding[] {
  return [...memberRoleBindings(p.role, p.organizationId), ...(p.roleBindings ?? [])];
}

/** The one check: may `p` do `action` on `resource`? 403 naming what it needs and what `p` has, otherwise. */
export function authorizePrincipal(p: Principal, action: Action, resource: Omit<ResourceRef, 'organizationId'>, opts: { kafkaErrorCode?: number } = {}): void {
  const d = authorize(bindingsOf(p), action, { organizationId: p.organizationId, ...resource });
  if (!d.allowed) throw new AppError('forbidden', d.reason, opts.kafkaErrorCode ? { kafkaErrorCode: opts.kafkaErrorCode } : {});
}

/**
 * Viewers read; everyone else may change resources. A request whose route the policy already
 * authorized (a specific action on a specific resource) has passed a finer check than this one.
 */
export function assertCanWrite(p: Principal): void {
  if (p.authorizedAction && !/\.(read|list)$/.test(p.authorizedAction)) return;
  // Every route is authorized by the policy first (the permission-matrix test holds every route to
  // it); here a granted role that writes somewhere is enough, so the coarse check never undoes it.
  if ((p.roleBindings ?? []).some((b) => WRITING_GRANTS.has(b.roleName))) return;
  if (!WRITERS.has(p.role)) throw AppError.forbidden(`Your role (${p.role}) is read-only: ask an OrganizationAdmin for a role that can make changes`);
}

/**
 * Managing people and roles is for OrganizationAdmins (the member role, or a binding on the
 * organization). A route the policy authorized for an action no lesser member role has (billing,
 * for a BillingAdmin) has passed the stricter check already.
 */
export function assertIsOrgAdmin(p: Principal, what = 'do this'): void {
  if (p.authorizedAction && adminOnly(p.authorizedAction)) return;
  if (!isOrgAdmin(p)) throw AppError.forbidden(`Only an OrganizationAdmin can ${what} (your role: ${p.role})`);
}

/** Whether `p` sees what only admins see (pending invitations, members' IP addresses). */
export function isOrgAdmin(p: Pick<Principal, 'role'> & Partial<Pick<Principal, 'roleBindings'>>): boolean {
  return p.role === 'OrganizationAdmin' || (p.roleBindings ?? []).some((b) => b.roleName === 'OrganizationAdmin' && crnLevel(b.crn) === 'organization');
}

/**
 * Nobody hands out more than they hold: every path that grants a member role (an invitation, a role
 * change, a service account) calls this with the role it would grant.
 */
export function assertCanGrant(p: Principal, role: Role): void {
  const mine = isOrgAdmin(p) ? RANK.OrganizationAdmin : RANK[p.role];
  if (RANK[role] > mine) throw AppError.forbidden(`You cannot grant ${role}: it is above your own role (${p.role})`);
}
