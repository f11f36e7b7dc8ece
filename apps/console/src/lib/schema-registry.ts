'use client';

/**
 * The environment's Schema Registry, for the console: srcm/v3 names the registry, and its own REST API
 * (Confluent's, at `spec.http_endpoint`, reached through the console's same-origin /schema-registry
 * proxy with the session cookie) holds the subjects. That API is Confluent's and not in /openapi.json,
 * so its shapes are written here, from schema-registry-v1.yaml (Schema, Config, CompatibilityCheckResponse).
 */
import { api, isApiError, withQuery } from './api';
import { useQuery } from './hooks';
import { apiKeys, clusters, listAll, topics } from './resources';
import type { ItemOf, ResponseOf } from './types';

const enc = encodeURIComponent;

// --- Shapes ----------------------------------------------------------------------------------------

/** srcm/v3's Cluster (the registry of an environment), from /openapi.json. */
export type SchemaRegistryCluster = ItemOf<ResponseOf<'/srcm/v3/clusters', 'get'>>;

export const SCHEMA_TYPES = ['AVRO', 'JSON', 'PROTOBUF'] as const;
/** `schemaType`; absent in answers means AVRO. */
export type SchemaType = (typeof SCHEMA_TYPES)[number];

export const COMPATIBILITY_LEVELS = ['BACKWARD', 'BACKWARD_TRANSITIVE', 'FORWARD', 'FORWARD_TRANSITIVE', 'FULL', 'FULL_TRANSITIVE', 'NONE'] as const;
/** Config.compatibilityLevel (x-extensible-enum in the reference). */
export type CompatibilityLevel = (typeof COMPATIBILITY_LEVELS)[number];

/** SchemaReference. */
export interface SchemaReference {
  name: string;
  subject: string;
  version: number;
}

/** Schema, as `GET /subjects/{subject}/versions/{version}` answers it. */
export interface SchemaVersion {
  subject: string;
  version: number;
  id: number;
  schemaType?: SchemaType;
  schema: string;
  references?: SchemaReference[];
}

/** RegisterSchemaRequest (the fields the console sends). */
export interface RegisterSchemaRequest {
  schema: string;
  schemaType?: SchemaType;
  references?: SchemaReference[];
}

/** RegisterSchemaResponse. */
export interface RegisterSchemaResponse {
  id: number;
}

/** Config (GET /config, GET /config/{subject}). */
export interface RegistryConfig {
  compatibilityLevel: CompatibilityLevel;
  normalize?: boolean;
}

/** CompatibilityCheckResponse (`messages` with `verbose=true`). */
export interface CompatibilityCheckResponse {
  is_compatible: boolean;
  messages?: string[];
}

/** The registry's ErrorMessage code when a subject has no compatibility of its own. */
const SUBJECT_CONFIG_NOT_FOUND = 'kafka_40408';

// --- The registry's REST API through the console ---------------------------------------------------

/** The console's path to a registry (the proxy forwards /schema-registry/… to the API unchanged). */
export function registryBase(registryId: string): string {
  return `/schema-registry/${enc(registryId)}`;
}

export const registries = {
  /** One per environment. */
  ofEnvironment: async (environment: string): Promise<SchemaRegistryCluster | null> =>
    (await api.get<ResponseOf<'/srcm/v3/clusters', 'get'>>('/srcm/v3/clusters', { query: { environment } })).data[0] ?? null,
};

export function registryApi(registryId: string) {
  const base = registryBase(registryId);
  const subjectPath = (s: string) => `${base}/subjects/${enc(s)}`;
  return {
    subjects: () => api.get<string[]>(`${base}/subjects`),
    versions: (subject: string) => api.get<number[]>(`${subjectPath(subject)}/versions`),
    version: (subject: string, version: number | 'latest') => api.get<SchemaVersion>(`${subjectPath(subject)}/versions/${version}`),
    /** The subject's version holding this schema (40403 if none). */
    lookup: (subject: string, body: RegisterSchemaRequest) => api.post<SchemaVersion>(subjectPath(subject), body),
    register: (subject: string, body: RegisterSchemaRequest) => api.post<RegisterSchemaResponse>(`${subjectPath(subject)}/versions`, body),
    testCompatibility: (subject: string, body: RegisterSchemaRequest) =>
      api.post<CompatibilityCheckResponse>(withQuery(`${base}/compatibility/subjects/${enc(subject)}/versions/latest`, { verbose: true }), body),
    globalConfig: () => api.get<RegistryConfig>(`${base}/config`),
    /** The subject's own level, or null when it follows the registry's default. */
    subjectConfig: async (subject: string): Promise<RegistryConfig | null> => {
      try {
        return await api.get<RegistryConfig>(`${base}/config/${enc(subject)}`);
      } catch (e) {
        if (isApiError(e) && e.code === SUBJECT_CONFIG_NOT_FOUND) return null;
        throw e;
      }
    },
    setSubjectConfig: (subject: string, compatibility: CompatibilityLevel) => api.put<RegistryConfig>(`${base}/config/${enc(subject)}`, { compatibility }),
    clearSubjectConfig: (subject: string) => api.del<RegistryConfig>(`${base}/config/${enc(subject)}`),
    setGlobalConfig: (compatibility: CompatibilityLevel) => api.put<RegistryConfig>(`${base}/config`, { compatibility }),
  };
}

