import { describe, expect, it } from 'vitest';
import { KafkaAdminError } from './kafka-admin-error';
import { planDrain, planSpread } from './reassignment-plan';
import type { PartitionMove, PartitionReplicas } from './types';

/** Round-robin layout like Kafka's own placement: partition p on brokers p, p+1, ... (mod n). */
function layout(topic: string, partitions: number, rf: number, brokers: number[]): PartitionReplicas[] {
  return Array.from({ length: partitions }, (_, p) => ({
    topic,
    partition: p,
    replicas: Array.from({ length: rf }, (_, r) => brokers[(p + r) % brokers.length]!),
  }));
}

function apply(partitions: PartitionReplicas[], moves: PartitionMove[]): PartitionReplicas[] {
  const moved = new Map(moves.map((m) => [`${m.topic}/${m.partition}`, m.to]));
  return partitions.map((p) => ({ ...p, replicas: moved.get(`${p.topic}/${p.partition}`) ?? p.replicas }));
}

function replicaCounts(partitions: PartitionReplicas[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const p of partitions) for (const b of p.replicas) counts.set(b, (counts.get(b) ?? 0) + 1);
  return counts;
}

function leaderCounts(partitions: PartitionReplicas[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const p of partitions) counts.set(p.replicas[0]!, (counts.get(p.replicas[0]!) ?? 0) + 1);
  return counts;
}

function spread(counts: Map<number, number>, brokers: number[]): number {
  const values = brokers.map((b) => counts.get(b) ?? 0);
  return Math.max(...values) - Math.min(...values);
}

function expectWellFormed(partitions: PartitionReplicas[], rf: number, allowed: number[]): void {
  for (const p of partitions) {
    expect(p.replicas).toHaveLength(rf);
    expect(new Set(p.replicas).size).toBe(rf); // no broker twice in one partition
    for (const b of p.replicas) expect(allowed).toContain(b);
  }
}

describe('planDrain', () => {
  it('moves only replicas on drained brokers, keeps RF and balances the remaining brokers', () => {
    const before = [...layout('orders', 12, 3, [1, 2, 3, 4, 5, 6]), ...layout('__consumer_offsets', 6, 3, [1, 2, 3, 4, 5, 6])];
    const moves = planDrain(before, [5, 6], [1, 2, 3, 4]);
    const after = apply(before, moves);

    expectWellFormed(after, 3, [1, 2, 3, 4]);
    expect(spread(replicaCounts(after), [1, 2, 3, 4])).toBeLessThanOrEqual(1);
    for (const move of moves) {
      const kept = move.from.filter((b) => b !== 5 && b !== 6);
      expect(move.to.filter((b) => kept.includes(b))).toEqual(kept); // untouched replicas stay in place
    }
    const untouched = before.filter((p) => !p.replicas.some((b) => b === 5 || b === 6));
    expect(moves).toHaveLength(before.length - untouched.length);
  });

  it('returns no moves when nothing lives on the drained brokers', () => {
    expect(planDrain(layout('t', 6, 2, [1, 2, 3]), [4], [1, 2, 3])).toEqual([]);
  });

  it('refuses a drain that would leave fewer brokers than the replication factor', () => {
    const run = () => planDrain(layout('t', 3, 3, [1, 2, 3]), [3], [1, 2]);
    expect(run).toThrow(KafkaAdminError);
    expect(run).toThrow(/Replication factor 3/);
    try {
      run();
    } catch (error) {
      expect((error as KafkaAdminError).kind).toBe('INVALID_REPLICATION_FACTOR');
    }
  });

  it('ignores a drained broker mistakenly listed as remaining', () => {
    const after = apply(layout('t', 4, 2, [1, 2, 3]), planDrain(layout('t', 4, 2, [1, 2, 3]), [3], [1, 2, 3]));
    expectWellFormed(after, 2, [1, 2]);
  });
});

describe('planSpread', () => {
  it('spreads replicas and preferred leaders evenly onto new brokers, keeping RF', () => {
    const before = [...layout('orders', 12, 3, [1, 2, 3]), ...layout('payments', 5, 2, [1, 2, 3])];
    const brokers = [1, 2, 3, 4, 5, 6];
    const after = apply(before, planSpread(before, brokers));

    for (const topic of ['orders', 'payments']) {
      const rf = topic === 'orders' ? 3 : 2;
      expectWellFormed(after.filter((p) => p.topic === topic), rf, brokers);
    }
    for (const topic of ['orders', 'payments']) {
      const ofTopic = after.filter((p) => p.topic === topic);
      expect(spread(replicaCounts(ofTopic), brokers)).toBeLessThanOrEqual(1);
      expect(spread(leaderCounts(ofTopic), brokers)).toBeLessThanOrEqual(1);
    }
    expect(spread(replicaCounts(after), brokers)).toBeLessThanOrEqual(1);
  });

  it('keeps its invariants on random layouts (drain then re-spread, as in a resize)', () => {
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    for (let round = 0; round < 25; round++) {
      const brokers = Array.from({ length: 4 + random(5) }, (_, i) => i + 1);
      const before = Array.from({ length: 1 + random(4) }, (_, t) => {
        const rf = 1 + random(3);
        const shuffled = [...brokers].sort(() => random(3) - 1);
        return layout(`t${t}`, 1 + random(20), rf, shuffled);
      }).flat();
      const drain = brokers.slice(-1);
      const remaining = brokers.slice(0, -1);
      const drained = apply(before, planDrain(before, drain, remaining));
      for (const p of drained) {
        expect(p.replicas).toHaveLength(before.find((b) => b.topic === p.topic)!.replicas.length);
        expect(new Set(p.replicas).size).toBe(p.replicas.length);
        expect(p.replicas).not.toContain(drain[0]);
      }
      const respread = apply(drained, planSpread(drained, brokers));
      for (const topic of new Set(respread.map((p) => p.topic))) {
        const ofTopic = respread.filter((p) => p.topic === topic);
        expect(spread(replicaCounts(ofTopic), brokers)).toBeLessThanOrEqual(1);
        expect(ofTopic.every((p) => new Set(p.replicas).size === p.replicas.length)).toBe(true);
      }
    }
  });

  it('is a no-op on a balanced cluster and idempotent after one application', () => {
    const balanced = layout('t', 6, 3, [1, 2, 3]);
    expect(planSpread(balanced, [1, 2, 3])).toEqual([]);

    const grown = apply(balanced, planSpread(balanced, [1, 2, 3, 4]));
    expect(planSpread(grown, [1, 2, 3, 4])).toEqual([]);
  });

  it('also evacuates brokers that are not in the target list', () => {
    const before = layout('t', 8, 2, [1, 2, 3, 9]);
    const after = apply(before, planSpread(before, [1, 2, 3]));
    expectWellFormed(after, 2, [1, 2, 3]);
  });
});
