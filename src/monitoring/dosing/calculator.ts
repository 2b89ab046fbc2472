/**
 * The `dosing` calculator: body-surface area (Mosteller and Du Bois), a mg/m² dose with an optional BSA cap,
 * dose cap and reduction, and the carboplatin dose by Calvert with the creatinine clearance it used. Each
 * part is computed when its inputs are given. Arithmetic only: every dose must be checked against the
 * treating protocol and by a pharmacist.
 * @see docs/dosing.md
 * @module
 */
import type { Citation } from '../../core/evidence.js';
import { InputError, issue, type Issue } from '../../core/issues.js';
import type { InputConflict } from '../../engine/calculator.js';
import type { InputDef, InputValues } from '../../engine/inputs.js';
import {
  bsaDuBois,
  bsaMosteller,
  carboplatinCalvert,
  DOSING_LIMITS,
  DOSING_SOURCES,
  type CarboplatinResult,
  type CreatinineUnit,
} from './dosing.js';

/** The inputs of `heliotrope calc dosing` (item=value). */
export const DOSING_INPUTS: readonly InputDef[] = [
  {
    id: 'height-cm',
    label: 'Height',
    description: 'body height in cm (for the body-surface area)',
    kind: { type: 'number', ...DOSING_LIMITS.heightCm, unit: 'cm' },
  },
  {
    id: 'weight-kg',
    label: 'Weight',
    description:
      'body weight in kg: for the body-surface area, and the weight used by Cockcroft–Gault (actual, ideal or adjusted weight is a local policy: give the one your protocol uses)',
    kind: { type: 'number', ...DOSING_LIMITS.weightKg, unit: 'kg' },
  },
  {
    id: 'bsa-formula',
    label: 'BSA formula for the dose',
    description: 'mosteller (default) or dubois; both BSAs are always shown',
    kind: { type: 'enum', values: ['mosteller', 'dubois'] },
    default: 'mosteller',
  },
  {
    id: 'bsa-cap-m2',
    label: 'BSA cap',
    description: 'largest BSA used for the dose, when the protocol caps it (e.g. 2.0 m²)',
    kind: { type: 'number', min: 1, max: 3.5, unit: 'm²' },
  },
  {
    id: 'dose-mg-per-m2',
    label: 'Dose per m²',
    description: 'prescribed dose in mg/m² (per administration)',
    kind: { type: 'number', min: 0.001, max: 10_000, unit: 'mg/m²' },
  },
  {
    id: 'dose-reduction-percent',
    label: 'Dose reduction',
    description: 'reduction of the mg/m² dose in percent (0 = full dose)',
    kind: { type: 'number', min: 0, max: 99, unit: '%' },
  },
  {
    id: 'dose-cap-mg',
    label: 'Dose cap',
    description: 'largest single dose in mg, when the protocol caps it (e.g. vincristine 2 mg)',
    kind: { type: 'number', min: 0.001, max: 100_000, unit: 'mg' },
  },
  {
    id: 'target-auc',
    label: 'Carboplatin target AUC',
    description: 'target area under the curve in mg/mL·min (Calvert)',
    kind: { type: 'number', ...DOSING_LIMITS.auc, unit: 'mg/mL·min' },
  },
  {
    id: 'gfr-measured',
    label: 'Measured GFR',
    description: 'measured GFR in mL/min (e.g. 51Cr-EDTA); used instead of Cockcroft–Gault when given',
    kind: { type: 'number', min: 1, max: 250, unit: 'mL/min' },
  },
  {
    id: 'cap-measured-gfr',
    label: 'Cap a measured GFR',
    description: 'yes: cap a measured GFR at 125 mL/min too (an estimated GFR is always capped)',
    kind: { type: 'tri' },
  },
  {
    id: 'age',
    label: 'Age',
    description: 'age in years, for Cockcroft–Gault (an adult formula)',
    kind: { type: 'number', ...DOSING_LIMITS.ageYears, unit: 'years' },
  },
  {
    id: 'sex',
    label: 'Sex',
    description: 'female or male, for Cockcroft–Gault (× 0.85 for women)',
    kind: { type: 'enum', values: ['female', 'male'] },
  },
  {
    id: 'scr',
    label: 'Serum creatinine',
    description: 'serum creatinine, in the unit given by scr-unit (mg/dL by default)',
    kind: { type: 'number', min: 0.01, max: 3000 },
  },
  {
    id: 'scr-unit',
    label: 'Creatinine unit',
    description: 'mg/dl (default) or umol/l (µmol/L ÷ 88.4 = mg/dL)',
    kind: { type: 'enum', values: ['mg/dl', 'umol/l'] },
    default: 'mg/dl',
  },
];

