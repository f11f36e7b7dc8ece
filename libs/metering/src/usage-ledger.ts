import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService, type UsageLineType } from '@tributary/db';
import type { PartitionLog } from './broker-metrics';
import { HOUR_MS, type Baseline, type SampleRow, type TopicCounters, type TopicGauges } from './usage-math';

/** A broker sample to append (see UsageSample in prisma/schema.prisma). */
export interface NewSample {
  clusterId: string;
  brokerId: number;
  intervalStart: Date;
  organizationId: string;
  scrapedAt: Date;
  up: boolean;
  incarnation: bigint | null;
  bytesInTotal: bigint | null;
  bytesOutTotal: bigint | null;
  retainedBytes: bigint;
  partitionCount: number;
  /** Gauges carried forward from the broker's last good sample. */
  estimated?: boolean;
  topicCounters?: TopicCounters | null;
  topicGauges?: TopicGauges | null;
  /** The broker's own logs, stored only when it was read while RUNNING (what a later outage carries forward). */
  logSizes?: readonly PartitionLog[] | null;
}

type Db = PrismaService | Prisma.TransactionClient;

const str = (v: bigint | null) => (v === null ? null : v.toString());
const BASELINE_LOOKBACK_MS = 2 * 24 * HOUR_MS;

interface RawSample {
  broker_id: number;
  interval_start: Date;
  scraped_at: Date;
  up: boolean;
  incarnation: bigint | null;
  bytes_in_total: bigint | null;
  bytes_out_total: bigint | null;
  retained_bytes: bigint;
  partition_count: number;
  estimated: boolean;
  topic_counters: Record<string, [string, string]> | null;
  topic_gauges: Record<string, [string, number]> | null;
}

const SAMPLE_COLUMNS = 'broker_id, interval_start, scraped_at, up, incarnation, bytes_in_total, bytes_out_total, retained_bytes, partition_count, estimated, topic_counters, topic_gauges';

function countersJson(t: TopicCounters | null | undefined): string | null {
  if (!t) return null;
  return JSON.stringify(Object.fromEntries([...t].map(([topic, c]) => [topic, [c.bytesIn.toString(), c.bytesOut.toString()]])));
}
function gaugesJson(t: TopicGauges | null | undefined): string | null {
  if (!t) return null;
  return JSON.stringify(Object.fromEntries([...t].map(([topic, g]) => [topic, [g.retainedBytes.toString(), g.partitionCount]])));
}

const big = (v: bigint | number | string | null): bigint | null => (v === null ? null : BigInt(v));
function toRow(r: RawSample): SampleRow {
  return {
    brokerId: Number(r.broker_id),
    intervalStart: new Date(r.interval_start),
    scrapedAt: new Date(r.scraped_at),
    up: r.up,
    incarnation: big(r.incarnation),
    bytesInTotal: big(r.bytes_in_total),
    bytesOutTotal: big(r.bytes_out_total),
    retainedBytes: big(r.retained_bytes) ?? 0n,
    partitionCount: Number(r.partition_count),
    estimated: r.estimated,
    topicCounters: r.topic_counters ? new Map(Object.entries(r.topic_counters).map(([t, [i, o]]) => [t, { bytesIn: BigInt(i), bytesOut: BigInt(o) }])) : null,
    topicGauges: r.topic_gauges ? new Map(Object.entries(r.topic_gauges).map(([t, [b, p]]) => [t, { retainedBytes: BigInt(b), partitionCount: Number(p) }])) : null,
  };
}

/** Persistence of the usage ledger: samples (append-only), hourly usage, and per-cluster close cursors. */
@Injectable()
export class UsageLedger {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Appends samples in one statement. The key (cluster, broker, interval start) makes a sample that
   * is already there a no-op, and a sample scraped before its cluster's closed hours end is refused
   * (closed hours never change). Returns how many rows were new.
   */
  async appendSamples(samples: readonly NewSample[]): Promise<number> {
    if (!samples.length) return 0;
    return this.prisma.$executeRawUnsafe(
      `INSERT INTO usage_samples (cluster_id, broker_id, interval_start, organization_id, scraped_at, up, incarnation, bytes_in_total, bytes_out_total, retained_bytes, partition_count, estimated, topic_counters, topic_gauges, log_sizes)
       SELECT v.* FROM unnest($1::text[], $2::int[], $3::timestamptz[], $4::uuid[], $5::timestamptz[], $6::bool[], $7::text[]::int8[], $8::text[]::int8[], $9::text[]::int8[], $10::text[]::int8[], $11::int[],
                              $12::bool[], $13::text[]::jsonb[], $14::text[]::jsonb[], $15::text[]::jsonb[])
         AS v(cluster_id, broker_id, interval_start, organization_id, scraped_at, up, incarnation, bytes_in_total, bytes_out_total, retained_bytes, partition_count, estimated, topic_counters, topic_gauges, log_sizes)
       WHERE NOT EXISTS (SELECT 1 FROM metering_cursors c WHERE c.cluster_id = v.cluster_id AND c.closed_through > v.scraped_at)
       ON CONFLICT DO NOTHING`,
      samples.map((s) => s.clusterId),
      samples.map((s) => s.brokerId),
      samples.map((s) => s.intervalStart.toISOString()),
      samples.map((s) => s.organizationId),
      samples.map((s) => s.scrapedAt.toISOString()),
      samples.map((s) => s.up),
      samples.map((s) => str(s.incarnation)),
      samples.map((s) => str(s.bytesInTotal)),
      samples.map((s) => str(s.bytesOutTotal)),
      samples.map((s) => s.retainedBytes.toString()),
      samples.map((s) => s.partitionCount),
      samples.map((s) => s.estimated ?? false),
      samples.map((s) => countersJson(s.topicCounters)),
      samples.map((s) => gaugesJson(s.topicGauges)),
      samples.map((s) => (s.logSizes ? JSON.stringify(s.logSizes.map((l) => [l.topic, l.partition, l.bytes.toString()])) : null)),
    );
  }

