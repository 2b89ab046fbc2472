/**
 * Probabilities in words: never rounded to a certainty or an impossibility. Part of the one wording table
 * (`./index.ts` re-exports it).
 * @module
 */
import type { Bounded } from '../../contract/set.js';

/**
 * A probability (0–1) as a percentage with one decimal. Never rounds up to a certainty or down to an
 * impossibility: 0.9999 reads "> 99.9 %", 0.0001 reads "< 0.1 %"; exactly 0 and 1 read "0 %" and "100 %".
 * @param p - the probability
 */
export function pct(p: number): string {
  if (p >= 1) return '100 %';
  if (p <= 0) return '0 %';
  if (p >= 0.9995) return '> 99.9 %';
  if (p < 0.0005) return '< 0.1 %';
  return `${(p * 100).toFixed(1)} %`;
}

/**
 * Two probabilities as a span: "38.0 %–91.2 %", "98.5 % to > 99.9 %" when an end is a bound, one value when
 * both read the same.
 * @param min - the lower end
 * @param max - the upper end
 */
export function pctSpan(min: number, max: number): string {
  const a = pct(min);
  const b = pct(max);
  if (a === b) return a;
  return /^[<>]/.test(a) || /^[<>]/.test(b) ? `${a} to ${b}` : `${a}–${b}`;
}

/**
 * A probability with its range over the unknown items: "62.3 % (38.0 %–91.2 % with the unknown items)".
 * @param b - the probability and its range
 */
export function pctRange(b: Bounded): string {
  const value = b.value === null ? 'open' : pct(b.value);
  return b.min !== b.max ? `${value} (${pctSpan(b.min, b.max)} with the unknown items)` : value;
}
