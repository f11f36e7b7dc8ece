import { randomUUID } from 'node:crypto';
import { AuditLog } from '@tributary/accounts';
import { PrismaService, TenantRepositories, type Cluster } from '@tributary/db';
import { loadPlatformConfig, newId, Queues, type PlatformConfig } from '@tributary/platform';
import { FakeCloudProvider, TEST_ENV } from '@tributary/testing';
import { Redis } from 'ioredis';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadClustersConfig, type ClustersConfig } from '../clusters.config';
import { AdminCredentialVault } from '../keys/admin-credential-vault';
import { ClusterKeyCredentials } from '../keys/cluster-key-credentials';
import { ClusterKeysStore } from '../keys/cluster-keys.store';
import { isDegraded } from '../lifecycle/cluster-lifecycle';
import { readConditions } from '../lifecycle/conditions';
import { ClusterLifecycleWriter } from '../lifecycle/lifecycle-writer';
import { ClusterReconciler, type PassOutcome } from './cluster-reconciler';
import { ClusterRecords } from './cluster-records';
import { CloudProviders } from './cloud-providers';
import { CLUSTERS_QUEUE } from './clusters-queue';
import { ResyncService } from './resync.service';

/**
 * The reconciler's failure, timeout, orphan and degraded paths, on real Postgres with the in-memory
 * FakeCloudProvider standing in for brokers (the same paths run on real brokers in
 * apps/api/src/test/clusters*.int.spec.ts).
 */
