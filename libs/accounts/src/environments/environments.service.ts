import { Inject, Injectable, Optional } from '@nestjs/common';
import { TenantRepositories, type Environment, type Prisma } from '@tributary/db';
import { newId, type Page, type PageRequest } from '@tributary/platform';
import { AuditLog } from '../audit/audit-log.service';
import { assertCanWrite, type Principal } from '../auth/principal';

/** Lets another bounded context (clusters) refuse an environment's deletion while it holds resources. */
export interface EnvironmentDeletionGuard {
  assertDeletable(organizationId: string, environmentId: string): Promise<void>;
}
export const ENVIRONMENT_DELETION_GUARDS = Symbol('ENVIRONMENT_DELETION_GUARDS');

/**
 * Lets another context give a new environment what comes with it (the schema registry gives it its
 * registry) in the transaction that creates it, so an environment never exists without them.
 * `tx` is the organization's scoped client. Run by `create` and by sign-up's `default` environment.
 */
export interface EnvironmentCreatedListener {
  onEnvironmentCreated(env: Pick<Environment, 'id' | 'organizationId'>, tx: Prisma.TransactionClient): Promise<void>;
}
export const ENVIRONMENT_CREATED_LISTENERS = Symbol('ENVIRONMENT_CREATED_LISTENERS');

@Injectable()
export class EnvironmentsService {
  constructor(
    private readonly repos: TenantRepositories,
    private readonly audit: AuditLog,
    @Optional() @Inject(ENVIRONMENT_DELETION_GUARDS) private readonly guards: EnvironmentDeletionGuard[] = [],
    @Optional() @Inject(ENVIRONMENT_CREATED_LISTENERS) private readonly createdListeners: EnvironmentCreatedListener[] = [],
  ) {}

  list(p: Principal, req: PageRequest): Promise<Page<Environment>> {
    return this.repos.for(p.organizationId).environments.page({}, req);
  }

  get(p: Principal, id: string): Promise<Environment> {
    return this.repos.for(p.organizationId).environments.get(id);
  }

  async create(p: Principal, input: { displayName: string }): Promise<Environment> {
    assertCanWrite(p);
    return this.repos.for(p.organizationId).transaction(async (tx) => {
      const env = await tx.environments.create({ id: newId.environment(), displayName: input.displayName });
      for (const l of this.createdListeners) await l.onEnvironmentCreated(env, tx.db);
      await this.audit.record(p, { action: 'environment.create', resourceKind: 'Environment', resourceId: env.id, details: { display_name: env.displayName } }, tx);
      return env;
    });
  }

  async update(p: Principal, id: string, input: { displayName?: string }): Promise<Environment> {
    assertCanWrite(p);
    return this.repos.for(p.organizationId).transaction(async (tx) => {
      const env = await tx.environments.update(id, input.displayName === undefined ? {} : { displayName: input.displayName });
      await this.audit.record(p, { action: 'environment.update', resourceKind: 'Environment', resourceId: id, details: { display_name: env.displayName } }, tx);
      return env;
    });
  }

  async delete(p: Principal, id: string): Promise<void> {
    assertCanWrite(p);
    const scope = this.repos.for(p.organizationId);
    await scope.environments.get(id);
    for (const guard of this.guards) await guard.assertDeletable(p.organizationId, id);
    await scope.transaction(async (tx) => {
      await tx.environments.delete(id);
      await this.audit.record(p, { action: 'environment.delete', resourceKind: 'Environment', resourceId: id }, tx);
    });
  }
}
