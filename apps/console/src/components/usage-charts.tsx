'use client';

import { useMemo, useState } from 'react';
import { Areas } from './charts';
import { QueryBody } from './query-body';
import { Card, EmptyState, Icon } from './ui';
import { isNotAvailable } from '@/lib/errors';
import { bytes } from '@/lib/format';
import { useQuery } from '@/lib/hooks';
import { metrics } from '@/lib/resources';
import type { Cluster, MetricPoint } from '@/lib/types';

const RANGES = [
  { id: '1h', label: 'Last hour', hours: 1, granularity: 'PT1M', stepMs: 60_000 },
  { id: '6h', label: 'Last 6 hours', hours: 6, granularity: 'PT5M', stepMs: 300_000 },
  { id: '24h', label: 'Last 24 hours', hours: 24, granularity: 'PT1H', stepMs: 3_600_000 },
  { id: '7d', label: 'Last 7 days', hours: 168, granularity: 'PT6H', stepMs: 21_600_000 },
] as const;
type Range = (typeof RANGES)[number];

const METRICS = [
  { id: 'received_bytes', title: 'Data in', help: 'Bytes produced to the cluster', format: bytes, sum: true },
  { id: 'sent_bytes', title: 'Data out', help: 'Bytes consumed from the cluster', format: bytes, sum: true },
  { id: 'retained_bytes', title: 'Storage', help: 'Bytes retained on the brokers', format: bytes, sum: false },
  { id: 'partition_count', title: 'Partitions', help: 'Partitions hosted', format: (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 0 }), sum: false },
] as const;

const CLUSTER = 'resource.kafka.id';

function label(ts: string, hours: number): string {
  const d = new Date(ts);
  return hours > 24 ? d.toLocaleDateString(undefined, { month: 'short', day: 'numeric', hour: '2-digit' }) : d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

/**
 * One row per timestamp, one column per cluster (by display name). Counters (bytes in/out) get a row
 * for every bucket of the range, zero where nothing happened, so a burst reads as a burst.
 */
function pivot(points: MetricPoint[], names: Map<string, string>, range: Range, counter: boolean, end: number) {
  const hours = range.hours;
  const rows = new Map<string, Record<string, string | number>>();
  const series = new Set<string>();
  if (counter && points.length > 0) {
    const start = Math.floor((end - hours * 3_600_000) / range.stepMs) * range.stepMs;
    for (let t = start; t <= end; t += range.stepMs) {
      const ts = new Date(t).toISOString().replace('.000Z', 'Z');
      rows.set(ts, { t: label(ts, hours) });
    }
  }
  for (const p of points) {
    const name = names.get(p[CLUSTER] ?? '') ?? p[CLUSTER] ?? 'cluster';
    series.add(name);
    const ts = new Date(p.timestamp).toISOString().replace('.000Z', 'Z');
    const row = rows.get(ts) ?? { t: label(ts, hours) };
    row[name] = Number(row[name] ?? 0) + p.value;
    rows.set(ts, row);
  }
  const names_ = [...series];
  const out = [...rows.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, r]) => {
    if (counter) for (const n of names_) if (r[n] === undefined) r[n] = 0;
    return r;
  });
  return { rows: out, series: names_.map((n) => ({ key: n, label: n })) };
}

/** Data in/out, storage and partitions of `clusters` over a chosen range, per cluster, refreshing itself. */
export function UsageCharts({ clusters }: { clusters: Cluster[] }) {
  const [rangeId, setRangeId] = useState<Range['id']>('1h');
  const range = RANGES.find((r) => r.id === rangeId) ?? RANGES[0];
  const list = clusters;
  const ids = list.map((c) => c.id).join(',');
  const q = useQuery(
    ids ? `usage:${ids}:${rangeId}` : null,
    async () => {
      const end = new Date();
      const interval = `${new Date(end.getTime() - range.hours * 3600_000).toISOString()}/${end.toISOString()}`;
      const filter = { op: 'OR' as const, filters: list.map((c) => ({ field: CLUSTER, op: 'EQ' as const, value: c.id })) };
      const results = await Promise.all(
        METRICS.map((m) =>
          metrics.query({ aggregations: [{ metric: `io.confluent.kafka.server/${m.id}`, agg: 'SUM' }], filter, group_by: [CLUSTER], granularity: range.granularity, intervals: [interval], limit: 1000 }),
        ),
      );
      return { end: end.getTime(), ...(Object.fromEntries(METRICS.map((m, i) => [m.id, results[i].data])) as Record<(typeof METRICS)[number]['id'], MetricPoint[]>) };
    },
    { pollMs: () => (range.hours <= 1 ? 5000 : 60_000) },
  );
  const names = useMemo(() => new Map(list.map((c) => [c.id, c.spec.display_name] as const)), [list]);

  return (
    <div className="stack-lg">
      <div className="toolbar">
        <div className="segmented" role="group" aria-label="Time range">
          {RANGES.map((r) => (
            <button key={r.id} type="button" className={`segment${r.id === rangeId ? ' segment-active' : ''}`} aria-pressed={r.id === rangeId} onClick={() => setRangeId(r.id)}>
              {r.label}
            </button>
          ))}
        </div>
      </div>
      {isNotAvailable(q.error) ? (
        <Card>
          <EmptyState icon={<Icon name="clock" size={28} />} title="Usage charts are coming soon">
            This deployment doesn&apos;t serve the metrics API yet. Usage is still metered and billed.
          </EmptyState>
        </Card>
      ) : (
        <QueryBody query={q} action="read usage" loadingRows={5} frame={(n) => <Card>{n}</Card>}>
          <div className="stats">
            {METRICS.map((m) => {
              const pts = q.data?.[m.id] ?? [];
              let value: number;
              if (m.sum) value = pts.reduce((s, p) => s + p.value, 0);
              else {
                // The latest bucket, summed over clusters.
                const last = pts.reduce((mx, p) => (p.timestamp > mx ? p.timestamp : mx), '');
                value = pts.filter((p) => p.timestamp === last).reduce((s, p) => s + p.value, 0);
              }
              return (
                <div className="stat" key={m.id}>
                  <span className="stat-label">
                    {m.title} {m.sum ? `(${range.label.toLowerCase()})` : '(now)'}
                  </span>
                  <strong className="stat-value" data-testid={`usage-${m.id}`}>
                    {m.format(value)}
                  </strong>
                </div>
              );
            })}
          </div>
          <div className="grid-2">
            {METRICS.map((m) => {
              const { rows, series } = pivot(q.data?.[m.id] ?? [], names, range, m.sum, q.data?.end ?? Date.now());
              return (
                <Card key={m.id} title={m.title}>
                  <p className="muted small">{m.help}, per cluster.</p>
                  {rows.length === 0 ? (
                    <p className="muted">Nothing yet in this period.</p>
                  ) : (
                    <Areas rows={rows} xKey="t" series={series} format={m.format} height={220} integer={m.id === 'partition_count'} />
                  )}
                </Card>
              );
            })}
          </div>
        </QueryBody>
      )}
    </div>
  );
}