describe('ClusterReconciler on a fake cloud', () => {
  let platform: PlatformConfig;
  let prisma: PrismaService;
  let redis: Redis;
  let queues: Queues;
  let config: ClustersConfig;
  let vault: AdminCredentialVault;
  let organizationId: string;
  let environmentId: string;
  const logger = pino({ level: 'silent' });

  function world(fakeOptions: ConstructorParameters<typeof FakeCloudProvider>[0] = {}, over: Partial<ClustersConfig> = {}) {
    const fake = new FakeCloudProvider(fakeOptions);
    const providers = new CloudProviders([{ provider: fake, regions: ['local'] }]);
    const cfg = { ...config, ...over };
    const repos = new TenantRepositories(prisma);
    const records = new ClusterRecords(repos);
    const keys = new ClusterKeysStore(repos);
    const writer = new ClusterLifecycleWriter(repos, new AuditLog(repos));
    const reconciler = new ClusterReconciler(records, providers, writer, vault, keys, new ClusterKeyCredentials(vault), fake.brokerAdmin(), cfg, logger);
    const resync = new ResyncService(records, queues, providers, redis, cfg, logger);
    return { fake, reconciler, resync, writer, keys };
  }

  async function newCluster(over: Partial<Cluster> = {}): Promise<Cluster> {
    return prisma.cluster.create({
      data: {
        id: newId.cluster(),
        organizationId,
        environmentId,
        displayName: 'fake',
        cloud: 'LOCAL',
        region: 'local',
        availability: 'SINGLE_ZONE',
        kind: 'Basic',
        brokerCount: 1,
        adminPasswordEnc: vault.encrypt(vault.newPassword()),
        ...over,
      } as Parameters<typeof prisma.cluster.create>[0]['data'],
    });
  }

  const keyId = () => randomUUID().replace(/-/g, '').slice(0, 16).toUpperCase();
  const read = (id: string) => prisma.cluster.findUniqueOrThrow({ where: { id } });

  /** Runs passes until one says done (or `max` passes), like the queue would. */
  async function converge(r: ClusterReconciler, id: string, max = 20): Promise<PassOutcome[]> {
    const outcomes: PassOutcome[] = [];
    for (let i = 0; i < max; i++) {
      const o = await r.reconcile(id);
      outcomes.push(o);
      if (o.kind === 'done') break;
    }
    return outcomes;
  }

  async function auditActions(clusterId: string): Promise<string[]> {
    return (await prisma.auditEvent.findMany({ where: { organizationId, resourceId: clusterId }, orderBy: { createdAt: 'asc' } })).map((e) => e.action);
  }

  beforeAll(async () => {
    platform = loadPlatformConfig({ ...process.env, ...TEST_ENV });
    config = loadClustersConfig({ ...process.env, ...TEST_ENV });
    prisma = new PrismaService(platform);
    redis = new Redis(platform.redisUrl);
    queues = new Queues(platform, [CLUSTERS_QUEUE]);
    vault = new AdminCredentialVault(platform);
    organizationId = randomUUID();
    environmentId = newId.environment();
    await prisma.organization.create({ data: { id: organizationId, displayName: 'Fake cloud org' } });
    await prisma.environment.create({ data: { id: environmentId, organizationId, displayName: 'default' } });
  });

  afterAll(async () => {
    await queues.onApplicationShutdown();
    await redis.quit();
    await prisma.$disconnect();
  });

  it('provisions a new cluster in one pass when its brokers start at once, and records it', async () => {
    const { reconciler, fake } = world();
    const c = await newCluster();
    expect(await converge(reconciler, c.id)).toEqual([{ kind: 'done' }]);
    const row = await read(c.id);
    expect(row.phase).toBe('PROVISIONED');
    expect(row.observedGeneration).toBe(row.generation);
    expect(row.bootstrapEndpoint).toBe('fake:9001');
    expect(readConditions(row.conditions).find((x) => x.type === 'Ready')).toMatchObject({ status: 'True' });
    expect(await auditActions(c.id)).toEqual(['cluster.provisioned']);
    expect(fake.has(c.id)).toBe(true);
  });

  it('requeues quickly while brokers start, then provisions', async () => {
    const { reconciler } = world({ startPasses: 2 });
    const c = await newCluster({ kind: 'Standard', brokerCount: 3 } as Partial<Cluster>);
    const outcomes = await converge(reconciler, c.id);
    expect(outcomes.slice(0, 2).every((o) => o.kind === 'requeue' && o.afterMs <= 500)).toBe(true);
    expect(outcomes.at(-1)).toEqual({ kind: 'done' });
    const mid = readConditions((await read(c.id)).conditions).find((x) => x.type === 'NodesReady');
    expect(mid).toMatchObject({ status: 'True', message: '3 of 3 brokers running' });
  });

  it('a steady pass writes nothing', async () => {
    const { reconciler } = world();
    const c = await newCluster();
    await converge(reconciler, c.id);
    const before = await read(c.id);
    await new Promise((r) => setTimeout(r, 20));
    expect(await reconciler.reconcile(c.id)).toEqual({ kind: 'done' });
    expect((await read(c.id)).updatedAt).toEqual(before.updatedAt);
  });

  it('a PROVISIONED cluster whose provider fails for 20 passes stays PROVISIONED and degraded, and recovers on the 21st', async () => {
    const { reconciler, fake } = world({}, { backoffMaxMs: 60_000 });
    const c = await newCluster();
    await converge(reconciler, c.id);
    fake.failNext(20, 'broker host unreachable', c.id);
    for (let pass = 1; pass <= 20; pass++) {
      const o = await reconciler.reconcile(c.id);
      expect(o.kind).toBe('requeue');
      if (o.kind === 'requeue') expect(o.afterMs).toBeLessThanOrEqual(72_000); // capped (plus jitter)
      const row = await read(c.id);
      expect(row.phase).toBe('PROVISIONED');
      expect(row.reconcileFailures).toBe(pass);
      const ready = readConditions(row.conditions).find((x) => x.type === 'Ready');
      expect(ready).toMatchObject({ status: 'False', reason: 'Degraded' });
      expect(ready?.message).toContain('broker host unreachable');
    }
    expect(await reconciler.reconcile(c.id)).toEqual({ kind: 'done' });
    const healed = await read(c.id);
    expect(healed.phase).toBe('PROVISIONED');
    expect(healed.reconcileFailures).toBe(0);
    expect(isDegraded(readConditions(healed.conditions))).toBe(false);
    // One degraded episode, one recovery: not one audit event per pass.
    expect(await auditActions(c.id)).toEqual(['cluster.provisioned', 'cluster.degraded', 'cluster.recovered']);
  });

  it('backoff grows with consecutive failures and stops at the cap', async () => {
    const { reconciler, fake } = world({}, { backoffMaxMs: 8_000 });
    const c = await newCluster();
    fake.failNext(8, 'no capacity', c.id);
    const delays: number[] = [];
    for (let i = 0; i < 8; i++) {
      const o = await reconciler.reconcile(c.id);
      if (o.kind === 'requeue') delays.push(o.afterMs);
    }
    expect(delays).toHaveLength(8);
    expect(delays[0]).toBeLessThan(delays[3]!);
    expect(Math.max(...delays)).toBeLessThanOrEqual(8_000 * 1.2);
    expect((await read(c.id)).phase).toBe('PROVISIONING'); // retried, not given up
  });

  it('a cluster that never becomes ready goes FAILED at the timeout, and is not reconciled after', async () => {
    const { reconciler, fake } = world({}, { provisioningTimeoutMs: 60_000 });
    const c = await newCluster();
    fake.neverBecomesReady(c.id);
    const early = await reconciler.reconcile(c.id);
    expect(early.kind).toBe('requeue');
    expect((await read(c.id)).phase).toBe('PROVISIONING');
    await prisma.cluster.update({ where: { id: c.id }, data: { provisioningStartedAt: new Date(Date.now() - 61_000) } });
    expect(await reconciler.reconcile(c.id)).toEqual({ kind: 'done' });
    const failed = await read(c.id);
    expect(failed.phase).toBe('FAILED');
    expect(failed.failureReason).toContain('did not become ready within 1 minutes');
    expect(failed.failureReason).toContain('NodesReady: 0 of 1 brokers running');
    const calls = fake.calls.ensureNodes;
    expect(await reconciler.reconcile(c.id)).toEqual({ kind: 'done' });
    expect(fake.calls.ensureNodes).toBe(calls);
  });

  it('deleting a degraded cluster completes, waiting on a slow teardown without holding a worker', async () => {
    const { reconciler, fake, writer, keys } = world({ teardownPasses: 2 });
    const c = await newCluster();
    await converge(reconciler, c.id);
    await prisma.apiKey.create({ data: { id: keyId(), organizationId, ownerKind: 'User', resourceKind: 'Cluster', resourceId: c.id, environmentId, secretHash: 'x' } });
    fake.failNext(3, 'disk full', c.id);
    await reconciler.reconcile(c.id);
    expect(isDegraded(readConditions((await read(c.id)).conditions))).toBe(true);
    expect(await writer.apply(await read(c.id), { type: 'deleteRequested', at: new Date() })).not.toBeNull();
    const outcomes = await converge(reconciler, c.id);
    expect(outcomes.at(-1)).toEqual({ kind: 'done' });
    // Two failures left from failNext, then two "not yet" answers from the teardown, then done.
    expect(outcomes.filter((o) => o.kind === 'requeue' && o.reason.includes('waiting for instances to terminate'))).toHaveLength(2);
    const gone = await read(c.id);
    expect(gone.phase).toBe('DELETED');
    expect(gone.deletedAt).not.toBeNull();
    expect(fake.has(c.id)).toBe(false);
    expect(await keys.keysOf(c)).toEqual([]);
  });

  it('deleting a FAILED cluster cleans up what it left', async () => {
    const { reconciler, fake, writer } = world({}, { provisioningTimeoutMs: 60_000 });
    const c = await newCluster();
    fake.neverBecomesReady(c.id);
    await reconciler.reconcile(c.id);
    await prisma.cluster.update({ where: { id: c.id }, data: { provisioningStartedAt: new Date(Date.now() - 61_000) } });
    await reconciler.reconcile(c.id);
    expect((await read(c.id)).phase).toBe('FAILED');
    expect(fake.has(c.id)).toBe(true);
    await writer.apply(await read(c.id), { type: 'deleteRequested', at: new Date() });
    expect(await converge(reconciler, c.id)).toEqual([{ kind: 'done' }]);
    expect((await read(c.id)).phase).toBe('DELETED');
    expect(fake.has(c.id)).toBe(false);
  });

  it('a delete that lands mid-pass wins: the stale pass writes nothing and looks again', async () => {
    const { reconciler, writer } = world();
    const c = await newCluster();
    await converge(reconciler, c.id);
    const stale = await read(c.id);
    await writer.apply(stale, { type: 'deleteRequested', at: new Date() });
    // The state the pass computed from is gone: compare-and-set refuses it.
    expect(await writer.apply(stale, { type: 'stepFailed', step: 'nodes', message: 'late news', permanent: false, failures: 1 })).toBeNull();
    expect((await read(c.id)).phase).toBe('DEPROVISIONING');
    await converge(reconciler, c.id);
    expect((await read(c.id)).phase).toBe('DELETED');
  });

  it('a killed broker is reported by the provider and restarted by the next pass; degraded meanwhile', async () => {
    const { reconciler, fake } = world({ startPasses: 1 });
    const c = await newCluster({ kind: 'Standard', brokerCount: 3 } as Partial<Cluster>);
    await converge(reconciler, c.id);
    const heard: string[] = [];
    const stop = fake.watchNodes((id) => heard.push(id));
    fake.killNode(c.id, 2);
    stop();
    expect(heard).toEqual([c.id]);
    const first = await reconciler.reconcile(c.id);
    expect(first.kind).toBe('requeue');
    const mid = await read(c.id);
    expect(mid.phase).toBe('PROVISIONED');
    expect(readConditions(mid.conditions).find((x) => x.type === 'Ready')).toMatchObject({ reason: 'Degraded', message: '2 of 3 brokers running' });
    expect(await reconciler.reconcile(c.id)).toEqual({ kind: 'done' });
    expect(isDegraded(readConditions((await read(c.id)).conditions))).toBe(false);
  });

  it('brokers that lost their metadata get every cluster key credential back', async () => {
    const { reconciler, fake } = world();
    const c = await newCluster();
    await converge(reconciler, c.id);
    const creds = new ClusterKeyCredentials(vault);
    const ids = [keyId(), keyId()];
    for (const id of ids) {
      await prisma.apiKey.create({ data: { id, organizationId, ownerKind: 'User', resourceKind: 'Cluster', resourceId: c.id, environmentId, secretHash: 'x', scramCredentialEnc: creds.create(id, `secret-${id}`).sealed } });
    }
    await reconciler.reconcile(c.id);
    expect(fake.scramUsersOf(c.id)).toEqual([...ids].sort());
    fake.loseMetadata(c.id);
    expect(fake.scramUsersOf(c.id)).toEqual([]);
    expect(await reconciler.reconcile(c.id)).toEqual({ kind: 'done' });
    expect(fake.scramUsersOf(c.id)).toEqual([...ids].sort());
    expect(readConditions((await read(c.id)).conditions).find((x) => x.type === 'CredentialsReady')).toMatchObject({ status: 'True', reason: 'Restored' });
  });

  it('removes an orphan only after the grace period, and never a cluster it knows', async () => {
    const { resync, fake, reconciler } = world({}, { orphanGraceMs: 10_000 });
    const known = await newCluster();
    await converge(reconciler, known.id);
    const orphan = newId.cluster();
    fake.plantOrphan(orphan);
    const t0 = Date.now();
    expect(await resync.sweepOrphans(t0)).toEqual([]);
    expect(await resync.sweepOrphans(t0 + 9_000)).toEqual([]);
    expect(fake.has(orphan)).toBe(true);
    expect(await resync.sweepOrphans(t0 + 10_500)).toEqual([orphan]);
    expect(fake.has(orphan)).toBe(false);
    expect(fake.has(known.id)).toBe(true);
  });

  it('Postgres says which clusters still have work when the queue lost it', async () => {
    const { resync, reconciler } = world();
    const steady = await newCluster();
    await converge(reconciler, steady.id);
    const pending = await newCluster();
    const q = queues.get(CLUSTERS_QUEUE.queue);
    await q.obliterate({ force: true });
    expect(await resync.enqueueUnobserved()).toBeGreaterThanOrEqual(1);
    const waiting = (await q.getJobs(['waiting', 'delayed', 'prioritized'])).map((j) => (j.data as { clusterId: string }).clusterId);
    expect(waiting).toContain(pending.id);
    expect(waiting).not.toContain(steady.id);
    await q.obliterate({ force: true });
  });
});
