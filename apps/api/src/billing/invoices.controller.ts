import { Controller, Get, Inject } from '@nestjs/common';
import { assertIsOrgAdmin, type Principal } from '@tributary/accounts';
import { StripePayments, type InvoiceSummary } from '@tributary/billing';
import { z } from 'zod';
import { API_CONFIG, type ApiConfig } from '../api.config';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { Policy } from '../auth/policy.decorator';
import { ApiDoc } from '../openapi/route-schemas';
import { ValidQuery } from '../validation/zod-pipe';

const INVOICE_ID = /^in_[A-Za-z0-9]{1,200}$/;
const InvoicesQuery = z
  .object({
    page_size: z.coerce.number().int().min(1).max(100).default(12),
    /**
     * The last invoice of the page before (its `next` link carries it): Stripe's `starting_after`. A plain
     * id, so the document can say exactly which tokens are valid; one Stripe does not know for the
     * organization's customer is a 400.
     */
    page_token: z.string().regex(INVOICE_ID, 'must be a page_token from a previous answer (an invoice id, in_…)').optional(),
  })
  .strict();

const InvoiceSchema = z.object({
  api_version: z.literal('billing/v1'),
  kind: z.literal('Invoice'),
  id: z.string(),
  number: z.string().nullable(),
  /** Stripe's: draft, open, paid, uncollectible, void. */
  status: z.string(),
  /** ISO 4217, upper case. */
  currency: z.string(),
  /** In the currency's major unit (dollars), from Stripe's minor units. */
  total: z.number(),
  amount_due: z.number(),
  amount_paid: z.number(),
  amount_remaining: z.number(),
  period: z.object({ start: z.string(), end: z.string() }),
  created: z.string(),
  due_date: z.string().nullable(),
  /** Stripe's page for the invoice, where it can be paid; null while a draft. */
  hosted_invoice_url: z.string().nullable(),
  invoice_pdf: z.string().nullable(),
});
const InvoiceListSchema = z.object({
  api_version: z.literal('billing/v1'),
  kind: z.literal('InvoiceList'),
  metadata: z.object({ first: z.string(), next: z.string().optional() }),
  data: z.array(InvoiceSchema),
});

/** Invoices Stripe issued, beside the ledger's preview of the month so far (billing.controller). */
@Controller('billing/v1')
export class InvoicesController {
  constructor(
    private readonly payments: StripePayments,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  @Get('invoices')
  @Policy('billing.read')
  @ApiDoc({ tag: 'Billing', summary: 'Past invoices from Stripe, newest first, with their status, amount, period and hosted link', response: InvoiceListSchema, errors: [400, 503] })
  async list(@CurrentPrincipal() p: Principal, @ValidQuery(InvoicesQuery) q: z.infer<typeof InvoicesQuery>) {
    assertIsOrgAdmin(p, 'see the organization’s invoices');
    const page = await this.payments.invoices(p.organizationId, { size: q.page_size, ...(q.page_token ? { after: q.page_token } : {}) });
    const url = (token?: string) => `${this.config.publicUrl}/billing/v1/invoices?${new URLSearchParams({ page_size: String(q.page_size), ...(token ? { page_token: token } : {}) })}`;
    return {
      api_version: 'billing/v1' as const,
      kind: 'InvoiceList' as const,
      metadata: { first: url(), ...(page.nextAfter ? { next: url(page.nextAfter) } : {}) },
      data: page.invoices.map(invoiceJson),
    };
  }
}

// Stripe bills Tributary in USD, a two-decimal currency: minor units are cents.
const major = (minor: number) => minor / 100;

function invoiceJson(i: InvoiceSummary) {
  return {
    api_version: 'billing/v1' as const,
    kind: 'Invoice' as const,
    id: i.id,
    number: i.number,
    status: i.status,
    currency: i.currency.toUpperCase(),
    total: major(i.totalMinor),
    amount_due: major(i.amountDueMinor),
    amount_paid: major(i.amountPaidMinor),
    amount_remaining: major(i.amountRemainingMinor),
    period: { start: i.periodStart.toISOString(), end: i.periodEnd.toISOString() },
    created: i.created.toISOString(),
    due_date: i.dueDate?.toISOString() ?? null,
    hosted_invoice_url: i.hostedInvoiceUrl,
    invoice_pdf: i.invoicePdf,
  };
}
