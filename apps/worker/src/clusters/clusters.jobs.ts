import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CLOUD_PROVIDERS, CLUSTERS_CONFIG, CLUSTERS_QUEUE, ClusterReconciler, CloudProviders, ResyncService, type ClustersConfig, type ReconcileJob } from '@tributary/clusters';
import { LOGGER, OnJob, Queues, WorkerHost } from '@tributary/platform';
import { DelayedError, type Job } from 'bullmq';
import type { Logger } from 'pino';

/** A pass that could not even record its outcome (Postgres unreachable): try again after this long. */
const UNRECORDED_FAILURE_RETRY_MS = 5_000;

/** Queue wiring only: the reconciler and resync live in libs/clusters. */
@Injectable()
export class ClustersJobs implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly unwatch: Array<() => void> = [];

  constructor(
    private readonly reconciler: ClusterReconciler,
    private readonly resyncs: ResyncService,
    private readonly queues: Queues,
    private readonly host: WorkerHost,
    @Inject(CLOUD_PROVIDERS) private readonly providers: CloudProviders,
    @Inject(CLUSTERS_CONFIG) private readonly config: ClustersConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap() {
    await this.queues.keepScheduler(CLUSTERS_QUEUE.queue, 'resync', { every: this.config.resyncMs }, { name: 'resync' });
    // Redis is a cache of work: whatever it lost, Postgres says which clusters still need a pass.
    this.host.onRecovery('clusters: pending reconciles', () => this.resyncs.enqueueUnobserved());
    // A provider that sees a broker stop says so at once: heal now, not at the next resync.
    for (const provider of this.providers.all()) {
      const stop = provider.watchNodes?.((clusterId) => {
        this.logger.info({ cluster: clusterId }, 'a broker stopped: reconciling now');
        void this.resyncs.enqueueReconcile(clusterId).catch((e: unknown) => this.logger.warn({ cluster: clusterId, err: (e as Error).message }, 'could not enqueue a reconcile'));
      });
      if (stop) this.unwatch.push(stop);
    }
    // Right away too: after a restart, clusters mid-provisioning should not wait a whole interval.
    await this.resyncs.resync();
  }

  onApplicationShutdown() {
    for (const stop of this.unwatch) stop();
  }

  @OnJob({ queue: CLUSTERS_QUEUE.queue, name: 'reconcile', concurrency: 4 })
  async reconcile(data: ReconcileJob, job: Job, token?: string) {
    let afterMs: number;
    try {
      const outcome = await this.reconciler.reconcile(data.clusterId);
      if (outcome.kind === 'done') return;
      this.logger.debug({ cluster: data.clusterId, after_ms: outcome.afterMs, reason: outcome.reason }, 'reconcile requeued');
      afterMs = outcome.afterMs;
    } catch (e) {
      // Not even the failure could be written (Postgres down?): keep the job, look again shortly.
      this.logger.warn({ cluster: data.clusterId, err: (e as Error).message }, 'reconcile pass could not run');
      afterMs = UNRECORDED_FAILURE_RETRY_MS;
    }
    // The same job comes back later (keeping its deduplication id), instead of holding a worker.
    await job.moveToDelayed(Date.now() + afterMs, token);
    throw new DelayedError();
  }

  @OnJob({ queue: CLUSTERS_QUEUE.queue, name: 'resync' })
  async resync() {
    const { enqueued, orphansRemoved } = await this.resyncs.resync();
    if (orphansRemoved.length) this.logger.warn({ orphansRemoved }, 'orphan cluster nodes removed');
    return { enqueued, orphansRemoved };
  }
}
