/**
 * The one seam between population runs and FHIR import: a {@link PatientImporter} turns one patient's FHIR
 * R4 resources into a case and a list of issues (OperationOutcome-shaped). `heliotrope bulk`, its `--stdin`
 * filter and the (future) distributed workers all call {@link defaultImporter}, which is the FHIR R4 import
 * (`src/fhir/import/`).
 * @module
 */
import type { Issue } from '../core/issues.js';
import { importResources } from '../fhir/import/index.js';

/** A FHIR resource as parsed JSON (only `resourceType` is relied on). */
export interface FhirResource {
  resourceType: string;
  id?: string;
  [key: string]: unknown;
}

/** What an importer returns for one patient. */
export interface ImportOutcome {
  /** The case; validated afterwards with `validateCase` unless `validated` is true. */
  case: unknown;
  /** Everything not used, not mapped or contradictory, with the resource and a FHIRPath-like location. */
  issues: Issue[];
  /** True when `case` is already a validated case (the pipeline then does not validate it again). */
  validated?: boolean;
}

/**
 * Maps one patient's resources (the Patient first, then the resources that reference it, in file order) to
 * a case. Pure: no I/O, no clock. Must not throw for bad resources (they are reported as issues); a thrown
 * error makes the patient's row an error row.
 */
export type PatientImporter = (resources: readonly FhirResource[]) => ImportOutcome;

/** The importer used by population runs: the FHIR R4 import, whose case is already validated. */
export const defaultImporter: PatientImporter = (resources) => {
  const r = importResources(resources);
  return { case: r.case, issues: r.issues, validated: true };
};
