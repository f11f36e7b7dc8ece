import { Inject, Injectable } from '@nestjs/common';
import { Prisma, PrismaService, type Invitation, type Role } from '@tributary/db';
import { AppError, newId, sha256 } from '@tributary/platform';
import { ACCOUNTS_CONFIG, type AccountsConfig } from '../accounts.config';
import { AuditLog } from '../audit/audit-log.service';
import { assertIsOrgAdmin, type Principal } from '../auth/principal';
import { PasswordHasher } from '../sessions/password-hasher';
import { SessionsService, type ClientInfo, type IssuedSession } from '../sessions/sessions.service';

const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;

export interface IssuedInvitation {
  invitation: Invitation;
  /** Part of the accept link; only its hash is stored. */
  token: string;
  acceptUrl: string;
}

/**
 * Invitations by email. No email is sent in development: the admin copies the accept link the
 * API returns. Accepting creates the account (or adds an existing, signed-in one) to the organization.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditLog,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionsService,
    @Inject(ACCOUNTS_CONFIG) private readonly config: AccountsConfig,
  ) {}

  async create(p: Principal, input: { email: string; role: Role }): Promise<IssuedInvitation> {
    assertIsOrgAdmin(p);
    const email = input.email.trim().toLowerCase();
    const member = await this.prisma.membership.findFirst({ where: { organizationId: p.organizationId, user: { email } } });
    if (member) throw new AppError('conflict', [{ detail: `${email} is already a member of this organization`, pointer: '/email' }]);
    const token = newId.token();
    const invitation = await this.prisma.$transaction(async (tx) => {
      const inv = await tx.invitation.create({
        data: { id: newId.invitation(), organizationId: p.organizationId, email, role: input.role, tokenHash: sha256(token), invitedBy: p.id, expiresAt: new Date(Date.now() + INVITATION_TTL_MS) },
      });
      await this.audit.record(p, { action: 'invitation.create', resourceKind: 'Invitation', resourceId: inv.id, details: { email, role: input.role } }, tx);
      return inv;
    });
    return { invitation, token, acceptUrl: `${this.config.consoleUrl}/invite/${token}` };
  }

  async listPending(p: Principal): Promise<Invitation[]> {
    return this.prisma.invitation.findMany({ where: { organizationId: p.organizationId, acceptedAt: null, expiresAt: { gt: new Date() } }, orderBy: { createdAt: 'asc' } });
  }

  async revoke(p: Principal, id: string): Promise<void> {
    assertIsOrgAdmin(p);
    const inv = await this.prisma.invitation.findFirst({ where: { id, organizationId: p.organizationId, acceptedAt: null } });
    if (!inv) throw AppError.notFound('Invitation', id);
    await this.prisma.$transaction(async (tx) => {
      await tx.invitation.delete({ where: { id } });
      await this.audit.record(p, { action: 'invitation.delete', resourceKind: 'Invitation', resourceId: id }, tx);
    });
  }

  /** What the accept page shows before the person commits. */
  async preview(token: string): Promise<{ email: string; organizationName: string; role: Role; hasAccount: boolean }> {
    const inv = await this.findUsable(token);
    const [org, user] = await Promise.all([
      this.prisma.organization.findUniqueOrThrow({ where: { id: inv.organizationId } }),
      this.prisma.user.findUnique({ where: { email: inv.email } }),
    ]);
    return { email: inv.email, organizationName: org.displayName, role: inv.role, hasAccount: !!user };
  }

  /**
   * New person: creates the account with the invited email. Existing account: must be signed in as
   * that account (`signedInUserId`), so a leaked link cannot attach someone else's login.
   */
  async accept(token: string, input: { fullName?: string; password?: string; signedInUserId?: string }, client: ClientInfo): Promise<IssuedSession & { organizationId: string; userId: string }> {
    const inv = await this.findUsable(token);
    const existing = await this.prisma.user.findUnique({ where: { email: inv.email } });
    let userId: string;
    if (existing) {
      if (existing.id !== input.signedInUserId) throw AppError.conflict(`An account for ${inv.email} exists: log in as ${inv.email}, then open the invitation link again`);
      userId = existing.id;
    } else {
      if (!input.fullName || !input.password) throw AppError.invalid('full_name and password are required to create your account', !input.fullName ? '/full_name' : '/password');
      userId = newId.user();
    }
    const passwordHash = existing ? undefined : await this.passwords.hash(input.password!);
    try {
      await this.prisma.$transaction(async (tx) => {
        // Compare-and-set: a token is good for one acceptance only.
        const { count } = await tx.invitation.updateMany({ where: { id: inv.id, acceptedAt: null }, data: { acceptedAt: new Date() } });
        if (count === 0) throw new AppError('not_found', 'This invitation was already used');
        if (!existing) await tx.user.create({ data: { id: userId, email: inv.email, fullName: input.fullName!, passwordHash: passwordHash! } });
        await tx.membership.create({ data: { organizationId: inv.organizationId, userId, role: inv.role } });
        await this.audit.record({ kind: 'User', id: userId, organizationId: inv.organizationId, role: inv.role, via: 'session', ip: client.ip }, { action: 'invitation.accept', resourceKind: 'Invitation', resourceId: inv.id }, tx);
      });
    } catch (e) {
      if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002') throw AppError.conflict('You are already a member of this organization');
      throw e;
    }
    const issued = await this.sessions.issue(userId, inv.organizationId, client);
    return { ...issued, organizationId: inv.organizationId, userId };
  }

  private async findUsable(token: string): Promise<Invitation> {
    const inv = token.length >= 20 && token.length <= 200 ? await this.prisma.invitation.findUnique({ where: { tokenHash: sha256(token) } }) : null;
    if (!inv || inv.acceptedAt || inv.expiresAt.getTime() <= Date.now()) throw new AppError('not_found', 'This invitation link is not valid or has expired: ask your admin for a new one');
    return inv;
  }
}
