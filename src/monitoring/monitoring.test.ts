import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCase } from '../case/validate.js';
import type { CaseInput } from '../case/schema.js';
import { assessMonitoring } from './index.js';
import { ranks, spearman, spearmanP } from './concordance.js';

const here = dirname(fileURLToPath(import.meta.url));
const load = (name: string): CaseInput =>
  JSON.parse(readFileSync(join(here, '__fixtures__', `${name}.json`), 'utf8')) as CaseInput;
const run = (c: CaseInput) => assessMonitoring(parseCase(c));

describe('leiomyosarcoma course (synthetic timeline of the seed case)', () => {
  const m = run(load('leiomyosarcoma-course'));
  it('RECIST: SD mid-treatment and at the end of chemotherapy, PD at re-staging (target PD + new lesion)', () => {
    const tps = m.course.tumour[0]!.recist.timePoints;
    expect(tps.map((t) => t.overall.category)).toEqual(['baseline', 'SD', 'SD', 'PD']);
    expect(tps[2]!.reportedResponse).toBe('SD');
    expect(tps[3]!.nadirSumMm).toBe(142);
    expect(tps[3]!.newLesions.unequivocal).toBe(1);
  });
  it('the flare after the quiet spell raises the re-staging alert, with its signals and the known cancer', () => {
    expect(m.alerts.flares).toHaveLength(1);
    const a = m.alerts.alerts.find((x) => x.rule === 'flare-with-known-cancer')!;
    expect(a).toMatchObject({
      action: 're-stage-cancer',
      severity: 'high',
      status: 'met',
      visitPath: 'visits[4]',
    });
    expect(a.signals).toEqual(expect.arrayContaining(['enzyme-rise', 'mmt-drop', 'rash-worse']));
    expect(a.evidence.some((e) => e.path === 'cancers[0]')).toBe(true);
  });
  it('concordant course note: RECIST PD within 90 days of the flare', () => {
    expect(m.alerts.alerts.find((x) => x.rule === 'concordant-progression')).toMatchObject({
      assessmentPath: 'tumourAssessments[3]',
      visitPath: 'visits[4]',
    });
  });
  it('mild improvement after prednisolone and trabectedin is a minimal TIS response, so not refractory', () => {
    expect(m.alerts.refractory.status).toBe('not-met');
    expect(m.alerts.alerts.some((x) => x.rule === 'refractory-myositis')).toBe(false);
  });
  it('concordance: 4 pairs, CK tracks tumour burden perfectly (rho 1) yet exact p = 1/12', () => {
    const ck = m.concordance.measures.find((x) => x.measure === 'enzyme-x-uln')!;
    expect(ck).toMatchObject({ n: 4, status: 'computed', rho: 1, pMethod: 'exact-permutation' });
    expect(ck.pTwoSided).toBeCloseTo(1 / 12, 12);
  });
  it('the flare visit reads its enzymes with their own limits (CK 695/ULN 200, ALT 61/ULN 49)', () => {
    const flare = m.course.visits.find((v) => v.path === 'visits[4]')!;
    for (const [name, value, upperLimit] of [
      ['CK', 695, 200],
      ['ALT', 61, 49],
    ] as const) {
      expect(flare.enzymes.find((e) => e.analyte === name)).toMatchObject({ value, upperLimit });
    }
  });
  it('without a known cancer: flare within 3 years of onset → repeat screening; no onset → possible; beyond 3 years → none', () => {
    const base = load('leiomyosarcoma-course');
    const noCancer = { ...base, cancers: [], tumourAssessments: [] };
    expect(run(noCancer).alerts.alerts.map((a) => [a.rule, a.status])).toEqual([
      ['flare-no-cancer-within-window', 'met'],
    ]);
    expect(run({ ...noCancer, dates: {} }).alerts.alerts.map((a) => [a.rule, a.status])).toEqual([
      ['flare-no-cancer-within-window', 'unknown'],
    ]);
    expect(run({ ...noCancer, dates: { symptomOnset: '2016-01' } }).alerts.alerts).toEqual([]);
  });
  it('a cancer diagnosed after the flare is not "known" at the flare', () => {
    const base = load('leiomyosarcoma-course');
    const later = {
      ...base,
      tumourAssessments: [],
      cancers: [{ ...base.cancers![0]!, diagnosisDate: '2019-12-01' }],
    };
    expect(run(later).alerts.alerts.map((a) => a.rule)).toEqual(['flare-no-cancer-within-window']);
  });
});

