import path from 'node:path';
import type { NextConfig } from 'next';

/**
 * The API's paths (/api, /org, /iam, /cmk, /kafka, /billing, /catalog, /v2, /srcm, /schema-registry, /docs, /openapi.json) are forwarded by
 * route handlers at request time (src/lib/server/api-proxy.ts), reading TRIBUTARY_API_URL when a request
 * arrives: one build serves any API address. (Rewrites here would bake the address in at build time.)
 */
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
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
        ],
      },
    ];
  },
};

export default config;
