import { defineQueue } from '@tributary/platform';

/** The worker's budget check: every organization with a budget, on a schedule. */
export const BUDGETS_QUEUE = defineQueue({
  queue: 'budgets',
  jobs: ['check-budgets'] as const,
  defaults: { removeOnComplete: 50, removeOnFail: 200 },
});
