import { Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post } from '@nestjs/common';
import type { Principal } from '@tributary/accounts';
import { AVAILABILITY_ALIASES, type Availability } from '@tributary/catalog';
import { ClustersService, type UpdateClusterInput } from '@tributary/clusters';
import { AppError, ID_PATTERNS, type ErrorItem } from '@tributary/platform';
import { z } from 'zod';
import { API_CONFIG, type ApiConfig } from '../api.config';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { Policy } from '../auth/policy.decorator';
import { ApiDoc } from '../openapi/route-schemas';
import { displayName, listMetadataSchema, pageQueryShape, readOnlyEnvelope, toList, toPageRequest } from '../resources/listing';
import { ValidBody, ValidQuery } from '../validation/zod-pipe';
import { ClusterSchema, clusterJson } from './cluster.json';

const EnvRef = z.object({ id: z.string().min(1).max(64), related: z.string().optional(), resource_name: z.string().optional(), environment: z.string().optional() }).strict();
/** `network` and `byok` references, as cmk/v2 has them (EnvScopedObjectReference / GlobalObjectReference). */
const refFields = { environment: z.string().optional(), related: z.string().optional(), resource_name: z.string().optional() };
/** `network` and `byok` references, as cmk/v2 has them (EnvScopedObjectReference / GlobalObjectReference). */
const OptionalRef = z.object({ id: z.string().max(255).optional(), ...refFields }).strict().nullable().optional();
/** What the document offers: a reference without an id (an id asks for a private network or BYOK, refused). */
const DocumentedRef = z.object(refFields).strict().nullable().optional();
const MaxEcku = z.number().int().optional();
const OFFERED_KINDS = [
  z.object({ kind: z.literal('Basic'), max_ecku: MaxEcku }).strict(),
  z.object({ kind: z.literal('Standard'), max_ecku: MaxEcku }).strict(),
] as const;
/**
 * Every kind of cmk/v2's config oneOf parses, so a kind or option Tributary does not offer gets a reason, not a
 * schema error. /openapi.json documents only what is honoured (DocumentedConfig): a request valid by the document is
 * never refused for its shape.
 */
const Config = z.discriminatedUnion('kind', [
  ...OFFERED_KINDS,
  z
    .object({
      kind: z.literal('Dedicated'),
      cku: z.number().int(),
      encryption_key: z.string().optional(),
      zones: z.array(z.string()).max(3).optional(),
      release_priority: z.string().optional(),
    })
    .strict(),
  z.object({ kind: z.literal('Enterprise'), max_ecku: MaxEcku }).passthrough(),
  z.object({ kind: z.literal('Freight'), max_ecku: MaxEcku }).passthrough(),
]);
const DocumentedConfig = z.discriminatedUnion('kind', [
  ...OFFERED_KINDS,
  z.object({ kind: z.literal('Dedicated'), cku: z.number().int(), release_priority: z.literal('REGULAR').optional() }).strict(),
]);
type ConfigBody = z.infer<typeof Config>;
/** cmk/v2 names availabilities SINGLE_ZONE/MULTI_ZONE and, newer, LOW/HIGH (the same two). */
const AvailabilityBody = z.enum(['SINGLE_ZONE', 'MULTI_ZONE', 'LOW', 'HIGH']);
/** Read-only parts of the spec a generated client sends back: accepted and ignored. */
const readOnlySpec = {
  kafka_bootstrap_endpoint: z.string().optional(),
  http_endpoint: z.string().optional(),
  api_endpoint: z.string().optional(),
  endpoints: z.unknown().optional(),
};
function createBody<C extends z.ZodType, R extends z.ZodType>(config: C, ref: R) {
  return z
    .object({
      ...readOnlyEnvelope,
      spec: z
        .object({
          display_name: displayName,
          availability: AvailabilityBody.default('SINGLE_ZONE'),
          cloud: z.string().min(1).max(16),
          region: z.string().min(1).max(64),
          config,
          environment: EnvRef,
          deletion_protection: z.boolean().optional(),
          network: ref,
          byok: ref,
          ...readOnlySpec,
        })
        .strict(),
      status: z.unknown().optional(),
    })
    .strict();
}
function updateBody<C extends z.ZodType>(config: C) {
  return z
    .object({
      ...readOnlyEnvelope,
      spec: z
        .object({
          display_name: displayName.optional(),
          availability: AvailabilityBody.optional(),
          config: config.optional(),
          deletion_protection: z.boolean().optional(),
          environment: EnvRef,
          ...readOnlySpec,
        })
        .strict(),
      status: z.unknown().optional(),
    })
    .strict();
}
const CreateBody = createBody(Config, OptionalRef);
type CreateBodyValue = z.infer<typeof CreateBody>;
const UpdateBody = updateBody(Config);
type UpdateBodyValue = z.infer<typeof UpdateBody>;
const ListQuery = z
  .object({ ...pageQueryShape, environment: z.string().min(1).max(64), 'spec.network': z.string().optional(), 'spec.deletion_protection': z.enum(['true', 'false']).optional() })
  .strict();
