import { describe, expect, it } from 'vitest';
import { mapList, newList } from './lists.js';

describe('newList / mapList', () => {
  it('newList is an empty, ordinary, writable array', () => {
    const a = newList<string>();
    expect(Array.isArray(a)).toBe(true);
    expect(a).toHaveLength(0);
    expect(Object.keys(a)).toEqual([]);
    expect(JSON.stringify(a)).toBe('[]');
    a.push('x', 'y');
    expect(a).toEqual(['x', 'y']);
    expect(newList<string>()).toHaveLength(0);
  });

  it('mapList gives what .map gives, with the index, and skips no element', () => {
    const xs = [3, 1, 2];
    expect(mapList(xs, (x, i) => `${x}@${i}`)).toEqual(xs.map((x, i) => `${x}@${i}`));
    expect(mapList([], (x: number) => x)).toEqual([]);
    expect(mapList([undefined, null], (x) => x)).toEqual([undefined, null]);
  });
});
