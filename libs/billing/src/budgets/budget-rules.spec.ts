import { describe, expect, it } from 'vitest';
import { formatBudgetAmount, monthOf, normalizeThresholds, parseBudgetAmount, reachedThresholds, spendPercent } from './budget-rules';

describe('budget rules', () => {
  it('takes amounts from a cent to ten million dollars, six decimals at most, never a float', () => {
    expect(parseBudgetAmount('1')).toBe(1_000_000n);
    expect(parseBudgetAmount('0.01')).toBe(10_000n);
    expect(parseBudgetAmount('1234.567891')).toBe(1_234_567_891n);
    expect(parseBudgetAmount('9999999.999999')).toBe(9_999_999_999_999n);
    for (const bad of ['0', '0.00', '0.009', '-1', '1e3', '10000000', '1.0000001', '', ' 1', '01', 'NaN']) expect(parseBudgetAmount(bad)).toBeNull();
  });

  it('reaches a threshold exactly at its share of the amount', () => {
    expect(reachedThresholds(499_999n, 1_000_000n, [50, 80, 100])).toEqual([]);
    expect(reachedThresholds(500_000n, 1_000_000n, [50, 80, 100])).toEqual([50]);
    expect(reachedThresholds(1_000_000n, 1_000_000n, [50, 80, 100])).toEqual([50, 80, 100]);
    expect(spendPercent(333_333n, 1_000_000n)).toBe('33.33');
    expect(spendPercent(0n, 1_000_000n)).toBe('0.00');
    expect(spendPercent(2_500_000n, 1_000_000n)).toBe('250.00');
    expect(spendPercent(1_500_000n, 1_000_000n)).toBe('150.00');
  });

  it('shows amounts with six decimals', () => {
    expect(formatBudgetAmount(1_000_000n)).toBe('1.000000');
    expect(formatBudgetAmount(1_234_500n)).toBe('1.234500');
    expect(formatBudgetAmount(0n)).toBe('0.000000');
  });

  it('stores thresholds ascending without repeats', () => {
    expect(normalizeThresholds([100, 50, 80, 50])).toEqual([50, 80, 100]);
  });

  it('knows the UTC month', () => {
    const m = monthOf(new Date('2026-12-31T23:59:59Z'));
    expect(m).toEqual({ key: '2026-12', start: new Date('2026-12-01T00:00:00Z'), end: new Date('2027-01-01T00:00:00Z') });
  });
});
