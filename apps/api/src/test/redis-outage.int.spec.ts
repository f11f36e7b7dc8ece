import { signUpTenant, waitFor, type ApiClient, type TestResponse, type TestTenant } from '@tributary/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DedicatedRedis } from './dedicated-services';
import { startTestApi } from './start-test-api';

/**
 * The api against a Redis of its own that the test kills (-9) and starts again. What needs Redis
 * on the request path (login's rate limits, readiness) answers 503 with Retry-After at once
 * instead of hanging; what does not need it keeps working; and the same process recovers.
 */

const MAX_REQUESTS = 2000;

interface Outcome {
  phase: 'down' | 'after';
  op: 'login' | 'create-service-account' | 'readyz';
  res: TestResponse<any>;
}

let redis: DedicatedRedis;
let api: ApiClient;
let close: (() => Promise<void>) | undefined;
let t: TestTenant;

beforeAll(async () => {
  redis = await DedicatedRedis.start();
  ({ api, close } = await startTestApi({ TRIBUTARY_REDIS_URL: redis.url }));
  t = await signUpTenant(api, 'RedisOutage');
});
afterAll(async () => {
  await close?.();
  await redis?.close();
});

const ok = (status: number) => status >= 200 && status < 300;

describe('Redis killed and restarted', () => {
  it('answers 503 with Retry-After where Redis is needed, keeps serving the rest, and recovers without a restart', async () => {
    const login = () => api.post('/api/auth/login', { email: t.email, password: t.password });
    expect((await login()).status).toBe(200);

    await redis.kill();
    const outcomes: Outcome[] = [];
    let phase: Outcome['phase'] = 'down';
    let stop = false;
    const ops = ['login', 'create-service-account', 'readyz'] as const;
    const load = async (worker: number) => {
      for (let i = 0; !stop && outcomes.length < MAX_REQUESTS; i++) {
        const op = ops[worker % ops.length]!;
        const at = phase;
        const res =
          op === 'login'
            ? await login()
            : op === 'create-service-account'
              ? await api.post('/iam/v2/service-accounts', { display_name: `redis-down-${worker}-${i}`, description: '' }, t.asKey)
              : await api.get('/readyz');
        outcomes.push({ phase: at, op, res });
        await new Promise((r) => setTimeout(r, 5));
      }
    };
    const running = [0, 1, 2].map(load);
    const seen = (pred: (o: Outcome) => boolean, n: number) => async () => (outcomes.filter(pred).length >= n ? true : undefined);
    const tally = () => JSON.stringify(outcomes.reduce<Record<string, number>>((m, o) => ({ ...m, [`${o.phase}:${o.op}:${o.res.status}`]: (m[`${o.phase}:${o.op}:${o.res.status}`] ?? 0) + 1 }), {}));

    try {
      // Fail fast: a login while Redis is gone is answered (503), not left waiting for Redis to return.
      await waitFor(seen((o) => o.op === 'login' && o.res.status === 503, 3), { timeoutMs: 30_000, describe: tally });
      await waitFor(seen((o) => o.op === 'create-service-account' && ok(o.res.status), 3), { timeoutMs: 30_000, describe: tally });
      await waitFor(seen((o) => o.op === 'readyz' && o.res.status === 503, 1), { timeoutMs: 30_000, describe: tally });

      await redis.startServer();
      phase = 'after';
      await waitFor(async () => ((await login()).status === 200 ? true : undefined), { timeoutMs: 30_000, describe: tally });
      await waitFor(seen((o) => o.phase === 'after' && o.op === 'login' && o.res.status === 200, 2), { timeoutMs: 30_000, describe: tally });
    } finally {
      stop = true;
      await Promise.all(running);
    }

    const unexpected = outcomes.filter((o) => !ok(o.res.status) && o.res.status !== 503);
    expect(unexpected.map((o) => `${o.phase} ${o.op} ${o.res.status} ${o.res.text.slice(0, 300)}`)).toEqual([]);
    // What does not need Redis never noticed.
    expect(outcomes.filter((o) => o.op === 'create-service-account' && !ok(o.res.status)).map((o) => o.res.text)).toEqual([]);

    const loginRefused = outcomes.filter((o) => o.op === 'login' && o.res.status === 503);
    for (const o of loginRefused) {
      expect(o.res.headers['retry-after']).toMatch(/^\d+$/);
      expect(o.res.body.errors[0]).toMatchObject({ status: '503', code: 'unavailable' });
    }
    const notReady = outcomes.find((o) => o.op === 'readyz' && o.res.status === 503)!;
    expect(notReady.res.headers['retry-after']).toMatch(/^\d+$/);
    expect(notReady.res.body.checks.redis).toMatch(/^unavailable/);
    expect(notReady.res.body.checks.postgres).toBe('ok');

    const ready = await api.get('/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body.checks).toEqual({ postgres: 'ok', redis: 'ok' });
  });
});
