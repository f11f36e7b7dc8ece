import { Injectable } from '@nestjs/common';
import type { SchemaCompatibility, SchemaRegistry, SchemaRegistryMode, SchemaType } from '@tributary/db';
import { TenantRepositories } from '@tributary/db';
import { sha256 } from '@tributary/platform';
import { checkCompatibility, incompatibleMessage, parseCompatibility, type PreviousVersion } from '../compatibility/compatibility-check';
import { formatFor, supportedSchemaTypes } from '../formats/formats';
import type { Dependency, ParsedSchema, SchemaReference } from '../formats/schema-format';
import { RegistryError } from '../registry-error';
import { BoundedCache } from './bounded-cache';
import { RegistryStore, type RegistryRef, type StoredSchema, type StoredVersion, type Tx } from './registry-store';
import { checkSubject, parseMode, parseSchemaRequest, parseVersion } from './requests';

/** `/schemas/ids/{id}` and the subject-version objects, as Confluent's registry writes them (AVRO's type and empty references are left out). */
export interface SchemaJson {
  schema: string;
  schemaType?: SchemaType;
  references?: SchemaReference[];
}
export interface VersionJson extends SchemaJson {
  subject: string;
  version: number;
  id: number;
}

const CACHE_ENTRIES = 20_000;
/** Registrations racing for one subject's next version: each lost race reads again. */
const MAX_REGISTER_ATTEMPTS = 20;

/** Caches are keyed by (organization, registry, schema id), so an entry can only ever answer its own tenant. */
function cacheKey(reg: RegistryRef, id: number): string {
  return `${reg.organizationId}/${reg.id}/${id}`;
}

function schemaJson(s: { schemaType: SchemaType; references: SchemaReference[] }, text: string): SchemaJson {
  return { schema: text, ...(s.schemaType === 'AVRO' ? {} : { schemaType: s.schemaType }), ...(s.references.length ? { references: s.references } : {}) };
}

/**
 * The Schema Registry's use cases, over one registry at a time (the caller has checked the key is
 * for that registry). Schemas are immutable, so lookups by id are served from memory after the first
 * read; only a permanent deletion can make one disappear, and it evicts it.
 */
@Injectable()
export class SubjectsService {
  private readonly byId = new BoundedCache<string, StoredSchema>(CACHE_ENTRIES);
  private readonly parsed = new BoundedCache<string, ParsedSchema>(CACHE_ENTRIES);

  constructor(
    private readonly store: RegistryStore,
    private readonly repos: TenantRepositories,
  ) {}

  schemaTypes(): SchemaType[] {
    return supportedSchemaTypes();
  }

  // ---- schemas by id ----

  async schemaById(reg: SchemaRegistry, id: number, format?: string): Promise<SchemaJson> {
    const s = await this.stored(reg, id);
    return schemaJson(s, format ? (await this.parse(reg, s)).formatted(format) : s.schema);
  }

  async rawSchemaById(reg: SchemaRegistry, id: number, format?: string): Promise<string> {
    return (await this.schemaById(reg, id, format)).schema;
  }

  async versionsOfSchema(reg: SchemaRegistry, id: number, deleted: boolean): Promise<{ subject: string; version: number }[]> {
    await this.stored(reg, id);
    return this.store.subjectVersionsOfSchema(reg, id, deleted);
  }

  async subjectsOfSchema(reg: SchemaRegistry, id: number, deleted: boolean): Promise<string[]> {
    return [...new Set((await this.versionsOfSchema(reg, id, deleted)).map((v) => v.subject))];
  }

  // ---- subjects and versions ----

  async subjects(reg: SchemaRegistry, opts: { deleted: boolean; prefix: string }): Promise<string[]> {
    return this.store.subjects(reg, opts.deleted, opts.prefix);
  }

  async versionNumbers(reg: SchemaRegistry, subject: string, deleted: boolean): Promise<number[]> {
    const versions = await this.store.versions(reg, subject, deleted);
    if (versions.length === 0) throw RegistryError.subjectNotFound(subject);
    return versions.map((v) => v.version);
  }

