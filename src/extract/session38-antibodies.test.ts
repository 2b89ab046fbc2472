/**
 * Antibody and patient readings fixed in session 38: constructions that only the original wording of development
 * texts had been read in, found by re-telling them in other words. Each test is our own sentence showing the
 * construction, with a control beside it that must keep its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from './extract.js';

const patientOf = (text: string) => extractCase(text).case.patient;

describe('the patient introduced without a verb, or by a heading with an article', () => {
  it('reads the age and sex of a verbless opener under a background heading', () => {
    const p = patientOf('Background: 71 y/o man; retired plumber; lives alone.\n\nCase: Rash for 2 weeks.');
    expect(p.age).toBe(71);
    expect(p.sex).toBe('male');
  });
  it('keeps a general background sentence about an age group unread (control)', () => {
    const p = patientOf(
      'Background: 60-year-old women with this disease carry a higher cancer risk.\n\nCase: Rash.',
    );
    expect(p.age).toBeUndefined();
  });
  it('reads the case under a heading "The case"', () => {
    const p = patientOf(
      'Summary\n\nBackground\n\nMyositis is rare.\n\nThe case\n\nSix months before admission, a man, by then 48 years old, noticed weakness.',
    );
    expect(p.age).toBe(48);
  });
});

describe('smoking denied with "neither … nor"', () => {
  it('reads a never-smoker', () => {
    expect(
      patientOf('Our patient, a woman of 52, sought help for a rash. She neither drank nor smoked.').smoking,
    ).toBe('never');
    expect(
      patientOf('Our patient, a man of 52, sought help for a rash. He neither smokes nor drinks.').smoking,
    ).toBe('never');
  });
  it('leaves a relative’s habit out (control)', () => {
    expect(
      patientOf('Our patient, a man of 52, sought help for a rash. His brother neither smoked nor drank.')
        .smoking,
    ).toBeUndefined();
  });
});