/** The body-surface area by both formulas, the one used, and its cap. */
export interface DosingBsa {
  mostellerM2: number;
  duBoisM2: number;
  formula: 'mosteller' | 'dubois';
  /** BSA by the chosen formula, before the cap. */
  bsaM2: number;
  capM2: number | null;
  capApplied: boolean;
  /** The BSA used for the dose. */
  bsaUsedM2: number;
}

/** A mg/m² dose. */
export interface DosingDose {
  mgPerM2: number;
  bsaUsedM2: number;
  reductionPercent: number;
  /** mg/m² × BSA × (1 − reduction), before the dose cap. */
  doseBeforeCapMg: number;
  capMg: number | null;
  capApplied: boolean;
  /** The dose, unrounded (round per local policy). */
  doseMg: number;
}

/** The result of `heliotrope calc dosing`: each part is null when its inputs were not given. */
export interface DosingResult {
  calculatorId: 'dosing';
  bsa: DosingBsa | null;
  dose: DosingDose | null;
  carboplatin: CarboplatinResult | null;
  /** Always: arithmetic only; check against the protocol and with a pharmacist. */
  caution: 'check-against-protocol-and-pharmacist';
  citations: Citation[];
}

const PATHS: Record<string, string> = {
  heightCm: 'height-cm',
  weightKg: 'weight-kg',
  ageYears: 'age',
  sex: 'sex',
  scr: 'scr',
  scrUnit: 'scr-unit',
  targetAuc: 'target-auc',
  gfrMlMin: 'gfr-measured',
};

/** Maps the dosing functions' field paths (`crCl.scr`) to item ids (`scr`). */
const toItem = (i: Issue): Issue => ({ ...i, path: PATHS[i.path.replace(/^crCl\./, '')] ?? i.path });

/**
 * Computes every part whose inputs are given.
 * @param v - coerced item values
 * @throws InputError naming the items (missing or implausible values, a cap or reduction without a dose)
 */
