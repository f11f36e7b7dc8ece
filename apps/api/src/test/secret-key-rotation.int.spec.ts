import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminCredentialVault, ClusterKeyCredentials } from '@tributary/clusters';
import { PrismaService } from '@tributary/db';
import { loadPlatformConfig, newId, secretKeyId } from '@tributary/platform';
import { signUpTenant, TEST_ENV, waitFor, WorkerProcess, type TestTenant } from '@tributary/testing';
import { startTestApi } from './start-test-api';

// Two server secrets: A before the rotation, B after it.
const A = `key-A-${randomBytes(24).toString('hex')}`;
const B = `key-B-${randomBytes(24).toString('hex')}`;
const withA = { TRIBUTARY_SECRET_KEY: A };
const rotated = { TRIBUTARY_SECRET_KEY: B, TRIBUTARY_SECRET_KEY_PREVIOUS: A };
const onlyB = { TRIBUTARY_SECRET_KEY: B };

const platform = (keys: Record<string, string>) => loadPlatformConfig({ ...process.env, ...TEST_ENV, TRIBUTARY_SECRET_KEY_PREVIOUS: '', ...keys });
const vaultOf = (keys: Record<string, string>) => new AdminCredentialVault(platform(keys));

let prisma: PrismaService;
let tenant: TestTenant;
/** A second Cloud key whose hash is in the format written before keys were versioned (bare hex). */
let legacyKey: { id: string; secret: string };
/** A third one nobody uses while A is the previous key. */
let idleKey: { id: string; secret: string };
const clusterIds: string[] = [];
const passwords = new Map<string, string>();
let clusterKeyId: string;
let clusterKeyUpsertion: ReturnType<ClusterKeyCredentials['create']>['upsertion'];

async function withApi<T>(keys: Record<string, string>, run: (api: Awaited<ReturnType<typeof startTestApi>>['api']) => Promise<T>): Promise<T> {
  const started = await startTestApi({ ...keys, TRIBUTARY_SECRET_KEY_PREVIOUS: keys.TRIBUTARY_SECRET_KEY_PREVIOUS ?? '' });
  try {
    return await run(started.api);
  } finally {
    await started.close();
  }
}

beforeAll(async () => {
  prisma = new PrismaService(platform(withA));
  await withApi(withA, async (api) => {
    tenant = await signUpTenant(api, 'Rotation');
    const mk = async (name: string) => {
      const k = await api.post('/iam/v2/api-keys', { spec: { display_name: name, owner: { id: tenant.userId } } }, tenant.asSession);
      expect(k.status).toBe(202);
      return { id: k.body.id as string, secret: k.body.spec.secret as string };
    };
    legacyKey = await mk('legacy');
    idleKey = await mk('idle');
  });
  await prisma.apiKey.update({ where: { id: legacyKey.id }, data: { secretHash: createHmac('sha256', A).update(legacyKey.secret).digest('hex') } });

  // Rows sealed under A: one admin password as today, one as written before versioning (v1).
  const vaultA = vaultOf(withA);
  const legacyV1 = (plain: string) => {
    const sealed = vaultA.encrypt(plain).split('.');
    // Same AES key and GCM parts, without the key id: exactly the v1 layout.
    return ['v1', sealed[2], sealed[3], sealed[4]].join('.');
  };
  for (const [i, seal] of [(p: string) => vaultA.encrypt(p), legacyV1].entries()) {
    const id = newId.cluster();
    const password = `admin-password-${i}-${randomUUID()}`;
    passwords.set(id, password);
    clusterIds.push(id);
    await prisma.cluster.create({
      data: {
        id, organizationId: tenant.organizationId, environmentId: tenant.defaultEnvironmentId, displayName: `sealed-${i}`, cloud: 'LOCAL', region: 'local', availability: 'SINGLE_ZONE',
        kind: 'Basic', brokerCount: 1, phase: 'DELETED', deletedAt: new Date(), nodes: [], adminPasswordEnc: seal(password),
      },
    });
  }
  clusterKeyId = newId.apiKey();
  const created = new ClusterKeyCredentials(vaultA).create(clusterKeyId, 'cluster key secret');
  clusterKeyUpsertion = created.upsertion;
  await prisma.apiKey.create({
    data: {
      id: clusterKeyId, organizationId: tenant.organizationId, ownerKind: 'User', ownerUserId: tenant.userId, resourceKind: 'Cluster', resourceId: clusterIds[0]!,
      environmentId: tenant.defaultEnvironmentId, secretHash: 'x', scramCredentialEnc: created.sealed,
    },
  });
}, 120_000);

