import { Injectable } from '@nestjs/common';
import { ApiKeysService } from '@tributary/accounts';
import type { Role, SchemaRegistry } from '@tributary/db';
import { constantTimeEqual } from '@tributary/platform';
import { SchemaRegistriesService } from '../registries/schema-registries.service';
import { RegistryError } from '../registry-error';
import { RegistryKeyCache } from './registry-key-cache';

export interface RegistryCaller {
  registry: SchemaRegistry;
  keyId: string;
  role: Role;
}

const WRITERS: ReadonlySet<Role> = new Set<Role>(['OrganizationAdmin', 'EnvironmentAdmin', 'Operator']);
const REGISTRY_TTL_MS = 10_000;

/**
 * The registry's REST API takes only keys made for that registry (HTTP Basic, key:secret): a Cloud
 * key, a cluster key or another registry's key gets the same 401 as a wrong secret.
 */
@Injectable()
export class RegistryAuthenticator {
  private readonly registries = new Map<string, { registry: SchemaRegistry; expiresAt: number }>();

  constructor(
    private readonly apiKeys: ApiKeysService,
    private readonly registriesService: SchemaRegistriesService,
    private readonly cache: RegistryKeyCache,
  ) {}

  async authenticate(registryId: string, authorization: string | undefined): Promise<RegistryCaller> {
    const basic = parseBasic(authorization);
    if (!basic) throw RegistryError.unauthorized();
    const registry = await this.registry(registryId);
    // Same answer for an unknown registry as for a wrong key: ids are not probed.
    if (!registry) throw RegistryError.unauthorized();
    const hash = this.apiKeys.hashSecret(basic.secret);
    const hit = this.cache.get(basic.id);
    if (hit && constantTimeEqual(hit.secretHash, hash)) {
      if (hit.registryId !== registry.id) throw RegistryError.unauthorized();
      return { registry, keyId: basic.id, role: hit.role };
    }
    const verified = await this.apiKeys.verify(basic.id, basic.secret);
    if (!verified || (verified.key.resourceKind as string) !== 'SchemaRegistry' || verified.key.resourceId !== registry.id) throw RegistryError.unauthorized();
    this.cache.set(basic.id, { secretHash: hash, registryId: registry.id, role: verified.role });
    return { registry, keyId: basic.id, role: verified.role };
  }

  /** Viewers' keys read; changes need a role that may write. */
  assertCanWrite(caller: RegistryCaller): void {
    if (!WRITERS.has(caller.role)) throw RegistryError.forbidden(`The key's owner has the role ${caller.role}, which is read-only`);
  }

  /** The registry row changes only with /config and /mode, which call `forget`. */
  private async registry(id: string): Promise<SchemaRegistry | null> {
    const hit = this.registries.get(id);
    if (hit && hit.expiresAt > Date.now()) return hit.registry;
    const registry = await this.registriesService.findById(id);
    if (registry) this.registries.set(id, { registry, expiresAt: Date.now() + REGISTRY_TTL_MS });
    return registry;
  }

  forget(registryId: string): void {
    this.registries.delete(registryId);
  }
}

function parseBasic(header: string | undefined): { id: string; secret: string } | null {
  if (!header) return null;
  const [scheme, value] = header.split(' ', 2);
  if (scheme?.toLowerCase() !== 'basic' || !value) return null;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 1) return null;
  return { id: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}
