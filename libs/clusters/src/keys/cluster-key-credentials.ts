import { Injectable } from '@nestjs/common';
import { SCRAM_SHA_512_MECHANISM, scramSha512Upsertion, type ScramUpsertion } from '@tributary/kafka-admin';
import { AdminCredentialVault } from './admin-credential-vault';

interface SealedShape {
  v: 1;
  iterations: number;
  salt: string;
  salted: string;
}

/**
 * A cluster key's SCRAM-SHA-512 credential as the brokers need it (salt, iterations, salted
 * password), sealed under the server key in `api_keys.scram_credential_enc`. The key's secret is
 * never kept; this lets the reconciler put the same credential back on brokers that lost their
 * metadata (a Basic cluster's only broker losing its disk) so every existing key works again.
 */
@Injectable()
export class ClusterKeyCredentials {
  constructor(private readonly vault: AdminCredentialVault) {}

  /** A fresh credential for a new key, and its sealed form to store. */
  create(keyId: string, secret: string): { upsertion: ScramUpsertion; sealed: string } {
    const upsertion = scramSha512Upsertion(keyId, secret);
    return { upsertion, sealed: this.seal(upsertion) };
  }

  seal(u: ScramUpsertion): string {
    const shape: SealedShape = { v: 1, iterations: u.iterations, salt: u.salt.toString('base64'), salted: u.saltedPassword.toString('base64') };
    return this.vault.encrypt(JSON.stringify(shape));
  }

  unseal(keyId: string, sealed: string): ScramUpsertion {
    const shape = JSON.parse(this.vault.decrypt(sealed)) as SealedShape;
    if (shape.v !== 1) throw new Error(`unrecognised sealed SCRAM credential for ${keyId}`);
    return { name: keyId, mechanism: SCRAM_SHA_512_MECHANISM, iterations: shape.iterations, salt: Buffer.from(shape.salt, 'base64'), saltedPassword: Buffer.from(shape.salted, 'base64') };
  }
}
