/**
 * Evaluation of the Graus 2004 PNS criteria, three-valued: the category with unknown rules counted
 * unmet, and every category still reachable if they were met.
 * @module
 */
import type { Citation } from '../../core/evidence.js';
import { triFromYesNo, triNot, triToYesNo, type Tri } from '../../core/tri.js';
import type { InputEvidence, InputValue, InputValues } from '../../engine/inputs.js';
import { predicateInputs } from '../../engine/predicates.js';
import { scoreTable, type ItemResult } from '../../engine/table.js';
import { PNS_2004, PNS_2004_SOURCE } from './definition.js';

/** Graus 2004 level. */
export type Pns2004Category = 'definite' | 'possible' | 'not-met';

/** Overrides for the derived timing facts, when the caller knows them better than a single number (case dates as intervals). */
export interface Pns2004Overrides {
  'cancer-within-5-years'?: Tri;
  'cancer-within-2-years'?: Tri;
}

/** The result. */
export interface Pns2004Result {
  criteriaId: 'pns-2004';
  version: string;
  /** Level with unknown rules counted unmet. */
  category: Pns2004Category;
  /** Every level reachable by resolving unknown rules (best first). */
  reachableCategories: Pns2004Category[];
  items: ItemResult[];
  /** Inputs whose value is unknown and that a rule still depends on. */
  missing: string[];
  deviations: readonly string[];
  citation: Citation;
}

function within(cancer: InputValue, years: InputValue, limit: number): Tri {
  if (cancer === 'no') return 'not-met';
  if (cancer !== 'yes') return 'unknown';
  if (typeof years !== 'number') return 'unknown';
  return Math.abs(years) <= limit ? 'met' : 'not-met';
}

/**
 * Adds the derived timing facts to the input values.
 * @param values - calculator input values
 * @param overrides - derived facts decided elsewhere (e.g. from date intervals)
 */
export function derivePns2004Values(values: InputValues, overrides: Pns2004Overrides = {}): InputValues {
  const cancer = values['cancer'] ?? 'unknown';
  const years = values['years-from-syndrome-to-cancer'] ?? null;
  return Object.assign({}, values, {
    'cancer-within-5-years': triToYesNo(overrides['cancer-within-5-years'] ?? within(cancer, years, 5)),
    'cancer-within-2-years': triToYesNo(overrides['cancer-within-2-years'] ?? within(cancer, years, 2)),
    'no-cancer': triToYesNo(triNot(triFromYesNo(cancer))),
  });
}

/** The inputs each rule reads, computed once (the table is static). */
const ROW_INPUTS: ReadonlyMap<string, readonly string[]> = new Map(
  PNS_2004.items.map((row) => [row.id, predicateInputs(row.test)]),
);

/**
 * Evaluates Graus 2004.
 * @param values - input values by id (see PNS_2004_INPUTS)
 * @param evidence - evidence per input, when derived from a case
 * @param overrides - derived timing facts decided from date intervals
 */
export function evaluatePns2004(
  values: InputValues,
  evidence: InputEvidence = {},
  overrides: Pns2004Overrides = {},
): Pns2004Result {
  const all = derivePns2004Values(values, overrides);
  const ev: InputEvidence = Object.assign({}, evidence, {
    'cancer-within-5-years': [
      ...(evidence['cancer'] ?? [{ path: 'cancer', value: all['cancer'] }]),
      ...(evidence['years-from-syndrome-to-cancer'] ?? [
        { path: 'years-from-syndrome-to-cancer', value: all['years-from-syndrome-to-cancer'] },
      ]),
    ],
  });
  ev['cancer-within-2-years'] = ev['cancer-within-5-years']!;
  ev['no-cancer'] = evidence['cancer'] ?? [{ path: 'cancer', value: all['cancer'] }];
  const { items } = scoreTable(PNS_2004, 'rule', all, ev);
  const rules = (domain: string) => items.filter((i) => i.domain === domain);
  const level = (domain: string): Tri => {
    const r = rules(domain).map((i) => i.status);
    return r.includes('met') ? 'met' : r.includes('unknown') ? 'unknown' : 'not-met';
  };
  const def = level('definite');
  const pos = level('possible');
  const category: Pns2004Category = def === 'met' ? 'definite' : pos === 'met' ? 'possible' : 'not-met';
  const reachable: Pns2004Category[] = [];
  if (def !== 'not-met') reachable.push('definite');
  if (def !== 'met' && pos !== 'not-met') reachable.push('possible');
  if (def !== 'met' && pos !== 'met') reachable.push('not-met');
  // Inputs behind the unknown rules that could still raise the category (derived facts → their raw inputs).
  const DERIVED_FROM: Record<string, string[]> = {
    'cancer-within-5-years': ['cancer', 'years-from-syndrome-to-cancer'],
    'cancer-within-2-years': ['cancer', 'years-from-syndrome-to-cancer'],
    'no-cancer': ['cancer'],
  };
  const isUnknown = (v: InputValue | undefined) => v === 'unknown' || v === null || v === undefined;
  const missing = new Set<string>();
  for (const row of PNS_2004.items) {
    const res = items.find((i) => i.id === row.id);
    if (!res || res.domain === 'timing' || res.status !== 'unknown') continue;
    if (category === 'definite' || (category === 'possible' && res.domain === 'possible')) continue;
    for (const id of ROW_INPUTS.get(row.id)!) {
      for (const raw of DERIVED_FROM[id] ?? [id])
        if (isUnknown(all[id]) && isUnknown(all[raw])) missing.add(raw);
    }
  }
  return {
    criteriaId: 'pns-2004',
    version: PNS_2004.version,
    category,
    reachableCategories: reachable,
    items,
    missing: [...missing],
    deviations: PNS_2004.deviations ?? [],
    citation: PNS_2004_SOURCE,
  };
}
