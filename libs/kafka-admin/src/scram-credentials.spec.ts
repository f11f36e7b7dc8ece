import { pbkdf2Sync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCRAM_ITERATIONS, SCRAM_SHA_512_MECHANISM, scramSha512Upsertion } from './scram-credentials';

describe('scramSha512Upsertion', () => {
  it('salts the password with PBKDF2-HMAC-SHA-512 (RFC 5802 Hi) and a fresh random salt', () => {
    const first = scramSha512Upsertion('key-1', 's3cret');
    const second = scramSha512Upsertion('key-1', 's3cret');
    expect(first.mechanism).toBe(SCRAM_SHA_512_MECHANISM);
    expect(first.iterations).toBe(DEFAULT_SCRAM_ITERATIONS);
    expect(first.saltedPassword).toHaveLength(64);
    expect(first.salt.equals(second.salt)).toBe(false);
    expect(first.saltedPassword).toEqual(pbkdf2Sync('s3cret', first.salt, DEFAULT_SCRAM_ITERATIONS, 64, 'sha512'));
  });

  it('refuses iteration counts the broker would reject', () => {
    expect(() => scramSha512Upsertion('k', 'p', 1000)).toThrow(RangeError);
    expect(() => scramSha512Upsertion('k', 'p', 20000)).toThrow(RangeError);
    expect(scramSha512Upsertion('k', 'p', 4096).iterations).toBe(4096);
  });
});
