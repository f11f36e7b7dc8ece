import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AuditLog } from '@tributary/accounts';
import { PrismaService, TenantRepositories, type Budget, type OrgScope } from '@tributary/db';
import { LOGGER, Mailer } from '@tributary/platform';
import type { Logger } from 'pino';
import { CostsService, type CostLine } from '../costs.service';
import { BUDGET_SCALE, formatBudgetAmount, monthOf, ORG_SCOPE, reachedThresholds, spendPercent } from './budget-rules';
import { BUDGETS_CONFIG, type BudgetsConfig } from './budgets.config';
import { parseFixed } from '@tributary/metering';

export interface BudgetStatus {
  spendMicros: bigint;
  amountMicros: bigint;
  /** The month's spend has reached the amount. */
  atCap: boolean;
  /** At the cap with THROTTLE: the scope's clusters carry client quotas. */
  throttled: boolean;
}

export interface Evaluation {
  statuses: Map<string, BudgetStatus>;
  /** Client quotas were added or removed: the organization's clusters need a reconcile pass now. */
  throttleChanged: boolean;
}

export const amountMicrosOf = (b: Pick<Budget, 'amount'>) => parseFixed(b.amount.toFixed(BUDGET_SCALE), BUDGET_SCALE);

/** The month's spend of a budget's scope: every usage line's full price (before promotional credit). */
export function spendOf(budget: Pick<Budget, 'environmentId'>, lines: readonly CostLine[]): bigint {
  return lines.filter((l) => budget.environmentId === null || l.environmentId === budget.environmentId).reduce((sum, l) => sum + l.originalMicros, 0n);
}

/** A claim older than this (a process died between claiming an alert and mailing it) is taken again. */
const CLAIM_STALE_MS = 10 * 60_000;

const usd = (micros: bigint) => `$${formatBudgetAmount(micros).replace(/(\.\d\d)\d*$/, (_, cents: string) => cents)}`;

/**
 * Compares an organization's month-to-date spend (the costs computation, the same lines the costs
 * API shows) with its budgets: records and mails each threshold reached once per month, and keeps
 * the desired client quotas (`client_quotas`) true to the THROTTLE budgets at their cap. A new month
 * starts at zero spend, so its first evaluation lifts every throttle.
 */
