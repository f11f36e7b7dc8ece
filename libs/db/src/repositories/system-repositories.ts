import type { ApiKey, ApiKeyOwnerKind, ApiKeyResourceKind, Invitation, Membership, Prisma, PrismaClient, Role, Session } from '../generated/client';
import type { ModelDelegate, ModelTypes } from './tenant-repository';

/** Cross-tenant reads of one table: for finding whose a row is, then working in that org's scope. */
export class SystemReader<M extends ModelTypes> {
  constructor(private readonly delegate: ModelDelegate) {}

  async findFirst(where: M['where'], opts: { orderBy?: M['orderBy'] } = {}): Promise<M['row'] | null> {
    return (await this.delegate.findFirst({ where, ...opts })) as M['row'] | null;
  }
  async findMany(where: M['where'], opts: { orderBy?: M['orderBy']; take?: number } = {}): Promise<M['row'][]> {
    return (await this.delegate.findMany({ where, ...opts })) as M['row'][];
  }
  count(where: M['where']): Promise<number> {
    return this.delegate.count({ where });
  }
}

interface ApiKeyAuthRow {
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
  scram_credential_enc: string | null;
  last_used_at: Date | null;
  created_at: Date;
  updated_at: Date;
  owner_role: Role | null;
  owner_bindings: { roleName: string; crnPattern: string }[];
}

/**
 * THE door to tenant data without an organization, for actors that have none yet or act for all:
 * authentication (a key id or cookie names its organization only once it is read), the reconciler and
 * resync, metering scans, Stripe webhooks, housekeeping. Everything else goes through `repos.for(org)`.
 * The pattern is: find the row's organization here, then continue in `repos.for(row.organizationId)`.
 * Keep this small: every method is a place where isolation is the caller's own responsibility.
 */
/** Every column that holds something sealed under the server secret (identifiers are constants, never input). */
export const SEALED_COLUMNS = {
  'clusters.admin_password_enc': { table: 'clusters', name: 'admin_password_enc' },
  'api_keys.scram_credential_enc': { table: 'api_keys', name: 'scram_credential_enc' },
} as const;
export type SealedColumn = keyof typeof SEALED_COLUMNS;
export interface SealedRow {
  id: string;
  organization_id: string;
  sealed: string;
}

export class SystemRepositories {
  readonly clusters: SystemReader<ModelTypes<'Cluster'>>;
  readonly billingAccounts: SystemReader<ModelTypes<'BillingAccount'>>;
  readonly meteringCursors: SystemReader<ModelTypes<'MeteringCursor'>>;
  readonly stripeMeterOutbox: SystemReader<ModelTypes<'StripeMeterOutbox'>>;
  readonly usageHours: SystemReader<ModelTypes<'UsageHour'>>;
  readonly apiKeys: SystemReader<ModelTypes<'ApiKey'>>;

  constructor(private readonly prisma: PrismaClient) {
    const d = (x: unknown) => x as ModelDelegate;
    this.clusters = new SystemReader(d(prisma.cluster));
    this.billingAccounts = new SystemReader(d(prisma.billingAccount));
    this.meteringCursors = new SystemReader(d(prisma.meteringCursor));
    this.stripeMeterOutbox = new SystemReader(d(prisma.stripeMeterOutbox));
    this.usageHours = new SystemReader(d(prisma.usageHour));
    this.apiKeys = new SystemReader(d(prisma.apiKey));
  }

