/**
 * The one wording table: engine codes → the words a clinician reads. The CLI text renderers
 * (`src/render/text`), the HTML report (`src/render/html`) and the web application (through the package
 * subpath `heliotrope/wording`) all word results from here — and so do the CDS Hooks cards and the FHIR export
 * (their one-line headlines in `cards.ts` of this folder), so a category, a tier, a response or a status reads
 * the same on every screen. The engine's results carry codes and numbers only.
 *
 * A one-word result that the unknown items could still change always says so ({@link headlineWords}: "Criteria
 * not met (could reach Definite PNS)").
 * @module
 */
import type { FailedSection } from '../../contract/set.js';
import type { Tri } from '../../core/tri.js';
import type { PlanItemStatus, ScreeningPlan } from '../../cancer/imacs-2023/plan.js';
import type { ImacsResult } from '../../cancer/imacs-2023/evaluate.js';
import type { PnsCareNotApplicable } from '../../cancer/pns-care-2021/evaluate.js';
import {
  DEFAULT_PRETEST,
  type CancerProbabilityEstimate,
  type CancerProbabilityNotApplicable,
} from '../../cancer/probability/probability.js';
import type { WindowResult } from '../../cancer/association/timing.js';
import type { AlertAction } from '../../monitoring/alerts.js';
import type { EularGateRule, TreeStep } from '../../criteria/eular-acr-2017/evaluate.js';

export {
  alertRuleNote,
  alertRuleWords,
  bestResponseQualifier,
  cdasiWords,
  concordanceMeasureWords,
  dayText,
  recistRuleWords,
  RECIST_SHORT_WORDS,
  seriesHeading,
  SEVERITY_WORDS,
  signalWords,
} from './follow-up.js';
export {
  ANTIBODY_RESULT_WORDS,
  BIOPSY_FEATURE_WORDS,
  BLANK_CHOICE_WORDS,
  CANCER_EXTENT_WORDS,
  CANCER_STATUS_WORDS,
  EMG_CHOICE_WORDS,
  FAMILY_HISTORY_WORDS,
  MMT8_SCALE_WORDS,
  MUSCLE_MRI_FINDING_WORDS,
  NON_TARGET_STATUS_WORDS,
  PERFORMED_WORDS,
  RASH_GRADE_WORDS,
  SCREENING_TESTS,
  screeningItemId,
  screeningTestWords,
  SEX_WORDS,
  SMOKING_WORDS,
  TREATMENT_INDICATION_WORDS,
  TREATMENT_RESPONSE_WORDS,
  TUMOUR_MODALITY_WORDS,
  YES_NO_WORDS,
} from './form.js';
export {
  ALERT_STATUS_WORDS,
  alertRuleLabel,
  badLineLabel,
  CANCER_PROBABILITY_STATUS_WORDS,
  populationCategoryLabel,
  populationSubgroupLabel,
  RUN_SOURCE_WORDS,
  RUN_STATE_WORDS,
  screeningItemLabel,
  tierLabel,
  withReach,
} from './population.js';
export { isFailedSection } from '../../contract/set.js';
export {
  categoryWords,
  CODE_WORDS,
  codeWords,
  headlineWords,
  humanize,
  reachWords,
  SUBGROUP_WORDS,
  subgroupWords,
} from './results.js';
import { CODE_WORDS, codeWords, humanize } from './results.js';
export { pct, pctRange, pctSpan } from './numbers.js';

/** A met / not met / unknown status in words. */
export const TRI_WORDS: Readonly<Record<Tri, string>> = {
  met: 'Met',
  'not-met': 'Not met',
  unknown: 'Unknown',
};

/** The answer to a yes/no question of a decision tree (a met / not met / unknown status). */
export const ANSWER_WORDS: Readonly<Record<Tri, string>> = {
  met: 'yes',
  'not-met': 'no',
  unknown: 'unknown',
};

