import type { FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'tributary_session';
/**
 * The same cookie when the console is served over HTTPS (TRIBUTARY_CONSOLE_URL): the prefix makes the
 * browser refuse it unless it is Secure, Path=/ and has no Domain, so neither a sibling subdomain nor a
 * plain-http page on the same host can plant or overwrite a session.
 */
export const SECURE_SESSION_COOKIE = '__Host-tributary_session';

/** Which name this API uses: set per app from the configuration (useSecureSessionCookie), never from the request. */
export function sessionCookieName(req: FastifyRequest): string {
  return (req as FastifyRequest & { secureSessionCookie?: boolean }).secureSessionCookie ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}
export const CSRF_HEADER = 'x-csrf-token';

export function basicCredentials(req: FastifyRequest): { id: string; secret: string } | null | 'malformed' {
  const header = req.headers.authorization;
  if (!header) return null;
  const [scheme, value] = header.split(' ', 2);
  if (scheme?.toLowerCase() !== 'basic' || !value) return 'malformed';
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 1) return 'malformed';
  return { id: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}

export function sessionToken(req: FastifyRequest & { cookies?: Record<string, string | undefined> }): string | null {
  // Only the configured name: over HTTPS an unprefixed cookie (one anybody on http could set) is no session.
  return req.cookies?.[sessionCookieName(req)] ?? null;
}

/**
 * The client's address: the socket's, or, behind TRIBUTARY_TRUST_PROXY proxies, the one the
 * outermost trusted proxy saw (Fastify reads that many hops of X-Forwarded-For, no more). An IPv4
 * client of a dual-stack listener is written as plain IPv4, so one client has one address.
 */
export function clientIp(req: FastifyRequest): string {
  const ip = req.ip ?? '';
  return ip.toLowerCase().startsWith('::ffff:') && ip.includes('.') ? ip.slice(7) : ip;
}
