import { AppError } from '@tributary/platform';

/**
 * `GET /v2/metrics/cloud/export`: the request's validation and the Prometheus text exposition
 * format (version 0.0.4) of its answer. The values come from MetricsExportService.
 */

export const EXPORT_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';
export const EXPORT_RESOURCE_PARAM = 'resource.kafka.id';
/** The reference's most resources per request. */
export const MAX_EXPORT_RESOURCES = 50;
const CLUSTER_ID = /^lkc-[a-z0-9]{1,32}$/;

/** A 400 whose source is the query parameter at fault. */
const badParameter = (parameter: string, detail: string) => new AppError('bad_request', [{ detail, parameter }]);

/** One cluster's current values, each measured in the collection interval starting at `timestamp`. */
export interface ClusterExport {
  clusterId: string;
  /** Start of the collection interval (ms since the epoch) the values were measured in. */
  timestamp: number;
  /** Totals since the cluster was created, over all its brokers (broker restarts accounted for). */
  receivedBytes: bigint;
  sentBytes: bigint;
  /** Summed over the brokers of the latest collection. */
  retainedBytes: bigint;
  partitionCount: number;
  /** The latest collection's retained bytes and partitions per topic (they sum to the two above). */
  topics?: ReadonlyMap<string, { retainedBytes: bigint; partitionCount: number }>;
}

interface Family {
  name: string;
  type: 'counter' | 'gauge';
  help: string;
  value: (c: ClusterExport) => bigint | number;
}

/**
 * Confluent's names (and `kafka_id` label, the `resource.` prefix dropped). Confluent exports its
 * counters as per-minute deltas typed `gauge`; Tributary exports the running totals as true
 * Prometheus counters, so `rate()`/`increase()` work and a missed scrape loses nothing.
 */
export const EXPORT_FAMILIES: readonly Family[] = [
  {
    name: 'confluent_kafka_server_received_bytes',
    type: 'counter',
    help: "Bytes of the customer's data received from the network, in total since the cluster was created.",
    value: (c) => c.receivedBytes,
  },
  {
    name: 'confluent_kafka_server_sent_bytes',
    type: 'counter',
    help: "Bytes of the customer's data sent over the network, in total since the cluster was created.",
    value: (c) => c.sentBytes,
  },
  {
    name: 'confluent_kafka_server_retained_bytes',
    type: 'gauge',
    help: 'Bytes retained on the brokers (all replicas), as of the latest collection.',
    value: (c) => c.retainedBytes,
  },
  {
    name: 'confluent_kafka_server_partition_count',
    type: 'gauge',
    help: 'Partitions (all replicas) on the brokers, as of the latest collection.',
    value: (c) => c.partitionCount,
  },
];

/**
 * Per-topic gauges, in families of their own so that summing a family never counts a byte twice.
 * (Per-topic counters are not exported: the brokers' per-topic totals restart with each broker, and
 * their sum over brokers is not a counter Prometheus can take a rate of.)
 */
export const TOPIC_EXPORT_FAMILIES: readonly { name: string; help: string; value: (t: { retainedBytes: bigint; partitionCount: number }) => bigint | number }[] = [
  {
    name: 'confluent_kafka_server_topic_retained_bytes',
    help: 'Bytes retained on the brokers for the topic (each partition once), as of the latest collection.',
    value: (t) => t.retainedBytes,
  },
  {
    name: 'confluent_kafka_server_topic_partition_count',
    help: 'Partitions of the topic, as of the latest collection.',
    value: (t) => t.partitionCount,
  },
];

/** The cluster ids of an export request's query string, or a 400 naming the parameter. */
export function parseExportQuery(query: Readonly<Record<string, unknown>> | undefined): string[] {
  const params = query ?? {};
  for (const key of Object.keys(params)) {
    if (key !== EXPORT_RESOURCE_PARAM) {
      throw badParameter(key, `Unknown or unsupported query parameter '${key}': only '${EXPORT_RESOURCE_PARAM}' is served`);
    }
  }
  const raw = params[EXPORT_RESOURCE_PARAM];
  const values = raw === undefined ? [] : Array.isArray(raw) ? (raw as unknown[]) : [raw];
  if (!values.length) throw badParameter(EXPORT_RESOURCE_PARAM, `At least one '${EXPORT_RESOURCE_PARAM}' is required`);
  for (const v of values) {
    if (typeof v !== 'string' || !CLUSTER_ID.test(v)) {
      throw badParameter(EXPORT_RESOURCE_PARAM, `'${EXPORT_RESOURCE_PARAM}' must be a Kafka cluster id such as lkc-abc123, not '${String(v).slice(0, 64)}'`);
    }
  }
  const ids = [...new Set(values as string[])];
  if (ids.length > MAX_EXPORT_RESOURCES) {
    throw badParameter(EXPORT_RESOURCE_PARAM, `At most ${MAX_EXPORT_RESOURCES} '${EXPORT_RESOURCE_PARAM}' values per request (got ${ids.length})`);
  }
  return ids.sort();
}

/** A label value as the text format wants it: backslash, double quote and newline escaped. */
function labelValue(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/** The text exposition format: every family's HELP and TYPE, then one sample per cluster with its timestamp (ms). */
export function formatPrometheus(clusters: readonly ClusterExport[]): string {
  const lines: string[] = [];
  for (const f of EXPORT_FAMILIES) {
    lines.push(`# HELP ${f.name} ${f.help}`, `# TYPE ${f.name} ${f.type}`);
    for (const c of clusters) lines.push(`${f.name}{kafka_id="${labelValue(c.clusterId)}"} ${f.value(c).toString()} ${c.timestamp}`);
  }
  for (const f of TOPIC_EXPORT_FAMILIES) {
    lines.push(`# HELP ${f.name} ${f.help}`, `# TYPE ${f.name} gauge`);
    for (const c of clusters) {
      for (const [topic, t] of [...(c.topics ?? [])].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        lines.push(`${f.name}{kafka_id="${labelValue(c.clusterId)}",topic="${labelValue(topic)}"} ${f.value(t).toString()} ${c.timestamp}`);
      }
    }
  }
  return lines.join('\n') + '\n';
}
