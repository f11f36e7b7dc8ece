import { describe, expect, it } from 'vitest';
import { aclMatches, validateAcl, type AclSpec, type RawAcl } from './acl-rules';

const raw = (over: Partial<RawAcl> = {}): RawAcl => ({ resource_type: 'TOPIC', resource_name: 'orders-', pattern_type: 'PREFIXED', principal: 'User:sa-abc123', host: '*', operation: 'WRITE', permission: 'ALLOW', ...over });

function refusal(over: Partial<RawAcl>): { status: number; pointer?: string } {
  try {
    validateAcl(raw(over));
  } catch (e) {
    const err = e as { status: number; items: Array<{ pointer?: string }> };
    return { status: err.status, pointer: err.items[0]?.pointer };
  }
  throw new Error(`accepted ${JSON.stringify(over)}`);
}

describe('validateAcl', () => {
  it('takes Confluent\'s body for a topic prefix, a literal, the wildcard, a group, a transactional id and the cluster', () => {
    expect(validateAcl(raw())).toEqual({ resourceType: 'TOPIC', resourceName: 'orders-', patternType: 'PREFIXED', principal: 'User:sa-abc123', host: '*', operation: 'WRITE', permission: 'ALLOW' });
    expect(validateAcl(raw({ pattern_type: 'LITERAL', resource_name: 'payments' })).resourceName).toBe('payments');
    expect(validateAcl(raw({ pattern_type: 'LITERAL', resource_name: '*', operation: 'READ', principal: 'User:u-x1' })).resourceName).toBe('*');
    expect(validateAcl(raw({ resource_type: 'GROUP', resource_name: 'app-', operation: 'READ' })).resourceType).toBe('GROUP');
    expect(validateAcl(raw({ resource_type: 'TRANSACTIONAL_ID', resource_name: 'tx-', operation: 'WRITE' })).resourceType).toBe('TRANSACTIONAL_ID');
    expect(validateAcl(raw({ resource_type: 'CLUSTER', resource_name: 'kafka-cluster', pattern_type: 'LITERAL', operation: 'IDEMPOTENT_WRITE' })).resourceType).toBe('CLUSTER');
    expect(validateAcl(raw({ host: '10.0.0.7', permission: 'DENY' })).host).toBe('10.0.0.7');
    // DENY of the control plane's cluster rights takes nothing away from it: allowed.
    expect(validateAcl(raw({ resource_type: 'CLUSTER', resource_name: 'kafka-cluster', pattern_type: 'LITERAL', operation: 'ALTER', permission: 'DENY' })).permission).toBe('DENY');
  });

  it('refuses, naming the field, what the brokers could never match or the control plane keeps', () => {
    expect(refusal({ operation: 'FLY' })).toEqual({ status: 400, pointer: '/operation' });
    expect(refusal({ operation: 'ANY' })).toEqual({ status: 400, pointer: '/operation' });
    expect(refusal({ resource_type: 'ANY' })).toEqual({ status: 400, pointer: '/resource_type' });
    expect(refusal({ resource_type: 'DELEGATION_TOKEN' })).toEqual({ status: 400, pointer: '/resource_type' });
    expect(refusal({ pattern_type: 'MATCH' })).toEqual({ status: 400, pointer: '/pattern_type' });
    expect(refusal({ permission: 'ANY' })).toEqual({ status: 400, pointer: '/permission' });
    expect(refusal({ principal: 'User:ABCDEF1234567890' })).toEqual({ status: 400, pointer: '/principal' });
    expect(refusal({ principal: 'Group:sa-abc' })).toEqual({ status: 400, pointer: '/principal' });
    expect(refusal({ host: 'example.com' })).toEqual({ status: 400, pointer: '/host' });
    expect(refusal({ resource_type: 'GROUP', operation: 'WRITE' })).toEqual({ status: 400, pointer: '/operation' });
    expect(refusal({ operation: 'IDEMPOTENT_WRITE' })).toEqual({ status: 400, pointer: '/operation' });
    expect(refusal({ pattern_type: 'LITERAL', resource_name: 'orders-*' })).toEqual({ status: 400, pointer: '/resource_name' });
    expect(refusal({ resource_name: 'orders-*' })).toEqual({ status: 400, pointer: '/resource_name' });
    expect(refusal({ resource_name: '' })).toEqual({ status: 400, pointer: '/resource_name' });
    expect(refusal({ resource_name: 'has space' })).toEqual({ status: 400, pointer: '/resource_name' });
    expect(refusal({ resource_name: '__consumer' })).toEqual({ status: 400, pointer: '/resource_name' });
    expect(refusal({ resource_name: '_' })).toEqual({ status: 400, pointer: '/resource_name' });
    expect(refusal({ resource_type: 'CLUSTER', resource_name: 'kafka-cluster', pattern_type: 'LITERAL', operation: 'ALTER' })).toEqual({ status: 400, pointer: '/operation' });
    expect(refusal({ resource_type: 'CLUSTER', resource_name: 'kafka-cluster', pattern_type: 'LITERAL', operation: 'ALL' })).toEqual({ status: 400, pointer: '/operation' });
    expect(refusal({ resource_type: 'CLUSTER', resource_name: 'kafka-', pattern_type: 'PREFIXED', operation: 'DESCRIBE' })).toEqual({ status: 400, pointer: '/resource_name' });
  });
});

describe('aclMatches (Kafka filter semantics)', () => {
  const prefixed: AclSpec = validateAcl(raw());
  const literal: AclSpec = validateAcl(raw({ pattern_type: 'LITERAL', resource_name: 'orders-eu', operation: 'READ' }));
  const wildcard: AclSpec = validateAcl(raw({ pattern_type: 'LITERAL', resource_name: '*', operation: 'DESCRIBE' }));

  it('absent fields match anything; given ones exactly', () => {
    for (const a of [prefixed, literal, wildcard]) expect(aclMatches(a, {})).toBe(true);
    expect(aclMatches(prefixed, { operation: 'READ' })).toBe(false);
    expect(aclMatches(literal, { operation: 'READ', principal: 'User:sa-abc123', host: '*', permission: 'ALLOW', resourceType: 'TOPIC' })).toBe(true);
    expect(aclMatches(literal, { resourceType: 'GROUP' })).toBe(false);
  });

  it('LITERAL and PREFIXED select that pattern type; ANY any pattern of that name; MATCH what applies to the name', () => {
    expect(aclMatches(prefixed, { patternType: 'LITERAL' })).toBe(false);
    expect(aclMatches(prefixed, { patternType: 'PREFIXED', resourceName: 'orders-' })).toBe(true);
    expect(aclMatches(prefixed, { patternType: 'ANY', resourceName: 'orders-' })).toBe(true);
    expect(aclMatches(prefixed, { patternType: 'ANY', resourceName: 'orders-eu' })).toBe(false);
    for (const a of [prefixed, literal, wildcard]) expect(aclMatches(a, { patternType: 'MATCH', resourceName: 'orders-eu' }), a.resourceName).toBe(true);
    expect(aclMatches(prefixed, { patternType: 'MATCH', resourceName: 'payments' })).toBe(false);
    expect(aclMatches(literal, { patternType: 'MATCH', resourceName: 'payments' })).toBe(false);
  });
});
