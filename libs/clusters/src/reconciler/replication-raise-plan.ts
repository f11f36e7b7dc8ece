import type { PartitionMove, PartitionReplicas } from '@tributary/kafka-admin';

/**
 * Pure planning for an in-place kind upgrade (Basic → Standard): every partition with fewer
 * replicas than the new kind's replication factor gets copies on the brokers it lacks, each on the
 * least loaded broker that does not hold it yet (ties to the lower id). Existing replicas keep their
 * place, so the leader does not move while the copies are made; the placement step evens leaders out.
 */
export function planReplicationRaise(partitions: readonly PartitionReplicas[], replicationFactor: number, brokers: readonly number[]): PartitionMove[] {
  const targets = [...new Set(brokers)].sort((a, b) => a - b);
  if (targets.length < replicationFactor) {
    throw new Error(`Replication factor ${replicationFactor} needs ${replicationFactor} brokers; the cluster has ${targets.length} [${targets.join(', ')}]`);
  }
  const load = new Map(targets.map((b) => [b, 0]));
  for (const p of partitions) for (const b of p.replicas) if (load.has(b)) load.set(b, (load.get(b) ?? 0) + 1);
  const moves: PartitionMove[] = [];
  const ordered = [...partitions].sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition);
  for (const p of ordered) {
    if (p.replicas.length >= replicationFactor) continue;
    const to = [...p.replicas];
    while (to.length < replicationFactor) {
      const next = targets.filter((b) => !to.includes(b)).sort((a, b) => (load.get(a) ?? 0) - (load.get(b) ?? 0) || a - b)[0];
      if (next === undefined) break;
      to.push(next);
      load.set(next, (load.get(next) ?? 0) + 1);
    }
    moves.push({ topic: p.topic, partition: p.partition, from: [...p.replicas], to });
  }
  return moves;
}
