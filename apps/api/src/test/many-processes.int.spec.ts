import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { REPO_ROOT, signUpTenant, TEST_ENV, waitFor, WorkerProcess, type ApiClient, type TestTenant } from '@tributary/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokerPids, createCluster, waitForGone, waitForPhase, type ClusterJson } from './cluster-helpers';
import { startTestApi } from './start-test-api';

/**
 * One Postgres, one Redis, two api and two worker processes: a cluster is provisioned once, never
 * twice, whichever api took the request and whichever worker runs its passes; killing any one of
 * them mid-provisioning leaves nothing stuck.
 */
let api: ApiClient;
let close: () => Promise<void>;
let t: TestTenant;
let secondApi: ChildProcess | undefined;
let secondApiUrl: string;
const workers = [new WorkerProcess(), new WorkerProcess()];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

async function startSecondApi(): Promise<void> {
  const port = await freePort();
  secondApiUrl = `http://127.0.0.1:${port}`;
  secondApi = spawn(join(REPO_ROOT, 'node_modules/.bin/node'), [join(REPO_ROOT, 'dist/apps/api/src/main.js')], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...TEST_ENV, TRIBUTARY_API_PORT: String(port) },
    stdio: 'ignore',
  });
  await waitFor(async () => ((await fetch(`${secondApiUrl}/readyz`).then((r) => r.ok, () => false)) ? true : undefined), { timeoutMs: 60_000, intervalMs: 200 });
}

beforeAll(async () => {
  ({ api, close } = await startTestApi());
  t = await signUpTenant(api, 'Fleet');
  await startSecondApi();
  for (const w of workers) w.start();
});
afterAll(async () => {
  secondApi?.kill('SIGKILL');
  await Promise.all(workers.map((w) => w.stop()));
  await close();
});

const logs = () => workers.map((w) => w.logs().slice(-2000)).join('\n---\n');

describe('two api and two worker processes on one Postgres and one Redis', () => {
  const clusters: ClusterJson[] = [];

  it('provisions each cluster exactly once, whichever api took it, with a worker killed mid-provisioning', async () => {
    // One through each api: the in-process one, and the second process over HTTP.
    clusters.push(await createCluster(api, t.asKey, t.defaultEnvironmentId, { kind: 'Standard' }, 'via-a'));
    const auth = 'Basic ' + Buffer.from(`${t.cloudKey.id}:${t.cloudKey.secret}`).toString('base64');
    const res = await fetch(`${secondApiUrl}/cmk/v2/clusters`, {
      method: 'POST',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: JSON.stringify({ spec: { display_name: 'via-b', cloud: 'LOCAL', region: 'local', config: { kind: 'Basic' }, environment: { id: t.defaultEnvironmentId } } }),
    });
    expect(res.status).toBe(202);
    clusters.push((await res.json()) as ClusterJson);
    // The second api goes away without warning right after answering: its work is in Postgres.
    secondApi?.kill('SIGKILL');

    await waitFor(async () => (brokerPids(clusters[0]!.id).length > 0 ? true : undefined), { timeoutMs: 60_000, intervalMs: 50, describe: logs });
    workers[0]!.kill9();

    for (const c of clusters) {
      const done = await waitForPhase(api, t.asKey, c, 'PROVISIONED', workers[1], 120_000);
      const nodes = done.status.brokers.map((b) => b.id);
      expect(nodes).toHaveLength(c.spec.config.kind === 'Standard' ? 3 : 1);
      // Exactly one JVM per node: never provisioned twice.
      for (const n of nodes) expect(brokerPids(c.id, n)).toHaveLength(1);
    }
    const events = await api.get(`/api/audit-events?action=cluster.provisioned&page_size=100`, t.asKey);
    for (const c of clusters) expect(events.body.data.filter((e: { resource: { id: string } }) => e.resource.id === c.id)).toHaveLength(1);
  });

  it('a restarted worker and the survivor share the work without duplicating it', async () => {
    workers[0]!.start();
    await new Promise((r) => setTimeout(r, 5_000)); // a few resyncs from both workers
    for (const c of clusters) for (const n of c.spec.config.kind === 'Standard' ? [1, 2, 3] : [1]) expect(brokerPids(c.id, n)).toHaveLength(1);
  });

  it('cleans up', async () => {
    for (const c of clusters) await api.delete(`/cmk/v2/clusters/${c.id}?environment=${t.defaultEnvironmentId}`, t.asKey);
    for (const c of clusters) await waitForGone(api, t.asKey, c, workers[1]);
  });
});
