/**
 * Wordings that date the first symptom: a time before the presentation or the first visit, decades, other verbs and
 * anchors, ages at which a symptom began, ocular, bulbar and skin symptoms, lists of complaints with durations, a
 * preceding span, and onsets told by "following" or as a debut. Each with the control it must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { read } from '../__fixtures__/read-case.js';
import { onsetMonthsBeforePresentation } from '../../eval/score.js';
import { extractCase } from '../extract.js';
import { CASE_HEADING, onsetAfterTitle, onsetOfTitledText, readAfterTitle } from './__fixtures__/helpers.js';
import {
  onsetAfterClinicTitle,
  onsetAfterHeading,
  onsetAfterWeakThighs,
  timingOfText as timingOf,
} from './__fixtures__/timing.js';

describe('fifteenth round: onset', () => {
  it('reads "over last couple of months" without its article', () => {
    expect(
      read('She has had trouble rising from a chair over last couple of months.').dates.symptomOnset,
    ).toMatchObject({
      relativeTo: 'presentation',
      offset: -2,
      unit: 'month',
    });
  });
});

describe('onset told with a muscle region or against the first visit', () => {
  const onset = (text: string) => readAfterTitle(text).dates?.symptomOnset;
  it('"thigh pain of 4 weeks’ duration"', () => {
    expect(onset('He presented with thigh pain of 4 weeks’ duration.')).toMatchObject({
      offset: -4,
      unit: 'week',
    });
  });
  it('"3 days of severe pain in his calves"', () => {
    expect(onset('He complained of 3 days of severe pain in his calves.')).toMatchObject({
      offset: -3,
      unit: 'day',
    });
  });
  it('"eyelid redness three months before her first visit"', () => {
    expect(onset('She noticed eyelid redness three months before her first visit.')).toMatchObject({
      offset: -3,
      unit: 'month',
    });
  });
  it('"two months prior to her first medical examination"', () => {
    expect(onset('She saw a violet rash two months prior to her first medical examination.')).toMatchObject({
      offset: -2,
      unit: 'month',
    });
  });
  it('control: knee pain of 4 weeks is no myositis onset', () => {
    expect(onset('He had knee pain of 4 weeks’ duration.')).toBeUndefined();
  });
});

describe('onsets written in other ways', () => {
  it('a count glued to its unit', () => {
    expect(onsetAfterTitle('She had thigh pain for 3month and weakness of 6weeks duration.')).toBe(
      '-3 month',
    );
  });
  it('"since about N years ago"', () => {
    expect(onsetAfterTitle('He has had difficulty climbing stairs since about 2 years ago.')).toBe('-2 year');
  });
  it('"in the month before admission"', () => {
    expect(onsetAfterTitle('In the month before admission she noticed a rash on her eyelids.')).toBe(
      '-1 month',
    );
  });
  it('"which had initially presented N months previously"', () => {
    expect(
      onsetAfterTitle('She had hip-girdle weakness, which had initially presented 4 months previously.'),
    ).toBe('-4 month');
  });
  it('control: a count glued to a dose is no duration', () => {
    expect(onsetAfterTitle('She took prednisone 20mg daily and was weak.')).toBeNull();
  });
});

describe('onsets: decades, a trailing history, plural difficulties', () => {
  it('"difficulty climbing stairs over a decade" is ten years', () => {
    expect(
      onsetOfTitledText(
        'A 31-year-old man reported slowly worsening difficulty climbing stairs over a decade.',
      ),
    ).toBe('-10 year');
  });
  it('"weakness over the past decade"', () => {
    expect(onsetOfTitledText('A 47-year-old woman had had thigh weakness over the past decade.')).toBe(
      '-10 year',
    );
  });
  it('control: a decade of a raised enzyme, or of admissions, is no symptom’s', () => {
    expect(
      onsetOfTitledText('A 52-year-old man was seen. Asymptomatic hyperCKemia had lasted for over a decade.'),
    ).toBeNull();
    expect(
      onsetOfTitledText(
        'A 52-year-old man was seen. It was his fourth admission over the past decade with these problems.',
      ),
    ).toBeNull();
  });
  it('"… with a 6-year history." closing the list of symptoms', () => {
    expect(
      onsetOfTitledText(
        'A 24-year-old woman came to clinic with cramps, exercise intolerance and myalgia with a 6-year history.',
      ),
    ).toBe('-6 year');
  });
  it('control: "with a 20-year history" opening a clause names nothing', () => {
    expect(onsetOfTitledText('A 63-year-old man with a 15-year history presented with weakness.')).toBeNull();
  });
  it('"walking difficulties for the past 2 years"', () => {
    expect(
      onsetOfTitledText(
        'A 70-year-old man was referred because of walking difficulties for the past 2 years.',
      ),
    ).toBe('-2 year');
  });
});

describe('onsets told with other verbs and anchors', () => {
  it('"noted" and "observed" with a time back', () => {
    expect(
      onsetOfTitledText('A 50-year-old woman was seen. She noted a rash on her hands 3 months ago.'),
    ).toBe('-3 month');
    expect(
      onsetOfTitledText('A 50-year-old man was seen. He observed thigh weakness 2 months before admission.'),
    ).toBe('-2 month');
  });
  it('"the initial rash, 2 months prior, …"', () => {
    expect(
      onsetOfTitledText(
        'A 61-year-old woman was seen. The initial rash, 2 months prior, was put down to a drug.',
      ),
    ).toBe('-2 month');
  });
  it('"At referral, eight months after symptom onset, …"', () => {
    expect(
      onsetOfTitledText(
        'A 66-year-old man was seen. At referral, eight months after symptom onset, he could not climb stairs.',
      ),
    ).toBe('-8 month');
  });
  it('"came in three weeks after his legs became weak"', () => {
    expect(onsetOfTitledText('A 58-year-old man came in three weeks after his legs became weak.')).toBe(
      '-3 week',
    );
  });
  it('control: a worsening of a long-standing weakness is no onset', () => {
    expect(
      onsetOfTitledText('A 50-year-old woman had had mild weakness for years, worse over the past 2 months.'),
    ).toBeNull();
  });
});

describe('eighth batch: onsets from the development half', () => {
  it('"…, preceded three months before by fatigue and leg pain" dates the earlier symptoms', () => {
    expect(
      onsetOfTitledText(
        'A 6-year-old boy presented with dysphagia of two days, preceded three months before by fatigue and leg pain.',
      ),
    ).toBe('-3 month');
  });
  it('a duration after "for" takes the symptom of its own list item', () => {
    expect(
      onsetOfTitledText(
        'A 58-year-old man presented with a poor appetite for eight months, difficulty rising from a chair for two months.',
      ),
    ).toBe('-2 month');
  });
  it('a treatment taken "for a month" is no onset', () => {
    expect(
      onsetOfTitledText(
        'A 5-year-old girl who had medication for a month because of a cough was admitted with difficulty walking for 3 days.',
      ),
    ).toBe('-3 day');
  });
  it('"… N weeks prior to our initial examination"', () => {
    expect(
      onsetOfTitledText(
        'A 49-year-old woman developed eyelid oedema and muscle weakness 3 weeks prior to our initial examination.',
      ),
    ).toBe('-3 week');
  });
  it('"weakness and a rash, appearing in two months"', () => {
    expect(
      onsetOfTitledText(
        'A 61-year-old man was seen with progressive proximal weakness and a rash, appearing in three months.',
      ),
    ).toBe('-3 month');
  });
  it('a patient "born to consanguineous parents" keeps his own complaint', () => {
    expect(
      onsetOfTitledText(
        'A 28-year-old man born to consanguineous parents presented with muscle pain and dark urine for four days.',
      ),
    ).toBe('-4 day');
  });
});

describe('intervals written with the rewritings of eval:layouts (time-prior, time-subsequent)', () => {
  it('"the first rash, 3 months prior, …" dates the onset like "3 months earlier"', () => {
    const base = 'A 44-year-old man came to the clinic with weakness of the thighs. ';
    expect(timingOf(base + 'The first rash 3 months prior had been put down to sunburn.').onset).toBe(3);
    expect(timingOf(base + 'The first rash 3 months earlier had been put down to sunburn.').onset).toBe(3);
    // control: "prior to" a named event is read by its own rule, and a drug's start is no onset
    expect(timingOf(base + 'He had started atorvastatin 3 months prior to the visit.').onset).toBeUndefined();
  });

  it('"… until two years afterwards, when she returned with …" dates what was found then, like "later"', () => {
    const text = (w: string) =>
      `A 61-year-old woman was diagnosed with dermatomyositis. She did not attend again until two years ${w} when she returned with pelvic pain. Imaging showed an ovarian carcinoma.`;
    expect(timingOf(text('later')).cancers).toEqual([['ovary', 24]]);
    expect(timingOf(text('afterwards')).cancers).toEqual([['ovary', 24]]);
  });
});

describe('ocular and bulbar symptoms date the onset when no myositis symptom has a duration', () => {
  it('"a 2-week history of ptosis and diplopia" on a checkpoint inhibitor', () => {
    expect(
      timingOf('A 74-year-old man on pembrolizumab presented with a 2-week history of ptosis and diplopia.')
        .onset,
    ).toBeCloseTo(14 / 30.4375, 3);
  });

  it('control: numbness, a symptom of the nerves, dates nothing', () => {
    expect(
      timingOf('A 74-year-old man came with a 2-week history of numbness of the feet.').onset,
    ).toBeUndefined();
  });
});

describe('the first symptom dated by the age at which it began', () => {
  it('"weakness first noticed at age 18" in a 34-year-old: sixteen years before, approximately', () => {
    const c = extractCase('A 34-year-old man first noticed weakness of his thighs at age 18.').case;
    expect(c.patient.ageAtOnset).toBe(18);
    expect(c.dates.symptomOnset).toEqual({
      relativeTo: 'presentation',
      offset: -16,
      unit: 'year',
      approximate: true,
    });
  });

  it('"By the age of 5 years, she had developed weakness": the age opening the sentence', () => {
    const text =
      'A 12-year-old girl was referred. By the age of 5 years, she had developed proximal muscle weakness.';
    expect(timingOf(text).onset).toBe(84);
    expect(timingOf(text.replace('5 years', 'five years')).onset).toBe(84);
  });

  it('"Since age of 34, he had weakness", "His symptoms began at the age of 34" in a 45-year-old', () => {
    const base = 'A 45-year-old man was referred. ';
    expect(timingOf(base + 'Since age of 34, he had progressive weakness of the thighs.').onset).toBe(132);
    expect(timingOf(base + 'His symptoms began at the age of 34.').onset).toBe(132);
  });

  it('controls: a diagnosis, another illness or an unknown present age give no onset from the age', () => {
    expect(
      timingOf('A 45-year-old man was diagnosed with dermatomyositis at the age of 30.').onset,
    ).toBeUndefined();
    expect(
      timingOf('A 63-year-old man received a blood transfusion at age 18 and later developed weakness.')
        .onset,
    ).toBeUndefined();
    expect(timingOf('The man first noticed weakness of his thighs at age 18.').onset).toBeUndefined();
  });

  it('"fell ill 2 weeks ago with weakness" dates the onset', () => {
    expect(timingOf('A 30-year-old man fell ill 3 weeks ago with weakness and myalgia.').onset).toBeCloseTo(
      21 / 30.4375,
      3,
    );
  });
});

describe('an itch and plaques are symptoms of the skin that date an onset', () => {
  it('"a 3-year history of scalp pruritus" is the first symptom', () => {
    expect(
      timingOf('A 51-year-old woman came with a 3-year history of scalp pruritus and weakness for 1 month.')
        .onset,
    ).toBe(36);
    expect(timingOf('A 50-year-old woman had erythematous plaques on her elbows for 2 months.').onset).toBe(
      2,
    );
  });
});

describe('a list of complaints with their durations after a dash', () => {
  it('"Complaints: weakness of both legs – 3 months; rash – 5 months" dates the first symptom', () => {
    expect(
      timingOf('A 44-year-old woman. Complaints: weakness of both legs – 3 months; rash – 5 months.').onset,
    ).toBe(5);
  });

  it('controls: a drug course or a later reading after a dash dates nothing', () => {
    expect(timingOf('A 44-year-old woman was treated with prednisone – 3 months.').onset).toBeUndefined();
    expect(
      timingOf('A 44-year-old woman had weakness. Her CK – 3 months later – was normal.').onset,
    ).toBeUndefined();
  });
});

describe('a complaint "for the preceding N months"', () => {
  it('dates the onset like "for the previous N months"', () => {
    const onset = (t: string) => onsetMonthsBeforePresentation(extractCase(CASE_HEADING + t).case);
    expect(onset('A 66-year-old man had had proximal weakness for the preceding 5 months.')).toBe(5);
    expect(onset('A 66-year-old man had had proximal weakness for the previous 5 months.')).toBe(5);
  });
});

describe('onsets of the girdles in pain, of a paresis, and with an en dash', () => {
  it('reads the duration of shoulder or hip pain, of a quadriparesis, and "a 2–week history"', () => {
    // (no onset had been read from any of these)
    expect(onsetAfterHeading('A 63-year-old man had bilateral shoulder pain for 5 months.')).toBe(5);
    expect(onsetAfterHeading('A 59-year-old man noted right hip and knee pain for 4 months.')).toBe(4);
    expect(
      onsetAfterHeading('A 63-year-old man reported aching of both shoulders and hips lasting 3 months.'),
    ).toBe(3);
    expect(onsetAfterHeading('A 63-year-old man presented with quadriparesis for 2 months.')).toBe(2);
    expect(
      onsetAfterHeading('A 63-year-old man reported a 3–month history of weakness in both thighs.'),
    ).toBe(3);
  });

  it('takes no onset from a shoulder named without pain, nor from a hip operation', () => {
    // controls: the girdle words count only beside a word of pain
    expect(
      onsetAfterHeading(
        'A 33-year-old man came in with widespread muscle ache for one week before admission. It had begun in the neck, which spread to his shoulder, back, and both legs and was accompanied by marked tiredness and a gain in weight of 3 kg over two weeks.',
      ),
    ).toBeCloseTo(0.23, 1);
    expect(
      onsetAfterHeading(
        'A 63-year-old man had a hip replacement 6 years ago. He presented with a heliotrope rash.',
      ),
    ).toBe(undefined);
  });
});

describe('an onset told by skin ulcerations', () => {
  it('dates the onset by "ulcerations of the fingertips for the past month" when no myositis symptom has a duration', () => {
    expect(
      onsetAfterHeading('A 60-year-old woman reported ulcerations of the fingertips for the past month.'),
    ).toBe(1);
    // control: a myositis symptom's longer duration still wins
    expect(
      onsetAfterHeading(
        'A 60-year-old woman had a 4-month history of proximal weakness and one month of ulcerations.',
      ),
    ).toBe(4);
  });
});

describe('the onset of the disease named by the word "disease"', () => {
  it('reads "disease onset was", "onset of the disease was" and "the disease began" as the onset', () => {
    expect(onsetAfterWeakThighs('Disease onset was 6 months before admission.')).toBe(6);
    expect(onsetAfterWeakThighs('Onset of the disease was 5 months before admission.')).toBe(5);
    expect(onsetAfterWeakThighs('The disease began 4 months before admission.')).toBe(4);
  });

  it("leaves another illness's onset and the disease's later course alone", () => {
    // controls
    expect(onsetAfterWeakThighs('Thyroid disease onset was 10 years before admission.')).toBeUndefined();
    expect(
      onsetAfterWeakThighs('The disease progressed 6 months later despite chemotherapy.'),
    ).toBeUndefined();
    expect(onsetAfterWeakThighs('She had Graves disease for 10 years.')).toBeUndefined();
  });
});

describe('onsets told by "following", by the family, or as a debut', () => {
  it('reads the onset', () => {
    expect(onsetAfterWeakThighs('Following 2 months of weakness, she presented to our clinic.')).toBe(2);
    expect(onsetAfterWeakThighs('According to her husband, the weakness had started 3 months earlier.')).toBe(
      3,
    );
    expect(onsetAfterWeakThighs('The debut of the disease was 4 months ago.')).toBe(4);
    expect(onsetAfterWeakThighs('The disease debuted 4 months ago with a rash.')).toBe(4);
  });

  it("still reads a relative's own symptom as no onset of the patient's", () => {
    // control
    expect(onsetAfterWeakThighs('Her mother had a rash for 2 months.')).toBeUndefined();
  });
});

describe('the whole illness as the subject of a verb of its beginning', () => {
  it('dates the onset from the illness, before a later symptom of the muscles', () => {
    expect(
      onsetAfterClinicTitle(
        'A 47-year-old woman was admitted with myalgia. Her illness began six years ago with pain in the ' +
          'knees. Three years before admission she developed weak thighs.',
      ),
    ).toBe(72);
  });
  it("keeps a longer muscle symptom, and leaves another person's or another disease's beginning out", () => {
    expect(
      onsetAfterClinicTitle(
        'A 47-year-old woman was admitted. Weak thighs began five years ago. Her illness began two months ' +
          'ago with a fever.',
      ),
    ).toBe(60);
    expect(
      onsetAfterClinicTitle(
        "A 47-year-old woman was admitted. Her sister's illness began six years ago. Weak thighs began " +
          'two months ago.',
      ),
    ).toBe(2);
  });
});

describe('a symptom the text marks as the first one', () => {
  it('dates the onset even when it is not a symptom of the muscles', () => {
    expect(
      onsetAfterClinicTitle(
        'A 45-year-old man came in. He had initially noticed aching knees six years ago; myalgia of the ' +
          'thighs arose two years ago.',
      ),
    ).toBe(72);
    expect(
      onsetAfterClinicTitle(
        'A 45-year-old man came in. He had ankle pain at onset, five years ago. Weak thighs began last year.',
      ),
    ).toBe(60);
  });
  it('leaves an unmarked symptom of another kind behind the muscle symptom', () => {
    expect(
      onsetAfterClinicTitle(
        'A 45-year-old man came in. He noticed a cough six years ago; myalgia of the thighs arose two years ago.',
      ),
    ).toBe(24);
  });
});

describe('a pain of the joints and a symptom that emerged', () => {
  it('reads a joint pain marked as the first symptom, and "emerged", as an onset', () => {
    expect(
      onsetAfterClinicTitle(
        'A 45-year-old woman came in. She had initially noticed pain in both knees 3 weeks ago.',
      ),
    ).toBeCloseTo(0.7, 1);
    expect(
      onsetAfterClinicTitle('A 45-year-old woman came in. Weakness of the thighs emerged five months ago.'),
    ).toBe(5);
  });
  it('leaves a joint pain not marked as the first symptom out', () => {
    expect(
      onsetAfterClinicTitle('A 45-year-old woman came in. She noticed pain in both knees 3 weeks ago.'),
    ).toBeNull();
  });
  it('keeps the muscle symptom first over a joint pain of another disease', () => {
    expect(
      onsetAfterClinicTitle(
        'A 45-year-old woman came in. She has had knee pain for 10 years from osteoarthritis. Weakness of ' +
          'the thighs began 2 months ago.',
      ),
    ).toBe(2);
  });
});
