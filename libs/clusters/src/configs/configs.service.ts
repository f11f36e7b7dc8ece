import { Injectable } from '@nestjs/common';
import type { Cluster } from '@tributary/db';
import type { ClusterConfigEntry, KafkaAdmin, TopicConfigEntry } from '@tributary/kafka-admin';
import { AppError } from '@tributary/platform';
import { ClusterAdminClient } from '../keys/cluster-admin-client';
import { refuseReservedTopic, withReadyCluster } from '../topics/ready-cluster';
import { assertClusterConfigsChangeable, isChangeableClusterConfig, isCustomerClusterConfig } from './cluster-config-policy';
import { assertTopicConfigsAllowed } from './topic-config-policy';

const unknownConfig = (name: string, where: string) => new AppError('not_found', `Config '${name}' does not exist for ${where}`, { kafkaErrorCode: 40403 });

/** Topic configs one at a time, topic defaults, and the cluster-wide broker settings customers may change. */
@Injectable()
export class ConfigsService {
  constructor(private readonly adminClient: ClusterAdminClient) {}

  topicConfig(cluster: Cluster, topic: string, name: string): Promise<TopicConfigEntry> {
    return this.with(cluster, async (admin) => {
      const entry = (await admin.describeTopicConfigs(topic)).find((e) => e.name === name);
      if (!entry) throw unknownConfig(name, `topic '${topic}'`);
      return entry;
    });
  }

  /** PUT: sets one config; DELETE (value null): back to the cluster/broker default. */
  setTopicConfig(cluster: Cluster, topic: string, name: string, value: string | null): Promise<void> {
    refuseReservedTopic(topic);
    return this.with(cluster, async (admin) => {
      if (!(await admin.describeTopicConfigs(topic)).some((e) => e.name === name)) throw unknownConfig(name, `topic '${topic}'`);
      assertTopicConfigsAllowed(cluster, { [name]: value });
      await admin.alterTopicConfigs(topic, { [name]: value });
    });
  }

  /** The configs the topic would have if it were created now without any (Confluent's default-configs); 404 for an unknown topic. */
  topicDefaultConfigs(cluster: Cluster, topic: string): Promise<TopicConfigEntry[]> {
    return this.with(cluster, async (admin) => {
      await admin.describeTopic(topic);
      return admin.newTopicDefaultConfigs();
    });
  }

  /** Every config of every topic (`topics/-/configs`). */
  allTopicConfigs(cluster: Cluster): Promise<{ topic: string; entry: TopicConfigEntry }[]> {
    return this.with(cluster, async (admin) => {
      const topics = (await admin.listTopics()).filter((t) => !t.internal).map((t) => t.name).sort();
      const result: { topic: string; entry: TopicConfigEntry }[] = [];
      for (const topic of topics) for (const entry of await admin.describeTopicConfigs(topic)) result.push({ topic, entry });
      return result;
    });
  }

  /** The cluster-wide settings a customer may change, with their current values. */
  clusterConfigs(cluster: Cluster): Promise<ClusterConfigEntry[]> {
    return this.with(cluster, async (admin) => (await this.readClusterConfigs(admin)).filter((e) => isCustomerClusterConfig(e.name)));
  }

  clusterConfig(cluster: Cluster, name: string): Promise<ClusterConfigEntry> {
    return this.with(cluster, async (admin) => {
      const entry = isCustomerClusterConfig(name) ? (await this.readClusterConfigs(admin)).find((e) => e.name === name) : undefined;
      if (!entry) throw unknownConfig(name, `cluster ${cluster.id}`);
      return entry;
    });
  }

  /** Each value sets the cluster-wide setting, null removes it; refused as a whole when one name is not allowed. */
  alterClusterConfigs(cluster: Cluster, changes: Record<string, string | null>, validateOnly = false): Promise<void> {
    assertClusterConfigsChangeable(cluster.kind, Object.keys(changes));
    return this.with(cluster, async (admin) => {
      const brokerId = await this.anyBroker(admin);
      await admin.alterClusterConfigs(brokerId, changes, { validateOnly });
    });
  }

  /** As the broker reports them, read-only where the customer may not change them. */
  private async readClusterConfigs(admin: KafkaAdmin): Promise<ClusterConfigEntry[]> {
    const entries = await admin.describeClusterConfigs(await this.anyBroker(admin));
    return entries.map((e) => (isChangeableClusterConfig(e.name) ? e : { ...e, isReadOnly: true }));
  }

  private async anyBroker(admin: KafkaAdmin): Promise<number> {
    const { brokers } = await admin.describeBrokers();
    const first = brokers[0];
    if (!first) throw new AppError('unavailable', 'No broker of this cluster is answering', { kafkaErrorCode: 50302 });
    return first.id;
  }

  private with<T>(cluster: Cluster, fn: (admin: KafkaAdmin) => Promise<T>): Promise<T> {
    return withReadyCluster(this.adminClient, cluster, fn);
  }
}
