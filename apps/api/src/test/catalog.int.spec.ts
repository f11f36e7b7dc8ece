import { CLUSTER_KINDS, DEDICATED_CKU_MAX, DEDICATED_CKU_MIN, KIND_PROFILES } from '@tributary/catalog';
import { signUpTenant, withTestDb, type ApiClient, type TestTenant } from '@tributary/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from './start-test-api';

let api: ApiClient;
let close: () => Promise<void>;
let t: TestTenant;
beforeAll(async () => {
  ({ api, close } = await startTestApi());
  t = await signUpTenant(api, 'Catalog');
});
afterAll(() => close());

describe('GET /catalog/v1/cluster-offerings', () => {
  it('lists every cluster kind with the catalog’s limits, the offered clouds and regions, and the prices in force', async () => {
    const res = await api.get('/catalog/v1/cluster-offerings', t.asKey);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ api_version: 'catalog/v1', kind: 'ClusterOfferings' });
    expect(res.body.clouds).toContainEqual({ cloud: 'LOCAL', regions: ['local'] });
    expect(res.body.kinds.map((k: any) => k.kind)).toEqual([...CLUSTER_KINDS]);

    const byKind = Object.fromEntries(res.body.kinds.map((k: any) => [k.kind, k]));
    expect(byKind.Basic).toMatchObject({ brokers: 1, cku: null, replication_factor: 1, availabilities: ['SINGLE_ZONE'], max_partitions: KIND_PROFILES.Basic.maxPartitions, storage_gib_per_broker: KIND_PROFILES.Basic.storageGiBPerBroker });
    expect(byKind.Standard).toMatchObject({ brokers: 3, cku: null, replication_factor: 3, availabilities: ['SINGLE_ZONE', 'MULTI_ZONE'] });
    expect(byKind.Dedicated).toMatchObject({ brokers: null, cku: { min: DEDICATED_CKU_MIN, max: DEDICATED_CKU_MAX }, replication_factor: 3 });
    for (const k of res.body.kinds) expect(k.summary).toBe(KIND_PROFILES[k.kind as keyof typeof KIND_PROFILES].summary);

    // The same prices the price list shows, as plain decimals, in bill order.
    const prices = (await api.get('/billing/v1/prices', t.asKey)).body.data;
    for (const k of res.body.kinds) {
      const expected = prices.filter((p: any) => p.cluster_kind === k.kind);
      expect(k.prices).toHaveLength(expected.length);
      for (const p of k.prices) {
        const listed = expected.find((e: any) => e.line_type === p.line_type);
        expect(p).toEqual({ line_type: listed.line_type, unit: listed.unit, unit_price: expect.stringMatching(/^\d+(\.\d*[1-9])?$/), effective_from: listed.effective_from });
        expect(Number(p.unit_price)).toBe(Number(listed.unit_price));
      }
    }
    expect(byKind.Standard.prices.find((p: any) => p.line_type === 'KAFKA_BASE')).toMatchObject({ unit: 'Hour', unit_price: '0.75', effective_from: '2026-01-01T00:00:00.000Z' });
    expect(byKind.Dedicated.prices[0].line_type).toBe('KAFKA_NUM_CKUS');
  });

  it('shows a scheduled price only once it is in force', async () => {
    const future = new Date(Date.now() + 86_400_000);
    await withTestDb((pg) => pg.query(`INSERT INTO prices (cluster_kind, line_type, unit, unit_price, effective_from) VALUES ('Basic', 'KAFKA_BASE', 'Hour', 9, $1)`, [future]));
    try {
      const res = await api.get('/catalog/v1/cluster-offerings', t.asSession);
      expect(res.status).toBe(200);
      const basic = res.body.kinds.find((k: any) => k.kind === 'Basic');
      expect(basic.prices.find((p: any) => p.line_type === 'KAFKA_BASE').unit_price).toBe('0');
    } finally {
      await withTestDb((pg) => pg.query(`DELETE FROM prices WHERE effective_from = $1`, [future]));
    }
  });

  it('needs a signed-in caller, and is described in /openapi.json', async () => {
    const anonymous = await api.get('/catalog/v1/cluster-offerings');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors[0].code).toBe('unauthorized');
    const doc = await api.get('/openapi.json');
    const op = doc.body.paths['/catalog/v1/cluster-offerings']?.get;
    expect(op).toBeDefined();
    expect(JSON.stringify(op)).toContain('storage_gib_per_broker');
  });
});
