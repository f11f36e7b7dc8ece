import { Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { ACCOUNTS_CONFIG, assertIsOrgAdmin, type AccountsConfig, type Principal } from '@tributary/accounts';
import { StripePayments } from '@tributary/billing';
import { z } from 'zod';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { Policy } from '../auth/policy.decorator';
import { ApiDoc } from '../openapi/route-schemas';

const CheckoutSessionSchema = z.object({
  api_version: z.literal('billing/v1'),
  kind: z.literal('CheckoutSession'),
  id: z.string(),
  /** Stripe's hosted page: send the browser there; it comes back to the console's billing page. */
  url: z.string(),
  expires_at: z.string(),
});
const PaymentMethodSchema = z.object({
  api_version: z.literal('billing/v1'),
  kind: z.literal('PaymentMethod'),
  /** Null while no card is on file (or billing runs ledger-only). */
  id: z.string().nullable(),
  /** Stripe's payment method type (`card`, …); null with no payment method. */
  type: z.string().nullable(),
  card: z.object({ brand: z.string(), last4: z.string(), exp_month: z.number().int(), exp_year: z.number().int() }).nullable(),
});

/**
 * The organization's card: collected on Stripe's hosted Checkout page (setup mode), so no card number
 * and no Stripe.js ever reach Tributary's pages; the webhooks make it the default once Stripe has it.
 */
@Controller('billing/v1')
export class PaymentMethodsController {
  constructor(
    private readonly payments: StripePayments,
    @Inject(ACCOUNTS_CONFIG) private readonly accounts: AccountsConfig,
  ) {}

  @Post('checkout-sessions')
  @Policy('billing.manage')
  @HttpCode(201)
  @ApiDoc({
    tag: 'Billing',
    summary: 'Start giving (or replacing) the card on file: a Stripe Checkout Session in setup mode; open its url, Stripe returns to the billing page',
    status: 201,
    response: CheckoutSessionSchema,
    errors: [409, 503],
  })
  async startCheckout(@CurrentPrincipal() p: Principal) {
    assertIsOrgAdmin(p, 'change how the organization pays');
    const page = `${this.accounts.consoleUrl}/app/billing`;
    const s = await this.payments.startCardCheckout(p.organizationId, {
      successUrl: `${page}?checkout=success&session_id={CHECKOUT_SESSION_ID}`,
      cancelUrl: `${page}?checkout=canceled`,
    });
    return { api_version: 'billing/v1' as const, kind: 'CheckoutSession' as const, id: s.id, url: s.url, expires_at: s.expiresAt.toISOString() };
  }

  @Get('payment-method')
  @Policy('billing.read')
  @ApiDoc({ tag: 'Billing', summary: 'The payment method on file, and for a card its brand, last four and expiry, as Stripe holds it', response: PaymentMethodSchema, errors: [503] })
  async paymentMethod(@CurrentPrincipal() p: Principal) {
    assertIsOrgAdmin(p, 'see how the organization pays');
    const pm = await this.payments.paymentMethodOnFile(p.organizationId);
    const card = pm?.card;
    return {
      api_version: 'billing/v1' as const,
      kind: 'PaymentMethod' as const,
      id: pm?.id ?? null,
      type: pm?.type ?? null,
      card: card ? { brand: card.brand, last4: card.last4, exp_month: card.expMonth, exp_year: card.expYear } : null,
    };
  }
}
