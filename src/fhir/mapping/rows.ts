/**
 * The FHIR mapping table: one row per code (code system, code, display → case field). Rows come from
 * four places, each marked in `source`: explicit rows below (checked against the Synthea sample data or
 * stored public code tables), the curated codes of the extraction lexicon, the structure of ICD-10
 * chapter II and the myositis categories, and Heliotrope's own code system (every case value, so that a
 * case written by `caseToFhir` reads back exactly). docs/fhir.md lists the table generated from this file.
 * @module
 */
import { KNOWN_FINDING_IDS, MUSCLE_GROUPS, TREATMENT_CLASSES } from '../../case/schema.js';
import { ANTIBODY_CONCEPTS } from '../../extract/lexicon/antibodies.js';
import { FINDING_CONCEPTS } from '../../extract/lexicon/findings.js';
import { LAB_CONCEPTS } from '../../extract/lexicon/labs.js';
import { DRUG_CONCEPTS } from '../../extract/lexicon/treatments.js';
import { SYSTEM } from '../systems.js';
import {
  MYOSITIS_SUBTYPES,
  PANEL_PARTS,
  VISIT_MEASURES,
  type MappingRow,
  type MappingTarget,
  type RowSource,
} from './types.js';

const row = (
  system: string,
  code: string,
  display: string,
  target: MappingTarget,
  source: RowSource,
  extra: Partial<Pick<MappingRow, 'prefix' | 'equivalence' | 'note'>> = {},
): MappingRow => ({ system, code, display, target, source, equivalence: 'equivalent', ...extra });

/** Preferred UCUM unit per analyte: values (and their reference range) are converted to it when UCUM can. */
export const PREFERRED_LAB_UNIT: Readonly<Record<string, string>> = {
  CK: 'U/L',
  ALT: 'U/L',
  AST: 'U/L',
  LDH: 'U/L',
  aldolase: 'U/L',
  CRP: 'mg/L',
  ESR: 'mm/h',
};

// ─── Demographics and answers ───────────────────────────────────────────────────────────────────

const DEMOGRAPHIC_ROWS: MappingRow[] = [
  row(SYSTEM.loinc, '30525-0', 'Age', { field: 'patient', key: 'age' }, 'public-tables', {
    note: 'age at presentation (the Observation date is the presentation)',
  }),
  row(SYSTEM.loinc, '72166-2', 'Tobacco smoking status', { field: 'patient', key: 'smoking' }, 'synthea'),
  row(SYSTEM.snomed, '266919005', 'Never smoker', { field: 'smoking-status', value: 'never' }, 'synthea'),
  row(SYSTEM.snomed, '8517006', 'Former smoker', { field: 'smoking-status', value: 'former' }, 'synthea'),
  row(
    SYSTEM.snomed,
    '449868002',
    'Current every day smoker',
    { field: 'smoking-status', value: 'current' },
    'synthea',
    { note: 'also a Condition "Smokes tobacco daily" in Synthea records' },
  ),
  row(
    'http://terminology.hl7.org/CodeSystem/v2-0136',
    'Y',
    'Yes',
    { field: 'answer', answer: 'yes' },
    'public-tables',
  ),
  row(
    'http://terminology.hl7.org/CodeSystem/v2-0136',
    'N',
    'No',
    { field: 'answer', answer: 'no' },
    'public-tables',
  ),
  row(SYSTEM.interpretation, 'POS', 'Positive', { field: 'answer', answer: 'positive' }, 'public-tables'),
  row(SYSTEM.interpretation, 'NEG', 'Negative', { field: 'answer', answer: 'negative' }, 'public-tables'),
  row(
    SYSTEM.interpretation,
    'IND',
    'Indeterminate',
    { field: 'answer', answer: 'equivocal' },
    'public-tables',
  ),
  row(SYSTEM.interpretation, 'DET', 'Detected', { field: 'answer', answer: 'positive' }, 'public-tables'),
  row(SYSTEM.interpretation, 'ND', 'Not detected', { field: 'answer', answer: 'negative' }, 'public-tables'),
  row(SYSTEM.snomed, '10828004', 'Positive', { field: 'answer', answer: 'positive' }, 'public-tables'),
  row(SYSTEM.snomed, '260385009', 'Negative', { field: 'answer', answer: 'negative' }, 'public-tables'),
  row(SYSTEM.snomed, '373066001', 'Yes', { field: 'answer', answer: 'yes' }, 'public-tables'),
  row(SYSTEM.snomed, '373067005', 'No', { field: 'answer', answer: 'no' }, 'public-tables'),
  // A relative's cancer recorded as the patient's Condition: family history, never the patient's cancer.
  ...(
    [
      [SYSTEM.icd10, 'Family history of malignant neoplasm'],
      [SYSTEM.icd10cm, 'Family history of primary malignant neoplasm'],
    ] as const
  ).map(([system, display]) =>
    row(system, 'Z80', display, { field: 'patient', key: 'familyHistoryOfCancer' }, 'icd-10-structure', {
      prefix: true,
      note: "a relative's cancer: family history of cancer, not a cancer of the patient",
    }),
  ),
];

