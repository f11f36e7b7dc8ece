import { Injectable } from '@nestjs/common';
import { PrismaService, TenantRepositories, type BillingStatus } from '@tributary/db';
import { AppError, sha256 } from '@tributary/platform';
import {
  allocateExactly,
  DAY_MS,
  floorDay,
  formatFixed,
  isTopicLineType,
  LINE_UNITS,
  parseFixed,
  QUANTITY_SCALE,
  sampleUsages,
  SCHEMA_REGISTRY_PACKAGE,
  topicWeights,
  UsageLedger,
  withUnattributed,
  type TopicLineType,
  type UsageLineType,
} from '@tributary/metering';
import { applyCredits, creditAvailable, type Credit } from './credits';
import { microsToCents, PRICE_SCALE, rateMicros } from './money';
import { PriceList } from './price-list.service';

/** What srcm/v3 calls every registry (`spec.display_name`), and so its cost lines' resource. */
export const SCHEMA_REGISTRY_DISPLAY_NAME = 'Stream Governance Package';

/** Confluent's `product` of a line type (the reference's x-extensible-enum). */
export function productOf(lineType: UsageLineType | 'PROMO_CREDIT'): 'KAFKA' | 'STREAM_GOVERNANCE' {
  return lineType === 'SCHEMA_REGISTRY' ? 'STREAM_GOVERNANCE' : 'KAFKA';
}

/**
 * One daily cost line: a resource's usage of one line type on one UTC day, at one price. The
 * resource is a cluster, or for SCHEMA_REGISTRY a Schema Registry (`clusterId` is then `lsrc-…`).
 */
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
  /**
   * With `groupBy: 'topic'`: the topic this share of a network, storage or partition line is charged
   * to (UNATTRIBUTED_TOPIC for bytes no topic counter explains), or null for lines all topics share.
   */
  topic?: string | null;
}

export type CostsGroupBy = 'topic';

export interface CostsPage {
  lines: CostLine[];
  total: number;
}

/** The live meter: spend so far this month, the rate now, and where the month ends at that rate. */
export interface LiveMeter {
  asOf: Date;
  periodStart: Date;
  periodEnd: Date;
  /** Usage priced so far this month (the open hour included), before credits. */
  spendSoFarMicros: bigint;
  /** Promotional credit spent on it. */
  creditsAppliedMicros: bigint;
  /** What one hour costs now: the last complete hour, or the current hour so far if nothing ran before it. */
  hourlyRateMicros: bigint;
  /** The hour the rate was measured on. */
  rateHour: Date;
  /** Spend so far plus the rate for each hour left after the current one, before credits. */
  projectedMicros: bigint;
  /** The projection less the credit it would use up. */
  projectedNetMicros: bigint;
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

interface RawUsage {
  day: Date;
  cluster_id: string;
  display_name: string;
  environment_id: string;
  kind: string;
  line_type: UsageLineType;
  /** How many price changes precede the hours summed: hours in one period share every price. */
  price_period: number;
  first_hour: Date;
  quantity: string;
}

/** The reference's limits: a range of at most a month, starting at most a year back. */
export const MAX_COST_RANGE_DAYS = 31;
export const MAX_COST_LOOKBACK_DAYS = 366;

export function costLineId(l: Pick<CostLine, 'day' | 'clusterId' | 'lineType' | 'unitPrice' | 'topic'>): string {
  const topic = typeof l.topic === 'string' ? `|topic:${l.topic}` : '';
  return `cost-${sha256(`${l.day.toISOString()}|${l.clusterId}|${l.lineType}|${l.unitPrice}${topic}`).slice(0, 16)}`;
}

/**
 * Costs from the usage ledger and the price list. Promotional credit is spent on the organization's
 * charges day by day from the day it was granted, so a day's credit line is the same whatever range
 * is asked for; it shows as a PROMO_CREDIT line whose discount is the credit spent that day.
 */
@Injectable()
export class CostsService {
  constructor(
    /** Raw SQL only, binding the organization itself (usage joined to clusters, summed in the database). */
    private readonly prisma: PrismaService,
    private readonly repos: TenantRepositories,
    private readonly priceList: PriceList,
  ) {
    // Samples are read straight from the ledger: no DI edge to metering, so every context with billing works.
    this.ledger = new UsageLedger(prisma);
  }

