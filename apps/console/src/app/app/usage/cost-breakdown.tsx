'use client';

import Link from 'next/link';
import { useMemo, useState } from 'react';
import { QueryBody } from '@/components/query-body';
import { Card } from '@/components/ui';
import { typedApi as api } from '@/lib/api';
import { formatDay, isoDate, money } from '@/lib/format';
import { parseMoney, sumMoney, type Money } from '@/lib/money';
import { useQuery } from '@/lib/hooks';
import type { CostItem } from '@/lib/types';

const LINE_LABELS: Record<string, string> = {
  KAFKA_NETWORK_WRITE: 'Data in',
  KAFKA_NETWORK_READ: 'Data out',
  KAFKA_STORAGE: 'Storage',
  KAFKA_PARTITION: 'Partitions',
  KAFKA_BASE: 'Cluster hours',
  KAFKA_NUM_CKUS: 'CKU hours',
  SCHEMA_REGISTRY: 'Schema Registry',
};
const TOPIC_LINES = ['KAFKA_NETWORK_WRITE', 'KAFKA_NETWORK_READ', 'KAFKA_STORAGE', 'KAFKA_PARTITION'] as const;

/** This month so far (the costs API's range is at most 31 days: the 1st to tomorrow). */
function monthRange(now = new Date()) {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
  return { start_date: isoDate(start), end_date: isoDate(end) };
}

async function allCosts(groupBy?: 'topic'): Promise<CostItem[]> {
  const r = monthRange();
  const out: CostItem[] = [];
  let token: string | undefined;
  for (let i = 0; i < 100; i++) {
    const page = await api.get('/billing/v1/costs', { query: { ...r, page_size: 5000, ...(groupBy ? { group_by: groupBy } : {}), ...(token ? { page_token: token } : {}) } });
    out.push(...page.data);
    const next = page.metadata.next ? new URL(page.metadata.next).searchParams.get('page_token') : null;
    if (!next) break;
    token = next;
  }
  return out;
}

interface TopicRow {
  cluster: string;
  topic: string;
  byLine: Record<string, Money>;
  total: Money;
}

/** Chargeback: this month's data, storage and partition costs per cluster and topic; every cost line with its broker samples. */
export function CostBreakdown() {
  const [view, setView] = useState<'topics' | 'lines'>('topics');
  const q = useQuery(`usage-costs:${view}`, () => allCosts(view === 'topics' ? 'topic' : undefined), { pollMs: () => 60_000 });
  const topicRows = useMemo(() => {
    const rows = new Map<string, TopicRow>();
    for (const c of q.data ?? []) {
      if (!c.resource || !(TOPIC_LINES as readonly string[]).includes(c.line_type) || typeof c.topic !== 'string') continue;
      const key = `${c.resource.id}|${c.topic}`;
      const row = rows.get(key) ?? { cluster: c.resource.display_name || c.resource.id, topic: c.topic, byLine: {}, total: 0n };
      const amount = parseMoney(c.amount);
      row.byLine[c.line_type] = sumMoney([row.byLine[c.line_type] ?? 0n, amount]);
      row.total = sumMoney([row.total, amount]);
      rows.set(key, row);
    }
    return [...rows.values()].sort((a, b) => a.cluster.localeCompare(b.cluster) || (b.total > a.total ? 1 : b.total < a.total ? -1 : a.topic.localeCompare(b.topic)));
  }, [q.data]);
  const lines = useMemo(() => (q.data ?? []).filter((c) => c.resource && c.links).sort((a, b) => b.start_date.localeCompare(a.start_date) || a.line_type.localeCompare(b.line_type)), [q.data]);

  return (
    <Card
      title="Costs this month"
      actions={
        <div className="segmented" role="group" aria-label="Breakdown">
          {(
            [
              ['topics', 'By topic'],
              ['lines', 'Cost lines'],
            ] as const
          ).map(([id, label]) => (
            <button key={id} type="button" className={`segment${id === view ? ' segment-active' : ''}`} aria-pressed={id === view} onClick={() => setView(id)}>
              {label}
            </button>
          ))}
        </div>
      }
    >
      <QueryBody query={q} action="read costs" loadingRows={4}>
        {view === 'topics' ? (
          <>
            <p className="muted small">
              Data in and out, storage and partitions shared out by each topic&apos;s own broker counters; the shares add up exactly to the cluster&apos;s lines. Cluster hours are shared by all topics and not shown here.
            </p>
            {topicRows.length === 0 ? (
              <p className="muted">No topic usage this month yet.</p>
            ) : (
              <div className="table-wrap table-scroll">
                <table className="table table-dense" data-testid="topic-costs">
                  <thead>
                    <tr>
                      <th scope="col">Cluster</th>
                      <th scope="col">Topic</th>
                      {TOPIC_LINES.map((l) => (
                        <th key={l} scope="col" className="num hide-sm">
                          {LINE_LABELS[l]}
                        </th>
                      ))}
                      <th scope="col" className="num">
                        Total
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {topicRows.map((r) => (
                      <tr key={`${r.cluster}|${r.topic}`}>
                        <td>{r.cluster}</td>
                        <td>{r.topic}</td>
                        {TOPIC_LINES.map((l) => (
                          <td key={l} className="num hide-sm">
                            {money(r.byLine[l] ?? 0n)}
                          </td>
                        ))}
                        <td className="num">{money(r.total)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </>
        ) : lines.length === 0 ? (
          <p className="muted">No costs this month yet.</p>
        ) : (
          <div className="table-wrap table-scroll">
            <table className="table table-dense" data-testid="cost-lines">
              <thead>
                <tr>
                  <th scope="col">Day</th>
                  <th scope="col">Cluster</th>
                  <th scope="col">Line</th>
                  <th scope="col" className="num hide-sm">
                    Quantity
                  </th>
                  <th scope="col" className="num">
                    Amount
                  </th>
                  <th scope="col">Evidence</th>
                </tr>
              </thead>
              <tbody>
                {lines.map((c) => {
                  const params = new URL(c.links!.samples).searchParams;
                  return (
                    <tr key={c.id}>
                      <td>{formatDay(c.start_date)}</td>
                      <td>{c.resource!.display_name || c.resource!.id}</td>
                      <td>{LINE_LABELS[c.line_type] ?? c.line_type}</td>
                      <td className="num hide-sm">
                        {c.quantity.toLocaleString('en-US', { maximumFractionDigits: 9 })} {c.unit}
                      </td>
                      <td className="num">{money(c.amount)}</td>
                      <td>
                        <Link href={`/app/usage/samples?${params.toString()}`}>Broker samples</Link>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </QueryBody>
    </Card>
  );
}
