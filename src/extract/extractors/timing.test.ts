import { describe, expect, it } from 'vitest';
import { analyse } from '../document.js';
import { extractPatient } from './patient.js';
import { extractTiming } from './timing.js';

describe('timing', () => {
  it('reads the first symptom from "N-unit history of" a myositis symptom', () => {
    const r = extractTiming(
      analyse(
        'She came with a 10-day history of muscle weakness and skin lesions. Two months later she relapsed.',
      ),
    );
    expect(r.symptomOnset).toMatchObject({ relativeTo: 'presentation', offset: -10, unit: 'day' });
    expect(r.times.map((t) => [t.kind, t.amount, t.unit])).toEqual([
      ['history-of', 10, 'day'],
      ['later', 2, 'month'],
    ]);
  });
  it('ignores histories of unrelated complaints and flags vague amounts', () => {
    expect(extractTiming(analyse('A few-months history of knee pain.')).symptomOnset).toBeUndefined();
    // "a few" states no number: no onset (session 24); "a couple of" is two, approximate
    expect(extractTiming(analyse('A few-weeks history of rash.')).symptomOnset).toBeUndefined();
    expect(extractTiming(analyse('A couple of weeks history of rash.')).symptomOnset).toMatchObject({
      approximate: true,
      offset: -2,
    });
  });
});

describe('symptom onset from stated durations', () => {
  it('dates the presentation of a calendar-dated onset by the first later date of a visit', () => {
    const r = extractTiming(
      analyse(
        'A 52-year-old man noticed a rash on his eyelids in March 2019. In May 2019 he was seen by a dermatologist. In July 2019, he went to the rheumatology clinic.',
      ),
    );
    expect(r.onsetDate?.date).toBe('2019-03');
    expect(r.presentationDate?.date).toBe('2019-05');
    expect(
      extractTiming(analyse('The rash began in March 2019. A CT in June 2019 was normal.')).presentationDate,
    ).toBeUndefined();
  });
  it('reads "presented with <symptom> N years ago" as the onset, but not a finding made that long ago', () => {
    const onset = (t: string) => extractTiming(analyse(t)).symptomOnset;
    expect(onset('The patient presented with proximal weakness of the legs 3 years ago.')).toMatchObject({
      offset: -3,
      unit: 'year',
    });
    expect(onset('A raised creatine kinase was an incidental finding 3 years ago.')).toBeUndefined();
  });
  it('skips a recovery named as a noun and a dose before the duration: not the onset', () => {
    const onset = (t: string) => extractTiming(analyse(t)).symptomOnset;
    expect(
      onset(
        'She had a two-week history of rash and weakness. Surgery led to a gradual regression of her myositis over five months.',
      ),
    ).toMatchObject({ offset: -2, unit: 'week' });
    expect(
      onset('He had a 10-day history of weakness. He then received immunoglobulin 0.4 mg/kg iv for 5 weeks.'),
    ).toMatchObject({ offset: -10, unit: 'day' });
    // a lab unit is not a dose: the duration after it still dates the weakness
    expect(onset('Creatinine was 1.1 mg/dL with proximal weakness for 3 months.')).toMatchObject({
      offset: -3,
      unit: 'month',
    });
  });
  it('takes the longest duration of a myositis symptom', () => {
    const r = extractTiming(
      analyse('She had a rash for 6 months and weakness for 2 months. A 1-week history of cough.'),
    );
    expect(r.symptomOnset).toMatchObject({ offset: -6, unit: 'month' });
  });
  it('reads a duration written as an adjective of the symptom ("a 3-month painless proximal weakness")', () => {
    expect(
      extractTiming(
        analyse('He consulted with a 3-month painless subacute proximal upper and lower limb weakness.'),
      ).symptomOnset,
    ).toMatchObject({ offset: -3, unit: 'month' });
    expect(
      extractTiming(analyse('She was given a 6-month course of prednisone for her weakness.')).symptomOnset,
    ).toBeUndefined();
    expect(extractTiming(analyse('A 3-year-old boy had weakness.')).symptomOnset).toBeUndefined();
    // a hard-wrapped line between the article and the duration
    expect(
      extractTiming(
        analyse(
          'We saw a retired teacher of 80 who came to the clinic with a\n3-month painless proximal weakness of both legs that kept him in bed.',
        ),
      ).symptomOnset,
    ).toMatchObject({ offset: -3, unit: 'month' });
  });
  it('falls back to another symptom of the illness when no myositis symptom has a duration', () => {
    expect(extractTiming(analyse('He had fever for 3 weeks.')).symptomOnset).toMatchObject({
      offset: -3,
      unit: 'week',
    });
  });
  it('never reads an age ("a case of 37-year-old woman") as a duration', () => {
    expect(
      extractTiming(analyse('We report a case of 37-year-old woman with weakness.')).symptomOnset,
    ).toBeUndefined();
  });
  it('reads telegraphic "4/12 hx" and skips durations of treatment', () => {
    expect(extractTiming(analyse('4/12 hx prox weakness.')).symptomOnset).toMatchObject({
      offset: -4,
      unit: 'month',
    });
    expect(
      extractTiming(analyse('Weakness while taking atorvastatin for 5 years.')).symptomOnset,
    ).toBeUndefined();
  });
});

