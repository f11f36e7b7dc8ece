import { DAY_MS } from '@tributary/metering';

export interface Credit {
  id: string;
  grantedAt: Date;
  expiresAt: Date | null;
  amountMicros: bigint;
}

/** Gross charges of one UTC day (micro-dollars). */
export interface DayCharge {
  day: Date;
  micros: bigint;
}

export interface CreditApplication {
  /** Credit spent per UTC day (ms of the day's start → micro-dollars); days without use are absent. */
  usedByDay: Map<number, bigint>;
  /** What is left of each credit after the last day given. */
  remainingById: Map<string, bigint>;
}

/**
 * Spends credits on charges, day by day in order, before anything is charged: a credit pays for a
 * day's charges from the day it was granted until it expires; the credit that expires first is
 * spent first (never-expiring ones last), then the oldest.
 */
export function applyCredits(days: readonly DayCharge[], credits: readonly Credit[]): CreditApplication {
  const remaining = new Map(credits.map((c) => [c.id, c.amountMicros]));
  const order = [...credits].sort(
    (a, b) => (a.expiresAt?.getTime() ?? Infinity) - (b.expiresAt?.getTime() ?? Infinity) || a.grantedAt.getTime() - b.grantedAt.getTime(),
  );
  const usedByDay = new Map<number, bigint>();
  for (const { day, micros } of [...days].sort((a, b) => a.day.getTime() - b.day.getTime())) {
    let due = micros;
    for (const c of order) {
      if (due <= 0n) break;
      const grantedDay = Math.floor(c.grantedAt.getTime() / DAY_MS) * DAY_MS;
      if (day.getTime() < grantedDay || (c.expiresAt && day.getTime() >= c.expiresAt.getTime())) continue;
      const left = remaining.get(c.id)!;
      const use = left < due ? left : due;
      if (use <= 0n) continue;
      remaining.set(c.id, left - use);
      due -= use;
      usedByDay.set(day.getTime(), (usedByDay.get(day.getTime()) ?? 0n) + use);
    }
  }
  return { usedByDay, remainingById: remaining };
}

/** Unspent credit still usable at `at`. */
export function creditAvailable(credits: readonly Credit[], application: CreditApplication, at: Date): bigint {
  return credits.reduce((sum, c) => (c.expiresAt && c.expiresAt.getTime() <= at.getTime() ? sum : sum + (application.remainingById.get(c.id) ?? 0n)), 0n);
}
