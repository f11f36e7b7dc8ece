import { Inject, Injectable } from '@nestjs/common';
import { Prisma, PrismaService } from '@tributary/db';
import { AppError, RateLimiter, newId } from '@tributary/platform';
import { ACCOUNTS_CONFIG, type AccountsConfig } from '../accounts.config';
import { AuditLog } from '../audit/audit-log.service';
import { PasswordHasher } from '../sessions/password-hasher';
import { SessionsService, type ClientInfo, type IssuedSession } from '../sessions/sessions.service';

export interface SignUpInput {
  email: string;
  password: string;
  fullName: string;
  organizationName: string;
}

/** Lets billing give a new organization its promotional credit, without accounts knowing billing. */
export interface OrganizationCreatedListener {
  onOrganizationCreated(organizationId: string, tx: Prisma.TransactionClient): Promise<void>;
}
export const ORGANIZATION_CREATED_LISTENERS = Symbol('ORGANIZATION_CREATED_LISTENERS');

@Injectable()
export class SignUpService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly rateLimiter: RateLimiter,
    private readonly audit: AuditLog,
    @Inject(ACCOUNTS_CONFIG) private readonly config: AccountsConfig,
    @Inject(ORGANIZATION_CREATED_LISTENERS) private readonly listeners: OrganizationCreatedListener[],
  ) {}

  /** Organization + `default` environment + the user as its OrganizationAdmin, signed in. */
  async signUp(input: SignUpInput, client: ClientInfo): Promise<IssuedSession & { organizationId: string; userId: string; environmentId: string }> {
    await this.rateLimiter.hit(this.config.signUpPerIp, client.ip);
    const email = input.email.trim().toLowerCase();
    const passwordHash = await this.passwords.hash(input.password);
    const ids = { organizationId: newId.organization(), userId: newId.user(), environmentId: newId.environment() };
    try {
      await this.prisma.$transaction(async (tx) => {
        await tx.organization.create({ data: { id: ids.organizationId, displayName: input.organizationName } });
        await tx.user.create({ data: { id: ids.userId, email, fullName: input.fullName, passwordHash } });
        await tx.membership.create({ data: { organizationId: ids.organizationId, userId: ids.userId, role: 'OrganizationAdmin' } });
        await tx.environment.create({ data: { id: ids.environmentId, organizationId: ids.organizationId, displayName: 'default' } });
        for (const l of this.listeners) await l.onOrganizationCreated(ids.organizationId, tx);
        const actor = { kind: 'User' as const, id: ids.userId, organizationId: ids.organizationId, role: 'OrganizationAdmin' as const, via: 'session' as const, ip: client.ip, ...(client.requestId ? { requestId: client.requestId } : {}) };
        await this.audit.record(actor, { action: 'organization.create', resourceKind: 'Organization', resourceId: ids.organizationId, details: { display_name: input.organizationName } }, tx);
        await this.audit.record(actor, { action: 'environment.create', resourceKind: 'Environment', resourceId: ids.environmentId, details: { display_name: 'default' } }, tx);
      });
    } catch (e) {
      if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002') {
        throw new AppError('conflict', [{ detail: 'An account with this email already exists: log in instead', pointer: '/email' }]);
      }
      throw e;
    }
    const issued = await this.sessions.issue(ids.userId, ids.organizationId, client);
    return { ...issued, ...ids };
  }
}
