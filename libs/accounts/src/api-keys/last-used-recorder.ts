import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { TenantRepositories, type ApiKey } from '@tributary/db';

/** last_used_at says "used in the last minute or so": finer would be a write per request. */
const GRANULARITY_MS = 60_000;
const FLUSH_EVERY_MS = 5_000;

/**
 * `last_used_at`, off the request path: a request only notes the key in memory; every few seconds
 * one UPDATE per organization writes what was noted. Informational, so a failed flush is logged,
 * not retried; the last batch is written at shutdown.
 */
@Injectable()
export class LastUsedRecorder implements OnModuleDestroy {
  private readonly log = new Logger(LastUsedRecorder.name);
  private pending = new Map<string, string>();
  /** When this process last noted each key, so a busy key is written once a minute, not per flush. */
  private readonly noted = new Map<string, number>();
  private readonly timer = setInterval(() => void this.flush(), FLUSH_EVERY_MS).unref();
  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly repos: TenantRepositories) {}

  touch(key: ApiKey): void {
    const now = Date.now();
    const last = Math.max(this.noted.get(key.id) ?? 0, key.lastUsedAt?.getTime() ?? 0);
    if (now - last < GRANULARITY_MS) return;
    if (this.noted.size > 50_000) this.noted.clear();
    this.noted.set(key.id, now);
    this.pending.set(key.id, key.organizationId);
  }

  /** Writes what has been noted (tests call it to see the column without waiting). */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.write());
    return this.flushing;
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  private async write(): Promise<void> {
    if (this.pending.size === 0) return;
    const batch = this.pending;
    this.pending = new Map();
    const byOrg = new Map<string, string[]>();
    for (const [id, org] of batch) byOrg.set(org, [...(byOrg.get(org) ?? []), id]);
    const at = new Date();
    for (const [org, ids] of byOrg) {
      try {
        await this.repos.for(org).apiKeys.updateWhere({ id: { in: ids } }, { lastUsedAt: at });
      } catch (e) {
        this.log.warn(`could not record last_used_at of ${ids.length} API key(s): ${(e as Error).message}`);
      }
    }
  }
}
