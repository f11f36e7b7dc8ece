import { ACTIONS, authorize, isAction, POLICY, type Action, type ConfluentRoleName, type MemberRole, type ResourceRef } from '@tributary/access';
import { signUpTenant, withTestDb, type ApiClient, type TestTenant } from '@tributary/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appRoutes,
  bindingsOfPrincipal,
  fakeCluster,
  fillPath,
  newMember,
  newServiceAccount,
  paramNames,
  registryOf,
  type AppRoute,
  type MatrixPrincipal,
} from './permission-matrix-fixtures';
import { startTestApi } from './start-test-api';

/**
 * The permission matrix, generated from the one policy table (@tributary/access POLICY) and the
 * app's real routes (Nest's metadata): every route × every role (a user's key and a service
 * account's key for each, two console sessions) × own organization / another organization. What
 * each call must answer is computed with `authorize` from the caller's bindings: refused → 403;
 * allowed → whatever the route answers past the guard (here mostly a 4xx from validation, since
 * the bodies are deliberately invalid, or 409 from a cluster that has no brokers), never 401/403.
 * A route with no policy action fails the first test.
 */
let app: NestFastifyApplication;
let api: ApiClient;
let close: () => Promise<void>;
let a: TestTenant;
let b: TestTenant;
let envA: string;
let lkc: string;
let registry: string;
let routes: AppRoute[];
const principals: MatrixPrincipal[] = [];
const others: MatrixPrincipal[] = [];
const fixed: Record<string, string> = {};

const TOPIC = 'orders-eu';
const GROUP = 'app-1';
const orgCrn = () => `crn://confluent.cloud/organization=${a.organizationId}`;
const envCrn = () => `${orgCrn()}/environment=${envA}`;
const clusterCrn = () => `${envCrn()}/cloud-cluster=${lkc}`;
const topicsCrn = () => `${clusterCrn()}/kafka=${lkc}/topic=orders-*`;

/** Roles granted by a binding on top of a Viewer member role, each where Confluent binds it. */
const GRANTED: [ConfluentRoleName, () => string][] = [
  ['EnvironmentAdmin', envCrn],
  ['CloudClusterAdmin', clusterCrn],
  ['Operator', envCrn],
  ['MetricsViewer', orgCrn],
  ['BillingAdmin', orgCrn],
  ['DeveloperRead', topicsCrn],
  ['DeveloperWrite', topicsCrn],
  ['DeveloperManage', topicsCrn],
  ['ResourceOwner', topicsCrn],
];
const MEMBER_ROLES: MemberRole[] = ['OrganizationAdmin', 'EnvironmentAdmin', 'Operator', 'Viewer'];

async function grant(principalId: string, roleName: ConfluentRoleName, crn: string): Promise<string> {
  const res = await api.post('/iam/v2/role-bindings', { principal: `User:${principalId}`, role_name: roleName, crn_pattern: crn }, a.asKey);
  if (res.status !== 201) throw new Error(`binding ${roleName}: ${res.status} ${res.text}`);
  return res.body.id as string;
}

