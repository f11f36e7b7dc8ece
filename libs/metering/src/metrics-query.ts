import { AppError } from '@tributary/platform';
import { HOUR_MS } from './usage-math';

/** The metrics the query API serves, by their reference names. */
export const QUERYABLE_METRICS = {
  'io.confluent.kafka.server/received_bytes': 'received_bytes',
  'io.confluent.kafka.server/sent_bytes': 'sent_bytes',
  'io.confluent.kafka.server/retained_bytes': 'retained_bytes',
  'io.confluent.kafka.server/partition_count': 'partition_count',
} as const;
export type MetricName = (typeof QUERYABLE_METRICS)[keyof typeof QUERYABLE_METRICS];

const MINUTE = 60_000;
/** Granularity → bucket length, and the longest interval the reference allows at it. */
export const GRANULARITIES: Record<string, { ms: number | null; maxIntervalMs: number }> = {
  PT1M: { ms: MINUTE, maxIntervalMs: 6 * HOUR_MS },
  PT5M: { ms: 5 * MINUTE, maxIntervalMs: 24 * HOUR_MS },
  PT15M: { ms: 15 * MINUTE, maxIntervalMs: 4 * 24 * HOUR_MS },
  PT30M: { ms: 30 * MINUTE, maxIntervalMs: 7 * 24 * HOUR_MS },
  PT1H: { ms: HOUR_MS, maxIntervalMs: Infinity },
  PT4H: { ms: 4 * HOUR_MS, maxIntervalMs: Infinity },
  PT6H: { ms: 6 * HOUR_MS, maxIntervalMs: Infinity },
  PT12H: { ms: 12 * HOUR_MS, maxIntervalMs: Infinity },
  P1D: { ms: 24 * HOUR_MS, maxIntervalMs: Infinity },
  ALL: { ms: null, maxIntervalMs: Infinity },
};
/** Tributary keeps samples for billing, but answers queries over at most this much history at once. */
export const MAX_QUERY_SPAN_MS = 31 * 24 * HOUR_MS;

export interface Interval {
  start: Date;
  end: Date;
}

/** A validated query: which metric, for which clusters, over which time, bucketed how. */
export interface MetricsQuery {
  metric: MetricName;
  clusterIds: string[];
  intervals: Interval[];
  /** Bucket length in ms, or null for one bucket per interval (`ALL`). */
  bucketMs: number | null;
  groupByCluster: boolean;
  /** Chargeback: one series per topic (`metric.topic`), from the brokers' per-topic counters and gauges. */
  groupByTopic: boolean;
  limit: number;
}

/** The reference's filter shapes: a field filter, AND/OR of filters, NOT of a filter. */
export type MetricsFilter =
  | { field?: string; op: 'EQ' | 'GT' | 'GTE'; value: string | number }
  | { op: 'AND' | 'OR'; filters: MetricsFilter[] }
  | { op: 'NOT'; filter: MetricsFilter };

export interface MetricsQueryRequest {
  aggregations: { metric: string; agg?: 'SUM' }[];
  group_by?: string[];
  granularity: string;
  filter?: MetricsFilter;
  intervals: string[];
  limit?: number;
}

export const CLUSTER_LABEL = 'resource.kafka.id';
export const TOPIC_LABEL = 'metric.topic';

