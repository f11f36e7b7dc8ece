import { Inject, Injectable, Optional } from '@nestjs/common';
import { PrismaService, type ApiKey, type ApiKeyOwnerKind, type ApiKeyResourceKind, type Role } from '@tributary/db';
import {
  AppError,
  PLATFORM_CONFIG,
  afterCursor,
  constantTimeEqual,
  hmacSha256,
  newId,
  toPage,
  PAGE_ORDER,
  type Page,
  type PageRequest,
  type PlatformConfig,
} from '@tributary/platform';
import { AuditLog } from '../audit/audit-log.service';
import { assertCanWrite, type Principal } from '../auth/principal';
import { API_KEY_RESOURCE_HANDLERS, type ApiKeyResourceHandler } from './api-key-resource-handler';

export interface CreateApiKeyInput {
  displayName: string;
  description: string;
  owner?: { kind: ApiKeyOwnerKind; id: string };
  resource?: { kind: ApiKeyResourceKind; id: string };
}

export interface VerifiedApiKey {
  key: ApiKey;
  role: Role;
  ownerKind: ApiKeyOwnerKind;
  ownerId: string;
}

interface ApiKeyWithRoleRow {
  id: string;
  organization_id: string;
  display_name: string;
  description: string;
  owner_kind: ApiKeyOwnerKind;
  owner_user_id: string | null;
  owner_service_account_id: string | null;
  resource_kind: ApiKeyResourceKind;
  resource_id: string | null;
  environment_id: string | null;
  secret_hash: string;
  last_used_at: Date | null;
  created_at: Date;
  updated_at: Date;
  owner_role: string | null;
}