  /** Each broker's logs as of its last sample read while RUNNING: what is carried forward while it cannot be read. */
  async lastGoodLogs(clusterId: string, brokerIds: readonly number[]): Promise<Map<number, PartitionLog[]>> {
    if (!brokerIds.length) return new Map();
    const rows = await this.prisma.$queryRawUnsafe<{ broker_id: number; log_sizes: [string, number, string][] }[]>(
      `SELECT b AS broker_id, s.log_sizes FROM unnest($2::int[]) AS b
         CROSS JOIN LATERAL (SELECT log_sizes FROM usage_samples WHERE cluster_id = $1 AND broker_id = b AND log_sizes IS NOT NULL ORDER BY interval_start DESC LIMIT 1) s`,
      clusterId,
      [...brokerIds],
    );
    return new Map(rows.map((r) => [Number(r.broker_id), r.log_sizes.map(([topic, partition, bytes]) => ({ topic, partition: Number(partition), bytes: BigInt(bytes) }))]));
  }

  /** Samples scraped in [from, to), and each broker's last readable sample before `from`. */
  async samplesBetween(clusterId: string, from: Date, to: Date, db: Db = this.prisma): Promise<{ samples: SampleRow[]; baselines: Map<number, Baseline> }> {
    const rows = await db.$queryRawUnsafe<RawSample[]>(
      `SELECT ${SAMPLE_COLUMNS}
         FROM usage_samples WHERE cluster_id = $1 AND scraped_at >= $2::timestamptz AND scraped_at < $3::timestamptz ORDER BY scraped_at`,
      clusterId,
      from.toISOString(),
      to.toISOString(),
    );
    const samples = rows.map(toRow);
    const baseRows = await db.$queryRawUnsafe<RawSample[]>(
      `SELECT DISTINCT ON (broker_id) ${SAMPLE_COLUMNS}
         FROM usage_samples WHERE cluster_id = $1 AND scraped_at < $2::timestamptz AND scraped_at >= $3::timestamptz AND bytes_in_total IS NOT NULL
        ORDER BY broker_id, scraped_at DESC`,
      clusterId,
      from.toISOString(),
      new Date(from.getTime() - BASELINE_LOOKBACK_MS).toISOString(),
    );
    const baselines = new Map<number, Baseline>(baseRows.map((r) => [Number(r.broker_id), toRow(r)]));
    // A broker silent for longer than the look-back: find its last reading the slow way (rare), so
    // its first new reading is not mistaken for everything since it started.
    for (const brokerId of new Set(samples.map((s) => s.brokerId))) {
      if (baselines.has(brokerId)) continue;
      const older = await db.$queryRawUnsafe<RawSample[]>(
        `SELECT ${SAMPLE_COLUMNS}
           FROM usage_samples WHERE cluster_id = $1 AND broker_id = $2 AND scraped_at < $3::timestamptz AND bytes_in_total IS NOT NULL
          ORDER BY interval_start DESC LIMIT 1`,
        clusterId,
        brokerId,
        from.toISOString(),
      );
      if (older[0]) baselines.set(brokerId, toRow(older[0]));
    }
    return { samples, baselines };
  }

  /** Replaces an open hour's usage rows (never a closed hour's). */
  async replaceHour(db: Db, clusterId: string, organizationId: string, hour: Date, quantities: Map<UsageLineType, string>, closed: boolean): Promise<void> {
    await db.$executeRawUnsafe(`DELETE FROM usage_hours WHERE cluster_id = $1 AND hour = $2::timestamptz AND NOT closed`, clusterId, hour.toISOString());
    if (!quantities.size) return;
    const lines = [...quantities.entries()];
    await db.$executeRawUnsafe(
      `INSERT INTO usage_hours (cluster_id, hour, line_type, organization_id, quantity, closed, updated_at)
       SELECT $1, $2::timestamptz, l::"UsageLineType", $3::uuid, q::numeric, $6, now() FROM unnest($4::text[], $5::text[]) AS v(l, q)
       ON CONFLICT (cluster_id, hour, line_type) DO UPDATE SET quantity = EXCLUDED.quantity, closed = EXCLUDED.closed, updated_at = now()
       WHERE NOT usage_hours.closed`,
      clusterId,
      hour.toISOString(),
      organizationId,
      lines.map(([l]) => l),
      lines.map(([, q]) => q),
      closed,
    );
  }
}
