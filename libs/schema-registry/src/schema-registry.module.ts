import { Module } from '@nestjs/common';
import type { AccountsExtensions } from '@tributary/accounts';
import { RegistryApiKeyHandler } from './keys/registry-api-key-handler';
import { RegistryAuthenticator } from './keys/registry-authenticator';
import { RegistryKeyCache } from './keys/registry-key-cache';
import { loadSchemaRegistryConfig, SCHEMA_REGISTRY_CONFIG } from './schema-registry.config';
import { RegistryForNewEnvironment } from './registries/registry-for-new-environment';
import { SchemaRegistriesService } from './registries/schema-registries.service';
import { RegistryStore } from './subjects/registry-store';
import { SubjectsService } from './subjects/subjects.service';

/** What accounts plugs in (registry keys, a new environment's registry); it depends on nothing in accounts, so there is no cycle. */
@Module({ providers: [RegistryKeyCache, RegistryApiKeyHandler, RegistryForNewEnvironment], exports: [RegistryKeyCache, RegistryApiKeyHandler, RegistryForNewEnvironment] })
export class RegistryKeysModule {}

/** One Confluent-compatible Schema Registry per environment: srcm/v3 and the registry's own REST API. */
@Module({
  imports: [RegistryKeysModule],
  providers: [SchemaRegistriesService, RegistryStore, SubjectsService, RegistryAuthenticator, { provide: SCHEMA_REGISTRY_CONFIG, useFactory: () => loadSchemaRegistryConfig() }],
  exports: [SchemaRegistriesService, SubjectsService, RegistryAuthenticator, SCHEMA_REGISTRY_CONFIG],
})
export class SchemaRegistryModule {}

export function schemaRegistryAccountsExtensions(): AccountsExtensions {
  return { imports: [RegistryKeysModule], apiKeyResourceHandlers: [RegistryApiKeyHandler], environmentCreatedListeners: [RegistryForNewEnvironment] };
}
