import { z } from 'zod';
import { envPort, parseEnv } from '@tributary/platform';

export function loadApiConfig(env: NodeJS.ProcessEnv = process.env) {
  const c = parseEnv(
    {
      TRIBUTARY_API_HOST: z.string().min(1).default('127.0.0.1'),
      TRIBUTARY_API_PORT: envPort(8080),
      TRIBUTARY_PUBLIC_API_URL: z.string().url().default('http://localhost:8080'),
      TRIBUTARY_API_BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(10 * 1024 * 1024).default(256 * 1024),
      TRIBUTARY_TRUST_PROXY: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
    },
    env,
  );
  return {
    host: c.TRIBUTARY_API_HOST,
    port: c.TRIBUTARY_API_PORT,
    publicUrl: c.TRIBUTARY_PUBLIC_API_URL.replace(/\/$/, ''),
    bodyLimit: c.TRIBUTARY_API_BODY_LIMIT_BYTES,
    trustProxy: c.TRIBUTARY_TRUST_PROXY,
  };
}
export type ApiConfig = ReturnType<typeof loadApiConfig>;
export const API_CONFIG = Symbol('API_CONFIG');
