import type { Role } from '@tributary/db';
import { AppError } from '@tributary/platform';

/** Who is calling: resolved once per request from an API key or a console session. */
export interface Principal {
  kind: 'User' | 'ServiceAccount';
  id: string;
  organizationId: string;
  role: Role;
  via: 'api_key' | 'session';
  apiKeyId?: string;
  sessionId?: string;
  ip?: string;
  requestId?: string;
}

const WRITERS: ReadonlySet<Role> = new Set<Role>(['OrganizationAdmin', 'EnvironmentAdmin', 'Operator']);
const ADMINS: ReadonlySet<Role> = new Set<Role>(['OrganizationAdmin']);

/** Viewers read; everyone else may change resources. */
export function assertCanWrite(p: Principal): void {
  if (!WRITERS.has(p.role)) throw AppError.forbidden(`Your role (${p.role}) is read-only: ask an OrganizationAdmin for a role that can make changes`);
}

/** Managing people and roles is for OrganizationAdmins. */
export function assertIsOrgAdmin(p: Principal): void {
  if (!ADMINS.has(p.role)) throw AppError.forbidden(`Only an OrganizationAdmin can do this (your role: ${p.role})`);
}
