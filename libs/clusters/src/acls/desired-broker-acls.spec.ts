import { memberRoleBindings, parseCrnPattern, type Binding } from '@tributary/access';
import { describe, expect, it } from 'vitest';
import { validateAcl } from './acl-rules';
import { planBrokerAcls, type OwnerGrants } from './desired-broker-acls';
import { grantsOnCluster } from './owner-grants';

const ORG = '11111111-1111-4111-8111-111111111111';
const cluster = { id: 'lkc-one', organizationId: ORG, environmentId: 'env-a' };
const binding = (roleName: Binding['roleName'], crn: string): Binding => ({ roleName, crn: parseCrnPattern(crn), source: 'role-binding' });
const onCluster = (tail: string) => `crn://confluent.cloud/organization=${ORG}/environment=env-a/cloud-cluster=lkc-one/kafka=lkc-one/${tail}`;

describe('planBrokerAcls', () => {
  const acl = validateAcl({ resource_type: 'TOPIC', resource_name: 'orders-', pattern_type: 'PREFIXED', principal: 'User:sa-robot', host: '*', operation: 'WRITE', permission: 'ALLOW' });

  it("expands an owner's ACL to every key of the owner, and to no one else's", () => {
    const keys = [{ id: 'KEYONE', ownerId: 'sa-robot' }, { id: 'KEYTWO', ownerId: 'sa-robot' }, { id: 'KEYOTHER', ownerId: 'sa-other' }];
    const plan = planBrokerAcls(keys, new Map(), [acl]);
    expect(plan.map((a) => a.principal).sort()).toEqual(['User:KEYONE', 'User:KEYTWO']);
    expect(plan[0]).toMatchObject({ resourceType: 'TOPIC', resourceName: 'orders-', patternType: 'PREFIXED', operation: 'WRITE', permission: 'ALLOW' });
  });

  it('gives admins the full grant and nothing to owners without grants', () => {
    const full: OwnerGrants = { fullAccess: true, bindings: [] };
    const plan = planBrokerAcls([{ id: 'ADMINKEY', ownerId: 'u-admin' }, { id: 'SAKEY', ownerId: 'sa-none' }], new Map([['u-admin', full]]), []);
    expect(plan.every((a) => a.principal === 'User:ADMINKEY')).toBe(true);
    expect(plan).toContainEqual(expect.objectContaining({ resourceType: 'TOPIC', resourceName: '*', operation: 'ALL' }));
  });

  it('turns Developer roles into their operations on the pattern (DeveloperWrite adds idempotent writes)', () => {
    const grants = grantsOnCluster([binding('DeveloperWrite', onCluster('topic=orders-*')), binding('DeveloperRead', onCluster('group=app'))], cluster);
    const plan = planBrokerAcls([{ id: 'K', ownerId: 'sa-x' }], new Map([['sa-x', grants]]), []);
    const ops = plan.map((a) => `${a.resourceType}:${a.patternType}:${a.resourceName}:${a.operation}`).sort();
    expect(ops).toEqual(['CLUSTER:LITERAL:kafka-cluster:IDEMPOTENT_WRITE', 'GROUP:LITERAL:app:DESCRIBE', 'GROUP:LITERAL:app:READ', 'TOPIC:PREFIXED:orders-:DESCRIBE', 'TOPIC:PREFIXED:orders-:WRITE']);
  });
});

describe('grantsOnCluster', () => {
  it('admin roles on the cluster or above give full access; elsewhere they give nothing here', () => {
    expect(grantsOnCluster(memberRoleBindings('OrganizationAdmin', ORG), cluster).fullAccess).toBe(true);
    expect(grantsOnCluster(memberRoleBindings('EnvironmentAdmin', ORG), cluster).fullAccess).toBe(true);
    expect(grantsOnCluster([binding('EnvironmentAdmin', `crn://confluent.cloud/organization=${ORG}/environment=env-a`)], cluster).fullAccess).toBe(true);
    expect(grantsOnCluster([binding('EnvironmentAdmin', `crn://confluent.cloud/organization=${ORG}/environment=env-b`)], cluster)).toEqual({ fullAccess: false, bindings: [] });
    expect(grantsOnCluster([binding('CloudClusterAdmin', `crn://confluent.cloud/organization=${ORG}/environment=env-a/cloud-cluster=lkc-one`)], cluster).fullAccess).toBe(true);
    expect(grantsOnCluster([binding('CloudClusterAdmin', `crn://confluent.cloud/organization=${ORG}/environment=env-a/cloud-cluster=lkc-two`)], cluster).fullAccess).toBe(false);
  });

  it('Operator gets no data; Viewer reads; data roles only from bindings on this cluster', () => {
    expect(grantsOnCluster(memberRoleBindings('Operator', ORG), cluster)).toEqual({ fullAccess: false, bindings: [] });
    expect(grantsOnCluster(memberRoleBindings('Viewer', ORG), cluster).bindings.map((b) => `${b.role}:${b.resourceType}:${b.resourceName}`)).toEqual(['DeveloperRead:TOPIC:*', 'DeveloperRead:GROUP:*']);
    const other = `crn://confluent.cloud/organization=${ORG}/environment=env-a/cloud-cluster=lkc-two/kafka=lkc-two/topic=orders-*`;
    expect(grantsOnCluster([binding('DeveloperRead', other)], cluster).bindings).toEqual([]);
    expect(grantsOnCluster([binding('ResourceOwner', onCluster('topic=*'))], cluster).bindings).toEqual([{ role: 'ResourceOwner', resourceType: 'TOPIC', resourceName: '*', patternType: 'LITERAL' }]);
  });
});
