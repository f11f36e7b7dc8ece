import type { ApiKeyResourceKind, Role } from '@tributary/db';
import { AppError } from '@tributary/platform';

/** Who is calling: resolved once per request from an API key or a console session. */
export interface Principal {
  kind: 'User' | 'ServiceAccount';
  id: string;
  organizationId: string;
  /** The owner's role as it is now (read on every call), never a role frozen into a key or a session. */
  role: Role;
  via: 'api_key' | 'session';
  apiKeyId?: string;
  /** What the API key was issued for: a cluster key acts on that one cluster only. Absent for sessions. */
  apiKeyResource?: { kind: ApiKeyResourceKind; id: string };
  sessionId?: string;
  ip?: string;
  requestId?: string;
}

/** Higher grants everything lower grants. EnvironmentAdmin has no per-environment bindings yet. */
const RANK: Record<Role, number> = { OrganizationAdmin: 3, EnvironmentAdmin: 2, Operator: 1, Viewer: 0 };
const WRITERS: ReadonlySet<Role> = new Set<Role>(['OrganizationAdmin', 'EnvironmentAdmin', 'Operator']);
const ADMINS: ReadonlySet<Role> = new Set<Role>(['OrganizationAdmin']);

/** Viewers read; everyone else may change resources. */
export function assertCanWrite(p: Principal): void {
  if (!WRITERS.has(p.role)) throw AppError.forbidden(`Your role (${p.role}) is read-only: ask an OrganizationAdmin for a role that can make changes`);
}

/** Managing people and roles is for OrganizationAdmins. */
export function assertIsOrgAdmin(p: Principal, what = 'do this'): void {
  if (!ADMINS.has(p.role)) throw AppError.forbidden(`Only an OrganizationAdmin can ${what} (your role: ${p.role})`);
}

/** Whether `p` sees what only admins see (pending invitations, members' IP addresses). */
export function isOrgAdmin(p: Pick<Principal, 'role'>): boolean {
  return ADMINS.has(p.role);
}

/**
 * Nobody hands out more than they hold: every path that grants access (a key, an invitation, a role
 * change, a service account) calls this with the role it would grant.
 */
export function assertCanGrant(p: Principal, role: Role): void {
  if (RANK[role] > RANK[p.role]) throw AppError.forbidden(`You cannot grant ${role}: it is above your own role (${p.role})`);
}
