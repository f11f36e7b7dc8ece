import { Inject, Injectable } from '@nestjs/common';
import { LOGGER, Queues, REDIS } from '@tributary/platform';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { CLUSTERS_CONFIG, type ClustersConfig } from '../clusters.config';
import { LIVE_PHASES } from '../lifecycle/cluster-lifecycle';
import { ClusterRecords } from './cluster-records';
import { CLOUD_PROVIDERS, CloudProviders } from './cloud-providers';
import { CLUSTERS_QUEUE, reconcileJobOptions } from './clusters-queue';

const ORPHANS_KEY = 'tributary:clusters:orphans-first-seen';

/**
 * The periodic safety net: every live cluster gets a reconcile pass (so a dead broker or a lost job
 * heals by itself), and nodes no cluster owns are removed once they have been orphans for a grace
 * period. Postgres is the truth; the queue in Redis is only a cache of that work.
 */
@Injectable()
export class ResyncService {
  constructor(
    private readonly records: ClusterRecords,
    private readonly queues: Queues,
    @Inject(CLOUD_PROVIDERS) private readonly providers: CloudProviders,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(CLUSTERS_CONFIG) private readonly config: ClustersConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async enqueueReconcile(clusterId: string, delayMs = 0): Promise<void> {
    await this.queues.add(CLUSTERS_QUEUE.queue, 'reconcile', { clusterId }, { ...reconcileJobOptions(clusterId), ...(delayMs > 0 ? { delay: delayMs } : {}) });
  }

  /**
   * After a change is committed in Postgres: ask for a pass now if Redis answers. If it does not, the
   * change is not lost: the worker's recovery re-enqueues every cluster with work pending within
   * seconds, so the caller's request still succeeds.
   */
  async requestReconcile(clusterId: string): Promise<void> {
    await this.enqueueReconcile(clusterId).catch((e: unknown) => this.logger.warn({ cluster: clusterId, err: (e as Error).message }, 'could not enqueue a reconcile now; the worker recovers it from Postgres'));
  }

  async resync(): Promise<{ enqueued: number; orphansRemoved: string[] }> {
    const live = await this.records.idsIn(LIVE_PHASES);
    for (const id of live) await this.enqueueReconcile(id);
    return { enqueued: live.length, orphansRemoved: await this.sweepOrphans() };
  }

  /** After Redis lost its data (or a job was lost): every cluster with work pending gets a pass again. */
  async enqueueUnobserved(): Promise<number> {
    const ids = await this.records.unobservedIds();
    for (const id of ids) await this.enqueueReconcile(id);
    return ids.length;
  }

  async sweepOrphans(now = Date.now()): Promise<string[]> {
    const removed: string[] = [];
    for (const provider of this.providers.all()) {
      const owned = await provider.listOwnedClusters();
      if (owned.length === 0) continue;
      const known = await this.records.knownIds(owned);
      for (const id of owned) {
        if (known.has(id)) {
          await this.redis.hdel(ORPHANS_KEY, id);
          continue;
        }
        const firstSeen = Number(await this.redis.hget(ORPHANS_KEY, id)) || 0;
        if (!firstSeen) {
          await this.redis.hset(ORPHANS_KEY, id, String(now));
          if (this.config.orphanGraceMs > 0) continue;
        } else if (now - firstSeen < this.config.orphanGraceMs) continue;
        this.logger.warn({ cluster: id, cloud: provider.cloud }, 'removing orphan cluster nodes');
        const progress = await provider.deleteCluster(id);
        // A teardown the cloud is still working on continues at the next sweep.
        if (!progress.done) continue;
        await this.redis.hdel(ORPHANS_KEY, id);
        removed.push(id);
      }
    }
    return removed;
  }
}