afterAll(async () => {
  await prisma?.$disconnect();
});

const sealedRows = async () => ({
  clusters: (await prisma.cluster.findMany({ where: { id: { in: clusterIds } }, select: { id: true, adminPasswordEnc: true } })),
  clusterKey: (await prisma.apiKey.findUniqueOrThrow({ where: { id: clusterKeyId } })).scramCredentialEnc!,
});

describe('rotating TRIBUTARY_SECRET_KEY (real api, worker process, Postgres)', () => {
  it('seals and hashes naming key A', async () => {
    const rows = await sealedRows();
    expect(rows.clusters.map((c) => c.adminPasswordEnc.split('.')[0]).sort()).toEqual(['v1', 'v2']);
    expect(rows.clusterKey.startsWith(`v2.${secretKeyId(A)}.`)).toBe(true);
    const hash = (await prisma.apiKey.findUniqueOrThrow({ where: { id: tenant.cloudKey.id } })).secretHash;
    expect(hash.startsWith(`h2.${secretKeyId(A)}.`)).toBe(true);
  });

  it('with B current and A previous, everything still opens and verifies; keys used move their hash to B', async () => {
    await withApi(rotated, async (api) => {
      expect((await api.get('/org/v2/environments', tenant.asKey)).status).toBe(200);
      expect((await api.get('/org/v2/environments', { key: legacyKey })).status).toBe(200);
      // A wrong secret is still refused, under either key.
      expect((await api.get('/org/v2/environments', { key: { id: legacyKey.id, secret: 'wrong' } })).status).toBe(401);
    });
    for (const id of [tenant.cloudKey.id, legacyKey.id]) {
      expect((await prisma.apiKey.findUniqueOrThrow({ where: { id } })).secretHash.startsWith(`h2.${secretKeyId(B)}.`)).toBe(true);
    }
    const vault = vaultOf(rotated);
    const rows = await sealedRows();
    for (const c of rows.clusters) expect(vault.decrypt(c.adminPasswordEnc)).toBe(passwords.get(c.id));
    expect(new ClusterKeyCredentials(vault).unseal(clusterKeyId, rows.clusterKey)).toEqual(clusterKeyUpsertion);
  });

  it("the worker's reseal-secrets job re-seals every row under B, without changing what they hold", async () => {
    const worker = new WorkerProcess(rotated).start();
    try {
      const prefix = `v2.${secretKeyId(B)}.`;
      await waitFor(
        async () => {
          const rows = await sealedRows();
          return rows.clusters.every((c) => c.adminPasswordEnc.startsWith(prefix)) && rows.clusterKey.startsWith(prefix) ? true : undefined;
        },
        { timeoutMs: 120_000, intervalMs: 500, describe: () => worker.logs() },
      );
    } finally {
      await worker.stop();
    }
  }, 180_000);

  it('then A can be dropped: B alone opens every sealed row and verifies every key used meanwhile', async () => {
    const vault = vaultOf(onlyB);
    const rows = await sealedRows();
    for (const c of rows.clusters) expect(vault.decrypt(c.adminPasswordEnc)).toBe(passwords.get(c.id));
    expect(new ClusterKeyCredentials(vault).unseal(clusterKeyId, rows.clusterKey)).toEqual(clusterKeyUpsertion);
    // A ciphertext still under A would not open now: the rotation really needed the job.
    expect(() => vault.decrypt(vaultOf(withA).encrypt('still under A'))).toThrow(/neither TRIBUTARY_SECRET_KEY nor TRIBUTARY_SECRET_KEY_PREVIOUS/);
    await withApi(onlyB, async (api) => {
      expect((await api.get('/org/v2/environments', tenant.asKey)).status).toBe(200);
      expect((await api.get('/org/v2/environments', { key: legacyKey })).status).toBe(200);
      // Never used while A was the previous key: its hash could not move (the secret is never kept),
      // which is why the job reports such keys before A is dropped (docs: README, "Rotating the secret").
      expect((await api.get('/org/v2/environments', { key: idleKey })).status).toBe(401);
    });
  });
});
