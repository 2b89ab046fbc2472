/**
 * A small declarative predicate vocabulary for criteria items, evaluated three-valued. A reviewer
 * reads rows such as `{ op: 'range', input: 'age-at-onset', min: 18, max: 40 }`, not branches.
 * @module
 */
import { triFromYesNo, triNot, type Tri } from '../core/tri.js';
import type { InputValues } from './inputs.js';

/** A declarative test over input values. `range` is min-inclusive and max-exclusive. */
export type Predicate =
  | { op: 'yes'; input: string }
  | { op: 'equals'; input: string; value: string }
  | { op: 'range'; input: string; min?: number; max?: number }
  | { op: 'all'; of: readonly Predicate[] }
  | { op: 'any'; of: readonly Predicate[] }
  | { op: 'not'; of: Predicate };

/** `input` is yes. */
export const yes = (input: string): Predicate => ({ op: 'yes', input });
/** `input` equals `value`. */
export const equals = (input: string, value: string): Predicate => ({ op: 'equals', input, value });
/** `min ≤ input < max` (either bound optional). */
export const range = (input: string, min?: number, max?: number): Predicate => ({
  op: 'range',
  input,
  min,
  max,
});
/** All predicates hold. */
export const all = (...of: Predicate[]): Predicate => ({ op: 'all', of });
/** Any predicate holds. */
export const any = (...of: Predicate[]): Predicate => ({ op: 'any', of });
/** Negation. */
export const not = (of: Predicate): Predicate => ({ op: 'not', of });

/**
 * Evaluates a predicate. An unknown input (`unknown`, null, missing) makes the test unknown unless the
 * rest of the expression decides it.
 */
export function evalPredicate(p: Predicate, values: InputValues): Tri {
  switch (p.op) {
    case 'yes': {
      return triFromYesNo(values[p.input]);
    }
    case 'equals': {
      const v = values[p.input];
      if (v === null || v === undefined || v === 'unknown') return 'unknown';
      return v === p.value ? 'met' : 'not-met';
    }
    case 'range': {
      const v = values[p.input];
      if (typeof v !== 'number') return 'unknown';
      const ok = (p.min === undefined || v >= p.min) && (p.max === undefined || v < p.max);
      return ok ? 'met' : 'not-met';
    }
    // Same results as triAnd / triOr over every operand, without building an array of them.
    case 'all': {
      let unknown = false;
      for (const q of p.of) {
        const t = evalPredicate(q, values);
        if (t === 'not-met') return 'not-met';
        if (t === 'unknown') unknown = true;
      }
      return unknown ? 'unknown' : 'met';
    }
    case 'any': {
      let unknown = false;
      for (const q of p.of) {
        const t = evalPredicate(q, values);
        if (t === 'met') return 'met';
        if (t === 'unknown') unknown = true;
      }
      return unknown ? 'unknown' : 'not-met';
    }
    case 'not':
      return triNot(evalPredicate(p.of, values));
  }
}

/** The input ids a predicate reads. */
export function predicateInputs(p: Predicate): string[] {
  switch (p.op) {
    case 'yes':
    case 'equals':
    case 'range':
      return [p.input];
    case 'all':
    case 'any':
      return [...new Set(p.of.flatMap(predicateInputs))];
    case 'not':
      return predicateInputs(p.of);
  }
}
