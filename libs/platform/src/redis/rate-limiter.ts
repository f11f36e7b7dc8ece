import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { AppError } from '../errors/app-error';
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
    let count: number;
    let ttl: number;
    try {
      [[, count], [, ttl]] = (await this.redis.multi().incr(key).ttl(key).exec()) as [[null, number], [null, number]];
    } catch {
      // Without the shared counters we cannot tell abuse from use: refuse, and say why.
      throw new AppError('unavailable', 'Sign-in is temporarily unavailable: try again in a moment', { retryAfterSeconds: 5 });
    }
    if (ttl < 0) await this.redis.expire(key, rule.windowSeconds);
    if (count > rule.limit) {
      throw new AppError('rate_limited', 'Too many attempts: wait before trying again', {
        retryAfterSeconds: ttl > 0 ? ttl : rule.windowSeconds,
      });
    }
  }

  async reset(rule: RateLimitRule, subject: string): Promise<void> {
    await this.redis.del(`ratelimit:${rule.name}:${subject}`);
  }
}
