import { Inject, Injectable } from '@nestjs/common';
import Stripe from 'stripe';
import { USAGE_LINE_TYPES, type UsageLineType } from '@tributary/metering';
import { STRIPE, type StripeClient } from './stripe-client';

export interface CatalogEntry {
  lineType: UsageLineType;
  eventName: string;
  meterId: string;
  priceId: string;
}

export const meterEventName = (lineType: UsageLineType) => `tributary_${lineType.toLowerCase()}`;
const priceLookupKey = (lineType: UsageLineType) => `tributary_${lineType.toLowerCase()}_usd_micro`;
const productName = (lineType: UsageLineType) => (lineType === 'SCHEMA_REGISTRY' ? 'Schema Registry' : `Kafka ${lineType}`);

/**
 * A Stripe Billing Meter per line type, and a metered price on each. The ledger rates usage with
 * its own (dated) price list and reports micro-dollars, so every Stripe price is the same $0.000001
 * per unit: a price change in Tributary never needs new Stripe prices or subscription migrations,
 * and Stripe's invoice always equals the ledger's. Found by event name / lookup key before
 * anything is created, and created with idempotency keys, so start-up can run any number of times.
 */
@Injectable()
export class StripeCatalog {
  private ready: Promise<Map<UsageLineType, CatalogEntry>> | null = null;

  constructor(@Inject(STRIPE) private readonly stripe: StripeClient | null) {}

  ensure(): Promise<Map<UsageLineType, CatalogEntry>> {
    if (!this.stripe) return Promise.reject(new Error('Stripe is not configured'));
    this.ready ??= this.create(this.stripe).catch((e: unknown) => {
      this.ready = null;
      throw e;
    });
    return this.ready;
  }

  private async create(stripe: StripeClient): Promise<Map<UsageLineType, CatalogEntry>> {
    const meters = new Map<string, string>();
    for await (const m of stripe.billing.meters.list({ status: 'active', limit: 100 })) meters.set(m.event_name, m.id);
    const prices = new Map<string, string>();
    const keys = USAGE_LINE_TYPES.map(priceLookupKey);
    for await (const p of stripe.prices.list({ lookup_keys: keys, active: true, limit: 100 })) if (p.lookup_key) prices.set(p.lookup_key, p.id);

    const catalog = new Map<UsageLineType, CatalogEntry>();
    for (const lineType of USAGE_LINE_TYPES) {
      const eventName = meterEventName(lineType);
      const meterId =
        meters.get(eventName) ??
        (
          await stripe.billing.meters.create(
            {
              display_name: `${productName(lineType)} (USD micro)`,
              event_name: eventName,
              default_aggregation: { formula: 'sum' },
              customer_mapping: { type: 'by_id', event_payload_key: 'stripe_customer_id' },
              value_settings: { event_payload_key: 'value' },
            },
            { idempotencyKey: `tributary-meter-${eventName}` },
          )
        ).id;
      const key = priceLookupKey(lineType);
      const priceId =
        prices.get(key) ??
        (
          await stripe.prices.create(
            {
              currency: 'usd',
              // Cents per unit: one unit is one micro-dollar.
              unit_amount_decimal: Stripe.Decimal.from('0.0001'),
              recurring: { interval: 'month', usage_type: 'metered', meter: meterId },
              product_data: { name: productName(lineType) },
              lookup_key: key,
              nickname: `${lineType} (rated by Tributary, USD micro)`,
            },
            { idempotencyKey: `tributary-price-${key}` },
          )
        ).id;
      catalog.set(lineType, { lineType, eventName, meterId, priceId });
    }
    return catalog;
  }
}
