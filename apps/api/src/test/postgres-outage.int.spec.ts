import { signUpTenant, waitFor, type ApiClient, type TestResponse, type TestTenant } from '@tributary/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DedicatedPostgres } from './dedicated-services';
import { startTestApi } from './start-test-api';

/**
 * The api against a Postgres of its own that the test stops and starts under load. While it is
 * down every request answers 503 with Retry-After and the error envelope (never 500); what was
 * acknowledged with a 2xx is in the database afterwards; and the same api process serves again
 * once Postgres is back.
 */

const WORKERS = 6;
/** A bound on the load, whatever happens: the test never runs away. */
const MAX_REQUESTS = 6000;

interface Outcome {
  phase: 'before' | 'down' | 'after';
  op: 'create-service-account' | 'create-environment' | 'list-environments';
  res: TestResponse<any>;
}

let pg: DedicatedPostgres;
let api: ApiClient;
let close: (() => Promise<void>) | undefined;
let t: TestTenant;

beforeAll(async () => {
  pg = await DedicatedPostgres.start();
  ({ api, close } = await startTestApi(pg.env()));
  t = await signUpTenant(api, 'Outage');
});
afterAll(async () => {
  await close?.();
  pg?.close();
});

const ok = (status: number) => status >= 200 && status < 300;

describe('Postgres restarted under load', () => {
  it('answers only 2xx or 503 (Retry-After, envelope), loses no acknowledged write, and recovers without a restart', async () => {
    const outcomes: Outcome[] = [];
    let phase: Outcome['phase'] = 'before';
    let stop = false;

    const load = async (worker: number) => {
      for (let i = 0; !stop && outcomes.length < MAX_REQUESTS; i++) {
        const op: Outcome['op'] = (['create-service-account', 'create-environment', 'list-environments'] as const)[(worker + i) % 3]!;
        const at = phase;
        const name = `load-${worker}-${i}`;
        const res =
          op === 'create-service-account'
            ? await api.post('/iam/v2/service-accounts', { display_name: name, description: 'written under load' }, t.asKey)
            : op === 'create-environment'
              ? await api.post('/org/v2/environments', { display_name: name }, t.asKey)
              : await api.get('/org/v2/environments?page_size=5', t.asKey);
        outcomes.push({ phase: at, op, res });
        // Yield between requests so the restart's own I/O gets a turn.
        await new Promise((r) => setTimeout(r, 2));
      }
    };
    const running = Array.from({ length: WORKERS }, (_, w) => load(w));
    const count = (pred: (o: Outcome) => boolean) => outcomes.filter(pred).length;
    const describeOutcomes = () => {
      const tally = new Map<string, number>();
      for (const o of outcomes) tally.set(`${o.phase}:${o.res.status}`, (tally.get(`${o.phase}:${o.res.status}`) ?? 0) + 1);
      return JSON.stringify([...tally]);
    };

    try {
      await waitFor(async () => (count((o) => ok(o.res.status)) >= 30 ? true : undefined), { timeoutMs: 60_000, describe: describeOutcomes });

      phase = 'down';
      await pg.stopServer();
      // Down for as long as it takes the load to see it, and for readiness to say so.
      await waitFor(async () => (count((o) => o.phase === 'down' && o.res.status === 503) >= 10 ? true : undefined), { timeoutMs: 30_000, describe: describeOutcomes });
      const ready = await api.get('/readyz');
      expect(ready.status).toBe(503);
      expect(ready.headers['retry-after']).toBeDefined();
      expect(ready.body.checks.postgres).toMatch(/^unavailable/);
      expect(ready.body.checks.redis).toBe('ok');

      await pg.startServer();
      phase = 'after';
      // The same process, no restart: it serves again by itself.
      await waitFor(async () => (ok((await api.get('/org/v2/environments', t.asKey)).status) ? true : undefined), { timeoutMs: 30_000 });
      await waitFor(async () => (count((o) => o.phase === 'after' && ok(o.res.status)) >= 60 ? true : undefined), { timeoutMs: 60_000, describe: describeOutcomes });
    } finally {
      stop = true;
      await Promise.all(running);
    }

    // Never a 500, nor anything but success or "unavailable, retry".
    const unexpected = outcomes.filter((o) => !ok(o.res.status) && o.res.status !== 503);
    expect(unexpected.map((o) => `${o.phase} ${o.op} ${o.res.status} ${o.res.text.slice(0, 300)}`)).toEqual([]);
    const unavailable = outcomes.filter((o) => o.res.status === 503);
    expect(unavailable.length).toBeGreaterThanOrEqual(10);
    for (const o of unavailable) {
      expect(o.res.headers['retry-after']).toMatch(/^\d+$/);
      expect(o.res.body.errors[0]).toMatchObject({ status: '503', code: 'unavailable' });
      expect(o.res.body.errors[0].id).toEqual(expect.any(String));
    }

    // Every write acknowledged with a 2xx is there.
    const acknowledged = (op: Outcome['op']) => outcomes.filter((o) => o.op === op && ok(o.res.status)).map((o) => o.res.body.id as string);
    const serviceAccounts = new Set((await pg.sql<{ id: string }>('select id from service_accounts where organization_id = $1', pg.database, [t.organizationId])).map((r) => r.id));
    const environments = new Set((await pg.sql<{ id: string }>('select id from environments where organization_id = $1', pg.database, [t.organizationId])).map((r) => r.id));
    expect(acknowledged('create-service-account').length).toBeGreaterThan(0);
    expect(acknowledged('create-environment').length).toBeGreaterThan(0);
    expect(acknowledged('create-service-account').filter((id) => !serviceAccounts.has(id))).toEqual([]);
    expect(acknowledged('create-environment').filter((id) => !environments.has(id))).toEqual([]);

    const after = await api.get('/readyz');
    expect(after.status).toBe(200);
    expect(after.body.checks).toEqual({ postgres: 'ok', redis: 'ok' });
  });
});
