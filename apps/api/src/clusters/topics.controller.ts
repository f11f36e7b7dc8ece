import { Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post, Req } from '@nestjs/common';
import { TopicsService } from '@tributary/clusters';
import type { Cluster } from '@tributary/db';
import type { TopicConfigEntry, TopicSummary } from '@tributary/kafka-admin';
import { AppError } from '@tributary/platform';
import { z } from 'zod';
import { API_CONFIG, type ApiConfig } from '../api.config';
import { Auth, type AuthedRequest } from '../auth/auth.decorators';
import { ApiDoc } from '../openapi/route-schemas';
import { ValidBody } from '../validation/zod-pipe';
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
const AlterConfigsBody = z
  .object({ data: z.array(z.object({ name: z.string().min(1).max(255), value: z.string().max(4096).nullable().optional(), operation: z.enum(['SET', 'DELETE']).optional() }).strict()).min(1).max(100), validate_only: z.boolean().optional() })
  .strict();
const KafkaTopic = z.object({ kind: z.literal('KafkaTopic'), metadata: z.object({ self: z.string(), resource_name: z.string() }), cluster_id: z.string(), topic_name: z.string(), is_internal: z.boolean(), replication_factor: z.number(), partitions_count: z.number() });

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
  @ApiDoc({ tag: 'Topics', summary: 'List topics', response: z.object({ kind: z.string(), metadata: z.object({ self: z.string(), next: z.null() }), data: z.array(KafkaTopic) }) })
  async list(@Req() req: AuthedRequest, @Param('cluster_id') clusterId: string) {
    const cluster = await this.caller.resolve(req, clusterId, 'read');
    const topics = await this.topics.list(cluster);
    return { kind: 'KafkaTopicList', metadata: { self: this.base(cluster), next: null }, data: topics.map((t) => this.topicJson(cluster, t)) };
  }

  @Post()
  @HttpCode(201)
  @ApiDoc({ tag: 'Topics', summary: 'Create a topic (validate_only to check without creating)', status: 201, response: KafkaTopic })
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
  @ApiDoc({ tag: 'Topics', summary: 'Read a topic', response: KafkaTopic })
  async get(@Req() req: AuthedRequest, @Param('cluster_id') clusterId: string, @Param('topic_name') name: string) {
    const cluster = await this.caller.resolve(req, clusterId, 'read');
    return this.topicJson(cluster, await this.topics.get(cluster, checkTopic(name)));
  }

  @Patch(':topic_name')
  @ApiDoc({ tag: 'Topics', summary: 'Increase the partition count of a topic', response: KafkaTopic })
  async update(@Req() req: AuthedRequest, @Param('cluster_id') clusterId: string, @Param('topic_name') name: string, @ValidBody(UpdateTopicBody) body: z.infer<typeof UpdateTopicBody>) {
    const cluster = await this.caller.resolve(req, clusterId, 'write');
    return this.topicJson(cluster, await this.topics.increasePartitions(cluster, checkTopic(name), body.partitions_count));
  }

  @Delete(':topic_name')
  @HttpCode(204)
  @ApiDoc({ tag: 'Topics', summary: 'Delete a topic', status: 204 })
  async delete(@Req() req: AuthedRequest, @Param('cluster_id') clusterId: string, @Param('topic_name') name: string) {
    const cluster = await this.caller.resolve(req, clusterId, 'write');
    await this.topics.delete(cluster, checkTopic(name));
  }

  @Get(':topic_name/partitions')
  @ApiDoc({ tag: 'Topics', summary: "List a topic's partitions with their leader and replicas", response: z.object({ kind: z.string(), metadata: z.object({ self: z.string(), next: z.null() }), data: z.array(z.object({ partition_id: z.number(), leader: z.number(), replicas: z.array(z.number()), isr: z.array(z.number()) })) }) })
  async partitions(@Req() req: AuthedRequest, @Param('cluster_id') clusterId: string, @Param('topic_name') name: string) {
    const cluster = await this.caller.resolve(req, clusterId, 'read');
    const topic = await this.topics.get(cluster, checkTopic(name));
    const self = `${this.base(cluster)}/${name}/partitions`;
    return {
      kind: 'KafkaPartitionList',
      metadata: { self, next: null },
      data: topic.partitions.map((p) => ({
        kind: 'KafkaPartition',
        metadata: { self: `${self}/${p.partition}`, resource_name: `crn:///kafka=${cluster.id}/topic=${name}/partition=${p.partition}` },
        cluster_id: cluster.id,
        topic_name: name,
        partition_id: p.partition,
        leader: p.leader,
        replicas: p.replicas,
        isr: p.isr,
      })),
    };
  }

  @Get(':topic_name/configs')
  @ApiDoc({ tag: 'Topics', summary: "List a topic's configs", response: z.object({ kind: z.string(), metadata: z.object({ self: z.string(), next: z.null() }), data: z.array(z.object({ name: z.string(), value: z.string().nullable() })) }) })
  async configs(@Req() req: AuthedRequest, @Param('cluster_id') clusterId: string, @Param('topic_name') name: string) {
    const cluster = await this.caller.resolve(req, clusterId, 'read');
    const entries = await this.topics.configs(cluster, checkTopic(name));
    return { kind: 'KafkaTopicConfigList', metadata: { self: `${this.base(cluster)}/${name}/configs`, next: null }, data: entries.map((e) => this.configJson(cluster, name, e)) };
  }

  @Post(':topic_name/configs::alter')
  @HttpCode(204)
  @ApiDoc({ tag: 'Topics', summary: "Change a topic's configs in one batch (SET or DELETE each)", status: 204 })
  async alterConfigs(@Req() req: AuthedRequest, @Param('cluster_id') clusterId: string, @Param('topic_name') name: string, @ValidBody(AlterConfigsBody) body: z.infer<typeof AlterConfigsBody>) {
    const cluster = await this.caller.resolve(req, clusterId, 'write');
    const changes: Record<string, string | null> = {};
    for (const c of body.data) {
      if (c.operation === 'DELETE') changes[c.name] = null;
      else if (c.value === undefined || c.value === null) throw new AppError('bad_request', `Config '${c.name}' needs a value (or operation DELETE)`, { kafkaErrorCode: 40002 });
      else changes[c.name] = c.value;
    }
    await this.topics.alterConfigs(cluster, checkTopic(name), changes);
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
    };
  }

  private configJson(cluster: Cluster, topic: string, e: TopicConfigEntry) {
    return {
      kind: 'KafkaTopicConfig',
      metadata: { self: `${this.base(cluster)}/${topic}/configs/${e.name}`, resource_name: `crn:///kafka=${cluster.id}/topic=${topic}/config=${e.name}` },
      cluster_id: cluster.id,
      topic_name: topic,
      name: e.name,
      value: e.isSensitive ? null : e.value,
      is_default: e.isDefault,
      is_read_only: e.isReadOnly,
      is_sensitive: e.isSensitive,
      source: e.source,
    };
  }
}
