import { Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, SessionsService, SignUpService, type Principal } from '@tributary/accounts';
import { AppError, currentRequestId } from '@tributary/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { Auth, CurrentPrincipal, Public, type AuthedRequest } from '../auth/auth.decorators';
import { Policy } from '../auth/policy.decorator';
import { clientIp } from '../auth/credentials';
import { ApiDoc } from '../openapi/route-schemas';
import { ValidBody } from '../validation/zod-pipe';
import { Me, SessionResponder, clearSessionCookie } from './session-responder';

const email = z.string().trim().toLowerCase().max(254).email('must be a valid email address');
const password = z.string().min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`).max(PASSWORD_MAX_LENGTH);
const SignUpBody = z
  .object({ email, password, full_name: z.string().trim().min(1, 'is required').max(128), organization_name: z.string().trim().min(1, 'is required').max(64) })
  .strict();
const LoginBody = z.object({ email: z.string().trim().max(254), password: z.string().max(PASSWORD_MAX_LENGTH) }).strict();
const SwitchBody = z.object({ organization_id: z.string().uuid() }).strict();

/** The console's own endpoints: sign-up, login, logout, who-am-I. Sessions live in an httpOnly cookie. */
@Controller('/api/auth')
export class ConsoleAuthController {
  constructor(
    private readonly signUps: SignUpService,
    private readonly sessions: SessionsService,
    private readonly responder: SessionResponder,
  ) {}

  @Post('signup')
  @Public()
  @HttpCode(201)
  @ApiDoc({ tag: 'Console', summary: 'Sign up: creates an organization, its default environment and you as its admin, signed in', status: 201, response: Me, errors: [409, 429], auth: 'public' })
  async signUp(@Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply, @ValidBody(SignUpBody) body: z.infer<typeof SignUpBody>) {
    const result = await this.signUps.signUp(
      { email: body.email, password: body.password, fullName: body.full_name, organizationName: body.organization_name },
      this.client(req),
    );
    return this.responder.signIn(req, reply, result.token, result.userId, result.organizationId, result.session.csrfToken);
  }

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiDoc({ tag: 'Console', summary: 'Log in with email and password', response: Me, errors: [401, 429], auth: 'public' })
  async login(@Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply, @ValidBody(LoginBody) body: z.infer<typeof LoginBody>) {
    const { token, session } = await this.sessions.login(body.email, body.password, this.client(req));
    return this.responder.signIn(req, reply, token, session.userId, session.organizationId, session.csrfToken);
  }

  @Post('logout')
  @Policy('organization.read')
  @Auth('session')
  @HttpCode(204)
  @ApiDoc({ tag: 'Console', summary: 'Log out: the session is revoked server-side', status: 204, auth: 'session' })
  async logout(@CurrentPrincipal() p: Principal, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    if (p.sessionId) await this.sessions.logout(p.organizationId, p.sessionId);
    clearSessionCookie(req, reply);
  }

  @Get('me')
  @Policy('organization.read')
  @Auth('session')
  @ApiDoc({ tag: 'Console', summary: 'Who am I: user, organization, role and the CSRF token for writes', response: Me, auth: 'session' })
  async whoAmI(@CurrentPrincipal() p: Principal, @Req() req: AuthedRequest) {
    return this.responder.me(p.id, p.organizationId, req.csrfToken ?? '');
  }

  @Post('organization')
  @Policy('organization.read')
  @Auth('session')
  @HttpCode(200)
  @ApiDoc({ tag: 'Console', summary: 'Switch the session to another organization you belong to', response: Me, auth: 'session' })
  async switchOrganization(@CurrentPrincipal() p: Principal, @Req() req: AuthedRequest, @ValidBody(SwitchBody) body: z.infer<typeof SwitchBody>) {
    if (!p.sessionId) throw AppError.unauthorized();
    await this.sessions.switchOrganization(p.sessionId, p.id, body.organization_id);
    return this.responder.me(p.id, body.organization_id, req.csrfToken ?? '');
  }

  private client(req: FastifyRequest) {
    const requestId = currentRequestId();
    return { ip: clientIp(req), userAgent: String(req.headers['user-agent'] ?? ''), ...(requestId ? { requestId } : {}) };
  }
}
