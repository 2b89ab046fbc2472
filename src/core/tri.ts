/**
 * Three-valued logic for criteria items: an item is met, not met, or unknown.
 * Missing data is never treated as "not met".
 * @module
 */

/** The status of one criteria item. */
export type Tri = 'met' | 'not-met' | 'unknown';

/** Kleene conjunction: not-met wins, then unknown. */
export function triAnd(...values: Tri[]): Tri {
  if (values.includes('not-met')) return 'not-met';
  if (values.includes('unknown')) return 'unknown';
  return 'met';
}

/** Kleene disjunction: met wins, then unknown. */
export function triOr(...values: Tri[]): Tri {
  if (values.includes('met')) return 'met';
  if (values.includes('unknown')) return 'unknown';
  return 'not-met';
}

/** Kleene negation: unknown stays unknown. */
export function triNot(value: Tri): Tri {
  return value === 'met' ? 'not-met' : value === 'not-met' ? 'met' : 'unknown';
}

/** Maps a boolean-or-undefined onto {@link Tri} (undefined → unknown). */
export function triFrom(value: boolean | undefined | null): Tri {
  return value === true ? 'met' : value === false ? 'not-met' : 'unknown';
}
