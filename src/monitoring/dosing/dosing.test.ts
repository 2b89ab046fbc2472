import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError, type Issue } from '../../core/issues.js';
import {
  bsaMosteller,
  carboplatinCalvert,
  cockcroftGault,
  creatinineToMgDl,
  cumulativeDoxorubicin,
  doseFromBsa,
  glucocorticoidPerKg,
} from './dosing.js';

function issuesOf(f: () => unknown): Issue[] {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e.issues;
    throw e;
  }
  throw new Error('expected an InputError');
}

describe('BSA (Mosteller)', () => {
  it('reference examples: 170 cm/70 kg → 1.82 m²; 180 cm/80 kg → 2.00 m²', () => {
    expect(bsaMosteller({ heightCm: 170, weightKg: 70 }).bsaM2).toBeCloseTo(1.818, 3);
    expect(bsaMosteller({ heightCm: 180, weightKg: 80 }).bsaM2).toBeCloseTo(2.0, 6);
  });
  it('missing weight → InputError naming weightKg', () => {
    expect(issuesOf(() => bsaMosteller({ heightCm: 170 })).map((i) => i.path)).toEqual(['weightKg']);
  });
  it('implausible height → InputError', () => {
    expect(issuesOf(() => bsaMosteller({ heightCm: 17, weightKg: 70 }))[0]?.detail).toMatchObject({
      code: 'value-implausible',
      params: { field: 'heightCm', value: 17 },
    });
  });
  it('is monotone in weight (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 220 }),
        fc.integer({ min: 30, max: 200 }),
        (h, w) =>
          bsaMosteller({ heightCm: h, weightKg: w + 1 }).bsaM2 >
          bsaMosteller({ heightCm: h, weightKg: w }).bsaM2,
      ),
    );
  });
});

describe('Cockcroft–Gault', () => {
  it('reference example: female 62 y 60 kg SCr 0.8 → 69.1 mL/min', () => {
    const r = cockcroftGault({ ageYears: 62, weightKg: 60, sex: 'female', scr: 0.8 });
    expect(r.crClMlMin).toBeCloseTo(69.06, 2);
    expect(r.sexFactor).toBe(0.85);
  });
  it('µmol/L is divided by 88.4', () => {
    expect(creatinineToMgDl(88.4, 'umol/L')).toBe(1);
    const a = cockcroftGault({ ageYears: 62, weightKg: 60, sex: 'male', scr: 70.72, scrUnit: 'umol/L' });
    expect(a.scrMgDl).toBeCloseTo(0.8, 6);
    expect(a.crClMlMin).toBeCloseTo(81.25, 2);
  });
  it('implausible creatinine (µmol/L value given as mg/dL) → InputError with a hint', () => {
    const iss = issuesOf(() => cockcroftGault({ ageYears: 62, weightKg: 60, sex: 'female', scr: 70 }));
    expect(iss[0]?.path).toBe('scr');
    expect(iss[0]?.detail).toMatchObject({ code: 'creatinine-implausible', params: { otherUnit: 'umol/L' } });
  });
  it('missing weight and unknown sex are both listed', () => {
    expect(
      issuesOf(() => cockcroftGault({ ageYears: 62, sex: 'unknown', scr: 1 })).map((i) => i.path),
    ).toEqual(['weightKg', 'sex']);
  });
});

