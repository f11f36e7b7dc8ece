import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { BillingStanding, BudgetEnforcement } from '@tributary/billing';
import { signUpTenant, withTestDb, type ApiClient, type TestTenant } from '@tributary/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from './start-test-api';

/**
 * Budgets API: what it takes, what it refuses (4xx with the envelope, nothing written), scopes, and
 * the cap's rules on spend written straight into the ledger (no cluster: budget-throttle covers the
 * brokers). The real-cluster proof is budget-throttle.int.spec.ts.
 */
let api: ApiClient;
let app: NestFastifyApplication;
let close: () => Promise<void>;
let t: TestTenant;
let other: TestTenant;

beforeAll(async () => {
  ({ api, app, close } = await startTestApi());
  t = await signUpTenant(api, 'Budgeted');
  other = await signUpTenant(api, 'Elsewhere');
});
afterAll(async () => {
  await close?.();
});

const putBudget = (body: unknown, as = t.asKey) => api.request('PUT', '/billing/v1/budgets', { body, as });
const budgetRows = () => withTestDb(async (pg) => (await pg.query(`SELECT scope, amount::text, thresholds, action FROM budgets WHERE organization_id = $1 ORDER BY scope`, [t.organizationId])).rows);
const auditCount = () => withTestDb(async (pg) => (await pg.query(`SELECT count(*)::int AS n FROM audit_events WHERE organization_id = $1 AND action LIKE 'budget.%'`, [t.organizationId])).rows[0].n as number);

