import { Controller, Get, Inject, Res } from '@nestjs/common';
import { PrismaService } from '@tributary/db';
import { REDIS } from '@tributary/platform';
import type { FastifyReply } from 'fastify';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { Public } from '../auth/auth.decorators';
import { ApiDoc } from '../openapi/route-schemas';

const Health = z.object({ status: z.enum(['ok', 'unavailable']), checks: z.record(z.string(), z.string()).optional() });

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms).unref())]);
}

@Controller()
@Public()
export class HealthController {
  constructor(
    private readonly prisma: PrismaService,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  @Get('healthz')
  @ApiDoc({ tag: 'Health', summary: 'The process is alive', response: Health, auth: 'public' })
  healthz() {
    return { status: 'ok' };
  }

  @Get('readyz')
  @ApiDoc({ tag: 'Health', summary: 'Postgres and Redis are reachable (503 otherwise)', response: Health, errors: [503], auth: 'public' })
  async readyz(@Res({ passthrough: true }) reply: FastifyReply) {
    const check = async (name: string, probe: () => Promise<unknown>): Promise<[string, string]> => {
      try {
        await withTimeout(probe(), 2000);
        return [name, 'ok'];
      } catch (e) {
        return [name, `unavailable: ${(e as Error).message}`];
      }
    };
    const checks = Object.fromEntries(
      await Promise.all([check('postgres', () => this.prisma.$queryRaw`select 1`), check('redis', () => this.redis.ping())]),
    );
    const ok = Object.values(checks).every((v) => v === 'ok');
    void reply.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'unavailable', checks };
  }
}
