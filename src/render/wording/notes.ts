/**
 * The extractor's evidence notes (`src/extract/notes.ts`) in words: why a fact was read as it was, as
 * `heliotrope extract` and the web's extraction review show it. A note that is not a code (free text typed by
 * a user, or a case saved before the notes were codes) is shown as it is.
 * @module
 */
import type { EvidenceNoteCode, EvidenceNoteParams } from '../../extract/notes.js';

type Params = EvidenceNoteParams | undefined;
const p = (x: Params, key: string): string => String(x?.[key] ?? '');
const historical = (x: Params) => (x?.historical === 'yes' ? '; in the past' : '');

/** The reading of a skin description that left Gottron's papules or sign uncertain. */
const READING_WORDS: Readonly<Record<string, string>> = {
  'dorsum-papules': 'papules on the back of the hands, over the finger joints not stated',
  'dorsum-lesions': 'lesions on the back of the hands, over the finger joints not stated',
  'joint-lesions': 'lesions over the finger joints without saying papules (raised) or macules (flat)',
  'papules-and-macules': 'both papules and macules described over the joints',
  'eyelid-rash-colour-not-given':
    'a rash of the eyelids whose colour is not given, described as poikiloderma',
  'periorbital-rash-colour-not-given':
    'a rash around the eyes whose colour is not given (heliotrope is violaceous, on the upper eyelids)',
};

const STUDY_WORDS: Readonly<Record<string, string>> = {
  emg: 'EMG',
  'muscle-biopsy': 'muscle biopsy',
  'skin-biopsy': 'skin biopsy',
};

const SUBJECT_NOTE = 'about someone other than the patient: ';

