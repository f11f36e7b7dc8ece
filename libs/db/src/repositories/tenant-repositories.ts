import { Injectable } from '@nestjs/common';
import type { PrismaClient } from '../generated/client';
import { PrismaService } from '../prisma.service';
import { scopeToOrganization } from '../tenancy/org-scoped-client';
import { OrgScope } from './org-scope';
import { SystemRepositories } from './system-repositories';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Scoped clients kept for this many recently active organizations: building one (`$extends`) and its
 * model delegates costs tens of microseconds of CPU, which every request would otherwise pay.
 */
const SCOPED_CLIENTS_KEPT = 1000;

/** Tenant data, one organization at a time (`for`), and the named door for system actors (`system`). */
@Injectable()
export class TenantRepositories {
  readonly system: SystemRepositories;
  private readonly scoped = new Map<string, PrismaClient>();

  constructor(private readonly prisma: PrismaService) {
    this.system = new SystemRepositories(prisma);
  }

  /** Everything this organization may see and change; nothing of any other. */
  for(organizationId: string): OrgScope {
    // Organization ids are UUIDs; anything else is a bug upstream, not a 404 to hand back.
    if (!UUID.test(organizationId)) throw new Error(`Not an organization id: '${organizationId}'`);
    return OrgScope.open(this.clientFor(organizationId), organizationId);
  }

  private clientFor(organizationId: string): PrismaClient {
    let client = this.scoped.get(organizationId);
    if (client) {
      // Least recently used first: re-insert on use.
      this.scoped.delete(organizationId);
    } else {
      client = scopeToOrganization(this.prisma, organizationId);
      if (this.scoped.size >= SCOPED_CLIENTS_KEPT) this.scoped.delete(this.scoped.keys().next().value!);
    }
    this.scoped.set(organizationId, client);
    return client;
  }
}