describe('breast course (synthetic timeline of the seed case)', () => {
  const m = run(load('breast-idc-course'));
  it('tumour responds (PR, 62 → 23 mm) while the myositis settles: concordant-response notes, no flare, no re-staging', () => {
    const tps = m.course.tumour[0]!.recist.timePoints;
    expect(tps.map((t) => t.overall.category)).toEqual(['baseline', 'PR', 'PR']);
    expect(tps[2]!.sumMm).toBe(23);
    expect(m.alerts.flares).toEqual([]);
    expect(m.alerts.alerts.map((a) => a.rule)).toEqual(['concordant-response', 'concordant-response']);
  });
  it('CK is normal two weeks after starting treatment; TIS shows improvement at every step', () => {
    expect(m.course.visits[1]!.ckXUln).toBeLessThanOrEqual(1);
    expect(m.course.changes.map((c) => c.tis.category)).toEqual(['moderate', 'major', 'minimal']);
    expect(m.course.changes.every((c) => c.tis.worsened.length === 0)).toBe(true);
  });
  it('concordance is refused with 3 paired points (n < 4)', () => {
    expect(
      m.concordance.measures.every(
        (x) => x.status === 'insufficient-pairs' && x.n === 3 && x.rho === undefined,
      ),
    ).toBe(true);
  });
  it('refractory when the core set does not move ≥ 90 days after starting prednisone', () => {
    const base = load('breast-idc-course');
    const flat = {
      ...base,
      visits: base.visits!.map((v, i) => ({
        ...base.visits![0]!,
        id: i === 0 ? 'v-admission' : `v${i}`,
        date: v.date,
      })),
    };
    const r = run(flat);
    expect(r.alerts.refractory.status).toBe('met');
    expect(r.alerts.alerts.find((a) => a.rule === 'refractory-myositis')).toMatchObject({
      action: 'cancer-search',
    });
  });
});

describe('Spearman', () => {
  it('average ranks for ties', () => {
    expect(ranks([10, 20, 20, 5])).toEqual([2, 3.5, 3.5, 1]);
  });
  it('perfect and inverse orderings; no variation → null', () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1, 12);
    expect(spearman([1, 2, 3], [5, 5, 5])).toBeNull();
  });
  it('exact p for n = 4, rho = 1 is 2/24; normal approximation above n = 9', () => {
    expect(spearmanP([1, 2, 3, 4], [1, 2, 3, 4])!.p).toBeCloseTo(1 / 12, 12);
    const x = Array.from({ length: 12 }, (_, i) => i);
    expect(spearmanP(x, x)).toMatchObject({ method: 'normal-approximation' });
    expect(spearmanP(x, x)!.p).toBeLessThan(0.001);
  });
  it('exact p for n = 9: a perfect ranking is matched only by itself and its reverse (2/9!)', () => {
    const x = Array.from({ length: 9 }, (_, i) => i * 10);
    expect(spearmanP(x, [...x])).toEqual({ p: 2 / 362880, method: 'exact-permutation' });
  });
  it('the exact p is the share of all orderings (listed one by one) at least as extreme, ties included', () => {
    // Reference: every ordering of y built explicitly, Spearman's rho of each computed afresh.
    const orderings = (xs: number[]): number[][] =>
      xs.length <= 1
        ? [xs]
        : xs.flatMap((v, i) => orderings([...xs.slice(0, i), ...xs.slice(i + 1)]).map((r) => [v, ...r]));
    const reference = (x: number[], y: number[]) => {
      const rho = Math.abs(spearman(x, y)!);
      const all = orderings(y);
      return all.filter((o) => Math.abs(spearman(x, o)!) >= rho - 1e-12).length / all.length;
    };
    const cases: [number[], number[]][] = [
      [
        [3, 1, 4, 1, 5],
        [9, 2, 6, 5, 3],
      ],
      [
        [10, 20, 20, 30, 40, 40],
        [1.5, 1, 2, 2, 3, 0.5],
      ],
      [
        [7, 3, 3, 9, 1, 4, 8],
        [2, 2, 2, 5, 1, 6, 4],
      ],
    ];
    for (const [x, y] of cases) expect(spearmanP(x, y)!.p).toBe(reference(x, y));
  });
});

