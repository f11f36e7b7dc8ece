import { counterDeltas, counterRestarted, type CounterReading } from './counters';
import { formatFixed } from './fixed-point';
import { QUANTITY_SCALE, type UsageLineType } from './line-types';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** Start of the UTC hour containing `t`. */
export function floorHour(t: Date): Date {
  return new Date(Math.floor(t.getTime() / HOUR_MS) * HOUR_MS);
}
export function floorDay(t: Date): Date {
  return new Date(Math.floor(t.getTime() / DAY_MS) * DAY_MS);
}
/** Start of the collection interval containing `t` (intervals are aligned to the epoch, so to UTC hours). */
export function floorInterval(t: Date, intervalMs: number): Date {
  return new Date(Math.floor(t.getTime() / intervalMs) * intervalMs);
}

/** UTC hours that [from, to) touches: a started hour counts as a whole one. */
export function startedHours(from: Date, to: Date): Date[] {
  const hours: Date[] = [];
  for (let h = floorHour(from).getTime(); h < to.getTime(); h += HOUR_MS) hours.push(new Date(h));
  return hours;
}

/** A broker's per-topic counters (bytes since it started), internal topics included. */
export type TopicCounters = Map<string, { bytesIn: bigint; bytesOut: bigint }>;
/** Retained bytes and partitions attributed to one broker in one collection, per topic. */
export type TopicGauges = Map<string, { retainedBytes: bigint; partitionCount: number }>;

/** One stored broker sample, as the rollup reads it back. */
export interface SampleRow {
  brokerId: number;
  intervalStart: Date;
  scrapedAt: Date;
  up: boolean;
  incarnation: bigint | null;
  bytesInTotal: bigint | null;
  bytesOutTotal: bigint | null;
  retainedBytes: bigint;
  partitionCount: number;
  /** Gauges carried forward from the broker's last good sample. */
  estimated?: boolean;
  topicCounters?: TopicCounters | null;
  topicGauges?: TopicGauges | null;
}

export interface Baseline {
  incarnation: bigint | null;
  bytesInTotal: bigint | null;
  bytesOutTotal: bigint | null;
  topicCounters?: TopicCounters | null;
}

/** Per-sample usage: counter deltas (for the sample's scrape time) and the gauges it carried. */
export interface SampleUsage {
  brokerId: number;
  intervalStart: Date;
  scrapedAt: Date;
  up: boolean;
  bytesIn: bigint;
  bytesOut: bigint;
  retainedBytes: bigint;
  partitionCount: number;
  estimated: boolean;
  /** This reading is the first of a new run of the broker: its delta is its whole total. */
  restarted: boolean;
  /** Per-topic counter deltas (empty when the broker's topic counters could not be read). */
  topicBytes: Map<string, { bytesIn: bigint; bytesOut: bigint }>;
  topicGauges: TopicGauges | null;
}

/**
 * Per-topic deltas of one broker's readings, in scrape order, with the broker counters' rules: a
 * changed incarnation or a counter that went down is a restart (the new reading is all usage since),
 * a topic first seen counts from zero. Readings without topic counters give nothing.
 */
export function topicDeltas(baseline: Baseline | undefined, readings: readonly Pick<SampleRow, 'incarnation' | 'topicCounters'>[]): Map<string, { bytesIn: bigint; bytesOut: bigint }>[] {
  let last: Pick<SampleRow, 'incarnation' | 'topicCounters'> | undefined = baseline?.topicCounters ? baseline : undefined;
  return readings.map((r) => {
    const out = new Map<string, { bytesIn: bigint; bytesOut: bigint }>();
    if (!r.topicCounters) return out;
    for (const [topic, cur] of r.topicCounters) {
      const prev = last?.topicCounters?.get(topic);
      const reading = (value: bigint | undefined, inc: bigint | null): CounterReading | undefined => (last ? { incarnation: inc, value: value ?? 0n } : undefined);
      const bytesIn = counterDeltas(reading(prev?.bytesIn, last?.incarnation ?? null), [{ incarnation: r.incarnation, value: cur.bytesIn }])[0]!;
      const bytesOut = counterDeltas(reading(prev?.bytesOut, last?.incarnation ?? null), [{ incarnation: r.incarnation, value: cur.bytesOut }])[0]!;
      if (bytesIn > 0n || bytesOut > 0n) out.set(topic, { bytesIn, bytesOut });
    }
    last = r;
    return out;
  });
}

