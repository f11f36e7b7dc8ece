import { type Admin, alterPartitionReassignmentsV0, listPartitionReassignmentsV0 } from '@platformatic/kafka';
import { anyBrokerConnection } from './broker-connection';
import { mapKafkaErrors } from './error-mapping';
import { fetchTopicDescriptions, replicasOfAllPartitions } from './topic-metadata';
import type { PartitionMove, PartitionReplicas, ReassignmentInProgress } from './types';

const CONTROLLER_TIMEOUT_MS = 30_000;

/** Every partition of every topic, internal ones (__consumer_offsets…) included: they must move too. */
export async function currentReplicaAssignment(admin: Admin): Promise<PartitionReplicas[]> {
  return replicasOfAllPartitions(await mapKafkaErrors(() => fetchTopicDescriptions(admin, null)));
}

function groupByTopic(moves: readonly PartitionMove[]) {
  const topics = new Map<string, { partitionIndex: number; replicas: number[] }[]>();
  for (const move of moves) {
    const partitions = topics.get(move.topic) ?? [];
    partitions.push({ partitionIndex: move.partition, replicas: move.to });
    topics.set(move.topic, partitions);
  }
  return [...topics.entries()].map(([name, partitions]) => ({ name, partitions }));
}

/** Submits the moves in one AlterPartitionReassignments request; the controller runs them async. */
export async function submitReassignments(admin: Admin, moves: readonly PartitionMove[]): Promise<void> {
  if (moves.length === 0) return;
  await mapKafkaErrors(async () => {
    const connection = await anyBrokerConnection(admin);
    await alterPartitionReassignmentsV0.api.async(connection, CONTROLLER_TIMEOUT_MS, false, groupByTopic(moves));
  });
}

export async function listReassignmentsInProgress(admin: Admin): Promise<ReassignmentInProgress[]> {
  const response = await mapKafkaErrors(async () => {
    const connection = await anyBrokerConnection(admin);
    // A null topic list asks for every ongoing reassignment.
    return listPartitionReassignmentsV0.api.async(connection, CONTROLLER_TIMEOUT_MS, null as unknown as []);
  });
  return response.topics.flatMap((topic) =>
    topic.partitions.map((p) => ({
      topic: topic.name,
      partition: p.partitionIndex,
      replicas: p.replicas,
      addingReplicas: p.addingReplicas,
      removingReplicas: p.removingReplicas,
    })),
  );
}
