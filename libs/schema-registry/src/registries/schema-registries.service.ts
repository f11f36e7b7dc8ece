import { Injectable } from '@nestjs/common';
import { TenantRepositories, type SchemaRegistry } from '@tributary/db';
import { AppError } from '@tributary/platform';
import { newRegistryId, REGISTRY_ID_PATTERN } from './registry-ids';

/**
 * One Schema Registry per environment (srcm/v3). The migration gave every existing environment its
 * registry; an environment created since gets its row the first time anything asks for it, with an
 * upsert on the unique environment id, so there is exactly one whoever asks first. Every query runs
 * in the organization's scope (`repos.for(org)`).
 */
@Injectable()
export class SchemaRegistriesService {
  constructor(private readonly repos: TenantRepositories) {}

  /** The environment's registry; 404 when the environment is not the organization's. */
  async forEnvironment(organizationId: string, environmentId: string): Promise<SchemaRegistry> {
    const scope = this.repos.for(organizationId);
    const existing = await scope.schemaRegistries.findFirst({ environmentId });
    if (existing) return existing;
    if (!(await scope.environments.find(environmentId))) throw AppError.notFound('Environment', environmentId);
    // The scope ANDs the organization into the where (and refuses a create naming another one).
    return scope.db.schemaRegistry.upsert({
      where: { environmentId },
      create: { id: newRegistryId(), organizationId, environmentId },
      update: {},
    });
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
