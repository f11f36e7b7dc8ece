import { Controller, Get, HttpCode, Inject, Param, Post, Req } from '@nestjs/common';
import { ConsumerGroupsService } from '@tributary/clusters';
import type { Cluster } from '@tributary/db';
import type { ConsumerGroupDescription, ConsumerGroupMember, OffsetResetTarget, PartitionLag } from '@tributary/kafka-admin';
import { AppError } from '@tributary/platform';
import { z } from 'zod';
import { API_CONFIG, type ApiConfig } from '../api.config';
import { Auth, type AuthedRequest } from '../auth/auth.decorators';
import { Policy } from '../auth/policy.decorator';
import { ApiDoc } from '../openapi/route-schemas';
import { ValidBody } from '../validation/zod-pipe';
import { KafkaRestCaller } from './kafka-rest-caller';
import { clusterBase, crn, listOf, Relationship, ResourceMetadata } from './kafka-v3-json';

const GROUP_ID = /^[\x20-\x7e]{1,255}$/;
const TOPIC_NAME = /^[a-zA-Z0-9._-]{1,249}$/;
const PARTITION_ID = /^\d{1,9}$/;

const ConsumerGroupJson = z.object({
  kind: z.literal('KafkaConsumerGroup'),
  metadata: ResourceMetadata,
  cluster_id: z.string(),
  consumer_group_id: z.string(),
  is_simple: z.boolean(),
  partition_assignor: z.string(),
  state: z.string(),
  type: z.string(),
  is_mixed_consumer_group: z.boolean(),
  coordinator: Relationship,
  consumers: Relationship,
  lag_summary: Relationship,
});
const ConsumerJson = z.object({
  kind: z.literal('KafkaConsumer'),
  metadata: ResourceMetadata,
  cluster_id: z.string(),
  consumer_group_id: z.string(),
  consumer_id: z.string(),
  instance_id: z.string().nullable(),
  client_id: z.string(),
  /** Tributary's addition (the member's address as the coordinator saw it); Confluent Platform's REST Proxy has no such field. */
  host: z.string(),
  assignments: Relationship,
});
/** Confluent Platform REST Proxy v3's ConsumerAssignmentData: the partitions a member was given. */
const ConsumerAssignmentJson = z.object({
  kind: z.literal('KafkaConsumerAssignment'),
  metadata: ResourceMetadata,
  cluster_id: z.string(),
  consumer_group_id: z.string(),
  consumer_id: z.string(),
  topic_name: z.string(),
  partition_id: z.number(),
  partition: Relationship,
  lag: Relationship,
});
const ConsumerLagJson = z.object({
  kind: z.literal('KafkaConsumerLag'),
  metadata: ResourceMetadata,
  cluster_id: z.string(),
  consumer_group_id: z.string(),
  topic_name: z.string(),
  partition_id: z.number(),
  current_offset: z.number(),
  log_end_offset: z.number(),
  lag: z.number(),
  consumer_id: z.string(),
  instance_id: z.string().nullable(),
  client_id: z.string(),
});
const LagSummaryJson = z.object({
  kind: z.literal('KafkaConsumerGroupLagSummary'),
  metadata: ResourceMetadata,
  cluster_id: z.string(),
  consumer_group_id: z.string(),
  max_lag_consumer_id: z.string(),
  max_lag_instance_id: z.string().nullable(),
  max_lag_client_id: z.string(),
  max_lag_topic_name: z.string(),
  max_lag_partition_id: z.number(),
  max_lag: z.number(),
  total_lag: z.number(),
  max_lag_consumer: Relationship,
  max_lag_partition: Relationship,
});

const Offset = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
/** Not in Confluent's API (it has no way to move offsets): the same style, modelled on kafka-consumer-groups --reset-offsets. */
const ResetOffsetsBody = z
  .object({
    to: z.enum(['earliest', 'latest', 'timestamp', 'explicit']),
    timestamp: z.iso.datetime({ offset: true }).optional(),
    topics: z.array(z.string().regex(TOPIC_NAME)).max(100).optional(),
    offsets: z.array(z.object({ topic_name: z.string().regex(TOPIC_NAME), partition_id: z.number().int().min(0), offset: Offset }).strict()).min(1).max(10_000).optional(),
    validate_only: z.boolean().default(false),
  })
  .strict();
const OffsetChangeJson = z.object({ topic_name: z.string(), partition_id: z.number(), previous_offset: z.number().nullable(), offset: z.number() });
const ResetOffsetsResponse = z.object({ kind: z.literal('KafkaConsumerGroupOffsetReset'), cluster_id: z.string(), consumer_group_id: z.string(), validate_only: z.boolean(), data: z.array(OffsetChangeJson) });

