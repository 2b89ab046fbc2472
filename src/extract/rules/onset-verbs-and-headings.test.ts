/**
 * Onset wordings: "of N years" after a person, a time counted back to a diagnosis or a care, a follow-up and a
 * recovery, a "history of" with other durations, "established" as a verb, a sign said to give no symptoms, "during"
 * as "over", a duration heading its symptom, verbs of suffering and growing, "ED." ending a sentence, a run-in "The
 * case:" heading, and a weight lost by its verb. Each construction is written as a sentence of the project's own,
 * beside the near control that must keep its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { onsetMonthsBeforePresentation } from '../../eval/score.js';
import { extractCase } from '../extract.js';

const onsetOf = (text: string, heading = true) =>
  onsetMonthsBeforePresentation(extractCase((heading ? 'Case presentation\n\n' : '') + text).case);

/** Months, to one decimal (weeks and days become fractions of a month). */
const rounded = (text: string, heading = true) => {
  const m = onsetOf(text, heading);
  return m === undefined ? undefined : Math.round(m * 10) / 10;
};

describe('"of N years" after a person named by any noun', () => {
  it('is an age, never the onset', () => {
    expect(
      rounded('Our patient, a retired baker of 71 years, arrived with aching thighs that had lasted 5 days.'),
    ).toBe(0.2);
    expect(
      onsetOf('A keen gardener of 63 years came to the clinic because her arms felt weak.'),
    ).toBeUndefined();
    expect(onsetOf('An infant of 9 months was brought in with floppiness of the limbs.')).toBeUndefined();
  });
  it('keeps a sign, a history or an illness before "of"', () => {
    expect(onsetOf('She showed us a scaly rash of 2 months over her knuckles.')).toBe(2);
    expect(onsetOf('He gave a history of 4 months of thigh weakness.')).toBe(4);
    expect(onsetOf('She described an illness of 5 months with weak shoulders and a rash.')).toBe(5);
  });
});

describe('a time counted back to a diagnosis or a care, "had been diagnosed"', () => {
  it('dates no symptom', () => {
    expect(
      onsetOf('Four years earlier, this man had been diagnosed with gout because of painful swollen ankles.'),
    ).toBeUndefined();
    expect(onsetOf('Two years ago, she had been treated for a rash on both shins.')).toBeUndefined();
  });
  it('keeps the patient who had a sign then', () => {
    expect(onsetOf('Four years earlier, the patient had a violet rash on both eyelids.')).toBe(48);
    expect(onsetOf('Two years ago, she had been troubled by weak hips.')).toBe(24);
  });
});

describe('a follow-up, and a recovery headed by its time', () => {
  it('is a course, not the onset', () => {
    expect(
      onsetOf('Over 20 months of follow-up, her thigh weakness and her swallowing stayed stable.'),
    ).toBeUndefined();
    expect(onsetOf('During a 3-year follow-up she had no new rash and no weakness.')).toBeUndefined();
    expect(
      onsetOf('Within five months her CK fell back to normal and the weakness settled.'),
    ).toBeUndefined();
    expect(onsetOf('Over 6 weeks the heliotrope rash faded and her grip recovered.')).toBeUndefined();
  });
  it('keeps an onset that later recovers, and a time after its sign', () => {
    expect(onsetOf('Over 5 months she developed thigh weakness, which improved with rest later.')).toBe(5);
    expect(onsetOf('She had shoulder weakness over 4 months that eased with rest.')).toBe(4);
    expect(onsetOf('Over five months, weakness of the upper arms developed.')).toBe(5);
  });
});

describe('a "history of" followed by the durations of other complaints', () => {
  it('ends at the next duration', () => {
    expect(
      onsetOf(
        'She came with an eight-month history of low mood, two months of trouble climbing stairs, and one week of ' +
          'puffy ankles.',
      ),
    ).toBe(2);
    expect(rounded('He reported a 5-month history of tiredness and 3 weeks of weak hips.')).toBe(0.7);
  });
  it('keeps the history of the sign itself', () => {
    expect(onsetOf('He reported a 5-month history of weak hips and 3 weeks of fever.')).toBe(5);
    expect(onsetOf('She came with a 4-month history of arm weakness after 2 weeks of a sore throat.')).toBe(
      4,
    );
  });
});

