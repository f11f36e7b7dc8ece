import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError, parseEnv } from './parse-env';
import { loadPlatformConfig } from './platform-config';

function configError(load: () => unknown): ConfigError {
  try {
    load();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return e as ConfigError;
  }
  throw new Error('expected a configuration error');
}

describe('a bad configuration value', () => {
  it('names the variable and never shows the value (a short TRIBUTARY_SECRET_KEY is still a secret)', () => {
    const secret = 'hunter2-but-longer';
    const e = configError(() => loadPlatformConfig({ TRIBUTARY_SECRET_KEY: secret }));
    expect(e.message).toContain('TRIBUTARY_SECRET_KEY');
    expect(e.message).toContain('at least 32 characters');
    expect(e.message).not.toContain(secret);
    expect(e.stack ?? '').not.toContain(secret);
  });

  it('names every bad variable at once', () => {
    const e = configError(() => loadPlatformConfig({ TRIBUTARY_DB_PORT: '99999', TRIBUTARY_REDIS_URL: 'not a url', TRIBUTARY_LOG_LEVEL: 'loud' }));
    for (const name of ['TRIBUTARY_DB_PORT', 'TRIBUTARY_REDIS_URL', 'TRIBUTARY_LOG_LEVEL']) expect(e.message).toContain(name);
    for (const value of ['99999', 'not a url', 'loud']) expect(e.message).not.toContain(value);
  });

  it('takes the value out even where a validator quotes it', () => {
    const value = 'sk_live_this-is-secret';
    const e = configError(() => parseEnv({ SOME_KEY: z.string().superRefine((v, ctx) => ctx.addIssue({ code: 'custom', message: `'${v}' is not a key` })) }, { SOME_KEY: value }));
    expect(e.message).toContain('SOME_KEY');
    expect(e.message).not.toContain(value);
  });

  it('requires a real secret in production, naming it', () => {
    const e = configError(() => loadPlatformConfig({ NODE_ENV: 'production' }));
    expect(e.message).toMatch(/TRIBUTARY_SECRET_KEY: must be set in production/);
  });

  it('parses a good environment into typed settings', () => {
    const c = loadPlatformConfig({ TRIBUTARY_DB_PORT: '6543', TRIBUTARY_LOG_PRETTY: 'true', TRIBUTARY_SECRET_KEY: 'x'.repeat(32) });
    expect(c.db.port).toBe(6543);
    expect(c.log.pretty).toBe(true);
  });
});
