import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiKeysService, SessionsService, principalOfApiKey, type Principal } from '@tributary/accounts';
import { AppError, constantTimeEqual, currentRequestId } from '@tributary/platform';
import { AUTH_MODE, type AuthMode, type AuthedRequest } from './auth.decorators';
import { basicCredentials, clientIp, CSRF_HEADER, sessionToken } from './credentials';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves the caller once per request: HTTP Basic with an API key, or the console's session
 * cookie. Cookie-authenticated writes must echo the session's CSRF token in a header (a
 * cross-site form cannot read it), which is what makes the cookie safe to accept for writes.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly apiKeys: ApiKeysService,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const mode = this.reflector.getAllAndOverride<AuthMode | undefined>(AUTH_MODE, [ctx.getHandler(), ctx.getClass()]) ?? 'cloud';
    const req = ctx.switchToHttp().getRequest<AuthedRequest>();
    const principal = await this.authenticate(req, mode);
    if (principal) req.principal = principal;
    if (mode === 'public' || mode === 'kafka') return true;
    if (!principal) throw AppError.unauthorized();
    return true;
  }

  private async authenticate(req: AuthedRequest, mode: AuthMode): Promise<Principal | undefined> {
    const ip = clientIp(req);
    const requestId = currentRequestId();
    const basic = basicCredentials(req);
    if (basic === 'malformed') throw AppError.unauthorized('The Authorization header must be HTTP Basic with an API key and secret');
    if (basic) {
      // The topics API checks cluster keys itself; here only Cloud keys manage the organization.
      if (mode === 'kafka') return undefined;
      if (mode === 'session') throw AppError.unauthorized('This endpoint is for the console: sign in instead of using an API key');
      const verified = await this.apiKeys.verify(basic.id, basic.secret);
      if (!verified || verified.key.resourceKind !== 'Cloud') {
        if (verified) throw AppError.unauthorized('This is a cluster API key: the management API takes a Cloud API key');
        if (mode === 'public') return undefined;
        throw AppError.unauthorized('The API key or secret is not valid');
      }
      // The owner's role as of this call: a demoted owner's keys are demoted with them.
      return principalOfApiKey(verified, { ip, ...(requestId ? { requestId } : {}) });
    }
    const token = sessionToken(req);
    if (!token) return undefined;
    const resolved = await this.sessions.resolve(token);
    if (!resolved) {
      if (mode === 'public') return undefined;
      throw AppError.unauthorized('Your session has expired: sign in again');
    }
    if (!SAFE_METHODS.has(req.method) && mode !== 'public') {
      const sent = req.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !constantTimeEqual(sent, resolved.session.csrfToken)) {
        throw AppError.forbidden(`Missing or wrong ${CSRF_HEADER} header: the console sends the token it got at sign-in`);
      }
    }
    req.csrfToken = resolved.session.csrfToken;
    return { ...resolved.principal, ip, ...(requestId ? { requestId } : {}) };
  }
}
