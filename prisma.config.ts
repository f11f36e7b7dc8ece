import path from 'node:path';
// The CLI's adapter is 7.x: 6.x cannot decode the Postgres `name` type that migrate reads (../shared/TOOLCHAIN.md).
import { PrismaPg } from 'prisma-cli-adapter-pg';
import type { PrismaConfig } from 'prisma';
import { SSL_MODES, parseDatabaseUrl, pgSsl, type SslMode } from './libs/platform/src/config/connection-urls';

// Prisma's native schema engine cannot be downloaded on our machines; the JS engine with the pg
// driver adapter does migrate deploy/diff without it (see the shared TOOLCHAIN notes).
const env = process.env;
export default {
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  async adapter() {
    // The same connection settings as the services (libs/platform's parser): TRIBUTARY_DATABASE_URL
    // with its sslmode, or the TRIBUTARY_DB_* fields. Separate fields on purpose: node-postgres lets a
    // connection string override `database`.
    if (env.TRIBUTARY_DATABASE_URL) {
      const { sslRootCert, sslMode, ...u } = parseDatabaseUrl(env.TRIBUTARY_DATABASE_URL, 'TRIBUTARY_DATABASE_URL');
      return new PrismaPg({ ...u, ssl: pgSsl(sslMode, sslRootCert ?? env.TRIBUTARY_DB_SSL_ROOT_CERT, 'TRIBUTARY_DATABASE_URL') });
    }
    const mode = env.TRIBUTARY_DB_SSLMODE ?? 'disable';
    if (!(SSL_MODES as readonly string[]).includes(mode)) throw new Error(`TRIBUTARY_DB_SSLMODE must be one of ${SSL_MODES.join(', ')}`);
    return new PrismaPg({
      host: env.TRIBUTARY_DB_HOST ?? '127.0.0.1',
      port: Number(env.TRIBUTARY_DB_PORT ?? 5432),
      user: env.TRIBUTARY_DB_USER ?? 'tributary',
      password: env.TRIBUTARY_DB_PASSWORD ?? 'tributary',
      database: env.TRIBUTARY_DB_NAME ?? 'tributary',
      ssl: pgSsl(mode as SslMode, env.TRIBUTARY_DB_SSL_ROOT_CERT, 'TRIBUTARY_DB_SSL_ROOT_CERT'),
    });
  },
} satisfies PrismaConfig;