/** The questions of the EULAR/ACR 2017 subgroup tree, by node (Lundberg et al. 2017, classification tree). */
export const TREE_QUESTION_WORDS: Readonly<Record<TreeStep['node'], string>> = {
  juvenile: 'Age at onset of first symptom < 18 years?',
  rash: "Heliotrope rash, Gottron's papules or Gottron's sign?",
  weakness: 'Objective muscle weakness (any of the four weakness items)?',
  'ibm-features': 'Rimmed vacuoles on biopsy, or finger-flexor weakness with no response to treatment?',
};

/** The rule of the EULAR/ACR 2017 entry gate, by code. */
export const GATE_RULE_WORDS: Readonly<Record<EularGateRule, string>> = {
  'rash-or-biopsy-histology':
    "Without heliotrope rash, Gottron's papules or Gottron's sign, classification needs a muscle biopsy with at least one of the four histology items.",
};

/** A reference to the project's own notes (`cancer-association.md §1`): not for a clinician's screen. */
const INTERNAL_REF = String.raw`[\w-]+\.md(?: §[\w–-]+(?:\.[\w–-]+)*)?`;

/** The project's own tag for how a reference was checked (`[V1]`, `[NF]`, `[R]`): not for a clinician's screen. */
const REFERENCE_TAG = /\s*\[(?:V\d|NF|R)\]/g;

/**
 * A citation or note as a clinician reads it: references to the project's internal notes
 * (`monitoring.md §A3`, `(cancer-association.md §1)`) and its verification tags (`[R]`) are left out; the
 * published sources stay.
 * @param text - a `cite` or note from a result
 */
export function clinicianText(text: string): string {
  return text
    .replace(REFERENCE_TAG, '')
    .replace(new RegExp(String.raw`\s*\((?:see )?${INTERNAL_REF}\)`, 'g'), '')
    .split(/;\s*/)
    .filter((seg) => !new RegExp(String.raw`^${INTERNAL_REF}(?: and [^;]*)?$`).test(seg.trim()))
    .join('; ')
    .replace(new RegExp(String.raw`(?:[;,]\s*|\s+)(?:reference decision )?in ${INTERNAL_REF}`, 'g'), '')
    .replace(new RegExp(INTERNAL_REF, 'g'), 'the reference notes');
}

/** The parts of a case, as a clinician names them (one entry of a list: "Laboratory result 2"). */
const FIELD_WORDS: Readonly<Record<string, string>> = {
  schemaVersion: 'Format version',
  title: 'Case title',
  patient: 'Patient',
  dates: 'Dates',
  findings: 'Finding',
  strength: 'Muscle strength',
  labs: 'Laboratory result',
  antibodies: 'Antibody',
  emg: 'EMG',
  muscleBiopsy: 'Muscle biopsy',
  skinBiopsy: 'Skin biopsy',
  muscleImaging: 'Muscle imaging',
  cancers: 'Cancer',
  treatments: 'Treatment',
  investigations: 'Investigation',
  visits: 'Visit',
  tumourAssessments: 'Tumour assessment',
  diagnoses: 'Diagnosis',
  treatmentResponse: 'Treatment response',
  notes: 'Notes',
  age: 'age',
  ageAtOnset: 'age at onset',
  birthDate: 'birth date',
  symptomOnset: 'first symptom',
  diagnosis: 'diagnosis',
  presentation: 'presentation',
  diagnosisDate: 'diagnosis date',
  id: 'name',
  referenceRange: 'reference range',
  doseReductionPercent: 'dose reduction (%)',
  targetAuc: 'target AUC',
  newLineOfTherapy: 'new line of therapy',
};

/**
 * A field path of a case in words ("labs[1].unit" → "Laboratory result 2: unit"), for messages shown to a
 * clinician; the empty path is the case as a whole.
 * @param path - the field path (`findings[0].id`)
 */
