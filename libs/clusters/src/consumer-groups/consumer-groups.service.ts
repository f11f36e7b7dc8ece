import { Injectable } from '@nestjs/common';
import type { Cluster } from '@tributary/db';
import type {
  ConsumerGroupDescription,
  ConsumerGroupMember,
  ConsumerGroupSummary,
  KafkaAdmin,
  OffsetChange,
  OffsetResetRequest,
  PartitionLag,
} from '@tributary/kafka-admin';
import { AppError } from '@tributary/platform';
import { ClusterAdminClient } from '../keys/cluster-admin-client';
import { withReadyCluster } from '../topics/ready-cluster';

export interface LagSummary {
  maxLag: PartitionLag | null;
  totalLag: bigint;
}

/** The largest lag (first one on a tie, in topic/partition order) and the sum over every partition. */
export function summarizeLags(lags: readonly PartitionLag[]): LagSummary {
  let maxLag: PartitionLag | null = null;
  let totalLag = 0n;
  for (const lag of lags) {
    totalLag += lag.lag;
    if (!maxLag || lag.lag > maxLag.lag) maxLag = lag;
  }
  return { maxLag, totalLag };
}

/** Consumer groups of one cluster: what they are, who is in them, how far behind they are, and moving their offsets. */
@Injectable()
export class ConsumerGroupsService {
  constructor(private readonly adminClient: ClusterAdminClient) {}

  list(cluster: Cluster): Promise<ConsumerGroupSummary[]> {
    return this.with(cluster, (admin) => admin.listConsumerGroups());
  }

  get(cluster: Cluster, groupId: string): Promise<ConsumerGroupDescription> {
    return this.with(cluster, (admin) => admin.describeConsumerGroup(groupId));
  }

  /** Full descriptions of every group (the list endpoint shows the same fields as a single GET). */
  describeAll(cluster: Cluster): Promise<ConsumerGroupDescription[]> {
    return this.with(cluster, (admin) => admin.describeConsumerGroups());
  }

  async consumer(cluster: Cluster, groupId: string, consumerId: string): Promise<{ group: ConsumerGroupDescription; member: ConsumerGroupMember }> {
    const group = await this.get(cluster, groupId);
    const member = group.members.find((m) => m.memberId === consumerId);
    if (!member) throw new AppError('not_found', `Consumer '${consumerId}' is not a member of consumer group '${groupId}'`, { kafkaErrorCode: 404 });
    return { group, member };
  }

  lags(cluster: Cluster, groupId: string): Promise<PartitionLag[]> {
    return this.with(cluster, (admin) => admin.consumerGroupLags(groupId));
  }

  async lag(cluster: Cluster, groupId: string, topic: string, partition: number): Promise<PartitionLag> {
    const found = (await this.lags(cluster, groupId)).find((l) => l.topic === topic && l.partition === partition);
    if (!found) throw new AppError('not_found', `Consumer group '${groupId}' has no committed offset for partition ${partition} of topic '${topic}'`, { kafkaErrorCode: 40403 });
    return found;
  }

  async lagSummary(cluster: Cluster, groupId: string): Promise<LagSummary> {
    return summarizeLags(await this.lags(cluster, groupId));
  }

  /** Refused (409) while the group has members; validateOnly reports the changes and writes nothing. */
  resetOffsets(cluster: Cluster, groupId: string, request: OffsetResetRequest): Promise<OffsetChange[]> {
    return this.with(cluster, (admin) => admin.resetConsumerGroupOffsets(groupId, request));
  }

  private with<T>(cluster: Cluster, fn: (admin: KafkaAdmin) => Promise<T>): Promise<T> {
    return withReadyCluster(this.adminClient, cluster, fn);
  }
}