describe('monitoring extras', () => {
  it('cumulative doxorubicin from the case: LMS 6 × 75 mg/m² (reduced cycles unstated → full dose) = 450, within the limit band', () => {
    const m = run(load('leiomyosarcoma-course'));
    expect(m.doxorubicin).toMatchObject({
      cumulativeMgPerM2: 450,
      status: 'within-limit-band',
      treatmentPaths: ['treatments[3]'],
    });
    expect(run(load('breast-idc-course')).doxorubicin).toMatchObject({
      cumulativeMgPerM2: 240,
      status: 'below-limit',
    });
  });
  it('an invalid MRC grade in a visit is an issue with its path', () => {
    const c = load('breast-idc-course');
    const bad = { ...c, visits: [{ date: '2021-03-30', mrc: [{ group: 'proximal-upper', grade: '7' }] }] };
    expect(() => parseCase(bad)).toThrow(/not a valid Heliotrope case/);
  });
});

describe('RECIST: a new line of therapy starts a new baseline', () => {
  const scan = (date: string, mm: number, extra: Record<string, unknown> = {}) => ({
    date,
    cancerId: 'ca',
    targets: [{ id: 'liver-1', organ: 'liver', diameterMm: mm }],
    ...extra,
  });
  const base = (treatments: CaseInput['treatments']): CaseInput => ({
    schemaVersion: '1.0',
    cancers: [{ id: 'ca', site: 'lung' }],
    treatments,
    tumourAssessments: [
      scan('2024-01-01', 50),
      scan('2024-03-01', 30),
      scan('2024-05-01', 60),
      scan('2024-07-01', 40),
    ],
  });
  const first = {
    drug: 'carboplatin',
    class: 'chemotherapy' as const,
    indication: 'cancer' as const,
    start: '2024-01-05',
  };
  const second = {
    drug: 'docetaxel',
    class: 'chemotherapy' as const,
    indication: 'cancer' as const,
    start: '2024-05-10',
  };
  it('a new systemic regimen after PD: the PD scan is the new baseline, the next scan is PR against it', () => {
    const m = run(base([first, second]));
    expect(m.course.tumour.map((t) => [t.line, t.assessmentIndices])).toEqual([
      [{ number: 1, trigger: 'first' }, [0, 1, 2]],
      [
        {
          number: 2,
          trigger: 'new-regimen-after-progression',
          treatmentPath: 'treatments[1]',
          treatmentStart: expect.any(Object),
        },
        [2, 3],
      ],
    ]);
    expect(m.course.tumour[0]!.recist.timePoints.map((t) => t.overall.category)).toEqual([
      'baseline',
      'PR',
      'PD',
    ]);
    // 60 → 40 mm is −33 % against the new baseline: PR (as one series it would be PD against the nadir 30).
    expect(m.course.tumour[1]!.recist.timePoints.map((t) => t.overall.category)).toEqual(['baseline', 'PR']);
    expect(run(base([first])).course.tumour[0]!.recist.timePoints[3]!.overall.category).toBe('PD');
  });
  it('newLineOfTherapy false keeps one series; true starts a line even without a progression', () => {
    expect(run(base([first, { ...second, newLineOfTherapy: false }])).course.tumour).toHaveLength(1);
    const flagged = run(
      base([first, { ...second, class: 'surgery', start: '2024-04-01', newLineOfTherapy: true }]),
    );
    expect(flagged.course.tumour.map((t) => t.assessmentIndices)).toEqual([
      [0, 1],
      [1, 2, 3],
    ]);
    expect(flagged.course.tumour[1]!.line).toMatchObject({ number: 2, trigger: 'flagged' });
  });
  it('myositis treatments and regimens without a later scan never split; an old baseline is warned', () => {
    const ivig = {
      drug: 'IVIG',
      class: 'ivig' as const,
      indication: 'myositis' as const,
      start: '2024-05-10',
    };
    expect(run(base([first, ivig])).course.tumour).toHaveLength(1);
    expect(run(base([first, { ...second, start: '2024-08-01' }])).course.tumour).toHaveLength(1);
    const late = run(base([first, { ...second, start: '2024-06-15' }]));
    expect(late.course.tumour).toHaveLength(2);
    expect(late.course.issues).toContainEqual(
      expect.objectContaining({ severity: 'warning', path: 'tumourAssessments[2]' }),
    );
  });
});
