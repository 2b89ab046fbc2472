/**
 * Verb forms and clauses of an onset: every form of a verb of onset, a colon list parted by semicolons, the
 * presentation after "before", the adjective of a sign as a predicate, a limb in pain, a note's "d" and "~", a span
 * that goes back, the onset verb in the time's own clause, a time in the possessive, and spans that end at the
 * visit or whose subject is denied a symptom. Each construction is written as a sentence of the project's own,
 * beside the near control that must keep its reading.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { onsetAfterHeading as onsetOf } from './__fixtures__/timing.js';

/** Months, to two decimals (weeks and days become fractions of a month). */
const rounded = (text: string) => {
  const m = onsetOf(text);
  return m === undefined ? undefined : Math.round(m * 100) / 100;
};

describe('every form of a verb of onset before a time counted back', () => {
  it('reads "starting", "beginning", "appearing"', () => {
    expect(onsetOf('Thigh weakness starting 4 months earlier, slowly progressive.')).toBe(4);
    expect(rounded('A violaceous eyelid rash appearing 3 weeks ago in a teacher.')).toBe(0.69);
    expect(rounded('Complaints beginning 6 weeks ago: tiredness and heavy arms.')).toBe(1.38);
  });
  it('leaves a treatment and a relative', () => {
    expect(rounded('Methotrexate starting 5 months earlier: no change. Proximal weakness for 3 weeks.')).toBe(
      0.69,
    );
    expect(onsetOf('Her aunt had weakness starting 2 years earlier.')).toBeUndefined();
  });
});

describe('a colon after a time opens a list whose semicolons part items, not clauses', () => {
  it('gives every item the time', () => {
    expect(
      onsetOf(
        'Dysphagia x 3 days.\nPrelude starting 5 months earlier: tiredness; aching of the thighs; a violet rash on the lids.',
      ),
    ).toBe(5);
    expect(rounded('Ill since 10 weeks ago: low fevers; sore shoulders; weak grip.')).toBe(2.3);
  });
  it('stops at an item with a time of its own', () => {
    expect(rounded('Tiredness for 7 months: ferritin checked; arm weakness for 2 weeks.')).toBe(0.46);
    expect(rounded('Tiredness for 7 months; arm weakness for 2 weeks.')).toBe(0.46);
  });
});

describe('the presentation told as a clause after "before"', () => {
  it('dates the onset', () => {
    expect(onsetOf('Two months before he presented, a scaly rash first showed over his knuckles.')).toBe(2);
    expect(
      onsetOf(
        'Five months before the woman was seen, she first found herself unable to stand up from a low stool.',
      ),
    ).toBe(5);
    expect(rounded('Her thighs started to ache six weeks before she was admitted.')).toBe(1.38);
    expect(rounded('Three weeks prior to being referred, he noticed that his shoulders were weak.')).toBe(
      0.69,
    );
    expect(onsetOf('About 4 months before she consulted, she first had trouble on the stairs.')).toBe(4);
  });
  it('leaves a treatment, a diagnosis and a relative', () => {
    expect(
      onsetOf('Two months before she presented, she had been treated for a urine infection.'),
    ).toBeUndefined();
    expect(onsetOf('The rash began 8 months before she was diagnosed with ovarian cancer.')).toBeUndefined();
    expect(onsetOf('Two months before she was seen, her sister developed weak legs.')).toBeUndefined();
    expect(onsetOf('Two months before admission, her sister developed weak legs.')).toBeUndefined();
    expect(onsetOf('Two months before admission, he developed weak legs.')).toBe(2);
  });
});

describe('the adjective of a sign as a predicate', () => {
  it('reads "erythematous" and "unable to" before an act of the muscles', () => {
    expect(onsetOf('He was seen because his neck and chest had been erythematous for one month.')).toBe(1);
    expect(rounded('The boy had been unable to climb onto the school bus for 3 weeks.')).toBe(0.69);
    expect(
      onsetOf('Seven months before the girl was seen, she began to be unable to get up off the floor.'),
    ).toBe(7);
  });
  it('leaves "unable to" before anything else', () => {
    expect(rounded('She had been unable to sleep for 9 months; her hips became weak 2 weeks ago.')).toBe(
      0.46,
    );
    expect(
      rounded(
        'He had been unable to work for 3 years after a back injury; his thighs became weak a month ago.',
      ),
    ).toBe(1);
  });
});

describe('a limb in pain', () => {
  it('is a symptom of the muscles', () => {
    expect(onsetOf('A bus driver came to clinic with arm pain of 4 months duration and a raised CK.')).toBe(
      4,
    );
  });
  it('leaves a limb with anything but pain', () => {
    expect(rounded('She had a leg ulcer for 8 months; her shoulders became weak 2 weeks ago.')).toBe(0.46);
  });
});

