'use client';

import Link from 'next/link';
import { useMemo, useState } from 'react';
import { StackedBars } from '@/components/charts';
import { ErrorNotice } from '@/components/error-notice';
import { useSession } from '@/components/session';
import { Callout, Card, EmptyState, Icon, PageHeader } from '@/components/ui';
import { isApiError } from '@/lib/api';
import { isNotAvailable } from '@/lib/errors';
import { formatDate, formatDay, isoDate, money, titleCase } from '@/lib/format';
import { formatUsd, moneyToChartNumber, parseMoney, type Money } from '@/lib/money';
import { useBillingAccount, useCosts, useInvoicePreview } from '@/lib/queries';
import { QueryBody } from '@/components/query-body';
import type { BillingAccount, CostItem, InvoicePreview } from '@/lib/types';
import { InvoicesPanel, PaymentMethodPanel } from './payments';

const LINE_LABELS: Record<string, string> = {
  KAFKA_BASE: 'Cluster base',
  KAFKA_NUM_CKUS: 'CKUs',
  KAFKA_NETWORK_WRITE: 'Network in',
  KAFKA_NETWORK_READ: 'Network out',
  KAFKA_STORAGE: 'Storage',
  KAFKA_PARTITION: 'Partitions',
  PROMO_CREDIT: 'Promo credit',
};
const lineLabel = (t: string) => LINE_LABELS[t] ?? titleCase(t);

type Period = 'month' | 'last-month' | '30d';

function periodDates(p: Period): { start: string; end: string; label: string } {
  const now = new Date();
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  if (p === 'month') {
    const end = new Date(Date.UTC(y, m, now.getUTCDate() + 1));
    return { start: isoDate(new Date(Date.UTC(y, m, 1))), end: isoDate(end), label: 'This month so far' };
  }
  if (p === 'last-month') return { start: isoDate(new Date(Date.UTC(y, m - 1, 1))), end: isoDate(new Date(Date.UTC(y, m, 1))), label: 'Last month' };
  return { start: isoDate(new Date(Date.UTC(y, m, now.getUTCDate() - 29))), end: isoDate(new Date(Date.UTC(y, m, now.getUTCDate() + 1))), label: 'Last 30 days' };
}

/** Totals per day, line type and resource, summed exactly (Money), turned into numbers only for the chart. */
function summarize(items: CostItem[]) {
  const days = new Map<string, Map<string, Money>>();
  const lineTypes = new Set<string>();
  const byResource = new Map<string, { name: string; id: string; amount: Money; lines: Map<string, Money> }>();
  let total: Money = 0n;
  let credits: Money = 0n;
  for (const it of items) {
    const amount = parseMoney(it.amount);
    total += amount;
    if (amount < 0n) credits += amount;
    const day = it.start_date.slice(0, 10);
    const row = days.get(day) ?? new Map<string, Money>();
    if (amount > 0n) {
      row.set(it.line_type, (row.get(it.line_type) ?? 0n) + amount);
      lineTypes.add(it.line_type);
    }
    days.set(day, row);
    const rid = it.resource?.id || 'organization';
    const r = byResource.get(rid) ?? { name: it.resource?.display_name || (rid === 'organization' ? 'Promotional credit' : rid), id: rid, amount: 0n, lines: new Map<string, Money>() };
    r.amount += amount;
    r.lines.set(it.line_type, (r.lines.get(it.line_type) ?? 0n) + amount);
    byResource.set(rid, r);
  }
  const rows = [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, lines]) => ({ day: formatDay(day), ...Object.fromEntries([...lines.entries()].map(([t, v]) => [t, moneyToChartNumber(v)])) }));
  const resources = [...byResource.values()].sort((a, b) => (a.amount === b.amount ? 0 : a.amount < b.amount ? 1 : -1));
  return { rows, lineTypes: [...lineTypes], resources, total, credits };
}

function qty(n: number | undefined, unit: string | undefined): string {
  if (n === undefined) return '—';
  const v = n.toLocaleString('en-US', { maximumFractionDigits: n < 1 ? 6 : 2 });
  return unit ? `${v} ${unit}` : v;
}

