'use client';

import Link from 'next/link';
import { useSession } from './session';
import { typedApi as api } from '@/lib/api';
import { useQuery } from '@/lib/hooks';
import type { ResponseOf } from '@/lib/types';

export type LiveMeter = ResponseOf<'/billing/v1/meter', 'get'>;

/** Spend so far this month, the rate now and the projection (org admins only: the API refuses others). */
export function useLiveMeter() {
  const { me } = useSession();
  return useQuery(me.role === 'OrganizationAdmin' ? 'live-meter' : null, () => api.get('/billing/v1/meter'), { pollMs: () => 30_000 });
}

/** The header's meter: spend this month, the rate now, where the month ends at that rate. Silent when unavailable. */
export function LiveMeterBadge() {
  const { data } = useLiveMeter();
  if (!data) return null;
  return (
    <Link
      href="/app/usage"
      className="muted small"
      data-testid="live-meter"
      title={`This month so far ${data.display.spend_so_far}; ${data.display.hourly_rate} an hour now; ${data.display.projected_month_end} by the month's end at that rate (before credits)`}
      style={{ whiteSpace: 'nowrap', marginRight: 12 }}
    >
      {data.display.spend_so_far} this month · {data.display.hourly_rate}/h · → {data.display.projected_month_end}
    </Link>
  );
}

/** The meter as stats, for the usage page (and the billing page: mount `<LiveMeterStats />` there). */
export function LiveMeterStats() {
  const { data, error } = useLiveMeter();
  if (error || !data) return null;
  return (
    <div className="stats" data-testid="live-meter-stats">
      <div className="stat">
        <span className="stat-label">Spend so far this month</span>
        <strong className="stat-value">{data.display.spend_so_far}</strong>
      </div>
      <div className="stat">
        <span className="stat-label">Rate now (per hour)</span>
        <strong className="stat-value">{data.display.hourly_rate}</strong>
      </div>
      <div className="stat">
        <span className="stat-label">Projected for the month</span>
        <strong className="stat-value">{data.display.projected_month_end}</strong>
      </div>
    </div>
  );
}
