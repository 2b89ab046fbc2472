/**
 * Laboratory analytes: the concepts come from the one analyte name table (src/facts/names.ts), which the facts
 * also read case documents through. Only its running-text `terms` are matched here; abbreviations that are
 * ordinary words in prose ("got") are read in structured fields only.
 * @module
 */
import { ANALYTE_NAMES } from '../../facts/names.js';
import type { Concept } from './types.js';

/** Lab concepts. */
export const LAB_CONCEPTS: readonly Concept[] = ANALYTE_NAMES.filter((n) => n.terms.length).map((n) => ({
  id: `lab:${n.name}`,
  kind: 'lab',
  value: n.name,
  terms: n.terms,
  ...(n.loinc ? { codes: { loinc: n.loinc } } : {}),
  ...(n.uln !== undefined ? { attrs: { uln: String(n.uln) } } : {}),
}));
