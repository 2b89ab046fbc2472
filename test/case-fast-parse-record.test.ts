/**
 * The fast parser's records: a record whose own keys are all enumerable strings is read from its `Object.keys`
 * (no per-key check); any other (a symbol key, a non-enumerable key, an own `__proto__`) takes the per-key path and
 * is refused, leaving zod to answer. Each case is compared with zod's parser.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compileFastParser } from '../src/case/fast-parse.js';

const schema = z.strictObject({ r: z.record(z.string(), z.union([z.string(), z.number()])) });
const fast = compileFastParser(schema);

describe('fast parser: records', () => {
  it('reads a plain record in its keys’ order, with zod’s output', () => {
    const doc = { r: { b: 'x', a: 2, 10: 'ten', c: 'y' } };
    const out = fast(doc, []);
    expect(JSON.stringify(out)).toBe(JSON.stringify(schema.parse(doc)));
    expect(fast({ r: {} }, [])).toEqual({ r: {} });
  });

  it('refuses what it cannot be sure of: a symbol, a non-enumerable key, an own __proto__, a bad value', () => {
    const withSymbol = { a: 'x', [Symbol('s')]: 'y' };
    const hidden = Object.defineProperty({ a: 'x' }, 'h', { value: 'y', enumerable: false });
    const proto = JSON.parse('{"__proto__": "x", "a": "y"}') as object;
    for (const r of [withSymbol, hidden, proto, { a: true }, { a: undefined }, []])
      expect(fast({ r }, []), String(Object.keys(r))).toBeUndefined();
  });

  it('ignores an inherited key, as before (an own key shadowing nothing)', () => {
    const r = Object.assign(Object.create({ inherited: 'x' }) as object, { a: 'y' });
    expect(fast({ r }, [])).toEqual({ r: { a: 'y' } });
  });
});
