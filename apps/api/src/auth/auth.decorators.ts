import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Principal } from '@tributary/accounts';
import { AppError } from '@tributary/platform';
import type { FastifyRequest } from 'fastify';

export const AUTH_MODE = 'tributary:auth-mode';
/** `public`: no credentials; `cloud` (default): Cloud API key or session; `session`: console only; `kafka`: the topics API's own rules. */
export type AuthMode = 'public' | 'cloud' | 'session' | 'kafka';
export const Auth = (mode: AuthMode) => SetMetadata(AUTH_MODE, mode);
export const Public = () => Auth('public');

export type AuthedRequest = FastifyRequest & { principal?: Principal; csrfToken?: string };

/** The authenticated caller; the guard has already refused requests without one. */
export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  const req = ctx.switchToHttp().getRequest<AuthedRequest>();
  if (!req.principal) throw AppError.unauthorized();
  return req.principal;
});