  async getVersion(reg: SchemaRegistry, subject: string, rawVersion: string, opts: { deleted?: boolean; format?: string } = {}): Promise<VersionJson> {
    const v = await this.findVersion(reg, subject, parseVersion(rawVersion), opts.deleted ?? false);
    const text = opts.format ? (await this.parse(reg, v)).formatted(opts.format) : v.schema;
    return { subject: v.subject, version: v.version, id: v.id, ...schemaJson(v, text) };
  }

  async referencedBy(reg: SchemaRegistry, subject: string, rawVersion: string): Promise<number[]> {
    const v = await this.findVersion(reg, subject, parseVersion(rawVersion), false);
    return this.store.referencedBy(reg, subject, v.version);
  }

  // ---- register, look up, check ----

  /**
   * Two round trips when nothing races: one read (the subject's config, highest version and live
   * versions with fingerprints) and one statement that inserts the schema and the next version.
   * No lock is held: if another registration took the number meanwhile, the insert finds the key
   * taken and this reads and checks again, so the compatibility check always saw the version it
   * follows. Parsed earlier versions come from memory (a batched read for those it lacks), and only
   * the ones the level compares with are parsed.
   */
  async register(reg: SchemaRegistry, rawSubject: string, body: unknown, opts: { normalize?: boolean }): Promise<{ id: number }> {
    const subject = checkSubject(rawSubject);
    // Parsed before the read (it needs no lock), but a read-only subject answers 42205 first, as before.
    const prepared = await this.prepare(reg, body).then(
      (p) => ({ ok: true as const, p }),
      (e: unknown) => ({ ok: false as const, e }),
    );
    for (let attempt = 1; ; attempt++) {
      const state = await this.store.registrationState(reg, subject);
      if (!state) throw new Error(`Schema registry '${reg.id}' is not organization '${reg.organizationId}'s`);
      const mode = state.config.mode ?? reg.mode;
      if (mode === 'READONLY') throw RegistryError.operationNotPermitted(`Subject ${subject} is in read-only mode`);
      if (!prepared.ok) throw prepared.e;
      const candidate = prepared.p.as(opts.normalize ?? state.config.normalize ?? reg.normalize);
      const existing = state.live.find((v) => v.fingerprint === candidate.fingerprint);
      if (existing) return { id: existing.schemaId };
      const level = state.config.compatibility ?? reg.compatibility;
      if (level !== 'NONE' && state.live.length > 0) {
        const against = level.endsWith('_TRANSITIVE') ? state.live : state.live.slice(-1);
        const result = checkCompatibility(level, candidate.parsed, await this.parsedVersions(reg, against));
        if (!result.compatible) throw RegistryError.incompatible(incompatibleMessage(subject, result.messages));
      }
      const id = await this.store.insertVersion(reg, subject, state.maxVersion + 1, candidate);
      if (id !== null) return { id };
      if (attempt >= MAX_REGISTER_ATTEMPTS) throw RegistryError.timedOut(`Subject ${subject} is being written by too many clients at once; retry`);
    }
  }

  /** `POST /subjects/{subject}`: the version of the subject that has this schema. */
  async lookup(reg: SchemaRegistry, subject: string, body: unknown, opts: { normalize?: boolean; deleted?: boolean }): Promise<VersionJson> {
    const config = await this.store.subjectConfig(reg, subject);
    const all = await this.store.versions(reg, subject, opts.deleted ?? false);
    if (all.length === 0) throw RegistryError.subjectNotFound(subject);
    const candidate = await this.candidate(reg, body, opts.normalize ?? config?.normalize ?? reg.normalize);
    const id = await this.store.schemaIdByFingerprint(reg, candidate.fingerprint);
    const found = [...all].reverse().find((v) => v.id === id);
    if (!found) throw RegistryError.schemaNotFound();
    return { subject, version: found.version, id: found.id, ...schemaJson(found, found.schema) };
  }

