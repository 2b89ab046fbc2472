/**
 * Readings fixed in session 29 (issue 12): constructions found in a seventh round of published case reports read
 * outside the corpus, each written again in the repository's own words, with the controls it must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from './extract.js';

const OPENING = 'A 58-year-old woman was admitted with proximal weakness of four months. ';
const labsOf = (text: string) =>
  extractCase(OPENING + text).case.labs.map(
    (l) => `${l.analyte} ${l.comparator ?? ''}${l.value ?? ''} ${l.unit ?? ''}`,
  );

describe('an analyte whose name ends in a digit, before a colon', () => {
  it('reads "FT4: 1.72 ng/dL", "C4: 9 mg/dL" and "Vitamin B12: 190 pg/mL" as values', () => {
    expect(labsOf('Thyroid tests: TSH: 3.1 mIU/L; FT4: 1.72 ng/dL.')).toContain('free T4 1.72 ng/dL');
    expect(labsOf('Complement C4: 9 mg/dL, at the lower limit.')).toContain('C4 9 mg/dL');
    expect(labsOf('Vitamin B12: 190 pg/mL.')).toContain('vitamin B12 190 pg/mL');
  });

  it('still reads "1:320" after an antibody as a titre, not a value', () => {
    const c = extractCase(OPENING + 'ANA 1:320 with a speckled pattern; CK 4100 U/L.').case;
    expect(c.labs.map((l) => l.analyte)).toEqual(['CK']);
    expect(c.antibodies.find((a) => a.target === 'ANA')?.result).toBe('positive');
  });
});