// --- Hooks -----------------------------------------------------------------------------------------

export const registryKeys = {
  registry: (envId: string) => `schema-registry:${envId}`,
  subjects: (registryId: string) => `schema-subjects:${registryId}`,
  subject: (registryId: string, subject: string) => `schema-subject:${registryId}:${subject}`,
  globalConfig: (registryId: string) => `schema-config:${registryId}`,
  keys: (registryId: string) => `registry-keys:${registryId}`,
  whereUsed: (envId: string, topic: string) => `schema-where-used:${envId}:${topic}`,
};

export const useEnvironmentRegistry = (envId: string) => useQuery(registryKeys.registry(envId), () => registries.ofEnvironment(envId));

/** The API keys whose resource is this registry. */
export const useRegistryKeys = (registryId: string) => useQuery(registryKeys.keys(registryId), () => listAll((p) => apiKeys.list({ resource: registryId, ...p })));

export const useGlobalConfig = (registryId: string | undefined) =>
  useQuery(registryId ? registryKeys.globalConfig(registryId) : null, () => registryApi(registryId ?? '').globalConfig());

/** One row of the subjects list. */
export interface SubjectSummary {
  subject: string;
  latest: SchemaVersion;
  /** The subject's own level; null when it follows the registry's default. */
  compatibility: CompatibilityLevel | null;
}

/** Every subject with its latest version and its own compatibility (a few requests per subject: registries in a console are small). */
export const useSubjectSummaries = (registryId: string | undefined) =>
  useQuery(registryId ? registryKeys.subjects(registryId) : null, async (): Promise<SubjectSummary[]> => {
    const r = registryApi(registryId ?? '');
    const names = (await r.subjects()).sort((a, b) => a.localeCompare(b));
    return mapLimited(names, 6, async (subject) => {
      const [latest, config] = await Promise.all([r.version(subject, 'latest'), r.subjectConfig(subject)]);
      return { subject, latest, compatibility: config?.compatibilityLevel ?? null };
    });
  });

/** A subject: every live version (oldest first) and its own compatibility. */
export interface SubjectDetail {
  versions: SchemaVersion[];
  compatibility: CompatibilityLevel | null;
}

export const useSubjectDetail = (registryId: string | undefined, subject: string) =>
  useQuery(registryId ? registryKeys.subject(registryId, subject) : null, async (): Promise<SubjectDetail> => {
    const r = registryApi(registryId ?? '');
    const [numbers, config] = await Promise.all([r.versions(subject), r.subjectConfig(subject)]);
    const versions = await mapLimited(numbers, 6, (v) => r.version(subject, v));
    return { versions, compatibility: config?.compatibilityLevel ?? null };
  });

/** A topic of the environment that carries the subject's name under the topic name strategy. */
export interface TopicUse {
  clusterId: string;
  clusterName: string;
  topic: string;
}

export interface WhereUsed {
  topics: TopicUse[];
  /** Clusters whose topics could not be listed (not running, or an error): named so "no topic" is not claimed for them. */
  unchecked: Array<{ clusterId: string; clusterName: string; reason: string }>;
}

/** The topics named `topic` in the environment's clusters (kafka/v3 topics lists, through the console proxy). */
export const useWhereUsed = (envId: string, topic: string | null) =>
  useQuery(topic === null ? null : registryKeys.whereUsed(envId, topic), async (): Promise<WhereUsed> => {
    const all = await listAll((p) => clusters.list(envId, p));
    const out: WhereUsed = { topics: [], unchecked: [] };
    await mapLimited(all, 4, async (c) => {
      const name = c.spec.display_name;
      if (c.status?.phase !== 'PROVISIONED') {
        out.unchecked.push({ clusterId: c.id, clusterName: name, reason: `it is ${String(c.status?.phase ?? 'not running').toLowerCase()}` });
        return;
      }
      try {
        const list = await topics.list(c.id);
        if (list.data.some((t) => t.topic_name === topic)) out.topics.push({ clusterId: c.id, clusterName: name, topic: topic ?? '' });
      } catch (e) {
        out.unchecked.push({ clusterId: c.id, clusterName: name, reason: e instanceof Error ? e.message : 'its topics could not be listed' });
      }
    });
    out.topics.sort((a, b) => a.clusterName.localeCompare(b.clusterName));
    return out;
  });

