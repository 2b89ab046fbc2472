/**
 * The collector every criteria set uses to derive its calculator inputs from a case.
 * @module
 */
import type { Evidence } from '../core/evidence.js';
import { triToYesNo } from '../core/tri.js';
import type { DerivedInputs, InputValue } from '../engine/inputs.js';
import type { Fact } from '../facts/facts.js';

/**
 * Collects the calculator inputs a criteria set derives from a case, each with the evidence behind it:
 * `put` sets an item from a fact (met → yes, not met → no), `set` sets a value directly.
 */
export interface InputsCollector extends DerivedInputs {
  put(id: string, f: Fact): void;
  set(id: string, value: InputValue, evidence: Evidence[]): void;
}

/** A new, empty {@link InputsCollector}. */
export function collectInputs(): InputsCollector {
  const values: DerivedInputs['values'] = {};
  const evidence: DerivedInputs['evidence'] = {};
  return {
    values,
    evidence,
    put(id, f) {
      values[id] = triToYesNo(f.status);
      evidence[id] = f.evidence;
    },
    set(id, value, ev) {
      values[id] = value;
      evidence[id] = ev;
    },
  };
}
