import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError, loadPlatformConfig, newId } from '@tributary/platform';
import { PrismaService } from '../prisma.service';
import { CrossTenantWriteError } from '../tenancy/org-scoped-client';
import { TenantRepositories } from './tenant-repositories';

// The slot's test database, named as the test harness names it (the harness depends on db, not
// the other way round).
const slot = Number(process.env.TRIBUTARY_TEST_SLOT ?? 0);
const TEST_ENV = { TRIBUTARY_DB_NAME: slot ? `tributary_test_${slot}` : 'tributary_test', TRIBUTARY_LOG_LEVEL: 'warn' };

/** Resolves once `n` callers have arrived: makes racing transactions overlap for sure, not by timing. */
function barrier(n: number): () => Promise<void> {
  let arrived = 0;
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  return () => {
    if (++arrived >= n) open();
    return opened;
  };
}

/** The org-scoped repositories against the real Postgres: isolation, pages, conflicts, retries. */
describe('TenantRepositories', () => {
  const prisma = new PrismaService(loadPlatformConfig({ ...process.env, ...TEST_ENV }));
  const repos = new TenantRepositories(prisma);
  const orgA = randomUUID();
  const orgB = randomUUID();

  beforeAll(async () => {
    await prisma.organization.createMany({ data: [{ id: orgA, displayName: 'A' }, { id: orgB, displayName: 'B' }] });
  });
  afterAll(async () => {
    await prisma.organization.deleteMany({ where: { id: { in: [orgA, orgB] } } });
    await prisma.$disconnect();
  });

  async function envIn(org: string, displayName = 'e') {
    return repos.for(org).environments.create({ id: newId.environment(), displayName });
  }

  it('sets the organization on create, and refuses a row for another organization', async () => {
    const env = await envIn(orgA);
    expect(env.organizationId).toBe(orgA);
    await expect(repos.for(orgA).db.environment.create({ data: { id: newId.environment(), organizationId: orgB, displayName: 'x' } })).rejects.toBeInstanceOf(CrossTenantWriteError);
    await expect(repos.for(orgA).environments.updateWhere({ id: env.id }, { organizationId: orgB } as never)).rejects.toBeInstanceOf(CrossTenantWriteError);
  });

  it("never reads, changes or deletes another organization's row, whichever operation", async () => {
    const theirs = await envIn(orgB, 'theirs');
    const mine = repos.for(orgA);
    expect(await mine.environments.find(theirs.id)).toBeNull();
    await expect(mine.environments.get(theirs.id)).rejects.toMatchObject({ code: 'not_found', message: `Environment '${theirs.id}' was not found` });
    await expect(mine.environments.update(theirs.id, { displayName: 'hijacked' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(mine.environments.delete(theirs.id)).rejects.toMatchObject({ code: 'not_found' });
    expect(await mine.environments.updateWhere({ id: theirs.id }, { displayName: 'hijacked' })).toBe(0);
    expect(await mine.environments.deleteWhere({ id: theirs.id })).toBe(0);
    expect(await mine.environments.findMany({ id: theirs.id })).toEqual([]);
    expect(await mine.environments.count({ id: theirs.id })).toBe(0);
    // The scoped client itself, findUnique and OR-filters included.
    expect(await mine.db.environment.findUnique({ where: { id: theirs.id } })).toBeNull();
    expect(await mine.db.environment.findMany({ where: { OR: [{ id: theirs.id }, { organizationId: orgB }] } })).toEqual([]);
    expect(await mine.db.organization.findUnique({ where: { id: orgB } })).toBeNull();
    expect((await mine.db.organization.findUnique({ where: { id: orgA } }))?.displayName).toBe('A');
    const untouched = await repos.for(orgB).environments.get(theirs.id);
    expect(untouched.displayName).toBe('theirs');
  });

  it('pages in (created_at, id) order with the total, first page in one query when it is not full', async () => {
    const org = randomUUID();
    await prisma.organization.create({ data: { id: org, displayName: 'pages' } });
    try {
      const scope = repos.for(org);
      for (let i = 0; i < 5; i++) await scope.environments.create({ id: `env-p${i}${randomUUID().slice(0, 4)}`, displayName: `p${i}` });
      const first = await scope.environments.page({}, { pageSize: 2 });
      expect(first.items.map((e) => e.displayName)).toEqual(['p0', 'p1']);
      expect(first.totalSize).toBe(5);
      const second = await scope.environments.page({}, { pageSize: 2, after: first.next! });
      expect(second.items.map((e) => e.displayName)).toEqual(['p2', 'p3']);
      const third = await scope.environments.page({}, { pageSize: 2, after: second.next! });
      expect(third.items.map((e) => e.displayName)).toEqual(['p4']);
      expect(third.next).toBeUndefined();
      const filtered = await scope.environments.page({ displayName: { in: ['p1', 'p3'] } }, { pageSize: 10 });
      expect(filtered).toMatchObject({ totalSize: 2, items: [{ displayName: 'p1' }, { displayName: 'p3' }] });
      expect(filtered.next).toBeUndefined();
    } finally {
      await prisma.organization.delete({ where: { id: org } });
    }
  });

  it('names the column of a unique violation, and calls an id collision a retryable conflict', async () => {
    const scope = repos.for(orgA);
    const sa = await scope.serviceAccounts.create({ id: newId.serviceAccount(), displayName: 'ci' });
    const dup = await scope.serviceAccounts.create({ id: newId.serviceAccount(), displayName: 'ci' }).catch((e: unknown) => e);
    expect(dup).toBeInstanceOf(AppError);
    expect(dup).toMatchObject({ code: 'conflict', status: 409, message: "display_name 'ci' is already used by another service account in this organization: choose another display_name" });
    const other = await scope.serviceAccounts.create({ id: newId.serviceAccount(), displayName: 'cd' });
    await expect(scope.serviceAccounts.update(other.id, { displayName: 'ci' })).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining("display_name 'ci'") });
    const collision = await scope.serviceAccounts.create({ id: sa.id, displayName: 'another' }).catch((e: unknown) => e);
    expect(collision).toMatchObject({ code: 'conflict', retryAfterSeconds: 1 });
    expect((collision as AppError).message).toMatch(/collided .* try again/);
    expect((collision as AppError).message).not.toMatch(/display_name|email/);
    // The same name in another organization is fine: the constraint is per organization.
    expect((await repos.for(orgB).serviceAccounts.create({ id: newId.serviceAccount(), displayName: 'ci' })).organizationId).toBe(orgB);
  });

  it('commits or rolls back a transaction as a whole, and a nested transaction joins the outer one', async () => {
    const scope = repos.for(orgA);
    const id = newId.environment();
    await expect(
      scope.transaction(async (tx) => {
        await tx.environments.create({ id, displayName: 'rolled back' });
        await tx.transaction(async (inner) => {
          expect(inner).toBe(tx);
          await inner.auditEvents.create({ id: newId.audit(), actorKind: 'System', actorId: 't', action: 'x', resourceKind: 'Environment', resourceId: id });
        });
        throw AppError.conflict('abort');
      }),
    ).rejects.toMatchObject({ code: 'conflict', message: 'abort' });
    expect(await scope.environments.find(id)).toBeNull();
    expect(await scope.auditEvents.count({ resourceId: id })).toBe(0);
  });

  it('retries serialization failures: concurrent quota-checked creates all answer, none over the quota, none with a 500', async () => {
    const org = randomUUID();
    await prisma.organization.create({ data: { id: org, displayName: 'race' } });
    const QUOTA = 3;
    try {
      const scope = repos.for(org);
      let attemptsSeen = 0;
      const allCounted = barrier(8);
      const createUnderQuota = (i: number) =>
        scope.transaction(
          async (tx) => {
            attemptsSeen++;
            const n = await tx.environments.count();
            // First attempts all read before any writes: SSI must abort some of them.
            if (attemptsSeen <= 8) await allCounted();
            if (n >= QUOTA) throw new AppError('quota_exceeded', `quota of ${QUOTA} reached`);
            return tx.environments.create({ id: `env-r${i}${randomUUID().slice(0, 6)}`, displayName: `r${i}` });
          },
          { isolation: 'Serializable', attempts: 8 },
        );
      const results = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => createUnderQuota(i)));
      const codes = results.map((r) => (r.status === 'fulfilled' ? 'created' : r.reason instanceof AppError ? r.reason.code : String(r.reason)));
      expect(codes.filter((c) => c === 'created').length).toBeLessThanOrEqual(QUOTA);
      for (const c of codes) expect(['created', 'quota_exceeded', 'conflict']).toContain(c);
      expect(await scope.environments.count()).toBe(codes.filter((c) => c === 'created').length);
      // Eight transactions racing on one count cannot all have passed first time.
      expect(attemptsSeen).toBeGreaterThan(8);
    } finally {
      await prisma.organization.delete({ where: { id: org } });
    }
  });

  it('gives the connection back when COMMIT itself fails: racing transactions on a tiny pool leave it usable', async () => {
    const small = new PrismaService(loadPlatformConfig({ ...process.env, ...TEST_ENV, TRIBUTARY_DB_POOL_SIZE: '3' }));
    const org = randomUUID();
    await small.organization.create({ data: { id: org, displayName: 'pool' } });
    try {
      const scope = new TenantRepositories(small).for(org);
      let failures = 0;
      for (let round = 0; round < 6; round++) {
        const allCounted = barrier(3);
        const results = await Promise.allSettled(
          Array.from({ length: 3 }, (_, i) =>
            scope.transaction(
              async (tx) => {
                const n = await tx.environments.count();
                await allCounted();
                return tx.environments.create({ id: `env-q${round}${i}${randomUUID().slice(0, 4)}`, displayName: `q${n}` });
              },
              { isolation: 'Serializable', attempts: 1 },
            ),
          ),
        );
        failures += results.filter((r) => r.status === 'rejected').length;
        for (const r of results) if (r.status === 'rejected') expect(r.reason).toMatchObject({ code: 'conflict' });
      }
      // Each round's three read before any wrote, so at least one per round lost: more failures than
      // connections, and a connection leaked per failed COMMIT would leave this query hanging.
      expect(failures).toBeGreaterThanOrEqual(6);
      expect(await scope.environments.count()).toBe(18 - failures);
    } finally {
      await small.organization.delete({ where: { id: org } });
      await small.$disconnect();
    }
  });

  it('system: finds whose a row is across organizations, and moves a session only to an organization of its user', async () => {
    const env = await envIn(orgB);
    const cluster = await repos.for(orgB).clusters.create({
      id: newId.cluster(), environmentId: env.id, displayName: 'c', cloud: 'LOCAL', region: 'local', availability: 'SINGLE_ZONE', kind: 'Basic', brokerCount: 1, adminPasswordEnc: 'x',
    });
    expect(await repos.system.organizationOf('cluster', cluster.id)).toBe(orgB);
    expect((await repos.system.clusters.findMany({ id: cluster.id })).map((c) => c.organizationId)).toEqual([orgB]);
    const userId = newId.user();
    await prisma.user.create({ data: { id: userId, email: `${userId}@example.com`, fullName: 'U', passwordHash: 'x' } });
    try {
      await repos.for(orgA).memberships.create({ userId, role: 'Viewer' });
      const session = await repos.for(orgA).sessions.create({ id: newId.session(), tokenHash: randomUUID(), userId, csrfToken: 'c', expiresAt: new Date(Date.now() + 60_000) });
      expect(await repos.system.moveSession(session.id, userId, orgB)).toBe(false);
      await repos.for(orgB).memberships.create({ userId, role: 'Viewer' });
      expect(await repos.system.moveSession(session.id, userId, orgB)).toBe(true);
      expect((await repos.for(orgB).sessions.get(session.id)).organizationId).toBe(orgB);
      expect((await repos.system.membershipsOfUser(userId)).map((m) => m.organizationId)).toEqual([orgA, orgB]);
    } finally {
      await prisma.user.delete({ where: { id: userId } });
    }
  });
});
