import { parseMoney, sumMoney, timesInt, type Money } from './money';
import type { ClusterOffering, OfferingPrice } from './types';

/** Per line type, the price in force now (the latest `effective_from` not in the future). */
export function currentPrices(prices: OfferingPrice[], now = new Date()): OfferingPrice[] {
  const byLine = new Map<string, OfferingPrice>();
  for (const p of prices) {
    if (new Date(p.effective_from).getTime() > now.getTime()) continue;
    const seen = byLine.get(p.line_type);
    if (!seen || new Date(seen.effective_from) < new Date(p.effective_from)) byLine.set(p.line_type, p);
  }
  return [...byLine.values()];
}

/** What a cluster costs per hour before usage: the base, plus the CKUs of a Dedicated one. Exact. */
export function hourlyPrice(offering: ClusterOffering, cku: number): Money | null {
  const prices = currentPrices(offering.prices);
  const base = prices.find((p) => p.line_type === 'KAFKA_BASE');
  const ckus = offering.kind === 'Dedicated' ? prices.find((p) => p.line_type === 'KAFKA_NUM_CKUS') : undefined;
  if (!base && !ckus) return null;
  return sumMoney([base ? parseMoney(base.unit_price) : 0n, ckus ? timesInt(parseMoney(ckus.unit_price), cku) : 0n]);
}
