import type { UsageLineType } from './line-types';
import type { SampleUsage } from './usage-math';

/**
 * Chargeback: a cluster's usage lines split by topic. The brokers count bytes per topic
 * (`kafka_server_topic_bytes_{in,out}_total`) and storage per partition, so each line's quantity and
 * amount are shared out in proportion to what each topic did in the same samples. The shares are
 * whole units (bytes, micro-dollars) allotted by largest remainder, so they add up exactly to the line.
 */

/** A line's share that no topic counter explains (scrapes of the broker and topic counters a moment apart, a topic deleted since). */
export const UNATTRIBUTED_TOPIC = '(unattributed)';

/** The line types a topic can be charged for; the others (cluster-hours, CKUs, registries) are shared by all topics. */
export const TOPIC_LINE_TYPES = ['KAFKA_NETWORK_WRITE', 'KAFKA_NETWORK_READ', 'KAFKA_STORAGE', 'KAFKA_PARTITION'] as const satisfies readonly UsageLineType[];
export type TopicLineType = (typeof TOPIC_LINE_TYPES)[number];

export function isTopicLineType(l: string): l is TopicLineType {
  return (TOPIC_LINE_TYPES as readonly string[]).includes(l);
}

/**
 * Each topic's weight per line type over some samples: bytes in (write), bytes out (read), retained
 * bytes summed over collections (storage: proportional to its mean), partitions summed over
 * collections (partition-hours).
 */
export function topicWeights(usages: readonly SampleUsage[]): Map<TopicLineType, Map<string, bigint>> {
  const w = new Map<TopicLineType, Map<string, bigint>>(TOPIC_LINE_TYPES.map((l) => [l, new Map()]));
  const add = (l: TopicLineType, topic: string, v: bigint) => {
    if (v <= 0n) return;
    const m = w.get(l)!;
    m.set(topic, (m.get(topic) ?? 0n) + v);
  };
  for (const u of usages) {
    for (const [topic, d] of u.topicBytes) {
      add('KAFKA_NETWORK_WRITE', topic, d.bytesIn);
      add('KAFKA_NETWORK_READ', topic, d.bytesOut);
    }
    for (const [topic, g] of u.topicGauges ?? []) {
      add('KAFKA_STORAGE', topic, g.retainedBytes);
      add('KAFKA_PARTITION', topic, BigInt(g.partitionCount));
    }
  }
  return w;
}

/**
 * Splits `total` (whole units, ≥ 0) in proportion to `weights`: each share is rounded down, and the
 * units left over go one each to the largest fractional remainders (ties to the topic first in
 * name order). The shares always sum to `total`; with no weight at all, `total` is unattributed.
 */
export function allocateExactly(total: bigint, weights: ReadonlyMap<string, bigint>): Map<string, bigint> {
  const entries = [...weights].filter(([, v]) => v > 0n).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const sum = entries.reduce((s, [, v]) => s + v, 0n);
  if (sum === 0n) return new Map([[UNATTRIBUTED_TOPIC, total]]);
  const shares = entries.map(([topic, v]) => ({ topic, share: (total * v) / sum, rest: (total * v) % sum }));
  let left = total - shares.reduce((s, x) => s + x.share, 0n);
  const byRest = [...shares].sort((a, b) => (a.rest === b.rest ? 0 : a.rest > b.rest ? -1 : 1));
  for (const s of byRest) {
    if (left === 0n) break;
    s.share += 1n;
    left -= 1n;
  }
  return new Map(shares.map((s) => [s.topic, s.share]));
}

/**
 * The network lines' weights with what the topic counters do not explain: the line counts the
 * broker totals, so any bytes beyond the topics' sum are charged to UNATTRIBUTED_TOPIC, not to a topic.
 */
export function withUnattributed(weights: ReadonlyMap<string, bigint>, lineUnits: bigint): Map<string, bigint> {
  const out = new Map(weights);
  const sum = [...weights.values()].reduce((s, v) => s + v, 0n);
  if (lineUnits > sum) out.set(UNATTRIBUTED_TOPIC, (out.get(UNATTRIBUTED_TOPIC) ?? 0n) + lineUnits - sum);
  return out;
}
