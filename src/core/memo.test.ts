import { describe, expect, it } from 'vitest';
import { memoBy } from './memo.js';

describe('memoBy', () => {
  it('reads each key once, undefined and null values included, and keys apart', () => {
    const calls: string[] = [];
    const read = memoBy((prefix: string, key: { name: string; v?: number | null }) => {
      calls.push(key.name);
      return key.v === undefined ? undefined : key.v === null ? null : `${prefix}${key.v}`;
    });
    const a = { name: 'a', v: 1 };
    const b = { name: 'b' };
    const c = { name: 'c', v: null };
    expect([read('x', a), read('x', a)]).toEqual(['x1', 'x1']);
    expect([read('x', b), read('x', b)]).toEqual([undefined, undefined]);
    expect([read('x', c), read('x', c)]).toEqual([null, null]);
    expect(read('x', { name: 'a2', v: 1 })).toBe('x1');
    expect(calls).toEqual(['a', 'b', 'c', 'a2']);
  });
});
