/**
 * Assessing a case: every registered section, in order.
 * @module
 */
import { caseAsOf } from '../case/as-of.js';
import type { Case } from '../case/schema.js';
import type { Issue } from '../core/issues.js';
import { ENGINE_VERSION } from '../version.js';
import { assessors, type AssessContext } from './registry.js';

/** The assessment document: engine info, each section by key, and the validated case. */
export interface AssessmentReport {
  engine: { name: 'heliotrope'; version: string };
  asOf: string;
  /**
   * The case the sections were computed on: the case as of `asOf` (entries dated after it left out, see
   * `warnings`); the submitted case itself when nothing is after `asOf`.
   */
  case: Case;
  /** Present when something is dated after `asOf`: what was left out (information) or looks wrong (warning). */
  warnings?: Issue[];
  [section: string]: unknown;
}

/** Options of an assessment. */
export interface AssessOptions {
  /** The reference day (YYYY-MM-DD); the engine does not read the clock. */
  asOf: string;
  /** Pre-test probability of cancer for the probability model (within its documented range). */
  cancerPretest?: number;
}

/**
 * Runs every assessor on a validated case.
 * @param c - a validated case
 * @param options - the reference day and the user's choices
 * @throws InputError when `asOf` is not a calendar day or `cancerPretest` is outside its range
 */
export function assessCase(submitted: Case, options: AssessOptions): AssessmentReport {
  const { case: c, issues } = caseAsOf(submitted, options.asOf);
  const results: Record<string, unknown> = {};
  const ctx: AssessContext = {
    asOf: options.asOf,
    results,
    ...(options.cancerPretest !== undefined ? { cancerPretest: options.cancerPretest } : {}),
  };
  for (const a of assessors) results[a.key] = a.run(c, ctx);
  return {
    engine: { name: 'heliotrope', version: ENGINE_VERSION },
    asOf: options.asOf,
    ...results,
    case: c,
    ...(issues.length ? { warnings: issues } : {}),
  };
}
