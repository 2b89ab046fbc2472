/**
 * Vocabularies the web form offers, in words: the screening tests IMACS 2023 names (from the guideline's own
 * table, so the form, the checklist and the CLI name a test alike), rash grades, the status of a
 * non-target lesion (RECIST 1.1), and the choices of every other select of the case form. Each choice table
 * is keyed by the case format's own values (a value the format does not have fails the type check), in the
 * order the form offers them. Part of the wording table (re-exported by `./index.ts`), so the web reaches
 * them through `heliotrope/wording` without loading the engine.
 * @module
 */
import { IMACS_SCREENING_ITEMS, type ScreeningItemDef } from '../../cancer/imacs-2023/definition.js';
import { screeningItemId } from '../../cancer/imacs-2023/plan.js';
import type { Case, Cancer, Treatment } from '../../case/schema.js';
import type { NON_TARGET_STATUSES, TumourAssessment } from '../../case/timeline.js';
import type { RASH_GRADES } from '../../case/scales.js';

/** The screening tests of IMACS 2023 in the guideline's order: id, panel and words. */
export const SCREENING_TESTS: readonly Pick<ScreeningItemDef, 'id' | 'panel' | 'label'>[] =
  IMACS_SCREENING_ITEMS.map(({ id, panel, label }) => ({ id, panel, label }));

/**
 * The words of a screening test as the case records it (an alias such as `ct-chest` reads as the guideline's
 * test); an unknown kind reads as written.
 * @param kind - the investigation kind
 */
export function screeningTestWords(kind: string): string {
  const id = screeningItemId(kind);
  return SCREENING_TESTS.find((t) => t.id === id)?.label ?? kind;
}

/** The canonical test id of an investigation kind (aliases resolved), as the checklist keys it. */
export { screeningItemId };

/** Rash grades of a visit, in order. */
export const RASH_GRADE_WORDS: Readonly<Record<(typeof RASH_GRADES)[number], string>> = {
  none: 'None',
  mild: 'Mild',
  moderate: 'Moderate',
  severe: 'Severe',
};

/** The status of a non-target lesion at one assessment (RECIST 1.1), in the form's order. */
export const NON_TARGET_STATUS_WORDS: Readonly<Record<(typeof NON_TARGET_STATUSES)[number], string>> = {
  present: 'Present',
  absent: 'Absent (disappeared)',
  'unequivocal-progression': 'Unequivocal progression',
  'not-evaluated': 'Not evaluated',
};

/** The words of a select left blank, by what blank means there. */
export const BLANK_CHOICE_WORDS = {
  notRecorded: 'Not recorded',
  notTested: 'Not tested',
  notReported: 'Not reported',
  notDoneOrRecorded: 'Not done / not recorded',
} as const;

type Patient = NonNullable<Case['patient']>;
type Emg = NonNullable<Case['emg']>;
type Biopsy = NonNullable<Case['muscleBiopsy']>;

/** The patient's sex. */
export const SEX_WORDS: Readonly<Record<Patient['sex'], string>> = {
  unknown: 'Unknown',
  female: 'Female',
  male: 'Male',
};

/** Smoking history (blank: not recorded). */
export const SMOKING_WORDS: Readonly<Record<Exclude<NonNullable<Patient['smoking']>, 'unknown'>, string>> = {
  never: 'Never',
  former: 'Former',
  current: 'Current',
};

/** A family history of cancer. */
export const FAMILY_HISTORY_WORDS: Readonly<Record<NonNullable<Patient['familyHistoryOfCancer']>, string>> = {
  yes: 'Yes',
  no: 'No',
  unknown: 'Unknown',
};

/** A yes/no question the case stores as a boolean (blank: not recorded). */
export const YES_NO_WORDS: Readonly<Record<'yes' | 'no', string>> = { yes: 'Yes', no: 'No' };

/** An antibody's result (blank: not tested). */
export const ANTIBODY_RESULT_WORDS: Readonly<
  Record<Exclude<Case['antibodies'][number]['result'], 'unknown'>, string>
> = {
  positive: 'Positive',
  negative: 'Negative',
  equivocal: 'Equivocal',
};

/** The EMG select: its reading when done (`interpretation`), or not done (`performed`). */
export const EMG_CHOICE_WORDS: Readonly<
  Record<Emg['interpretation'] | Exclude<Emg['performed'], 'done' | 'unknown'>, string>
> = {
  myopathic: 'Done: myopathic',
  normal: 'Done: normal',
  neurogenic: 'Done: neurogenic',
  'non-specific': 'Done: non-specific',
  unknown: 'Done: result unknown',
  'not-done': 'Not done',
};

/** The finding of a muscle MRI (blank: not done or not recorded). */
export const MUSCLE_MRI_FINDING_WORDS: Readonly<
  Record<Exclude<Case['muscleImaging'][number]['finding'], 'unknown'>, string>
> = {
  'myositis-oedema': 'Myositis oedema',
  normal: 'Normal',
  'fatty-replacement': 'Fatty replacement',
  other: 'Other',
};

/** Whether a muscle biopsy was done (blank: not recorded). */
export const PERFORMED_WORDS: Readonly<Record<Exclude<Biopsy['performed'], 'unknown'>, string>> = {
  done: 'Done',
  'not-done': 'Not done',
};

/** One histological feature of a muscle biopsy (blank: not reported). */
export const BIOPSY_FEATURE_WORDS: Readonly<Record<'present' | 'absent', string>> = {
  present: 'Present',
  absent: 'Absent',
};

/** The response to immunosuppression (blank: not recorded). */
export const TREATMENT_RESPONSE_WORDS: Readonly<
  Record<Exclude<NonNullable<Case['treatmentResponse']>, 'unknown'>, string>
> = {
  improved: 'Improved',
  'not-improved': 'Not improved',
};

/** A cancer's status (blank: not recorded). */
export const CANCER_STATUS_WORDS: Readonly<Record<NonNullable<Cancer['status']>, string>> = {
  active: 'Active',
  remission: 'Remission',
  progression: 'Progression',
  unknown: 'Unknown',
};

/** A cancer's extent (blank: not recorded). */
export const CANCER_EXTENT_WORDS: Readonly<
  Record<NonNullable<NonNullable<Cancer['stage']>['extent']>, string>
> = {
  'in-situ': 'In situ',
  localised: 'Localised',
  'locally-advanced': 'Locally advanced',
  metastatic: 'Metastatic',
  unknown: 'Unknown',
};

/** What a treatment treats (blank: not recorded). */
export const TREATMENT_INDICATION_WORDS: Readonly<Record<NonNullable<Treatment['indication']>, string>> = {
  myositis: 'Myositis',
  cancer: 'Cancer',
  other: 'Other',
};

/** The imaging modality of a tumour assessment. */
export const TUMOUR_MODALITY_WORDS: Readonly<Record<TumourAssessment['modality'], string>> = {
  ct: 'CT',
  mri: 'MRI',
  'pet-ct': 'PET-CT',
  'x-ray': 'X-ray',
  clinical: 'Clinical',
  other: 'Other',
};

/** The MMT-8 scale of a visit, by its maximum. */
export const MMT8_SCALE_WORDS: Readonly<Record<'80' | '150', string>> = {
  '80': 'Unilateral (0–80)',
  '150': 'Bilateral (0–150)',
};
