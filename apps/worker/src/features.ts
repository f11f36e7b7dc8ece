import type { WorkerModuleOptions } from './worker.module';

/** Domain features whose jobs the worker runs (clusters, metering, billing plug in here). */
export function workerFeatures(): Pick<WorkerModuleOptions, 'queues' | 'features' | 'accounts'> {
  return { queues: [], features: [], accounts: {} };
}
