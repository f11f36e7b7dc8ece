import { KIND_PROFILES, type ClusterKind } from '@tributary/catalog';
import { AppError } from '@tributary/platform';

/**
 * The topic configs a customer may set, with Confluent Cloud's limits ("Configuration Reference for
 * Topics in Confluent Cloud", docs.confluent.io/cloud/current/topics/manage.html: the settings marked
 * editable). Everything else (compression.type, segment.index.bytes, unclean.leader.election.enable,
 * flush.*, preallocate, local.retention.*, …) is the operator's, as there: a topic cannot opt out of
 * the cluster's durability or storage settings, and Kafka's own checks are only about types.
 */
const LONG_MAX = 9_223_372_036_854_775_807n;
const MiB = 1_048_576n;

interface Limits {
  /** The accepted values, for enumerations. */
  values?: readonly string[];
  /** Inclusive bounds for integers; `unlimited` also accepts -1 (no limit, as in Kafka). */
  min?: bigint;
  max?: (cluster: TopicConfigCluster) => bigint;
  unlimited?: boolean;
}

export interface TopicConfigCluster {
  kind: string;
  brokerCount: number;
}

const upTo = (n: bigint) => () => n;

export const EDITABLE_TOPIC_CONFIGS: Readonly<Record<string, Limits>> = {
  'cleanup.policy': { values: ['delete', 'compact', 'compact,delete', 'delete,compact'] },
  'delete.retention.ms': { min: 0n, max: upTo(60_566_400_000n) },
  'max.compaction.lag.ms': { min: 21_600_000n, max: upTo(LONG_MAX) },
  // 8 MiB on Basic and Standard, 20 MiB on Dedicated.
  'max.message.bytes': { min: 0n, max: (c) => (c.kind === 'Dedicated' ? 20n * MiB : 8n * MiB) },
  'message.timestamp.after.max.ms': { min: 0n, max: upTo(LONG_MAX) },
  'message.timestamp.before.max.ms': { min: 0n, max: upTo(LONG_MAX) },
  'message.timestamp.type': { values: ['CreateTime', 'LogAppendTime'] },
  'min.compaction.lag.ms': { min: 0n, max: upTo(LONG_MAX) },
  // 1 or 2, and never more than the kind's replication factor (a Basic cluster's topics have one copy).
  'min.insync.replicas': { min: 1n, max: (c) => BigInt(Math.min(2, replicationFactorOf(c))) },
  'retention.bytes': { min: 0n, max: upTo(LONG_MAX), unlimited: true },
  'retention.ms': { min: 0n, max: upTo(LONG_MAX), unlimited: true },
  'segment.bytes': { min: 50n * MiB, max: upTo(1024n * MiB) },
  'segment.ms': { min: 600_000n, max: upTo(LONG_MAX) },
};

function replicationFactorOf(c: TopicConfigCluster): number {
  const profile = KIND_PROFILES[c.kind as ClusterKind];
  return profile ? profile.replicationFactor(c.brokerCount) : 1;
}

export function isEditableTopicConfig(name: string): boolean {
  return Object.hasOwn(EDITABLE_TOPIC_CONFIGS, name);
}

/** Why this value is refused, or undefined when it is within the limits. */
function refusal(cluster: TopicConfigCluster, name: string, limits: Limits, value: string): string | undefined {
  if (limits.values) {
    const normalized = name === 'cleanup.policy' ? value.replace(/\s+/g, '') : value;
    return limits.values.includes(normalized) ? undefined : `'${name}' must be one of ${limits.values.join(' | ')}; got '${value}'`;
  }
  const trimmed = value.trim();
  if (!/^-?\d{1,19}$/.test(trimmed)) return `'${name}' must be an integer; got '${value}'`;
  const n = BigInt(trimmed);
  if (limits.unlimited && n === -1n) return undefined;
  const min = limits.min ?? 0n;
  const max = limits.max?.(cluster) ?? LONG_MAX;
  if (n < min || n > max) {
    const range = max === LONG_MAX ? `at least ${min}` : `between ${min} and ${max}`;
    return `'${name}' must be ${range}${limits.unlimited ? ' (or -1 for no limit)' : ''} on a ${cluster.kind} cluster; got '${value}'`;
  }
  return undefined;
}

/**
 * Refuses the whole change (400, before anything reaches the brokers) when a config may not be set
 * or a value is out of Confluent Cloud's limits, naming every one. A null value resets a config to
 * the cluster's default, which is always allowed: the default is the operator's value.
 */
export function assertTopicConfigsAllowed(cluster: TopicConfigCluster, changes: Readonly<Record<string, string | null>>): void {
  const notEditable: string[] = [];
  const outOfLimits: string[] = [];
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) continue;
    const limits = EDITABLE_TOPIC_CONFIGS[name];
    if (!limits || !isEditableTopicConfig(name)) {
      notEditable.push(name);
      continue;
    }
    const why = refusal(cluster, name, limits, value);
    if (why) outOfLimits.push(why);
  }
  const problems: string[] = [];
  if (notEditable.length > 0) {
    problems.push(`Topic config${notEditable.length > 1 ? 's' : ''} ${notEditable.map((n) => `'${n}'`).join(', ')} cannot be set (editable: ${Object.keys(EDITABLE_TOPIC_CONFIGS).join(', ')})`);
  }
  problems.push(...outOfLimits);
  if (problems.length > 0) throw new AppError('bad_request', problems.join('; '), { kafkaErrorCode: 40002 });
}
