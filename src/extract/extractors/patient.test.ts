import { describe, expect, it } from 'vitest';
import { extractCase } from '../extract.js';

const patient = (t: string) => extractCase(t).case.patient;

describe('age in all its spellings (conventions, "Patient")', () => {
  it.each([
    ['A 52-year-old woman with weakness.', 52, 'female'],
    ['A 52\u2011year\u2011old woman with weakness.', 52, 'female'],
    ['A 52\u2013year\u2013old man.', 52, 'male'],
    ['A 52 years old gentleman.', 52, 'male'],
    ['A 69-yearold man presented.', 69, 'male'],
    ['A teenager, ten years of age, with calcinosis. He was well and his CK was normal.', 10, 'male'],
    ['An adolescent of ten years old; the boy had calcinosis.', 10, 'male'],
    ['A woman aged 55 presented.', 55, 'female'],
    ['Case: 62 years, male, with a rash.', 62, 'male'],
    ['A 45-year-old presented with weakness. She had a heliotrope rash.', 45, 'female'],
    ['Patient: girl aged 7', 7, 'female'],
    ['Patient: 9-year-old boy', 9, 'male'],
    ['Woman, 49 years, with rash.', 49, 'female'],
    ['Patient: female, 61 years old', 61, 'female'],
    ['76F. 4/12 hx prox weakness.', 76, 'female'],
    ['53 M. hx prox weakness.', 53, 'male'],
    ['69yo M. difficulty with stairs.', 69, 'male'],
    ['Mr T., 74, has had weakness for years.', 74, 'male'],
    ['Spoke with Ms D. (34) about her results.', 34, 'female'],
  ] as const)('reads "%s"', (text, age, sex) => {
    expect(patient(text)).toMatchObject({ age, sex });
  });

  it('reads a decade as a range and records its lower bound', () => {
    const r = extractCase('A man in his 60s presents with a rash.');
    expect(r.case.patient).toMatchObject({ age: 60, sex: 'male' });
    expect(r.patientEvidence[0]).toMatchObject({ note: 'age-range', params: { low: 60, high: 69 } });
    expect(patient('The patient is a female in her seventies.').age).toBe(70);
    expect(patient('A man in his late fifties.').age).toBe(57);
  });

  it('never takes a relative’s or a cited patient’s age', () => {
    expect(patient('Her 80-year-old mother had breast cancer.').age).toBeUndefined();
    expect(
      patient(
        'Case report\nThe patient had a rash.\n\nDiscussion\nSmith described a 70-year-old man with the same disease.',
      ).age,
    ).toBeUndefined();
  });
});

describe('sex from nouns, titles, pronouns and organs', () => {
  it('reads a noun or title anywhere in the patient part, then pronouns', () => {
    expect(patient('An elderly lady presented with weakness.').sex).toBe('female');
    expect(patient('The gentleman had dysphagia.').sex).toBe('male');
    expect(patient('A teacher presented. She had a rash. Her CK was high. She improved.').sex).toBe('female');
  });
  it('infers the sex from a cancer of a sex-specific organ when nothing else states it', () => {
    const r = extractCase('We present a patient whose first symptom of ovarian cancer was dermatomyositis.');
    expect(r.case.patient.sex).toBe('female');
    expect(r.patientEvidence.map((e) => e.note)).toContain('sex-from-organ');
  });
});

describe('patient: more age spellings (issue 12, new synthetic sentences)', () => {
  it('reads "N-y-old" and "a woman of N"', () => {
    expect(patient('A 38-y-old woman presented with rash.').age).toBe(38);
    expect(patient('A man of 71 presented with dysphagia.').age).toBe(71);
    expect(patient('A woman of 71 kg presented with dysphagia.').age).toBeUndefined();
  });
});

describe('third round of published phrasings (issue 12)', () => {
  it('reads "a 2-year 8-month-old girl" as 2 and never a duration ("twenty years of statin use") as an age', () => {
    expect(patient('Weakness\n\nA 2-year 8-month-old girl presented.')).toMatchObject({
      age: 2,
      sex: 'female',
    });
    expect(patient('Myopathy after twenty years of statin use\n\n66-year-old man presented.')).toMatchObject({
      age: 66,
    });
  });
  it('reads the passive "the case … in a young female is reported" as this patient', () => {
    expect(
      patient(
        'Anti-synthetase syndrome\n\nAnti-synthetase syndrome is a myopathy characterized by arthritis. The case of anti-synthetase syndrome in a young female is reported.',
      ).sex,
    ).toBe('female');
  });
});

describe('patient: a duration is not an age (issue 12, third round)', () => {
  it('reads "N years of" as an age only before "age"', () => {
    expect(
      patient(
        'Myopathy after twenty years of statin use\n\nCase presentation: 66-year-old man with weakness.',
      ).age,
    ).toBe(66);
    expect(patient('A boy, ten years of age, with calcinosis.').age).toBe(10);
  });
});

