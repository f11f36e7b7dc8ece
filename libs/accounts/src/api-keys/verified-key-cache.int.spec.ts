import { TEST_ENV, waitFor } from '@tributary/testing';
import type { ApiKey } from '@tributary/db';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountsConfig } from '../accounts.config';
import { principalOfApiKey } from './api-key-principal';
import type { VerifiedApiKey } from './api-keys.service';
import { VerifiedKeyCache } from './verified-key-cache';

const config = { apiKeyCacheMs: 60_000 } as AccountsConfig;
const redis = new Redis(TEST_ENV.TRIBUTARY_REDIS_URL);
const a = new VerifiedKeyCache(redis, config);
const b = new VerifiedKeyCache(redis, config);

function verified(id: string, organizationId: string, role: VerifiedApiKey['role'] = 'Operator'): VerifiedApiKey {
  const key = { id, organizationId, secretHash: `hash-of-${id}`, ownerKind: 'User', ownerUserId: 'u-1', ownerServiceAccountId: null, resourceKind: 'Cluster', resourceId: 'lkc-1' } as ApiKey;
  return { key, role, roleBindings: [], ownerKind: 'User', ownerId: 'u-1' };
}

/** Both processes' caches are subscribed once a stored entry can be read back. */
async function untilListening(cache: VerifiedKeyCache): Promise<void> {
  await waitFor(
    async () => {
      cache.set(verified('PROBE00000000000', 'org-probe'), cache.currentEpoch());
      return cache.get('PROBE00000000000', 'hash-of-PROBE00000000000') ? true : undefined;
    },
    { timeoutMs: 10_000, intervalMs: 20 },
  );
}

beforeAll(async () => {
  a.onModuleInit();
  b.onModuleInit();
  await untilListening(a);
  await untilListening(b);
});
afterAll(async () => {
  a.onModuleDestroy();
  b.onModuleDestroy();
  await redis.quit();
});

describe('VerifiedKeyCache (two caches on one real Redis)', () => {
  it('serves a key only for its own secret', () => {
    a.set(verified('KEY0000000000001', 'org-1'), a.currentEpoch());
    expect(a.get('KEY0000000000001', 'hash-of-KEY0000000000001')?.role).toBe('Operator');
    expect(a.get('KEY0000000000001', 'some other hash')).toBeUndefined();
  });

  it('drops a key, or a whole organization, on every cache that shares the Redis', async () => {
    for (const c of [a, b]) {
      c.set(verified('KEY0000000000002', 'org-2'), c.currentEpoch());
      c.set(verified('KEY0000000000003', 'org-3'), c.currentEpoch());
    }
    await a.invalidateKey('KEY0000000000002');
    expect(a.get('KEY0000000000002', 'hash-of-KEY0000000000002')).toBeUndefined();
    await waitFor(async () => (b.get('KEY0000000000002', 'hash-of-KEY0000000000002') ? undefined : true), { timeoutMs: 5_000, intervalMs: 5 });
    expect(b.get('KEY0000000000003', 'hash-of-KEY0000000000003')).toBeDefined();
    await a.invalidateOrganization('org-3');
    await waitFor(async () => (b.get('KEY0000000000003', 'hash-of-KEY0000000000003') ? undefined : true), { timeoutMs: 5_000, intervalMs: 5 });
  });

  it('does not keep a verification that was under way when an invalidation came in', async () => {
    const epoch = b.currentEpoch();
    // The database read happens here; meanwhile the owner is demoted through the other process.
    await a.invalidateOrganization('org-4');
    await waitFor(async () => (b.currentEpoch() !== epoch ? true : undefined), { timeoutMs: 5_000, intervalMs: 5 });
    b.set(verified('KEY0000000000004', 'org-4', 'OrganizationAdmin'), epoch);
    expect(b.get('KEY0000000000004', 'hash-of-KEY0000000000004')).toBeUndefined();
  });

  it("builds a key's caller with the owner's role and the key's resource", () => {
    const p = principalOfApiKey(verified('KEY0000000000005', 'org-5', 'Viewer'), { ip: '192.0.2.9' });
    expect(p).toMatchObject({ kind: 'User', id: 'u-1', organizationId: 'org-5', role: 'Viewer', via: 'api_key', apiKeyId: 'KEY0000000000005', apiKeyResource: { kind: 'Cluster', id: 'lkc-1' }, ip: '192.0.2.9' });
  });
});
