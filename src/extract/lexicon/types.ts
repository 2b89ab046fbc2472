/**
 * Lexicon types: a concept with its synonyms and the codes of standard terminologies.
 * @module
 */

/** What a concept is. */
export type ConceptKind =
  | 'finding'
  | 'lab'
  | 'antibody'
  | 'drug'
  | 'histology'
  | 'site'
  | 'study'
  | 'biopsy-feature'
  | 'response'
  | 'modifier';

/** Codes in standard terminologies: only codes the curator is confident of; a missing code is better than a wrong one. */
export interface ConceptCodes {
  /** Human Phenotype Ontology, e.g. `HP:0002015`. */
  hpo?: string;
  /** SNOMED CT concept id. */
  snomed?: string;
  /** LOINC code (labs). */
  loinc?: string;
}

/** One lexicon concept. */
export interface Concept {
  /** Unique id inside the lexicon, `<kind>:<value>` by convention. */
  id: string;
  kind: ConceptKind;
  /** What extraction records: finding id, canonical analyte, antibody target, drug name, histology… */
  value: string;
  /** Surface forms. Matching ignores case, accents, hyphens, quotes, possessive 's, British/American spelling. */
  terms: readonly string[];
  codes?: ConceptCodes;
  /** Extra properties (e.g. drug `class`, finding `polarity: negative` for "afebrile"). */
  attrs?: Readonly<Record<string, string>>;
}