  /** `POST /compatibility/subjects/{subject}/versions[/{version}]`: against one version, or as the subject's level says when none is given. */
  async testCompatibility(reg: SchemaRegistry, subject: string, rawVersion: string | undefined, body: unknown, opts: { verbose: boolean; normalize?: boolean }) {
    const config = await this.store.subjectConfig(reg, subject);
    const level = config?.compatibility ?? reg.compatibility;
    const live = await this.store.versions(reg, subject, false);
    const candidate = await this.candidate(reg, body, opts.normalize ?? config?.normalize ?? reg.normalize);
    let against: StoredVersion[] = live;
    if (rawVersion !== undefined) {
      const version = parseVersion(rawVersion);
      if (version === 'latest') against = live.slice(-1);
      else {
        const one = live.find((v) => v.version === version);
        if (!one) throw live.length === 0 ? RegistryError.subjectNotFound(subject) : RegistryError.versionNotFound(version);
        against = [one];
      }
    }
    const result = checkCompatibility(rawVersion === undefined ? level : (level.replace('_TRANSITIVE', '') as SchemaCompatibility), candidate.parsed, await this.previous(reg, against));
    return { is_compatible: result.compatible, ...(opts.verbose ? { messages: result.messages } : {}) };
  }

  // ---- deletion ----

  async deleteSubject(reg: SchemaRegistry, subject: string, permanent: boolean): Promise<number[]> {
    return this.store.withSubjectLock(reg, subject, async (tx) => {
      const all = await this.store.versions(reg, subject, true, tx);
      if (all.length === 0) throw RegistryError.subjectNotFound(subject);
      const live = all.filter((v) => !v.deleted);
      if (!permanent && live.length === 0) throw RegistryError.subjectSoftDeleted(subject);
      if (permanent && live.length > 0) throw RegistryError.subjectNotSoftDeleted(subject);
      const targets = permanent ? all : live;
      for (const v of targets) await this.assertNotReferenced(tx, reg, v);
      const numbers = targets.map((v) => v.version);
      if (permanent) {
        await this.store.permanentDelete(tx, reg, subject, numbers);
        await this.store.deleteSubjectConfigs(tx, reg, subject);
        this.evict(reg, targets);
      } else await this.store.softDelete(tx, reg, subject, numbers);
      return numbers;
    });
  }

  async deleteVersion(reg: SchemaRegistry, subject: string, rawVersion: string, permanent: boolean): Promise<number> {
    const version = parseVersion(rawVersion);
    return this.store.withSubjectLock(reg, subject, async (tx) => {
      const all = await this.store.versions(reg, subject, true, tx);
      if (all.length === 0) throw RegistryError.subjectNotFound(subject);
      const v = version === 'latest' ? all.filter((x) => !x.deleted).at(-1) : all.find((x) => x.version === version);
      if (!v) throw RegistryError.versionNotFound(version === 'latest' ? 'latest' : version);
      if (!permanent && v.deleted) throw RegistryError.versionSoftDeleted(subject, v.version);
      if (permanent && !v.deleted) throw RegistryError.versionNotSoftDeleted(subject, v.version);
      await this.assertNotReferenced(tx, reg, v);
      if (permanent) {
        await this.store.permanentDelete(tx, reg, subject, [v.version]);
        this.evict(reg, [v]);
      } else await this.store.softDelete(tx, reg, subject, [v.version]);
      return v.version;
    });
  }

  // ---- config and mode ----

  async getConfig(reg: SchemaRegistry, subject: string | undefined, defaultToGlobal: boolean) {
    if (subject === undefined) return { compatibilityLevel: reg.compatibility, ...(reg.normalize ? { normalize: true } : {}) };
    const config = await this.store.subjectConfig(reg, subject);
    if (!config?.compatibility && !defaultToGlobal) throw RegistryError.subjectConfigNotFound(subject);
    return { compatibilityLevel: config?.compatibility ?? reg.compatibility, ...((config?.normalize ?? (defaultToGlobal && reg.normalize)) ? { normalize: true } : {}) };
  }

  async setConfig(reg: SchemaRegistry, subject: string | undefined, body: unknown) {
    const b = (typeof body === 'object' && body !== null ? body : {}) as { compatibility?: unknown; compatibilityLevel?: unknown; normalize?: unknown };
    const level = parseCompatibility(b.compatibility ?? b.compatibilityLevel);
    if (!level) throw RegistryError.invalidCompatibility();
    if (b.normalize !== undefined && typeof b.normalize !== 'boolean') throw RegistryError.badRequest("'normalize' must be a boolean");
    const normalize = b.normalize as boolean | undefined;
    if (subject === undefined) {
      await this.repos.for(reg.organizationId).schemaRegistries.update(reg.id, { compatibility: level, ...(normalize === undefined ? {} : { normalize }) });
    } else {
      await this.store.setSubjectConfig(reg, checkSubject(subject), { compatibility: level, ...(normalize === undefined ? {} : { normalize }) });
    }
    return { compatibility: level, ...(normalize === undefined ? {} : { normalize }) };
  }

