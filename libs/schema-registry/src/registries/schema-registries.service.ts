import { Injectable } from '@nestjs/common';
import { TenantRepositories, type SchemaRegistry } from '@tributary/db';
import { AppError } from '@tributary/platform';
import { REGISTRY_ID_PATTERN } from './registry-ids';

/**
 * One Schema Registry per environment (srcm/v3). An environment gets its registry in the
 * transaction that creates it (RegistryForNewEnvironment); the migrations gave every earlier
 * environment its own. Every query runs in the organization's scope (`repos.for(org)`).
 */
@Injectable()
export class SchemaRegistriesService {
  constructor(private readonly repos: TenantRepositories) {}

  /** The environment's registry; 404 when the environment is not the organization's. */
  async forEnvironment(organizationId: string, environmentId: string): Promise<SchemaRegistry> {
    const existing = await this.repos.for(organizationId).schemaRegistries.findFirst({ environmentId });
    if (!existing) throw AppError.notFound('Environment', environmentId);
    return existing;
  }

  /** A registry of the organization; `environmentId`, when given, must be its environment. */
  async get(organizationId: string, id: string, environmentId?: string): Promise<SchemaRegistry> {
    const found = REGISTRY_ID_PATTERN.test(id) ? await this.find(organizationId, id, environmentId) : null;
    if (!found) throw AppError.notFound('Schema Registry cluster', id);
    return found;
  }

  /** The registry if it is the organization's (and in `environmentId` when given); null otherwise. */
  async find(organizationId: string, id: string, environmentId?: string): Promise<SchemaRegistry | null> {
    if (!REGISTRY_ID_PATTERN.test(id)) return null;
    return this.repos.for(organizationId).schemaRegistries.findFirst({ id, ...(environmentId ? { environmentId } : {}) });
  }
}
