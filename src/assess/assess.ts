/**
 * Assessing a case: every registered section, each after the sections it needs; the report's type follows
 * from the registry.
 * @module
 */
import type { Case } from '../case/schema.js';
import { runOrderedSections, type RunOptions } from '../contract/run.js';
import type { SectionOutcome } from '../contract/set.js';
import { evaluationOrder, reportSections, type SectionKey, type SectionResults } from '../sets/registry.js';
import { ENGINE_VERSION } from '../version.js';

/** Each report section by key: its result, or its failure. */
export type ReportSections = { [K in SectionKey]: SectionOutcome<SectionResults[K]> };

/** The assessment document: engine info, the reference day, each section by key, and the validated case. */
export type AssessmentReport = {
  engine: { name: 'heliotrope'; version: string };
  asOf: string;
} & ReportSections & { case: Case };

/** Options of an assessment. */
export type AssessOptions = RunOptions;

/**
 * Assesses a validated case: every section of the registry. A section that fails with a fault is recorded as
 * a failed section (the others are still computed); bad input to the assessment (e.g. the reference day)
 * throws an `InputError`.
 * @param c - a validated case
 * @param options - `asOf`: the reference day (YYYY-MM-DD; the engine does not read the clock); `onFault`:
 *   told of a section's fault, for the interface's log
 */
export function assessCase(c: Case, options: AssessOptions): AssessmentReport {
  const results = runOrderedSections(evaluationOrder, c, options);
  const sections: Record<string, unknown> = {};
  for (const s of reportSections) sections[s.key] = results.get(s.key);
  // Every registered section's outcome is stored under its key: this is the ReportSections the type describes.
  const report = {
    engine: { name: 'heliotrope', version: ENGINE_VERSION },
    asOf: options.asOf,
    ...sections,
    case: c,
  } as AssessmentReport;
  return report;
}