  async deleteConfig(reg: SchemaRegistry, subject: string | undefined) {
    if (subject === undefined) {
      await this.repos.for(reg.organizationId).schemaRegistries.update(reg.id, { compatibility: 'BACKWARD', normalize: false });
      return { compatibilityLevel: reg.compatibility };
    }
    const config = await this.store.subjectConfig(reg, subject);
    if (!config?.compatibility) throw RegistryError.subjectConfigNotFound(subject);
    await this.store.setSubjectConfig(reg, subject, { compatibility: null, normalize: null });
    return { compatibilityLevel: config.compatibility };
  }

  async getMode(reg: SchemaRegistry, subject: string | undefined, defaultToGlobal: boolean): Promise<{ mode: SchemaRegistryMode }> {
    if (subject === undefined) return { mode: reg.mode };
    const config = await this.store.subjectConfig(reg, subject);
    if (!config?.mode && !defaultToGlobal) throw RegistryError.subjectModeNotFound(subject);
    return { mode: config?.mode ?? reg.mode };
  }

  async setMode(reg: SchemaRegistry, subject: string | undefined, body: unknown): Promise<{ mode: SchemaRegistryMode }> {
    const mode = parseMode((body as { mode?: unknown } | null)?.mode);
    if (subject === undefined) await this.repos.for(reg.organizationId).schemaRegistries.update(reg.id, { mode });
    else await this.store.setSubjectConfig(reg, checkSubject(subject), { mode });
    return { mode };
  }

  async deleteMode(reg: SchemaRegistry, subject: string): Promise<{ mode: SchemaRegistryMode }> {
    const config = await this.store.subjectConfig(reg, subject);
    if (!config?.mode) throw RegistryError.subjectModeNotFound(subject);
    await this.store.setSubjectConfig(reg, subject, { mode: null });
    return { mode: config.mode };
  }

  // ---- internals ----

  private async stored(reg: SchemaRegistry, id: number): Promise<StoredSchema> {
    const key = cacheKey(reg, id);
    const hit = this.byId.get(key);
    if (hit) return hit;
    if (!Number.isSafeInteger(id) || id < 1) throw RegistryError.schemaNotFound(id);
    const s = await this.store.schemaById(reg, id);
    if (!s) throw RegistryError.schemaNotFound(id);
    this.byId.set(key, s);
    return s;
  }

  private evict(reg: SchemaRegistry, versions: StoredVersion[]): void {
    // The schema may live on in other subjects; the next read finds out.
    for (const v of versions) {
      this.byId.delete(cacheKey(reg, v.id));
      this.parsed.delete(cacheKey(reg, v.id));
    }
  }

  private async findVersion(reg: SchemaRegistry, subject: string, version: number | 'latest', deleted: boolean): Promise<StoredVersion> {
    const all = await this.store.versions(reg, subject, deleted);
    if (all.length === 0) throw RegistryError.subjectNotFound(subject);
    const v = version === 'latest' ? all.at(-1) : all.find((x) => x.version === version);
    if (!v) throw RegistryError.versionNotFound(version);
    return v;
  }

  /** Parses a request's schema with its references, once; `as(normalize)` gives the text to store and its fingerprint. */
  private async prepare(reg: SchemaRegistry, body: unknown) {
    const req = parseSchemaRequest(body);
    const format = formatFor(req.schemaType);
    const references = await this.pinReferences(reg, req.references);
    const parsed = format.parse(req.schema, await this.dependencies(reg, references));
    const forms = new Map<boolean, { parsed: ParsedSchema; schema: string; schemaType: SchemaType; references: SchemaReference[]; fingerprint: string }>();
    return {
      as(normalize: boolean) {
        let form = forms.get(normalize);
        if (!form) {
          const schema = normalize ? parsed.normalized() : parsed.canonical;
          form = { parsed, schema, schemaType: format.type, references, fingerprint: sha256(`${format.type}\n${schema}\n${JSON.stringify(references)}`) };
          forms.set(normalize, form);
        }
        return form;
      },
    };
  }