describe('patient', () => {
  it('reads age and sex beside it, skipping relatives', () => {
    expect(
      extractPatient(analyse('Her grandmother died aged 80. A 43-year-old woman presented.')),
    ).toMatchObject({ age: 43, sex: 'female' });
    expect(extractPatient(analyse('A 61 year old man.'))).toMatchObject({ age: 61, sex: 'male' });
  });
  it('falls back to pronouns only when one sex clearly dominates', () => {
    expect(extractPatient(analyse('She was weak. Her CK was high. She improved.')).sex).toBe('female');
    expect(extractPatient(analyse('She said he was weak.')).sex).toBe('unknown');
  });
});

describe('smoking and family history of cancer', () => {
  it('reads smoking status and a relative’s cancer', () => {
    const p = extractPatient(
      analyse(
        'A 51-year-old woman, a lifelong non-smoker who never smoked. Her paternal aunt had ovarian cancer.',
      ),
    );
    expect(p).toMatchObject({ smoking: 'never', familyHistoryOfCancer: 'yes' });
    expect(extractPatient(analyse('He is an ex-smoker of 30 pack-years.')).smoking).toBe('former');
    expect(extractPatient(analyse('No family history of cancer.')).familyHistoryOfCancer).toBe('no');
  });
});

describe('calendar dates', () => {
  it('records dates and takes a dated onset when no relative onset is stated', () => {
    const r = extractTiming(
      analyse('Since March 2019 she noticed weakness of the thighs. Seen on 2019-06-12.'),
    );
    expect(r.onsetDate?.date).toBe('2019-03');
    expect(r.times.filter((t) => t.kind === 'date').map((t) => t.date)).toEqual(['2019-03', '2019-06-12']);
    expect(extractTiming(analyse('Seen on 31 February 2019.')).times).toEqual([]);
  });
  it('reads the day after the month and "of" before the year (eighth round, issue 12)', () => {
    const r = extractTiming(analyse('Since April of 2020 she noticed a rash. Admitted on Sept. 3, 2020.'));
    expect(r.onsetDate?.date).toBe('2020-04');
    expect(r.times.filter((t) => t.kind === 'date').map((t) => t.date)).toEqual(['2020-04', '2020-09-03']);
  });
});

describe('symptom onset from a time before the presentation', () => {
  const onset = (t: string) => extractTiming(analyse(t)).symptomOnset;
  it('reads "N before admission" and "N earlier" beside an onset verb', () => {
    expect(onset('She developed a rash on her hands 6 weeks before admission.')).toMatchObject({
      offset: -6,
      unit: 'week',
    });
    expect(onset('He had first noticed thigh weakness 4 months earlier.')).toMatchObject({
      offset: -4,
      unit: 'month',
    });
    expect(onset('Over the preceding five weeks she had become weak.')).toMatchObject({
      offset: -5,
      unit: 'week',
    });
  });
  it('does not date the onset from a change of the illness ("worsened two months ago")', () => {
    expect(onset('Her weakness worsened two months ago.')).toBeUndefined();
  });
});

