import { formatFixed, parseFixed } from '@tributary/metering';

/** Budgets are USD with six decimals (micro-dollars), like every amount billing computes. */
export const BUDGET_SCALE = 6;
export const DEFAULT_THRESHOLDS: readonly number[] = [50, 80, 100];
/** The smallest and largest monthly budget accepted: a cent, and ten million dollars. */
export const MIN_BUDGET_MICROS = 10_000n;
export const MAX_BUDGET_MICROS = 10_000_000n * 1_000_000n;
/**
 * What the API takes as an amount: a decimal string from 0.01 to 9999999.999999, at most six
 * decimals. The pattern itself excludes zero and sub-cent values, so what it documents is exactly
 * what is accepted.
 */
export const BUDGET_AMOUNT_PATTERN = /^(?:[1-9]\d{0,6}(?:\.\d{1,6})?|0\.(?:0[1-9]\d{0,4}|[1-9]\d{0,5}))$/;

export const ORG_SCOPE = 'org';

/** The UTC month `now` is in: its key (YYYY-MM) and bounds. */
export function monthOf(now: Date): { key: string; start: Date; end: Date } {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  return { key: start.toISOString().slice(0, 7), start, end };
}

export function parseBudgetAmount(text: string): bigint | null {
  if (!BUDGET_AMOUNT_PATTERN.test(text)) return null;
  const micros = parseFixed(text, BUDGET_SCALE);
  return micros >= MIN_BUDGET_MICROS && micros <= MAX_BUDGET_MICROS ? micros : null;
}

/** Micro-dollars as the API shows a budget's amounts: always six decimals ('1.000000'). */
export function formatBudgetAmount(micros: bigint): string {
  const [w, f = ''] = formatFixed(micros, BUDGET_SCALE).split('.');
  return `${w}.${f.padEnd(BUDGET_SCALE, '0')}`;
}

/** Thresholds as stored: each 1–100, ascending, without repeats. */
export function normalizeThresholds(t: readonly number[]): number[] {
  return [...new Set(t)].sort((a, b) => a - b);
}

/** The thresholds `spend` has reached against `amount` (exact: spend × 100 ≥ amount × threshold). */
export function reachedThresholds(spendMicros: bigint, amountMicros: bigint, thresholds: readonly number[]): number[] {
  return thresholds.filter((t) => spendMicros * 100n >= amountMicros * BigInt(t));
}

/** Spend as a percentage of the budget, two decimals, for people (never used to decide anything). */
export function spendPercent(spendMicros: bigint, amountMicros: bigint): string {
  if (amountMicros <= 0n) return '0.00';
  const [w, f = ''] = formatFixed((spendMicros * 10_000n) / amountMicros, 2).split('.');
  return `${w}.${f.padEnd(2, '0')}`;
}
