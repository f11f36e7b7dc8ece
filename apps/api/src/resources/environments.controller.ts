import { Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post } from '@nestjs/common';
import { EnvironmentsService, type Principal } from '@tributary/accounts';
import type { Environment } from '@tributary/db';
import { AppError, ID_PATTERNS } from '@tributary/platform';
import { z } from 'zod';
import { API_CONFIG, type ApiConfig } from '../api.config';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { Policy } from '../auth/policy.decorator';
import { ApiDoc } from '../openapi/route-schemas';
import { ValidBody, ValidQuery } from '../validation/zod-pipe';
import { crn, displayName, listMetadataSchema, ObjectMeta, objectMeta, PageQuery, readOnlyEnvelope, toList, toPageRequest } from './listing';

const EnvironmentSchema = z.object({ api_version: z.literal('org/v2'), kind: z.literal('Environment'), id: z.string(), metadata: ObjectMeta, display_name: z.string() });
const CreateBody = z.object({ ...readOnlyEnvelope, display_name: displayName, stream_governance_config: z.unknown().optional() }).strict();
const UpdateBody = z.object({ ...readOnlyEnvelope, display_name: displayName.optional(), stream_governance_config: z.unknown().optional() }).strict();
const PATH = '/org/v2/environments';

export function checkEnvironmentId(id: string): string {
  if (!ID_PATTERNS.environment.test(id)) throw AppError.notFound('Environment', id);
  return id;
}

@Controller(PATH)
export class EnvironmentsController {
  constructor(
    private readonly environments: EnvironmentsService,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  @Get()
  @Policy('environment.read')
  @ApiDoc({ tag: 'Environments', summary: 'List environments', response: z.object({ api_version: z.string(), kind: z.string(), metadata: listMetadataSchema(), data: z.array(EnvironmentSchema) }) })
  async list(@CurrentPrincipal() p: Principal, @ValidQuery(PageQuery) q: z.infer<typeof PageQuery>) {
    const page = await this.environments.list(p, toPageRequest(q));
    return toList({ apiVersion: 'org/v2', kind: 'Environment', baseUrl: this.config.publicUrl, path: PATH, query: { page_size: q.page_size }, page }, (e) => this.toJson(e));
  }

  @Post()
  @Policy('environment.create')
  @HttpCode(201)
  @ApiDoc({ tag: 'Environments', summary: 'Create an environment', status: 201, response: EnvironmentSchema })
  async create(@CurrentPrincipal() p: Principal, @ValidBody(CreateBody) body: z.infer<typeof CreateBody>) {
    return this.toJson(await this.environments.create(p, { displayName: body.display_name }));
  }

  @Get(':id')
  @Policy('environment.read')
  @ApiDoc({ tag: 'Environments', summary: 'Read an environment', response: EnvironmentSchema })
  async get(@CurrentPrincipal() p: Principal, @Param('id') id: string) {
    return this.toJson(await this.environments.get(p, checkEnvironmentId(id)));
  }

  @Patch(':id')
  @Policy('environment.update')
  @ApiDoc({ tag: 'Environments', summary: 'Update an environment', response: EnvironmentSchema })
  async update(@CurrentPrincipal() p: Principal, @Param('id') id: string, @ValidBody(UpdateBody) body: z.infer<typeof UpdateBody>) {
    return this.toJson(await this.environments.update(p, checkEnvironmentId(id), body.display_name === undefined ? {} : { displayName: body.display_name }));
  }

  @Delete(':id')
  @Policy('environment.delete')
  @HttpCode(204)
  @ApiDoc({ tag: 'Environments', summary: 'Delete an environment (refused while it holds clusters)', status: 204, errors: [409] })
  async delete(@CurrentPrincipal() p: Principal, @Param('id') id: string) {
    await this.environments.delete(p, checkEnvironmentId(id));
  }

  private toJson(e: Environment) {
    return {
      api_version: 'org/v2' as const,
      kind: 'Environment' as const,
      id: e.id,
      metadata: objectMeta(this.config.publicUrl, `${PATH}/${e.id}`, crn(e.organizationId, `environment=${e.id}`), e),
      display_name: e.displayName,
    };
  }
}
