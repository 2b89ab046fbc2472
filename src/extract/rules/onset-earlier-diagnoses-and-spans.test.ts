/**
 * The onset of symptoms against other spans: a duration after something the patient has, a myositis diagnosed years
 * before this presentation, a dated onset beside a shorter duration of a later symptom, a span that is no symptom
 * of the myositis, and wordings of an onset that had been lost; with the speed gate of the earlier-diagnosis rule.
 * Each construction is written as a sentence of the project's own, beside the near control that must keep its
 * reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { repositoryTexts } from '../../../test/repository-texts.js';
import { DIAGNOSED_YEARS_AGO_GATE, DIAGNOSED_YEARS_AGO_RE } from '../extractors/timing.js';
import { onsetAfterHeading as onsetOf } from './__fixtures__/timing.js';

describe('a duration after something the patient has, before a verb of the presentation', () => {
  it('is that illness its own, not the onset', () => {
    expect(
      onsetOf(
        "A woman with Hashimoto thyroiditis for 12 years presented to us with weakness of 4 months' duration.",
      ),
    ).toBe(4);
    expect(
      onsetOf('She had chronic hepatitis B for 10 years and was admitted with a 3-month history of myalgia.'),
    ).toBe(3);
  });
  it('keeps a symptom before the verb, and an illness with no name', () => {
    expect(onsetOf('A woman with weakness for 3 months presented with dysphagia.')).toBe(3);
    expect(onsetOf('She had been unwell for 3 months and was admitted with weakness and a rash.')).toBe(3);
  });
});

describe('a myositis diagnosed years before this presentation', () => {
  it('makes the duration of a new complaint no onset', () => {
    expect(
      onsetOf(
        'She was diagnosed with dermatomyositis 5 years ago and had been in remission for 3 years. She now ' +
          "presented with recurrent weakness of two months' duration.",
      ),
    ).toBeUndefined();
    expect(
      onsetOf(
        'Polymyositis was diagnosed ten years earlier; she now presented with a 2-week flare of weakness.',
      ),
    ).toBeUndefined();
  });
  it("keeps the onset when the diagnosis is a relative's or this presentation's", () => {
    expect(
      onsetOf(
        "Her father was diagnosed with dermatomyositis 10 years ago. She presented with a rash of two months' duration.",
      ),
    ).toBe(2);
    expect(onsetOf('She had a 3-month history of weakness and was diagnosed with dermatomyositis.')).toBe(3);
  });
  it('has a gate implied by its pattern, on samples and the synthetic texts', () => {
    const samples = [
      'She was diagnosed with dermatomyositis 5 years ago.',
      'Polymyositis was diagnosed ten years earlier.',
      'DIAGNOSED WITH JUVENILE DERMATOMYOSITIS 3 YEARS PREVIOUSLY.',
    ];
    for (const t of samples) expect(DIAGNOSED_YEARS_AGO_RE.test(t), t).toBe(true);
    let checked = 0;
    for (const t of [...samples, ...repositoryTexts()]) {
      if (!DIAGNOSED_YEARS_AGO_RE.test(t)) continue;
      checked++;
      expect(DIAGNOSED_YEARS_AGO_GATE(t), t.slice(0, 80)).toBe(true);
    }
    expect(checked).toBeGreaterThanOrEqual(samples.length);
    expect(DIAGNOSED_YEARS_AGO_GATE('She was diagnosed with dermatomyositis.')).toBe(false);
  });
});

describe('a dated onset beside a shorter duration of a later symptom (left by session 35)', () => {
  /** Months, to the nearest whole month (the scoring's tolerance is wider). */
  const rounded = (text: string) => {
    const m = onsetOf(text);
    return m === undefined ? undefined : Math.round(m);
  };
  it('takes the dated first symptom when it leads to the dated visit', () => {
    expect(
      rounded(
        'In March 2019 she noticed a rash on her eyelids. She presented in July 2019 with a 1-month history of ' +
          'proximal weakness.',
      ),
    ).toBe(4);
    expect(
      rounded(
        'In 2015 he first noticed a rash on his chest. He was admitted in 2016 because of a 2-month history of ' +
          'muscle weakness.',
      ),
    ).toBe(12);
  });
  it('keeps the duration when it is longer, or the dated sign was an earlier episode', () => {
    expect(
      onsetOf(
        'In March 2019 she noticed a rash on her eyelids. She presented in April 2019 with a 1-month history of ' +
          'weakness.',
      ),
    ).toBe(1);
    expect(
      onsetOf(
        'In January 2015 she developed a rash that resolved with topical steroids. In March 2020 she was seen ' +
          'for a 2-month history of weakness and a recurrent rash.',
      ),
    ).toBe(2);
    expect(
      onsetOf(
        'She noticed weakness in 2017. In 2019 she was given rituximab. She presented in 2021 with a new rash ' +
          "of 3 months' duration.",
      ),
    ).toBe(3);
  });
  it("dates an onset by a sign of the myositis's own", () => {
    expect(
      rounded(
        "She developed Gottron's papules in February 2017. She was referred in October 2017 after two months of " +
          'progressive weakness.',
      ),
    ).toBe(8);
    expect(
      rounded(
        'In early March 2021, she noticed difficulty climbing stairs. She was admitted on 10 August 2021.',
      ),
    ).toBe(5);
  });
});

