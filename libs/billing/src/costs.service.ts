import { Injectable } from '@nestjs/common';
import { PrismaService, type BillingStatus } from '@tributary/db';
import { AppError, sha256 } from '@tributary/platform';
import { DAY_MS, floorDay, formatFixed, LINE_UNITS, parseFixed, QUANTITY_SCALE, type UsageLineType } from '@tributary/metering';
import { applyCredits, creditAvailable, type Credit } from './credits';
import { microsToCents, rateMicros } from './money';

/** One daily cost line: a cluster's usage of one line type on one UTC day, at one price. */
export interface CostLine {
  day: Date;
  clusterId: string;
  clusterName: string;
  environmentId: string;
  lineType: UsageLineType | 'PROMO_CREDIT';
  unit: string;
  quantity: string;
  unitPrice: string;
  originalMicros: bigint;
  discountMicros: bigint;
  amountMicros: bigint;
}

export interface CostsPage {
  lines: CostLine[];
  total: number;
}

export interface InvoicePreview {
  periodStart: Date;
  periodEnd: Date;
  lines: { lineType: UsageLineType; unit: string; quantity: string; amountMicros: bigint }[];
  subtotalCents: bigint;
  creditsAppliedCents: bigint;
  totalCents: bigint;
  creditRemainingMicros: bigint;
  billingStatus: BillingStatus;
}

interface RawLine {
  day: Date;
  cluster_id: string;
  display_name: string;
  environment_id: string;
  line_type: UsageLineType;
  unit: string | null;
  unit_price: string;
  quantity: string;
}

/** The reference's limits: a range of at most a month, starting at most a year back. */
export const MAX_COST_RANGE_DAYS = 31;
export const MAX_COST_LOOKBACK_DAYS = 366;

export function costLineId(l: Pick<CostLine, 'day' | 'clusterId' | 'lineType' | 'unitPrice'>): string {
  return `cost-${sha256(`${l.day.toISOString()}|${l.clusterId}|${l.lineType}|${l.unitPrice}`).slice(0, 16)}`;
}

/**
 * Costs from the usage ledger and the price list. Promotional credit is spent on the organization's
 * charges day by day from the day it was granted, so a day's credit line is the same whatever range
 * is asked for; it shows as a PROMO_CREDIT line whose discount is the credit spent that day.
 */
@Injectable()
export class CostsService {
  constructor(private readonly prisma: PrismaService) {}

  /** Validates a costs request's dates (YYYY-MM-DD, end exclusive) against the reference's limits. */
  static checkRange(startDate: string, endDate: string, now: Date = new Date()): { start: Date; end: Date } {
    const start = new Date(`${startDate}T00:00:00Z`);
    const end = new Date(`${endDate}T00:00:00Z`);
    if (Number.isNaN(start.getTime()) || start.toISOString().slice(0, 10) !== startDate) throw new AppError('invalid', [{ detail: `'start_date' is not a valid date (YYYY-MM-DD)`, parameter: 'start_date' }]);
    if (Number.isNaN(end.getTime()) || end.toISOString().slice(0, 10) !== endDate) throw new AppError('invalid', [{ detail: `'end_date' is not a valid date (YYYY-MM-DD)`, parameter: 'end_date' }]);
    if (end.getTime() <= start.getTime()) throw new AppError('invalid', [{ detail: `'end_date' must be after 'start_date' (it is exclusive)`, parameter: 'end_date' }]);
    if (end.getTime() - start.getTime() > MAX_COST_RANGE_DAYS * DAY_MS) throw new AppError('invalid', [{ detail: `The range can span at most ${MAX_COST_RANGE_DAYS} days`, parameter: 'end_date' }]);
    if (start.getTime() < floorDay(now).getTime() - (MAX_COST_LOOKBACK_DAYS - 1) * DAY_MS) throw new AppError('invalid', [{ detail: 'Costs go back at most one year', parameter: 'start_date' }]);
    return { start, end };
  }

  /** Usage lines priced, per UTC day, cluster, line type and price, in [from, to). */
  async usageLines(organizationId: string, from: Date, to: Date): Promise<CostLine[]> {
    const rows = await this.prisma.$queryRawUnsafe<RawLine[]>(
      `SELECT date_trunc('day', u.hour, 'UTC') AS day, u.cluster_id, c.display_name, c.environment_id, u.line_type::text AS line_type,
              p.unit, COALESCE(p.unit_price, 0)::text AS unit_price, SUM(u.quantity)::text AS quantity
         FROM usage_hours u
         JOIN clusters c ON c.id = u.cluster_id AND c.organization_id = u.organization_id
         LEFT JOIN LATERAL (
           SELECT unit, unit_price FROM prices p
            WHERE p.cluster_kind = c.kind AND p.line_type = u.line_type AND p.effective_from <= u.hour
            ORDER BY p.effective_from DESC LIMIT 1) p ON true
        WHERE u.organization_id = $1::uuid AND u.hour >= $2::timestamptz AND u.hour < $3::timestamptz
        GROUP BY 1, 2, 3, 4, 5, 6, 7
        ORDER BY 1, 2, 5, 7`,
      organizationId,
      from.toISOString(),
      to.toISOString(),
    );
    return rows.map((r) => {
      const original = rateMicros(r.quantity, r.unit_price);
      return {
        day: new Date(r.day),
        clusterId: r.cluster_id,
        clusterName: r.display_name,
        environmentId: r.environment_id,
        lineType: r.line_type,
        unit: r.unit ?? LINE_UNITS[r.line_type],
        quantity: r.quantity,
        unitPrice: r.unit_price,
        originalMicros: original,
        discountMicros: 0n,
        amountMicros: original,
      };
    });
  }

