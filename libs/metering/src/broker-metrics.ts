/**
 * What metering reads from a broker's JMX exporter (`/metrics`, Prometheus text format). The
 * metric names are the contract in infra/kafka/jmx-exporter.yml and infra/kafka/README.md.
 */
export interface BrokerMetrics {
  bytesIn: bigint;
  bytesOut: bigint;
  /** `process_start_time_seconds` in ms, when exported: identifies one run of the broker. */
  incarnation: bigint | null;
  /** `kafka_server_broker_state`: 3 is RUNNING. */
  brokerState: number | null;
  /** User-topic partition replicas on this broker and their size on disk. */
  logs: PartitionLog[];
  /**
   * The broker's per-topic counters (`kafka_server_topic_bytes_{in,out}_total`), internal topics
   * included: they are part of the broker totals the network lines bill, so chargeback shows them.
   */
  topics: Map<string, { bytesIn: bigint; bytesOut: bigint }>;
}

export interface PartitionLog {
  topic: string;
  partition: number;
  bytes: bigint;
}

export const BROKER_RUNNING = 3;

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Parses Prometheus text exposition format (the subset exporters emit: no timestamps needed). */
export function parsePrometheusText(text: string): Sample[] {
  const out: Sample[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const brace = line.indexOf('{');
    const space = line.indexOf(' ');
    let name: string;
    let labels: Record<string, string> = {};
    let rest: string;
    if (brace !== -1 && (space === -1 || brace < space)) {
      name = line.slice(0, brace);
      const close = line.lastIndexOf('}');
      if (close === -1) continue;
      labels = parseLabels(line.slice(brace + 1, close));
      rest = line.slice(close + 1).trim();
    } else {
      if (space === -1) continue;
      name = line.slice(0, space);
      rest = line.slice(space + 1).trim();
    }
    const value = Number(rest.split(/\s+/)[0]);
    if (!Number.isNaN(value)) out.push({ name, labels, value });
  }
  return out;
}

function parseLabels(body: string): Record<string, string> {
  const labels: Record<string, string> = {};
  const re = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;
  for (let m = re.exec(body); m; m = re.exec(body)) labels[m[1]!] = m[2]!.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
  return labels;
}

/** Internal topics (`__consumer_offsets`, `__cluster_metadata`, …) are not the user's partitions or storage. */
export function isInternalTopic(topic: string): boolean {
  return topic.startsWith('__');
}

const toCount = (v: number): bigint => BigInt(Math.max(0, Math.round(v)));

export function readBrokerMetrics(text: string): BrokerMetrics {
  const m: BrokerMetrics = { bytesIn: 0n, bytesOut: 0n, incarnation: null, brokerState: null, logs: [], topics: new Map() };
  const topic = (name: string) => {
    const t = m.topics.get(name) ?? { bytesIn: 0n, bytesOut: 0n };
    m.topics.set(name, t);
    return t;
  };
  for (const s of parsePrometheusText(text)) {
    switch (s.name) {
      case 'kafka_server_topic_bytes_in_total':
        if (s.labels.topic !== undefined) topic(s.labels.topic).bytesIn = toCount(s.value);
        break;
      case 'kafka_server_topic_bytes_out_total':
        if (s.labels.topic !== undefined) topic(s.labels.topic).bytesOut = toCount(s.value);
        break;
      case 'kafka_server_bytes_in_total':
        m.bytesIn = toCount(s.value);
        break;
      case 'kafka_server_bytes_out_total':
        m.bytesOut = toCount(s.value);
        break;
      case 'process_start_time_seconds':
        m.incarnation = BigInt(Math.round(s.value * 1000));
        break;
      case 'kafka_server_broker_state':
        m.brokerState = s.value;
        break;
      case 'kafka_log_size_bytes': {
        const topic = s.labels.topic;
        const partition = Number(s.labels.partition);
        if (topic !== undefined && !isInternalTopic(topic) && Number.isInteger(partition)) m.logs.push({ topic, partition, bytes: toCount(s.value) });
        break;
      }
    }
  }
  return m;
}

/** What one broker contributes to a collection's storage and partitions, in total and per topic. */
export interface AttributedGauges {
  retainedBytes: bigint;
  partitionCount: number;
  topics: Map<string, { retainedBytes: bigint; partitionCount: number }>;
}

/**
 * Storage and partitions are billed per partition, not per replica: each partition counts once, at
 * the size of its largest replica, attributed to the lowest-numbered broker that hosts it (so the
 * per-broker samples of one collection sum to the cluster's figures).
 *
 * `carried` holds, for brokers that could not be read, the logs of their last good sample: a
 * partition still counts while its only replica's broker restarts (data at rest does not vanish),
 * but only if no readable broker reports it, so a replicated partition is never counted twice.
 */
export function attributePartitions(
  brokers: ReadonlyMap<number, BrokerMetrics | null>,
  carried: ReadonlyMap<number, readonly PartitionLog[]> = new Map(),
): Map<number, AttributedGauges> {
  const owner = new Map<string, { brokerId: number; topic: string; bytes: bigint }>();
  const claim = (brokerId: number, logs: readonly PartitionLog[], replace: boolean) => {
    for (const log of logs) {
      const key = `${log.topic}\u0000${log.partition}`;
      const seen = owner.get(key);
      if (!seen) owner.set(key, { brokerId, topic: log.topic, bytes: log.bytes });
      else if (replace && log.bytes > seen.bytes) seen.bytes = log.bytes;
    }
  };
  const ids = [...brokers.keys()].sort((a, b) => a - b);
  for (const brokerId of ids) claim(brokerId, brokers.get(brokerId)?.logs ?? [], true);
  for (const brokerId of ids) if (!brokers.get(brokerId)) claim(brokerId, carried.get(brokerId) ?? [], false);
  const result = new Map<number, AttributedGauges>();
  for (const id of brokers.keys()) result.set(id, { retainedBytes: 0n, partitionCount: 0, topics: new Map() });
  for (const { brokerId, topic, bytes } of owner.values()) {
    const r = result.get(brokerId)!;
    r.retainedBytes += bytes;
    r.partitionCount += 1;
    const t = r.topics.get(topic) ?? { retainedBytes: 0n, partitionCount: 0 };
    t.retainedBytes += bytes;
    t.partitionCount += 1;
    r.topics.set(topic, t);
  }
  return result;
}