// ─── Laboratory and antibodies ──────────────────────────────────────────────────────────────────

const LAB_ROWS: MappingRow[] = [
  row(
    SYSTEM.loinc,
    '1761-6',
    'Aldolase [Enzymatic activity/volume] in Serum or Plasma',
    { field: 'lab', analyte: 'aldolase' },
    'public-tables',
  ),
  row(
    SYSTEM.loinc,
    '4537-7',
    'Erythrocyte sedimentation rate by Westergren method',
    { field: 'lab', analyte: 'ESR' },
    'public-tables',
  ),
  row(
    SYSTEM.loinc,
    '38483-4',
    'Creatinine [Mass/volume] in Blood',
    { field: 'lab', analyte: 'creatinine' },
    'synthea',
  ),
  row(
    SYSTEM.loinc,
    '8061-4',
    'Nuclear Ab [Presence] in Serum',
    { field: 'antibody', target: 'ANA' },
    'public-tables',
  ),
  row(
    SYSTEM.loinc,
    '42254-3',
    'Nuclear Ab [Presence] in Serum by Immunofluorescence',
    { field: 'antibody', target: 'ANA' },
    'public-tables',
  ),
  row(
    SYSTEM.loinc,
    '5234-0',
    'Jo-1 extractable nuclear Ab [Presence] in Serum by Immunoassay',
    { field: 'antibody', target: 'Jo-1' },
    'public-tables',
  ),
  row(
    SYSTEM.loinc,
    '5130-0',
    'DNA double strand Ab [Units/volume] in Serum',
    { field: 'antibody', target: 'dsDNA' },
    'public-tables',
  ),
  row(
    SYSTEM.loinc,
    '11572-5',
    'Rheumatoid factor [Units/volume] in Serum or Plasma',
    { field: 'antibody', target: 'RF' },
    'public-tables',
  ),
  row(
    SYSTEM.loinc,
    '33935-8',
    'Cyclic citrullinated peptide IgG Ab [Units/volume] in Serum',
    { field: 'antibody', target: 'CCP' },
    'public-tables',
  ),
  row(
    SYSTEM.loinc,
    '17351-8',
    'Neutrophil cytoplasmic Ab [Presence] in Serum',
    { field: 'antibody', target: 'ANCA' },
    'public-tables',
  ),
  row(
    SYSTEM.loinc,
    '33569-5',
    'Sjogrens syndrome-A extractable nuclear Ab',
    { field: 'antibody', target: 'Ro60' },
    'public-tables',
    {
      equivalence: 'wider',
      note: 'SS-A assays may detect Ro52 and Ro60 together; read as Ro60 (SS-A), never as Ro52',
    },
  ),
  row(
    SYSTEM.loinc,
    '8091-1',
    'Ribonucleoprotein extractable nuclear Ab [Presence] in Serum',
    { field: 'antibody', target: 'U1-RNP' },
    'public-tables',
  ),
  row(
    SYSTEM.loinc,
    '45142-7',
    'Sjogrens syndrome-B extractable nuclear Ab [Units/volume] in Serum by Immunoassay',
    { field: 'antibody', target: 'La' },
    'public-tables',
  ),
];

