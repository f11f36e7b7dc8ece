import { Injectable } from '@nestjs/common';
import {
  bindingsFromRows,
  canGrant,
  formatCrnPattern,
  InvalidCrnError,
  isConfluentRoleName,
  parseCrnPattern,
  parsePrincipal,
  ROLE_NAMES,
  type Binding,
  type CrnPattern,
  type PrincipalName,
} from '@tributary/access';
import { TenantRepositories, type OrgScope, type RoleBinding } from '@tributary/db';
import { AppError, type Page, type PageRequest } from '@tributary/platform';
import { randomBytes } from 'node:crypto';
import { VerifiedKeyCache } from '../api-keys/verified-key-cache';
import { AuditLog } from '../audit/audit-log.service';
import { authorizePrincipal, bindingsOf, type Principal } from '../auth/principal';
import { RoleBindingsEvents } from './role-bindings-changed';

export interface CreateRoleBindingInput {
  principal: string;
  roleName: string;
  crnPattern: string;
}

export interface RoleBindingFilter {
  principal?: string;
  roleName?: string;
  /** Confluent's "partial search": bindings whose pattern contains this text. */
  crnPattern?: string;
}

/** Sessions' bindings stay this long in a process at most; invalidations (Redis) drop them at once. */
const SESSION_BINDINGS_TTL_MS = 10_000;
const MAX_CACHED = 10_000;

const newBindingId = () => `rb-${randomBytes(6).toString('hex')}`;

/**
 * iam/v2/role-bindings: roles granted on CRN patterns on top of each member's own role. Every write
 * is held to `canGrant` (nobody grants or revokes beyond what their own bindings let them grant),
 * names a principal and resources of the caller's organization, and is announced after commit
 * (`RoleBindingsEvents`), so keys, sessions and broker ACLs follow at once.
 */
@Injectable()
export class RoleBindingsService {
  private readonly cached = new Map<string, { bindings: Binding[]; expiresAt: number }>();

  constructor(
    private readonly repos: TenantRepositories,
    private readonly audit: AuditLog,
    private readonly events: RoleBindingsEvents,
    private readonly keyCache: VerifiedKeyCache,
  ) {
    keyCache.follow(({ organizationId }) => {
      if (!organizationId) return this.cached.clear();
      for (const k of this.cached.keys()) if (k.startsWith(`${organizationId}|`)) this.cached.delete(k);
    });
  }

  list(p: Principal, req: PageRequest, filter: RoleBindingFilter = {}): Promise<Page<RoleBinding>> {
    return this.repos.for(p.organizationId).roleBindings.page(
      {
        ...(filter.principal !== undefined ? { principal: filter.principal } : {}),
        ...(filter.roleName !== undefined ? { roleName: filter.roleName } : {}),
        ...(filter.crnPattern !== undefined ? { crnPattern: { contains: filter.crnPattern } } : {}),
      },
      req,
    );
  }

  get(p: Principal, id: string): Promise<RoleBinding> {
    return this.repos.for(p.organizationId).roleBindings.get(id);
  }

  async create(p: Principal, input: CreateRoleBindingInput): Promise<RoleBinding> {
    authorizePrincipal(p, 'role_binding.write', {});
    const scope = this.repos.for(p.organizationId);
    const principal = await this.checkPrincipal(scope, input.principal);
    if (!isConfluentRoleName(input.roleName)) throw AppError.invalid(`role_name '${input.roleName}' is not a role: use one of ${ROLE_NAMES.join(', ')}`, '/role_name');
    const crn = await this.checkCrn(scope, p.organizationId, input.crnPattern);
    const may = canGrant(bindingsOf(p), input.roleName, crn);
    if (!may.allowed) throw may.reason.includes('is bound to') ? AppError.invalid(may.reason, '/crn_pattern') : AppError.forbidden(may.reason);
    const created = await scope.transaction(async (tx) => {
      const row = await tx.roleBindings.create({ id: newBindingId(), principal, roleName: input.roleName, crnPattern: formatCrnPattern(crn) });
      await this.audit.record(p, { action: 'role_binding.create', resourceKind: 'RoleBinding', resourceId: row.id, details: { principal, role_name: row.roleName, crn_pattern: row.crnPattern } }, tx);
      return row;
    });
    await this.events.changed({ organizationId: p.organizationId, principal, reason: 'created' });
    return created;
  }

