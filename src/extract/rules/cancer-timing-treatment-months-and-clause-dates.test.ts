/**
 * Two cancer intervals read as an order alone until session 49 (found by probing wordings of time, not from a corpus
 * text): a time counted from the start of the myositis's treatment ("After six months of treatment, a gastric cancer
 * was diagnosed"), and a sentence whose first clause dates a sign of the myositis and whose second clause dates the
 * cancer after naming it ("Her rash began in March 2019, and an ovarian cancer was diagnosed in July 2019"). Each
 * with the controls that must keep their reading. Sentences are the project's own.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { cancerTimesAfterWeakThighs as timingOf } from './__fixtures__/timing.js';

describe('"after N months of treatment": counted from the treatment of the myositis', () => {
  it('reads the interval after the treatment of the myositis', () => {
    expect(timingOf('After six months of treatment, a gastric cancer was diagnosed.')).toEqual([
      ['stomach', 6],
    ]);
    expect(
      timingOf('After 6 months of prednisolone therapy, she was diagnosed with gastric cancer.'),
    ).toEqual([['stomach', 6]]);
    expect(timingOf('After 3 months of treatment for dermatomyositis, an ovarian cancer was found.')).toEqual(
      [['ovary', 3]],
    );
  });
  it("leaves the cancer's own treatment alone", () => {
    expect(timingOf('After 6 months of chemotherapy, a second lung cancer was diagnosed.')).toEqual([
      ['lung', 'after'],
    ]);
    expect(timingOf('After 2 years of treatment for breast cancer, she developed a rash.')).toEqual([
      ['breast', 'before'],
    ]);
  });
});

describe('a dated sign, then the cancer dated in its own clause', () => {
  it('reads the interval between the two dates', () => {
    expect(
      timingOf('Her rash began in March 2019, and an ovarian cancer was diagnosed in July 2019.'),
    ).toEqual([['ovary', 4]]);
    expect(
      timingOf('Weakness began in May 2018, but a lung cancer was only diagnosed in January 2019.'),
    ).toEqual([['lung', 8]]);
  });
  it('keeps the order alone for a relapse of a known cancer', () => {
    expect(
      timingOf(
        'Her rash began in March 2019, and a relapse of her breast cancer was diagnosed in July 2019.',
      ),
    ).toEqual([['breast', 'before']]);
  });
});