// ─── Conditions: myositis and cancers ───────────────────────────────────────────────────────────

const MYOSITIS_ROWS: MappingRow[] = [
  row(
    SYSTEM.snomed,
    '396230008',
    'Dermatomyositis',
    { field: 'myositis', subtype: 'dermatomyositis' },
    'public-tables',
  ),
  ...[SYSTEM.icd10, SYSTEM.icd10cm].flatMap((s) => [
    row(
      s,
      'M33.0',
      'Juvenile dermatomyositis',
      { field: 'myositis', subtype: 'juvenile-dermatomyositis' },
      'icd-10-structure',
      { prefix: true },
    ),
    row(
      s,
      'M33.1',
      'Other dermatomyositis',
      { field: 'myositis', subtype: 'dermatomyositis' },
      'icd-10-structure',
      { prefix: true },
    ),
    row(s, 'M33.2', 'Polymyositis', { field: 'myositis', subtype: 'polymyositis' }, 'icd-10-structure', {
      prefix: true,
    }),
    row(
      s,
      'M33.9',
      'Dermatopolymyositis, unspecified',
      { field: 'myositis', subtype: 'dermatopolymyositis' },
      'icd-10-structure',
      { prefix: true },
    ),
    row(
      s,
      'M36.0',
      'Dermato(poly)myositis in neoplastic disease',
      { field: 'myositis', subtype: 'dermatopolymyositis', cancerAssociated: true },
      'icd-10-structure',
      {
        equivalence: 'wider',
        note: 'the coder states a cancer association; Heliotrope still judges timing itself',
      },
    ),
  ]),
  row(
    SYSTEM.icd10cm,
    'G72.41',
    'Inclusion body myositis [IBM]',
    { field: 'myositis', subtype: 'inclusion-body-myositis' },
    'icd-10-structure',
  ),
  row(
    SYSTEM.icd10cm,
    'G72.49',
    'Other inflammatory and immune myopathies, not elsewhere classified',
    { field: 'myositis', subtype: 'myositis-unspecified' },
    'icd-10-structure',
    { equivalence: 'wider' },
  ),
  row(
    SYSTEM.icd10,
    'G72.4',
    'Inflammatory myopathy, not elsewhere classified',
    { field: 'myositis', subtype: 'myositis-unspecified' },
    'icd-10-structure',
    { equivalence: 'wider' },
  ),
];

