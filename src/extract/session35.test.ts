/**
 * Readings fixed in session 35 (issue 12): wrong and lost readings found by five batteries of the project's own
 * test texts (antibody results, lab values, cancer timing, symptom onsets, whole case presentations), each written
 * again here with the controls it must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { cancerMonthsFromMyositis, onsetMonthsBeforePresentation } from '../eval/score.js';
import { extractCase } from './extract.js';

const CASE = 'Case presentation\n\nA 58-year-old woman presented with weakness of the thighs. ';
const caseOf = (text: string) => extractCase(CASE + text).case;
const labsOf = (text: string) =>
  caseOf(text)
    .labs.map((l) => `${l.analyte}=${l.value ?? l.interpretation}${l.unit ? ' ' + l.unit : ''}`)
    .sort();
const antibodiesOf = (text: string) =>
  caseOf(text)
    .antibodies.map((a) => `${a.target}=${a.result}`)
    .sort();
const onsetOf = (text: string) => onsetMonthsBeforePresentation(caseOf(text));
const cancersOf = (text: string) => {
  const c = caseOf(text);
  return c.cancers.map(
    (k) => `${k.site ?? '?'} ${k.relationToMyositis ?? '-'} ${cancerMonthsFromMyositis(c, k) ?? '-'}`,
  );
};

describe('how long a state, a habit or a drug has lasted, beside the symptom', () => {
  it('does not take the duration of a comorbidity, smoking or a long-term drug as the onset', () => {
    expect(onsetOf('She was a known diabetic for 12 years and presented with weakness for 2 months.')).toBe(
      2,
    );
    expect(onsetOf('She was a smoker since 30 years and came with weakness since 3 months.')).toBe(3);
    expect(onsetOf('She had smoked 20 cigarettes a day for 30 years, and had had a rash for 2 months.')).toBe(
      2,
    );
    expect(onsetOf('On tamoxifen for 4 years, she noticed a rash on her eyelids 2 months ago.')).toBe(2);
    expect(
      onsetOf('She had had bronchial asthma for 20 years and had developed a rash 2 months earlier.'),
    ).toBe(2);
  });

  it('reads "K/c/o" as a known case of, and DM beside HTN as diabetes', () => {
    expect(onsetOf('K/c/o DM and HTN since 10 years, presented with weakness since 2 months.')).toBe(2);
    expect(onsetOf('Known case of DM and HTN, presented with weakness since 2 months.')).toBe(2);
  });

  it('keeps a duration of the myositis itself, and of the symptom', () => {
    // controls
    expect(onsetOf('Known case of DM for 3 years, she now presented with dysphagia for 2 weeks.')).toBe(36);
    expect(onsetOf('She c/o weakness for 2 months.')).toBe(2);
  });
});

describe('statements about the disease in general inside a patient sentence', () => {
  it('reads nothing from an aside about the disease in general', () => {
    expect(
      labsOf('CK, which is often normal in anti-MDA5 dermatomyositis, was elevated in our patient.'),
    ).toEqual(['CK=elevated']);
    expect(
      antibodiesOf('CK, which is often normal in anti-MDA5 dermatomyositis, was elevated in our patient.'),
    ).toEqual([]);
    expect(labsOf('CK, typically normal in CADM, was raised (540 U/L).')).toEqual(['CK=540 U/L']);
    expect(labsOf('Aldolase, which may be elevated when CK is normal, was 5.1 U/L.')).toEqual([
      'aldolase=5.1 U/L',
    ]);
    expect(labsOf('CK and LDH, which are often raised in myositis, were 4500 and 600 U/L.')).toEqual([
      'CK=4500 U/L',
      'LDH=600 U/L',
    ]);
  });

  it("keeps an aside of the patient's own history in the past tense", () => {
    // control
    expect(labsOf('Her CK, which had been elevated a year earlier, was 98 U/L.')).toEqual(['CK=98 U/L']);
  });

  it('reads "no previous report", "few reports" as the literature', () => {
    expect(antibodiesOf('No previous report has described anti-HMGCR myopathy with thymoma.')).toEqual([]);
    expect(cancersOf('No previous report has described anti-HMGCR myopathy with thymoma.')).toEqual([]);
    expect(antibodiesOf('There are few reports of anti-Ku myositis associated with cancer.')).toEqual([]);
  });
});

describe('onsets told by "following", by the family, or as a debut', () => {
  it('reads the onset', () => {
    expect(onsetOf('Following 2 months of weakness, she presented to our clinic.')).toBe(2);
    expect(onsetOf('According to her husband, the weakness had started 3 months earlier.')).toBe(3);
    expect(onsetOf('The debut of the disease was 4 months ago.')).toBe(4);
    expect(onsetOf('The disease debuted 4 months ago with a rash.')).toBe(4);
  });

  it("still reads a relative's own symptom as no onset of the patient's", () => {
    // control
    expect(onsetOf('Her mother had a rash for 2 months.')).toBeUndefined();
  });
});