export function fieldWords(path: string): string {
  if (!path) return 'Case';
  const parts: string[] = [];
  for (const m of path.matchAll(/([A-Za-z_$][\w$]*)|\[(\d+)\]/g)) {
    if (m[2] !== undefined) parts[parts.length - 1] = `${parts.at(-1) ?? 'Entry'} ${Number(m[2]) + 1}`;
    else parts.push(FIELD_WORDS[m[1]!] ?? humanize(m[1]!).toLowerCase());
  }
  if (!parts.length) return path;
  const [first, ...rest] = parts;
  return `${first!.charAt(0).toUpperCase()}${first!.slice(1)}${rest.length ? `: ${rest.join(', ')}` : ''}`;
}

/**
 * Where a result's evidence comes from, in words: the case field named as a clinician names it, with the
 * evidence note ("Finding 2 (titre 1:640)").
 * @param evidence - the evidence entries of a result
 */
export function evidenceSourceWords(evidence: readonly { path: string; note?: string }[]): string {
  return evidence
    .map((e) => `${fieldWords(e.path)}${e.note ? ` (${clinicianText(e.note)})` : ''}`)
    .join('; ');
}

// ─── Cancer ─────────────────────────────────────────────────────────────────────────────────────────────

/** The cancer-association windows. */
export const WINDOW_WORDS: Readonly<Record<WindowResult['id'], string>> = {
  'cam-3y': 'CAM window ±3 years',
  tif1g: 'anti-TIF1γ window −3 … +2.5 years',
  'pns-5y': 'PNS window ±5 years',
  'pns-2y': 'PNS window ±2 years',
};

/** Whether a cancer falls in a window. */
export const WINDOW_STATUS_WORDS: Readonly<Record<WindowResult['status'], string>> = {
  in: 'Inside',
  out: 'Outside',
  uncertain: 'Uncertain (dates too imprecise)',
  unknown: 'Unknown (date missing)',
};

/** IMACS 2023 eligibility. */
export const ELIGIBILITY_WORDS: Readonly<Record<ImacsResult['eligibility']['status'], string>> = {
  eligible: 'Adult onset, diagnosed within 3 years of onset',
  juvenile: 'Juvenile onset: routine IIM-associated cancer screening not required',
  'beyond-3-years': 'Diagnosed more than 3 years after symptom onset: outside the guideline',
  unknown:
    'Eligibility undetermined (age at onset or onset/diagnosis dates missing): tier computed as if eligible',
};

/** Why IMACS 2023 asks to consider an optional test. */
export const CONSIDER_REASON_WORDS: Readonly<Record<string, string>> = {
  'high-risk-initial-work-up-negative': 'high risk: when the work-up at diagnosis finds no cancer',
  'tif1g-dm-over-40-with-high-risk-feature':
    'anti-TIF1γ DM, onset > 40 y, with ≥ 1 additional high-risk clinical feature (single screening test)',
  'high-npc-risk-region': 'region with high nasopharyngeal-carcinoma risk',
};

/** The optional tests IMACS 2023 asks to consider. */
export const CONSIDER_TEST_WORDS: Readonly<Record<string, string>> = {
  'pet-ct': 'FDG PET-CT',
  'gi-endoscopy': 'Upper and lower GI endoscopy',
  nasoendoscopy: 'Nasoendoscopy',
};

/** IMACS 2023 factor levels. */
export const FACTOR_LEVEL_WORDS: Readonly<Record<string, string>> = {
  high: 'High',
  intermediate: 'Intermediate',
  low: 'Low',
};

/** The guideline's red-flag recommendation, worded as what it is: conditional. */
export const RED_FLAG_WORDS =
  'consider screening whatever the tier (a conditional recommendation of the guideline, not a requirement)';

/** The status of a screening-plan item. */
export const PLAN_STATUS_WORDS: Readonly<Record<PlanItemStatus, string>> = {
  done: 'Done',
  due: 'Due',
  overdue: 'Overdue',
  upcoming: 'Upcoming',
  'not-applicable': 'Not applicable',
  consider: 'Consider',
};