beforeAll(async () => {
  ({ app, api, close } = await startTestApi());
  a = await signUpTenant(api, 'MatrixA');
  b = await signUpTenant(api, 'MatrixB');
  envA = a.defaultEnvironmentId;
  lkc = await fakeCluster(a.organizationId, envA);
  registry = await registryOf(envA);
  routes = appRoutes(app);

  const base = { organizationId: a.organizationId, granted: [] as MatrixPrincipal['granted'] };
  principals.push({ ...base, name: 'OrganizationAdmin user (key)', kind: 'User', id: a.userId, memberRole: 'OrganizationAdmin', as: a.asKey, via: 'api_key', keyId: a.cloudKey.id });
  principals.push({ ...base, name: 'OrganizationAdmin user (session)', kind: 'User', id: a.userId, memberRole: 'OrganizationAdmin', as: a.asSession, via: 'session', keyId: a.cloudKey.id });
  for (const role of MEMBER_ROLES) {
    if (role !== 'OrganizationAdmin') {
      const m = await newMember(api, a, role);
      principals.push({ ...base, name: `${role} user (key)`, kind: 'User', id: m.id, memberRole: role, as: m.as, via: 'api_key', keyId: m.keyId });
      if (role === 'Viewer') principals.push({ ...base, name: 'Viewer user (session)', kind: 'User', id: m.id, memberRole: role, as: m.session, via: 'session', keyId: m.keyId });
    }
    const sa = await newServiceAccount(api, a, role);
    principals.push({ ...base, name: `${role} service account (key)`, kind: 'ServiceAccount', id: sa.id, memberRole: role, as: sa.as, via: 'api_key', keyId: sa.keyId });
  }
  for (const [role, crn] of GRANTED) {
    const m = await newMember(api, a, 'Viewer');
    await grant(m.id, role, crn());
    principals.push({ ...base, name: `Viewer + ${role} user (key)`, kind: 'User', id: m.id, memberRole: 'Viewer', granted: [{ roleName: role, crn: crn() }], as: m.as, via: 'api_key', keyId: m.keyId });
    const sa = await newServiceAccount(api, a, 'Viewer');
    await grant(sa.id, role, crn());
    principals.push({ ...base, name: `Viewer + ${role} service account (key)`, kind: 'ServiceAccount', id: sa.id, memberRole: 'Viewer', granted: [{ roleName: role, crn: crn() }], as: sa.as, via: 'api_key', keyId: sa.keyId });
  }
  const bViewer = await newMember(api, b, 'Viewer');
  const bBase = { organizationId: b.organizationId, granted: [] as MatrixPrincipal['granted'] };
  others.push({ ...bBase, name: 'other organization: OrganizationAdmin (key)', kind: 'User', id: b.userId, memberRole: 'OrganizationAdmin', as: b.asKey, via: 'api_key', keyId: b.cloudKey.id });
  others.push({ ...bBase, name: 'other organization: Viewer (key)', kind: 'User', id: bViewer.id, memberRole: 'Viewer', as: bViewer.as, via: 'api_key', keyId: bViewer.keyId });

  const sa = await api.post('/iam/v2/service-accounts', { display_name: 'matrix fixed' }, a.asKey);
  fixed.serviceAccount = sa.body.id;
  fixed.binding = await grant(sa.body.id, 'DeveloperRead', `${clusterCrn()}/kafka=${lkc}/topic=fixed`);
  fixed.invitation = (await api.post('/api/invitations', { email: `fixed-${Date.now()}@example.test`, role: 'Viewer' }, a.asSession)).body.id;
}, 300_000);
afterAll(() => close());

/** Fresh resources for the destructive routes (one per allowed call), so a DELETE never removes what the matrix needs. */
async function freshFor(route: AppRoute, p: MatrixPrincipal): Promise<string> {
  const n = `${Date.now()}${Math.floor(Math.random() * 1e6)}`;
  if (route.path.startsWith('/org/v2/environments')) return (await api.post('/org/v2/environments', { display_name: `doomed-${n}` }, a.asKey)).body.id;
  if (route.path.startsWith('/iam/v2/service-accounts')) return (await api.post('/iam/v2/service-accounts', { display_name: `doomed-${n}` }, a.asKey)).body.id;
  if (route.path.startsWith('/iam/v2/api-keys')) return (await api.post('/iam/v2/api-keys', { spec: { display_name: 'doomed', owner: { id: p.id } } }, a.asKey)).body.id;
  // Inside every binder's scope (topic=orders-*), so any role that may revoke bindings may revoke this one.
  if (route.path.startsWith('/iam/v2/role-bindings')) return grant(fixed.serviceAccount!, 'DeveloperRead', `${clusterCrn()}/kafka=${lkc}/topic=orders-doomed-${n}`);
  if (route.path.startsWith('/iam/v2/users')) return (await newMember(api, a, 'Viewer')).id;
  if (route.path.startsWith('/api/invitations')) return (await api.post('/api/invitations', { email: `doomed-${n}@example.test`, role: 'Viewer' }, a.asSession)).body.id;
  if (route.path.startsWith('/cmk/v2/clusters')) return fakeCluster(a.organizationId, envA);
  return 'none';
}

