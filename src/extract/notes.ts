/**
 * The notes on extracted evidence, as codes with parameters: why the extractor read a fact as it did
 * (`negated` by the trigger "no", `mrc-grade-for` a muscle group). The words are in the wording table
 * (`src/render/wording/notes.ts`), shown by `heliotrope extract` and the web's extraction review; a case
 * stores the code and its parameters (`evidence[].note`, `evidence[].params`).
 * @module
 */

/** Every evidence note code of the extractor (the wording table words each; a test checks it). */
export const EVIDENCE_NOTE_CODES = [
  // ConText assertion of a mention (params: triggers, the words that set it; historical).
  'affirmed',
  'negated',
  'hedged',
  'resolved-later',
  // A finding said of others in one clause and denied for the patient in the next (params: clause).
  'denied-for-patient',
  // Skin and findings.
  'definition-applied',
  'no-rash-stated',
  'no-pathognomonic-signs',
  'painless-weakness',
  'joint-swelling',
  // Weakness.
  'asymmetric',
  'normal-strength',
  'no-weakness-stated',
  'mrc-grade',
  'mrc-grade-for',
  'unspecified-proximal-weakness',
  // Laboratory values.
  'normalised-later',
  'multiple-of-upper-limit',
  'stated-not-elevated',
  'stated-elevated',
  'stated-normal',
  'stated-low',
  // A muscle enzyme in a list of tests said to be consistent with the myositis (read as raised).
  'consistent-with-myositis',
  'value',
  'value-settled-by-interpretation',
  'value-with-range',
  // Antibodies (params: result, weak, shared: how many share one result).
  'antibody-result',
  // Studies.
  'study-not-performed',
  'emg-result',
  'emg-read-as-myopathic',
  'biopsy-result',
  'skin-biopsy-result',
  'imaging-result',
  'investigation-result',
  // Oncology.
  'histology',
  'carcinoma-from-organ-cancer',
  'primary-site',
  'site-from-histology',
  'site-of-mass',
  'metastatic-disease',
  'tumour-response',
  'interval-stated',
  'interval-from-dates',
  'interval-from-ages',
  'order-stated',
  'concurrence-stated',
  'found-after-presentation',
  'recurrence-of-earlier-cancer',
  'timing-in-discussion',
  // Patient.
  'age',
  'age-range',
  'sex-beside-age',
  'sex-noun',
  'sex-from-organ',
  'sex-from-pronouns',
  'smoking',
  'family-history-of-cancer',
  // Timing.
  'symptom-duration',
  // The age at the first symptom ("noticed her thighs weakening at age 50"; params: age).
  'age-at-onset',
  'history-of',
  'relative-time',
  'date',
  // Treatments.
  'treatment',
  'dose-reduction',
  'myositis-response',
  // Attribution: whose fact (general, cohort, other-patient, relative).
  'general',
  'cohort',
  'other-patient',
  'relative',
  // Evidence lists: repeats of a listed reading counted, not listed (params: count).
  'further-mentions',
] as const;

/** An evidence note code. */
export type EvidenceNoteCode = (typeof EVIDENCE_NOTE_CODES)[number];

/** The parameters of an evidence note: text read from the source, numbers, codes. */
export type EvidenceNoteParams = Readonly<Record<string, string | number>>;

/** An evidence note: its code and parameters. */
export interface EvidenceNote {
  code: EvidenceNoteCode;
  params?: EvidenceNoteParams;
}
