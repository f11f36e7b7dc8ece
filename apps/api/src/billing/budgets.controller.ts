import { Controller, Delete, Get, HttpCode, Inject, Param, Put } from '@nestjs/common';
import type { Principal } from '@tributary/accounts';
import { BUDGET_AMOUNT_PATTERN, Budgets, DEFAULT_THRESHOLDS, formatBudgetAmount, microsToDollars, spendPercent, type BudgetView } from '@tributary/billing';
import { CLUSTERS_QUEUE, reconcileJobOptions } from '@tributary/clusters';
import { TenantRepositories, type BudgetAlert } from '@tributary/db';
import { AppError, LOGGER, Queues } from '@tributary/platform';
import type { Logger } from 'pino';
import { z } from 'zod';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { Policy } from '../auth/policy.decorator';
import { ApiDoc } from '../openapi/route-schemas';
import { ValidBody } from '../validation/zod-pipe';

const day = (d: Date) => d.toISOString().slice(0, 10);

const BudgetBody = z
  .object({
    amount: z.string().regex(BUDGET_AMOUNT_PATTERN, 'must be USD from 0.01 to 9999999.999999, at most six decimals, as a string (e.g. "250.00")'),
    thresholds: z.array(z.number().int().min(1).max(100)).min(1).max(10).optional(),
    action: z.enum(['ALERT', 'THROTTLE']),
    environment: z.object({ id: z.string().min(1).max(64) }).strict().nullable().optional(),
  })
  .strict();

const BudgetSchema = z.object({
  api_version: z.literal('billing/v1'),
  kind: z.literal('Budget'),
  id: z.string(),
  spec: z.object({
    amount: z.string(),
    currency: z.literal('USD'),
    thresholds: z.array(z.number()),
    action: z.enum(['ALERT', 'THROTTLE']),
    environment: z.object({ id: z.string() }).nullable(),
  }),
  status: z.object({
    period: z.object({ start_date: z.string(), end_date: z.string() }),
    spend: z.string(),
    spend_amount: z.number(),
    spend_percent: z.string(),
    at_cap: z.boolean(),
    throttled: z.boolean(),
  }),
  metadata: z.object({ created_at: z.string(), updated_at: z.string() }),
});
const BudgetListSchema = z.object({ api_version: z.literal('billing/v1'), kind: z.literal('BudgetList'), data: z.array(BudgetSchema) });
const AlertSchema = z.object({
  id: z.string(),
  budget: z.object({ id: z.string() }),
  month: z.string(),
  threshold: z.number(),
  spend: z.string(),
  amount: z.string(),
  emailed_at: z.string().nullable(),
  created_at: z.string(),
});
const AlertListSchema = z.object({ api_version: z.literal('billing/v1'), kind: z.literal('BudgetAlertList'), data: z.array(AlertSchema) });

/**
 * Monthly budgets (billing/v1): one per organization and per environment, alert thresholds mailed to
 * the organization's admins, and THROTTLE at the cap (client quotas on the clusters, 402 on new ones).
 * Who may is @Policy's (billing.read / billing.manage: OrganizationAdmin or BillingAdmin), which
 * AuthGuard checks before the handler runs.
 */
