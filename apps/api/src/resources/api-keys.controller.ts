import { Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post } from '@nestjs/common';
import { ApiKeysService, type Principal } from '@tributary/accounts';
import type { ApiKey } from '@tributary/db';
import { AppError, ID_PATTERNS } from '@tributary/platform';
import { z } from 'zod';
import { API_CONFIG, type ApiConfig } from '../api.config';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { ApiDoc } from '../openapi/route-schemas';
import { ValidBody, ValidQuery } from '../validation/zod-pipe';
import { crn, description, listMetadataSchema, ObjectMeta, objectMeta, pageQueryShape, readOnlyEnvelope, toList, toPageRequest } from './listing';

/** Generated clients send whole references, `related` and `resource_name` included, often empty. */
const ObjectReference = z
  .object({ id: z.string().min(1).max(64), kind: z.string().optional(), related: z.string().optional(), resource_name: z.string().optional(), environment: z.string().optional(), api_version: z.string().optional() })
  .strict();

const ApiKeySchema = z.object({
  api_version: z.literal('iam/v2'),
  kind: z.literal('ApiKey'),
  id: z.string(),
  metadata: ObjectMeta,
  spec: z.object({
    secret: z.string().optional(),
    display_name: z.string(),
    description: z.string(),
    owner: z.object({ id: z.string(), kind: z.string(), related: z.string(), resource_name: z.string() }),
    resource: z.object({ id: z.string(), kind: z.string(), related: z.string(), resource_name: z.string(), environment: z.string().optional() }),
  }),
  status: z.object({ phase: z.string(), last_used_at: z.string().nullable() }),
});
const SpecBody = z
  .object({
    display_name: z.string().trim().max(64).default(''),
    description: description.default(''),
    owner: ObjectReference.optional(),
    resource: ObjectReference.nullable().optional(),
    resources: z.array(ObjectReference).max(1, 'only one resource per key is supported').optional(),
    secret: z.string().optional(),
  })
  .strict();
const CreateBody = z.object({ ...readOnlyEnvelope, spec: SpecBody }).strict();
const UpdateBody = z
  .object({ ...readOnlyEnvelope, spec: z.object({ display_name: z.string().trim().max(64).optional(), description: description.optional() }).passthrough() })
  .strict();
const ListQuery = z.object({ ...pageQueryShape, 'spec.owner': z.string().max(64).optional(), 'spec.resource': z.string().max(64).optional() }).strict();
const PATH = '/iam/v2/api-keys';

function checkId(id: string): string {
  if (!ID_PATTERNS.apiKey.test(id)) throw AppError.notFound('API key', id);
  return id;
}

function ownerKind(id: string): 'User' | 'ServiceAccount' {
  if (ID_PATTERNS.user.test(id)) return 'User';
  if (ID_PATTERNS.serviceAccount.test(id)) return 'ServiceAccount';
  throw AppError.invalid(`'${id}' is neither a user (u-…) nor a service account (sa-…)`, '/spec/owner/id');
}

function resourceOf(ref: { id: string } | null | undefined): { kind: 'Cloud' | 'Cluster'; id: string } | undefined {
  if (!ref || ref.id.toLowerCase() === 'cloud') return undefined;
  if (ID_PATTERNS.cluster.test(ref.id)) return { kind: 'Cluster', id: ref.id };
  throw AppError.invalid(`'${ref.id}' is not a cluster id (lkc-…) or 'cloud'`, '/spec/resource/id');
}

