import { z } from 'zod';
import { parseEnv, type RateLimitRule } from '@tributary/platform';

export function loadAccountsConfig(env: NodeJS.ProcessEnv = process.env) {
  const c = parseEnv(
    {
      TRIBUTARY_SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 90).default(24 * 7),
      TRIBUTARY_LOGIN_LIMIT_PER_IP: z.coerce.number().int().min(1).default(30),
      TRIBUTARY_LOGIN_LIMIT_PER_ACCOUNT: z.coerce.number().int().min(1).default(10),
      TRIBUTARY_SIGNUP_LIMIT_PER_IP: z.coerce.number().int().min(1).default(20),
      /** How long an api process trusts a verified API key without reading it again (0: never cache). */
      TRIBUTARY_API_KEY_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(10),
      TRIBUTARY_CONSOLE_URL: z.string().url().default('http://localhost:3000'),
    },
    env,
  );
  return {
    sessionTtlSeconds: c.TRIBUTARY_SESSION_TTL_HOURS * 3600,
    apiKeyCacheMs: c.TRIBUTARY_API_KEY_CACHE_SECONDS * 1000,
    consoleUrl: c.TRIBUTARY_CONSOLE_URL.replace(/\/$/, ''),
    loginPerIp: { name: 'login:ip', limit: c.TRIBUTARY_LOGIN_LIMIT_PER_IP, windowSeconds: 300 } satisfies RateLimitRule,
    loginPerAccount: { name: 'login:account', limit: c.TRIBUTARY_LOGIN_LIMIT_PER_ACCOUNT, windowSeconds: 900 } satisfies RateLimitRule,
    signUpPerIp: { name: 'signup:ip', limit: c.TRIBUTARY_SIGNUP_LIMIT_PER_IP, windowSeconds: 3600 } satisfies RateLimitRule,
  };
}
export type AccountsConfig = ReturnType<typeof loadAccountsConfig>;
export const ACCOUNTS_CONFIG = Symbol('ACCOUNTS_CONFIG');
