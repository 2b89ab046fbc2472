/**
 * Criteria tables and the generic scoring engine. A table lists items with their points per model;
 * the engine evaluates each item three-valued and returns the score with its range over unknown items.
 * It never branches on a particular criteria set.
 * @module
 */
import type { Citation, Evidence } from '../core/evidence.js';
import type { Tri } from '../core/tri.js';
import type { InputEvidence, InputValues } from './inputs.js';
import { evalPredicate, predicateInputs, type Predicate } from './predicates.js';

/** A domain groups items; in an `exclusive` domain at most one item can be met (e.g. age bands). */
export interface DomainDef {
  id: string;
  label: string;
  exclusive?: boolean;
}

/** One row of a criteria table. */
export interface ItemDef<M extends string = string> {
  /** Stable item id; for calculators the public input id it is named after. */
  id: string;
  /** The guideline's wording, paraphrased. */
  label: string;
  domain: string;
  /** The test over inputs. */
  test: Predicate;
  /** Points per model; null = the item does not exist in that model. */
  points: Record<M, number | null>;
  /** Where in the source the row comes from (table, row, page). */
  cite: string;
  /** An interpretation decision recorded beside the rule. */
  note?: string;
}

/** A criteria table. */
export interface CriteriaTable<M extends string = string> {
  id: string;
  title: string;
  version: string;
  source: Citation;
  /** Classification vs diagnosis, and any precondition. */
  intendedUse: string;
  models: readonly M[];
  domains: readonly DomainDef[];
  items: readonly ItemDef<M>[];
  /** Known gaps or departures from the paper, each with its reason. */
  deviations?: readonly string[];
}

/** The outcome of one item. */
export interface ItemResult {
  id: string;
  label: string;
  domain: string;
  status: Tri;
  /** Points counted in the reported (minimum) score: the item's points when met, else 0. */
  points: number;
  /** Points the item would add if met. */
  pointsIfMet: number;
  cite: string;
  note?: string;
  evidence: Evidence[];
}

/** The score of a table under one model, with its range over unknown items. */
export interface TableScore {
  model: string;
  items: ItemResult[];
  /** Score with unknown items counted absent (the reported score). */
  min: number;
  /** Score with unknown items counted present (respecting exclusive domains). */
  max: number;
}

const inputsCache = new WeakMap<object, string[]>();
function inputsOf(item: ItemDef): string[] {
  let v = inputsCache.get(item);
  if (!v) {
    v = predicateInputs(item.test);
    inputsCache.set(item, v);
  }
  return v;
}

/** Rounds to one decimal, the resolution of the published weights, so 5.3 stays 5.3. */
export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/**
 * Scores a table under a model.
 * @param table - the criteria table
 * @param model - which points column to use
 * @param values - input values
 * @param evidence - evidence per input id (attached to items that read the input)
 */
export function scoreTable<M extends string>(
  table: CriteriaTable<M>,
  model: M,
  values: InputValues,
  evidence: InputEvidence = {},
): TableScore {
  const items: ItemResult[] = [];
  for (const it of table.items) {
    const pts = it.points[model];
    if (pts === null) continue;
    const status = evalPredicate(it.test, values);
    const ev: Evidence[] = [];
    for (const id of inputsOf(it)) {
      const given = evidence[id];
      if (given) for (const e of given) ev.push(e);
      else ev.push({ path: id, value: values[id] ?? null });
    }
    const r: ItemResult = {
      id: it.id,
      label: it.label,
      domain: it.domain,
      status,
      points: status === 'met' ? pts : 0,
      pointsIfMet: pts,
      cite: it.cite,
      evidence: ev,
    };
    if (it.note) r.note = it.note;
    items.push(r);
  }
  const { min, max } = bounds(table, items);
  return { model, items, min, max };
}

/** Position of each exclusive domain in `table.domains` order, computed once per table. */
const exclusiveCache = new WeakMap<object, ReadonlyMap<string, number>>();
function exclusiveIndex(table: CriteriaTable): ReadonlyMap<string, number> {
  let v = exclusiveCache.get(table);
  if (!v) {
    const m = new Map<string, number>();
    for (const d of table.domains) if (d.exclusive) m.set(d.id, m.size);
    exclusiveCache.set(table, m);
    v = m;
  }
  return v;
}

/** Minimum and maximum attainable scores given the item statuses (one pass over the items). */
export function bounds(
  table: CriteriaTable,
  items: readonly ItemResult[],
  override?: ReadonlyMap<string, Tri>,
): { min: number; max: number } {
  let min = 0;
  let max = 0;
  // Per exclusive domain (in table order): best met points, best possible points, whether any is met.
  const index = exclusiveIndex(table);
  const n = index.size;
  const exMet: number[] = n ? new Array<number>(n).fill(0) : [];
  const exPossible: number[] = n ? new Array<number>(n).fill(0) : [];
  const exAnyMet: boolean[] = n ? new Array<boolean>(n).fill(false) : [];
  for (const i of items) {
    const st = override?.get(i.id) ?? i.status;
    const k = n ? index.get(i.domain) : undefined;
    if (k !== undefined) {
      if (st === 'met') {
        exAnyMet[k] = true;
        exMet[k] = Math.max(exMet[k]!, i.pointsIfMet);
      }
      if (st !== 'not-met') exPossible[k] = Math.max(exPossible[k]!, i.pointsIfMet);
    } else {
      if (st === 'met') min += i.pointsIfMet;
      if (st !== 'not-met') max += i.pointsIfMet;
    }
  }
  for (let k = 0; k < n; k++) {
    min += exMet[k]!;
    max += exAnyMet[k] ? exMet[k]! : exPossible[k]!;
  }
  return { min: round1(min), max: round1(max) };
}