/** The screening plan's mode, as the case list shows it when no item is open. */
export const SCREENING_MODE_WORDS: Readonly<Record<ScreeningPlan['mode'], string>> = {
  screening: 'Screening',
  'known-cancer': 'Known cancer: oncology follow-up',
  'not-required': 'Not required',
};

/** Why PNS-Care 2021 does not apply, by reason code. */
export const PNS_CARE_NA_WORDS: Readonly<Record<PnsCareNotApplicable['reason'], string>> = {
  'dermatomyositis-not-a-2021-phenotype':
    'Not applicable to dermatomyositis: it is not a phenotype of the 2021 PNS criteria',
  'myositis-not-a-2021-phenotype':
    'Not applicable to myositis: it is not a phenotype of the 2021 PNS criteria',
};

/** Why the cancer probability model does not apply, by reason code. */
export const PROBABILITY_NA_WORDS: Readonly<Record<CancerProbabilityNotApplicable['reason'], string>> = {
  juvenile: 'juvenile onset (the prior and likelihood ratios come from adult DM cohorts)',
  'not-dermatomyositis': 'not dermatomyositis (the prior and likelihood ratios are for adult DM)',
  'dermatomyositis-not-established':
    'dermatomyositis is not established (no subtype, no hallmark rash, no DM-specific antibody recorded)',
};

/**
 * Where the pre-test probability came from, and the range it may be set in.
 * @param r - the estimate
 */
export function pretestWords(r: CancerProbabilityEstimate): string {
  const range = `${pct0(r.pretestRange.min)}–${pct0(r.pretestRange.max)}`;
  return r.pretestSource === 'default'
    ? `adult DM default (editable ${range})`
    : `set by the user (default ${pct0(DEFAULT_PRETEST)}, range ${range})`;
}

const pct0 = (x: number) => `${Math.round(x * 100)} %`;

// ─── Follow-up ──────────────────────────────────────────────────────────────────────────────────────────

/** What an alert asks the clinician to do. */
export const ACTION_WORDS: Readonly<Record<AlertAction, string>> = {
  're-stage-cancer': 'Re-stage the cancer',
  'repeat-cancer-screening': 'Repeat cancer screening',
  'cancer-search': 'Search for an underlying cancer',
  'concordant-course-note': 'Note: myositis and tumour move together',
};

/** Words for a TIS 2016 category, lower case inside a sentence ("→ moderate improvement"). */
export function tisCategoryWords(c: string): string {
  const w = CODE_WORDS.tis2016?.[c];
  return w ? w.charAt(0).toLowerCase() + w.slice(1) : c;
}

// ─── Failures ───────────────────────────────────────────────────────────────────────────────────────────

/**
 * Why a section of the report is missing, in words.
 * @param f - the failed section
 * @param titleOf - the title of a section by report key (for the sections it needed)
 */
export function failedSectionWords(f: FailedSection, titleOf: (key: string) => string): string {
  return f.code === 'needed-section-failed'
    ? `Not computed: it needs ${(f.failedNeeds ?? []).map(titleOf).join(', ')}, which could not be computed.`
    : 'Not computed: an internal fault in this section (the other sections are unaffected).';
}

/** Lower-cases the first letter of words used inside a sentence, unless they open with an acronym ("PNS", "IIM"). */
export const lowerFirst = (s: string): string =>
  /^[A-Z]{2}/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1);

/**
 * Words for a Graus 2004 level inside a sentence (`definite` → "definite PNS").
 * @param c - the level code
 */
export function pnsCategoryWords(c: string): string {
  return lowerFirst(codeWords('pns2004', c));
}

/**
 * Words for a PNS-Care 2021 level inside a sentence (`non-pns` → "non-PNS").
 * @param c - the level code
 */
export function pnsCareCategoryWords(c: string): string {
  return lowerFirst(codeWords('pnsCare2021', c));
}
export { errorText, issueText, MESSAGE_WORDS, messageWords, wordedIssue } from './messages.js';
export { EVIDENCE_NOTE_WORDS, evidenceNoteWords, isHistoricalEvidence } from './notes.js';
