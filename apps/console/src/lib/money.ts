/**
 * Exact money for the console: amounts are bigint counts of 10^-12 USD ("pico-dollars"), parsed from the
 * API's decimal strings (prices) or from the decimal text of its JSON numbers (cost amounts), summed and
 * multiplied as integers, and rounded only when shown. No float ever holds a sum or a product of money.
 */
export type Money = bigint;

const SCALE_DIGITS = 12;
const SCALE = 10n ** BigInt(SCALE_DIGITS);
const DECIMAL = /^([+-])?(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/** "0.1", "-12.50", 1.25, 2e-7 → Money. Digits past 10^-12 round half away from zero. Bad input throws. */
export function parseMoney(value: string | number): Money {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`Not a decimal amount: ${value}`);
  // A JSON number's shortest decimal text is exactly the decimal the API wrote.
  const text = typeof value === 'number' ? String(value) : value.trim();
  const m = DECIMAL.exec(text);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) throw new Error(`Not a decimal amount: ${JSON.stringify(value)}`);
  const sign = m[1] === '-' ? -1n : 1n;
  let digits = `${m[2]}${m[3] ?? ''}`;
  // Position of the decimal point, counted from the left of `digits`, moved by the exponent.
  let point = m[2].length + (m[4] ? Number.parseInt(m[4], 10) : 0);
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits = digits + '0'.repeat(point - digits.length);
  const whole = digits.slice(0, point) || '0';
  const frac = digits.slice(point);
  const kept = (frac + '0'.repeat(SCALE_DIGITS)).slice(0, SCALE_DIGITS);
  let units = BigInt(whole) * SCALE + BigInt(kept);
  if (frac.length > SCALE_DIGITS && Number(frac[SCALE_DIGITS]) >= 5) units += 1n;
  return sign * units;
}

export function sumMoney(values: Iterable<Money>): Money {
  let total = 0n;
  for (const v of values) total += v;
  return total;
}

/** A price times a whole quantity (CKUs, hours). */
export function timesInt(amount: Money, n: number | bigint): Money {
  if (typeof n === 'number' && !Number.isInteger(n)) throw new Error(`Not a whole quantity: ${n}`);
  return amount * BigInt(n);
}

function roundTo(amount: Money, fractionDigits: number): bigint {
  const step = 10n ** BigInt(SCALE_DIGITS - fractionDigits);
  const neg = amount < 0n;
  const abs = neg ? -amount : amount;
  const q = (abs + step / 2n) / step;
  return neg ? -q : q;
}

/**
 * "$1,234.50". `maxFractionDigits` above 2 shows small prices as they are ("$0.0015"), trailing zeros
 * past the cents dropped. Never "-$0.00".
 */
export function formatUsd(amount: Money, opts: { maxFractionDigits?: number } = {}): string {
  const max = Math.min(opts.maxFractionDigits ?? 2, SCALE_DIGITS);
  const r = roundTo(amount, max);
  const neg = r < 0n;
  const abs = (neg ? -r : r).toString().padStart(max + 1, '0');
  const whole = abs.slice(0, abs.length - max);
  let frac = abs.slice(abs.length - max);
  while (frac.length > 2 && frac.endsWith('0')) frac = frac.slice(0, -1);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const text = `$${grouped}${frac ? `.${frac}` : ''}`;
  return neg && r !== 0n ? `-${text}` : text;
}

/** For chart geometry only (bar heights): never fed back into money arithmetic. */
export function moneyToChartNumber(amount: Money): number {
  return Number(roundTo(amount, 6)) / 1e6;
}
