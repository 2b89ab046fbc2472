/**
 * The patient's own fields: sex from a possessive or an obstetric history, age as a noun's complement or "at N
 * years", a title of address, smoking told other ways, a spouse, the patient introduced without a verb, and whether
 * a text reports one case or several. Each with the control it must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase, patientsDescribed } from '../extract.js';
import { WEAK_THIGHS_CASE } from './__fixtures__/helpers.js';

const patientOf = (text: string) => extractCase(text).case.patient;

describe('sex from a possessive before a complaint', () => {
  const sex = (text: string) => extractCase(text).case.patient.sex;
  it('"his breathing symptoms settled" gives a male patient', () => {
    expect(
      sex('The patient was treated with tacrolimus. By six months his breathing symptoms had settled.'),
    ).toBe('male');
  });
  it('"her rash faded" gives a female patient', () => {
    expect(sex('The patient received intravenous immunoglobulin, and her rash faded.')).toBe('female');
  });
  it('control: a possessive before a lab alone leaves the sex open', () => {
    expect(sex('The patient was admitted. His CK was 900 U/L.')).toBe('unknown');
  });
});

describe('a single case reported by "the study"', () => {
  const patient = (text: string) =>
    extractCase(`Dysferlinopathy mistaken for myositis\n\n${text}`).case.patient;
  it('"The study reports the case of a 29-year-old man whose …" gives his age and sex', () => {
    expect(patient('The study reports the case of a 29-year-old man whose calves grew weak.')).toMatchObject({
      age: 29,
      sex: 'male',
    });
  });
  it('control: a study of forty patients gives no patient', () => {
    expect(
      patient('The study describes 40 patients with calf weakness, with a mean age of 44 years.'),
    ).not.toHaveProperty('age');
  });
});

describe('texts about several patients', () => {
  it('counts beyond four, in digits, after "herein", and groups of women', () => {
    expect(patientsDescribed('Myositis after vaccination\n\nWe herein report six cases of myositis.')).toBe(
      6,
    );
    expect(
      patientsDescribed('Myositis and ovarian cancer\n\nWe describe five women with ovarian cancer.'),
    ).toBe(5);
    expect(patientsDescribed('Anti-SRP myopathy: a retrospective review of 16 cases\n\nBackground.')).toBe(
      16,
    );
  });
  it('a sentence opening "Two patients, a … and a …"', () => {
    expect(
      patientsDescribed('JDM\n\nTwo patients, a 5-year-old girl and a 12-year-old boy, were admitted.'),
    ).toBe(2);
  });
  it('control: the cases a literature review identified are not the report’s patients', () => {
    expect(
      patientsDescribed('GVHD myositis\n\nA 40-year-old man … We identified 85 cases in the literature.'),
    ).toBe(1);
  });
});

describe('a title of address only when written as one', () => {
  const sexOf = (t: string) => extractCase(t).case.patient.sex;
  it('"630 ms" (milliseconds) makes no woman of a man', () => {
    expect(
      sexOf(
        'A 45-year-old presented with palpitations. ECG showed a long QTc (630 ms). He was given potassium.',
      ),
    ).toBe('male');
  });

  it('"MS" (multiple sclerosis) names no sex; "Ms" and "Mr" still do', () => {
    expect(sexOf('A 45-year-old with MS presented with weakness.')).toBe('unknown');
    // ("MR brain imaging" had made a woman a man)
    expect(
      sexOf('A 45-year-old presented with ataxia. MR brain imaging was normal. She was given steroids.'),
    ).toBe('female');
    expect(sexOf('Ms. Reyes, 45, presented with weakness.')).toBe('female');
    expect(sexOf('Mr T., 74, presented with weakness.')).toBe('male');
  });
});

describe('the sex of an obstetric patient', () => {
  const patientOf = (text: string) => extractCase('Case presentation\n\n' + text).case.patient;
  it('reads a woman from "nulliparous", "postpartum" or an obstetric formula beside the age', () => {
    // (the sex had been unknown)
    expect(patientOf('A nulliparous patient aged 29 presented with a heliotrope rash.').sex).toBe('female');
    expect(patientOf('A 30-year-old postpartum patient presented with proximal weakness.').sex).toBe(
      'female',
    );
    expect(patientOf('A 31-year-old G2P1 presented with proximal weakness.').sex).toBe('female');
    // control: a "G" that starts no formula says nothing
    expect(
      patientOf('A 31-year-old patient with G6PD deficiency presented with proximal weakness.').sex,
    ).toBe('unknown');
  });
});

describe('a smoker in the past', () => {
  const smokingOf = (text: string) => extractCase('Case presentation\n\n' + text).case.patient.smoking;
  it('reads "a former heavy smoker", "had been a smoker in the distant past" and "… until 2012" as former', () => {
    // (each had been read as a current smoker)
    expect(smokingOf('A 66-year-old man, a former heavy smoker, presented with proximal weakness.')).toBe(
      'former',
    );
    expect(
      smokingOf('A 66-year-old man had been a smoker in the distant past. He presented with weakness.'),
    ).toBe('former');
    expect(
      smokingOf(
        'A 66-year-old man had been a smoker for two decades, until 2012. He presented with weakness.',
      ),
    ).toBe('former');
  });

  it('keeps a smoker whose habit has no end told as current', () => {
    // controls
    expect(smokingOf('A 66-year-old man had been a smoker for 40 years. He presented with weakness.')).toBe(
      'current',
    );
    expect(smokingOf('A 66-year-old man is a heavy smoker. He presented with weakness.')).toBe('current');
  });
});

describe('an age as a person noun’s complement', () => {
  it('reads "a female patient of 45 years" and "a woman of forty-five years"', () => {
    expect(patientOf('A female patient of 45 years presented with a heliotrope rash.').age).toBe(45);
    expect(patientOf('A woman of forty-five years presented with proximal weakness.').age).toBe(45);
  });

  it('reads no age from a duration or a group ("a patient of 3 years’ standing", "a cohort of 40 years")', () => {
    expect(patientOf('A patient of 3 years’ standing with dermatomyositis was seen.').age).toBeUndefined();
    expect(patientOf('Data from a registry of 20 years were reviewed.').age).toBeUndefined();
  });
});

describe('a plural noun beside one patient’s age', () => {
  it('reads the sex of "a 61-year old women" and "a men of 54 y.o."', () => {
    expect(extractCase('A 61-year old women came with a rash.').case.patient).toMatchObject({
      sex: 'female',
      age: 61,
    });
    expect(extractCase('A men of 54 y.o. presented with weakness.').case.patient).toMatchObject({
      sex: 'male',
      age: 54,
    });
  });
});

describe('patient: a spouse, and tobacco usage', () => {
  it("gives no family history of cancer from a husband's cancer; reads a denied tobacco usage", () => {
    expect(
      extractCase(WEAK_THIGHS_CASE + 'Her husband had been treated for bladder cancer.').case.patient
        .familyHistoryOfCancer,
    ).toBe(undefined);
    expect(extractCase(WEAK_THIGHS_CASE + 'She denied tobacco usage.').case.patient.smoking).toBe('never');
    // control: a blood relative
    expect(
      extractCase(WEAK_THIGHS_CASE + 'Her mother had been treated for breast cancer.').case.patient
        .familyHistoryOfCancer,
    ).toBe('yes');
  });
});

describe('the patient introduced without a verb, or by a heading with an article', () => {
  it('reads the age and sex of a verbless opener under a background heading', () => {
    const p = patientOf('Background: 71 y/o man; retired plumber; lives alone.\n\nCase: Rash for 2 weeks.');
    expect(p.age).toBe(71);
    expect(p.sex).toBe('male');
  });
  it('keeps a general background sentence about an age group unread (control)', () => {
    const p = patientOf(
      'Background: 60-year-old women with this disease carry a higher cancer risk.\n\nCase: Rash.',
    );
    expect(p.age).toBeUndefined();
  });
  it('reads the case under a heading "The case"', () => {
    const p = patientOf(
      'Summary\n\nBackground\n\nMyositis is rare.\n\nThe case\n\nSix months before admission, a man, by then 48 years old, noticed weakness.',
    );
    expect(p.age).toBe(48);
  });
});

describe('smoking denied with "neither … nor"', () => {
  it('reads a never-smoker', () => {
    expect(
      patientOf('Our patient, a woman of 52, sought help for a rash. She neither drank nor smoked.').smoking,
    ).toBe('never');
    expect(
      patientOf('Our patient, a man of 52, sought help for a rash. He neither smokes nor drinks.').smoking,
    ).toBe('never');
  });
  it('leaves a relative’s habit out (control)', () => {
    expect(
      patientOf('Our patient, a man of 52, sought help for a rash. His brother neither smoked nor drank.')
        .smoking,
    ).toBeUndefined();
  });
});

describe('patient: "a man of N" before any verb, and the verb "smoked" with its end', () => {
  const patientOf = (text: string) => extractCase(text).case.patient;

  it('reads the age after "a <noun> of" whatever verb follows, never a weight', () => {
    expect(patientOf('A lady of 72 attended our clinic with a facial rash.').age).toBe(72);
    expect(patientOf('A man of 54 came to the ward because of a rash.').age).toBe(54);
    // control: a weight
    expect(patientOf('A woman of 58 kg was weighed on the ward. She had a rash.').age).toBeUndefined();
  });

  it('reads a former smoker from "had smoked …, stopping / until / gave up"', () => {
    expect(
      patientOf(
        'A 66-year-old man was seen. He had smoked a pipe for decades, stopping when his angina began.',
      ).smoking,
    ).toBe('former');
    expect(patientOf('A 66-year-old man was seen. He smoked cigars until his retirement.').smoking).toBe(
      'former',
    );
  });

  it('leaves the verb alone unknown, and keeps a current smoker later in the sentence', () => {
    // controls
    expect(patientOf('A 66-year-old man was seen. He smoked cigars at weekends.').smoking).toBeUndefined();
    expect(
      patientOf('A 66-year-old man was seen. He had not smoked for a year, until the relapse.').smoking,
    ).toBeUndefined();
    expect(
      patientOf('A 66-year-old man was seen. He smoked heavily and is still a current smoker.').smoking,
    ).toBe('current');
  });
});

describe('an age after a title and two initials, as a letter’s "Re:" line writes it (session 51)', () => {
  it('reads "Mrs J. D., 72 y" and "Mr K. L. (72 years)"', () => {
    expect(patientOf('Re: Mrs J. D., 72 y\nThank you for seeing this lady with weak thighs.').age).toBe(72);
    expect(patientOf('Re: Mr K. L. (72 years)\nThank you for seeing this man with weak thighs.').age).toBe(
      72,
    );
  });
  it('control: a number that opens an address or a count is no age', () => {
    expect(patientOf('Re: Mrs J. D., 12 Hill Street\nThank you for seeing her.').age).toBeUndefined();
    expect(patientOf('Mrs Ann Jones, 2 children, was seen for a rash.').age).toBeUndefined();
  });
});
