import { afterEach, describe, expect, it } from 'vitest';
import { PrismaService } from '@tributary/db';
import { signUpTenant, type ApiClient, type TestTenant } from '@tributary/testing';
import { startTestApi } from './start-test-api';

// Only the API runs here: clusters are created in Postgres and never reach a worker, so no broker starts.
let close: (() => Promise<void>) | undefined;
const tenants: string[] = [];
afterEach(async () => {
  // Nothing was provisioned: retire the rows, so another file's worker (same database) never starts their brokers.
  await prisma?.cluster.updateMany({ where: { organizationId: { in: tenants.splice(0) } }, data: { phase: 'DELETED', deletedAt: new Date() } });
  await close?.();
  close = undefined;
});

let prisma: PrismaService;
async function api(env: Record<string, string>): Promise<ApiClient> {
  const started = await startTestApi({ NODE_ENV: 'test', TRIBUTARY_LOCAL_CLOUD: '', TRIBUTARY_LOCAL_MAX_BROKERS_PER_ORG: '18', TRIBUTARY_LOCAL_MAX_STORAGE_GIB_PER_ORG: '18000', ...env });
  close = started.close;
  prisma = started.app.get(PrismaService);
  return started.api;
}

const create = (api: ApiClient, t: TestTenant, config: Record<string, unknown>, cloud = 'LOCAL') => {
  tenants.push(t.organizationId);
  return api.post('/cmk/v2/clusters', { spec: { display_name: `c-${String(config.kind)}`, cloud, region: 'local', config, environment: { id: t.defaultEnvironmentId } } }, t.asKey);
};
const clusterCount = async (api: ApiClient, t: TestTenant) => (await api.get(`/cmk/v2/clusters?environment=${t.defaultEnvironmentId}`, t.asKey)).body.data.length as number;
const offeredClouds = async (api: ApiClient) => {
  const t = await signUpTenant(api, 'Catalog');
  return ((await api.get('/catalog/v1/cluster-offerings', t.asKey)).body.clouds as Array<{ cloud: string }>).map((c) => c.cloud);
};

describe('LOCAL only where meant', () => {
  it('is offered in development and tests (npm start, npm test) with no setting', async () => {
    const a = await api({});
    expect(await offeredClouds(a)).toContain('LOCAL');
  });

  it('is not offered in production unless the operator opts in: the catalog omits it and a create is a 422 naming the cloud', async () => {
    const a = await api({ NODE_ENV: 'production', TRIBUTARY_SECRET_KEY: 'p'.repeat(40) });
    expect(await offeredClouds(a)).not.toContain('LOCAL');
    const t = await signUpTenant(a, 'Prod');
    const res = await create(a, t, { kind: 'Basic' });
    expect(res.status).toBe(422);
    expect(res.body.errors[0].source.pointer).toBe('/spec/cloud');
    expect(res.body.errors[0].detail).toMatch(/LOCAL/);
    expect(await clusterCount(a, t)).toBe(0);
  });

  it('is offered in production with TRIBUTARY_LOCAL_CLOUD=enabled', async () => {
    const a = await api({ NODE_ENV: 'production', TRIBUTARY_SECRET_KEY: 'p'.repeat(40), TRIBUTARY_LOCAL_CLOUD: 'enabled' });
    expect(await offeredClouds(a)).toContain('LOCAL');
  });

  it("caps an organization's LOCAL brokers, with a 422 naming the cap, nothing written; other organizations are not affected", async () => {
    const a = await api({ TRIBUTARY_LOCAL_MAX_BROKERS_PER_ORG: '4' });
    const t = await signUpTenant(a, 'Brokers');
    expect((await create(a, t, { kind: 'Standard' })).status).toBe(202);
    expect((await create(a, t, { kind: 'Basic' })).status).toBe(202);
    const over = await create(a, t, { kind: 'Basic' });
    expect(over.status).toBe(422);
    expect(over.body.errors[0].code).toBe('quota_exceeded');
    expect(over.body.errors[0].detail).toContain('TRIBUTARY_LOCAL_MAX_BROKERS_PER_ORG');
    expect(over.body.errors[0].detail).toContain('run 4');
    expect(await clusterCount(a, t)).toBe(2);
    const other = await signUpTenant(a, 'Other');
    expect((await create(a, other, { kind: 'Standard' })).status).toBe(202);
  });

  it('counts a resize: growing a LOCAL Dedicated cluster past the broker cap is refused, within it accepted', async () => {
    const a = await api({ TRIBUTARY_LOCAL_MAX_BROKERS_PER_ORG: '4' });
    const t = await signUpTenant(a, 'Resize');
    const made = await create(a, t, { kind: 'Dedicated', cku: 2 });
    expect(made.status).toBe(202);
    const url = `/cmk/v2/clusters/${made.body.id}`;
    // As if the (absent) worker had provisioned it: only a PROVISIONED cluster can be resized.
    await prisma.cluster.update({ where: { id: made.body.id as string }, data: { phase: 'PROVISIONED' } });
    const grow = (cku: number) => a.patch(url, { spec: { config: { kind: 'Dedicated', cku }, environment: { id: t.defaultEnvironmentId } } }, t.asKey);
    const refused = await grow(5);
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0].detail).toContain('TRIBUTARY_LOCAL_MAX_BROKERS_PER_ORG');
    expect((await a.get(`${url}?environment=${t.defaultEnvironmentId}`, t.asKey)).body.spec.config.cku).toBe(2);
    expect((await grow(4)).status).toBe(200);
  });

  it('caps the storage LOCAL brokers may fill (brokers × the kind’s storage per broker), naming the cap', async () => {
    const a = await api({ TRIBUTARY_LOCAL_MAX_STORAGE_GIB_PER_ORG: '500' });
    const t = await signUpTenant(a, 'Storage');
    expect((await create(a, t, { kind: 'Basic' })).status).toBe(202); // 100 GiB
    const over = await create(a, t, { kind: 'Standard' }); // 3 × 250 GiB
    expect(over.status).toBe(422);
    expect(over.body.errors[0].detail).toContain('TRIBUTARY_LOCAL_MAX_STORAGE_GIB_PER_ORG');
    expect(over.body.errors[0].detail).toContain('750 GiB');
    expect(await clusterCount(a, t)).toBe(1);
  });
});
