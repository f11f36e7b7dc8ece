import { signUpTenant, type ApiClient, type TestTenant } from '@tributary/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from './start-test-api';

let api: ApiClient;
let close: () => Promise<void>;
let t: TestTenant;
beforeAll(async () => {
  ({ api, close } = await startTestApi());
  t = await signUpTenant(api, 'Prices');
});
afterAll(() => close());

describe('the price list the console shows before a cluster is created', () => {
  it('lists a price per cluster kind and line type, in exact decimal strings', async () => {
    const res = await api.get('/billing/v1/prices', t.asKey);
    expect(res.status).toBe(200);
    const kinds = new Set(res.body.data.map((p: { cluster_kind: string }) => p.cluster_kind));
    expect(kinds).toEqual(new Set(['Basic', 'Standard', 'Dedicated']));
    for (const p of res.body.data) {
      expect(p.unit_price).toMatch(/^\d+(\.\d+)?$/);
      expect(p.line_type).toMatch(/^KAFKA_/);
    }
    const base = res.body.data.find((p: { cluster_kind: string; line_type: string }) => p.cluster_kind === 'Basic' && p.line_type === 'KAFKA_BASE');
    expect(base).toBeTruthy();
    expect((await api.get('/billing/v1/prices')).status).toBe(401);
  });
});
