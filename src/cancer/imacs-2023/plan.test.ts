import { describe, expect, it } from 'vitest';
import { parseCase } from '../../case/validate.js';
import type { Case, CaseInput } from '../../case/schema.js';
import { InputError } from '../../core/issues.js';
import { cancerTiming } from '../association/timing.js';
import { subtypeFromEular } from '../subtype.js';
import { imacsSectionFromCase } from './from-case.js';
import { buildScreeningPlan, screeningItemId } from './plan.js';

/** The IMACS section of a case whose EULAR/ACR subgroup is dermatomyositis. */
const imacsSection = (c: Case, { asOf }: { asOf: string }) =>
  imacsSectionFromCase(c, {
    asOf,
    subtype: subtypeFromEular({ subgroup: 'dermatomyositis' }),
    timing: cancerTiming(c),
  });

function highRiskCase(extra: Partial<CaseInput> = {}) {
  return parseCase({
    schemaVersion: '1.0',
    patient: { sex: 'female', ageAtOnset: 55 },
    dates: { symptomOnset: '2025-01-10', diagnosis: '2025-03-01' },
    antibodies: [{ target: 'TIF1-gamma', result: 'positive' }],
    investigations: [
      { kind: 'full-blood-count', date: '2025-03-05', result: 'normal' },
      { kind: 'mammography', date: '2025-03', result: 'normal' },
      { kind: 'ct-thorax-abdomen-pelvis', date: '2025-03-10', result: 'normal' },
      { kind: 'FBC', date: '2026-01-20', result: 'normal' },
      { kind: 'colonoscopy', date: '2025-05-02', result: 'normal' },
    ],
    ...extra,
  });
}
const find = (items: { id: string; occurrence: number }[], id: string, k: number) =>
  items.find((i) => i.id === id && i.occurrence === k) as (typeof items)[number] & Record<string, unknown>;

describe('dated screening plan (high risk)', () => {
  const s = imacsSection(highRiskCase(), { asOf: '2026-11-21' });
  const items = s.plan.items;
  it('is a screening plan anchored at the diagnosis date', () => {
    expect(s.tier).toBe('high');
    expect(s.plan.mode).toBe('screening');
    expect(s.plan.baselineAnchor).toBe('diagnosis');
    expect(find(items, 'urinalysis', 0).due).toEqual({ earliest: '2025-03-01', latest: '2025-03-01' });
  });
  it('done items carry their date and result', () => {
    expect(find(items, 'full-blood-count', 0)).toMatchObject({
      status: 'done',
      done: { path: 'investigations[0]', date: '2025-03-05', result: 'normal' },
    });
    expect(find(items, 'mammography', 0)).toMatchObject({
      status: 'done',
      done: { date: '2025-03-01…2025-03-31' },
    });
    expect(find(items, 'ct-neck-thorax-abdomen-pelvis', 0).status).toBe('done');
  });
  it('missing baseline items are overdue; the other sex is not applicable', () => {
    expect(find(items, 'urinalysis', 0).status).toBe('overdue');
    expect(find(items, 'psa', 0)).toMatchObject({ status: 'not-applicable', reason: 'sex' });
  });
  it('yearly basic repeats for 3 years after onset: done, overdue, upcoming', () => {
    expect(find(items, 'full-blood-count', 1)).toMatchObject({
      status: 'done',
      due: { earliest: '2026-01-10' },
    });
    expect(find(items, 'urinalysis', 1).status).toBe('overdue');
    expect(find(items, 'urinalysis', 2)).toMatchObject({
      status: 'upcoming',
      due: { earliest: '2027-01-10' },
    });
    expect(find(items, 'urinalysis', 3).due).toEqual({ earliest: '2028-01-10', latest: '2028-01-10' });
    expect(items.filter((i) => i.occurrence > 0).every((i) => i.panel === 'basic')).toBe(true);
    expect(items.some((i) => i.occurrence === 4)).toBe(false);
  });
  it('a repeat becomes due 30 days before its date', () => {
    const later = imacsSection(highRiskCase(), { asOf: '2026-12-11' });
    expect(find(later.plan.items, 'urinalysis', 2).status).toBe('due');
    const earlier = imacsSection(highRiskCase(), { asOf: '2026-12-10' });
    expect(find(earlier.plan.items, 'urinalysis', 2).status).toBe('upcoming');
  });
  it('conditional modalities: done when found, otherwise "consider"', () => {
    expect(find(items, 'lower-gi-endoscopy', 0).status).toBe('done');
    expect(find(items, 'upper-gi-endoscopy', 0).status).toBe('consider');
    expect(find(items, 'pet-ct', 0).status).toBe('consider');
    expect(items.filter((i) => !i.required).map((i) => i.id)).toEqual([
      'pet-ct',
      'upper-gi-endoscopy',
      'lower-gi-endoscopy',
    ]);
  });
  it('summary counts every item', () => {
    const total = Object.values(s.plan.summary).reduce((a, b) => a + b, 0);
    expect(total).toBe(items.length);
  });
});