function toApiKey(r: ApiKeyWithRoleRow): ApiKey {
  return {
    id: r.id,
    organizationId: r.organization_id,
    displayName: r.display_name,
    description: r.description,
    ownerKind: r.owner_kind,
    ownerUserId: r.owner_user_id,
    ownerServiceAccountId: r.owner_service_account_id,
    resourceKind: r.resource_kind,
    resourceId: r.resource_id,
    environmentId: r.environment_id,
    secretHash: r.secret_hash,
    lastUsedAt: r.last_used_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Writes to last_used_at at most this often per key, so authentication stays a single read. */
const LAST_USED_GRANULARITY_MS = 60_000;

@Injectable()
export class ApiKeysService {
  private readonly handlers: Map<string, ApiKeyResourceHandler>;

  constructor(
    private readonly prisma: PrismaService,
    private readonly audit: AuditLog,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
    @Optional() @Inject(API_KEY_RESOURCE_HANDLERS) handlers: ApiKeyResourceHandler[] = [],
  ) {
    this.handlers = new Map(handlers.map((h) => [h.kind, h]));
  }

  hashSecret(secret: string): string {
    return hmacSha256(this.config.secretKey, secret);
  }

  async list(p: Principal, req: PageRequest, filter: { ownerId?: string; resourceId?: string } = {}): Promise<Page<ApiKey>> {
    const where = {
      organizationId: p.organizationId,
      ...(filter.ownerId ? { OR: [{ ownerUserId: filter.ownerId }, { ownerServiceAccountId: filter.ownerId }] } : {}),
      ...(filter.resourceId ? (filter.resourceId === 'cloud' ? { resourceKind: 'Cloud' as const } : { resourceId: filter.resourceId }) : {}),
    };
    const [rows, total] = await Promise.all([
      this.prisma.apiKey.findMany({ where: { AND: [where, afterCursor(req.after)] }, orderBy: PAGE_ORDER, take: req.pageSize + 1 }),
      this.prisma.apiKey.count({ where }),
    ]);
    return toPage(rows, req, total);
  }

  async get(p: Principal, id: string): Promise<ApiKey> {
    const key = await this.prisma.apiKey.findFirst({ where: { id, organizationId: p.organizationId } });
    if (!key) throw AppError.notFound('API key', id);
    return key;
  }

  /** Returns the key and its secret; the secret is never retrievable again. */
  async create(p: Principal, input: CreateApiKeyInput): Promise<{ key: ApiKey; secret: string }> {
    assertCanWrite(p);
    const owner = input.owner ?? { kind: p.kind, id: p.id };
    await this.assertOwnerInOrganization(p.organizationId, owner);
    const resource = input.resource ?? { kind: 'Cloud' as const, id: '' };
    let environmentId: string | null = null;
    const handler = resource.kind === 'Cloud' ? undefined : this.handlers.get(resource.kind);
    if (resource.kind !== 'Cloud') {
      if (!handler) throw AppError.invalid(`Keys for ${resource.kind} resources are not available`, '/spec/resource/kind');
      environmentId = (await handler.resolve(p.organizationId, resource.id)).environmentId;
    }
    const secret = newId.secret();
    const key = await this.prisma.$transaction(async (tx) => {
      const created = await tx.apiKey.create({
        data: {
          id: newId.apiKey(),
          organizationId: p.organizationId,
          displayName: input.displayName,
          description: input.description,
          ownerKind: owner.kind,
          ownerUserId: owner.kind === 'User' ? owner.id : null,
          ownerServiceAccountId: owner.kind === 'ServiceAccount' ? owner.id : null,
          resourceKind: resource.kind,
          resourceId: resource.kind === 'Cloud' ? null : resource.id,
          environmentId,
          secretHash: this.hashSecret(secret),
        },
      });
      await this.audit.record(p, { action: 'api_key.create', resourceKind: 'ApiKey', resourceId: created.id, details: { owner: owner.id, resource: resource.kind === 'Cloud' ? 'cloud' : resource.id } }, tx);
      return created;
    });
    if (handler) {
      try {
        await handler.provision(key, secret);
      } catch (e) {
        // The key must not exist without its credential: undo, and tell the caller why.
        await this.prisma.apiKey.delete({ where: { id: key.id } }).catch(() => undefined);
        throw e;
      }
    }
    return { key, secret };
  }

  async update(p: Principal, id: string, input: { displayName?: string; description?: string }): Promise<ApiKey> {
    assertCanWrite(p);
    await this.get(p, id);
    return this.prisma.$transaction(async (tx) => {
      const data: { displayName?: string; description?: string } = {};
      if (input.displayName !== undefined) data.displayName = input.displayName;
      if (input.description !== undefined) data.description = input.description;
      const key = await tx.apiKey.update({ where: { id }, data });
      await this.audit.record(p, { action: 'api_key.update', resourceKind: 'ApiKey', resourceId: id, details: { ...data } }, tx);
      return key;
    });
  }

  async delete(p: Principal, id: string): Promise<void> {
    assertCanWrite(p);
    const key = await this.get(p, id);
    await this.revokeAndDelete(key, async (tx) => this.audit.record(p, { action: 'api_key.delete', resourceKind: 'ApiKey', resourceId: id }, tx));
  }

  async deleteAllOwnedBy(p: Principal, owner: { kind: ApiKeyOwnerKind; id: string }): Promise<void> {
    const keys = await this.prisma.apiKey.findMany({
      where: { organizationId: p.organizationId, ...(owner.kind === 'User' ? { ownerUserId: owner.id } : { ownerServiceAccountId: owner.id }) },
    });
    for (const key of keys) {
      await this.revokeAndDelete(key, async (tx) => this.audit.record(p, { action: 'api_key.delete', resourceKind: 'ApiKey', resourceId: key.id, details: { reason: 'owner removed' } }, tx));
    }
  }

  /** Keys of a resource that is going away (a deleted cluster): rows only, the resource takes its credentials with it. */
  async deleteAllForResource(organizationId: string, resourceId: string): Promise<number> {
    const { count } = await this.prisma.apiKey.deleteMany({ where: { organizationId, resourceId } });
    return count;
  }

  /**
   * Checks an id/secret pair. Returns null for anything wrong, without saying what (unknown id and
   * wrong secret look the same to the caller).
   */
  async verify(id: string, secret: string): Promise<VerifiedApiKey | null> {
    if (!/^[A-Z0-9]{16}$/.test(id) || secret.length === 0 || secret.length > 200) return null;
    // One round trip on the hot path of every request: the key and its owner's role together.
    const rows = await this.prisma.$queryRaw<ApiKeyWithRoleRow[]>`
      select k.*, coalesce(sa.role, m.role)::text as owner_role
      from api_keys k
      left join service_accounts sa on sa.id = k.owner_service_account_id
      left join memberships m on m.user_id = k.owner_user_id and m.organization_id = k.organization_id
      where k.id = ${id}`;
    const row = rows[0];
    if (!row || !constantTimeEqual(row.secret_hash, this.hashSecret(secret)) || !row.owner_role) return null;
    const key = toApiKey(row);
    if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > LAST_USED_GRANULARITY_MS) {
      // Awaited, not fire-and-forget: a write still in flight at shutdown would hold the pool open.
      await this.prisma.apiKey.updateMany({ where: { id }, data: { lastUsedAt: new Date() } });
    }
    return { key, role: row.owner_role as Role, ownerKind: key.ownerKind, ownerId: (key.ownerUserId ?? key.ownerServiceAccountId)! };
  }

  private async revokeAndDelete(key: ApiKey, audit: (tx: Parameters<Parameters<PrismaService['$transaction']>[0]>[0]) => Promise<void>): Promise<void> {
    const handler = key.resourceKind === 'Cloud' ? undefined : this.handlers.get(key.resourceKind);
    // Revoke first: a key whose row is gone but whose credential still works would be a hole.
    if (handler) await handler.revoke(key);
    await this.prisma.$transaction(async (tx) => {
      await tx.apiKey.deleteMany({ where: { id: key.id } });
      await audit(tx);
    });
  }

  private async assertOwnerInOrganization(organizationId: string, owner: { kind: ApiKeyOwnerKind; id: string }) {
    const found =
      owner.kind === 'User'
        ? await this.prisma.membership.findFirst({ where: { organizationId, userId: owner.id } })
        : await this.prisma.serviceAccount.findFirst({ where: { organizationId, id: owner.id } });
    if (!found) throw new AppError('not_found', [{ detail: `${owner.kind === 'User' ? 'User' : 'Service account'} '${owner.id}' was not found`, pointer: '/spec/owner/id' }]);
  }
}
