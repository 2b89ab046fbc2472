/**
 * Fuzzed narratives through extraction (issue 15: 2,000 narratives, every evidence span in bounds;
 * re-measured here on every run). Extraction never throws except to refuse binary or oversized input;
 * every span anywhere in the result lies inside the text and quotes it exactly; the case it builds is
 * valid and can be assessed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessCase } from '../../src/assess/assess.js';
import { validateCase } from '../../src/case/validate.js';
import { InputError } from '../../src/core/issues.js';
import { extractCase } from '../../src/extract/extract.js';
import { narrative } from './arbitraries.js';
import { FUZZ_TIMEOUT, fuzz, nonFinitePaths, spansIn } from './config.js';

describe('fuzzed narratives: extract → validate → assess', () => {
  it(
    'every span is inside the text and quotes it; the case is valid and assessable',
    { timeout: FUZZ_TIMEOUT },
    () => {
      let spans = 0;
      fc.assert(
        fc.property(narrative, (text) => {
          let r: ReturnType<typeof extractCase>;
          try {
            r = extractCase(text);
          } catch (e) {
            // Binary content is refused as bad input, never a crash.
            expect(e).toBeInstanceOf(InputError);
            return;
          }
          for (const s of spansIn(r)) {
            expect(s.start).toBeGreaterThanOrEqual(0);
            expect(s.end).toBeGreaterThanOrEqual(s.start);
            expect(s.end).toBeLessThanOrEqual(text.length);
            if (typeof s.text === 'string') expect(text.slice(s.start, s.end)).toBe(s.text);
            spans++;
          }
          expect(validateCase(JSON.parse(JSON.stringify(r.case))).case).toBeDefined();
          expect(nonFinitePaths(assessCase(r.case, { asOf: '2026-01-15' }))).toEqual([]);
        }),
        fuzz(120),
      );
      expect(spans).toBeGreaterThan(200);
    },
  );
});
