import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { CLUSTERS_CONFIG, CLUSTERS_QUEUE, ClusterReconciler, ResyncService, type ClustersConfig, type ReconcileJob } from '@tributary/clusters';
import { LOGGER, OnJob, Queues } from '@tributary/platform';
import { DelayedError, type Job } from 'bullmq';
import type { Logger } from 'pino';

/** Queue wiring only: the reconciler and resync live in libs/clusters. */
@Injectable()
export class ClustersJobs implements OnApplicationBootstrap {
  constructor(
    private readonly reconciler: ClusterReconciler,
    private readonly resyncs: ResyncService,
    private readonly queues: Queues,
    @Inject(CLUSTERS_CONFIG) private readonly config: ClustersConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap() {
    await this.queues.get(CLUSTERS_QUEUE.queue).upsertJobScheduler('resync', { every: this.config.resyncMs }, { name: 'resync', data: {} });
    // Right away too: after a restart, clusters mid-provisioning should not wait a whole interval.
    await this.resyncs.resync();
  }

  @OnJob({ queue: CLUSTERS_QUEUE.queue, name: 'reconcile', concurrency: 4 })
  async reconcile(data: ReconcileJob, job: Job, token?: string) {
    const outcome = await this.reconciler.reconcile(data.clusterId);
    if (outcome.kind === 'requeue') {
      this.logger.debug({ cluster: data.clusterId, after_ms: outcome.afterMs, reason: outcome.reason }, 'reconcile requeued');
      // The same job comes back later (keeping its deduplication id), instead of holding a worker.
      await job.moveToDelayed(Date.now() + outcome.afterMs, token);
      throw new DelayedError();
    }
  }

  @OnJob({ queue: CLUSTERS_QUEUE.queue, name: 'resync' })
  async resync() {
    const { enqueued, orphansRemoved } = await this.resyncs.resync();
    if (orphansRemoved.length) this.logger.warn({ orphansRemoved }, 'orphan cluster nodes removed');
    return { enqueued, orphansRemoved };
  }
}
