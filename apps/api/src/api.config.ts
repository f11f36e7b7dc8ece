import { z } from 'zod';
import { envPort, parseEnv } from '@tributary/platform';

export function loadApiConfig(env: NodeJS.ProcessEnv = process.env) {
  const c = parseEnv(
    {
      TRIBUTARY_API_HOST: z.string().min(1).default('127.0.0.1'),
      TRIBUTARY_API_PORT: envPort(8080),
      TRIBUTARY_PUBLIC_API_URL: z.string().url().default('http://localhost:8080'),
      TRIBUTARY_API_BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(10 * 1024 * 1024).default(256 * 1024),
      // How many proxies in front of the API may be believed about the client's address: the last
      // N entries of X-Forwarded-For. 1 is the console's proxy under `npm start`, which overwrites the
      // header with the address it saw; 0 believes no header at all (the API faces clients directly).
      TRIBUTARY_TRUST_PROXY: z
        .string()
        .trim()
        .regex(/^(\d{1,2}|false)$/, "must be a number of proxy hops (0 for none); 'true' is refused because it believed any client's X-Forwarded-For")
        .default('1')
        .transform((v) => (v === 'false' ? 0 : Number(v))),
      // Requests per key (a Cloud or cluster API key, a console session, or else the client address)
      // per window, shared by every api process through Redis; 0 turns the limit off.
      TRIBUTARY_API_RATE_LIMIT: z.coerce.number().int().min(0).default(10_000),
      TRIBUTARY_API_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
    },
    env,
  );
  return {
    host: c.TRIBUTARY_API_HOST,
    port: c.TRIBUTARY_API_PORT,
    publicUrl: c.TRIBUTARY_PUBLIC_API_URL.replace(/\/$/, ''),
    bodyLimit: c.TRIBUTARY_API_BODY_LIMIT_BYTES,
    trustProxyHops: c.TRIBUTARY_TRUST_PROXY,
    /** Fastify's trustProxy: the nearest `hops` addresses (the socket's, then X-Forwarded-For from its end) are proxies. */
    trustProxy: c.TRIBUTARY_TRUST_PROXY === 0 ? false : (_address: string, hop: number) => hop < c.TRIBUTARY_TRUST_PROXY,
    rateLimit: { limit: c.TRIBUTARY_API_RATE_LIMIT, windowSeconds: c.TRIBUTARY_API_RATE_LIMIT_WINDOW_SECONDS },
  };
}
export type ApiConfig = ReturnType<typeof loadApiConfig>;
export const API_CONFIG = Symbol('API_CONFIG');
