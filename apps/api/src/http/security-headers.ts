import helmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

const ONE_YEAR_SECONDS = 365 * 24 * 3600;

/**
 * The API's security headers, by @fastify/helmet (the maintained plugin, not hand-rolled). The answers
 * are JSON, so the policy is tight; it still lets /docs work: Swagger UI's script and stylesheet come
 * from the API itself, it sets inline styles and draws its icons as data: images, and it fetches
 * /openapi.json from the same origin. HSTS only when the API's public address is HTTPS: over plain
 * http (npm start) a browser ignores it anyway, and a stray one would pin localhost to HTTPS.
 */
export function apiHelmetOptions(publicUrl: string): FastifyHelmetOptions {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        baseUri: ["'none'"],
        formAction: ["'none'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
      },
    },
    hsts: publicUrl.startsWith('https:') ? { maxAge: ONE_YEAR_SECONDS, includeSubDomains: false } : false,
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
    // Cross-origin tools (curl, Terraform, SDKs) are not browsers; a page elsewhere embedding our JSON is what this stops.
    crossOriginResourcePolicy: { policy: 'same-origin' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
  };
}

export async function registerSecurityHeaders(fastify: FastifyInstance, publicUrl: string): Promise<void> {
  await fastify.register(helmet, apiHelmetOptions(publicUrl));
}
