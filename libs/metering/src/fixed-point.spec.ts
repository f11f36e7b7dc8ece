import { describe, expect, it } from 'vitest';
import { divideRounded, formatFixed, multiplyFixed, parseFixed } from './fixed-point';

describe('fixed-point decimals', () => {
  it('parses and formats exactly', () => {
    expect(parseFixed('1.5', 9)).toBe(1_500_000_000n);
    expect(parseFixed('0.000138889', 9)).toBe(138_889n);
    expect(parseFixed('-2', 2)).toBe(-200n);
    expect(formatFixed(1_500_000_000n, 9)).toBe('1.5');
    expect(formatFixed(123_456_789_012n, 9)).toBe('123.456789012');
    expect(formatFixed(-5n, 2)).toBe('-0.05');
    expect(formatFixed(0n, 6)).toBe('0');
  });

  it('rounds extra digits half away from zero', () => {
    expect(parseFixed('0.125', 2)).toBe(13n);
    expect(parseFixed('0.124', 2)).toBe(12n);
    expect(divideRounded(5n, 10n)).toBe(1n);
    expect(divideRounded(-5n, 10n)).toBe(-1n);
    expect(divideRounded(4n, 10n)).toBe(0n);
  });

  it('multiplies without floats: 0.1 × 0.2 is 0.02, not 0.020000000000000004', () => {
    expect(formatFixed(multiplyFixed(parseFixed('0.1', 9), 9, parseFixed('0.2', 9), 9, 9), 9)).toBe('0.02');
  });

  it('rejects what is not a decimal', () => {
    expect(() => parseFixed('1e5', 2)).toThrow();
    expect(() => parseFixed('', 2)).toThrow();
    expect(() => parseFixed('abc', 2)).toThrow();
  });
});
