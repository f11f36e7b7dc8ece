import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { joinGroup, produce, type GroupMemberHandle } from '@tributary/kafka-admin';
import { REPO_ROOT, signUpTenant, waitFor, WorkerProcess, type ApiClient, type TestTenant } from '@tributary/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { bootstrapOf, waitForPhase, type ClusterJson } from './cluster-helpers';
import { rdkafkaConsume } from './kafka-v3-helpers';
import { startTestApi } from './start-test-api';

/**
 * Clients generated from Confluent's own kafkarest-v3, cmk-v2, apikeys-v2 and mds-v2-role-bindings documents (Go, by
 * openapi-generator, the generator of Confluent's Go SDK: clients/confluent-go) call every
 * operation Tributary serves of those documents against the real api on a socket and a real
 * Basic cluster with a live consumer group. Every answer must decode: into the generated typed
 * model (an error status into the document's error type), and against the document's schema for
 * that status (types, required fields, enums, nullability). docs/API.md, "Generated clients".
 */

const run = promisify(execFile);
const DOCUMENTS = resolve(REPO_ROOT, '../shared/reference/confluent-openapi');
const GROUP = 'go-client-group';
const GROUP_TOPIC = 'go-client-traffic';
// A KIP-848 group (librdkafka, group.protocol=consumer) that read a part, committed and left.
const KIP848_GROUP = 'go-client-kip848';

interface DriverResult {
  document: string;
  operation: string;
  call: string;
  status: number;
  problems: string[];
  body?: string;
}
interface DriverReport {
  cluster_id?: string;
  results: DriverResult[];
}

let app: NestFastifyApplication;
let api: ApiClient;
let close: () => Promise<void>;
let t: TestTenant;
const worker = new WorkerProcess();
let driver: string;
let baseUrl: string;
let cluster: ClusterJson | undefined;
let clusterKey: { id: string; secret: string };
let member: GroupMemberHandle | undefined;
const results: DriverResult[] = [];

/** Runs one phase of the driver; a non-zero exit with a report is a finding, not a crash. */
async function driverPhase(phase: string, extra: Record<string, unknown> = {}, record = true): Promise<DriverReport> {
  const input = { phase, base_url: baseUrl, documents_dir: DOCUMENTS, cloud_key: t.cloudKey, environment_id: t.defaultEnvironmentId, user_id: t.userId, organization_id: t.organizationId, ...extra };
  let stdout: string;
  try {
    // Through the environment, not argv: the keys' secrets stay out of process listings.
    ({ stdout } = await run(driver, [], { timeout: 120_000, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, CONFLUENT_DRIVER_INPUT: JSON.stringify(input) } }));
  } catch (e) {
    const failed = e as { stdout?: string; stderr?: string; code?: number };
    if (failed.code !== 1 || !failed.stdout) throw new Error(`driver ${phase} failed (${failed.code}): ${failed.stderr ?? ''}`);
    stdout = failed.stdout;
  }
  const report = JSON.parse(stdout) as DriverReport;
  if (record) results.push(...report.results);
  // Every call and its verdict, for a reader of a failure (and for a look at what was sent).
  writeFileSync(resolve(REPO_ROOT, `.data/confluent-go/report-${phase}.json`), JSON.stringify(report, null, 2));
  return report;
}

/** One line per call that did not decode, with the body: what a reader needs to fix it. */
function findings(document: string): string[] {
  return results
    .filter((r) => r.document === document && r.problems.length > 0)
    .map((r) => `${r.operation} (${r.call}) answered ${r.status}:\n    ${r.problems.join('\n    ')}\n    body: ${r.body ?? ''}`);
}

beforeAll(async () => {
  // Generating and compiling the clients takes a minute the first time (cached in .data/confluent-go).
  const built = run('bash', [resolve(REPO_ROOT, 'clients/confluent-go/build.sh')], { timeout: 600_000, maxBuffer: 16 * 1024 * 1024 });
  ({ app, api, close } = await startTestApi());
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  baseUrl = `http://127.0.0.1:${address.port}`;
  t = await signUpTenant(api, 'GeneratedClients');
  worker.start();
  driver = (await built).stdout.trim().split('\n').pop()!;

  const created = await driverPhase('create-cluster');
  const id = created.cluster_id || (await api.get(`/cmk/v2/clusters?environment=${t.defaultEnvironmentId}`, t.asKey)).body.data?.[0]?.id;
  if (!id) throw new Error(`the generated cmk client created no cluster: ${JSON.stringify(created.results)}`);
  cluster = await waitForPhase(api, t.asKey, { id, spec: { environment: { id: t.defaultEnvironmentId } } } as ClusterJson, 'PROVISIONED', worker);

  const key = await api.post('/iam/v2/api-keys', { spec: { display_name: 'kafka', owner: { id: t.userId }, resource: { id: cluster.id } } }, t.asKey);
  expect(key.status, key.text).toBe(202);
  clusterKey = { id: key.body.id, secret: key.body.spec.secret };
  const login = { bootstrap: bootstrapOf(cluster), username: clusterKey.id, password: clusterKey.secret };
  const as = { key: clusterKey };
  const base = `/kafka/v3/clusters/${cluster.id}`;
  expect((await api.post(`${base}/topics`, { topic_name: GROUP_TOPIC, partitions_count: 2 }, as)).status).toBe(201);
  await produce(login.bootstrap, login, GROUP_TOPIC, Array.from({ length: 40 }, (_, i) => ({ key: `k${i}`, value: `v${i}` })));
  // librdkafka runs synchronously: before the live member joins, so its heartbeats never stall.
  // A first join on a loaded machine may see its assignment only after the poll gave up: read again.
  await waitFor(async () => (rdkafkaConsume(login, GROUP_TOPIC, KIP848_GROUP, 10, true, 'consumer').length > 0 ? true : undefined), {
    timeoutMs: 120_000,
    intervalMs: 1_000,
    describe: () => 'the KIP-848 group never read a record',
  });
  member = await joinGroup(login.bootstrap, login, GROUP_TOPIC, GROUP, { clientId: 'go-client-member' });
  // A live member that has committed on both partitions: lag, consumers and assignments to read.
  await waitFor(
    async () => {
      const lags = await api.get(`${base}/consumer-groups/${GROUP}/lags`, as);
      const consumers = await api.get(`${base}/consumer-groups/${GROUP}/consumers`, as);
      return lags.status === 200 && lags.body.data.length === 2 && consumers.body.data?.length === 1 ? true : undefined;
    },
    { timeoutMs: 60_000, intervalMs: 500, describe: () => 'the group never committed on both partitions' },
  );
  await driverPhase('run', { cluster_id: cluster.id, cluster_key: clusterKey, group_id: GROUP, group_topic: GROUP_TOPIC, other_group_ids: [KIP848_GROUP] });
}, 480_000);

