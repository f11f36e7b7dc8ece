import { Injectable } from '@nestjs/common';
import { TenantRepositories } from '@tributary/db';
import { AppError } from '@tributary/platform';
import { parseFixed } from './fixed-point';
import { QUANTITY_SCALE } from './line-types';
import { formatPrometheus, type ClusterExport } from './metrics-export';
import { UsageLedger } from './usage-ledger';
import { sampleUsages } from './usage-math';

/**
 * `GET /v2/metrics/cloud/export`: each cluster's current values from the usage ledger.
 *
 * Counter totals are the closed hours' network quantities (GB with 9 places: exact to the byte,
 * and final) plus the deltas of the samples scraped since the cluster's close cursor, computed by
 * the ledger's own `sampleUsages` (baselines, broker restarts). So a scrape reads at most the open
 * hours' samples, and the total is the one the bill is made of. Gauges are the latest collection's,
 * summed over its brokers. Every value carries that collection's interval start as its timestamp.
 */
@Injectable()
export class MetricsExportService {
  constructor(
    private readonly repos: TenantRepositories,
    private readonly ledger: UsageLedger,
  ) {}

  async exportText(organizationId: string, clusterIds: readonly string[], now: Date = new Date()): Promise<string> {
    // Another organization's cluster is indistinguishable from one that does not exist.
    const owned = await this.repos.for(organizationId).db.cluster.findMany({ where: { id: { in: [...clusterIds] } }, select: { id: true, createdAt: true } });
    const createdAt = new Map(owned.map((c) => [c.id, c.createdAt]));
    const missing = clusterIds.find((id) => !createdAt.has(id));
    if (missing) throw AppError.notFound('Cluster', missing);

    const exports: ClusterExport[] = [];
    for (const clusterId of clusterIds) {
      const e = await this.clusterExport(organizationId, clusterId, createdAt.get(clusterId)!, now);
      if (e) exports.push(e);
    }
    return formatPrometheus(exports);
  }

  /** The cluster's values, or null before its first collection. */
  private async clusterExport(organizationId: string, clusterId: string, createdAt: Date, now: Date): Promise<ClusterExport | null> {
    // The organization's own rows only, like every tenant read (the cluster was checked to be its own, too).
    const db = this.repos.for(organizationId).db;
    const latest = (await db.usageSample.aggregate({ where: { clusterId }, _max: { intervalStart: true } }))._max.intervalStart;
    if (!latest) return null;
    const cursor = await db.meteringCursor.findUnique({ where: { clusterId }, select: { closedThrough: true } });
    const openFrom = cursor?.closedThrough ?? createdAt;

    let receivedBytes = 0n;
    let sentBytes = 0n;
    if (cursor) {
      const closed = await db.usageHour.groupBy({
        by: ['lineType'],
        where: { clusterId, closed: true, hour: { lt: cursor.closedThrough }, lineType: { in: ['KAFKA_NETWORK_WRITE', 'KAFKA_NETWORK_READ'] } },
        _sum: { quantity: true },
      });
      for (const row of closed) {
        const bytes = row._sum.quantity ? parseFixed(row._sum.quantity.toFixed(QUANTITY_SCALE), QUANTITY_SCALE) : 0n;
        if (row.lineType === 'KAFKA_NETWORK_WRITE') receivedBytes += bytes;
        else sentBytes += bytes;
      }
    }

    // From the earlier of the open hours' start and the latest collection: the first gives the
    // counters' open part, the second the gauges (even when every sample is in closed hours).
    const from = new Date(Math.min(openFrom.getTime(), latest.getTime()));
    const { samples, baselines } = await this.ledger.samplesBetween(clusterId, from, new Date(now.getTime() + 1));
    let retainedBytes = 0n;
    let partitionCount = 0;
    const topics = new Map<string, { retainedBytes: bigint; partitionCount: number }>();
    for (const u of sampleUsages(samples, baselines)) {
      if (u.scrapedAt.getTime() >= openFrom.getTime()) {
        receivedBytes += u.bytesIn;
        sentBytes += u.bytesOut;
      }
      if (u.intervalStart.getTime() === latest.getTime()) {
        retainedBytes += u.retainedBytes;
        partitionCount += u.partitionCount;
        for (const [topic, g] of u.topicGauges ?? []) {
          const t = topics.get(topic) ?? { retainedBytes: 0n, partitionCount: 0 };
          t.retainedBytes += g.retainedBytes;
          t.partitionCount += g.partitionCount;
          topics.set(topic, t);
        }
      }
    }
    return { clusterId, timestamp: latest.getTime(), receivedBytes, sentBytes, retainedBytes, partitionCount, topics };
  }
}
