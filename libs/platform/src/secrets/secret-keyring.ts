import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The server secret, versioned so it can be rotated. Every ciphertext and keyed hash written names the
 * key that made it (`kid`: a short fingerprint of the key, so operators never number versions by hand);
 * anything made under `TRIBUTARY_SECRET_KEY_PREVIOUS` still opens and verifies, the worker re-seals old
 * ciphertexts with the current key, and keyed hashes (of secrets we never keep) are re-hashed the next
 * time their secret is presented. Rows written before versioning (`v1.…` ciphertexts, bare hex hashes)
 * carry no kid: every known key is tried, the authentication tag (or the hash) tells which one is right.
 */
export interface SecretKeys {
  current: string;
  previous: readonly string[];
}

interface Key {
  kid: string;
  secret: string;
}

/** What a stored keyed hash says about a presented value. */
export type HashMatch = 'current' | 'stale' | 'mismatch';

export function secretKeyId(secret: string): string {
  return createHash('sha256').update(`tributary-secret-key-id\n${secret}`).digest('hex').slice(0, 8);
}

export class SecretKeyring {
  private readonly keys: Key[];

  constructor(keys: SecretKeys) {
    this.keys = [keys.current, ...keys.previous.filter((k) => k !== keys.current)].map((secret) => ({ kid: secretKeyId(secret), secret }));
  }

  get currentKid(): string {
    return this.keys[0]!.kid;
  }

  /** Authenticated encryption for one purpose (the purpose keeps one kind of ciphertext from opening as another). */
  sealer(purpose: string): Sealer {
    return new Sealer(this.keys.map((k) => ({ kid: k.kid, aes: createHash('sha256').update(`${purpose}:${k.secret}`).digest() })));
  }

  /** A keyed hash of a high-entropy value (an API key's secret) under the current key: `h2.<kid>.<hex>`. */
  keyedHash(value: string): string {
    const k = this.keys[0]!;
    return `h2.${k.kid}.${hmac(k.secret, value)}`;
  }

  /** Checks a presented value against its stored hash, under whichever known key made it. */
  matchKeyedHash(stored: string, value: string): HashMatch {
    const parts = stored.split('.');
    if (parts.length === 3 && parts[0] === 'h2') {
      const key = this.keys.find((k) => k.kid === parts[1]);
      if (!key || !equal(parts[2]!, hmac(key.secret, value))) return 'mismatch';
      return key === this.keys[0] ? 'current' : 'stale';
    }
    // Written before keys were versioned: bare hex under some key.
    return this.keys.some((k) => equal(stored, hmac(k.secret, value))) ? 'stale' : 'mismatch';
  }

  /** True when the hash was made with the current key (nothing to re-hash). */
  hashIsCurrent(stored: string): boolean {
    return stored.startsWith(`h2.${this.currentKid}.`);
  }
}

export class Sealer {
  constructor(private readonly keys: ReadonlyArray<{ kid: string; aes: Buffer }>) {}

  /** `v2.<kid>.<iv>.<tag>.<ciphertext>`, AES-256-GCM under the current key. */
  seal(plain: string): string {
    const k = this.keys[0]!;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', k.aes, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v2', k.kid, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
  }

  open(sealed: string): string {
    const parts = sealed.split('.');
    if (parts[0] === 'v2' && parts.length === 5) {
      const key = this.keys.find((k) => k.kid === parts[1]);
      if (!key) throw new Error(`sealed under key ${parts[1]}, which is neither TRIBUTARY_SECRET_KEY nor TRIBUTARY_SECRET_KEY_PREVIOUS`);
      return decrypt(key.aes, parts[2]!, parts[3]!, parts[4]!);
    }
    if (parts[0] === 'v1' && parts.length === 4) {
      for (const key of this.keys) {
        try {
          return decrypt(key.aes, parts[1]!, parts[2]!, parts[3]!);
        } catch {
          // The tag did not verify under this key: try the next one.
        }
      }
      throw new Error('sealed under a key that is neither TRIBUTARY_SECRET_KEY nor TRIBUTARY_SECRET_KEY_PREVIOUS');
    }
    throw new Error('unrecognised sealed value');
  }

  isCurrent(sealed: string): boolean {
    return sealed.startsWith(`v2.${this.keys[0]!.kid}.`);
  }

  /** The same plaintext sealed under the current key, or null when it already is. */
  reseal(sealed: string): string | null {
    return this.isCurrent(sealed) ? null : this.seal(this.open(sealed));
  }
}

function decrypt(key: Buffer, iv: string, tag: string, body: string): string {
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}

function hmac(key: string, value: string): string {
  return createHmac('sha256', key).update(value).digest('hex');
}

function equal(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

const rings = new WeakMap<SecretKeys, SecretKeyring>();

/** One keyring per parsed configuration (services that take the config build theirs from it). */
export function secretKeyringOf(config: { secretKeys: SecretKeys }): SecretKeyring {
  let ring = rings.get(config.secretKeys);
  if (!ring) rings.set(config.secretKeys, (ring = new SecretKeyring(config.secretKeys)));
  return ring;
}