describe('budgets API', () => {
  it('starts with no budget', async () => {
    const res = await api.get('/billing/v1/budgets', t.asKey);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ api_version: 'billing/v1', kind: 'BudgetList', data: [] });
  });

  it.each([
    ['a negative amount', { amount: '-1', action: 'ALERT' }],
    ['zero', { amount: '0', action: 'ALERT' }],
    ['less than a cent', { amount: '0.001', action: 'ALERT' }],
    ['an absurd amount', { amount: '100000000', action: 'ALERT' }],
    ['more than six decimals', { amount: '1.0000001', action: 'ALERT' }],
    ['an amount as a float', { amount: 12.5, action: 'ALERT' }],
    ['an exponent', { amount: '1e3', action: 'ALERT' }],
    ['a threshold of 0', { amount: '10', action: 'ALERT', thresholds: [0, 50] }],
    ['a threshold above 100', { amount: '10', action: 'ALERT', thresholds: [50, 101] }],
    ['a fractional threshold', { amount: '10', action: 'ALERT', thresholds: [50.5] }],
    ['no threshold', { amount: '10', action: 'ALERT', thresholds: [] }],
    ['an unknown action', { amount: '10', action: 'SHUTDOWN' }],
    // Unknown fields are the API's 400 everywhere (the validation pipe), not a budget rule.
    ['an unknown field', { amount: '10', action: 'ALERT', currency: 'EUR' }, 400],
  ] as [string, Record<string, unknown>, number?][])('refuses %s with 4xx and the error envelope, writing nothing', async (_what, body, status = 422) => {
    const res = await putBudget(body);
    expect(res.status, res.text).toBe(status);
    expect(res.body.errors?.[0]).toMatchObject({ status: String(status) });
    expect(await budgetRows()).toEqual([]);
    expect(await auditCount()).toBe(0);
  });

  it("refuses another organization's environment (404), and one that does not exist", async () => {
    for (const id of [other.defaultEnvironmentId, 'env-nosuch']) {
      const res = await putBudget({ amount: '10', action: 'THROTTLE', environment: { id } });
      expect(res.status, res.text).toBe(404);
      expect(res.body.errors?.[0]?.status).toBe('404');
    }
    expect(await budgetRows()).toEqual([]);
  });

  it('sets an organization budget and an environment budget, each once; a bad change leaves it as it was', async () => {
    const org = await putBudget({ amount: '250.5', action: 'ALERT' });
    expect(org.status, org.text).toBe(200);
    expect(org.body.spec).toEqual({ amount: '250.500000', currency: 'USD', thresholds: [50, 80, 100], action: 'ALERT', environment: null });
    expect(org.body.status).toMatchObject({ spend: '0.000000', spend_percent: '0.00', at_cap: false, throttled: false });
    const env = await putBudget({ amount: '20', action: 'THROTTLE', thresholds: [90, 25, 90], environment: { id: t.defaultEnvironmentId } });
    expect(env.status, env.text).toBe(200);
    expect(env.body.spec).toMatchObject({ thresholds: [25, 90], environment: { id: t.defaultEnvironmentId } });
    const again = await putBudget({ amount: '300', action: 'THROTTLE' });
    expect(again.body.id).toBe(org.body.id);
    const rows = await budgetRows();
    expect(await putBudget({ amount: '-5', action: 'ALERT' })).toMatchObject({ status: 422 });
    expect(await budgetRows()).toEqual(rows);
    expect(rows).toHaveLength(2);
    const list = await api.get('/billing/v1/budgets', t.asKey);
    expect(list.body.data.map((b: { spec: { amount: string } }) => b.spec.amount).sort()).toEqual(['20.000000', '300.000000']);
    // The other organization sees none of it.
    expect((await api.get('/billing/v1/budgets', other.asKey)).body.data).toEqual([]);
    expect(await auditCount()).toBe(3);
  });

  it('deletes a budget (204, audited); an unknown or foreign one is 404', async () => {
    const list = await api.get('/billing/v1/budgets', t.asKey);
    const id = list.body.data[0].id as string;
    expect((await api.delete(`/billing/v1/budgets/${id}`, other.asKey)).status).toBe(404);
    expect((await api.delete('/billing/v1/budgets/budget-000000', t.asKey)).status).toBe(404);
    expect((await api.delete('/billing/v1/budgets/nonsense', t.asKey)).status).toBe(404);
    expect((await api.delete(`/billing/v1/budgets/${id}`, t.asKey)).status).toBe(204);
    expect(await budgetRows()).toHaveLength(1);
    expect(await auditCount()).toBe(4);
  });

  it('asks for credentials', async () => {
    expect((await api.get('/billing/v1/budgets')).status).toBe(401);
    expect((await api.request('PUT', '/billing/v1/budgets', { body: { amount: '1', action: 'ALERT' } })).status).toBe(401);
  });

  it('at the cap, THROTTLE desires client quotas and refuses new clusters (402); the next month, or a raised cap, lifts both', async () => {
    const c = await signUpTenant(api, 'Spender');
    const id = `lkc-${randomBytes(4).toString('hex')}`;
    const hour = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000);
    await withTestDb(async (pg) => {
      // A cluster deleted earlier this month whose usage stays billed: $5 of writes at Standard's $0.05/GB.
      await pg.query(
        `INSERT INTO clusters (id, organization_id, environment_id, display_name, cloud, region, availability, kind, broker_count, phase, admin_password_enc, provisioned_at, deleted_at, created_at, updated_at)
         VALUES ($1, $2, $3, 'spent', 'LOCAL', 'local', 'SINGLE_ZONE', 'Standard', 3, 'DELETED', 'x', $4, $4, $4, now())`,
        [id, c.organizationId, c.defaultEnvironmentId, hour],
      );
      await pg.query(`INSERT INTO usage_hours (cluster_id, hour, line_type, organization_id, quantity, closed) VALUES ($1, $2, 'KAFKA_NETWORK_WRITE', $3, '100', false)`, [id, hour, c.organizationId]);
    });
    const quotas = () => withTestDb(async (pg) => (await pg.query(`SELECT scope, producer_byte_rate FROM client_quotas WHERE organization_id = $1`, [c.organizationId])).rows);
    const standing = app.get(BillingStanding, { strict: false });
    const enforcement = app.get(BudgetEnforcement, { strict: false });

    const put = await putBudget({ amount: '2', action: 'THROTTLE' }, c.asKey);
    expect(put.status, put.text).toBe(200);
    expect(put.body.status).toMatchObject({ spend: '5.000000', spend_percent: '250.00', at_cap: true, throttled: true });
    expect(await quotas()).toEqual([{ scope: 'org', producer_byte_rate: 102_400 }]);
    const refused = await api.post('/cmk/v2/clusters', { spec: { display_name: 'more', cloud: 'LOCAL', region: 'local', config: { kind: 'Basic' }, environment: { id: c.defaultEnvironmentId } } }, c.asKey);
    expect(refused.status, refused.text).toBe(402);
    expect(refused.body.errors[0].detail).toContain('$2.00 monthly budget of the organization is reached');
    const alerts = await api.get('/billing/v1/budget-alerts', c.asKey);
    // No SMTP configured here: the alerts are recorded (and shown), not emailed.
    expect(alerts.body.data.map((a: { threshold: number; emailed_at: string | null }) => [a.threshold, a.emailed_at])).toEqual([
      [100, null],
      [80, null],
      [50, null],
    ]);

    // The month turns: its spend starts at zero, the throttle goes.
    const now = new Date();
    const nextMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1, 0, 5));
    expect((await enforcement.evaluate(c.organizationId, nextMonth)).throttleChanged).toBe(true);
    expect(await quotas()).toEqual([]);
    await expect(standing.assertMayCreateCluster(c.organizationId)).resolves.toBeUndefined();

    // Back in this month, a budget for ALERT only never throttles, and raising the cap lifts it.
    expect((await putBudget({ amount: '2', action: 'ALERT' }, c.asKey)).body.status).toMatchObject({ at_cap: true, throttled: false });
    expect(await quotas()).toEqual([]);
    expect((await putBudget({ amount: '2', action: 'THROTTLE' }, c.asKey)).body.status.throttled).toBe(true);
    const raised = await putBudget({ amount: '5.01', action: 'THROTTLE' }, c.asKey);
    expect(raised.body.status).toMatchObject({ at_cap: false, throttled: false });
    expect(await quotas()).toEqual([]);

    // An environment's budget throttles and refuses in that environment only.
    const env = await putBudget({ amount: '1', action: 'THROTTLE', environment: { id: c.defaultEnvironmentId } }, c.asKey);
    expect(env.body.status.throttled).toBe(true);
    expect(await quotas()).toEqual([{ scope: c.defaultEnvironmentId, producer_byte_rate: 102_400 }]);
    await expect(standing.assertMayCreateCluster(c.organizationId, { environmentId: c.defaultEnvironmentId })).rejects.toMatchObject({ status: 402 });
    await expect(standing.assertMayCreateCluster(c.organizationId, { environmentId: 'env-another' })).resolves.toBeUndefined();
    // The alerts were recorded once each, however many evaluations ran.
    const n = await withTestDb(async (pg) => (await pg.query(`SELECT threshold, count(*)::int AS n FROM budget_alerts WHERE organization_id = $1 GROUP BY budget_id, threshold`, [c.organizationId])).rows);
    expect(n.every((r: { n: number }) => r.n === 1)).toBe(true);
  });
});
