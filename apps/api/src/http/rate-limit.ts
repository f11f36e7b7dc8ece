import rateLimit from '@fastify/rate-limit';
import { AppError, sha256 } from '@tributary/platform';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { ApiConfig } from '../api.config';
import { basicCredentials, clientIp, sessionToken } from '../auth/credentials';
import { sendError } from './app-error.filter';

/** Probes and Stripe's webhooks (signed by Stripe, retried by Stripe) are never limited. */
const UNLIMITED = [/^\/(healthz|readyz)(\?|$)/, /^\/billing\/v1\/stripe\//];

/** Whether the per-key limit applies to a path (what /openapi.json documents as a possible 429). */
export function isRateLimited(path: string): boolean {
  return !UNLIMITED.some((p) => p.test(path));
}

/**
 * Who a request counts against. A request with an API key counts against that key: its id plus a
 * digest of the secret it came with, so someone who knows a key's id (ids are not secret: they are
 * in lists and audit logs) but not its secret fills a bucket of their own, never the key's. A
 * console session counts against the session (by a digest of its cookie); anything else against
 * the client's address (the real one: see TRIBUTARY_TRUST_PROXY).
 */
export function rateLimitSubject(req: FastifyRequest): string {
  const basic = basicCredentials(req);
  if (basic && basic !== 'malformed') return `key:${basic.id.slice(0, 64)}:${sha256(`${basic.id}:${basic.secret}`).slice(0, 16)}`;
  const token = sessionToken(req);
  if (token) return `session:${sha256(token).slice(0, 32)}`;
  return `ip:${clientIp(req)}`;
}

/**
 * Per-key request limits on every route (fixed windows in Redis, so every api process shares the
 * count): past the limit a request is answered 429 with Retry-After and the error envelope of the
 * API it was for, before any authentication or database work. While Redis is unreachable the limit
 * is not applied (the request is served): these limits are about fairness between keys, and an
 * outage of the counters must not become an outage of the API. Login and sign-up keep their own
 * stricter limits, which do refuse while Redis is down.
 */
export async function registerRateLimit(fastify: FastifyInstance, opts: { config: ApiConfig['rateLimit']; redis: Redis; logger: Logger }): Promise<void> {
  const { limit, windowSeconds } = opts.config;
  if (limit === 0) return;
  await fastify.register(rateLimit, {
    global: false,
    max: limit,
    timeWindow: windowSeconds * 1000,
    redis: opts.redis,
    nameSpace: 'ratelimit:api:',
    skipOnError: true,
    keyGenerator: rateLimitSubject,
  });
  const check = fastify.createRateLimit();
  fastify.addHook('onRequest', async (req, reply) => {
    if (!isRateLimited(req.url)) return;
    // Not connected: don't wait for a command to time out, serve the request (see above).
    if (opts.redis.status !== 'ready') return;
    const state = await check(req);
    if (state.isAllowed) return;
    void reply.header('x-ratelimit-limit', String(state.max)).header('x-ratelimit-remaining', String(state.remaining)).header('x-ratelimit-reset', String(state.ttlInSeconds));
    if (!state.isExceeded) return;
    sendError(req, reply, new AppError('rate_limited', `Too many requests for this ${subjectKind(state.key)}: at most ${limit} every ${windowSeconds} s; wait before sending more`, { retryAfterSeconds: Math.max(1, state.ttlInSeconds) }), opts.logger);
    return reply;
  });
}

function subjectKind(subject: string): string {
  if (subject.startsWith('key:')) return 'API key';
  if (subject.startsWith('session:')) return 'session';
  return 'client address';
}
