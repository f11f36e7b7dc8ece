import { Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post } from '@nestjs/common';
import type { Principal } from '@tributary/accounts';
import { ClustersService } from '@tributary/clusters';
import { AppError, ID_PATTERNS } from '@tributary/platform';
import { z } from 'zod';
import { API_CONFIG, type ApiConfig } from '../api.config';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { ApiDoc } from '../openapi/route-schemas';
import { displayName, listMetadataSchema, pageQueryShape, readOnlyEnvelope, toList, toPageRequest } from '../resources/listing';
import { ValidBody, ValidQuery } from '../validation/zod-pipe';
import { ClusterSchema, clusterJson } from './cluster.json';

const EnvRef = z.object({ id: z.string().min(1).max(64), related: z.string().optional(), resource_name: z.string().optional(), environment: z.string().optional() }).strict();
const Config = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('Basic') }).strict(),
  z.object({ kind: z.literal('Standard') }).strict(),
  z.object({ kind: z.literal('Dedicated'), cku: z.number().int() }).strict(),
]);
const CreateBody = z
  .object({
    ...readOnlyEnvelope,
    spec: z
      .object({
        display_name: displayName,
        availability: z.enum(['SINGLE_ZONE', 'MULTI_ZONE']).default('SINGLE_ZONE'),
        cloud: z.string().min(1).max(16),
        region: z.string().min(1).max(64),
        config: Config,
        environment: EnvRef,
        // Read-only fields a generated client sends back.
        kafka_bootstrap_endpoint: z.string().optional(),
        http_endpoint: z.string().optional(),
        api_endpoint: z.string().optional(),
        network: z.unknown().optional(),
        byok: z.unknown().optional(),
      })
      .strict(),
    status: z.unknown().optional(),
  })
  .strict();
const UpdateBody = z
  .object({
    ...readOnlyEnvelope,
    spec: z
      .object({
        display_name: displayName.optional(),
        config: Config.optional(),
        environment: EnvRef,
      })
      .strict(),
  })
  .strict();
const ListQuery = z.object({ ...pageQueryShape, environment: z.string().min(1).max(64), 'spec.network': z.string().optional() }).strict();
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
  @ApiDoc({ tag: 'Clusters', summary: 'List the clusters of an environment', response: z.object({ api_version: z.string(), kind: z.string(), metadata: listMetadataSchema(), data: z.array(ClusterSchema) }) })
  async list(@CurrentPrincipal() p: Principal, @ValidQuery(ListQuery) q: z.infer<typeof ListQuery>) {
    const page = await this.clusters.list(p, q.environment, toPageRequest(q));
    return toList({ apiVersion: 'cmk/v2', kind: 'Cluster', baseUrl: this.config.publicUrl, path: PATH, query: { environment: q.environment, page_size: q.page_size }, page }, (c) => clusterJson(c, this.config.publicUrl));
  }

  @Post()
  @HttpCode(202)
  @ApiDoc({ tag: 'Clusters', summary: 'Create a cluster: 202 PROVISIONING, then poll until PROVISIONED', status: 202, response: ClusterSchema, errors: [402, 404] })
  async create(@CurrentPrincipal() p: Principal, @ValidBody(CreateBody) body: z.infer<typeof CreateBody>) {
    const s = body.spec;
    const cluster = await this.clusters.create(p, {
      displayName: s.display_name,
      environmentId: s.environment.id,
      cloud: s.cloud,
      region: s.region,
      availability: s.availability,
      kind: s.config.kind,
      ...(s.config.kind === 'Dedicated' ? { cku: s.config.cku } : {}),
    });
    return clusterJson(cluster, this.config.publicUrl);
  }

  @Get(':id')
  @ApiDoc({ tag: 'Clusters', summary: 'Read a cluster (phase, brokers, conditions)', response: ClusterSchema })
  async get(@CurrentPrincipal() p: Principal, @Param('id') id: string, @ValidQuery(EnvQuery) q: z.infer<typeof EnvQuery>) {
    return clusterJson(await this.clusters.get(p, checkId(id), q.environment), this.config.publicUrl);
  }

  @Patch(':id')
  @ApiDoc({ tag: 'Clusters', summary: 'Rename a cluster, or resize a Dedicated cluster (config.cku)', response: ClusterSchema, errors: [409] })
  async update(@CurrentPrincipal() p: Principal, @Param('id') id: string, @ValidBody(UpdateBody) body: z.infer<typeof UpdateBody>) {
    const s = body.spec;
    const current = await this.clusters.get(p, checkId(id), s.environment.id);
    if (s.config && s.config.kind !== current.kind) throw AppError.invalid(`A cluster's kind cannot change (it is ${current.kind})`, '/spec/config/kind');
    const input: { displayName?: string; cku?: number } = {};
    if (s.display_name !== undefined) input.displayName = s.display_name;
    if (s.config?.kind === 'Dedicated') input.cku = s.config.cku;
    return clusterJson(await this.clusters.update(p, id, s.environment.id, input), this.config.publicUrl);
  }

  @Delete(':id')
  @HttpCode(202)
  @ApiDoc({ tag: 'Clusters', summary: 'Delete a cluster: 202 DEPROVISIONING, then gone', status: 202, response: ClusterSchema })
  async delete(@CurrentPrincipal() p: Principal, @Param('id') id: string, @ValidQuery(EnvQuery) q: z.infer<typeof EnvQuery>) {
    return clusterJson(await this.clusters.delete(p, checkId(id), q.environment), this.config.publicUrl);
  }
}