@Controller('billing/v1')
export class BudgetsController {
  constructor(
    private readonly budgets: Budgets,
    private readonly repos: TenantRepositories,
    private readonly queues: Queues,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  @Get('budgets')
  @Policy('billing.read')
  @ApiDoc({ tag: 'Billing', summary: "The organization's monthly budgets with this month's spend against each", response: BudgetListSchema })
  async list(@CurrentPrincipal() p: Principal) {
    const views = await this.budgets.list(p.organizationId);
    return { api_version: 'billing/v1' as const, kind: 'BudgetList' as const, data: views.map(budgetJson) };
  }

  @Put('budgets')
  @Policy('billing.manage')
  @ApiDoc({
    tag: 'Billing',
    summary: `Set the monthly budget of the organization (no environment) or of one environment: amount in USD, alert thresholds in percent (default ${DEFAULT_THRESHOLDS.join(', ')}), ALERT or THROTTLE at the cap`,
    response: BudgetSchema,
    errors: [404],
  })
  async put(@CurrentPrincipal() p: Principal, @ValidBody(BudgetBody) body: z.infer<typeof BudgetBody>) {
    const { view, throttleChanged } = await this.budgets.put(p, { amount: body.amount, action: body.action, ...(body.thresholds ? { thresholds: body.thresholds } : {}), environmentId: body.environment?.id ?? null });
    if (throttleChanged) await this.reconcileClusters(p.organizationId);
    return budgetJson(view);
  }

  @Delete('budgets/:id')
  @Policy('billing.manage')
  @HttpCode(204)
  @ApiDoc({ tag: 'Billing', summary: 'Remove a budget (its throttle, if any, is lifted at once)', status: 204, errors: [404] })
  async remove(@CurrentPrincipal() p: Principal, @Param('id') id: string) {
    if (!/^budget-[0-9a-f]{1,32}$/.test(id)) throw AppError.notFound('Budget', id.slice(0, 64));
    const { throttleChanged } = await this.budgets.remove(p, id);
    if (throttleChanged) await this.reconcileClusters(p.organizationId);
  }

  @Get('budget-alerts')
  @Policy('billing.read')
  @ApiDoc({ tag: 'Billing', summary: 'Budget alerts sent (thresholds reached), newest first', response: AlertListSchema })
  async alerts(@CurrentPrincipal() p: Principal) {
    const alerts = await this.budgets.alerts(p.organizationId);
    return { api_version: 'billing/v1' as const, kind: 'BudgetAlertList' as const, data: alerts.map(alertJson) };
  }

  /** A throttle came or went: every live cluster of the organization gets a pass now, not at the next resync. */
  private async reconcileClusters(organizationId: string) {
    const clusters = await this.repos.for(organizationId).clusters.findMany({ phase: { in: ['PROVISIONING', 'PROVISIONED'] } });
    for (const c of clusters) {
      await this.queues
        .add(CLUSTERS_QUEUE.queue, 'reconcile', { clusterId: c.id }, reconcileJobOptions(c.id))
        .catch((e: unknown) => this.logger.warn({ cluster: c.id, err: (e as Error).message }, 'could not enqueue a reconcile now; the next resync applies the throttle change'));
    }
  }
}

function budgetJson(v: BudgetView) {
  const b = v.budget;
  return {
    api_version: 'billing/v1' as const,
    kind: 'Budget' as const,
    id: b.id,
    spec: { amount: formatBudgetAmount(v.status.amountMicros), currency: 'USD' as const, thresholds: b.thresholds, action: b.action, environment: b.environmentId ? { id: b.environmentId } : null },
    status: {
      period: { start_date: day(v.month.start), end_date: day(v.month.end) },
      spend: formatBudgetAmount(v.status.spendMicros),
      spend_amount: microsToDollars(v.status.spendMicros),
      spend_percent: spendPercent(v.status.spendMicros, v.status.amountMicros),
      at_cap: v.status.atCap,
      throttled: v.status.throttled,
    },
    metadata: { created_at: b.createdAt.toISOString(), updated_at: b.updatedAt.toISOString() },
  };
}

function alertJson(a: BudgetAlert) {
  return {
    id: a.id,
    budget: { id: a.budgetId },
    month: a.month,
    threshold: a.threshold,
    spend: a.spend.toFixed(6),
    amount: a.amount.toFixed(6),
    // Set once the SMTP server accepted it (a claimed, unconfirmed send has no recipients yet).
    emailed_at: a.recipients > 0 ? (a.emailedAt?.toISOString() ?? null) : null,
    created_at: a.createdAt.toISOString(),
  };
}
