/**
 * Readings fixed in session 26 (issue 12): constructions of published text outside the corpus and of the
 * development half, each written here as a sentence of this file, with a control the fix must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from './extract.js';

/** The case read after a title and a neutral opening sentence (no sentence under test is the title). */
const read = (text: string) =>
  extractCase(`Myositis: a case report\n\nA 58-year-old patient was seen in clinic. ${text}`).case;

/** Each lab as "analyte comparator+value unit". */
const labs = (text: string) =>
  read(text).labs.map((l) => `${l.analyte} ${l.comparator ?? ''}${l.value ?? ''} ${l.unit ?? ''}`.trim());

describe('an enzyme abbreviation read by its unit outside a panel', () => {
  it('"LD to 511 IU/L" after a raised CK is the LDH', () => {
    expect(labs('Her creatine kinase had risen to 2,480 IU/L (normal 20-180), and LD to 611 IU/L.')).toEqual([
      'CK 2480 [IU]/L',
      'LDH 611 [IU]/L',
    ]);
  });
  it('"her LD was …" with an activity unit', () => {
    expect(labs('On admission her LD was 402 U/L.')).toEqual(['LDH 402 U/L']);
  });
  it('"GOT 64 IU/L and GPT 92 IU/L" are the transaminases', () => {
    expect(labs('Liver tests showed GOT 64 IU/L and GPT 92 IU/L.')).toEqual([
      'AST 64 [IU]/L',
      'ALT 92 [IU]/L',
    ]);
  });
  it('control: "got" with a number in another unit is the verb', () => {
    expect(labs('She got 40 mg of prednisolone daily.')).toEqual([]);
  });
  it('control: "LD" without an activity unit is no enzyme', () => {
    expect(labs('He had LD 2 years ago and was followed for it.')).toEqual([]);
  });
});

/** The onset, as "offset unit", read from a text with a title. */
const onset = (text: string) => {
  const o = extractCase(`Myositis: a case report\n\n${text}`).case.dates?.symptomOnset;
  return o && typeof o === 'object' && 'offset' in o ? `${o.offset} ${o.unit}` : null;
};

describe('onsets: decades, a trailing history, plural difficulties', () => {
  it('"difficulty climbing stairs over a decade" is ten years', () => {
    expect(
      onset('A 31-year-old man reported slowly worsening difficulty climbing stairs over a decade.'),
    ).toBe('-10 year');
  });
  it('"weakness over the past decade"', () => {
    expect(onset('A 47-year-old woman had had thigh weakness over the past decade.')).toBe('-10 year');
  });
  it('control: a decade of a raised enzyme, or of admissions, is no symptom’s', () => {
    expect(
      onset('A 52-year-old man was seen. Asymptomatic hyperCKemia had lasted for over a decade.'),
    ).toBeNull();
    expect(
      onset(
        'A 52-year-old man was seen. It was his fourth admission over the past decade with these problems.',
      ),
    ).toBeNull();
  });
  it('"… with a 6-year history." closing the list of symptoms', () => {
    expect(
      onset(
        'A 24-year-old woman came to clinic with cramps, exercise intolerance and myalgia with a 6-year history.',
      ),
    ).toBe('-6 year');
  });
  it('control: "with a 20-year history" opening a clause names nothing', () => {
    expect(onset('A 60-year-old woman with a 20-year history presented with weakness.')).toBeNull();
  });
  it('"walking difficulties for the past 2 years"', () => {
    expect(
      onset('A 70-year-old man was referred because of walking difficulties for the past 2 years.'),
    ).toBe('-2 year');
  });
});

/** The case of a whole text (title and headings included). */
const whole = (text: string) => extractCase(text).case;

describe('a case told in an introduction or a discussion, when no case section tells it', () => {
  it('a patient named with a title under "Introduction" is the case', () => {
    const c = whole(
      'Myositis in a young mother\n\nIntroduction\n\nDermatomyositis is an uncommon myopathy. Mrs. K, a 41-year-old teacher, presented with a heliotrope rash and proximal weakness; CK was 2900 U/L.',
    );
    expect(c.patient).toMatchObject({ sex: 'female', age: 41 });
    expect(c.findings.map((f) => f.id)).toContain('heliotrope-rash');
    expect(c.labs.map((l) => `${l.analyte} ${l.value}`)).toEqual(['CK 2900']);
  });
  it('the authors’ report under a run-in "DISCUSSION:" opens the case, and the next sentence is the patient’s', () => {
    const c = whole(
      'Myositis on nivolumab\n\nBACKGROUND: Checkpoint inhibitors can cause myositis. DISCUSSION: We describe a 66-year-old man with renal cell carcinoma who developed proximal weakness and ptosis after his second dose of nivolumab. His CK was 6100 U/L.',
    );
    expect(c.patient).toMatchObject({ sex: 'male', age: 66 });
    expect(c.labs.map((l) => `${l.analyte} ${l.value}`)).toEqual(['CK 6100']);
    expect(c.cancers.map((k) => k.relationToMyositis)).toEqual(['before']);
  });
  it('"Described is the case of a …" after an aim is the case', () => {
    const c = whole(
      'Myositis in pregnancy\n\nAim: To review myositis in pregnancy. Method: Described is the case of a 31-year-old woman with proximal weakness and a CK of 7200 U/L.',
    );
    expect(c.patient).toMatchObject({ sex: 'female', age: 31 });
    expect(c.labs.map((l) => `${l.analyte} ${l.value}`)).toEqual(['CK 7200']);
  });
  it('control: a run-in "Result:" after such a case ends it (the review’s results are not the patient’s)', () => {
    const c = whole(
      'Myositis in pregnancy\n\nAim: To review myositis in pregnancy. Method: Described is the case of a 31-year-old woman with proximal weakness. Result: Interstitial lung disease and anti-Ro antibodies were the main risks.',
    );
    expect(c.findings.map((f) => f.id)).not.toContain('interstitial-lung-disease');
    expect(c.antibodies).toEqual([]);
  });
  it('control: beside a case section, the discussion’s report of the case is not read again', () => {
    const c = whole(
      'Myositis on nivolumab\n\nCase report\n\nA 66-year-old man developed proximal weakness. His CK was 6100 U/L.\n\nDiscussion\n\nWe describe a 66-year-old man whose CK later reached 9000 U/L.',
    );
    expect(c.labs.map((l) => `${l.analyte} ${l.value}`)).toEqual(['CK 6100']);
  });
});
