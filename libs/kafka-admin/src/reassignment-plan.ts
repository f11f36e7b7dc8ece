import { KafkaAdminError } from './kafka-admin-error';
import type { PartitionMove, PartitionReplicas } from './types';

/**
 * Pure planning of partition reassignments for resizing Dedicated clusters. Replication factor is
 * always kept; the first replica of each list is the preferred leader.
 *
 * - planDrain: only the replicas sitting on brokers being removed move, each to the least loaded
 *   remaining broker that does not already hold that partition (minimal data movement).
 * - planSpread: additionally, per topic, moves replicas from the most to the least loaded broker
 *   until the topic's replica counts differ by at most one, then reorders replica lists (no data
 *   movement) so the topic's preferred leaderships differ by at most one as well. Ties go to the
 *   broker with less load cluster-wide, which keeps the cluster totals close too.
 */

type Assignment = PartitionReplicas;

/** Replica and preferred-leader counts per broker, over some set of partitions. */
class BrokerLoad {
  readonly replicas = new Map<number, number>();
  readonly leaders = new Map<number, number>();

  constructor(brokers: readonly number[], assignments: readonly Assignment[]) {
    for (const broker of brokers) {
      this.replicas.set(broker, 0);
      this.leaders.set(broker, 0);
    }
    for (const { replicas } of assignments) {
      replicas.forEach((broker, position) => this.add(broker, position === 0, 1));
    }
  }

  add(broker: number, isLeader: boolean, delta: number): void {
    if (!this.replicas.has(broker)) return; // brokers outside the target set are not tracked
    this.replicas.set(broker, this.replicasOn(broker) + delta);
    if (isLeader) this.leaders.set(broker, this.leadersOn(broker) + delta);
  }

  replicasOn(broker: number): number {
    return this.replicas.get(broker) ?? 0;
  }

  leadersOn(broker: number): number {
    return this.leaders.get(broker) ?? 0;
  }
}

/**
 * Placement is decided per topic (so each topic's partitions spread over all brokers, as Kafka's
 * own placement does) with the cluster-wide load as tie-breaker (so small topics do not all pile
 * onto the lowest broker ids).
 */
class TopicPlacement {
  readonly topic: BrokerLoad;

  constructor(
    readonly targets: readonly number[],
    readonly assignments: Assignment[],
    readonly cluster: BrokerLoad,
  ) {
    this.topic = new BrokerLoad(targets, assignments);
  }

  /** Ascending "fullness": by topic then cluster counts (leaderships first when balancing leaders), then id. */
  private compare(a: number, b: number, byLeaders: boolean): number {
    const { topic: t, cluster: c } = this;
    const keys = byLeaders
      ? [t.leadersOn(a) - t.leadersOn(b), c.leadersOn(a) - c.leadersOn(b), t.replicasOn(a) - t.replicasOn(b)]
      : [t.replicasOn(a) - t.replicasOn(b), c.replicasOn(a) - c.replicasOn(b), c.leadersOn(a) - c.leadersOn(b)];
    return keys.find((difference) => difference !== 0) ?? a - b;
  }

  emptiest(candidates: readonly number[], byLeaders = false): number | undefined {
    return [...candidates].sort((a, b) => this.compare(a, b, byLeaders))[0];
  }

  fullest(candidates: readonly number[], byLeaders = false): number | undefined {
    return [...candidates].sort((a, b) => this.compare(b, a, byLeaders))[0];
  }

  replace(assignment: Assignment, position: number, replacement: number): void {
    const previous = assignment.replicas[position]!;
    for (const load of [this.topic, this.cluster]) {
      load.add(previous, position === 0, -1);
      load.add(replacement, position === 0, 1);
    }
    assignment.replicas[position] = replacement;
  }

  /** Replaces every replica on a broker outside the targets with the emptiest eligible target. */
  moveOntoTargets(): void {
    const targetSet = new Set(this.targets);
    for (const assignment of this.assignments) {
      assignment.replicas.forEach((broker, position) => {
        if (targetSet.has(broker)) return;
        const eligible = this.targets.filter((t) => !assignment.replicas.includes(t));
        const replacement = this.emptiest(eligible);
        if (replacement !== undefined) this.replace(assignment, position, replacement);
      });
    }
  }

  /**
   * The fullest/emptiest broker pair (counted by `countOn`) that differ by more than one and for
   * which `findPartition` finds a partition to change; pairs are tried fullest-first.
   */
  private nextImbalance(
    byLeaders: boolean,
    countOn: (broker: number) => number,
    findPartition: (most: number, least: number) => Assignment | undefined,
  ): { most: number; least: number; candidate: Assignment } | undefined {
    const descending = [...this.targets].sort((a, b) => this.compare(b, a, byLeaders));
    for (const most of descending) {
      for (const least of [...descending].reverse()) {
        if (countOn(most) - countOn(least) <= 1) break;
        const candidate = findPartition(most, least);
        if (candidate) return { most, least, candidate };
      }
    }
    return undefined;
  }

