import { Injectable } from '@nestjs/common';
import type { ApiKeyResourceHandler } from '@tributary/accounts';
import { TenantRepositories, type ApiKey } from '@tributary/db';
import { AppError } from '@tributary/platform';
import { REGISTRY_ID_PATTERN } from '../registries/registry-ids';
import { RegistryKeyCache } from './registry-key-cache';

/**
 * A Schema Registry key (`spec.resource` of kind SchemaRegistry, as Confluent's apikeys shape has
 * it) works on that one registry's REST API: the key row is the whole credential, so provisioning
 * has nothing to do and revoking only forgets the cached verification.
 */
@Injectable()
export class RegistryApiKeyHandler implements ApiKeyResourceHandler {
  // The accounts interface names only 'Cluster' today; widening it to every non-Cloud resource kind
  // is a change in libs/accounts (see docs/SCHEMA-REGISTRY.md). The kind is a plain key at run time.
  readonly kind = 'SchemaRegistry' as unknown as 'Cluster';

  constructor(
    private readonly repos: TenantRepositories,
    private readonly cache: RegistryKeyCache,
  ) {}

  async resolve(organizationId: string, registryId: string): Promise<{ environmentId: string }> {
    const registry = REGISTRY_ID_PATTERN.test(registryId) ? await this.repos.for(organizationId).schemaRegistries.find(registryId) : null;
    if (!registry) throw new AppError('not_found', [{ detail: `Schema Registry cluster '${registryId}' was not found`, pointer: '/spec/resource/id' }]);
    return { environmentId: registry.environmentId };
  }

  async provision(): Promise<void> {}

  async revoke(key: ApiKey): Promise<void> {
    this.cache.evict(key.id);
  }
}
