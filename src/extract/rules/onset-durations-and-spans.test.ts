/**
 * Durations and spans that are or are not the onset: the span of another state, habit, drug or illness, a spell of
 * health, counts and halves written other ways, durations in two units, dates with slashes, a transplant, and a
 * sign's time beside a cancer. Each with the control it must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { onsetMonthsBeforePresentation } from '../../eval/score.js';
import { extractCase } from '../extract.js';
import { readCount } from '../numbers.js';
import { CASE_HEADING } from './__fixtures__/helpers.js';
import {
  cancerTimesAfterWeakThighs as cancerTimesOf,
  onsetAfterClinicTitle,
  onsetAfterHeading,
  onsetAfterWeakThighs,
  timingOfText as timingOf,
} from './__fixtures__/timing.js';

describe('a region or a duration that belongs to something else', () => {
  const findings = (text: string) => extractCase(text).case.findings.map((f) => `${f.id}=${f.status}`);

  it('"distal" of another sign is no distal weakness', () => {
    const base = 'A 47-year-old man was seen with ';
    expect(findings(base + 'distal swelling and proximal muscle weakness.')).not.toContain(
      'distal-weakness=present',
    );
    expect(findings(base + 'oedema of the distal parts of both legs and proximal weakness.')).not.toContain(
      'distal-weakness=present',
    );
    // controls: a weakness both distal and proximal
    expect(findings(base + 'distal and proximal muscle weakness.')).toContain('distal-weakness=present');
    expect(findings(base + 'weakness of the distal and proximal muscles.')).toContain(
      'distal-weakness=present',
    );
  });

  it('"N months back which was followed by …" dates the onset like "N months back."', () => {
    expect(
      timingOf(
        'A 9-year-old girl presented with fever and a facial rash 5 months back which was followed by weakness.',
      ).onset,
    ).toBe(5);
  });

  it('a spell of health after recovery is no duration of symptoms', () => {
    const text =
      'A 39-year-old woman with dermatomyositis was reviewed. Her rash has not recurred for 2 years after recovery.';
    expect(timingOf(text).onset).toBeUndefined();
    // control: a duration after "for" with an event after "after" stays the symptoms' duration
    expect(
      timingOf(
        'A 66-year-old man presented with proximal weakness for 2 months after a course of atorvastatin.',
      ).onset,
    ).toBe(2);
  });
});

describe('"with N years of X" is the duration of X', () => {
  const onset = (t: string) => onsetMonthsBeforePresentation(extractCase(CASE_HEADING + t).case);
  it('dates no onset from a habit or an illness that is not a symptom', () => {
    // (had given an onset of 12 years, the alcohol's)
    expect(
      onset(
        'A 52-year-old man with 9 years of heavy drinking came in with a 6-day history of fever and aching muscles.',
      ),
    ).toBeCloseTo(6 / 30.4375, 3);
    expect(
      onset('A 51-year-old man with 7 years of hypertension was admitted with aching of the legs.'),
    ).toBeUndefined();
  });

  it('still dates the onset from "with 3 months of weakness" and "with four months of evolution"', () => {
    expect(onset('A 50-year-old man with 3 months of proximal weakness came to the clinic.')).toBe(3);
    expect(
      onset('A 38-year-old woman was admitted with proximal weakness with four months of evolution.'),
    ).toBe(4);
  });
});

describe('a transplant in the story of a myositis', () => {
  const onset = (t: string) => onsetMonthsBeforePresentation(extractCase(CASE_HEADING + t).case);
  it('dates no onset from the time of the transplant', () => {
    // (each had given the transplant's years as the onset)
    expect(
      onset(
        'A 47-year-old woman who had undergone a liver transplant 8 years ago developed weakness of the hips.',
      ),
    ).toBeUndefined();
    expect(
      onset(
        'A 47-year-old woman with a lung transplantation in her history 15 years prior presented with three months of weakness of the thighs.',
      ),
    ).toBe(3);
  });

  it('gives a cancer no site from the organ transplanted', () => {
    const sites = extractCase(
      'Dermatomyositis with a B-cell lymphoma in a renal transplant recipient\n\nA 58-year-old man presented with dermatomyositis. Biopsy of a node showed diffuse large B-cell lymphoma.',
    ).case.cancers.map((k) => k.site);
    expect(sites).toEqual([undefined]);
  });
});

describe('durations and dates that are not the onset', () => {
  it("takes no onset from a biologic continued for years, nor from two illnesses' shared duration", () => {
    // (onsets of 120 and 96 months had been read; the symptoms' own durations are 12 and 2 months)
    expect(
      onsetAfterHeading(
        'A 45-year-old woman with Crohn disease, kept on adalimumab for 10 years, presented with a 1-year history of Raynaud phenomenon and proximal weakness.',
      ),
    ).toBe(12);
    expect(
      onsetAfterHeading(
        'A 66-year-old man with hypertension and diabetes for the past eight years came with a two-month history of proximal weakness.',
      ),
    ).toBe(2);
  });

  it('reads a vaccine season "2009-10" as no month', () => {
    // (read as October 2009, an onset three months before a presentation in January 2010)
    expect(
      onsetAfterHeading(
        'A 60-year-old man received the seasonal vaccine (2009-10) two weeks before proximal weakness began. He presented in January 2010.',
      ),
    ).toBeUndefined();
    // control: an ISO month that is no season
    expect(
      onsetAfterHeading('A 60-year-old man presented in 2014-05 with weakness that began in 2014-02.'),
    ).toBeCloseTo(3, 0);
  });
});

describe('counts written as a ten and a unit, and halves written as a fraction', () => {
  it('reads "thirty-six", "twenty four", "ninety-two" and "3 1/2" whole', () => {
    expect(readCount('thirty-six')?.value).toBe(36);
    expect(readCount('Twenty four')?.value).toBe(24);
    expect(readCount('3 1/2')?.value).toBe(3.5);
    expect(readCount('sixty')?.value).toBe(60);
  });

  it('dates a cancer "thirty-six months after" the myositis at 36, not 6', () => {
    expect(
      cancerTimesOf(
        'Thirty-six months after the diagnosis of myositis, a carcinoma of the breast was found.',
      ),
    ).toEqual([['breast', 36]]);
    expect(
      cancerTimesOf('A gastric adenocarcinoma had been diagnosed twenty four months before the myositis.'),
    ).toEqual([['stomach', -24]]);
    expect(cancerTimesOf('A colonic adenocarcinoma had been resected 2 1/2 years earlier.')).toEqual([
      ['colon', -30],
    ]);
  });

  it('reads a "twenty-four-month" or "forty-five-day" history and "3 1/2 months before admission"', () => {
    expect(onsetAfterWeakThighs('She gave a twenty-four-month history of weakness.')).toBe(24);
    expect(onsetAfterWeakThighs('The weakness had started some 3 1/2 months before admission.')).toBe(3.5);
    expect(onsetAfterWeakThighs('She described a forty-five-day history of weakness.')).toBeCloseTo(1.48, 1);
  });

  it('leaves the counts it read before as they were', () => {
    // controls: a plain ten, a unit alone, a date written 1/2
    expect(onsetAfterWeakThighs('She gave a twenty-month history of weakness.')).toBe(20);
    expect(onsetAfterWeakThighs('She gave a six-month history of weakness.')).toBe(6);
    expect(readCount('1/2')).toBeUndefined();
  });
});

describe('an onset told other ways, and durations that are not the onset', () => {
  it('does not take a cancer’s duration, or an interval to the cancer, as the symptoms’ onset', () => {
    expect(
      onsetAfterWeakThighs(
        'A known case of ovarian carcinoma for 3 years, she presented with weakness for 2 months.',
      ),
    ).toBe(2);
    expect(
      onsetAfterWeakThighs('She has had breast cancer for 2 years and reported weakness since 3 months.'),
    ).toBe(3);
    expect(
      onsetAfterWeakThighs('The lung cancer was diagnosed after an interval of 2 years from the myositis.'),
    ).toBeUndefined();
  });

  it('reads "Symptom onset was 3 months before admission", "a 2-week onset of" and "the duration of symptoms … was"', () => {
    expect(onsetAfterWeakThighs('Symptom onset was 3 months before admission.')).toBe(3);
    expect(onsetAfterWeakThighs('She gave a 3-week onset of myalgia and thigh weakness.')).toBeCloseTo(
      0.69,
      1,
    );
    expect(onsetAfterWeakThighs('The duration of symptoms before admission was 3 months.')).toBe(3);
  });

  it('leaves a complaint of another organ without an onset, as the gold of such texts does', () => {
    // control
    expect(onsetAfterWeakThighs('She complained of a palpable breast lump for 4 months.')).toBeUndefined();
  });
});

describe('durations in two units, and dates written with slashes', () => {
  it('reads "1 year and 3 months" whole, for an onset and for a cancer', () => {
    expect(onsetAfterWeakThighs('She reported weakness for 1 year and 3 months.')).toBe(15);
    expect(onsetAfterWeakThighs('The weakness began one year and 3 months earlier.')).toBe(15);
    expect(
      cancerTimesOf(
        'One year and six months after the diagnosis of dermatomyositis, a lung adenocarcinoma was found.',
      ),
    ).toEqual([['lung', 18]]);
    expect(cancerTimesOf('A breast carcinoma had been resected one year and two months earlier.')).toEqual([
      ['breast', -14],
    ]);
    // controls
    expect(onsetAfterWeakThighs('She reported weakness for 2 years.')).toBe(24);
    expect(onsetAfterWeakThighs('She reported weakness for 3 months.')).toBe(3);
  });

  it('reads no "3/12" duration from a date "3/12/2015"', () => {
    expect(
      onsetAfterWeakThighs(
        'The breast cancer was diagnosed on 3/12/2015, and the myositis was diagnosed on 6/20/2019.',
      ),
    ).toBeUndefined();
    // control: the fraction of a clinic note
    expect(onsetAfterWeakThighs('3/12 hx of prox weakness.')).toBe(3);
  });
});

describe('a range of counts written in words', () => {
  it('reads "for three to four months" as the range’s middle, as "for 3 to 4 months" was', () => {
    expect(onsetAfterWeakThighs('She had noticed the rash for three to four months.')).toBe(3.5);
    // control
    expect(onsetAfterWeakThighs('She had noticed the rash for 3 to 4 months.')).toBe(3.5);
  });
});

describe('a half-year', () => {
  it('reads "a half-year history" as six months', () => {
    expect(onsetAfterWeakThighs('She had a half-year history of weakness.')).toBe(6);
    // control
    expect(onsetAfterWeakThighs('She had weakness for half a year.')).toBe(6);
  });
});

describe('spans that are not the onset', () => {
  it('does not take the years of a literature review, a span of denied symptoms or a stable tumour', () => {
    expect(
      onsetAfterWeakThighs(
        'We present a myositis and survey every report published over the past 20 years. Her weakness had lasted 6 months.',
      ),
    ).toBe(6);
    expect(onsetAfterWeakThighs('She had no cough and had not travelled in the past year.')).toBeUndefined();
    expect(
      onsetAfterWeakThighs(
        'Her tumour showed stabilization of disease for 8 months; then proximal weakness set in abruptly.',
      ),
    ).toBeUndefined();
  });

  it('still reads a symptom of the past year and a denial far from the span', () => {
    // controls
    expect(onsetAfterWeakThighs('She has had weakness in the past year.')).toBe(12);
    expect(
      onsetAfterWeakThighs(
        'With no personal history of note, he came to the emergency room with myalgia, cramps and weakness in the previous two weeks.',
      ),
    ).toBeCloseTo(0.46, 2);
  });
});

describe("a sign's time in a sentence that also names a cancer", () => {
  it('gives the time to the weakness, not to the cancer found in the next clause', () => {
    const text =
      'Her weakness had started 3 months before admission, and CT showed a lung mass, which proved to be adenocarcinoma.';
    expect(cancerTimesOf(text)).toEqual([['lung', 'after']]);
    expect(onsetAfterWeakThighs(text)).toBe(3);
    expect(
      cancerTimesOf(
        'She presented with weakness that had begun 3 months earlier and was found to have a lung cancer.',
      ),
    ).toEqual([['lung', 'after']]);
    expect(
      onsetAfterWeakThighs(
        'Two months before admission she developed weakness; a mammogram showed a breast carcinoma.',
      ),
    ).toBe(2);
  });

  it("keeps a cancer's own time, and the onset told in a clause after it", () => {
    // controls
    const text =
      'She had a past breast cancer treated 5 years earlier, and the weakness had begun 2 months before admission.';
    expect(cancerTimesOf(text)).toEqual([['breast', -60]]);
    expect(onsetAfterWeakThighs(text)).toBe(2);
    expect(
      cancerTimesOf('Dermatomyositis developed 18 months after mastectomy for breast carcinoma.'),
    ).toEqual([['breast', -18]]);
    expect(
      cancerTimesOf(
        '1 month after the myositis was diagnosed, an adenocarcinoma of the sigmoid colon was found.',
      ),
    ).toEqual([['colon', 1]]);
  });
});

describe('how long a state, a habit or a drug has lasted, beside the symptom', () => {
  it('does not take the duration of a comorbidity, smoking or a long-term drug as the onset', () => {
    expect(
      onsetAfterWeakThighs('She was a known diabetic for 12 years and presented with weakness for 2 months.'),
    ).toBe(2);
    expect(
      onsetAfterWeakThighs('She was a smoker since 30 years and came with weakness since 3 months.'),
    ).toBe(3);
    expect(
      onsetAfterWeakThighs(
        'She had smoked 20 cigarettes a day for 30 years, and had had a rash for 2 months.',
      ),
    ).toBe(2);
    expect(
      onsetAfterWeakThighs('On tamoxifen for 4 years, she noticed a rash on her eyelids 2 months ago.'),
    ).toBe(2);
    expect(
      onsetAfterWeakThighs(
        'She had had bronchial asthma for 20 years and had developed a rash 2 months earlier.',
      ),
    ).toBe(2);
  });

  it('reads "K/c/o" as a known case of, and DM beside HTN as diabetes', () => {
    expect(
      onsetAfterWeakThighs('K/c/o DM and HTN since 10 years, presented with weakness since 2 months.'),
    ).toBe(2);
    expect(onsetAfterWeakThighs('Known case of DM and HTN, presented with weakness since 2 months.')).toBe(2);
  });

  it('keeps a duration of the myositis itself, and of the symptom', () => {
    // controls
    expect(
      onsetAfterWeakThighs('Known case of DM for 3 years, she now presented with dysphagia for 2 weeks.'),
    ).toBe(36);
    expect(onsetAfterWeakThighs('She c/o weakness for 2 months.')).toBe(2);
  });
});

describe('a clause that tells what a disease usually does', () => {
  it('gives no onset', () => {
    expect(
      onsetAfterClinicTitle(
        'A 66-year-old man was seen. While sporadic IBM generally disables over 8 to 12 years, his ' +
          'weakness has advanced much faster.',
      ),
    ).toBeNull();
  });
  it("keeps the patient's own duration beside it", () => {
    expect(
      onsetAfterClinicTitle(
        'A 66-year-old man was seen. Weakness generally builds over weeks; his weakness had lasted for 5 ' +
          'weeks.',
      ),
    ).toBeCloseTo(1.15, 1);
  });
});
