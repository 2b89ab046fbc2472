/**
 * Readings fixed in session 24 (issue 12): constructions of published text outside the corpus, each written here
 * as a sentence of this file, with a control the fix must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase, patientsDescribed } from './extract.js';

/** The case read after a title and a neutral opening sentence (no sentence under test is the title). */
const read = (text: string) =>
  extractCase(`Myositis: a case report\n\nA 58-year-old patient was seen in clinic. ${text}`).case;

/** Each lab as "analyte comparator+value unit". */
const labs = (text: string) =>
  read(text).labs.map((l) => `${l.analyte} ${l.comparator ?? ''}${l.value ?? ''} ${l.unit ?? ''}`.trim());

/** Finding id → status. */
const findings = (text: string) =>
  Object.fromEntries(read(text).findings.map((f) => [f.id, f.status] as const));

/** Antibody target → result. */
const antibodies = (text: string) =>
  Object.fromEntries(read(text).antibodies.map((a) => [a.target, a.result] as const));

describe('results told with "include(s)"', () => {
  it('"Laboratory studies include" with a measured value is the patient’s results', () => {
    const text = 'Laboratory studies include a CK of 2,400 U/L and a positive anti-PL-7 antibody.';
    expect(labs(text)).toEqual(['CK 2400 U/L']);
    expect(antibodies(text)).toEqual({ 'PL-7': 'positive' });
  });
  it('control: "Laboratory findings include elevated CK" without a value stays a statement about the disease', () => {
    expect(labs('Laboratory findings include elevated CK and aldolase.')).toEqual([]);
  });
  it('control: a plan ("the work-up should include") gives no result', () => {
    expect(antibodies('The work-up should include CK, aldolase and a myositis antibody panel.')).toEqual({});
  });
});

/** Each lab as "analyte value (ULN n)". */
const limits = (text: string) =>
  read(text).labs.map(
    (l) => `${l.analyte} ${l.value ?? ''}${l.upperLimit !== undefined ? ` (ULN ${l.upperLimit})` : ''}`,
  );

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

/** Each lab as "analyte interpretation". */
const readings = (text: string) =>
  read(text).labs.map((l) => `${l.analyte} ${l.interpretation ?? ''}`.trim());

describe('structured abstracts of a single case', () => {
  const whole = (text: string) => extractCase(text).case;
  it('"Case description A 58-year-old woman …" without a colon is the case, not the background', () => {
    const c = whole(
      'Dystrophy with reduced calpain on biopsy\n\nAbstract\nBackground Girdle dystrophies vary widely.\nCase description A 58-year-old woman attended our clinic with proximal weakness.\nConclusions Calpain can be reduced.',
    );
    expect(c.patient).toMatchObject({ age: 58, sex: 'female' });
    expect(c.findings.map((f) => f.id)).toContain('proximal-weakness-upper');
  });
  it('control: one bare word at a line start is not a heading', () => {
    expect(
      whole('Dermatomyositis: a case\n\nCase reports are useful. A 50-year-old woman had a heliotrope rash.')
        .patient,
    ).toMatchObject({ age: 50 });
  });
  it('"Background: … We report a 60-year-old man …" under a research abstract whose Results give only values', () => {
    const c = whole(
      'Viral myositis mistaken for polymyositis\n\nBackground: Viral myositis is rare. We report a 60-year-old man with proximal weakness.\nMethods: Laboratory tests and EMG were done.\nResult: CK was 5,000 U/L.\nConclusion: Viral myositis can look like polymyositis.',
    );
    expect(c.patient).toMatchObject({ age: 60, sex: 'male' });
    expect(c.labs.map((l) => l.value)).toEqual([5000]);
  });
});