export function computeDosing(v: InputValues): DosingResult {
  const n = (k: string) => (typeof v[k] === 'number' ? v[k] : undefined);
  const issues: Issue[] = [];
  const need = (k: string, why: string) => {
    if (n(k) === undefined && (v[k] === undefined || v[k] === 'unknown' || v[k] === null))
      issues.push(issue('required', k, `${k} is needed ${why}`));
  };
  const wantsDose = n('dose-mg-per-m2') !== undefined;
  const wantsBsa = wantsDose || n('height-cm') !== undefined || n('bsa-cap-m2') !== undefined;
  const wantsCarbo = n('target-auc') !== undefined;
  for (const k of ['dose-reduction-percent', 'dose-cap-mg'])
    if (n(k) !== undefined && !wantsDose)
      issues.push(issue('conflict', k, `${k} applies to a mg/m² dose: give dose-mg-per-m2`));
  if (wantsBsa) {
    need('height-cm', 'for the body-surface area');
    need('weight-kg', 'for the body-surface area');
  }
  if (wantsCarbo && n('gfr-measured') === undefined) {
    for (const k of ['age', 'sex', 'weight-kg', 'scr'])
      if (!(k === 'weight-kg' && wantsBsa)) need(k, 'for Cockcroft–Gault (or give gfr-measured)');
    if (v['scr-unit'] === 'unknown')
      issues.push(issue('required', 'scr-unit', 'scr-unit is needed: mg/dl or umol/l'));
  }
  for (const k of ['gfr-measured', 'cap-measured-gfr', 'age', 'scr'])
    if ((n(k) !== undefined || v[k] === 'yes') && !wantsCarbo)
      issues.push(issue('conflict', k, `${k} is used for carboplatin: give target-auc`));
  if (!wantsBsa && !wantsCarbo && !issues.length)
    issues.push(
      issue(
        'required',
        '',
        'give height-cm and weight-kg (body-surface area, mg/m² dose) and/or target-auc with gfr-measured or age, sex, weight-kg and scr (carboplatin)',
      ),
    );
  if (issues.length) throw new InputError('dosing: missing or conflicting items', issues);

  try {
    let bsa: DosingBsa | null = null;
    if (wantsBsa) {
      const hw = { heightCm: n('height-cm')!, weightKg: n('weight-kg')! };
      const most = bsaMosteller(hw).bsaM2;
      const dub = bsaDuBois(hw).bsaM2;
      const formula = v['bsa-formula'] === 'dubois' ? 'dubois' : 'mosteller';
      const bsaM2 = formula === 'dubois' ? dub : most;
      const cap = n('bsa-cap-m2') ?? null;
      const capApplied = cap !== null && bsaM2 > cap;
      bsa = {
        mostellerM2: most,
        duBoisM2: dub,
        formula,
        bsaM2,
        capM2: cap,
        capApplied,
        bsaUsedM2: capApplied ? cap : bsaM2,
      };
    }
    let dose: DosingDose | null = null;
    if (wantsDose && bsa) {
      const mgPerM2 = n('dose-mg-per-m2')!;
      const reductionPercent = n('dose-reduction-percent') ?? 0;
      const before = mgPerM2 * bsa.bsaUsedM2 * (1 - reductionPercent / 100);
      const capMg = n('dose-cap-mg') ?? null;
      const capApplied = capMg !== null && before > capMg;
      dose = {
        mgPerM2,
        bsaUsedM2: bsa.bsaUsedM2,
        reductionPercent,
        doseBeforeCapMg: before,
        capMg,
        capApplied,
        doseMg: capApplied ? capMg : before,
      };
    }
    const unit: CreatinineUnit = v['scr-unit'] === 'umol/l' ? 'umol/L' : 'mg/dL';
    const carboplatin = wantsCarbo
      ? carboplatinCalvert({
          targetAuc: n('target-auc')!,
          ...(n('gfr-measured') !== undefined
            ? { gfrMlMin: n('gfr-measured')!, capMeasured: v['cap-measured-gfr'] === 'yes' }
            : {
                crCl: {
                  ageYears: n('age')!,
                  weightKg: n('weight-kg')!,
                  sex: v['sex'] as 'female' | 'male',
                  scr: n('scr')!,
                  scrUnit: unit,
                },
              }),
        })
      : null;
    const citations: Citation[] = [
      ...(bsa ? [DOSING_SOURCES.mosteller, DOSING_SOURCES.duBois] : []),
      ...(carboplatin ? carboplatin.citations : []),
    ];
    return {
      calculatorId: 'dosing',
      bsa,
      dose,
      carboplatin,
      caution: 'check-against-protocol-and-pharmacist',
      citations,
    };
  } catch (e) {
    if (e instanceof InputError) throw new InputError(e.message, e.issues.map(toItem));
    throw e;
  }
}

/**
 * Conflicts between individually valid items (as the dosing arithmetic reports them), by item.
 * @param values - coerced item values
 */
export function checkDosingInputs(values: InputValues): InputConflict[] {
  try {
    computeDosing(values);
    return [];
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return e.issues.map((i) => ({ input: i.path, message: i.message }));
  }
}
