import { describe, expect, it } from 'vitest';
import { assessCase } from '../../assess/assess.js';
import { reportHeadlines } from '../../assess/headlines.js';
import { validateCase } from '../../case/validate.js';
import {
  clinicianText,
  codeWords,
  evidenceSourceWords,
  fieldWords,
  headlineWords,
  pct,
  pctSpan,
} from './index.js';

const assess = (c: unknown) => {
  const v = validateCase(c);
  if (!v.case) throw new Error('invalid fixture');
  return assessCase(v.case, { asOf: '2026-01-01' });
};

describe('wording table', () => {
  it('never rounds a probability to a certainty or to zero', () => {
    expect(pct(0.99996)).toBe('> 99.9 %');
    expect(pct(0.9994)).toBe('99.9 %');
    expect(pct(0.00004)).toBe('< 0.1 %');
    expect(pct(0.623)).toBe('62.3 %');
    expect(pct(1)).toBe('100 %');
    expect(pct(0)).toBe('0 %');
    expect(pctSpan(0.985, 0.99999)).toBe('98.5 % to > 99.9 %');
    expect(pctSpan(0.9999, 0.99999)).toBe('> 99.9 %');
    expect(pctSpan(0.38, 0.912)).toBe('38.0 %–91.2 %');
  });
  it('words a code per set, never the raw code', () => {
    expect(codeWords('pns2004', 'not-met')).toBe('Criteria not met');
    expect(codeWords('eularAcr2017', 'not-met')).toBe('Not classified as IIM');
    expect(codeWords('imacs2023', 'standard')).toBe('Standard risk');
    // An unknown code still reads as words.
    expect(codeWords('pns2004', 'some-new-code')).toBe('Some new code');
  });
  it('says what the unknowns could make of a one-word result (issue 10 §2)', () => {
    // An empty case: Graus 2004 not met but reachable, IMACS standard with a range, no cancer probability.
    const report = assess({ schemaVersion: '1.0', patient: { sex: 'unknown' } });
    const h = reportHeadlines(report);
    expect(headlineWords('pns2004', h.pns2004!)).toMatch(/^Criteria not met \(could reach .*Definite PNS/);
    expect(headlineWords('imacs2023', h.imacs2023!)).toMatch(/^Standard risk \(could reach High risk\)$/);
    expect(headlineWords('cancerProbability', h.cancerProbability!)).toBe('Not applicable');
    expect(headlineWords('eularAcr2017', h.eularAcr2017!)).toMatch(
      /^Not classified as IIM \(could reach Definite IIM\)$/,
    );
  });
  it('words a probability headline as the number with its range, and a not-applicable set with its reason', () => {
    expect(
      headlineWords('cancerProbability', {
        code: 'estimated',
        probability: { value: 0.049, min: 0.049, max: 0.17 },
      }),
    ).toBe('4.9 % (4.9 %–17.0 % with the unknown items)');
    expect(
      headlineWords('pnsCare2021', {
        code: 'not-applicable',
        qualifier: 'dermatomyositis-not-a-2021-phenotype',
      }),
    ).toBe('Not applicable to dermatomyositis');
  });
});

describe('clinician text', () => {
  it('leaves out references to the internal notes and keeps the published sources', () => {
    expect(clinicianText('RECIST 1.1 §4.3.1; monitoring.md §A3')).toBe('RECIST 1.1 §4.3.1');
    expect(clinicianText('Oldroyd 2019, Rheumatology 58:650 (cancer-association.md §1)')).toBe(
      'Oldroyd 2019, Rheumatology 58:650',
    );
    expect(clinicianText('cancer-association.md §1; IMACS 2023 abstract (±3 y of IIM onset)')).toBe(
      'IMACS 2023 abstract (±3 y of IIM onset)',
    );
    expect(clinicianText('RECIST 1.1 §4.3.2; monitoring.md §A4 and re-check')).toBe('RECIST 1.1 §4.3.2');
    expect(
      clinicianText(
        'The 5- and 2-year windows are applied in both directions: the 2004 wording is forward-looking; reference decision in pns-criteria.md §A3.',
      ),
    ).toBe('The 5- and 2-year windows are applied in both directions: the 2004 wording is forward-looking.');
    expect(clinicianText('Reviews cited in the reference §3.3 [R]')).toBe(
      'Reviews cited in the reference §3.3',
    );
    expect(clinicianText('IMACS 2023 [V1]; Oldroyd 2019 [NF]')).toBe('IMACS 2023; Oldroyd 2019');
    expect(clinicianText('Graus 2004, definite criteria 1 and 3')).toBe(
      'Graus 2004, definite criteria 1 and 3',
    );
  });
});

describe('field paths in words', () => {
  it('names the part of the case and the entry, counting from 1', () => {
    expect(fieldWords('labs[1].unit')).toBe('Laboratory result 2: unit');
    expect(fieldWords('findings[0].id')).toBe('Finding 1: name');
    expect(fieldWords('patient.ageAtOnset')).toBe('Patient: age at onset');
    expect(fieldWords('dates.diagnosis')).toBe('Dates: diagnosis');
    expect(fieldWords('cancers[0].diagnosisDate.relativeTo')).toBe('Cancer 1: diagnosis date, relative to');
    expect(fieldWords('')).toBe('Case');
  });
  it('names the source of evidence in words, never as a raw field path', () => {
    expect(
      evidenceSourceWords([{ path: 'findings[1]' }, { path: 'antibodies[0]', note: 'titre 1:640' }]),
    ).toBe('Finding 2; Antibody 1 (titre 1:640)');
  });
});
