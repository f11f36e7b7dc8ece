import { Injectable } from '@nestjs/common';
import { TenantRepositories, type Prisma, type RegistrySubjectConfig, type SchemaRegistry, type SchemaType } from '@tributary/db';
import type { SchemaReference } from '../formats/schema-format';

export interface StoredSchema {
  id: number;
  schemaType: SchemaType;
  schema: string;
  references: SchemaReference[];
}

export interface StoredVersion extends StoredSchema {
  subject: string;
  version: number;
  deleted: boolean;
}

/** The organization's scoped client (`OrgScope.db`) or its transaction: never the raw PrismaService. */
export type Tx = Prisma.TransactionClient;

/** What the store needs of a registry: which one, and whose (every query is bound to both). */
export type RegistryRef = Pick<SchemaRegistry, 'id' | 'organizationId'>;

const WITH_SCHEMA = { schema: { include: { references: { orderBy: { position: 'asc' as const } } } } } as const;

type VersionRow = Prisma.RegistrySubjectVersionGetPayload<{ include: typeof WITH_SCHEMA }>;

function toVersion(row: VersionRow): StoredVersion {
  return {
    id: row.schemaId,
    subject: row.subject,
    version: row.version,
    deleted: row.deleted,
    schemaType: row.schema.schemaType,
    schema: row.schema.schema,
    references: row.schema.references.map((r) => ({ name: r.name, subject: r.subject, version: r.version })),
  };
}

/**
 * Persistence of subjects, versions and schemas; every query is scoped to one registry of one
 * organization. Prisma queries run on the organization's scoped client (`repos.for(org).db`), which
 * filters the `registry_*` tables through their registry's organization. The raw SQL kept on the
 * registration and lookup paths (Prisma's query compiler costs several times the round trip there)
 * binds the organization itself, by joining `schema_registries` on `organization_id`.
 */
@Injectable()
export class RegistryStore {
  constructor(private readonly repos: TenantRepositories) {}

  /** The organization's scoped client, for reads outside a transaction. */
  private db(reg: RegistryRef): Tx {
    return this.repos.for(reg.organizationId).db;
  }

  /** A schema by id, while some subject version (soft-deleted ones too) still uses it. */
  async schemaById(reg: RegistryRef, id: number, db: Tx = this.db(reg)): Promise<StoredSchema | null> {
    const row = await db.registrySchema.findFirst({
      where: { id, registryId: reg.id, versions: { some: {} } },
      include: { references: { orderBy: { position: 'asc' } } },
    });
    if (!row) return null;
    return { id: row.id, schemaType: row.schemaType, schema: row.schema, references: row.references.map((r) => ({ name: r.name, subject: r.subject, version: r.version })) };
  }

  async versions(reg: RegistryRef, subject: string, includeDeleted: boolean, db: Tx = this.db(reg)): Promise<StoredVersion[]> {
    const rows = await db.registrySubjectVersion.findMany({ where: { registryId: reg.id, subject, ...(includeDeleted ? {} : { deleted: false }) }, include: WITH_SCHEMA, orderBy: { version: 'asc' } });
    return rows.map(toVersion);
  }

  async version(reg: RegistryRef, subject: string, version: number, db: Tx = this.db(reg)): Promise<StoredVersion | null> {
    const row = await db.registrySubjectVersion.findUnique({ where: { registryId_subject_version: { registryId: reg.id, subject, version } }, include: WITH_SCHEMA });
    return row ? toVersion(row) : null;
  }

  async subjects(reg: RegistryRef, includeDeleted: boolean, prefix: string): Promise<string[]> {
    const rows = await this.db(reg).registrySubjectVersion.findMany({
      where: { registryId: reg.id, ...(includeDeleted ? {} : { deleted: false }), ...(prefix ? { subject: { startsWith: prefix } } : {}) },
      distinct: ['subject'],
      select: { subject: true },
      orderBy: { subject: 'asc' },
    });
    return rows.map((r) => r.subject);
  }

  async subjectVersionsOfSchema(reg: RegistryRef, schemaId: number, includeDeleted: boolean): Promise<{ subject: string; version: number }[]> {
    return this.db(reg).registrySubjectVersion.findMany({
      where: { registryId: reg.id, schemaId, ...(includeDeleted ? {} : { deleted: false }) },
      select: { subject: true, version: true },
      orderBy: [{ subject: 'asc' }, { version: 'asc' }],
    });
  }

  /** Ids of schemas (still used by a live version) that reference subject/version. */
  async referencedBy(reg: RegistryRef, subject: string, version: number, db: Tx = this.db(reg)): Promise<number[]> {
    const rows = await db.registrySchemaReference.findMany({
      where: { registryId: reg.id, subject, version, schema: { versions: { some: { deleted: false } } } },
      select: { schemaId: true },
      distinct: ['schemaId'],
      orderBy: { schemaId: 'asc' },
    });
    return rows.map((r) => r.schemaId);
  }

  /**
   * Runs `fn` in one transaction of the organization's scope, holding the subject's lock, so version
   * numbers and compatibility checks see one writer at a time. A lost deadlock runs `fn` again
   * (OrgScope.transaction): `fn` must only touch the database and the immutable-schema caches.
   */
  async withSubjectLock<T>(reg: RegistryRef, subject: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.repos.for(reg.organizationId).transaction(
      async (scope) => {
        // The lock key is not tenant data: registry ids are globally unique.
        await scope.db.$queryRaw`select 1 as locked from (select pg_advisory_xact_lock(hashtextextended(${`${reg.id}/${subject}`}, 0))) l`;
        return fn(scope.db);
      },
      { timeoutMs: 15_000 },
    );
  }

