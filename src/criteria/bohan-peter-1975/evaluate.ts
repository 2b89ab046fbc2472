/**
 * Evaluation of the Bohan & Peter criteria, three-valued: the category with unknown criteria counted
 * absent, and every category still reachable if they were present.
 * @module
 */
import type { Citation } from '../../core/evidence.js';
import type { Tri } from '../../core/tri.js';
import type { InputEvidence, InputValues } from '../../engine/inputs.js';
import { scoreTable, type ItemResult } from '../../engine/table.js';
import {
  BOHAN_PETER_1975,
  BOHAN_PETER_1975_SOURCE,
  BOHAN_PETER_RULES,
  type BohanPeterCategory,
} from './definition.js';

/** The result. */
export interface BohanPeterResult {
  criteriaId: 'bohan-peter-1975';
  version: string;
  /** Category with unknown criteria counted absent. */
  category: BohanPeterCategory;
  /** Every category reachable by resolving the unknown criteria, in rule order. */
  reachableCategories: BohanPeterCategory[];
  rash: Tri;
  muscleCriteria: { met: number; unknown: number };
  items: ItemResult[];
  missing: { id: string; label: string; couldChangeCategory: boolean }[];
  exclusionsNote: string;
  citation: Citation;
}

/** Category for a known rash and count of muscle criteria. */
export function bohanPeterCategory(rash: boolean, muscle: number): BohanPeterCategory {
  const rule = BOHAN_PETER_RULES.find(
    (r) => r.rash === rash && muscle >= r.minMuscle && muscle <= r.maxMuscle,
  );
  return rule ? rule.category : 'not-met';
}

/**
 * Evaluates Bohan & Peter.
 * @param values - input values by id (see BOHAN_PETER_INPUTS)
 * @param evidence - evidence per input, when derived from a case
 */
export function evaluateBohanPeter1975(values: InputValues, evidence: InputEvidence = {}): BohanPeterResult {
  const { items } = scoreTable(BOHAN_PETER_1975, 'count', values, evidence);
  const muscleItems = items.filter((i) => i.domain === 'muscle');
  const met = muscleItems.filter((i) => i.status === 'met').length;
  const unknown = muscleItems.filter((i) => i.status === 'unknown').length;
  const rash = items.find((i) => i.id === 'typical-rash')?.status ?? 'unknown';
  const category = bohanPeterCategory(rash === 'met', met);

  const rashOptions = rash === 'unknown' ? [true, false] : [rash === 'met'];
  const reachable = new Set<BohanPeterCategory>();
  for (const r of rashOptions)
    for (let k = met; k <= met + unknown; k++) reachable.add(bohanPeterCategory(r, k));
  const order: BohanPeterCategory[] = [...BOHAN_PETER_RULES.map((r) => r.category), 'not-met'];

  const missing = items
    .filter((i) => i.status === 'unknown')
    .map((i) => {
      const alone =
        i.id === 'typical-rash' ? bohanPeterCategory(true, met) : bohanPeterCategory(rash === 'met', met + 1);
      return { id: i.id, label: i.label, couldChangeCategory: alone !== category };
    });

  return {
    criteriaId: 'bohan-peter-1975',
    version: BOHAN_PETER_1975.version,
    category,
    reachableCategories: order.filter((c) => reachable.has(c)),
    rash,
    muscleCriteria: { met, unknown },
    items,
    missing,
    exclusionsNote: BOHAN_PETER_1975.intendedUse,
    citation: BOHAN_PETER_1975_SOURCE,
  };
}
