import { Body, Controller, Delete, Get, Header, HttpCode, Param, Post, Put, Query, UseFilters, UseGuards } from '@nestjs/common';
import type { SchemaRegistry } from '@tributary/db';
import { RegistryAuthenticator, RegistryError, SubjectsService } from '@tributary/schema-registry';
import { Auth } from '../auth/auth.decorators';
import { Policy } from '../auth/policy.decorator';
import { RegistryErrorFilter } from './registry-error.filter';
import { Registry, RegistryGuard } from './registry.guard';
import { REGISTRY_MEDIA_TYPE, REGISTRY_PATH } from './registry-wire';

type Q = Record<string, string | undefined>;
const flag = (v: string | undefined) => v === 'true';
const optionalFlag = (v: string | undefined) => (v === undefined ? undefined : v === 'true');

function schemaId(raw: string): number {
  if (!/^\d{1,10}$/.test(raw)) throw RegistryError.schemaNotFound();
  return Number(raw);
}

/**
 * Confluent's Schema Registry REST API, one per environment at `spec.http_endpoint`, so Confluent's
 * serializers work given only that URL and a registry key. The API-wide guard leaves these routes
 * alone (`kafka` mode: no Cloud credentials here); RegistryGuard takes the registry's own keys.
 */
@Controller(`${REGISTRY_PATH.slice(1)}/:registryId`)
@Auth('kafka')
@UseGuards(RegistryGuard)
@UseFilters(RegistryErrorFilter)
export class RegistryController {
  constructor(
    private readonly subjects: SubjectsService,
    private readonly auth: RegistryAuthenticator,
  ) {}

  @Get()
  @Policy('schema_registry.read')
  @Header('content-type', REGISTRY_MEDIA_TYPE)
  root() {
    return {};
  }

  @Get('schemas/types')
  @Policy('schema_registry.read')
  @Header('content-type', REGISTRY_MEDIA_TYPE)
  types() {
    return this.subjects.schemaTypes();
  }

  @Get('schemas/ids/:id')
  @Policy('schema_registry.read')
  @Header('content-type', REGISTRY_MEDIA_TYPE)
  schemaById(@Registry() reg: SchemaRegistry, @Param('id') id: string, @Query() q: Q) {
    return this.subjects.schemaById(reg, schemaId(id), q.format);
  }

  @Get('schemas/ids/:id/schema')
  @Policy('schema_registry.read')
  @Header('content-type', REGISTRY_MEDIA_TYPE)
  rawSchemaById(@Registry() reg: SchemaRegistry, @Param('id') id: string, @Query() q: Q) {
    return this.subjects.rawSchemaById(reg, schemaId(id), q.format);
  }

  @Get('schemas/ids/:id/versions')
  @Policy('schema_registry.read')
  @Header('content-type', REGISTRY_MEDIA_TYPE)
  versionsOfSchema(@Registry() reg: SchemaRegistry, @Param('id') id: string, @Query() q: Q) {
    return this.subjects.versionsOfSchema(reg, schemaId(id), flag(q.deleted));
  }

  @Get('schemas/ids/:id/subjects')
  @Policy('schema_registry.read')
  @Header('content-type', REGISTRY_MEDIA_TYPE)
  subjectsOfSchema(@Registry() reg: SchemaRegistry, @Param('id') id: string, @Query() q: Q) {
    return this.subjects.subjectsOfSchema(reg, schemaId(id), flag(q.deleted));
  }

  @Get('subjects')
  @Policy('schema_registry.read')
  @Header('content-type', REGISTRY_MEDIA_TYPE)
  listSubjects(@Registry() reg: SchemaRegistry, @Query() q: Q) {
    return this.subjects.subjects(reg, { deleted: flag(q.deleted), prefix: q.subjectPrefix ?? '' });
  }

  @Post('subjects/:subject')
  @Policy('schema_registry.read')
  @HttpCode(200)
  @Header('content-type', REGISTRY_MEDIA_TYPE)
  lookup(@Registry() reg: SchemaRegistry, @Param('subject') subject: string, @Body() body: unknown, @Query() q: Q) {
    return this.subjects.lookup(reg, subject, body, { normalize: optionalFlag(q.normalize), deleted: flag(q.deleted) });
  }

  @Delete('subjects/:subject')
  @Policy('schema_registry.write')
  @Header('content-type', REGISTRY_MEDIA_TYPE)
  deleteSubject(@Registry() reg: SchemaRegistry, @Param('subject') subject: string, @Query() q: Q) {
    return this.subjects.deleteSubject(reg, subject, flag(q.permanent));
  }

  @Get('subjects/:subject/versions')
  @Policy('schema_registry.read')
  @Header('content-type', REGISTRY_MEDIA_TYPE)
  versions(@Registry() reg: SchemaRegistry, @Param('subject') subject: string, @Query() q: Q) {
    return this.subjects.versionNumbers(reg, subject, flag(q.deleted));
  }

  @Post('subjects/:subject/versions')
  @Policy('schema_registry.write')
  @HttpCode(200)
  @Header('content-type', REGISTRY_MEDIA_TYPE)
  register(@Registry() reg: SchemaRegistry, @Param('subject') subject: string, @Body() body: unknown, @Query() q: Q) {
    return this.subjects.register(reg, subject, body, { normalize: optionalFlag(q.normalize) });
  }

  @Get('subjects/:subject/versions/:version')
  @Policy('schema_registry.read')
  @Header('content-type', REGISTRY_MEDIA_TYPE)
  version(@Registry() reg: SchemaRegistry, @Param('subject') subject: string, @Param('version') version: string, @Query() q: Q) {
    return this.subjects.getVersion(reg, subject, version, { deleted: flag(q.deleted), ...(q.format ? { format: q.format } : {}) });
  }

