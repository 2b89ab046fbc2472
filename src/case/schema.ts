/**
 * The Heliotrope case format, version 1: one patient, as a JSON document. This zod schema is the
 * single source of truth; `schema/case.schema.json` is generated from it (`npm run schema`).
 *
 * Unknown is first-class: a finding has status `unknown`, a biopsy can be `unknown` whether done,
 * and an absent field means "not recorded", never "absent".
 * @module
 */
import { z } from 'zod';
import { TREATMENT_LIMITS } from './treatment-limits.js';
import { TumourAssessmentSchema, VisitSchema } from './timeline.js';
import {
  ClinicalDateSchema,
  partialIsoDate,
  QuantitySchema,
  SourceEvidenceSchema,
  StrengthSchema,
} from './common.js';

/** The current case format version. */
export const CASE_SCHEMA_VERSION = '1.0';

export * from './common.js';

/** Presence of a clinical finding. `uncertain` = the source hedges ("compatible with"). */
export const FindingStatusSchema = z.enum(['present', 'absent', 'unknown', 'uncertain']);

/** Finding ids the criteria read; other ids are kept (see {@link RECOGNISED_FINDING_IDS}). */
export const KNOWN_FINDING_IDS = [
  'heliotrope-rash',
  'gottron-papules',
  'gottron-sign',
  'shawl-sign',
  'v-sign',
  'mechanics-hands',
  'periungual-changes',
  'skin-ulceration',
  'periorbital-oedema',
  'photosensitive-rash',
  'calcinosis',
  'proximal-weakness-upper',
  'proximal-weakness-lower',
  'symmetric-weakness',
  'neck-flexor-weakness',
  'proximal-weaker-than-distal-legs',
  'distal-weakness',
  'finger-flexor-weakness',
  'dysphagia',
  'dysphonia',
  'interstitial-lung-disease',
  'arthritis',
  'raynaud-phenomenon',
  'fever',
  'weight-loss',
  'night-sweats',
  'myalgia',
] as const;

/** A finding id known to the criteria. */
export type KnownFindingId = (typeof KNOWN_FINDING_IDS)[number];

/** Finding ids read or written beyond {@link KNOWN_FINDING_IDS}: IMACS 2023 clinical items and red flags, extraction. */
export const OTHER_FINDING_IDS = [
  'rapid-onset',
  'refractory-disease',
  'unexplained-fever',
  'arthralgia',
] as const;

/**
 * Every finding id Heliotrope recognises. Another id is kept, but validation warns (with the closest
 * recognised id), since no criterion reads it; in strict mode it is an error.
 */
export const RECOGNISED_FINDING_IDS: readonly string[] = [...KNOWN_FINDING_IDS, ...OTHER_FINDING_IDS];

// ─── Sections ───────────────────────────────────────────────────────────────────────────────────

/** Demographics. */
export const PatientSchema = z.strictObject({
  sex: z.enum(['female', 'male', 'unknown']).default('unknown'),
  age: z.number().min(0).max(130).optional().describe('age in years at presentation'),
  ageAtOnset: z
    .number()
    .min(0)
    .max(130)
    .optional()
    .describe('age in years at the first symptom of the myositis'),
  birthDate: partialIsoDate.optional(),
  region: z.string().optional().describe('geographic region of residence or origin, free text'),
  highNpcRiskRegion: z
    .boolean()
    .optional()
    .describe('lives in or comes from a region with high nasopharyngeal-carcinoma incidence'),
  smoking: z.enum(['current', 'former', 'never', 'unknown']).optional(),
  familyHistoryOfCancer: z.enum(['yes', 'no', 'unknown']).optional(),
});

/** Key dates of the myositis. */
export const DatesSchema = z.strictObject({
  symptomOnset: ClinicalDateSchema.optional().describe('first symptom thought to belong to the myositis'),
  diagnosis: ClinicalDateSchema.optional().describe('diagnosis of the myositis'),
  presentation: ClinicalDateSchema.optional().describe('the presentation this record describes'),
});

