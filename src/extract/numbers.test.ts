import { describe, expect, it } from 'vitest';
import { readCount } from './numbers.js';

describe('counts written in narratives', () => {
  it.each([
    ['12', 12, false],
    ['six', 6, false],
    ['Two', 2, false],
    ['a', 1, false],
    ['a few', 3, true],
    ['several', 3, true],
    ['a couple of', 2, true],
  ])('%s → %i (approximate %s)', (text, value, approximate) => {
    expect(readCount(text)).toEqual({ value, approximate });
  });
  it('a caller may read a vague count differently; non-counts are undefined', () => {
    expect(readCount('several', { several: 5 })).toEqual({ value: 5, approximate: true });
    expect(readCount('many')).toBeUndefined();
  });
});
