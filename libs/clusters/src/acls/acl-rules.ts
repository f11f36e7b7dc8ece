import { ACL_OPERATIONS, ACL_PATTERN_TYPES, ACL_PERMISSIONS, ACL_RESOURCE_TYPES, KAFKA_CLUSTER_RESOURCE, type AclOperation, type AclPatternType, type AclPermission, type AclResourceType } from '@tributary/kafka-admin';
import { AppError } from '@tributary/platform';
import { isReservedTopicName } from '../topics/ready-cluster';

/** A desired ACL as the customer writes it (kafka/v3's CreateAclRequestData, validated). */
export interface AclSpec {
  resourceType: AclResourceType;
  resourceName: string;
  patternType: AclPatternType;
  /** `User:sa-…` or `User:u-…`: an owner of keys, never a key itself. */
  principal: string;
  host: string;
  operation: AclOperation;
  permission: AclPermission;
}

/** A search over desired ACLs (kafka/v3's list and delete filters); absent fields match anything. */
export interface AclFilterSpec {
  resourceType?: AclResourceType;
  resourceName?: string;
  /** MATCH / ANY are Kafka's filter-only pattern types. */
  patternType?: AclPatternType | 'ANY' | 'MATCH';
  principal?: string;
  host?: string;
  operation?: AclOperation;
  permission?: AclPermission;
}

export const OWNER_PRINCIPAL = /^User:((?:sa|u)-[a-z0-9]{1,32})$/;

/** Which operations Kafka's authorizer checks on each resource type (the rest can never match). */
const OPERATIONS_BY_TYPE: Record<AclResourceType, readonly AclOperation[]> = {
  TOPIC: ['ALL', 'READ', 'WRITE', 'CREATE', 'DELETE', 'ALTER', 'DESCRIBE', 'DESCRIBE_CONFIGS', 'ALTER_CONFIGS'],
  GROUP: ['ALL', 'READ', 'DESCRIBE', 'DELETE'],
  CLUSTER: ['ALL', 'CREATE', 'ALTER', 'DESCRIBE', 'CLUSTER_ACTION', 'DESCRIBE_CONFIGS', 'ALTER_CONFIGS', 'IDEMPOTENT_WRITE'],
  TRANSACTIONAL_ID: ['ALL', 'DESCRIBE', 'WRITE'],
};

/**
 * Cluster rights the control plane keeps for itself: ALTER edits ACLs, ALTER_CONFIGS broker configs,
 * CLUSTER_ACTION replication. Granting one (or ALL) would let a key undo every other rule.
 */
const CONTROL_PLANE_CLUSTER_OPERATIONS: readonly AclOperation[] = ['ALL', 'ALTER', 'ALTER_CONFIGS', 'CLUSTER_ACTION'];

const NAME_CHARS = /^[a-zA-Z0-9._-]+$/;
const HOST = /^(\*|(?:\d{1,3}\.){3}\d{1,3}|[0-9a-fA-F:]{2,39})$/;

const bad = (detail: string, pointer: string) => new AppError('bad_request', [{ detail, pointer }], { kafkaErrorCode: 40002 });

export function isAclResourceType(v: string): v is AclResourceType {
  return (ACL_RESOURCE_TYPES as readonly string[]).includes(v);
}
export function isAclOperation(v: string): v is AclOperation {
  return (ACL_OPERATIONS as readonly string[]).includes(v);
}
export function isAclPatternType(v: string): v is AclPatternType {
  return (ACL_PATTERN_TYPES as readonly string[]).includes(v);
}
export function isAclPermission(v: string): v is AclPermission {
  return (ACL_PERMISSIONS as readonly string[]).includes(v);
}

export interface RawAcl {
  resource_type: string;
  resource_name: string;
  pattern_type: string;
  principal: string;
  host: string;
  operation: string;
  permission: string;
}

/**
 * Checks a desired ACL the way the brokers would, and more: a binding that could never match, that
 * names Kafka's internal topics, or that hands out the control plane's own rights is refused with the
 * field named (400, error_code 40002), before anything is written.
 */