/** Every evidence note code in words, from its parameters. */
export const EVIDENCE_NOTE_WORDS: Readonly<Record<EvidenceNoteCode, (params: Params) => string>> = {
  affirmed: (x) => `stated${historical(x)}`,
  negated: (x) => `negated by ${p(x, 'triggers')}${historical(x)}`,
  hedged: (x) => `hedged by ${p(x, 'triggers')}${historical(x)}`,
  'resolved-later': (x) => `present, later resolved (${p(x, 'triggers')})${historical(x)}`,
  'denied-for-patient': (x) => `said of others, then denied for the patient ("${p(x, 'clause')}")`,
  'definition-applied': (x) => {
    const reading = p(x, 'reading');
    const first = reading
      ? (READING_WORDS[reading] ?? 'the description is not conclusive')
      : evidenceNoteWords(p(x, 'assertion') || 'affirmed', x);
    return `${first}; EULAR/ACR 2017 definition applied to the description`;
  },
  'no-rash-stated': () => 'no rash stated',
  'no-pathognomonic-signs': () => 'no pathognomonic skin signs stated',
  'painless-weakness': () => 'weakness described as painless',
  'joint-swelling': () => 'joints described as swollen or inflamed',
  asymmetric: () => 'weakness described as asymmetric',
  'normal-strength': () => 'strength stated as normal',
  'no-weakness-stated': () => 'no weakness stated',
  'mrc-grade': () => 'from the MRC grade',
  'mrc-grade-for': (x) => `MRC grade for ${p(x, 'group').replace(/-/g, ' ')}`,
  'unspecified-proximal-weakness': () => 'proximal weakness without the limbs named: read as both girdles',
  'normalised-later': () => 'stated as normalised later',
  'multiple-of-upper-limit': () => 'given as a multiple of the upper limit of normal',
  'stated-not-elevated': () => 'stated as not elevated',
  'stated-elevated': () => 'stated as elevated',
  'stated-normal': () => 'stated as normal',
  'stated-low': () => 'stated as low',
  'consistent-with-myositis': () => 'stated as consistent with the myositis, so read as raised',
  value: () => 'value as written',
  'value-settled-by-interpretation': () => 'value read two ways, settled by the stated interpretation',
  'value-with-range': () => 'value with its reference range',
  'antibody-result': (x) =>
    `${x?.weak === 'yes' ? 'weakly ' : ''}${p(x, 'result')}${x?.shared !== undefined ? ` (one result for a list of ${p(x, 'shared')})` : ''}`,
  'study-not-performed': (x) => `${STUDY_WORDS[p(x, 'study')] ?? 'study'} not performed`,
  'emg-result': (x) => `EMG ${p(x, 'interpretation')}`,
  'emg-read-as-myopathic': () => 'read as myopathic: changes attributed to inflammatory activity or myopathy',
  'biopsy-result': (x) => `muscle biopsy; ${p(x, 'features')} feature(s); conclusion ${p(x, 'conclusion')}`,
  'skin-biopsy-result': (x) => `skin biopsy ${p(x, 'conclusion')}`,
  'imaging-result': (x) => `muscle imaging: ${p(x, 'finding')}`,
  'investigation-result': (x) => `${p(x, 'kind')}: ${p(x, 'result')}`,
  histology: () => 'histology named',
  'carcinoma-from-organ-cancer': () => 'organ cancer read as carcinoma',
  'primary-site': () => 'primary site named',
  'site-from-histology': () => 'site from the histology',
  'site-of-mass': () => 'site of the mass the work-up found',
  'metastatic-disease': () => 'metastatic disease',
  'tumour-response': (x) => `tumour response ${p(x, 'category')}`,
  'interval-stated': () => 'interval between cancer and myositis stated',
  'interval-from-dates': () => 'interval from the dates given',
  'interval-from-ages': () => 'interval from the ages given',
  'order-stated': () => 'order of cancer and myositis stated',
  'concurrence-stated': () => 'cancer and myositis stated as concurrent',
  'found-after-presentation': () => 'cancer found by the work-up after the myositis presented',
  'recurrence-of-earlier-cancer': () => 'a recurrence: the cancer was first diagnosed before the myositis',
  'timing-in-discussion': () => 'timing stated about this patient in the discussion',
  age: () => 'age',
  'age-range': (x) => `age range ${p(x, 'low')}–${p(x, 'high')}`,
  'sex-beside-age': () => 'sex beside the age',
  'sex-noun': () => 'sex from a noun or title',
  'sex-from-organ': () => 'sex from an organ named',
  'sex-from-pronouns': (x) => `sex from pronouns (${p(x, 'female')} female, ${p(x, 'male')} male)`,
  smoking: (x) => `smoking: ${p(x, 'status')}`,
  'family-history-of-cancer': (x) => `family history of cancer: ${p(x, 'value')}`,
  'symptom-duration': () => 'duration of symptoms',
  'age-at-onset': (x) => `first symptom at the age of ${p(x, 'age')}`,
  'history-of': () => '"history of"',
  'relative-time': (x) => `relative time: ${p(x, 'kind')}`,
  date: (x) => `date ${p(x, 'date')}`,
  treatment: (x) =>
    `${p(x, 'class') || 'treatment'}${x?.dose !== undefined ? `; dose ${p(x, 'dose')} ${p(x, 'unit')}` : ''}${x?.cycles !== undefined ? `; ${p(x, 'cycles')} cycles` : ''}`,
  'dose-reduction': () => 'dose reduction',
  'myositis-response': () => 'myositis response to treatment',
  general: () => `${SUBJECT_NOTE}the disease in general`,
  cohort: () => `${SUBJECT_NOTE}a cohort or other patients`,
  'other-patient': () => `${SUBJECT_NOTE}a case cited from the literature`,
  relative: () => `${SUBJECT_NOTE}a relative`,
  'further-mentions': (x) =>
    `${p(x, 'count')} further mention(s) repeating a reading listed above, counted but not listed one by one`,
};

const isNoteCode = (n: string): n is EvidenceNoteCode => Object.hasOwn(EVIDENCE_NOTE_WORDS, n);

/**
 * An evidence note in words: a note code with its parameters through the table; any other note as written.
 * @param note - the note (`evidence[].note`)
 * @param params - its parameters (`evidence[].params`)
 */
export function evidenceNoteWords(note: string, params?: EvidenceNoteParams): string {
  const words = isNoteCode(note) ? EVIDENCE_NOTE_WORDS[note](params) : note;
  return params?.negativeTerm === 'yes' ? `negative term; ${words}` : words;
}

/**
 * Whether a piece of evidence says the fact is in the past (a `historical` assertion).
 * @param e - the evidence entry
 */
export function isHistoricalEvidence(e: { params?: EvidenceNoteParams }): boolean {
  return e.params?.historical === 'yes';
}
