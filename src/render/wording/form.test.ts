// The case form's choice tables against the case format: every value the format has is offered, or is what
// the form's blank stands for; nothing else is offered.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  AntibodySchema,
  CancerSchema,
  CaseSchema,
  EmgSchema,
  MuscleBiopsySchema,
  MuscleImagingSchema,
  PatientSchema,
  TreatmentSchema,
} from '../../case/schema.js';
import { TumourAssessmentSchema } from '../../case/timeline.js';
import {
  ANTIBODY_RESULT_WORDS,
  CANCER_EXTENT_WORDS,
  CANCER_STATUS_WORDS,
  EMG_CHOICE_WORDS,
  FAMILY_HISTORY_WORDS,
  MUSCLE_MRI_FINDING_WORDS,
  PERFORMED_WORDS,
  SEX_WORDS,
  SMOKING_WORDS,
  TREATMENT_INDICATION_WORDS,
  TREATMENT_RESPONSE_WORDS,
  TUMOUR_MODALITY_WORDS,
} from './form.js';

/** The values of an enum schema, through `.optional()` and `.default()`. */
function values(schema: z.ZodType): string[] {
  let s: unknown = schema;
  while (s && typeof s === 'object' && !('options' in s) && 'unwrap' in s)
    s = (s as { unwrap: () => unknown }).unwrap();
  return [...(s as { options: string[] }).options].sort();
}

const keys = (words: Readonly<Record<string, string>>) => Object.keys(words).sort();
const without = (xs: string[], ...drop: string[]) => xs.filter((x) => !drop.includes(x));

describe('case form choices', () => {
  it('offer every value of the case format (the blank stands for "unknown" where there is one)', () => {
    const P = PatientSchema.shape;
    expect(keys(SEX_WORDS)).toEqual(values(P.sex));
    expect(keys(SMOKING_WORDS)).toEqual(without(values(P.smoking), 'unknown'));
    expect(keys(FAMILY_HISTORY_WORDS)).toEqual(values(P.familyHistoryOfCancer));
    expect(keys(ANTIBODY_RESULT_WORDS)).toEqual(without(values(AntibodySchema.shape.result), 'unknown'));
    expect(keys(EMG_CHOICE_WORDS)).toEqual(
      [
        ...values(EmgSchema.shape.interpretation),
        ...without(values(EmgSchema.shape.performed), 'done', 'unknown'),
      ].sort(),
    );
    expect(keys(MUSCLE_MRI_FINDING_WORDS)).toEqual(
      without(values(MuscleImagingSchema.shape.finding), 'unknown'),
    );
    expect(keys(PERFORMED_WORDS)).toEqual(without(values(MuscleBiopsySchema.shape.performed), 'unknown'));
    expect(keys(TREATMENT_RESPONSE_WORDS)).toEqual(
      without(values(CaseSchema.shape.treatmentResponse), 'unknown'),
    );
    expect(keys(CANCER_STATUS_WORDS)).toEqual(values(CancerSchema.shape.status));
    expect(keys(TREATMENT_INDICATION_WORDS)).toEqual(values(TreatmentSchema.shape.indication));
    expect(keys(TUMOUR_MODALITY_WORDS)).toEqual(values(TumourAssessmentSchema.shape.modality));
  });
  it('word every choice, none twice in one select', () => {
    for (const table of [
      SEX_WORDS,
      SMOKING_WORDS,
      CANCER_EXTENT_WORDS,
      CANCER_STATUS_WORDS,
      EMG_CHOICE_WORDS,
    ]) {
      const words = Object.values(table);
      expect(words.every((w) => w.trim().length > 0)).toBe(true);
      expect(new Set(words).size).toBe(words.length);
    }
  });
});