describe('patient: fourth round of published phrasings (issue 12)', () => {
  it('reads the child brought by a parent as the patient', () => {
    expect(patient('The mother of a healthy 10-year-old girl brings her child to the office.')).toMatchObject(
      {
        age: 10,
        sex: 'female',
      },
    );
  });
  it('never reads a group age band as an age', () => {
    expect(
      patient(
        'A girl had a rash. Juvenile dermatomyositis is a rare myopathy that affects children aged 18 years and younger.',
      ).age,
    ).toBeUndefined();
  });
});

describe('patient: decade nouns (issue 12, fourth round)', () => {
  it('reads "an octogenarian" as the eighties (lower bound)', () => {
    expect(patient('An octogenarian woman presented with weakness.')).toMatchObject({
      age: 80,
      sex: 'female',
    });
  });
  it('refines a decade by an exact age inside it stated later, never by one outside it', () => {
    expect(
      patient('Weakness in an octogenarian. We saw an 86 year-old man with a 2-month weakness.').age,
    ).toBe(86);
    expect(patient('An octogenarian woman presented. Her weakness began at 45 years of age.').age).toBe(80);
  });
});

describe('patient: fifth round (issue 12)', () => {
  it('does not take the sex of a sex ratio', () => {
    expect(patient('His CK was 900 U/L. The female-to-male ratio of the disease is 2:1.').sex).toBe(
      'unknown',
    );
    expect(patient('Creatine kinase was high. A male to female ratio of 1:2 is reported.').sex).toBe(
      'unknown',
    );
  });
});

describe('sex from a single pronoun', () => {
  it('leaves the sex open when the one pronoun is not a subject or the other sex is named too', () => {
    expect(
      patient('A 3-year-old presented with a rash. Her mother noted weakness. He was seen again.').sex,
    ).toBe('unknown');
    expect(patient('A 62-year-old presented with a rash; his CK was high.').sex).toBe('unknown');
  });
});

describe('patient: eighth round, "y.o." (issue 12)', () => {
  it('reads "72 y.o." as an age', () => {
    expect(patient('We saw a 72 y.o. asymptomatic man with a raised CK.')).toMatchObject({
      age: 72,
      sex: 'male',
    });
  });
});

describe('patient: eighth round, a negated "smoking" (issue 12)', () => {
  it('reads "no history of …, smoking or …" and "denies smoking" as never smoked, an affirmed bare "smoking" as nothing', () => {
    expect(
      patient('A 50-year-old woman. There was no history of alcoholism, smoking or drug use.').smoking,
    ).toBe('never');
    expect(patient('A 50-year-old man who denies smoking.').smoking).toBe('never');
    expect(patient('A 50-year-old man with a history of smoking.').smoking).toBeUndefined();
  });
});

describe('patient: tenth round, a possessive before the body (issue 12)', () => {
  it('reads a single "his"/"her" before a part of the body as the sex; a lone "her" elsewhere, or both sexes, as nothing', () => {
    expect(
      patient(
        'A 59-year-old patient was admitted. Examination showed symmetrical weakness in his proximal muscle groups.',
      ).sex,
    ).toBe('male');
    expect(patient('A 46-year-old patient had a rash on her hands and chest.').sex).toBe('female');
    expect(patient('A 46-year-old patient was seen. The team told her the results.').sex).toBe('unknown');
    expect(
      patient('A 46-year-old patient had a rash on her hands. His brother had weakness in his arms.').sex,
    ).toBe('unknown');
  });
});

describe('patient: tenth round, counted cases of others (issue 12)', () => {
  it('does not take an age or a sex from "two previous cases …, one of a 13 year old child and the other an adult female"', () => {
    const p = patient(
      'Abstract\n\nWe report a rare case of a patient with myositis. This is a rare presentation with only two previous cases seen in literature, one of a 13 year old child and the other an adult female. The patient was treated with steroids.',
    );
    expect(p.age).toBeUndefined();
    expect(p.sex).toBe('unknown');
  });
});

describe('patient: fourteenth round, a smoking history with its end (issue 12)', () => {
  it('reads an affirmed "smoking" ended by "until …" or "which he quit" as a former smoker, and an open one as nothing', () => {
    expect(
      patient('A 70-year-old man had a long history of pipe smoking until four years before his admission.')
        .smoking,
    ).toBe('former');
    expect(patient('A 64-year-old woman with heavy smoking, which she quit in 2011.').smoking).toBe('former');
    expect(patient('A 64-year-old woman with a long history of smoking.').smoking).toBeUndefined();
    expect(patient('A 64-year-old woman with no history of smoking until now.').smoking).toBe('never');
  });
});

describe('patient: fourteenth round, "a N years <describing words> woman" (issue 12)', () => {
  it('reads the age before a person noun without "old", never across a determiner', () => {
    expect(patient('The patient was a 64 years black man, a retired teacher.')).toMatchObject({ age: 64 });
    expect(
      patient('She had been well for a 10 years period. The woman presented with weakness.').age,
    ).toBeUndefined();
  });
});

describe('patient: fourteenth round, the age of the presentation stated after (issue 12)', () => {
  it('keeps "at age N" of the presentation over "a M years … woman" before it', () => {
    expect(patient('A 71 years Asian woman presented at age 65 with weakness.').age).toBe(65);
  });
});
