import { Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { assertIsOrgAdmin, type Principal } from '@tributary/accounts';
import { BillingStanding, restrictionDetail, PriceList, centsToDollars, CostsService, costLineId, formatUsd, microsToCents, microsToDollars, productOf, StripeCustomers, type CostLine } from '@tributary/billing';
import { AppError } from '@tributary/platform';
import { z } from 'zod';
import { API_CONFIG, type ApiConfig } from '../api.config';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { Policy } from '../auth/policy.decorator';
import { ApiDoc } from '../openapi/route-schemas';
import { ValidQuery } from '../validation/zod-pipe';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date (YYYY-MM-DD)');
const CostsQuery = z
  .object({
    start_date: date,
    end_date: date,
    page_size: z.coerce.number().int().min(1).max(10_000).default(5000),
    page_token: z.string().max(255).optional(),
    /** Chargeback: `topic` splits network, storage and partition lines by the topic they were for. */
    group_by: z.enum(['topic']).optional(),
  })
  .strict();

const CostSchema = z.object({
  api_version: z.literal('billing/v1'),
  kind: z.literal('Cost'),
  id: z.string(),
  start_date: z.string(),
  end_date: z.string(),
  granularity: z.literal('DAILY'),
  network_access_type: z.string().optional(),
  product: z.enum(['KAFKA', 'STREAM_GOVERNANCE']),
  line_type: z.string(),
  unit: z.string(),
  quantity: z.number(),
  price: z.number(),
  original_amount: z.number(),
  discount_amount: z.number(),
  amount: z.number(),
  resource: z.object({ id: z.string(), display_name: z.string(), environment: z.object({ id: z.string() }).nullable() }).nullable(),
  /** With `group_by=topic`: the topic charged (`(unattributed)` for bytes no topic counter explains), null for lines all topics share. */
  topic: z.string().nullable().optional(),
  /** The broker samples a Kafka line was computed from (`GET /billing/v1/cost-samples`). */
  links: z.object({ samples: z.string() }).optional(),
});
const CostListSchema = z.object({
  api_version: z.literal('billing/v1'),
  kind: z.literal('CostList'),
  metadata: z.object({ first: z.string(), next: z.string().optional(), total_size: z.number() }),
  data: z.array(CostSchema),
});
const InvoicePreviewSchema = z.object({
  api_version: z.literal('billing/v1'),
  kind: z.literal('InvoicePreview'),
  period: z.object({ start_date: z.string(), end_date: z.string() }),
  currency: z.literal('USD'),
  lines: z.array(z.object({ line_type: z.string(), unit: z.string(), quantity: z.number(), amount: z.number() })),
  subtotal: z.number(),
  credits_applied: z.number(),
  total: z.number(),
  total_display: z.string(),
  credit_remaining: z.number(),
  billing_status: z.string(),
});
const AccountSchema = z.object({
  api_version: z.literal('billing/v1'),
  kind: z.literal('BillingAccount'),
  status: z.enum(['ACTIVE', 'PAST_DUE', 'CANCELED']),
  past_due_since: z.string().nullable(),
  has_payment_method: z.boolean(),
  subscription_status: z.string().nullable(),
  stripe_enabled: z.boolean(),
  /** Why new clusters are (or, during the grace period, will be) refused; null while in good standing. */
  restriction: z
    .object({
      reason: z.enum(['PAST_DUE', 'CANCELED', 'CREDIT_EXHAUSTED']),
      since: z.string(),
      refused_from: z.string(),
      in_effect: z.boolean(),
      detail: z.string(),
    })
    .nullable(),
});
const SetupIntentSchema = z.object({ client_secret: z.string(), customer: z.string(), setup_intent: z.string() });

const day = (d: Date) => d.toISOString().slice(0, 10);

function decodeOffset(token: string | undefined): number {
  if (token === undefined) return 0;
  const n = /^o(\d{1,9})$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  if (!n) throw new AppError('bad_request', [{ detail: 'page_token is not a token this API issued', parameter: 'page_token' }]);
  return Number(n[1]);
}
const encodeOffset = (offset: number) => Buffer.from(`o${offset}`).toString('base64url');

/** Costs (the reference's billing/v1), the month's invoice preview, and the console's payment-method flow. */
@Controller('billing/v1')
export class BillingController {
  constructor(
    private readonly costs: CostsService,
    private readonly standing: BillingStanding,
    private readonly customers: StripeCustomers,
    private readonly priceList: PriceList,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  @Get('prices')
  @Policy('organization.read')
  @ApiDoc({
    tag: 'Billing',
    summary: 'The price list in force now, per cluster kind and line type (USD per unit)',
    response: z.object({ data: z.array(z.object({ cluster_kind: z.string(), line_type: z.string(), unit: z.string(), unit_price: z.string(), effective_from: z.string() })) }),
  })
  async prices() {
    const prices = await this.priceList.at(new Date());
    return {
      data: prices.all().map((r) => ({ cluster_kind: r.clusterKind, line_type: r.lineType, unit: r.unit, unit_price: r.unitPrice, effective_from: r.effectiveFrom.toISOString() })),
    };
  }

  @Get('costs')
  @Policy('billing.read')
  @ApiDoc({
    tag: 'Billing',
    summary: 'Daily costs per cluster and line type, promotional credit included (range ≤ 31 days, ≤ 1 year back); group_by=topic splits the network, storage and partition lines by topic, summing exactly to them',
    response: CostListSchema,
  })
  async list(@CurrentPrincipal() p: Principal, @ValidQuery(CostsQuery) q: z.infer<typeof CostsQuery>) {
    assertIsOrgAdmin(p);
    const { start, end } = CostsService.checkRange(q.start_date, q.end_date);
    const offset = decodeOffset(q.page_token);
    const page = await this.costs.costs(p.organizationId, start, end, { offset, size: q.page_size }, new Date(), q.group_by);
    const url = (token?: string) => {
      const params = new URLSearchParams({
        start_date: q.start_date,
        end_date: q.end_date,
        page_size: String(q.page_size),
        ...(q.group_by ? { group_by: q.group_by } : {}),
        ...(token ? { page_token: token } : {}),
      });
      return `${this.config.publicUrl}/billing/v1/costs?${params}`;
    };
    const next = offset + page.lines.length < page.total ? encodeOffset(offset + page.lines.length) : undefined;
    return {
      api_version: 'billing/v1' as const,
      kind: 'CostList' as const,
      metadata: { first: url(), ...(next ? { next: url(next) } : {}), total_size: page.total },
      data: page.lines.map((l) => this.costJson(l)),
    };
  }

  @Get('invoice-preview')
  @Policy('billing.read')
  @ApiDoc({ tag: 'Billing', summary: 'What this month would be invoiced if it ended now', response: InvoicePreviewSchema })
  async invoicePreview(@CurrentPrincipal() p: Principal) {
    assertIsOrgAdmin(p);
    const inv = await this.costs.invoicePreview(p.organizationId);
    return {
      api_version: 'billing/v1' as const,
      kind: 'InvoicePreview' as const,
      period: { start_date: day(inv.periodStart), end_date: day(inv.periodEnd) },
      currency: 'USD' as const,
      lines: inv.lines.map((l) => ({ line_type: l.lineType, unit: l.unit, quantity: Number(l.quantity), amount: centsToDollars(microsToCents(l.amountMicros)) })),
      subtotal: centsToDollars(inv.subtotalCents),
      credits_applied: centsToDollars(inv.creditsAppliedCents),
      total: centsToDollars(inv.totalCents),
      total_display: `$${formatUsd(inv.totalCents)}`,
      credit_remaining: microsToDollars(inv.creditRemainingMicros),
      billing_status: inv.billingStatus,
    };
  }

  @Get('account')
  @Policy('billing.read')
  @ApiDoc({ tag: 'Billing', summary: 'Billing status of the organization', response: AccountSchema })
  async account(@CurrentPrincipal() p: Principal) {
    assertIsOrgAdmin(p);
    const { account: a, restriction: r } = await this.standing.of(p.organizationId);
    return {
      api_version: 'billing/v1' as const,
      kind: 'BillingAccount' as const,
      status: a.status,
      past_due_since: a.pastDueSince?.toISOString() ?? null,
      has_payment_method: a.defaultPaymentMethod !== null,
      subscription_status: a.subscriptionStatus,
      stripe_enabled: this.customers.enabled,
      restriction: r ? { reason: r.reason, since: r.since.toISOString(), refused_from: r.refusedFrom.toISOString(), in_effect: r.inEffect, detail: restrictionDetail(r) } : null,
    };
  }

  @Post('setup-intents')
  @Policy('billing.manage')
  @HttpCode(201)
  @ApiDoc({ tag: 'Billing', summary: 'Start adding a payment method (Stripe SetupIntent for the console)', status: 201, response: SetupIntentSchema, errors: [409] })
  async setupIntent(@CurrentPrincipal() p: Principal) {
    assertIsOrgAdmin(p);
    const s = await this.customers.createSetupIntent(p.organizationId);
    return { client_secret: s.clientSecret, customer: s.customerId, setup_intent: s.setupIntentId };
  }

  private costJson(l: CostLine) {
    const isCredit = l.lineType === 'PROMO_CREDIT';
    return {
      api_version: 'billing/v1' as const,
      kind: 'Cost' as const,
      id: costLineId(l),
      start_date: day(l.day),
      end_date: day(new Date(l.day.getTime() + 86_400_000)),
      granularity: 'DAILY' as const,
      // Network access is a cluster's: a Schema Registry line (Stream Governance) has none.
      ...(isCredit || l.lineType === 'SCHEMA_REGISTRY' ? {} : { network_access_type: 'INTERNET' }),
      product: productOf(l.lineType),
      line_type: l.lineType,
      unit: l.unit,
      quantity: isCredit ? microsToDollars(l.discountMicros) : Number(l.quantity),
      price: Number(l.unitPrice),
      original_amount: microsToDollars(l.originalMicros),
      discount_amount: microsToDollars(l.discountMicros),
      amount: microsToDollars(l.amountMicros),
      resource: isCredit ? null : { id: l.clusterId, display_name: l.clusterName, environment: { id: l.environmentId } },
      ...(l.topic !== undefined ? { topic: l.topic } : {}),
      ...(isCredit || l.lineType === 'SCHEMA_REGISTRY'
        ? {}
        : { links: { samples: `${this.config.publicUrl}/billing/v1/cost-samples?${new URLSearchParams({ resource_id: l.clusterId, line_type: l.lineType, date: day(l.day) })}` } }),
    };
  }
}
