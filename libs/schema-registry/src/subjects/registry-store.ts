import { Injectable } from '@nestjs/common';
import { PrismaService, type Prisma, type RegistrySubjectConfig, type SchemaType } from '@tributary/db';
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

export type Tx = Prisma.TransactionClient;

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

/** Persistence of subjects, versions and schemas; every query is scoped to one registry. */
@Injectable()
export class RegistryStore {
  constructor(readonly prisma: PrismaService) {}

  /** A schema by id, while some subject version (soft-deleted ones too) still uses it. */
  async schemaById(registryId: string, id: number, db: Tx | PrismaService = this.prisma): Promise<StoredSchema | null> {
    const row = await db.registrySchema.findFirst({
      where: { id, registryId, versions: { some: {} } },
      include: { references: { orderBy: { position: 'asc' } } },
    });
    if (!row) return null;
    return { id: row.id, schemaType: row.schemaType, schema: row.schema, references: row.references.map((r) => ({ name: r.name, subject: r.subject, version: r.version })) };
  }

  async versions(registryId: string, subject: string, includeDeleted: boolean, db: Tx | PrismaService = this.prisma): Promise<StoredVersion[]> {
    const rows = await db.registrySubjectVersion.findMany({ where: { registryId, subject, ...(includeDeleted ? {} : { deleted: false }) }, include: WITH_SCHEMA, orderBy: { version: 'asc' } });
    return rows.map(toVersion);
  }

  async version(registryId: string, subject: string, version: number, db: Tx | PrismaService = this.prisma): Promise<StoredVersion | null> {
    const row = await db.registrySubjectVersion.findUnique({ where: { registryId_subject_version: { registryId, subject, version } }, include: WITH_SCHEMA });
    return row ? toVersion(row) : null;
  }

  async subjects(registryId: string, includeDeleted: boolean, prefix: string): Promise<string[]> {
    const rows = await this.prisma.registrySubjectVersion.findMany({
      where: { registryId, ...(includeDeleted ? {} : { deleted: false }), ...(prefix ? { subject: { startsWith: prefix } } : {}) },
      distinct: ['subject'],
      select: { subject: true },
      orderBy: { subject: 'asc' },
    });
    return rows.map((r) => r.subject);
  }

  async subjectVersionsOfSchema(registryId: string, schemaId: number, includeDeleted: boolean): Promise<{ subject: string; version: number }[]> {
    return this.prisma.registrySubjectVersion.findMany({
      where: { registryId, schemaId, ...(includeDeleted ? {} : { deleted: false }) },
      select: { subject: true, version: true },
      orderBy: [{ subject: 'asc' }, { version: 'asc' }],
    });
  }

  /** Ids of schemas (still used by a live version) that reference subject/version. */
  async referencedBy(registryId: string, subject: string, version: number, db: Tx | PrismaService = this.prisma): Promise<number[]> {
    const rows = await db.registrySchemaReference.findMany({
      where: { registryId, subject, version, schema: { versions: { some: { deleted: false } } } },
      select: { schemaId: true },
      distinct: ['schemaId'],
      orderBy: { schemaId: 'asc' },
    });
    return rows.map((r) => r.schemaId);
  }

  /** Runs `fn` holding the subject's lock, so version numbers and compatibility checks see one writer at a time. */
  async withSubjectLock<T>(registryId: string, subject: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(
      async (tx) => {
        await tx.$queryRaw`select 1 as locked from (select pg_advisory_xact_lock(hashtextextended(${`${registryId}/${subject}`}, 0))) l`;
        return fn(tx);
      },
      { timeout: 15_000 },
    );
  }

  /** The live versions of a subject as (version, schema id) only: what registration needs under the lock. */
  async liveVersionIds(tx: Tx, registryId: string, subject: string): Promise<{ version: number; schemaId: number }[]> {
    // Raw SQL on the registration path: Prisma's query compiler costs several times the round trip.
    return tx.$queryRaw<{ version: number; schemaId: number }[]>`
      select version, schema_id as "schemaId" from registry_subject_versions
      where registry_id = ${registryId} and subject = ${subject} and not deleted order by version`;
  }

  /** The schema's id, inserting it (one statement) if this registry has never seen it. */
  async upsertSchema(tx: Tx, registryId: string, s: { schemaType: SchemaType; schema: string; fingerprint: string; references: SchemaReference[] }): Promise<number> {
    // Another subject may register the same schema at the same moment: the unique key settles it,
    // and `xmax = 0` tells a row this statement inserted from one that was there.
    const rows = await tx.$queryRaw<{ id: number; inserted: boolean }[]>`
      insert into registry_schemas (registry_id, schema_type, schema, fingerprint)
      values (${registryId}, ${s.schemaType}::"SchemaType", ${s.schema}, ${s.fingerprint})
      on conflict (registry_id, fingerprint) do update set fingerprint = excluded.fingerprint
      returning id, (xmax = 0) as inserted`;
    const row = rows[0]!;
    if (row.inserted && s.references.length > 0) {
      await tx.registrySchemaReference.createMany({ data: s.references.map((r, position) => ({ schemaId: row.id, position, registryId, ...r })) });
    }
    return row.id;
  }

  async schemaIdByFingerprint(registryId: string, fingerprint: string, db: Tx | PrismaService = this.prisma): Promise<number | null> {
    const rows = await db.$queryRaw<{ id: number }[]>`select id from registry_schemas where registry_id = ${registryId} and fingerprint = ${fingerprint}`;
    return rows[0]?.id ?? null;
  }

  /** The subject's next version number (deleted ones are never reused), inserted in the same statement. */
  async insertNextVersion(tx: Tx, registryId: string, subject: string, schemaId: number): Promise<number> {
    const rows = await tx.$queryRaw<{ version: number }[]>`
      insert into registry_subject_versions (registry_id, subject, version, schema_id)
      select ${registryId}, ${subject}, coalesce(max(version), 0) + 1, ${schemaId}
      from registry_subject_versions where registry_id = ${registryId} and subject = ${subject}
      returning version`;
    return rows[0]!.version;
  }

  async softDelete(tx: Tx, registryId: string, subject: string, versions: number[]): Promise<void> {
    await tx.registrySubjectVersion.updateMany({ where: { registryId, subject, version: { in: versions } }, data: { deleted: true } });
  }

  async permanentDelete(tx: Tx, registryId: string, subject: string, versions: number[]): Promise<void> {
    await tx.registrySubjectVersion.deleteMany({ where: { registryId, subject, version: { in: versions } } });
  }

  async subjectConfig(registryId: string, subject: string): Promise<RegistrySubjectConfig | null> {
    const rows = await this.prisma.$queryRaw<RegistrySubjectConfig[]>`
      select registry_id as "registryId", subject, compatibility::text as compatibility, normalize, mode::text as mode
      from registry_subject_configs where registry_id = ${registryId} and subject = ${subject}`;
    return rows[0] ?? null;
  }

  async setSubjectConfig(registryId: string, subject: string, data: Partial<Pick<RegistrySubjectConfig, 'compatibility' | 'normalize' | 'mode'>>): Promise<RegistrySubjectConfig> {
    return this.prisma.registrySubjectConfig.upsert({ where: { registryId_subject: { registryId, subject } }, create: { registryId, subject, ...data }, update: data });
  }

  async deleteSubjectConfigs(tx: Tx | PrismaService, registryId: string, subject: string): Promise<void> {
    await tx.registrySubjectConfig.deleteMany({ where: { registryId, subject } });
  }
}
