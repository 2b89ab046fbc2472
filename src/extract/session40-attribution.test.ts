import { describe, expect, it } from 'vitest';
import { extractCase } from './extract.js';

const read = (sentence: string) =>
  extractCase(`A 47-year-old man was admitted with weakness of the thighs.\n${sentence}\n`).case;

describe('a sentence that opens on another case (session 40)', () => {
  it('keeps the values and signs of a previous, similar or other case out of the patient’s case', () => {
    expect(read('In an earlier case, CK was 8100 U/L.').labs ?? []).toEqual([]);
    expect(
      read('Another woman seen in our department had Gottron papules.').findings?.some(
        (f) => f.id === 'gottron-papules',
      ),
    ).toBe(false);
    expect(read('In a similar case, anti-NXP2 antibodies were found.').antibodies ?? []).toEqual([]);
    expect(read('Our previous patient had an aldolase of 21 U/L.').labs ?? []).toEqual([]);
  });
  it('keeps the patient’s own facts when the sentence also names the report’s patient, or the word is not a case', () => {
    const mixed = read('In a previous case, CK was lower than in our patient, whose CK was 6400 U/L.');
    expect(mixed.labs).toEqual(
      expect.arrayContaining([expect.objectContaining({ analyte: 'CK', value: 6400 })]),
    );
    expect(read('A previous chest radiograph was clear. His CK was 6400 U/L.').labs).toEqual([
      expect.objectContaining({ analyte: 'CK', value: 6400 }),
    ]);
  });
});