export function validateAcl(raw: RawAcl): AclSpec {
  if (!isAclResourceType(raw.resource_type)) throw bad(`resource_type must be one of ${ACL_RESOURCE_TYPES.join(', ')}; '${raw.resource_type}' is not`, '/resource_type');
  if (!isAclPatternType(raw.pattern_type)) throw bad(`pattern_type must be LITERAL or PREFIXED; '${raw.pattern_type}' is not`, '/pattern_type');
  if (!isAclOperation(raw.operation)) throw bad(`operation must be one of ${ACL_OPERATIONS.join(', ')}; '${raw.operation}' is not`, '/operation');
  if (!isAclPermission(raw.permission)) throw bad(`permission must be ALLOW or DENY; '${raw.permission}' is not`, '/permission');
  if (!OWNER_PRINCIPAL.test(raw.principal)) throw bad(`principal must be User:sa-… (a service account) or User:u-… (a user); '${raw.principal}' is not`, '/principal');
  if (!HOST.test(raw.host)) throw bad(`host must be '*' or an IP address; '${raw.host}' is not`, '/host');
  const resourceType = raw.resource_type;
  const operation = raw.operation;
  const patternType = raw.pattern_type;
  const name = raw.resource_name;
  if (!OPERATIONS_BY_TYPE[resourceType].includes(operation)) {
    throw bad(`operation ${operation} does not apply to ${resourceType} (use one of ${OPERATIONS_BY_TYPE[resourceType].join(', ')})`, '/operation');
  }
  if (resourceType === 'CLUSTER') {
    if (name !== KAFKA_CLUSTER_RESOURCE || patternType !== 'LITERAL') throw bad(`A CLUSTER ACL names the LITERAL resource '${KAFKA_CLUSTER_RESOURCE}'`, '/resource_name');
    if (raw.permission === 'ALLOW' && CONTROL_PLANE_CLUSTER_OPERATIONS.includes(operation)) {
      throw bad(`${operation} on the cluster is kept by Tributary (it would let a key change ACLs or broker configs); grant CREATE, DESCRIBE, DESCRIBE_CONFIGS or IDEMPOTENT_WRITE`, '/operation');
    }
  } else {
    checkNamePattern(resourceType, name, patternType);
  }
  return { resourceType, resourceName: name, patternType, principal: raw.principal, host: raw.host, operation, permission: raw.permission };
}

function checkNamePattern(type: AclResourceType, name: string, patternType: AclPatternType): void {
  if (name.length === 0 || name.length > 249) throw bad('resource_name must be 1-249 characters', '/resource_name');
  if (patternType === 'LITERAL') {
    if (name === '*') return; // Kafka's wildcard: every resource of the type
    if (name.includes('*')) throw bad(`'${name}' is a LITERAL name with '*' in it, which matches nothing: use pattern_type PREFIXED with '${name.replace(/\*+$/, '')}' for a prefix, or '*' for all`, '/resource_name');
  } else if (name.includes('*')) {
    throw bad(`A PREFIXED resource_name is the prefix itself, without '*': '${name.replace(/\*+$/, '')}' rather than '${name}'`, '/resource_name');
  }
  if (type === 'TOPIC' && !NAME_CHARS.test(name)) throw bad(`'${name}' cannot be a topic name or prefix: letters, digits, '.', '_' and '-' only`, '/resource_name');
  if (type === 'TOPIC' && isReservedTopicName(name)) throw bad(`Topics starting with '__' are Kafka's internal topics: ACLs on '${name}' are refused`, '/resource_name');
  if (type === 'TOPIC' && patternType === 'PREFIXED' && '__'.startsWith(name)) throw bad(`The prefix '${name}' would cover Kafka's internal topics ('__…'): use a longer prefix`, '/resource_name');
}

/** Does a desired ACL match a filter (Kafka's semantics, ANY and MATCH included)? */
export function aclMatches(acl: AclSpec, f: AclFilterSpec): boolean {
  if (f.resourceType && f.resourceType !== acl.resourceType) return false;
  if (f.principal !== undefined && f.principal !== acl.principal) return false;
  if (f.host !== undefined && f.host !== acl.host) return false;
  if (f.operation && f.operation !== acl.operation) return false;
  if (f.permission && f.permission !== acl.permission) return false;
  const pattern = f.patternType ?? 'ANY';
  if (pattern === 'LITERAL' || pattern === 'PREFIXED') {
    return acl.patternType === pattern && (f.resourceName === undefined || f.resourceName === acl.resourceName);
  }
  if (pattern === 'ANY' || f.resourceName === undefined) return f.resourceName === undefined || f.resourceName === acl.resourceName;
  // MATCH: every binding that would apply to the named resource.
  if (acl.patternType === 'PREFIXED') return f.resourceName.startsWith(acl.resourceName);
  return acl.resourceName === '*' || acl.resourceName === f.resourceName;
}
