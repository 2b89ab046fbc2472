/**
 * The follow-up timeline of a case: dated visits with the IMACS core-set measures, and dated tumour
 * assessments with RECIST 1.1 lesion measurements. Every field is optional so that a sparse record is
 * valid; missing is "not recorded", never "normal".
 * @see monitoring.md §A (RECIST 1.1), §B (IMACS core set), §D (CDASI), §E (MRC)
 * @module
 */
import { z } from 'zod';
import { RASH_GRADES } from './scales.js';
import { parseMrcGrade } from './mrc.js';
import { ClinicalDateSchema, StrengthSchema } from './common.js';

const clinicalDate = ClinicalDateSchema;
const strength = StrengthSchema;

// ─── Myositis activity ──────────────────────────────────────────────────────────────────────────

/** A global activity rating: 10-cm VAS (0–10) or 5-point Likert (0 inactive … 4 extremely severe). */
export const GlobalActivitySchema = z
  .object({
    value: z.number().min(0).max(10),
    scale: z.enum(['vas-10', 'likert-0-4']).default('vas-10'),
  })
  .refine((g) => g.scale !== 'likert-0-4' || (Number.isInteger(g.value) && g.value <= 4), {
    message: 'a Likert rating is an integer 0–4',
    path: ['value'],
  });

/** Manual muscle testing, MMT-8 (Kendall 0–10 per group): unilateral total 0–80 or bilateral 0–150. */
export const MmtSchema = z
  .object({
    score: z.number().min(0).max(150),
    max: z
      .union([z.literal(80), z.literal(150)])
      .default(80)
      .describe('80 = unilateral MMT-8, 150 = bilateral'),
  })
  .refine((m) => m.score <= m.max, {
    message: 'the MMT score is above the maximum of its scale',
    path: ['score'],
  });

/** A muscle enzyme (CK, aldolase, LDH, AST, ALT) with its reference range. */
export const EnzymeSchema = z
  .object({
    analyte: z.string().min(1).describe('CK, aldolase, LDH, AST, ALT'),
    value: z.number().finite().nonnegative(),
    unit: z.string().default('U/L'),
    upperLimit: z.number().positive().describe('upper limit of normal of the reporting laboratory'),
    lowerLimit: z.number().nonnegative().optional(),
  })
  .refine((e) => e.lowerLimit === undefined || e.lowerLimit < e.upperLimit, {
    message: 'lowerLimit must be below upperLimit',
    path: ['lowerLimit'],
  });

/** CDASI (v2): activity 0–100, damage 0–32. */
export const CdasiSchema = z.strictObject({
  activity: z.number().min(0).max(100).optional(),
  damage: z.number().min(0).max(32).optional(),
});

export { RASH_GRADES };

/** One dated visit or assessment of the myositis. */
export const VisitSchema = z.strictObject({
  id: z.string().min(1).optional().describe('id usable as an anchor for relative dates'),
  date: clinicalDate,
  physicianGlobal: GlobalActivitySchema.optional(),
  patientGlobal: GlobalActivitySchema.optional(),
  mmt8: MmtSchema.optional(),
  mrc: z
    .array(strength)
    .superRefine((list, ctx) => {
      list.forEach((s, i) => {
        if (!parseMrcGrade(s.grade)) {
          ctx.addIssue({
            code: 'custom',
            path: [i, 'grade'],
            message: `"${s.grade}" is not an MRC grade (0–5, e.g. 4, 4-, 3-4/5, III-IV/V)`,
          });
        }
      });
    })
    .optional()
    .describe('MRC grades by muscle group'),
  enzymes: z.array(EnzymeSchema).optional(),
  haq: z.number().min(0).max(3).optional().describe('HAQ disability index 0–3 (higher = worse)'),
  extramuscular: GlobalActivitySchema.optional().describe(
    'extramuscular global activity (MDAAT) VAS 0–10 or Likert 0–4',
  ),
  cdasi: CdasiSchema.optional(),
  rash: z.enum(RASH_GRADES).optional().describe('overall rash severity when no CDASI is recorded'),
  notes: z.string().optional(),
});

// ─── Tumour assessments (RECIST 1.1) ────────────────────────────────────────────────────────────

/** A target lesion measurement: longest diameter (non-nodal) or short axis (nodal), in mm. */
export const TargetLesionSchema = z.strictObject({
  id: z.string().min(1).describe('stable lesion id, the same at every assessment'),
  organ: z.string().min(1).describe('organ or site, e.g. liver, lung, lymph node'),
  nodal: z.boolean().default(false).describe('true for a lymph node (short axis recorded)'),
  diameterMm: z
    .number()
    .nonnegative()
    .nullable()
    .optional()
    .describe('LD (non-nodal) or short axis (nodal) in mm; null = not evaluated; 0 = disappeared'),
  tooSmallToMeasure: z
    .boolean()
    .optional()
    .describe('present but too small to measure: counted as 5 mm by convention'),
});

/** Non-target lesion status. */
export const NON_TARGET_STATUSES = ['present', 'absent', 'unequivocal-progression', 'not-evaluated'] as const;

/** A non-target lesion (or a group of them in one organ). */
export const NonTargetLesionSchema = z.strictObject({
  id: z.string().min(1),
  organ: z.string().optional(),
  nodal: z.boolean().optional(),
  shortAxisMm: z.number().nonnegative().optional().describe('for nodes: short axis, used to check 10–<15 mm'),
  status: z.enum(NON_TARGET_STATUSES).default('present'),
});

/** A new lesion seen at a follow-up assessment. */
export const NewLesionSchema = z.strictObject({
  organ: z.string().optional(),
  unequivocal: z.boolean().default(true).describe('equivocal new lesions do not make PD until confirmed'),
  description: z.string().optional(),
});

/** One dated imaging assessment of the tumour burden. The first one (by date) is the RECIST baseline. */
export const TumourAssessmentSchema = z.strictObject({
  id: z.string().min(1).optional(),
  date: clinicalDate
    .optional()
    .describe('required in a case; optional in a calculator document (array order is used)'),
  cancerId: z.string().optional().describe('id of the cancer in cancers[] this assessment measures'),
  modality: z.enum(['ct', 'mri', 'pet-ct', 'x-ray', 'clinical', 'other']).default('ct'),
  targets: z.array(TargetLesionSchema).default([]),
  nonTargets: z.array(NonTargetLesionSchema).default([]),
  newLesions: z.array(NewLesionSchema).default([]),
  tumourMarkersNormal: z
    .boolean()
    .optional()
    .describe('needed for a non-target CR when markers were elevated'),
  reportedResponse: z
    .enum(['CR', 'PR', 'SD', 'PD', 'NE', 'non-CR/non-PD'])
    .optional()
    .describe('response as stated in the report, for comparison'),
  notes: z.string().optional(),
});

/** A visit. */
export type Visit = z.output<typeof VisitSchema>;
/** A global activity rating. */
export type GlobalActivity = z.output<typeof GlobalActivitySchema>;
/** An enzyme value with its reference range. */
export type Enzyme = z.output<typeof EnzymeSchema>;
/** A tumour assessment. */
export type TumourAssessment = z.output<typeof TumourAssessmentSchema>;
/** A tumour assessment as written (defaults optional). */
export type TumourAssessmentInput = z.input<typeof TumourAssessmentSchema>;
/** A target lesion. */
export type TargetLesion = z.output<typeof TargetLesionSchema>;
/** A non-target lesion. */
export type NonTargetLesion = z.output<typeof NonTargetLesionSchema>;
