import { Inject, Injectable } from '@nestjs/common';
import { PrismaService } from '@tributary/db';
import { SCHEMA_REGISTRY_PACKAGE } from './line-types';
import { METERING_CONFIG, type MeteringConfig } from './metering.config';
import { SCHEMA_REGISTRY_USAGE_CONFIG, type SchemaRegistryUsageConfig } from './schema-registry-usage.config';
import { floorHour } from './usage-math';
import { USAGE_HOUR_CLOSED_LISTENERS, type ClosedUsageHour, type UsageHourClosedListener } from './usage-rollup-listeners';

interface ClosedRow {
  cluster_id: string;
  organization_id: string;
  hour: Date;
  quantity: string;
}

/**
 * The Schema Registry's usage line, SCHEMA_REGISTRY: per registry (one per environment) and UTC
 * hour, the schema versions it holds above the environment's free allowance, as Confluent counts
 * them for Stream Governance Essentials: every version of every subject, soft-deleted ones
 * included, until a permanent delete removes it. An hour's quantity is the most held at any
 * metering in the hour (as KAFKA_PARTITION is the most partitions seen), so a schema registered and
 * deleted within an hour is still one schema-hour, and deleting lowers the next hour's.
 *
 * The count is state in Postgres, not a broker reading, so there are no samples: each metering
 * raises the open hour's row in `usage_hours` (resource id `lsrc-…` in its cluster_id column) to
 * what is held now, and closing marks rows final and hands them to the closed-hour listeners (the
 * Stripe outbox) in the same transaction, as the Kafka lines do. Both are safe to run twice or in
 * two workers: a metering of the same count changes nothing, a closed row is never rewritten, and
 * closing takes each row once (row locks, `NOT closed`).
 */
@Injectable()
export class SchemaRegistryUsage {
  constructor(
    private readonly prisma: PrismaService,
    @Inject(SCHEMA_REGISTRY_USAGE_CONFIG) private readonly config: SchemaRegistryUsageConfig,
    @Inject(METERING_CONFIG) private readonly metering: MeteringConfig,
    @Inject(USAGE_HOUR_CLOSED_LISTENERS) private readonly listeners: UsageHourClosedListener[],
  ) {}

  /** Meters the hour containing `now` for every registry (or `only` these). Returns the rows raised. */
  async meter(now: Date = new Date(), only?: readonly string[]): Promise<number> {
    return this.prisma.$executeRawUnsafe(
      `INSERT INTO usage_hours (cluster_id, hour, line_type, organization_id, quantity, closed, updated_at)
       SELECT r.id, $1::timestamptz, 'SCHEMA_REGISTRY'::"UsageLineType", r.organization_id, (count(*) - $2)::numeric, false, now()
         FROM schema_registries r JOIN registry_subject_versions v ON v.registry_id = r.id
        WHERE ($3::text[] IS NULL OR r.id = ANY($3::text[]))
        GROUP BY r.id, r.organization_id
       HAVING count(*) > $2
       ON CONFLICT (cluster_id, hour, line_type) DO UPDATE SET quantity = EXCLUDED.quantity, updated_at = now()
        WHERE NOT usage_hours.closed AND usage_hours.quantity < EXCLUDED.quantity`,
      floorHour(now).toISOString(),
      this.config.freeSchemasPerEnvironment,
      only ? [...only] : null,
    );
  }

  /**
   * Closes the registry hours that ended more than the grace period before `now`, at most `max`,
   * and hands each hour's rows to the listeners in the transaction that closes them. Returns how many.
   */
  async closeDueHours(now: Date = new Date(), max = 500, only?: readonly string[]): Promise<number> {
    const closableBefore = new Date(now.getTime() - this.metering.closeGraceMs);
    return this.prisma.$transaction(
      async (tx) => {
        const rows = await tx.$queryRawUnsafe<ClosedRow[]>(
          `WITH due AS (
             SELECT cluster_id, hour, line_type FROM usage_hours
              WHERE line_type = 'SCHEMA_REGISTRY' AND NOT closed AND hour + interval '1 hour' <= $1::timestamptz
                AND ($3::text[] IS NULL OR cluster_id = ANY($3::text[]))
              ORDER BY hour, cluster_id LIMIT $2 FOR UPDATE SKIP LOCKED)
           UPDATE usage_hours u SET closed = true, updated_at = now() FROM due
            WHERE u.cluster_id = due.cluster_id AND u.hour = due.hour AND u.line_type = due.line_type AND NOT u.closed
           RETURNING u.cluster_id, u.organization_id, u.hour, u.quantity::text AS quantity`,
          closableBefore.toISOString(),
          max,
          only ? [...only] : null,
        );
        // Listeners price a call's hours at one instant (the first hour's): one call per hour.
        const byHour = new Map<number, ClosedUsageHour[]>();
        for (const r of rows) {
          const hour = new Date(r.hour);
          const list = byHour.get(hour.getTime()) ?? [];
          list.push({ organizationId: r.organization_id, clusterId: r.cluster_id, clusterKind: SCHEMA_REGISTRY_PACKAGE, hour, lineType: 'SCHEMA_REGISTRY', quantity: r.quantity });
          byHour.set(hour.getTime(), list);
        }
        for (const hours of byHour.values()) for (const l of this.listeners) await l.onUsageHoursClosed(hours, tx);
        return rows.length;
      },
      { timeout: 30_000 },
    );
  }
}
