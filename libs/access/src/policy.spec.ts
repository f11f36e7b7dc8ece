import { describe, expect, it } from 'vitest';
import { crnOf, parseCrnPattern } from './crn';
import { ACTIONS, POLICY, authorize, bindingsFromRows, canGrant, memberRoleBindings, type Binding } from './policy';
import { MEMBER_ROLES, ROLES, ROLE_NAMES } from './roles';

const ORG = '1111aaaa-11aa-11aa-11aa-111111aaaaaa';
const base = `crn://confluent.cloud/organization=${ORG}`;
const bind = (roleName: Binding['roleName'], s: string): Binding => ({ roleName, crn: parseCrnPattern(`${base}${s}`), source: 'role-binding' });
const org = { organizationId: ORG };
const env = (id = 'env-a') => ({ organizationId: ORG, environmentId: id });
const cluster = (id = 'lkc-1', e = 'env-a') => ({ organizationId: ORG, environmentId: e, clusterId: id });
const topic = (name: string, c = 'lkc-1') => ({ ...cluster(c), resource: { type: 'topic' as const, name } });

describe('the policy table', () => {
  it('names only known roles, and every role appears in it', () => {
    const used = new Set(ACTIONS.flatMap((a) => POLICY[a].roles));
    for (const r of used) expect(ROLES[r]).toBeDefined();
    for (const r of [...ROLE_NAMES, 'Viewer' as const]) expect(used.has(r), r).toBe(true);
  });

  it('an OrganizationAdmin may do everything in the organization, nothing in another', () => {
    const admin = memberRoleBindings('OrganizationAdmin', ORG);
    for (const a of ACTIONS) {
      const on = POLICY[a].on;
      const r = on === 'organization' ? org : on === 'environment' ? env() : on === 'cluster' ? cluster() : { ...cluster(), resource: { type: on, name: 'x' } };
      expect(authorize(admin, a, r).allowed, a).toBe(true);
      expect(authorize(admin, a, { ...r, organizationId: '2222bbbb-22bb-22bb-22bb-222222bbbbbb' }).allowed, a).toBe(false);
    }
  });

  it('a Viewer reads (data too) and writes nothing', () => {
    const viewer = memberRoleBindings('Viewer', ORG);
    expect(authorize(viewer, 'environment.read', org).allowed).toBe(true);
    expect(authorize(viewer, 'kafka.record.consume', topic('t')).allowed).toBe(true);
    for (const a of ['environment.create', 'cluster.create', 'kafka.record.produce', 'kafka.topic.manage', 'api_key.write', 'user.update', 'billing.read'] as const) {
      const d = authorize(viewer, a, POLICY[a].on === 'organization' ? org : POLICY[a].on === 'environment' ? env() : topic('t'));
      expect(d.allowed, a).toBe(false);
      if (!d.allowed) expect(d.reason).toMatch(/Viewer/);
    }
  });

  it('an EnvironmentAdmin runs its environment only; as a member role, every environment', () => {
    const one = [bind('EnvironmentAdmin', '/environment=env-a')];
    expect(authorize(one, 'cluster.create', env('env-a')).allowed).toBe(true);
    expect(authorize(one, 'cluster.create', env('env-b')).allowed).toBe(false);
    expect(authorize(one, 'cluster.delete', cluster('lkc-1', 'env-a')).allowed).toBe(true);
    expect(authorize(one, 'environment.read', org).allowed).toBe(true);
    expect(authorize(one, 'environment.create', org).allowed).toBe(false);
    expect(authorize(one, 'user.manage', org).allowed).toBe(false);
    const all = memberRoleBindings('EnvironmentAdmin', ORG);
    expect(authorize(all, 'cluster.create', env('env-z')).allowed).toBe(true);
    expect(authorize(all, 'billing.read', org).allowed).toBe(false);
  });

  it('a CloudClusterAdmin runs its cluster, cannot delete it, and sees its environment', () => {
    const b = [bind('CloudClusterAdmin', '/environment=env-a/cloud-cluster=lkc-1')];
    expect(authorize(b, 'cluster.update', cluster('lkc-1')).allowed).toBe(true);
    expect(authorize(b, 'kafka.topic.manage', topic('any', 'lkc-1')).allowed).toBe(true);
    expect(authorize(b, 'kafka.acl.write', cluster('lkc-1')).allowed).toBe(true);
    expect(authorize(b, 'cluster.delete', cluster('lkc-1')).allowed).toBe(false);
    expect(authorize(b, 'cluster.update', cluster('lkc-2')).allowed).toBe(false);
    expect(authorize(b, 'environment.read', env('env-a')).allowed).toBe(true);
    expect(authorize(b, 'environment.read', env('env-b')).allowed).toBe(false);
  });

  it('Developer roles act on the topics their pattern names', () => {
    const w = [bind('DeveloperWrite', '/environment=env-a/cloud-cluster=lkc-1/kafka=lkc-1/topic=orders-*')];
    expect(authorize(w, 'kafka.record.produce', topic('orders-eu')).allowed).toBe(true);
    expect(authorize(w, 'kafka.record.produce', topic('payments')).allowed).toBe(false);
    expect(authorize(w, 'kafka.record.consume', topic('orders-eu')).allowed).toBe(false);
    expect(authorize(w, 'kafka.topic.manage', topic('orders-eu')).allowed).toBe(false);
    expect(authorize(w, 'kafka.topic.list', cluster('lkc-1')).allowed).toBe(true);
    expect(authorize(w, 'cluster.read', cluster('lkc-1')).allowed).toBe(true);
    expect(authorize(w, 'cluster.update', cluster('lkc-1')).allowed).toBe(false);
    const r = [bind('DeveloperRead', '/environment=env-a/cloud-cluster=lkc-1/kafka=lkc-1/group=app-*')];
    expect(authorize(r, 'kafka.group.read', { ...cluster(), resource: { type: 'group', name: 'app-1' } }).allowed).toBe(true);
    expect(authorize(r, 'kafka.record.consume', topic('orders-eu')).allowed).toBe(false);
  });

  it('an Operator sees and operates, never deletes, never reads data', () => {
    const op = memberRoleBindings('Operator', ORG);
    expect(authorize(op, 'cluster.update', cluster()).allowed).toBe(true);
    expect(authorize(op, 'cluster.delete', cluster()).allowed).toBe(false);
    expect(authorize(op, 'environment.delete', env()).allowed).toBe(false);
    expect(authorize(op, 'kafka.record.consume', topic('t')).allowed).toBe(false);
    expect(authorize(op, 'kafka.record.produce', topic('t')).allowed).toBe(false);
    expect(authorize(op, 'user.manage', org).allowed).toBe(false);
    expect(authorize(op, 'role_binding.write', org).allowed).toBe(false);
  });

  it('BillingAdmin and MetricsViewer do only their one thing', () => {
    const billing = [bind('BillingAdmin', '')];
    expect(authorize(billing, 'billing.manage', org).allowed).toBe(true);
    expect(authorize(billing, 'cluster.create', env()).allowed).toBe(false);
    const metrics = [bind('MetricsViewer', '/environment=env-a')];
    expect(authorize(metrics, 'metrics.read', org).allowed).toBe(true);
    expect(authorize(metrics, 'billing.read', org).allowed).toBe(false);
    expect(authorize(metrics, 'kafka.record.consume', topic('t')).allowed).toBe(false);
  });

  it('refuses a resource named at the wrong level (a programming error, not a denial)', () => {
    expect(() => authorize([], 'cluster.update', env())).toThrow(/needs a cluster/);
    expect(() => authorize([], 'kafka.group.read', topic('t'))).toThrow(/needs a group/);
  });

  it('nobody holds anything without a binding', () => {
    for (const a of ACTIONS) expect(authorize([], a, POLICY[a].on === 'organization' ? org : POLICY[a].on === 'environment' ? env() : POLICY[a].on === 'cluster' ? cluster() : { ...cluster(), resource: { type: POLICY[a].on as 'topic', name: 'x' } }).allowed).toBe(false);
  });
});

