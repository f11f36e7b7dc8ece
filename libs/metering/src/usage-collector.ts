import { Inject, Injectable } from '@nestjs/common';
import { TenantRepositories } from '@tributary/db';
import { LOGGER } from '@tributary/platform';
import type { Logger } from 'pino';
import { attributePartitions, BROKER_RUNNING, readBrokerMetrics, type BrokerMetrics } from './broker-metrics';
import { METERING_CONFIG, type MeteringConfig } from './metering.config';
import { mapLimit } from './map-limit';
import { UsageLedger, type NewSample } from './usage-ledger';
import { UsageRollup } from './usage-rollup';
import { floorInterval } from './usage-math';

/** Fetches a broker's exporter page; a class so tests and the benchmark can stand in for brokers. */
@Injectable()
export class MetricsScraper {
  async scrape(host: string, port: number, timeoutMs: number): Promise<string> {
    const res = await fetch(`http://${host}:${port}/metrics`, { signal: AbortSignal.timeout(timeoutMs) });
    if (!res.ok) throw new Error(`GET /metrics answered ${res.status}`);
    return res.text();
  }
}

/** The part of `Cluster.nodes` metering reads. */
interface ObservedNode {
  nodeId: number;
  state: string;
  host: string;
  metricsPort: number;
}

function observedNodes(json: unknown): ObservedNode[] {
  if (!Array.isArray(json)) return [];
  return json.filter(
    (n): n is ObservedNode =>
      typeof n === 'object' && n !== null && typeof (n as ObservedNode).nodeId === 'number' && typeof (n as ObservedNode).host === 'string' && typeof (n as ObservedNode).metricsPort === 'number' && (n as ObservedNode).state !== 'MISSING',
  );
}

export interface CollectResult {
  intervalStart: Date;
  clusters: number;
  samples: number;
  inserted: number;
  brokersDown: number;
}

/**
 * One collection: scrape every live cluster's brokers once, append a sample per broker for the
 * current interval, and refresh the clusters' open hours. Safe to run twice for one interval (two
 * workers, a retry, a restart): the second run's samples are no-ops.
 */
@Injectable()
export class UsageCollector {
  constructor(
    private readonly repos: TenantRepositories,
    private readonly ledger: UsageLedger,
    private readonly rollup: UsageRollup,
    private readonly scraper: MetricsScraper,
    @Inject(METERING_CONFIG) private readonly config: MeteringConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /** `only` limits the collection to some clusters (a shard of the fleet, or a test's own). */
  async collectOnce(now: Date = new Date(), only?: readonly string[]): Promise<CollectResult> {
    const intervalStart = floorInterval(now, this.config.intervalMs);
    // Every organization's live clusters: the collector acts for all of them (the system door).
    const clusters = await this.repos.system.clusters.findMany({ deletedAt: null, phase: { not: 'DELETED' }, ...(only ? { id: { in: [...only] } } : {}) });
    const perCluster = await mapLimit(clusters, Math.max(1, Math.ceil(this.config.scrapeConcurrency / 4)), async (c) => {
      const nodes = observedNodes(c.nodes);
      const scraped = await mapLimit(nodes, this.config.scrapeConcurrency, async (n) => {
        try {
          const metrics = readBrokerMetrics(await this.scraper.scrape(n.host, n.metricsPort, this.config.scrapeTimeoutMs));
          return { node: n, metrics, scrapedAt: new Date() };
        } catch (e) {
          this.logger.debug({ clusterId: c.id, nodeId: n.nodeId, err: (e as Error).message }, 'broker scrape failed');
          return { node: n, metrics: null, scrapedAt: new Date() };
        }
      });
      // A broker that cannot be read, or is not RUNNING (still loading its logs), keeps the storage
      // and partitions of its last good sample: data at rest does not vanish while a process restarts.
      // A page without the broker state is a JVM whose exporter answers before Kafka has registered
      // anything (seen right after a restart: no logs at all), so it is not RUNNING either.
      const readable = (m: BrokerMetrics | null) => m !== null && m.brokerState === BROKER_RUNNING;
      const unreadable = scraped.filter((s) => !readable(s.metrics)).map((s) => s.node.nodeId);
      const carried = unreadable.length ? await this.ledger.lastGoodLogs(c.id, unreadable) : new Map();
      const attributed = attributePartitions(new Map<number, BrokerMetrics | null>(scraped.map((s) => [s.node.nodeId, readable(s.metrics) ? s.metrics : null])), carried);
      return scraped.map(({ node, metrics, scrapedAt }): NewSample => {
        const a = attributed.get(node.nodeId) ?? { retainedBytes: 0n, partitionCount: 0, topics: new Map() };
        const up = readable(metrics);
        return {
          clusterId: c.id,
          brokerId: node.nodeId,
          intervalStart,
          organizationId: c.organizationId,
          scrapedAt,
          up,
          incarnation: metrics?.incarnation ?? null,
          // Counters are the broker's own totals whatever its state: a restart is detected from them.
          bytesInTotal: metrics?.bytesIn ?? null,
          bytesOutTotal: metrics?.bytesOut ?? null,
          retainedBytes: a.retainedBytes,
          partitionCount: a.partitionCount,
          estimated: !up && carried.has(node.nodeId),
          topicCounters: metrics ? metrics.topics : null,
          topicGauges: a.topics,
          logSizes: up ? metrics!.logs : null,
        };
      });
    });
    const samples = perCluster.flat();
    const inserted = await this.ledger.appendSamples(samples);
    await this.rollup.refreshOpenHours(
      clusters.filter((_, i) => perCluster[i]!.length > 0).map((c) => c.id),
      new Date(),
    );
    return { intervalStart, clusters: clusters.length, samples: samples.length, inserted, brokersDown: samples.filter((s) => !s.up).length };
  }
}
