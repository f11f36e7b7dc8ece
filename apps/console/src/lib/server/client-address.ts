import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';

/**
 * The browser's address, as the console's own socket saw it, for the API's per-client limits
 * (login, sign-up, requests without a key). Next.js keeps an X-Forwarded-For the client sent and
 * only fills it in when it is missing, and route handlers never see the socket; so anyone could
 * claim any address through the console. Node publishes every incoming request on the
 * `http.server.request.start` channel synchronously, before the server's 'request' listeners
 * (Next.js) run: there the header is replaced by the socket's address, and the API proxy forwards
 * exactly that (see api-proxy.ts). The API trusts one proxy hop by default (TRIBUTARY_TRUST_PROXY).
 */
let installed = false;

export function socketAddressAsForwardedFor(): void {
  if (installed) return;
  installed = true;
  subscribe('http.server.request.start', (message) => {
    const request = (message as { request?: IncomingMessage }).request;
    if (!request) return;
    const address = plainAddress(request.socket?.remoteAddress);
    delete request.headers['x-real-ip'];
    if (address) request.headers['x-forwarded-for'] = address;
    else delete request.headers['x-forwarded-for'];
  });
}

/** An IPv4 client on a dual-stack socket (`::ffff:203.0.113.7`) is written as IPv4. */
export function plainAddress(address: string | undefined): string | undefined {
  if (!address) return undefined;
  return address.toLowerCase().startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}