const EnvQuery = z.object({ environment: z.string().min(1).max(64) }).strict();
const PATH = '/cmk/v2/clusters';

function checkId(id: string): string {
  if (!ID_PATTERNS.cluster.test(id)) throw AppError.notFound('Cluster', id);
  return id;
}

@Controller(PATH)
export class ClustersController {
  constructor(
    private readonly clusters: ClustersService,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  @Get()
  @Policy('cluster.read')
  @ApiDoc({ tag: 'Clusters', summary: 'List the clusters of an environment', response: z.object({ api_version: z.string(), kind: z.string(), metadata: listMetadataSchema(), data: z.array(ClusterSchema) }) })
  async list(@CurrentPrincipal() p: Principal, @ValidQuery(ListQuery) q: z.infer<typeof ListQuery>) {
    const protection = q['spec.deletion_protection'];
    const page = await this.clusters.list(p, q.environment, toPageRequest(q), protection === undefined ? {} : { deletionProtection: protection === 'true' });
    return toList({ apiVersion: 'cmk/v2', kind: 'Cluster', baseUrl: this.config.publicUrl, path: PATH, query: { environment: q.environment, page_size: q.page_size, 'spec.deletion_protection': protection }, page }, (c) => clusterJson(c, this.config.publicUrl));
  }

  @Post()
  @Policy('cluster.create')
  @HttpCode(202)
  @ApiDoc({ tag: 'Clusters', summary: 'Create a cluster: 202 PROVISIONING, then poll until PROVISIONED', status: 202, response: ClusterSchema, errors: [402, 404] })
  async create(@CurrentPrincipal() p: Principal, @ValidBody(CreateBody, createBody(DocumentedConfig, DocumentedRef)) body: CreateBodyValue) {
    const s = body.spec;
    const refusals = [...unsupportedConfig(s.config), ...unsupportedRef(s.network, 'network', 'Private networks are not offered: clusters get public SASL endpoints; omit spec.network'), ...unsupportedRef(s.byok, 'byok', 'Bring-your-own-key encryption is not offered: omit spec.byok')];
    if (refusals.length > 0) throw new AppError('invalid', refusals);
    const config = s.config as OfferedConfig;
    const cluster = await this.clusters.create(p, {
      displayName: s.display_name,
      environmentId: s.environment.id,
      cloud: s.cloud,
      region: s.region,
      availability: availabilityOf(s.availability),
      kind: config.kind,
      ...(config.kind === 'Dedicated' ? { cku: config.cku } : config.max_ecku !== undefined ? { maxEcku: config.max_ecku } : {}),
      ...(s.deletion_protection !== undefined ? { deletionProtection: s.deletion_protection } : {}),
    });
    return clusterJson(cluster, this.config.publicUrl);
  }

  @Get(':id')
  @Policy('cluster.read')
  @ApiDoc({ tag: 'Clusters', summary: 'Read a cluster (phase, brokers, conditions)', response: ClusterSchema })
  async get(@CurrentPrincipal() p: Principal, @Param('id') id: string, @ValidQuery(EnvQuery) q: z.infer<typeof EnvQuery>) {
    return clusterJson(await this.clusters.get(p, checkId(id), q.environment), this.config.publicUrl);
  }

  @Patch(':id')
  @Policy('cluster.update')
  @ApiDoc({
    tag: 'Clusters',
    summary: 'Update a cluster: rename, deletion_protection, max_ecku, resize a Dedicated cluster (config.cku), or upgrade Basic to Standard in place (config.kind)',
    response: ClusterSchema,
    errors: [409],
  })
  async update(@CurrentPrincipal() p: Principal, @Param('id') id: string, @ValidBody(UpdateBody, updateBody(DocumentedConfig)) body: UpdateBodyValue) {
    const s = body.spec;
    const refusals = s.config ? unsupportedConfig(s.config) : [];
    if (refusals.length > 0) throw new AppError('invalid', refusals);
    const config = s.config as OfferedConfig | undefined;
    const input: UpdateClusterInput = {};
    if (s.display_name !== undefined) input.displayName = s.display_name;
    if (s.deletion_protection !== undefined) input.deletionProtection = s.deletion_protection;
    if (s.availability !== undefined) input.availability = availabilityOf(s.availability);
    if (config) {
      input.kind = config.kind;
      if (config.kind === 'Dedicated') input.cku = config.cku;
      else if (config.max_ecku !== undefined) input.maxEcku = config.max_ecku;
    }
    return clusterJson(await this.clusters.update(p, checkId(id), s.environment.id, input), this.config.publicUrl);
  }

  @Delete(':id')
  @Policy('cluster.delete')
  @HttpCode(204)
  @ApiDoc({ tag: 'Clusters', summary: 'Delete a cluster: 204, it goes DEPROVISIONING then away; 409 while deletion_protection is on', status: 204, errors: [409] })
  async delete(@CurrentPrincipal() p: Principal, @Param('id') id: string, @ValidQuery(EnvQuery) q: z.infer<typeof EnvQuery>): Promise<void> {
    await this.clusters.delete(p, checkId(id), q.environment);
  }
}

type OfferedConfig = Extract<ConfigBody, { kind: 'Basic' | 'Standard' | 'Dedicated' }>;

function availabilityOf(value: z.infer<typeof AvailabilityBody>): Availability {
  return value === 'LOW' || value === 'HIGH' ? AVAILABILITY_ALIASES[value] : value;
}

/** What of cmk/v2's config Tributary cannot honour, each with its reason (refused rather than ignored). */
function unsupportedConfig(config: ConfigBody): ErrorItem[] {
  if (config.kind === 'Enterprise' || config.kind === 'Freight') {
    return [{ detail: `${config.kind} clusters are not offered here: choose Basic, Standard or Dedicated`, pointer: '/spec/config/kind' }];
  }
  if (config.kind !== 'Dedicated') return [];
  const items: ErrorItem[] = [];
  if (config.zones !== undefined) items.push({ detail: 'Zones cannot be chosen: brokers are placed over the region\'s zones by availability', pointer: '/spec/config/zones' });
  if (config.encryption_key !== undefined) items.push({ detail: 'Customer-managed encryption keys are not offered: omit config.encryption_key', pointer: '/spec/config/encryption_key' });
  if (config.release_priority !== undefined && config.release_priority !== 'REGULAR') {
    items.push({ detail: `release_priority '${config.release_priority}' is not offered: every cluster is updated at the same time (REGULAR)`, pointer: '/spec/config/release_priority' });
  }
  return items;
}

function unsupportedRef(ref: { id?: string | undefined } | null | undefined, field: string, why: string): ErrorItem[] {
  return ref?.id !== undefined ? [{ detail: why, pointer: `/spec/${field}` }] : [];
}
