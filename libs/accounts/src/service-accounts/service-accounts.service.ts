import { Injectable } from '@nestjs/common';
import { TenantRepositories, type ServiceAccount } from '@tributary/db';
import { newId, type Page, type PageRequest } from '@tributary/platform';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { AuditLog } from '../audit/audit-log.service';
import { principalName } from '@tributary/access';
import { assertCanGrant, assertCanWrite, type Principal } from '../auth/principal';
import { RoleBindingsEvents } from '../role-bindings/role-bindings-changed';

/** What a new service account (and so its keys) may do; nobody below it can create one. */
const SERVICE_ACCOUNT_ROLE = 'Operator' as const;

@Injectable()
export class ServiceAccountsService {
  constructor(
    private readonly repos: TenantRepositories,
    private readonly audit: AuditLog,
    private readonly apiKeys: ApiKeysService,
    private readonly bindings: RoleBindingsEvents,
  ) {}

  list(p: Principal, req: PageRequest, filter: { displayName?: string[] } = {}): Promise<Page<ServiceAccount>> {
    return this.repos.for(p.organizationId).serviceAccounts.page(filter.displayName?.length ? { displayName: { in: filter.displayName } } : {}, req);
  }

  get(p: Principal, id: string): Promise<ServiceAccount> {
    return this.repos.for(p.organizationId).serviceAccounts.get(id);
  }

  /** A name taken in the organization is a 409 naming display_name (the repositories map it). */
  async create(p: Principal, input: { displayName: string; description: string }): Promise<ServiceAccount> {
    assertCanWrite(p);
    assertCanGrant(p, SERVICE_ACCOUNT_ROLE);
    return this.repos.for(p.organizationId).transaction(async (tx) => {
      const sa = await tx.serviceAccounts.create({ id: newId.serviceAccount(), displayName: input.displayName, description: input.description, role: SERVICE_ACCOUNT_ROLE });
      await this.audit.record(p, { action: 'service_account.create', resourceKind: 'ServiceAccount', resourceId: sa.id, details: { display_name: sa.displayName } }, tx);
      return sa;
    });
  }

  async update(p: Principal, id: string, input: { displayName?: string; description?: string }): Promise<ServiceAccount> {
    assertCanWrite(p);
    const data: { displayName?: string; description?: string } = {};
    if (input.displayName !== undefined) data.displayName = input.displayName;
    if (input.description !== undefined) data.description = input.description;
    return this.repos.for(p.organizationId).transaction(async (tx) => {
      const sa = await tx.serviceAccounts.update(id, data);
      await this.audit.record(p, { action: 'service_account.update', resourceKind: 'ServiceAccount', resourceId: id, details: { ...data } }, tx);
      return sa;
    });
  }

  async delete(p: Principal, id: string): Promise<void> {
    assertCanWrite(p);
    const scope = this.repos.for(p.organizationId);
    await scope.serviceAccounts.get(id);
    // Keys go first, through the keys service, so cluster credentials are revoked on the brokers too.
    await this.apiKeys.deleteAllOwnedBy(p, { kind: 'ServiceAccount', id });
    await scope.transaction(async (tx) => {
      await tx.roleBindings.deleteWhere({ principal: principalName(id) });
      await tx.serviceAccounts.delete(id);
      await this.audit.record(p, { action: 'service_account.delete', resourceKind: 'ServiceAccount', resourceId: id }, tx);
    });
    await this.bindings.changed({ organizationId: p.organizationId, principal: principalName(id), reason: 'service_account_removed' });
  }
}
