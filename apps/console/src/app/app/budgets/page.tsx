'use client';

/**
 * Monthly budgets: one for the organization and one per environment, alerts at thresholds (mailed to
 * the admins), and THROTTLE at the cap (clusters slowed by Kafka client quotas, new clusters refused)
 * until the budget is raised or the month ends. Amounts stay decimal strings: no float touches money.
 */
import { useState, type FormEvent } from 'react';
import { ErrorNotice } from '@/components/error-notice';
import { QueryBody } from '@/components/query-body';
import { useSession } from '@/components/session';
import { Badge, Button, Callout, Card, EmptyState, PageHeader, SelectField, TextField } from '@/components/ui';
import { isApiError, typedApi } from '@/lib/api';
import { formatDate } from '@/lib/format';
import { useAction, useInvalidate, useQuery } from '@/lib/hooks';
import { useEnvironmentList } from '@/lib/queries';
import type { ResponseOf } from '@/lib/types';

type BudgetList = ResponseOf<'/billing/v1/budgets', 'get'>;
type Budget = BudgetList['data'][number];
type AlertList = ResponseOf<'/billing/v1/budget-alerts', 'get'>;

const BUDGETS_KEY = 'billing-budgets';
const ALERTS_KEY = 'billing-budget-alerts';
const POLL_MS = 15_000;

