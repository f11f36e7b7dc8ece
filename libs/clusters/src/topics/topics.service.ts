import { Injectable } from '@nestjs/common';
import type { Cluster } from '@tributary/db';
import type { KafkaAdmin, TopicConfigEntry, TopicDescription, TopicSummary } from '@tributary/kafka-admin';
import type { PartitionDescription } from '@tributary/kafka-admin';
import { AppError } from '@tributary/platform';
import { ClusterAdminClient } from '../keys/cluster-admin-client';
import { KIND_PROFILES, type ClusterKind } from '@tributary/catalog';
import { assertTopicConfigsAllowed } from '../configs/topic-config-policy';
import { refuseReservedTopic, withReadyCluster } from './ready-cluster';

export interface CreateTopicInput {
  name: string;
  partitions?: number;
  replicationFactor?: number;
  configs: Record<string, string>;
  validateOnly: boolean;
}

export const DEFAULT_PARTITIONS = 6;

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

  async partition(cluster: Cluster, name: string, partitionId: number): Promise<PartitionDescription> {
    const topic = await this.get(cluster, name);
    const found = topic.partitions.find((p) => p.partition === partitionId);
    if (!found) throw new AppError('not_found', `Partition ${partitionId} of topic '${name}' does not exist`, { kafkaErrorCode: 40403 });
    return found;
  }

  async create(cluster: Cluster, input: CreateTopicInput): Promise<{ name: string; partitionsCount: number; replicationFactor: number }> {
    const profile = KIND_PROFILES[cluster.kind as ClusterKind];
    const maxRf = profile.replicationFactor(cluster.brokerCount);
    const replicationFactor = input.replicationFactor ?? maxRf;
    const partitions = input.partitions ?? DEFAULT_PARTITIONS;
    refuseReservedTopic(input.name);
    assertTopicConfigsAllowed(cluster, input.configs);
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
    refuseReservedTopic(name);
    return this.withCluster(cluster, (admin) => admin.deleteTopic(name));
  }

  configs(cluster: Cluster, name: string): Promise<TopicConfigEntry[]> {
    return this.withCluster(cluster, (admin) => admin.describeTopicConfigs(name));
  }

  /** Only Confluent Cloud's editable configs, within its limits; with validateOnly the broker checks every name and value and nothing changes. */
  alterConfigs(cluster: Cluster, name: string, changes: Record<string, string | null>, validateOnly = false): Promise<void> {
    refuseReservedTopic(name);
    assertTopicConfigsAllowed(cluster, changes);
    return this.withCluster(cluster, async (admin) => {
      await admin.describeTopic(name); // an unknown topic is a 404, whatever the configs say
      await admin.alterTopicConfigs(name, changes, { validateOnly });
    });
  }

  async increasePartitions(cluster: Cluster, name: string, total: number): Promise<TopicDescription> {
    const profile = KIND_PROFILES[cluster.kind as ClusterKind];
    refuseReservedTopic(name);
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
    return withReadyCluster(this.adminClient, cluster, fn);
  }
}
