import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../core/issues.js';
import { OVERALL_RESPONSE_TABLE, type NonTargetCategory, type TargetCategory } from './definition.js';
import { evaluateRecistDocument } from './document.js';
import { overallResponse } from './evaluate.js';

type L = {
  id: string;
  organ: string;
  nodal?: boolean;
  diameterMm?: number | null;
  tooSmallToMeasure?: boolean;
};
const tp = (targets: L[], extra: Record<string, unknown> = {}) => ({ targets, ...extra });
// Baseline: liver 40 + lung 30 + node 20 (short axis) = 90 mm.
const BASE = tp([
  { id: 'liv', organ: 'liver', diameterMm: 40 },
  { id: 'lun', organ: 'lung', diameterMm: 30 },
  { id: 'ln', organ: 'lymph node', nodal: true, diameterMm: 20 },
]);
const fu = (liv: number | null, lun: number | null, ln: number | null, extra: Record<string, unknown> = {}) =>
  tp(
    [
      { id: 'liv', organ: 'liver', diameterMm: liv },
      { id: 'lun', organ: 'lung', diameterMm: lun },
      { id: 'ln', organ: 'lymph node', nodal: true, diameterMm: ln },
    ],
    extra,
  );
const run = (...fus: unknown[]) => evaluateRecistDocument({ assessments: [BASE, ...fus] });
const last = (...fus: unknown[]) => {
  const r = run(...fus);
  return r.timePoints[r.timePoints.length - 1]!;
};
function issuesOf(doc: unknown) {
  try {
    evaluateRecistDocument(doc);
  } catch (e) {
    if (e instanceof InputError) return e.issues;
    throw e;
  }
  throw new Error('expected InputError');
}

describe('RECIST 1.1 target categories', () => {
  it('PR at exactly −30 % (90 → 63), SD just above (64)', () => {
    expect(last(fu(28, 20, 15)).target.category).toBe('PR');
    expect(last(fu(28, 20, 15)).changeFromBaselinePercent).toBeCloseTo(-30, 9);
    expect(last(fu(29, 20, 15)).target.category).toBe('SD');
  });
  it('PD needs +20 % over the nadir AND +5 mm: 90 → 108 is PD, 107 is SD', () => {
    expect(last(fu(58, 30, 20)).target).toEqual({ category: 'PD', rule: 'target.pd' });
    expect(last(fu(57, 30, 20)).target.category).toBe('SD');
  });
  it('the 5 mm absolute rule: nadir 20 → 24 is +20 % but only 4 mm → SD; 25 → PD', () => {
    const small = { targets: [{ id: 'a', organ: 'liver', diameterMm: 20 }] };
    const at = (mm: number) =>
      evaluateRecistDocument({
        assessments: [small, { targets: [{ id: 'a', organ: 'liver', diameterMm: mm }] }],
      }).timePoints[1]!;
    expect(at(24).target.category).toBe('SD');
    expect(at(24).changeFromNadirPercent).toBeCloseTo(20, 9);
    expect(at(25).target.category).toBe('PD');
  });
  it('the nadir rule: PD is judged against the smallest earlier sum, not the baseline', () => {
    // 90 → 50 (PR, nadir 50) → 60 (+20 %, +10 mm vs nadir; still −33 % vs baseline) = PD.
    const r = run(fu(20, 15, 15), fu(28, 17, 15));
    expect(r.timePoints[1]!.target.category).toBe('PR');
    expect(r.timePoints[2]!.nadirSumMm).toBe(50);
    expect(r.timePoints[2]!.changeFromBaselinePercent).toBeCloseTo(-33.3, 1);
    expect(r.timePoints[2]!.target.category).toBe('PD');
    expect(r.timePoints[2]!.overall.category).toBe('PD');
    expect(r.firstProgressionIndex).toBe(2);
  });
  it('nodal CR: non-nodal targets 0 mm and node 9 mm → CR although the sum is 9', () => {
    const t = last(fu(0, 0, 9));
    expect(t.sumMm).toBe(9);
    expect(t.target).toEqual({ category: 'CR', rule: 'target.cr' });
    expect(t.overall.category).toBe('CR');
    expect(last(fu(0, 0, 10)).target.category).toBe('PR');
  });
  it('CR takes precedence: nodes regrowing below 10 mm stay CR', () => {
    const r = run(fu(0, 0, 2), fu(0, 0, 9));
    expect(r.timePoints[2]!.target.category).toBe('CR');
  });
  it('too small to measure counts as 5 mm (so not CR)', () => {
    const r = run(
      tp([
        { id: 'liv', organ: 'liver', diameterMm: 0, tooSmallToMeasure: true },
        { id: 'lun', organ: 'lung', diameterMm: 0 },
        { id: 'ln', organ: 'lymph node', nodal: true, diameterMm: 5 },
      ]),
    );
    expect(r.timePoints[1]!.lesions[0]).toMatchObject({ usedMm: 5, convention: 'too-small-5mm' });
    expect(r.timePoints[1]!.sumMm).toBe(10);
    expect(r.timePoints[1]!.target.category).toBe('PR');
  });
  it('a missing target measurement → NE, unless the measured ones already show PD', () => {
    expect(last(fu(null, 30, 20)).target.category).toBe('NE');
    expect(last(fu(null, 30, 20)).overall.category).toBe('NE');
    expect(last(fu(88, null, 20)).target.category).toBe('PD');
  });
});

