import type { JobsOptions } from 'bullmq';
import { defineQueue } from '@tributary/platform';

export const CLUSTERS_QUEUE = defineQueue({
  queue: 'clusters',
  jobs: ['reconcile', 'resync'] as const,
  defaults: { removeOnComplete: 200, removeOnFail: 500 },
});

export interface ReconcileJob {
  clusterId: string;
}

/**
 * At most one reconcile job per cluster: adds while one waits are dropped (the waiting pass reads
 * the latest desired state anyway), and an add while one runs schedules exactly one more pass.
 */
export function reconcileJobOptions(clusterId: string): JobsOptions {
  return { deduplication: { id: `reconcile:${clusterId}`, keepLastIfActive: true }, attempts: 1 };
}
