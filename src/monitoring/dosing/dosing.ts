/**
 * Dosing arithmetic seen in paraneoplastic-DM care: BSA (Mosteller, Du Bois), creatinine clearance
 * (Cockcroft–Gault), carboplatin (Calvert, GFR cap 125 mL/min), mg/m² doses, cumulative doxorubicin
 * against its lifetime limit, glucocorticoid mg/kg. Arithmetic only: every dose must be checked against
 * the treating protocol and by a pharmacist. Results carry every intermediate value.
 * @see dosing.md (Mosteller 1987; Cockcroft & Gault 1976; Calvert 1989; FDA/NCI-CTEP 2010)
 * @module
 */
import type { Citation } from '../../core/evidence.js';
import { TREATMENT_LIMITS } from '../../case/treatment-limits.js';
import { codedIssue, InputError, type Issue } from '../../core/issues.js';
import { message } from '../../core/messages.js';

/** Sources of the dosing formulas. */
export const DOSING_SOURCES = {
  mosteller: {
    label: 'Mosteller RD. Simplified calculation of body-surface area. N Engl J Med 1987;317:1098',
    doi: '10.1056/NEJM198710223171717',
  },
  duBois: {
    label:
      'Du Bois D, Du Bois EF. A formula to estimate the approximate surface area if height and weight be known. Arch Intern Med 1916;17:863–871',
    doi: '10.1001/archinte.1916.00080130010002',
  },
  cockcroftGault: {
    label:
      'Cockcroft DW, Gault MH. Prediction of creatinine clearance from serum creatinine. Nephron 1976;16:31–41',
    doi: '10.1159/000180580',
  },
  calvert: {
    label:
      'Calvert AH, Newell DR, Gumbrell LA, et al. Carboplatin dosage: prospective evaluation of a simple formula based on renal function. J Clin Oncol 1989;7:1748–1756',
    doi: '10.1200/JCO.1989.7.11.1748',
  },
  gfrCap: {
    label:
      'US FDA / NCI-CTEP 2010 communication on carboplatin dosing with IDMS-standardised creatinine (estimated GFR capped at 125 mL/min)',
  },
  doxorubicinLimit: {
    label:
      'Von Hoff DD, Layard MW, Basa P, et al. Risk factors for doxorubicin-induced congestive heart failure. Ann Intern Med 1979;91:710–717; limit as in doxorubicin product labelling',
    doi: '10.7326/0003-4819-91-5-710',
  },
} satisfies Record<string, Citation>;

/** Plausibility limits for inputs (outside → InputError). */
export const DOSING_LIMITS = {
  heightCm: { min: 50, max: 250 },
  weightKg: { min: 2, max: 400 },
  ageYears: { min: 18, max: 120 },
  scrMgDl: { min: 0.1, max: 20 },
  auc: TREATMENT_LIMITS.targetAuc,
} as const;

/** µmol/L per mg/dL for creatinine (dosing.md §2; one calculator uses 88.42). */
export const CREATININE_UMOL_PER_MGDL = 88.4;
/** GFR cap when GFR is estimated (mL/min). */
export const CARBOPLATIN_GFR_CAP = 125;
/** Non-renal carboplatin clearance in the Calvert formula (mL/min). */
export const CALVERT_NON_RENAL = 25;
/**
 * Cumulative doxorubicin limit (mg/m²). Decision: the commonly cited 450–550 mg/m² band; the lower bound
 * raises a warning, the upper bound an alert. Prior mediastinal radiotherapy or cardiotoxic co-medication
 * lowers the limit in practice (not modelled).
 */
export const DOXORUBICIN_LIMIT_MG_M2 = { lower: 450, upper: 550 } as const;

function checkNumber(
  out: Issue[],
  path: string,
  v: number | undefined,
  lim: { min: number; max: number },
  unit: string,
): v is number {
  if (v === undefined || v === null) {
    out.push(codedIssue('required', path, message('value-required', { field: path, unit })));
    return false;
  }
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    out.push(codedIssue('value', path, message('value-not-a-number', { field: path, unit })));
    return false;
  }
  if (v < lim.min || v > lim.max) {
    out.push(
      codedIssue(
        'value',
        path,
        message('value-implausible', { field: path, value: v, unit, min: lim.min, max: lim.max }),
      ),
    );
    return false;
  }
  return true;
}

