import { divideRounded, formatFixed, multiplyFixed, parseFixed, QUANTITY_SCALE } from '@tributary/metering';

/** Prices are USD per unit with 9 decimal places; amounts are integer micro-dollars. */
export const PRICE_SCALE = 9;
export const MICROS_PER_DOLLAR = 1_000_000n;

/** quantity × unit price, in micro-dollars, rounded half away from zero. Exact: no float anywhere. */
export function rateMicros(quantity: string, unitPrice: string): bigint {
  return multiplyFixed(parseFixed(quantity, QUANTITY_SCALE), QUANTITY_SCALE, parseFixed(unitPrice, PRICE_SCALE), PRICE_SCALE, 6);
}

/** Micro-dollars to whole cents, rounded half away from zero (what an invoice charges). */
export function microsToCents(micros: bigint): bigint {
  return divideRounded(micros, 10_000n);
}

/** For JSON: the reference's amounts are numbers in dollars. Six decimals survive the double exactly enough to print back. */
export function microsToDollars(micros: bigint): number {
  return Number(formatFixed(micros, 6));
}

export function centsToDollars(cents: bigint): number {
  return Number(formatFixed(cents, 2));
}

/** '12.3' → '12.30' for people. */
export function formatUsd(cents: bigint): string {
  const s = formatFixed(cents, 2);
  const [w, f = ''] = s.split('.');
  return `${w}.${f.padEnd(2, '0')}`;
}

