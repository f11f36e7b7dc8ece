import { setTimeout as sleep } from 'node:timers/promises';
import { AppError } from '@tributary/platform';
import { Prisma } from '../generated/client';

/** SQLSTATEs after which running the whole transaction again is the documented remedy. */
const RETRYABLE_SQLSTATES = new Set(['40001', '40P01']);

/** A serialization failure (40001) or a deadlock (40P01): the transaction lost a race, nothing is wrong. */
export function isRetryableTransactionError(e: unknown): boolean {
  if (e instanceof Prisma.PrismaClientKnownRequestError) {
    if (e.code === 'P2034') return true;
    const cause = (e.meta as { driverAdapterError?: { cause?: { originalCode?: string } } } | undefined)?.driverAdapterError?.cause;
    return !!cause?.originalCode && RETRYABLE_SQLSTATES.has(cause.originalCode);
  }
  // A failed COMMIT reaches the caller as the adapter's own error, not wrapped by Prisma.
  const err = e as { name?: unknown; code?: unknown; cause?: { kind?: unknown; originalCode?: unknown } } | null;
  if (err?.name === 'DriverAdapterError') {
    return err.cause?.kind === 'TransactionWriteConflict' || (typeof err.cause?.originalCode === 'string' && RETRYABLE_SQLSTATES.has(err.cause.originalCode));
  }
  return typeof err?.code === 'string' && RETRYABLE_SQLSTATES.has(err.code);
}

export interface RetryOptions {
  /** Runs in all, the first included. */
  attempts?: number;
  /** Upper bound of the first jittered wait; doubles each time. */
  baseDelayMs?: number;
}

export const TRANSACTION_ATTEMPTS = 5;

/**
 * Runs `fn` again when it lost a serialization race or a deadlock, with full jitter so the losers do
 * not collide again in step; after the last attempt, a 409 that says to try again (never a 500).
 * `fn` must be a whole transaction that only touches the database: it may run more than once.
 */
export async function retryTransaction<T>(fn: (attempt: number) => Promise<T>, opts: RetryOptions = {}): Promise<T> {
  const attempts = opts.attempts ?? TRANSACTION_ATTEMPTS;
  const base = opts.baseDelayMs ?? 10;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (e) {
      if (!isRetryableTransactionError(e)) throw e;
      if (attempt >= attempts) {
        throw new AppError('conflict', 'Too many changes to the same data at once: try again', { retryAfterSeconds: 1 });
      }
      await sleep(Math.random() * base * 2 ** (attempt - 1));
    }
  }
}
