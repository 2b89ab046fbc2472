/**
 * The document analysis' speed devices must read exactly as the plain forms they replace: the bracket-first search
 * of lower-case acronyms finds the same acronyms as the word-first pattern, on samples written to probe its edges
 * (a word boundary, the length of the word, white space, the closing character) and on every synthetic text of the
 * repository.
 */
import { describe, expect, it } from 'vitest';
import { BRACKETED_LOWER_ACRONYM_RE } from './document.js';
import { repositoryTexts } from '../../test/repository-texts.js';

/** The pattern as it was written, word first. */
const WORD_FIRST_RE = /\b[a-z]{3,}\s+\(([a-z][a-z0-9]{1,3})[),]/g;

const SAMPLES = [
  'creatine kinase (ck) was 4520 u/l and lactate dehydrogenase (ldh, 612 u/l)',
  'ck (ck) and ab (ab) and abc (ab) and Xabc (ab) and 9abc (ab) and _abc (ab) and éabc (ab)',
  'kinase\n\t (ck) kinase(ck) kinase (ck] kinase (c) kinase (ckmb1) kinase (ck2) kinase (2ck) kinase (Ck)',
  'kinase (ck (ldh) kinase (ck), kinase  (ck,) anti-ck (ck) (abc (de) ((fgh (ij)',
  'dehydrogenase (ldh)dehydrogenase (ldh) myositis (im)(ck) word\u00a0(nb) word\u2003(nb)',
];

/** Every match of a pattern: where it starts and what it captured. */
const found = (re: RegExp, text: string): string[] =>
  [...text.matchAll(re)].map((m) => `${m.index + m[0].length}:${m[1]}`);

describe('bracketed lower-case acronyms: bracket first', () => {
  it('finds the acronyms of the samples, not those after a word cut short or joined to a capital', () => {
    const got = SAMPLES.flatMap((s) => [...s.matchAll(BRACKETED_LOWER_ACRONYM_RE)].map((m) => m[1]));
    expect(got).toEqual(expect.arrayContaining(['ck', 'ldh', 'nb']));
    expect(found(BRACKETED_LOWER_ACRONYM_RE, 'ab (ab) Xabc (ab) 9abc (ab) _abc (ab)')).toEqual([]);
  });

  it('ends each match where the word-first pattern ends it, with the same acronym, on samples and synthetic texts', () => {
    const texts = [...SAMPLES, ...repositoryTexts()];
    let matched = 0;
    for (const text of texts) {
      const expected = found(WORD_FIRST_RE, text);
      matched += expected.length;
      expect(found(BRACKETED_LOWER_ACRONYM_RE, text), text.slice(0, 80)).toEqual(expected);
    }
    expect(matched).toBeGreaterThan(10);
  });
});