describe('RECIST 1.1 non-target, new lesions and overall', () => {
  const withNt = { ...BASE, nonTargets: [{ id: 'bone', organ: 'bone', status: 'present' }] };
  const go = (f: unknown) => evaluateRecistDocument({ assessments: [withNt, f] }).timePoints[1]!;
  it('target CR + non-target present → overall PR (Table 1)', () => {
    expect(go(fu(0, 0, 5, { nonTargets: [{ id: 'bone', status: 'present' }] })).overall).toEqual({
      category: 'PR',
      rule: 'overall.cr-non-cr',
    });
  });
  it('target CR + non-target absent → CR; markers still raised → PR', () => {
    expect(go(fu(0, 0, 5, { nonTargets: [{ id: 'bone', status: 'absent' }] })).overall.category).toBe('CR');
    expect(
      go(fu(0, 0, 5, { nonTargets: [{ id: 'bone', status: 'absent' }], tumourMarkersNormal: false })).overall
        .category,
    ).toBe('PR');
  });
  it('a nodal non-target that falls below 10 mm is normal whatever its recorded status (CR, not PR)', () => {
    const r = evaluateRecistDocument({
      assessments: [
        {
          targets: [{ id: 'liver', organ: 'liver', diameterMm: 30 }],
          nonTargets: [{ id: 'node', organ: 'lymph node', nodal: true, shortAxisMm: 12 }],
        },
        {
          targets: [{ id: 'liver', organ: 'liver', diameterMm: 0 }],
          nonTargets: [{ id: 'node', nodal: true, shortAxisMm: 8, status: 'present' }],
          newLesions: [],
        },
      ],
    });
    expect(r.timePoints[1]!.nonTarget).toEqual({ category: 'CR', rule: 'non-target.cr' });
    expect(r.timePoints[1]!.overall).toEqual({ category: 'CR', rule: 'overall.cr' });
    expect(r.issues).toContainEqual(
      expect.objectContaining({ severity: 'warning', path: 'assessments[1].nonTargets[0].shortAxisMm' }),
    );
    // The baseline's nodal flag is enough; a 10 mm node is still pathological.
    const ten = evaluateRecistDocument({
      assessments: [
        {
          targets: [{ id: 'liver', organ: 'liver', diameterMm: 30 }],
          nonTargets: [{ id: 'node', organ: 'lymph node', nodal: true, shortAxisMm: 12 }],
        },
        {
          targets: [{ id: 'liver', organ: 'liver', diameterMm: 0 }],
          nonTargets: [{ id: 'node', shortAxisMm: 10 }],
        },
      ],
    });
    expect(ten.timePoints[1]!.overall.category).toBe('PR');
  });
  it('unequivocal non-target progression → PD even with target PR', () => {
    const t = go(fu(10, 10, 10, { nonTargets: [{ id: 'bone', status: 'unequivocal-progression' }] }));
    expect(t.target.category).toBe('PR');
    expect(t.overall).toEqual({ category: 'PD', rule: 'overall.pd-non-target' });
  });
  it('an unequivocal new lesion → PD; an equivocal one does not', () => {
    expect(last(fu(40, 30, 20, { newLesions: [{ organ: 'bone' }] })).overall).toEqual({
      category: 'PD',
      rule: 'overall.pd-new-lesion',
    });
    const eq = last(fu(40, 30, 20, { newLesions: [{ organ: 'bone', unequivocal: false }] }));
    expect(eq.overall.category).toBe('SD');
    expect(eq.newLesions.equivocal).toBe(1);
  });
  it('non-target-only disease: persisting → non-CR/non-PD; gone → CR', () => {
    const ntOnly = { nonTargets: [{ id: 'pleura', organ: 'pleura' }] };
    const r = evaluateRecistDocument({
      assessments: [
        ntOnly,
        { nonTargets: [{ id: 'pleura', status: 'present' }] },
        { nonTargets: [{ id: 'pleura', status: 'absent' }] },
      ],
    });
    expect(r.timePoints[1]!.overall.category).toBe('non-CR/non-PD');
    expect(r.timePoints[2]!.overall.category).toBe('CR');
  });
  it('every table cell gives a category; PD rows win (property)', () => {
    const tc: TargetCategory[] = ['CR', 'PR', 'SD', 'PD', 'NE'];
    const nc: NonTargetCategory[] = ['CR', 'non-CR/non-PD', 'PD', 'NE', 'none'];
    fc.assert(
      fc.property(
        fc.constantFrom(...tc),
        fc.constantFrom(...nc),
        fc.constantFrom('yes' as const, 'no' as const),
        (t, n, nl) => {
          const r = overallResponse(t, n, nl);
          expect(OVERALL_RESPONSE_TABLE.some((row) => row.id === r.rule)).toBe(true);
          if (t === 'PD' || n === 'PD' || nl === 'yes') expect(r.category).toBe('PD');
        },
      ),
    );
  });
});

