/**
 * Two qualitative readings a probe of the project's own sentences found half read (session 50):
 * - a low complement with its fractions in brackets gives each fraction ("low complement (C3 and C4)": C4 was lost);
 * - an analyte set against a raised or low one by "but … was not" is normal ("ESR was raised but CRP was not");
 * - an interpretation right after "if" is a condition ("Her CK, if elevated, would support myositis").
 * @module
 */
import { describe, expect, it } from 'vitest';
import { labReadingsAfterProximalWeakness as readingsOf } from './__fixtures__/helpers.js';

describe("a low complement's fractions in brackets", () => {
  it('are each low', () => {
    expect(readingsOf('Low complement levels (C3 and C4).')).toEqual(['C3 low', 'C4 low']);
    expect(readingsOf('She had decreased complement (C3, C4).')).toEqual(['C3 low', 'C4 low']);
  });
  it('keep the earlier forms', () => {
    expect(readingsOf('Low C3 and C4.')).toEqual(['C3 low', 'C4 low']);
    expect(readingsOf('Complement levels (C3 and C4) were decreased.')).toEqual(['C3 low', 'C4 low']);
  });
});

describe('"but … was not" after a raised or low reading', () => {
  it('is a normal result', () => {
    expect(readingsOf('ESR was raised but CRP was not.')).toEqual(['ESR elevated', 'CRP normal']);
    expect(readingsOf('CK was elevated; LDH was not.')).toEqual(['CK elevated', 'LDH normal']);
    expect(readingsOf('CK was raised, but the LDH level was not.')).toEqual(['CK elevated', 'LDH normal']);
  });
  it('says nothing after a clause with no reading, or when a test was not done', () => {
    expect(readingsOf('CK was measured but LDH was not.')).toEqual([]);
    expect(readingsOf('CK was raised but LDH was not tested.')).toEqual(['CK elevated']);
    expect(readingsOf('CK was normal but LDH was not.')).toEqual(['CK normal']);
  });
});

describe('an interpretation after "if"', () => {
  it('is a condition, not a result', () => {
    expect(readingsOf('Her CK, if elevated, would support myositis.')).toEqual([]);
  });
  it('leaves a result that carries an "if" of degree', () => {
    expect(readingsOf('CK was elevated, even if mildly.')).toEqual(['CK elevated']);
  });
});
