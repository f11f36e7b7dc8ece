import { Injectable } from '@nestjs/common';
import { TenantRepositories, type Member, type OrgScope, type Role } from '@tributary/db';
import { AppError, type Page, type PageRequest } from '@tributary/platform';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { AuditLog } from '../audit/audit-log.service';
import { principalName } from '@tributary/access';
import { assertCanGrant, assertCanWrite, assertIsOrgAdmin, type Principal } from '../auth/principal';
import { RoleBindingsEvents } from '../role-bindings/role-bindings-changed';

export type { Member };

/** Users as members of the caller's organization: another organization's users do not exist here. */
@Injectable()
export class UsersService {
  constructor(
    private readonly repos: TenantRepositories,
    private readonly audit: AuditLog,
    private readonly apiKeys: ApiKeysService,
    private readonly bindings: RoleBindingsEvents,
  ) {}

  list(p: Principal, req: PageRequest): Promise<Page<Member>> {
    return this.repos.for(p.organizationId).members.page(req);
  }

  get(p: Principal, id: string): Promise<Member> {
    return this.repos.for(p.organizationId).members.get(id);
  }

  /** A user may rename themselves; an admin may rename anyone and change roles. */
  async update(p: Principal, id: string, input: { fullName?: string; role?: Role }): Promise<Member> {
    assertCanWrite(p);
    const scope = this.repos.for(p.organizationId);
    const member = await scope.members.get(id);
    if (input.role !== undefined || (p.kind === 'User' ? p.id !== id : true)) assertIsOrgAdmin(p);
    if (input.role !== undefined) assertCanGrant(p, input.role);
    const demotesAdmin = input.role !== undefined && member.role === 'OrganizationAdmin' && input.role !== 'OrganizationAdmin';
    // Serializable: two admins demoting each other at once cannot both pass the last-admin check.
    await scope.transaction(
      async (tx) => {
        if (demotesAdmin) await this.assertAnotherAdminRemains(tx, id);
        if (input.fullName !== undefined) await tx.members.rename(id, input.fullName);
        if (input.role !== undefined) await tx.memberships.updateWhere({ userId: id }, { role: input.role });
        await this.audit.record(p, { action: 'user.update', resourceKind: 'User', resourceId: id, details: { ...(input.fullName !== undefined ? { full_name: input.fullName } : {}), ...(input.role ? { role: input.role } : {}) } }, tx);
      },
      { isolation: 'Serializable' },
    );
    if (input.role !== undefined) await this.bindings.changed({ organizationId: p.organizationId, principal: principalName(id), reason: 'role_changed' });
    return scope.members.get(id);
  }

  /** Removes the user from this organization (and their keys in it); the login itself remains. */
  async delete(p: Principal, id: string): Promise<void> {
    assertIsOrgAdmin(p);
    const scope = this.repos.for(p.organizationId);
    const member = await scope.members.get(id);
    if (member.role === 'OrganizationAdmin') await this.assertAnotherAdminRemains(scope, id);
    await this.apiKeys.deleteAllOwnedBy(p, { kind: 'User', id });
    await scope.transaction(
      async (tx) => {
        if (member.role === 'OrganizationAdmin') await this.assertAnotherAdminRemains(tx, id);
        if ((await tx.memberships.deleteWhere({ userId: id })) === 0) throw AppError.notFound('User', id);
        await tx.sessions.updateWhere({ userId: id, revokedAt: null }, { revokedAt: new Date() });
        // What they were granted goes with them (Confluent deletes a removed user's bindings too).
        await tx.roleBindings.deleteWhere({ principal: principalName(id) });
        await this.audit.record(p, { action: 'user.delete', resourceKind: 'User', resourceId: id }, tx);
      },
      { isolation: 'Serializable' },
    );
    await this.bindings.changed({ organizationId: p.organizationId, principal: principalName(id), reason: 'member_removed' });
  }

  private async assertAnotherAdminRemains(scope: OrgScope, leavingUserId: string) {
    const others = await scope.memberships.count({ role: 'OrganizationAdmin', userId: { not: leavingUserId } });
    if (others === 0) throw AppError.conflict('An organization needs at least one OrganizationAdmin: make someone else an admin first');
  }
}
