/**
 * Confluent resource names as role bindings use them: a path from the organization down to what the
 * binding covers, each segment exact or, where Confluent allows it, a prefix ending in `*`:
 *
 *   crn://confluent.cloud/organization=<uuid>
 *   crn://confluent.cloud/organization=<uuid>/environment=env-…            (or environment=* : every one)
 *   crn://confluent.cloud/organization=<uuid>/environment=env-…/cloud-cluster=lkc-…
 *   crn://confluent.cloud/organization=<uuid>/environment=env-…/cloud-cluster=lkc-…/kafka=lkc-…/topic=orders-*
 *   …/kafka=lkc-…/group=billing   …/kafka=lkc-…/transactional-id=tx-*
 *
 * The same shape names a concrete resource (every segment exact), so "does this binding cover that
 * resource" is one comparison of two parsed names.
 */
export const CRN_PREFIX = 'crn://confluent.cloud/';

export type KafkaResourceType = 'topic' | 'group' | 'transactional-id';
export const KAFKA_RESOURCE_TYPES: readonly KafkaResourceType[] = ['topic', 'group', 'transactional-id'];

/** A segment's value: exact, or everything starting with `value` (`prefix`; `*` alone is value ''). */
export interface NamePattern {
  value: string;
  prefix: boolean;
}

export interface CrnPattern {
  organizationId: string;
  environment?: NamePattern;
  cluster?: NamePattern;
  resource?: { type: KafkaResourceType } & NamePattern;
}

export type CrnLevel = 'organization' | 'environment' | 'cluster' | 'resource';

export class InvalidCrnError extends Error {
  constructor(
    readonly crn: string,
    reason: string,
  ) {
    super(`crn_pattern '${crn.length > 200 ? `${crn.slice(0, 200)}…` : crn}' is not valid: ${reason}`);
    this.name = 'InvalidCrnError';
  }
}

const ORG = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ENV = /^env-[a-z0-9]{1,32}$/;
const CLUSTER = /^lkc-[a-z0-9]{1,32}$/;
const TOPIC = /^[a-zA-Z0-9._-]{0,249}$/;
/** Group and transactional ids may hold almost anything; not the separators of a CRN. */
const FREE_NAME = /^[^/=*\s]{0,249}$/;

function namePattern(crn: string, key: string, raw: string, exact: RegExp, allowPrefix: boolean): NamePattern {
  const prefix = raw.endsWith('*');
  const value = prefix ? raw.slice(0, -1) : raw;
  if (prefix && !allowPrefix) throw new InvalidCrnError(crn, `${key} takes an exact id, not a pattern`);
  if (prefix && value !== '' && key !== 'topic' && key !== 'group' && key !== 'transactional-id') {
    throw new InvalidCrnError(crn, `${key} is either one id or * (every ${key})`);
  }
  if (!prefix && value === '') throw new InvalidCrnError(crn, `${key} has no value`);
  if (value !== '' && !exact.test(value)) throw new InvalidCrnError(crn, `'${raw}' is not a valid ${key}`);
  return { value, prefix };
}

/** Parses a role binding's `crn_pattern`; anything else (unknown segment, wrong order, bad id) throws InvalidCrnError. */
export function parseCrnPattern(crn: string): CrnPattern {
  if (typeof crn !== 'string' || crn.length > 1024) throw new InvalidCrnError(String(crn).slice(0, 50), 'must be a string of at most 1024 characters');
  if (!crn.startsWith(CRN_PREFIX)) throw new InvalidCrnError(crn, `must start with ${CRN_PREFIX}organization=<id>`);
  const segments = crn.slice(CRN_PREFIX.length).split('/');
  const pairs = segments.map((s) => {
    const eq = s.indexOf('=');
    if (eq <= 0) throw new InvalidCrnError(crn, `segment '${s}' is not key=value`);
    return [s.slice(0, eq), s.slice(eq + 1)] as const;
  });
  const expect = (i: number, key: string) => {
    if (pairs[i]?.[0] !== key) throw new InvalidCrnError(crn, `expected ${key}=… ${i === 0 ? 'first' : `after ${pairs[i - 1]![0]}`}, found '${pairs[i]?.[0] ?? 'nothing'}'`);
    return pairs[i]![1];
  };
  const org = expect(0, 'organization');
  if (!ORG.test(org)) throw new InvalidCrnError(crn, `'${org}' is not an organization id`);
  const out: CrnPattern = { organizationId: org };
  if (pairs.length === 1) return out;
  out.environment = namePattern(crn, 'environment', expect(1, 'environment'), ENV, true);
  if (pairs.length === 2) return out;
  if (out.environment.prefix) throw new InvalidCrnError(crn, 'a cluster is named inside one environment, not environment=*');
  out.cluster = namePattern(crn, 'cloud-cluster', expect(2, 'cloud-cluster'), CLUSTER, false);
  if (pairs.length === 3) return out;
  const kafka = expect(3, 'kafka');
  if (kafka !== out.cluster.value) throw new InvalidCrnError(crn, `kafka=${kafka} must name the same cluster as cloud-cluster=${out.cluster.value}`);
  if (pairs.length === 4) return out;
  if (pairs.length > 5) throw new InvalidCrnError(crn, `nothing may follow ${pairs[4]![0]}=…`);
  const [type, raw] = pairs[4]!;
  if (!(KAFKA_RESOURCE_TYPES as readonly string[]).includes(type)) throw new InvalidCrnError(crn, `'${type}' is not topic, group or transactional-id`);
  out.resource = { type: type as KafkaResourceType, ...namePattern(crn, type, raw, type === 'topic' ? TOPIC : FREE_NAME, true) };
  return out;
}

