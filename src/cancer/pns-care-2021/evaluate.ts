/**
 * Evaluation of the PNS-Care score: total with its range over unknown components, and the level.
 * @module
 */
import type { Citation } from '../../core/evidence.js';
import type { InputEvidence, InputValues } from '../../engine/inputs.js';
import { scoreTable, type ItemResult } from '../../engine/table.js';
import { PNS_CARE_2021, PNS_CARE_2021_SOURCE, PNS_CARE_LEVELS, type PnsCareCategory } from './definition.js';

/** The scored result. */
export interface PnsCareScored {
  criteriaId: 'pns-care-2021';
  version: string;
  status: 'scored';
  /** Score with unknown components counted 0. */
  score: number;
  scoreRange: { min: number; max: number };
  category: PnsCareCategory;
  categoryRange: { min: PnsCareCategory; max: PnsCareCategory };
  /** True when the phenotype is "other": a defined phenotype not in the 2021 lists, scored 0. */
  phenotypeNotListed: boolean;
  items: ItemResult[];
  missing: string[];
  deviations: readonly string[];
  citation: Citation;
}

/** Why the score does not apply. */
export type PnsCareNotApplicableReason =
  /** Dermatomyositis is not a 2021 PNS phenotype (pns-criteria.md §B3). */
  | 'dermatomyositis-not-a-2021-phenotype'
  /** Another myositis (or one of unknown subtype): not a 2021 PNS phenotype either. */
  | 'myositis-not-a-2021-phenotype';

/** Not applicable: the phenotype is outside the 2021 criteria; no score, no category. */
export interface PnsCareNotApplicable {
  criteriaId: 'pns-care-2021';
  version: string;
  status: 'not-applicable';
  reason: PnsCareNotApplicableReason;
  /** The phenotype value that made it not applicable. */
  phenotype: 'dermatomyositis' | 'other-myositis';
  citation: Citation;
}

/** The result: scored, or not applicable with a reason code. */
export type PnsCareResult = PnsCareScored | PnsCareNotApplicable;

/**
 * Level for a total score.
 * @param score - total PNS-Care score
 */
export function pnsCareCategory(score: number): PnsCareCategory {
  return PNS_CARE_LEVELS.find((l) => score >= l.min)!.category;
}

/**
 * Evaluates the PNS-Care score. A myositis phenotype (`dermatomyositis`, `other-myositis`) is not a 2021
 * phenotype: the result is not applicable, with no score.
 * @param values - input values by id (see PNS_CARE_2021_INPUTS)
 * @param evidence - evidence per input, when derived from a case
 */
export function evaluatePnsCare2021(values: InputValues, evidence: InputEvidence = {}): PnsCareResult {
  const phenotype = values['phenotype'];
  if (phenotype === 'dermatomyositis' || phenotype === 'other-myositis')
    return {
      criteriaId: 'pns-care-2021',
      version: PNS_CARE_2021.version,
      status: 'not-applicable',
      reason:
        phenotype === 'dermatomyositis'
          ? 'dermatomyositis-not-a-2021-phenotype'
          : 'myositis-not-a-2021-phenotype',
      phenotype,
      citation: PNS_CARE_2021_SOURCE,
    };
  const s = scoreTable(PNS_CARE_2021, 'points', values, evidence);
  const missing = ['phenotype', 'antibody', 'cancer'].filter(
    (id) => values[id] === 'unknown' || values[id] === undefined,
  );
  const cancerNotConsistent = values['cancer'] === 'not-found' || values['cancer'] === 'found-inconsistent';
  if (cancerNotConsistent && typeof values['follow-up-years'] !== 'number') missing.push('follow-up-years');
  return {
    criteriaId: 'pns-care-2021',
    version: PNS_CARE_2021.version,
    status: 'scored',
    score: s.min,
    scoreRange: { min: s.min, max: s.max },
    category: pnsCareCategory(s.min),
    categoryRange: { min: pnsCareCategory(s.min), max: pnsCareCategory(s.max) },
    phenotypeNotListed: values['phenotype'] === 'other',
    items: s.items,
    missing,
    deviations: PNS_CARE_2021.deviations ?? [],
    citation: PNS_CARE_2021_SOURCE,
  };
}
