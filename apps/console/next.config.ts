import path from 'node:path';
import type { NextConfig } from 'next';

/**
 * The browser only ever talks to the console's own origin: these rewrites forward the API's paths to
 * the Tributary API, so the httpOnly session cookie stays first-party and no CORS is involved.
 * Note: Next evaluates rewrites() when it builds, so TRIBUTARY_API_URL must be set for `next build`
 * (it is read again by `next start`/`next dev`, which reload this file).
 */
const apiUrl = (process.env.TRIBUTARY_API_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
const proxied = ['api', 'org', 'iam', 'cmk', 'kafka', 'billing', 'v2'];
// The API's own reference pages, linked from the console.
const exact = ['docs', 'openapi.json'];

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The monorepo root (one lockfile, hoisted node_modules).
  turbopack: { root: path.resolve(__dirname, '..', '..') },
  outputFileTracingRoot: path.resolve(__dirname, '..', '..'),
  async rewrites() {
    return [
      ...proxied.map((p) => ({ source: `/${p}/:path*`, destination: `${apiUrl}/${p}/:path*` })),
      ...exact.map((p) => ({ source: `/${p}`, destination: `${apiUrl}/${p}` })),
    ];
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
        ],
      },
    ];
  },
};

export default config;
