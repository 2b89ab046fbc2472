/**
 * Code system, extension and identifier URIs used by the FHIR import and export.
 * @see {@link https://hl7.org/fhir/R4/terminologies-systems.html | FHIR R4 §4.2 Using codes: external systems}
 * @module
 */

/** Canonical base of Heliotrope's own FHIR artefacts. A placeholder domain until the project has a registered one. */
export const HELIOTROPE_FHIR_BASE = 'http://heliotrope.example.org/fhir';

/** Code systems by short name. */
export const SYSTEM = {
  loinc: 'http://loinc.org',
  snomed: 'http://snomed.info/sct',
  icd10: 'http://hl7.org/fhir/sid/icd-10',
  icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
  hpo: 'http://purl.obolibrary.org/obo/hp',
  rxnorm: 'http://www.nlm.nih.gov/research/umls/rxnorm',
  ucum: 'http://unitsofmeasure.org',
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  conditionVerification: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  interpretation: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation',
  dataAbsentReason: 'http://terminology.hl7.org/CodeSystem/data-absent-reason',
  /** HL7 v3 RoleCode: the family member of a FamilyMemberHistory (`FAMMEMB`, `MTH`, …). */
  roleCode: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode',
  /** Heliotrope's code system for case fields that have no standard code (see docs/fhir.md). */
  heliotrope: `${HELIOTROPE_FHIR_BASE}/CodeSystem/case`,
} as const;

/** Extensions Heliotrope reads and writes. */
export const EXTENSION = {
  /** Standard R4 extension: the date a condition was first asserted (read as the diagnosis date). */
  conditionAssertedDate: 'http://hl7.org/fhir/StructureDefinition/condition-assertedDate',
  /** A date stated relative to another event of the case (sub-extensions target, relativeTo, offset, unit, approximate). */
  relativeDate: `${HELIOTROPE_FHIR_BASE}/StructureDefinition/relative-date`,
  /** Treatment class (case model TREATMENT_CLASSES), on a medication or procedure resource. */
  treatmentClass: `${HELIOTROPE_FHIR_BASE}/StructureDefinition/treatment-class`,
  /** Carboplatin target AUC, cycles, dose reduction: numeric treatment details. */
  treatmentDetail: `${HELIOTROPE_FHIR_BASE}/StructureDefinition/treatment-detail`,
  /** Cancer details the Condition resource has no element for (primary unknown, case status). */
  cancerDetail: `${HELIOTROPE_FHIR_BASE}/StructureDefinition/cancer-detail`,
  /** A note on a finding or a recorded fact (reason for uncertainty). */
  findingReason: `${HELIOTROPE_FHIR_BASE}/StructureDefinition/finding-reason`,
} as const;

/** Identifier system carrying a case item's own id (anchor of relative dates). */
export const CASE_ITEM_ID = `${HELIOTROPE_FHIR_BASE}/NamingSystem/case-item-id`;