function checkGroup(id: string): string {
  if (!GROUP_ID.test(id)) throw new AppError('not_found', `Consumer group '${id}' not found.`, { kafkaErrorCode: 404 });
  return id;
}

const invalid = (message: string) => new AppError('invalid', message, { kafkaErrorCode: 42200 });

function resetTarget(body: z.infer<typeof ResetOffsetsBody>): OffsetResetTarget {
  switch (body.to) {
    case 'earliest':
    case 'latest':
      return { to: body.to };
    case 'timestamp':
      if (!body.timestamp) throw invalid("'timestamp' is required when 'to' is timestamp");
      return { to: 'timestamp', timestamp: new Date(body.timestamp) };
    case 'explicit':
      if (!body.offsets) throw invalid("'offsets' is required when 'to' is explicit");
      return { to: 'explicit', offsets: body.offsets.map((o) => ({ topic: o.topic_name, partition: o.partition_id, offset: BigInt(o.offset) })) };
  }
}

/** Kafka REST v3 consumer groups: members, lag per partition and in summary, and an offset reset. */
@Controller('/kafka/v3/clusters/:cluster_id/consumer-groups')
@Auth('kafka')
export class ConsumerGroupsController {
  constructor(
    private readonly groups: ConsumerGroupsService,
    private readonly caller: KafkaRestCaller,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  @Get()
  @Policy('kafka.group.list')
  @ApiDoc({ tag: 'Consumer groups', summary: 'List consumer groups', response: listOf(ConsumerGroupJson) })
  async list(@Req() req: AuthedRequest, @Param('cluster_id') clusterId: string) {
    const cluster = await this.caller.resolve(req, clusterId, 'read');
    const groups = await this.groups.describeAll(cluster);
    return { kind: 'KafkaConsumerGroupList', metadata: { self: this.base(cluster), next: null }, data: groups.map((g) => this.groupJson(cluster, g)) };
  }

  @Get(':consumer_group_id')
  @Policy('kafka.group.read')
  @ApiDoc({ tag: 'Consumer groups', summary: 'Read a consumer group', response: ConsumerGroupJson })
  async get(@Req() req: AuthedRequest, @Param('cluster_id') clusterId: string, @Param('consumer_group_id') groupId: string) {
    const cluster = await this.caller.resolve(req, clusterId, 'read');
    return this.groupJson(cluster, await this.groups.get(cluster, checkGroup(groupId)));
  }

  @Get(':consumer_group_id/consumers')
  @Policy('kafka.group.read')
  @ApiDoc({ tag: 'Consumer groups', summary: 'List the members of a consumer group', response: listOf(ConsumerJson) })
  async consumers(@Req() req: AuthedRequest, @Param('cluster_id') clusterId: string, @Param('consumer_group_id') groupId: string) {
    const cluster = await this.caller.resolve(req, clusterId, 'read');
    const group = await this.groups.get(cluster, checkGroup(groupId));
    return { kind: 'KafkaConsumerList', metadata: { self: `${this.base(cluster)}/${groupId}/consumers`, next: null }, data: group.members.map((m) => this.consumerJson(cluster, groupId, m)) };
  }

  @Get(':consumer_group_id/consumers/:consumer_id')
  @Policy('kafka.group.read')
  @ApiDoc({ tag: 'Consumer groups', summary: 'Read one member of a consumer group', response: ConsumerJson })
  async consumer(@Req() req: AuthedRequest, @Param('cluster_id') clusterId: string, @Param('consumer_group_id') groupId: string, @Param('consumer_id') consumerId: string) {
    const cluster = await this.caller.resolve(req, clusterId, 'read');
    const { member } = await this.groups.consumer(cluster, checkGroup(groupId), consumerId);
    return this.consumerJson(cluster, groupId, member);
  }

  @Get(':consumer_group_id/consumers/:consumer_id/assignments')
  @Policy('kafka.group.read')
  @ApiDoc({ tag: 'Consumer groups', summary: 'List the partitions assigned to one member of a consumer group (as Confluent Platform REST Proxy v3 has it)', response: listOf(ConsumerAssignmentJson) })
  async assignments(@Req() req: AuthedRequest, @Param('cluster_id') clusterId: string, @Param('consumer_group_id') groupId: string, @Param('consumer_id') consumerId: string) {
    const cluster = await this.caller.resolve(req, clusterId, 'read');
    const { member } = await this.groups.consumer(cluster, checkGroup(groupId), consumerId);
    const self = `${this.base(cluster)}/${groupId}/consumers/${member.memberId}/assignments`;
    return { kind: 'KafkaConsumerAssignmentList', metadata: { self, next: null }, data: member.assignments.map((a) => this.assignmentJson(cluster, groupId, member, a)) };
  }

  @Get(':consumer_group_id/consumers/:consumer_id/assignments/:topic_name/partitions/:partition_id')
  @Policy('kafka.group.read')
  @ApiDoc({ tag: 'Consumer groups', summary: 'Read one partition assignment of a consumer group member', response: ConsumerAssignmentJson })
  async assignment(
    @Req() req: AuthedRequest,
    @Param('cluster_id') clusterId: string,
    @Param('consumer_group_id') groupId: string,
    @Param('consumer_id') consumerId: string,
    @Param('topic_name') topic: string,
    @Param('partition_id') partition: string,
  ) {
    const cluster = await this.caller.resolve(req, clusterId, 'read');
    const { member } = await this.groups.consumer(cluster, checkGroup(groupId), consumerId);
    const found = PARTITION_ID.test(partition) ? member.assignments.find((a) => a.topic === topic && a.partition === Number(partition)) : undefined;
    if (!found) throw new AppError('not_found', `Consumer '${consumerId}' is not assigned partition '${partition}' of topic '${topic}'`, { kafkaErrorCode: 404 });
    return this.assignmentJson(cluster, groupId, member, found);
  }

  @Get(':consumer_group_id/lag-summary')
  @Policy('kafka.group.read')
  @ApiDoc({ tag: 'Consumer groups', summary: "A consumer group's largest and total lag", response: LagSummaryJson })
  async lagSummary(@Req() req: AuthedRequest, @Param('cluster_id') clusterId: string, @Param('consumer_group_id') groupId: string) {
    const cluster = await this.caller.resolve(req, clusterId, 'read');
    const { maxLag, totalLag } = await this.groups.lagSummary(cluster, checkGroup(groupId));
    const base = clusterBase(this.config.publicUrl, cluster);
    return {
      kind: 'KafkaConsumerGroupLagSummary' as const,
      metadata: { self: `${this.base(cluster)}/${groupId}/lag-summary`, resource_name: crn(cluster, `consumer-group=${groupId}`, 'lag-summary') },
      cluster_id: cluster.id,
      consumer_group_id: groupId,
      max_lag_consumer_id: maxLag?.memberId ?? '',
      max_lag_instance_id: maxLag?.instanceId ?? null,
      max_lag_client_id: maxLag?.clientId ?? '',
      max_lag_topic_name: maxLag?.topic ?? '',
      max_lag_partition_id: maxLag?.partition ?? 0,
      max_lag: Number(maxLag?.lag ?? 0n),
      total_lag: Number(totalLag),
      max_lag_consumer: { related: `${this.base(cluster)}/${groupId}/consumers/${maxLag?.memberId ?? ''}` },
      max_lag_partition: { related: `${base}/topics/${maxLag?.topic ?? ''}/partitions/${maxLag?.partition ?? 0}` },
    };
  }

  @Get(':consumer_group_id/lags')
  @Policy('kafka.group.read')
  @ApiDoc({ tag: 'Consumer groups', summary: 'Lag per partition: committed offset, log end offset, lag and the consumer', response: listOf(ConsumerLagJson) })
  async lags(@Req() req: AuthedRequest, @Param('cluster_id') clusterId: string, @Param('consumer_group_id') groupId: string) {
    const cluster = await this.caller.resolve(req, clusterId, 'read');
    const lags = await this.groups.lags(cluster, checkGroup(groupId));
    return { kind: 'KafkaConsumerLagList', metadata: { self: `${this.base(cluster)}/${groupId}/lags`, next: null }, data: lags.map((l) => this.lagJson(cluster, groupId, l)) };
  }

  @Get(':consumer_group_id/lags/:topic_name/partitions/:partition_id')
  @Policy('kafka.group.read')
  @ApiDoc({ tag: 'Consumer groups', summary: "A consumer group's lag on one partition", response: ConsumerLagJson })
  async lag(@Req() req: AuthedRequest, @Param('cluster_id') clusterId: string, @Param('consumer_group_id') groupId: string, @Param('topic_name') topic: string, @Param('partition_id') partition: string) {
    const cluster = await this.caller.resolve(req, clusterId, 'read');
    if (!TOPIC_NAME.test(topic) || !PARTITION_ID.test(partition)) throw new AppError('not_found', `This server does not host this topic-partition.`, { kafkaErrorCode: 40403 });
    return this.lagJson(cluster, groupId, await this.groups.lag(cluster, checkGroup(groupId), topic, Number(partition)));
  }

  // The regex ends the parameter before the literal ':reset-offsets' (a bare ':id::x' would swallow part of it).
  @Post(':consumer_group_id(^[\\s\\S]+)::reset-offsets')
  @Policy('kafka.group.manage')
  @HttpCode(200)
  @ApiDoc({
    tag: 'Consumer groups',
    summary: "Move an empty group's committed offsets to earliest, latest, a time, or explicit offsets (Tributary's addition; 409 while the group has members)",
    response: ResetOffsetsResponse,
    errors: [409, 422],
  })
  async resetOffsets(@Req() req: AuthedRequest, @Param('cluster_id') clusterId: string, @Param('consumer_group_id') groupId: string, @ValidBody(ResetOffsetsBody) body: z.infer<typeof ResetOffsetsBody>) {
    const cluster = await this.caller.resolve(req, clusterId, 'write');
    const changes = await this.groups.resetOffsets(cluster, checkGroup(groupId), { target: resetTarget(body), ...(body.topics ? { topics: body.topics } : {}), validateOnly: body.validate_only });
    return {
      kind: 'KafkaConsumerGroupOffsetReset' as const,
      cluster_id: cluster.id,
      consumer_group_id: groupId,
      validate_only: body.validate_only,
      data: changes.map((c) => ({ topic_name: c.topic, partition_id: c.partition, previous_offset: c.before === null ? null : Number(c.before), offset: Number(c.after) })),
    };
  }

  private base(cluster: Cluster): string {
    return `${clusterBase(this.config.publicUrl, cluster)}/consumer-groups`;
  }

  private groupJson(cluster: Cluster, g: ConsumerGroupDescription) {
    const self = `${this.base(cluster)}/${g.groupId}`;
    return {
      kind: 'KafkaConsumerGroup' as const,
      metadata: { self, resource_name: crn(cluster, `consumer-group=${g.groupId}`) },
      cluster_id: cluster.id,
      consumer_group_id: g.groupId,
      is_simple: g.isSimple,
      partition_assignor: g.partitionAssignor,
      state: g.state,
      type: g.type,
      is_mixed_consumer_group: false,
      coordinator: { related: `${clusterBase(this.config.publicUrl, cluster)}/brokers/${g.coordinatorId}` },
      consumers: { related: `${self}/consumers` },
      lag_summary: { related: `${self}/lag-summary` },
    };
  }

  private consumerJson(cluster: Cluster, groupId: string, m: ConsumerGroupMember) {
    const self = `${this.base(cluster)}/${groupId}/consumers/${m.memberId}`;
    return {
      kind: 'KafkaConsumer' as const,
      metadata: { self, resource_name: crn(cluster, `consumer-group=${groupId}`, `consumer=${m.memberId}`) },
      cluster_id: cluster.id,
      consumer_group_id: groupId,
      consumer_id: m.memberId,
      instance_id: m.instanceId,
      client_id: m.clientId,
      host: m.host,
      assignments: { related: `${self}/assignments` },
    };
  }

  private assignmentJson(cluster: Cluster, groupId: string, m: ConsumerGroupMember, a: { topic: string; partition: number }) {
    const topics = `${clusterBase(this.config.publicUrl, cluster)}/topics`;
    return {
      kind: 'KafkaConsumerAssignment' as const,
      metadata: {
        self: `${this.base(cluster)}/${groupId}/consumers/${m.memberId}/assignments/${a.topic}/partitions/${a.partition}`,
        resource_name: crn(cluster, `consumer-group=${groupId}`, `consumer=${m.memberId}`, `assignment=${a.topic}`, `partition=${a.partition}`),
      },
      cluster_id: cluster.id,
      consumer_group_id: groupId,
      consumer_id: m.memberId,
      topic_name: a.topic,
      partition_id: a.partition,
      partition: { related: `${topics}/${a.topic}/partitions/${a.partition}` },
      lag: { related: `${this.base(cluster)}/${groupId}/lags/${a.topic}/partitions/${a.partition}` },
    };
  }

  private lagJson(cluster: Cluster, groupId: string, l: PartitionLag) {
    return {
      kind: 'KafkaConsumerLag' as const,
      metadata: { self: `${this.base(cluster)}/${groupId}/lags/${l.topic}/partitions/${l.partition}`, resource_name: crn(cluster, `consumer-group=${groupId}`, `lag=${l.topic}`, `partition=${l.partition}`) },
      cluster_id: cluster.id,
      consumer_group_id: groupId,
      topic_name: l.topic,
      partition_id: l.partition,
      current_offset: Number(l.currentOffset),
      log_end_offset: Number(l.logEndOffset),
      lag: Number(l.lag),
      consumer_id: l.memberId,
      instance_id: l.instanceId,
      client_id: l.clientId,
    };
  }
}
