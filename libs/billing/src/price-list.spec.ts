import { describe, expect, it } from 'vitest';
import { PriceHistory, type PriceRow } from './price-list.service';

const row = (id: number, clusterKind: string, lineType: PriceRow['lineType'], unitPrice: string, effectiveFrom: string): PriceRow => ({
  id,
  clusterKind,
  lineType,
  unit: 'Hour',
  unitPrice,
  effectiveFrom: new Date(effectiveFrom),
});

describe('PriceHistory.at: the price in force', () => {
  const history = new PriceHistory([
    row(1, 'Standard', 'KAFKA_BASE', '0.750000000', '2026-01-01T00:00:00Z'),
    row(2, 'Standard', 'KAFKA_BASE', '0.800000000', '2026-06-01T00:00:00Z'),
    row(3, 'Basic', 'KAFKA_BASE', '0.000000000', '2026-01-01T00:00:00Z'),
  ]);

  it('is the latest row not after the instant, per kind and line type', () => {
    expect(history.at(new Date('2026-05-31T23:59:59.999Z')).price('Standard', 'KAFKA_BASE')?.id).toBe(1);
    expect(history.at(new Date('2026-06-01T00:00:00Z')).price('Standard', 'KAFKA_BASE')?.id).toBe(2);
    expect(history.at(new Date('2026-07-01T00:00:00Z')).price('Basic', 'KAFKA_BASE')?.id).toBe(3);
  });

  it('has nothing before the first row, and nothing for a line never priced', () => {
    expect(history.at(new Date('2025-12-31T23:59:59Z')).all()).toEqual([]);
    expect(history.at(new Date('2026-07-01T00:00:00Z')).price('Standard', 'KAFKA_STORAGE')).toBeUndefined();
  });

  it('lists the instants prices change, oldest first, once each', () => {
    expect(history.changes().map((d) => d.toISOString())).toEqual(['2026-01-01T00:00:00.000Z', '2026-06-01T00:00:00.000Z']);
  });
});