function fail(what: string, issues: Issue[]): never {
  throw new InputError(`${what}: invalid input`, issues);
}

/** A BSA result. */
export interface BsaResult {
  formula: 'mosteller' | 'dubois';
  heightCm: number;
  weightKg: number;
  /** m², unrounded. */
  bsaM2: number;
  citation: Citation;
}

/** The BSA formulas: m² from height (cm) and weight (kg). */
const BSA_FORMULAS = {
  mosteller: { f: (h: number, w: number) => Math.sqrt((h * w) / 3600), citation: DOSING_SOURCES.mosteller },
  dubois: {
    f: (h: number, w: number) => 0.007184 * h ** 0.725 * w ** 0.425,
    citation: DOSING_SOURCES.duBois,
  },
} as const;

function bsaBy(formula: BsaResult['formula'], input: { heightCm?: number; weightKg?: number }): BsaResult {
  const issues: Issue[] = [];
  const h = checkNumber(issues, 'heightCm', input.heightCm, DOSING_LIMITS.heightCm, 'cm');
  const w = checkNumber(issues, 'weightKg', input.weightKg, DOSING_LIMITS.weightKg, 'kg');
  if (!h || !w) fail('BSA', issues);
  const heightCm = input.heightCm!;
  const weightKg = input.weightKg!;
  const { f, citation } = BSA_FORMULAS[formula];
  return { formula, heightCm, weightKg, bsaM2: f(heightCm, weightKg), citation };
}

/**
 * Body-surface area by Mosteller: sqrt(height_cm × weight_kg / 3600).
 * @param input - height (cm) and weight (kg)
 * @throws InputError when a value is missing or implausible
 */
export function bsaMosteller(input: { heightCm?: number; weightKg?: number }): BsaResult {
  return bsaBy('mosteller', input);
}

/**
 * Body-surface area by Du Bois: 0.007184 × height_cm^0.725 × weight_kg^0.425 (an alternative to Mosteller;
 * dosing.md §1).
 * @param input - height (cm) and weight (kg)
 * @throws InputError when a value is missing or implausible
 */
export function bsaDuBois(input: { heightCm?: number; weightKg?: number }): BsaResult {
  return bsaBy('dubois', input);
}

/** Creatinine units accepted. */
export type CreatinineUnit = 'mg/dL' | 'umol/L';

/**
 * Converts serum creatinine to mg/dL (µmol/L ÷ 88.4).
 * @param value - the creatinine value
 * @param unit - `mg/dL` or `umol/L`
 */
export function creatinineToMgDl(value: number, unit: CreatinineUnit): number {
  return unit === 'umol/L' ? value / CREATININE_UMOL_PER_MGDL : value;
}

/** A Cockcroft–Gault result with its intermediates. */
export interface CrClResult {
  formula: 'cockcroft-gault';
  ageYears: number;
  weightKg: number;
  sex: 'female' | 'male';
  scrMgDl: number;
  /** 0.85 for women, 1 for men. */
  sexFactor: number;
  /** mL/min, absolute (not per 1.73 m²), unrounded. */
  crClMlMin: number;
  weightBasis: 'actual';
  citation: Citation;
}

/** Inputs of {@link cockcroftGault}. */
export interface CrClInput {
  ageYears?: number;
  weightKg?: number;
  sex?: 'female' | 'male' | 'unknown';
  scr?: number;
  scrUnit?: CreatinineUnit;
}

/**
 * Creatinine clearance by Cockcroft–Gault: (140 − age) × weight / (72 × SCr mg/dL), × 0.85 if female.
 * Uses the weight given (the caller chooses actual, ideal or adjusted weight: a local policy).
 * @param input - age (years), weight (kg), sex, serum creatinine and its unit (default mg/dL)
 * @throws InputError when a value is missing or implausible (creatinine checked after unit conversion)
 */
