import { pbkdf2Sync, randomBytes } from 'node:crypto';

export const SCRAM_SHA_512_MECHANISM = 2; // Kafka's ScramMechanism id for SCRAM-SHA-512
/** Kafka accepts 4096..16384 iterations for SCRAM-SHA-512. */
export const DEFAULT_SCRAM_ITERATIONS = 8192;

export interface ScramUpsertion {
  name: string;
  mechanism: number;
  iterations: number;
  salt: Buffer;
  saltedPassword: Buffer;
}

/**
 * The broker stores StoredKey/ServerKey derived from SaltedPassword = Hi(password, salt, i)
 * (RFC 5802), which is PBKDF2-HMAC-SHA-512; AlterUserScramCredentials carries SaltedPassword so
 * the clear password never reaches the broker.
 */
export function saltPasswordSha512(password: string, salt: Buffer, iterations: number): Buffer {
  return pbkdf2Sync(Buffer.from(password, 'utf8'), salt, iterations, 64, 'sha512');
}

export function scramSha512Upsertion(
  username: string,
  password: string,
  iterations: number = DEFAULT_SCRAM_ITERATIONS,
  salt: Buffer = randomBytes(32),
): ScramUpsertion {
  if (iterations < 4096 || iterations > 16384) {
    throw new RangeError(`SCRAM-SHA-512 iterations must be within 4096..16384, got ${iterations}`);
  }
  return {
    name: username,
    mechanism: SCRAM_SHA_512_MECHANISM,
    iterations,
    salt,
    saltedPassword: saltPasswordSha512(password, salt, iterations),
  };
}
