import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateRaw } from '../../calc/run.js';
import { tis2016Set } from './set.js';
import { cdasiChange, cdasiSeverity } from '../cdasi.js';
import { TIS_MEASURES } from './definition.js';
import { bandOf, computeTis, evaluateTisInputs, type TisPair } from './evaluate.js';

const m = (id: string) => TIS_MEASURES.find((x) => x.id === id)!;
const none: TisPair = {
  physicianGlobal: [5, 5],
  patientGlobal: [5, 5],
  mmt: [60, 60],
  haq: [1, 1],
  enzymeXUln: [3, 3],
  extramuscular: [3, 3],
  mmtMax: 80,
};

describe('TIS 2016 table', () => {
  it('top band sums to exactly 100 (integrity check of the recalled table)', () => {
    expect(TIS_MEASURES.reduce((s, x) => s + x.points[4], 0)).toBe(100);
  });
  it('band edges: 5 % → band 0, 5.1 % → band 1, 15 → 1, 15.1 → 2, 40 → 3, 40.1 → 4; MMT 2 → 0, 2.1 → 1', () => {
    const pg = m('physician-global');
    expect([5, 5.1, 15, 15.1, 25, 25.1, 40, 40.1, -30].map((p) => bandOf(pg, p))).toEqual([
      0, 1, 1, 2, 2, 3, 3, 4, 0,
    ]);
    expect([2, 2.1, 10, 10.1, 20, 20.1, 30, 30.1].map((p) => bandOf(m('mmt'), p))).toEqual([
      0, 1, 1, 2, 2, 3, 3, 4,
    ]);
  });
  it('VAS 1.5 cm change = exactly 15 % (no floating-point drift into band 2)', () => {
    const r = computeTis({ ...none, physicianGlobal: [5, 3.5] });
    expect(r.items[0]).toMatchObject({ improvementPercent: 15, band: 1, points: 7.5 });
  });
  it('no change → 0, category none; maximal improvement → 100, major', () => {
    expect(computeTis(none)).toMatchObject({ total: 0, category: 'none' });
    const best = computeTis({
      physicianGlobal: [8, 0],
      patientGlobal: [8, 0],
      mmt: [40, 80],
      haq: [2, 0],
      enzymeXUln: [10, 1],
      extramuscular: [6, 0],
      mmtMax: 80,
    });
    expect(best).toMatchObject({ total: 100, category: 'major' });
  });
  it('category edges: 20 minimal, 19.999 none, 40 moderate, 60 major', () => {
    // physician 20 + MMT 0 → 20 = minimal.
    expect(computeTis({ ...none, physicianGlobal: [8, 3] }).category).toBe('minimal');
    // physician 17.5 (30 %) + patient 2.5 (10 %) = 20.
    expect(computeTis({ ...none, physicianGlobal: [8, 5], patientGlobal: [5, 4] })).toMatchObject({
      total: 20,
      category: 'minimal',
    });
    // physician 17.5 alone = none.
    expect(computeTis({ ...none, physicianGlobal: [8, 5] })).toMatchObject({ total: 17.5, category: 'none' });
    // physician 20 + extramuscular 20 = 40 moderate; + MMT 20 (>10–20 %) = 60 major.
    expect(computeTis({ ...none, physicianGlobal: [8, 3], extramuscular: [6, 1] }).category).toBe('moderate');
    expect(
      computeTis({ ...none, physicianGlobal: [8, 3], extramuscular: [6, 1], mmt: [60, 76] }),
    ).toMatchObject({ total: 60, category: 'major' });
  });
  it('MMT uses the maximum given: +12 points is 15 % of 80 (band 2) but 8 % of 150 (band 1)', () => {
    expect(computeTis({ ...none, mmt: [60, 72] }).items[2]!.points).toBe(20);
    expect(computeTis({ ...none, mmt: [100, 112], mmtMax: 150 }).items[2]!.points).toBe(10);
  });
  it('enzymes: relative change, floored at the ULN', () => {
    // CK 695/200 = 3.475 × ULN → 150 (below ULN → 1 ×): improvement (3.475 − 1) / 3.475 = 71 % → band 4.
    const r = evaluateTisInputs({
      'enzyme-baseline': 695,
      'enzyme-followup': 150,
      'enzyme-uln': 200,
      'mmt-max': '80',
    });
    expect(r.items[4]!.improvementPercent).toBeCloseTo(71.22, 2);
    expect(r.items[4]!.points).toBe(7.5);
    // Both normal → 0 % change.
    expect(computeTis({ ...none, enzymeXUln: [0.5, 0.2] }).items[4]!.improvementPercent).toBe(0);
  });
  it('unknown measures give a range; category only when the range agrees', () => {
    const r = computeTis({ ...none, patientGlobal: [null, 3], haq: [null, null] });
    expect(r).toMatchObject({
      total: null,
      min: 0,
      max: 20,
      missing: ['patient-global', 'haq'],
      category: 'indeterminate',
      categoryRange: ['none', 'minimal'],
    });
    const sure = computeTis({
      ...none,
      physicianGlobal: [8, 0],
      extramuscular: [6, 0],
      mmt: [50, 80],
      haq: [null, null],
    });
    expect(sure).toMatchObject({ min: 72.5, max: 82.5, category: 'major' });
  });
  it('worsening scores 0 and is listed', () => {
    const r = computeTis({ ...none, mmt: [60, 50] });
    expect(r.items[2]).toMatchObject({ band: 0, points: 0 });
    expect(r.worsened).toEqual(['mmt']);
  });
  it('TIS is within [0, 100] and min ≤ max (property)', () => {
    const v = fc.option(fc.double({ min: 0, max: 10, noNaN: true }), { nil: null });
    fc.assert(
      fc.property(fc.tuple(v, v), fc.tuple(v, v), fc.tuple(v, v), (a, b, c) => {
        const r = computeTis({ ...none, physicianGlobal: a, patientGlobal: b, extramuscular: c });
        expect(r.min).toBeGreaterThanOrEqual(0);
        expect(r.max).toBeLessThanOrEqual(100);
        expect(r.min).toBeLessThanOrEqual(r.max);
      }),
    );
  });
  it('calculator: item inputs, mmt above mmt-max is a conflict', () => {
    const calc = tis2016Set.calculator;
    if (calc.kind !== 'items') throw new Error('tis-2016 takes item values');
    const ok = evaluateRaw(calc, {
      'physician-global-baseline': '8',
      'physician-global-followup': '3',
      'mmt-baseline': '120',
      'mmt-followup': '140',
      'mmt-max': '150',
    });
    expect(ok.ok && ok.result.min).toBe(40);
    const bad = evaluateRaw(calc, { 'mmt-baseline': '90', 'mmt-followup': '70', 'mmt-max': '80' });
    expect(!bad.ok && bad.issues.map((i) => i.path)).toEqual(['mmt-baseline']);
  });
});

