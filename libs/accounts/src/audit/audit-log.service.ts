import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService } from '@tributary/db';
import { newId, type Page, type PageRequest, afterCursor, toPage, PAGE_ORDER } from '@tributary/platform';
import type { Principal } from '../auth/principal';

export interface AuditEntry {
  action: string;
  resourceKind: string;
  resourceId: string;
  details?: Prisma.InputJsonObject;
}

type Tx = Prisma.TransactionClient | PrismaService;

/** Who did what to which resource, when and from where. Written in the same transaction as the change. */
@Injectable()
export class AuditLog {
  constructor(private readonly prisma: PrismaService) {}

  async record(actor: Principal, entry: AuditEntry, tx: Tx = this.prisma): Promise<void> {
    await tx.auditEvent.create({
      data: {
        id: newId.audit(),
        organizationId: actor.organizationId,
        actorKind: actor.kind,
        actorId: actor.id,
        action: entry.action,
        resourceKind: entry.resourceKind,
        resourceId: entry.resourceId,
        requestId: actor.requestId ?? '',
        ip: actor.ip ?? '',
        details: entry.details ?? {},
      },
    });
  }

  /** System actions (the reconciler, billing) have no principal. */
  async recordSystem(organizationId: string, entry: AuditEntry, tx: Tx = this.prisma): Promise<void> {
    await tx.auditEvent.create({
      data: {
        id: newId.audit(),
        organizationId,
        actorKind: 'System',
        actorId: 'tributary',
        action: entry.action,
        resourceKind: entry.resourceKind,
        resourceId: entry.resourceId,
        details: entry.details ?? {},
      },
    });
  }

  async list(organizationId: string, req: PageRequest, filter: { action?: string; resourceId?: string; actorId?: string } = {}): Promise<Page<Awaited<ReturnType<PrismaService['auditEvent']['findFirstOrThrow']>>>> {
    const where = {
      organizationId,
      ...(filter.action ? { action: { startsWith: filter.action } } : {}),
      ...(filter.resourceId ? { resourceId: filter.resourceId } : {}),
      ...(filter.actorId ? { actorId: filter.actorId } : {}),
    };
    const [rows, total] = await Promise.all([
      this.prisma.auditEvent.findMany({ where: { ...where, ...afterCursor(req.after) }, orderBy: PAGE_ORDER, take: req.pageSize + 1 }),
      this.prisma.auditEvent.count({ where }),
    ]);
    return toPage(rows, req, total);
  }
}
