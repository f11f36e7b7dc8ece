import {
  type Acl,
  type AclFilter,
  AclOperations,
  type AclOperationValue,
  AclPermissionTypes,
  ResourcePatternTypes,
  type ResourceTypeValue,
  ResourceTypes,
} from '@platformatic/kafka';
import { type BrokerAcl, fromWireAcl } from './broker-acls';

/** The only valid name of Kafka's CLUSTER resource. */
export const KAFKA_CLUSTER_RESOURCE = 'kafka-cluster';

export function userPrincipal(username: string): string {
  if (username.length === 0) throw new Error('principal user name must not be empty');
  return `User:${username}`;
}

interface Grant {
  resourceType: ResourceTypeValue;
  resourceName: string;
  operation: AclOperationValue;
}

/**
 * What a managed cluster's API key may do: everything with topics, consumer groups and
 * transactional ids, plus the cluster-level rights producers and admin tools need
 * (idempotent producers, describe, describe configs). It deliberately gets no ALTER /
 * ALTER_CONFIGS / CLUSTER_ACTION on the cluster: those would let a key edit ACLs, SCRAM
 * credentials or broker configs, which the control plane owns.
 */
const CLUSTER_API_KEY_GRANTS: readonly Grant[] = [
  { resourceType: ResourceTypes.TOPIC, resourceName: '*', operation: AclOperations.ALL },
  { resourceType: ResourceTypes.GROUP, resourceName: '*', operation: AclOperations.ALL },
  { resourceType: ResourceTypes.TRANSACTIONAL_ID, resourceName: '*', operation: AclOperations.ALL },
  { resourceType: ResourceTypes.CLUSTER, resourceName: KAFKA_CLUSTER_RESOURCE, operation: AclOperations.IDEMPOTENT_WRITE },
  { resourceType: ResourceTypes.CLUSTER, resourceName: KAFKA_CLUSTER_RESOURCE, operation: AclOperations.DESCRIBE },
  { resourceType: ResourceTypes.CLUSTER, resourceName: KAFKA_CLUSTER_RESOURCE, operation: AclOperations.DESCRIBE_CONFIGS },
];

/** ALLOW bindings from any host, literal patterns ('*' is Kafka's wildcard literal). */
export function clusterAccessAcls(username: string): Acl[] {
  const principal = userPrincipal(username);
  return CLUSTER_API_KEY_GRANTS.map((grant) => ({
    resourceType: grant.resourceType,
    resourceName: grant.resourceName,
    resourcePatternType: ResourcePatternTypes.LITERAL,
    principal,
    host: '*',
    operation: grant.operation,
    permissionType: AclPermissionTypes.ALLOW,
  }));
}

/** Filters matching exactly the bindings clusterAccessAcls creates, nothing else of the user's. */
export function clusterAccessAclFilters(username: string): AclFilter[] {
  return clusterAccessAcls(username);
}

/** Matches every ALLOW/DENY binding of the principal on any resource (for inspection). */
export function allAclsOfPrincipalFilter(username: string): AclFilter {
  return {
    resourceType: ResourceTypes.ANY,
    resourceName: null,
    resourcePatternType: ResourcePatternTypes.ANY,
    principal: userPrincipal(username),
    host: null,
    operation: AclOperations.ANY,
    permissionType: AclPermissionTypes.ANY,
  };
}

/** The same full-access grant by name, for the control plane's desired-ACL plans (broker-acls.ts). */
export function fullAccessAcls(username: string): BrokerAcl[] {
  return clusterAccessAcls(username).map((acl) => fromWireAcl(acl)!);
}
