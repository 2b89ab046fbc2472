/**
 * The gold annotation format of the extraction corpora (`corpus/real/gold/*.json`,
 * `corpus/synthetic/gold/*.json`): what a clinician reading the text by
 * `extraction-conventions.md` records for THIS patient. Codes, values and short field values only; never
 * sentences of the source text. See `corpus/README.md` for the annotation rules.
 * @module
 */
import { z } from 'zod';
import { KNOWN_FINDING_IDS } from '../case/schema.js';

/** Subtypes used to stratify the corpora (and to report composition). */
export const GOLD_SUBTYPES = [
  'dm',
  'amyopathic-dm',
  'juvenile-dm',
  'pm',
  'imnm',
  'antisynthetase',
  'ibm',
  'overlap',
  'mimic',
] as const;

/** EULAR/ACR 2017 categories as the engine reports them. */
export const EULAR_CATEGORIES = ['not-classifiable', 'not-met', 'possible', 'probable', 'definite'] as const;

/** A finding status in the gold: only what the text states (unknown = not listed). */
export const GoldFindingStatusSchema = z.enum(['present', 'absent', 'uncertain']);

const findingId = z.enum(KNOWN_FINDING_IDS);

/** A lab result of the patient: a number (with unit and limits when written) or a stated interpretation. */
export const GoldLabSchema = z
  .strictObject({
    analyte: z.string().min(1),
    value: z.number().finite().optional(),
    unit: z.string().min(1).optional().describe('as a clinician would write it (U/L, mg/dL, 10^9/L)'),
    comparator: z.enum(['<', '<=', '>', '>=']).optional(),
    upperLimit: z.number().finite().optional(),
    lowerLimit: z.number().finite().optional(),
    interpretation: z
      .enum(['elevated', 'normal', 'low'])
      .optional()
      .describe('stated, or (with a value) evident to a clinician; used for the gold classification'),
  })
  .refine((l) => l.value !== undefined || l.interpretation !== undefined, {
    message: 'a gold lab needs a value or an interpretation',
  });

/** Antibody results by target (canonical or as written: `TIF1-gamma`, `PL-7`, `TPO`). */
export const GoldAntibodiesSchema = z.record(
  z.string().min(1),
  z.enum(['positive', 'negative', 'equivocal']),
);

/** A group result reported only as a group ("myositis panel negative"): never expanded per antibody. */
export const GoldPanelSchema = z.strictObject({
  panel: z.string().min(1),
  result: z.enum(['positive', 'negative']),
});

/** Timing of a cancer relative to the myositis (onset or diagnosis, as the text states it). */
export const GoldTimingSchema = z.strictObject({
  relation: z.enum(['before', 'after', 'concurrent']).describe('the cancer relative to the myositis'),
  months: z.number().nonnegative().optional().describe('size of the interval when stated'),
});

/** A cancer of this patient. */
export const GoldCancerSchema = z.strictObject({
  histology: z.string().min(1).optional(),
  site: z.string().min(1).optional(),
  laterality: z.enum(['left', 'right', 'bilateral']).optional(),
  extent: z.enum(['in-situ', 'localised', 'locally-advanced', 'metastatic']).optional(),
  receptors: z.record(z.string(), z.string()).optional(),
  accept: z
    .strictObject({ histology: z.array(z.string()).optional(), site: z.array(z.string()).optional() })
    .optional()
    .describe('other wordings of the same histology / site that count as a match'),
  timing: GoldTimingSchema.optional(),
  status: z.string().optional().describe('free text: recurrence, remission, …'),
  uncertain: z
    .boolean()
    .optional()
    .describe('only suspected in the text: neither a miss nor a false positive'),
});

const featureStatus = z.enum(['present', 'absent']);

