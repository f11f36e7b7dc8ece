import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { AdminCredentialVault } from '@tributary/clusters';
import { SEALED_COLUMNS, TenantRepositories, type SealedColumn } from '@tributary/db';
import { LOGGER, OnJob, PLATFORM_CONFIG, Queues, SECRETS_QUEUE, secretKeyringOf, type PlatformConfig } from '@tributary/platform';
import type { Logger } from 'pino';

const BATCH = 200;

export interface ResealReport {
  resealed: Record<string, number>;
  /** Rows that open under no known key (sealed under a key already dropped): left as they are. */
  unreadable: Record<string, number>;
  /** API-key hashes not under the current key: they move on the key's next use (the secret is never kept). */
  staleKeyHashes: number;
}

/**
 * After a rotation (TRIBUTARY_SECRET_KEY=new, TRIBUTARY_SECRET_KEY_PREVIOUS=old) re-seals every row the
 * old key sealed, at boot and every ten minutes. Each row is swapped only if it is unchanged since it
 * was read, so a concurrent writer (a new cluster key) always wins. Once a pass reports nothing left,
 * TRIBUTARY_SECRET_KEY_PREVIOUS can be dropped.
 */
@Injectable()
export class ResealSecretsJobs implements OnApplicationBootstrap {
  constructor(
    private readonly queues: Queues,
    private readonly repos: TenantRepositories,
    private readonly vault: AdminCredentialVault,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap() {
    await this.queues.keepScheduler(SECRETS_QUEUE.queue, 'reseal-secrets', { every: 600_000 }, { name: 'reseal-secrets' });
    // Right away too: a rotation is deployed by restarting, and should not wait ten minutes.
    await this.queues.add(SECRETS_QUEUE.queue, 'reseal-secrets', {}, { deduplication: { id: 'reseal-secrets-at-boot' } });
  }

  @OnJob({ queue: SECRETS_QUEUE.queue, name: 'reseal-secrets' })
  async resealSecrets(): Promise<ResealReport> {
    const ring = secretKeyringOf(this.config);
    const currentPrefix = `v2.${ring.currentKid}.%`;
    const report: ResealReport = { resealed: {}, unreadable: {}, staleKeyHashes: 0 };
    // A new sealed column is added to SEALED_COLUMNS (libs/db), or a rotation would leave it behind.
    for (const name of Object.keys(SEALED_COLUMNS) as SealedColumn[]) {
      report.resealed[name] = 0;
      report.unreadable[name] = 0;
      let after = '';
      for (;;) {
        const rows = await this.repos.system.sealedRowsNotUnder(name, currentPrefix, after, BATCH);
        for (const row of rows) {
          let resealed: string | null;
          try {
            resealed = this.vault.reseal(row.sealed);
          } catch {
            report.unreadable[name]!++;
            continue;
          }
          if (!resealed) continue;
          report.resealed[name]! += await this.repos.system.swapSealed(name, row, resealed);
        }
        if (rows.length < BATCH) break;
        after = rows[rows.length - 1]!.id;
      }
    }
    report.staleKeyHashes = await this.repos.system.apiKeysNotHashedUnder(`h2.${ring.currentKid}.`);
    const resealed = Object.values(report.resealed).reduce((a, b) => a + b, 0);
    const unreadable = Object.values(report.unreadable).reduce((a, b) => a + b, 0);
    if (resealed || unreadable || report.staleKeyHashes) this.logger.info({ ...report, keyId: ring.currentKid }, 'resealed secrets under the current TRIBUTARY_SECRET_KEY');
    if (unreadable) this.logger.warn({ unreadable: report.unreadable }, 'rows sealed under a key that is neither TRIBUTARY_SECRET_KEY nor TRIBUTARY_SECRET_KEY_PREVIOUS');
    return report;
  }
}