describe('a lesson verb that reports the case', () => {
  const whole = (text: string) => extractCase(`Viral myositis taken for polymyositis\n\n${text}`).case;
  it('"This report highlights a 45-year-old man with a heliotrope rash" is the patient', () => {
    const c = whole('This report highlights a 45-year-old man with a heliotrope rash.');
    expect(c.patient).toMatchObject({ age: 45, sex: 'male' });
    expect(c.findings.map((f) => [f.id, f.status])).toEqual([['heliotrope-rash', 'present']]);
  });
  it('control: "This case highlights that a heliotrope rash may be …" stays a lesson', () => {
    expect(
      whole(
        'A 45-year-old man was seen. This case highlights that a heliotrope rash may be the first sign of the disease.',
      ).findings,
    ).toEqual([]);
  });
});

describe('a family history of cancer denied', () => {
  const family = (text: string) => read(text).patient.familyHistoryOfCancer;
  it('"Family history was negative for cancer" is no family history of cancer (was read yes)', () => {
    expect(family('Family history was negative for cancer.')).toBe('no');
  });
  it('"no family history of oncologic or renal disease" (an adjective of cancer)', () => {
    expect(family('There is no family history of oncologic or renal disease.')).toBe('no');
  });
  it('control: "Family history was positive for breast cancer" is yes', () => {
    expect(family('Family history was positive for breast cancer.')).toBe('yes');
  });
  it('control: the patient’s own malignant tumour is no family history', () => {
    expect(family('He had a malignant tumour of the thymus.')).toBeUndefined();
  });
});

describe('muscle MRI: denied oedema and oedema of the fascia', () => {
  const imaging = (text: string) => read(text).muscleImaging.map((m) => m.finding);
  it('"fascial thickening … without muscle oedema" is no myositis oedema', () => {
    expect(
      imaging('MRI of the thighs showed fascial thickening and enhancement without muscle oedema.'),
    ).toEqual(['other']);
  });
  it('"fascial oedema between the flexor muscles" is the fascia’s, not the muscle’s', () => {
    expect(imaging('MRI of the thighs showed fascial oedema between the flexor muscles.')).toEqual(['other']);
  });
  it('"no muscle oedema" is a normal muscle MRI', () => {
    expect(imaging('MRI of the thighs showed no muscle oedema.')).toEqual(['normal']);
  });
  it('control: oedema of the vastus muscles is myositis oedema', () => {
    expect(imaging('MRI of the thighs showed oedema of the vastus muscles.')).toEqual(['myositis-oedema']);
  });
});

describe('signs named as a class are a statement about disease', () => {
  const whole = (text: string) => extractCase(`Benign acute myositis of childhood\n\n${text}`).case;
  it('"Muscle pain and trouble walking are symptoms of …" gives the patient nothing', () => {
    expect(
      whole(
        'Muscle pain and trouble walking are symptoms of both mild and serious conditions. We report a 7-year-old boy.',
      ).findings,
    ).toEqual([]);
  });
  it('"Rash and weakness are common features of dermatomyositis" likewise', () => {
    expect(
      whole('Rash and weakness are common features of dermatomyositis. We report a 7-year-old boy.').findings,
    ).toEqual([]);
  });
  it('control: "Her symptoms are calf pain and a limp" is the patient’s', () => {
    expect(
      whole('A 7-year-old boy was seen. His symptoms are calf pain and a limp.').findings.map((f) => f.id),
    ).toEqual(['myalgia']);
  });
});

describe('round five: a failed treatment, a denied form, limits and units', () => {
  it('"after a lack of response to methotrexate, with worsening weakness" denies nothing', () => {
    expect(
      findings(
        'She was referred after a lack of response to methotrexate, with progressive proximal muscle weakness.',
      ),
    ).toEqual({ 'proximal-weakness-upper': 'present', 'proximal-weakness-lower': 'present' });
  });
  it('control: "a lack of muscle weakness" still denies it', () => {
    expect(findings('There was a lack of muscle weakness.')).toMatchObject({
      'proximal-weakness-upper': 'absent',
    });
  });
  it('"no rapidly progressive interstitial lung disease" leaves the lung disease open', () => {
    expect(findings('She had no rapidly progressive interstitial lung disease.')).toEqual({});
    expect(findings('She had no interstitial lung disease.')).toEqual({
      'interstitial-lung-disease': 'absent',
    });
  });
  it('"[upper limit of normal (ULN)=190 U/L]" is the CK’s upper limit', () => {
    expect(limits('Her CK was 5120 U/L [upper limit of normal (ULN)=190 U/L].')).toEqual([
      'CK 5120 (ULN 190)',
    ]);
  });
  it('"7.6gr/dl": grams written "gr"', () => {
    expect(labs('Haemoglobin 7.6gr/dl.')).toEqual(['haemoglobin 7.6 g/dL']);
  });
  it('"anaemia (haemoglobin 9.3 g/dL)" keeps the low reading beside the value', () => {
    expect(read('Tests revealed anaemia (haemoglobin 9.3 g/dL).').labs.map((l) => l.interpretation)).toEqual([
      'low',
    ]);
  });
});

