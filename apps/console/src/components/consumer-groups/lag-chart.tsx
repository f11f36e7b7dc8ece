'use client';

import { Areas } from '@/components/charts';
import { LAG_POLL_MS, type LagSample } from '@/lib/consumer-groups';
import { count } from './group-state';

const SERIES = [
  { key: 'total', label: 'Total lag' },
  { key: 'max', label: 'Largest partition lag' },
];

/** The lag samples taken since the page opened (the API keeps no history of lag). */
export function LagChart({ samples, openedAt }: { samples: LagSample[]; openedAt: number }) {
  const rows = samples.map((s) => ({ t: new Date(s.at).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' }), total: s.total, max: s.max }));
  return (
    <div className="stack-sm" data-testid="lag-chart" data-samples={samples.length}>
      <p className="muted small">
        Measured by this page every {LAG_POLL_MS / 1000} s since you opened it at {new Date(openedAt).toLocaleTimeString()}: {samples.length} sample{samples.length === 1 ? '' : 's'}. Nothing is recorded
        while the page is closed, so the chart starts over when you come back.
      </p>
      {rows.length === 0 ? <p className="muted">Waiting for the first measurement…</p> : <Areas rows={rows} xKey="t" series={SERIES} format={count} height={220} integer />}
    </div>
  );
}
