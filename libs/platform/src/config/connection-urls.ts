import { readFileSync } from 'node:fs';
import type { ConnectionOptions as TlsOptions } from 'node:tls';
import { ConfigError } from './parse-env';

/** libpq's sslmode values node-postgres can honour (`prefer`/`allow` would need a fallback to clear text). */
export const SSL_MODES = ['disable', 'require', 'verify-ca', 'verify-full'] as const;
export type SslMode = (typeof SSL_MODES)[number];

export interface DbConnection {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
  /** What node-postgres takes as `ssl`: false for clear text. */
  ssl: false | TlsOptions;
  sslMode: SslMode;
}

/**
 * `require` encrypts without checking the certificate (libpq's meaning); `verify-ca` checks it against
 * the root certificate (or the system's) but not the name; `verify-full` checks both.
 */
export function pgSsl(mode: SslMode, rootCertFile: string | undefined, variable: string): false | TlsOptions {
  if (mode === 'disable') return false;
  if (mode === 'require') return { rejectUnauthorized: false };
  const ca = rootCertFile ? readFile(rootCertFile, variable) : undefined;
  return { rejectUnauthorized: true, ...(ca ? { ca } : {}), ...(mode === 'verify-ca' ? { checkServerIdentity: () => undefined } : {}) };
}

/**
 * `postgres://user:password@host:port/database?sslmode=require&sslrootcert=/path` into the fields the
 * driver adapter takes (separately: node-postgres lets a connection string override `database`).
 */
export function parseDatabaseUrl(url: string, variable: string): Omit<DbConnection, 'ssl'> & { sslRootCert?: string } {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw ConfigError.invalid(variable, 'must be a postgres:// URL');
  }
  if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') throw ConfigError.invalid(variable, 'must be a postgres:// or postgresql:// URL');
  const database = decodeURIComponent(u.pathname.replace(/^\//, ''));
  if (!u.hostname || !/^[A-Za-z0-9_]+$/.test(database)) throw ConfigError.invalid(variable, 'must name a host and a database (letters, digits, _)');
  const sslMode = u.searchParams.get('sslmode') ?? 'disable';
  if (!(SSL_MODES as readonly string[]).includes(sslMode)) throw ConfigError.invalid(variable, `sslmode must be one of ${SSL_MODES.join(', ')}`);
  const sslRootCert = u.searchParams.get('sslrootcert') ?? undefined;
  return {
    host: u.hostname.replace(/^\[|\]$/g, ''),
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username) || 'postgres',
    password: decodeURIComponent(u.password),
    database,
    sslMode: sslMode as SslMode,
    ...(sslRootCert ? { sslRootCert } : {}),
  };
}

/** What ioredis and BullMQ take, from `redis://` or `rediss://` (TLS) URLs with a user name and password. */
export interface RedisConnection {
  host: string;
  port: number;
  db: number;
  username?: string;
  password?: string;
  tls?: TlsOptions;
}

export function parseRedisUrl(url: string, caFile: string | undefined, variable: string): RedisConnection {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw ConfigError.invalid(variable, 'must be a redis:// or rediss:// URL');
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw ConfigError.invalid(variable, 'must be a redis:// or rediss:// URL');
  const db = u.pathname.replace(/^\//, '') || '0';
  if (!/^\d{1,2}$/.test(db)) throw ConfigError.invalid(variable, 'the path must be a database number (redis://host:6379/0)');
  const ca = caFile ? readFile(caFile, 'TRIBUTARY_REDIS_CA_FILE') : undefined;
  if (ca && u.protocol !== 'rediss:') throw ConfigError.invalid('TRIBUTARY_REDIS_CA_FILE', 'is only used with a rediss:// URL');
  return {
    host: u.hostname.replace(/^\[|\]$/g, ''),
    port: Number(u.port || 6379),
    db: Number(db),
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(u.protocol === 'rediss:' ? { tls: { servername: u.hostname, ...(ca ? { ca } : {}) } } : {}),
  };
}

function readFile(path: string, variable: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw ConfigError.invalid(variable, `cannot read the certificate file ${path}`);
  }
}
