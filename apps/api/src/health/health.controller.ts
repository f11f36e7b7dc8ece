import { Controller, Get, Inject, Res } from '@nestjs/common';
import { PrismaService } from '@tributary/db';
import { REDIS, UNAVAILABLE_RETRY_AFTER_SECONDS } from '@tributary/platform';
import type { FastifyReply } from 'fastify';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { Public } from '../auth/auth.decorators';
import { ApiDoc } from '../openapi/route-schemas';

/** A probe answers in well under this when its dependency is up; longer is as good as down. */
const PROBE_TIMEOUT_MS = 1500;

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
  @ApiDoc({
    tag: 'Health',
    summary: 'Postgres and Redis are reachable; otherwise 503 with Retry-After and, per dependency, what is wrong',
    response: Health,
    errors: [503],
    auth: 'public',
  })
  async readyz(@Res({ passthrough: true }) reply: FastifyReply) {
    const check = async (name: string, probe: () => Promise<unknown>): Promise<[string, string]> => {
      try {
        await withTimeout(probe(), PROBE_TIMEOUT_MS);
        return [name, 'ok'];
      } catch (e) {
        return [name, `unavailable: ${lastLine(e)}`];
      }
    };
    const checks = Object.fromEntries(
      await Promise.all([check('postgres', () => this.prisma.$queryRaw`select 1`), check('redis', () => this.redis.ping())]),
    );
    const ok = Object.values(checks).every((v) => v === 'ok');
    if (!ok) void reply.header('Retry-After', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
    void reply.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'unavailable', checks };
  }
}

/** Prisma's messages span lines (the invocation, then the cause): the cause is the part worth showing. */
function lastLine(e: unknown): string {
  const lines = String((e as Error)?.message ?? e).split('\n').map((l) => l.trim()).filter(Boolean);
  return (lines.pop() ?? 'unknown error').slice(0, 200);
}
