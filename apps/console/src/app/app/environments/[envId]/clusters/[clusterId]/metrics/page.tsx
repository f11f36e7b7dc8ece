'use client';

import { useMemo, useState } from 'react';
import { Areas } from '@/components/charts';
import { ComingSoon } from '@/components/clusters';
import { ErrorNotice } from '@/components/error-notice';
import { Card, EmptyState, Icon, Loading } from '@/components/ui';
import { isNotAvailable } from '@/lib/errors';
import { bytes } from '@/lib/format';
import { useQuery } from '@/lib/hooks';
import { metrics } from '@/lib/resources';
import type { MetricPoint } from '@/lib/types';
import { useCluster } from '../cluster-context';

const RANGES = [
  { id: '1h', label: 'Last hour', hours: 1, granularity: 'PT1M' },
  { id: '6h', label: 'Last 6 hours', hours: 6, granularity: 'PT5M' },
  { id: '24h', label: 'Last 24 hours', hours: 24, granularity: 'PT1H' },
  { id: '7d', label: 'Last 7 days', hours: 168, granularity: 'PT6H' },
] as const;

const METRIC = (name: string) => `io.confluent.kafka.server/${name}`;

function series(clusterId: string, metric: string, range: (typeof RANGES)[number]) {
  const end = new Date();
  end.setSeconds(0, 0);
  return metrics.query({
    aggregations: [{ metric: METRIC(metric), agg: 'SUM' }],
    filter: { field: 'resource.kafka.id', op: 'EQ', value: clusterId },
    granularity: range.granularity,
    intervals: [`${new Date(end.getTime() - range.hours * 3600_000).toISOString()}/${end.toISOString()}`],
    limit: 1000,
  });
}

function label(ts: string, hours: number): string {
  const d = new Date(ts);
  return hours > 24 ? d.toLocaleDateString(undefined, { month: 'short', day: 'numeric', hour: '2-digit' }) : d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

function merge(a: MetricPoint[], b: MetricPoint[], hours: number) {
  const rows = new Map<string, { t: string; received: number; sent: number }>();
  for (const p of a) rows.set(p.timestamp, { t: label(p.timestamp, hours), received: p.value, sent: 0 });
  for (const p of b) {
    const r = rows.get(p.timestamp) ?? { t: label(p.timestamp, hours), received: 0, sent: 0 };
    r.sent = p.value;
    rows.set(p.timestamp, r);
  }
  return [...rows.entries()].sort(([x], [y]) => x.localeCompare(y)).map(([, r]) => r);
}

export default function MetricsPage() {
  const { clusterId, cluster } = useCluster();
  const [rangeId, setRangeId] = useState<(typeof RANGES)[number]['id']>('6h');
  const range = RANGES.find((r) => r.id === rangeId) ?? RANGES[1];
  const running = cluster.status?.phase === 'PROVISIONED';
  const q = useQuery(running ? `metrics:${clusterId}:${rangeId}` : null, async () => {
    const [received, sent, retained] = await Promise.all([series(clusterId, 'received_bytes', range), series(clusterId, 'sent_bytes', range), series(clusterId, 'retained_bytes', range)]);
    return { received: received.data, sent: sent.data, retained: retained.data };
  });
  const rows = useMemo(() => (q.data ? merge(q.data.received, q.data.sent, range.hours) : []), [q.data, range.hours]);
  const storage = useMemo(() => (q.data ? q.data.retained.map((p) => ({ t: label(p.timestamp, range.hours), retained: p.value })) : []), [q.data, range.hours]);
  const totals = useMemo(() => ({ in: rows.reduce((s, r) => s + r.received, 0), out: rows.reduce((s, r) => s + r.sent, 0) }), [rows]);

  if (!running) {
    return (
      <Card>
        <EmptyState icon={<Icon name="chart" size={28} />} title="Metrics appear once the cluster is running" />
      </Card>
    );
  }
  if (isNotAvailable(q.error)) return <ComingSoon what="Metrics" />;

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
      {q.error ? (
        <Card>
          <ErrorNotice error={q.error} action="read metrics" onRetry={() => void q.reload()} />
        </Card>
      ) : !q.data ? (
        <Card>
          <Loading rows={5} />
        </Card>
      ) : (
        <>
          <div className="stats">
            <div className="stat">
              <span className="stat-label">Bytes in ({range.label.toLowerCase()})</span>
              <strong className="stat-value">{bytes(totals.in)}</strong>
            </div>
            <div className="stat">
              <span className="stat-label">Bytes out ({range.label.toLowerCase()})</span>
              <strong className="stat-value">{bytes(totals.out)}</strong>
            </div>
            <div className="stat">
              <span className="stat-label">Storage now</span>
              <strong className="stat-value">{bytes(storage[storage.length - 1]?.retained ?? 0)}</strong>
            </div>
          </div>
          <Card title="Throughput">
            {rows.length === 0 ? (
              <p className="muted">No traffic in this period. Produce to a topic and it shows up here within a minute.</p>
            ) : (
              <Areas rows={rows} xKey="t" series={[{ key: 'received', label: 'Received' }, { key: 'sent', label: 'Sent' }]} format={bytes} />
            )}
          </Card>
          <Card title="Storage">
            {storage.length === 0 ? <p className="muted">No retained data yet.</p> : <Areas rows={storage} xKey="t" series={[{ key: 'retained', label: 'Retained' }]} format={bytes} height={200} />}
          </Card>
        </>
      )}
    </div>
  );
}
