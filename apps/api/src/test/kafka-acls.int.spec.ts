import { ClusterAdminClient } from '@tributary/clusters';
import { TenantRepositories } from '@tributary/db';
import { consumeAll, KafkaAdminError, produce, type ClientCredentials } from '@tributary/kafka-admin';
import { signUpTenant, waitFor, WorkerProcess, type ApiClient, type Credentials, type TestResponse, type TestTenant } from '@tributary/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapOf, createCluster, waitForPhase, type ClusterJson } from './cluster-helpers';
import { specProblems } from './kafka-v3-helpers';
import { startTestApi } from './start-test-api';

/**
 * kafka/v3 ACLs on one real cluster, proven with a real Kafka client: a service account's keys can
 * do nothing until ACLs name the service account, then exactly what they grant, for every key of it
 * (existing and new), and nothing again once the ACLs go — within seconds, nothing restarted.
 */

let app: NestFastifyApplication;
let api: ApiClient;
let close: () => Promise<void>;
let t: TestTenant;
let other: TestTenant;
const worker = new WorkerProcess();
let cluster: ClusterJson;
let base: string;
let saId: string;
let saKey: ClientCredentials;
let saKeyCreds: Credentials;
let bootstrap: string;

async function clusterKey(owner: string, name: string): Promise<{ id: string; secret: string }> {
  const res = await api.post('/iam/v2/api-keys', { spec: { display_name: name, owner: { id: owner }, resource: { id: cluster.id } } }, t.asKey);
  expect(res.status, res.text).toBe(202);
  return { id: res.body.id, secret: res.body.spec.secret };
}

const login = (k: { id: string; secret: string }): ClientCredentials => ({ username: k.id, password: k.secret });

/** What a produce attempt came to: 'ok', or the broker's refusal (TOPIC_AUTHORIZATION_FAILED…). */
async function tryProduce(key: ClientCredentials, topic: string): Promise<string> {
  try {
    await produce(bootstrap, key, topic, [`m-${Date.now()}`]);
    return 'ok';
  } catch (e) {
    if (e instanceof KafkaAdminError && e.kind === 'AUTH_FAILED') return e.kafkaCode ?? 'AUTH_FAILED';
    throw e;
  }
}

async function tryConsume(key: ClientCredentials, topic: string, group: string): Promise<string> {
  try {
    const got = await consumeAll(bootstrap, key, topic, group, 1, 15_000);
    return got.length > 0 ? 'ok' : 'nothing';
  } catch (e) {
    if (e instanceof KafkaAdminError && e.kind === 'AUTH_FAILED') return e.kafkaCode ?? 'AUTH_FAILED';
    throw e;
  }
}

/** Polls until `attempt` answers `want` (the reconciler applies ACLs within seconds; the machine may be slow). */
async function eventually(attempt: () => Promise<string>, want: string | RegExp, what: string): Promise<void> {
  let last = '';
  await waitFor(
    async () => {
      last = await attempt();
      return (typeof want === 'string' ? last === want : want.test(last)) ? true : undefined;
    },
    { timeoutMs: 90_000, intervalMs: 500, describe: () => `${what}: last answer ${last}\nworker logs:\n${worker.logs().slice(-3000)}` },
  );
}

function acl(over: Record<string, string> = {}) {
  return { resource_type: 'TOPIC', resource_name: 'orders-', pattern_type: 'PREFIXED', principal: `User:${saId}`, host: '*', operation: 'WRITE', permission: 'ALLOW', ...over };
}

function refused(res: TestResponse<{ error_code: number; message: string }>, status: number) {
  expect(res.status, res.text).toBe(status);
  expect(Object.keys(res.body as object).sort()).toEqual(['error_code', 'message']);
  expect(typeof res.body.message).toBe('string');
}

async function aclCount(): Promise<number> {
  const res = await api.get<{ data: unknown[] }>(`${base}/acls`, t.asKey);
  expect(res.status).toBe(200);
  return res.body.data.length;
}

