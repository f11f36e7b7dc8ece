import { Inject, Injectable } from '@nestjs/common';
import { AppError, REDIS, UNAVAILABLE_RETRY_AFTER_SECONDS, sha256 } from '@tributary/platform';
import type { Redis } from 'ioredis';
import { ACCOUNTS_CONFIG, type AccountsConfig } from '../accounts.config';

/**
 * The per-account lockout. It counts wrong passwords only, once they have been checked, and per
 * account *and* client address: someone guessing at another person's account locks out their own
 * address, never the person (who signs in from elsewhere, or with the right password resets it).
 * Guessing from many addresses at once is what the per-address limit (`loginPerIp`) is for.
 */
@Injectable()
export class LoginFailures {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(ACCOUNTS_CONFIG) private readonly config: AccountsConfig,
  ) {}

  /** 429 with Retry-After while this address has used up its wrong passwords for this account. */
  async assertNotLockedOut(email: string, ip: string): Promise<void> {
    const key = this.key(email, ip);
    const [[, count], [, ttl]] = await this.guarded(() => this.redis.multi().get(key).ttl(key).exec() as Promise<[[null, string | null], [null, number]]>);
    if (Number(count ?? 0) >= this.config.loginPerAccount.limit) {
      throw new AppError('rate_limited', 'Too many wrong passwords: wait before trying again', { retryAfterSeconds: ttl > 0 ? ttl : this.config.loginPerAccount.windowSeconds });
    }
  }

  async recordWrongPassword(email: string, ip: string): Promise<void> {
    const key = this.key(email, ip);
    // The window opens with the first wrong password and is not stretched by later ones.
    await this.guarded(() => this.redis.multi().incr(key).expire(key, this.config.loginPerAccount.windowSeconds, 'NX').exec());
  }

  async clear(email: string, ip: string): Promise<void> {
    await this.guarded(() => this.redis.del(this.key(email, ip)));
  }

  private key(email: string, ip: string): string {
    return `ratelimit:${this.config.loginPerAccount.name}:${sha256(`${email}\n${ip}`)}`;
  }

  /** Without the counters we cannot tell guessing from use: 503, as the shared rate limiter does. */
  private async guarded<T>(command: () => Promise<T>): Promise<T> {
    try {
      return await command();
    } catch {
      throw new AppError('unavailable', 'Sign-in is temporarily unavailable: try again in a moment', { retryAfterSeconds: UNAVAILABLE_RETRY_AFTER_SECONDS });
    }
  }
}