/** One gold annotation. */
export const GoldSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    meta: z.strictObject({
      subtype: z.enum(GOLD_SUBTYPES),
      mimic: z.string().optional().describe('the non-inflammatory diagnosis, for subtype mimic'),
      cancer: z.boolean(),
      scope: z.string().min(1).describe('what part of the source the text holds'),
      style: z.string().optional().describe('synthetic: the writing style'),
      language: z
        .string()
        .regex(/^[a-z]{2}$/)
        .optional()
        .describe(
          'ISO 639-1 language of the text when it is not English: kept in the corpus, not scored (the extractor reads English)',
        ),
    }),
    patient: z.strictObject({
      age: z.number().min(0).max(130).optional(),
      ageRange: z.tuple([z.number(), z.number()]).optional().describe('"in his fifties" → [50, 59]'),
      sex: z.enum(['female', 'male']).optional(),
      smoking: z.enum(['current', 'former', 'never']).optional(),
      familyHistoryOfCancer: z.enum(['yes', 'no']).optional(),
    }),
    findings: z.partialRecord(findingId, GoldFindingStatusSchema),
    inferred: z
      .array(findingId)
      .optional()
      .describe('findings read by a convention, not a literal statement'),
    ambiguous: z
      .array(findingId)
      .optional()
      .describe('findings a clinician could read either way: a prediction of them is not scored'),
    labs: z.array(GoldLabSchema),
    ambiguousLabs: z
      .array(z.string().min(1))
      .optional()
      .describe(
        'analytes whose value a clinician could not settle ("CK ranged 20-42"): predictions of them are not scored',
      ),
    antibodies: GoldAntibodiesSchema,
    panels: z.array(GoldPanelSchema).optional(),
    cancers: z.array(GoldCancerSchema),
    onset: z
      .strictObject({ monthsBeforePresentation: z.number().nonnegative() })
      .optional()
      .describe('"a 3-month history of weakness"'),
    emg: z.enum(['myopathic', 'normal', 'neurogenic', 'non-specific']).optional(),
    muscleBiopsy: z
      .strictObject({
        conclusion: z.enum(['consistent-with-myositis', 'normal', 'other']).optional(),
        features: z
          .strictObject({
            endomysialInfiltrate: featureStatus.optional(),
            perimysialPerivascularInfiltrate: featureStatus.optional(),
            perifascicularAtrophy: featureStatus.optional(),
            rimmedVacuoles: featureStatus.optional(),
            necrosis: featureStatus.optional(),
            regeneration: featureStatus.optional(),
            inflammatoryInfiltrate: featureStatus.optional(),
            mhcClassIUpregulation: featureStatus.optional(),
          })
          .optional(),
      })
      .optional(),
    skinBiopsy: z.enum(['consistent-with-dm', 'interface-dermatitis', 'normal', 'other']).optional(),
    classification: z.strictObject({
      authorsDiagnosis: z.string().min(1),
      mimic: z.boolean().optional().describe('a non-inflammatory diagnosis: EULAR/ACR does not apply'),
      eularAcr2017: z
        .union([z.enum(EULAR_CATEGORIES), z.literal('not-reachable')])
        .optional()
        .describe('category when the stated facts settle it, else not-reachable'),
      eularAcr2017OnStatedFacts: z
        .enum(EULAR_CATEGORIES)
        .optional()
        .describe('category on the stated facts (unknowns not met): what the gold reaches'),
      eularAcr2017Range: z.tuple([z.enum(EULAR_CATEGORIES), z.enum(EULAR_CATEGORIES)]).optional(),
      subgroup: z.string().nullable().optional(),
    }),
    notes: z.array(z.string()).optional(),
  })
  .refine((g) => !(g.ambiguous ?? []).some((id) => id in g.findings), {
    // (session 42: an intake round listed a finding both as present and as ambiguous, meaning "not scored"; the
    // scorer reads a listed finding as scored, so the two must not meet)
    message: 'a finding listed as ambiguous is not scored, so it must not be listed under findings too',
    path: ['ambiguous'],
  });

/** A gold annotation. */
export type Gold = z.output<typeof GoldSchema>;
/** A gold lab. */
export type GoldLab = z.output<typeof GoldLabSchema>;
/** A gold cancer. */
export type GoldCancer = z.output<typeof GoldCancerSchema>;

/** One source of the real-text corpus (`corpus/real/sources.jsonl`, one JSON object a line). */
export const SourceSchema = z.strictObject({
  id: z.string().regex(/^real-\d{3,4}$/),
  title: z.string().min(1),
  journal: z.string().nullable(),
  year: z.number().int().nullable(),
  doi: z.string().nullable(),
  pmid: z.string().nullable(),
  pmcid: z.string().optional(),
  url: z.string().url(),
  storedCopy: z.string().min(1).describe('where the annotated copy was read (stored page address)'),
  scope: z.string().min(1),
});

/** A source of the real-text corpus. */
export type Source = z.output<typeof SourceSchema>;
