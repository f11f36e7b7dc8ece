/**
 * A topic's records and configs for the topic page: the message browser (Tributary's read extension
 * to Kafka REST v3), the produce-a-test-message form (Kafka REST v3 produce) and the configs beside
 * their defaults. Shapes are the API's own, generated from /openapi.json (api-schema.d.ts).
 */
import { typedApi } from './api';
import type { ItemOf, QueryOf, RequestBodyOf, ResponseOf } from './types';

const RECORDS = '/kafka/v3/clusters/{cluster_id}/topics/{topic_name}/records';
const CONFIGS = '/kafka/v3/clusters/{cluster_id}/topics/{topic_name}/configs';
const DEFAULT_CONFIGS = '/kafka/v3/clusters/{cluster_id}/topics/{topic_name}/default-configs';

export type RecordsPage = ResponseOf<typeof RECORDS, 'get'>;
export type TopicRecord = ItemOf<RecordsPage>;
export type RecordPayload = NonNullable<TopicRecord['value']>;
export type RecordHeader = TopicRecord['headers'][number];
export type PartitionPosition = RecordsPage['partitions'][number];
export type RecordsQuery = QueryOf<typeof RECORDS, 'get'>;
export type ProduceRequest = RequestBodyOf<typeof RECORDS, 'post'>;
export type ProduceReport = ResponseOf<typeof RECORDS, 'post'>;
export type TopicConfig = ItemOf<ResponseOf<typeof CONFIGS, 'get'>>;
export type TopicDefaultConfig = ItemOf<ResponseOf<typeof DEFAULT_CONFIGS, 'get'>>;

/** The API's bounds for one read. */
export const MAX_RECORDS = 100;
export const DEFAULT_RECORDS = 20;

const at = (cluster_id: string, topic_name: string) => ({ cluster_id, topic_name });

export const topicRecords = {
  read: (clusterId: string, topic: string, query: RecordsQuery) => typedApi.get(RECORDS, { path: at(clusterId, topic), query }),
  produce: (clusterId: string, topic: string, body: ProduceRequest) => typedApi.post(RECORDS, { path: at(clusterId, topic), body }),
  configs: (clusterId: string, topic: string) => typedApi.get(CONFIGS, { path: at(clusterId, topic) }),
  defaultConfigs: (clusterId: string, topic: string) => typedApi.get(DEFAULT_CONFIGS, { path: at(clusterId, topic) }),
};

export const recordKeys = {
  records: (clusterId: string, topic: string) => `topic-records:${clusterId}:${topic}`,
  configs: (clusterId: string, topic: string) => `topic-configs:${clusterId}:${topic}`,
};

// --- What the browser asks for -------------------------------------------------------------------

export type BrowseFrom = { kind: 'newest' } | { kind: 'offset'; offset: string } | { kind: 'timestamp'; timestamp: string };

export interface BrowseRequest {
  from: BrowseFrom;
  /** '' for every partition. */
  partition: string;
  limit: number;
}

/** The query for a browse request; a datetime-local value (no zone) is read in the browser's zone. */
export function browseQuery(req: BrowseRequest): RecordsQuery {
  const query: RecordsQuery = { limit: String(Math.min(MAX_RECORDS, Math.max(1, Math.trunc(req.limit) || DEFAULT_RECORDS))) };
  if (req.partition !== '') query.partition_id = req.partition;
  if (req.from.kind === 'offset') query.offset = req.from.offset.trim();
  if (req.from.kind === 'timestamp') {
    const t = new Date(req.from.timestamp);
    query.timestamp = Number.isNaN(t.getTime()) ? req.from.timestamp : t.toISOString();
  }
  return query;
}

// --- Showing a key or value ----------------------------------------------------------------------

function base64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ');
}

export interface ShownPayload {
  kind: 'JSON' | 'STRING' | 'BINARY' | 'NULL';
  /** JSON pretty-printed, text as it is, bytes as hex. */
  text: string;
  /** One line for the table. */
  preview: string;
  size: number;
}

const PREVIEW_CHARS = 120;
const preview = (s: string) => {
  const line = s.replace(/\s+/g, ' ').trim();
  return line.length > PREVIEW_CHARS ? `${line.slice(0, PREVIEW_CHARS)}…` : line;
};

export function showPayload(p: RecordPayload | null): ShownPayload {
  if (p === null) return { kind: 'NULL', text: 'null', preview: '—', size: 0 };
  if (p.type === 'JSON') return { kind: 'JSON', text: JSON.stringify(p.data, null, 2), preview: preview(JSON.stringify(p.data)), size: p.size };
  if (p.type === 'STRING') return { kind: 'STRING', text: String(p.data), preview: preview(String(p.data)), size: p.size };
  const h = hex(base64ToBytes(String(p.data)));
  return { kind: 'BINARY', text: h, preview: preview(h), size: p.size };
}

