/**
 * The shape of one row of the FHIR mapping table: a code of a code system → the case field it fills.
 * @module
 */
import { RECORDED_DIAGNOSIS_SUBTYPES, type MuscleGroup, type TREATMENT_CLASSES } from '../../case/schema.js';

/** Myositis subtypes a coded diagnosis can name: the case format's recorded diagnoses, one list. */
export const MYOSITIS_SUBTYPES = RECORDED_DIAGNOSIS_SUBTYPES;

/** A myositis subtype as coded in a record. */
export type MyositisSubtype = (typeof MYOSITIS_SUBTYPES)[number];

/** Core-set and follow-up measures recorded at a visit (case `visits[]`). */
export const VISIT_MEASURES = [
  'physician-global',
  'patient-global',
  'mmt8',
  'haq',
  'extramuscular-global',
  'cdasi-activity',
  'cdasi-damage',
  'rash-severity',
] as const;

/** A visit measure. */
export type VisitMeasure = (typeof VISIT_MEASURES)[number];

/** Parts of structured groups written by `caseToFhir` and read back (panels and their members). */
export const PANEL_PARTS = [
  'visit',
  'tumour-assessment',
  'target-lesion',
  'non-target-lesion',
  'new-lesion',
  'lesion-nodal',
  'lesion-too-small',
  'lesion-status',
  'lesion-short-axis',
  'lesion-unequivocal',
  'assessment-modality',
  'tumour-markers-normal',
  'reported-response',
  'receptor',
  'treatment-response',
  'myositis-under-evaluation',
  'presentation',
  'mmt8-max',
  'global-scale',
] as const;

/** A part of a structured group. */
export type PanelPart = (typeof PANEL_PARTS)[number];

/** What a code means for the case. */
export type MappingTarget =
  | {
      field: 'patient';
      key: 'age' | 'ageAtOnset' | 'smoking' | 'familyHistoryOfCancer' | 'highNpcRiskRegion' | 'region';
    }
  | { field: 'answer'; answer: 'yes' | 'no' | 'unknown' | 'positive' | 'negative' | 'equivocal' }
  | { field: 'smoking-status'; value: 'current' | 'former' | 'never' | 'unknown' }
  | { field: 'finding'; id: string }
  | { field: 'lab'; analyte: string; unit?: string }
  | { field: 'antibody'; target: string }
  | { field: 'strength'; group: MuscleGroup }
  | { field: 'visit'; measure: VisitMeasure }
  | { field: 'study'; study: 'emg' | 'muscleBiopsy' | 'skinBiopsy' }
  | { field: 'biopsy-feature'; feature: string }
  | { field: 'muscleImaging'; modality: 'mri' | 'ultrasound' | 'ct' | 'pet-ct' }
  | { field: 'investigation'; kind: string }
  | {
      field: 'cancer';
      site?: string;
      histology?: string;
      extent?: 'in-situ' | 'metastatic';
      /** The code says the primary site is unknown. */
      primaryUnknown?: boolean;
      /** A secondary (metastatic) site: the primary is elsewhere. */
      secondary?: boolean;
    }
  | { field: 'neoplasm-not-cancer'; behaviour: 'benign' | 'uncertain' | 'suspected' }
  | { field: 'myositis'; subtype: MyositisSubtype; cancerAssociated?: boolean }
  | { field: 'treatment'; drug: string; class: (typeof TREATMENT_CLASSES)[number] }
  | { field: 'panel'; part: PanelPart };

/** Where the row's code was checked. */
export type RowSource =
  /** Seen with this display in the Synthea R4 sample data (smart-on-fhir/generated-sample-data). */
  | 'synthea'
  /** Found with this display in stored public code tables (LOINC subsets, value sets, FHIR examples). */
  | 'public-tables'
  /** From the curated extraction lexicon (src/extract/lexicon), whose curator lists only codes they are sure of. */
  | 'lexicon'
  /** Structure of the classification itself (ICD-10 chapter II blocks, ICD-10 M33 categories). */
  | 'icd-10-structure'
  /** Heliotrope's own code system: no standard code, or the exact case value for round trips. */
  | 'heliotrope';

/** One row of the mapping table. */
export interface MappingRow {
  /** Code system URI. */
  system: string;
  /** The code; with `prefix`, every code starting with it (ICD-10 categories and their subcodes). */
  code: string;
  /** Display of the code (ICD-10 block rows: the block title). */
  display: string;
  target: MappingTarget;
  /** True: matches the code and every code beginning with it followed by a dot or more characters. */
  prefix?: boolean;
  /** ConceptMap equivalence of code → case field. */
  equivalence: 'equivalent' | 'wider' | 'narrower' | 'inexact';
  source: RowSource;
  /** Interpretation decision, when there is one. */
  note?: string;
}
