/**
 * Assessing a case: every registered section, each after the sections it needs; the report's type follows
 * from the registry.
 * @module
 */
import { caseAsOf } from '../case/as-of.js';
import type { Case } from '../case/schema.js';
import { runOrderedSections, type RunOptions } from '../contract/run.js';
import type { SectionOutcome } from '../contract/set.js';
import type { Issue } from '../core/issues.js';
import { evaluationOrder, reportSections, type SectionKey, type SectionResults } from '../sets/registry.js';
import { ENGINE_VERSION } from '../version.js';

/** Each report section by key: its result, or its failure. */
export type ReportSections = { [K in SectionKey]: SectionOutcome<SectionResults[K]> };

/** The assessment document: engine info, the reference day, each section by key, the case, any warnings. */
export type AssessmentReport = {
  engine: { name: 'heliotrope'; version: string };
  asOf: string;
} & ReportSections & {
    /**
     * The case the sections were computed on: the case as of `asOf` (entries dated after it left out, see
     * `warnings`); the submitted case itself when nothing is after `asOf`.
     */
    case: Case;
    /** Present when something is dated after `asOf`: what was left out (information) or looks wrong (warning). */
    warnings?: Issue[];
  };

/** Options of an assessment: the reference day, the user's choices, and a fault hook for the interface's log. */
export type AssessOptions = RunOptions;

/**
 * Assesses a validated case: every section of the registry, on the case as of `asOf`. A section that fails
 * with a fault is recorded as a failed section (the others are still computed); bad input to the assessment
 * throws an `InputError`.
 * @param submitted - a validated case
 * @param options - `asOf`: the reference day (YYYY-MM-DD; the engine does not read the clock);
 *   `cancerPretest`: the user's pre-test probability of cancer; `onFault`: told of a section's fault
 * @throws InputError when `asOf` is not a calendar day or `cancerPretest` is outside its range
 */
export function assessCase(submitted: Case, options: AssessOptions): AssessmentReport {
  const { case: c, issues } = caseAsOf(submitted, options.asOf);
  const results = runOrderedSections(evaluationOrder, c, options);
  // Keys in the report's order (engine, asOf, each section, case, warnings), assigned rather than spread in.
  const report: Record<string, unknown> = {
    engine: { name: 'heliotrope', version: ENGINE_VERSION },
    asOf: options.asOf,
  };
  for (const s of reportSections) report[s.key] = results.get(s.key);
  report.case = c;
  if (issues.length) report.warnings = issues;
  // Every registered section's outcome is stored under its key: this is the ReportSections the type describes.
  return report as AssessmentReport;
}
