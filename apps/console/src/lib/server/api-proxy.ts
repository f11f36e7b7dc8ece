/**
 * The console's same-origin proxy to the Tributary API, resolved at request time: the API's address
 * comes from TRIBUTARY_API_URL when the request arrives (not when the console was built), so one build
 * serves `npm start` (API on 8080) and the e2e stack (another port) alike.
 *
 * The browser only ever talks to the console's origin, so the httpOnly session cookie stays first-party
 * and no CORS is involved. Everything passes through as is: method, raw body bytes (a Stripe webhook's
 * signature stays valid), cookies, x-csrf-token; and back: status, headers, every Set-Cookie. The
 * forwarding headers are the proxy's own: X-Forwarded-For is the address the console saw (the API
 * trusts one hop, TRIBUTARY_TRUST_PROXY), whatever the browser sent.
 */

const DEFAULT_API_URL = 'http://127.0.0.1:8080';
/** Long enough for the slowest API call (a topic create waits for the brokers); the browser gives up first. */
const UPSTREAM_TIMEOUT_MS = 60_000;

// Hop-by-hop headers (RFC 9110 §7.6.1) and ones fetch recomputes: never forwarded either way.
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'host', 'content-length']);
// fetch decodes compressed bodies, so their encoding headers no longer describe what we send on.
const DROP_FROM_RESPONSE = new Set([...HOP_BY_HOP, 'content-encoding', 'set-cookie']);

export function apiBaseUrl(): string {
  return (process.env.TRIBUTARY_API_URL?.trim() || DEFAULT_API_URL).replace(/\/+$/, '');
}

// Set by the proxy alone: a browser's own values never reach the API.
const FORWARDING = new Set(['x-forwarded-for', 'x-real-ip', 'forwarded', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port']);

function upstreamRequestHeaders(req: Request, url: URL): Headers {
  const out = new Headers();
  req.headers.forEach((value, name) => {
    const lower = name.toLowerCase();
    if (!HOP_BY_HOP.has(lower) && !FORWARDING.has(lower)) out.set(name, value);
  });
  // The address the console's socket saw, written there by client-address.ts before Next.js ran:
  // overwritten, never appended to, so a client cannot name an address of its choosing. The last
  // entry is taken in case anything in between appended one.
  const seen = req.headers.get('x-forwarded-for')?.split(',').pop()?.trim();
  if (seen) out.set('x-forwarded-for', seen);
  out.set('x-forwarded-host', req.headers.get('host') ?? url.host);
  out.set('x-forwarded-proto', url.protocol.replace(':', ''));
  return out;
}

/** Invitation tokens travel in some paths: a log line must not hold a working invitation. */
function logSafePath(path: string): string {
  return path.replace(/^(\/+api\/+invitations\/+preview\/+)[^/]+/i, '$1[redacted]');
}

function unreachable(detail: string): Response {
  const body = {
    errors: [
      {
        id: '',
        status: '502',
        code: 'api_unreachable',
        title: 'Bad Gateway',
        detail,
      },
    ],
  };
  return new Response(JSON.stringify(body), { status: 502, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } });
}

export async function proxyToApi(req: Request): Promise<Response> {
  const incoming = new URL(req.url);
  const base = apiBaseUrl();
  const target = `${base}${incoming.pathname}${incoming.search}`;
  const method = req.method.toUpperCase();
  const hasBody = method !== 'GET' && method !== 'HEAD';
  // Raw bytes, not re-encoded text: signatures over the body (Stripe webhooks) must still verify.
  const body = hasBody ? await req.arrayBuffer() : undefined;

  let upstream: Response;
  try {
    upstream = await fetch(target, {
      method,
      headers: upstreamRequestHeaders(req, incoming),
      body: body && body.byteLength > 0 ? body : undefined,
      redirect: 'manual',
      cache: 'no-store',
      signal: AbortSignal.any([req.signal, AbortSignal.timeout(UPSTREAM_TIMEOUT_MS)]),
    });
  } catch (e) {
    if (req.signal.aborted) return new Response(null, { status: 499 });
    const timedOut = e instanceof DOMException && e.name === 'TimeoutError';
    console.error(`[console proxy] ${method} ${logSafePath(incoming.pathname)} → ${base}: ${timedOut ? 'timed out' : e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : String(e)}`);
    return unreachable(
      timedOut
        ? 'The Tributary API did not answer in time. Try again in a moment.'
        : 'The console could not reach the Tributary API: it may be restarting. Try again in a moment.',
    );
  }

  const headers = new Headers();
  upstream.headers.forEach((value, name) => {
    if (!DROP_FROM_RESPONSE.has(name.toLowerCase())) headers.set(name, value);
  });
  // Each Set-Cookie stays its own header (joining them with commas breaks cookies with Expires dates).
  for (const cookie of upstream.headers.getSetCookie()) headers.append('set-cookie', cookie);

  const empty = method === 'HEAD' || upstream.status === 204 || upstream.status === 304;
  return new Response(empty ? null : upstream.body, { status: upstream.status, statusText: upstream.statusText, headers });
}

/** Route handlers: `export { GET, POST, … } from '@/lib/server/api-proxy'`. */
export const GET = proxyToApi;
export const HEAD = proxyToApi;
export const POST = proxyToApi;
export const PUT = proxyToApi;
export const PATCH = proxyToApi;
export const DELETE = proxyToApi;
export const OPTIONS = proxyToApi;
