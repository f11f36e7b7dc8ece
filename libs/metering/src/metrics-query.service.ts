import { Injectable } from '@nestjs/common';
import { TenantRepositories } from '@tributary/db';
import { AppError } from '@tributary/platform';
import { CLUSTER_LABEL, TOPIC_LABEL, type MetricName, type MetricsQuery } from './metrics-query';
import { UsageLedger } from './usage-ledger';
import { sampleUsages, type SampleUsage } from './usage-math';

export interface MetricPoint {
  timestamp: string;
  value: number;
  [CLUSTER_LABEL]?: string;
  [TOPIC_LABEL]?: string;
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

/** Per-bucket values of one cluster per topic, from the brokers' per-topic counters (deltas) and gauges. */
function topicBucketValues(metric: MetricName, usages: readonly SampleUsage[]): Map<string, number> {
  const out = new Map<string, number>();
  const add = (topic: string, v: number) => out.set(topic, (out.get(topic) ?? 0) + v);
  if (metric === 'received_bytes' || metric === 'sent_bytes') {
    for (const u of usages) for (const [topic, d] of u.topicBytes) add(topic, Number(metric === 'received_bytes' ? d.bytesIn : d.bytesOut));
    return out;
  }
  // Gauges: the mean over the bucket's collections, as for the cluster's series.
  const collections = new Set(usages.map((u) => u.intervalStart.getTime())).size || 1;
  for (const u of usages) for (const [topic, g] of u.topicGauges ?? []) add(topic, (metric === 'retained_bytes' ? Number(g.retainedBytes) : g.partitionCount) / collections);
  return out;
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
    // Keyed by cluster, or (grouped by topic) by cluster and topic.
    const SEP = '\u0000';
    for (const clusterId of clusterIds) {
      for (const iv of q.intervals) {
        const { samples, baselines } = await this.ledger.samplesBetween(clusterId, iv.start, iv.end);
        const buckets = new Map<number, SampleUsage[]>();
        for (const u of sampleUsages(samples, baselines)) {
          const t = q.bucketMs === null ? iv.start.getTime() : Math.floor(u.scrapedAt.getTime() / q.bucketMs) * q.bucketMs;
          const list = buckets.get(t) ?? [];
          list.push(u);
          buckets.set(t, list);
        }
        const put = (key: string, t: number, v: number) => {
          const points = series.get(key) ?? new Map<number, number>();
          points.set(t, (points.get(t) ?? 0) + v);
          series.set(key, points);
        };
        for (const [t, usages] of buckets) {
          if (q.groupByTopic) for (const [topic, v] of topicBucketValues(q.metric, usages)) put(`${clusterId}${SEP}${topic}`, t, v);
          else put(clusterId, t, bucketValue(q.metric, usages));
        }
      }
      if (!q.groupByTopic && !series.has(clusterId)) series.set(clusterId, new Map());
    }

    const data: MetricPoint[] = [];
    const ts = (t: number) => new Date(t).toISOString().replace('.000Z', 'Z');
    // Series merged over what is not grouped by: clusters unless grouped by cluster, topics unless grouped by topic.
    const merged = new Map<string, { labels: Omit<MetricPoint, 'timestamp' | 'value'>; points: Map<number, number> }>();
    for (const [key, points] of series) {
      const [clusterId, topic] = key.split(SEP) as [string, string | undefined];
      const labels: Omit<MetricPoint, 'timestamp' | 'value'> = {
        ...(q.groupByCluster ? { [CLUSTER_LABEL]: clusterId } : {}),
        ...(q.groupByTopic && topic !== undefined ? { [TOPIC_LABEL]: topic } : {}),
      };
      const id = `${labels[CLUSTER_LABEL] ?? ''}${SEP}${labels[TOPIC_LABEL] ?? ''}`;
      const m = merged.get(id) ?? { labels, points: new Map<number, number>() };
      for (const [t, v] of points) m.points.set(t, (m.points.get(t) ?? 0) + v);
      merged.set(id, m);
    }
    for (const id of [...merged.keys()].sort()) {
      const { labels, points } = merged.get(id)!;
      for (const t of [...points.keys()].sort((a, b) => a - b)) data.push({ timestamp: ts(t), value: points.get(t)!, ...labels });
    }
    return { data };
  }
}
