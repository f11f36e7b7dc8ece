import { z } from 'zod';
import { ConfigError, envBoolean, envPort, parseEnv } from './parse-env';

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
      TRIBUTARY_DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
      TRIBUTARY_REDIS_URL: z.string().url().default('redis://127.0.0.1:6379/0'),
      TRIBUTARY_SECRET_KEY: z.string().min(32, 'must be at least 32 characters').default(DEV_SECRET),
      TRIBUTARY_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
      TRIBUTARY_LOG_PRETTY: envBoolean(false),
      TRIBUTARY_JOB_LOCK_MS: z.coerce.number().int().min(2000).max(600_000).default(30_000),
    },
    env,
  );
  if (c.NODE_ENV === 'production' && c.TRIBUTARY_SECRET_KEY === DEV_SECRET) {
    throw ConfigError.invalid('TRIBUTARY_SECRET_KEY', 'must be set in production');
  }
  return {
    env: c.NODE_ENV,
    db: {
      host: c.TRIBUTARY_DB_HOST,
      port: c.TRIBUTARY_DB_PORT,
      user: c.TRIBUTARY_DB_USER,
      password: c.TRIBUTARY_DB_PASSWORD,
      database: c.TRIBUTARY_DB_NAME,
      poolSize: c.TRIBUTARY_DB_POOL_SIZE,
    },
    redisUrl: c.TRIBUTARY_REDIS_URL,
    jobLockMs: c.TRIBUTARY_JOB_LOCK_MS,
    secretKey: c.TRIBUTARY_SECRET_KEY,
    log: { level: c.TRIBUTARY_LOG_LEVEL, pretty: c.TRIBUTARY_LOG_PRETTY },
  };
}

export type PlatformConfig = ReturnType<typeof loadPlatformConfig>;
