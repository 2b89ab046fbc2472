/**
 * The one seam between population runs and FHIR import: a {@link PatientImporter} turns one patient's FHIR
 * R4 resources into a case and a list of issues (OperationOutcome-shaped). `heliotrope bulk`, its
 * `--stdin` filter and the (future) distributed workers all call {@link defaultImporter}; the FHIR import of
 * the EHR-door work (`src/fhir/import/`) replaces the interim adapter here, in this one place.
 * @module
 */
import type { Issue } from '../core/issues.js';
import { interimImporter } from './interim-importer.js';

/** A FHIR resource as parsed JSON (only `resourceType` is relied on). */
export interface FhirResource {
  resourceType: string;
  id?: string;
  [key: string]: unknown;
}

/** What an importer returns for one patient. */
export interface ImportOutcome {
  /** The case (validated afterwards by the pipeline with `validateCase`). */
  case: unknown;
  /** Everything not used, not mapped or contradictory, with the resource and a FHIRPath-like location. */
  issues: Issue[];
}

/**
 * Maps one patient's resources (the Patient and every resource that references it, in file order) to a
 * case. Pure: no I/O, no clock. Must not throw for bad resources (report them as issues).
 */
export type PatientImporter = (resources: readonly FhirResource[]) => ImportOutcome;

/**
 * The importer used by population runs.
 * TEMPORARY: the interim adapter reads only the population generator's code table; replace this line with
 * the FHIR R4 importer (`src/fhir/import/`) when it lands.
 */
export const defaultImporter: PatientImporter = interimImporter;
