import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { AppError, UNAVAILABLE_RETRY_AFTER_SECONDS } from '../errors/app-error';
import { REDIS } from './redis.module';

export interface RateLimitRule {
  /** Namespace, e.g. `login:ip`. */
  name: string;
  limit: number;
  windowSeconds: number;
}

/** Fixed-window counters in Redis, shared by every api process. */
@Injectable()
export class RateLimiter {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  /** Counts one hit; throws 429 with Retry-After once the window's limit is passed. */
  async hit(rule: RateLimitRule, subject: string): Promise<void> {
    const key = `ratelimit:${rule.name}:${subject}`;
    // One round trip: the counter, and its window set only by the hit that opens it.
    const [[, count], , [, ttl]] = await this.guarded(
      () => this.redis.multi().incr(key).expire(key, rule.windowSeconds, 'NX').ttl(key).exec() as Promise<[[null, number], [null, number], [null, number]]>,
    );
    if (count > rule.limit) {
      throw new AppError('rate_limited', 'Too many attempts: wait before trying again', {
        retryAfterSeconds: ttl > 0 ? ttl : rule.windowSeconds,
      });
    }
  }

  async reset(rule: RateLimitRule, subject: string): Promise<void> {
    await this.guarded(() => this.redis.del(`ratelimit:${rule.name}:${subject}`));
  }

  /**
   * Without the shared counters we cannot tell abuse from use: refuse with 503 and say why. The
   * connection's command timeout (RedisModule) bounds the wait, so a dead Redis never hangs a login.
   */
  private async guarded<T>(command: () => Promise<T>): Promise<T> {
    try {
      return await command();
    } catch {
      throw new AppError('unavailable', 'Sign-in is temporarily unavailable: try again in a moment', { retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS });
    }
  }
}
