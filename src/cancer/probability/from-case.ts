/**
 * Reads the inputs of the probability of an underlying cancer from a case.
 * @module
 */
import type { Case } from '../../case/schema.js';
import { triToResult, type Tri } from '../../core/tri.js';
import { ageAtOnsetFact, antibodyFact } from '../../facts/facts.js';
import { dmSuggestedByCase, type Subtype } from '../subtype.js';
import type { CancerProbabilityInputs } from './probability.js';

/** The antibodies whose results the estimate reads or lists (only those with likelihood ratios update it). */
export const PROBABILITY_ANTIBODIES = ['TIF1-gamma', 'NXP2', 'SAE', 'Mi-2', 'MDA5', 'Jo-1'] as const;

/**
 * The estimate's inputs from a case.
 * @param c - a validated case
 * @param subtype - the myositis subtype (from the EULAR/ACR subgroup)
 * @param pretest - pre-test probability chosen by the user (default 17 %)
 */
export function cancerProbabilityInputsFromCase(
  c: Case,
  subtype: Subtype,
  pretest?: number,
): CancerProbabilityInputs {
  const age = ageAtOnsetFact(c).value;
  const antibodies: Record<string, 'positive' | 'negative' | 'unknown'> = {};
  for (const t of PROBABILITY_ANTIBODIES) antibodies[t] = triToResult(antibodyFact(c, t).status);
  const adultOnset: Tri = age === null ? 'unknown' : age >= 18 ? 'met' : 'not-met';
  return Object.assign({}, pretest !== undefined ? { pretest } : {}, {
    antibodies,
    adultOnset,
    subtype: subtype.value,
    dmSuggested: dmSuggestedByCase(c),
    cancerKnown: c.cancers.length > 0,
  });
}
