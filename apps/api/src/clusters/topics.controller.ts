import { Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post, Req } from '@nestjs/common';
import { TopicsService } from '@tributary/clusters';
import type { Cluster } from '@tributary/db';
import type { PartitionDescription, TopicSummary } from '@tributary/kafka-admin';
import { AppError } from '@tributary/platform';
import { z } from 'zod';
import { API_CONFIG, type ApiConfig } from '../api.config';
import { Auth, type AuthedRequest } from '../auth/auth.decorators';
import { Policy } from '../auth/policy.decorator';
import { ApiDoc } from '../openapi/route-schemas';
import { ValidBody } from '../validation/zod-pipe';
import { AlterConfigBatchBody, CollectionMetadata, crn, listOf, Relationship, ResourceMetadata, TopicConfigJson, toConfigChanges, topicConfigJson } from './kafka-v3-json';
import { KafkaRestCaller } from './kafka-rest-caller';

const TOPIC_NAME = /^[a-zA-Z0-9._-]{1,249}$/;
const ConfigEntry = z.object({ name: z.string().min(1).max(255), value: z.string().max(4096).nullable() }).strict();
const CreateTopicBody = z
  .object({
    topic_name: z.string().regex(TOPIC_NAME, 'must be 1-249 characters of letters, digits, ".", "_" or "-"').refine((n) => n !== '.' && n !== '..', 'cannot be "." or ".."'),
    partitions_count: z.number().int().min(1).max(10_000).optional(),
    replication_factor: z.number().int().min(1).max(32).optional(),
    configs: z.array(ConfigEntry).max(100).default([]),
    validate_only: z.boolean().default(false),
  })
  .strict();
const UpdateTopicBody = z.object({ partitions_count: z.number().int().min(1).max(10_000) }).strict();
const KafkaTopic = z.object({ kind: z.literal('KafkaTopic'), metadata: ResourceMetadata, cluster_id: z.string(), topic_name: z.string(), is_internal: z.boolean(), replication_factor: z.number(), partitions_count: z.number(), partitions: Relationship, configs: Relationship, partition_reassignments: Relationship });
/** leader/replicas are links, as in the spec (the Go SDK decodes nothing else); the broker ids are Tributary's additions. */
const KafkaPartition = z.object({
  kind: z.literal('KafkaPartition'),
  metadata: ResourceMetadata,
  cluster_id: z.string(),
  topic_name: z.string(),
  partition_id: z.number(),
  leader: Relationship.optional(),
  replicas: Relationship,
  reassignment: Relationship,
  leader_id: z.number().nullable(),
  replica_ids: z.array(z.number()),
  isr_ids: z.array(z.number()),
});
const PARTITION_ID = /^\d{1,9}$/;

function checkPartition(id: string): number {
  if (!PARTITION_ID.test(id)) throw new AppError('not_found', `Partition '${id}' does not exist`, { kafkaErrorCode: 40403 });
  return Number(id);
}

function checkTopic(name: string): string {
  if (!TOPIC_NAME.test(name)) throw new AppError('not_found', `Topic '${name}' does not exist`, { kafkaErrorCode: 40403 });
  return name;
}

