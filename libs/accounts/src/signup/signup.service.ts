import { Inject, Injectable } from '@nestjs/common';
import { Prisma, TenantRepositories, readUniqueViolation, uniqueViolationToConflict } from '@tributary/db';
import { AppError, RateLimiter, newId } from '@tributary/platform';
import { ACCOUNTS_CONFIG, type AccountsConfig } from '../accounts.config';
import { AuditLog } from '../audit/audit-log.service';
import { PasswordHasher } from '../sessions/password-hasher';
import { SessionsService, type ClientInfo, type IssuedSession } from '../sessions/sessions.service';
import { ENVIRONMENT_CREATED_LISTENERS, type EnvironmentCreatedListener } from '../environments/environments.service';

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
    private readonly repos: TenantRepositories,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly rateLimiter: RateLimiter,
    private readonly audit: AuditLog,
    @Inject(ACCOUNTS_CONFIG) private readonly config: AccountsConfig,
    @Inject(ORGANIZATION_CREATED_LISTENERS) private readonly listeners: OrganizationCreatedListener[],
    @Inject(ENVIRONMENT_CREATED_LISTENERS) private readonly environmentListeners: EnvironmentCreatedListener[],
  ) {}

  /** Organization + `default` environment + the user as its OrganizationAdmin, signed in. */
  async signUp(input: SignUpInput, client: ClientInfo): Promise<IssuedSession & { organizationId: string; userId: string; environmentId: string }> {
    await this.rateLimiter.hit(this.config.signUpPerIp, client.ip);
    const email = input.email.trim().toLowerCase();
    const passwordHash = await this.passwords.hash(input.password);
    const ids = { organizationId: newId.organization(), userId: newId.user(), environmentId: newId.environment() };
    try {
      // The new organization's own scope: everything below is written as (and only as) its data.
      await this.repos.for(ids.organizationId).transaction(async (tx) => {
        await tx.db.organization.create({ data: { id: ids.organizationId, displayName: input.organizationName } });
        await tx.db.user.create({ data: { id: ids.userId, email, fullName: input.fullName, passwordHash } });
        await tx.memberships.create({ userId: ids.userId, role: 'OrganizationAdmin' });
        const env = await tx.environments.create({ id: ids.environmentId, displayName: 'default' });
        for (const l of this.environmentListeners) await l.onEnvironmentCreated(env, tx.db);
        for (const l of this.listeners) await l.onOrganizationCreated(ids.organizationId, tx.db);
        const actor = { kind: 'User' as const, id: ids.userId, organizationId: ids.organizationId, role: 'OrganizationAdmin' as const, via: 'session' as const, ip: client.ip, ...(client.requestId ? { requestId: client.requestId } : {}) };
        await this.audit.record(actor, { action: 'organization.create', resourceKind: 'Organization', resourceId: ids.organizationId, details: { display_name: input.organizationName } }, tx);
        await this.audit.record(actor, { action: 'environment.create', resourceKind: 'Environment', resourceId: ids.environmentId, details: { display_name: 'default' } }, tx);
      });
    } catch (e) {
      // Only the email is the caller's business; an id collision is ours, and a retry succeeds.
      if (readUniqueViolation(e)?.columns.includes('email')) {
        throw new AppError('conflict', [{ detail: 'An account with this email already exists: log in instead', pointer: '/email' }]);
      }
      throw uniqueViolationToConflict(e, 'Account');
    }
    const issued = await this.sessions.issue(ids.userId, ids.organizationId, client);
    return { ...issued, ...ids };
  }
}
