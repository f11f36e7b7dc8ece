import { NextResponse } from 'next/server';

const ONE_YEAR_SECONDS = 365 * 24 * 3600;

/**
 * Strict-Transport-Security whenever the console is served over HTTPS, which its public address
 * (TRIBUTARY_CONSOLE_URL, the same variable the API reads to make the session cookie __Host- and
 * Secure) says. Read per request, not at build time: one build serves npm start (plain http, where
 * HSTS would pin localhost to HTTPS) and a deployment behind TLS alike. The other security headers
 * are static (next.config.ts).
 */
export function proxy(): NextResponse {
  const res = NextResponse.next();
  if (process.env.TRIBUTARY_CONSOLE_URL?.trim().toLowerCase().startsWith('https:')) {
    res.headers.set('Strict-Transport-Security', `max-age=${ONE_YEAR_SECONDS}`);
  }
  return res;
}