/** Kafka REST v3 topics, in the reference's shapes and error codes (`{ error_code, message }`). */
@Controller('/kafka/v3/clusters/:cluster_id/topics')
@Auth('kafka')
export class TopicsController {
  constructor(
    private readonly topics: TopicsService,
    private readonly caller: KafkaRestCaller,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  @Get()
  @Policy('kafka.topic.list')
  @ApiDoc({ tag: 'Topics', summary: 'List topics', response: listOf(KafkaTopic) })
  async list(@Req() req: AuthedRequest, @Param('cluster_id') clusterId: string) {
    const cluster = await this.caller.resolve(req, clusterId, 'read');
    const topics = await this.topics.list(cluster);
    return { kind: 'KafkaTopicList', metadata: { self: this.base(cluster), next: null }, data: topics.map((t) => this.topicJson(cluster, t)) };
  }

  @Post()
  @Policy('kafka.topic.manage')
  @HttpCode(201)
  @ApiDoc({ tag: 'Topics', summary: "Create a topic (validate_only to check without creating); names starting with '__' are refused", status: 201, response: KafkaTopic, errors: [409] })
  async create(@Req() req: AuthedRequest, @Param('cluster_id') clusterId: string, @ValidBody(CreateTopicBody) body: z.infer<typeof CreateTopicBody>) {
    const cluster = await this.caller.resolve(req, clusterId, 'write');
    const configs: Record<string, string> = {};
    for (const c of body.configs) if (c.value !== null) configs[c.name] = c.value;
    const created = await this.topics.create(cluster, {
      name: body.topic_name,
      configs,
      validateOnly: body.validate_only,
      ...(body.partitions_count !== undefined ? { partitions: body.partitions_count } : {}),
      ...(body.replication_factor !== undefined ? { replicationFactor: body.replication_factor } : {}),
    });
    return this.topicJson(cluster, { name: created.name, internal: false, partitionsCount: created.partitionsCount, replicationFactor: created.replicationFactor });
  }

  @Get(':topic_name')
  @Policy('kafka.topic.read')
  @ApiDoc({ tag: 'Topics', summary: 'Read a topic', response: KafkaTopic })
  async get(@Req() req: AuthedRequest, @Param('cluster_id') clusterId: string, @Param('topic_name') name: string) {
    const cluster = await this.caller.resolve(req, clusterId, 'read');
    return this.topicJson(cluster, await this.topics.get(cluster, checkTopic(name)));
  }

  @Patch(':topic_name')
  @Policy('kafka.topic.manage')
  @ApiDoc({ tag: 'Topics', summary: 'Increase the partition count of a topic', response: KafkaTopic })
  async update(@Req() req: AuthedRequest, @Param('cluster_id') clusterId: string, @Param('topic_name') name: string, @ValidBody(UpdateTopicBody) body: z.infer<typeof UpdateTopicBody>) {
    const cluster = await this.caller.resolve(req, clusterId, 'write');
    return this.topicJson(cluster, await this.topics.increasePartitions(cluster, checkTopic(name), body.partitions_count));
  }

  @Delete(':topic_name')
  @Policy('kafka.topic.manage')
  @HttpCode(204)
  @ApiDoc({ tag: 'Topics', summary: 'Delete a topic', status: 204 })
  async delete(@Req() req: AuthedRequest, @Param('cluster_id') clusterId: string, @Param('topic_name') name: string) {
    const cluster = await this.caller.resolve(req, clusterId, 'write');
    await this.topics.delete(cluster, checkTopic(name));
  }

  @Get(':topic_name/partitions')
  @Policy('kafka.topic.read')
  @ApiDoc({ tag: 'Topics', summary: "List a topic's partitions (leader and replicas as links; broker ids in leader_id, replica_ids, isr_ids)", response: z.object({ kind: z.string(), metadata: CollectionMetadata, data: z.array(KafkaPartition) }) })
  async partitions(@Req() req: AuthedRequest, @Param('cluster_id') clusterId: string, @Param('topic_name') name: string) {
    const cluster = await this.caller.resolve(req, clusterId, 'read');
    const topic = await this.topics.get(cluster, checkTopic(name));
    return { kind: 'KafkaPartitionList', metadata: { self: `${this.base(cluster)}/${name}/partitions`, next: null }, data: topic.partitions.map((p) => this.partitionJson(cluster, name, p)) };
  }

  @Get(':topic_name/partitions/:partition_id')
  @Policy('kafka.topic.read')
  @ApiDoc({ tag: 'Topics', summary: 'Read one partition of a topic', response: KafkaPartition })
  async partition(@Req() req: AuthedRequest, @Param('cluster_id') clusterId: string, @Param('topic_name') name: string, @Param('partition_id') partitionId: string) {
    const cluster = await this.caller.resolve(req, clusterId, 'read');
    return this.partitionJson(cluster, name, await this.topics.partition(cluster, checkTopic(name), checkPartition(partitionId)));
  }

  @Get(':topic_name/configs')
  @Policy('kafka.topic.read')
  @ApiDoc({ tag: 'Topic configs', summary: "List a topic's configs, with Kafka's source names and synonyms", response: listOf(TopicConfigJson) })
  async configs(@Req() req: AuthedRequest, @Param('cluster_id') clusterId: string, @Param('topic_name') name: string) {
    const cluster = await this.caller.resolve(req, clusterId, 'read');
    const entries = await this.topics.configs(cluster, checkTopic(name));
    return { kind: 'KafkaTopicConfigList', metadata: { self: `${this.base(cluster)}/${name}/configs`, next: null }, data: entries.map((e) => topicConfigJson(this.config.publicUrl, cluster, name, e)) };
  }

  @Post(':topic_name/configs::alter')
  @Policy('kafka.topic.manage')
  @HttpCode(204)
  @ApiDoc({ tag: 'Topic configs', summary: "Change a topic's configs in one batch (SET or DELETE each); validate_only checks and changes nothing", status: 204 })
  async alterConfigs(@Req() req: AuthedRequest, @Param('cluster_id') clusterId: string, @Param('topic_name') name: string, @ValidBody(AlterConfigBatchBody) body: z.infer<typeof AlterConfigBatchBody>) {
    const cluster = await this.caller.resolve(req, clusterId, 'write');
    await this.topics.alterConfigs(cluster, checkTopic(name), toConfigChanges(body.data), body.validate_only ?? false);
  }

  private base(cluster: Cluster): string {
    return `${this.config.publicUrl}/kafka/v3/clusters/${cluster.id}/topics`;
  }

  private topicJson(cluster: Cluster, t: TopicSummary) {
    const self = `${this.base(cluster)}/${t.name}`;
    return {
      kind: 'KafkaTopic' as const,
      metadata: { self, resource_name: `crn:///kafka=${cluster.id}/topic=${t.name}` },
      cluster_id: cluster.id,
      topic_name: t.name,
      is_internal: t.internal,
      replication_factor: t.replicationFactor,
      partitions_count: t.partitionsCount,
      partitions: { related: `${self}/partitions` },
      configs: { related: `${self}/configs` },
      partition_reassignments: { related: `${self}/partitions/-/reassignment` },
    };
  }

  private partitionJson(cluster: Cluster, topic: string, p: PartitionDescription) {
    const self = `${this.base(cluster)}/${topic}/partitions/${p.partition}`;
    const hasLeader = p.leader >= 0;
    return {
      kind: 'KafkaPartition' as const,
      metadata: { self, resource_name: crn(cluster, `topic=${topic}`, `partition=${p.partition}`) },
      cluster_id: cluster.id,
      topic_name: topic,
      partition_id: p.partition,
      // No leader (all replicas offline): the link is left out, as the spec's optional field allows.
      ...(hasLeader ? { leader: { related: `${self}/replicas/${p.leader}` } } : {}),
      replicas: { related: `${self}/replicas` },
      reassignment: { related: `${self}/reassignment` },
      leader_id: hasLeader ? p.leader : null,
      replica_ids: p.replicas,
      isr_ids: p.isr,
    };
  }
}
