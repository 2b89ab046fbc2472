/**
 * Units as typeset or pasted text prints them (session 47, written from knowledge of PDF copies and lab tables): the
 * fraction slash and the division slash ("U⁄L", "U∕L") and the full-width solidus are read as "/", one character for
 * one (so the evidence spans keep their places), and a unit in square brackets after the value ("4500 [U/L]") is the
 * value's unit. With the controls that a range in square brackets stays the reference range, and a bracketed word
 * that is no unit gives none.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from '../extract.js';
import { labLines } from '../__fixtures__/read-case.js';

const CASE = 'Case presentation\n\nA 50-year-old woman had proximal weakness. ';

const labsOf = (text: string) => labLines(CASE + text);

describe('units as typeset text prints them', () => {
  it.each([
    ['CK 4500 U\u2215L.', 'CK=4500 U/L'],
    ['CK 4500 U\u2044L.', 'CK=4500 U/L'],
    ['CRP 45 mg\uff0fL.', 'CRP=45 mg/L'],
    ['CK: 4500 [U/L].', 'CK=4500 U/L'],
  ])('%s', (text, want) => {
    expect(labsOf(text)).toEqual([want]);
  });

  it('keeps the span of a value whose unit has a typeset slash where the text has it', () => {
    const text = 'CK 4500 U\u2215L.';
    const lab = extractCase(CASE + text).case.labs[0]!;
    const spans = (lab.evidence ?? []).flatMap((e) => e.spans ?? []);
    const span = spans.find((x) => x.text.includes('4500'));
    expect(span).toBeDefined();
    expect((CASE + text).slice(span!.start, span!.end)).toContain('4500');
  });

  it('reads a bracketed range as the range and a bracketed word as no unit (controls)', () => {
    expect(labsOf('CK 4,500 [30–200] U/L.')).toEqual(['CK=4500 U/L <200']);
    expect(labsOf('CK 4500 [repeat].')).toEqual(['CK=4500']);
  });
});