/** ICD-10 chapter II: blocks and the categories with their own site. */
const ICD10_BLOCKS: readonly [
  from: string,
  to: string,
  title: string,
  target: MappingTarget,
  note?: string,
][] = [
  [
    'C00',
    'C14',
    'Malignant neoplasms of lip, oral cavity and pharynx',
    { field: 'cancer', site: 'head and neck' },
  ],
  ['C15', 'C26', 'Malignant neoplasms of digestive organs', { field: 'cancer' }],
  ['C30', 'C39', 'Malignant neoplasms of respiratory and intrathoracic organs', { field: 'cancer' }],
  ['C40', 'C41', 'Malignant neoplasms of bone and articular cartilage', { field: 'cancer', site: 'bone' }],
  ['C43', 'C44', 'Melanoma and other malignant neoplasms of skin', { field: 'cancer', site: 'skin' }],
  ['C45', 'C49', 'Malignant neoplasms of mesothelial and soft tissue', { field: 'cancer' }],
  ['C50', 'C50', 'Malignant neoplasm of breast', { field: 'cancer', site: 'breast' }],
  ['C51', 'C58', 'Malignant neoplasms of female genital organs', { field: 'cancer' }],
  ['C60', 'C63', 'Malignant neoplasms of male genital organs', { field: 'cancer' }],
  ['C64', 'C68', 'Malignant neoplasms of urinary tract', { field: 'cancer' }],
  [
    'C69',
    'C72',
    'Malignant neoplasms of eye, brain and other parts of central nervous system',
    { field: 'cancer' },
  ],
  ['C73', 'C75', 'Malignant neoplasms of thyroid and other endocrine glands', { field: 'cancer' }],
  ['C76', 'C76', 'Malignant neoplasm of other and ill-defined sites', { field: 'cancer' }],
  [
    'C77',
    'C79',
    'Secondary malignant neoplasms',
    { field: 'cancer', extent: 'metastatic', secondary: true },
    'a secondary site: primary not named by this code',
  ],
  ['C80', 'C80', 'Malignant neoplasm without specification of site', { field: 'cancer' }],
  ['C81', 'C96', 'Malignant neoplasms of lymphoid, haematopoietic and related tissue', { field: 'cancer' }],
  ['C97', 'C97', 'Malignant neoplasms of independent (primary) multiple sites', { field: 'cancer' }],
  [
    'D00',
    'D09',
    'In situ neoplasms',
    { field: 'cancer', extent: 'in-situ' },
    'in situ: recorded as a cancer with extent in-situ',
  ],
  [
    'D10',
    'D36',
    'Benign neoplasms',
    { field: 'neoplasm-not-cancer', behaviour: 'benign' },
    'benign: not a cancer; reported as an issue',
  ],
  [
    'D37',
    'D48',
    'Neoplasms of uncertain or unknown behaviour',
    { field: 'neoplasm-not-cancer', behaviour: 'uncertain' },
    'not counted as a cancer; reported for review',
  ],
  [
    'D49',
    'D49',
    'Neoplasms of unspecified behavior (ICD-10-CM)',
    { field: 'neoplasm-not-cancer', behaviour: 'uncertain' },
    'not counted as a cancer; reported for review',
  ],
];

/** ICD-10 categories with a site of their own (overriding the block). */
const ICD10_CATEGORY_SITES: Readonly<Record<string, [title: string, site: string, histology?: string]>> = {
  C11: ['Malignant neoplasm of nasopharynx', 'nasopharynx'],
  C15: ['Malignant neoplasm of oesophagus', 'esophagus'],
  C16: ['Malignant neoplasm of stomach', 'stomach'],
  C18: ['Malignant neoplasm of colon', 'colorectum'],
  C19: ['Malignant neoplasm of rectosigmoid junction', 'colorectum'],
  C20: ['Malignant neoplasm of rectum', 'colorectum'],
  C22: ['Malignant neoplasm of liver and intrahepatic bile ducts', 'liver'],
  C25: ['Malignant neoplasm of pancreas', 'pancreas'],
  C34: ['Malignant neoplasm of bronchus and lung', 'lung'],
  C43: ['Malignant melanoma of skin', 'skin', 'melanoma'],
  C44: ['Other malignant neoplasms of skin', 'skin'],
  C45: ['Mesothelioma', 'pleura', 'mesothelioma'],
  C49: ['Malignant neoplasm of other connective and soft tissue', 'soft tissue', 'soft tissue sarcoma'],
  C53: ['Malignant neoplasm of cervix uteri', 'cervix'],
  C54: ['Malignant neoplasm of corpus uteri', 'uterus'],
  C56: ['Malignant neoplasm of ovary', 'ovary'],
  C61: ['Malignant neoplasm of prostate', 'prostate'],
  C64: ['Malignant neoplasm of kidney, except renal pelvis', 'kidney'],
  C67: ['Malignant neoplasm of bladder', 'bladder'],
  C73: ['Malignant neoplasm of thyroid gland', 'thyroid'],
  C80: ['Malignant neoplasm without specification of site', 'unknown primary'],
};

