import { Inject, Injectable } from '@nestjs/common';
import { PrismaService, TenantRepositories, type BillingStatus } from '@tributary/db';
import { AppError, LOGGER } from '@tributary/platform';
import type { Logger } from 'pino';
import type Stripe from 'stripe';
import { BILLING_CONFIG, type BillingConfig } from '../billing.config';
import { BillingAccounts } from '../billing-accounts.service';
import { STRIPE, type StripeClient } from './stripe-client';
import { StripeCustomers } from './stripe-customers';
import { stripeUnavailable } from './stripe-payments';

/** What an event changes for an organization, decided from objects re-read from Stripe. */
interface Effect {
  organizationId: string;
  status?: BillingStatus;
  subscription?: { id: string | null; status: string | null };
}

const SUBSCRIPTION_STATUS: Record<string, BillingStatus> = {
  active: 'ACTIVE',
  trialing: 'ACTIVE',
  past_due: 'PAST_DUE',
  unpaid: 'PAST_DUE',
  canceled: 'CANCELED',
  incomplete_expired: 'CANCELED',
};

const customerOf = (obj: unknown): string | null => {
  const c = (obj as { customer?: unknown } | null)?.customer;
  if (typeof c === 'string') return c;
  if (c && typeof c === 'object' && typeof (c as { id?: unknown }).id === 'string') return (c as { id: string }).id;
  return null;
};
const idOf = (obj: unknown): string | null => {
  const id = (obj as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : null;
};

/** The id of an expandable reference (an id, or the object when expanded). */
const refId = (ref: string | { id: string } | null | undefined): string | null => (typeof ref === 'string' ? ref : (ref?.id ?? null));

export interface WebhookOutcome {
  received: true;
  duplicate: boolean;
  eventId: string;
}

/**
 * Stripe's webhooks: the signature is checked against the raw body (bad or missing → 400, nothing
 * changes); the payload is trusted for nothing but its event id, type, and the ids of the objects
 * it is about, which are re-read from Stripe; each event id takes effect once.
 */
@Injectable()
export class StripeWebhooks {
  constructor(
    @Inject(STRIPE) private readonly stripe: StripeClient | null,
    @Inject(BILLING_CONFIG) private readonly config: BillingConfig,
    private readonly prisma: PrismaService,
    private readonly repos: TenantRepositories,
    private readonly accounts: BillingAccounts,
    private readonly customers: StripeCustomers,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async handle(rawBody: Buffer | undefined, signature: string | string[] | undefined): Promise<WebhookOutcome> {
    if (!this.stripe || !this.config.stripe) throw new AppError('not_found', 'Stripe is not configured: billing runs ledger-only');
    if (typeof signature !== 'string' || !signature) throw AppError.badRequest('Missing Stripe-Signature header');
    if (!rawBody?.length) throw AppError.badRequest('Missing request body');
    let event: Stripe.Event;
    try {
      event = await this.stripe.webhooks.constructEventAsync(rawBody, signature, this.config.stripe.webhookSecret);
    } catch {
      throw AppError.badRequest('Invalid Stripe-Signature: the event was not signed with this endpoint’s secret (or is too old)');
    }
    if (await this.prisma.stripeWebhookEvent.findUnique({ where: { id: event.id } })) return { received: true, duplicate: true, eventId: event.id };

    // Stripe unreachable while applying: 503 with nothing recorded, so Stripe delivers the event again.
    const effect = await this.resolve(event).catch(stripeUnavailable);
    const applied = await this.prisma.$transaction(async (tx) => {
      const inserted = await tx.$executeRaw`INSERT INTO stripe_webhook_events (id, type) VALUES (${event.id}, ${event.type}) ON CONFLICT (id) DO NOTHING`;
      if (!inserted) return false;
      if (effect?.subscription) {
        await tx.billingAccount.update({
          where: { organizationId: effect.organizationId },
          data: { stripeSubscriptionId: effect.subscription.id, subscriptionStatus: effect.subscription.status },
        });
      }
      if (effect?.status) await this.accounts.setStatus(effect.organizationId, effect.status, tx);
      return true;
    });
    if (applied && effect) this.logger.info({ eventId: event.id, type: event.type, organizationId: effect.organizationId, status: effect.status }, 'stripe event applied');
    return { received: true, duplicate: !applied, eventId: event.id };
  }

  /** The card becomes the customer's default and the metered subscription starts (once); a card of another customer is ignored. */
  private async adoptPaymentMethod(organizationId: string, customerId: string, paymentMethodId: string | null): Promise<void> {
    if (!paymentMethodId) return;
    const pm = await this.stripe!.paymentMethods.retrieve(paymentMethodId);
    const owner = customerOf(pm);
    if (owner && owner !== customerId) {
      this.logger.warn({ organizationId, paymentMethodId }, 'stripe event names a payment method of another customer: ignored');
      return;
    }
    await this.customers.startSubscription(organizationId, pm.id);
  }

  /** Re-reads the event's object from Stripe and decides what changes. Unknown customers and types change nothing. */
  private async resolve(event: Stripe.Event): Promise<Effect | null> {
    const stripe = this.stripe!;
    const obj = event.data.object as unknown;
    const customerId = customerOf(obj);
    const objectId = idOf(obj);
    if (!customerId || !objectId) return null;
    // A webhook names a Stripe customer, not an organization: find whose it is through the system door.
    const account = await this.repos.system.billingAccounts.findFirst({ stripeCustomerId: customerId });
    if (!account) return null;
    const organizationId = account.organizationId;

    switch (event.type) {
      case 'invoice.payment_failed': {
        const invoice = await stripe.invoices.retrieve(objectId);
        return invoice.status === 'paid' || invoice.status === 'void' ? null : { organizationId, status: 'PAST_DUE' };
      }
      case 'invoice.paid': {
        const invoice = await stripe.invoices.retrieve(objectId);
        if (invoice.status === 'paid') return { organizationId, status: 'ACTIVE' };
        // The event says paid but the invoice does not (yet): let the subscription decide.
        if (!account.stripeSubscriptionId) return null;
        const sub = await stripe.subscriptions.retrieve(account.stripeSubscriptionId);
        return SUBSCRIPTION_STATUS[sub.status] === 'ACTIVE' ? { organizationId, status: 'ACTIVE' } : null;
      }
      case 'customer.subscription.created':
      case 'customer.subscription.updated':
      case 'customer.subscription.deleted': {
        const sub = await stripe.subscriptions.retrieve(objectId);
        const status = SUBSCRIPTION_STATUS[sub.status];
        const gone = status === 'CANCELED';
        return { organizationId, ...(status ? { status } : {}), subscription: { id: gone ? null : sub.id, status: sub.status } };
      }
      // A completion is terminal: no later state of the object contradicts it, so the signed event is
      // taken at its word for the fact that it completed (stripe-mock, being stateless, could not say
      // otherwise either); the payment method it leads to is re-read from Stripe before it is used.
      case 'setup_intent.succeeded': {
        const intent = obj as Stripe.SetupIntent;
        if (intent.status !== 'succeeded') return null;
        await this.adoptPaymentMethod(organizationId, customerId, refId(intent.payment_method));
        return null;
      }
      case 'checkout.session.completed': {
        const session = obj as Stripe.Checkout.Session;
        if (session.mode !== 'setup' || session.status !== 'complete' || !session.setup_intent) return null;
        // The session names its SetupIntent, the SetupIntent the card. Checkout attaches the card it
        // collected to the customer, so should the SetupIntent not name one, the newest card attached is it.
        const intent = await stripe.setupIntents.retrieve(refId(session.setup_intent)!);
        let pm = refId(intent.payment_method);
        if (!pm) pm = (await stripe.customers.listPaymentMethods(customerId, { type: 'card', limit: 1 })).data[0]?.id ?? null;
        await this.adoptPaymentMethod(organizationId, customerId, pm);
        return null;
      }
      default:
        return null;
    }
  }
}
