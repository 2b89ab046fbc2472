import { describe, expect, it } from 'vitest';
import { runCsvBatch } from '../../calc/csv.js';
import { evaluateRaw, runJsonlBatch } from '../../calc/run.js';
import type { DosingResult } from './calculator.js';
import { dosingSet } from './set.js';
import { bsaDuBois } from './dosing.js';

const calc = dosingSet.calculator;
if (calc.kind !== 'items') throw new Error('dosing takes item values');
const run = (raw: Record<string, unknown>) => {
  const r = evaluateRaw(calc, raw);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.result;
};
const issues = (raw: Record<string, unknown>) => {
  const r = evaluateRaw(calc, raw);
  if (r.ok) throw new Error('expected issues');
  return r.issues;
};

describe('calc dosing: reference examples (dosing.md)', () => {
  it('BSA: 170 cm/70 kg → Mosteller 1.82, Du Bois 1.81; 180 cm/80 kg → Mosteller 2.00', () => {
    const a = run({ 'height-cm': 170, 'weight-kg': 70 });
    expect(a.bsa!.mostellerM2).toBeCloseTo(1.818, 3);
    expect(a.bsa!.duBoisM2).toBeCloseTo(1.8097, 4);
    expect(a.bsa).toMatchObject({ formula: 'mosteller', capApplied: false });
    expect(run({ 'height-cm': 180, 'weight-kg': 80 }).bsa!.mostellerM2).toBeCloseTo(2.0, 6);
    expect(bsaDuBois({ heightCm: 180, weightKg: 80 }).bsaM2).toBeCloseTo(1.9964, 4);
    expect(run({ 'height-cm': 170, 'weight-kg': 70, 'bsa-formula': 'dubois' }).bsa!.bsaUsedM2).toBeCloseTo(
      1.8097,
      4,
    );
  });
  it('Calvert: female 62 y, 60 kg, SCr 0.8 mg/dL → CrCl 69.1 mL/min → AUC 5: 470 mg, with the CrCl it used', () => {
    const r = run({ 'target-auc': 5, age: 62, sex: 'female', 'weight-kg': 60, scr: 0.8 });
    expect(r.carboplatin!.crCl!.crClMlMin).toBeCloseTo(69.06, 2);
    expect(r.carboplatin).toMatchObject({
      gfrSource: 'cockcroft-gault',
      capApplied: false,
      doseMgRounded: 470,
    });
    expect(r.carboplatin!.doseMg).toBeCloseTo(470.3, 1);
    // The same creatinine in µmol/L (0.8 × 88.4 = 70.72).
    const si = run({
      'target-auc': 5,
      age: 62,
      sex: 'female',
      'weight-kg': 60,
      scr: 70.72,
      'scr-unit': 'umol/L',
    });
    expect(si.carboplatin!.doseMg).toBeCloseTo(470.3, 1);
  });
  it.each([
    [4, 600],
    [5, 750],
    [6, 900],
  ])('estimated GFR above 125 is capped: AUC %s → %s mg', (auc, dose) => {
    const r = run({ 'target-auc': auc, age: 20, sex: 'male', 'weight-kg': 100, scr: 0.6 });
    expect(r.carboplatin).toMatchObject({ capApplied: true, gfrUsedMlMin: 125, doseMg: dose });
  });
  it('a measured GFR is used as given unless cap-measured-gfr=yes', () => {
    expect(run({ 'target-auc': 5, 'gfr-measured': 140 }).carboplatin!.doseMg).toBe(825);
    expect(run({ 'target-auc': 5, 'gfr-measured': 140, 'cap-measured-gfr': 'yes' }).carboplatin!.doseMg).toBe(
      750,
    );
  });
  it('mg/m² dose with reduction, dose cap and BSA cap', () => {
    const r = run({ 'height-cm': 170, 'weight-kg': 70, 'dose-mg-per-m2': 75, 'dose-reduction-percent': 25 });
    expect(r.dose!.doseMg).toBeCloseTo(75 * 1.818 * 0.75, 1);
    const vcr = run({ 'height-cm': 170, 'weight-kg': 70, 'dose-mg-per-m2': 1.4, 'dose-cap-mg': 2 });
    expect(vcr.dose).toMatchObject({ capApplied: true, doseMg: 2 });
    expect(vcr.dose!.doseBeforeCapMg).toBeCloseTo(2.545, 3);
    const big = run({ 'height-cm': 200, 'weight-kg': 120, 'bsa-cap-m2': 2, 'dose-mg-per-m2': 100 });
    expect(big.bsa).toMatchObject({ capApplied: true, bsaUsedM2: 2 });
    expect(big.bsa!.bsaM2).toBeCloseTo(2.582, 3);
    expect(big.dose!.doseMg).toBe(200);
  });
});

describe('calc dosing: bad input names the item', () => {
  it('a dose without height and weight; a cap without a dose; nothing at all', () => {
    expect(issues({ 'dose-mg-per-m2': 75 }).map((i) => i.path)).toEqual(['height-cm', 'weight-kg']);
    expect(issues({ 'height-cm': 170, 'weight-kg': 70, 'dose-cap-mg': 2 }).map((i) => i.path)).toEqual([
      'dose-cap-mg',
    ]);
    expect(issues({})[0]!.message).toMatch(/give height-cm and weight-kg/);
  });
  it('carboplatin without renal inputs lists each; a creatinine in µmol/L given as mg/dL gets a hint', () => {
    expect(issues({ 'target-auc': 5 }).map((i) => i.path)).toEqual(['age', 'sex', 'weight-kg', 'scr']);
    const hint = issues({ 'target-auc': 5, age: 62, sex: 'female', 'weight-kg': 60, scr: 70 });
    expect(hint.map((i) => i.path)).toEqual(['scr']);
    expect(hint[0]!.message).toMatch(/µmol\/L/);
  });
});

describe('calc dosing: batches', () => {
  it('JSONL numbers and CSV cells give the same doses; a bad line is reported on its own', () => {
    const jsonl = runJsonlBatch(
      calc,
      '{"height-cm":170,"weight-kg":70,"dose-mg-per-m2":75}\n{"dose-mg-per-m2":75}\n',
    );
    const csv = runCsvBatch(calc, 'height-cm,weight-kg,dose-mg-per-m2\n170,70,75\n');
    const dose = (row: (typeof csv)[number] | undefined) =>
      row?.ok ? (row.result as DosingResult).dose!.doseMg : Number.NaN;
    expect(dose(jsonl[0])).toBeCloseTo(dose(csv[0]), 9);
    expect(dose(jsonl[0])).toBeCloseTo(75 * Math.sqrt((170 * 70) / 3600), 9);
    expect(jsonl[1]).toMatchObject({ ok: false, line: 2 });
  });
});
