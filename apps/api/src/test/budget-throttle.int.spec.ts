import { consumeAll, produce } from '@tributary/kafka-admin';
import { floorHour } from '@tributary/metering';
import { signUpTenant, SmtpServer, waitFor, withTestDb, WorkerProcess, type ApiClient, type TestTenant } from '@tributary/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapOf, createCluster, getCluster, waitForPhase, type ClusterJson } from './cluster-helpers';
import { startTestApi } from './start-test-api';

/**
 * The proof, on a real cluster with a real client: a $1 THROTTLE budget. Spend comes from
 * the real meter (brokers scraped every 2 s) at a test price for this hour (Basic writes at $1000/GB,
 * so $1 is ~1 MB); alerts go to a real SMTP server (aiosmtpd); the throttle is Kafka's own client
 * quotas, applied by the reconciler. Throughputs are printed and only their ordering is asserted.
 */
const smtp = new SmtpServer();
// Bytes/s per broker while throttled. Kafka lets a client burst about ten seconds' worth of quota
// before delaying it (its rate window), so the throttled sample below is well beyond that.
const QUOTA = 20_480;
const ENV = () => ({
  ...smtp.env(),
  TRIBUTARY_METERING_INTERVAL_SECONDS: '2',
  TRIBUTARY_METERING_SCRAPE_TIMEOUT_MS: '1900',
  TRIBUTARY_BUDGET_CHECK_SECONDS: '1',
  TRIBUTARY_BUDGET_THROTTLE_PRODUCE_BYTES_PER_SECOND: String(QUOTA),
  TRIBUTARY_BUDGET_THROTTLE_FETCH_BYTES_PER_SECOND: String(QUOTA),
});
let api: ApiClient;
let close: () => Promise<void>;
let t: TestTenant;
let worker: WorkerProcess;
let priceFrom: Date;

beforeAll(async () => {
  await smtp.start();
  ({ api, close } = await startTestApi(ENV()));
  t = await signUpTenant(api, 'Capped');
  worker = new WorkerProcess(ENV()).start();
  // The price in force from this hour on: the hour now being metered is priced at it.
  priceFrom = floorHour(new Date());
  await withTestDb((pg) => pg.query(`INSERT INTO prices (cluster_kind, line_type, unit, unit_price, effective_from) VALUES ('Basic', 'KAFKA_NETWORK_WRITE', 'GB', 1000, $1)`, [priceFrom]));
});
afterAll(async () => {
  await withTestDb((pg) => pg.query(`DELETE FROM prices WHERE cluster_kind = 'Basic' AND line_type = 'KAFKA_NETWORK_WRITE' AND unit_price = 1000 AND effective_from = $1`, [priceFrom])).catch(() => undefined);
  await worker?.stop();
  await close?.();
  await smtp.stop();
});

const payload = 'b'.repeat(1_000);
const logs = () => worker.logs().slice(-4000);
const putBudget = (body: unknown, as = t.asKey) => api.request('PUT', '/billing/v1/budgets', { body, as });

