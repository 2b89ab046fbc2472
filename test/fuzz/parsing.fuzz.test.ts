/**
 * Properties of the input guards: the nesting scan agrees with the parsed structure for any JSON text,
 * and the strict UTF-8 decoder agrees with the WHATWG decoder on any bytes and names the first bad byte.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../../src/case/validate.js';
import { InputError } from '../../src/core/issues.js';
import { findExcessiveNesting, MAX_JSON_DEPTH } from '../../src/core/json.js';
import { decodeUtf8Strict, firstInvalidUtf8 } from '../../src/core/utf8.js';
import { FUZZ_TIMEOUT, fuzz } from './config.js';

/** Nesting depth of a parsed value (recursive: the values here are at most a few hundred deep). */
function depthOf(v: unknown): number {
  if (Array.isArray(v)) return 1 + Math.max(0, ...v.map(depthOf));
  if (v !== null && typeof v === 'object') return 1 + Math.max(0, ...Object.values(v).map(depthOf));
  return 0;
}

/** A JSON value wrapped in `depth` arrays or objects, with strings full of brackets and escapes. */
const deepJson = fc
  .tuple(
    fc.jsonValue({ maxDepth: 3 }),
    fc.array(fc.constantFrom('array', 'object'), { maxLength: 90 }),
    fc.string({ unit: fc.constantFrom('[', ']', '{', '}', '"', '\\', 'a', ','), maxLength: 8 }),
  )
  .map(([inner, wraps, key]) =>
    wraps.reduce<unknown>((v, w) => (w === 'array' ? [v, key] : { [key]: v, k: key }), inner),
  );

describe('input guards (properties)', () => {
  it(
    'the nesting scan refuses exactly the JSON deeper than the limit, whatever the strings hold',
    { timeout: FUZZ_TIMEOUT },
    () => {
      fc.assert(
        fc.property(deepJson, fc.boolean(), (value, pretty) => {
          const text = JSON.stringify(value, null, pretty ? 2 : undefined);
          const tooDeep = depthOf(value) > MAX_JSON_DEPTH;
          expect(findExcessiveNesting(text) !== undefined).toBe(tooDeep);
          if (tooDeep) expect(() => parseJsonText(text)).toThrow(InputError);
          else expect(parseJsonText(text)).toEqual(JSON.parse(text));
        }),
        fuzz(300),
      );
    },
  );

  it('malformed JSON of any shape is an InputError, never a crash', { timeout: FUZZ_TIMEOUT }, () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('[', ']', '{', '}', '"', '\\', ':', ',', '1', 'a', ' '),
          maxLength: 400,
        }),
        (text) => {
          try {
            parseJsonText(text);
          } catch (e) {
            expect(e).toBeInstanceOf(InputError);
          }
        },
      ),
      fuzz(300),
    );
  });

  it(
    'strict UTF-8: valid exactly when the WHATWG decoder says so; the offset is the first bad byte',
    { timeout: FUZZ_TIMEOUT },
    () => {
      const byte = fc.oneof(
        fc.integer({ min: 0, max: 255 }),
        fc.constantFrom(0xc2, 0xe0, 0xed, 0xf0, 0xf4, 0x80, 0xbf, 0xa0, 0x9f, 0x90, 0x8f),
      );
      const fatal = new TextDecoder('utf-8', { fatal: true });
      fc.assert(
        fc.property(fc.array(byte, { maxLength: 24 }), (list) => {
          const bytes = new Uint8Array(list);
          let valid = true;
          try {
            fatal.decode(bytes);
          } catch {
            valid = false;
          }
          const at = firstInvalidUtf8(bytes);
          expect(at === -1).toBe(valid);
          if (valid) return;
          // Everything before the offset is valid; the lenient decoder's first replacement is right there.
          const prefix = fatal.decode(bytes.subarray(0, at));
          expect(new TextDecoder().decode(bytes).indexOf('\ufffd', prefix.length)).toBe(prefix.length);
          try {
            decodeUtf8Strict(bytes);
            expect.unreachable();
          } catch (e) {
            expect((e as InputError).issues[0]!.message).toContain(`invalid UTF-8 at byte ${at} `);
          }
        }),
        fuzz(1000),
      );
    },
  );
});