@Injectable()
export class BudgetEnforcement {
  constructor(
    private readonly repos: TenantRepositories,
    /** One raw cross-organization read: which organizations have budgets (then each in its own scope). */
    private readonly prisma: PrismaService,
    private readonly costs: CostsService,
    private readonly mailer: Mailer,
    private readonly audit: AuditLog,
    @Inject(BUDGETS_CONFIG) private readonly config: BudgetsConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** Each budget's month-to-date spend and state, read only (what GET /billing/v1/budgets shows). */
  async statuses(organizationId: string, now: Date = new Date(), budgets?: Budget[]): Promise<Map<string, BudgetStatus>> {
    const all = budgets ?? (await this.repos.for(organizationId).db.budget.findMany());
    const month = monthOf(now);
    const lines = all.length ? await this.costs.usageLines(organizationId, month.start, month.end) : [];
    const statuses = new Map<string, BudgetStatus>();
    for (const b of all) {
      const spendMicros = spendOf(b, lines);
      const amountMicros = amountMicrosOf(b);
      const atCap = spendMicros >= amountMicros;
      statuses.set(b.id, { spendMicros, amountMicros, atCap, throttled: atCap && b.action === 'THROTTLE' });
    }
    return statuses;
  }

  async evaluate(organizationId: string, now: Date = new Date()): Promise<Evaluation> {
    const scope = this.repos.for(organizationId);
    const budgets = await scope.db.budget.findMany();
    const month = monthOf(now);
    const statuses = await this.statuses(organizationId, now, budgets);
    for (const b of budgets) {
      const st = statuses.get(b.id)!;
      await this.recordAlerts(scope, b, month.key, st.spendMicros, st.amountMicros);
    }
    await this.mailPending(scope, month.key);
    const throttleChanged = await this.syncQuotas(scope, budgets, statuses);
    return { statuses, throttleChanged };
  }

  /** Every organization that has a budget, or quotas left from one: what the worker's check walks. */
  async organizationsToCheck(): Promise<string[]> {
    const rows = await this.prisma.$queryRawUnsafe<{ id: string }[]>(`SELECT organization_id::text AS id FROM budgets UNION SELECT organization_id::text FROM client_quotas`);
    return rows.map((r) => r.id);
  }

  private async recordAlerts(scope: OrgScope, b: Budget, month: string, spendMicros: bigint, amountMicros: bigint) {
    const reached = reachedThresholds(spendMicros, amountMicros, b.thresholds);
    if (!reached.length) return;
    // The unique (budget, month, threshold) makes "once" hold however many workers evaluate at once.
    const { count } = await scope.db.budgetAlert.createMany({
      data: reached.map((threshold) => ({
        id: `ba-${randomBytes(8).toString('hex')}`,
        organizationId: scope.organizationId,
        budgetId: b.id,
        month,
        threshold,
        spend: formatBudgetAmount(spendMicros),
        amount: formatBudgetAmount(amountMicros),
      })),
      skipDuplicates: true,
    });
    if (count > 0) {
      await this.audit.recordSystem(scope.organizationId, {
        action: 'budget.threshold_reached',
        resourceKind: 'Budget',
        resourceId: b.id,
        details: { month, thresholds: reached, spend: formatBudgetAmount(spendMicros), amount: formatBudgetAmount(amountMicros) },
      });
    }
  }

  /**
   * Mails the organization's admins every alert of the month not mailed yet. Each alert is claimed
   * first (`emailed_at` set while `recipients` is still 0, one conditional update), so concurrent
   * checks (the worker's, a budget change's) never mail it twice; `recipients` is set once the SMTP
   * server accepted it. A failed send releases the claim (tried again at the next check), and a claim
   * left by a process that died mid-send is taken again after CLAIM_STALE_MS.
   */
  private async mailPending(scope: OrgScope, month: string) {
    if (!this.mailer.enabled) return;
    const stale = new Date(Date.now() - CLAIM_STALE_MS);
    const pending = await scope.db.budgetAlert.findMany({ where: { month, OR: [{ emailedAt: null }, { recipients: 0, emailedAt: { lt: stale } }] }, include: { budget: true }, orderBy: [{ threshold: 'asc' }] });
    if (!pending.length) return;
    const admins = await scope.db.membership.findMany({ where: { role: 'OrganizationAdmin' }, include: { user: { select: { email: true } } } });
    const to = admins.map((m) => m.user.email);
    if (!to.length) return;
    const org = await scope.db.organization.findFirst({ select: { displayName: true } });
    for (const a of pending) {
      const claimedAt = new Date();
      const { count } = await scope.db.budgetAlert.updateMany({ where: { id: a.id, recipients: 0, OR: [{ emailedAt: null }, { emailedAt: { lt: stale } }] }, data: { emailedAt: claimedAt } });
      if (count === 0) continue; // another check has it
      const spend = parseFixed(a.spend.toFixed(BUDGET_SCALE), BUDGET_SCALE);
      const amount = parseFixed(a.amount.toFixed(BUDGET_SCALE), BUDGET_SCALE);
      const where = a.budget.environmentId ? `environment ${a.budget.environmentId}` : 'the organization';
      const atCap = a.threshold >= 100;
      const consequence = !atCap
        ? 'Nothing changes yet.'
        : a.budget.action === 'THROTTLE'
          ? `The budget's action is THROTTLE: the clusters of ${where} are now throttled (client quotas slow producers and consumers down; nothing is lost) and new clusters are refused until the budget is raised or the month ends.`
          : "The budget's action is ALERT: nothing is throttled.";
      try {
        await this.mailer.send({
          to,
          subject: `Tributary budget alert: ${a.threshold}% of ${usd(amount)} reached for ${where} (${month})`,
          text: [
            `Organization: ${org?.displayName ?? scope.organizationId}`,
            `Budget: ${usd(amount)} per month for ${where}`,
            `Spend in ${month} so far: ${usd(spend)} (${spendPercent(spend, amount)}% of the budget)`,
            `Threshold reached: ${a.threshold}%`,
            '',
            consequence,
            'Change the budget in the console under Billing → Budgets.',
          ].join('\n'),
        });
      } catch (e) {
        await scope.db.budgetAlert.updateMany({ where: { id: a.id, recipients: 0, emailedAt: claimedAt }, data: { emailedAt: null } });
        this.logger.warn({ org: scope.organizationId, budget: a.budgetId, threshold: a.threshold, err: (e as Error).message }, 'budget alert not mailed; retried at the next check');
        return;
      }
      await scope.db.budgetAlert.updateMany({ where: { id: a.id, emailedAt: claimedAt }, data: { recipients: to.length } });
    }
  }

  /** Makes `client_quotas` exactly the THROTTLE budgets at their cap; true when a row came or went. */
  private async syncQuotas(scope: OrgScope, budgets: Budget[], statuses: Map<string, BudgetStatus>): Promise<boolean> {
    const want = budgets.filter((b) => statuses.get(b.id)?.throttled);
    const have = await scope.db.clientQuota.findMany();
    const stale = have.filter((q) => !want.some((b) => b.scope === q.scope));
    const missing = want.filter((b) => !have.some((q) => q.scope === b.scope));
    if (stale.length) await scope.db.clientQuota.deleteMany({ where: { id: { in: stale.map((q) => q.id) } } });
    for (const b of missing) {
      await scope.db.clientQuota.createMany({
        data: [
          {
            id: `cq-${randomBytes(8).toString('hex')}`,
            organizationId: scope.organizationId,
            scope: b.scope,
            environmentId: b.environmentId,
            ...this.config.throttle,
            reason: `the ${usd(amountMicrosOf(b))} monthly budget of ${b.scope === ORG_SCOPE ? 'the organization' : `environment ${b.environmentId}`} is reached`,
          },
        ],
        skipDuplicates: true,
      });
    }
    for (const q of stale) await this.audit.recordSystem(scope.organizationId, { action: 'budget.throttle_lifted', resourceKind: 'Budget', resourceId: q.scope, details: { scope: q.scope } });
    for (const b of missing) await this.audit.recordSystem(scope.organizationId, { action: 'budget.throttled', resourceKind: 'Budget', resourceId: b.id, details: { scope: b.scope, ...this.config.throttle } });
    if (stale.length || missing.length) this.logger.info({ org: scope.organizationId, throttled: missing.map((b) => b.scope), lifted: stale.map((q) => q.scope) }, 'budget throttle changed');
    return stale.length > 0 || missing.length > 0;
  }
}
