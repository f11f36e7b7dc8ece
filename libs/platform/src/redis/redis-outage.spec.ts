import { createServer } from 'node:net';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { FAIL_FAST_REDIS_OPTIONS } from './redis.module';
import { isRedisOutageError } from './redis-outage';

/** A free loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

describe('isRedisOutageError', () => {
  it('recognizes what a fail-fast ioredis connection rejects with while Redis is away', async () => {
    const redis = new Redis({ host: '127.0.0.1', port: await closedPort(), ...FAIL_FAST_REDIS_OPTIONS, retryStrategy: () => null });
    redis.on('error', () => undefined);
    const err = await redis.get('k').then(
      () => undefined,
      (e: unknown) => e,
    );
    redis.disconnect();
    expect(err).toBeInstanceOf(Error);
    expect(isRedisOutageError(err)).toBe(true);
  });

  it('leaves every other error alone (those still end the process)', () => {
    expect(isRedisOutageError(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    expect(isRedisOutageError('a string')).toBe(false);
  });
});
