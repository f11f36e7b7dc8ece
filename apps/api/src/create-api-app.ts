import 'reflect-metadata';
import cookie from '@fastify/cookie';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppError, createLogger, loadPlatformConfig, newId, PinoNestLogger, REDIS, requestContext, type PlatformConfig, type QueueDefinition } from '@tributary/platform';
import type { Redis } from 'ioredis';
import type { ModuleMetadata } from '@nestjs/common';
import { ACCOUNTS_CONFIG, type AccountsConfig, type AccountsExtensions } from '@tributary/accounts';
import { loadApiConfig, type ApiConfig } from './api.config';
import { sendError } from './http/app-error.filter';
import { registerRateLimit } from './http/rate-limit';
import { registerSecurityHeaders } from './http/security-headers';
import { useSecureSessionCookie } from './console-auth/session-responder';
import { logSafeUrl } from './http/request-log';
import { ApiModule } from './api.module';
import { answerMethodNotAllowed } from './openapi/method-not-allowed';

export interface CreateApiAppOptions {
  platform?: PlatformConfig;
  api?: ApiConfig;
  features?: ModuleMetadata['imports'];
  accounts?: AccountsExtensions;
  queues?: QueueDefinition[];
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Builds the API exactly as production runs it; tests use this too (with `app.inject`). */
export async function createApiApp(opts: CreateApiAppOptions = {}): Promise<NestFastifyApplication> {
  const platform = opts.platform ?? loadPlatformConfig();
  const api = opts.api ?? loadApiConfig();
  const logger = createLogger({ level: platform.log.level, pretty: platform.log.pretty, name: 'api' });
  const adapter = new FastifyAdapter({
    bodyLimit: api.bodyLimit,
    trustProxy: api.trustProxy,
    // A caller's X-Request-Id is kept when it is sane, so a trace can span systems.
    genReqId: (req: { headers: Record<string, string | string[] | undefined> }) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : newId.token().slice(0, 22);
    },
    logger: false,
    return503OnClosing: true,
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    ApiModule.forRoot({ platform, api, logger, features: opts.features ?? [], accounts: opts.accounts ?? {}, queues: opts.queues ?? [] }),
    adapter,
    // rawBody: Stripe webhooks verify their signature over the exact bytes sent (req.rawBody);
    // JSON is still parsed as before for every other route.
    { logger: new PinoNestLogger(logger), bufferLogs: false, rawBody: true },
  );
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.register(cookie);
  await registerSecurityHeaders(fastify, api.publicUrl);
  useSecureSessionCookie(fastify, app.get<AccountsConfig>(ACCOUNTS_CONFIG, { strict: false }));
  // JSON only: a text/plain or form body (what a cross-site form can send) is a 415, never parsed.
  fastify.addHook('onRequest', (req, reply, done) => {
    const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
    const type = String(req.headers['content-type'] ?? '').toLowerCase();
    // Many clients send `Content-Type: application/json` on every request; with no body there is
    // nothing to parse, so it must not turn a DELETE into a 400.
    if (!hasBody && type) delete req.headers['content-type'];
    if (hasBody && !type.startsWith('application/json')) {
      sendError(req, reply, new AppError('unsupported_media_type', 'Send the request body as application/json'), logger);
      return;
    }
    done();
  });
  fastify.addHook('onRequest', (req, reply, done) => {
    void reply.header('x-request-id', String(req.id));
    requestContext.run({ requestId: String(req.id), ip: req.ip }, done);
  });
  await registerRateLimit(fastify, { config: api.rateLimit, redis: app.get<Redis>(REDIS), logger });
  answerMethodNotAllowed(fastify);
  fastify.addHook('onResponse', (req, reply, done) => {
    logger.info({ request_id: String(req.id), method: req.method, url: logSafeUrl(req.url), status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request');
    done();
  });
  app.enableShutdownHooks();
  await app.init();
  return app;
}
