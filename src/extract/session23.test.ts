/**
 * Readings fixed in session 23 (issue 12): constructions noticed and left open in session 22, each written here as a
 * sentence of this file, with a control the fix must leave alone.
 * @module
 */
import { describe, expect, it } from 'vitest';
import { extractCase } from './extract.js';

/** The case read after a title and a neutral opening sentence (no sentence under test is the title). */
const read = (text: string) =>
  extractCase(`Myositis: a case report\n\nA 58-year-old patient was seen in clinic. ${text}`).case;

/** Finding id → status. */
const findings = (text: string) =>
  Object.fromEntries(read(text).findings.map((f) => [f.id, f.status] as const));

describe('an aside on what a result goes with in general is not the patient’s finding', () => {
  it('", which are associated with interstitial lung disease," inside a report of the antibody', () => {
    const c = read(
      'Her anti-MDA5 antibodies, which are associated with interstitial lung disease, were positive.',
    );
    expect(
      findings(
        'Her anti-MDA5 antibodies, which are associated with interstitial lung disease, were positive.',
      ),
    ).toEqual({});
    expect(c.antibodies.map((a) => [a.target, a.result])).toEqual([['MDA5', 'positive']]);
  });
  it('", which is strongly linked to dysphagia," with an adverb', () => {
    expect(findings('Anti-TIF1γ antibody, which is strongly linked to dysphagia, was detected.')).toEqual({});
  });
  it('control: the patient’s own finding before a relative clause on its prognosis is kept', () => {
    expect(
      findings(
        'She had interstitial lung disease, which is associated with a poor outcome, and a heliotrope rash.',
      ),
    ).toMatchObject({ 'interstitial-lung-disease': 'present' });
  });
  it('control: "which was associated with dysphagia" (past, the patient’s course) is kept', () => {
    expect(findings('She had a severe relapse, which was associated with dysphagia.')).toMatchObject({
      dysphagia: 'present',
    });
  });
});

/** Each lab as "analyte value unit". */
const labs = (text: string) =>
  read(text).labs.map((l) => `${l.analyte} ${l.value ?? ''} ${l.unit ?? ''}`.trim());

describe('labs noticed in session 22', () => {
  it('"erythrocyte sedimentation" without "rate" is the ESR', () => {
    expect(labs('Erythrocyte sedimentation 42 mm/h, CRP 18 mg/L.')).toEqual(['ESR 42 mm/h', 'CRP 18 mg/L']);
  });
  it('the last value of a series after "and finally" / "and eventually" is kept', () => {
    expect(labs('Her CK fell from 6200 U/L to 1900 U/L and finally 240 U/L.')).toEqual([
      'CK 6200 U/L',
      'CK 1900 U/L',
      'CK 240 U/L',
    ]);
    expect(labs('Creatine kinase went from 3100 U/L to 950 U/L and eventually 180 U/L.')).toEqual([
      'CK 3100 U/L',
      'CK 950 U/L',
      'CK 180 U/L',
    ]);
  });
  it('control: "finally" before a value of another analyte does not give it to the first', () => {
    expect(labs('CK was 2300 U/L and finally the LDH was 410 U/L.')).toEqual(['CK 2300 U/L', 'LDH 410 U/L']);
  });
});