afterAll(async () => {
  await member?.close();
  if (cluster && t) {
    await api.delete(`/cmk/v2/clusters/${cluster.id}?environment=${t.defaultEnvironmentId}`, t.asKey);
    await waitFor(async () => ((await api.get(`/cmk/v2/clusters/${cluster!.id}?environment=${t.defaultEnvironmentId}`, t.asKey)).status === 404 ? true : undefined), { timeoutMs: 60_000 });
  }
  await worker.stop();
  await close?.();
}, 120_000);

describe('clients generated from Confluent’s documents decode every answer', () => {
  it('kafkarest-v3: the cluster, topics, partitions, configs, records, cluster settings, consumer groups and lag', () => {
    expect(results.filter((r) => r.document === 'kafkarest-v3').length).toBeGreaterThan(40);
    expect(findings('kafkarest-v3')).toEqual([]);
  });

  it('cmk-v2: create, read, list, update (and delete, below)', () => {
    expect(results.filter((r) => r.document === 'cmk-v2').length).toBeGreaterThan(5);
    expect(findings('cmk-v2')).toEqual([]);
  });

  it('apikeys-v2: a Kafka key and a Cloud key, created, read, listed, updated, deleted', () => {
    expect(results.filter((r) => r.document === 'apikeys-v2').length).toBeGreaterThan(10);
    expect(findings('apikeys-v2')).toEqual([]);
  });

  it('mds-v2-role-bindings: a role binding created, read, listed with filters, deleted', () => {
    expect(results.filter((r) => r.document === 'mds-v2-role-bindings').length).toBeGreaterThan(5);
    expect(findings('mds-v2-role-bindings')).toEqual([]);
  });

  it('every operation Tributary serves of these documents was called', async () => {
    const served = new Set<string>();
    const ours = (await api.get('/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    const shape = (path: string) => path.replace(/\{[^}]+\}/g, '{}');
    const ourOps = new Set(Object.entries(ours.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method} ${shape(path)}`)));
    for (const file of ['kafkarest-v3', 'cmk-v2', 'apikeys-v2', 'mds-v2-role-bindings']) {
      const doc = parse(readFileSync(resolve(DOCUMENTS, `${file}.yaml`), 'utf8')) as { paths: Record<string, Record<string, { operationId?: string }>> };
      for (const [path, item] of Object.entries(doc.paths)) {
        for (const [method, op] of Object.entries(item)) if (op.operationId && ourOps.has(`${method} ${shape(path)}`)) served.add(op.operationId);
      }
    }
    const called = new Set(results.map((r) => r.operation));
    expect(served.size).toBeGreaterThan(35);
    expect([...served].filter((op) => !called.has(op)).sort()).toEqual([]);
  });

  it('the checks bite: answers spoiled one way each, through a proxy, are all reported', async () => {
    const report = await driverPhase('self-check', { cluster_id: cluster!.id, cluster_key: clusterKey, group_id: GROUP, group_topic: GROUP_TOPIC }, false);
    const [control, ...spoiled] = report.results;
    expect(control!.problems).toEqual([]);
    expect(spoiled.map((r) => r.call)).toEqual(['source', 'leader', 'state', 'availability', 'error type', 'owner']);
    // Each spoiled answer is reported, by a problem that names what was spoiled.
    for (const r of spoiled) expect(r.problems.some((p) => p.includes(r.call)), `${r.operation} (${r.call}): ${JSON.stringify(r.problems)}`).toBe(true);
  });

  it('cmk-v2: deleting the cluster decodes too', async () => {
    const report = await driverPhase('delete-cluster', { cluster_id: cluster!.id });
    expect(report.results).toHaveLength(1);
    expect(findings('cmk-v2')).toEqual([]);
  });
});
