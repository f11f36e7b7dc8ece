import { Inject, Injectable } from '@nestjs/common';
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { PLATFORM_CONFIG, type PlatformConfig } from '@tributary/platform';
import type { AdminCredential } from '@tributary/provisioning';

/** The control plane's user on every cluster; it is the brokers' only super user. */
export const CLUSTER_ADMIN_USERNAME = 'tributary-admin';

/**
 * Per-cluster admin passwords, encrypted at rest with AES-256-GCM under a key derived from the
 * server secret: the control plane must be able to use them, so a one-way hash would not do.
 */
@Injectable()
export class AdminCredentialVault {
  private readonly key: Buffer;
  constructor(@Inject(PLATFORM_CONFIG) config: PlatformConfig) {
    this.key = createHash('sha256').update(`cluster-admin:${config.secretKey}`).digest();
  }

  newPassword(): string {
    // Hex: inside every provider's safe character set (the storage tool's --add-scram has no escaping).
    return randomBytes(24).toString('hex');
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
  }

  decrypt(sealed: string): string {
    const [version, iv, tag, body] = sealed.split('.');
    if (version !== 'v1' || !iv || !tag || !body) throw new Error('Unrecognised sealed credential');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  }

  credentialFor(cluster: { adminPasswordEnc: string }): AdminCredential {
    return { username: CLUSTER_ADMIN_USERNAME, password: this.decrypt(cluster.adminPasswordEnc) };
  }
}
