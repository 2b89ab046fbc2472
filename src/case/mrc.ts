/**
 * MRC muscle-power grades as written in notes: `4`, `4-`, `4+`, `3-4`, `3–4/5`, `III-IV/V`, `IV/V`.
 * @see monitoring.md §E (Medical Research Council, Memorandum 45, 1976)
 * @module
 */

/** A parsed MRC grade: the range it covers on the 0–5 scale (sub-grades 4− / 4+ as 3.67 / 4.33). */
export interface MrcGrade {
  min: number;
  max: number;
  /** The grade as written. */
  text: string;
}

import { own } from '../core/lookup.js';

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5 };
const SINGLE = String.raw`(?:[0-5](?:\.\d)?[+-]?|I{1,3}|IV|V)`;
const GRADE_RE = new RegExp(
  String.raw`^\s*(${SINGLE})\s*(?:(?:-|–|—|to)\s*(${SINGLE}))?\s*(?:/\s*(?:5|V))?\s*$`,
  'i',
);

function singleValue(token: string): number | undefined {
  const upper = token.toUpperCase();
  const roman = own(ROMAN, upper);
  if (roman !== undefined) return roman;
  const m = /^([0-5](?:\.\d)?)([+-]?)$/.exec(token);
  if (!m) return undefined;
  const base = Number(m[1]);
  if (m[2] === '+') return base >= 5 ? undefined : base + 1 / 3;
  if (m[2] === '-') return base <= 0 ? undefined : base - 1 / 3;
  return base;
}

/**
 * Parses an MRC grade.
 * @param text - the grade as written
 * @returns the grade range, or undefined when it is not an MRC grade
 */
export function parseMrcGrade(text: string): MrcGrade | undefined {
  if (cache.has(text)) return cache.get(text);
  const g = parseUncached(text);
  if (cache.size >= 1000) cache.clear();
  cache.set(text, g ? Object.freeze(g) : undefined);
  return g;
}

const cache = new Map<string, MrcGrade | undefined>();

function parseUncached(text: string): MrcGrade | undefined {
  const m = GRADE_RE.exec(text);
  if (!m || m[1] === undefined) return undefined;
  const a = singleValue(m[1]);
  const b = m[2] === undefined ? a : singleValue(m[2]);
  if (a === undefined || b === undefined || a > 5 || b > 5) return undefined;
  return { min: Math.min(a, b), max: Math.max(a, b), text };
}
