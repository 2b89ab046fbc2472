/**
 * Case → FHIR R4 Bundle (type collection): the patient and every fact of the case as standard resources,
 * standard codes where the mapping table has one for the case value (plus Heliotrope's code, so that the
 * Bundle reads back exactly), and Heliotrope extensions only where R4 has no element (relative dates,
 * treatment details). Used for round-trip tests and "export case". Pure. One file per part of the case in
 * `from-case/`; the order below fixes the order (and ids) of the resources.
 * @module
 */
import type { Bundle, BundleEntry } from '@medplum/fhirtypes';
import type { Case } from '../case/schema.js';
import { CASE_ITEM_ID } from './systems.js';
import { writeCancers } from './from-case/cancers.js';
import { writeFollowUp } from './from-case/follow-up.js';
import { writeMeasurements } from './from-case/measurements.js';
import { writeMyositis, writePatient } from './from-case/patient.js';
import { writeStudies } from './from-case/studies.js';
import { writeTreatments } from './from-case/treatments.js';
import { BundleWriter } from './from-case/writer.js';

/**
 * Converts a case to a FHIR R4 Bundle of type collection.
 * @param c - a validated case
 * @param options - `patientId`: id of the Patient resource (default `patient`)
 */
export function caseToFhir(c: Case, options: { patientId?: string } = {}): Bundle {
  const pid = options.patientId ?? 'patient';
  const w = new BundleWriter(pid);
  writePatient(w, c, pid);
  writeMyositis(w, c);
  writeMeasurements(w, c);
  writeStudies(w, c);
  const cancerRefs = writeCancers(w, c);
  writeTreatments(w, c);
  writeFollowUp(w, c, cancerRefs);
  const entry: BundleEntry[] = w.entries.map((r) => ({
    fullUrl: `urn:heliotrope:${r.resourceType}/${r.id ?? ''}`,
    resource: r,
  }));
  return {
    resourceType: 'Bundle',
    type: 'collection',
    ...(c.id ? { identifier: { system: CASE_ITEM_ID, value: c.id } } : {}),
    entry,
  };
}
