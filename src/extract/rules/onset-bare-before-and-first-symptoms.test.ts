/**
 * Onset wordings of session 51, found by probe sentences of my own: "before" standing alone ahead of "and", and a
 * visit counted from "the first symptoms". Each beside the control that must keep its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { onsetAfterHeading } from './__fixtures__/timing.js';

describe('"N months before" standing alone, then "and"', () => {
  it('dates the symptom back from the visit when the clause goes on with "and" or "but"', () => {
    expect(
      onsetAfterHeading(
        'She was seen for weak hips. Her eyelid rash had appeared five months before and was called eczema.',
      ),
    ).toBe(5);
    expect(
      onsetAfterHeading('She had noticed her thighs growing weak four months before but waited to be seen.'),
    ).toBe(4);
  });

  it('leaves "before and after" (a pair of prepositions) and "before" with an object unread (controls)', () => {
    expect(
      onsetAfterHeading(
        'She was seen for weak hips. Her CK was checked two weeks before and after the first infusion.',
      ),
    ).toBeUndefined();
    expect(
      onsetAfterHeading(
        'She was seen for weak hips. Her eyelid rash had appeared five months before the lymphoma was found.',
      ),
    ).toBeUndefined();
  });
});

describe('a visit counted from the first symptoms', () => {
  it('reads "consulted / visited … N months after the (her) first symptoms"', () => {
    expect(onsetAfterHeading('A 47-year-old man consulted three months after the first symptoms.')).toBe(3);
    expect(
      onsetAfterHeading('A 47-year-old man visited our clinic 6 weeks after his initial symptoms.'),
    ).toBeCloseTo((6 * 7) / 30.4375, 6);
  });

  it('leaves the first dose of a drug unread (control)', () => {
    expect(
      onsetAfterHeading(
        'A 47-year-old man with weak thighs was seen two weeks after his first dose of nivolumab.',
      ),
    ).toBeUndefined();
  });
});