export function cockcroftGault(input: CrClInput): CrClResult {
  const issues: Issue[] = [];
  checkNumber(issues, 'ageYears', input.ageYears, DOSING_LIMITS.ageYears, 'years');
  checkNumber(issues, 'weightKg', input.weightKg, DOSING_LIMITS.weightKg, 'kg');
  if (input.sex !== 'female' && input.sex !== 'male')
    issues.push(codedIssue('required', 'sex', message('sex-needed-for-cockcroft-gault')));
  const unit = input.scrUnit ?? 'mg/dL';
  if (unit !== 'mg/dL' && unit !== 'umol/L')
    issues.push(codedIssue('value', 'scrUnit', message('creatinine-unit-unknown', { unit: String(unit) })));
  else if (input.scr === undefined || input.scr === null)
    issues.push(codedIssue('required', 'scr', message('value-required', { field: 'scr', unit })));
  else if (typeof input.scr !== 'number' || !Number.isFinite(input.scr))
    issues.push(codedIssue('value', 'scr', message('value-not-a-number', { field: 'scr', unit })));
  else {
    const mg = creatinineToMgDl(input.scr, unit);
    if (mg < DOSING_LIMITS.scrMgDl.min || mg > DOSING_LIMITS.scrMgDl.max) {
      const otherUnit =
        unit === 'mg/dL' && input.scr > 20 ? 'umol/L' : unit === 'umol/L' && input.scr < 9 ? 'mg/dL' : '';
      issues.push(
        codedIssue(
          'value',
          'scr',
          message('creatinine-implausible', {
            value: input.scr,
            unit,
            mgDl: mg.toFixed(2),
            min: DOSING_LIMITS.scrMgDl.min,
            max: DOSING_LIMITS.scrMgDl.max,
            otherUnit,
          }),
        ),
      );
    }
  }
  if (issues.length) fail('Cockcroft–Gault', issues);
  const scrMgDl = creatinineToMgDl(input.scr!, unit);
  const sex = input.sex as 'female' | 'male';
  const sexFactor = sex === 'female' ? 0.85 : 1;
  const crClMlMin = (((140 - input.ageYears!) * input.weightKg!) / (72 * scrMgDl)) * sexFactor;
  return {
    formula: 'cockcroft-gault',
    ageYears: input.ageYears!,
    weightKg: input.weightKg!,
    sex,
    scrMgDl,
    sexFactor,
    crClMlMin,
    weightBasis: 'actual',
    citation: DOSING_SOURCES.cockcroftGault,
  };
}

/** A carboplatin dose by Calvert. */
export interface CarboplatinResult {
  formula: 'calvert';
  targetAuc: number;
  /** The GFR before the cap (mL/min). */
  gfrMlMin: number;
  gfrSource: 'measured' | 'cockcroft-gault';
  /** The GFR used after the cap. */
  gfrUsedMlMin: number;
  capApplied: boolean;
  /** Total dose in mg (not per m²), unrounded. */
  doseMg: number;
  /** Rounded to the nearest 10 mg for display; local policy may differ. */
  doseMgRounded: number;
  /** The creatinine clearance computation, when GFR was estimated. */
  crCl?: CrClResult;
  citations: Citation[];
}

/**
 * Carboplatin dose by Calvert: AUC × (GFR + 25) mg. GFR is either measured (`gfrMlMin`) or estimated by
 * Cockcroft–Gault from `crCl` inputs; an estimated GFR is capped at 125 mL/min (so AUC 5 → at most 750 mg).
 * A measured GFR is not capped unless `capMeasured` is true.
 * @param input - target AUC and a GFR source
 * @throws InputError on a missing/implausible AUC or GFR inputs
 */
