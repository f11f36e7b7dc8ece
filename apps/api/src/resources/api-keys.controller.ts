import { Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post } from '@nestjs/common';
import { ApiKeysService, type Principal } from '@tributary/accounts';
import type { ApiKey } from '@tributary/db';
import { AppError, ID_PATTERNS } from '@tributary/platform';
import { z } from 'zod';
import { API_CONFIG, type ApiConfig } from '../api.config';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { Policy } from '../auth/policy.decorator';
import { ApiDoc } from '../openapi/route-schemas';
import { ValidBody, ValidQuery } from '../validation/zod-pipe';
import { crn, description, listMetadataSchema, ObjectMeta, objectMeta, pageQueryShape, readOnlyEnvelope, toList, toPageRequest } from './listing';

/** Generated clients send whole references, `related` and `resource_name` included, often empty. */
const ObjectReference = z
  .object({ id: z.string().min(1).max(64), kind: z.string().optional(), related: z.string().optional(), resource_name: z.string().optional(), environment: z.string().optional(), api_version: z.string().optional() })
  .strict();

const Reference = z.object({ id: z.string(), api_version: z.string(), kind: z.string(), related: z.string(), resource_name: z.string(), environment: z.string().optional() });
const ApiKeySchema = z.object({
  api_version: z.literal('iam/v2'),
  kind: z.literal('ApiKey'),
  id: z.string(),
  metadata: ObjectMeta,
  spec: z.object({
    secret: z.string().optional(),
    display_name: z.string(),
    description: z.string(),
    owner: Reference,
    resource: Reference,
    resources: z.array(Reference),
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

type OwnerKind = 'User' | 'ServiceAccount';
type ResourceRef = { kind: 'Cluster' | 'SchemaRegistry'; id: string };
type RefBody = z.infer<typeof ObjectReference>;

/**
 * `api_version` and `kind` of each reference, as Confluent's apikeys spec has them: owners are
 * iam/v2 User / ServiceAccount; a Kafka cluster is cmk/v2 Cluster (Terraform's provider recognizes
 * a Kafka key by exactly that), a Schema Registry srcm/v3 Cluster, and a Cloud key's resource
 * iam/v2 Cloud.
 */
const OWNER_REF: Record<OwnerKind, { api_version: string; kind: string }> = {
  User: { api_version: 'iam/v2', kind: 'User' },
  ServiceAccount: { api_version: 'iam/v2', kind: 'ServiceAccount' },
};
const RESOURCE_REF: Record<'Cloud' | ResourceRef['kind'], { api_version: string; kind: string }> = {
  Cloud: { api_version: 'iam/v2', kind: 'Cloud' },
  Cluster: { api_version: 'cmk/v2', kind: 'Cluster' },
  SchemaRegistry: { api_version: 'srcm/v3', kind: 'Cluster' },
};
/** What a request may say for each (older clients name Schema Registry srcm/v2, or its kind SchemaRegistry). */
const ACCEPTED: Record<OwnerKind | 'Cloud' | ResourceRef['kind'], { api_versions: string[]; kinds: string[] }> = {
  User: { api_versions: ['iam/v2'], kinds: ['User'] },
  ServiceAccount: { api_versions: ['iam/v2'], kinds: ['ServiceAccount'] },
  Cloud: { api_versions: ['iam/v2'], kinds: ['Cloud'] },
  Cluster: { api_versions: ['cmk/v2'], kinds: ['Cluster'] },
  SchemaRegistry: { api_versions: ['srcm/v3', 'srcm/v2'], kinds: ['Cluster', 'SchemaRegistry'] },
};

/** A reference's api_version/kind, when given, must name what its id is: a mismatch is refused (400), not guessed. */
function assertMatches(ref: RefBody, what: keyof typeof ACCEPTED, pointer: string): void {
  const accepted = ACCEPTED[what];
  if (ref.api_version !== undefined && ref.api_version !== '' && !accepted.api_versions.includes(ref.api_version)) {
    throw AppError.badRequest(`'${ref.id}' is a ${describeRef(what)}: its api_version is ${accepted.api_versions.join(' or ')}, not '${ref.api_version}'`, `${pointer}/api_version`);
  }
  if (ref.kind !== undefined && ref.kind !== '' && !accepted.kinds.includes(ref.kind)) {
    throw AppError.badRequest(`'${ref.id}' is a ${describeRef(what)}: its kind is ${accepted.kinds.join(' or ')}, not '${ref.kind}'`, `${pointer}/kind`);
  }
}

function describeRef(what: keyof typeof ACCEPTED): string {
  return { User: 'user', ServiceAccount: 'service account', Cloud: 'Cloud key resource', Cluster: 'Kafka cluster', SchemaRegistry: 'Schema Registry cluster' }[what];
}

function ownerKind(ref: RefBody): OwnerKind {
  const kind = ID_PATTERNS.user.test(ref.id) ? 'User' : ID_PATTERNS.serviceAccount.test(ref.id) ? 'ServiceAccount' : undefined;
  if (!kind) throw AppError.invalid(`'${ref.id}' is neither a user (u-…) nor a service account (sa-…)`, '/spec/owner/id');
  assertMatches(ref, kind, '/spec/owner');
  return kind;
}

const REGISTRY_ID = /^lsrc-[a-z0-9]{1,32}$/;

function resourceOf(ref: RefBody | null | undefined, pointer: string): ResourceRef | undefined {
  if (!ref || ref.id.toLowerCase() === 'cloud') {
    if (ref) assertMatches(ref, 'Cloud', pointer);
    return undefined;
  }
  const kind = ID_PATTERNS.cluster.test(ref.id) ? 'Cluster' : REGISTRY_ID.test(ref.id) ? 'SchemaRegistry' : undefined;
  if (!kind) throw AppError.invalid(`'${ref.id}' is not a Kafka cluster id (lkc-…), a Schema Registry id (lsrc-…) or 'cloud'`, `${pointer}/id`);
  assertMatches(ref, kind, pointer);
  return { kind, id: ref.id };
}

@Controller(PATH)
export class ApiKeysController {
  constructor(
    private readonly apiKeys: ApiKeysService,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  @Get()
  @Policy('api_key.read')
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
  @Policy('api_key.write')
  @HttpCode(202)
  @ApiDoc({ tag: 'API keys', summary: 'Create an API key: the secret is in this response and never again', status: 202, response: ApiKeySchema })
  async create(@CurrentPrincipal() p: Principal, @ValidBody(CreateBody) body: z.infer<typeof CreateBody>) {
    const spec = body.spec;
    const resource = spec.resource ? resourceOf(spec.resource, '/spec/resource') : resourceOf(spec.resources?.[0], '/spec/resources/0');
    if (spec.resource && spec.resources?.[0] && spec.resources[0].id !== spec.resource.id) {
      throw AppError.badRequest('spec.resource and spec.resources name different resources: a key has one', '/spec/resources/0/id');
    }
    const { key, secret } = await this.apiKeys.create(p, {
      displayName: spec.display_name,
      description: spec.description,
      ...(spec.owner ? { owner: { kind: ownerKind(spec.owner), id: spec.owner.id } } : {}),
      ...(resource ? { resource } : {}),
    });
    return this.toJson(key, secret);
  }

  @Get(':id')
  @Policy('api_key.read')
  @ApiDoc({ tag: 'API keys', summary: 'Read an API key (never its secret)', response: ApiKeySchema })
  async get(@CurrentPrincipal() p: Principal, @Param('id') id: string) {
    return this.toJson(await this.apiKeys.get(p, checkId(id)));
  }

  @Patch(':id')
  @Policy('api_key.write')
  @ApiDoc({ tag: 'API keys', summary: "Update an API key's name or description", response: ApiKeySchema })
  async update(@CurrentPrincipal() p: Principal, @Param('id') id: string, @ValidBody(UpdateBody) body: z.infer<typeof UpdateBody>) {
    const input: { displayName?: string; description?: string } = {};
    if (body.spec.display_name !== undefined) input.displayName = body.spec.display_name;
    if (body.spec.description !== undefined) input.description = body.spec.description;
    return this.toJson(await this.apiKeys.update(p, checkId(id), input));
  }

  @Delete(':id')
  @Policy('api_key.write')
  @HttpCode(204)
  @ApiDoc({ tag: 'API keys', summary: 'Delete an API key: it stops working at once', status: 204 })
  async delete(@CurrentPrincipal() p: Principal, @Param('id') id: string) {
    await this.apiKeys.delete(p, checkId(id));
  }

  private toJson(k: ApiKey, secret?: string) {
    const base = this.config.publicUrl;
    const ownerId = (k.ownerUserId ?? k.ownerServiceAccountId)!;
    const ownerPath = k.ownerKind === 'User' ? `/iam/v2/users/${ownerId}` : `/iam/v2/service-accounts/${ownerId}`;
    const resource = this.resourceJson(k);
    return {
      api_version: 'iam/v2' as const,
      kind: 'ApiKey' as const,
      id: k.id,
      metadata: objectMeta(base, `${PATH}/${k.id}`, crn(k.organizationId, `api-key=${k.id}`), k),
      spec: {
        ...(secret !== undefined ? { secret } : {}),
        display_name: k.displayName,
        description: k.description,
        owner: { id: ownerId, ...OWNER_REF[k.ownerKind], related: `${base}${ownerPath}`, resource_name: crn(k.organizationId, `${k.ownerKind === 'User' ? 'user' : 'service-account'}=${ownerId}`) },
        resource,
        // Confluent's newer list form of the same one resource; a Cloud key has none.
        resources: k.resourceKind === 'Cloud' ? [] : [resource],
      },
      status: { phase: 'ACTIVE', last_used_at: k.lastUsedAt?.toISOString() ?? null },
    };
  }

  private resourceJson(k: ApiKey) {
    const base = this.config.publicUrl;
    const env = k.environmentId ?? '';
    switch (k.resourceKind) {
      case 'Cloud':
        // ObjectReference requires both as non-empty URIs: the Cloud API this key opens, in its organization.
        return { id: 'cloud', ...RESOURCE_REF.Cloud, related: base, resource_name: crn(k.organizationId) };
      case 'SchemaRegistry':
        return {
          id: k.resourceId!,
          ...RESOURCE_REF.SchemaRegistry,
          related: `${base}/srcm/v3/clusters/${k.resourceId}?environment=${env}`,
          resource_name: crn(k.organizationId, `environment=${env}`, `schema-registry=${k.resourceId}`),
          environment: env,
        };
      case 'Cluster':
        return {
          id: k.resourceId!,
          ...RESOURCE_REF.Cluster,
          related: `${base}/cmk/v2/clusters/${k.resourceId}?environment=${env}`,
          resource_name: crn(k.organizationId, `environment=${env}`, `cloud-cluster=${k.resourceId}`),
          environment: env,
        };
    }
  }
}
