/**
 * Code system, extension and identifier URIs used by the FHIR import and export.
 * @see {@link https://hl7.org/fhir/R4/terminologies-systems.html | FHIR R4 §4.2 Using codes: external systems}
 * @module
 */
import { InputError, issue } from '../core/issues.js';

/**
 * Default canonical base of Heliotrope's own FHIR artefacts (its code systems, extensions, naming systems).
 * Heliotrope has no registered domain, so the default lives under `.invalid`, the top-level domain reserved
 * never to resolve (RFC 6761): nobody can mistake it for an address that serves the artefacts, and it can
 * never collide with a real owner's URLs. A deployment that publishes the artefacts (an implementation
 * guide, a terminology server) sets {@link FHIR_BASE_ENV} to a URL it controls. See docs/fhir.md#canonical-urls.
 */
export const DEFAULT_FHIR_BASE = 'https://heliotrope.invalid/fhir';

/** Environment variable that sets the canonical base (read once, when this module loads). */
export const FHIR_BASE_ENV = 'HELIOTROPE_FHIR_BASE';

/**
 * Checks a canonical base: an absolute http(s) URL without query, fragment or `|` (FHIR canonical
 * references use `|` for versions and `#` for contained resources). A trailing slash is dropped.
 * @param value - the URL
 * @returns the base without a trailing slash
 * @throws HeliotropeError (`input`) naming the variable and what is wrong
 */
export function checkFhirBase(value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  const why = !url
    ? 'is not an absolute URL'
    : url.protocol !== 'https:' && url.protocol !== 'http:'
      ? 'must be an http or https URL'
      : url.search || url.hash || value.includes('|') || value.includes('#')
        ? 'must not have a query, a fragment or "|"'
        : undefined;
  if (why)
    throw new InputError(`${FHIR_BASE_ENV}="${value}" ${why}`, [
      issue('value', FHIR_BASE_ENV, `the canonical base of Heliotrope's FHIR artefacts ${why}`),
    ]);
  return value.replace(/\/+$/, '');
}

/**
 * The canonical base in use: {@link FHIR_BASE_ENV} when set (checked), else {@link DEFAULT_FHIR_BASE}. Fixed
 * for the process: every code system, extension and identifier URI below is built from it, and the importer
 * recognises Heliotrope's codes under this base only (a Bundle written under another base reads as foreign codes,
 * reported as not mapped). Read here, once, and nowhere else.
 */
export const HELIOTROPE_FHIR_BASE = ((): string => {
  const v = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[
    FHIR_BASE_ENV
  ];
  return v === undefined || v === '' ? DEFAULT_FHIR_BASE : checkFhirBase(v);
})();

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
