/**
 * Exponential backoff with full jitter for EC2 calls (the SDK's own retries are switched off in
 * Ec2Provider so that this is the one retry layer, with one policy and one place to test it).
 *
 * Delay before attempt n+1 is uniform in [0, min(maxDelayMs, baseDelayMs * 2^(n-1))]: "full jitter",
 * which spreads a fleet of reconcilers that were throttled together instead of retrying in lockstep.
 */
export interface RetryOptions {
  /** Total attempts including the first (>= 1). */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Decides whether an error is worth another attempt. */
  isRetryable: (err: unknown) => boolean;
  /** Called before each wait (logging, metrics). */
  onRetry?: (info: { attempt: number; delayMs: number; error: unknown }) => void;
  /** Injected in tests. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function backoffDelayMs(attempt: number, opts: Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs'>, random: () => number = Math.random): number {
  const ceiling = Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}

export async function withRetry<T>(fn: (attempt: number) => Promise<T>, opts: RetryOptions): Promise<T> {
  if (!Number.isInteger(opts.maxAttempts) || opts.maxAttempts < 1) throw new RangeError('maxAttempts must be an integer >= 1');
  const wait = opts.sleep ?? sleep;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (error) {
      if (attempt >= opts.maxAttempts || !opts.isRetryable(error)) throw error;
      const delayMs = backoffDelayMs(attempt, opts, opts.random);
      opts.onRetry?.({ attempt, delayMs, error });
      await wait(delayMs);
    }
  }
}

/** What an AWS SDK v3 service exception looks like, without depending on the SDK's classes. */
export interface AwsErrorShape {
  name?: string;
  code?: string;
  $metadata?: { httpStatusCode?: number };
  $retryable?: unknown;
}

export function awsErrorCode(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const e = err as AwsErrorShape;
  return e.name ?? e.code;
}

export function awsHttpStatus(err: unknown): number | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  return (err as AwsErrorShape).$metadata?.httpStatusCode;
}

/** EC2's throttling error codes (RequestLimitExceeded is EC2's; the others come from the wider SDK). */
export const THROTTLING_CODES: ReadonlySet<string> = new Set([
  'RequestLimitExceeded',
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestThrottled',
  'RequestThrottledException',
  'TooManyRequestsException',
  'SlowDown',
  'EC2ThrottledException',
]);

/** Server-side and connection failures worth another attempt. */
const TRANSIENT_CODES: ReadonlySet<string> = new Set([
  'InternalError',
  'InternalFailure',
  'ServiceUnavailable',
  'Unavailable',
  'RequestTimeout',
  'RequestTimeoutException',
  'TimeoutError',
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
]);

/** Throttling, 5xx and connection errors: retried for every EC2 call. */
export function isTransientAwsError(err: unknown): boolean {
  const code = awsErrorCode(err);
  if (code !== undefined && (THROTTLING_CODES.has(code) || TRANSIENT_CODES.has(code))) return true;
  const status = awsHttpStatus(err);
  if (status !== undefined && (status >= 500 || status === 429)) return true;
  const errno = (err as { code?: unknown } | null)?.code;
  return typeof errno === 'string' && TRANSIENT_CODES.has(errno);
}
