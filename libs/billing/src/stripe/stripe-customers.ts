import { Inject, Injectable } from '@nestjs/common';
import { TenantRepositories } from '@tributary/db';
import { AppError } from '@tributary/platform';
import { BillingAccounts } from '../billing-accounts.service';
import { CostsService } from '../costs.service';
import { microsToCents } from '../money';
import { StripeCatalog } from './stripe-catalog';
import { STRIPE, type StripeClient } from './stripe-client';

/** The Stripe side of an organization: its customer, the SetupIntent the console uses, its subscription. */
@Injectable()
export class StripeCustomers {
  constructor(
    @Inject(STRIPE) private readonly stripe: StripeClient | null,
    private readonly repos: TenantRepositories,
    private readonly accounts: BillingAccounts,
    private readonly costs: CostsService,
    private readonly catalog: StripeCatalog,
  ) {}

  get enabled(): boolean {
    return this.stripe !== null;
  }

  private client(): StripeClient {
    if (!this.stripe) throw new AppError('conflict', 'Billing runs ledger-only here: no Stripe account is configured');
    return this.stripe;
  }

  /**
   * The organization's Stripe customer, created once (idempotency key per organization; a lost
   * race keeps the first id stored). Unspent promotional credit goes with it as a customer balance,
   * so Stripe's invoices spend it exactly as the ledger does.
   */
  async ensureCustomer(organizationId: string): Promise<string> {
    const account = await this.accounts.get(organizationId);
    if (account.stripeCustomerId) return account.stripeCustomerId;
    const scope = this.repos.for(organizationId);
    const org = await scope.db.organization.findUniqueOrThrow({ where: { id: organizationId } });
    const credit = microsToCents((await this.costs.invoicePreview(organizationId)).creditRemainingMicros);
    const customer = await this.client().customers.create(
      { name: org.displayName, metadata: { organization_id: organizationId }, ...(credit > 0n ? { balance: -Number(credit) } : {}) },
      { idempotencyKey: `tributary-customer-${organizationId}` },
    );
    await scope.billingAccounts.updateWhere({ stripeCustomerId: null }, { stripeCustomerId: customer.id });
    return (await this.accounts.get(organizationId)).stripeCustomerId!;
  }

  /** For the console's card form (Stripe Elements): confirm it client-side with the returned secret. */
  async createSetupIntent(organizationId: string): Promise<{ clientSecret: string; customerId: string; setupIntentId: string }> {
    const customerId = await this.ensureCustomer(organizationId);
    const intent = await this.client().setupIntents.create({ customer: customerId, usage: 'off_session', metadata: { organization_id: organizationId } });
    if (!intent.client_secret) throw new AppError('unavailable', 'Stripe returned no client secret');
    return { clientSecret: intent.client_secret, customerId, setupIntentId: intent.id };
  }

  /** With a payment method on file: make it the default and subscribe the customer to every meter's price (once). */
  async startSubscription(organizationId: string, paymentMethodId: string): Promise<string> {
    const stripe = this.client();
    const customerId = await this.ensureCustomer(organizationId);
    await stripe.customers.update(customerId, { invoice_settings: { default_payment_method: paymentMethodId } });
    const account = await this.accounts.get(organizationId);
    let subscriptionId = account.stripeSubscriptionId;
    let status = account.subscriptionStatus;
    if (!subscriptionId) {
      const catalog = await this.catalog.ensure();
      const sub = await stripe.subscriptions.create(
        { customer: customerId, items: [...catalog.values()].map((c) => ({ price: c.priceId })), metadata: { organization_id: organizationId } },
        // One per organization, and a new one after a cancellation (the key would replay the canceled one for 24 h).
        { idempotencyKey: `tributary-subscription-${organizationId}${account.canceledSince ? `-${account.canceledSince.getTime()}` : ''}` },
      );
      subscriptionId = sub.id;
      status = sub.status;
    }
    await this.repos.for(organizationId).billingAccounts.updateWhere({}, { defaultPaymentMethod: paymentMethodId, stripeSubscriptionId: subscriptionId, subscriptionStatus: status });
    return subscriptionId;
  }
}
