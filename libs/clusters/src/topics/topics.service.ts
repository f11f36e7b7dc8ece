import { Injectable } from '@nestjs/common';
import type { Cluster } from '@tributary/db';
import type { KafkaAdmin, TopicConfigEntry, TopicDescription, TopicSummary } from '@tributary/kafka-admin';
import { AppError } from '@tributary/platform';
import { ClusterAdminClient } from '../keys/cluster-admin-client';
import { canAcceptKeysAndTopics } from '../lifecycle/cluster-lifecycle';
import { KIND_PROFILES, type ClusterKind } from '@tributary/catalog';
import { translatingKafkaErrors } from './kafka-errors';

export interface CreateTopicInput {
  name: string;
  partitions?: number;
  replicationFactor?: number;
  configs: Record<string, string>;
  validateOnly: boolean;
}

export const DEFAULT_PARTITIONS = 6;

const notReady = (c: Cluster) => new AppError('conflict', `Cluster ${c.id} is ${c.phase}: topics are available once it is PROVISIONED`, { kafkaErrorCode: 40900 });

/** Topics of one cluster, through the control plane's admin connection, within the kind's limits. */
@Injectable()
export class TopicsService {
  constructor(private readonly adminClient: ClusterAdminClient) {}

  list(cluster: Cluster): Promise<TopicSummary[]> {
    return this.withCluster(cluster, async (admin) => (await admin.listTopics()).sort((a, b) => a.name.localeCompare(b.name)));
  }

  get(cluster: Cluster, name: string): Promise<TopicDescription> {
    return this.withCluster(cluster, (admin) => admin.describeTopic(name));
  }

  async create(cluster: Cluster, input: CreateTopicInput): Promise<{ name: string; partitionsCount: number; replicationFactor: number }> {
    const profile = KIND_PROFILES[cluster.kind as ClusterKind];
    const maxRf = profile.replicationFactor(cluster.brokerCount);
    const replicationFactor = input.replicationFactor ?? maxRf;
    const partitions = input.partitions ?? DEFAULT_PARTITIONS;
    if (replicationFactor > cluster.brokerCount) {
      throw new AppError('bad_request', `replication_factor ${replicationFactor} is more than this ${cluster.kind} cluster's ${cluster.brokerCount} broker(s)`, { kafkaErrorCode: 40002 });
    }
    return this.withCluster(cluster, async (admin) => {
      const used = (await admin.listTopics()).filter((t) => !t.internal).reduce((sum, t) => sum + t.partitionsCount, 0);
      if (used + partitions > profile.maxPartitions) {
        throw new AppError('bad_request', `This ${cluster.kind} cluster allows ${profile.maxPartitions} partitions and has ${used}; ${partitions} more would exceed it`, { kafkaErrorCode: 40002 });
      }
      const created = await admin.createTopic({ name: input.name, partitions, replicationFactor, configs: input.configs, validateOnly: input.validateOnly });
      return { name: created.name, partitionsCount: created.partitionsCount, replicationFactor: created.replicationFactor };
    });
  }

  delete(cluster: Cluster, name: string): Promise<void> {
    return this.withCluster(cluster, (admin) => admin.deleteTopic(name));
  }

  configs(cluster: Cluster, name: string): Promise<TopicConfigEntry[]> {
    return this.withCluster(cluster, (admin) => admin.describeTopicConfigs(name));
  }

  alterConfigs(cluster: Cluster, name: string, changes: Record<string, string | null>): Promise<void> {
    return this.withCluster(cluster, (admin) => admin.alterTopicConfigs(name, changes));
  }

  async increasePartitions(cluster: Cluster, name: string, total: number): Promise<TopicDescription> {
    const profile = KIND_PROFILES[cluster.kind as ClusterKind];
    return this.withCluster(cluster, async (admin) => {
      const topics = await admin.listTopics();
      const current = topics.find((t) => t.name === name);
      if (!current) throw new AppError('not_found', `Topic '${name}' does not exist`, { kafkaErrorCode: 40403 });
      const used = topics.filter((t) => !t.internal).reduce((sum, t) => sum + t.partitionsCount, 0);
      if (used - current.partitionsCount + total > profile.maxPartitions) {
        throw new AppError('bad_request', `This ${cluster.kind} cluster allows ${profile.maxPartitions} partitions; ${total} for '${name}' would exceed it`, { kafkaErrorCode: 40002 });
      }
      await admin.increasePartitions(name, total);
      return admin.describeTopic(name);
    });
  }

  private withCluster<T>(cluster: Cluster, fn: (admin: KafkaAdmin) => Promise<T>): Promise<T> {
    if (!canAcceptKeysAndTopics(cluster.phase) || !cluster.bootstrapEndpoint) throw notReady(cluster);
    return translatingKafkaErrors(() => this.adminClient.with(cluster, fn));
  }
}