/** Turns each broker's counters into deltas, in scrape order, from its baseline. */
export function sampleUsages(samples: readonly SampleRow[], baselines: ReadonlyMap<number, Baseline>): SampleUsage[] {
  const byBroker = new Map<number, SampleRow[]>();
  for (const s of samples) {
    const list = byBroker.get(s.brokerId) ?? [];
    list.push(s);
    byBroker.set(s.brokerId, list);
  }
  const out: SampleUsage[] = [];
  for (const [brokerId, list] of byBroker) {
    list.sort((a, b) => a.scrapedAt.getTime() - b.scrapedAt.getTime());
    const base = baselines.get(brokerId);
    const reading = (value: bigint | null, s: { incarnation: bigint | null }): CounterReading => ({ incarnation: s.incarnation, value });
    const ins = counterDeltas(base ? reading(base.bytesInTotal, base) : undefined, list.map((s) => reading(s.bytesInTotal, s)));
    const outs = counterDeltas(base ? reading(base.bytesOutTotal, base) : undefined, list.map((s) => reading(s.bytesOutTotal, s)));
    const topics = topicDeltas(base, list);
    let previous: CounterReading | undefined = base && base.bytesInTotal !== null ? reading(base.bytesInTotal, base) : undefined;
    const restarts = list.map((s) => {
      const cur = reading(s.bytesInTotal, s);
      const r = counterRestarted(previous, cur);
      if (cur.value !== null) previous = cur;
      return r;
    });
    list.forEach((s, i) =>
      out.push({
        brokerId,
        intervalStart: s.intervalStart,
        scrapedAt: s.scrapedAt,
        up: s.up,
        bytesIn: ins[i]!,
        bytesOut: outs[i]!,
        retainedBytes: s.retainedBytes,
        partitionCount: s.partitionCount,
        estimated: s.estimated ?? false,
        restarted: restarts[i]!,
        topicBytes: topics[i]!,
        topicGauges: s.topicGauges ?? null,
      }),
    );
  }
  return out;
}

/** What a cluster did in one UTC hour, from its samples scraped in that hour. */
export interface HourUsage {
  bytesIn: bigint;
  bytesOut: bigint;
  /** Mean over the hour's collections of the cluster's retained bytes. */
  retainedBytesAvg: bigint;
  /** Most partitions seen in one collection. */
  partitionsMax: number;
  /** Brokers sampled (up or not): the provisioned broker count. */
  brokers: number;
  samples: number;
}

export function summarizeHour(usages: readonly SampleUsage[]): HourUsage {
  const perCollection = new Map<number, { retained: bigint; partitions: number }>();
  const brokers = new Set<number>();
  let bytesIn = 0n;
  let bytesOut = 0n;
  for (const u of usages) {
    bytesIn += u.bytesIn;
    bytesOut += u.bytesOut;
    brokers.add(u.brokerId);
    const key = u.intervalStart.getTime();
    const c = perCollection.get(key) ?? { retained: 0n, partitions: 0 };
    c.retained += u.retainedBytes;
    c.partitions += u.partitionCount;
    perCollection.set(key, c);
  }
  let retainedSum = 0n;
  let partitionsMax = 0;
  for (const c of perCollection.values()) {
    retainedSum += c.retained;
    partitionsMax = Math.max(partitionsMax, c.partitions);
  }
  const n = BigInt(perCollection.size);
  return { bytesIn, bytesOut, retainedBytesAvg: n ? retainedSum / n : 0n, partitionsMax, brokers: brokers.size, samples: usages.length };
}

export interface ClusterLifecycle {
  kind: string;
  brokerCount: number;
  provisionedAt: Date | null;
  deletedAt: Date | null;
}

/** True if the cluster existed (provisioned, not yet deleted) at any moment of the hour. */
export function aliveDuring(c: ClusterLifecycle, hour: Date): boolean {
  if (!c.provisionedAt) return false;
  const end = hour.getTime() + HOUR_MS;
  return c.provisionedAt.getTime() < end && (!c.deletedAt || c.deletedAt.getTime() > hour.getTime());
}

/**
 * An hour's billable quantities per line type (decimal strings, 9 places), zero lines omitted.
 * KAFKA_BASE (Basic, Standard) is one cluster-hour for any started hour; KAFKA_NUM_CKUS (Dedicated)
 * is the brokers provisioned in the hour (sampled, or the desired count if none was sampled).
 * Network lines are GB (10^9 bytes), storage GB-hours, partitions partition-hours.
 */
export function lineQuantities(c: ClusterLifecycle, hour: Date, usage: HourUsage | null): Map<UsageLineType, string> {
  const q = new Map<UsageLineType, string>();
  const sampled = usage !== null && usage.samples > 0;
  if (aliveDuring(c, hour) || sampled) {
    if (c.kind === 'Dedicated') q.set('KAFKA_NUM_CKUS', String(sampled && usage.brokers > 0 ? usage.brokers : c.brokerCount));
    else q.set('KAFKA_BASE', '1');
  }
  if (usage) {
    // A GB is 10^9 bytes and quantities carry 9 decimal places: the GB quantity keeps every byte.
    const gb = (bytes: bigint) => formatFixed(bytes, QUANTITY_SCALE);
    if (usage.bytesIn > 0n) q.set('KAFKA_NETWORK_WRITE', gb(usage.bytesIn));
    if (usage.bytesOut > 0n) q.set('KAFKA_NETWORK_READ', gb(usage.bytesOut));
    if (usage.retainedBytesAvg > 0n) q.set('KAFKA_STORAGE', gb(usage.retainedBytesAvg));
    if (usage.partitionsMax > 0) q.set('KAFKA_PARTITION', String(usage.partitionsMax));
  }
  return q;
}