describe('canGrant: nobody grants beyond their own rights', () => {
  const crn = (s: string) => parseCrnPattern(`${base}${s}`);
  it('an OrganizationAdmin grants anything, where the role binds', () => {
    const admin = memberRoleBindings('OrganizationAdmin', ORG);
    expect(canGrant(admin, 'OrganizationAdmin', crn('')).allowed).toBe(true);
    expect(canGrant(admin, 'DeveloperWrite', crn('/environment=env-a/cloud-cluster=lkc-1/kafka=lkc-1/topic=orders-*')).allowed).toBe(true);
    const misplaced = canGrant(admin, 'DeveloperWrite', crn(''));
    expect(misplaced.allowed).toBe(false);
    expect(canGrant(admin, 'CloudClusterAdmin', crn('/environment=env-a')).allowed).toBe(false);
  });

  it('an EnvironmentAdmin or CloudClusterAdmin grants inside its scope, never above it', () => {
    const envAdmin = [bind('EnvironmentAdmin', '/environment=env-a')];
    expect(canGrant(envAdmin, 'CloudClusterAdmin', crn('/environment=env-a/cloud-cluster=lkc-1')).allowed).toBe(true);
    expect(canGrant(envAdmin, 'CloudClusterAdmin', crn('/environment=env-b/cloud-cluster=lkc-2')).allowed).toBe(false);
    expect(canGrant(envAdmin, 'OrganizationAdmin', crn('')).allowed).toBe(false);
    expect(canGrant(envAdmin, 'EnvironmentAdmin', crn('/environment=*')).allowed).toBe(false);
    const clusterAdmin = [bind('CloudClusterAdmin', '/environment=env-a/cloud-cluster=lkc-1')];
    expect(canGrant(clusterAdmin, 'EnvironmentAdmin', crn('/environment=env-a')).allowed).toBe(false);
    expect(canGrant(clusterAdmin, 'DeveloperRead', crn('/environment=env-a/cloud-cluster=lkc-1/kafka=lkc-1/topic=*')).allowed).toBe(true);
  });

  it('a ResourceOwner hands out Developer roles on its own topics only; Operators and Developers grant nothing', () => {
    const owner = [bind('ResourceOwner', '/environment=env-a/cloud-cluster=lkc-1/kafka=lkc-1/topic=orders-*')];
    expect(canGrant(owner, 'DeveloperRead', crn('/environment=env-a/cloud-cluster=lkc-1/kafka=lkc-1/topic=orders-eu')).allowed).toBe(true);
    expect(canGrant(owner, 'DeveloperRead', crn('/environment=env-a/cloud-cluster=lkc-1/kafka=lkc-1/topic=*')).allowed).toBe(false);
    expect(canGrant(owner, 'CloudClusterAdmin', crn('/environment=env-a/cloud-cluster=lkc-1')).allowed).toBe(false);
    for (const role of MEMBER_ROLES.filter((r) => r !== 'OrganizationAdmin' && r !== 'EnvironmentAdmin')) {
      expect(canGrant(memberRoleBindings(role, ORG), 'DeveloperRead', crn('/environment=env-a/cloud-cluster=lkc-1/kafka=lkc-1/topic=x')).allowed, role).toBe(false);
    }
  });
});

describe('bindingsFromRows', () => {
  it('keeps what parses and drops the rest, never widening', () => {
    const rows = [
      { roleName: 'DeveloperRead', crnPattern: `${base}/environment=env-a/cloud-cluster=lkc-1/kafka=lkc-1/topic=x` },
      { roleName: 'Plutonium', crnPattern: base },
      { roleName: 'OrganizationAdmin', crnPattern: 'crn://elsewhere' },
    ];
    expect(bindingsFromRows(rows).map((b) => b.roleName)).toEqual(['DeveloperRead']);
    expect(crnOf(org)).toEqual({ organizationId: ORG });
  });
});
