/**
 * The headline of every computed section of a report (codes and numbers; the interface words them).
 * @module
 */
import { isFailedSection, type Headline, type SectionSet } from '../contract/set.js';
import { reportSections, type SectionKey } from '../sets/registry.js';
import type { AssessmentReport } from './assess.js';

/**
 * Each computed section's headline, by report key, in report order (a failed section has none).
 * @param report - an assessment
 */
export function reportHeadlines(report: AssessmentReport): Partial<Record<SectionKey, Headline>> {
  const out: Partial<Record<SectionKey, Headline>> = {};
  for (const s of reportSections) {
    const set: SectionSet = s;
    const outcome = report[s.key];
    if (!isFailedSection(outcome)) out[s.key] = set.headline(outcome);
  }
  return out;
}