describe('TIS 2016: MMT on an unknown scale is never silently 80', () => {
  const calc = tis2016Set.calculator;
  if (calc.kind !== 'items') throw new Error('tis-2016 takes item values');
  const known = {
    'physician-global-baseline': 8,
    'physician-global-followup': 3,
    'patient-global-baseline': 5,
    'patient-global-followup': 5,
    'haq-baseline': 1,
    'haq-followup': 1,
    'enzyme-baseline': 300,
    'enzyme-followup': 300,
    'enzyme-uln': 200,
    'extramuscular-baseline': 6,
    'extramuscular-followup': 1,
  };
  const score = (raw: Record<string, unknown>) => {
    const r = evaluateRaw(calc, raw);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r.result;
  };
  it('mmt-baseline=100 mmt-followup=120 without a maximum is not refused: only the 150 scale fits', () => {
    const r = score({ 'mmt-baseline': 100, 'mmt-followup': 120 });
    expect(r.mmtScale).toEqual({ max: 150, basis: 'inferred-from-values' });
    // 20 of 150 = 13.3 % → band 2 → 20 points.
    expect(r.items[2]).toMatchObject({ improvementPercent: 13.333333, band: 2, points: 20 });
  });
  it('60 → 70 without a maximum: 12.5 % of 80 (20 points) or 6.7 % of 150 (10 points) → a range, not 80', () => {
    const r = score({ ...known, 'mmt-baseline': 60, 'mmt-followup': 70 });
    expect(r.mmtScale).toEqual({ max: null, basis: 'unknown' });
    expect(r.items[2]).toMatchObject({
      points: null,
      reason: 'mmt-scale-unknown',
      pointsRange: [10, 20],
      improvementPercentRange: [6.666667, 12.5],
    });
    // physician 20 + extramuscular 20 + MMT 10–20 = 50–60: moderate or major, so indeterminate.
    expect(r).toMatchObject({ total: null, min: 50, max: 60, missing: ['mmt-max'] });
    expect(r.category).toBe('indeterminate');
    expect(r.categoryRange).toEqual(['moderate', 'major']);
    // The same visits with mmt-max given are scored exactly.
    expect(score({ ...known, 'mmt-baseline': 60, 'mmt-followup': 70, 'mmt-max': 80 })).toMatchObject({
      total: 60,
      category: 'major',
    });
    expect(
      score({ ...known, 'mmt-baseline': 60, 'mmt-followup': 70, 'mmt-max': 'unknown' }).total,
    ).toBeNull();
  });
  it('when both scales give the same points the category is decided (60 → 76: band 2 on either)', () => {
    const r = score({ ...known, 'mmt-baseline': 60, 'mmt-followup': 76 });
    expect(r.items[2]).toMatchObject({ points: 20, reason: 'mmt-scale-unknown', pointsRange: [20, 20] });
    expect(r).toMatchObject({ total: 60, category: 'major', missing: [] });
  });
});

describe('CDASI', () => {
  it('severity: 14 mild by both, 15–18 centres disagree, 19 moderate-severe by both', () => {
    expect(cdasiSeverity(14).combined).toBe('mild');
    expect(cdasiSeverity(15)).toMatchObject({
      upenn: 'mild',
      stanford: 'moderate-severe',
      combined: 'indeterminate',
    });
    expect(cdasiSeverity(18).combined).toBe('indeterminate');
    expect(cdasiSeverity(19).combined).toBe('moderate-severe');
  });
  it('MCID: −4 improved by UPenn only, −5 by both; +5 worsened', () => {
    expect(cdasiChange(20, 16)).toMatchObject({
      upenn: 'improved',
      stanford: 'no-change',
      combined: 'indeterminate',
    });
    expect(cdasiChange(20, 15).combined).toBe('improved');
    expect(cdasiChange(20, 17).combined).toBe('no-change');
    expect(cdasiChange(10, 15).combined).toBe('worsened');
  });
});
