/**
 * Lab, antibody and patient readings fixed in session 38 (second round of re-told development texts): the general
 * construction behind each, written in new sentences, with the near controls that must keep their reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from './extract.js';

describe('patient: "a man of N" before any verb, and the verb "smoked" with its end', () => {
  const patientOf = (text: string) => extractCase(text).case.patient;

  it('reads the age after "a <noun> of" whatever verb follows, never a weight', () => {
    expect(patientOf('A lady of 72 attended our clinic with a facial rash.').age).toBe(72);
    expect(patientOf('A man of 54 came to the ward because of a rash.').age).toBe(54);
    // control: a weight
    expect(patientOf('A woman of 58 kg was weighed on the ward. She had a rash.').age).toBeUndefined();
  });

  it('reads a former smoker from "had smoked …, stopping / until / gave up"', () => {
    expect(
      patientOf(
        'A 66-year-old man was seen. He had smoked a pipe for decades, stopping when his angina began.',
      ).smoking,
    ).toBe('former');
    expect(patientOf('A 66-year-old man was seen. He smoked cigars until his retirement.').smoking).toBe(
      'former',
    );
  });

  it('leaves the verb alone unknown, and keeps a current smoker later in the sentence', () => {
    // controls
    expect(patientOf('A 66-year-old man was seen. He smoked cigars at weekends.').smoking).toBeUndefined();
    expect(
      patientOf('A 66-year-old man was seen. He had not smoked for a year, until the relapse.').smoking,
    ).toBeUndefined();
    expect(
      patientOf('A 66-year-old man was seen. He smoked heavily and is still a current smoker.').smoking,
    ).toBe('current');
  });
});