describe('a $1 THROTTLE budget on a real cluster', () => {
  let cluster: ClusterJson;
  let creds: { username: string; password: string };
  let sent = 0;

  /** Produces `n` 1 KB records (acks=all, idempotent) and returns the client's throughput in bytes/s. */
  async function timedProduce(n: number, batchSize = 250): Promise<number> {
    const started = performance.now();
    await produce(bootstrapOf(cluster), creds, 'capped', Array.from({ length: n }, () => payload), { acks: 'all', batchSize });
    sent += n;
    return Math.round((n * payload.length) / ((performance.now() - started) / 1000));
  }

  const throttled = async () => (await getCluster(api, t.asKey, cluster)).body.status.conditions.find((c) => c.type === 'Throttled');

  it('sets up a Basic cluster, a topic and a $1 budget that throttles', async () => {
    cluster = await createCluster(api, t.asKey, t.defaultEnvironmentId, { kind: 'Basic' }, 'capped');
    cluster = await waitForPhase(api, t.asKey, cluster, 'PROVISIONED', worker);
    const key = await api.post('/iam/v2/api-keys', { spec: { display_name: 'app', owner: { id: t.userId }, resource: { id: cluster.id } } }, t.asKey);
    creds = { username: key.body.id, password: key.body.spec.secret };
    const topic = await api.post(`/kafka/v3/clusters/${cluster.id}/topics`, { topic_name: 'capped', partitions_count: 1, replication_factor: 1 }, { key: { id: creds.username, secret: creds.password } });
    expect(topic.status, topic.text).toBe(201);
    const put = await putBudget({ amount: '1.00', action: 'THROTTLE' });
    expect(put.status, put.text).toBe(200);
    expect(put.body.spec).toEqual({ amount: '1.000000', currency: 'USD', thresholds: [50, 80, 100], action: 'THROTTLE', environment: null });
    expect(put.body.status.throttled).toBe(false);
  });

  let before = 0;
  let after = 0;
  it('alerts at 50, 80 and 100 % once each, then throttles the producer to the quota', async () => {
    // This organization's mail only: the worker evaluates every organization of the slot's shared
    // database, so other files' budgets at their thresholds reach this server too (15 mails in a CI run).
    const ours = () => smtp.messages().filter((m) => m.to.includes(t.email));
    before = await timedProduce(150);
    // Keep producing at full speed until the reconciler reports the throttle in place.
    await waitFor(
      async () => {
        if ((await throttled())?.status === 'True') return true;
        await timedProduce(50);
        return undefined;
      },
      { timeoutMs: 180_000, intervalMs: 200, describe: () => `never throttled after ${sent} records; mails ${JSON.stringify(ours().map((m) => m.subject))}\n${logs()}` },
    );
    const mails = await waitFor(async () => (ours().length >= 3 ? ours() : undefined), { timeoutMs: 30_000, describe: () => JSON.stringify(ours()) });
    after = await timedProduce(600, 10);
    console.log(`producer throughput: before the cap ${before} B/s, at the cap ${after} B/s (quota ${QUOTA} B/s per broker)`);
    expect(after).toBeLessThan(before);
    expect(after).toBeLessThan(QUOTA * 3);

    // Evaluations kept running meanwhile (every second): still exactly one mail per threshold.
    await new Promise((r) => setTimeout(r, 3_000));
    const subjects = ours().map((m) => m.subject);
    expect(subjects).toHaveLength(3);
    for (const pct of [50, 80, 100]) expect(subjects.filter((s) => s.startsWith(`Tributary budget alert: ${pct}% of $1.00`))).toHaveLength(1);
    expect(mails.every((m) => m.to.includes(t.email))).toBe(true);
    expect(ours().find((m) => m.subject.includes('100%'))!.body).toContain('THROTTLE');

    const alerts = await api.get('/billing/v1/budget-alerts', t.asKey);
    expect(alerts.body.data.map((a: { threshold: number }) => a.threshold).sort()).toEqual([100, 50, 80]);
    expect(alerts.body.data.every((a: { emailed_at: string | null }) => a.emailed_at !== null)).toBe(true);
    const budgets = await api.get('/billing/v1/budgets', t.asKey);
    expect(budgets.body.data[0].status).toMatchObject({ at_cap: true, throttled: true });
  }, 400_000);

  it('refuses a new cluster with 402 while at the cap, writing nothing', async () => {
    const res = await api.post('/cmk/v2/clusters', { spec: { display_name: 'more', cloud: 'LOCAL', region: 'local', config: { kind: 'Basic' }, environment: { id: t.defaultEnvironmentId } } }, t.asKey);
    expect(res.status, res.text).toBe(402);
    expect(res.body.errors[0].detail).toMatch(/budget.*THROTTLE/);
    const n = await withTestDb(async (pg) => (await pg.query(`SELECT count(*)::int AS n FROM clusters WHERE organization_id = $1`, [t.organizationId])).rows[0].n);
    expect(n).toBe(1);
  });

  it('raising the cap lifts the throttle within one reconcile pass and restores full speed; nothing acknowledged was lost', async () => {
    const put = await putBudget({ amount: '1000', action: 'THROTTLE' });
    expect(put.status, put.text).toBe(200);
    expect(put.body.status.throttled).toBe(false);
    // The PUT asked for a pass of the cluster: it removes the quotas and records it.
    await waitFor(async () => ((await throttled())?.status === 'False' ? true : undefined), { timeoutMs: 60_000, describe: logs });
    const restored = await timedProduce(150);
    console.log(`producer throughput after raising the cap: ${restored} B/s (throttled: ${after} B/s)`);
    expect(restored).toBeGreaterThan(after);

    const got = await consumeAll(bootstrapOf(cluster), creds, 'capped', 'count-all', sent, 180_000);
    expect(got).toHaveLength(sent);

    const create = await api.post('/cmk/v2/clusters', { spec: { display_name: 'more', cloud: 'LOCAL', region: 'local', config: { kind: 'Basic' }, environment: { id: t.defaultEnvironmentId } } }, t.asKey);
    expect(create.status, create.text).toBe(202);
    await api.delete(`/cmk/v2/clusters/${create.body.id}?environment=${t.defaultEnvironmentId}`, t.asKey);

    const actions = await withTestDb(async (pg) => (await pg.query(`SELECT action FROM audit_events WHERE organization_id = $1 AND action LIKE 'budget.%' ORDER BY created_at`, [t.organizationId])).rows.map((r: { action: string }) => r.action));
    expect(actions).toEqual(expect.arrayContaining(['budget.create', 'budget.threshold_reached', 'budget.throttled', 'budget.update', 'budget.throttle_lifted']));
  }, 400_000);
});