describe('known cancer and other modes', () => {
  it('a cancer in the ±3-year window turns the plan into oncological follow-up; the tier stays', () => {
    const s = imacsSection(
      highRiskCase({ cancers: [{ diagnosisDate: '2025-06', histology: 'ovarian carcinoma' }] }),
      { asOf: '2026-11-21' },
    );
    expect(s.plan.mode).toBe('known-cancer');
    expect(s.plan.items).toEqual([]);
    expect(s.plan.knownCancers).toEqual([0]);
    expect(s.riskProfileTier).toBe('high');
  });
  it('a remote cancer in remission does not stop screening', () => {
    const s = imacsSection(highRiskCase({ cancers: [{ diagnosisDate: '2010', status: 'remission' }] }), {
      asOf: '2026-11-21',
    });
    expect(s.plan.mode).toBe('screening');
  });
  it('a remote but active cancer is a known cancer', () => {
    const s = imacsSection(highRiskCase({ cancers: [{ diagnosisDate: '2010', status: 'active' }] }), {
      asOf: '2026-11-21',
    });
    expect(s.plan.mode).toBe('known-cancer');
  });
  it('juvenile onset without red flags: not required', () => {
    const c = parseCase({
      schemaVersion: '1.0',
      patient: { sex: 'male', ageAtOnset: 9 },
      dates: { symptomOnset: '2025-01', diagnosis: '2025-03' },
    });
    const s = imacsSection(c, { asOf: '2026-11-21' });
    expect(s.tier).toBe('not-applicable');
    expect(s.plan.mode).toBe('not-required');
  });
  it('repeats that fall before a late diagnosis are not applicable', () => {
    const c = highRiskCase({
      dates: { symptomOnset: '2020-01-01', diagnosis: '2022-06-01' },
      investigations: [],
    });
    const s = imacsSection(c, { asOf: '2026-11-21' });
    expect(find(s.plan.items, 'urinalysis', 1)).toMatchObject({
      status: 'not-applicable',
      reason: 'before-diagnosis',
    });
    expect(find(s.plan.items, 'urinalysis', 2)).toMatchObject({
      status: 'not-applicable',
      reason: 'before-diagnosis',
    });
    expect(find(s.plan.items, 'urinalysis', 3).status).toBe('overdue');
  });
  it('an investigation counts once: after a late diagnosis it completes the baseline, not year 1', () => {
    const c = highRiskCase({
      dates: { symptomOnset: '2025-01-10', diagnosis: '2025-06-10' },
      investigations: [{ kind: 'urinalysis', date: '2025-08-10', result: 'normal' }],
    });
    const s = imacsSection(c, { asOf: '2026-11-21' });
    expect(find(s.plan.items, 'urinalysis', 0).status).toBe('done');
    expect(find(s.plan.items, 'urinalysis', 1).status).toBe('overdue');
  });
  it('rejects an asOf that is not a day', () => {
    const c = highRiskCase();
    const s = imacsSection(c, { asOf: '2026-11-21' });
    expect(() => buildScreeningPlan(c, s, cancerTiming(c), '2026-11')).toThrow(InputError);
  });
});

describe('investigation kinds', () => {
  it.each([
    ['FBC', 'full-blood-count'],
    ['Chest X-ray', 'chest-radiograph'],
    ['colonoscopy', 'lower-gi-endoscopy'],
    ['mammography', 'mammography'],
  ])('%s → %s', (k, id) => expect(screeningItemId(k)).toBe(id));
});

describe('red flags in the dated plan (a conditional recommendation)', () => {
  it('a juvenile patient with weight loss: items to consider, none due or overdue', () => {
    const c = parseCase({
      schemaVersion: '1.0',
      patient: { sex: 'male', ageAtOnset: 12 },
      dates: { symptomOnset: '2025-01-10', diagnosis: '2025-03-01' },
      findings: [{ id: 'weight-loss', status: 'present' }],
    });
    const s = imacsSection(c, { asOf: '2026-11-21' });
    expect(s.screening).toBe('consider-screening');
    expect(s.plan.mode).toBe('screening');
    expect(s.plan.items.length).toBeGreaterThan(0);
    expect(s.plan.items.every((i) => !i.required && i.status === 'consider' && i.reason === 'red-flag')).toBe(
      true,
    );
    expect(s.plan.summary).toMatchObject({ due: 0, overdue: 0 });
  });
});
