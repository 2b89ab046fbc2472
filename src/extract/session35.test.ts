/**
 * Readings fixed in session 35 (issue 12): wrong and lost readings found by five batteries of the project's own
 * test texts (antibody results, lab values, cancer timing, symptom onsets, whole case presentations), each written
 * again here with the controls it must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { cancerMonthsFromMyositis } from '../eval/score.js';
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

const cancersOf = (text: string) => {
  const c = caseOf(text);
  return c.cancers.map(
    (k) => `${k.site ?? '?'} ${k.relationToMyositis ?? '-'} ${cancerMonthsFromMyositis(c, k) ?? '-'}`,
  );
};

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
