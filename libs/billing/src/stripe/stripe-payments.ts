import { Inject, Injectable } from '@nestjs/common';
import { AppError } from '@tributary/platform';
import Stripe from 'stripe';
import { BillingAccounts } from '../billing-accounts.service';
import { STRIPE, type StripeClient } from './stripe-client';
import { StripeCustomers } from './stripe-customers';

export interface CheckoutUrls {
  /** Where Stripe sends the user once the card is saved; `{CHECKOUT_SESSION_ID}` is filled in by Stripe. */
  successUrl: string;
  cancelUrl: string;
}

export interface CheckoutSessionStarted {
  id: string;
  url: string;
  expiresAt: Date;
}

export interface PaymentMethodOnFile {
  id: string;
  /** Stripe's type: `card`, or another method the Checkout page offered (a bank debit, a wallet). */
  type: string;
  card: { brand: string; last4: string; expMonth: number; expYear: number } | null;
}

export interface InvoiceSummary {
  id: string;
  number: string | null;
  status: string;
  currency: string;
  /** Minor units (cents), as Stripe counts them. */
  totalMinor: number;
  amountDueMinor: number;
  amountPaidMinor: number;
  amountRemainingMinor: number;
  periodStart: Date;
  periodEnd: Date;
  created: Date;
  dueDate: Date | null;
  hostedInvoiceUrl: string | null;
  invoicePdf: string | null;
}

export interface InvoicePage {
  invoices: InvoiceSummary[];
  /** The last invoice's id when Stripe has more after it. */
  nextAfter: string | null;
}

const seconds = (s: number) => new Date(s * 1000);

/** A Stripe SDK failure (network, 5xx, rate limit) as the API's 503: the user can retry; nothing was stored. */
export function stripeUnavailable(e: unknown): never {
  if (e instanceof AppError) throw e;
  throw new AppError('unavailable', `Stripe could not be reached or refused the request (${(e as Error).message}); try again shortly`, { retryAfterSeconds: 5 });
}

/**
 * Paying, from the organization's side: a hosted Stripe Checkout page in `setup` mode to give a card
 * (no Stripe.js on our pages: the card number never touches Tributary), the card on file as Stripe
 * holds it, and the invoices Stripe has issued.
 */
@Injectable()
export class StripePayments {
  constructor(
    @Inject(STRIPE) private readonly stripe: StripeClient | null,
    private readonly accounts: BillingAccounts,
    private readonly customers: StripeCustomers,
  ) {}

  private client(): StripeClient {
    if (!this.stripe) throw new AppError('conflict', 'Billing runs ledger-only here: no Stripe account is configured, so there is no card to give');
    return this.stripe;
  }

  /**
   * A Checkout Session that saves a card for later, off-session use. Its completion arrives as the
   * `checkout.session.completed` / `setup_intent.succeeded` webhooks (StripeWebhooks), which make the
   * card the default and start the subscription; the return to `successUrl` only tells the console to
   * wait for them.
   */
  async startCardCheckout(organizationId: string, urls: CheckoutUrls): Promise<CheckoutSessionStarted> {
    const stripe = this.client();
    const customer = await this.customers.ensureCustomer(organizationId).catch(stripeUnavailable);
    const metadata = { organization_id: organizationId };
    const session = await stripe.checkout.sessions
      .create({
        mode: 'setup',
        customer,
        currency: 'usd',
        success_url: urls.successUrl,
        cancel_url: urls.cancelUrl,
        client_reference_id: organizationId,
        metadata,
        setup_intent_data: { metadata },
      })
      .catch(stripeUnavailable);
    if (!session.url) throw new AppError('unavailable', 'Stripe returned a Checkout Session without a URL to send you to');
    return { id: session.id, url: session.url, expiresAt: seconds(session.expires_at) };
  }

  /** The default payment method, re-read from Stripe for its card details; null when none is on file. */
  async paymentMethodOnFile(organizationId: string): Promise<PaymentMethodOnFile | null> {
    const account = await this.accounts.get(organizationId);
    if (!this.stripe || !account.defaultPaymentMethod) return null;
    const pm = await this.stripe.paymentMethods.retrieve(account.defaultPaymentMethod).catch(stripeUnavailable);
    return onFile(pm);
  }

  /** Invoices Stripe issued to the organization, newest first; none before it has a Stripe customer. */
  async invoices(organizationId: string, page: { size: number; after?: string }): Promise<InvoicePage> {
    const account = await this.accounts.get(organizationId);
    if (!this.stripe || !account.stripeCustomerId) return { invoices: [], nextAfter: null };
    const list = await this.stripe.invoices
      .list({ customer: account.stripeCustomerId, limit: page.size, ...(page.after ? { starting_after: page.after } : {}) })
      .catch((e: unknown) => {
        // Stripe refuses a starting_after it does not know for this customer: the client's token, not Stripe, is wrong.
        if (page.after && e instanceof Stripe.errors.StripeInvalidRequestError) {
          throw new AppError('bad_request', [{ detail: 'page_token names no invoice of this organization: pass the token from a previous answer', parameter: 'page_token' }]);
        }
        return stripeUnavailable(e);
      });
    // Stripe lists by customer: a token naming another customer's invoice lists nothing of theirs.
    const invoices = list.data.map(invoiceSummary);
    return { invoices, nextAfter: list.has_more && invoices.length ? invoices[invoices.length - 1]!.id : null };
  }
}

function onFile(pm: Stripe.PaymentMethod): PaymentMethodOnFile {
  const c = pm.card;
  return { id: pm.id, type: pm.type, card: c ? { brand: c.brand, last4: c.last4, expMonth: c.exp_month, expYear: c.exp_year } : null };
}

function invoiceSummary(i: Stripe.Invoice): InvoiceSummary {
  return {
    id: i.id ?? '',
    number: i.number ?? null,
    status: i.status ?? 'draft',
    currency: i.currency,
    totalMinor: i.total,
    amountDueMinor: i.amount_due,
    amountPaidMinor: i.amount_paid,
    amountRemainingMinor: i.amount_remaining,
    periodStart: seconds(i.period_start),
    periodEnd: seconds(i.period_end),
    created: seconds(i.created),
    dueDate: i.due_date ? seconds(i.due_date) : null,
    hostedInvoiceUrl: i.hosted_invoice_url ?? null,
    invoicePdf: i.invoice_pdf ?? null,
  };
}
