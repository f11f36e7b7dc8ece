import { Injectable } from '@nestjs/common';
import { authorize, type Binding } from '@tributary/access';
import { ApiKeysService, bindingsOf } from '@tributary/accounts';
import type { Role, SchemaRegistry } from '@tributary/db';
import { constantTimeEqual } from '@tributary/platform';
import { SchemaRegistriesService } from '../registries/schema-registries.service';
import type { RegistryRef } from '../subjects/registry-store';
import { RegistryError } from '../registry-error';
import { RegistryKeyCache } from './registry-key-cache';

export interface RegistryCaller {
  registry: SchemaRegistry;
  keyId: string;
  role: Role;
  /** The owner's granted role bindings (the member role is `role`). */
  roleBindings: readonly Binding[];
}
const REGISTRY_TTL_MS = 10_000;
const REGISTRIES_KEPT = 10_000;

/**
 * The registry's REST API takes only keys made for that registry (HTTP Basic, key:secret): a Cloud
 * key, a cluster key or another registry's key gets the same 401 as a wrong secret.
 *
 * Before the key is read nobody knows the caller's organization: the key row (read through the
 * system door by `ApiKeysService.verify`) names it, and the registry is then read in that
 * organization's scope only, so a key can never reach a registry of another tenant.
 */
@Injectable()
export class RegistryAuthenticator {
  /** Registry rows by (organization, id): an entry can only answer its own organization. */
  private readonly registries = new Map<string, { registry: SchemaRegistry; expiresAt: number }>();

  constructor(
    private readonly apiKeys: ApiKeysService,
    private readonly registriesService: SchemaRegistriesService,
    private readonly cache: RegistryKeyCache,
  ) {}

  async authenticate(registryId: string, authorization: string | undefined): Promise<RegistryCaller> {
    const basic = parseBasic(authorization);
    if (!basic) throw RegistryError.unauthorized();
    const key = await this.verifiedKey(basic);
    // Same answer for an unknown registry as for a wrong key: ids are not probed.
    if (!key || key.registryId !== registryId) throw RegistryError.unauthorized();
    const registry = await this.registry(key.organizationId, registryId);
    if (!registry) throw RegistryError.unauthorized();
    return { registry, keyId: basic.id, role: key.role, roleBindings: key.roleBindings };
  }

  /** Changes are held to the one policy (schema_registry.write on the registry's environment), as everywhere else. */
  assertCanWrite(caller: RegistryCaller): void {
    const { organizationId, environmentId } = caller.registry;
    const decision = authorize(bindingsOf({ role: caller.role, organizationId, roleBindings: caller.roleBindings }), 'schema_registry.write', { organizationId, environmentId });
    if (!decision.allowed) throw RegistryError.forbidden(decision.reason);
  }

  /** A registry key that verifies (from memory for REGISTRY_KEY_TTL_MS), with its organization; null for any other. */
  private async verifiedKey(basic: { id: string; secret: string }): Promise<{ organizationId: string; registryId: string; role: Role; roleBindings: readonly Binding[] } | null> {
    const hash = this.apiKeys.hashSecret(basic.secret);
    const hit = this.cache.get(basic.id);
    if (hit && constantTimeEqual(hit.secretHash, hash)) return hit;
    const verified = await this.apiKeys.verify(basic.id, basic.secret);
    if (!verified || (verified.key.resourceKind as string) !== 'SchemaRegistry' || !verified.key.resourceId) return null;
    const entry = { secretHash: hash, organizationId: verified.key.organizationId, registryId: verified.key.resourceId, role: verified.role, roleBindings: verified.roleBindings ?? [] };
    this.cache.set(basic.id, entry);
    return entry;
  }

  /** The registry row changes only with /config and /mode, which call `forget`. */
  private async registry(organizationId: string, id: string): Promise<SchemaRegistry | null> {
    const cacheKey = `${organizationId}/${id}`;
    const hit = this.registries.get(cacheKey);
    if (hit && hit.expiresAt > Date.now()) return hit.registry;
    const registry = await this.registriesService.find(organizationId, id);
    if (registry) {
      if (this.registries.size >= REGISTRIES_KEPT) this.registries.clear();
      this.registries.set(cacheKey, { registry, expiresAt: Date.now() + REGISTRY_TTL_MS });
    }
    return registry;
  }

  forget(registry: RegistryRef): void {
    this.registries.delete(`${registry.organizationId}/${registry.id}`);
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
