import { z } from 'zod';
import { ConfigError, envBoolean, envPort, parseEnv } from './parse-env';
import { SSL_MODES, parseDatabaseUrl, parseRedisUrl, pgSsl, type DbConnection } from './connection-urls';

const DEV_SECRET = 'dev-only-insecure-secret-change-me-0000000000';

/** Settings every process shares: where Postgres and Redis are, the server secret, logging. */
export function loadPlatformConfig(env: NodeJS.ProcessEnv = process.env) {
  const c = parseEnv(
    {
      NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
      TRIBUTARY_DB_HOST: z.string().min(1).default('127.0.0.1'),
      TRIBUTARY_DB_PORT: envPort(5432),
      TRIBUTARY_DB_USER: z.string().min(1).default('tributary'),
      TRIBUTARY_DB_PASSWORD: z.string().default('tributary'),
      TRIBUTARY_DB_NAME: z.string().regex(/^[A-Za-z0-9_]+$/).default('tributary'),
      /** Overrides the TRIBUTARY_DB_* fields: postgres://user:password@host:port/db?sslmode=require */
      TRIBUTARY_DATABASE_URL: z.string().optional(),
      TRIBUTARY_DB_SSLMODE: z.enum(SSL_MODES).default('disable'),
      TRIBUTARY_DB_SSL_ROOT_CERT: z.string().min(1).optional(),
      TRIBUTARY_DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
      TRIBUTARY_REDIS_URL: z.string().url().default('redis://127.0.0.1:6379/0'),
      TRIBUTARY_REDIS_CA_FILE: z.string().min(1).optional(),
      TRIBUTARY_SECRET_KEY: z.string().min(32, 'must be at least 32 characters').default(DEV_SECRET),
      /** The key before the last rotation: what it sealed still opens until the worker has re-sealed it. */
      TRIBUTARY_SECRET_KEY_PREVIOUS: z.preprocess((v) => (v === '' ? undefined : v), z.string().min(32, 'must be at least 32 characters').optional()),
      TRIBUTARY_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
      TRIBUTARY_LOG_PRETTY: envBoolean(false),
      TRIBUTARY_JOB_LOCK_MS: z.coerce.number().int().min(2000).max(600_000).default(30_000),
    },
    env,
  );
  // The development value is public (it is in this file): outside development and tests it would
  // let anyone forge API-key hashes and open every sealed cluster password.
  if (c.NODE_ENV === 'production' && c.TRIBUTARY_SECRET_KEY === DEV_SECRET) {
    throw ConfigError.invalid('TRIBUTARY_SECRET_KEY', 'must be set in production (at least 32 random characters, e.g. `openssl rand -base64 48`)');
  }
  // Empty means none (a `TRIBUTARY_SECRET_KEY_PREVIOUS=` line left in an env file after a rotation).
  if (c.TRIBUTARY_SECRET_KEY_PREVIOUS === c.TRIBUTARY_SECRET_KEY) throw ConfigError.invalid('TRIBUTARY_SECRET_KEY_PREVIOUS', 'must differ from TRIBUTARY_SECRET_KEY');
  return {
    env: c.NODE_ENV,
    db: { ...dbConnection(c), poolSize: c.TRIBUTARY_DB_POOL_SIZE },
    redisUrl: c.TRIBUTARY_REDIS_URL,
    /** Parsed once: host, port, db, user name, password and TLS for ioredis and BullMQ alike. */
    redis: parseRedisUrl(c.TRIBUTARY_REDIS_URL, c.TRIBUTARY_REDIS_CA_FILE, 'TRIBUTARY_REDIS_URL'),
    jobLockMs: c.TRIBUTARY_JOB_LOCK_MS,
    /** The current key; `secretKeys` (and `secretKeyringOf`) for anything sealed or keyed-hashed. */
    secretKey: c.TRIBUTARY_SECRET_KEY,
    secretKeys: { current: c.TRIBUTARY_SECRET_KEY, previous: c.TRIBUTARY_SECRET_KEY_PREVIOUS ? [c.TRIBUTARY_SECRET_KEY_PREVIOUS] : [] },
    log: { level: c.TRIBUTARY_LOG_LEVEL, pretty: c.TRIBUTARY_LOG_PRETTY },
  };
}

function dbConnection(c: {
  TRIBUTARY_DATABASE_URL?: string | undefined;
  TRIBUTARY_DB_HOST: string;
  TRIBUTARY_DB_PORT: number;
  TRIBUTARY_DB_USER: string;
  TRIBUTARY_DB_PASSWORD: string;
  TRIBUTARY_DB_NAME: string;
  TRIBUTARY_DB_SSLMODE: DbConnection['sslMode'];
  TRIBUTARY_DB_SSL_ROOT_CERT?: string | undefined;
}): DbConnection {
  if (c.TRIBUTARY_DATABASE_URL) {
    const { sslRootCert, ...u } = parseDatabaseUrl(c.TRIBUTARY_DATABASE_URL, 'TRIBUTARY_DATABASE_URL');
    return { ...u, ssl: pgSsl(u.sslMode, sslRootCert ?? c.TRIBUTARY_DB_SSL_ROOT_CERT, 'TRIBUTARY_DATABASE_URL') };
  }
  return {
    host: c.TRIBUTARY_DB_HOST,
    port: c.TRIBUTARY_DB_PORT,
    user: c.TRIBUTARY_DB_USER,
    password: c.TRIBUTARY_DB_PASSWORD,
    database: c.TRIBUTARY_DB_NAME,
    sslMode: c.TRIBUTARY_DB_SSLMODE,
    ssl: pgSsl(c.TRIBUTARY_DB_SSLMODE, c.TRIBUTARY_DB_SSL_ROOT_CERT, 'TRIBUTARY_DB_SSL_ROOT_CERT'),
  };
}

export type PlatformConfig = ReturnType<typeof loadPlatformConfig>;
