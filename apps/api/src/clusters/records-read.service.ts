import { Injectable } from '@nestjs/common';
import { AdminCredentialVault, ClusterAdminClient, withReadyCluster } from '@tributary/clusters';
import type { Cluster } from '@tributary/db';
import { RecordReader, type RecordsPage, type RecordsReadStart } from '@tributary/kafka-admin';
import { AppError } from '@tributary/platform';

export interface ReadRecordsInput {
  /** One partition, or every partition of the topic. */
  partition?: number | undefined;
  start: RecordsReadStart;
  limit: number;
}

export interface ReadRecordsOutcome extends RecordsPage {
  partitionsCount: number;
}

/**
 * Reads a topic's records for the REST API and the console's message browser (a Tributary
 * extension: Confluent's kafka/v3 has no consume endpoint). With the cluster's admin credential,
 * as every other kafka/v3 read; no consumer group is joined, so nothing is committed or left behind.
 */
@Injectable()
export class RecordsReadService {
  constructor(
    private readonly adminClient: ClusterAdminClient,
    private readonly vault: AdminCredentialVault,
  ) {}

  read(cluster: Cluster, topic: string, input: ReadRecordsInput): Promise<ReadRecordsOutcome> {
    return withReadyCluster(this.adminClient, cluster, async (admin) => {
      // The topic and its partitions first: an unknown topic is a 404, a partition it lacks a 400.
      const described = await admin.describeTopic(topic);
      const all = described.partitions.map((p) => p.partition).sort((a, b) => a - b);
      if (input.partition !== undefined && !all.includes(input.partition)) {
        throw new AppError('bad_request', `Topic '${topic}' has no partition ${input.partition} (it has ${all.length}: 0 to ${all.length - 1}).`, { kafkaErrorCode: 400 });
      }
      const reader = new RecordReader({ bootstrap: cluster.bootstrapEndpoint!, ...this.vault.credentialFor(cluster) });
      try {
        const page = await reader.read({ topic, partitions: input.partition !== undefined ? [input.partition] : all, start: input.start, limit: input.limit });
        return { ...page, partitionsCount: all.length };
      } finally {
        await reader.close();
      }
    });
  }
}
