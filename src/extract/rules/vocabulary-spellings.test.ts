/**
 * Spellings normalised before reading: British -oea and -ise words become their American forms, while words of
 * manner in -wise are kept as written. Each with a sentence that reads the normalised word.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { normalizeWord } from '../normalize.js';
import { readAfterAdmission, readClinicNote } from './__fixtures__/helpers.js';

describe('British spellings of -oea words', () => {
  it.each([
    ['dyspnoea', 'dyspnea'],
    ['dyspnoeic', 'dyspneic'],
    ['diarrhoea', 'diarrhea'],
    ['gynaecological', 'gynecological'],
    ['anaesthesia', 'anesthesia'],
    ['shoe', 'shoe'],
  ])('%s → %s', (word, norm) => {
    expect(normalizeWord(word)).toBe(norm);
  });

  it('a UK "dyspnoea" dates the onset like "dyspnea"', () => {
    for (const w of ['dyspnoea', 'dyspnea'])
      expect(readClinicNote(`She reports a one-month history of ${w} when walking uphill.`).dates).toEqual({
        symptomOnset: { relativeTo: 'presentation', offset: -1, unit: 'month' },
      });
  });
});

describe('words of manner in -wise (session 40)', () => {
  it('keeps "likewise", "stepwise" and "clockwise" as written while British -ise verbs become -ize', () => {
    expect(['likewise', 'stepwise', 'clockwise', 'organised'].map(normalizeWord)).toEqual([
      'likewise',
      'stepwise',
      'clockwise',
      'organized',
    ]);
  });
  it('reads "likewise raised (V)" as a lab reading after the word is kept as written', () => {
    const labs = readAfterAdmission('CK was 4100 U/L, and aldolase was likewise raised (19 U/L).').labs ?? [];
    expect(labs).toEqual(
      expect.arrayContaining([expect.objectContaining({ analyte: 'aldolase', value: 19 })]),
    );
  });
});
