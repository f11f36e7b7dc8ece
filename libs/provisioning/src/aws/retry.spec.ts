import { describe, expect, it } from 'vitest';
import { backoffDelayMs, isTransientAwsError, withRetry } from './retry';

const awsError = (name: string, status: number) => Object.assign(new Error(name), { name, $metadata: { httpStatusCode: status } });

describe('withRetry', () => {
  it('retries retryable failures with exponential, capped, jittered delays, then succeeds', async () => {
    const delays: number[] = [];
    let calls = 0;
    const result = await withRetry(
      async () => {
        calls++;
        if (calls <= 4) throw awsError('RequestLimitExceeded', 503);
        return 'ok';
      },
      { maxAttempts: 6, baseDelayMs: 100, maxDelayMs: 500, isRetryable: isTransientAwsError, sleep: async (ms) => void delays.push(ms), random: () => 0.999 },
    );
    expect(result).toBe('ok');
    expect(calls).toBe(5);
    // ceilings 100, 200, 400, 500 (capped) times ~1
    expect(delays).toEqual([99, 199, 399, 499]);
  });

  it('gives up after maxAttempts and rethrows the last error', async () => {
    let calls = 0;
    const err = awsError('Throttling', 400);
    await expect(
      withRetry(async () => {
        calls++;
        throw err;
      }, { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 1, isRetryable: () => true, sleep: async () => undefined }),
    ).rejects.toBe(err);
    expect(calls).toBe(3);
  });

  it('does not retry a permanent error', async () => {
    let calls = 0;
    await expect(
      withRetry(async () => {
        calls++;
        throw awsError('InvalidParameterValue', 400);
      }, { maxAttempts: 5, baseDelayMs: 1, maxDelayMs: 1, isRetryable: isTransientAwsError, sleep: async () => undefined }),
    ).rejects.toThrow('InvalidParameterValue');
    expect(calls).toBe(1);
  });

  it('spreads delays uniformly below the ceiling (full jitter)', () => {
    expect(backoffDelayMs(3, { baseDelayMs: 100, maxDelayMs: 10_000 }, () => 0)).toBe(0);
    expect(backoffDelayMs(3, { baseDelayMs: 100, maxDelayMs: 10_000 }, () => 0.5)).toBe(200);
    expect(backoffDelayMs(30, { baseDelayMs: 100, maxDelayMs: 10_000 }, () => 0.5)).toBe(5000);
  });
});

describe('isTransientAwsError', () => {
  it.each([
    ['RequestLimitExceeded', 503],
    ['Throttling', 400],
    ['InternalError', 500],
    ['Whatever', 502],
    ['TooManyRequestsException', 429],
  ])('retries %s (%i)', (name, status) => expect(isTransientAwsError(awsError(name, status))).toBe(true));

  it.each([
    ['DependencyViolation', 400],
    ['InvalidGroup.NotFound', 400],
    ['UnauthorizedOperation', 403],
  ])('does not retry %s (%i)', (name, status) => expect(isTransientAwsError(awsError(name, status))).toBe(false));

  it('retries connection resets', () => {
    expect(isTransientAwsError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))).toBe(true);
  });
});