describe('a note\'s "d" for days and "~" for about', () => {
  it('reads them', () => {
    expect(rounded('Admitted after ~12 d of worsening weakness of the hips.')).toBe(0.39);
    expect(rounded('Woman, 58 y. 6 d of aching calves and a low fever.')).toBe(0.2);
    expect(rounded('Rash x 9d.')).toBe(0.3);
    expect(onsetOf('Seen with ~3 mo of myalgia in the upper arms.')).toBe(3);
  });
  it('leaves a "D" and a dose', () => {
    expect(onsetOf('Weakness for 5 months; a 3D reconstruction of the thighs was made.')).toBe(5);
    expect(rounded('Weakness for 2 weeks; prednisone 60 mg/d for 5 d.')).toBe(0.46);
  });
});

describe('a span of the illness that goes back', () => {
  it('is its duration', () => {
    expect(onsetOf('A boy with a history going back three years of fevers and weak legs.')).toBe(36);
    expect(rounded('Her weakness goes back about 10 weeks.')).toBe(2.3);
  });
  it('leaves other records', () => {
    expect(onsetOf('We read his notes going back 12 years; the rash appeared a month ago.')).toBe(1);
  });
});

describe('the onset verb of a time is sought in its own clause', () => {
  it('does not read a worsening after a semicolon as the onset', () => {
    expect(
      onsetOf('Her hips got weaker 3 months ago; she had first felt unwell in the spring.'),
    ).toBeUndefined();
    expect(
      onsetOf('Her weakness worsened sharply 4 weeks ago; she had noticed it long before.'),
    ).toBeUndefined();
    // (the first symptom, tiredness, dates the onset when no sign of the muscles has a time of its own)
    expect(
      onsetOf(
        'She first noticed tiredness 9 months ago; 3 months ago things got far worse and she fell often.',
      ),
    ).toBe(9);
  });
  it('keeps an onset verb in the clause', () => {
    expect(onsetOf('She noticed weak shoulders 5 months ago.')).toBe(5);
    expect(onsetOf('A rash noticed 6 months ago; weak thighs 2 months ago.')).toBe(6);
  });
});

describe('a time in the possessive, as "of"', () => {
  it('dates its symptom', () => {
    expect(rounded('Seen after 12 days\u2019 steadily worsening weakness of the hips.')).toBe(0.39);
    expect(rounded('Following three weeks\u2019 weakness, the plumber was admitted.')).toBe(0.69);
    expect(rounded("She had 5 weeks' rash over her cheeks and lids.")).toBe(1.15);
  });
  it('leaves a treatment, a leave and a follow-up', () => {
    expect(onsetOf("Seen after 12 days' treatment with prednisone for weakness.")).toBeUndefined();
    expect(rounded("He took 8 weeks' leave from work; his arms were weak for 2 weeks.")).toBe(0.46);
    expect(onsetOf("With 3 years' follow-up, her weakness never came back.")).toBeUndefined();
  });
});

describe('the presentation counted from a symptom named with any determiner', () => {
  it('dates the onset', () => {
    expect(onsetOf('She was admitted two months after a violet rash first appeared on her lids.')).toBe(2);
    expect(rounded('He came to us 5 weeks after an ache started in both thighs.')).toBe(1.15);
  });
  it('leaves another illness', () => {
    expect(onsetOf('She was admitted 2 months after an infection started in her chest.')).toBeUndefined();
  });
});

describe('a span with its count that ends at the visit', () => {
  it('dates the onset without a verb of onset', () => {
    expect(onsetOf('The joiner had been weak for the 4 months before admission.')).toBe(4);
    expect(onsetOf('For the two months leading up to her referral, her arms felt heavy and weak.')).toBe(2);
  });
  it('leaves a drug and a spell of health', () => {
    expect(rounded('For the 3 years before admission he had taken simvastatin; weak hips for 3 weeks.')).toBe(
      0.69,
    );
    expect(rounded('For the 3 years before admission she had been well; weak hips for 3 weeks.')).toBe(0.69);
  });
});

describe('a span or a time whose subject is denied a symptom right after it', () => {
  it('dates nothing', () => {
    expect(
      rounded('In the 4 months before admission she had no weakness; the rash appeared 10 days ago.'),
    ).toBe(0.33);
    expect(
      rounded('Three months before admission he had no rash at all; his legs became weak 3 weeks ago.'),
    ).toBe(0.69);
  });
  it('keeps a symptom that is had', () => {
    expect(onsetOf('Three months before admission he had a rash on both lids.')).toBe(3);
  });
});
