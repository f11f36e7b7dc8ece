import path from 'node:path';
// The CLI's adapter is 7.x: 6.x cannot decode the Postgres `name` type that migrate reads (../shared/TOOLCHAIN.md).
import { PrismaPg } from 'prisma-cli-adapter-pg';
import type { PrismaConfig } from 'prisma';

// Prisma's native schema engine cannot be downloaded on our machines; the JS engine with the pg
// driver adapter does migrate deploy/diff without it (see the shared TOOLCHAIN notes).
const env = process.env;
export default {
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  async adapter() {
    // Separate fields on purpose: node-postgres lets a connection string override `database`.
    return new PrismaPg({
      host: env.TRIBUTARY_DB_HOST ?? '127.0.0.1',
      port: Number(env.TRIBUTARY_DB_PORT ?? 5432),
      user: env.TRIBUTARY_DB_USER ?? 'tributary',
      password: env.TRIBUTARY_DB_PASSWORD ?? 'tributary',
      database: env.TRIBUTARY_DB_NAME ?? 'tributary',
    });
  },
} satisfies PrismaConfig;
