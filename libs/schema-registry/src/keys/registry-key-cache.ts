import { Injectable } from '@nestjs/common';
import type { Binding } from '@tributary/access';
import type { Role } from '@tributary/db';

export interface CachedRegistryKey {
  secretHash: string;
  /** The key's organization (from its row): the registry is then read in that organization's scope only. */
  organizationId: string;
  registryId: string;
  role: Role;
  /** The owner's granted role bindings, as of when the key was verified. */
  roleBindings: readonly Binding[];
  expiresAt: number;
}

/** How long a verified registry key is trusted without the database; deleting the key evicts it at once in this process. */
export const REGISTRY_KEY_TTL_MS = 10_000;

/**
 * Registry clients call per record batch (and look schemas up by id from memory): checking the key
 * against Postgres on every call would make the database the bottleneck. A verified key is kept
 * here, by id, with its secret's hash and what it grants.
 */
@Injectable()
export class RegistryKeyCache {
  private readonly keys = new Map<string, CachedRegistryKey>();

  get(keyId: string, now = Date.now()): CachedRegistryKey | undefined {
    const hit = this.keys.get(keyId);
    if (hit && hit.expiresAt > now) return hit;
    if (hit) this.keys.delete(keyId);
    return undefined;
  }

  set(keyId: string, entry: Omit<CachedRegistryKey, 'expiresAt'>, now = Date.now()): void {
    if (this.keys.size > 10_000) this.keys.clear();
    this.keys.set(keyId, { ...entry, expiresAt: now + REGISTRY_KEY_TTL_MS });
  }

  evict(keyId: string): void {
    this.keys.delete(keyId);
  }
}
