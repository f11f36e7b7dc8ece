import type { SchemaType } from '@tributary/db';
import { describe, expect, it } from 'vitest';
import { formatFor } from '../formats/formats';
import { CASES } from './compatibility-cases';
import { checkCompatibility } from './compatibility-check';

// Behaviours published for Confluent's registry (its docs' compatibility tables and its tests),
// the same kinds of change for each format, decided by each format's own rules.
describe.each(Object.keys(CASES) as SchemaType[])('%s compatibility', (type) => {
  const format = formatFor(type);
  it.each(CASES[type].map((c) => [c.name, c] as const))('%s', (_, c) => {
    const previous = c.previous.map((s, i) => ({ version: i + 1, schema: format.parse(s, []) }));
    const result = checkCompatibility(c.level, format.parse(c.candidate, []), previous);
    expect(result.compatible, result.messages.join('\n')).toBe(c.compatible);
    if (c.errorType) expect(result.messages[0]).toContain(`errorType:'${c.errorType}'`);
    else expect(result.messages).toEqual([]);
  });

  it('has dozens of cases, covering every compatibility level', () => {
    expect(CASES[type].length).toBeGreaterThanOrEqual(24);
    expect(new Set(CASES[type].map((c) => c.level))).toEqual(new Set(['NONE', 'BACKWARD', 'BACKWARD_TRANSITIVE', 'FORWARD', 'FORWARD_TRANSITIVE', 'FULL', 'FULL_TRANSITIVE']));
  });
});