describe('round six: poster headings and plain names', () => {
  it('"Case Information:" after an introduction opens the case', () => {
    const c = extractCase(
      'Antisynthetase syndrome: a poster\n\nIntroduction: The syndrome is rare. Case Information: A 50 year-old man was febrile with arthralgia. His CPK was 900 U/L.',
    ).case;
    expect(c.patient).toMatchObject({ age: 50, sex: 'male' });
    expect(c.labs.map((l) => l.value)).toEqual([900]);
  });
  it('"lactic acid dehydrogenase" is LDH, and the CK after it in the list is kept', () => {
    expect(
      readings('Labs showed raised ESR, CRP, lactic acid dehydrogenase, and creatine phosphokinase.'),
    ).toEqual(['ESR elevated', 'CRP elevated', 'LDH elevated', 'CK elevated']);
  });
  it('"reticular interstitial disease" on a chest film is interstitial lung disease', () => {
    expect(findings('A chest film showed reticular interstitial disease.')).toEqual({
      'interstitial-lung-disease': 'present',
    });
  });
  it('"ulcerating skin lesions" are skin ulceration', () => {
    expect(findings('He had ulcerating skin lesions over both elbows.')).toEqual({
      'skin-ulceration': 'present',
    });
  });
});

describe('round seven: a side word of another sign, a result noun before the antibody', () => {
  it('"bilateral lower extremity oedema and proximal muscle weakness" is no symmetric weakness', () => {
    expect(
      findings('She had bilateral lower extremity edema and proximal muscle weakness.'),
    ).not.toHaveProperty('symmetric-weakness');
  });
  it('control: "bilateral lower extremity weakness" is symmetric', () => {
    expect(findings('She had bilateral lower extremity weakness.')).toMatchObject({
      'symmetric-weakness': 'present',
    });
  });
  it('"the panel returned positive findings of anti-PL-7" is PL-7 positive', () => {
    expect(antibodies('The myositis panel returned positive findings of anti-PL-7 antibody.')).toEqual({
      'PL-7': 'positive',
    });
  });
  it('"positive results for anti-Jo-1 and anti-Ro52"', () => {
    expect(antibodies('The panel showed positive results for anti-Jo-1 and anti-Ro52.')).toEqual({
      'Jo-1': 'positive',
      Ro52: 'positive',
    });
  });
});

describe('round eight: older abstracts', () => {
  it('"1.5 x 10(9)/L": the power of ten in brackets', () => {
    expect(labs('Neutrophils were 12.4 x 10(9)/L.')).toEqual(['neutrophils 12.4 10*9/L']);
  });
  it('"difficulty in deglutition" is dysphagia', () => {
    expect(findings('He had difficulty in deglutition for a week.')).toEqual({ dysphagia: 'present' });
  });
  it('"adenocarcinomas in both ovaries" at post-mortem is a cancer (the plural gave none)', () => {
    expect(
      extractCase(
        'Dermatomyositis and ovarian cancer\n\nA 71-year-old woman with dermatomyositis died; a post-mortem examination showed adenocarcinomas in both ovaries.',
      ).case.cancers.map((c) => [c.histology, c.site]),
    ).toEqual([['adenocarcinoma', 'ovary']]);
  });
  it('"two of her sisters had died of Hodgkin’s disease" is the sisters’ cancer, not the patient’s', () => {
    const c = read('She had polymyositis. Two of her sisters had died of Hodgkin’s disease.');
    expect(c.cancers).toEqual([]);
    expect(c.patient.familyHistoryOfCancer).toBe('yes');
  });
  it('a title that counts its cases ("…: report of two cases") tells several patients', () => {
    expect(
      patientsDescribed('Thymoma and polymyositis: report of two cases\n\nA 40-year-old woman had weakness.'),
    ).toBe(2);
    expect(patientsDescribed('Dermatomyositis and cancer: three cases\n\nThe first was a man.')).toBe(3);
  });
  it('control: a one-line text has no title to count from', () => {
    expect(
      patientsDescribed('A 54-year-old man had a rash. Three cases of this kind were reported before.'),
    ).toBe(1);
  });
});

