import { createCipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SecretKeyring, secretKeyId } from './secret-keyring';

const A = 'a'.repeat(16) + randomBytes(16).toString('hex');
const B = 'b'.repeat(16) + randomBytes(16).toString('hex');

/** How the vault sealed before keys were versioned (kept here to prove those rows still open). */
function legacySeal(secret: string, plain: string): string {
  const key = createHash('sha256').update(`cluster-admin:${secret}`).digest();
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
}

describe('SecretKeyring: rotating TRIBUTARY_SECRET_KEY', () => {
  it('seals naming the key, opens under a rotated ring, reseals to the new key, then needs the old one no more', () => {
    const ringA = new SecretKeyring({ current: A, previous: [] }).sealer('cluster-admin');
    const sealed = ringA.seal('the admin password');
    expect(sealed.startsWith(`v2.${secretKeyId(A)}.`)).toBe(true);
    expect(sealed).not.toContain(A);

    const rotated = new SecretKeyring({ current: B, previous: [A] }).sealer('cluster-admin');
    expect(rotated.open(sealed)).toBe('the admin password');
    expect(rotated.isCurrent(sealed)).toBe(false);
    const resealed = rotated.reseal(sealed)!;
    expect(resealed.startsWith(`v2.${secretKeyId(B)}.`)).toBe(true);
    expect(rotated.reseal(resealed)).toBeNull();

    const onlyB = new SecretKeyring({ current: B, previous: [] }).sealer('cluster-admin');
    expect(onlyB.open(resealed)).toBe('the admin password');
    expect(() => onlyB.open(sealed)).toThrow(/neither TRIBUTARY_SECRET_KEY nor TRIBUTARY_SECRET_KEY_PREVIOUS/);
  });

  it('opens and reseals what was sealed before versioning (v1), under the current or the previous key', () => {
    const old = legacySeal(A, 'from before');
    expect(new SecretKeyring({ current: A, previous: [] }).sealer('cluster-admin').open(old)).toBe('from before');
    const rotated = new SecretKeyring({ current: B, previous: [A] }).sealer('cluster-admin');
    expect(rotated.open(old)).toBe('from before');
    expect(rotated.open(rotated.reseal(old)!)).toBe('from before');
    expect(() => new SecretKeyring({ current: B, previous: [] }).sealer('cluster-admin').open(old)).toThrow();
  });

  it('keeps one purpose from opening another', () => {
    const ring = new SecretKeyring({ current: A, previous: [] });
    expect(() => ring.sealer('other').open(ring.sealer('cluster-admin').seal('x'))).toThrow();
  });

  it('refuses a tampered ciphertext', () => {
    const s = new SecretKeyring({ current: A, previous: [] }).sealer('p');
    const parts = s.seal('secret').split('.');
    parts[4] = Buffer.from('garbage!').toString('base64url');
    expect(() => s.open(parts.join('.'))).toThrow();
  });

  it('keyed hashes name their key; old and legacy ones verify as stale, wrong values never', () => {
    const ringA = new SecretKeyring({ current: A, previous: [] });
    const hashA = ringA.keyedHash('key secret');
    const legacy = createHmac('sha256', A).update('key secret').digest('hex');
    expect(ringA.matchKeyedHash(hashA, 'key secret')).toBe('current');
    expect(ringA.matchKeyedHash(legacy, 'key secret')).toBe('stale');
    expect(ringA.matchKeyedHash(hashA, 'other secret')).toBe('mismatch');

    const rotated = new SecretKeyring({ current: B, previous: [A] });
    expect(rotated.matchKeyedHash(hashA, 'key secret')).toBe('stale');
    expect(rotated.matchKeyedHash(legacy, 'key secret')).toBe('stale');
    expect(rotated.matchKeyedHash(hashA, 'other secret')).toBe('mismatch');
    const hashB = rotated.keyedHash('key secret');
    expect(rotated.hashIsCurrent(hashB)).toBe(true);
    expect(rotated.hashIsCurrent(hashA)).toBe(false);

    const onlyB = new SecretKeyring({ current: B, previous: [] });
    expect(onlyB.matchKeyedHash(hashB, 'key secret')).toBe('current');
    expect(onlyB.matchKeyedHash(hashA, 'key secret')).toBe('mismatch');
  });
});
