import type { Prisma, UsageLineType } from '@tributary/db';

/** One resource's usage of one line type in one closed UTC hour: final, never rewritten. */
export interface ClosedUsageHour {
  organizationId: string;
  /** The resource: a cluster (`lkc-…`), or a Schema Registry (`lsrc-…`) for SCHEMA_REGISTRY. */
  clusterId: string;
  /** What the price list prices it as: the cluster's kind, or the registry's package (`Essentials`). */
  clusterKind: string;
  hour: Date;
  lineType: UsageLineType;
  /** Decimal string, 9 places. */
  quantity: string;
}

/**
 * Lets billing act on closed hours (queue them for Stripe) in the same transaction that closes
 * them, so a closed hour is never lost between the ledger and the outbox. Metering knows nothing of
 * billing. Every call's hours share one hour and one kind.
 */
export interface UsageHourClosedListener {
  onUsageHoursClosed(hours: ClosedUsageHour[], tx: Prisma.TransactionClient): Promise<void>;
}
export const USAGE_HOUR_CLOSED_LISTENERS = Symbol('USAGE_HOUR_CLOSED_LISTENERS');
