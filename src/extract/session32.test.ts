/**
 * Readings fixed in session 32 (issue 12): constructions found by probing the extractor with sentences of our own
 * and in a tenth round of published case reports read outside the corpus, each written again in the repository's
 * own words, with the controls it must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from './extract.js';

const patientOf = (text: string) => extractCase(text).case.patient;

describe('an age as a person noun’s complement', () => {
  it('reads "a female patient of 45 years" and "a woman of forty-five years"', () => {
    expect(patientOf('A female patient of 45 years presented with a heliotrope rash.').age).toBe(45);
    expect(patientOf('A woman of forty-five years presented with proximal weakness.').age).toBe(45);
  });

  it('reads no age from a duration or a group ("a patient of 3 years’ standing", "a cohort of 40 years")', () => {
    expect(patientOf('A patient of 3 years’ standing with dermatomyositis was seen.').age).toBeUndefined();
    expect(patientOf('Data from a registry of 20 years were reviewed.').age).toBeUndefined();
  });
});
