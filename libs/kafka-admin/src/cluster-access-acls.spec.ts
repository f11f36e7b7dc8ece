import { AclOperations, AclPermissionTypes, ResourcePatternTypes, ResourceTypes } from '@platformatic/kafka';
import { describe, expect, it } from 'vitest';
import { clusterAccessAcls, userPrincipal } from './cluster-access-acls';

describe('clusterAccessAcls', () => {
  const acls = clusterAccessAcls('key-ABC123');

  it('grants a cluster API key everything on topics, groups and transactional ids', () => {
    for (const resourceType of [ResourceTypes.TOPIC, ResourceTypes.GROUP, ResourceTypes.TRANSACTIONAL_ID]) {
      expect(acls).toContainEqual(
        expect.objectContaining({ resourceType, resourceName: '*', operation: AclOperations.ALL }),
      );
    }
  });

  it('grants idempotent writes and describe on the cluster, but no way to alter it', () => {
    const clusterOps = acls.filter((a) => a.resourceType === ResourceTypes.CLUSTER).map((a) => a.operation);
    expect(clusterOps).toEqual(
      expect.arrayContaining([AclOperations.IDEMPOTENT_WRITE, AclOperations.DESCRIBE, AclOperations.DESCRIBE_CONFIGS]),
    );
    for (const forbidden of [AclOperations.ALL, AclOperations.ALTER, AclOperations.ALTER_CONFIGS, AclOperations.CLUSTER_ACTION]) {
      expect(clusterOps).not.toContain(forbidden);
    }
    expect(acls.filter((a) => a.resourceType === ResourceTypes.CLUSTER).every((a) => a.resourceName === 'kafka-cluster')).toBe(true);
  });

  it('uses literal ALLOW bindings for User:<name> from any host', () => {
    for (const acl of acls) {
      expect(acl).toMatchObject({
        principal: 'User:key-ABC123',
        host: '*',
        permissionType: AclPermissionTypes.ALLOW,
        resourcePatternType: ResourcePatternTypes.LITERAL,
      });
    }
  });

  it('rejects an empty principal name', () => {
    expect(() => userPrincipal('')).toThrow();
  });
});
