import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { PLATFORM_CONFIG, secretKeyringOf, type PlatformConfig, type Sealer } from '@tributary/platform';
import type { AdminCredential } from '@tributary/provisioning';

/** The control plane's user on every cluster; it is the brokers' only super user. */
export const CLUSTER_ADMIN_USERNAME = 'tributary-admin';

/**
 * Per-cluster admin passwords (and cluster keys' SCRAM credentials), encrypted at rest with
 * AES-256-GCM under a key derived from the server secret: the control plane must be able to use
 * them, so a one-way hash would not do. Versioned (see SecretKeyring): what the previous secret
 * sealed still opens, and the worker's reseal-secrets job moves it to the current one.
 */
@Injectable()
export class AdminCredentialVault {
  private readonly sealer: Sealer;
  constructor(@Inject(PLATFORM_CONFIG) config: PlatformConfig) {
    this.sealer = secretKeyringOf(config).sealer('cluster-admin');
  }

  newPassword(): string {
    // Hex: inside every provider's safe character set (the storage tool's --add-scram has no escaping).
    return randomBytes(24).toString('hex');
  }

  encrypt(plain: string): string {
    return this.sealer.seal(plain);
  }

  decrypt(sealed: string): string {
    return this.sealer.open(sealed);
  }

  /** The same secret sealed under the current key, or null when it already is. */
  reseal(sealed: string): string | null {
    return this.sealer.reseal(sealed);
  }

  credentialFor(cluster: { adminPasswordEnc: string }): AdminCredential {
    return { username: CLUSTER_ADMIN_USERNAME, password: this.decrypt(cluster.adminPasswordEnc) };
  }
}
