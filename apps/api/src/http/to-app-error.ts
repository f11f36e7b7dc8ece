import { HttpException } from '@nestjs/common';
import { AppError, unreachableDependency, type Dependency, type ErrorCode } from '@tributary/platform';

interface FastifyLikeError {
  code?: string;
  statusCode?: number;
  message?: string;
}

const FASTIFY_CODES: Record<string, [ErrorCode, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: ['bad_request', 'The request body is not valid JSON'],
  FST_ERR_CTP_EMPTY_JSON_BODY: ['bad_request', 'The request body is empty but Content-Type is application/json'],
  FST_ERR_CTP_BODY_TOO_LARGE: ['payload_too_large', 'The request body is too large'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ['unsupported_media_type', 'Send the request body as application/json'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: ['bad_request', 'Content-Length does not match the body'],
};

/**
 * Maps whatever was thrown to the one error type; anything unrecognised is a 500. A dependency
 * that cannot be reached (Postgres restarting, Redis down) is a 503 with Retry-After, whichever
 * wrapper the driver put around it: the request may simply be retried.
 */
export function toAppError(e: unknown): { error: AppError; unexpected: boolean; unreachable?: Dependency } {
  if (e instanceof AppError) return { error: e, unexpected: false };
  const unreachable = unreachableDependency(e);
  if (unreachable) return { error: AppError.unavailable(unreachable), unexpected: false, unreachable };
  const f = e as FastifyLikeError;
  if (f && typeof f.code === 'string' && FASTIFY_CODES[f.code]) {
    const [code, detail] = FASTIFY_CODES[f.code]!;
    return { error: new AppError(code, detail), unexpected: false };
  }
  if (e instanceof SyntaxError && f.statusCode === 400) return { error: AppError.badRequest('The request body is not valid JSON'), unexpected: false };
  if (e instanceof HttpException) {
    const status = e.getStatus();
    if (status === 404) return { error: new AppError('not_found', 'No such endpoint: see /openapi.json for the API'), unexpected: false };
    if (status === 405) return { error: new AppError('bad_request', 'Method not allowed on this endpoint'), unexpected: false };
    if (status === 413) return { error: new AppError('payload_too_large', 'The request body is too large'), unexpected: false };
    if (status === 415) return { error: new AppError('unsupported_media_type', 'Send the request body as application/json'), unexpected: false };
    if (status >= 400 && status < 500) return { error: new AppError('bad_request', e.message), unexpected: false };
  }
  if (f && typeof f.statusCode === 'number' && f.statusCode >= 400 && f.statusCode < 500) {
    const code: ErrorCode = f.statusCode === 413 ? 'payload_too_large' : f.statusCode === 415 ? 'unsupported_media_type' : 'bad_request';
    return { error: new AppError(code, f.message ?? 'Bad request'), unexpected: false };
  }
  return { error: new AppError('internal', 'Something went wrong on our side: quote the error id to support'), unexpected: true };
}
