/**
 * Exact decimal arithmetic on scaled bigints, for quantities and money: never a float on the way.
 * `parseFixed('1.5', 9)` is 1_500_000_000n; `formatFixed(1_500_000_000n, 9)` is '1.5'.
 */
export function parseFixed(text: string, scale: number): bigint {
  const m = /^([+-])?(\d*)(?:\.(\d*))?$/.exec(text.trim());
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) throw new Error(`not a decimal number: '${text}'`);
  const negative = m[1] === '-';
  const whole = m[2] || '0';
  let frac = m[3] ?? '';
  let roundUp = false;
  if (frac.length > scale) {
    roundUp = Number(frac[scale]) >= 5;
    frac = frac.slice(0, scale);
  }
  let v = BigInt(whole) * 10n ** BigInt(scale) + BigInt(frac.padEnd(scale, '0') || '0');
  if (roundUp) v += 1n;
  return negative ? -v : v;
}

export function formatFixed(value: bigint, scale: number): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const unit = 10n ** BigInt(scale);
  const whole = abs / unit;
  const frac = (abs % unit).toString().padStart(scale, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${frac ? `.${frac}` : ''}`;
}

/** a (scale sa) × b (scale sb), rounded half away from zero to scale `out`. */
export function multiplyFixed(a: bigint, sa: number, b: bigint, sb: number, out: number): bigint {
  const product = a * b;
  const shift = sa + sb - out;
  if (shift <= 0) return product * 10n ** BigInt(-shift);
  return divideRounded(product, 10n ** BigInt(shift));
}

/** Integer division rounded half away from zero. */
export function divideRounded(n: bigint, d: bigint): bigint {
  if (d === 0n) throw new Error('division by zero');
  const negative = n < 0n !== d < 0n;
  const an = n < 0n ? -n : n;
  const ad = d < 0n ? -d : d;
  const q = (an + ad / 2n) / ad;
  return negative ? -q : q;
}