  /** The parsed schemas of these versions, oldest first: from memory, and one query for those it lacks. */
  private async parsedVersions(reg: SchemaRegistry, versions: { version: number; schemaId: number }[]): Promise<PreviousVersion[]> {
    const missing = [...new Set(versions.map((v) => v.schemaId))].filter((id) => !this.parsed.get(cacheKey(reg, id)) && !this.byId.get(cacheKey(reg, id)));
    const loaded = new Map((await this.store.schemasByIds(reg, missing)).map((s) => [s.id, s]));
    const out: PreviousVersion[] = [];
    for (const v of versions) {
      const key = cacheKey(reg, v.schemaId);
      const hit = this.parsed.get(key);
      if (hit) {
        out.push({ version: v.version, schema: hit });
        continue;
      }
      const stored = this.byId.get(key) ?? loaded.get(v.schemaId);
      if (!stored) throw RegistryError.schemaNotFound(v.schemaId);
      out.push({ version: v.version, schema: await this.parse(reg, stored) });
    }
    return out;
  }

  /** Parses a request's schema with its references; the text to store and its fingerprint. */
  private async candidate(reg: SchemaRegistry, body: unknown, normalize: boolean) {
    const req = parseSchemaRequest(body);
    const format = formatFor(req.schemaType);
    const references = await this.pinReferences(reg, req.references);
    const parsed = format.parse(req.schema, await this.dependencies(reg, references));
    const schema = normalize ? parsed.normalized() : parsed.canonical;
    const fingerprint = sha256(`${format.type}\n${schema}\n${JSON.stringify(references)}`);
    return { parsed, schema, schemaType: format.type, references, fingerprint };
  }

  /** References by `latest` (-1) become the version they mean now, so the stored schema never shifts. */
  private async pinReferences(reg: SchemaRegistry, refs: SchemaReference[]): Promise<SchemaReference[]> {
    const out: SchemaReference[] = [];
    for (const r of refs) {
      const versions = await this.store.versions(reg, r.subject, false);
      const v = r.version === -1 ? versions.at(-1) : versions.find((x) => x.version === r.version);
      if (!v) throw RegistryError.invalidSchema(`reference '${r.name}' names subject '${r.subject}' version ${r.version === -1 ? 'latest' : r.version}, which does not exist`);
      out.push({ name: r.name, subject: r.subject, version: v.version });
    }
    return out;
  }

  /** Every schema the references need, transitively, deepest first and each name once. */
  private async dependencies(reg: SchemaRegistry, refs: SchemaReference[], seen = new Set<string>(), db?: Tx): Promise<Dependency[]> {
    const out: Dependency[] = [];
    for (const r of refs) {
      if (seen.has(r.name)) continue;
      seen.add(r.name);
      const v = await this.store.version(reg, r.subject, r.version, db);
      if (!v) throw RegistryError.invalidSchema(`reference '${r.name}' names subject '${r.subject}' version ${r.version}, which does not exist`);
      out.push(...(await this.dependencies(reg, v.references, seen, db)));
      out.push({ name: r.name, schemaType: v.schemaType, schema: v.schema });
    }
    return out;
  }

  private async parse(reg: SchemaRegistry, s: StoredSchema, db?: Tx): Promise<ParsedSchema> {
    const key = cacheKey(reg, s.id);
    const hit = this.parsed.get(key);
    if (hit) return hit;
    const parsed = formatFor(s.schemaType).parse(s.schema, await this.dependencies(reg, s.references, new Set(), db));
    this.parsed.set(key, parsed);
    return parsed;
  }

  private async previous(reg: SchemaRegistry, versions: StoredVersion[], db?: Tx): Promise<PreviousVersion[]> {
    const out: PreviousVersion[] = [];
    for (const v of versions) out.push({ version: v.version, schema: await this.parse(reg, v, db) });
    return out;
  }

  private async assertNotReferenced(tx: Tx, reg: SchemaRegistry, v: StoredVersion): Promise<void> {
    const referrers = await this.store.referencedBy(reg, v.subject, v.version, tx);
    if (referrers.length > 0) throw RegistryError.referenceExists(v.subject, v.version);
  }
}
