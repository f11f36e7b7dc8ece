'use client';

import { useMemo, useState } from 'react';
import { StackedBars } from '@/components/charts';
import { ErrorNotice } from '@/components/error-notice';
import { useSession } from '@/components/session';
import { Callout, Card, EmptyState, Icon, Loading, PageHeader } from '@/components/ui';
import { isNotAvailable } from '@/lib/errors';
import { formatDay, isoDate, money, titleCase } from '@/lib/format';
import { useQuery } from '@/lib/hooks';
import { billing } from '@/lib/resources';
import type { CostItem } from '@/lib/types';

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

function summarize(items: CostItem[]) {
  const days = new Map<string, Record<string, number | string>>();
  const lineTypes = new Set<string>();
  const byResource = new Map<string, { name: string; id: string; amount: number; lines: Map<string, number> }>();
  let total = 0;
  let credits = 0;
  for (const it of items) {
    total += it.amount;
    if (it.amount < 0) credits += it.amount;
    const day = it.start_date.slice(0, 10);
    const row = days.get(day) ?? { day: formatDay(day) };
    if (it.amount > 0) {
      row[it.line_type] = Number(row[it.line_type] ?? 0) + it.amount;
      lineTypes.add(it.line_type);
    }
    days.set(day, row);
    const rid = it.resource?.id ?? 'organization';
    const r = byResource.get(rid) ?? { name: it.resource?.display_name || rid, id: rid, amount: 0, lines: new Map<string, number>() };
    r.amount += it.amount;
    r.lines.set(it.line_type, (r.lines.get(it.line_type) ?? 0) + it.amount);
    byResource.set(rid, r);
  }
  const rows = [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, r]) => r);
  return { rows, lineTypes: [...lineTypes], resources: [...byResource.values()].sort((a, b) => b.amount - a.amount), total, credits };
}

export default function BillingPage() {
  const { me, isAdmin } = useSession();
  const [period, setPeriod] = useState<Period>('month');
  const dates = periodDates(period);
  const q = useQuery(`costs:${dates.start}:${dates.end}`, () => billing.costs(dates.start, dates.end));
  const s = useMemo(() => summarize(q.data?.data ?? []), [q.data]);

  return (
    <div className="page">
      <PageHeader
        title="Billing & usage"
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

      {isNotAvailable(q.error) ? (
        <Card>
          <EmptyState icon={<Icon name="chart" size={28} />} title="Cost reports are coming soon">
            Usage is being metered, and daily costs per cluster will appear here once the billing API is enabled on this deployment.
          </EmptyState>
        </Card>
      ) : q.error ? (
        <Card>
          <ErrorNotice error={q.error} action="see billing" onRetry={() => void q.reload()} />
        </Card>
      ) : !q.data ? (
        <Card>
          <Loading rows={5} />
        </Card>
      ) : (
        <>
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
              <span className="stat-label">Resources billed</span>
              <strong className="stat-value">{s.resources.filter((r) => r.amount > 0 && r.id !== 'organization').length}</strong>
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
        </>
      )}

      <Card title="Payment method" id="payment">
        <p>
          Tributary bills {me.organization.display_name} monthly in arrears for the usage above. When an action answers <strong>Payment required</strong>, the
          organization has no valid payment method or has used up its free credit.
        </p>
        {isAdmin ? (
          <Callout tone="info" title="How to pay">
            Self-service card entry is coming to this page. Until then, email <a href="mailto:billing@tributary.dev">billing@tributary.dev</a> from your admin
            address with your organization id <code className="id">{me.organization.id}</code> to add a card, set up invoicing, or redeem a promo code.
          </Callout>
        ) : (
          <Callout tone="info">Only Organization admins can change how the organization pays. Ask one of them.</Callout>
        )}
      </Card>
    </div>
  );
}
