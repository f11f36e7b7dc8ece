import { z } from 'zod';
import { ConfigError, parseEnv } from '@tributary/platform';
import { parseFixed } from '@tributary/metering';

export function loadBillingConfig(env: NodeJS.ProcessEnv = process.env) {
  const c = parseEnv(
    {
      TRIBUTARY_STRIPE_SECRET_KEY: z.string().regex(/^(sk|rk)_(test|live)_[A-Za-z0-9]+$/, 'must be a Stripe secret key (sk_test_…, sk_live_…)').optional(),
      TRIBUTARY_STRIPE_WEBHOOK_SECRET: z.string().regex(/^whsec_[A-Za-z0-9]+$/, 'must be a Stripe webhook signing secret (whsec_…)').optional(),
      TRIBUTARY_STRIPE_API_URL: z.string().url().optional(),
      TRIBUTARY_STRIPE_MAX_NETWORK_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
      TRIBUTARY_STRIPE_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
      TRIBUTARY_STRIPE_REPORT_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
      TRIBUTARY_PROMO_CREDIT_USD: z.string().regex(/^\d{1,9}(\.\d{1,6})?$/, 'must be a dollar amount like 400 or 400.00').default('400'),
      TRIBUTARY_PROMO_CREDIT_DAYS: z.coerce.number().int().min(0).max(3650).default(0),
      TRIBUTARY_BILLING_GRACE_DAYS: z.coerce.number().int().min(0).max(90).default(3),
    },
    env,
  );
  if (c.TRIBUTARY_STRIPE_SECRET_KEY && !c.TRIBUTARY_STRIPE_WEBHOOK_SECRET) {
    throw ConfigError.invalid('TRIBUTARY_STRIPE_WEBHOOK_SECRET', 'required when TRIBUTARY_STRIPE_SECRET_KEY is set');
  }
  const api = c.TRIBUTARY_STRIPE_API_URL ? new URL(c.TRIBUTARY_STRIPE_API_URL) : null;
  return {
    /** Null: ledger-only mode (costs, credits and invoice previews work; nothing is sent to Stripe). */
    stripe: c.TRIBUTARY_STRIPE_SECRET_KEY
      ? {
          secretKey: c.TRIBUTARY_STRIPE_SECRET_KEY,
          webhookSecret: c.TRIBUTARY_STRIPE_WEBHOOK_SECRET!,
          api: api ? { host: api.hostname, port: Number(api.port || (api.protocol === 'https:' ? 443 : 80)), protocol: api.protocol.replace(':', '') as 'http' | 'https' } : null,
          maxNetworkRetries: c.TRIBUTARY_STRIPE_MAX_NETWORK_RETRIES,
          timeoutMs: c.TRIBUTARY_STRIPE_TIMEOUT_MS,
          reportIntervalMs: c.TRIBUTARY_STRIPE_REPORT_INTERVAL_SECONDS * 1000,
        }
      : null,
    promoCreditMicros: parseFixed(c.TRIBUTARY_PROMO_CREDIT_USD, 6),
    promoCreditDays: c.TRIBUTARY_PROMO_CREDIT_DAYS,
    /** Days between credit running out with no card (or a canceled subscription) and new clusters being refused; 0 refuses at once. */
    graceDays: c.TRIBUTARY_BILLING_GRACE_DAYS,
  };
}
export type BillingConfig = ReturnType<typeof loadBillingConfig>;
export const BILLING_CONFIG = Symbol('BILLING_CONFIG');
