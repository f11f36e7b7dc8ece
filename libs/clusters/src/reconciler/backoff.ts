/** First retry after a failed pass; doubles per consecutive failure up to the cap, with ±20 % jitter. */
export const BACKOFF_BASE_MS = 1000;

export function backoffMs(failures: number, capMs: number, random: () => number = Math.random): number {
  const exp = Math.min(capMs, BACKOFF_BASE_MS * 2 ** Math.max(0, Math.min(failures - 1, 30)));
  return Math.round(exp * (0.8 + 0.4 * random()));
}
