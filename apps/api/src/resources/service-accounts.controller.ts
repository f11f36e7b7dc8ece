import { Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post } from '@nestjs/common';
import { ServiceAccountsService, type Principal } from '@tributary/accounts';
import type { ServiceAccount } from '@tributary/db';
import { AppError, ID_PATTERNS } from '@tributary/platform';
import { z } from 'zod';
import { API_CONFIG, type ApiConfig } from '../api.config';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { Policy } from '../auth/policy.decorator';
import { ApiDoc } from '../openapi/route-schemas';
import { ValidBody, ValidQuery } from '../validation/zod-pipe';
import { crn, description, displayName, listMetadataSchema, ObjectMeta, objectMeta, pageQueryShape, readOnlyEnvelope, toList, toPageRequest } from './listing';

const ServiceAccountSchema = z.object({
  api_version: z.literal('iam/v2'),
  kind: z.literal('ServiceAccount'),
  id: z.string(),
  metadata: ObjectMeta,
  display_name: z.string(),
  description: z.string(),
});
const ListQuery = z.object({ ...pageQueryShape, display_name: z.union([z.string().max(64), z.array(z.string().max(64)).max(100)]).optional() }).strict();
const CreateBody = z.object({ ...readOnlyEnvelope, display_name: displayName, description: description.default('') }).strict();
const UpdateBody = z.object({ ...readOnlyEnvelope, display_name: displayName.optional(), description: description.optional() }).strict();
const PATH = '/iam/v2/service-accounts';

function checkId(id: string): string {
  if (!ID_PATTERNS.serviceAccount.test(id)) throw AppError.notFound('Service account', id);
  return id;
}

@Controller(PATH)
export class ServiceAccountsController {
  constructor(
    private readonly serviceAccounts: ServiceAccountsService,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  @Get()
  @Policy('service_account.read')
  @ApiDoc({ tag: 'Service accounts', summary: 'List service accounts', response: z.object({ api_version: z.string(), kind: z.string(), metadata: listMetadataSchema(), data: z.array(ServiceAccountSchema) }) })
  async list(@CurrentPrincipal() p: Principal, @ValidQuery(ListQuery) q: z.infer<typeof ListQuery>) {
    const names = q.display_name === undefined ? undefined : Array.isArray(q.display_name) ? q.display_name : q.display_name.split(',');
    const page = await this.serviceAccounts.list(p, toPageRequest(q), names ? { displayName: names } : {});
    const query = { page_size: q.page_size, display_name: names?.join(',') };
    return toList({ apiVersion: 'iam/v2', kind: 'ServiceAccount', baseUrl: this.config.publicUrl, path: PATH, query, page }, (s) => this.toJson(s));
  }

  @Post()
  @Policy('service_account.write')
  @HttpCode(201)
  @ApiDoc({ tag: 'Service accounts', summary: 'Create a service account', status: 201, response: ServiceAccountSchema, errors: [409] })
  async create(@CurrentPrincipal() p: Principal, @ValidBody(CreateBody) body: z.infer<typeof CreateBody>) {
    return this.toJson(await this.serviceAccounts.create(p, { displayName: body.display_name, description: body.description }));
  }

  @Get(':id')
  @Policy('service_account.read')
  @ApiDoc({ tag: 'Service accounts', summary: 'Read a service account', response: ServiceAccountSchema })
  async get(@CurrentPrincipal() p: Principal, @Param('id') id: string) {
    return this.toJson(await this.serviceAccounts.get(p, checkId(id)));
  }

  @Patch(':id')
  @Policy('service_account.write')
  @ApiDoc({ tag: 'Service accounts', summary: 'Update a service account', response: ServiceAccountSchema, errors: [409] })
  async update(@CurrentPrincipal() p: Principal, @Param('id') id: string, @ValidBody(UpdateBody) body: z.infer<typeof UpdateBody>) {
    const input: { displayName?: string; description?: string } = {};
    if (body.display_name !== undefined) input.displayName = body.display_name;
    if (body.description !== undefined) input.description = body.description;
    return this.toJson(await this.serviceAccounts.update(p, checkId(id), input));
  }

  @Delete(':id')
  @Policy('service_account.delete')
  @HttpCode(204)
  @ApiDoc({ tag: 'Service accounts', summary: 'Delete a service account and its API keys', status: 204 })
  async delete(@CurrentPrincipal() p: Principal, @Param('id') id: string) {
    await this.serviceAccounts.delete(p, checkId(id));
  }

  private toJson(s: ServiceAccount) {
    return {
      api_version: 'iam/v2' as const,
      kind: 'ServiceAccount' as const,
      id: s.id,
      metadata: objectMeta(this.config.publicUrl, `${PATH}/${s.id}`, crn(s.organizationId, `service-account=${s.id}`), s),
      display_name: s.displayName,
      description: s.description,
    };
  }
}