  /** Revoking is granting's mirror: one may remove only a binding one could have created. */
  async delete(p: Principal, id: string): Promise<RoleBinding> {
    authorizePrincipal(p, 'role_binding.write', {});
    const scope = this.repos.for(p.organizationId);
    const row = await scope.roleBindings.get(id);
    const [binding] = bindingsFromRows([row]);
    if (binding && binding.roleName !== 'Viewer') {
      const may = canGrant(bindingsOf(p), binding.roleName, binding.crn);
      if (!may.allowed) throw AppError.forbidden(may.reason.replace('You cannot grant', 'You cannot revoke'));
    } else if (!bindingsOf(p).some((b) => b.roleName === 'OrganizationAdmin')) {
      throw AppError.forbidden('Only an OrganizationAdmin can remove a binding that no longer names a known role or pattern');
    }
    await scope.transaction(async (tx) => {
      if ((await tx.roleBindings.deleteWhere({ id })) === 0) throw AppError.notFound('Role binding', id);
      await this.audit.record(p, { action: 'role_binding.delete', resourceKind: 'RoleBinding', resourceId: id, details: { principal: row.principal, role_name: row.roleName, crn_pattern: row.crnPattern } }, tx);
    });
    await this.events.changed({ organizationId: p.organizationId, principal: row.principal as PrincipalName, reason: 'deleted' });
    return row;
  }

  /**
   * The bindings granted to a principal on top of its member role (what a console session carries).
   * Kept in this process until an invalidation for the organization or a few seconds pass; served
   * from memory only while invalidations can be heard.
   */
  async explicitBindings(organizationId: string, principal: PrincipalName): Promise<Binding[]> {
    const key = `${organizationId}|${principal}`;
    const hit = this.keyCache.serving ? this.cached.get(key) : undefined;
    if (hit && hit.expiresAt > Date.now()) return hit.bindings;
    const epoch = this.keyCache.currentEpoch();
    const rows = await this.repos.for(organizationId).roleBindings.findMany({ principal });
    const bindings = bindingsFromRows(rows);
    if (this.keyCache.serving && epoch === this.keyCache.currentEpoch()) {
      if (this.cached.size >= MAX_CACHED) this.cached.delete(this.cached.keys().next().value!);
      this.cached.set(key, { bindings, expiresAt: Date.now() + SESSION_BINDINGS_TTL_MS });
    }
    return bindings;
  }

  private async checkPrincipal(scope: OrgScope, raw: string): Promise<PrincipalName> {
    const parsed = typeof raw === 'string' ? parsePrincipal(raw) : null;
    if (!parsed) throw AppError.invalid(`principal '${String(raw).slice(0, 80)}' must be User:u-… (a user) or User:sa-… (a service account)`, '/principal');
    const found = parsed.kind === 'User' ? await scope.memberships.findFirst({ userId: parsed.id }) : await scope.serviceAccounts.find(parsed.id);
    // Another organization's principal does not exist here, like every other resource of theirs.
    if (!found) throw new AppError('not_found', [{ detail: `${parsed.kind === 'User' ? 'User' : 'Service account'} '${parsed.id}' was not found in this organization`, pointer: '/principal' }]);
    return raw as PrincipalName;
  }

  /** Parses the pattern and checks what it names exists here (an exact environment, a cluster in that environment). */
  private async checkCrn(scope: OrgScope, organizationId: string, raw: string): Promise<CrnPattern> {
    let crn: CrnPattern;
    try {
      crn = parseCrnPattern(raw);
    } catch (e) {
      if (e instanceof InvalidCrnError) throw AppError.invalid(e.message, '/crn_pattern');
      throw e;
    }
    // What the pattern names must be this organization's: anything else is not found here (404).
    const missing = (detail: string) => new AppError('not_found', [{ detail, pointer: '/crn_pattern' }]);
    if (crn.organizationId !== organizationId) throw missing(`crn_pattern names organization ${crn.organizationId}, which is not yours (${organizationId})`);
    if (crn.environment && !crn.environment.prefix && !(await scope.environments.find(crn.environment.value))) {
      throw missing(`crn_pattern names environment ${crn.environment.value}, which is not in this organization`);
    }
    if (crn.cluster) {
      const cluster = await scope.clusters.find(crn.cluster.value);
      if (!cluster || cluster.deletedAt || cluster.environmentId !== crn.environment!.value) throw missing(`crn_pattern names cluster ${crn.cluster.value} in environment ${crn.environment!.value}, which is not in this organization`);
    }
    return crn;
  }
}
