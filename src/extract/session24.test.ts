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

/** Each lab as "analyte value (ULN n)". */
const limits = (text: string) =>
  read(text).labs.map(
    (l) => `${l.analyte} ${l.value ?? ''}${l.upperLimit !== undefined ? ` (ULN ${l.upperLimit})` : ''}`,
  );

/** Each lab as "analyte interpretation". */
const readings = (text: string) =>
  read(text).labs.map((l) => `${l.analyte} ${l.interpretation ?? ''}`.trim());

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
