import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { authorize, principalName, type Action } from '@tributary/access';
import { ApiKeysService, bindingsOf, RoleBindingsService, SessionsService, principalOfApiKey, type Principal } from '@tributary/accounts';
import { AppError, constantTimeEqual, currentRequestId } from '@tributary/platform';
import { RegistryError } from '@tributary/schema-registry';
import { AUTH_MODE, type AuthMode, type AuthedRequest } from './auth.decorators';
import { basicCredentials, clientIp, CSRF_HEADER, sessionToken } from './credentials';
import { POLICY_ACTION } from './policy.decorator';
import { ResourceOfRequest } from './resource-of-request';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves the caller once per request: HTTP Basic with an API key, or the console's session
 * cookie. Cookie-authenticated writes must echo the session's CSRF token in a header (a
 * cross-site form cannot read it), which is what makes the cookie safe to accept for writes.
 * Then authorizes the route's policy action (`@Policy`) on the resource the request names, with
 * the caller's bindings as they are now: the one place the API decides who may do what.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly apiKeys: ApiKeysService,
    private readonly sessions: SessionsService,
    private readonly bindings: RoleBindingsService,
    private readonly resources: ResourceOfRequest,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const targets = [ctx.getHandler(), ctx.getClass()];
    const mode = this.reflector.getAllAndOverride<AuthMode | undefined>(AUTH_MODE, targets) ?? 'cloud';
    const req = ctx.switchToHttp().getRequest<AuthedRequest>();
    const principal = await this.authenticate(req, mode);
    if (principal) req.principal = principal;
    if (mode === 'public') return true;
    const action = this.reflector.getAllAndOverride<Action | undefined>(POLICY_ACTION, targets);
    if (mode === 'kafka') {
      // The data plane's own callers (a cluster key) are resolved by the route; authorize them here too.
      const caller = principal ?? (await this.dataPlaneKey(req));
      if (caller && action) await this.authorize(req, caller, action, { kafkaErrorCode: 40301 });
      return true;
    }
    if (!principal) throw AppError.unauthorized();
    if (action) await this.authorize(req, principal, action);
    return true;
  }

  private async authorize(req: AuthedRequest, p: Principal, action: Action, opts: { kafkaErrorCode?: number } = {}): Promise<void> {
    const resource = await this.resources.resolve(action, req, p.organizationId);
    if (!resource) return;
    if ('elsewhere' in resource) {
      throw new AppError('not_found', `${resource.elsewhere} '${resource.id}' was not found`, opts.kafkaErrorCode ? { kafkaErrorCode: 40403 } : {});
    }
    const decision = authorize(bindingsOf(p), action, resource);
    if (!decision.allowed) {
      // Each API refuses in its own error shape: the schema registry's, Kafka REST's, or the envelope.
      if ((req.params as Record<string, unknown> | undefined)?.registryId !== undefined) throw RegistryError.forbidden(decision.reason);
      throw new AppError('forbidden', decision.reason, opts.kafkaErrorCode ? { kafkaErrorCode: opts.kafkaErrorCode } : {});
    }
    p.authorizedAction = action;
  }

  /** A Cloud or cluster key on a kafka/v3 route (schema-registry keys are their guard's). Invalid ones: the route answers 401. */
  private async dataPlaneKey(req: AuthedRequest): Promise<Principal | undefined> {
    const basic = basicCredentials(req);
    if (!basic || basic === 'malformed') return undefined;
    const verified = await this.apiKeys.verify(basic.id, basic.secret);
    if (!verified) return undefined;
    const clusterId = (req.params as Record<string, unknown> | undefined)?.cluster_id;
    const usable = verified.key.resourceKind === 'Cloud' || (verified.key.resourceKind === 'Cluster' && verified.key.resourceId === clusterId);
    return usable ? principalOfApiKey(verified) : undefined;
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
      // The owner's role and bindings as of this call: a demoted owner's keys are demoted with them.
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
    const p = resolved.principal;
    const roleBindings = await this.bindings.explicitBindings(p.organizationId, principalName(p.id));
    return { ...p, roleBindings, ip, ...(requestId ? { requestId } : {}) };
  }
}
