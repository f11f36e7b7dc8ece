import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { REDIS, constantTimeEqual } from '@tributary/platform';
import type { Redis } from 'ioredis';
import { ACCOUNTS_CONFIG, type AccountsConfig } from '../accounts.config';
import type { VerifiedApiKey } from './api-keys.service';

/** Every api process listens here (suffixed with the Redis db); a message names a key (`key:<id>`) or a whole organization (`org:<id>`). */
export const API_KEY_INVALIDATION_CHANNEL = 'tributary:api-keys:invalidated';
/** Beyond this many keys the oldest go first: memory stays bounded whatever the traffic. */
const MAX_ENTRIES = 10_000;

interface Entry {
  secretHash: string;
  verified: VerifiedApiKey;
  expiresAt: number;
}

/**
 * Verified API keys, kept in this process for a few seconds so authentication needs no database
 * round trip. Correctness does not rest on the time to live: whatever changes what a key may do (the
 * key deleted, its owner removed, a role changed) is published on Redis and every process drops it
 * at once. While this process is not subscribed (Redis down, reconnecting) nothing is served from
 * the cache, since an invalidation could be missed; it is emptied again when the subscription is back.
 */
@Injectable()
export class VerifiedKeyCache implements OnModuleInit, OnModuleDestroy {
  private readonly log = new Logger(VerifiedKeyCache.name);
  private readonly entries = new Map<string, Entry>();
  private subscriber?: Redis;
  private listening = false;
  /** Bumped by every invalidation: a verification that started before one must not be cached after it. */
  private epoch = 0;
  /** Other per-process caches of what principals may do (role bindings of sessions) drop with these entries. */
  private readonly followers: ((scope: { organizationId?: string }) => void)[] = [];
  /** Pub/sub ignores Redis databases: the db number keeps two deployments on one server apart. */
  private readonly channel: string;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(ACCOUNTS_CONFIG) private readonly config: AccountsConfig,
  ) {
    this.channel = `${API_KEY_INVALIDATION_CHANNEL}:${redis.options.db ?? 0}`;
  }

  onModuleInit(): void {
    if (this.config.apiKeyCacheMs === 0) return;
    const sub = this.redis.duplicate({ lazyConnect: false });
    this.subscriber = sub;
    sub.on('message', (_channel: string, message: string) => this.drop(message));
    sub.on('ready', () => {
      sub.subscribe(this.channel).then(
        () => {
          // Messages sent while we were away are lost: start empty.
          this.clear();
          this.listening = true;
        },
        () => this.stopListening(),
      );
    });
    sub.on('close', () => this.stopListening());
    // The shared connection already reports outages; an unhandled 'error' event would crash the process.
    sub.on('error', () => undefined);
  }

  onModuleDestroy(): void {
    this.stopListening();
    this.subscriber?.disconnect();
  }

  /**
   * Another cache that must forget what this one forgets: told `{ organizationId }` when an
   * organization's access changed, `{}` when everything must go (subscription lost).
   */
  follow(drop: (scope: { organizationId?: string }) => void): void {
    this.followers.push(drop);
  }

  /** Whether cached answers may be served now (subscribed to invalidations). */
  get serving(): boolean {
    return this.listening;
  }

  /** The cached verification of this key, if the presented secret is the key's. */
  get(id: string, secretHash: string): VerifiedApiKey | undefined {
    if (!this.listening) return undefined;
    const e = this.entries.get(id);
    if (!e) return undefined;
    if (e.expiresAt <= Date.now()) {
      this.entries.delete(id);
      return undefined;
    }
    return constantTimeEqual(e.secretHash, secretHash) ? e.verified : undefined;
  }

  /** Where a verification starts: pass it back to `set`. */
  currentEpoch(): number {
    return this.epoch;
  }

  set(verified: VerifiedApiKey, epochAtStart: number): void {
    if (!this.listening || epochAtStart !== this.epoch) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(verified.key.id, { secretHash: verified.key.secretHash, verified, expiresAt: Date.now() + this.config.apiKeyCacheMs });
  }

  /** After the change is committed: this process forgets at once, the others when the message arrives. */
  async invalidateKey(id: string): Promise<void> {
    await this.publish(`key:${id}`);
  }

  /** An owner's role or membership changed: every key of the organization is read again. */
  async invalidateOrganization(organizationId: string): Promise<void> {
    await this.publish(`org:${organizationId}`);
  }

  private async publish(message: string): Promise<void> {
    this.drop(message);
    if (this.config.apiKeyCacheMs === 0) return;
    try {
      await this.redis.publish(this.channel, message);
    } catch (e) {
      // Redis is down, so no process is serving from its cache (they are not subscribed either).
      this.log.warn(`could not publish an API key invalidation (${message}): ${(e as Error).message}`);
    }
  }

  private drop(message: string): void {
    this.epoch++;
    const [kind, id] = [message.slice(0, message.indexOf(':')), message.slice(message.indexOf(':') + 1)];
    if (kind === 'key') this.entries.delete(id);
    else if (kind === 'org') {
      for (const [keyId, e] of this.entries) if (e.verified.key.organizationId === id) this.entries.delete(keyId);
      for (const f of this.followers) f({ organizationId: id });
    } else this.clear();
  }

  private stopListening(): void {
    this.listening = false;
    this.clear();
  }

  private clear(): void {
    this.epoch++;
    this.entries.clear();
    for (const f of this.followers) f({});
  }
}
