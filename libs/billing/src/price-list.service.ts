import { Injectable } from '@nestjs/common';
import { PrismaService, type Price, type UsageLineType } from '@tributary/db';
import { AppError } from '@tributary/platform';
import { LINE_UNITS, parseFixed } from '@tributary/metering';
import { PRICE_SCALE } from './money';

export const CLUSTER_KINDS = ['Basic', 'Standard', 'Dedicated'] as const;

/**
 * The price list: USD per unit per cluster kind and line type, each row effective from its date
 * until the next row. Changes are new rows dated in the future, so usage already accrued always
 * keeps the price it accrued at.
 */
@Injectable()
export class PriceList {
  constructor(private readonly prisma: PrismaService) {}

  /** Price rows in effect at `at`, one per (kind, line type). */
  async effectiveAt(at: Date = new Date()): Promise<Price[]> {
    return this.prisma.$queryRawUnsafe<Price[]>(
      `SELECT DISTINCT ON (cluster_kind, line_type) id, cluster_kind AS "clusterKind", line_type AS "lineType", unit, unit_price::text AS "unitPrice", effective_from AS "effectiveFrom", created_at AS "createdAt"
         FROM prices WHERE effective_from <= $1::timestamptz ORDER BY cluster_kind, line_type, effective_from DESC`,
      at.toISOString(),
    );
  }

  async schedule(input: { clusterKind: string; lineType: UsageLineType; unitPrice: string; effectiveFrom: Date }, now: Date = new Date()): Promise<Price> {
    if (!(CLUSTER_KINDS as readonly string[]).includes(input.clusterKind)) throw AppError.invalid(`Unknown cluster kind '${input.clusterKind}'`, '/cluster_kind');
    if (input.effectiveFrom.getTime() <= now.getTime()) throw AppError.invalid('A price change must take effect in the future: past usage keeps its price', '/effective_from');
    const price = parseFixed(input.unitPrice, PRICE_SCALE);
    if (price < 0n) throw AppError.invalid('A price cannot be negative', '/unit_price');
    return this.prisma.price.create({
      data: { clusterKind: input.clusterKind, lineType: input.lineType, unit: LINE_UNITS[input.lineType], unitPrice: input.unitPrice, effectiveFrom: input.effectiveFrom },
    });
  }
}
