import { describe, expect, it } from 'vitest';
import { applyCredits, creditAvailable } from './credits';

const day = (d: number) => new Date(Date.UTC(2026, 10, d));
const promo = (id: string, micros: bigint, granted = day(1), expires: Date | null = null) => ({ id, grantedAt: granted, expiresAt: expires, amountMicros: micros });

describe('promotional credit', () => {
  it('is spent before anything is charged, day by day, until it runs out', () => {
    const days = [
      { day: day(1), micros: 150_000_000n },
      { day: day(2), micros: 200_000_000n },
      { day: day(3), micros: 100_000_000n },
    ];
    const credits = [promo('c1', 400_000_000n)];
    const a = applyCredits(days, credits);
    expect(a.usedByDay.get(day(1).getTime())).toBe(150_000_000n);
    expect(a.usedByDay.get(day(2).getTime())).toBe(200_000_000n);
    expect(a.usedByDay.get(day(3).getTime())).toBe(50_000_000n); // $50 of the $100 is charged
    expect(creditAvailable(credits, a, day(4))).toBe(0n);
  });

  it('does not pay for days before the grant or after expiry', () => {
    const credits = [promo('c1', 400_000_000n, new Date(Date.UTC(2026, 10, 2, 15)), day(4))];
    const a = applyCredits(
      [
        { day: day(1), micros: 10n },
        { day: day(2), micros: 20n },
        { day: day(4), micros: 40n },
      ],
      credits,
    );
    expect([...a.usedByDay]).toEqual([[day(2).getTime(), 20n]]);
    expect(creditAvailable(credits, a, day(3))).toBe(400_000_000n - 20n);
    expect(creditAvailable(credits, a, day(5))).toBe(0n);
  });

  it('spends the credit that expires first', () => {
    const a = applyCredits([{ day: day(2), micros: 30n }], [promo('forever', 100n), promo('soon', 20n, day(1), day(10))]);
    expect(a.remainingById.get('soon')).toBe(0n);
    expect(a.remainingById.get('forever')).toBe(90n);
  });
});