export function carboplatinCalvert(input: {
  targetAuc?: number;
  gfrMlMin?: number;
  crCl?: CrClInput;
  capMeasured?: boolean;
}): CarboplatinResult {
  const issues: Issue[] = [];
  checkNumber(issues, 'targetAuc', input.targetAuc, DOSING_LIMITS.auc, 'mg/mL·min');
  if (input.gfrMlMin === undefined && input.crCl === undefined)
    issues.push(codedIssue('required', 'gfrMlMin', message('gfr-or-crcl-needed')));
  if (input.gfrMlMin !== undefined)
    checkNumber(issues, 'gfrMlMin', input.gfrMlMin, { min: 1, max: 250 }, 'mL/min');
  if (issues.length) fail('Carboplatin (Calvert)', issues);
  let crCl: CrClResult | undefined;
  let gfr: number;
  let source: CarboplatinResult['gfrSource'];
  if (input.gfrMlMin !== undefined) {
    gfr = input.gfrMlMin;
    source = 'measured';
  } else {
    try {
      crCl = cockcroftGault(input.crCl!);
    } catch (e) {
      if (e instanceof InputError)
        fail(
          'Carboplatin (Calvert)',
          e.issues.map((i) => ({ ...i, path: `crCl.${i.path}` })),
        );
      throw e;
    }
    gfr = crCl.crClMlMin;
    source = 'cockcroft-gault';
  }
  const capApplied =
    (source === 'cockcroft-gault' || input.capMeasured === true) && gfr > CARBOPLATIN_GFR_CAP;
  const gfrUsed = capApplied ? CARBOPLATIN_GFR_CAP : gfr;
  const doseMg = input.targetAuc! * (gfrUsed + CALVERT_NON_RENAL);
  return {
    formula: 'calvert',
    targetAuc: input.targetAuc!,
    gfrMlMin: gfr,
    gfrSource: source,
    gfrUsedMlMin: gfrUsed,
    capApplied,
    doseMg,
    doseMgRounded: Math.round(doseMg / 10) * 10,
    ...(crCl ? { crCl } : {}),
    citations: [
      DOSING_SOURCES.calvert,
      ...(capApplied ? [DOSING_SOURCES.gfrCap] : []),
      ...(crCl ? [DOSING_SOURCES.cockcroftGault] : []),
    ],
  };
}

/**
 * A dose prescribed per m², in mg.
 * @param mgPerM2 - dose per m²
 * @param bsaM2 - body-surface area
 * @param reductionPercent - dose reduction (0–100)
 */
export function doseFromBsa(
  mgPerM2: number,
  bsaM2: number,
  reductionPercent = 0,
): { mgPerM2: number; bsaM2: number; reductionPercent: number; doseMg: number } {
  const issues: Issue[] = [];
  if (!Number.isFinite(mgPerM2) || mgPerM2 <= 0)
    issues.push(codedIssue('value', 'mgPerM2', message('dose-per-m2-not-positive')));
  if (!Number.isFinite(bsaM2) || bsaM2 < 0.2 || bsaM2 > 3.5)
    issues.push(
      codedIssue('value', 'bsaM2', message('bsa-implausible', { value: bsaM2, min: 0.2, max: 3.5 })),
    );
  if (!Number.isFinite(reductionPercent) || reductionPercent < 0 || reductionPercent >= 100)
    issues.push(codedIssue('value', 'reductionPercent', message('dose-reduction-out-of-range')));
  if (issues.length) fail('mg/m² dose', issues);
  return { mgPerM2, bsaM2, reductionPercent, doseMg: mgPerM2 * bsaM2 * (1 - reductionPercent / 100) };
}

/** One course of an anthracycline for the cumulative dose. */
export interface AnthracyclineCourse {
  /** Dose per cycle in mg/m² (full dose). */
  mgPerM2: number;
  cycles: number;
  /** Reduction applied to some cycles. */
  doseReductionPercent?: number;
  /** How many of the cycles were reduced; when not given, all cycles count at full dose (conservative). */
  reducedCycles?: number;
}

/** Status of the cumulative doxorubicin dose against the limit band. */
export type DoxorubicinLimitStatus = 'below-limit' | 'within-limit-band' | 'above-limit-band';

/** Cumulative doxorubicin dose. */
export interface CumulativeDoxorubicinResult {
  cumulativeMgPerM2: number;
  /** Per course: mg/m² contributed. */
  courses: {
    mgPerM2: number;
    cycles: number;
    reducedCycles: number;
    doseReductionPercent: number;
    contributedMgPerM2: number;
  }[];
  limit: { lower: number; upper: number };
  status: DoxorubicinLimitStatus;
  /** mg/m² left below the lower limit (negative when above). */
  remainingToLowerMgPerM2: number;
  citation: Citation;
}