describe('best overall response', () => {
  it('best response up to the first PD, with confirmation ≥ 28 days', () => {
    const d = (date: string, f: Record<string, unknown>) => ({ ...f, date });
    const r = evaluateRecistDocument({
      assessments: [
        d('2024-01-01', BASE),
        d('2024-03-01', fu(20, 15, 15)),
        d('2024-04-15', fu(20, 15, 15)),
        d('2024-06-01', fu(40, 30, 20)),
        d('2024-08-01', fu(0, 0, 5)),
      ],
    });
    expect(r.bestOverallResponse).toEqual({ category: 'PR', index: 1, confirmed: 'met' });
    expect(r.firstProgressionIndex).toBe(3);
  });
  it('a PR is confirmed only by an assessment before the first progression', () => {
    const one = (mm: number) => ({ targets: [{ id: 'a', organ: 'liver', diameterMm: mm }] });
    const r = evaluateRecistDocument({
      assessments: [
        { ...one(50), date: '2024-01-01' },
        { ...one(30), date: '2024-03-01' },
        { ...one(30), date: '2024-05-01', newLesions: [{ organ: 'bone' }] },
        { ...one(30), date: '2024-07-01' },
      ],
    });
    expect(r.timePoints.map((t) => t.overall.category)).toEqual(['baseline', 'PR', 'PD', 'PR']);
    expect(r.bestOverallResponse).toEqual({ category: 'PR', index: 1, confirmed: 'not-met' });
  });
  it('SD has a minimum duration, not a confirmation: met ≥ 42 days after baseline, unknown without dates', () => {
    const sd = evaluateRecistDocument({
      assessments: [
        { ...BASE, date: '2024-01-01' },
        { ...fu(40, 30, 20), date: '2024-02-12' },
      ],
    });
    expect(sd.bestOverallResponse).toEqual({ category: 'SD', index: 1, minimumDuration: 'met' });
    expect(sd.bestOverallResponse).not.toHaveProperty('confirmed');
    expect(run(fu(40, 30, 20)).bestOverallResponse).toEqual({
      category: 'SD',
      index: 1,
      minimumDuration: 'unknown',
    });
  });
  it('unconfirmed PR; SD before 6 weeks does not count', () => {
    const r = evaluateRecistDocument({
      assessments: [
        { ...BASE, date: '2024-01-01' },
        { ...fu(20, 15, 15), date: '2024-03-01' },
      ],
    });
    expect(r.bestOverallResponse.confirmed).toBe('not-met');
    const early = evaluateRecistDocument({
      assessments: [
        { ...BASE, date: '2024-01-01' },
        { ...fu(40, 30, 20), date: '2024-01-20' },
      ],
    });
    expect(early.bestOverallResponse).toMatchObject({
      category: 'NE',
      note: 'sd-before-minimum-interval',
      minimumDuration: 'not-met',
    });
  });
});

describe('baseline validation', () => {
  it('≤ 5 targets, ≤ 2 per organ, measurability thresholds, with paths', () => {
    const iss = issuesOf({
      assessments: [
        {
          targets: [
            { id: 'a', organ: 'liver', diameterMm: 12 },
            { id: 'b', organ: 'Liver', diameterMm: 15 },
            { id: 'c', organ: 'liver', diameterMm: 20 },
            { id: 'd', organ: 'lung', diameterMm: 9 },
            { id: 'e', organ: 'node', nodal: true, diameterMm: 14 },
            { id: 'f', organ: 'node', nodal: true, diameterMm: 15 },
          ],
        },
      ],
    });
    expect(iss.map((i) => i.path)).toEqual([
      'assessments[0].targets',
      'assessments[0].targets[2]',
      'assessments[0].targets[3].diameterMm',
      'assessments[0].targets[4].diameterMm',
    ]);
  });
  it('boundaries: non-nodal 10 mm and nodal 15 mm are measurable', () => {
    expect(
      evaluateRecistDocument({
        assessments: [
          {
            targets: [
              { id: 'a', organ: 'lung', diameterMm: 10 },
              { id: 'n', organ: 'node', nodal: true, diameterMm: 15 },
            ],
          },
        ],
      }).valid,
    ).toBe(true);
  });
  it('follow-up cannot add targets; dates must be chronological; schema errors have paths', () => {
    expect(
      issuesOf({ assessments: [BASE, tp([{ id: 'zz', organ: 'bone', diameterMm: 12 }])] })[0]?.path,
    ).toBe('assessments[1].targets[0].id');
    expect(
      issuesOf({
        assessments: [
          { ...BASE, date: '2024-05-01' },
          { ...BASE, date: '2024-01-01' },
        ],
      })[0]?.path,
    ).toBe('assessments[1].date');
    expect(
      issuesOf({ assessments: [{ targets: [{ id: 'a', organ: 'lung', diameterMm: -3 }] }] })[0]?.path,
    ).toBe('assessments[0].targets[0].diameterMm');
    expect(issuesOf({ assessments: [] })[0]?.path).toBe('assessments');
  });
});