beforeAll(async () => {
  ({ app, api, close } = await startTestApi());
  t = await signUpTenant(api, 'AclsOrg');
  other = await signUpTenant(api, 'OtherOrg');
  worker.start();
  cluster = await createCluster(api, t.asKey, t.defaultEnvironmentId, { kind: 'Basic' }, 'acls');
  cluster = await waitForPhase(api, t.asKey, cluster, 'PROVISIONED', worker);
  bootstrap = bootstrapOf(cluster);
  base = `/kafka/v3/clusters/${cluster.id}`;
  for (const topic of ['orders-eu', 'payments']) expect((await api.post(`${base}/topics`, { topic_name: topic }, t.asKey)).status).toBe(201);
  saId = (await api.post('/iam/v2/service-accounts', { display_name: 'orders-app' }, t.asKey)).body.id;
  const k = await clusterKey(saId, 'orders-app key');
  saKey = login(k);
  saKeyCreds = { key: k };
}, 240_000);

afterAll(async () => {
  if (cluster) {
    await api.delete(`/cmk/v2/clusters/${cluster.id}?environment=${t.defaultEnvironmentId}`, t.asKey);
    await waitFor(async () => ((await api.get(`/cmk/v2/clusters/${cluster.id}?environment=${t.defaultEnvironmentId}`, t.asKey)).status === 404 ? true : undefined), { timeoutMs: 60_000 });
  }
  await worker.stop();
  await close();
}, 120_000);

describe('least privilege for service accounts', () => {
  it("a service account's key can do nothing until something grants it", async () => {
    expect(await tryProduce(saKey, 'orders-eu')).toMatch(/AUTHORIZATION_FAILED/);
  });

  it('a key of an OrganizationAdmin keeps full access (the console flow)', async () => {
    const mine = login(await clusterKey(t.userId, 'admin key'));
    expect(await tryProduce(mine, 'payments')).toBe('ok');
  });
});

describe('kafka/v3 ACLs', () => {
  it('an ACL on orders- (PREFIXED) lets every key of the service account write orders-eu, not payments', async () => {
    const created = await api.post(`${base}/acls`, acl(), t.asKey);
    expect(created.status, created.text).toBe(201);
    await eventually(() => tryProduce(saKey, 'orders-eu'), 'ok', 'the ACL never reached the brokers');
    expect(await tryProduce(saKey, 'payments')).toBe('TOPIC_AUTHORIZATION_FAILED');

    // A second key of the same service account: the same rights at once, no new ACL.
    const before = await aclCount();
    const second = login(await clusterKey(saId, 'orders-app key 2'));
    expect(await tryProduce(second, 'orders-eu')).toBe('ok');
    expect(await tryProduce(second, 'payments')).toBe('TOPIC_AUTHORIZATION_FAILED');
    expect(await aclCount()).toBe(before);
  });

  it('lists in Confluent\'s AclDataList shape, with filters', async () => {
    const all = await api.get(`${base}/acls`, t.asKey);
    expect(all.status).toBe(200);
    expect(specProblems('GET', '/kafka/v3/clusters/{cluster_id}/acls', 200, all.body)).toEqual([]);
    expect(all.body).toMatchObject({ kind: 'KafkaAclList', metadata: { next: null } });
    expect(all.body.data).toContainEqual(expect.objectContaining({ kind: 'KafkaAcl', cluster_id: cluster.id, resource_type: 'TOPIC', resource_name: 'orders-', pattern_type: 'PREFIXED', principal: `User:${saId}`, operation: 'WRITE', permission: 'ALLOW', host: '*' }));
    expect((await api.get(`${base}/acls?operation=READ`, t.asKey)).body.data).toEqual([]);
    // MATCH: every ACL that applies to the topic orders-eu.
    expect((await api.get(`${base}/acls?resource_type=TOPIC&resource_name=orders-eu&pattern_type=MATCH`, t.asKey)).body.data).toHaveLength(1);
    expect((await api.get(`${base}/acls?resource_type=TOPIC&resource_name=payments&pattern_type=MATCH`, t.asKey)).body.data).toHaveLength(0);
    // The cluster's own key lists too (read access).
    expect((await api.get(`${base}/acls?principal=${encodeURIComponent(`User:${saId}`)}`, saKeyCreds)).status).toBe(200);
  });

  it('consumes only with READ on the topic and a group grant', async () => {
    expect((await api.post(`${base}/acls`, acl({ operation: 'READ' }), t.asKey)).status).toBe(201);
    // Topic READ without any group: the group coordinator refuses.
    await eventually(() => tryConsume(saKey, 'orders-eu', 'app-1'), 'GROUP_AUTHORIZATION_FAILED', 'reading without a group grant was not refused by the group');
    expect((await api.post(`${base}/acls`, acl({ resource_type: 'GROUP', resource_name: 'app-', operation: 'READ' }), t.asKey)).status).toBe(201);
    await eventually(() => tryConsume(saKey, 'orders-eu', 'app-1'), 'ok', 'the group grant never let the key consume');
    expect(await tryConsume(saKey, 'payments', 'app-2')).toBe('TOPIC_AUTHORIZATION_FAILED');
  });

  it('repairs drift: bindings removed on the brokers by hand come back on the next pass', async () => {
    const repos = app.get(TenantRepositories);
    const row = await repos.for(t.organizationId).clusters.get(cluster.id);
    // What the controller deleted proves the drift was made; a produce right after could race either
    // the broker applying the deletion or a pass already putting the bindings back (seen in a CI run).
    const deleted = await app.get(ClusterAdminClient).with(row, (admin) => admin.revokeAllAclsOf(saKey.username));
    expect(deleted.length).toBeGreaterThan(0);
    await eventually(
      async () => ((await app.get(ClusterAdminClient).with(row, (admin) => admin.describeAclsOf(saKey.username))).length >= deleted.length ? 'restored' : 'missing'),
      'restored',
      'the resync never restored the bindings on the brokers',
    );
    await eventually(() => tryProduce(saKey, 'orders-eu'), 'ok', 'the restored bindings do not let the key write');
  });

  it('deleting the ACL stops the keys within seconds, and answers what it deleted', async () => {
    const res = await api.delete(`${base}/acls?resource_type=TOPIC&resource_name=orders-&pattern_type=PREFIXED&principal=${encodeURIComponent(`User:${saId}`)}&operation=WRITE&permission=ALLOW`, t.asKey);
    expect(res.status, res.text).toBe(200);
    expect(specProblems('DELETE', '/kafka/v3/clusters/{cluster_id}/acls', 200, res.body)).toEqual([]);
    expect(res.body.data).toEqual([expect.objectContaining({ resource_name: 'orders-', operation: 'WRITE' })]);
    await eventually(() => tryProduce(saKey, 'orders-eu'), /AUTHORIZATION_FAILED/, 'the deleted ACL kept working');
    // Deleting what is not there deletes nothing, and is not an error.
    const again = await api.delete(`${base}/acls?resource_type=TOPIC&pattern_type=LITERAL&operation=WRITE&permission=ALLOW`, t.asKey);
    expect(again.status).toBe(200);
    expect(again.body.data).toEqual([]);
  });
});

