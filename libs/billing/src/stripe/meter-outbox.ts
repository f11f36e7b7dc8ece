import { Inject, Injectable } from '@nestjs/common';
import { PrismaService, TenantRepositories, type Prisma, type StripeMeterOutbox as OutboxRow } from '@tributary/db';
import { LOGGER, sha256 } from '@tributary/platform';
import { mapLimit, type ClosedUsageHour, type UsageHourClosedListener, type UsageLineType } from '@tributary/metering';
import type { Logger } from 'pino';
import { rateMicros } from '../money';
import { PriceList } from '../price-list.service';
import { meterEventName } from './stripe-catalog';
import { STRIPE, type StripeClient } from './stripe-client';
import { StripeCustomers } from './stripe-customers';

const MAX_IDENTIFIER = 100;
const LEASE_MS = 60_000;

/** Stripe's dedup key for one cluster's line type in one hour: org + cluster + line type + UTC hour. */
export function meterEventIdentifier(organizationId: string, clusterId: string, lineType: UsageLineType, hour: Date): string {
  const readable = `${organizationId}:${clusterId}:${lineType}:${hour.toISOString().slice(0, 13).replace(/[-T]/g, '')}`;
  return readable.length <= MAX_IDENTIFIER ? readable : `tributary-${sha256(readable).slice(0, 64)}`;
}

/** Seconds to wait before the n-th retry: 5 s doubling, at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(3_600_000, 5_000 * 2 ** Math.max(0, attempts - 1));
}

export interface SendResult {
  sent: number;
  failed: number;
}

/**
 * Closed hours' usage on its way to Stripe. The rows are written in the transaction that closes
 * the hour (nothing lost); the sender claims due rows with a lease, sends each as a meter event
 * whose `identifier` Stripe deduplicates, and marks it sent. What Stripe does not take stays
 * queued with a growing delay; a sender that dies mid-send lets the lease lapse, and the resend
 * carries the same identifier, so Stripe counts it once.
 */
@Injectable()
export class StripeMeterOutbox implements UsageHourClosedListener {
  constructor(
    @Inject(STRIPE) private readonly stripe: StripeClient | null,
    private readonly prisma: PrismaService,
    private readonly repos: TenantRepositories,
    private readonly customers: StripeCustomers,
    private readonly priceList: PriceList,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onUsageHoursClosed(hours: ClosedUsageHour[], tx: Prisma.TransactionClient): Promise<void> {
    if (!this.stripe || !hours.length) return; // ledger-only: nothing will ever be sent
    const { clusterKind, hour } = hours[0]!;
    const prices = await this.priceList.at(hour, tx);
    const priceOf = (lineType: UsageLineType) => prices.price(clusterKind, lineType)?.unitPrice ?? '0';
    const rows = hours
      .map((h) => ({ h, value: rateMicros(h.quantity, priceOf(h.lineType)) }))
      .filter(({ value }) => value > 0n)
      .map(({ h, value }) => ({
        identifier: meterEventIdentifier(h.organizationId, h.clusterId, h.lineType, h.hour),
        organizationId: h.organizationId,
        clusterId: h.clusterId,
        lineType: h.lineType,
        hour: h.hour,
        eventName: meterEventName(h.lineType),
        value,
      }));
    if (rows.length) await tx.stripeMeterOutbox.createMany({ data: rows, skipDuplicates: true });
  }

  /** Sends what is due; safe to run in several workers at once. */
  async sendDue(now: Date = new Date(), limit = 200): Promise<SendResult> {
    const stripe = this.stripe;
    if (!stripe) return { sent: 0, failed: 0 };
    const claimed = await this.prisma.$queryRawUnsafe<{ identifier: string }[]>(
      `UPDATE stripe_meter_outbox SET next_attempt_at = $2::timestamptz
        WHERE identifier IN (SELECT identifier FROM stripe_meter_outbox WHERE sent_at IS NULL AND next_attempt_at <= $1::timestamptz
                              ORDER BY hour, identifier LIMIT $3 FOR UPDATE SKIP LOCKED)
        RETURNING identifier`,
      now.toISOString(),
      new Date(now.getTime() + LEASE_MS).toISOString(),
      limit,
    );
    if (!claimed.length) return { sent: 0, failed: 0 };
    // The sender works for every organization: it reads its claim through the system door, and writes
    // each row's outcome in that row's own organization scope.
    const rows = await this.repos.system.stripeMeterOutbox.findMany({ identifier: { in: claimed.map((c) => c.identifier) } }, { orderBy: { hour: 'asc' } });
    const customerOf = new Map<string, Promise<string>>();
    const results = await mapLimit(rows, 4, async (row) => {
      try {
        if (!customerOf.has(row.organizationId)) customerOf.set(row.organizationId, this.customers.ensureCustomer(row.organizationId));
        const customer = await customerOf.get(row.organizationId)!;
        await this.send(stripe, row, customer);
        await this.repos.for(row.organizationId).stripeMeterOutbox.updateWhere({ identifier: row.identifier }, { sentAt: new Date(), attempts: { increment: 1 }, lastError: null });
        return true;
      } catch (e) {
        const attempts = row.attempts + 1;
        await this.repos.for(row.organizationId).stripeMeterOutbox.updateWhere(
          { identifier: row.identifier },
          { attempts, lastError: String((e as Error).message).slice(0, 500), nextAttemptAt: new Date(Date.now() + retryDelayMs(attempts)) },
        );
        this.logger.warn({ identifier: row.identifier, attempts, err: (e as Error).message }, 'meter event not accepted by Stripe: kept queued');
        return false;
      }
    });
    const sent = results.filter(Boolean).length;
    return { sent, failed: results.length - sent };
  }

  private async send(stripe: StripeClient, row: OutboxRow, customerId: string): Promise<void> {
    await stripe.billing.meterEvents.create(
      {
        event_name: row.eventName,
        identifier: row.identifier,
        timestamp: Math.floor(row.hour.getTime() / 1000),
        payload: { stripe_customer_id: customerId, value: row.value.toString(), cluster_id: row.clusterId },
      },
      { idempotencyKey: row.identifier },
    );
  }
}