  private readonly ledger: UsageLedger;

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

  /**
   * Usage lines priced, per UTC day, cluster, line type and price, in [from, to). The database sums
   * the hours between two price changes; each sum is priced by the price list as of its first hour.
   */
  async usageLines(organizationId: string, from: Date, to: Date): Promise<CostLine[]> {
    const history = await this.priceList.history(to);
    const rows = await this.prisma.$queryRawUnsafe<RawUsage[]>(
      // A usage row's resource is a cluster, or (SCHEMA_REGISTRY) its environment's registry, priced
      // as its package. A registry goes with its environment; its billed hours stay, under its id.
      `SELECT date_trunc('day', u.hour, 'UTC') AS day, u.cluster_id,
              COALESCE(c.display_name, CASE WHEN u.line_type = 'SCHEMA_REGISTRY' THEN $6 END, u.cluster_id) AS display_name,
              COALESCE(c.environment_id, r.environment_id, '') AS environment_id,
              COALESCE(c.kind, CASE WHEN u.line_type = 'SCHEMA_REGISTRY' THEN $5 END) AS kind, u.line_type::text AS line_type,
              (SELECT count(*) FROM unnest($4::timestamptz[]) AS change(at) WHERE change.at <= u.hour)::int AS price_period,
              MIN(u.hour) AS first_hour, SUM(u.quantity)::text AS quantity
         FROM usage_hours u
         LEFT JOIN clusters c ON c.id = u.cluster_id AND c.organization_id = u.organization_id
         LEFT JOIN schema_registries r ON r.id = u.cluster_id AND r.organization_id = u.organization_id
        WHERE u.organization_id = $1::uuid AND u.hour >= $2::timestamptz AND u.hour < $3::timestamptz
          AND (c.id IS NOT NULL OR u.line_type = 'SCHEMA_REGISTRY')
        GROUP BY 1, 2, 3, 4, 5, 6, 7`,
      organizationId,
      from.toISOString(),
      to.toISOString(),
      history.changes().map((d) => d.toISOString()),
      SCHEMA_REGISTRY_PACKAGE,
      SCHEMA_REGISTRY_DISPLAY_NAME,
    );
    // Two periods can carry the same price for a line (another line's price changed): one line each.
    const lines = new Map<string, CostLine & { quantityFixed: bigint }>();
    for (const r of rows) {
      const price = history.at(new Date(r.first_hour)).price(r.kind, r.line_type);
      const unitPrice = price?.unitPrice ?? '0';
      const day = new Date(r.day);
      const key = `${day.getTime()}|${r.cluster_id}|${r.line_type}|${unitPrice}`;
      const quantity = parseFixed(r.quantity, QUANTITY_SCALE);
      const line = lines.get(key);
      if (line) line.quantityFixed += quantity;
      else
        lines.set(key, {
          day,
          clusterId: r.cluster_id,
          clusterName: r.display_name,
          environmentId: r.environment_id,
          lineType: r.line_type,
          unit: price?.unit ?? LINE_UNITS[r.line_type],
          quantity: '',
          unitPrice,
          originalMicros: 0n,
          discountMicros: 0n,
          amountMicros: 0n,
          quantityFixed: quantity,
        });
    }
    return [...lines.values()]
      .map(({ quantityFixed, ...l }) => {
        const quantity = formatFixed(quantityFixed, QUANTITY_SCALE);
        const original = rateMicros(quantity, l.unitPrice);
        return { ...l, quantity, originalMicros: original, amountMicros: original };
      })
      .sort(
        (a, b) =>
          a.day.getTime() - b.day.getTime() ||
          a.clusterId.localeCompare(b.clusterId) ||
          a.lineType.localeCompare(b.lineType) ||
          Number(parseFixed(a.unitPrice, PRICE_SCALE) - parseFixed(b.unitPrice, PRICE_SCALE)),
      );
  }

