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

export function createPgAdapter(config: PlatformConfig): PrismaPg {
  const { host, port, user, password, database, poolSize } = config.db;
  return new PrismaPg({ host, port, user, password, database, max: poolSize });
}
