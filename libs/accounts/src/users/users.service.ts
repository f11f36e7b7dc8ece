import { Injectable } from '@nestjs/common';
import { PrismaService, type Role, type User } from '@tributary/db';
import { AppError, afterCursor, toPage, type Page, type PageRequest } from '@tributary/platform';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { AuditLog } from '../audit/audit-log.service';
import { assertCanWrite, assertIsOrgAdmin, type Principal } from '../auth/principal';

export type Member = User & { role: Role };

/** Users as members of the caller's organization: another organization's users do not exist here. */
@Injectable()
export class UsersService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditLog,
    private readonly apiKeys: ApiKeysService,
  ) {}

  async list(p: Principal, req: PageRequest): Promise<Page<Member>> {
    const where = { memberships: { some: { organizationId: p.organizationId } } };
    const [rows, total] = await Promise.all([
      this.prisma.user.findMany({
        where: { ...where, ...afterCursor(req.after) },
        include: { memberships: { where: { organizationId: p.organizationId } } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        take: req.pageSize + 1,
      }),
      this.prisma.user.count({ where }),
    ]);
    return toPage(rows.map(toMember), req, total);
  }

  async get(p: Principal, id: string): Promise<Member> {
    const user = await this.prisma.user.findFirst({
      where: { id, memberships: { some: { organizationId: p.organizationId } } },
      include: { memberships: { where: { organizationId: p.organizationId } } },
    });
    if (!user) throw AppError.notFound('User', id);
    return toMember(user);
  }

  /** A user may rename themselves; an admin may rename anyone and change roles. */
  async update(p: Principal, id: string, input: { fullName?: string; role?: Role }): Promise<Member> {
    assertCanWrite(p);
    const member = await this.get(p, id);
    if (input.role !== undefined || (p.kind === 'User' ? p.id !== id : true)) assertIsOrgAdmin(p);
    if (input.role !== undefined && member.role === 'OrganizationAdmin' && input.role !== 'OrganizationAdmin') {
      await this.assertAnotherAdminRemains(p.organizationId, id);
    }
    await this.prisma.$transaction(async (tx) => {
      if (input.fullName !== undefined) await tx.user.update({ where: { id }, data: { fullName: input.fullName } });
      if (input.role !== undefined) {
        await tx.membership.update({ where: { organizationId_userId: { organizationId: p.organizationId, userId: id } }, data: { role: input.role } });
      }
      await this.audit.record(p, { action: 'user.update', resourceKind: 'User', resourceId: id, details: { ...(input.fullName !== undefined ? { full_name: input.fullName } : {}), ...(input.role ? { role: input.role } : {}) } }, tx);
    });
    return this.get(p, id);
  }

  /** Removes the user from this organization (and their keys in it); the login itself remains. */
  async delete(p: Principal, id: string): Promise<void> {
    assertIsOrgAdmin(p);
    const member = await this.get(p, id);
    if (member.role === 'OrganizationAdmin') await this.assertAnotherAdminRemains(p.organizationId, id);
    await this.apiKeys.deleteAllOwnedBy(p, { kind: 'User', id });
    await this.prisma.$transaction(async (tx) => {
      await tx.membership.delete({ where: { organizationId_userId: { organizationId: p.organizationId, userId: id } } });
      await tx.session.updateMany({ where: { userId: id, organizationId: p.organizationId, revokedAt: null }, data: { revokedAt: new Date() } });
      await this.audit.record(p, { action: 'user.delete', resourceKind: 'User', resourceId: id }, tx);
    });
  }

  private async assertAnotherAdminRemains(organizationId: string, leavingUserId: string) {
    const others = await this.prisma.membership.count({ where: { organizationId, role: 'OrganizationAdmin', userId: { not: leavingUserId } } });
    if (others === 0) throw AppError.conflict('An organization needs at least one OrganizationAdmin: make someone else an admin first');
  }
}

function toMember(u: User & { memberships: { role: Role }[] }): Member {
  const { memberships, ...user } = u;
  return { ...user, role: memberships[0]?.role ?? 'Viewer' };
}
