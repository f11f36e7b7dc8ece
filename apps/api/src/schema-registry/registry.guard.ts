import { createParamDecorator, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { RegistryAuthenticator, SchemaRegistriesService, type RegistryCaller } from '@tributary/schema-registry';
import type { FastifyRequest } from 'fastify';
import type { AuthedRequest } from '../auth/auth.decorators';
import { sessionCaller } from './registry-session';
import { REGISTRY_PATH } from './registry-wire';

type RegistryRequest = AuthedRequest & FastifyRequest & { registryCaller?: RegistryCaller; params: { registryId?: string } };

const READS = new Set(['GET', 'HEAD']);
/** POSTs that change nothing: a compatibility check and "is this schema registered?" (Confluent's RBAC counts both as reads). */
const READ_POSTS = [new RegExp(`^${REGISTRY_PATH}/[^/]+/compatibility/`), new RegExp(`^${REGISTRY_PATH}/[^/]+/subjects/[^/]+$`)];

function isWrite(req: FastifyRequest): boolean {
  if (READS.has(req.method)) return false;
  const path = req.url.split('?', 1)[0] ?? '';
  return !(req.method === 'POST' && READ_POSTS.some((re) => re.test(path)));
}

/**
 * Who may use a registry, checked before any route runs: the registry's own keys (resource
 * SchemaRegistry, that registry), as Confluent's clients send them; or, with no Authorization
 * header, a console session of the registry's organization (verified, CSRF included, by AuthGuard).
 */
@Injectable()
export class RegistryGuard implements CanActivate {
  constructor(
    private readonly auth: RegistryAuthenticator,
    private readonly registries: SchemaRegistriesService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const req = ctx.switchToHttp().getRequest<RegistryRequest>();
    const registryId = req.params.registryId ?? '';
    const write = isWrite(req);
    // In `kafka` mode AuthGuard sets a principal only for a session (HTTP Basic is left to us).
    if (!req.headers.authorization && req.principal?.via === 'session') {
      req.registryCaller = await sessionCaller(this.registries, req.principal, registryId, write ? 'write' : 'read');
      return true;
    }
    const caller = await this.auth.authenticate(registryId, req.headers.authorization);
    if (write) this.auth.assertCanWrite(caller);
    req.registryCaller = caller;
    return true;
  }
}

/** The registry the authenticated key (or session) is for. */
export const Registry = createParamDecorator((_: unknown, ctx: ExecutionContext) => ctx.switchToHttp().getRequest<RegistryRequest>().registryCaller!.registry);
