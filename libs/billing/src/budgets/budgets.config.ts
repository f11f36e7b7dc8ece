import { z } from 'zod';
import { parseEnv } from '@tributary/platform';

export function loadBudgetsConfig(env: NodeJS.ProcessEnv = process.env) {
  const c = parseEnv(
    {
      /** How often the worker compares each organization's month-to-date spend with its budgets. */
      TRIBUTARY_BUDGET_CHECK_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
      /** What a THROTTLE budget at its cap lets every client produce, in bytes per second per broker. */
      TRIBUTARY_BUDGET_THROTTLE_PRODUCE_BYTES_PER_SECOND: z.coerce.number().int().min(1).max(1_000_000_000).default(102_400),
      /** ... and fetch. */
      TRIBUTARY_BUDGET_THROTTLE_FETCH_BYTES_PER_SECOND: z.coerce.number().int().min(1).max(1_000_000_000).default(102_400),
    },
    env,
  );
  return {
    checkIntervalMs: c.TRIBUTARY_BUDGET_CHECK_SECONDS * 1000,
    throttle: { producerByteRate: c.TRIBUTARY_BUDGET_THROTTLE_PRODUCE_BYTES_PER_SECOND, consumerByteRate: c.TRIBUTARY_BUDGET_THROTTLE_FETCH_BYTES_PER_SECOND },
  };
}
export type BudgetsConfig = ReturnType<typeof loadBudgetsConfig>;
export const BUDGETS_CONFIG = Symbol('BUDGETS_CONFIG');
