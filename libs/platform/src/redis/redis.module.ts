import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from 'pino';
import { LOGGER, PLATFORM_CONFIG } from '../platform.module';
import type { PlatformConfig } from '../config/platform-config';

export const REDIS = Symbol('REDIS');

/**
 * For connections that serve requests: while Redis is down a command fails within
 * `commandTimeout` (the request answers 503) instead of waiting in ioredis' offline queue until
 * Redis returns; reconnection keeps trying every second at most, so recovery needs nobody.
 * Not for BullMQ workers, whose blocking commands need `maxRetriesPerRequest: null`.
 */
export const FAIL_FAST_REDIS_OPTIONS = {
  maxRetriesPerRequest: 1,
  connectTimeout: 2_000,
  commandTimeout: 2_000,
  retryStrategy: (attempt: number) => Math.min(100 * attempt, 1_000),
} satisfies RedisOptions;

class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}
  async onApplicationShutdown() {
    await this.redis.quit().catch(() => undefined);
  }
}

/** Logs the outage once when the connection drops and once when it is back, not every retry. */
function watchConnection(redis: Redis, logger: Logger): Redis {
  let down = false;
  redis.on('error', (err: Error) => {
    if (down) return;
    down = true;
    logger.warn({ err: err.message }, 'redis unreachable: reconnecting');
  });
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    logger.info('redis reachable again');
  });
  return redis;
}

/** One shared Redis connection for rate limits and readiness (BullMQ opens its own). */
@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [PLATFORM_CONFIG, LOGGER],
      useFactory: (config: PlatformConfig, logger: Logger) => watchConnection(new Redis({ ...config.redis, ...FAIL_FAST_REDIS_OPTIONS }), logger),
    },
    RedisCloser,
  ],
  exports: [REDIS],
})
export class RedisModule {}
