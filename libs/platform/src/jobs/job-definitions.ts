import type { JobsOptions } from 'bullmq';

/**
 * A queue per concern and the job names it carries. Domains declare theirs; the worker refuses to
 * boot if a declared name has no handler, so a job can never sit in Redis with nobody to run it.
 */
export interface QueueDefinition<N extends string = string> {
  queue: string;
  jobs: readonly N[];
  defaults?: JobsOptions;
}

export function defineQueue<const N extends string>(def: QueueDefinition<N>): QueueDefinition<N> {
  return def;
}

export const HOUSEKEEPING_QUEUE = defineQueue({
  queue: 'housekeeping',
  jobs: ['heartbeat', 'purge-expired-sessions'] as const,
  defaults: { removeOnComplete: 100, removeOnFail: 500 },
});
