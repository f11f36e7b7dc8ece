import { describe, expect, it } from 'vitest';
import { ConfigError } from './parse-env';
import { loadPlatformConfig } from './platform-config';

const KEY = { TRIBUTARY_SECRET_KEY: 'k'.repeat(40) };

describe('Postgres and Redis connection settings', () => {
  it('takes a postgres URL with a password and sslmode, into separate fields and the ssl the driver needs', () => {
    const c = loadPlatformConfig({ ...KEY, TRIBUTARY_DATABASE_URL: 'postgres://app%40x:p%3Ass@db.example.com:6432/prod_db?sslmode=require' });
    expect(c.db).toMatchObject({ host: 'db.example.com', port: 6432, user: 'app@x', password: 'p:ss', database: 'prod_db', sslMode: 'require', ssl: { rejectUnauthorized: false } });
  });

  it('verifies the server certificate with verify-full, and only the chain with verify-ca', () => {
    const full = loadPlatformConfig({ ...KEY, TRIBUTARY_DB_SSLMODE: 'verify-full' }).db.ssl;
    expect(full).toEqual({ rejectUnauthorized: true });
    const ca = loadPlatformConfig({ ...KEY, TRIBUTARY_DATABASE_URL: 'postgresql://u:p@h/d?sslmode=verify-ca' }).db.ssl;
    expect(ca && ca.rejectUnauthorized).toBe(true);
    expect(ca && typeof ca.checkServerIdentity).toBe('function');
  });

  it('connects in clear by default, as before', () => {
    const c = loadPlatformConfig(KEY);
    expect(c.db).toMatchObject({ host: '127.0.0.1', port: 5432, database: 'tributary', ssl: false, sslMode: 'disable' });
  });

  it('refuses an sslmode node-postgres cannot honour, naming the variable and not the password', () => {
    expect(() => loadPlatformConfig({ ...KEY, TRIBUTARY_DATABASE_URL: 'postgres://u:hunter22@h/d?sslmode=prefer' })).toThrow(ConfigError);
    try {
      loadPlatformConfig({ ...KEY, TRIBUTARY_DATABASE_URL: 'postgres://u:hunter22@h/d?sslmode=prefer' });
    } catch (e) {
      expect(String(e)).toContain('TRIBUTARY_DATABASE_URL');
      expect(String(e)).not.toContain('hunter22');
    }
    expect(() => loadPlatformConfig({ ...KEY, TRIBUTARY_DB_SSLMODE: 'allow' })).toThrow(/TRIBUTARY_DB_SSLMODE/);
  });

  it('parses redis:// and rediss:// with user, password and db once, for ioredis and BullMQ alike', () => {
    expect(loadPlatformConfig({ ...KEY, TRIBUTARY_REDIS_URL: 'redis://:s%23cret@10.0.0.5:6380/3' }).redis).toEqual({ host: '10.0.0.5', port: 6380, db: 3, password: 's#cret' });
    expect(loadPlatformConfig({ ...KEY, TRIBUTARY_REDIS_URL: 'rediss://app:pw@cache.example.com/1' }).redis).toEqual({
      host: 'cache.example.com', port: 6379, db: 1, username: 'app', password: 'pw', tls: { servername: 'cache.example.com' },
    });
    expect(() => loadPlatformConfig({ ...KEY, TRIBUTARY_REDIS_URL: 'http://cache/0' })).toThrow(/TRIBUTARY_REDIS_URL/);
  });
});

describe('TRIBUTARY_SECRET_KEY and its rotation', () => {
  it('has a development default, so npm start and npm test need no setup', () => {
    expect(loadPlatformConfig({}).secretKeys.current.length).toBeGreaterThanOrEqual(32);
    expect(loadPlatformConfig({ NODE_ENV: 'test' }).secretKeys.previous).toEqual([]);
  });

  it('stops a production start without it, saying how to make one', () => {
    expect(() => loadPlatformConfig({ NODE_ENV: 'production' })).toThrow(/TRIBUTARY_SECRET_KEY: must be set in production/);
  });

  it('takes the previous key for a rotation, refusing a short one or the same one', () => {
    const c = loadPlatformConfig({ NODE_ENV: 'production', TRIBUTARY_SECRET_KEY: 'n'.repeat(40), TRIBUTARY_SECRET_KEY_PREVIOUS: 'o'.repeat(40) });
    expect(c.secretKeys).toEqual({ current: 'n'.repeat(40), previous: ['o'.repeat(40)] });
    expect(() => loadPlatformConfig({ ...KEY, TRIBUTARY_SECRET_KEY_PREVIOUS: 'short' })).toThrow(/TRIBUTARY_SECRET_KEY_PREVIOUS: must be at least 32/);
    expect(() => loadPlatformConfig({ ...KEY, TRIBUTARY_SECRET_KEY_PREVIOUS: KEY.TRIBUTARY_SECRET_KEY })).toThrow(/must differ/);
  });
});
