import path from 'node:path';
import type { NextConfig } from 'next';

/**
 * The API's paths (/api, /org, /iam, /cmk, /kafka, /billing, /catalog, /v2, /srcm, /schema-registry, /docs, /openapi.json) are forwarded by
 * route handlers at request time (src/lib/server/api-proxy.ts), reading TRIBUTARY_API_URL when a request
 * arrives: one build serves any API address. (Rewrites here would bake the address in at build time.)
 */
/**
 * The console's content security policy. Scripts only from the console itself, but with
 * 'unsafe-inline': the pages are prerendered at build time and Next.js streams each page's data in
 * inline <script> tags, which a per-request nonce cannot reach in static HTML (a nonce policy needs
 * every page rendered per request). Everything else is as tight as the console allows: it fetches
 * only its own origin (the API is proxied same-origin), styles are inline (charts) or its own, images
 * are its own or data:/blob: (the API-key download), it is never framed, and forms post only home.
 * `next dev` also needs 'unsafe-eval' (React's refresh runtime); `next start` does not.
 */
function contentSecurityPolicy(dev = process.env.NODE_ENV === 'development'): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const config: NextConfig = {
  reactStrictMode: true,
  // Another build directory, for building while a console runs from .next (default .next).
  ...(process.env.TRIBUTARY_CONSOLE_DIST_DIR ? { distDir: process.env.TRIBUTARY_CONSOLE_DIST_DIR } : {}),
  poweredByHeader: false,
  // The monorepo root (one lockfile, hoisted node_modules).
  turbopack: { root: path.resolve(__dirname, '..', '..') },
  outputFileTracingRoot: path.resolve(__dirname, '..', '..'),
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: contentSecurityPolicy() },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
          // HSTS is added per request by src/proxy.ts: it depends on TRIBUTARY_CONSOLE_URL, read at run time.
        ],
      },
    ];
  },
};

export default config;