@Controller(PATH)
export class ApiKeysController {
  constructor(
    private readonly apiKeys: ApiKeysService,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  @Get()
  @ApiDoc({ tag: 'API keys', summary: 'List API keys (filter by spec.owner, spec.resource)', response: z.object({ api_version: z.string(), kind: z.string(), metadata: listMetadataSchema(), data: z.array(ApiKeySchema) }) })
  async list(@CurrentPrincipal() p: Principal, @ValidQuery(ListQuery) q: z.infer<typeof ListQuery>) {
    const filter: { ownerId?: string; resourceId?: string } = {};
    if (q['spec.owner']) filter.ownerId = q['spec.owner'];
    if (q['spec.resource']) filter.resourceId = q['spec.resource'];
    const page = await this.apiKeys.list(p, toPageRequest(q), filter);
    const query = { page_size: q.page_size, 'spec.owner': q['spec.owner'], 'spec.resource': q['spec.resource'] };
    return toList({ apiVersion: 'iam/v2', kind: 'ApiKey', baseUrl: this.config.publicUrl, path: PATH, query, page }, (k) => this.toJson(k));
  }

  @Post()
  @HttpCode(202)
  @ApiDoc({ tag: 'API keys', summary: 'Create an API key: the secret is in this response and never again', status: 202, response: ApiKeySchema })
  async create(@CurrentPrincipal() p: Principal, @ValidBody(CreateBody) body: z.infer<typeof CreateBody>) {
    const spec = body.spec;
    const resource = resourceOf(spec.resource ?? spec.resources?.[0]);
    const { key, secret } = await this.apiKeys.create(p, {
      displayName: spec.display_name,
      description: spec.description,
      ...(spec.owner ? { owner: { kind: ownerKind(spec.owner.id), id: spec.owner.id } } : {}),
      ...(resource ? { resource } : {}),
    });
    return this.toJson(key, secret);
  }

  @Get(':id')
  @ApiDoc({ tag: 'API keys', summary: 'Read an API key (never its secret)', response: ApiKeySchema })
  async get(@CurrentPrincipal() p: Principal, @Param('id') id: string) {
    return this.toJson(await this.apiKeys.get(p, checkId(id)));
  }

  @Patch(':id')
  @ApiDoc({ tag: 'API keys', summary: "Update an API key's name or description", response: ApiKeySchema })
  async update(@CurrentPrincipal() p: Principal, @Param('id') id: string, @ValidBody(UpdateBody) body: z.infer<typeof UpdateBody>) {
    const input: { displayName?: string; description?: string } = {};
    if (body.spec.display_name !== undefined) input.displayName = body.spec.display_name;
    if (body.spec.description !== undefined) input.description = body.spec.description;
    return this.toJson(await this.apiKeys.update(p, checkId(id), input));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiDoc({ tag: 'API keys', summary: 'Delete an API key: it stops working at once', status: 204 })
  async delete(@CurrentPrincipal() p: Principal, @Param('id') id: string) {
    await this.apiKeys.delete(p, checkId(id));
  }

  private toJson(k: ApiKey, secret?: string) {
    const base = this.config.publicUrl;
    const ownerId = (k.ownerUserId ?? k.ownerServiceAccountId)!;
    const ownerPath = k.ownerKind === 'User' ? `/iam/v2/users/${ownerId}` : `/iam/v2/service-accounts/${ownerId}`;
    const resource =
      k.resourceKind === 'Cloud'
        ? { id: 'cloud', kind: 'Cloud', related: '', resource_name: '' }
        : {
            id: k.resourceId!,
            kind: 'Cluster',
            related: `${base}/cmk/v2/clusters/${k.resourceId}?environment=${k.environmentId}`,
            resource_name: crn(k.organizationId, `environment=${k.environmentId}`, `cloud-cluster=${k.resourceId}`),
            environment: k.environmentId ?? '',
          };
    return {
      api_version: 'iam/v2' as const,
      kind: 'ApiKey' as const,
      id: k.id,
      metadata: objectMeta(base, `${PATH}/${k.id}`, crn(k.organizationId, `api-key=${k.id}`), k),
      spec: {
        ...(secret !== undefined ? { secret } : {}),
        display_name: k.displayName,
        description: k.description,
        owner: { id: ownerId, kind: k.ownerKind, related: `${base}${ownerPath}`, resource_name: crn(k.organizationId, `${k.ownerKind === 'User' ? 'user' : 'service-account'}=${ownerId}`) },
        resource,
      },
      status: { phase: 'ACTIVE', last_used_at: k.lastUsedAt?.toISOString() ?? null },
    };
  }
}
