import { Inject, Injectable } from '@nestjs/common';
import { PrismaService, TenantRepositories, readUniqueViolation, uniqueViolationToConflict, type Invitation, type Role } from '@tributary/db';
import { AppError, newId, sha256 } from '@tributary/platform';
import { ACCOUNTS_CONFIG, type AccountsConfig } from '../accounts.config';
import { AuditLog } from '../audit/audit-log.service';
import { assertCanGrant, assertIsOrgAdmin, isOrgAdmin, type Principal } from '../auth/principal';
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
    private readonly repos: TenantRepositories,
    private readonly audit: AuditLog,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionsService,
    @Inject(ACCOUNTS_CONFIG) private readonly config: AccountsConfig,
  ) {}

  async create(p: Principal, input: { email: string; role: Role }): Promise<IssuedInvitation> {
    assertIsOrgAdmin(p, 'invite people');
    assertCanGrant(p, input.role);
    const email = input.email.trim().toLowerCase();
    const scope = this.repos.for(p.organizationId);
    if (await scope.members.findByEmail(email)) throw new AppError('conflict', [{ detail: `${email} is already a member of this organization`, pointer: '/email' }]);
    const token = newId.token();
    const invitation = await scope.transaction(async (tx) => {
      const inv = await tx.invitations.create({
        id: newId.invitation(), email, role: input.role, tokenHash: sha256(token), invitedBy: p.id, expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
      });
      await this.audit.record(p, { action: 'invitation.create', resourceKind: 'Invitation', resourceId: inv.id, details: { email, role: input.role } }, tx);
      return inv;
    });
    return { invitation, token, acceptUrl: `${this.config.consoleUrl}/invite/${token}` };
  }

  /** Who was invited, and as what, is the admins' business: a Viewer sees none. */
  async listPending(p: Principal): Promise<Invitation[]> {
    assertIsOrgAdmin(p, 'see pending invitations');
    return this.repos.for(p.organizationId).invitations.findMany({ acceptedAt: null, expiresAt: { gt: new Date() } }, { orderBy: { createdAt: 'asc' } });
  }

  async revoke(p: Principal, id: string): Promise<void> {
    assertIsOrgAdmin(p);
    await this.repos.for(p.organizationId).transaction(async (tx) => {
      // Only a pending one: an accepted invitation is history.
      if ((await tx.invitations.deleteWhere({ id, acceptedAt: null })) === 0) throw AppError.notFound('Invitation', id);
      await this.audit.record(p, { action: 'invitation.delete', resourceKind: 'Invitation', resourceId: id }, tx);
    });
  }

  /** What the accept page shows before the person commits. */
  async preview(token: string): Promise<{ email: string; organizationName: string; role: Role; hasAccount: boolean }> {
    const inv = await this.findUsable(token);
    const [org, user] = await Promise.all([
      this.repos.for(inv.organizationId).db.organization.findUniqueOrThrow({ where: { id: inv.organizationId } }),
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
      await this.repos.for(inv.organizationId).transaction(async (tx) => {
        // Compare-and-set: a token is good for one acceptance only.
        if ((await tx.invitations.updateWhere({ id: inv.id, acceptedAt: null }, { acceptedAt: new Date() })) === 0) throw new AppError('not_found', 'This invitation was already used');
        if (!existing) await tx.db.user.create({ data: { id: userId, email: inv.email, fullName: input.fullName!, passwordHash: passwordHash! } });
        await tx.memberships.create({ userId, role: inv.role });
        await this.audit.record({ kind: 'User', id: userId, organizationId: inv.organizationId, role: inv.role, via: 'session', ip: client.ip }, { action: 'invitation.accept', resourceKind: 'Invitation', resourceId: inv.id }, tx);
      });
    } catch (e) {
      const violation = readUniqueViolation(e);
      if (violation?.table === 'memberships') throw AppError.conflict('You are already a member of this organization');
      if (violation?.columns.includes('email')) throw AppError.conflict(`An account for ${inv.email} was just created: log in as ${inv.email}, then open the invitation link again`);
      throw uniqueViolationToConflict(e, 'Account');
    }
    const issued = await this.sessions.issue(userId, inv.organizationId, client);
    return { ...issued, organizationId: inv.organizationId, userId };
  }

  private async findUsable(token: string): Promise<Invitation> {
    // The link names its organization only through the token: the system door.
    const inv = token.length >= 20 && token.length <= 200 ? await this.repos.system.invitationByTokenHash(sha256(token)) : null;
    const invalid = () => new AppError('not_found', 'This invitation link is not valid or has expired: ask your admin for a new one');
    if (!inv || inv.acceptedAt || inv.expiresAt.getTime() <= Date.now()) throw invalid();
    // An invitation grants what its inviter could grant when it is used: one sent by an admin who has
    // since been demoted or removed no longer works.
    if (!(await this.inviterMayStillGrant(inv))) throw invalid();
    return inv;
  }

  private async inviterMayStillGrant(inv: Invitation): Promise<boolean> {
    const scope = this.repos.for(inv.organizationId);
    const inviter = (await scope.memberships.findFirst({ userId: inv.invitedBy })) ?? (await scope.serviceAccounts.find(inv.invitedBy));
    return !!inviter && isOrgAdmin(inviter);
  }
}