/**
 * Cumulative doxorubicin dose (mg/m²) against the commonly cited 450–550 mg/m² lifetime limit.
 * `reducedCycles` unknown with a reduction → all cycles counted reduced would under-count, so the
 * full dose is used for unknown reduced cycles (conservative, over-estimates exposure).
 * @param courses - courses given
 */
export function cumulativeDoxorubicin(courses: readonly AnthracyclineCourse[]): CumulativeDoxorubicinResult {
  const issues: Issue[] = [];
  courses.forEach((c, i) => {
    const maxDose = TREATMENT_LIMITS.doxorubicinMgPerM2PerCycle;
    const maxCycles = TREATMENT_LIMITS.doxorubicinCycles;
    if (!Number.isFinite(c.mgPerM2) || c.mgPerM2 <= 0 || c.mgPerM2 > maxDose)
      issues.push(
        codedIssue(
          'value',
          `courses[${i}].mgPerM2`,
          message('anthracycline-dose-implausible', { value: c.mgPerM2, max: maxDose }),
        ),
      );
    if (!Number.isInteger(c.cycles) || c.cycles < 1 || c.cycles > maxCycles)
      issues.push(
        codedIssue('value', `courses[${i}].cycles`, message('cycles-out-of-range', { max: maxCycles })),
      );
    if (c.doseReductionPercent !== undefined && (c.doseReductionPercent < 0 || c.doseReductionPercent >= 100))
      issues.push(
        codedIssue('value', `courses[${i}].doseReductionPercent`, message('dose-reduction-out-of-range')),
      );
    if (
      c.reducedCycles !== undefined &&
      (!Number.isInteger(c.reducedCycles) || c.reducedCycles < 0 || c.reducedCycles > c.cycles)
    ) {
      issues.push(codedIssue('value', `courses[${i}].reducedCycles`, message('reduced-cycles-out-of-range')));
    }
  });
  if (issues.length) fail('Cumulative doxorubicin', issues);
  const rows = courses.map((c) => {
    const red = c.doseReductionPercent ?? 0;
    const reducedCycles = red > 0 ? (c.reducedCycles ?? 0) : 0;
    const contributed = c.mgPerM2 * (c.cycles - reducedCycles) + c.mgPerM2 * (1 - red / 100) * reducedCycles;
    return {
      mgPerM2: c.mgPerM2,
      cycles: c.cycles,
      reducedCycles,
      doseReductionPercent: red,
      contributedMgPerM2: contributed,
    };
  });
  const total = rows.reduce((s, r) => s + r.contributedMgPerM2, 0);
  const status: DoxorubicinLimitStatus =
    total > DOXORUBICIN_LIMIT_MG_M2.upper
      ? 'above-limit-band'
      : total >= DOXORUBICIN_LIMIT_MG_M2.lower
        ? 'within-limit-band'
        : 'below-limit';
  return {
    cumulativeMgPerM2: total,
    courses: rows,
    limit: { ...DOXORUBICIN_LIMIT_MG_M2 },
    status,
    remainingToLowerMgPerM2: DOXORUBICIN_LIMIT_MG_M2.lower - total,
    citation: DOSING_SOURCES.doxorubicinLimit,
  };
}

/**
 * Glucocorticoid dose per kg body weight (mg/kg/day).
 * @param doseMgPerDay - prednisone-equivalent daily dose in mg
 * @param weightKg - body weight
 */
export function glucocorticoidPerKg(
  doseMgPerDay: number | undefined,
  weightKg: number | undefined,
): { doseMgPerDay: number; weightKg: number; mgPerKgPerDay: number } {
  const issues: Issue[] = [];
  checkNumber(issues, 'doseMgPerDay', doseMgPerDay, { min: 0.5, max: 2000 }, 'mg/day');
  checkNumber(issues, 'weightKg', weightKg, DOSING_LIMITS.weightKg, 'kg');
  if (issues.length) fail('Glucocorticoid dose per kg', issues);
  return { doseMgPerDay: doseMgPerDay!, weightKg: weightKg!, mgPerKgPerDay: doseMgPerDay! / weightKg! };
}