const catCode = (letter: string, n: number) => `${letter}${String(n).padStart(2, '0')}`;

function icd10NeoplasmRows(): MappingRow[] {
  const out: MappingRow[] = [];
  for (const [from, to, title, target, note] of ICD10_BLOCKS) {
    const letter = from[0]!;
    for (let n = Number(from.slice(1)); n <= Number(to.slice(1)); n++) {
      const code = catCode(letter, n);
      const own = ICD10_CATEGORY_SITES[code];
      const t: MappingTarget =
        own && target.field === 'cancer'
          ? {
              ...target,
              ...(own[1] === 'unknown primary' ? { primaryUnknown: true } : { site: own[1] }),
              ...(own[2] ? { histology: own[2] } : {}),
            }
          : target;
      for (const s of [SYSTEM.icd10, SYSTEM.icd10cm])
        out.push(
          row(
            s,
            code,
            own ? own[0] : from === to ? title : `${title} (${from}–${to})`,
            t,
            'icd-10-structure',
            {
              prefix: true,
              equivalence: own ? 'equivalent' : 'narrower',
              ...(note ? { note } : own && code === 'C80' ? { note: 'primary unknown' } : {}),
            },
          ),
        );
    }
  }
  return out;
}

const CANCER_SNOMED_ROWS: MappingRow[] = [
  row(
    SYSTEM.snomed,
    '363406005',
    'Malignant tumor of colon',
    { field: 'cancer', site: 'colorectum' },
    'synthea',
  ),
  row(
    SYSTEM.snomed,
    '109838007',
    'Overlapping malignant neoplasm of colon',
    { field: 'cancer', site: 'colorectum' },
    'synthea',
  ),
  row(
    SYSTEM.snomed,
    '93761005',
    'Primary malignant neoplasm of colon',
    { field: 'cancer', site: 'colorectum' },
    'synthea',
  ),
  row(
    SYSTEM.snomed,
    '94260004',
    'Secondary malignant neoplasm of colon',
    { field: 'cancer', extent: 'metastatic', secondary: true },
    'synthea',
    {
      note: 'a metastasis to the colon: primary not named',
    },
  ),
  row(
    SYSTEM.snomed,
    '254637007',
    'Non-small cell lung cancer',
    { field: 'cancer', site: 'lung', histology: 'non small cell lung cancer' },
    'synthea',
  ),
  row(
    SYSTEM.snomed,
    '424132000',
    'Non-small cell carcinoma of lung, TNM stage 1',
    { field: 'cancer', site: 'lung', histology: 'non small cell lung cancer' },
    'synthea',
  ),
  row(
    SYSTEM.snomed,
    '254632001',
    'Small cell carcinoma of lung',
    { field: 'cancer', site: 'lung', histology: 'small cell carcinoma' },
    'synthea',
  ),
  row(
    SYSTEM.snomed,
    '67811000119102',
    'Primary small cell malignant neoplasm of lung, TNM stage 1',
    { field: 'cancer', site: 'lung', histology: 'small cell carcinoma' },
    'synthea',
  ),
  row(
    SYSTEM.snomed,
    '92691004',
    'Carcinoma in situ of prostate',
    { field: 'cancer', site: 'prostate', extent: 'in-situ' },
    'synthea',
  ),
  row(
    SYSTEM.snomed,
    '314994000',
    'Metastasis from malignant tumor of prostate',
    { field: 'cancer', site: 'prostate', extent: 'metastatic' },
    'synthea',
  ),
  row(
    SYSTEM.snomed,
    '126906006',
    'Neoplasm of prostate',
    { field: 'neoplasm-not-cancer', behaviour: 'uncertain' },
    'synthea',
    {
      note: 'behaviour not stated (benign or malignant): not counted as a cancer, reported for review',
    },
  ),
  row(
    SYSTEM.snomed,
    '162573006',
    'Suspected lung cancer (situation)',
    { field: 'neoplasm-not-cancer', behaviour: 'suspected' },
    'synthea',
    {
      note: 'a suspicion, not a diagnosis: reported for review',
    },
  ),
];