/** What `:id` stands for on a route (not destructive), and the other parameters. */
function paramValues(route: AppRoute, p: MatrixPrincipal): Record<string, string> {
  const id = route.path.startsWith('/org/v2/environments')
    ? envA
    : route.path.startsWith('/iam/v2/service-accounts')
      ? fixed.serviceAccount!
      : route.path.startsWith('/iam/v2/api-keys')
        ? p.keyId
        : route.path.startsWith('/iam/v2/users')
          ? p.kind === 'User' ? p.id : a.userId
          : route.path.startsWith('/iam/v2/role-bindings')
            ? fixed.binding!
            : route.path.startsWith('/api/invitations')
              ? fixed.invitation!
              : route.path.startsWith('/cmk/v2/clusters')
                ? lkc
                : route.path.startsWith('/srcm/')
                  ? registry
                  : route.path.includes('schemas/ids') ? '1' : 'b-none';
  return { id, cluster_id: lkc, topic_name: TOPIC, consumer_group_id: GROUP, consumer_id: 'c-1', partition_id: '0', name: 'cleanup.policy', registryId: registry, subject: 'orders-value', version: '1', token: 'x'.repeat(43) };
}

/** The resource the request names, at the route's policy level, as the test arranged it. */
function resourceOf(action: Action, route: AppRoute, values: Record<string, string>): ResourceRef {
  const rule = POLICY[action];
  const org = { organizationId: a.organizationId };
  if (rule.on === 'organization') return org;
  const params = paramNames(route.path);
  const environmentId = route.path.startsWith('/org/v2/environments/') ? values.id! : envA;
  if (rule.on === 'environment') return { ...org, environmentId };
  const clusterId = params.includes('cluster_id') ? values.cluster_id : route.path.startsWith('/cmk/v2/clusters/') ? values.id : undefined;
  if (!clusterId) return { ...org, environmentId };
  const cluster = { ...org, environmentId: envA, clusterId };
  if (rule.on === 'cluster') return cluster;
  if (rule.on === 'topic') return { ...cluster, resource: { type: 'topic', name: TOPIC } };
  return { ...cluster, resource: { type: rule.on, name: GROUP } };
}

const DESTRUCTIVE = (r: AppRoute) => r.method === 'DELETE' && paramNames(r.path).includes('id') && !r.path.includes('budgets');
/** Session routes a key cannot use; `logout` would end the matrix's sessions, so it is asserted for keys only. */
const skipFor = (r: AppRoute, p: MatrixPrincipal) => p.via === 'session' && r.path === '/api/auth/logout';
/** Bodies that name the resource (for the guard) and are otherwise invalid (for the route): nothing is written. */
const PROBE_BODY = { spec: { environment: { id: '' } }, topic_name: TOPIC, matrix_probe: true };

async function call(route: AppRoute, p: MatrixPrincipal, values: Record<string, string>) {
  // cmk/v2 names the environment in the query; elsewhere an unknown query parameter is a 400 past the guard.
  const url = `${fillPath(route.path, values)}${route.path.startsWith('/cmk/') || route.path.startsWith('/srcm/') || route.method !== 'GET' ? `?environment=${envA}` : ''}`;
  const body = ['POST', 'PUT', 'PATCH'].includes(route.method) ? { ...PROBE_BODY, spec: { environment: { id: envA } } } : undefined;
  return api.request(route.method, url, { as: p.as, ...(body ? { body } : {}) });
}

