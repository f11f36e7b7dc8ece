import { Injectable } from '@nestjs/common';
import type { EnvironmentCreatedListener } from '@tributary/accounts';
import type { Environment, Prisma } from '@tributary/db';
import { newRegistryId } from './registry-ids';

/**
 * Every environment has its Schema Registry from its creation, as on Confluent Cloud: the row is
 * written in the transaction that creates the environment (through the organization's scoped
 * client), so no environment is ever seen without one and no read has to create it.
 */
@Injectable()
export class RegistryForNewEnvironment implements EnvironmentCreatedListener {
  async onEnvironmentCreated(env: Pick<Environment, 'id' | 'organizationId'>, tx: Prisma.TransactionClient): Promise<void> {
    await tx.schemaRegistry.create({ data: { id: newRegistryId(), organizationId: env.organizationId, environmentId: env.id } });
  }
}
