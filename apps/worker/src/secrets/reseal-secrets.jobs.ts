import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { AdminCredentialVault } from '@tributary/clusters';
import { PrismaService } from '@tributary/db';
import { LOGGER, OnJob, PLATFORM_CONFIG, Queues, SECRETS_QUEUE, secretKeyringOf, type PlatformConfig } from '@tributary/platform';
import type { Logger } from 'pino';

/**
 * Every column that holds something sealed under the server secret. Identifiers are constants, never
 * input. A new sealed column is added here, or a rotation would leave it behind.
 */
const SEALED_COLUMNS = [
  { table: 'clusters', column: 'admin_password_enc' },
  { table: 'api_keys', column: 'scram_credential_enc' },
] as const;

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
    private readonly prisma: PrismaService,
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
    for (const { table, column } of SEALED_COLUMNS) {
      const name = `${table}.${column}`;
      report.resealed[name] = 0;
      report.unreadable[name] = 0;
      let after = '';
      for (;;) {
        const rows = await this.prisma.$queryRawUnsafe<Array<{ id: string; organization_id: string; sealed: string }>>(
          `SELECT id, organization_id::text AS organization_id, ${column} AS sealed FROM ${table}
            WHERE ${column} IS NOT NULL AND ${column} NOT LIKE $1 AND id > $2 ORDER BY id LIMIT ${BATCH}`,
          currentPrefix,
          after,
        );
        for (const row of rows) {
          let resealed: string | null;
          try {
            resealed = this.vault.reseal(row.sealed);
          } catch {
            report.unreadable[name]!++;
            continue;
          }
          if (!resealed) continue;
          report.resealed[name]! += await this.prisma.$executeRawUnsafe(
            `UPDATE ${table} SET ${column} = $1 WHERE id = $2 AND organization_id = $3::uuid AND ${column} = $4`,
            resealed,
            row.id,
            row.organization_id,
            row.sealed,
          );
        }
        if (rows.length < BATCH) break;
        after = rows[rows.length - 1]!.id;
      }
    }
    report.staleKeyHashes = await this.prisma.apiKey.count({ where: { NOT: { secretHash: { startsWith: `h2.${ring.currentKid}.` } } } });
    const resealed = Object.values(report.resealed).reduce((a, b) => a + b, 0);
    const unreadable = Object.values(report.unreadable).reduce((a, b) => a + b, 0);
    if (resealed || unreadable || report.staleKeyHashes) this.logger.info({ ...report, keyId: ring.currentKid }, 'resealed secrets under the current TRIBUTARY_SECRET_KEY');
    if (unreadable) this.logger.warn({ unreadable: report.unreadable }, 'rows sealed under a key that is neither TRIBUTARY_SECRET_KEY nor TRIBUTARY_SECRET_KEY_PREVIOUS');
    return report;
  }
}