  private async credits(organizationId: string): Promise<Credit[]> {
    return this.repos.for(organizationId).billingCredits.findMany();
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

  /** Unspent credit usable at `now`, after every charge so far. */
  async creditRemaining(organizationId: string, now: Date = new Date()): Promise<bigint> {
    return (await this.creditUse(organizationId, now, now)).available;
  }

  /**
   * Chargeback: each network, storage and partition line split into one line per topic, in
   * proportion to the topics' own counters and gauges in the same day's samples (see
   * libs/metering/src/chargeback.ts). Quantities (bytes, 9 decimals) and amounts (micro-dollars) are
   * allotted separately by largest remainder, so each line's topic shares sum exactly to the line.
   * The other lines (cluster-hours, CKUs, registries) come back whole, with topic null.
   */
  async splitByTopic(lines: readonly CostLine[]): Promise<CostLine[]> {
    const weightsOf = new Map<string, Promise<Map<TopicLineType, Map<string, bigint>>>>();
    const dayWeights = (clusterId: string, day: Date) => {
      const key = `${clusterId}|${day.getTime()}`;
      let w = weightsOf.get(key);
      if (!w) {
        w = this.ledger.samplesBetween(clusterId, day, new Date(day.getTime() + DAY_MS)).then(({ samples, baselines }) => topicWeights(sampleUsages(samples, baselines)));
        weightsOf.set(key, w);
      }
      return w;
    };
    const out: CostLine[] = [];
    for (const line of lines) {
      if (!isTopicLineType(line.lineType)) {
        out.push({ ...line, topic: null });
        continue;
      }
      const lineType = line.lineType;
      const quantity = parseFixed(line.quantity, QUANTITY_SCALE);
      const topics = (await dayWeights(line.clusterId, line.day)).get(lineType)!;
      // A network line's quantity at 9 decimals of a GB is its bytes: what topics do not explain is charged to none.
      const weights = lineType === 'KAFKA_NETWORK_WRITE' || lineType === 'KAFKA_NETWORK_READ' ? withUnattributed(topics, quantity) : topics;
      const quantities = allocateExactly(quantity, weights);
      const amounts = allocateExactly(line.originalMicros, weights);
      for (const topic of [...new Set([...quantities.keys(), ...amounts.keys()])].sort()) {
        const micros = amounts.get(topic) ?? 0n;
        out.push({ ...line, topic, quantity: formatFixed(quantities.get(topic) ?? 0n, QUANTITY_SCALE), originalMicros: micros, discountMicros: 0n, amountMicros: micros });
      }
    }
    return out;
  }

  /** `GET /billing/v1/costs`: daily lines in [start, end), credit lines included, paged by offset. */
  async costs(organizationId: string, start: Date, end: Date, page: { offset: number; size: number }, now: Date = new Date(), groupBy?: CostsGroupBy): Promise<CostsPage> {
    const whole = await this.usageLines(organizationId, start, end);
    const usage = groupBy === 'topic' ? await this.splitByTopic(whole) : whole;
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

  /** `GET /billing/v1/meter`: spend so far this month, the hourly rate now, and a projection to the month's end. */
  async liveMeter(organizationId: string, now: Date = new Date()): Promise<LiveMeter> {
    const periodStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    const periodEnd = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
    const hour = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000);
    const sum = (lines: readonly CostLine[]) => lines.reduce((s, l) => s + l.originalMicros, 0n);
    const spend = sum(await this.usageLines(organizationId, periodStart, periodEnd));
    // The current hour is still filling; the one before is whole. A first hour is its own rate.
    const previous = new Date(hour.getTime() - 3_600_000);
    let rateHour = previous;
    let rate = sum(await this.usageLines(organizationId, previous, hour));
    if (rate === 0n) {
      rateHour = hour;
      rate = sum(await this.usageLines(organizationId, hour, new Date(hour.getTime() + 3_600_000)));
    }
    const hoursLeft = BigInt(Math.max(0, (periodEnd.getTime() - hour.getTime()) / 3_600_000 - 1));
    const projected = spend + rate * hoursLeft;
    const { usedByDay, available } = await this.creditUse(organizationId, periodEnd, now);
    let credited = 0n;
    for (const [day, used] of usedByDay) if (day >= periodStart.getTime() && day < periodEnd.getTime()) credited += used;
    const projectedCredit = credited + available < projected ? credited + available : projected;
    return {
      asOf: now,
      periodStart,
      periodEnd,
      spendSoFarMicros: spend,
      creditsAppliedMicros: credited,
      hourlyRateMicros: rate,
      rateHour,
      projectedMicros: projected,
      projectedNetMicros: projected - projectedCredit,
    };
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
    const account = await this.repos.for(organizationId).billingAccounts.findFirst();
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
