/**
 * Assessing a case: every registered section, in order.
 * @module
 */
import type { Case } from '../case/schema.js';
import { ENGINE_VERSION } from '../version.js';
import { assessors, type AssessContext } from './registry.js';

/** The assessment document: engine info, each section by key, and the validated case. */
export interface AssessmentReport {
  engine: { name: 'heliotrope'; version: string };
  asOf: string;
  case: Case;
  [section: string]: unknown;
}

/**
 * Runs every assessor on a validated case.
 * @param c - a validated case
 * @param options - `asOf`: the reference day (YYYY-MM-DD); the engine does not read the clock
 */
export function assessCase(c: Case, options: { asOf: string }): AssessmentReport {
  const results: Record<string, unknown> = {};
  const ctx: AssessContext = { asOf: options.asOf, results };
  for (const a of assessors) results[a.key] = a.run(c, ctx);
  return { engine: { name: 'heliotrope', version: ENGINE_VERSION }, asOf: options.asOf, ...results, case: c };
}