// ─── Procedures, reports and imaging ────────────────────────────────────────────────────────────

const INVESTIGATION_ROWS: MappingRow[] = [
  row(
    SYSTEM.snomed,
    '73761001',
    'Colonoscopy',
    { field: 'investigation', kind: 'lower-gi-endoscopy' },
    'synthea',
  ),
  row(
    SYSTEM.snomed,
    '399208008',
    'Plain chest X-ray',
    { field: 'investigation', kind: 'chest-radiograph' },
    'synthea',
  ),
  row(
    SYSTEM.snomed,
    '1015401000000102',
    'Fecal occult blood test',
    { field: 'investigation', kind: 'faecal-occult-blood-test' },
    'synthea',
  ),
  row(
    SYSTEM.snomed,
    '418891003',
    'Computed tomography of chest and abdomen',
    { field: 'investigation', kind: 'ct-chest-abdomen' },
    'synthea',
    {
      equivalence: 'inexact',
      note: 'no pelvis or neck: kept as its own kind, not counted as the IMACS CT neck/thorax/abdomen/pelvis',
    },
  ),
  row(
    SYSTEM.loinc,
    '58410-2',
    'Complete blood count (hemogram) panel - Blood by Automated count',
    { field: 'investigation', kind: 'full-blood-count' },
    'synthea',
  ),
  row(
    SYSTEM.loinc,
    '24323-8',
    'Comprehensive metabolic 2000 panel - Serum or Plasma',
    { field: 'investigation', kind: 'liver-function-tests' },
    'synthea',
    {
      equivalence: 'wider',
      note: 'the comprehensive metabolic panel contains ALT, AST, ALP and bilirubin',
    },
  ),
];

// ─── Codes of the synthetic population (src/population/codes.ts), checked in stored public tables ─

const L = SYSTEM.loinc;
const antibodyRow = (code: string, display: string, target: string) =>
  row(L, code, display, { field: 'antibody', target }, 'public-tables');

/**
 * Standard codes the population generator writes that the rows above do not list: the myositis line-blot
 * antibodies by LOINC, two blood-count analytes, urinalysis, mammography and polymyositis. A LOINC or SNOMED
 * CT code missing from the table is not read at all (its words are not used), so each needs its row.
 */
const POPULATION_ROWS: MappingRow[] = [
  antibodyRow('107562-1', 'TIF1-gamma Ab [Presence] in Serum or Plasma', 'TIF1-gamma'),
  antibodyRow('105555-7', 'TIF1-gamma Ab [Units/volume] in Serum', 'TIF1-gamma'),
  antibodyRow('105528-4', 'Mj (NXP-2) Ab [Units/volume] in Serum', 'NXP2'),
  antibodyRow('107563-9', 'MDA5 Ab [Presence] in Serum or Plasma', 'MDA5'),
  antibodyRow('105529-2', 'MDA5 Ab [Units/volume] in Serum', 'MDA5'),
  antibodyRow('82996-0', 'Mi-2 beta IgG Ab [Presence] in Serum by Line blot', 'Mi-2'),
  antibodyRow('82997-8', 'Mi-2 alpha IgG Ab [Presence] in Serum by Line blot', 'Mi-2'),
  antibodyRow('8076-2', 'Jo-1 extractable nuclear Ab [Presence] in Serum', 'Jo-1'),
  antibodyRow('33772-5', 'PL-7 Ab [Presence] in Serum', 'PL-7'),
  antibodyRow('33771-7', 'PL-12 Ab [Presence] in Serum', 'PL-12'),
  antibodyRow('45149-2', 'Ej Ab [Presence] in Serum', 'EJ'),
  antibodyRow('45152-6', 'OJ Ab [Presence] in Serum', 'OJ'),
  antibodyRow('33921-8', 'Signal Recognition Particle (SRP) Ab [Presence] in Serum or Plasma', 'SRP'),
  antibodyRow('53016-2', 'Sjogrens syndrome-A extractable nuclear 52kD Ab [Presence] in Serum', 'Ro52'),
  row(
    L,
    '718-7',
    'Hemoglobin [Mass/volume] in Blood',
    { field: 'lab', analyte: 'haemoglobin' },
    'public-tables',
  ),
  row(
    L,
    '777-3',
    'Platelets [#/volume] in Blood by Automated count',
    { field: 'lab', analyte: 'platelets' },
    'public-tables',
  ),
  row(
    L,
    '24357-6',
    'Urinalysis macro (dipstick) panel - Urine',
    { field: 'investigation', kind: 'urinalysis' },
    'public-tables',
  ),
  row(
    SYSTEM.snomed,
    '71651007',
    'Mammography',
    { field: 'investigation', kind: 'mammography' },
    'public-tables',
  ),
  row(
    SYSTEM.snomed,
    '31384009',
    'Polymyositis',
    { field: 'myositis', subtype: 'polymyositis' },
    'public-tables',
  ),
];

