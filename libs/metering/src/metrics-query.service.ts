import { Injectable } from '@nestjs/common';
import { TenantRepositories } from '@tributary/db';
import { AppError } from '@tributary/platform';
import { CLUSTER_LABEL, type MetricName, type MetricsQuery } from './metrics-query';
import { UsageLedger } from './usage-ledger';
import { sampleUsages, type SampleUsage } from './usage-math';

export interface MetricPoint {
  timestamp: string;
  value: number;
  [CLUSTER_LABEL]?: string;
}


/** Per-bucket value of one cluster: counters sum their deltas; gauges average the bucket's collections. */
function bucketValue(metric: MetricName, usages: readonly SampleUsage[]): number {
  if (metric === 'received_bytes') return Number(usages.reduce((s, u) => s + u.bytesIn, 0n));
  if (metric === 'sent_bytes') return Number(usages.reduce((s, u) => s + u.bytesOut, 0n));
  const perCollection = new Map<number, number>();
  for (const u of usages) {
    const v = metric === 'retained_bytes' ? Number(u.retainedBytes) : u.partitionCount;
    perCollection.set(u.intervalStart.getTime(), (perCollection.get(u.intervalStart.getTime()) ?? 0) + v);
  }
  const values = [...perCollection.values()];
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

/** `POST /v2/metrics/cloud/query` over the usage ledger's samples. */
@Injectable()
export class MetricsQueryService {
  constructor(
    private readonly repos: TenantRepositories,
    private readonly ledger: UsageLedger,
  ) {}

  async query(organizationId: string, q: MetricsQuery): Promise<{ data: MetricPoint[] }> {
    // Another organization's cluster is indistinguishable from one that does not exist.
    const owned = new Set(
      (await this.repos.for(organizationId).db.cluster.findMany({ where: { id: { in: q.clusterIds } }, select: { id: true } })).map((c) => c.id),
    );
    const missing = q.clusterIds.find((id) => !owned.has(id));
    if (missing) throw AppError.notFound('Cluster', missing);

    const clusterIds = [...q.clusterIds].sort().slice(0, q.limit);
    const series = new Map<string, Map<number, number>>();
    for (const clusterId of clusterIds) {
      const points = new Map<number, number>();
      for (const iv of q.intervals) {
        const { samples, baselines } = await this.ledger.samplesBetween(clusterId, iv.start, iv.end);
        const buckets = new Map<number, SampleUsage[]>();
        for (const u of sampleUsages(samples, baselines)) {
          const t = q.bucketMs === null ? iv.start.getTime() : Math.floor(u.scrapedAt.getTime() / q.bucketMs) * q.bucketMs;
          const list = buckets.get(t) ?? [];
          list.push(u);
          buckets.set(t, list);
        }
        for (const [t, usages] of buckets) points.set(t, (points.get(t) ?? 0) + bucketValue(q.metric, usages));
      }
      series.set(clusterId, points);
    }

    const data: MetricPoint[] = [];
    const ts = (t: number) => new Date(t).toISOString().replace('.000Z', 'Z');
    if (q.groupByCluster) {
      for (const [clusterId, points] of series) {
        for (const t of [...points.keys()].sort((a, b) => a - b)) data.push({ timestamp: ts(t), value: points.get(t)!, [CLUSTER_LABEL]: clusterId });
      }
    } else {
      const merged = new Map<number, number>();
      for (const points of series.values()) for (const [t, v] of points) merged.set(t, (merged.get(t) ?? 0) + v);
      for (const t of [...merged.keys()].sort((a, b) => a - b)) data.push({ timestamp: ts(t), value: merged.get(t)! });
    }
    return { data };
  }
}
