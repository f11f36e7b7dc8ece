import { DAY_MS } from '@tributary/metering';

/** Why an organization may not (or soon may not) create clusters. */
export type RestrictionReason = 'PAST_DUE' | 'CANCELED' | 'CREDIT_EXHAUSTED';

/**
 * A refusal of new clusters, in force (`inEffect`) or announced: during the grace period the
 * console shows `refusedFrom` so the organization can act before it. Running clusters are never
 * touched by it.
 */
export interface Restriction {
  reason: RestrictionReason;
  /** When the condition started. */
  since: Date;
  /** When new clusters are (or will be) refused: `since` plus the grace period (past due: at once). */
  refusedFrom: Date;
  inEffect: boolean;
}

export interface StandingFacts {
  status: 'ACTIVE' | 'PAST_DUE' | 'CANCELED';
  pastDueSince: Date | null;
  canceledSince: Date | null;
  /** Set only while the credit is used up and no payment method is on file. */
  creditExhaustedSince: Date | null;
  /** When the row last changed: the start of a condition whose own timestamp is missing. */
  updatedAt: Date;
}

/**
 * The organization's restriction at `now`, if any: past due refuses at once (as it always has); a
 * canceled subscription, or credit used up with no payment method, after `graceDays`. When several
 * hold, the one refusing first wins.
 */
export function restrictionOf(facts: StandingFacts, graceDays: number, now: Date): Restriction | null {
  const grace = graceDays * DAY_MS;
  const candidates: { reason: RestrictionReason; since: Date; refusedFrom: Date }[] = [];
  if (facts.status === 'PAST_DUE') {
    const since = facts.pastDueSince ?? facts.updatedAt;
    candidates.push({ reason: 'PAST_DUE', since, refusedFrom: since });
  }
  if (facts.status === 'CANCELED') {
    const since = facts.canceledSince ?? facts.updatedAt;
    candidates.push({ reason: 'CANCELED', since, refusedFrom: new Date(since.getTime() + grace) });
  }
  if (facts.creditExhaustedSince) {
    const since = facts.creditExhaustedSince;
    candidates.push({ reason: 'CREDIT_EXHAUSTED', since, refusedFrom: new Date(since.getTime() + grace) });
  }
  if (!candidates.length) return null;
  const first = candidates.reduce((a, b) => (b.refusedFrom.getTime() < a.refusedFrom.getTime() ? b : a));
  return { ...first, inEffect: now.getTime() >= first.refusedFrom.getTime() };
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** What the 402 (or the console's warning) says: why, and what to do about it. */
export function restrictionDetail(r: Restriction): string {
  const when = r.inEffect ? 'new clusters cannot be created' : `new clusters will be refused from ${r.refusedFrom.toISOString()}`;
  switch (r.reason) {
    case 'PAST_DUE':
      return 'Payment for this organization is past due: your running clusters keep running, but new clusters cannot be created until the outstanding invoice is paid. Update the payment method in Billing.';
    case 'CANCELED':
      return `This organization's subscription was canceled on ${day(r.since)}: your running clusters keep running, but ${when}. Add a payment method in Billing to renew the subscription.`;
    case 'CREDIT_EXHAUSTED':
      return `This organization's promotional credit is used up (since ${day(r.since)}) and no payment method is on file: your running clusters keep running, but ${when}. Add a card in Billing to keep creating clusters.`;
  }
}

/** What the 402 says while a THROTTLE budget is at its cap (`reason`: which budget, from client_quotas). */
export function budgetCapDetail(reason: string): string {
  return `New clusters are refused because ${reason} and its action is THROTTLE: running clusters keep running, throttled, and nothing is lost. Raise the budget in Billing → Budgets (or wait for the month to end) to lift both at once.`;
}