describe('Carboplatin (Calvert)', () => {
  it('reference example: AUC 5, CrCl 69.1 → 470 mg, no cap', () => {
    const r = carboplatinCalvert({
      targetAuc: 5,
      crCl: { ageYears: 62, weightKg: 60, sex: 'female', scr: 0.8 },
    });
    expect(r.capApplied).toBe(false);
    expect(r.doseMg).toBeCloseTo(470.3, 1);
    expect(r.doseMgRounded).toBe(470);
  });
  it('estimated GFR 140 is capped at 125 → 750 mg (AUC 5)', () => {
    // 140 mL/min: male, 20 y, 84 kg, SCr 1.0 → (120 × 84) / 72 = 140.
    const r = carboplatinCalvert({ targetAuc: 5, crCl: { ageYears: 20, weightKg: 84, sex: 'male', scr: 1 } });
    expect(r.gfrMlMin).toBeCloseTo(140, 6);
    expect(r.capApplied).toBe(true);
    expect(r.gfrUsedMlMin).toBe(125);
    expect(r.doseMg).toBe(750);
  });
  it('cap maxima: AUC 4 → 600, AUC 6 → 900; at exactly 125 no cap flag', () => {
    const crCl = { ageYears: 20, weightKg: 84, sex: 'male' as const, scr: 1 };
    expect(carboplatinCalvert({ targetAuc: 4, crCl }).doseMg).toBe(600);
    expect(carboplatinCalvert({ targetAuc: 6, crCl }).doseMg).toBe(900);
    const at = carboplatinCalvert({ targetAuc: 5, gfrMlMin: 125, capMeasured: true });
    expect(at.capApplied).toBe(false);
    expect(at.doseMg).toBe(750);
  });
  it('a measured GFR is not capped by default', () => {
    expect(carboplatinCalvert({ targetAuc: 5, gfrMlMin: 140 }).doseMg).toBe(825);
    expect(carboplatinCalvert({ targetAuc: 5, gfrMlMin: 140, capMeasured: true }).doseMg).toBe(750);
  });
  it('bad nested inputs carry the crCl. path prefix', () => {
    expect(
      issuesOf(() =>
        carboplatinCalvert({ targetAuc: 5, crCl: { ageYears: 62, sex: 'female', scr: 0.8 } }),
      ).map((i) => i.path),
    ).toEqual(['crCl.weightKg']);
    expect(
      issuesOf(() =>
        carboplatinCalvert({ crCl: { ageYears: 62, weightKg: 60, sex: 'female', scr: 0.8 } }),
      ).map((i) => i.path),
    ).toEqual(['targetAuc']);
  });
});

describe('mg/m² and cumulative doxorubicin', () => {
  it('mg/m² × BSA with a 25 % reduction', () => {
    expect(doseFromBsa(75, 2).doseMg).toBe(150);
    expect(doseFromBsa(75, 2, 25).doseMg).toBe(112.5);
    expect(() => doseFromBsa(75, 9)).toThrow(InputError);
  });
  it('6 × 75 mg/m² = 450 → at the lower limit (within band); 449 below; 551 above', () => {
    expect(cumulativeDoxorubicin([{ mgPerM2: 75, cycles: 6 }]).status).toBe('within-limit-band');
    expect(cumulativeDoxorubicin([{ mgPerM2: 74.83, cycles: 6 }]).status).toBe('below-limit');
    expect(
      cumulativeDoxorubicin([
        { mgPerM2: 75, cycles: 6 },
        { mgPerM2: 101, cycles: 1 },
      ]).status,
    ).toBe('above-limit-band');
    expect(
      cumulativeDoxorubicin([
        { mgPerM2: 75, cycles: 6 },
        { mgPerM2: 100, cycles: 1 },
      ]).status,
    ).toBe('within-limit-band');
  });
  it('dose reduction applies only to the reduced cycles', () => {
    const r = cumulativeDoxorubicin([{ mgPerM2: 75, cycles: 6, doseReductionPercent: 25, reducedCycles: 3 }]);
    expect(r.cumulativeMgPerM2).toBeCloseTo(225 + 168.75, 6);
    expect(r.status).toBe('below-limit');
    expect(
      cumulativeDoxorubicin([{ mgPerM2: 75, cycles: 6, doseReductionPercent: 25 }]).cumulativeMgPerM2,
    ).toBe(450);
  });
  it('bad course → InputError with its index', () => {
    expect(issuesOf(() => cumulativeDoxorubicin([{ mgPerM2: 60, cycles: 0 }]))[0]?.path).toBe(
      'courses[0].cycles',
    );
  });
  it('each bad course field carries a message code with its limits, not English', () => {
    const iss = issuesOf(() =>
      cumulativeDoxorubicin([
        { mgPerM2: 900, cycles: 0 },
        { mgPerM2: 60, cycles: 4, doseReductionPercent: 100, reducedCycles: 5 },
      ]),
    );
    expect(iss.map((i) => [i.path, i.detail?.code])).toEqual([
      ['courses[0].mgPerM2', 'anthracycline-dose-implausible'],
      ['courses[0].cycles', 'cycles-out-of-range'],
      ['courses[1].doseReductionPercent', 'dose-reduction-out-of-range'],
      ['courses[1].reducedCycles', 'reduced-cycles-out-of-range'],
    ]);
    expect(iss[0]?.detail?.params).toMatchObject({ value: 900 });
  });
});

describe('glucocorticoid per kg', () => {
  it('60 mg/day at 60 kg → 1 mg/kg/day; missing weight → InputError', () => {
    expect(glucocorticoidPerKg(60, 60).mgPerKgPerDay).toBe(1);
    expect(issuesOf(() => glucocorticoidPerKg(60, undefined))[0]?.path).toBe('weightKg');
  });
});
