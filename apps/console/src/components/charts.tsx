'use client';

import { Area, AreaChart, Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export const CHART_COLORS = ['#0ea5e9', '#6366f1', '#14b8a6', '#f59e0b', '#ec4899', '#8b5cf6', '#22c55e', '#ef4444'];

export interface Series {
  key: string;
  label: string;
}

type Row = Record<string, string | number>;

export function StackedBars({ rows, series, xKey, format, height = 280 }: { rows: Row[]; series: Series[]; xKey: string; format: (n: number) => string; height?: number }) {
  return (
    <div className="chart" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e5e7eb" />
          <XAxis dataKey={xKey} tickLine={false} axisLine={false} fontSize={12} stroke="#6b7280" />
          <YAxis tickFormatter={(v: number) => format(v)} tickLine={false} axisLine={false} fontSize={12} stroke="#6b7280" width={72} />
          <Tooltip formatter={(v) => format(Number(v))} cursor={{ fill: 'rgba(14,165,233,0.06)' }} />
          <Legend iconType="circle" wrapperStyle={{ fontSize: 12 }} />
          {series.map((s, i) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} stackId="a" fill={CHART_COLORS[i % CHART_COLORS.length]} isAnimationActive={false} maxBarSize={56} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function Areas({
  rows,
  series,
  xKey,
  format,
  height = 260,
  integer,
}: {
  rows: Row[];
  series: Series[];
  xKey: string;
  format: (n: number) => string;
  height?: number;
  /** Counts (partitions): no fractional ticks. */
  integer?: boolean;
}) {
  return (
    <div className="chart" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <defs>
            {series.map((s, i) => (
              <linearGradient key={s.key} id={`g-${s.key}`} x1="0" y1="0" x2="0" y2="1">
                <stop offset="0%" stopColor={CHART_COLORS[i % CHART_COLORS.length]} stopOpacity={0.3} />
                <stop offset="100%" stopColor={CHART_COLORS[i % CHART_COLORS.length]} stopOpacity={0} />
              </linearGradient>
            ))}
          </defs>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e5e7eb" />
          <XAxis dataKey={xKey} tickLine={false} axisLine={false} fontSize={12} stroke="#6b7280" minTickGap={24} />
          <YAxis tickFormatter={(v: number) => format(v)} tickLine={false} axisLine={false} fontSize={12} stroke="#6b7280" width={72} allowDecimals={!integer} />
          <Tooltip formatter={(v) => format(Number(v))} />
          <Legend iconType="circle" wrapperStyle={{ fontSize: 12 }} />
          {series.map((s, i) => (
            <Area
              key={s.key}
              type="monotone"
              dataKey={s.key}
              name={s.label}
              stroke={CHART_COLORS[i % CHART_COLORS.length]}
              strokeWidth={2}
              fill={`url(#g-${s.key})`}
              isAnimationActive={false}
              dot={rows.length === 1}
              connectNulls
            />
          ))}
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
}
