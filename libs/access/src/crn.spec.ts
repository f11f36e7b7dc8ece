import { describe, expect, it } from 'vitest';
import { crnCovers, crnLevel, crnOf, formatCrnPattern, InvalidCrnError, parseCrnPattern, parsePrincipal } from './crn';

const ORG = '1111aaaa-11aa-11aa-11aa-111111aaaaaa';
const base = `crn://confluent.cloud/organization=${ORG}`;

describe('parseCrnPattern', () => {
  it('reads every level and formats it back unchanged', () => {
    for (const s of [
      base,
      `${base}/environment=env-aaa1111`,
      `${base}/environment=*`,
      `${base}/environment=env-a/cloud-cluster=lkc-1111aaa`,
      `${base}/environment=env-a/cloud-cluster=lkc-1/kafka=lkc-1/topic=orders-*`,
      `${base}/environment=env-a/cloud-cluster=lkc-1/kafka=lkc-1/topic=payments`,
      `${base}/environment=env-a/cloud-cluster=lkc-1/kafka=lkc-1/topic=*`,
      `${base}/environment=env-a/cloud-cluster=lkc-1/kafka=lkc-1/group=billing-*`,
      `${base}/environment=env-a/cloud-cluster=lkc-1/kafka=lkc-1/transactional-id=tx.1`,
    ]) {
      expect(formatCrnPattern(parseCrnPattern(s))).toBe(s);
    }
    expect(parseCrnPattern(`${base}/environment=env-a/cloud-cluster=lkc-1/kafka=lkc-1/topic=orders-*`)).toEqual({
      organizationId: ORG,
      environment: { value: 'env-a', prefix: false },
      cluster: { value: 'lkc-1', prefix: false },
      resource: { type: 'topic', value: 'orders-', prefix: true },
    });
  });

  it('says the cluster-level form with kafka=… is the same cluster level', () => {
    const p = parseCrnPattern(`${base}/environment=env-a/cloud-cluster=lkc-1/kafka=lkc-1`);
    expect(crnLevel(p)).toBe('cluster');
    expect(formatCrnPattern(p)).toBe(`${base}/environment=env-a/cloud-cluster=lkc-1`);
  });

  it.each([
    ['', /must start with/],
    ['crn://tributary/organization=' + ORG, /must start with/],
    [`crn://confluent.cloud/environment=env-a`, /expected organization/],
    [`crn://confluent.cloud/organization=acme`, /not an organization id/],
    [`${base}/cloud-cluster=lkc-1`, /expected environment/],
    [`${base}/environment=prod`, /not a valid environment/],
    [`${base}/environment=env-*`, /one id or \*/],
    [`${base}/environment=*/cloud-cluster=lkc-1`, /inside one environment/],
    [`${base}/environment=env-a/cloud-cluster=lkc-*`, /exact id/],
    [`${base}/environment=env-a/cloud-cluster=lkc-1/kafka=lkc-2/topic=x`, /same cluster/],
    [`${base}/environment=env-a/cloud-cluster=lkc-1/topic=x`, /expected kafka/],
    [`${base}/environment=env-a/cloud-cluster=lkc-1/kafka=lkc-1/table=x`, /not topic, group/],
    [`${base}/environment=env-a/cloud-cluster=lkc-1/kafka=lkc-1/topic=`, /no value/],
    [`${base}/environment=env-a/cloud-cluster=lkc-1/kafka=lkc-1/topic=or*ders`, /not a valid topic/],
    [`${base}/environment=env-a/cloud-cluster=lkc-1/kafka=lkc-1/topic=a b`, /not a valid topic/],
    [`${base}/environment=env-a/cloud-cluster=lkc-1/kafka=lkc-1/topic=x/partition=1`, /nothing may follow/],
    [`${base}/environment`, /not key=value/],
    [`${base}/`, /not key=value/],
  ])('refuses %s with a reason', (s, reason) => {
    expect(() => parseCrnPattern(s)).toThrow(InvalidCrnError);
    expect(() => parseCrnPattern(s)).toThrow(reason);
  });
});

describe('crnCovers', () => {
  const p = (s: string) => parseCrnPattern(`${base}${s}`);
  const topic = (env: string, cluster: string, name: string) => crnOf({ organizationId: ORG, environmentId: env, clusterId: cluster, resource: { type: 'topic', name } });

  it('a pattern covers what is below it, and a prefix what starts with it', () => {
    expect(crnCovers(p(''), topic('env-a', 'lkc-1', 'x'))).toBe(true);
    expect(crnCovers(p('/environment=*'), topic('env-b', 'lkc-1', 'x'))).toBe(true);
    expect(crnCovers(p('/environment=env-a'), topic('env-b', 'lkc-1', 'x'))).toBe(false);
    expect(crnCovers(p('/environment=env-a/cloud-cluster=lkc-1'), topic('env-a', 'lkc-1', 'x'))).toBe(true);
    expect(crnCovers(p('/environment=env-a/cloud-cluster=lkc-1'), topic('env-a', 'lkc-2', 'x'))).toBe(false);
    const orders = p('/environment=env-a/cloud-cluster=lkc-1/kafka=lkc-1/topic=orders-*');
    expect(crnCovers(orders, topic('env-a', 'lkc-1', 'orders-eu'))).toBe(true);
    expect(crnCovers(orders, topic('env-a', 'lkc-1', 'orders-'))).toBe(true);
    expect(crnCovers(orders, topic('env-a', 'lkc-1', 'payments'))).toBe(false);
    expect(crnCovers(orders, topic('env-a', 'lkc-1', 'orders'))).toBe(false);
    expect(crnCovers(orders, p('/environment=env-a/cloud-cluster=lkc-1/kafka=lkc-1/topic=orders-eu-*'))).toBe(true);
    expect(crnCovers(orders, p('/environment=env-a/cloud-cluster=lkc-1/kafka=lkc-1/topic=orders*'))).toBe(false);
    expect(crnCovers(orders, p('/environment=env-a/cloud-cluster=lkc-1/kafka=lkc-1/group=orders-x'))).toBe(false);
    expect(crnCovers(p('/environment=env-a/cloud-cluster=lkc-1/kafka=lkc-1/topic=orders'), topic('env-a', 'lkc-1', 'orders'))).toBe(true);
    expect(crnCovers(orders, p('/environment=env-a/cloud-cluster=lkc-1'))).toBe(false);
  });

  it('never across organizations', () => {
    const other = crnOf({ organizationId: '2222bbbb-22bb-22bb-22bb-222222bbbbbb' });
    expect(crnCovers(p(''), other)).toBe(false);
  });
});

describe('parsePrincipal', () => {
  it('takes users and service accounts, nothing else', () => {
    expect(parsePrincipal('User:u-abc123')).toEqual({ kind: 'User', id: 'u-abc123' });
    expect(parsePrincipal('User:sa-abc123')).toEqual({ kind: 'ServiceAccount', id: 'sa-abc123' });
    for (const bad of ['u-abc', 'User:', 'User:x-1', 'Group:g-1', 'User:u-ABC', 'User:u-1/2']) expect(parsePrincipal(bad)).toBeNull();
  });
});