describe('a span that is no symptom of the myositis', () => {
  it('is no onset when a symptom is denied over it', () => {
    expect(
      onsetOf('She had no weakness for the past year; two months ago she developed a rash on her eyelids.'),
    ).toBe(2);
    expect(onsetOf('She has not been able to climb stairs for the past year.')).toBe(12);
  });
  it('is no onset when it is a course after a treatment began', () => {
    expect(onsetOf('Weakness persisted for 6 months after starting prednisone.')).toBeUndefined();
    expect(onsetOf('Weakness persisted for 6 months after a viral infection before she sought care.')).toBe(
      6,
    );
  });
  it('is the time of an infection or a delivery named right before it', () => {
    expect(
      onsetOf(
        'She had COVID-19 two months before admission and developed a rash two weeks before admission.',
      ),
    ).toBeCloseTo(0.46, 1);
    expect(
      onsetOf(
        'The weakness had started two months before, after an upper respiratory tract infection that lasted ten days.',
      ),
    ).toBe(2);
    expect(onsetOf('She gave birth 5 months ago and developed weakness 3 months ago.')).toBe(3);
    expect(onsetOf('She developed a rash 2 months ago, after an episode of influenza.')).toBe(2);
  });
});

describe('wordings of an onset that were lost', () => {
  it('reads a time opening the sentence past an apposition to its verb', () => {
    expect(
      onsetOf(
        'Five months before presentation, the patient, a 44-year-old teacher, noticed erythema of the upper eyelids.',
      ),
    ).toBe(5);
    expect(
      onsetOf('Four months before admission, the patient, a retired engineer, had a routine check-up.'),
    ).toBeUndefined();
  });
  it('reads "before N months" opening the sentence as "N months ago"', () => {
    expect(
      onsetOf('Before 6 months she started to have redness of eyelids and later difficulty in getting up.'),
    ).toBe(6);
    expect(onsetOf('Before 6 months of age she was healthy.')).toBeUndefined();
    expect(onsetOf('Before 3 months, her CK was normal.')).toBeUndefined();
  });
  it('reads a table row, a typed dash and a note\'s "hx" without "of"', () => {
    expect(onsetOf('Disease duration | 8 months')).toBe(8);
    expect(onsetOf('C/O: difficulty climbing stairs - 1 month.')).toBe(1);
    expect(onsetOf('CK - 3 months later normal.')).toBeUndefined();
    expect(onsetOf('Pt is a 50F with 2 mo hx proximal weakness.')).toBe(2);
  });
  it('reads falls told as "falling"', () => {
    expect(onsetOf('Her mother noticed that the child had been falling frequently for 2 months.')).toBe(2);
  });
});
