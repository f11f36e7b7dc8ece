import { expect, test } from '@playwright/test';
import { formatUsd, parseMoney, sumMoney, timesInt } from '../../apps/console/src/lib/money';
import { currentPrices, hourlyPrice } from '../../apps/console/src/lib/pricing';
import type { ClusterOffering } from '../../apps/console/src/lib/types';

/**
 * The console's money arithmetic, without a browser: exact where floats are not (0.1 + 0.2, prices ×
 * CKUs × hours), rounded only for display.
 */
test.describe('console money', () => {
  test('sums and products are exact', () => {
    expect(formatUsd(sumMoney([parseMoney('0.1'), parseMoney('0.2')]), { maxFractionDigits: 12 })).toBe('$0.30');
    expect(sumMoney([parseMoney('0.1'), parseMoney('0.2')])).toBe(parseMoney('0.3'));
    // 1.15 × 730 is 839.4999999999999 in floats; exactly 839.50.
    expect(formatUsd(timesInt(parseMoney('1.15'), 730))).toBe('$839.50');
    expect(formatUsd(timesInt(parseMoney('0.0000125'), 3), { maxFractionDigits: 8 })).toBe('$0.0000375');
    expect(() => timesInt(parseMoney('1'), 1.5)).toThrow();
  });

  test('parses what the API sends: decimal strings and JSON numbers', () => {
    expect(parseMoney(12.5)).toBe(parseMoney('12.50'));
    expect(parseMoney(-0.42)).toBe(-parseMoney('0.42'));
    expect(parseMoney(2e-7)).toBe(parseMoney('0.0000002'));
    expect(parseMoney('1e3')).toBe(parseMoney('1000'));
    expect(() => parseMoney('1,5')).toThrow();
    expect(() => parseMoney('')).toThrow();
    expect(() => parseMoney(Number.NaN)).toThrow();
  });

  test('formats dollars and cents, never "-$0.00"', () => {
    expect(formatUsd(parseMoney('1234567.891'))).toBe('$1,234,567.89');
    expect(formatUsd(parseMoney('-0.004'))).toBe('$0.00');
    expect(formatUsd(parseMoney('-3.5'))).toBe('-$3.50');
    expect(formatUsd(parseMoney('0.005'))).toBe('$0.01');
    expect(formatUsd(parseMoney('0.0015'), { maxFractionDigits: 4 })).toBe('$0.0015');
    expect(formatUsd(parseMoney('2'), { maxFractionDigits: 4 })).toBe('$2.00');
  });

  test('the hourly price of an offering: base plus CKUs, with the price in force now', () => {
    const dedicated: ClusterOffering = {
      kind: 'Dedicated',
      summary: 'Reserved capacity',
      availabilities: ['SINGLE_ZONE', 'MULTI_ZONE'],
      brokers: null,
      cku: { min: 1, max: 24 },
      replication_factor: 3,
      max_partitions: 100000,
      storage_gib_per_broker: 1000,
      prices: [
        { line_type: 'KAFKA_BASE', unit: 'Hour', unit_price: '0.7', effective_from: '2026-01-01T00:00:00.000Z' },
        { line_type: 'KAFKA_NUM_CKUS', unit: 'CKU-Hour', unit_price: '1.1', effective_from: '2026-01-01T00:00:00.000Z' },
        { line_type: 'KAFKA_NUM_CKUS', unit: 'CKU-Hour', unit_price: '9.9', effective_from: '2999-01-01T00:00:00.000Z' },
      ],
    };
    expect(currentPrices(dedicated.prices).map((p) => p.unit_price)).toEqual(['0.7', '1.1']);
    // 0.7 + 1.1 × 3 = 4.0 exactly (floats say 4.000000000000001).
    expect(hourlyPrice(dedicated, 3)).toBe(parseMoney('4'));
    expect(hourlyPrice({ ...dedicated, kind: 'Basic', prices: [] }, 1)).toBeNull();
  });
});