describe('patient: more spellings', () => {
  it('reads sex from roles only a woman or a man has, and a patient described by a family role', () => {
    expect(extractPatient(analyse('A 31-year-old primigravida was referred.'))).toMatchObject({
      age: 31,
      sex: 'female',
    });
    expect(extractPatient(analyse('A 44-year-old father of three was admitted.'))).toMatchObject({
      age: 44,
      sex: 'male',
    });
    expect(extractPatient(analyse('Her 70-year-old mother was well. She had a rash.')).age).toBeUndefined();
  });
  it('reads an age in months as completed years', () => {
    expect(extractPatient(analyse('A 30-month-old girl had a rash.'))).toMatchObject({
      age: 2,
      sex: 'female',
    });
  });
  it('dates the onset from "This started N ago" after a sentence naming the symptom, and from "N after the onset of"', () => {
    const onset = (t: string) => {
      const o = extractTiming(analyse(t)).symptomOnset;
      return o && [o.offset, o.unit];
    };
    expect(
      onset('A woman has a rash on her eyelids and knuckles. This started 3 years ago, but fades in winter.'),
    ).toEqual([-3, 'year']);
    expect(onset('A woman was seen. Her husband had a stroke. It started 3 years ago.')).toBeUndefined();
    expect(
      onset(
        'A man was referred to the clinic eight months after the gradual onset of proximal muscle weakness.',
      ),
    ).toEqual([-8, 'month']);
    expect(
      onset('A man had a rash. He developed dysphagia 2 months after the onset of weakness.'),
    ).toBeUndefined();
  });
  it('reads "N units prior" with the presentation left out', () => {
    const o = extractTiming(
      analyse(
        'A man had weakness. The dysphagia began 3 weeks prior to admission and the rash appeared 5 weeks prior.',
      ),
    ).symptomOnset;
    expect(o && [o.offset, o.unit]).toEqual([-5, 'week']);
  });
  it('reads "progressive weakness over a 6-month period", never "improved over a 6-month period"', () => {
    const o = extractTiming(
      analyse('A man had a rash. He presented with progressive proximal weakness over a 4-month period.'),
    ).symptomOnset;
    expect(o && [o.offset, o.unit]).toEqual([-4, 'month']);
    expect(
      extractTiming(analyse('A man had a rash. His weakness improved over a 4-month period.')).symptomOnset,
    ).toBeUndefined();
  });
  it('a violaceous skin change is a myositis symptom: its duration beats a sore throat', () => {
    const o = extractTiming(
      analyse(
        'A woman presented with a 3-month history of violaceous swelling of the face. She had had a sore throat for the previous 2 weeks, with fever.',
      ),
    ).symptomOnset;
    expect(o && [o.offset, o.unit]).toEqual([-3, 'month']);
  });
});

describe('timing: an age is not a duration (issue 12, fourth round)', () => {
  it('does not read "77 years of age" as a 77-year history', () => {
    const r = extractTiming(
      analyse(
        'A man, 77 years of age, presented with increasing limb weakness and a rash present for 5 years.',
      ),
    );
    expect(r.symptomOnset).toMatchObject({ offset: -5, unit: 'year' });
  });
});

describe('timing: fifth round (issue 12)', () => {
  it('reads "persisted for a period of" and "for more than" as the duration of a symptom', () => {
    const a = extractTiming(analyse('Her myalgia persisted for a period of three months before admission.'));
    expect(a.symptomOnset?.offset).toBe(-3);
    const b = extractTiming(analyse('He was admitted for limb weakness and pain for more than 6 weeks.'));
    expect([b.symptomOnset?.offset, b.symptomOnset?.unit]).toEqual([-6, 'week']);
  });
});

describe('timing: sixth round (issue 12)', () => {
  const onset = (t: string) => {
    const o = extractTiming(analyse(t)).symptomOnset;
    return o ? [o.offset, o.unit] : undefined;
  };
  it('reads "an N-unit duration of", "experiencing over a period" and "weakening" as symptom durations', () => {
    expect(onset('She presented with a two-years duration of facial erythema.')).toEqual([-2, 'year']);
    expect(
      onset('He reported fatigue and dysphagia, which he had been experiencing over a 5-week period.'),
    ).toEqual([-5, 'week']);
    expect(onset('She was bedridden owing to limb weakening for a month.')).toEqual([-1, 'month']);
    // a course after the presentation is no onset
    expect(onset('Her strength improved over a 5-week period.')).toBeUndefined();
  });
  it('reads a duration written with a Unicode hyphen or non-breaking hyphen', () => {
    expect(onset('She presented with a 3\u2011month history of eyelid erythema.')).toEqual([-3, 'month']);
    expect(onset('He had a 6\u2010week history of proximal weakness.')).toEqual([-6, 'week']);
  });
});

describe('timing: onset counted to a later visit, and decades (issue 12, sixth round)', () => {
  const onset = (t: string) => {
    const o = extractTiming(analyse(t)).symptomOnset;
    return o ? [o.offset, o.unit] : undefined;
  };
  it('reads "N after (the initial) onset … visited/presented" and "a decade-long history of"', () => {
    expect(
      onset('Six months after initial onset, dysphagia developed and he presented to our clinic.'),
    ).toEqual([-6, 'month']);
    expect(onset('She had a decade-long history of hand weakness.')).toEqual([-10, 'year']);
    // a later sign without a visit is not the presentation
    expect(onset('Two weeks after the onset of weakness she developed dysphagia.')).toBeUndefined();
  });
});

