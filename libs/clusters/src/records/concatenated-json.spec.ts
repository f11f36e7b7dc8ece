import { describe, expect, it } from 'vitest';
import { concatenatedObjectsAsArray, splitConcatenatedObjects } from './concatenated-json';

describe('splitConcatenatedObjects', () => {
  it('splits objects written back to back or with whitespace, braces inside strings included', () => {
    expect(splitConcatenatedObjects('{"a":1}{"b":{"c":[1,2]}}\n {"s":"}{\\"x"}')).toEqual(['{"a":1}', '{"b":{"c":[1,2]}}', '{"s":"}{\\"x"}']);
  });

  it('is null for anything that is not a sequence of objects', () => {
    expect(splitConcatenatedObjects('[1,2]')).toBeNull();
    expect(splitConcatenatedObjects('{"a":1')).toBeNull();
    expect(splitConcatenatedObjects('{"a":1} 5')).toBeNull();
  });
});

describe('concatenatedObjectsAsArray', () => {
  it('turns two or more objects into an array and leaves one object (or bad JSON) alone', () => {
    expect(JSON.parse(concatenatedObjectsAsArray('{"a":1} {"a":2}'))).toEqual([{ a: 1 }, { a: 2 }]);
    expect(concatenatedObjectsAsArray('{"a":1}')).toBe('{"a":1}');
    expect(concatenatedObjectsAsArray('{"a":')).toBe('{"a":');
  });
});
