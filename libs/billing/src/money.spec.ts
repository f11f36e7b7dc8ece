import { describe, expect, it } from 'vitest';
import { formatUsd, microsToCents, microsToDollars, rateMicros } from './money';

describe('pricing math', () => {
  it('rates quantity × price exactly, to the micro-dollar', () => {
    expect(rateMicros('1', '0.75')).toBe(750_000n);
    expect(rateMicros('1.234567891', '0.05')).toBe(61_728n); // 0.06172839455 → 0.061728
    expect(rateMicros('2', '0.000138889')).toBe(278n); // 0.000277778
    expect(rateMicros('0', '1.5')).toBe(0n);
  });

  it('a month of a Standard cluster at $0.75/h is $540.00 to the cent', () => {
    const hours = 720;
    let micros = 0n;
    for (let i = 0; i < hours; i++) micros += rateMicros('1', '0.75');
    expect(formatUsd(microsToCents(micros))).toBe('540.00');
  });

  it('rounds to the cent half away from zero, once, at the end', () => {
    expect(microsToCents(4_999n)).toBe(0n);
    expect(microsToCents(5_000n)).toBe(1n);
    expect(microsToCents(1_234_565_000n)).toBe(123_457n);
    // 3 × 0.333333 stays 0.999999 until the final rounding: $1.00, not 3 × $0.33.
    expect(formatUsd(microsToCents(rateMicros('3', '0.333333')))).toBe('1.00');
  });

  it('prints dollars for JSON without float noise', () => {
    expect(microsToDollars(61_728n)).toBe(0.061728);
    expect(microsToDollars(400_000_000n)).toBe(400);
    expect(formatUsd(5n)).toBe('0.05');
  });
});
