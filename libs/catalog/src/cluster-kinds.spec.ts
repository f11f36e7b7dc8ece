import { describe, expect, it } from 'vitest';
import { KIND_PROFILES, maxEckuProblem } from './cluster-kinds';

describe('max_ecku bounds', () => {
  it('takes 1 to 10 for Basic and Standard, at least 2 when MULTI_ZONE, and none for Dedicated', () => {
    expect(maxEckuProblem('Basic', 'SINGLE_ZONE', 1)).toBeNull();
    expect(maxEckuProblem('Standard', 'SINGLE_ZONE', 10)).toBeNull();
    expect(maxEckuProblem('Standard', 'SINGLE_ZONE', 11)).toBe('max_ecku must be a whole number from 1 to 10 for Standard clusters');
    expect(maxEckuProblem('Basic', 'SINGLE_ZONE', 1.5)).toMatch(/whole number/);
    expect(maxEckuProblem('Standard', 'MULTI_ZONE', 1)).toBe('A MULTI_ZONE (HIGH) Standard cluster needs max_ecku of at least 2');
    expect(maxEckuProblem('Standard', 'MULTI_ZONE', 2)).toBeNull();
    expect(maxEckuProblem('Dedicated', 'SINGLE_ZONE', 2)).toBe('max_ecku applies to Basic and Standard clusters, not Dedicated');
  });

  it('upgrades Basic to Standard only, never back', () => {
    expect(KIND_PROFILES.Basic.upgradesTo).toEqual(['Standard']);
    expect(KIND_PROFILES.Standard.upgradesTo).toEqual([]);
    expect(KIND_PROFILES.Dedicated.upgradesTo).toEqual([]);
  });
});
