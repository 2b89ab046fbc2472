/**
 * Readings fixed in session 29 (issue 12): constructions found in a seventh round of published case reports read
 * outside the corpus, each written again in the repository's own words, with the controls it must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { cancerMonthsFromMyositis, onsetMonthsBeforePresentation } from '../eval/score.js';
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

const timingOf = (text: string) => {
  const c = extractCase(text).case;
  return {
    onset: onsetMonthsBeforePresentation(c),
    cancers: c.cancers.map((k) => [k.site, cancerMonthsFromMyositis(c, k)]),
  };
};

describe('intervals written with the rewritings of eval:layouts (time-prior, time-subsequent)', () => {
  it('"the first rash, 3 months prior, …" dates the onset like "3 months earlier"', () => {
    const base = 'A 44-year-old man came to the clinic with weakness of the thighs. ';
    expect(timingOf(base + 'The first rash 3 months prior had been put down to sunburn.').onset).toBe(3);
    expect(timingOf(base + 'The first rash 3 months earlier had been put down to sunburn.').onset).toBe(3);
    // control: "prior to" a named event is read by its own rule, and a drug's start is no onset
    expect(timingOf(base + 'He had started atorvastatin 3 months prior to the visit.').onset).toBeUndefined();
  });

  it('"… until two years afterwards, when she returned with …" dates what was found then, like "later"', () => {
    const text = (w: string) =>
      `A 61-year-old woman was diagnosed with dermatomyositis. She did not attend again until two years ${w} when she returned with pelvic pain. Imaging showed an ovarian carcinoma.`;
    expect(timingOf(text('later')).cancers).toEqual([['ovary', 24]]);
    expect(timingOf(text('afterwards')).cancers).toEqual([['ovary', 24]]);
  });
});