/** A header value: text when it is printable UTF-8, hex otherwise. */
export function showHeaderValue(value: string | null): string {
  if (value === null) return 'null';
  const bytes = base64ToBytes(value);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // Control characters (other than tab/newline) read better as bytes.
    if (!/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) return text;
  } catch {
    // Not UTF-8.
  }
  return hex(bytes);
}

/** The records among `records` that contain `search` (case-insensitive) in key, value or a header. */
export function filterRecords(records: readonly TopicRecord[], search: string): TopicRecord[] {
  const needle = search.trim().toLowerCase();
  if (!needle) return [...records];
  return records.filter((r) => {
    const haystack = [showPayload(r.key).text, showPayload(r.value).text, ...r.headers.flatMap((h) => [h.name, showHeaderValue(h.value)])];
    return haystack.some((s) => s.toLowerCase().includes(needle));
  });
}

// --- Producing a test message --------------------------------------------------------------------

export type ProduceFormat = 'JSON' | 'STRING';

export interface TestMessage {
  key: string;
  value: string;
  format: ProduceFormat;
  headers: { name: string; value: string }[];
  /** '' for the partitioner's choice. */
  partition: string;
}

function utf8ToBase64(text: string): string {
  let bin = '';
  for (const b of new TextEncoder().encode(text)) bin += String.fromCharCode(b);
  return btoa(bin);
}

/** The produce body for a test message, or the problem with what was typed (JSON that does not parse). */
export function produceBody(m: TestMessage): { body: ProduceRequest } | { problem: string } {
  let value: ProduceRequest['value'];
  if (m.format === 'JSON') {
    try {
      value = { type: 'JSON', data: JSON.parse(m.value) as unknown };
    } catch {
      return { problem: 'The value is not valid JSON: fix it or send it as text.' };
    }
  } else {
    value = { type: 'STRING', data: m.value };
  }
  const body: ProduceRequest = {
    value,
    ...(m.key !== '' ? { key: { type: 'STRING', data: m.key } } : {}),
    headers: m.headers.filter((h) => h.name.trim() !== '').map((h) => ({ name: h.name.trim(), value: utf8ToBase64(h.value) })),
    ...(m.partition !== '' ? { partition_id: Number(m.partition) } : {}),
  };
  return { body };
}

// --- Configs beside their defaults ----------------------------------------------------------------

export interface ConfigRow {
  name: string;
  value: string | null;
  source: string;
  isDefault: boolean;
  isSensitive: boolean;
  isReadOnly: boolean;
  /** What the topic would have without its own setting (the cluster's or Kafka's default). */
  defaultValue: string | null | undefined;
  /** Set on this topic, to something other than its default. */
  changed: boolean;
}

/** Sources that mean "set on this topic" (Kafka's names; TOPIC_CONFIG is the older spelling). */
const TOPIC_SOURCES = new Set(['DYNAMIC_TOPIC_CONFIG', 'TOPIC_CONFIG']);

export function configRows(configs: readonly TopicConfig[], defaults: readonly TopicDefaultConfig[]): ConfigRow[] {
  const byName = new Map(defaults.map((d) => [d.name, d]));
  return configs
    .map((c) => {
      const d = byName.get(c.name);
      // The user's overrides only: a broker's own settings are not the topic's changes.
      const setHere = TOPIC_SOURCES.has(c.source);
      return {
        name: c.name,
        value: c.value,
        source: c.source,
        isDefault: c.is_default,
        isSensitive: c.is_sensitive,
        isReadOnly: c.is_read_only,
        defaultValue: d?.value,
        changed: setHere,
      };
    })
    .sort((a, b) => Number(b.changed) - Number(a.changed) || a.name.localeCompare(b.name));
}

export const SOURCE_LABELS: Record<string, string> = {
  DYNAMIC_TOPIC_CONFIG: 'Set on this topic',
  TOPIC_CONFIG: 'Set on this topic',
  DYNAMIC_DEFAULT_BROKER_CONFIG: 'Cluster default',
  DYNAMIC_BROKER_CONFIG: 'Broker setting',
  STATIC_BROKER_CONFIG: 'Broker setting',
  DEFAULT_CONFIG: 'Kafka default',
};

export const sourceLabel = (source: string) => SOURCE_LABELS[source] ?? source;
