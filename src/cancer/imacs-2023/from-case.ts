/**
 * Reads the IMACS 2023 inputs from a case (with the evidence behind each) and builds the report section:
 * the risk tier and the dated screening plan.
 * @module
 */
import { resolveCaseDate } from '../../case/dates.js';
import type { Case } from '../../case/schema.js';
import type { Evidence } from '../../core/evidence.js';
import { triFromCode, triFromYesNo, triToResult, triToYesNo, type Tri } from '../../core/tri.js';
import type { DerivedInputs } from '../../engine/inputs.js';
import { collectInputs } from '../../criteria/collect-inputs.js';
import { ageAtOnsetFact, antibodyFact, findingFact, type Fact } from '../../facts/facts.js';
import {
  relativeDifference,
  windowStatus,
  windowStatusFromDifference,
  windowTri,
  type CancerAssociationResult,
} from '../association/timing.js';
import type { Subtype } from '../subtype.js';
import { IMACS_ANTIBODY_ITEMS, IMACS_ANTIBODY_TARGETS, IMACS_CLINICAL_ITEMS } from './definition.js';
import { evaluateImacs2023OwnInputs, type ImacsOverrides, type ImacsResult } from './evaluate.js';
import { buildScreeningPlan, knownCancerIndices, type ScreeningPlan } from './plan.js';

/** A yes/no/unknown case field as a fact. */
function yesNoFact(v: 'yes' | 'no' | 'unknown' | undefined, path: string): Fact {
  return { status: triFromYesNo(v), evidence: v === undefined ? [] : [{ path, value: v }] };
}

function smokingFact(c: Case): Fact {
  const s = c.patient.smoking;
  if (s === undefined) return { status: 'unknown', evidence: [] };
  return {
    status: s === 'current' || s === 'former' ? 'met' : s === 'never' ? 'not-met' : 'unknown',
    evidence: [{ path: 'patient.smoking', value: s }],
  };
}

function unexplainedFeverFact(c: Case): Fact {
  const f = findingFact(c, 'unexplained-fever');
  if (f.status !== 'unknown' || f.evidence.length) return f;
  const fever = findingFact(c, 'fever');
  if (fever.status === 'not-met') return fever;
  if (fever.status === 'met')
    return {
      status: 'unknown',
      evidence: fever.evidence.map((e) =>
        Object.assign({}, e, {
          note: 'fever recorded; not stated whether unexplained (record finding "unexplained-fever")',
        }),
      ),
    };
  return fever;
}

/**
 * Whether the myositis diagnosis came within 3 years of symptom onset (day intervals).
 * @param c - a validated case
 */
export function diagnosisWithinThreeYears(c: Case): { status: Tri; evidence: Evidence[] } {
  const onset = resolveCaseDate(c, c.dates.symptomOnset);
  const dx = resolveCaseDate(c, c.dates.diagnosis);
  const evidence: Evidence[] = [
    { path: 'dates.symptomOnset', value: c.dates.symptomOnset ?? null },
    { path: 'dates.diagnosis', value: c.dates.diagnosis ?? null },
  ];
  const window = { fromMonths: -1200, toMonths: 36 };
  if (onset && dx) return { status: windowTri(windowStatus(onset, dx, window)), evidence };
  const rel = relativeDifference(
    c,
    { id: 'symptom-onset', date: c.dates.symptomOnset },
    { id: 'diagnosis', date: c.dates.diagnosis },
  );
  return { status: rel ? windowTri(windowStatusFromDifference(rel, window)) : 'unknown', evidence };
}

/** The clinical items and the finding each reads, listed once (the definition is static). */
const CLINICAL_ITEM_FINDINGS: readonly (readonly [string, string])[] = Object.entries(
  IMACS_CLINICAL_ITEMS,
).map(([id, v]) => [id, v.finding] as const);

/**
 * Derives the IMACS inputs from a case.
 * @param c - a validated case
 * @param subtype - the myositis subtype (from the EULAR/ACR subgroup)
 * @param timing - the cancer-association timing of the case (for a known cancer)
 */
export function imacsInputsFromCase(
  c: Case,
  subtype: Subtype,
  timing: CancerAssociationResult,
): DerivedInputs & { overrides: ImacsOverrides } {
  const inputs = collectInputs();
  const { put, set } = inputs;
  const age = ageAtOnsetFact(c);
  set('age-at-onset', age.value, age.evidence);
  set('sex', c.patient.sex, [{ path: 'patient.sex', value: c.patient.sex }]);
  set('subtype', subtype.value, subtype.evidence);
  const w = diagnosisWithinThreeYears(c);
  set('years-from-onset-to-diagnosis', null, w.evidence);
  for (const id of IMACS_ANTIBODY_ITEMS) {
    const f = antibodyFact(c, IMACS_ANTIBODY_TARGETS[id]);
    set(id, triToResult(f.status), f.evidence);
  }
  for (const [id, finding] of CLINICAL_ITEM_FINDINGS) put(id, findingFact(c, finding));
  put('weight-loss', findingFact(c, 'weight-loss'));
  put('night-sweats', findingFact(c, 'night-sweats'));
  put('unexplained-fever', unexplainedFeverFact(c));
  put('smoking', smokingFact(c));
  put(
    'family-history-of-cancer',
    yesNoFact(c.patient.familyHistoryOfCancer, 'patient.familyHistoryOfCancer'),
  );
  const npc = c.patient.highNpcRiskRegion;
  set(
    'high-npc-risk-region',
    triToYesNo(triFromCode(npc, true, false)),
    npc === undefined ? [] : [{ path: 'patient.highNpcRiskRegion', value: npc }],
  );
  const known = knownCancerIndices(c, timing);
  set(
    'known-cancer',
    known.length ? 'yes' : c.cancers.length ? 'no' : 'unknown',
    known.length
      ? known.map((i) => ({
          path: `cancers[${i}]`,
          note: 'cancer within (or possibly within) 3 years of onset, or active',
        }))
      : c.cancers.map((_, i) => ({
          path: `cancers[${i}]`,
          note: 'outside the ±3-year window and not active',
        })),
  );
  return { values: inputs.values, evidence: inputs.evidence, overrides: { withinThreeYears: w.status } };
}

/** The IMACS section: the risk result and the dated plan. */
export type ImacsSection = ImacsResult & { plan: ScreeningPlan };

/**
 * The IMACS section of a case.
 * @param c - a validated case
 * @param from - the reference day, the subtype and the cancer-association timing of the case
 */
export function imacsSectionFromCase(
  c: Case,
  from: { asOf: string; subtype: Subtype; timing: CancerAssociationResult },
): ImacsSection {
  const d = imacsInputsFromCase(c, from.subtype, from.timing);
  const r = evaluateImacs2023OwnInputs(d.values, d.evidence, d.overrides);
  const plan = buildScreeningPlan(c, r, from.timing, from.asOf);
  // The result is this call's own object: the plan is added to it (last key, as a copy would put it).
  return Object.assign(r, { plan });
}
