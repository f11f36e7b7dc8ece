import { Inject, Injectable } from '@nestjs/common';
import { ACCOUNTS_CONFIG, type AccountsConfig } from '@tributary/accounts';
import { PrismaService, TenantRepositories } from '@tributary/db';
import { AppError } from '@tributary/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { SESSION_COOKIE } from '../auth/credentials';

export const Me = z.object({
  user: z.object({ id: z.string(), email: z.string(), full_name: z.string() }),
  organization: z.object({ id: z.string(), display_name: z.string() }),
  role: z.string(),
  organizations: z.array(z.object({ id: z.string(), display_name: z.string(), role: z.string() })),
  csrf_token: z.string(),
});

/** The session cookie and the who-am-I answer, shared by sign-up, login and invitation acceptance. */
@Injectable()
export class SessionResponder {
  constructor(
    private readonly prisma: PrismaService,
    private readonly repos: TenantRepositories,
    @Inject(ACCOUNTS_CONFIG) private readonly config: AccountsConfig,
  ) {}

  async signIn(req: FastifyRequest, reply: FastifyReply, token: string, userId: string, organizationId: string, csrfToken: string) {
    void reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: req.protocol === 'https',
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