const show = (p: NamePattern) => `${p.value}${p.prefix ? '*' : ''}`;

/** The canonical text of a pattern (what is stored and compared for uniqueness). */
export function formatCrnPattern(p: CrnPattern): string {
  let s = `${CRN_PREFIX}organization=${p.organizationId}`;
  if (!p.environment) return s;
  s += `/environment=${show(p.environment)}`;
  if (!p.cluster) return s;
  s += `/cloud-cluster=${show(p.cluster)}`;
  if (!p.resource) return s;
  return `${s}/kafka=${show(p.cluster)}/${p.resource.type}=${show(p.resource)}`;
}

export function crnLevel(p: CrnPattern): CrnLevel {
  return p.resource ? 'resource' : p.cluster ? 'cluster' : p.environment ? 'environment' : 'organization';
}

/** A concrete resource's name, for matching: every segment given is exact. */
export interface ResourceRef {
  organizationId: string;
  environmentId?: string;
  clusterId?: string;
  resource?: { type: KafkaResourceType; name: string };
}

export function crnOf(r: ResourceRef): CrnPattern {
  const exact = (value: string): NamePattern => ({ value, prefix: false });
  return {
    organizationId: r.organizationId,
    ...(r.environmentId !== undefined ? { environment: exact(r.environmentId) } : {}),
    ...(r.clusterId !== undefined ? { cluster: exact(r.clusterId) } : {}),
    ...(r.resource ? { resource: { type: r.resource.type, ...exact(r.resource.name) } } : {}),
  };
}

function valueCovers(outer: NamePattern, inner: NamePattern): boolean {
  if (!outer.prefix) return !inner.prefix && outer.value === inner.value;
  return inner.value.startsWith(outer.value);
}

/**
 * Whether everything `inner` names is named by `outer`: same organization, and each segment of
 * `outer` present in `inner` and covering it (`topic=orders-*` covers `topic=orders-eu` and
 * `topic=orders-eu-*`, not `topic=orders*`). A shorter `outer` covers everything below it.
 */
export function crnCovers(outer: CrnPattern, inner: CrnPattern): boolean {
  if (outer.organizationId !== inner.organizationId) return false;
  if (outer.environment && !(inner.environment && valueCovers(outer.environment, inner.environment))) return false;
  if (outer.cluster && !(inner.cluster && valueCovers(outer.cluster, inner.cluster))) return false;
  if (outer.resource) {
    if (!inner.resource || inner.resource.type !== outer.resource.type || !valueCovers(outer.resource, inner.resource)) return false;
  }
  return true;
}

/** `User:u-…` or `User:sa-…`, as role bindings and ACLs name principals. */
export type PrincipalName = `User:${string}`;
const PRINCIPAL = /^User:((u|sa)-[a-z0-9]{1,32})$/;

export function parsePrincipal(s: string): { kind: 'User' | 'ServiceAccount'; id: string } | null {
  const m = PRINCIPAL.exec(s);
  if (!m) return null;
  return { kind: m[2] === 'sa' ? 'ServiceAccount' : 'User', id: m[1]! };
}

export function principalName(id: string): PrincipalName {
  return `User:${id}`;
}
