/**
 * The speed devices of sentence splitting, section detection and the dictionaries must read exactly as the plain
 * forms they replace. The sentence splitter jumps from one line break, '.', '!' or '?' to the next (a regular
 * expression's search): it must not read past the end of the range it splits, nor miss a boundary at its edges. A
 * heading's key returns a line of plain words at once: the same key as the replacements it skips, on samples and on
 * every line and colon-ended label of the repository's synthetic texts.
 */
import { describe, expect, it } from 'vitest';
import { headingKey } from './sections.js';
import { splitSentences } from './sentences.js';
import { repositoryTexts } from '../../test/repository-texts.js';

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

/** headingKey as it was written: every replacement on every line. */
function headingKeyPlain(line: string): string {
  let s = line.trim().toLowerCase();
  s = s.replace(/^(?:[0-9]{1,2}(?:\.[0-9]{1,2}){0,2}\.?|[ivx]{1,4}\.|[a-h]\))\s{0,3}/, '');
  s = s
    .replace(/[’']/g, "'")
    .replace(/[-–—_/&]/g, ' ')
    .replace(/[:.]\s*$/, '');
  s = s
    .replace(/\band\b/g, 'and')
    .replace(/\s+/g, ' ')
    .trim();
  return s;
}

describe('headingKey: plain words at once', () => {
  it('gives the key of the replacements on samples', () => {
    const samples = [
      'Case presentation',
      '  CASE REPORT:  ',
      'case  presentation',
      'Case\tpresentation',
      'i. introduction',
      'iv. Discussion',
      'a) case',
      'b',
      'and',
      'Outcome and follow-up',
      '3.1 Outcome and follow-up: ',
      "Patient's history",
      'Investigations.',
      'Résumé',
      'Ærodynamics',
      'history & examination',
      '',
      ' ',
    ];
    for (const line of samples) expect(headingKey(line), line).toBe(headingKeyPlain(line));
    expect(headingKey('  Case Presentation ')).toBe('case presentation');
  });
  it('gives the key of the replacements on every line and label of the synthetic texts', () => {
    let lines = 0;
    const differing: string[] = [];
    for (const text of repositoryTexts())
      for (const line of text.split('\n')) {
        const colon = line.indexOf(':');
        for (const candidate of colon > 0 ? [line, line.slice(0, colon)] : [line]) {
          if (candidate.length > 80) continue;
          lines++;
          if (headingKey(candidate) !== headingKeyPlain(candidate)) differing.push(candidate);
        }
      }
    expect(differing).toEqual([]);
    expect(lines).toBeGreaterThan(1000);
  });
});