describe('round nine: dermatology and European abstracts', () => {
  it('"the arms had normal power; the legs showed proximal weakness": the arms are not weak', () => {
    expect(findings('The arms had normal power; the legs showed bilateral proximal weakness.')).toMatchObject(
      {
        'proximal-weakness-upper': 'absent',
        'proximal-weakness-lower': 'present',
      },
    );
  });
  it('"anti-NPX2" (letters swapped) is NXP2', () => {
    expect(antibodies('She had dermatomyositis with anti-NPX2 antibodies.')).toEqual({ NXP2: 'positive' });
  });
  it('"autoimmune antibody tests were negative" is a negative screen', () => {
    expect(antibodies('Autoimmune antibody tests were negative.')).toEqual({
      'autoantibody screen': 'negative',
    });
  });
  it('"a shave biopsy … showed vacuolar interface change" is a skin biopsy', () => {
    expect(
      read('A shave biopsy of a scaly plaque on the back showed vacuolar interface change.').skinBiopsy,
    ).toMatchObject({
      performed: 'done',
      conclusion: 'interface-dermatitis',
    });
  });
  it('a definition whose relative clause names "a patient" gives this patient nothing', () => {
    expect(
      extractCase(
        'Bullous dermatomyositis\n\nBullous dermatomyositis is an uncommon illness marked by girdle weakness and skin blisters which appear in a patient with a tumour. We report a 60-year-old woman.',
      ).case.findings,
    ).toEqual([]);
  });
});

describe('round eleven: ages, spellings and a virus’s DNA', () => {
  const age = (text: string) => extractCase(`Juvenile dermatomyositis\n\n${text}`).case.patient.age;
  it('"a 2 years and 11 months old girl" is 2 (was read as 0)', () => {
    expect(age('A 2 years and 11 months old girl was seen.')).toBe(2);
  });
  it('"a 3.4-year-old girl" and "age 14.6 years" are completed years', () => {
    expect(age('A 3.4-year-old girl was seen.')).toBe(3);
    expect(age('A girl age 14.6 years was seen.')).toBe(14);
  });
  it('"HMGCoA reductase antibodies" and "anti-PM75"', () => {
    expect(antibodies('HMGCoA reductase antibodies were positive.')).toEqual({ HMGCR: 'positive' });
    expect(antibodies('The extended panel was positive for anti-PM75.')).toEqual({ 'PM-Scl': 'positive' });
  });
  it('"CMV-DNA copy number was increased" is no anti-dsDNA', () => {
    expect(antibodies('Her cytomegalovirus (CMV)-DNA load had risen.')).toEqual({});
  });
  it('control: "negative ANA, DNA and ENA" keeps the DNA antibody', () => {
    expect(antibodies('Serology showed negative ANA, DNA and ENA.')).toMatchObject({ dsDNA: 'negative' });
  });
  it('"aspartate transferase" is AST', () => {
    expect(labs('Aspartate transferase was 120 U/L.')).toEqual(['AST 120 U/L']);
  });
  it('"given without improvement in muscle weakness" denies no weakness', () => {
    expect(findings('Plasma exchange was given without improvement in muscle weakness.')).not.toMatchObject({
      'proximal-weakness-upper': 'absent',
    });
  });
});
