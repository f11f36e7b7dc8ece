import { Controller, Delete, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { InvitationsService, SessionsService, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, type Principal } from '@tributary/accounts';
import type { Invitation } from '@tributary/db';
import { AppError, currentRequestId } from '@tributary/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { CurrentPrincipal, Public } from '../auth/auth.decorators';
import { Policy } from '../auth/policy.decorator';
import { clientIp, sessionToken } from '../auth/credentials';
import { ApiDoc } from '../openapi/route-schemas';
import { ValidBody } from '../validation/zod-pipe';
import { Me, SessionResponder } from './session-responder';

const ROLES = ['OrganizationAdmin', 'EnvironmentAdmin', 'Operator', 'Viewer'] as const;
const InviteBody = z.object({ email: z.string().trim().toLowerCase().max(254).email('must be a valid email address'), role: z.enum(ROLES).default('Operator') }).strict();
const AcceptBody = z
  .object({
    token: z.string().min(20).max(200),
    full_name: z.string().trim().min(1).max(128).optional(),
    password: z.string().min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`).max(PASSWORD_MAX_LENGTH).optional(),
  })
  .strict();
const PreviewBody = z.object({ token: z.string().min(1).max(200) }).strict();
const PreviewSchema = z.object({ email: z.string(), organization_name: z.string(), role: z.string(), has_account: z.boolean() });
const InvitationSchema = z.object({ id: z.string(), email: z.string(), role: z.enum(ROLES), expires_at: z.string(), created_at: z.string(), accept_url: z.string().optional() });

function json(inv: Invitation, acceptUrl?: string) {
  return { id: inv.id, email: inv.email, role: inv.role, expires_at: inv.expiresAt.toISOString(), created_at: inv.createdAt.toISOString(), ...(acceptUrl ? { accept_url: acceptUrl } : {}) };
}

@Controller('/api')
export class InvitationsController {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly sessions: SessionsService,
    private readonly responder: SessionResponder,
  ) {}

  @Post('invitations')
  @Policy('invitation.manage')
  @HttpCode(201)
  @ApiDoc({ tag: 'Team', summary: 'Invite someone by email (admins); the response carries the accept link', status: 201, response: InvitationSchema, errors: [409] })
  async create(@CurrentPrincipal() p: Principal, @ValidBody(InviteBody) body: z.infer<typeof InviteBody>) {
    const { invitation, acceptUrl } = await this.invitations.create(p, body);
    return json(invitation, acceptUrl);
  }

  @Get('invitations')
  @Policy('invitation.read')
  @ApiDoc({ tag: 'Team', summary: 'Pending invitations', response: z.object({ data: z.array(InvitationSchema) }) })
  async list(@CurrentPrincipal() p: Principal) {
    return { data: (await this.invitations.listPending(p)).map((i) => json(i)) };
  }

  @Delete('invitations/:id')
  @Policy('invitation.manage')
  @HttpCode(204)
  @ApiDoc({ tag: 'Team', summary: 'Withdraw an invitation', status: 204 })
  async revoke(@CurrentPrincipal() p: Principal, @Param('id') id: string) {
    if (!/^i-[a-z0-9]{1,32}$/.test(id)) throw AppError.notFound('Invitation', id);
    await this.invitations.revoke(p, id);
  }

  @Post('invitations/preview')
  @Public()
  @HttpCode(200)
  @ApiDoc({ tag: 'Team', summary: 'What an invitation is for (organization, email, role); the token goes in the body, never in a URL', auth: 'public', response: PreviewSchema })
  async previewByBody(@ValidBody(PreviewBody) body: z.infer<typeof PreviewBody>) {
    return this.preview(body.token);
  }

  /** The console's accept page still asks this way; prefer POST /api/invitations/preview. */
  @Get('invitations/preview/:token')
  @Public()
  @ApiDoc({ tag: 'Team', summary: 'What an invitation is for (deprecated: the token is in the URL; POST /api/invitations/preview instead)', auth: 'public', response: PreviewSchema })
  async previewByPath(@Req() req: FastifyRequest, @Param('token') token: string) {
    // The request log (written once the response is sent) records the URL: a token in it is a
    // working invitation in the logs. Take it out of the URL before anything can record it.
    req.raw.url = '/api/invitations/preview/[redacted]';
    return this.preview(token);
  }

  private async preview(token: string) {
    const p = await this.invitations.preview(token);
    return { email: p.email, organization_name: p.organizationName, role: p.role, has_account: p.hasAccount };
  }

  @Post('auth/accept-invitation')
  @Public()
  @HttpCode(200)
  @ApiDoc({ tag: 'Team', summary: 'Accept an invitation: creates your account (or adds your signed-in one) and signs you in', auth: 'public', response: Me, errors: [404, 409] })
  async accept(@Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply, @ValidBody(AcceptBody) body: z.infer<typeof AcceptBody>) {
    const token = sessionToken(req);
    const current = token ? await this.sessions.resolve(token) : null;
    const requestId = currentRequestId();
    const result = await this.invitations.accept(
      body.token,
      { ...(body.full_name ? { fullName: body.full_name } : {}), ...(body.password ? { password: body.password } : {}), ...(current ? { signedInUserId: current.session.userId } : {}) },
      { ip: clientIp(req), userAgent: String(req.headers['user-agent'] ?? ''), ...(requestId ? { requestId } : {}) },
    );
    return this.responder.signIn(req, reply, result.token, result.userId, result.organizationId, result.session.csrfToken);
  }
}
