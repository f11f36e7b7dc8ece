import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { PLATFORM_CONFIG } from '../platform.module';
import type { PlatformConfig } from '../config/platform-config';

export const REDIS = Symbol('REDIS');

class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}
  async onApplicationShutdown() {
    await this.redis.quit().catch(() => undefined);
  }
}

/** One shared Redis connection for rate limits and readiness (BullMQ opens its own). */
@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [PLATFORM_CONFIG],
      useFactory: (config: PlatformConfig) =>
        new Redis(config.redisUrl, { maxRetriesPerRequest: 2, connectTimeout: 5_000 }),
    },
    RedisCloser,
  ],
  exports: [REDIS],
})
export class RedisModule {}
