import { z } from 'zod';
import { ConfigError, envBoolean, parseEnv } from '@tributary/platform';

export function loadMeteringConfig(env: NodeJS.ProcessEnv = process.env) {
  const c = parseEnv(
    {
      TRIBUTARY_METERING_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
      TRIBUTARY_METERING_SCRAPE_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).optional(),
      TRIBUTARY_METERING_SCRAPE_CONCURRENCY: z.coerce.number().int().min(1).max(1000).default(32),
      TRIBUTARY_METERING_CLOSE_GRACE_SECONDS: z.coerce.number().int().min(1).max(86_400).optional(),
      TRIBUTARY_METERING_ENABLED: envBoolean(true),
    },
    env,
  );
  const intervalMs = c.TRIBUTARY_METERING_INTERVAL_SECONDS * 1000;
  const scrapeTimeoutMs = c.TRIBUTARY_METERING_SCRAPE_TIMEOUT_MS ?? Math.min(5000, Math.floor(intervalMs / 2));
  // An hour closes only once no collection of it can still be in flight: two intervals, plus slack.
  const closeGraceMs = (c.TRIBUTARY_METERING_CLOSE_GRACE_SECONDS ?? 2 * c.TRIBUTARY_METERING_INTERVAL_SECONDS + 60) * 1000;
  if (closeGraceMs < intervalMs + scrapeTimeoutMs) {
    throw ConfigError.invalid('TRIBUTARY_METERING_CLOSE_GRACE_SECONDS', 'must exceed one interval plus the scrape timeout');
  }
  return { intervalMs, scrapeTimeoutMs, scrapeConcurrency: c.TRIBUTARY_METERING_SCRAPE_CONCURRENCY, closeGraceMs, enabled: c.TRIBUTARY_METERING_ENABLED };
}
export type MeteringConfig = ReturnType<typeof loadMeteringConfig>;
export const METERING_CONFIG = Symbol('METERING_CONFIG');
