/**
 * Onset wordings of session 51, found by probe sentences of my own: "before" standing alone ahead of "and", a visit
 * counted from "the first symptoms", and a story dated by months without a year whose visit stands a few sentences
 * on or just before. Each beside the control that must keep its reading.
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

describe('months without a year, the visit a few sentences away', () => {
  it('counts to a visit up to three sentences after the first symptom', () => {
    expect(
      onsetAfterHeading(
        'A 70-year-old man noticed a rash on his eyelids in January. In February his thighs grew weak. He was admitted in April.',
      ),
    ).toBe(3);
  });

  it('counts to a visit in the sentence before when the onset is told in the pluperfect', () => {
    expect(
      onsetAfterHeading('A 70-year-old man was admitted in late May. His weakness had started in February.'),
    ).toBe(3);
  });

  it('leaves a visit before an onset told in the simple past, and a story crossing a year (controls)', () => {
    expect(
      onsetAfterHeading('A 70-year-old man was seen in January. In March he developed weak thighs.'),
    ).toBeUndefined();
    expect(
      onsetAfterHeading(
        'A 70-year-old man developed a rash in January. He was given topical steroids. In 2019 he was admitted in April.',
      ),
    ).toBeUndefined();
  });
});

describe('low chairs in the plural name the weakness', () => {
  it('reads "over the last six weeks she has struggled to rise from low chairs"', () => {
    expect(
      onsetAfterHeading(
        'A 72-year-old woman was referred. Over the last six weeks she has struggled to rise from low chairs.',
      ),
    ).toBeCloseTo((6 * 7) / 30.4375, 6);
  });
  it('control: a treatment over the same weeks is no onset', () => {
    expect(
      onsetAfterHeading(
        'A 72-year-old woman was referred. Over the last six weeks she has been taking prednisolone.',
      ),
    ).toBeUndefined();
  });
});

describe('the face told red or swollen', () => {
  it('reads "her face became red and swollen" and "her eyelids had been puffy" as the rash’s start', () => {
    expect(
      onsetAfterHeading(
        'A 72-year-old woman was referred. About four months ago her face became red and swollen.',
      ),
    ).toBe(4);
    expect(
      onsetAfterHeading('A 72-year-old woman was referred. Her eyelids had been puffy for two months.'),
    ).toBe(2);
  });
  it('control: a red, swollen knee is a joint’s, not the rash', () => {
    expect(
      onsetAfterHeading(
        'A 72-year-old woman was referred. Her knee had been red and swollen for two months.',
      ),
    ).toBeUndefined();
  });
});

describe('an age at the first symptom, the symptom a limb in pain', () => {
  it('reads "leg pain since the age of 45" as the onset nine years before the visit of a 54-year-old', () => {
    expect(onsetAfterHeading('A 54-year-old man had had leg pain since the age of 45.')).toBeCloseTo(108, 0);
  });
  it('control: a knee’s pain since an age is a joint’s, no onset', () => {
    expect(onsetAfterHeading('A 54-year-old man had had knee pain since the age of 45.')).toBeUndefined();
  });
});
