import { Inject, Injectable } from '@nestjs/common';
import { Prisma, PrismaService, TenantRepositories, type UsageLineType } from '@tributary/db';
import { METERING_CONFIG, type MeteringConfig } from './metering.config';
import { mapLimit } from './map-limit';
import { SchemaRegistryUsage } from './schema-registry-usage';
import { UsageLedger } from './usage-ledger';
import { USAGE_HOUR_CLOSED_LISTENERS, type ClosedUsageHour, type UsageHourClosedListener } from './usage-rollup-listeners';
import { floorHour, HOUR_MS, lineQuantities, sampleUsages, summarizeHour, type ClusterLifecycle } from './usage-math';

// The listener contract lives in its own file so the registry's usage can use it without a cycle.
export { USAGE_HOUR_CLOSED_LISTENERS, type ClosedUsageHour, type UsageHourClosedListener } from './usage-rollup-listeners';

type Db = PrismaService | Prisma.TransactionClient;

interface ClusterRow extends ClusterLifecycle {
  id: string;
  organizationId: string;
}

/**
 * Hourly usage from the samples: open hours are recomputed after every collection (so the costs
 * API lags by about one interval), and an hour is closed once no collection of it can still be in
 * flight. Closing is per cluster, under a row lock on its cursor, so two workers cannot close (and
 * report) the same hour twice.
 */
@Injectable()
export class UsageRollup {
  constructor(
    private readonly prisma: PrismaService,
    private readonly repos: TenantRepositories,
    private readonly ledger: UsageLedger,
    @Inject(METERING_CONFIG) private readonly config: MeteringConfig,
    @Inject(USAGE_HOUR_CLOSED_LISTENERS) private readonly listeners: UsageHourClosedListener[],
    private readonly registries: SchemaRegistryUsage,
  ) {}

  /** An hour's quantities per line type, from the cluster's lifecycle and the samples scraped in it. */
  async computeHour(cluster: ClusterRow, hour: Date, db: Db = this.prisma): Promise<Map<UsageLineType, string>> {
    const { samples, baselines } = await this.ledger.samplesBetween(cluster.id, hour, new Date(hour.getTime() + HOUR_MS), db);
    const usage = samples.length ? summarizeHour(sampleUsages(samples, baselines)) : null;
    return lineQuantities(cluster, hour, usage);
  }

  /** Recomputes the not-yet-closed hours up to `now` of these clusters. */
  async refreshOpenHours(clusterIds: readonly string[], now: Date = new Date()): Promise<void> {
    if (!clusterIds.length) return;
    const clusters = await this.loadClusters(clusterIds);
    const cursors = new Map(
      (await this.repos.system.meteringCursors.findMany({ clusterId: { in: [...clusterIds] } })).map((c) => [c.clusterId, c.closedThrough.getTime()]),
    );
    const current = floorHour(now).getTime();
    // The previous hour can still change only while a late collection of it may land (the grace period).
    const from = now.getTime() - current < this.config.closeGraceMs ? current - HOUR_MS : current;
    await mapLimit(clusters, 4, async (c) => {
      const closedThrough = cursors.get(c.id) ?? -Infinity;
      for (let h = Math.max(from, closedThrough); h <= current; h += HOUR_MS) {
        const hour = new Date(h);
        const quantities = await this.computeHour(c, hour);
        // Delete and insert in one transaction: a reader (the costs API, the console) never sees the hour empty.
        await this.prisma.$transaction((tx) => this.ledger.replaceHour(tx, c.id, c.organizationId, hour, quantities, false));
      }
    });
  }

  /**
   * Closes every hour that ended more than the grace period before `now`, oldest first, at most
   * `maxHours` per call. Returns how many cluster-hours were closed. Without `only` (the worker's
   * minutely close tick) it also meters the Schema Registries' open hour and closes their due ones:
   * their usage is a count in Postgres, read on this tick rather than by the broker collection.
   */
  async closeDueHours(now: Date = new Date(), maxHours = 500, only?: readonly string[]): Promise<number> {
    const clusterHours = await this.closeDueClusterHours(now, maxHours, only);
    if (only) return clusterHours;
    await this.registries.meter(now);
    return clusterHours + (await this.registries.closeDueHours(now, Math.max(0, maxHours - clusterHours)));
  }

  private async closeDueClusterHours(now: Date, maxHours: number, only?: readonly string[]): Promise<number> {
    await this.prisma.$executeRawUnsafe(
      `INSERT INTO metering_cursors (cluster_id, organization_id, closed_through, updated_at)
       SELECT c.id, c.organization_id, date_trunc('hour', c.created_at, 'UTC'), now() FROM clusters c
       ON CONFLICT (cluster_id) DO NOTHING`,
    );
    const closableBefore = new Date(now.getTime() - this.config.closeGraceMs);
    let closed = 0;
    while (closed < maxHours) {
      const due = await this.prisma.$queryRawUnsafe<{ cluster_id: string }[]>(
        `SELECT m.cluster_id FROM metering_cursors m JOIN clusters c ON c.id = m.cluster_id
          WHERE m.closed_through + interval '1 hour' <= $1::timestamptz AND (c.deleted_at IS NULL OR m.closed_through < c.deleted_at)
            AND ($3::text[] IS NULL OR m.cluster_id = ANY($3::text[]))
          ORDER BY m.closed_through LIMIT $2`,
        closableBefore.toISOString(),
        Math.min(100, maxHours - closed),
        only ? [...only] : null,
      );
      if (!due.length) break;
      for (const { cluster_id } of due) if (await this.closeNextHour(cluster_id, closableBefore)) closed++;
    }
    return closed;
  }

  private async closeNextHour(clusterId: string, closableBefore: Date): Promise<boolean> {
    return this.prisma.$transaction(
      async (tx) => {
        const locked = await tx.$queryRawUnsafe<{ closed_through: Date }[]>(`SELECT closed_through FROM metering_cursors WHERE cluster_id = $1 FOR UPDATE`, clusterId);
        if (!locked[0]) return false;
        const hour = new Date(locked[0].closed_through);
        const [cluster] = await this.loadClusters([clusterId], tx);
        if (!cluster || hour.getTime() + HOUR_MS > closableBefore.getTime()) return false;
        if (cluster.deletedAt && hour.getTime() >= cluster.deletedAt.getTime()) return false;
        const quantities = await this.computeHour(cluster, hour, tx);
        await this.ledger.replaceHour(tx, clusterId, cluster.organizationId, hour, quantities, true);
        const hours: ClosedUsageHour[] = [...quantities.entries()].map(([lineType, quantity]) => ({
          organizationId: cluster.organizationId,
          clusterId,
          clusterKind: cluster.kind,
          hour,
          lineType,
          quantity,
        }));
        if (hours.length) for (const l of this.listeners) await l.onUsageHoursClosed(hours, tx);
        await tx.meteringCursor.update({ where: { clusterId }, data: { closedThrough: new Date(hour.getTime() + HOUR_MS) } });
        return true;
      },
      { timeout: 30_000 },
    );
  }

  private async loadClusters(ids: readonly string[], db: Db = this.prisma): Promise<ClusterRow[]> {
    return db.cluster.findMany({
      where: { id: { in: [...ids] } },
      select: { id: true, organizationId: true, kind: true, brokerCount: true, provisionedAt: true, deletedAt: true },
    });
  }
}
