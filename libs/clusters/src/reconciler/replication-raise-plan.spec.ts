import { describe, expect, it } from 'vitest';
import { planReplicationRaise } from './replication-raise-plan';

describe('planReplicationRaise', () => {
  it('adds the missing copies on the least loaded brokers, keeping the leader first', () => {
    const moves = planReplicationRaise(
      [
        { topic: 'orders', partition: 0, replicas: [1] },
        { topic: 'orders', partition: 1, replicas: [1] },
        { topic: '__consumer_offsets', partition: 0, replicas: [1] },
      ],
      3,
      [1, 2, 3],
    );
    expect(moves).toHaveLength(3);
    for (const m of moves) {
      expect(m.to[0]).toBe(1);
      expect([...m.to].sort()).toEqual([1, 2, 3]);
    }
  });

  it('spreads the second copy of RF-2 targets over the new brokers evenly', () => {
    const partitions = Array.from({ length: 4 }, (_, i) => ({ topic: 't', partition: i, replicas: [1] }));
    const moves = planReplicationRaise(partitions, 2, [1, 2, 3]);
    const seconds = moves.map((m) => m.to[1]);
    expect(seconds.filter((b) => b === 2)).toHaveLength(2);
    expect(seconds.filter((b) => b === 3)).toHaveLength(2);
  });

  it('leaves partitions that already have enough replicas alone, and refuses too few brokers', () => {
    expect(planReplicationRaise([{ topic: 't', partition: 0, replicas: [2, 1, 3] }], 3, [1, 2, 3])).toEqual([]);
    expect(() => planReplicationRaise([{ topic: 't', partition: 0, replicas: [1] }], 3, [1, 2])).toThrow(/needs 3 brokers/);
  });
});
