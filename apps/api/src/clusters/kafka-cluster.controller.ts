import { Controller, Delete, Get, HttpCode, Inject, Param, Post, Put, Req } from '@nestjs/common';
import { ConfigsService, CUSTOMER_CLUSTER_CONFIGS } from '@tributary/clusters';
import { z } from 'zod';
import { API_CONFIG, type ApiConfig } from '../api.config';
import { Auth, type AuthedRequest } from '../auth/auth.decorators';
import { Policy } from '../auth/policy.decorator';
import { ApiDoc } from '../openapi/route-schemas';
import { ValidBody } from '../validation/zod-pipe';
import { KafkaRestCaller } from './kafka-rest-caller';
import { AlterConfigBatchBody, clusterBase, ClusterConfigJson, clusterConfigJson, crn, listOf, Relationship, ResourceMetadata, toConfigChanges, UpdateConfigBody } from './kafka-v3-json';

const KafkaCluster = z.object({
  kind: z.literal('KafkaCluster'),
  metadata: ResourceMetadata,
  cluster_id: z.string(),
  acls: Relationship,
  brokers: Relationship,
  broker_configs: Relationship,
  consumer_groups: Relationship,
  topics: Relationship,
  partition_reassignments: Relationship,
});

const ALLOWED = CUSTOMER_CLUSTER_CONFIGS.join(', ');

/** Kafka REST v3: the cluster itself and its cluster-wide settings (`broker-configs`). */
@Controller('/kafka/v3/clusters/:cluster_id')
@Auth('kafka')
export class KafkaClusterController {
  constructor(
    private readonly configs: ConfigsService,
    private readonly caller: KafkaRestCaller,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  @Get()
  @Policy('kafka.cluster.read')
  @ApiDoc({ tag: 'Kafka cluster', summary: 'Read the Kafka cluster', response: KafkaCluster })
  async get(@Req() req: AuthedRequest, @Param('cluster_id') clusterId: string) {
    const cluster = await this.caller.resolve(req, clusterId, 'read');
    const base = clusterBase(this.config.publicUrl, cluster);
    return {
      kind: 'KafkaCluster' as const,
      metadata: { self: base, resource_name: crn(cluster) },
      cluster_id: cluster.id,
      acls: { related: `${base}/acls` },
      brokers: { related: `${base}/brokers` },
      broker_configs: { related: `${base}/broker-configs` },
      consumer_groups: { related: `${base}/consumer-groups` },
      topics: { related: `${base}/topics` },
      partition_reassignments: { related: `${base}/topics/-/partitions/-/reassignment` },
    };
  }

  @Get('broker-configs')
  @Policy('kafka.cluster.read')
  @ApiDoc({ tag: 'Kafka cluster', summary: `List the cluster-wide settings Confluent lets customers change (${ALLOWED}); is_read_only tells which Kafka changes live`, response: listOf(ClusterConfigJson) })
  async listConfigs(@Req() req: AuthedRequest, @Param('cluster_id') clusterId: string) {
    const cluster = await this.caller.resolve(req, clusterId, 'read');
    const entries = await this.configs.clusterConfigs(cluster);
    return { kind: 'KafkaClusterConfigList', metadata: { self: `${clusterBase(this.config.publicUrl, cluster)}/broker-configs`, next: null }, data: entries.map((e) => clusterConfigJson(this.config.publicUrl, cluster, e)) };
  }

  @Post('broker-configs::alter')
  @Policy('kafka.cluster.configure')
  @HttpCode(204)
  @ApiDoc({ tag: 'Kafka cluster', summary: 'Change cluster-wide settings in one batch (Dedicated clusters; validate_only checks and changes nothing)', status: 204 })
  async alterConfigs(@Req() req: AuthedRequest, @Param('cluster_id') clusterId: string, @ValidBody(AlterConfigBatchBody) body: z.infer<typeof AlterConfigBatchBody>) {
    const cluster = await this.caller.resolve(req, clusterId, 'write');
    await this.configs.alterClusterConfigs(cluster, toConfigChanges(body.data), body.validate_only ?? false);
  }

  @Get('broker-configs/:name')
  @Policy('kafka.cluster.read')
  @ApiDoc({ tag: 'Kafka cluster', summary: 'Read one cluster-wide setting', response: ClusterConfigJson })
  async getConfig(@Req() req: AuthedRequest, @Param('cluster_id') clusterId: string, @Param('name') name: string) {
    const cluster = await this.caller.resolve(req, clusterId, 'read');
    return clusterConfigJson(this.config.publicUrl, cluster, await this.configs.clusterConfig(cluster, name));
  }

  @Put('broker-configs/:name')
  @Policy('kafka.cluster.configure')
  @HttpCode(204)
  @ApiDoc({ tag: 'Kafka cluster', summary: 'Set one cluster-wide setting (Dedicated clusters)', status: 204 })
  async setConfig(@Req() req: AuthedRequest, @Param('cluster_id') clusterId: string, @Param('name') name: string, @ValidBody(UpdateConfigBody) body: z.infer<typeof UpdateConfigBody>) {
    const cluster = await this.caller.resolve(req, clusterId, 'write');
    await this.configs.alterClusterConfigs(cluster, { [name]: body.value ?? null });
  }

  @Delete('broker-configs/:name')
  @Policy('kafka.cluster.configure')
  @HttpCode(204)
  @ApiDoc({ tag: 'Kafka cluster', summary: 'Remove a cluster-wide setting (back to the broker default)', status: 204 })
  async resetConfig(@Req() req: AuthedRequest, @Param('cluster_id') clusterId: string, @Param('name') name: string) {
    const cluster = await this.caller.resolve(req, clusterId, 'write');
    await this.configs.alterClusterConfigs(cluster, { [name]: null });
  }
}
