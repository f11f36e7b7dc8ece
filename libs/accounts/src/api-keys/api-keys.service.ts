import { Inject, Injectable, Optional } from '@nestjs/common';
import { bindingsFromRows, type Binding } from '@tributary/access';
import { TenantRepositories, type ApiKey, type ApiKeyOwnerKind, type ApiKeyResourceKind, type OrgScope, type Role } from '@tributary/db';
import { AppError, PLATFORM_CONFIG, newId, secretKeyringOf, type Page, type PageRequest, type PlatformConfig } from '@tributary/platform';
import { AuditLog } from '../audit/audit-log.service';
import { assertCanWrite, assertIsOrgAdmin, type Principal } from '../auth/principal';
import { API_KEY_RESOURCE_HANDLERS, type ApiKeyResourceHandler } from './api-key-resource-handler';
import { LastUsedRecorder } from './last-used-recorder';
import { VerifiedKeyCache } from './verified-key-cache';

export interface CreateApiKeyInput {
  displayName: string;
  description: string;
  owner?: { kind: ApiKeyOwnerKind; id: string };
  resource?: { kind: ApiKeyResourceKind; id: string };
}

export interface VerifiedApiKey {
  key: ApiKey;
  role: Role;
  /** The owner's role bindings beyond the member role, as they were when the key was read. */
  roleBindings: readonly Binding[];
  ownerKind: ApiKeyOwnerKind;
  ownerId: string;
}


@Injectable()
export class ApiKeysService {
  private readonly handlers: Map<string, ApiKeyResourceHandler>;

  constructor(
    private readonly repos: TenantRepositories,
    private readonly audit: AuditLog,
    @Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig,
    private readonly cache: VerifiedKeyCache,
    private readonly lastUsed: LastUsedRecorder,
    @Optional() @Inject(API_KEY_RESOURCE_HANDLERS) handlers: ApiKeyResourceHandler[] = [],
  ) {
    this.handlers = new Map(handlers.map((h) => [h.kind, h]));
  }

  /** Under the current server key, naming it (`h2.<kid>.…`), so the key can be rotated. */
  hashSecret(secret: string): string {
    return secretKeyringOf(this.config).keyedHash(secret);
  }

  list(p: Principal, req: PageRequest, filter: { ownerId?: string; resourceId?: string } = {}): Promise<Page<ApiKey>> {
    return this.repos.for(p.organizationId).apiKeys.page(
      {
        ...(filter.ownerId ? { OR: [{ ownerUserId: filter.ownerId }, { ownerServiceAccountId: filter.ownerId }] } : {}),
        ...(filter.resourceId ? (filter.resourceId === 'cloud' ? { resourceKind: 'Cloud' as const } : { resourceId: filter.resourceId }) : {}),
      },
      req,
    );
  }

  get(p: Principal, id: string): Promise<ApiKey> {
    return this.repos.for(p.organizationId).apiKeys.get(id);
  }

  /** Returns the key and its secret; the secret is never retrievable again. */
  async create(p: Principal, input: CreateApiKeyInput): Promise<{ key: ApiKey; secret: string }> {
    assertCanWrite(p);
    const scope = this.repos.for(p.organizationId);
    const owner = input.owner ?? { kind: p.kind, id: p.id };
    await this.assertOwnerInOrganization(scope, owner);
    // A key acts with its owner's role: one owned by someone else would let an Operator (or a
    // leaked CI key) mint an admin's key. Only an admin, who already holds every role, may do that.
    if (!isOwnedBy(p, owner)) assertIsOrgAdmin(p, 'create API keys owned by someone else');
    const resource = input.resource ?? { kind: 'Cloud' as const, id: '' };
    let environmentId: string | null = null;
    const handler = resource.kind === 'Cloud' ? undefined : this.handlers.get(resource.kind);
    if (resource.kind !== 'Cloud') {
      if (!handler) throw AppError.invalid(`Keys for ${resource.kind} resources are not available`, '/spec/resource/kind');
      environmentId = (await handler.resolve(p.organizationId, resource.id)).environmentId;
    }
    const secret = newId.secret();
    const key = await scope.transaction(async (tx) => {
      const created = await tx.apiKeys.create({
        id: newId.apiKey(),
        displayName: input.displayName,
        description: input.description,
        ownerKind: owner.kind,
        ownerUserId: owner.kind === 'User' ? owner.id : null,
        ownerServiceAccountId: owner.kind === 'ServiceAccount' ? owner.id : null,
        resourceKind: resource.kind,
        resourceId: resource.kind === 'Cloud' ? null : resource.id,
        environmentId,
        secretHash: this.hashSecret(secret),
      });
      await this.audit.record(p, { action: 'api_key.create', resourceKind: 'ApiKey', resourceId: created.id, details: { owner: owner.id, resource: resource.kind === 'Cloud' ? 'cloud' : resource.id } }, tx);
      return created;
    });
    if (handler) {
      try {
        await handler.provision(key, secret);
      } catch (e) {
        // The key must not exist without its credential: undo, and tell the caller why.
        await scope.apiKeys.deleteWhere({ id: key.id }).catch(() => undefined);
        throw e;
      }
    }
    return { key, secret };
  }