describe('"established" as a verb', () => {
  it("is this presentation's diagnosis, not a myositis known before", () => {
    expect(
      rounded(
        'Seven weeks before admission he noticed weak thighs. The biopsy findings established ' +
          'necrotizing autoimmune myopathy.',
      ),
    ).toBe(1.6);
    expect(
      onsetOf(
        'Her weakness began 2 months ago. The antibody result, which established dermatomyositis, came later.',
      ),
    ).toBe(2);
  });
  it('keeps "with established dermatomyositis" a myositis known before', () => {
    expect(
      onsetOf('A boy with established juvenile dermatomyositis came in with new calf pain of 10 days.'),
    ).toBeUndefined();
  });
});

describe('a sign said to give no symptoms', () => {
  it('keeps its duration', () => {
    expect(onsetOf('Red scaly papules for 3 mo over the knuckles and elbows; no symptoms from them.')).toBe(
      3,
    );
    expect(onsetOf('A violet eyelid rash of 6 weeks, without any symptoms.')).toBeGreaterThan(1.3);
  });
  it('still drops a raised enzyme without symptoms, or a sign denied', () => {
    expect(onsetOf('The CK had been high for 3 years without any symptoms.')).toBeUndefined();
    expect(onsetOf('No weakness; the CK had been high for 3 years, with no symptoms.')).toBeUndefined();
  });
});

describe('"during" as "over"', () => {
  it('dates a progression', () => {
    expect(onsetOf('She had aching arms and weak thighs, which were progressive during two months.')).toBe(2);
    expect(rounded('His calf weakness worsened during 3 weeks.')).toBe(0.7);
  });
  it('leaves a treatment and a long-standing complaint', () => {
    expect(onsetOf('Prednisolone 40 mg was begun and tapered during eight weeks.')).toBeUndefined();
    expect(onsetOf('Weak legs for years, worsened during the last 2 months.')).toBeUndefined();
  });
});

describe('a duration heading its symptom', () => {
  it('reads "more than", "over" and "at least", and a second item after "and"', () => {
    expect(onsetOf('61-year-old woman. More than three years of slowly worsening weak hips.')).toBe(36);
    expect(rounded('At least 5 weeks of trouble swallowing.')).toBe(1.1);
    expect(rounded('She had a 7-month history of low mood and 2 weeks of weak shoulders.')).toBe(0.5);
  });
  it('leaves a treatment after "and"', () => {
    expect(onsetOf('She was given methylprednisolone and 5 days of IVIG.')).toBeUndefined();
  });
});

describe('verbs of suffering and of growing', () => {
  it('date the symptoms of a span', () => {
    expect(
      onsetOf('Over a 4-month period, apart from the rash, he had been troubled by weight loss and choking.'),
    ).toBe(4);
    expect(
      rounded(
        'Three weeks before admission, an elderly man flew home from a holiday, and after the flight he grew steadily ' +
          'more tired, and his appetite failed.',
      ),
    ).toBe(0.7);
  });
  it('leaves an event with no symptom', () => {
    expect(onsetOf('Two years ago, she suffered a fracture of the wrist.')).toBeUndefined();
  });
});

describe('"ED." ends a sentence', () => {
  it('so that a telegraphic duration after it opens its own', () => {
    expect(onsetOf('Man of 48 seen in the ED. 3 wk of weak thighs and dark urine.')).toBeCloseTo(0.69, 1);
    expect(onsetOf('She came to the ED. Two months of a rash on the eyelids.')).toBe(2);
  });
  it('keeps "ed." of an editor inside its sentence', () => {
    expect(onsetOf('In: Brown K, ed. Muscle disease. She had weakness for 4 months.')).toBe(4);
  });
});

describe('a run-in "The case:" heading', () => {
  it('opens the case inside a background paragraph', () => {
    expect(
      onsetOf(
        'Background: Myocarditis is a rare complication of myositis, and we saw one such patient. The case: Before ' +
          'this illness, a man aged 60 had only gout. Over the 5 months before admission, he had rising ' +
          'breathlessness and weakness of the upper arms.',
        false,
      ),
    ).toBe(5);
  });
});

describe('a weight lost by its verb', () => {
  it('is a symptom of the illness', () => {
    expect(onsetOf('Lost 8 kg over 4 months.')).toBe(4);
    expect(onsetOf('He had lost 15 pounds in the past 2 months.')).toBe(2);
  });
  it('leaves other things lost', () => {
    expect(onsetOf('She lost her husband 3 months ago.')).toBeUndefined();
  });
});
