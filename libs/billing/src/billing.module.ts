import { Module } from '@nestjs/common';
import type { AccountsExtensions } from '@tributary/accounts';
import { BILLING_CONFIG, loadBillingConfig, type BillingConfig } from './billing.config';
import { BillingAccounts } from './billing-accounts.service';
import { BillingClusterCreationGuard, BillingStanding } from './billing-standing.service';
import { BillingJobs } from './billing.jobs';
import { ClusterOfferings } from './cluster-offerings';
import { CostsService } from './costs.service';
import { PriceList } from './price-list.service';
import { PromoCreditGrant } from './promo-credit';
import { StripeMeterOutbox } from './stripe/meter-outbox';
import { StripeCatalog } from './stripe/stripe-catalog';
import { createStripeClient, STRIPE, StripeTransport } from './stripe/stripe-client';
import { StripeCustomers } from './stripe/stripe-customers';
import { StripePayments } from './stripe/stripe-payments';
import { StripeWebhooks } from './stripe/stripe-webhooks';

const services = [
  BillingAccounts,
  BillingStanding,
  BillingClusterCreationGuard,
  ClusterOfferings,
  CostsService,
  PriceList,
  PromoCreditGrant,
  StripeTransport,
  StripeCatalog,
  StripeCustomers,
  StripeMeterOutbox,
  StripePayments,
  StripeWebhooks,
];

/** Prices, credits, costs and Stripe. Static, so every context that imports it shares one instance. */
@Module({
  providers: [
    ...services,
    { provide: BILLING_CONFIG, useFactory: () => loadBillingConfig() },
    { provide: STRIPE, inject: [BILLING_CONFIG, StripeTransport], useFactory: (c: BillingConfig, t: StripeTransport) => createStripeClient(c, t) },
  ],
  exports: [...services, BILLING_CONFIG, STRIPE],
})
export class BillingModule {}

/** The worker's billing jobs (Stripe catalog at start-up, the meter-event sender). */
@Module({ imports: [BillingModule], providers: [BillingJobs] })
export class BillingWorkerModule {}

/** How accounts gives new organizations a billing account and promotional credit at sign-up. */
export function billingAccountsExtensions(): AccountsExtensions {
  return { imports: [BillingModule], organizationCreatedListeners: [PromoCreditGrant] };
}
