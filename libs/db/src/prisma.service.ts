import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { PLATFORM_CONFIG, type PlatformConfig } from '@tributary/platform';
import { PrismaClient } from './generated/client';

/** The Prisma client over the pg driver adapter (Prisma's native engines cannot be fetched here). */
@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  constructor(@Inject(PLATFORM_CONFIG) config: PlatformConfig) {
    super({ adapter: createPgAdapter(config) });
  }
  async onModuleDestroy() {
    await this.$disconnect();
  }
}

type PgDriverAdapter = Awaited<ReturnType<PrismaPg['connect']>>;
type PgTransaction = Awaited<ReturnType<PgDriverAdapter['startTransaction']>>;

/**
 * Prisma 6.19's transaction manager sends COMMIT and only then releases the connection: when COMMIT
 * itself fails (a serialization failure is often reported there), the connection is never given back
 * and the pool shrinks by one for good, until every query waits forever. Here a failed COMMIT or
 * ROLLBACK releases it (Postgres has ended the transaction either way). Measured in
 * tenant-repositories.int.spec.ts: 40 racing Serializable transactions on a pool of 2.
 */
function releaseOnFailedEnd(tx: PgTransaction): PgTransaction {
  const executeRaw = tx.executeRaw.bind(tx);
  tx.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (e) {
      if (query.sql === 'COMMIT' || query.sql === 'ROLLBACK') await tx.rollback().catch(() => undefined);
      throw e;
    }
  };
  return tx;
}

class PgAdapterReleasingFailedCommits extends PrismaPg {
  override async connect(): Promise<PgDriverAdapter> {
    const adapter = await super.connect();
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (isolationLevel) => releaseOnFailedEnd(await startTransaction(isolationLevel));
    return adapter;
  }
}

export function createPgAdapter(config: PlatformConfig): PrismaPg {
  const { host, port, user, password, database, poolSize, ssl } = config.db;
  // `ssl` comes from TRIBUTARY_DB_SSLMODE or the URL's `sslmode` (parsed once in the platform config).
  return new PgAdapterReleasingFailedCommits({ host, port, user, password, database, max: poolSize, ssl });
}
