import { Injectable } from '@nestjs/common';
import Stripe from 'stripe';
import type { BillingConfig } from '../billing.config';

export const STRIPE = Symbol('STRIPE');
export type StripeClient = Stripe.Stripe;

type HttpClient = Stripe.HttpClient;
type MakeRequest = HttpClient['makeRequest'];

/**
 * The SDK's own Node HTTP client, counting what goes out per `METHOD /path` and how it ended
 * (HTTP status, or `error` when Stripe could not be reached): an operator's view of the Stripe
 * traffic, and how tests count the meter events that reached Stripe.
 */
@Injectable()
export class StripeTransport implements HttpClient {
  private readonly inner: HttpClient = Stripe.createNodeHttpClient();
  private readonly counts = new Map<string, number>();

  getClientName(): string {
    return `counted-${this.inner.getClientName()}`;
  }

  makeRequest: MakeRequest = async (host, port, path, method, headers, requestData, protocol, timeout) => {
    const route = `${method} ${path.split('?')[0]}`;
    try {
      const res = await this.inner.makeRequest(host, port, path, method, headers, requestData, protocol, timeout);
      this.bump(`${route} ${res.getStatusCode()}`);
      return res;
    } catch (e) {
      this.bump(`${route} error`);
      throw e;
    }
  };

  /** Requests to `route` (`POST /v1/billing/meter_events`) that ended with `outcome` (a status, `error`, or `2xx`). */
  count(route: string, outcome?: string): number {
    let n = 0;
    for (const [key, v] of this.counts) {
      if (!key.startsWith(`${route} `)) continue;
      const got = key.slice(route.length + 1);
      if (outcome === undefined || got === outcome || (outcome === '2xx' && got.startsWith('2'))) n += v;
    }
    return n;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  private bump(key: string) {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
}

export function createStripeClient(config: BillingConfig, transport: StripeTransport): StripeClient | null {
  if (!config.stripe) return null;
  const s = config.stripe;
  return new Stripe(s.secretKey, {
    httpClient: transport,
    maxNetworkRetries: s.maxNetworkRetries,
    timeout: s.timeoutMs,
    ...(s.api ? { host: s.api.host, port: s.api.port, protocol: s.api.protocol } : {}),
    appInfo: { name: 'tributary' },
  });
}
