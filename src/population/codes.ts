/**
 * The code table of the synthetic population: every code the generator writes into its FHIR export, with
 * what it stands for in a Heliotrope case. One row per code. The FHIR importer can be checked against it
 * (every row whose `target` is not `unmapped` should be mapped by the importer to the same case field).
 *
 * `checked` says where a standard code was looked up: `public-tables` = found with this meaning in
 * stored public code lists (LOINC / SNOMED CT / ICD-10-CM / RxNorm tables of open-source projects;
 * not a terminology server); `project-lexicon` = already used by Heliotrope's extraction lexicon.
 * Where no standard code could be confirmed, the generator writes a Heliotrope local code
 * (system {@link LOCAL_SYSTEM}) together with a `text`, never an invented standard code.
 * @module
 */
import type { KnownFindingId } from '../case/schema.js';
import { SYSTEM } from '../fhir/systems.js';

/** FHIR system URIs. */
export const SYSTEMS = {
  loinc: 'http://loinc.org',
  snomed: 'http://snomed.info/sct',
  icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
  rxnorm: 'http://www.nlm.nih.gov/research/umls/rxnorm',
  hpo: 'http://human-phenotype-ontology.org',
  ucum: 'http://unitsofmeasure.org',
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  conditionVerification: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
  conditionCategory: 'http://terminology.hl7.org/CodeSystem/condition-category',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  interpretation: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation',
  diagnosticService: 'http://terminology.hl7.org/CodeSystem/v2-0074',
  identifierType: 'http://terminology.hl7.org/CodeSystem/v2-0203',
} as const;

/**
 * Heliotrope's own code system (the one the FHIR import and export use, `src/fhir/systems.ts`), for concepts
 * without a confirmed standard code. Codes follow its conventions: `finding-<id>`, `investigation-<kind>`,
 * `antibody-<target>`, `myositis-<subtype>`, `biopsy-<feature>`, `drug-<name>`, `emg`, `muscle-biopsy` …
 */
export const LOCAL_SYSTEM = SYSTEM.heliotrope;

/** Myositis subtypes the generator writes as a Condition. */
export type MyositisKind =
  | 'dermatomyositis'
  | 'amyopathic-dermatomyositis'
  | 'polymyositis'
  | 'imnm'
  | 'antisynthetase'
  | 'inclusion-body-myositis'
  | 'myositis-in-neoplastic-disease';

/** What a code stands for in a case. */
export type CodeTarget =
  /** The myositis diagnosis: its onset → `dates.symptomOnset`, recorded date → `dates.diagnosis`. */
  | { kind: 'myositis'; subtype: MyositisKind }
  /** A cancer → `cancers[]` (site as written in the case). */
  | { kind: 'cancer'; site: string; histology?: string }
  /** A finding → `findings[]` with this id (Condition: present; Observation: valueBoolean). */
  | { kind: 'finding'; finding: KnownFindingId }
  /** A laboratory result → `labs[]`. */
  | { kind: 'lab'; analyte: string; unit: string }
  /** An autoantibody → `antibodies[]`. */
  | { kind: 'antibody'; target: string }
  /**
   * A screening investigation (DiagnosticReport / Procedure) → `investigations[]` with this kind. Lab tests
   * that count as screening (FBC, liver tests, ESR/CRP, PSA, CA-125) are reports grouping their results.
   */
  | { kind: 'investigation'; item: string }
  /** A drug → `treatments[]`. */
  | { kind: 'drug'; drug: string; class: DrugClass }
  /** Electromyography (DiagnosticReport) → `emg`. */
  | { kind: 'emg' }
  /** Muscle biopsy report → `muscleBiopsy`. */
  | { kind: 'muscle-biopsy' }
  /** Skin biopsy report → `skinBiopsy`. */
  | { kind: 'skin-biopsy' }
  /** Muscle MRI report → `muscleImaging[]`. */
  | { kind: 'muscle-mri' }
  /** A muscle-biopsy feature (an Observation listed in the biopsy report's `result`, value `present`). */
  | { kind: 'biopsy-feature'; feature: string }
  /** A result qualifier: antibody value (positive / negative) or a report's conclusion. */
  | { kind: 'result'; value: 'positive' | 'negative' | 'normal' | 'abnormal' }
  /** A real diagnosis that is not myositis (a mimic or a comorbidity): reported, not mapped. */
  | { kind: 'unmapped'; what: string };