function Invoice({ inv }: { inv: InvoicePreview }) {
  return (
    <div className="stack">
      <div className="table-wrap">
        <table className="table table-dense">
          <caption className="sr-only">Invoice preview</caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col" className="num">
                Quantity
              </th>
              <th scope="col" className="num">
                Amount
              </th>
            </tr>
          </thead>
          <tbody>
            {inv.lines.length === 0 ? (
              <tr>
                <td colSpan={3} className="muted center">
                  Nothing used this month yet.
                </td>
              </tr>
            ) : (
              inv.lines.map((l) => (
                <tr key={l.line_type}>
                  <td>{lineLabel(l.line_type)}</td>
                  <td className="num">{qty(l.quantity, l.unit)}</td>
                  <td className="num">{money(l.amount)}</td>
                </tr>
              ))
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                Subtotal
              </th>
              <td className="num">{money(inv.subtotal)}</td>
            </tr>
            <tr>
              <th scope="row" colSpan={2}>
                Credits applied
              </th>
              <td className="num">−{money(inv.credits_applied)}</td>
            </tr>
            <tr className="row-total">
              <th scope="row" colSpan={2}>
                Total due
              </th>
              <td className="num" data-testid="invoice-total">
                {inv.total_display}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="muted small">
        Period {formatDay(inv.period.start_date)} – {formatDay(inv.period.end_date)} (UTC, end exclusive). Invoiced when the month closes.
      </p>
    </div>
  );
}

/** Credit used up with no card, or a canceled subscription: the refusal date during the grace period, then the refusal. */
function RestrictionNotice({ restriction }: { restriction: NonNullable<BillingAccount['restriction']> }) {
  const why =
    restriction.reason === 'CANCELED'
      ? `The subscription was canceled on ${formatDay(restriction.since)}.`
      : `The promotional credit is used up and no payment method is on file (since ${formatDay(restriction.since)}).`;
  const fix = restriction.reason === 'CANCELED' ? 'Add a payment method below to renew the subscription.' : 'Add a card below to keep creating clusters.';
  return restriction.in_effect ? (
    <Callout tone="danger" title="New clusters are refused">
      {why} Running clusters keep running, but new clusters can&apos;t be created. {fix}
    </Callout>
  ) : (
    <Callout tone="warning" title={`New clusters will be refused from ${formatDate(restriction.refused_from)}`}>
      {why} Running clusters keep running; from {formatDate(restriction.refused_from)} new clusters can&apos;t be created. {fix}
    </Callout>
  );
}

function CostsTable({ items }: { items: CostItem[] }) {
  const rows = [...items].sort((a, b) => b.start_date.localeCompare(a.start_date) || (a.resource?.display_name ?? '').localeCompare(b.resource?.display_name ?? '') || a.line_type.localeCompare(b.line_type));
  if (rows.length === 0) return <p className="muted">No costs in this period.</p>;
  return (
    <div className="table-wrap table-scroll">
      <table className="table table-dense" data-testid="costs-table">
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Cluster</th>
            <th scope="col">Line</th>
            <th scope="col" className="num hide-sm">
              Quantity
            </th>
            <th scope="col" className="num hide-sm">
              Unit price
            </th>
            <th scope="col" className="num">
              Amount
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={r.id ?? i}>
              <td>{formatDay(r.start_date)}</td>
              <td>{r.resource ? r.resource.display_name || r.resource.id : <span className="muted">Organization</span>}</td>
              <td>{lineLabel(r.line_type)}</td>
              <td className="num hide-sm">{r.line_type === 'PROMO_CREDIT' ? '—' : qty(r.quantity, r.unit)}</td>
              <td className="num hide-sm">{r.line_type === 'PROMO_CREDIT' ? '—' : r.price !== undefined ? formatUsd(parseMoney(r.price), { maxFractionDigits: 6 }) : '—'}</td>
              <td className={`num${parseMoney(r.amount) < 0n ? ' text-success' : ''}`}>{money(r.amount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function BillingPage() {
  const { me, isAdmin } = useSession();
  const [period, setPeriod] = useState<Period>('month');
  const dates = periodDates(period);
  const q = useCosts(isAdmin, dates.start, dates.end);
  const inv = useInvoicePreview(isAdmin);
  const account = useBillingAccount(isAdmin);
  const forbidden = !isAdmin || (isApiError(q.error) && q.error.status === 403);
  const s = useMemo(() => summarize(q.data?.data ?? []), [q.data]);

  return (
    <div className="page">
      <PageHeader
        title="Billing"
        description="What your clusters cost, day by day. Usage accrues hourly in UTC; invoices are monthly in arrears."
        actions={
          <div className="segmented" role="group" aria-label="Period">
            {(['month', 'last-month', '30d'] as const).map((p) => (
              <button key={p} type="button" className={`segment${p === period ? ' segment-active' : ''}`} aria-pressed={p === period} onClick={() => setPeriod(p)}>
                {periodDates(p).label}
              </button>
            ))}
          </div>
        }
      />

      {forbidden ? (
        <Card>
          <EmptyState icon={<Icon name="card" size={28} />} title="Billing is for Organization admins">
            Your role ({me.role}) can&apos;t see costs and invoices. <Link href="/app/usage">Usage</Link> shows what your clusters do.
          </EmptyState>
        </Card>
      ) : isNotAvailable(q.error) ? (
        <Card>
          <EmptyState icon={<Icon name="chart" size={28} />} title="Cost reports are coming soon">
            Usage is being metered, and daily costs per cluster will appear here once the billing API is enabled on this deployment.
          </EmptyState>
        </Card>
      ) : (
        <QueryBody query={q} action="see billing" loadingRows={5} frame={(n) => <Card>{n}</Card>}>
          <div className="stats">
            <div className="stat">
              <span className="stat-label">{dates.label}</span>
              <strong className="stat-value">{money(s.total)}</strong>
            </div>
            <div className="stat">
              <span className="stat-label">Credits applied</span>
              <strong className="stat-value">{money(-s.credits)}</strong>
            </div>
            <div className="stat">
              <span className="stat-label">Credit left</span>
              <strong className="stat-value" data-testid="credit-left">
                {inv.data ? money(inv.data.credit_remaining) : '—'}
              </strong>
            </div>
            <div className="stat">
              <span className="stat-label">Due this month so far</span>
              <strong className="stat-value">{inv.data ? inv.data.total_display : '—'}</strong>
            </div>
          </div>
          <Card title="Daily cost">
            {s.rows.length === 0 ? (
              <EmptyState icon={<Icon name="chart" size={28} />} title="No usage in this period">
                Costs appear here within a few hours of creating a cluster.
              </EmptyState>
            ) : (
              <StackedBars rows={s.rows} xKey="day" series={s.lineTypes.map((t) => ({ key: t, label: lineLabel(t) }))} format={money} />
            )}
          </Card>
          <Card title="Costs by day and line type">
            <CostsTable items={q.data?.data ?? []} />
          </Card>
          <Card title="Invoice preview">
            <QueryBody query={inv} action="preview the invoice" loadingRows={2}>
              {inv.data ? <Invoice inv={inv.data} /> : null}
            </QueryBody>
          </Card>
          {s.resources.length > 0 ? (
            <Card title="By resource">
              <div className="table-wrap">
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">Resource</th>
                      <th scope="col" className="hide-sm">
                        Breakdown
                      </th>
                      <th scope="col" className="num">
                        Amount
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {s.resources.map((r) => (
                      <tr key={r.id}>
                        <td>
                          <span className="row-title">{r.name}</span>
                          {r.id !== r.name ? <div className="cell-sub">{r.id}</div> : null}
                        </td>
                        <td className="hide-sm muted small">
                          {[...r.lines.entries()].map(([t, v]) => `${lineLabel(t)} ${money(v)}`).join(' · ')}
                        </td>
                        <td className="num">{money(r.amount)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </Card>
          ) : null}
        </QueryBody>
      )}

      <Card title="Payment method" id="payment">
        {account.error && !forbidden ? (
          <ErrorNotice error={account.error} action="see billing settings" onRetry={() => void account.reload()} />
        ) : (
          <div className="stack">
            {isAdmin && account.data?.restriction && account.data.restriction.reason !== 'PAST_DUE' ? <RestrictionNotice restriction={account.data.restriction} /> : null}
            <PaymentMethodPanel account={account.data} isAdmin={isAdmin} />
          </div>
        )}
      </Card>
      {isAdmin && account.data?.stripe_enabled ? (
        <Card title="Invoices" id="invoices">
          <InvoicesPanel enabled />
        </Card>
      ) : null}
    </div>
  );
}