  /** Authentication: a key, its owner's role and role bindings in the key's organization, in one round trip. */
  async apiKeyForAuthentication(id: string): Promise<{ key: ApiKey; ownerRole: Role | null; ownerBindings: { roleName: string; crnPattern: string }[] } | null> {
    const rows = await this.prisma.$queryRaw<ApiKeyAuthRow[]>`
      select k.*, coalesce(sa.role, m.role)::text as owner_role,
        coalesce((select json_agg(json_build_object('roleName', rb.role_name, 'crnPattern', rb.crn_pattern))
                  from role_bindings rb
                  where rb.organization_id = k.organization_id and rb.principal = 'User:' || coalesce(k.owner_service_account_id, k.owner_user_id)), '[]'::json) as owner_bindings
      from api_keys k
      left join service_accounts sa on sa.id = k.owner_service_account_id and sa.organization_id = k.organization_id
      left join memberships m on m.user_id = k.owner_user_id and m.organization_id = k.organization_id
      where k.id = ${id}`;
    const r = rows[0];
    if (!r) return null;
    const key: ApiKey = {
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
      scramCredentialEnc: r.scram_credential_enc,
      lastUsedAt: r.last_used_at,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
    return { key, ownerRole: r.owner_role, ownerBindings: r.owner_bindings };
  }

  /** Authentication: a cookie's session, whichever organization it is in. */
  sessionByTokenHash(tokenHash: string): Promise<Session | null> {
    return this.prisma.session.findUnique({ where: { tokenHash } });
  }

  /** An invitation link names its organization only through the token. */
  invitationByTokenHash(tokenHash: string): Promise<Invitation | null> {
    return this.prisma.invitation.findUnique({ where: { tokenHash } });
  }

  /** The organizations a person belongs to, oldest first (login picks the first; the console's switcher lists them). */
  membershipsOfUser(userId: string): Promise<(Membership & { organization: { id: string; displayName: string } })[]> {
    return this.prisma.membership.findMany({ where: { userId }, include: { organization: { select: { id: true, displayName: true } } }, orderBy: { createdAt: 'asc' } });
  }

  /**
   * The console's organization switcher: the one write that moves a row between organizations.
   * Only when the user is a member of the target (checked in the same statement).
   */
  async moveSession(sessionId: string, userId: string, organizationId: string): Promise<boolean> {
    const { count } = await this.prisma.session.updateMany({
      where: { id: sessionId, userId, user: { memberships: { some: { organizationId } } } },
      data: { organizationId },
    });
    return count === 1;
  }

  /** Housekeeping: sessions expired or revoked before `cutoff`, in every organization. */
  async purgeSessions(cutoff: Date): Promise<number> {
    const { count } = await this.prisma.session.deleteMany({ where: { OR: [{ expiresAt: { lt: cutoff } }, { revokedAt: { lt: cutoff } }] } });
    return count;
  }

  /**
   * Secret rotation: a batch of rows whose sealed column was not sealed under the current key
   * (`notLike`, e.g. `v2.<kid>.%`), in id order after `after`, in every organization.
   */
  sealedRowsNotUnder(column: SealedColumn, notLike: string, after: string, limit: number): Promise<SealedRow[]> {
    const { table, name } = SEALED_COLUMNS[column];
    return this.prisma.$queryRawUnsafe<SealedRow[]>(
      `SELECT id, organization_id::text AS organization_id, ${name} AS sealed FROM ${table}
        WHERE ${name} IS NOT NULL AND ${name} NOT LIKE $1 AND id > $2 ORDER BY id LIMIT ${Math.trunc(limit)}`,
      notLike,
      after,
    );
  }

  /** Secret rotation: swaps one row's sealed value, only if it is still what was read (a concurrent writer wins). */
  swapSealed(column: SealedColumn, row: SealedRow, resealed: string): Promise<number> {
    const { table, name } = SEALED_COLUMNS[column];
    return this.prisma.$executeRawUnsafe(
      `UPDATE ${table} SET ${name} = $1 WHERE id = $2 AND organization_id = $3::uuid AND ${name} = $4`,
      resealed,
      row.id,
      row.organization_id,
      row.sealed,
    );
  }

  /** Secret rotation: API keys whose hash was not made under the current key (they move on their next use). */
  apiKeysNotHashedUnder(prefix: string): Promise<number> {
    return this.prisma.apiKey.count({ where: { NOT: { secretHash: { startsWith: prefix } } } });
  }

  /** Whose a row is, for system actors that hold only an id (a job payload, a webhook). */
  async organizationOf(model: 'cluster' | 'apiKey' | 'schemaRegistry', id: string): Promise<string | null> {
    const select = { organizationId: true } as const;
    const where = { id } satisfies Prisma.ClusterWhereUniqueInput;
    const row =
      model === 'cluster'
        ? await this.prisma.cluster.findUnique({ where, select })
        : model === 'apiKey'
          ? await this.prisma.apiKey.findUnique({ where, select })
          : await this.prisma.schemaRegistry.findUnique({ where, select });
    return row?.organizationId ?? null;
  }
}
