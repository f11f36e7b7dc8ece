import { Catch, Inject, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { AppError, LOGGER, currentRequestId } from '@tributary/platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { toEnvelope, toKafkaRestError } from './error-envelope';
import { logSafeUrl } from './request-log';
import { toAppError } from './to-app-error';

/** Every error leaves the API through here, in the envelope of the API it belongs to. */
@Catch()
export class AppErrorFilter implements ExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost) {
    const ctx = host.switchToHttp();
    sendError(ctx.getRequest<FastifyRequest>(), ctx.getResponse<FastifyReply>(), exception, this.logger);
  }
}

/** While a dependency is down every request fails the same way: one warning per second is enough. */
const lastOutageLog = new Map<string, number>();
function logOutage(logger: Logger, dependency: string, exception: unknown) {
  const now = Date.now();
  if (now - (lastOutageLog.get(dependency) ?? 0) < 1000) return;
  lastOutageLog.set(dependency, now);
  logger.warn({ dependency, err: String((exception as Error)?.message ?? exception).split('\n').filter(Boolean).pop() }, 'dependency unreachable: answering 503');
}

export function sendError(req: FastifyRequest, reply: FastifyReply, exception: unknown, logger: Logger) {
  const { error, unexpected, unreachable } = toAppError(exception);
  const requestId = currentRequestId() ?? String(req.id);
  if (unexpected) logger.error({ err: exception, method: req.method, url: logSafeUrl(req.url) }, 'unhandled error');
  if (unreachable) logOutage(logger, unreachable, exception);
  if (error.retryAfterSeconds !== undefined) void reply.header('Retry-After', String(error.retryAfterSeconds));
  const isKafkaRest = req.url.startsWith('/kafka/v3/');
  const kafkaCode = (exception as { kafkaErrorCode?: number }).kafkaErrorCode;
  void reply
    .status(error.status)
    .header('content-type', 'application/json; charset=utf-8')
    .send(isKafkaRest ? toKafkaRestError(error, kafkaCode) : toEnvelope(error, requestId));
}

export { AppError };