  @Get('subjects/:subject/versions/:version/schema')
  @Policy('schema_registry.read')
  @Header('content-type', REGISTRY_MEDIA_TYPE)
  async versionSchema(@Registry() reg: SchemaRegistry, @Param('subject') subject: string, @Param('version') version: string, @Query() q: Q) {
    return (await this.subjects.getVersion(reg, subject, version, { deleted: flag(q.deleted), ...(q.format ? { format: q.format } : {}) })).schema;
  }

  @Get('subjects/:subject/versions/:version/referencedby')
  @Policy('schema_registry.read')
  @Header('content-type', REGISTRY_MEDIA_TYPE)
  referencedBy(@Registry() reg: SchemaRegistry, @Param('subject') subject: string, @Param('version') version: string) {
    return this.subjects.referencedBy(reg, subject, version);
  }

  @Delete('subjects/:subject/versions/:version')
  @Policy('schema_registry.write')
  @Header('content-type', REGISTRY_MEDIA_TYPE)
  deleteVersion(@Registry() reg: SchemaRegistry, @Param('subject') subject: string, @Param('version') version: string, @Query() q: Q) {
    return this.subjects.deleteVersion(reg, subject, version, flag(q.permanent));
  }

  @Post('compatibility/subjects/:subject/versions/:version')
  @Policy('schema_registry.read')
  @HttpCode(200)
  @Header('content-type', REGISTRY_MEDIA_TYPE)
  compatibleWithVersion(@Registry() reg: SchemaRegistry, @Param('subject') subject: string, @Param('version') version: string, @Body() body: unknown, @Query() q: Q) {
    return this.subjects.testCompatibility(reg, subject, version, body, { verbose: flag(q.verbose), normalize: optionalFlag(q.normalize) });
  }

  @Post('compatibility/subjects/:subject/versions')
  @Policy('schema_registry.read')
  @HttpCode(200)
  @Header('content-type', REGISTRY_MEDIA_TYPE)
  compatibleWithSubject(@Registry() reg: SchemaRegistry, @Param('subject') subject: string, @Body() body: unknown, @Query() q: Q) {
    return this.subjects.testCompatibility(reg, subject, undefined, body, { verbose: flag(q.verbose), normalize: optionalFlag(q.normalize) });
  }

  @Get('config')
  @Policy('schema_registry.read')
  @Header('content-type', REGISTRY_MEDIA_TYPE)
  globalConfig(@Registry() reg: SchemaRegistry) {
    return this.subjects.getConfig(reg, undefined, true);
  }

  @Put('config')
  @Policy('schema_registry.write')
  @Header('content-type', REGISTRY_MEDIA_TYPE)
  async setGlobalConfig(@Registry() reg: SchemaRegistry, @Body() body: unknown) {
    const out = await this.subjects.setConfig(reg, undefined, body);
    this.auth.forget(reg);
    return out;
  }

  @Delete('config')
  @Policy('schema_registry.write')
  @Header('content-type', REGISTRY_MEDIA_TYPE)
  async deleteGlobalConfig(@Registry() reg: SchemaRegistry) {
    const out = await this.subjects.deleteConfig(reg, undefined);
    this.auth.forget(reg);
    return out;
  }

  @Get('config/:subject')
  @Policy('schema_registry.read')
  @Header('content-type', REGISTRY_MEDIA_TYPE)
  subjectConfig(@Registry() reg: SchemaRegistry, @Param('subject') subject: string, @Query() q: Q) {
    return this.subjects.getConfig(reg, subject, flag(q.defaultToGlobal));
  }

  @Put('config/:subject')
  @Policy('schema_registry.write')
  @Header('content-type', REGISTRY_MEDIA_TYPE)
  setSubjectConfig(@Registry() reg: SchemaRegistry, @Param('subject') subject: string, @Body() body: unknown) {
    return this.subjects.setConfig(reg, subject, body);
  }

  @Delete('config/:subject')
  @Policy('schema_registry.write')
  @Header('content-type', REGISTRY_MEDIA_TYPE)
  deleteSubjectConfig(@Registry() reg: SchemaRegistry, @Param('subject') subject: string) {
    return this.subjects.deleteConfig(reg, subject);
  }

  @Get('mode')
  @Policy('schema_registry.read')
  @Header('content-type', REGISTRY_MEDIA_TYPE)
  globalMode(@Registry() reg: SchemaRegistry) {
    return this.subjects.getMode(reg, undefined, true);
  }

  @Put('mode')
  @Policy('schema_registry.write')
  @Header('content-type', REGISTRY_MEDIA_TYPE)
  async setGlobalMode(@Registry() reg: SchemaRegistry, @Body() body: unknown) {
    const out = await this.subjects.setMode(reg, undefined, body);
    this.auth.forget(reg);
    return out;
  }

  @Get('mode/:subject')
  @Policy('schema_registry.read')
  @Header('content-type', REGISTRY_MEDIA_TYPE)
  subjectMode(@Registry() reg: SchemaRegistry, @Param('subject') subject: string, @Query() q: Q) {
    return this.subjects.getMode(reg, subject, flag(q.defaultToGlobal));
  }

  @Put('mode/:subject')
  @Policy('schema_registry.write')
  @Header('content-type', REGISTRY_MEDIA_TYPE)
  setSubjectMode(@Registry() reg: SchemaRegistry, @Param('subject') subject: string, @Body() body: unknown) {
    return this.subjects.setMode(reg, subject, body);
  }

  @Delete('mode/:subject')
  @Policy('schema_registry.write')
  @Header('content-type', REGISTRY_MEDIA_TYPE)
  deleteSubjectMode(@Registry() reg: SchemaRegistry, @Param('subject') subject: string) {
    return this.subjects.deleteMode(reg, subject);
  }
}