/** A clinical finding with its status. */
export const FindingSchema = z.strictObject({
  id: z.string().min(1).describe('finding id; see KNOWN_FINDING_IDS for those the criteria read'),
  status: FindingStatusSchema,
  laterality: z.enum(['left', 'right', 'bilateral']).optional(),
  date: ClinicalDateSchema.optional(),
  note: z.string().optional(),
  reason: z.string().optional().describe('why the status is uncertain, when it is'),
  evidence: z.array(SourceEvidenceSchema).optional(),
});

/** A laboratory result. */
export const LabSchema = z.strictObject({
  analyte: z.string().min(1).describe('CK, ALT, AST, LDH, aldolase, ESR, CRP, WBC, creatinine, …'),
  value: z.number().finite().optional(),
  comparator: z.enum(['<', '<=', '>', '>=']).optional(),
  unit: z.string().optional().describe('UCUM unit code'),
  referenceRange: z
    .strictObject({ low: z.number().finite().optional(), high: z.number().finite().optional() })
    .optional(),
  upperLimit: z
    .number()
    .finite()
    .optional()
    .describe(
      'upper limit of normal; equal to referenceRange.high when both are given (extracted cases fill both)',
    ),
  interpretation: z
    .enum(['elevated', 'normal', 'low'])
    .optional()
    .describe('stated qualitatively, e.g. "CK raised" with no value'),
  inferred: z.boolean().optional().describe('true when the interpretation is an inference, not a statement'),
  date: ClinicalDateSchema.optional(),
  evidence: z.array(SourceEvidenceSchema).optional(),
});

/** An autoantibody result. */
export const AntibodySchema = z.strictObject({
  target: z
    .string()
    .min(1)
    .describe('TIF1-gamma, NXP2, MDA5, Mi-2, SAE, Jo-1, PL-7, PL-12, EJ, OJ, SRP, HMGCR, Ro52, ANA, …'),
  result: z.enum(['positive', 'negative', 'equivocal', 'unknown']),
  titre: z.string().optional(),
  method: z.string().optional(),
  date: ClinicalDateSchema.optional(),
  evidence: z.array(SourceEvidenceSchema).optional(),
});

/** Electromyography. */
export const EmgSchema = z.strictObject({
  performed: z.enum(['done', 'not-done', 'unknown']).default('done'),
  interpretation: z.enum(['myopathic', 'normal', 'neurogenic', 'non-specific', 'unknown']).default('unknown'),
  description: z.string().optional(),
  date: ClinicalDateSchema.optional(),
  evidence: z.array(SourceEvidenceSchema).optional(),
});

const featureStatus = z.enum(['present', 'absent', 'unknown']);

/** Muscle biopsy, with the histology items of the EULAR/ACR criteria and other features. */
export const MuscleBiopsySchema = z.strictObject({
  performed: z.enum(['done', 'not-done', 'unknown']),
  site: z.string().optional(),
  date: ClinicalDateSchema.optional(),
  features: z
    .strictObject({
      endomysialInfiltrate: featureStatus
        .optional()
        .describe('endomysial mononuclear cells abutting, not invading, non-necrotic fibres'),
      perimysialPerivascularInfiltrate: featureStatus.optional(),
      perifascicularAtrophy: featureStatus.optional(),
      rimmedVacuoles: featureStatus.optional(),
      necrosis: featureStatus.optional(),
      regeneration: featureStatus.optional(),
      inflammatoryInfiltrate: featureStatus.optional().describe('mononuclear infiltrate, site not stated'),
      mhcClassIUpregulation: featureStatus.optional(),
    })
    .default({}),
  conclusion: z.enum(['consistent-with-myositis', 'normal', 'other', 'unknown']).optional(),
  description: z.string().optional(),
  evidence: z.array(SourceEvidenceSchema).optional(),
});

/** Skin biopsy. */
export const SkinBiopsySchema = z.strictObject({
  performed: z.enum(['done', 'not-done', 'unknown']),
  site: z.string().optional(),
  date: ClinicalDateSchema.optional(),
  conclusion: z.enum(['consistent-with-dm', 'interface-dermatitis', 'normal', 'other', 'unknown']).optional(),
  description: z.string().optional(),
  evidence: z.array(SourceEvidenceSchema).optional(),
});

