import { Catch, Inject, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { LOGGER } from '@tributary/platform';
import { RegistryError } from '@tributary/schema-registry';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { toAppError } from '../http/to-app-error';
import { REGISTRY_MEDIA_TYPE } from './registry-wire';

/** Errors on the registry's API leave in Confluent's `{error_code, message}`, never the control plane's envelope. */
@Catch()
export class RegistryErrorFilter implements ExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost) {
    const ctx = host.switchToHttp();
    const reply = ctx.getResponse<FastifyReply>();
    const req = ctx.getRequest<FastifyRequest>();
    let status: number;
    let body: { error_code: number; message: string };
    if (exception instanceof RegistryError) {
      status = exception.status;
      body = { error_code: exception.errorCode, message: exception.message };
    } else {
      const { error, unexpected } = toAppError(exception);
      if (unexpected) this.logger.error({ err: exception, method: req.method, url: req.url }, 'unhandled error');
      status = error.status;
      // Confluent's codes for errors with no registry-specific number are the HTTP status (50001 for the store).
      body = { error_code: status >= 500 ? 50001 : status, message: error.status >= 500 ? 'Error in the backend datastore' : error.message };
    }
    void reply.status(status).header('content-type', REGISTRY_MEDIA_TYPE).send(body);
  }
}
