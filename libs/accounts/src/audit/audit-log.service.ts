import { Injectable } from '@nestjs/common';
import { OrgScope, Prisma, TenantRepositories, type AuditEvent } from '@tributary/db';
import { newId, type Page, type PageRequest } from '@tributary/platform';
import { isOrgAdmin, type Principal } from '../auth/principal';

export interface AuditEntry {
  action: string;
  resourceKind: string;
  resourceId: string;
  details?: Prisma.InputJsonObject;
}

/**
 * Where an audit write goes: the org scope of the change's transaction (accounts), or a Prisma
 * transaction client (contexts that have not moved to org scopes yet). Either way it joins it.
 */
export type AuditTarget = OrgScope | Prisma.TransactionClient;

/** An invitation's details name the person invited: admins only, like the pending invitations themselves. */
const ADMIN_ONLY_DETAILS: Readonly<Record<string, readonly string[]>> = { Invitation: ['email'] };

function withoutAdminOnlyFields(e: AuditEvent): AuditEvent {
  const hidden = ADMIN_ONLY_DETAILS[e.resourceKind];
  const details = e.details;
  if (!hidden || !details || typeof details !== 'object' || Array.isArray(details)) return { ...e, ip: '' };
  return { ...e, ip: '', details: Object.fromEntries(Object.entries(details).filter(([k]) => !hidden.includes(k))) };
}

/** Who did what to which resource, when and from where. Written in the same transaction as the change. */
@Injectable()
export class AuditLog {
  constructor(private readonly repos: TenantRepositories) {}

  async record(actor: Principal, entry: AuditEntry, target?: AuditTarget): Promise<void> {
    await this.write(actor.organizationId, target, {
      actorKind: actor.kind,
      actorId: actor.id,
      requestId: actor.requestId ?? '',
      ip: actor.ip ?? '',
      ...entry,
    });
  }

  /** System actions (the reconciler, billing) have no principal. */
  async recordSystem(organizationId: string, entry: AuditEntry, target?: AuditTarget): Promise<void> {
    await this.write(organizationId, target, { actorKind: 'System', actorId: 'tributary', ...entry });
  }

  /**
   * The log as `p` may read it: where people signed in from (their IP address) and whom an
   * invitation was sent to are for admins only (pending invitations are theirs to see); everyone
   * else reads the same events with those left out.
   */
  async listFor(p: Principal, req: PageRequest, filter: { action?: string; resourceId?: string; actorId?: string } = {}): Promise<Page<AuditEvent>> {
    const page = await this.list(p.organizationId, req, filter);
    return isOrgAdmin(p) ? page : { ...page, items: page.items.map(withoutAdminOnlyFields) };
  }

  async list(organizationId: string, req: PageRequest, filter: { action?: string; resourceId?: string; actorId?: string } = {}): Promise<Page<AuditEvent>> {
    return this.repos.for(organizationId).auditEvents.page(
      {
        ...(filter.action ? { action: { startsWith: filter.action } } : {}),
        ...(filter.resourceId ? { resourceId: filter.resourceId } : {}),
        ...(filter.actorId ? { actorId: filter.actorId } : {}),
      },
      req,
    );
  }

  private async write(organizationId: string, target: AuditTarget | undefined, e: AuditEntry & { actorKind: string; actorId: string; requestId?: string; ip?: string }) {
    const row = { id: newId.audit(), ...e, details: e.details ?? {} };
    if (target && !(target instanceof OrgScope)) {
      await target.auditEvent.create({ data: { ...row, organizationId } });
      return;
    }
    const scope = target ?? this.repos.for(organizationId);
    if (scope.organizationId !== organizationId) throw new Error(`Audit event of organization ${organizationId} written through the scope of ${scope.organizationId}`);
    await scope.auditEvents.create(row);
  }
}
