import { Inject, Injectable, Optional } from '@nestjs/common';
import { PrismaService, type Environment } from '@tributary/db';
import { AppError, newId, afterCursor, toPage, PAGE_ORDER, type Page, type PageRequest } from '@tributary/platform';
import { AuditLog } from '../audit/audit-log.service';
import { assertCanWrite, type Principal } from '../auth/principal';

/** Lets another bounded context (clusters) refuse an environment's deletion while it holds resources. */
export interface EnvironmentDeletionGuard {
  assertDeletable(organizationId: string, environmentId: string): Promise<void>;
}
export const ENVIRONMENT_DELETION_GUARDS = Symbol('ENVIRONMENT_DELETION_GUARDS');

@Injectable()
export class EnvironmentsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditLog,
    @Optional() @Inject(ENVIRONMENT_DELETION_GUARDS) private readonly guards: EnvironmentDeletionGuard[] = [],
  ) {}

  async list(p: Principal, req: PageRequest): Promise<Page<Environment>> {
    const where = { organizationId: p.organizationId };
    const [rows, total] = await Promise.all([
      this.prisma.environment.findMany({ where: { ...where, ...afterCursor(req.after) }, orderBy: PAGE_ORDER, take: req.pageSize + 1 }),
      this.prisma.environment.count({ where }),
    ]);
    return toPage(rows, req, total);
  }

  async get(p: Principal, id: string): Promise<Environment> {
    const env = await this.prisma.environment.findFirst({ where: { id, organizationId: p.organizationId } });
    if (!env) throw AppError.notFound('Environment', id);
    return env;
  }

  async create(p: Principal, input: { displayName: string }): Promise<Environment> {
    assertCanWrite(p);
    return this.prisma.$transaction(async (tx) => {
      const env = await tx.environment.create({ data: { id: newId.environment(), organizationId: p.organizationId, displayName: input.displayName } });
      await this.audit.record(p, { action: 'environment.create', resourceKind: 'Environment', resourceId: env.id, details: { display_name: env.displayName } }, tx);
      return env;
    });
  }

  async update(p: Principal, id: string, input: { displayName?: string }): Promise<Environment> {
    assertCanWrite(p);
    await this.get(p, id);
    return this.prisma.$transaction(async (tx) => {
      const env = await tx.environment.update({ where: { id }, data: input.displayName === undefined ? {} : { displayName: input.displayName } });
      await this.audit.record(p, { action: 'environment.update', resourceKind: 'Environment', resourceId: id, details: { display_name: env.displayName } }, tx);
      return env;
    });
  }

  async delete(p: Principal, id: string): Promise<void> {
    assertCanWrite(p);
    await this.get(p, id);
    for (const guard of this.guards) await guard.assertDeletable(p.organizationId, id);
    await this.prisma.$transaction(async (tx) => {
      await tx.environment.delete({ where: { id } });
      await this.audit.record(p, { action: 'environment.delete', resourceKind: 'Environment', resourceId: id }, tx);
    });
  }
}
