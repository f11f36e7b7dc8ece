import { Injectable } from '@nestjs/common';
import { PrismaService, type SchemaRegistry } from '@tributary/db';
import { AppError } from '@tributary/platform';
import { newRegistryId, REGISTRY_ID_PATTERN } from './registry-ids';

/**
 * One Schema Registry per environment (srcm/v3). The migration gave every existing environment its
 * registry; an environment created since gets its row the first time anything asks for it, with an
 * upsert on the unique environment id, so there is exactly one whoever asks first.
 */
@Injectable()
export class SchemaRegistriesService {
  constructor(private readonly prisma: PrismaService) {}

  /** The environment's registry; 404 when the environment is not the organization's. */
  async forEnvironment(organizationId: string, environmentId: string): Promise<SchemaRegistry> {
    const existing = await this.prisma.schemaRegistry.findFirst({ where: { environmentId, organizationId } });
    if (existing) return existing;
    const env = await this.prisma.environment.findFirst({ where: { id: environmentId, organizationId } });
    if (!env) throw AppError.notFound('Environment', environmentId);
    return this.prisma.schemaRegistry.upsert({
      where: { environmentId },
      create: { id: newRegistryId(), organizationId, environmentId },
      update: {},
    });
  }

  /** A registry of the organization; `environmentId`, when given, must be its environment. */
  async get(organizationId: string, id: string, environmentId?: string): Promise<SchemaRegistry> {
    const found = REGISTRY_ID_PATTERN.test(id) ? await this.prisma.schemaRegistry.findFirst({ where: { id, organizationId, ...(environmentId ? { environmentId } : {}) } }) : null;
    if (!found) throw AppError.notFound('Schema Registry cluster', id);
    return found;
  }

  /** For the registry's own API, before the caller is known: the key decides whose it is. */
  async findById(id: string): Promise<SchemaRegistry | null> {
    if (!REGISTRY_ID_PATTERN.test(id)) return null;
    return this.prisma.schemaRegistry.findUnique({ where: { id } });
  }
}
