import { UNAVAILABLE_RETRY_AFTER_SECONDS, type Dependency } from './dependency-errors';

/**
 * The one error type of the control plane. Domain code throws it; the API maps it to the public
 * error envelope in one place (apps/api's exception filter). Anything else that escapes is a 500.
 */
export type ErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'payment_required'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'invalid'
  | 'quota_exceeded'
  | 'rate_limited'
  | 'unavailable'
  | 'internal';

const STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthorized: 401,
  payment_required: 402,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  invalid: 422,
  quota_exceeded: 422,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
};

const TITLE: Record<ErrorCode, string> = {
  bad_request: 'Bad Request',
  unauthorized: 'Unauthorized',
  payment_required: 'Payment Required',
  forbidden: 'Forbidden',
  not_found: 'Not Found',
  conflict: 'Conflict',
  payload_too_large: 'Payload Too Large',
  unsupported_media_type: 'Unsupported Media Type',
  invalid: 'Invalid Request',
  quota_exceeded: 'Quota Exceeded',
  rate_limited: 'Too Many Requests',
  unavailable: 'Service Unavailable',
  internal: 'Internal Server Error',
};

const UNREACHABLE: Record<Dependency, string> = {
  postgres: 'its database',
  redis: 'its job queue and rate-limit store',
  dependency: 'a service it depends on',
};

export interface ErrorItem {
  detail: string;
  /** JSON pointer into the request body (`/spec/display_name`) or a query parameter name. */
  pointer?: string;
  parameter?: string;
}

export class AppError extends Error {
  override readonly name = 'AppError';
  readonly status: number;
  readonly title: string;
  readonly items: ErrorItem[];
  /** Seconds a client should wait before retrying (429, 503). */
  retryAfterSeconds?: number;
  /** For the Kafka REST (v3) API, whose errors carry `error_code` (e.g. 40403) instead of the envelope. */
  kafkaErrorCode?: number;

  constructor(readonly code: ErrorCode, detail: string | ErrorItem[], opts: { retryAfterSeconds?: number; kafkaErrorCode?: number } = {}) {
    const items = typeof detail === 'string' ? [{ detail }] : detail;
    super(items.map((i) => i.detail).join('; '));
    this.status = STATUS[code];
    this.title = TITLE[code];
    this.items = items;
    if (opts.retryAfterSeconds !== undefined) this.retryAfterSeconds = opts.retryAfterSeconds;
    if (opts.kafkaErrorCode !== undefined) this.kafkaErrorCode = opts.kafkaErrorCode;
  }

  static notFound(kind: string, id: string): AppError {
    return new AppError('not_found', `${kind} '${id}' was not found`);
  }
  static invalid(detail: string, pointer?: string): AppError {
    return new AppError('invalid', [pointer === undefined ? { detail } : { detail, pointer }]);
  }
  static badRequest(detail: string, pointer?: string): AppError {
    return new AppError('bad_request', [pointer === undefined ? { detail } : { detail, pointer }]);
  }
  static conflict(detail: string): AppError {
    return new AppError('conflict', detail);
  }
  static forbidden(detail = 'Your role does not allow this action'): AppError {
    return new AppError('forbidden', detail);
  }
  /** The one answer while a dependency is down: 503 with Retry-After, never a 500. */
  static unavailable(dependency: Dependency): AppError {
    return new AppError('unavailable', `Tributary cannot reach ${UNREACHABLE[dependency]} right now: retry in a few seconds`, {
      retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS,
    });
  }
  static unauthorized(detail = 'Authentication is required: use an API key (HTTP Basic) or sign in'): AppError {
    return new AppError('unauthorized', detail);
  }
}

// The classifier of connection errors belongs with the error type (libs/platform's index exports this file).
export * from './dependency-errors';
