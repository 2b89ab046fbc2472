/**
 * The case being built by the import: plain arrays the mappers append to, each fact with its FHIR evidence.
 * @module
 */
import type { Located } from './context.js';

/** A case item under construction. */
export type Item = Record<string, unknown>;

/** The case being built. */
export interface Draft {
  patient: Item;
  dates: Item;
  findings: Item[];
  strength: Item[];
  labs: Item[];
  antibodies: Item[];
  emg?: Item;
  muscleBiopsy?: Item;
  skinBiopsy?: Item;
  muscleImaging: Item[];
  cancers: Item[];
  treatments: Item[];
  investigations: Item[];
  visits: Item[];
  tumourAssessments: Item[];
  diagnoses: Item[];
  treatmentResponse?: string;
}

/** An empty draft. */
export function emptyDraft(): Draft {
  return {
    patient: {},
    dates: {},
    findings: [],
    strength: [],
    labs: [],
    antibodies: [],
    muscleImaging: [],
    cancers: [],
    treatments: [],
    investigations: [],
    visits: [],
    tumourAssessments: [],
    diagnoses: [],
  };
}

/**
 * The case-model evidence entry pointing at a resource.
 * @param at - the resource
 * @param expression - the element read
 */
export function fhirEvidence(
  at: Located,
  expression: string,
): { stage: 'fhir'; resource: string; expression: string } {
  return { stage: 'fhir', resource: at.ref, expression };
}
