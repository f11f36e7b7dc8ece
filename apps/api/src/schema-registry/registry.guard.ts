import { createParamDecorator, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { RegistryAuthenticator, type RegistryCaller } from '@tributary/schema-registry';
import type { FastifyRequest } from 'fastify';

type RegistryRequest = FastifyRequest & { registryCaller?: RegistryCaller; params: { registryId?: string } };

const READS = new Set(['GET', 'HEAD']);

/** The registry's keys (resource SchemaRegistry, that registry), checked before any route runs. */
@Injectable()
export class RegistryGuard implements CanActivate {
  constructor(private readonly auth: RegistryAuthenticator) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const req = ctx.switchToHttp().getRequest<RegistryRequest>();
    const caller = await this.auth.authenticate(req.params.registryId ?? '', req.headers.authorization);
    if (!READS.has(req.method)) this.auth.assertCanWrite(caller);
    req.registryCaller = caller;
    return true;
  }
}

/** The registry the authenticated key is for. */
export const Registry = createParamDecorator((_: unknown, ctx: ExecutionContext) => ctx.switchToHttp().getRequest<RegistryRequest>().registryCaller!.registry);
