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

/** A yes/no answer that may be unknown (calculator items, case flags). */
export type YesNo = 'yes' | 'no' | 'unknown';

/** A test result that may be unknown (antibodies). */
export type PositiveNegative = 'positive' | 'negative' | 'unknown';

/**
 * Reads a {@link Tri} from a two-valued code: `met` for `metValue`, `not-met` for `notMetValue`, `unknown`
 * for anything else (absent included).
 * @param value - the code read
 * @param metValue - the code meaning met
 * @param notMetValue - the code meaning not met
 */
export function triFromCode<T>(value: T | null | undefined, metValue: T, notMetValue: T): Tri {
  return value === metValue ? 'met' : value === notMetValue ? 'not-met' : 'unknown';
}

/** `yes` → met, `no` → not-met, anything else → unknown. */
export function triFromYesNo(value: unknown): Tri {
  return triFromCode(value, 'yes', 'no');
}

/** met → `yes`, not-met → `no`, unknown → `unknown`. */
export function triToYesNo(value: Tri): YesNo {
  return value === 'met' ? 'yes' : value === 'not-met' ? 'no' : 'unknown';
}

/** `positive` → met, `negative` → not-met, anything else (borderline, unknown) → unknown. */
export function triFromResult(value: unknown): Tri {
  return triFromCode(value, 'positive', 'negative');
}

/** met → `positive`, not-met → `negative`, unknown → `unknown`. */
export function triToResult(value: Tri): PositiveNegative {
  return value === 'met' ? 'positive' : value === 'not-met' ? 'negative' : 'unknown';
}