  /** Moves one replica at a time from a fuller to an emptier broker until the topic is balanced. */
  evenOutReplicas(): void {
    const findPartition = (most: number, least: number) =>
      this.assignments.find((a) => a.replicas.indexOf(most) > 0 && !a.replicas.includes(least)) ??
      this.assignments.find((a) => a.replicas[0] === most && !a.replicas.includes(least));
    for (let guard = 0; guard < 100_000; guard++) {
      const move = this.nextImbalance(false, (b) => this.topic.replicasOn(b), findPartition);
      if (!move) return;
      this.replace(move.candidate, move.candidate.replicas.indexOf(move.most), move.least);
    }
  }

  /** Swaps a preferred leader with one of its followers (a reorder: no data moves). */
  evenOutPreferredLeaders(): void {
    const findPartition = (most: number, least: number) =>
      this.assignments.find((a) => a.replicas[0] === most && a.replicas.includes(least));
    for (let guard = 0; guard < 100_000; guard++) {
      const swap = this.nextImbalance(true, (b) => this.topic.leadersOn(b), findPartition);
      if (!swap) return;
      const { most, least, candidate } = swap;
      candidate.replicas[candidate.replicas.indexOf(least)] = most;
      candidate.replicas[0] = least;
      for (const load of [this.topic, this.cluster]) {
        load.leaders.set(most, load.leadersOn(most) - 1);
        load.leaders.set(least, load.leadersOn(least) + 1);
      }
    }
  }
}

function byTopicThenPartition(a: Assignment, b: Assignment): number {
  return a.topic.localeCompare(b.topic) || a.partition - b.partition;
}

function validateTargets(assignments: readonly Assignment[], targets: readonly number[]): void {
  if (targets.length === 0) {
    throw new KafkaAdminError('INVALID_REPLICATION_FACTOR', 'No target brokers to place replicas on.');
  }
  const widest = assignments.reduce((max, a) => Math.max(max, a.replicas.length), 0);
  if (widest > targets.length) {
    throw new KafkaAdminError(
      'INVALID_REPLICATION_FACTOR',
      `Replication factor ${widest} is larger than the ${targets.length} target broker(s) [${targets.join(', ')}].`,
    );
  }
}

function placementsPerTopic(partitions: readonly PartitionReplicas[], targets: readonly number[]): TopicPlacement[] {
  const assignments = partitions
    .map((p) => ({ topic: p.topic, partition: p.partition, replicas: [...p.replicas] }))
    .sort(byTopicThenPartition);
  const cluster = new BrokerLoad(targets, assignments);
  const byTopic = new Map<string, Assignment[]>();
  for (const a of assignments) byTopic.set(a.topic, [...(byTopic.get(a.topic) ?? []), a]);
  return [...byTopic.values()].map((topicAssignments) => new TopicPlacement(targets, topicAssignments, cluster));
}

function changedPartitions(before: readonly PartitionReplicas[], after: readonly Assignment[]): PartitionMove[] {
  const original = new Map(before.map((p) => [`${p.topic}\u0000${p.partition}`, p.replicas]));
  const moves: PartitionMove[] = [];
  for (const a of after) {
    const from = original.get(`${a.topic}\u0000${a.partition}`) ?? [];
    if (from.length !== a.replicas.length || from.some((broker, i) => broker !== a.replicas[i])) {
      moves.push({ topic: a.topic, partition: a.partition, from: [...from], to: [...a.replicas] });
    }
  }
  return moves;
}

export function planDrain(
  partitions: readonly PartitionReplicas[],
  brokersToDrain: readonly number[],
  remainingBrokers: readonly number[],
): PartitionMove[] {
  const drained = new Set(brokersToDrain);
  const targets = [...new Set(remainingBrokers)].filter((b) => !drained.has(b)).sort((a, b) => a - b);
  validateTargets(partitions, targets);
  const placements = placementsPerTopic(partitions, targets);
  for (const placement of placements) placement.moveOntoTargets();
  return changedPartitions(partitions, placements.flatMap((p) => p.assignments));
}

export function planSpread(partitions: readonly PartitionReplicas[], allBrokers: readonly number[]): PartitionMove[] {
  const targets = [...new Set(allBrokers)].sort((a, b) => a - b);
  validateTargets(partitions, targets);
  const placements = placementsPerTopic(partitions, targets);
  for (const placement of placements) {
    placement.moveOntoTargets();
    placement.evenOutReplicas();
    placement.evenOutPreferredLeaders();
  }
  return changedPartitions(partitions, placements.flatMap((p) => p.assignments));
}