/** Treatment classes used by the generator (a subset of the case format's). */
export type DrugClass =
  'glucocorticoid' | 'immunosuppressant' | 'ivig' | 'biologic' | 'chemotherapy' | 'hormone-therapy' | 'other';

/** One row of the code table. */
export interface CodeRow {
  system: string;
  code: string;
  display: string;
  target: CodeTarget;
  /** Where the code was confirmed; `local` for Heliotrope local codes. */
  checked: 'public-tables' | 'project-lexicon' | 'local';
}

const L = SYSTEMS.loinc;
const S = SYSTEMS.snomed;
const I = SYSTEMS.icd10cm;
const R = SYSTEMS.rxnorm;
const H = SYSTEMS.hpo;

const row = (
  system: string,
  code: string,
  display: string,
  target: CodeTarget,
  checked: CodeRow['checked'] = 'public-tables',
): CodeRow => ({ system, code, display, target, checked });
const local = (code: string, display: string, target: CodeTarget): CodeRow =>
  row(LOCAL_SYSTEM, code, display, target, 'local');

/**
 * Every code the generator writes. Report conclusions (EMG pattern, skin biopsy, muscle MRI, a normal biopsy,
 * an investigation that found a cancer) are written as `conclusionCode` in {@link LOCAL_SYSTEM} with the case
 * value itself as code (`myopathic`, `consistent-with-dm`, `myositis-oedema`, `normal`, `cancer-found`);
 * normal / abnormal investigation results as the SNOMED CT qualifiers below.
 */
