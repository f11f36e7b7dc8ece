import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService, type ServiceAccount } from '@tributary/db';
import { AppError, newId, afterCursor, toPage, PAGE_ORDER, type Page, type PageRequest } from '@tributary/platform';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { AuditLog } from '../audit/audit-log.service';
import { assertCanWrite, type Principal } from '../auth/principal';

function isUniqueViolation(e: unknown): boolean {
  return e instanceof Prisma.PrismaClientKnownRequestError && e.code === 'P2002';
}

@Injectable()
export class ServiceAccountsService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditLog,
    private readonly apiKeys: ApiKeysService,
  ) {}

  async list(p: Principal, req: PageRequest, filter: { displayName?: string[] } = {}): Promise<Page<ServiceAccount>> {
    const where = { organizationId: p.organizationId, ...(filter.displayName?.length ? { displayName: { in: filter.displayName } } : {}) };
    const [rows, total] = await Promise.all([
      this.prisma.serviceAccount.findMany({ where: { ...where, ...afterCursor(req.after) }, orderBy: PAGE_ORDER, take: req.pageSize + 1 }),
      this.prisma.serviceAccount.count({ where }),
    ]);
    return toPage(rows, req, total);
  }

  async get(p: Principal, id: string): Promise<ServiceAccount> {
    const sa = await this.prisma.serviceAccount.findFirst({ where: { id, organizationId: p.organizationId } });
    if (!sa) throw AppError.notFound('Service account', id);
    return sa;
  }

  async create(p: Principal, input: { displayName: string; description: string }): Promise<ServiceAccount> {
    assertCanWrite(p);
    try {
      return await this.prisma.$transaction(async (tx) => {
        const sa = await tx.serviceAccount.create({
          data: { id: newId.serviceAccount(), organizationId: p.organizationId, displayName: input.displayName, description: input.description },
        });
        await this.audit.record(p, { action: 'service_account.create', resourceKind: 'ServiceAccount', resourceId: sa.id, details: { display_name: sa.displayName } }, tx);
        return sa;
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw AppError.conflict(`A service account named '${input.displayName}' already exists in this organization`);
      throw e;
    }
  }

  async update(p: Principal, id: string, input: { displayName?: string; description?: string }): Promise<ServiceAccount> {
    assertCanWrite(p);
    await this.get(p, id);
    try {
      return await this.prisma.$transaction(async (tx) => {
        const data: { displayName?: string; description?: string } = {};
        if (input.displayName !== undefined) data.displayName = input.displayName;
        if (input.description !== undefined) data.description = input.description;
        const sa = await tx.serviceAccount.update({ where: { id }, data });
        await this.audit.record(p, { action: 'service_account.update', resourceKind: 'ServiceAccount', resourceId: id, details: { ...data } }, tx);
        return sa;
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw AppError.conflict(`A service account named '${input.displayName}' already exists in this organization`);
      throw e;
    }
  }

  async delete(p: Principal, id: string): Promise<void> {
    assertCanWrite(p);
    await this.get(p, id);
    // Keys go first, through the keys service, so cluster credentials are revoked on the brokers too.
    await this.apiKeys.deleteAllOwnedBy(p, { kind: 'ServiceAccount', id });
    await this.prisma.$transaction(async (tx) => {
      await tx.serviceAccount.delete({ where: { id } });
      await this.audit.record(p, { action: 'service_account.delete', resourceKind: 'ServiceAccount', resourceId: id }, tx);
    });
  }
}