describe('the permission matrix', () => {
  it('every route of the app names a policy action from the table (or is public)', () => {
    expect(routes.length).toBeGreaterThan(50);
    const missing = routes.filter((r) => r.mode !== 'public' && !r.action).map((r) => `${r.method} ${r.path} (${r.controller})`);
    expect(missing, 'routes without @Policy(...)').toEqual([]);
    for (const r of routes) if (r.action) expect(isAction(r.action), r.action).toBe(true);
    const used = new Set(routes.map((r) => r.action));
    // Checked inside a use case rather than on a route (keys of someone else), never silently dropped.
    expect(ACTIONS.filter((x) => !used.has(x))).toEqual(['api_key.manage_others']);
  });

  it('every route × every role (user key, service-account key, sessions) in its own organization answers as the table says', async () => {
    const failures: string[] = [];
    const counts = { allowed: 0, refused: 0 };
    const started = Date.now();
    const byPrincipal = async (p: MatrixPrincipal) => {
      for (const route of routes) {
        if (route.mode === 'public' || !route.action || skipFor(route, p)) continue;
        const values = paramValues(route, p);
        if (route.mode === 'session' && p.via === 'api_key') {
          const res = await call(route, p, values);
          if (res.status !== 401) failures.push(`${p.name} ${route.method} ${route.path}: ${res.status}, expected 401 (console only)`);
          continue;
        }
        const first = authorize(bindingsOfPrincipal(p), route.action, resourceOf(route.action, route, values)).allowed;
        if (first && DESTRUCTIVE(route)) values.id = await freshFor(route, p);
        const allowed = authorize(bindingsOfPrincipal(p), route.action, resourceOf(route.action, route, values)).allowed;
        const res = await call(route, p, values);
        const registryRoute = route.path.startsWith('/schema-registry/');
        const ok = allowed ? res.status !== 403 && (res.status !== 401 || (registryRoute && p.via === 'api_key')) : res.status === 403;
        if (!ok || (res.status >= 500 && res.status !== 503)) failures.push(`${p.name} ${route.method} ${route.path} (${route.action}): ${res.status}, expected ${allowed ? 'past the guard' : '403'} — ${res.text.slice(0, 160)}`);
        counts[allowed ? 'allowed' : 'refused']++;
      }
    };
    // A few principals at a time: one api instance, a loaded machine.
    for (let i = 0; i < principals.length; i += 4) await Promise.all(principals.slice(i, i + 4).map(byPrincipal));
    console.log(`permission matrix: ${principals.length} principals × ${routes.length} routes: ${counts.allowed} allowed, ${counts.refused} refused, in ${Date.now() - started} ms`);
    expect(failures).toEqual([]);
    expect(counts.refused).toBeGreaterThan(100);
    expect(counts.allowed).toBeGreaterThan(100);
  }, 600_000);

  it("another organization's principals get 404 for this organization's resources (403 only where their own role refuses the action anywhere)", async () => {
    const failures: string[] = [];
    for (const p of others) {
      for (const route of routes) {
        if (route.mode !== 'cloud' && route.mode !== 'kafka') continue;
        if (!route.action || paramNames(route.path).length === 0 || !['GET', 'DELETE'].includes(route.method)) continue;
        const values = paramValues(route, principals[0]!);
        const res = await call(route, p, values);
        const orgLevel = POLICY[route.action].on === 'organization';
        const refusedAnywhere = orgLevel && !authorize(bindingsOfPrincipal(p), route.action, { organizationId: p.organizationId }).allowed;
        const registryRoute = route.path.startsWith('/schema-registry/');
        // 400: the route refused the request's shape before looking anything up, which says nothing either.
        const ok = refusedAnywhere ? res.status === 403 : res.status === 404 || res.status === 400 || (registryRoute && res.status === 401);
        if (!ok) failures.push(`${p.name} ${route.method} ${route.path}: ${res.status} — ${res.text.slice(0, 160)}`);
        for (const secret of [a.email, envA === values.id ? 'never' : 'matrix fixed']) expect(res.text).not.toContain(secret);
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);
});

describe('no escalation through role bindings', () => {
  const counted = () => withTestDb(async (pg) => Number((await pg.query<{ n: string }>('select count(*) as n from role_bindings where organization_id = $1', [a.organizationId])).rows[0]!.n));

  it('an Operator and a service account key cannot grant themselves (or anyone) more: 403, nothing written', async () => {
    const actors = principals.filter((p) => p.via === 'api_key' && (p.name === 'Operator user (key)' || p.name === 'Operator service account (key)' || p.name.startsWith('Viewer + Developer') || p.name === 'Viewer + Operator user (key)'));
    expect(actors.length).toBeGreaterThanOrEqual(4);
    const before = await counted();
    for (const actor of actors) {
      for (const [role, crn] of [
        ['OrganizationAdmin', orgCrn()],
        ['BillingAdmin', orgCrn()],
        ['EnvironmentAdmin', envCrn()],
        ['CloudClusterAdmin', clusterCrn()],
        ['ResourceOwner', topicsCrn()],
      ] as const) {
        const res = await api.post('/iam/v2/role-bindings', { principal: `User:${actor.id}`, role_name: role, crn_pattern: crn }, actor.as);
        expect(res.status, `${actor.name} → ${role}`).toBe(403);
        expect(res.body.errors[0].detail).toBeTruthy();
      }
    }
    expect(await counted()).toBe(before);
  });

  it('an EnvironmentAdmin or CloudClusterAdmin grants inside its scope only; a ResourceOwner only Developer roles on its own topics', async () => {
    const envAdmin = principals.find((p) => p.name === 'Viewer + EnvironmentAdmin user (key)')!;
    const clusterAdmin = principals.find((p) => p.name === 'Viewer + CloudClusterAdmin user (key)')!;
    const owner = principals.find((p) => p.name === 'Viewer + ResourceOwner service account (key)')!;
    const target = `User:${fixed.serviceAccount}`;
    const before = await counted();
    const refused = [
      [envAdmin, 'OrganizationAdmin', orgCrn()],
      [envAdmin, 'EnvironmentAdmin', `${orgCrn()}/environment=*`],
      [envAdmin, 'EnvironmentAdmin', `${orgCrn()}/environment=${b.defaultEnvironmentId}`],
      [clusterAdmin, 'EnvironmentAdmin', envCrn()],
      [owner, 'CloudClusterAdmin', clusterCrn()],
      [owner, 'DeveloperWrite', `${clusterCrn()}/kafka=${lkc}/topic=*`],
    ] as const;
    for (const [actor, role, crn] of refused) {
      const res = await api.post('/iam/v2/role-bindings', { principal: target, role_name: role, crn_pattern: crn }, actor.as);
      expect([403, 404, 422], `${actor.name} → ${role} on ${crn}`).toContain(res.status);
    }
    expect(await counted()).toBe(before);
    for (const [actor, role, crn] of [
      [envAdmin, 'CloudClusterAdmin', clusterCrn()],
      [clusterAdmin, 'DeveloperRead', `${clusterCrn()}/kafka=${lkc}/topic=granted-by-cluster-admin`],
      [owner, 'DeveloperRead', `${clusterCrn()}/kafka=${lkc}/topic=orders-granted`],
    ] as const) {
      const res = await api.post('/iam/v2/role-bindings', { principal: target, role_name: role, crn_pattern: crn }, actor.as);
      expect(res.status, `${actor.name} → ${role}`).toBe(201);
      // And revokes what it could grant.
      expect((await api.delete(`/iam/v2/role-bindings/${res.body.id}`, actor.as)).status).toBe(200);
    }
    expect(await counted()).toBe(before);
  });
});