describe('Developer role bindings become broker ACLs for every key of the principal', () => {
  let robot: string;
  let key: ClientCredentials;
  const crn = (tail: string) => `crn://confluent.cloud/organization=${t.organizationId}/environment=${t.defaultEnvironmentId}/cloud-cluster=${cluster.id}/kafka=${cluster.id}/${tail}`;
  async function bind(role: string, tail: string): Promise<string> {
    const res = await api.post('/iam/v2/role-bindings', { principal: `User:${robot}`, role_name: role, crn_pattern: crn(tail) }, t.asKey);
    expect(res.status, res.text).toBe(201);
    return res.body.id as string;
  }

  beforeAll(async () => {
    robot = (await api.post('/iam/v2/service-accounts', { display_name: 'reporting' }, t.asKey)).body.id;
    key = login(await clusterKey(robot, 'reporting key'));
  });

  it('DeveloperWrite on orders-* produces to orders-eu, is refused on payments; a second key has the same rights', async () => {
    expect(await tryProduce(key, 'orders-eu')).toMatch(/AUTHORIZATION_FAILED/);
    const write = await bind('DeveloperWrite', 'topic=orders-*');
    await eventually(() => tryProduce(key, 'orders-eu'), 'ok', 'the DeveloperWrite binding never reached the brokers');
    expect(await tryProduce(key, 'payments')).toBe('TOPIC_AUTHORIZATION_FAILED');
    const second = login(await clusterKey(robot, 'reporting key 2'));
    expect(await tryProduce(second, 'orders-eu')).toBe('ok');

    // DeveloperRead on the topics reads only with a group granted too.
    await bind('DeveloperRead', 'topic=orders-*');
    await eventually(() => tryConsume(key, 'orders-eu', 'reports-1'), 'GROUP_AUTHORIZATION_FAILED', 'reading without a group binding was not refused by the group');
    await bind('DeveloperRead', 'group=reports-*');
    await eventually(() => tryConsume(key, 'orders-eu', 'reports-1'), 'ok', 'the group binding never let the key consume');

    // Revoking the binding stops both keys within seconds, nothing restarted.
    expect((await api.delete(`/iam/v2/role-bindings/${write}`, t.asKey)).status).toBe(200);
    await eventually(() => tryProduce(key, 'orders-eu'), /AUTHORIZATION_FAILED/, 'the revoked binding kept working');
    await eventually(() => tryProduce(second, 'orders-eu'), /AUTHORIZATION_FAILED/, "the revoked binding kept working for the second key");
  });
});

