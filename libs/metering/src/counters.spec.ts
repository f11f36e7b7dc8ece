import { describe, expect, it } from 'vitest';
import { counterDelta, counterDeltas } from './counters';

const r = (value: bigint | null, incarnation: bigint | null = 1n) => ({ value, incarnation });

describe('counter deltas', () => {
  it('is the difference between consecutive readings of one broker run', () => {
    expect(counterDelta(r(100n), r(250n))).toBe(150n);
    expect(counterDelta(r(250n), r(250n))).toBe(0n);
  });

  it('counts everything since start for the first reading ever', () => {
    expect(counterDelta(undefined, r(42n))).toBe(42n);
  });

  it('treats a counter that went down as a restart: the new value is all usage since it', () => {
    expect(counterDelta(r(1_000n), r(30n))).toBe(30n);
  });

  it('detects a restart by a new process start even when the counter already passed the old value', () => {
    expect(counterDelta(r(100n, 1n), r(500n, 2n))).toBe(500n);
  });

  it('an unreadable broker contributes nothing, and the next reading continues from the last readable one', () => {
    expect(counterDeltas(r(100n), [r(150n), r(null), r(400n)])).toEqual([50n, 0n, 250n]);
  });

  it('across a restart during an outage, nothing is lost and nothing counted twice', () => {
    // 100 → 150 (50), down, restarted and counted 70 since → 70, then +30.
    const deltas = counterDeltas(r(100n, 1n), [r(150n, 1n), r(null, null), r(70n, 2n), r(100n, 2n)]);
    expect(deltas).toEqual([50n, 0n, 70n, 30n]);
    expect(deltas.reduce((a, b) => a + b, 0n)).toBe(150n);
  });

  it('the same readings give the same total however they are split into batches', () => {
    const readings = [r(10n), r(20n), r(5n, 2n), r(25n, 2n), r(40n, 2n)];
    const whole = counterDeltas(undefined, readings).reduce((a, b) => a + b, 0n);
    const first = counterDeltas(undefined, readings.slice(0, 2));
    const second = counterDeltas(readings[1], readings.slice(2));
    expect([...first, ...second].reduce((a, b) => a + b, 0n)).toBe(whole);
    expect(whole).toBe(20n + 40n);
  });
});
