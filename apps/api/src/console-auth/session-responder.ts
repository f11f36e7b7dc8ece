import { Inject, Injectable } from '@nestjs/common';
import { ACCOUNTS_CONFIG, type AccountsConfig } from '@tributary/accounts';
import { PrismaService, TenantRepositories } from '@tributary/db';
import { AppError } from '@tributary/platform';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { sessionCookieName } from '../auth/credentials';

export const Me = z.object({
  user: z.object({ id: z.string(), email: z.string(), full_name: z.string() }),
  organization: z.object({ id: z.string(), display_name: z.string() }),
  role: z.string(),
  organizations: z.array(z.object({ id: z.string(), display_name: z.string(), role: z.string() })),
  csrf_token: z.string(),
});

/**
 * The console is served over HTTPS when its public address (TRIBUTARY_CONSOLE_URL) says so: the API
 * behind the console's proxy cannot see the browser's scheme itself, and a header would be one more
 * thing to trust. Then the session cookie is `__Host-tributary_session`, Secure; over plain http
 * (npm start) it stays `tributary_session`.
 */
export function useSecureSessionCookie(fastify: FastifyInstance, accounts: Pick<AccountsConfig, 'consoleUrl'>): void {
  fastify.decorateRequest('secureSessionCookie', accounts.consoleUrl.startsWith('https:'));
}

function isSecureSession(req: FastifyRequest): boolean {
  return (req as FastifyRequest & { secureSessionCookie?: boolean }).secureSessionCookie === true || req.protocol === 'https';
}

/** Ends the browser's session cookie (its attributes must match for a __Host- cookie to be replaced). */
export function clearSessionCookie(req: FastifyRequest, reply: FastifyReply): void {
  void reply.clearCookie(sessionCookieName(req), { path: '/', httpOnly: true, sameSite: 'lax', secure: isSecureSession(req) });
}

/** The session cookie and the who-am-I answer, shared by sign-up, login and invitation acceptance. */
@Injectable()
export class SessionResponder {
  constructor(
    private readonly prisma: PrismaService,
    private readonly repos: TenantRepositories,
    @Inject(ACCOUNTS_CONFIG) private readonly config: AccountsConfig,
  ) {}

  async signIn(req: FastifyRequest, reply: FastifyReply, token: string, userId: string, organizationId: string, csrfToken: string) {
    void reply.setCookie(sessionCookieName(req), token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: isSecureSession(req),
      path: '/',
      maxAge: this.config.sessionTtlSeconds,
    });
    return this.me(userId, organizationId, csrfToken);
  }

  async me(userId: string, organizationId: string, csrfToken: string): Promise<z.infer<typeof Me>> {
    // Every organization the person belongs to, for the switcher: their own memberships, across tenants.
    const [user, memberships] = await Promise.all([this.prisma.user.findUniqueOrThrow({ where: { id: userId } }), this.repos.system.membershipsOfUser(userId)]);
    const current = memberships.find((m) => m.organizationId === organizationId);
    if (!current) throw AppError.unauthorized();
    return {
      user: { id: user.id, email: user.email, full_name: user.fullName },
      organization: { id: current.organization.id, display_name: current.organization.displayName },
      role: current.role,
      organizations: memberships.map((m) => ({ id: m.organization.id, display_name: m.organization.displayName, role: m.role })),
      csrf_token: csrfToken,
    };
  }
}
