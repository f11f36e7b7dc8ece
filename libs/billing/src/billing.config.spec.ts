import { ConfigError } from '@tributary/platform';
import { describe, expect, it } from 'vitest';
import { loadBillingConfig } from './billing.config';

describe('billing configuration', () => {
  it('names a malformed Stripe secret without printing it', () => {
    const secret = 'sk_live_oops-has-a-dash';
    let error: unknown;
    try {
      loadBillingConfig({ TRIBUTARY_STRIPE_SECRET_KEY: secret, TRIBUTARY_STRIPE_WEBHOOK_SECRET: 'whsec_abc' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain('TRIBUTARY_STRIPE_SECRET_KEY');
    expect((error as Error).message).not.toContain(secret);
  });

  it('names the missing webhook secret when a Stripe key is set', () => {
    expect(() => loadBillingConfig({ TRIBUTARY_STRIPE_SECRET_KEY: 'sk_test_abc123' })).toThrow(/TRIBUTARY_STRIPE_WEBHOOK_SECRET: required when TRIBUTARY_STRIPE_SECRET_KEY is set/);
  });

  it('gives three days of grace unless the operator sets another number of whole days (0 allowed)', () => {
    expect(loadBillingConfig({}).graceDays).toBe(3);
    expect(loadBillingConfig({ TRIBUTARY_BILLING_GRACE_DAYS: '0' }).graceDays).toBe(0);
    expect(loadBillingConfig({ TRIBUTARY_BILLING_GRACE_DAYS: '14' }).graceDays).toBe(14);
    expect(() => loadBillingConfig({ TRIBUTARY_BILLING_GRACE_DAYS: '-1' })).toThrow(/TRIBUTARY_BILLING_GRACE_DAYS/);
    expect(() => loadBillingConfig({ TRIBUTARY_BILLING_GRACE_DAYS: '1.5' })).toThrow(/TRIBUTARY_BILLING_GRACE_DAYS/);
  });
});