// --- Pure helpers ----------------------------------------------------------------------------------

/** Runs `fn` over `items` with at most `limit` at a time, keeping the order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

export function schemaTypeOf(v: { schemaType?: SchemaType }): SchemaType {
  return v.schemaType ?? 'AVRO';
}

export const SCHEMA_TYPE_LABEL: Record<SchemaType, string> = { AVRO: 'Avro', JSON: 'JSON Schema', PROTOBUF: 'Protobuf' };

/** Avro and JSON Schema are stored compact: indent them for reading. Protobuf is text as written. */
export function prettySchema(schema: string, type: SchemaType): string {
  if (type === 'PROTOBUF') return schema;
  try {
    return JSON.stringify(JSON.parse(schema), null, 2);
  } catch {
    return schema;
  }
}

/** The topic a subject names under the topic name strategy (`<topic>-key` / `<topic>-value`), or null. */
export function topicOfSubject(subject: string): { topic: string; part: 'key' | 'value' } | null {
  const m = /^(.+)-(key|value)$/.exec(subject);
  if (!m || !m[1]) return null;
  return { topic: m[1], part: m[2] as 'key' | 'value' };
}

export type DiffOp = { kind: 'same' | 'removed' | 'added'; text: string };

/** Above this many cells the quadratic table is not built: the middle is shown as replaced. */
const MAX_DIFF_CELLS = 4_000_000;

/**
 * A line diff (longest common subsequence), after trimming the common head and tail: schemas are
 * short, so the plain table is enough; a huge middle is shown as all removed then all added.
 */
export function diffLines(before: string, after: string): DiffOp[] {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const ops: DiffOp[] = a.slice(0, head).map((text) => ({ kind: 'same', text }));
  const n = midA.length;
  const m = midB.length;
  if (n * m > MAX_DIFF_CELLS) {
    ops.push(...midA.map((text): DiffOp => ({ kind: 'removed', text })), ...midB.map((text): DiffOp => ({ kind: 'added', text })));
  } else {
    // lcs[i][j]: the LCS length of midA[i..] and midB[j..], in one flat array.
    const w = m + 1;
    const lcs = new Uint32Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[i * w + j] = midA[i] === midB[j] ? (lcs[(i + 1) * w + j + 1] ?? 0) + 1 : Math.max(lcs[(i + 1) * w + j] ?? 0, lcs[i * w + j + 1] ?? 0);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (midA[i] === midB[j]) {
        ops.push({ kind: 'same', text: midA[i++] ?? '' });
        j++;
      } else if ((lcs[(i + 1) * w + j] ?? 0) >= (lcs[i * w + j + 1] ?? 0)) ops.push({ kind: 'removed', text: midA[i++] ?? '' });
      else ops.push({ kind: 'added', text: midB[j++] ?? '' });
    }
    while (i < n) ops.push({ kind: 'removed', text: midA[i++] ?? '' });
    while (j < m) ops.push({ kind: 'added', text: midB[j++] ?? '' });
  }
  ops.push(...a.slice(a.length - tail).map((text): DiffOp => ({ kind: 'same', text })));
  return ops;
}

/** One row of a side-by-side view: the left (older) and right (newer) line, either may be empty. */
export interface DiffRow {
  left: { line: number; text: string; changed: boolean } | null;
  right: { line: number; text: string; changed: boolean } | null;
}

/** Pairs a run of removed lines with the run of added lines after it, row by row. */
export function sideBySide(ops: DiffOp[]): DiffRow[] {
  const rows: DiffRow[] = [];
  let l = 1;
  let r = 1;
  let k = 0;
  while (k < ops.length) {
    const op = ops[k] as DiffOp;
    if (op.kind === 'same') {
      rows.push({ left: { line: l++, text: op.text, changed: false }, right: { line: r++, text: op.text, changed: false } });
      k++;
      continue;
    }
    const removed: string[] = [];
    const added: string[] = [];
    while (k < ops.length && ops[k]?.kind === 'removed') removed.push((ops[k++] as DiffOp).text);
    while (k < ops.length && ops[k]?.kind === 'added') added.push((ops[k++] as DiffOp).text);
    for (let x = 0; x < Math.max(removed.length, added.length); x++) {
      const lt = removed[x];
      const rt = added[x];
      rows.push({
        left: lt === undefined ? null : { line: l++, text: lt, changed: true },
        right: rt === undefined ? null : { line: r++, text: rt, changed: true },
      });
    }
  }
  return rows;
}
