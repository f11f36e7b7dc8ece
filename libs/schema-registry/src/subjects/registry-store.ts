import { Injectable } from '@nestjs/common';
import { TenantRepositories, type Prisma, type RegistrySubjectConfig, type SchemaCompatibility, type SchemaRegistry, type SchemaRegistryMode, type SchemaType } from '@tributary/db';
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

export interface LiveVersion {
  version: number;
  schemaId: number;
  fingerprint: string;
}

export interface RegistrationState {
  config: Pick<RegistrySubjectConfig, 'compatibility' | 'normalize' | 'mode'>;
  maxVersion: number;
  /** Oldest first. */
  live: LiveVersion[];
}

/** A unique violation on the subject's version key: another registration took that number first. */
function isVersionTaken(e: unknown): boolean {
  const text = `${(e as { message?: unknown })?.message ?? ''} ${JSON.stringify((e as { meta?: unknown })?.meta ?? {})}`;
  return text.includes('registry_subject_versions_pkey') || (/23505|P2002|Unique constraint/.test(text) && text.includes('registry_subject_versions'));
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
   * Runs `fn` in one transaction of the organization's scope, holding the subject's lock, so two
   * deletions of a subject see one another (registration takes no lock: see `insertVersion`). A lost deadlock runs `fn` again
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

  /**
   * What registering into a subject needs, in one round trip: the subject's config, its highest
   * version number (deleted ones included: numbers are never reused) and its live versions with
   * their schemas' fingerprints. Read without a lock: `insertVersion` fails if another writer took
   * the next number meanwhile, and registration reads again.
   */
  async registrationState(reg: RegistryRef, subject: string): Promise<RegistrationState | null> {
    const rows = await this.db(reg).$queryRaw<{ compatibility: SchemaCompatibility | null; normalize: boolean | null; mode: SchemaRegistryMode | null; max_version: number; live: LiveVersion[] }[]>`
      select c.compatibility::text as compatibility, c.normalize, c.mode::text as mode,
        coalesce((select max(v.version) from registry_subject_versions v where v.registry_id = r.id and v.subject = ${subject}), 0)::int as max_version,
        coalesce((select json_agg(json_build_object('version', v.version, 'schemaId', v.schema_id, 'fingerprint', s.fingerprint) order by v.version)
                    from registry_subject_versions v join registry_schemas s on s.id = v.schema_id
                   where v.registry_id = r.id and v.subject = ${subject} and not v.deleted), '[]'::json) as live
      from schema_registries r
      left join registry_subject_configs c on c.registry_id = r.id and c.subject = ${subject}
      where r.id = ${reg.id} and r.organization_id = ${reg.organizationId}::uuid`;
    const row = rows[0];
    if (!row) return null;
    return { config: { compatibility: row.compatibility, normalize: row.normalize, mode: row.mode }, maxVersion: row.max_version, live: row.live };
  }

  /** Several schemas by id in one query (the ones a compatibility check needs and memory lacks). */
  async schemasByIds(reg: RegistryRef, ids: readonly number[]): Promise<StoredSchema[]> {
    if (!ids.length) return [];
    const rows = await this.db(reg).registrySchema.findMany({ where: { id: { in: [...ids] }, registryId: reg.id }, include: { references: { orderBy: { position: 'asc' } } } });
    return rows.map((row) => ({ id: row.id, schemaType: row.schemaType, schema: row.schema, references: row.references.map((r) => ({ name: r.name, subject: r.subject, version: r.version })) }));
  }

  /**
   * Registers in one statement (its own transaction): the schema row if this registry has never
   * seen it (with its references), and the subject's version `version`. Returns the schema id, or
   * null if `version` was taken meanwhile (the caller reads again and retries). Bound to the
   * organization by the select from schema_registries.
   */
  async insertVersion(reg: RegistryRef, subject: string, version: number, s: { schemaType: SchemaType; schema: string; fingerprint: string; references: SchemaReference[] }): Promise<number | null> {
    try {
      const rows = await this.db(reg).$queryRaw<{ id: number }[]>`
        with reg as (select r.id from schema_registries r where r.id = ${reg.id} and r.organization_id = ${reg.organizationId}::uuid),
        schema_row as (
          insert into registry_schemas (registry_id, schema_type, schema, fingerprint)
          select reg.id, ${s.schemaType}::"SchemaType", ${s.schema}, ${s.fingerprint} from reg
          on conflict (registry_id, fingerprint) do update set fingerprint = excluded.fingerprint
          returning id, (xmax = 0) as inserted),
        refs as (
          insert into registry_schema_references (schema_id, position, registry_id, name, subject, version)
          select schema_row.id, (ref.ord - 1)::int, ${reg.id}, ref.name, ref.subject, ref.version
          from schema_row, unnest(${s.references.map((r) => r.name)}::text[], ${s.references.map((r) => r.subject)}::text[], ${s.references.map((r) => r.version)}::int[]) with ordinality as ref(name, subject, version, ord)
          where schema_row.inserted
          returning 1),
        version_row as (
          insert into registry_subject_versions (registry_id, subject, version, schema_id)
          select ${reg.id}, ${subject}, ${version}::int, schema_row.id from schema_row
          returning schema_id)
        select schema_id as id from version_row`;
      const row = rows[0];
      if (!row) throw new Error(`Schema registry '${reg.id}' is not organization '${reg.organizationId}'s`);
      return row.id;
    } catch (e) {
      if (isVersionTaken(e)) return null;
      throw e;
    }
  }

  async schemaIdByFingerprint(reg: RegistryRef, fingerprint: string, db: Tx = this.db(reg)): Promise<number | null> {
    const rows = await db.$queryRaw<{ id: number }[]>`
      select s.id from registry_schemas s
      join schema_registries r on r.id = s.registry_id and r.organization_id = ${reg.organizationId}::uuid
      where s.registry_id = ${reg.id} and s.fingerprint = ${fingerprint}`;
    return rows[0]?.id ?? null;
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