/** An imaging study of the muscles (MRI, usually). */
export const MuscleImagingSchema = z.strictObject({
  modality: z.enum(['mri', 'ultrasound', 'ct', 'pet-ct']).default('mri'),
  region: z.string().optional(),
  finding: z.enum(['myositis-oedema', 'normal', 'fatty-replacement', 'other', 'unknown']),
  date: ClinicalDateSchema.optional(),
  description: z.string().optional(),
  evidence: z.array(SourceEvidenceSchema).optional(),
});

/** A cancer. */
export const CancerSchema = z.strictObject({
  id: z.string().min(1).optional().describe('id used as an anchor for relative dates'),
  histology: z.string().optional(),
  site: z.string().optional(),
  primaryUnknown: z.boolean().optional(),
  grade: z.string().optional(),
  receptors: z
    .record(z.string(), z.string())
    .optional()
    .describe('e.g. {"ER":"negative","HER2":"negative","Ki-67":"70%"}'),
  stage: z
    .strictObject({
      tnm: z
        .string()
        .regex(
          /^(?:[cpyra]{1,2})?T(?:[0-4][a-d]?|is|x)N(?:[0-3][a-c]?|x)M(?:[01][a-d]?|x)$/i,
          'expected a TNM stage such as cT2N2M0',
        )
        .optional(),
      extent: z.enum(['in-situ', 'localised', 'locally-advanced', 'metastatic', 'unknown']).optional(),
      text: z.string().optional(),
    })
    .optional(),
  diagnosisDate: ClinicalDateSchema.optional(),
  status: z.enum(['active', 'remission', 'progression', 'unknown']).optional(),
  evidence: z.array(SourceEvidenceSchema).optional(),
});

/** Kinds of treatment. */
export const TREATMENT_CLASSES = [
  'glucocorticoid',
  'immunosuppressant',
  'ivig',
  'biologic',
  'chemotherapy',
  'targeted-therapy',
  'immunotherapy',
  'hormone-therapy',
  'surgery',
  'radiotherapy',
  'topical',
  'other',
] as const;

/** A treatment. */
export const TreatmentSchema = z.strictObject({
  id: z.string().min(1).optional(),
  drug: z.string().min(1).describe('drug or procedure name'),
  class: z.enum(TREATMENT_CLASSES).optional(),
  indication: z.enum(['myositis', 'cancer', 'other']).optional(),
  dose: QuantitySchema.extend({
    value: z.number().finite().positive().describe('amount per administration, above 0'),
  })
    .optional()
    .describe('per administration; unit mg, mg/m2, mg/kg, g/kg, or AUC as "mg/mL.min"'),
  targetAuc: z
    .number()
    .min(TREATMENT_LIMITS.targetAuc.min)
    .max(TREATMENT_LIMITS.targetAuc.max)
    .optional()
    .describe('carboplatin target AUC (mg/mL·min)'),
  schedule: z.string().optional().describe('e.g. daily, weekly, every 3 weeks'),
  route: z.string().optional(),
  cycles: z.number().int().positive().max(TREATMENT_LIMITS.cycles).optional(),
  doseReductionPercent: z
    .number()
    .min(0)
    .lt(100)
    .optional()
    .describe('dose reduction in percent, 0 to below 100 (a 100 % reduction is no dose)'),
  newLineOfTherapy: z
    .boolean()
    .optional()
    .describe(
      'true: starts a new line of therapy (RECIST takes a new baseline); false: does not, even when it is a new systemic regimen after a progression; omitted: a systemic anticancer treatment started after a progression is a new line',
    ),
  start: ClinicalDateSchema.optional(),
  end: ClinicalDateSchema.optional(),
  evidence: z.array(SourceEvidenceSchema).optional(),
});