/** Turns a request in the reference's shape into a query, or an AppError pointing at what is wrong. */
export function parseMetricsQuery(req: MetricsQueryRequest, now: Date = new Date()): MetricsQuery {
  const agg = req.aggregations[0];
  const metric = agg ? QUERYABLE_METRICS[agg.metric as keyof typeof QUERYABLE_METRICS] : undefined;
  if (!metric) {
    throw AppError.invalid(`Unknown metric '${agg?.metric}': one of ${Object.keys(QUERYABLE_METRICS).join(', ')}`, '/aggregations/0/metric');
  }
  const granularity = GRANULARITIES[req.granularity];
  if (!granularity) throw AppError.invalid(`Unsupported granularity '${req.granularity}': one of ${Object.keys(GRANULARITIES).join(', ')}`, '/granularity');
  for (const g of req.group_by ?? []) {
    if (g !== CLUSTER_LABEL && g !== TOPIC_LABEL) throw AppError.invalid(`Cannot group by '${g}': only '${CLUSTER_LABEL}' and '${TOPIC_LABEL}' are supported`, '/group_by');
  }
  if (!req.filter) throw AppError.invalid(`A filter on '${CLUSTER_LABEL}' is required`, '/filter');
  const clusterIds = [...new Set(clusterFilterIds(req.filter, '/filter'))];
  const intervals = req.intervals.map((text, i) => parseInterval(text, now, `/intervals/${i}`));
  intervals.forEach((iv, i) => {
    const length = iv.end.getTime() - iv.start.getTime();
    if (length > granularity.maxIntervalMs) {
      throw AppError.invalid(`Interval is longer than ${granularity.maxIntervalMs / HOUR_MS} hours, the most granularity ${req.granularity} allows`, `/intervals/${i}`);
    }
    if (length > MAX_QUERY_SPAN_MS) throw AppError.invalid('Interval is longer than 31 days', `/intervals/${i}`);
  });
  return {
    metric,
    clusterIds,
    intervals,
    bucketMs: granularity.ms,
    groupByCluster: (req.group_by ?? []).includes(CLUSTER_LABEL),
    groupByTopic: (req.group_by ?? []).includes(TOPIC_LABEL),
    limit: req.limit ?? 100,
  };
}

/** Cluster ids a filter selects: `resource.kafka.id EQ x`, or an OR (or single-cluster AND) of such. */
function clusterFilterIds(f: MetricsFilter, pointer: string): string[] {
  if ('filters' in f) {
    const sets = f.filters.map((sub, i) => clusterFilterIds(sub, `${pointer}/filters/${i}`));
    if (f.op === 'OR') return sets.flat();
    const [first = [], ...rest] = sets;
    return first.filter((id) => rest.every((s) => s.includes(id)));
  }
  if ('filter' in f) throw AppError.invalid('NOT filters are not supported', pointer);
  if (f.field !== CLUSTER_LABEL || f.op !== 'EQ') throw AppError.invalid(`Only '${CLUSTER_LABEL}' EQ filters are supported`, pointer);
  return [String(f.value)];
}

const DURATION = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
const NOW = /^now(?:([+-])(\d+)([mhd]))?(?:\|([mhd]))?$/;
const UNIT_MS = { m: MINUTE, h: HOUR_MS, d: 24 * HOUR_MS } as const;

export function parseDuration(text: string): number | null {
  const m = DURATION.exec(text);
  if (!m || text === 'P' || text.endsWith('T')) return null;
  const [d, h, min, s] = [m[1], m[2], m[3], m[4]].map((x) => Number(x ?? 0));
  const ms = ((d! * 24 + h!) * 60 + min!) * MINUTE + s! * 1000;
  return ms > 0 ? ms : null;
}

function parseInstant(text: string, now: Date): Date | null {
  const n = NOW.exec(text);
  if (n) {
    let t = now.getTime();
    if (n[1]) t += (n[1] === '-' ? -1 : 1) * Number(n[2]) * UNIT_MS[n[3] as keyof typeof UNIT_MS];
    if (n[4]) t = Math.floor(t / UNIT_MS[n[4] as keyof typeof UNIT_MS]) * UNIT_MS[n[4] as keyof typeof UNIT_MS];
    return new Date(t);
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(text)) return null;
  const d = new Date(text);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** ISO-8601 interval: `<start>/<end>`, `<start>/<duration>` or `<duration>/<end>`; `now` expressions allowed. */
export function parseInterval(text: string, now: Date, pointer = '/intervals'): Interval {
  const parts = text.split('/');
  const bad = () => AppError.invalid(`'${text}' is not an ISO-8601 interval (<start>/<end>, <start>/<duration> or <duration>/<end>)`, pointer);
  if (parts.length !== 2) throw bad();
  const [a, b] = parts as [string, string];
  let start: Date | null;
  let end: Date | null;
  if (a.startsWith('P')) {
    const ms = parseDuration(a);
    end = parseInstant(b, now);
    start = ms !== null && end ? new Date(end.getTime() - ms) : null;
  } else if (b.startsWith('P')) {
    const ms = parseDuration(b);
    start = parseInstant(a, now);
    end = ms !== null && start ? new Date(start.getTime() + ms) : null;
  } else {
    start = parseInstant(a, now);
    end = parseInstant(b, now);
  }
  if (!start || !end) throw bad();
  if (end.getTime() <= start.getTime()) throw AppError.invalid(`Interval '${text}' ends before it starts`, pointer);
  return { start, end };
}