// ─── Heliotrope's own codes: every case value ───────────────────────────────────────────────────

const SCREENING_KINDS = [
  'ct-neck-thorax-abdomen-pelvis',
  'pet-ct',
  'mammography',
  'lower-gi-endoscopy',
  'upper-gi-endoscopy',
  'pelvic-transvaginal-ultrasound',
  'chest-radiograph',
  'cervical-screening',
  'full-blood-count',
  'liver-function-tests',
  'esr-crp',
  'serum-protein-electrophoresis',
  'serum-free-light-chains',
  'ca-125',
  'psa',
  'faecal-occult-blood-test',
  'urinalysis',
  'nasopharyngeal-examination',
  'history-and-examination',
];

const BIOPSY_FEATURES = [
  'endomysialInfiltrate',
  'perimysialPerivascularInfiltrate',
  'perifascicularAtrophy',
  'rimmedVacuoles',
  'necrosis',
  'regeneration',
  'inflammatoryInfiltrate',
  'mhcClassIUpregulation',
];

const H = SYSTEM.heliotrope;
const label = (s: string) => s.replace(/-/g, ' ');

function heliotropeRows(): MappingRow[] {
  const out: MappingRow[] = [];
  const add = (code: string, display: string, target: MappingTarget) =>
    out.push(row(H, code, display, target, 'heliotrope'));
  add('age-at-onset', 'Age at onset of the myositis', { field: 'patient', key: 'ageAtOnset' });
  add('smoking', 'Smoking status', { field: 'patient', key: 'smoking' });
  add('family-history-of-cancer', 'Family history of cancer', {
    field: 'patient',
    key: 'familyHistoryOfCancer',
  });
  add('high-npc-risk-region', 'Lives in or comes from a region of high nasopharyngeal-carcinoma incidence', {
    field: 'patient',
    key: 'highNpcRiskRegion',
  });
  add('region', 'Region of residence or origin', { field: 'patient', key: 'region' });
  for (const a of ['yes', 'no', 'unknown', 'positive', 'negative', 'equivocal'] as const)
    add(`answer-${a}`, a, { field: 'answer', answer: a });
  for (const v of ['current', 'former', 'never', 'unknown'] as const)
    add(`smoking-${v}`, `${v} smoker`, { field: 'smoking-status', value: v });
  for (const id of KNOWN_FINDING_IDS) add(`finding-${id}`, label(id), { field: 'finding', id });
  for (const c of LAB_CONCEPTS) {
    const unit = PREFERRED_LAB_UNIT[c.value];
    add(`lab-${c.value}`, c.value, { field: 'lab', analyte: c.value, ...(unit ? { unit } : {}) });
  }
  for (const c of ANTIBODY_CONCEPTS)
    add(`antibody-${c.value}`, `anti-${c.value}`, { field: 'antibody', target: c.value });
  for (const g of MUSCLE_GROUPS) add(`mrc-${g}`, `MRC grade, ${label(g)}`, { field: 'strength', group: g });
  for (const m of VISIT_MEASURES) add(m, label(m), { field: 'visit', measure: m });
  add('emg', 'Electromyography', { field: 'study', study: 'emg' });
  add('muscle-biopsy', 'Muscle biopsy', { field: 'study', study: 'muscleBiopsy' });
  add('skin-biopsy', 'Skin biopsy', { field: 'study', study: 'skinBiopsy' });
  for (const f of BIOPSY_FEATURES)
    add(`biopsy-${f}`, `Muscle biopsy: ${f}`, { field: 'biopsy-feature', feature: f });
  for (const m of ['mri', 'ultrasound', 'ct', 'pet-ct'] as const)
    add(`muscle-imaging-${m}`, `Muscle imaging (${m})`, { field: 'muscleImaging', modality: m });
  for (const k of SCREENING_KINDS) add(`investigation-${k}`, label(k), { field: 'investigation', kind: k });
  add('cancer', 'Cancer', { field: 'cancer' });
  for (const s of MYOSITIS_SUBTYPES) add(`myositis-${s}`, label(s), { field: 'myositis', subtype: s });
  for (const c of DRUG_CONCEPTS) {
    const cls = (TREATMENT_CLASSES as readonly string[]).includes(c.attrs?.class ?? '')
      ? (c.attrs!.class as (typeof TREATMENT_CLASSES)[number])
      : 'other';
    add(`drug-${c.value.replace(/\s+/g, '-')}`, c.value, { field: 'treatment', drug: c.value, class: cls });
  }
  for (const p of PANEL_PARTS) add(p, label(p), { field: 'panel', part: p });
  return out;
}