  private async credits(organizationId: string): Promise<Credit[]> {
    return this.prisma.billingCredit.findMany({ where: { organizationId }, select: { id: true, grantedAt: true, expiresAt: true, amountMicros: true } });
  }

  /** Credit spent per day up to `to`, and what is left. */
  private async creditUse(organizationId: string, to: Date, now: Date) {
    const credits = await this.credits(organizationId);
    if (!credits.length) return { usedByDay: new Map<number, bigint>(), available: 0n };
    const from = floorDay(new Date(Math.min(...credits.map((c) => c.grantedAt.getTime()))));
    const daily = new Map<number, bigint>();
    if (from.getTime() < to.getTime()) {
      for (const l of await this.usageLines(organizationId, from, to)) daily.set(l.day.getTime(), (daily.get(l.day.getTime()) ?? 0n) + l.originalMicros);
    }
    const application = applyCredits([...daily].map(([day, micros]) => ({ day: new Date(day), micros })), credits);
    return { usedByDay: application.usedByDay, available: creditAvailable(credits, application, now) };
  }

  /** `GET /billing/v1/costs`: daily lines in [start, end), credit lines included, paged by offset. */
  async costs(organizationId: string, start: Date, end: Date, page: { offset: number; size: number }, now: Date = new Date()): Promise<CostsPage> {
    const usage = await this.usageLines(organizationId, start, end);
    const { usedByDay } = await this.creditUse(organizationId, end, now);
    const promo: CostLine[] = [...usedByDay]
      .filter(([day]) => day >= start.getTime() && day < end.getTime())
      .map(([day, used]) => ({
        day: new Date(day),
        clusterId: '',
        clusterName: '',
        environmentId: '',
        lineType: 'PROMO_CREDIT' as const,
        unit: 'USD',
        quantity: '1',
        unitPrice: '0',
        originalMicros: 0n,
        discountMicros: used,
        amountMicros: -used,
      }));
    const all = [...usage, ...promo].sort((a, b) => a.day.getTime() - b.day.getTime() || (a.lineType === 'PROMO_CREDIT' ? 1 : 0) - (b.lineType === 'PROMO_CREDIT' ? 1 : 0));
    return { lines: all.slice(page.offset, page.offset + page.size), total: all.length };
  }

  /** The current month so far: what the organization would be invoiced if the month ended now. */
  async invoicePreview(organizationId: string, now: Date = new Date()): Promise<InvoicePreview> {
    const periodStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    const periodEnd = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
    const usage = await this.usageLines(organizationId, periodStart, periodEnd);
    const { usedByDay, available } = await this.creditUse(organizationId, periodEnd, now);
    const byLine = new Map<UsageLineType, { unit: string; quantity: bigint; amountMicros: bigint }>();
    let subtotal = 0n;
    for (const l of usage) {
      const lt = l.lineType as UsageLineType;
      const agg = byLine.get(lt) ?? { unit: l.unit, quantity: 0n, amountMicros: 0n };
      agg.quantity += parseFixed(l.quantity, QUANTITY_SCALE);
      agg.amountMicros += l.originalMicros;
      byLine.set(lt, agg);
      subtotal += l.originalMicros;
    }
    let credited = 0n;
    for (const [day, used] of usedByDay) if (day >= periodStart.getTime() && day < periodEnd.getTime()) credited += used;
    const account = await this.prisma.billingAccount.findUnique({ where: { organizationId } });
    const subtotalCents = microsToCents(subtotal);
    const creditsAppliedCents = microsToCents(credited);
    return {
      periodStart,
      periodEnd,
      lines: [...byLine].map(([lineType, a]) => ({ lineType, unit: a.unit, quantity: formatFixed(a.quantity, QUANTITY_SCALE), amountMicros: a.amountMicros })),
      subtotalCents,
      creditsAppliedCents,
      totalCents: subtotalCents - creditsAppliedCents,
      creditRemainingMicros: available,
      billingStatus: account?.status ?? 'ACTIVE',
    };
  }
}
