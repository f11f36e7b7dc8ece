import { Controller, Delete, Get, HttpCode, Inject, Param, Put, Req } from '@nestjs/common';
import { ConfigsService } from '@tributary/clusters';
import { AppError } from '@tributary/platform';
import { z } from 'zod';
import { API_CONFIG, type ApiConfig } from '../api.config';
import { Auth, type AuthedRequest } from '../auth/auth.decorators';
import { Policy } from '../auth/policy.decorator';
import { ApiDoc } from '../openapi/route-schemas';
import { ValidBody } from '../validation/zod-pipe';
import { KafkaRestCaller } from './kafka-rest-caller';
import { clusterBase, listOf, TopicConfigJson, topicConfigJson, UpdateConfigBody } from './kafka-v3-json';

const TOPIC_NAME = /^[a-zA-Z0-9._-]{1,249}$/;
const CONFIG_NAME = /^[a-zA-Z0-9._-]{1,255}$/;

function checked(pattern: RegExp, value: string, what: string): string {
  if (!pattern.test(value)) throw new AppError('not_found', `${what} '${value}' does not exist`, { kafkaErrorCode: 40403 });
  return value;
}

/** Kafka REST v3 topic configs one at a time, topic defaults and every topic's configs at once. */
@Controller('/kafka/v3/clusters/:cluster_id/topics')
@Auth('kafka')
export class TopicConfigsController {
  constructor(
    private readonly configs: ConfigsService,
    private readonly caller: KafkaRestCaller,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  @Get('-/configs')
  @Policy('kafka.topic.list')
  @ApiDoc({ tag: 'Topic configs', summary: 'List the configs of every topic', response: listOf(TopicConfigJson) })
  async allTopics(@Req() req: AuthedRequest, @Param('cluster_id') clusterId: string) {
    const cluster = await this.caller.resolve(req, clusterId, 'read');
    const entries = await this.configs.allTopicConfigs(cluster);
    return {
      kind: 'KafkaTopicConfigList',
      metadata: { self: `${clusterBase(this.config.publicUrl, cluster)}/topics/-/configs`, next: null },
      data: entries.map(({ topic, entry }) => topicConfigJson(this.config.publicUrl, cluster, topic, entry)),
    };
  }

  @Get(':topic_name/default-configs')
  @Policy('kafka.topic.read')
  @ApiDoc({ tag: 'Topic configs', summary: "The topic's configs without its own overrides (what a new topic gets)", response: listOf(TopicConfigJson) })
  async defaults(@Req() req: AuthedRequest, @Param('cluster_id') clusterId: string, @Param('topic_name') topic: string) {
    const cluster = await this.caller.resolve(req, clusterId, 'read');
    const entries = await this.configs.topicDefaultConfigs(cluster, checked(TOPIC_NAME, topic, 'Topic'));
    return {
      kind: 'KafkaTopicConfigList',
      metadata: { self: `${clusterBase(this.config.publicUrl, cluster)}/topics/${topic}/default-configs`, next: null },
      data: entries.map((e) => topicConfigJson(this.config.publicUrl, cluster, topic, e)),
    };
  }

  @Get(':topic_name/configs/:name')
  @Policy('kafka.topic.read')
  @ApiDoc({ tag: 'Topic configs', summary: 'Read one topic config', response: TopicConfigJson })
  async get(@Req() req: AuthedRequest, @Param('cluster_id') clusterId: string, @Param('topic_name') topic: string, @Param('name') name: string) {
    const cluster = await this.caller.resolve(req, clusterId, 'read');
    const entry = await this.configs.topicConfig(cluster, checked(TOPIC_NAME, topic, 'Topic'), checked(CONFIG_NAME, name, 'Config'));
    return topicConfigJson(this.config.publicUrl, cluster, topic, entry);
  }

  @Put(':topic_name/configs/:name')
  @Policy('kafka.topic.manage')
  @HttpCode(204)
  @ApiDoc({ tag: 'Topic configs', summary: 'Set one topic config (a null value resets it)', status: 204 })
  async update(@Req() req: AuthedRequest, @Param('cluster_id') clusterId: string, @Param('topic_name') topic: string, @Param('name') name: string, @ValidBody(UpdateConfigBody) body: z.infer<typeof UpdateConfigBody>) {
    const cluster = await this.caller.resolve(req, clusterId, 'write');
    await this.configs.setTopicConfig(cluster, checked(TOPIC_NAME, topic, 'Topic'), checked(CONFIG_NAME, name, 'Config'), body.value ?? null);
  }

  @Delete(':topic_name/configs/:name')
  @Policy('kafka.topic.manage')
  @HttpCode(204)
  @ApiDoc({ tag: 'Topic configs', summary: 'Reset one topic config to the cluster default', status: 204 })
  async reset(@Req() req: AuthedRequest, @Param('cluster_id') clusterId: string, @Param('topic_name') topic: string, @Param('name') name: string) {
    const cluster = await this.caller.resolve(req, clusterId, 'write');
    await this.configs.setTopicConfig(cluster, checked(TOPIC_NAME, topic, 'Topic'), checked(CONFIG_NAME, name, 'Config'), null);
  }
}