// ─── Rows from the extraction lexicon ───────────────────────────────────────────────────────────

function lexiconRows(): MappingRow[] {
  const out: MappingRow[] = [];
  for (const c of FINDING_CONCEPTS) {
    if (c.attrs?.polarity === 'negative' || !c.codes) continue;
    if (c.codes.snomed)
      out.push(
        row(
          SYSTEM.snomed,
          c.codes.snomed,
          c.terms[0] ?? c.value,
          { field: 'finding', id: c.value },
          'lexicon',
        ),
      );
    if (c.codes.hpo)
      out.push(
        row(SYSTEM.hpo, c.codes.hpo, c.terms[0] ?? c.value, { field: 'finding', id: c.value }, 'lexicon'),
      );
  }
  for (const c of LAB_CONCEPTS) {
    if (!c.codes?.loinc) continue;
    const unit = PREFERRED_LAB_UNIT[c.value];
    out.push(
      row(
        SYSTEM.loinc,
        c.codes.loinc,
        c.terms[0] ?? c.value,
        { field: 'lab', analyte: c.value, ...(unit ? { unit } : {}) },
        'lexicon',
      ),
    );
  }
  return out;
}

/** Builds the whole table; duplicates (same system and code) keep the first row. */
function buildTable(): readonly MappingRow[] {
  const all = [
    ...DEMOGRAPHIC_ROWS,
    ...LAB_ROWS,
    ...lexiconRows(),
    ...MYOSITIS_ROWS,
    ...icd10NeoplasmRows(),
    ...CANCER_SNOMED_ROWS,
    ...INVESTIGATION_ROWS,
    ...POPULATION_ROWS,
    ...heliotropeRows(),
  ];
  const seen = new Set<string>();
  return all.filter((r) => {
    const k = `${r.system}|${r.code}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The mapping table, one row per code. */
export const MAPPING_TABLE: readonly MappingRow[] = buildTable();
