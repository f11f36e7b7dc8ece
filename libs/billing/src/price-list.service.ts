import { Injectable } from '@nestjs/common';
import { isClusterKind, type ClusterKind } from '@tributary/catalog';
import { PrismaService, type Prisma, type UsageLineType } from '@tributary/db';
import { AppError } from '@tributary/platform';
import { LINE_UNITS, parseFixed, SCHEMA_REGISTRY_PACKAGE } from '@tributary/metering';
import { PRICE_SCALE } from './money';

/** One row of the price list: USD per unit of one line type on one cluster kind (or, for SCHEMA_REGISTRY, the registry's package), from a date on. */
export interface PriceRow {
  id: number;
  clusterKind: string;
  lineType: UsageLineType;
  unit: string;
  /** Exact decimal string at the list's scale (`'0.750000000'`): money never passes through a float. */
  unitPrice: string;
  effectiveFrom: Date;
}

/** The prices in force at one instant: at most one row per (cluster kind, line type). */
export class PricesInForce {
  private readonly byKey: Map<string, PriceRow>;
  constructor(
    readonly at: Date,
    rows: PriceRow[],
  ) {
    this.byKey = new Map(rows.map((r) => [`${r.clusterKind}|${r.lineType}`, r]));
  }

  /** The row for a kind and line type, or undefined where the list has none (priced at zero). */
  price(clusterKind: string, lineType: UsageLineType): PriceRow | undefined {
    return this.byKey.get(`${clusterKind}|${lineType}`);
  }

  forKind(clusterKind: ClusterKind): PriceRow[] {
    return this.all().filter((r) => r.clusterKind === clusterKind);
  }

  /**
   * Every cluster kind's rows: what `GET /billing/v1/prices` and the create flow show. The Schema
   * Registry's package row (SCHEMA_REGISTRY) is not a cluster's price; `price()` reads it.
   */
  all(): PriceRow[] {
    return [...this.byKey.values()].filter((r) => isClusterKind(r.clusterKind)).sort((a, b) => a.clusterKind.localeCompare(b.clusterKind) || a.lineType.localeCompare(b.lineType));
  }
}

/**
 * Every row of the price list up to some instant. `at(t)` is the one rule of the price in force:
 * for each (kind, line type), the row with the latest `effective_from` not after `t`.
 */
export class PriceHistory {
  /** Newest first, so the first row found not after `t` is the one in force. */
  private readonly newestFirst: PriceRow[];
  constructor(rows: PriceRow[]) {
    this.newestFirst = [...rows].sort((a, b) => b.effectiveFrom.getTime() - a.effectiveFrom.getTime());
  }

  at(time: Date): PricesInForce {
    const chosen = new Map<string, PriceRow>();
    for (const r of this.newestFirst) {
      if (r.effectiveFrom.getTime() > time.getTime()) continue;
      const key = `${r.clusterKind}|${r.lineType}`;
      if (!chosen.has(key)) chosen.set(key, r);
    }
    return new PricesInForce(time, [...chosen.values()]);
  }

  /** The instants at which some price changes, oldest first: between two of them every price is constant. */
  changes(): Date[] {
    return [...new Set(this.newestFirst.map((r) => r.effectiveFrom.getTime()))].sort((a, b) => a - b).map((t) => new Date(t));
  }
}

type Db = PrismaService | Prisma.TransactionClient;

const toRow = (p: { id: number; clusterKind: string; lineType: UsageLineType; unit: string; unitPrice: Prisma.Decimal; effectiveFrom: Date }): PriceRow => ({
  id: p.id,
  clusterKind: p.clusterKind,
  lineType: p.lineType,
  unit: p.unit,
  unitPrice: p.unitPrice.toFixed(PRICE_SCALE),
  effectiveFrom: p.effectiveFrom,
});

/**
 * The price list: USD per unit per cluster kind and line type, each row effective from its date
 * until the next row. Changes are new rows dated in the future, so usage already accrued always
 * keeps the price it accrued at. Everything that prices usage asks `at(time)` (or, over a range,
 * `history(until).at(hour)`): the rule lives in PriceHistory alone.
 */
@Injectable()
export class PriceList {
  constructor(private readonly prisma: PrismaService) {}

  /** The prices in force at `time`; `db` lets a caller read them inside its transaction. */
  async at(time: Date = new Date(), db: Db = this.prisma): Promise<PricesInForce> {
    return (await this.history(time, db)).at(time);
  }

  /** Every row that took effect up to `until`: enough to price any instant before it. */
  async history(until: Date, db: Db = this.prisma): Promise<PriceHistory> {
    const rows = await db.price.findMany({ where: { effectiveFrom: { lte: until } } });
    return new PriceHistory(rows.map(toRow));
  }

  async schedule(input: { clusterKind: string; lineType: UsageLineType; unitPrice: string; effectiveFrom: Date }, now: Date = new Date()): Promise<PriceRow> {
    // Kafka lines are priced per cluster kind; the Schema Registry's line per its package.
    if (input.lineType === 'SCHEMA_REGISTRY') {
      if (input.clusterKind !== SCHEMA_REGISTRY_PACKAGE) throw AppError.invalid(`SCHEMA_REGISTRY is priced for the '${SCHEMA_REGISTRY_PACKAGE}' package only`, '/cluster_kind');
    } else if (!isClusterKind(input.clusterKind)) throw AppError.invalid(`Unknown cluster kind '${input.clusterKind}'`, '/cluster_kind');
    if (input.effectiveFrom.getTime() <= now.getTime()) throw AppError.invalid('A price change must take effect in the future: past usage keeps its price', '/effective_from');
    const price = parseFixed(input.unitPrice, PRICE_SCALE);
    if (price < 0n) throw AppError.invalid('A price cannot be negative', '/unit_price');
    return toRow(
      await this.prisma.price.create({
        data: { clusterKind: input.clusterKind, lineType: input.lineType, unit: LINE_UNITS[input.lineType], unitPrice: input.unitPrice, effectiveFrom: input.effectiveFrom },
      }),
    );
  }
}
