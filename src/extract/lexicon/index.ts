/**
 * The curated lexicon: every concept, compiled once into a dictionary for matching.
 *
 * To add a concept: add a row to the file of its kind (findings.ts, labs.ts, antibodies.ts,
 * treatments.ts, oncology.ts, studies.ts) with its surface forms and, only when sure, its codes.
 * Spelling variants (British/American, accents, Greek letters, hyphens) need not be listed: matching
 * normalises them (src/extract/normalize.ts). Then add a test in lexicon.test.ts.
 * @module
 */
import { Dictionary } from './matcher.js';
import { ANTIBODY_CONCEPTS, PANEL_CONCEPTS } from './antibodies.js';
import { FINDING_CONCEPTS } from './findings.js';
import { LAB_CONCEPTS } from './labs.js';
import { BIOPSY_FEATURE_CONCEPTS, STUDY_CONCEPTS } from './studies.js';
import { DRUG_CONCEPTS } from './treatments.js';
import { HISTOLOGY_CONCEPTS, RESPONSE_CONCEPTS, SITE_CONCEPTS } from './oncology.js';
import type { Concept } from './types.js';

export type { Concept, ConceptKind, ConceptCodes } from './types.js';
export { Dictionary, termKeys, type Match } from './matcher.js';

/** Every concept of the lexicon. */
export const CONCEPTS: readonly Concept[] = [
  ...FINDING_CONCEPTS,
  ...LAB_CONCEPTS,
  ...ANTIBODY_CONCEPTS,
  ...PANEL_CONCEPTS,
  ...DRUG_CONCEPTS,
  ...HISTOLOGY_CONCEPTS,
  ...SITE_CONCEPTS,
  ...RESPONSE_CONCEPTS,
  ...STUDY_CONCEPTS,
  ...BIOPSY_FEATURE_CONCEPTS,
];

let compiled: Dictionary<Concept> | undefined;

/** The compiled lexicon dictionary (built on first use). */
export function lexicon(): Dictionary<Concept> {
  if (!compiled) {
    const d = new Dictionary<Concept>();
    for (const c of CONCEPTS) for (const t of c.terms) d.add(t, c);
    compiled = d;
  }
  return compiled;
}