export const POPULATION_CODES: readonly CodeRow[] = [
  // ── Myositis (Condition) ──────────────────────────────────────────────────────────────────────
  row(S, '396230008', 'Dermatomyositis', { kind: 'myositis', subtype: 'dermatomyositis' }),
  row(S, '31384009', 'Polymyositis', { kind: 'myositis', subtype: 'polymyositis' }),
  row(I, 'M33.10', 'Other dermatomyositis, organ involvement unspecified', {
    kind: 'myositis',
    subtype: 'dermatomyositis',
  }),
  row(I, 'M33.11', 'Other dermatomyositis with respiratory involvement', {
    kind: 'myositis',
    subtype: 'dermatomyositis',
  }),
  row(I, 'M33.12', 'Other dermatomyositis with myopathy', { kind: 'myositis', subtype: 'dermatomyositis' }),
  row(I, 'M33.13', 'Other dermatomyositis without myopathy', {
    kind: 'myositis',
    subtype: 'amyopathic-dermatomyositis',
  }),
  row(I, 'M33.20', 'Polymyositis, organ involvement unspecified', {
    kind: 'myositis',
    subtype: 'polymyositis',
  }),
  row(I, 'M33.22', 'Polymyositis with myopathy', { kind: 'myositis', subtype: 'polymyositis' }),
  row(I, 'M36.0', 'Dermato(poly)myositis in neoplastic disease', {
    kind: 'myositis',
    subtype: 'myositis-in-neoplastic-disease',
  }),
  row(I, 'G72.49', 'Other inflammatory and immune myopathies, not elsewhere classified', {
    kind: 'myositis',
    subtype: 'imnm',
  }),
  row(I, 'M35.89', 'Other specified systemic involvement of connective tissue', {
    kind: 'unmapped',
    what: 'coded for antisynthetase syndrome by some coders; not specific',
  }),
  local('myositis-immune-mediated-necrotising-myopathy', 'Immune-mediated necrotising myopathy', {
    kind: 'myositis',
    subtype: 'imnm',
  }),
  local('myositis-antisynthetase-syndrome', 'Antisynthetase syndrome', {
    kind: 'myositis',
    subtype: 'antisynthetase',
  }),
  local('myositis-amyopathic-dermatomyositis', 'Clinically amyopathic dermatomyositis', {
    kind: 'myositis',
    subtype: 'amyopathic-dermatomyositis',
  }),

  // ── Cancers (Condition, ICD-10-CM C00–D49) ───────────────────────────────────────────────────
  row(I, 'C50.919', 'Malignant neoplasm of unspecified site of unspecified female breast', {
    kind: 'cancer',
    site: 'breast',
  }),
  row(I, 'C56.9', 'Malignant neoplasm of unspecified ovary', {
    kind: 'cancer',
    site: 'ovary',
  }),
  row(I, 'C34.90', 'Malignant neoplasm of unspecified part of unspecified bronchus or lung', {
    kind: 'cancer',
    site: 'lung',
  }),
  row(I, 'C18.9', 'Malignant neoplasm of colon, unspecified', {
    kind: 'cancer',
    site: 'colon',
  }),
  row(I, 'C25.9', 'Malignant neoplasm of pancreas, unspecified', {
    kind: 'cancer',
    site: 'pancreas',
  }),
  row(I, 'C16.9', 'Malignant neoplasm of stomach, unspecified', {
    kind: 'cancer',
    site: 'stomach',
  }),
  row(I, 'C11.9', 'Malignant neoplasm of nasopharynx, unspecified', {
    kind: 'cancer',
    site: 'nasopharynx',
  }),
  row(I, 'C83.30', 'Diffuse large B-cell lymphoma, unspecified site', {
    kind: 'cancer',
    site: 'lymph nodes',
  }),
  row(I, 'C61', 'Malignant neoplasm of prostate', {
    kind: 'cancer',
    site: 'prostate',
  }),
  row(I, 'C53.9', 'Malignant neoplasm of cervix uteri, unspecified', {
    kind: 'cancer',
    site: 'cervix',
  }),
  row(I, 'C43.9', 'Malignant melanoma of skin, unspecified', {
    kind: 'cancer',
    site: 'skin',
    histology: 'melanoma',
  }),
  row(I, 'C67.9', 'Malignant neoplasm of bladder, unspecified', {
    kind: 'cancer',
    site: 'bladder',
  }),

  // ── Findings ─────────────────────────────────────────────────────────────────────────────────
  row(S, '40739000', 'Dysphagia', { kind: 'finding', finding: 'dysphagia' }, 'project-lexicon'),
  row(
    S,
    '233703007',
    'Interstitial lung disease',
    { kind: 'finding', finding: 'interstitial-lung-disease' },
    'project-lexicon',
  ),
  row(
    S,
    '266261006',
    "Raynaud's phenomenon",
    { kind: 'finding', finding: 'raynaud-phenomenon' },
    'project-lexicon',
  ),
  row(S, '3723001', 'Arthritis', { kind: 'finding', finding: 'arthritis' }, 'project-lexicon'),
  row(S, '386661006', 'Fever', { kind: 'finding', finding: 'fever' }, 'project-lexicon'),
  row(S, '89362005', 'Weight loss', { kind: 'finding', finding: 'weight-loss' }, 'project-lexicon'),
  row(S, '68962001', 'Myalgia', { kind: 'finding', finding: 'myalgia' }, 'project-lexicon'),
  row(H, 'HP:0200042', 'Skin ulcer', { kind: 'finding', finding: 'skin-ulceration' }, 'project-lexicon'),
  row(H, 'HP:0003761', 'Calcinosis', { kind: 'finding', finding: 'calcinosis' }, 'project-lexicon'),
  row(
    H,
    'HP:0000992',
    'Cutaneous photosensitivity',
    { kind: 'finding', finding: 'photosensitive-rash' },
    'project-lexicon',
  ),
  row(
    H,
    'HP:0100539',
    'Periorbital edema',
    { kind: 'finding', finding: 'periorbital-oedema' },
    'project-lexicon',
  ),
  local('finding-heliotrope-rash', 'Heliotrope rash', { kind: 'finding', finding: 'heliotrope-rash' }),
  local('finding-gottron-papules', "Gottron's papules", { kind: 'finding', finding: 'gottron-papules' }),
  local('finding-gottron-sign', "Gottron's sign", { kind: 'finding', finding: 'gottron-sign' }),
  local('finding-shawl-sign', 'Shawl sign', { kind: 'finding', finding: 'shawl-sign' }),
  local('finding-v-sign', 'V-sign', { kind: 'finding', finding: 'v-sign' }),
  local('finding-mechanics-hands', "Mechanic's hands", { kind: 'finding', finding: 'mechanics-hands' }),
  local('finding-periungual-changes', 'Periungual erythema / nailfold changes', {
    kind: 'finding',
    finding: 'periungual-changes',
  }),
  local('finding-proximal-weakness-upper', 'Proximal weakness of the upper limbs', {
    kind: 'finding',
    finding: 'proximal-weakness-upper',
  }),
  local('finding-proximal-weakness-lower', 'Proximal weakness of the lower limbs', {
    kind: 'finding',
    finding: 'proximal-weakness-lower',
  }),
  local('finding-symmetric-weakness', 'Symmetric weakness', {
    kind: 'finding',
    finding: 'symmetric-weakness',
  }),
  local('finding-neck-flexor-weakness', 'Neck flexor weakness', {
    kind: 'finding',
    finding: 'neck-flexor-weakness',
  }),
  local('finding-finger-flexor-weakness', 'Finger flexor weakness', {
    kind: 'finding',
    finding: 'finger-flexor-weakness',
  }),

  // ── Laboratory (Observation, LOINC + UCUM) ──────────────────────────────────────────────────
  row(L, '2157-6', 'Creatine kinase [Enzymatic activity/volume] in Serum or Plasma', {
    kind: 'lab',
    analyte: 'CK',
    unit: 'U/L',
  }),
  row(L, '1761-6', 'Aldolase [Enzymatic activity/volume] in Serum or Plasma', {
    kind: 'lab',
    analyte: 'aldolase',
    unit: 'U/L',
  }),
  row(L, '1920-8', 'Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma', {
    kind: 'lab',
    analyte: 'AST',
    unit: 'U/L',
  }),
  row(L, '1742-6', 'Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma', {
    kind: 'lab',
    analyte: 'ALT',
    unit: 'U/L',
  }),
  row(L, '2532-0', 'Lactate dehydrogenase [Enzymatic activity/volume] in Serum or Plasma', {
    kind: 'lab',
    analyte: 'LDH',
    unit: 'U/L',
  }),
  row(L, '4537-7', 'Erythrocyte sedimentation rate by Westergren method', {
    kind: 'lab',
    analyte: 'ESR',
    unit: 'mm/h',
  }),
  row(L, '1988-5', 'C reactive protein [Mass/volume] in Serum or Plasma', {
    kind: 'lab',
    analyte: 'CRP',
    unit: 'mg/L',
  }),
  row(L, '6690-2', 'Leukocytes [#/volume] in Blood by Automated count', {
    kind: 'lab',
    analyte: 'WBC',
    unit: '10*9/L',
  }),
  row(L, '718-7', 'Hemoglobin [Mass/volume] in Blood', { kind: 'lab', analyte: 'haemoglobin', unit: 'g/L' }),
  row(L, '777-3', 'Platelets [#/volume] in Blood by Automated count', {
    kind: 'lab',
    analyte: 'platelets',
    unit: '10*9/L',
  }),
  row(L, '2160-0', 'Creatinine [Mass/volume] in Serum or Plasma', {
    kind: 'lab',
    analyte: 'creatinine',
    unit: 'mg/dL',
  }),
  row(L, '3016-3', 'Thyrotropin [Units/volume] in Serum or Plasma', {
    kind: 'unmapped',
    what: 'routine lab',
  }),
  row(L, '10334-1', 'Cancer Ag 125 [Units/volume] in Serum or Plasma', {
    kind: 'lab',
    analyte: 'CA-125',
    unit: 'U/mL',
  }),
  row(L, '2857-1', 'Prostate specific Ag [Mass/volume] in Serum or Plasma', {
    kind: 'lab',
    analyte: 'PSA',
    unit: 'ng/mL',
  }),

  // ── Myositis autoantibodies (Observation) ───────────────────────────────────────────────────
  row(L, '107562-1', 'TIF1-gamma Ab [Presence] in Serum or Plasma', {
    kind: 'antibody',
    target: 'TIF1-gamma',
  }),
  row(L, '105528-4', 'Mj (NXP-2) Ab [Units/volume] in Serum', { kind: 'antibody', target: 'NXP2' }),
  row(L, '107563-9', 'MDA5 Ab [Presence] in Serum or Plasma', { kind: 'antibody', target: 'MDA5' }),
  row(L, '82996-0', 'Mi-2 beta IgG Ab [Presence] in Serum by Line blot', {
    kind: 'antibody',
    target: 'Mi-2',
  }),
  row(L, '8076-2', 'Jo-1 extractable nuclear Ab [Presence] in Serum', { kind: 'antibody', target: 'Jo-1' }),
  row(L, '33772-5', 'PL-7 Ab [Presence] in Serum', { kind: 'antibody', target: 'PL-7' }),
  row(L, '33771-7', 'PL-12 Ab [Presence] in Serum', { kind: 'antibody', target: 'PL-12' }),
  row(L, '45149-2', 'Ej Ab [Presence] in Serum', { kind: 'antibody', target: 'EJ' }),
  row(L, '33921-8', 'Signal Recognition Particle (SRP) Ab [Presence] in Serum or Plasma', {
    kind: 'antibody',
    target: 'SRP',
  }),
  row(L, '53016-2', 'Sjogrens syndrome-A extractable nuclear 52kD Ab [Presence] in Serum', {
    kind: 'antibody',
    target: 'Ro52',
  }),
  local('antibody-SAE', 'SAE1 antibody', { kind: 'antibody', target: 'SAE' }),
  local('antibody-HMGCR', 'HMG-CoA reductase antibody', { kind: 'antibody', target: 'HMGCR' }),

  // ── Investigations (DiagnosticReport / Procedure) ───────────────────────────────────────────
  row(L, '58410-2', 'CBC panel - Blood by Automated count', {
    kind: 'investigation',
    item: 'full-blood-count',
  }),
  row(L, '24323-8', 'Comprehensive metabolic 2000 panel - Serum or Plasma', {
    kind: 'investigation',
    item: 'liver-function-tests',
  }),
  row(L, '24357-6', 'Urinalysis macro (dipstick) panel - Urine', {
    kind: 'investigation',
    item: 'urinalysis',
  }),
  row(S, '71651007', 'Mammography', { kind: 'investigation', item: 'mammography' }),
  row(S, '73761001', 'Colonoscopy', { kind: 'investigation', item: 'lower-gi-endoscopy' }),
  local('investigation-urinalysis', 'Urinalysis', { kind: 'investigation', item: 'urinalysis' }),
  local('investigation-mammography', 'Mammography', { kind: 'investigation', item: 'mammography' }),
  local('investigation-esr-crp', 'ESR and CRP', { kind: 'investigation', item: 'esr-crp' }),
  local('investigation-psa', 'Prostate-specific antigen', { kind: 'investigation', item: 'psa' }),
  local('investigation-ca-125', 'CA-125', { kind: 'investigation', item: 'ca-125' }),
  local('investigation-serum-protein-electrophoresis', 'Serum protein electrophoresis', {
    kind: 'investigation',
    item: 'serum-protein-electrophoresis',
  }),
  local('investigation-history-and-examination', 'Comprehensive history and physical examination', {
    kind: 'investigation',
    item: 'history-and-examination',
  }),
  local('investigation-chest-radiograph', 'Chest radiograph', {
    kind: 'investigation',
    item: 'chest-radiograph',
  }),
  local('investigation-ct-neck-thorax-abdomen-pelvis', 'CT neck, thorax, abdomen and pelvis', {
    kind: 'investigation',
    item: 'ct-neck-thorax-abdomen-pelvis',
  }),
  local('investigation-pet-ct', 'FDG PET-CT', { kind: 'investigation', item: 'pet-ct' }),
  local('investigation-upper-gi-endoscopy', 'Upper gastrointestinal endoscopy', {
    kind: 'investigation',
    item: 'upper-gi-endoscopy',
  }),
  local('investigation-cervical-screening', 'Cervical screening (Papanicolaou test)', {
    kind: 'investigation',
    item: 'cervical-screening',
  }),
  local('investigation-pelvic-transvaginal-ultrasound', 'Transvaginal pelvic ultrasound', {
    kind: 'investigation',
    item: 'pelvic-transvaginal-ultrasound',
  }),
  local('investigation-faecal-occult-blood-test', 'Faecal immunochemical test', {
    kind: 'investigation',
    item: 'faecal-occult-blood-test',
  }),

  // ── Myositis work-up reports (DiagnosticReport) ──────────────────────────────────────────────
  local('emg', 'Electromyography', { kind: 'emg' }),
  local('muscle-biopsy', 'Muscle biopsy', { kind: 'muscle-biopsy' }),
  local('skin-biopsy', 'Skin biopsy', { kind: 'skin-biopsy' }),
  local('muscle-imaging-mri', 'MRI of the thigh muscles', { kind: 'muscle-mri' }),
  local('biopsy-perifascicularAtrophy', 'Muscle biopsy: perifascicular atrophy', {
    kind: 'biopsy-feature',
    feature: 'perifascicularAtrophy',
  }),
  local('biopsy-perimysialPerivascularInfiltrate', 'Muscle biopsy: perimysial / perivascular infiltrate', {
    kind: 'biopsy-feature',
    feature: 'perimysialPerivascularInfiltrate',
  }),
  local('biopsy-endomysialInfiltrate', 'Muscle biopsy: endomysial infiltrate', {
    kind: 'biopsy-feature',
    feature: 'endomysialInfiltrate',
  }),
  local('biopsy-necrosis', 'Muscle biopsy: necrotic fibres', { kind: 'biopsy-feature', feature: 'necrosis' }),
  local('biopsy-rimmedVacuoles', 'Muscle biopsy: rimmed vacuoles', {
    kind: 'biopsy-feature',
    feature: 'rimmedVacuoles',
  }),

  // ── Result qualifiers ───────────────────────────────────────────────────────────────────────
  row(S, '10828004', 'Positive', { kind: 'result', value: 'positive' }),
  row(S, '260385009', 'Negative', { kind: 'result', value: 'negative' }),
  row(S, '17621005', 'Normal', { kind: 'result', value: 'normal' }),
  row(S, '263654008', 'Abnormal', { kind: 'result', value: 'abnormal' }),

  // ── Drugs (MedicationRequest, RxNorm ingredients) ───────────────────────────────────────────
  row(R, '8640', 'prednisone', { kind: 'drug', drug: 'prednisone', class: 'glucocorticoid' }),
  row(R, '6902', 'methylprednisolone', { kind: 'drug', drug: 'methylprednisolone', class: 'glucocorticoid' }),
  row(R, '6851', 'methotrexate', { kind: 'drug', drug: 'methotrexate', class: 'immunosuppressant' }),
  row(R, '1256', 'azathioprine', { kind: 'drug', drug: 'azathioprine', class: 'immunosuppressant' }),
  row(R, '68149', 'mycophenolate mofetil', {
    kind: 'drug',
    drug: 'mycophenolate mofetil',
    class: 'immunosuppressant',
  }),
  row(R, '42316', 'tacrolimus', { kind: 'drug', drug: 'tacrolimus', class: 'immunosuppressant' }),
  row(R, '5521', 'hydroxychloroquine', {
    kind: 'drug',
    drug: 'hydroxychloroquine',
    class: 'immunosuppressant',
  }),
  row(R, '121191', 'rituximab', { kind: 'drug', drug: 'rituximab', class: 'biologic' }),
  row(R, '3002', 'cyclophosphamide', { kind: 'drug', drug: 'cyclophosphamide', class: 'chemotherapy' }),
  row(R, '56946', 'paclitaxel', { kind: 'drug', drug: 'paclitaxel', class: 'chemotherapy' }),
  row(R, '40048', 'carboplatin', { kind: 'drug', drug: 'carboplatin', class: 'chemotherapy' }),
  row(R, '2555', 'cisplatin', { kind: 'drug', drug: 'cisplatin', class: 'chemotherapy' }),
  row(R, '32592', 'oxaliplatin', { kind: 'drug', drug: 'oxaliplatin', class: 'chemotherapy' }),
  row(R, '4492', 'fluorouracil', { kind: 'drug', drug: 'fluorouracil', class: 'chemotherapy' }),
  row(R, '12574', 'gemcitabine', { kind: 'drug', drug: 'gemcitabine', class: 'chemotherapy' }),
  row(R, '10324', 'tamoxifen', { kind: 'drug', drug: 'tamoxifen', class: 'hormone-therapy' }),
  row(R, '83367', 'atorvastatin', { kind: 'unmapped', what: 'drug not read by Heliotrope' }),
  row(R, '36567', 'simvastatin', { kind: 'unmapped', what: 'drug not read by Heliotrope' }),
  row(R, '6809', 'metformin', { kind: 'unmapped', what: 'drug not read by Heliotrope' }),
  row(R, '7646', 'omeprazole', { kind: 'unmapped', what: 'drug not read by Heliotrope' }),
  row(R, '5487', 'hydrochlorothiazide', { kind: 'unmapped', what: 'drug not read by Heliotrope' }),
  row(R, '6918', 'metoprolol', { kind: 'unmapped', what: 'drug not read by Heliotrope' }),
  row(R, '36437', 'sertraline', { kind: 'unmapped', what: 'drug not read by Heliotrope' }),
  local('drug-intravenous-immunoglobulin', 'Immune globulin, intravenous (human)', {
    kind: 'drug',
    drug: 'intravenous immunoglobulin',
    class: 'ivig',
  }),

  // ── Other diagnoses: mimics and comorbidities (Condition; not mapped to a case field) ───────
  row(I, 'G72.0', 'Drug-induced myopathy', { kind: 'unmapped', what: 'statin myopathy (mimic)' }),
  row(I, 'G72.41', 'Inclusion body myositis [IBM]', { kind: 'myositis', subtype: 'inclusion-body-myositis' }),
  row(I, 'M35.3', 'Polymyalgia rheumatica', { kind: 'unmapped', what: 'polymyalgia rheumatica (mimic)' }),
  row(I, 'M79.7', 'Fibromyalgia', { kind: 'unmapped', what: 'fibromyalgia (mimic)' }),
  row(I, 'M32.9', 'Systemic lupus erythematosus, unspecified', { kind: 'unmapped', what: 'lupus (mimic)' }),
  row(I, 'L40.0', 'Psoriasis vulgaris', { kind: 'unmapped', what: 'psoriasis (rash mimic)' }),
  row(I, 'E03.9', 'Hypothyroidism, unspecified', { kind: 'unmapped', what: 'hypothyroid myopathy (mimic)' }),
  row(I, 'I10', 'Essential (primary) hypertension', { kind: 'unmapped', what: 'comorbidity' }),
  row(I, 'E11.9', 'Type 2 diabetes mellitus without complications', {
    kind: 'unmapped',
    what: 'comorbidity',
  }),
  row(I, 'J44.9', 'Chronic obstructive pulmonary disease, unspecified', {
    kind: 'unmapped',
    what: 'comorbidity',
  }),
  row(I, 'K21.9', 'Gastro-esophageal reflux disease without esophagitis', {
    kind: 'unmapped',
    what: 'comorbidity',
  }),
  row(I, 'M54.5', 'Low back pain', { kind: 'unmapped', what: 'comorbidity' }),
  row(L, '2823-3', 'Potassium [Moles/volume] in Serum or Plasma', { kind: 'unmapped', what: 'routine lab' }),
  row(L, '2951-2', 'Sodium [Moles/volume] in Serum or Plasma', { kind: 'unmapped', what: 'routine lab' }),
  row(L, '8867-4', 'Heart rate', { kind: 'unmapped', what: 'vital sign' }),
  row(L, '8310-5', 'Body temperature', { kind: 'unmapped', what: 'vital sign' }),
  row(L, '9279-1', 'Respiratory rate', { kind: 'unmapped', what: 'vital sign' }),
];

