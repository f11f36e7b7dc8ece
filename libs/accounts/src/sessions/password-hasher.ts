import { Algorithm, hash, verify } from '@node-rs/argon2';
import { Injectable } from '@nestjs/common';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 256;

/** argon2id with OWASP's second recommended profile (19 MiB, 2 passes). */
@Injectable()
export class PasswordHasher {
  private readonly options = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };
  /** A real hash of a random password, verified against when the email is unknown, so timing does not tell. */
  private decoy?: Promise<string>;

  hash(password: string): Promise<string> {
    return hash(password, this.options);
  }

  async verify(hashValue: string | undefined, password: string): Promise<boolean> {
    if (!hashValue) {
      this.decoy ??= this.hash(`decoy-${Math.random()}`);
      await verify(await this.decoy, password).catch(() => false);
      return false;
    }
    return verify(hashValue, password).catch(() => false);
  }
}
