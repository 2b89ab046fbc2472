/**
 * Pieces shared by the case sections and the follow-up timeline: text spans and evidence, clinical dates,
 * quantities and MRC strength grades.
 * @module
 */
import { z } from 'zod';
import {
  isValidPartialIsoDate,
  MAX_DATE_SPAN_DAYS,
  offsetToDays,
  parsePartialIsoDate,
  PLAUSIBLE_DATES,
} from '../core/dates.js';

// ─── Shared pieces ──────────────────────────────────────────────────────────────────────────────

/** A 0-based, end-exclusive character span in a source narrative. */
export const TextSpanSchema = z.strictObject({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});

/**
 * Where a recorded fact came from: for extracted cases, spans and the pipeline stage; for FHIR imports,
 * the resource (`Observation/123` or its fullUrl) and the element read (FHIRPath-like).
 */
export const SourceEvidenceSchema = z.strictObject({
  spans: z.array(TextSpanSchema).optional(),
  stage: z.string().optional(),
  note: z
    .string()
    .optional()
    .describe(
      'why the fact was read so: a note code of the extractor (docs/extraction.md#evidence-notes), or free text',
    ),
  params: z
    .record(z.string(), z.union([z.string(), z.number()]))
    .optional()
    .describe("the note code's parameters (the trigger words, a grade, a date)"),
  resource: z.string().optional().describe('FHIR resource the fact was read from (Type/id or fullUrl)'),
  expression: z.string().optional().describe('FHIRPath-like location of the element read'),
});

const OUT_OF_RANGE = `is outside the plausible range of clinical dates (${PLAUSIBLE_DATES.firstYear}–${PLAUSIBLE_DATES.lastYear})`;

/** A partial ISO date string (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) that is a real calendar date. */
export const partialIsoDate = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD')
  .superRefine((value, ctx) => {
    if (!isValidPartialIsoDate(value)) {
      ctx.addIssue({
        code: 'custom',
        message: 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date)',
      });
      return;
    }
    const d = parsePartialIsoDate(value)!;
    if (d.earliest < PLAUSIBLE_DATES.earliest || d.latest > PLAUSIBLE_DATES.latest)
      ctx.addIssue({ code: 'custom', message: `"${value}" ${OUT_OF_RANGE}` });
  });

/** A date stated relative to another event of the case. */
export const RelativeDateSchema = z
  .strictObject({
    relativeTo: z
      .string()
      .min(1)
      .describe(
        'anchor event: symptom-onset, diagnosis, presentation, or the id of a cancer, treatment, investigation or visit',
      ),
    offset: z.number().describe('signed amount; negative = before the anchor'),
    unit: z.enum(['day', 'week', 'month', 'year']),
    approximate: z.boolean().optional(),
  })
  .superRefine((d, ctx) => {
    // An offset longer than the whole plausible range cannot land in it (and would overflow date arithmetic).
    const days = offsetToDays(d.offset, d.unit, d.approximate);
    if (Math.max(Math.abs(days.min), Math.abs(days.max)) > MAX_DATE_SPAN_DAYS)
      ctx.addIssue({
        code: 'custom',
        path: ['offset'],
        message: `an offset of ${d.offset} ${d.unit}s is longer than the plausible range of clinical dates (${PLAUSIBLE_DATES.firstYear}–${PLAUSIBLE_DATES.lastYear})`,
      });
  });

/** A clinical date: partial ISO (`2019`, `2019-03`, `2019-03-14`) or relative to another event. */
export const ClinicalDateSchema = z.union([partialIsoDate, RelativeDateSchema]);

/**
 * Codes of a fact in standard terminologies, as fields (extracted facts fill them from the lexicon; only codes
 * the curator is confident of are given: a missing code is better than a wrong one).
 */
export const CodesSchema = z
  .strictObject({
    hpo: z
      .string()
      .regex(/^HP:\d{7}$/, 'expected an HPO id such as HP:0003701')
      .optional()
      .describe('Human Phenotype Ontology id'),
    snomed: z
      .string()
      .regex(/^\d{6,18}$/, 'expected a SNOMED CT concept id (6–18 digits)')
      .optional()
      .describe('SNOMED CT concept id'),
    loinc: z
      .string()
      .regex(/^\d{1,7}-\d$/, 'expected a LOINC code such as 2157-6')
      .optional()
      .describe('LOINC code (laboratory tests)'),
  })
  .describe('codes in standard terminologies');

/** A quantity with a UCUM unit. */
export const QuantitySchema = z.strictObject({
  value: z.number().finite(),
  unit: z.string().min(1).describe('UCUM unit code, e.g. mg, mg/m2, mg/kg'),
});

/** Muscle groups for strength grading. */
export const MUSCLE_GROUPS = [
  'proximal-upper',
  'proximal-lower',
  'distal-upper',
  'distal-lower',
  'neck-flexors',
  'neck-extensors',
  'finger-flexors',
  'truncal',
] as const;

/** An MRC strength grade for a muscle group: `4`, `4-`, `3-4`, `3–4/5`, `III-IV/V`. */
export const StrengthSchema = z.strictObject({
  group: z.enum(MUSCLE_GROUPS),
  side: z.enum(['left', 'right', 'bilateral']).default('bilateral'),
  grade: z.string().min(1).describe('MRC grade 0–5 as written: 4, 4-, 4+, 3-4, 3–4/5, III-IV/V'),
  date: ClinicalDateSchema.optional(),
  evidence: z.array(SourceEvidenceSchema).optional(),
});

/** A muscle group for strength grading. */
export type MuscleGroup = (typeof MUSCLE_GROUPS)[number];
