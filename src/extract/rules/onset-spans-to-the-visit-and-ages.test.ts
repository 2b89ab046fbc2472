/**
 * Onset wordings of session 46, found on development texts re-told by other authors: a span "which preceded" the
 * visit or "leading up to her evaluation", and an age written "of N years" after a person with a bracketed aside.
 * Each beside the control that must keep its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { onsetAfterHeading } from './__fixtures__/timing.js';

describe('a span that ends at the visit', () => {
  it('reads "over the N months which (or that) preceded the visit"', () => {
    expect(onsetAfterHeading('He had weak thighs over the three months which preceded the visit.')).toBe(3);
    expect(
      onsetAfterHeading('She had a heliotrope rash over the two months that preceded her admission.'),
    ).toBe(2);
  });

  it('reads an evaluation, an examination or an assessment as the visit', () => {
    expect(
      onsetAfterHeading('A 9-year-old boy had weak hips over the three months leading up to his evaluation.'),
    ).toBe(3);
    expect(onsetAfterHeading('In the month before her assessment she noticed a heliotrope rash.')).toBe(1);
  });

  it('leaves a span that ends at another event unread (control)', () => {
    expect(
      onsetAfterHeading(
        'She had a heliotrope rash. Her weight fell over the two months which preceded the surgery.',
      ),
    ).toBeUndefined();
  });
});

describe('an age written "of N years" after the person', () => {
  it('is an age past a bracketed aside, so the duration of the complaint is the onset', () => {
    expect(
      onsetAfterHeading(
        'A multiparous woman (gravida 3, para 2) of 52 years was admitted because, for three months, she had had weak thighs.',
      ),
    ).toBe(3);
  });

  it('keeps a complaint "of N weeks" with an aside after it (control)', () => {
    expect(
      onsetAfterHeading('A woman with a rash of 3 weeks (first noticed on the hands) presented.'),
    ).toBeCloseTo(0.69, 2);
  });
});