describe('bad input: 4xx with the error envelope, nothing written', () => {
  it('refuses what is not an ACL the brokers could hold', async () => {
    const before = await aclCount();
    const otherSa = (await api.post('/iam/v2/service-accounts', { display_name: 'theirs' }, other.asKey)).body.id;
    const bad: Array<[Record<string, string>, number]> = [
      [{ operation: 'FLY' }, 422],
      [{ resource_type: 'SCHEMA' }, 422],
      [{ permission: 'MAYBE' }, 422],
      [{ pattern_type: 'REGEX' }, 422],
      [{ operation: 'IDEMPOTENT_WRITE' }, 400], // not a topic operation
      [{ pattern_type: 'LITERAL', resource_name: 'orders-*' }, 400], // a pattern that is not a pattern
      [{ resource_name: 'orders-*' }, 400], // PREFIXED takes the prefix, not a glob
      [{ resource_name: '__consumer' }, 400],
      [{ pattern_type: 'LITERAL', resource_name: '__consumer_offsets' }, 400],
      [{ resource_name: '_' }, 400], // a prefix covering the internal topics
      [{ principal: 'User:alice' }, 400],
      [{ principal: `User:${otherSa}` }, 400], // another organization's service account
      [{ principal: 'User:sa-doesnotexist' }, 400],
      [{ principal: `User:${other.userId}` }, 400], // another organization's user
      [{ resource_type: 'CLUSTER', resource_name: 'kafka-cluster', pattern_type: 'LITERAL', operation: 'ALTER' }, 400], // the control plane's right
      [{ resource_type: 'CLUSTER', resource_name: 'other', pattern_type: 'LITERAL', operation: 'DESCRIBE' }, 400],
      [{ host: 'not a host' }, 400],
    ];
    for (const [over, status] of bad) refused(await api.post(`${base}/acls`, acl(over), t.asKey), status);
    refused(await api.post(`${base}/acls`, { ...acl(), extra: 1 }, t.asKey), 400);
    refused(await api.delete(`${base}/acls?resource_type=TOPIC`, t.asKey), 422); // the delete selectors are required
    expect(await aclCount()).toBe(before);
  });

  it("refuses a service account's own key (Operator) granting itself rights, and other organizations", async () => {
    const before = await aclCount();
    refused(await api.post(`${base}/acls`, acl({ resource_name: 'payments', pattern_type: 'LITERAL' }), saKeyCreds), 403);
    refused(await api.delete(`${base}/acls?resource_type=ANY&pattern_type=ANY&operation=ANY&permission=ANY`, saKeyCreds), 403);
    refused(await api.post(`${base}/acls`, acl(), other.asKey), 404);
    refused(await api.get(`${base}/acls`, other.asKey), 404);
    expect(await aclCount()).toBe(before);
  });
});

describe('a principal that goes takes its ACLs with it', () => {
  it('deleting a service account deletes the ACLs that name it', async () => {
    const temp = (await api.post('/iam/v2/service-accounts', { display_name: 'short-lived' }, t.asKey)).body.id;
    expect((await api.post(`${base}/acls`, acl({ principal: `User:${temp}` }), t.asKey)).status).toBe(201);
    const named = () => api.get<{ data: unknown[] }>(`${base}/acls?principal=${encodeURIComponent(`User:${temp}`)}`, t.asKey);
    expect((await named()).body.data).toHaveLength(1);
    expect((await api.delete(`/iam/v2/service-accounts/${temp}`, t.asKey)).status).toBe(204);
    await waitFor(async () => ((await named()).body.data.length === 0 ? true : undefined), { timeoutMs: 30_000, describe: () => 'the ACL outlived its service account' });
  });
});