describe('timing: durations of a treatment are no onset (issue 12, sixth round)', () => {
  const onset = (t: string) => extractTiming(analyse(t)).symptomOnset?.offset;
  it('keeps a dose with a decimal point, a stable course and "treated with N days of" out of the onset', () => {
    expect(
      onset('A man on colchicine 0.5 mg daily for more than two years developed proximal weakness.'),
    ).toBe(undefined);
    expect(onset('She remained stable on trial therapy for 8 months, then presented with a rash.')).toBe(
      undefined,
    );
    expect(onset('He was treated with three days of pulse steroids, with improvement in his symptoms.')).toBe(
      undefined,
    );
    // a symptom duration beside them is still read
    expect(onset('She had proximal weakness for 4 months.')).toBe(-4);
  });
});

describe('symptom onset: eighth round, swelling and oedema (issue 12)', () => {
  it('dates the onset from the duration of a swelling or an oedema when no myositis symptom has one', () => {
    expect(
      extractTiming(analyse('She came with swelling of both hands, which had persisted for three months.'))
        .symptomOnset,
    ).toMatchObject({ offset: -3, unit: 'month' });
    expect(
      extractTiming(analyse('He presented with a 6-week history of oedema of the face and neck.'))
        .symptomOnset,
    ).toMatchObject({ offset: -6, unit: 'week' });
  });
});

describe('timing: tenth round, "lasting N" and "one and half" (issue 12)', () => {
  it('dates the onset from a symptom "lasting N units" and reads "one and half years" as 1.5', () => {
    expect(
      extractTiming(analyse('She presented with a skin rash on her hands lasting three months.'))
        .symptomOnset,
    ).toMatchObject({ offset: -3, unit: 'month' });
    expect(
      extractTiming(analyse('She had fevers and myalgia lasting more than 3 weeks.')).symptomOnset,
    ).toMatchObject({ offset: -3, unit: 'week' });
    expect(
      extractTiming(analyse('She had weakness of all four limbs, gradually worse since one and half years.'))
        .symptomOnset,
    ).toMatchObject({ offset: -1.5, unit: 'year' });
  });
  it('reads "weakness for 1 month after a recent diagnosis of …" as a duration, "1 month after" alone as no onset', () => {
    expect(
      extractTiming(
        analyse(
          'She presented with generalized weakness for 1 month after a recent diagnosis of renal cell carcinoma.',
        ),
      ).symptomOnset,
    ).toMatchObject({ offset: -1, unit: 'month' });
    expect(
      extractTiming(
        analyse('She presented with generalized weakness 1 month after a diagnosis of renal cell carcinoma.'),
      ).symptomOnset,
    ).toBeUndefined();
  });
});

describe('symptom onset: fourteenth round (issue 12)', () => {
  it('reads a decimal count of units ("for 2.5 years", "for 1,5 years") and keeps the longest duration', () => {
    expect(
      extractTiming(
        analyse(
          'A 7-year-old boy had trouble rising from the floor for 2.5 years. His weakness got worse in the last 2 weeks.',
        ),
      ).symptomOnset,
    ).toMatchObject({ offset: -2.5, unit: 'year' });
    expect(
      extractTiming(analyse('Die Patientin: proximal weakness for 1,5 years before admission.')).symptomOnset,
    ).toMatchObject({ offset: -1.5, unit: 'year' });
  });
  it('takes no onset from a new complaint of a myositis already known, but keeps a duration of the myositis itself', () => {
    expect(
      extractTiming(
        analyse(
          'A 9-year-old girl with a history of treatment-resistant juvenile dermatomyositis came to the clinic with painful skin ulcers of 2 weeks in duration.',
        ),
      ).symptomOnset,
    ).toBeUndefined();
    expect(
      extractTiming(
        analyse(
          'A 50-year-old woman with a 4-year history of dermatomyositis presented with worsening weakness for 3 weeks.',
        ),
      ).symptomOnset,
    ).toMatchObject({ offset: -4, unit: 'year' });
    // another history ("of hypertension") leaves the complaint's duration the onset
    expect(
      extractTiming(
        analyse(
          'A 50-year-old woman with a history of hypertension presented with weakness for 3 weeks and was diagnosed with dermatomyositis.',
        ),
      ).symptomOnset,
    ).toMatchObject({ offset: -3, unit: 'week' });
  });
});

describe('symptom onset: fourteenth round, a time before the diagnosis (issue 12)', () => {
  it('reads "N units prior to diagnosis, she developed …" as the onset, only beside an onset verb', () => {
    expect(
      extractTiming(
        analyse(
          'About two years prior to diagnosis, he developed weakness of the thighs. Biopsy showed myositis.',
        ),
      ).symptomOnset,
    ).toMatchObject({ offset: -2, unit: 'year' });
    expect(
      extractTiming(analyse('Her weakness was treated with prednisone two years prior to diagnosis.'))
        .symptomOnset,
    ).toBeUndefined();
  });
});
