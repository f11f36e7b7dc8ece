import { createHash, createHmac, randomBytes, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';

const LOWER = 'abcdefghijklmnopqrstuvwxyz0123456789';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function randomString(alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

/** Ids in the reference's style: a type prefix and a short random suffix (`env-8k2m1q`). */
export const newId = {
  environment: () => `env-${randomString(LOWER, 6)}`,
  serviceAccount: () => `sa-${randomString(LOWER, 6)}`,
  user: () => `u-${randomString(LOWER, 6)}`,
  cluster: () => `lkc-${randomString(LOWER, 6)}`,
  invitation: () => `i-${randomString(LOWER, 8)}`,
  session: () => `ses-${randomString(LOWER, 12)}`,
  audit: () => `ae-${randomString(LOWER, 16)}`,
  organization: () => randomUUID(),
  /** API keys are upper-case ids, as the reference's. */
  apiKey: () => randomString(UPPER, 16),
  /** High-entropy secret, URL- and shell-safe. */
  secret: () => randomBytes(48).toString('base64url'),
  token: () => randomBytes(32).toString('base64url'),
};

export const ID_PATTERNS = {
  environment: /^env-[a-z0-9]{1,32}$/,
  serviceAccount: /^sa-[a-z0-9]{1,32}$/,
  user: /^u-[a-z0-9]{1,32}$/,
  cluster: /^lkc-[a-z0-9]{1,32}$/,
  apiKey: /^[A-Z0-9]{16}$/,
} as const;

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** Keyed hash for high-entropy secrets (API key secrets): fast enough for every request, useless without the server key. */
export function hmacSha256(key: string, value: string): string {
  return createHmac('sha256', key).update(value).digest('hex');
}

export function constantTimeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}