  /** The live versions of a subject as (version, schema id) only: what registration needs under the lock. */
  async liveVersionIds(tx: Tx, reg: RegistryRef, subject: string): Promise<{ version: number; schemaId: number }[]> {
    // Raw SQL on the registration path: Prisma's query compiler costs several times the round trip.
    return tx.$queryRaw<{ version: number; schemaId: number }[]>`
      select v.version, v.schema_id as "schemaId" from registry_subject_versions v
      join schema_registries r on r.id = v.registry_id and r.organization_id = ${reg.organizationId}::uuid
      where v.registry_id = ${reg.id} and v.subject = ${subject} and not v.deleted order by v.version`;
  }

  /** The schema's id, inserting it (one statement) if this registry has never seen it. */
  async upsertSchema(tx: Tx, reg: RegistryRef, s: { schemaType: SchemaType; schema: string; fingerprint: string; references: SchemaReference[] }): Promise<number> {
    // Another subject may register the same schema at the same moment: the unique key settles it,
    // and `xmax = 0` tells a row this statement inserted from one that was there. The row is only
    // inserted under a registry of the organization (the select from schema_registries).
    const rows = await tx.$queryRaw<{ id: number; inserted: boolean }[]>`
      insert into registry_schemas (registry_id, schema_type, schema, fingerprint)
      select r.id, ${s.schemaType}::"SchemaType", ${s.schema}, ${s.fingerprint}
      from schema_registries r where r.id = ${reg.id} and r.organization_id = ${reg.organizationId}::uuid
      on conflict (registry_id, fingerprint) do update set fingerprint = excluded.fingerprint
      returning id, (xmax = 0) as inserted`;
    const row = rows[0];
    if (!row) throw new Error(`Schema registry '${reg.id}' is not organization '${reg.organizationId}'s`);
    if (row.inserted && s.references.length > 0) {
      // Children of a schema row just inserted under the organization's registry (see tenant-models.ts).
      await tx.registrySchemaReference.createMany({ data: s.references.map((r, position) => ({ schemaId: row.id, position, registryId: reg.id, ...r })) });
    }
    return row.id;
  }

  async schemaIdByFingerprint(reg: RegistryRef, fingerprint: string, db: Tx = this.db(reg)): Promise<number | null> {
    const rows = await db.$queryRaw<{ id: number }[]>`
      select s.id from registry_schemas s
      join schema_registries r on r.id = s.registry_id and r.organization_id = ${reg.organizationId}::uuid
      where s.registry_id = ${reg.id} and s.fingerprint = ${fingerprint}`;
    return rows[0]?.id ?? null;
  }

  /** The subject's next version number (deleted ones are never reused), inserted in the same statement. */
  async insertNextVersion(tx: Tx, reg: RegistryRef, subject: string, schemaId: number): Promise<number> {
    const rows = await tx.$queryRaw<{ version: number }[]>`
      insert into registry_subject_versions (registry_id, subject, version, schema_id)
      select r.id, ${subject},
        coalesce((select max(v.version) from registry_subject_versions v where v.registry_id = r.id and v.subject = ${subject}), 0) + 1,
        ${schemaId}
      from schema_registries r where r.id = ${reg.id} and r.organization_id = ${reg.organizationId}::uuid
      returning version`;
    const row = rows[0];
    if (!row) throw new Error(`Schema registry '${reg.id}' is not organization '${reg.organizationId}'s`);
    return row.version;
  }

  async softDelete(tx: Tx, reg: RegistryRef, subject: string, versions: number[]): Promise<void> {
    await tx.registrySubjectVersion.updateMany({ where: { registryId: reg.id, subject, version: { in: versions } }, data: { deleted: true } });
  }

  async permanentDelete(tx: Tx, reg: RegistryRef, subject: string, versions: number[]): Promise<void> {
    await tx.registrySubjectVersion.deleteMany({ where: { registryId: reg.id, subject, version: { in: versions } } });
  }

  async subjectConfig(reg: RegistryRef, subject: string): Promise<RegistrySubjectConfig | null> {
    // Raw SQL: read on every registration and lookup.
    const rows = await this.db(reg).$queryRaw<RegistrySubjectConfig[]>`
      select c.registry_id as "registryId", c.subject, c.compatibility::text as compatibility, c.normalize, c.mode::text as mode
      from registry_subject_configs c
      join schema_registries r on r.id = c.registry_id and r.organization_id = ${reg.organizationId}::uuid
      where c.registry_id = ${reg.id} and c.subject = ${subject}`;
    return rows[0] ?? null;
  }

  /** A new row connects to the registry by (id, organization): another organization's registry is P2025, never a row. */
  async setSubjectConfig(reg: RegistryRef, subject: string, data: Partial<Pick<RegistrySubjectConfig, 'compatibility' | 'normalize' | 'mode'>>): Promise<RegistrySubjectConfig> {
    return this.db(reg).registrySubjectConfig.upsert({
      where: { registryId_subject: { registryId: reg.id, subject } },
      create: { subject, ...data, registry: { connect: { id: reg.id, organizationId: reg.organizationId } } },
      update: data,
    });
  }

  async deleteSubjectConfigs(tx: Tx, reg: RegistryRef, subject: string): Promise<void> {
    await tx.registrySubjectConfig.deleteMany({ where: { registryId: reg.id, subject } });
  }
}
