import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma.service';
import { OrgScope } from './org-scope';
import { SystemRepositories } from './system-repositories';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Tenant data, one organization at a time (`for`), and the named door for system actors (`system`). */
@Injectable()
export class TenantRepositories {
  readonly system: SystemRepositories;

  constructor(private readonly prisma: PrismaService) {
    this.system = new SystemRepositories(prisma);
  }

  /** Everything this organization may see and change; nothing of any other. */
  for(organizationId: string): OrgScope {
    // Organization ids are UUIDs; anything else is a bug upstream, not a 404 to hand back.
    if (!UUID.test(organizationId)) throw new Error(`Not an organization id: '${organizationId}'`);
    return OrgScope.open(this.prisma, organizationId);
  }
}