  async update(p: Principal, id: string, input: { displayName?: string; description?: string }): Promise<ApiKey> {
    assertCanWrite(p);
    this.assertMayManage(p, await this.repos.for(p.organizationId).apiKeys.get(id));
    const data: { displayName?: string; description?: string } = {};
    if (input.displayName !== undefined) data.displayName = input.displayName;
    if (input.description !== undefined) data.description = input.description;
    const updated = await this.repos.for(p.organizationId).transaction(async (tx) => {
      const key = await tx.apiKeys.update(id, data);
      await this.audit.record(p, { action: 'api_key.update', resourceKind: 'ApiKey', resourceId: id, details: { ...data } }, tx);
      return key;
    });
    await this.cache.invalidateKey(id);
    return updated;
  }

  async delete(p: Principal, id: string): Promise<void> {
    assertCanWrite(p);
    const scope = this.repos.for(p.organizationId);
    const key = await scope.apiKeys.get(id);
    this.assertMayManage(p, key);
    await this.revokeAndDelete(scope, key, (tx) => this.audit.record(p, { action: 'api_key.delete', resourceKind: 'ApiKey', resourceId: id }, tx));
  }

  async deleteAllOwnedBy(p: Principal, owner: { kind: ApiKeyOwnerKind; id: string }): Promise<void> {
    const scope = this.repos.for(p.organizationId);
    const keys = await scope.apiKeys.findMany(owner.kind === 'User' ? { ownerUserId: owner.id } : { ownerServiceAccountId: owner.id });
    for (const key of keys) {
      await this.revokeAndDelete(scope, key, (tx) => this.audit.record(p, { action: 'api_key.delete', resourceKind: 'ApiKey', resourceId: key.id, details: { reason: 'owner removed' } }, tx));
    }
  }

  /** Keys of a resource that is going away (a deleted cluster): rows only, the resource takes its credentials with it. */
  async deleteAllForResource(organizationId: string, resourceId: string): Promise<number> {
    const n = await this.repos.for(organizationId).apiKeys.deleteWhere({ resourceId });
    await this.cache.invalidateOrganization(organizationId);
    return n;
  }

  /**
   * Checks an id/secret pair. Returns null for anything wrong, without saying what (unknown id and
   * wrong secret look the same to the caller).
   */
  async verify(id: string, secret: string): Promise<VerifiedApiKey | null> {
    if (!/^[A-Z0-9]{16}$/.test(id) || secret.length === 0 || secret.length > 200) return null;
    const secretHash = this.hashSecret(secret);
    const cached = this.cache.get(id, secretHash);
    if (cached) {
      this.lastUsed.touch(cached.key);
      return cached;
    }
    const epoch = this.cache.currentEpoch();
    // Before the key is read nobody knows its organization: the system door, one round trip.
    const found = await this.repos.system.apiKeyForAuthentication(id);
    const match = found ? secretKeyringOf(this.config).matchKeyedHash(found.key.secretHash, secret) : 'mismatch';
    if (!found || match === 'mismatch' || !found.ownerRole) return null;
    const { ownerRole } = found;
    let key = found.key;
    if (match === 'stale') {
      // Hashed under the previous server key (or before keys were versioned): the secret is only
      // ever seen here, so this is where its hash moves to the current key.
      await this.repos.for(key.organizationId).apiKeys.updateWhere({ id: key.id, secretHash: key.secretHash }, { secretHash });
      key = { ...key, secretHash };
    }
    const verified: VerifiedApiKey = { key, role: ownerRole, roleBindings: bindingsFromRows(found.ownerBindings), ownerKind: key.ownerKind, ownerId: (key.ownerUserId ?? key.ownerServiceAccountId)! };
    this.cache.set(verified, epoch);
    this.lastUsed.touch(key);
    return verified;
  }

  /**
   * What an owner may do changed (a role, a membership): their keys are read again on every api
   * process. Callers run this after the change is committed.
   */
  ownersChanged(organizationId: string): Promise<void> {
    return this.cache.invalidateOrganization(organizationId);
  }

  private async revokeAndDelete(scope: OrgScope, key: ApiKey, audit: (tx: OrgScope) => Promise<void>): Promise<void> {
    const handler = key.resourceKind === 'Cloud' ? undefined : this.handlers.get(key.resourceKind);
    // Revoke first: a key whose row is gone but whose credential still works would be a hole.
    if (handler) await handler.revoke(key);
    await scope.transaction(async (tx) => {
      await tx.apiKeys.deleteWhere({ id: key.id });
      await audit(tx);
    });
    await this.cache.invalidateKey(key.id);
  }

  /** One's own keys, or (admins) anyone's: an Operator cannot rename or revoke an admin's CI key. */
  private assertMayManage(p: Principal, key: ApiKey): void {
    if (!isOwnedBy(p, { kind: key.ownerKind, id: (key.ownerUserId ?? key.ownerServiceAccountId)! })) assertIsOrgAdmin(p, 'change API keys owned by someone else');
  }

  private async assertOwnerInOrganization(scope: OrgScope, owner: { kind: ApiKeyOwnerKind; id: string }) {
    const found = owner.kind === 'User' ? await scope.memberships.findFirst({ userId: owner.id }) : await scope.serviceAccounts.find(owner.id);
    if (!found) throw new AppError('not_found', [{ detail: `${owner.kind === 'User' ? 'User' : 'Service account'} '${owner.id}' was not found`, pointer: '/spec/owner/id' }]);
  }
}

function isOwnedBy(p: Principal, owner: { kind: ApiKeyOwnerKind; id: string }): boolean {
  return owner.kind === p.kind && owner.id === p.id;
}
