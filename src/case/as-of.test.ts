import { describe, expect, it } from 'vitest';
import { assessCase } from '../assess/assess.js';
import { required } from '../contract/set.js';
import { caseAsOf } from './as-of.js';
import { parseCase } from './validate.js';

const doc = {
  schemaVersion: '1.0',
  patient: { sex: 'female', ageAtOnset: 55 },
  dates: { symptomOnset: '2024-01', diagnosis: '2024-03-01' },
  findings: [
    { id: 'heliotrope-rash', status: 'present', date: '2024-01-20' },
    { id: 'dysphagia', status: 'present', date: '2024-09-01' },
  ],
  labs: [
    { analyte: 'CK', value: 2400, unit: 'U/L', upperLimit: 200, date: '2024-02-01' },
    { analyte: 'CK', value: 300, unit: 'U/L', upperLimit: 200, date: '2024-08' },
  ],
  cancers: [
    { id: 'ovary', site: 'ovary', diagnosisDate: '2024-07-15' },
    { id: 'skin', site: 'skin', diagnosisDate: '2024-06' },
  ],
  treatments: [
    { drug: 'carboplatin', class: 'chemotherapy', start: { relativeTo: 'ovary', offset: 2, unit: 'week' } },
  ],
  visits: [{ date: '2024-03-01' }, { date: '2024-10-01' }],
};

describe('the case as of a day', () => {
  it('entries dated after asOf are left out, each named by its path; a month overlapping asOf is kept', () => {
    const r = caseAsOf(parseCase(doc), '2024-06-15');
    expect(r.case.findings.map((f) => f.id)).toEqual(['heliotrope-rash']);
    expect(r.case.labs).toHaveLength(1);
    expect(r.case.cancers.map((k) => k.id)).toEqual(['skin']); // 2024-06 may be on or before 15 June
    expect(r.case.treatments).toEqual([]);
    expect(r.case.visits).toHaveLength(1);
    expect(r.issues.map((i) => [i.severity, i.path])).toEqual([
      ['information', 'findings[1]'],
      ['information', 'labs[1]'],
      ['information', 'cancers[0]'],
      ['information', 'treatments[0]'],
      ['information', 'visits[1]'],
    ]);
    expect(r.issues[2]!.message).toBe(
      'cancer (diagnosed after) dated 2024-07-15, after the as-of day 2024-06-15: not used in this assessment',
    );
  });
  it('nothing after asOf: the same case, no issue; onset after asOf is a warning', () => {
    const c = parseCase(doc);
    expect(caseAsOf(c, '2025-01-01')).toEqual({ case: c, issues: [] });
    const early = caseAsOf(c, '2023-12-01');
    expect(early.issues.slice(0, 2).map((i) => [i.severity, i.path])).toEqual([
      ['warning', 'dates.symptomOnset'],
      ['warning', 'dates.diagnosis'],
    ]);
  });
  it('an entry anchoring the relative date of a kept entry is kept, with a warning', () => {
    const c = parseCase({
      ...doc,
      treatments: [
        { drug: 'biopsy', class: 'surgery', start: { relativeTo: 'ovary', offset: -3, unit: 'month' } },
      ],
    });
    const r = caseAsOf(c, '2024-06-15');
    expect(r.case.cancers.map((k) => k.id)).toEqual(['ovary', 'skin']);
    expect(r.issues).toContainEqual(expect.objectContaining({ severity: 'warning', path: 'cancers[0]' }));
  });
  it('the assessment uses the case as of asOf: a cancer diagnosed later is not yet known', () => {
    const c = parseCase({ ...doc, cancers: [doc.cancers[0]], treatments: [] });
    const before = assessCase(c, { asOf: '2024-06-15' });
    expect(required(before.cancerAssociation).cancers).toEqual([]);
    expect(before.warnings).toContainEqual(expect.objectContaining({ path: 'cancers[0]' }));
    const after = assessCase(c, { asOf: '2024-12-01' });
    expect(required(after.cancerAssociation).cancers).toHaveLength(1);
    expect(after).not.toHaveProperty('warnings');
  });
});
