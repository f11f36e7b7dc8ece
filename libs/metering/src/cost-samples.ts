import { Injectable } from '@nestjs/common';
import { PrismaService, TenantRepositories } from '@tributary/db';
import { AppError } from '@tributary/platform';
import type { UsageLineType } from './line-types';
import { UsageLedger } from './usage-ledger';
import { DAY_MS, HOUR_MS, lineQuantities, sampleUsages, summarizeHour, type SampleUsage } from './usage-math';

/** One broker sample as a cost line's evidence: the broker's own readings and what metering made of them. */
export interface CostSample {
  brokerId: number;
  intervalStart: Date;
  scrapedAt: Date;
  up: boolean;
  estimated: boolean;
  incarnation: bigint | null;
  bytesInTotal: bigint | null;
  bytesOutTotal: bigint | null;
  bytesInDelta: bigint;
  bytesOutDelta: bigint;
  restartDetected: boolean;
  retainedBytes: bigint;
  partitionCount: number;
}

export interface CostSamples {
  clusterId: string;
  lineType: UsageLineType;
  day: Date;
  /** Per hour: the quantity recomputed from these samples beside the one the ledger recorded (equal unless the hour is still open and moved meanwhile). */
  hours: { hour: Date; computed: string; recorded: string; closed: boolean }[];
  samples: CostSample[];
  total: number;
}

/**
 * The drill-down of a cost line: the samples of one cluster and UTC day it was computed from (counter
 * readings, deltas, restarts detected, gauges carried forward), and the hourly quantities they give,
 * so a user can check an invoice line against the brokers' own counters.
 */
@Injectable()
export class CostSamplesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly repos: TenantRepositories,
    private readonly ledger: UsageLedger,
  ) {}

  async of(organizationId: string, clusterId: string, lineType: UsageLineType, day: Date, page: { offset: number; size: number }): Promise<CostSamples> {
    // Another organization's cluster is indistinguishable from one that does not exist.
    const cluster = await this.repos.for(organizationId).db.cluster.findFirst({
      where: { id: clusterId },
      select: { id: true, kind: true, brokerCount: true, provisionedAt: true, deletedAt: true },
    });
    if (!cluster) throw AppError.notFound('Cluster', clusterId);
    const end = new Date(day.getTime() + DAY_MS);
    const { samples, baselines } = await this.ledger.samplesBetween(clusterId, day, end);
    const usages = sampleUsages(samples, baselines).sort((a, b) => a.scrapedAt.getTime() - b.scrapedAt.getTime() || a.brokerId - b.brokerId);
    const byHour = new Map<number, SampleUsage[]>();
    for (const u of usages) {
      const h = Math.floor(u.scrapedAt.getTime() / HOUR_MS) * HOUR_MS;
      byHour.set(h, [...(byHour.get(h) ?? []), u]);
    }
    // Raw SQL binding the organization itself: usage_hours is read only for the cluster checked above.
    const recorded = await this.prisma.$queryRawUnsafe<{ hour: Date; quantity: string; closed: boolean }[]>(
      `SELECT hour, quantity::text AS quantity, closed FROM usage_hours WHERE organization_id = $1::uuid AND cluster_id = $2 AND line_type = $3::"UsageLineType" AND hour >= $4::timestamptz AND hour < $5::timestamptz ORDER BY hour`,
      organizationId,
      clusterId,
      lineType,
      day.toISOString(),
      end.toISOString(),
    );
    const hours = new Map<number, { hour: Date; computed: string; recorded: string; closed: boolean }>();
    for (const r of recorded) hours.set(new Date(r.hour).getTime(), { hour: new Date(r.hour), computed: '0', recorded: trimDecimal(r.quantity), closed: r.closed });
    for (const [h, list] of byHour) {
      const q = lineQuantities(cluster, new Date(h), summarizeHour(list)).get(lineType) ?? '0';
      const row = hours.get(h) ?? { hour: new Date(h), computed: '0', recorded: '0', closed: false };
      row.computed = q;
      hours.set(h, row);
    }
    const raw = new Map(samples.map((s) => [`${s.brokerId}|${s.intervalStart.getTime()}`, s]));
    return {
      clusterId,
      lineType,
      day,
      hours: [...hours.values()].sort((a, b) => a.hour.getTime() - b.hour.getTime()),
      samples: usages.slice(page.offset, page.offset + page.size).map((u) => {
        const r = raw.get(`${u.brokerId}|${u.intervalStart.getTime()}`)!;
        return {
          brokerId: u.brokerId,
          intervalStart: u.intervalStart,
          scrapedAt: u.scrapedAt,
          up: u.up,
          estimated: u.estimated,
          incarnation: r.incarnation,
          bytesInTotal: r.bytesInTotal,
          bytesOutTotal: r.bytesOutTotal,
          bytesInDelta: u.bytesIn,
          bytesOutDelta: u.bytesOut,
          restartDetected: u.restarted,
          retainedBytes: u.retainedBytes,
          partitionCount: u.partitionCount,
        };
      }),
      total: usages.length,
    };
  }
}

/** numeric's text keeps trailing zeros ('1.500000000'): the ledger's quantities are compared as written by formatFixed. */
function trimDecimal(q: string): string {
  if (!q.includes('.')) return q;
  const t = q.replace(/0+$/, '').replace(/\.$/, '');
  return t === '' ? '0' : t;
}