/**
 * Codes of {@link LOCAL_SYSTEM} written as values rather than concepts: report conclusions (the case value
 * is the code), a biopsy feature's `present`, and the `extent` type of a cancer stage.
 */
export const LOCAL_VALUE_CODES: readonly string[] = [
  'myopathic',
  'neurogenic',
  'normal',
  'consistent-with-dm',
  'myositis-oedema',
  'cancer-found',
  'present',
  'extent',
];

/** LOINC of each generated analyte. */
export const LAB_LOINC: Record<string, string> = {
  CK: '2157-6',
  aldolase: '1761-6',
  AST: '1920-8',
  ALT: '1742-6',
  LDH: '2532-0',
  ESR: '4537-7',
  CRP: '1988-5',
  WBC: '6690-2',
  haemoglobin: '718-7',
  platelets: '777-3',
  creatinine: '2160-0',
  TSH: '3016-3',
  'CA-125': '10334-1',
  PSA: '2857-1',
};

const bySystem = new Map<string, Map<string, CodeRow>>();
for (const r of POPULATION_CODES) {
  let m = bySystem.get(r.system);
  if (!m) bySystem.set(r.system, (m = new Map<string, CodeRow>()));
  m.set(r.code, r);
}

/**
 * The row of a code.
 * @param system - FHIR system URI
 * @param code - the code
 */
export function codeRow(system: string, code: string): CodeRow | undefined {
  return bySystem.get(system)?.get(code);
}

/**
 * The first row matching a predicate on its target (the generator's way to find a code for a concept).
 * @param test - predicate on the target
 * @throws Error when no row matches (a programming error in the generator)
 */
export function findCode(test: (t: CodeTarget) => boolean, system?: string): CodeRow {
  const r = POPULATION_CODES.find((x) => (system === undefined || x.system === system) && test(x.target));
  if (!r) throw new Error('population code table: no row for the requested concept');
  return r;
}