/** '1.500000' → '$1.50' (cents shown, more only when the amount has them). */
function usd(amount: string): string {
  const [w = '0', f = ''] = amount.split('.');
  const frac = f.replace(/0+$/, '').padEnd(2, '0');
  return `$${w.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
}

const useBudgets = (enabled: boolean) => useQuery<BudgetList>(enabled ? BUDGETS_KEY : null, (signal) => typedApi.get('/billing/v1/budgets', { signal }), { pollMs: () => POLL_MS });
const useBudgetAlerts = (enabled: boolean) => useQuery<AlertList>(enabled ? ALERTS_KEY : null, (signal) => typedApi.get('/billing/v1/budget-alerts', { signal }), { pollMs: () => POLL_MS });

/** What a budget at its cap means now: the banner on this page. */
function BudgetBanner({ budgets }: { budgets: Budget[] }) {
  const throttled = budgets.filter((b) => b.status.throttled);
  const atCap = budgets.filter((b) => b.status.at_cap && !b.status.throttled);
  if (throttled.length) {
    return (
      <Callout tone="danger" title="Clusters are throttled: a budget is at its cap">
        {throttled.map((b) => `${b.spec.environment ? `Environment ${b.spec.environment.id}` : 'The organization'} has spent ${usd(b.status.spend)} of ${usd(b.spec.amount)} this month.`).join(' ')} Producers and consumers are slowed down (nothing is lost) and new clusters are
        refused. Raise the budget below to lift both at once; they lift by themselves when the month ends.
      </Callout>
    );
  }
  if (atCap.length) {
    return (
      <Callout tone="warning" title="A budget is at its cap">
        {atCap.map((b) => `${b.spec.environment ? `Environment ${b.spec.environment.id}` : 'The organization'} has spent ${usd(b.status.spend)} of ${usd(b.spec.amount)} this month.`).join(' ')} Its action is ALERT: nothing is throttled.
      </Callout>
    );
  }
  const warned = budgets.filter((b) => Number(b.status.spend_percent) >= (b.spec.thresholds[0] ?? 101));
  if (warned.length) {
    return (
      <Callout tone="warning" title="Budget thresholds reached">
        {warned.map((b) => `${b.spec.environment ? `Environment ${b.spec.environment.id}` : 'The organization'}: ${b.status.spend_percent}% of ${usd(b.spec.amount)}.`).join(' ')}
      </Callout>
    );
  }
  return null;
}

function BudgetForm({ initial, onDone }: { initial?: Budget; onDone: () => void }) {
  const { me } = useSession();
  const envs = useEnvironmentList(me.organization.id);
  const invalidate = useInvalidate();
  const [amount, setAmount] = useState(initial ? initial.spec.amount.replace(/\.?0+$/, '') : '');
  const [thresholds, setThresholds] = useState(initial ? initial.spec.thresholds.join(', ') : '50, 80, 100');
  const [action, setAction] = useState<'ALERT' | 'THROTTLE'>(initial?.spec.action ?? 'ALERT');
  const [environment, setEnvironment] = useState(initial?.spec.environment?.id ?? '');
  const save = useAction(async () => {
    const parsed = thresholds
      .split(/[\s,]+/)
      .filter(Boolean)
      .map((s) => Number(s));
    await typedApi.put('/billing/v1/budgets', { body: { amount: amount.trim(), thresholds: parsed, action, environment: environment ? { id: environment } : null } });
    await Promise.all([invalidate(BUDGETS_KEY), invalidate(ALERTS_KEY)]);
    onDone();
  });
  const err = isApiError(save.error) ? save.error : undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save.run();
  };
  return (
    <form className="stack" onSubmit={submit} data-testid="budget-form">
      <SelectField label="Scope" value={environment} onChange={(e) => setEnvironment(e.target.value)} disabled={Boolean(initial)}>
        <option value="">Whole organization</option>
        {(envs.data ?? []).map((env) => (
          <option key={env.id} value={env.id}>
            Environment {env.display_name} ({env.id})
          </option>
        ))}
      </SelectField>
      <TextField label="Monthly budget (USD)" inputMode="decimal" required value={amount} onChange={(e) => setAmount(e.target.value)} placeholder="250.00" hint="From 0.01 to 9,999,999.99, at most six decimals." error={err?.field('amount')} />
      <TextField label="Alert thresholds (%)" value={thresholds} onChange={(e) => setThresholds(e.target.value)} hint="Whole percentages from 1 to 100. The organization's admins get one email per threshold per month." error={err?.field('thresholds')} />
      <SelectField label="At the cap" value={action} onChange={(e) => setAction(e.target.value as 'ALERT' | 'THROTTLE')}>
        <option value="ALERT">Alert only</option>
        <option value="THROTTLE">Throttle clusters and refuse new ones</option>
      </SelectField>
      {save.error && !err?.hasFieldErrors ? <ErrorNotice error={save.error} action="save the budget" compact /> : null}
      <div className="row">
        <Button type="submit" variant="primary" disabled={save.pending}>
          {save.pending ? 'Saving…' : 'Save budget'}
        </Button>
        <Button type="button" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

function BudgetRow({ b, onEdit }: { b: Budget; onEdit: () => void }) {
  const invalidate = useInvalidate();
  const remove = useAction(async () => {
    await typedApi.del('/billing/v1/budgets/{id}', { path: { id: b.id } });
    await invalidate(BUDGETS_KEY);
  });
  const pct = Math.min(100, Number(b.status.spend_percent));
  return (
    <tr data-testid="budget-row">
      <td>{b.spec.environment ? `Environment ${b.spec.environment.id}` : 'Organization'}</td>
      <td className="num">{usd(b.spec.amount)}</td>
      <td className="num">
        {usd(b.status.spend)} <span className="muted small">({b.status.spend_percent}%)</span>
        <div className="meter" aria-hidden="true">
          <div className="meter-fill" style={{ width: `${pct}%` }} />
        </div>
      </td>
      <td>{b.spec.thresholds.map((t) => `${t}%`).join(', ')}</td>
      <td>
        {b.spec.action === 'THROTTLE' ? 'Throttle' : 'Alert'} {b.status.throttled ? <Badge tone="danger">Throttled</Badge> : b.status.at_cap ? <Badge tone="warning">At cap</Badge> : null}
      </td>
      <td className="num">
        <Button size="sm" onClick={onEdit}>
          Edit
        </Button>{' '}
        <Button size="sm" variant="danger" disabled={remove.pending} onClick={() => void remove.run()}>
          Remove
        </Button>
        {remove.error ? <ErrorNotice error={remove.error} action="remove the budget" compact /> : null}
      </td>
    </tr>
  );
}

export default function BudgetsPage() {
  const { isAdmin } = useSession();
  const budgets = useBudgets(isAdmin);
  const alerts = useBudgetAlerts(isAdmin);
  const [editing, setEditing] = useState<Budget | 'new' | null>(null);
  const list = budgets.data?.data ?? [];
  return (
    <div className="stack">
      <PageHeader title="Budgets" docTitle="Budgets" description="A monthly budget for the organization or one environment: alerts by email at the thresholds you choose, and optionally throttling at the cap instead of a surprise bill." />
      {!isAdmin ? (
        <Callout tone="info" title="Only admins manage budgets">
          Ask an OrganizationAdmin to set or change budgets.
        </Callout>
      ) : (
        <>
          <BudgetBanner budgets={list} />
          <Card
            title="Monthly budgets"
            actions={
              editing === null ? (
                <Button variant="primary" onClick={() => setEditing('new')}>
                  New budget
                </Button>
              ) : null
            }
          >
            {editing !== null ? <BudgetForm key={editing === 'new' ? 'new' : editing.id} {...(editing === 'new' ? {} : { initial: editing })} onDone={() => setEditing(null)} /> : null}
            <QueryBody query={budgets} action="load budgets" empty={list.length === 0 && editing === null && <EmptyState title="No budget yet">Set one to get an email before spend surprises you.</EmptyState>}>
              {list.length > 0 ? (
                <div className="table-wrap">
                  <table className="table table-dense" data-testid="budgets-table">
                    <thead>
                      <tr>
                        <th scope="col">Scope</th>
                        <th scope="col" className="num">
                          Budget
                        </th>
                        <th scope="col" className="num">
                          Spent this month
                        </th>
                        <th scope="col">Alerts at</th>
                        <th scope="col">At the cap</th>
                        <th scope="col" className="num">
                          <span className="sr-only">Actions</span>
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {list.map((b) => (
                        <BudgetRow key={b.id} b={b} onEdit={() => setEditing(b)} />
                      ))}
                    </tbody>
                  </table>
                </div>
              ) : null}
            </QueryBody>
          </Card>
          <Card title="Alerts">
            <QueryBody query={alerts} action="load budget alerts" empty={(alerts.data?.data.length ?? 0) === 0 && <p className="muted">No threshold reached yet.</p>}>
              <ul className="list" data-testid="budget-alerts">
                {(alerts.data?.data ?? []).map((a) => (
                  <li key={a.id}>
                    <strong>{a.threshold}%</strong> of {usd(a.amount)} reached in {a.month} ({usd(a.spend)} spent) · {formatDate(a.created_at)} · {a.emailed_at ? 'emailed to the admins' : <span className="muted">not emailed (mail not configured or pending)</span>}
                  </li>
                ))}
              </ul>
            </QueryBody>
          </Card>
        </>
      )}
    </div>
  );
}
