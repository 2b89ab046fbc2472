/**
 * The speed devices of sentence splitting, section detection and the dictionaries must read exactly as the plain
 * forms they replace. The sentence splitter jumps from one line break, '.', '!' or '?' to the next (a regular
 * expression's search): it must not read past the end of the range it splits, nor miss a boundary at its edges.
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

const spans = (text: string, from?: number, to?: number): string[] =>
  splitSentences(text, from, to).map((s) => text.slice(s.start, s.end));

describe('splitSentences: the jump to the next boundary character', () => {
  it('stops at the end of its range when the next boundary character lies beyond it', () => {
    const text = 'Proximal weakness of the arms and a rash of the face. Then more.';
    expect(spans(text, 0, 20)).toEqual(['Proximal weakness of']);
    expect(spans(text, 9, 30)).toEqual(['weakness of the arms']);
  });
  it('finds boundaries at the first and last characters of the range', () => {
    expect(spans('. She had a rash. CK was 4520 U/L!')).toEqual(['.', 'She had a rash.', 'CK was 4520 U/L!']);
    expect(spans('She had a rash.\nCK was 4520 U/L?', 0, 16)).toEqual(['She had a rash.']);
    expect(spans('Rash. Weakness? Fever! Dysphagia.\n\nILD')).toEqual([
      'Rash.',
      'Weakness?',
      'Fever!',
      'Dysphagia.',
      'ILD',
    ]);
  });
  it('reads a text without any boundary character as one sentence', () => {
    expect(spans('no boundary here at all')).toEqual(['no boundary here at all']);
    expect(spans('')).toEqual([]);
  });
});