/** A cancer screening or staging investigation that was done (used by the screening plan). */
export const InvestigationSchema = z.strictObject({
  id: z.string().min(1).optional(),
  kind: z
    .string()
    .min(1)
    .describe('screening item id, e.g. ct-neck-thorax-abdomen-pelvis, mammography, pet-ct'),
  date: ClinicalDateSchema.optional(),
  result: z.enum(['normal', 'abnormal', 'cancer-found', 'pending', 'unknown']).default('unknown'),
  description: z.string().optional(),
  evidence: z.array(SourceEvidenceSchema).optional(),
});

/** Myositis diagnoses as a record codes them (read from FHIR Conditions). */
export const RECORDED_DIAGNOSIS_SUBTYPES = [
  'dermatomyositis',
  'juvenile-dermatomyositis',
  'amyopathic-dermatomyositis',
  'polymyositis',
  'dermatopolymyositis',
  'inclusion-body-myositis',
  'immune-mediated-necrotising-myopathy',
  'antisynthetase-syndrome',
  'overlap-myositis',
  'myositis-unspecified',
] as const;

/**
 * A myositis diagnosis as recorded (e.g. an EHR Condition coded M33.1). Shown beside the results; the
 * criteria do not read it (they classify from the features).
 */
export const RecordedDiagnosisSchema = z.strictObject({
  subtype: z.enum(RECORDED_DIAGNOSIS_SUBTYPES),
  cancerAssociated: z
    .boolean()
    .optional()
    .describe('the code itself states a cancer association (ICD-10 M36.0)'),
  code: z
    .strictObject({
      system: z.string().optional(),
      code: z.string().optional(),
      display: z.string().optional(),
    })
    .optional(),
  verification: z.enum(['unconfirmed', 'provisional', 'differential']).optional(),
  evidence: z.array(SourceEvidenceSchema).optional(),
});

/** One Heliotrope case. */
export const CaseSchema = z
  .strictObject({
    schemaVersion: z.literal(CASE_SCHEMA_VERSION).describe('case format version'),
    id: z.string().optional(),
    title: z.string().optional(),
    patient: PatientSchema.default({ sex: 'unknown' }),
    dates: DatesSchema.default({}),
    findings: z.array(FindingSchema).default([]),
    strength: z.array(StrengthSchema).default([]),
    labs: z.array(LabSchema).default([]),
    antibodies: z.array(AntibodySchema).default([]),
    emg: EmgSchema.optional(),
    muscleBiopsy: MuscleBiopsySchema.optional(),
    skinBiopsy: SkinBiopsySchema.optional(),
    muscleImaging: z.array(MuscleImagingSchema).default([]),
    cancers: z.array(CancerSchema).default([]),
    treatments: z.array(TreatmentSchema).default([]),
    investigations: z.array(InvestigationSchema).default([]),
    visits: z.array(VisitSchema).default([]).describe('dated myositis assessments (follow-up timeline)'),
    tumourAssessments: z
      .array(TumourAssessmentSchema)
      .default([])
      .describe('dated RECIST 1.1 tumour assessments'),
    diagnoses: z
      .array(RecordedDiagnosisSchema)
      .optional()
      .describe('myositis diagnoses as recorded (EHR); not read by the criteria'),
    treatmentResponse: z
      .enum(['improved', 'not-improved', 'unknown'])
      .optional()
      .describe('response of the myositis to immunosuppressive treatment'),
    notes: z.string().optional(),
  })
  .describe('A Heliotrope case: one patient with (suspected) idiopathic inflammatory myopathy');

/** A validated case (defaults applied). */
export type Case = z.output<typeof CaseSchema>;
/** A case as written in a file (defaults optional). */
export type CaseInput = z.input<typeof CaseSchema>;
/** A finding. */
export type Finding = z.output<typeof FindingSchema>;
/** A laboratory result. */
export type Lab = z.output<typeof LabSchema>;
/** An antibody result. */
export type Antibody = z.output<typeof AntibodySchema>;
/** A strength grade. */
export type Strength = z.output<typeof StrengthSchema>;
/** A cancer. */
export type Cancer = z.output<typeof CancerSchema>;
/** A treatment. */
export type Treatment = z.output<typeof TreatmentSchema>;
/** An investigation. */
export type Investigation = z.output<typeof InvestigationSchema>;
