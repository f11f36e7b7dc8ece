import { Inject, Injectable } from '@nestjs/common';
import { PrismaService, TenantRepositories, type Role, type Session } from '@tributary/db';
import { AppError, RateLimiter, newId, sha256, PLATFORM_CONFIG, type PlatformConfig } from '@tributary/platform';
import { AuditLog } from '../audit/audit-log.service';
import type { Principal } from '../auth/principal';
import { ACCOUNTS_CONFIG, type AccountsConfig } from '../accounts.config';
import { LoginFailures } from './login-failures';
import { PasswordHasher } from './password-hasher';

export interface ClientInfo {
  ip: string;
  userAgent: string;
  requestId?: string;
}

export interface IssuedSession {
  /** The cookie value; only its hash is stored. */
  token: string;
  session: Session;
}

export interface ResolvedSession {
  session: Session;
  principal: Principal;
}

@Injectable()
export class SessionsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly repos: TenantRepositories,
    private readonly passwords: PasswordHasher,
    private readonly rateLimiter: RateLimiter,
    private readonly failures: LoginFailures,
    private readonly audit: AuditLog,
    @Inject(ACCOUNTS_CONFIG) private readonly config: AccountsConfig,
    @Inject(PLATFORM_CONFIG) _platform: PlatformConfig,
  ) {}

  async login(email: string, password: string, client: ClientInfo): Promise<IssuedSession> {
    const normalized = email.trim().toLowerCase();
    await this.rateLimiter.hit(this.config.loginPerIp, client.ip);
    await this.failures.assertNotLockedOut(normalized, client.ip);
    // Users are not tenant rows; their memberships, across organizations, come through the system door.
    const user = await this.prisma.user.findUnique({ where: { email: normalized } });
    const ok = await this.passwords.verify(user?.passwordHash, password);
    // One message for an unknown email, a wrong password and a user with no organization left.
    const incorrect = () => AppError.unauthorized('Email or password is incorrect');
    if (!user || !ok) {
      await this.failures.recordWrongPassword(normalized, client.ip);
      throw incorrect();
    }
    const membership = (await this.repos.system.membershipsOfUser(user.id))[0];
    if (!membership) throw incorrect();
    await this.failures.clear(normalized, client.ip);
    const issued = await this.issue(user.id, membership.organizationId, client);
    await this.audit.record(this.principalFor(issued.session, membership.role, client), { action: 'session.login', resourceKind: 'User', resourceId: user.id });
    return issued;
  }

  async issue(userId: string, organizationId: string, client: ClientInfo): Promise<IssuedSession> {
    const token = newId.token();
    const session = await this.repos.for(organizationId).sessions.create({
      id: newId.session(),
      tokenHash: sha256(token),
      userId,
      csrfToken: newId.token(),
      ip: client.ip.slice(0, 64),
      userAgent: client.userAgent.slice(0, 512),
      expiresAt: new Date(Date.now() + this.config.sessionTtlSeconds * 1000),
    });
    return { token, session };
  }

  /** Resolves a cookie value to a live session and the caller's role in its organization. */
  async resolve(token: string): Promise<ResolvedSession | null> {
    if (token.length < 20 || token.length > 200) return null;
    // A cookie names its organization only once its session is read: the system door.
    const session = await this.repos.system.sessionByTokenHash(sha256(token));
    if (!session || session.revokedAt || session.expiresAt.getTime() <= Date.now()) return null;
    const membership = await this.repos.for(session.organizationId).memberships.findFirst({ userId: session.userId });
    if (!membership) return null;
    return { session, principal: this.principalFor(session, membership.role) };
  }

  async logout(organizationId: string, sessionId: string): Promise<void> {
    await this.repos.for(organizationId).sessions.updateWhere({ id: sessionId, revokedAt: null }, { revokedAt: new Date() });
  }

  /** Sessions expired or revoked more than a day ago are of no further use (housekeeping, every organization). */
  purgeExpired(): Promise<number> {
    return this.repos.system.purgeSessions(new Date(Date.now() - 86_400_000));
  }

  /** Moves a session to another organization the user belongs to (the console's switcher). */
  async switchOrganization(sessionId: string, userId: string, organizationId: string): Promise<void> {
    if (!(await this.repos.system.moveSession(sessionId, userId, organizationId))) throw AppError.notFound('Organization', organizationId);
  }

  private principalFor(session: Session, role: Role, client?: ClientInfo): Principal {
    const p: Principal = { kind: 'User', id: session.userId, organizationId: session.organizationId, role, via: 'session', sessionId: session.id };
    if (client) {
      p.ip = client.ip;
      if (client.requestId) p.requestId = client.requestId;
    }
    return p;
  }
}
