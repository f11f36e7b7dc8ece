import { Controller, Get, Inject, Param } from '@nestjs/common';
import type { Principal } from '@tributary/accounts';
import type { SchemaRegistry } from '@tributary/db';
import { SchemaRegistriesService } from '@tributary/schema-registry';
import { z } from 'zod';
import { API_CONFIG, type ApiConfig } from '../api.config';
import { CurrentPrincipal } from '../auth/auth.decorators';
import { Policy } from '../auth/policy.decorator';
import { ApiDoc } from '../openapi/route-schemas';
import { crn, listMetadataSchema, ObjectMeta, pageQueryShape } from '../resources/listing';
import { ValidQuery } from '../validation/zod-pipe';
import { REGISTRY_PATH } from './registry-wire';

const PATH = '/srcm/v3/clusters';
const ListQuery = z.object({ ...pageQueryShape, environment: z.string().min(1).max(64) }).strict();
const EnvQuery = z.object({ environment: z.string().min(1).max(64).optional() }).strict();

const SrcmClusterSchema = z.object({
  api_version: z.literal('srcm/v3'),
  kind: z.literal('Cluster'),
  id: z.string(),
  metadata: ObjectMeta,
  spec: z.object({
    display_name: z.string(),
    package: z.string(),
    http_endpoint: z.string(),
    catalog_http_endpoint: z.string(),
    cloud: z.string(),
    region: z.string(),
    environment: z.object({ id: z.string(), related: z.string(), resource_name: z.string() }),
  }),
  status: z.object({ phase: z.literal('PROVISIONED') }),
});

/** srcm/v3: each environment's Schema Registry, with the endpoint its clients are given. */
@Controller(PATH)
export class SrcmController {
  constructor(
    private readonly registries: SchemaRegistriesService,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  @Get()
  @Policy('schema_registry.read')
  @ApiDoc({ tag: 'Schema Registry', summary: "List an environment's Schema Registry (one per environment)", response: z.object({ api_version: z.string(), kind: z.string(), metadata: listMetadataSchema(), data: z.array(SrcmClusterSchema) }) })
  async list(@CurrentPrincipal() p: Principal, @ValidQuery(ListQuery) q: z.infer<typeof ListQuery>) {
    const registry = await this.registries.forEnvironment(p.organizationId, q.environment);
    return {
      api_version: 'srcm/v3',
      kind: 'ClusterList',
      metadata: { first: `${this.config.publicUrl}${PATH}?environment=${q.environment}`, total_size: 1 },
      data: [this.toJson(registry)],
    };
  }

  @Get(':id')
  @Policy('schema_registry.read')
  @ApiDoc({ tag: 'Schema Registry', summary: 'Read a Schema Registry cluster', response: SrcmClusterSchema })
  async get(@CurrentPrincipal() p: Principal, @Param('id') id: string, @ValidQuery(EnvQuery) q: z.infer<typeof EnvQuery>) {
    return this.toJson(await this.registries.get(p.organizationId, id, q.environment));
  }

  private toJson(r: SchemaRegistry): z.infer<typeof SrcmClusterSchema> {
    const base = this.config.publicUrl;
    const endpoint = `${base}${REGISTRY_PATH}/${r.id}`;
    return {
      api_version: 'srcm/v3',
      kind: 'Cluster',
      id: r.id,
      metadata: {
        self: `${base}${PATH}/${r.id}?environment=${r.environmentId}`,
        resource_name: crn(r.organizationId, `environment=${r.environmentId}`, `schema-registry=${r.id}`),
        created_at: r.createdAt.toISOString(),
        updated_at: r.updatedAt.toISOString(),
      },
      spec: {
        display_name: 'Stream Governance Package',
        package: 'ESSENTIALS',
        http_endpoint: endpoint,
        catalog_http_endpoint: endpoint,
        cloud: 'LOCAL',
        region: 'local',
        environment: { id: r.environmentId, related: `${base}/org/v2/environments/${r.environmentId}`, resource_name: crn(r.organizationId, `environment=${r.environmentId}`) },
      },
      status: { phase: 'PROVISIONED' },
    };
  }
}
