import { describe, expect, it } from 'vitest';
import { findExcessiveNesting, MAX_JSON_DEPTH } from './json.js';

const nest = (n: number, inner = '1') => '['.repeat(n) + inner + ']'.repeat(n);

describe('JSON nesting limit', () => {
  it('accepts up to the limit and refuses one level more, at the offending bracket', () => {
    expect(findExcessiveNesting(nest(MAX_JSON_DEPTH))).toBeUndefined();
    expect(findExcessiveNesting(nest(MAX_JSON_DEPTH + 1))).toEqual({
      offset: MAX_JSON_DEPTH,
      path: Array.from({ length: MAX_JSON_DEPTH }, () => 0),
    });
  });
  it('names the keys and indices leading there', () => {
    const text = `{"a": 1, "b\\"c": [true, {"d": ${nest(3)}}]}`;
    expect(findExcessiveNesting(text, 4)).toEqual({
      offset: text.indexOf('[[') + 1,
      path: ['b"c', 1, 'd', 0],
    });
  });
  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(findExcessiveNesting(`{"x": "${'['.repeat(500)}\\"${'{'.repeat(500)}"}`)).toBeUndefined();
    expect(findExcessiveNesting(`["\\\\", ${nest(3)}]`, 3)).toMatchObject({ path: [1, 0, 0] });
  });
  it('finds unclosed nesting in malformed text, and returns quickly on 100,000 brackets', () => {
    const r = findExcessiveNesting('{"notes": ' + '['.repeat(100_000));
    expect(r?.path.slice(0, 3)).toEqual(['notes', 0, 0]);
    expect(r?.path).toHaveLength(MAX_JSON_DEPTH);
  });
});
