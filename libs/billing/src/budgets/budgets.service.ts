import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditLog, type Principal } from '@tributary/accounts';
import { TenantRepositories, type Budget, type BudgetAction, type BudgetAlert } from '@tributary/db';
import { AppError } from '@tributary/platform';
import { amountMicrosOf, BudgetEnforcement, type BudgetStatus } from './budget-enforcement';
import { DEFAULT_THRESHOLDS, formatBudgetAmount, monthOf, normalizeThresholds, ORG_SCOPE, parseBudgetAmount } from './budget-rules';

export interface BudgetInput {
  /** USD, a decimal string (BUDGET_AMOUNT_PATTERN). */
  amount: string;
  thresholds?: number[];
  action: BudgetAction;
  /** Absent or null: the whole organization. */
  environmentId?: string | null;
}

export interface BudgetView {
  budget: Budget;
  status: BudgetStatus;
  month: { key: string; start: Date; end: Date };
}

/** The organization's monthly budgets: set, read, remove. Every change is evaluated at once. */
@Injectable()
export class Budgets {
  constructor(
    private readonly repos: TenantRepositories,
    private readonly enforcement: BudgetEnforcement,
    private readonly audit: AuditLog,
  ) {}

  async list(organizationId: string, now: Date = new Date()): Promise<BudgetView[]> {
    // Read only: alerts and throttles are the worker's check's and a change's business, which also
    // ask for the reconcile passes a throttle change needs.
    const budgets = await this.repos.for(organizationId).db.budget.findMany({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    const statuses = await this.enforcement.statuses(organizationId, now, budgets);
    return budgets.map((b) => ({ budget: b, status: statuses.get(b.id) ?? { spendMicros: 0n, amountMicros: amountMicrosOf(b), atCap: false, throttled: false }, month: monthOf(now) }));
  }

  /**
   * Creates or replaces the budget of one scope (the organization, or one of its environments).
   * Everything is checked before anything is written; then spend is evaluated against the new
   * budget, so raising a cap lifts its throttle in this same request.
   */
  async put(p: Principal, input: BudgetInput): Promise<{ view: BudgetView; created: boolean; throttleChanged: boolean }> {
    const amountMicros = parseBudgetAmount(input.amount);
    if (amountMicros === null) throw AppError.invalid(`'amount' must be USD between 0.01 and 9999999.999999 with at most six decimals (got '${input.amount.slice(0, 40)}')`, '/amount');
    const thresholds = normalizeThresholds(input.thresholds ?? DEFAULT_THRESHOLDS);
    if (thresholds.length === 0 || thresholds.some((t) => !Number.isInteger(t) || t < 1 || t > 100)) throw AppError.invalid("'thresholds' must be whole percentages from 1 to 100", '/thresholds');
    const environmentId = input.environmentId ?? null;
    const scope = this.repos.for(p.organizationId);
    if (environmentId !== null && !(await scope.environments.findFirst({ id: environmentId }))) throw AppError.notFound('Environment', environmentId);
    const key = environmentId ?? ORG_SCOPE;
    const { budget, created } = await scope.transaction(async (tx) => {
      const existing = await tx.db.budget.findFirst({ where: { scope: key } });
      const data = { amount: formatBudgetAmount(amountMicros), thresholds, action: input.action };
      const budget = existing
        ? await tx.db.budget.update({ where: { id: existing.id }, data })
        : await tx.db.budget.create({ data: { id: `budget-${randomBytes(6).toString('hex')}`, organizationId: p.organizationId, scope: key, environmentId, ...data } });
      await this.audit.record(
        p,
        {
          action: existing ? 'budget.update' : 'budget.create',
          resourceKind: 'Budget',
          resourceId: budget.id,
          details: { scope: key, amount: data.amount, thresholds, action: input.action, ...(existing ? { previous: { amount: formatBudgetAmount(amountMicrosOf(existing)), thresholds: existing.thresholds, action: existing.action } } : {}) },
        },
        tx,
      );
      return { budget, created: !existing };
    });
    const { statuses, throttleChanged } = await this.enforcement.evaluate(p.organizationId);
    return { view: { budget, status: statuses.get(budget.id)!, month: monthOf(new Date()) }, created, throttleChanged };
  }

  async remove(p: Principal, id: string): Promise<{ throttleChanged: boolean }> {
    const scope = this.repos.for(p.organizationId);
    await scope.transaction(async (tx) => {
      const existing = await tx.db.budget.findFirst({ where: { id } });
      if (!existing) throw AppError.notFound('Budget', id);
      await tx.db.budget.delete({ where: { id } });
      await this.audit.record(p, { action: 'budget.delete', resourceKind: 'Budget', resourceId: id, details: { scope: existing.scope } }, tx);
    });
    return { throttleChanged: (await this.enforcement.evaluate(p.organizationId)).throttleChanged };
  }

  /** The alerts of the last few months, newest first (the console's list and banner). */
  async alerts(organizationId: string, limit = 100): Promise<BudgetAlert[]> {
    return this.repos.for(organizationId).db.budgetAlert.findMany({ orderBy: [{ createdAt: 'desc' }, { threshold: 'desc' }], take: limit });
  }
}
