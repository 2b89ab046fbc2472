/**
 * Vocabularies the web form offers, in words: the screening tests IMACS 2023 names (from the guideline's own
 * table, so the form, the checklist and the CLI name a test alike), rash grades, and the status of a
 * non-target lesion (RECIST 1.1). Part of the wording table (re-exported by `./index.ts`), so the web reaches
 * them through `heliotrope/wording` without loading the engine.
 * @module
 */
import { IMACS_SCREENING_ITEMS, type ScreeningItemDef } from '../../cancer/imacs-2023/definition.js';
import { screeningItemId } from '../../cancer/imacs-2023/plan.js';
import type { NON_TARGET_STATUSES } from '../../case/timeline.js';
import type { RASH_GRADES } from '../../case/scales.js';

/** The screening tests of IMACS 2023 in the guideline's order: id, panel and words. */
export const SCREENING_TESTS: readonly Pick<ScreeningItemDef, 'id' | 'panel' | 'label'>[] =
  IMACS_SCREENING_ITEMS.map(({ id, panel, label }) => ({ id, panel, label }));

/**
 * The words of a screening test as the case records it (an alias such as `ct-chest` reads as the guideline's
 * test); an unknown kind reads as written.
 * @param kind - the investigation kind
 */
export function screeningTestWords(kind: string): string {
  const id = screeningItemId(kind);
  return SCREENING_TESTS.find((t) => t.id === id)?.label ?? kind;
}

/** The canonical test id of an investigation kind (aliases resolved), as the checklist keys it. */
export { screeningItemId };

/** Rash grades of a visit, in order. */
export const RASH_GRADE_WORDS: Readonly<Record<(typeof RASH_GRADES)[number], string>> = {
  none: 'None',
  mild: 'Mild',
  moderate: 'Moderate',
  severe: 'Severe',
};

/** The status of a non-target lesion at one assessment (RECIST 1.1), in the form's order. */
export const NON_TARGET_STATUS_WORDS: Readonly<Record<(typeof NON_TARGET_STATUSES)[number], string>> = {
  present: 'Present',
  absent: 'Absent (disappeared)',
  'unequivocal-progression': 'Unequivocal progression',
  'not-evaluated': 'Not evaluated',
};
