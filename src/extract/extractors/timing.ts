/**
 * Time expressions: the first symptom ("a 10-day history of weakness and skin lesions"), and relative
 * times of events ("two months later", "3 weeks ago", "two weeks after the start of …").
 * @module
 */
import { dayNumber } from '../../core/dates.js';
import type { Doc, DocSentence } from '../document.js';
import { isCaseSentence } from '../document.js';
import { evidence, type SpanEvidence } from '../evidence.js';
import {
  COUNT_PATTERN,
  monthsAfterYears,
  yearsBeforeMonths,
  MONTHS,
  readCount,
  durationUnit,
} from '../numbers.js';

/** A relative time expression found in the case. */
export interface TimeExpression {
  kind: 'history-of' | 'later' | 'ago' | 'after' | 'before' | 'date';
  /** For `date`: the partial ISO date written (YYYY, YYYY-MM or YYYY-MM-DD). */
  date?: string;
  amount: number;
  unit: 'day' | 'week' | 'month' | 'year';
  approximate: boolean;
  evidence: SpanEvidence[];
}

const NUM = COUNT_PATTERN;
const HISTORY_RE = new RegExp(
  String.raw`\b${NUM}[ \t\u00a0\u2009\u202f\u2010\u2011-]{1,2}(day|week|month|year)s?[ \t\u00a0\u2009\u202f\u2010\u2011-]{1,2}(?:long[ \t\u00a0\u2009\u202f]{1,2})?history[ \t\u00a0\u2009\u202f]{1,2}of\b`,
  'gi',
);
const RELATIVE_RE = new RegExp(
  String.raw`\b${NUM}[ \t\u00a0\u2009\u202f]{1,2}(day|week|month|year)s?[ \t\u00a0\u2009\u202f]{1,2}(later|ago|after|before|earlier|previously)\b`,
  'gi',
);
/**
 * Speed gates, words a pattern cannot match without, tried first (the patterns open with a long alternation of
 * counts the engine tries at every word): {@link HISTORY_RE} needs "history", {@link RELATIVE_RE} one of its
 * closing words. `speed-gates.test.ts` checks that each is implied by its pattern.
 * @internal exported for the test
 */
export const HISTORY_GATE_RE = /history/i;
/** @internal see {@link HISTORY_GATE_RE} */
export const RELATIVE_GATE_RE = /later|ago|after|before|earlier|previously/i;
/** @internal the patterns the gates above stand before, exported for `speed-gates.test.ts` */
export const GATED_TIME_RES = { HISTORY_RE, RELATIVE_RE } as const;
const SYMPTOMS = new Set([
  'symptoms',
  'symptom',
  'weakness',
  'rash',
  'lesions',
  'lesion',
  'erythema',
  'myalgia',
  'myalgias',
  'dysphagia',
  'muscle',
  'skin',
  'fatigue',
  'eruption',
  'swelling',
]);

/** Vague counts that state no number of the onset's duration ("several", "a few"). */
const UNSTATED_COUNTS: ReadonlySet<string> = new Set(['several', 'a few', 'few']);

function amount(word: string): { n: number; approximate: boolean } {
  const c = readCount(word);
  return c ? { n: c.value, approximate: c.approximate } : { n: Number(word), approximate: false };
}

/**
 * Calendar dates: "12 June 2019", "June 2019", "Jun. 2019", also with the day after the month ("June 12, 2019")
 * or "of" before the year ("June of 2019"), ISO "2019-06(-12)", a month and year "11/2019", and a European "15.04.2020". Groups: 1 day before
 * the month, 2 month, 3 day after the month, 4 year; 5–7 the ISO year, month and day; 8–9 the month and year; 10–12 the day, month and year.
 */
const DATE_RE =
  /\b(?:(\d{1,2})(?:st|nd|rd|th)?[ \t\u00a0]{1,2})?(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?(?:[ \t\u00a0]{1,2}(\d{1,2})(?:st|nd|rd|th)?(?![\d.]))?,?(?:[ \t\u00a0]{1,2}of)?[ \t\u00a0]{1,2}((?:19|20)\d{2})\b|\b((?:19|20)\d{2})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?\b|(?<![\d/.])\b(0?[1-9]|1[0-2])\/((?:19|20)\d{2})\b(?![/.]\d)|(?<![\d/.])\b(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.((?:19|20)\d{2})\b(?!\.\d|\d)/g;

/** Partial ISO date of a DATE_RE match, or undefined when not a calendar date. */
function isoOf(m: RegExpExecArray): string | undefined {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (m[4]) {
    const mon = MONTHS.findIndex((x) => x.startsWith(m[2]!.toLowerCase().slice(0, 3))) + 1;
    const day = m[1] ?? m[3];
    if (day) {
      const d = new Date(Date.UTC(Number(m[4]), mon - 1, Number(day)));
      return d.getUTCMonth() === mon - 1 ? `${m[4]}-${pad(mon)}-${pad(Number(day))}` : undefined;
    }
    return `${m[4]}-${pad(mon)}`;
  }
  // "in 11/2019": a month and a year
  if (m[9]) return `${m[9]}-${pad(Number(m[8]))}`;
  // "on 15.04.2020": day, month and year with points (the European order; never read as month.day)
  if (m[12]) {
    const d = new Date(Date.UTC(Number(m[12]), Number(m[11]) - 1, Number(m[10])));
    return d.getUTCDate() === Number(m[10])
      ? `${m[12]}-${pad(Number(m[11]))}-${pad(Number(m[10]))}`
      : undefined;
  }
  if (m[7]) {
    const d = new Date(Date.UTC(Number(m[5]), Number(m[6]) - 1, Number(m[7])));
    return d.getUTCDate() === Number(m[7]) ? `${m[5]}-${m[6]}-${m[7]}` : undefined;
  }
  // "Influvac 2009-10", "the 2009-10 season" (session 31: read as October 2009): a year and the next year's last two
  // digits are a span of two years, not a month
  if ((Number(m[5]) + 1) % 100 === Number(m[6])) return undefined;
  return `${m[5]}-${m[6]}`;
}

const ONSET_VERBS = new Set([
  'since',
  'developed',
  'noticed',
  'onset',
  'began',
  // "weakness that had begun in March 2019", "it had commenced" (session 31: no onset date read)
  'begun',
  'commenced',
  'started',
  // "His symptoms initiated around 6 months back" (session 22)
  'initiated',
  'first',
  'appeared',
  // session 39 (vocabulary from knowledge): "weakness emerged in May 2020", "the rash arose in 2019", "it manifested
  // in early 2021"
  'emerged',
  'arose',
  'manifested',
  'surfaced',
]);

const UNIT_DAYS: Readonly<Record<TimeExpression['unit'], number>> = {
  day: 1,
  week: 7,
  month: 30.4375,
  year: 365.25,
};

/** Symptoms of the myositis itself: a duration stated for one of them dates the first symptom. */
const CORE_SYMPTOMS = new Set([
  'weakness',
  'weakening',
  'weak',
  'weaker',
  'rash',
  'rashes',
  'lesions',
  'lesion',
  'erythema',
  'myalgia',
  'myalgias',
  'muscle',
  'muscles',
  'muscular',
  'dysphagia',
  'skin',
  'eruption',
  'power',
  'mrc',
  'stairs',
  'difficulty',
  // "walking difficulties over two years" (session 26)
  'difficulties',
  'diff',
  'trouble',
  'inability',
  // session 38: the adjective of the erythema as a predicate ("his face had been erythematous for one month")
  'erythematous',
  'ulcers',
  'patches',
  'discoloration',
  // "a 2-month history of symmetrical violaceous swelling of the face"
  'violaceous',
  'heliotrope',
  'gottron',
  'papules',
  // "pruritic poikiloderma of the neck, arms … of 2 years' duration" (session 22), "a 6-month history of
  // dermatitis over the knuckles"
  'poikiloderma',
  'dermatitis',
  'myopathy',
  'aches',
  'aching',
  'falls',
  // "the child had been falling frequently for 2 months" (session 37)
  'falling',
  'proximal',
  'choking',
  'grade',
  'myositis',
  'dermatomyositis',
  'polymyositis',
  'swallowing',
  // "unable to rise from a chair", "difficulty squatting": the lower girdle
  'chair',
  // ("struggled to rise from low chairs", session 51 probe)
  'chairs',
  'squatting',
  // "thigh pain of 4 weeks' duration", "3 days of severe pain in his calves" (session 24): the muscles by region
  'thigh',
  'thighs',
  'calf',
  'calves',
  // "she noticed eyelid redness three months before her first visit"
  'redness',
  'eyelid',
  'eyelids',
  // session 29: an itch and plaques are often the first skin symptoms of dermatomyositis ("a 3-year history of
  // pruritus", "erythematous plaques for 2 months")
  'pruritus',
  'itching',
  'itch',
  'itchy',
  'plaques',
  'macules',
  'photosensitivity',
  // session 31: weakness of all four limbs or both legs named as a paresis ("quadriparesis for 1 week")
  'quadriparesis',
  'tetraparesis',
  'paraparesis',
  'quadriplegia',
  'tetraplegia',
]);
/**
 * The girdles named with a pain ("bilateral shoulder pain for 6 months", "pain in the shoulders and hips", "hip and
 * knee pain"): a core symptom only beside a word of pain, within three words (session 31).
 */
// (session 38: the limbs too, "leg pain of 3 months' duration", "aching arms": the pain of their muscles, as "thigh"
// and "calf" name alone)
const GIRDLE_WORDS = new Set([
  'shoulder',
  'shoulders',
  'hip',
  'hips',
  'girdle',
  'leg',
  'legs',
  'arm',
  'arms',
  'limb',
  'limbs',
]);
/** The face and its parts, whose plain redness or swelling is the rash of the myositis. */
const FACE_WORDS = new Set(['face', 'cheeks', 'eyelids', 'eyes', 'forehead']);
const PAIN_WORDS = new Set(['pain', 'pains', 'ache', 'aches', 'aching', 'stiffness', 'tenderness']);
/**
 * Acts of the limbs, the neck and the throat that "unable to" names as a deficit of the muscles ("unable to get up
 * from sitting", "unable to lift her head"; not "unable to work", "unable to sleep": session 38).
 */
const MOTOR_ACTS = new Set([
  'get',
  'rise',
  'stand',
  'sit',
  'squat',
  'lift',
  'raise',
  'hold',
  'climb',
  'walk',
  'run',
  'comb',
  'swallow',
  'move',
  'turn',
]);
/**
 * Whether the words name a symptom of the myositis: a word of {@link CORE_SYMPTOMS}, a girdle in pain, or "unable
 * to" (or a lost "ability to") before an act of the muscles ({@link MOTOR_ACTS}: the adjective of the listed
 * "inability").
 */
function namesCoreSymptom(words: readonly string[]): boolean {
  return words.some(
    (w, i) =>
      CORE_SYMPTOMS.has(w) ||
      // "her face became red and swollen" (session 51 probe): the face's colour or swelling, a rash told plainly
      ((w === 'red' || w === 'swollen' || w === 'puffy') &&
        words.slice(Math.max(0, i - 4), i + 4).some((x) => FACE_WORDS.has(x))) ||
      (GIRDLE_WORDS.has(w) && words.slice(Math.max(0, i - 3), i + 4).some((x) => PAIN_WORDS.has(x))) ||
      (w === 'unable' && words[i + 1] === 'to' && MOTOR_ACTS.has(words[i + 2] ?? '')) ||
      // "she had lost the ability to raise her arms" (session 50, probe: no onset)
      (w === 'ability' &&
        words[i + 1] === 'to' &&
        MOTOR_ACTS.has(words[i + 2] ?? '') &&
        words.slice(Math.max(0, i - 3), i).some((x) => x === 'lost' || x === 'losing' || x === 'loss')),
  );
}
/** Other symptoms of the illness, used when no myositis symptom has a duration. */
const OTHER_SYMPTOMS = new Set([
  'cough',
  'dyspnea',
  'breathlessness',
  'shortness',
  'fever',
  'fevers',
  'fatigue',
  'malaise',
  'illness',
  'arthralgia',
  'arthralgias',
  'raynaud',
  'polyarthritis',
  'symptoms',
  // "Symptom onset was 3 months before admission" (session 33; not "complaints", whose object may be a sign of
  // the cancer: "complaints of a palpable breast mass for 4 months")
  'symptom',
  'stiffness',
  'tiredness',
  // "swelling in both hands … had persisted for five months", "a 4-month history of … edema of the upper body"
  'swelling',
  'edema',
  'oedema',
  // "decreased appetite for seven months" (session 26)
  'appetite',
  'anorexia',
  // session 29: the ocular and bulbar muscles (checkpoint-inhibitor myositis, overlap with myasthenia): "a 2-week
  // history of ptosis and diplopia", "hoarseness for a month", "slurred speech over 3 weeks"
  'ptosis',
  'diplopia',
  'vision',
  'dysphonia',
  'dysarthria',
  'hoarseness',
  'speech',
  'chewing',
  'regurgitation',
  'polyarthralgia',
  // session 31: skin ulcerations ("ulcerations of the fingertips for the past month"); sensory complaints (numbness)
  // stay out, a symptom of the nerves, not of the myositis (session 29's decision)
  'ulcerations',
  'ulceration',
]);

/** Units of a body weight ("lost 20 pounds", "lost 9 kg"). */
const WEIGHT_UNITS = new Set(['pounds', 'lb', 'lbs', 'kg', 'kgs', 'kilograms', 'kilos', 'stone']);
/**
 * "Lost 20 pounds over 3 months", "had lost 9 kg" (session 38: lost, the weight loss named by its verb): "lost" with
 * a weight unit within three words after it, a symptom of the illness as "weight loss" is.
 */
function namesWeightLost(words: readonly string[]): boolean {
  return words.some((w, i) => w === 'lost' && words.slice(i + 1, i + 4).some((x) => WEIGHT_UNITS.has(x)));
}

/**
 * "Disease onset was 6 months before admission", "the onset of the disease", "the disease began 6 months ago"
 * (session 34: lost): the illness's own start, named by the word "disease" beside a word of its beginning ("the
 * disease progressed" or "disease for 10 years" stay out — another illness's years, or a course after the onset).
 */
// ("The disease debuted 4 months ago", session 35: lost — "debut" as authors of Romance languages write the onset)
// (session 39, vocabulary from knowledge: "the disease manifested / emerged / appeared 6 months ago")
const ONSET_WORDS = new Set([
  'onset',
  'began',
  'begun',
  'started',
  'commenced',
  'debuted',
  'manifested',
  'emerged',
  'appeared',
]);
/** What may stand before that "disease" ("thyroid disease onset" is another illness's). */
const DISEASE_LEAD = new Set(['the', 'her', 'his', 'this', 'their', 'of', ',', ':', '(']);
function namesDiseaseOnset(words: readonly string[]): boolean {
  return words.some(
    (w, i) =>
      (w === 'disease' &&
        ONSET_WORDS.has(words[i + 1] ?? '') &&
        (i === 0 || DISEASE_LEAD.has(words[i - 1]!))) ||
      ((w === 'onset' || w === 'debut' || w === 'beginning') &&
        words[i + 1] === 'of' &&
        (words[i + 2] === 'disease' || (DISEASE_LEAD.has(words[i + 2] ?? '') && words[i + 3] === 'disease'))),
  );
}

/** Nouns of the patient's illness as a whole. */
// (session 40 grid: "her complaints began ten days ago" — "complaints" as the subject of a verb of a start only; "complaints
// of a breast lump for 4 months" stays out of the symptoms, see OTHER_SYMPTOMS)
const ILLNESS_NOUNS = new Set([
  'illness',
  'disease',
  'symptoms',
  'condition',
  'problems',
  'troubles',
  'complaints',
]);
/**
 * The patient's illness as a whole, as the subject of a verb of its beginning ("her illness began in the knees six
 * years ago", "his symptoms started last year", session 39: a later muscle symptom read as the onset): the start of
 * the whole illness, whatever its first symptom, so it counts with the myositis's own symptoms.
 */
function namesIllnessBegan(words: readonly string[]): boolean {
  return words.some(
    (w, i) =>
      ILLNESS_NOUNS.has(w) &&
      (words[i - 1] === 'her' ||
        words[i - 1] === 'his' ||
        words[i - 1] === 'the' ||
        words[i - 1] === 'their') &&
      (ONSET_WORDS.has(words[i + 1] ?? '') ||
        ((words[i + 1] === 'first' || words[i + 1] === 'had') && ONSET_WORDS.has(words[i + 2] ?? ''))),
  );
}

/**
 * The patient's own complaints as a whole ("her complaints had been present for ten days", "his complaints evolved over
 * two weeks", session 40 grid): "complaints" after a possessive or "the", never before "of" ("complaints of a breast lump
 * for 4 months" names what was complained of, which may be a cancer's sign).
 */
function namesOwnComplaints(words: readonly string[]): boolean {
  return words.some(
    (w, i) =>
      w === 'complaints' &&
      (words[i - 1] === 'her' ||
        words[i - 1] === 'his' ||
        words[i - 1] === 'their' ||
        words[i - 1] === 'the') &&
      words[i + 1] !== 'of',
  );
}

/** Joints whose pain is an arthralgia. */
const JOINT_WORDS = new Set([
  'wrist',
  'wrists',
  'knee',
  'knees',
  'ankle',
  'ankles',
  'elbow',
  'elbows',
  'joint',
  'joints',
  'finger',
  'fingers',
  'mcp',
  'pip',
]);
/** A pain of the joints ("wrist pain", "pain in both knees", session 39): an arthralgia told without the word. */
function namesJointPain(words: readonly string[]): boolean {
  return words.some(
    (w, i) => PAIN_WORDS.has(w) && words.slice(Math.max(0, i - 3), i + 4).some((x) => JOINT_WORDS.has(x)),
  );
}

/** Verbs of a symptom's first appearance after "initially" or "first". */
const FIRST_NOTICED = new Set([
  'noticed',
  'noted',
  'developed',
  'experienced',
  'had',
  'presented',
  'complained',
  // session 39 (vocabulary from knowledge): "she first observed …", "initially felt …", "first suffered …"
  'observed',
  'felt',
  'suffered',
]);
/** A symptom marked as the illness's first: "at (the) onset", "initially/first noticed …", "the first symptom". */
function namesFirst(words: readonly string[]): boolean {
  return words.some(
    (w, i) =>
      (w === 'onset' && (words[i - 1] === 'at' || (words[i - 1] === 'the' && words[i - 2] === 'at'))) ||
      ((w === 'initially' || w === 'first') && FIRST_NOTICED.has(words[i + 1] ?? '')) ||
      ((w === 'first' || w === 'initial' || w === 'presenting') &&
        (words[i + 1] === 'symptom' || words[i + 1] === 'complaint')),
  );
}

/** Findings that are not the myositis' own symptoms (constitutional, other organs, diagnoses). */
const CONSTITUTIONAL = new Set([
  'fever',
  'weight-loss',
  'night-sweats',
  'arthralgia',
  'asthenia',
  'raynaud-phenomenon',
  'interstitial-lung-disease',
  'arthritis',
]);
const NOT_MYOSITIS_FINDINGS = new Set([
  ...CONSTITUTIONAL,
  'arthritis-diagnosis',
  'febrile-neutropenia',
  'skin-rash',
  'dm-pathognomonic-signs',
]);
/**
 * A dose, a rate or a route right before a multiplication sign ("1 g/day x", "2 g/kg ×", "500 mg iv x", "daily x"):
 * the count after the sign is the course of the dose (session 49).
 */
const DOSE_BEFORE_TIMES_RE =
  /(?:\d\s*(?:m?g|mcg|µg|g\/kg|mg\/kg|mg\/m2|ml|mL|units?|iu|IU)|\/(?:day|d|dose|kg|m2)|\b(?:daily|qd|od|bid|tds|tid|i\.?v\.?|iv|p\.?o\.?|po|infusions?|pulses?|doses?))[\s,)]*$/i;
/**
 * Words before a duration that tie it to a treatment or a recovery, not to a symptom: also a recovery named as a
 * noun ("gradual regression of her dermatomyositis over six months", "improvement over 3 months") and a dose
 * ("immunoglobulin 0.4 mg/kg iv for 4 days"; a lab unit such as mg/dL is no dose).
 */
// ("kept on adalimumab for 10 years", session 31: onset 10 years; a monoclonal antibody or a
// fusion protein by its stem, and a treatment continued or maintained)
// (session 40 grid: never across "when", which opens the clause of a symptom's own start: "had been taking simvastatin
// for 5 years when weakness began 2 months ago")
// (session 51 probe: nor across a verb of the presentation, "a man on atorvastatin presented with 2 months of
// difficulty climbing stairs")
const BLOCKERS =
  /(?:\b(?:treated|treatment|therapy|medications?|taking|received|receiving|continued|maintained|[a-z]{3,}(?:mab|cept)|asymptomatic|statins?|rosuvastatin|atorvastatin|simvastatin|colchicine|prednisone|prednisolone|steroids?|returned|improved|recovered|resolution|resolved|normalization|normalisation|remission|stable|stabili[sz](?:ation|ed)|follow-up|followed up|regression|regressed|improvement|recovery|immunoglobulins?|IVIG|infusions?)\b|\bmg(?:\/(?:kg|m2|day|d)\b|\b(?!\/)))(?:(?!\b(?:when|presented|presenting|complained|complaining)\b)[^.;]|\.(?=\d)){0,40}$/i;
/**
 * A procedure right before a time, with no verb of the presentation between ("who had undergone a liver transplant
 * 8 years ago developed weakness", "a lung transplantation 15 years prior", session 30: read as the onset): the
 * time dates the procedure, not the first symptom.
 */
const PROCEDURE_BEFORE_RE =
  /\b(?:transplant(?:ation|ed)?|surgery|operation|resection|[a-z]+ectomy|chemotherapy|radiotherapy|vaccinat(?:ion|ed)|vaccine)\b(?:(?!\b(?:presented|presenting|developed|complained|noticed|reported|admitted|with)\b)[^.;]){0,25}$/i;

/**
 * An infection or a delivery right before a time ("had COVID-19 two months before admission", "an upper respiratory
 * tract infection that lasted ten days", "gave birth 3 months ago"): the time is that event's (session 37). Only a
 * relative pronoun may stand between, so "influenza and a rash 2 weeks ago" keeps the rash's time.
 */
const INFECTION_BEFORE_RE =
  /\b(?:infections?|covid(?:-?19)?|sars-cov-2|influenza|flu|pneumonia|gastroenteritis|tonsillitis|pharyngitis|sinusitis|bronchitis|cystitis|pyelonephritis|cellulitis|varicella|chickenpox|measles|mumps|dengue|malaria|mononucleosis|(?:gave|giving)\s+birth|childbirth|delivery|deliveries|caesarean\s+section|cesarean\s+section|miscarriage)(?:\s+(?:that|which)(?:\s+had)?)?\s*$/i;

/**
 * An infection named as the cause right after a duration ("her cough of 3 weeks was attributed to a pneumonia", "fever
 * for 10 days due to a urinary tract infection", session 40 grid): the time of another illness's symptom, which dates no
 * onset of the myositis (read for symptoms other than the myositis's own only).
 */
const INFECTION_CAUSE_AFTER_RE =
  /^[^.;]{0,50}?\b(?:due\s+to|attributed\s+to|caused\s+by|secondary\s+to|because\s+of|as\s+a\s+result\s+of|explained\s+by|diagnosed\s+as|put\s+down\s+to|blamed\s+on)\s+(?:(?:a|an|the|her|his|acute|viral|bacterial|community-acquired|upper|lower|respiratory|tract|urinary|chest)\s+){0,4}(?:infections?|covid(?:-?19)?|sars-cov-2|influenza|flu|pneumonia|gastroenteritis|tonsillitis|pharyngitis|sinusitis|bronchitis|cystitis|pyelonephritis|cellulitis|tuberculosis)\b/i;

/** Where the clause holding offset `at` starts: after the last full stop, semicolon or colon before it. */
function clauseStartOf(s: DocSentence, at: number): number {
  let start = s.start;
  for (const t of s.tokens) {
    if (t.start >= at) break;
    if (t.norm === ';' || t.norm === ':') start = t.end;
  }
  return start;
}

/** A treatment named right after a duration's "of" ("5 days of intravenous immunoglobulin", "two weeks of steroids"). */
const TREATMENT_AFTER_RE =
  /^\s*(?:of\s+)?(?:(?:high|low|full|pulsed?)[- ]dose\s+|oral\s+|intravenous\s+|iv\s+|pulse\s+|daily\s+|weekly\s+|systemic\s+)*(?:treatment|therapy|immunoglobulins?|ivig|steroids?|corticosteroids?|glucocorticoids?|prednisone|prednisolone|methylprednisolone|methotrexate|azathioprine|rituximab|cyclophosphamide|tacrolimus|mycophenolate|hydroxychloroquine|antibiotics?|chemotherapy|radiotherapy|plasma\s*exchange|plasmapheresis|infusions?)\b/i;

/** Another illness named right before a duration ("with psoriasis for …", "had diabetes for …"). */
const COMORBIDITY = String.raw`(?:type\s+[12]\s+)?(?:diabetes(?:\s+mellitus)?|hypertension|psoriasis|(?:bronchial\s+)?asthma|lupus|epilepsy|cirrhosis|hepatitis(?:\s+[bc])?|hiv(?:\s+infection)?|copd|gout|hypothyroidism|hyperthyroidism|sarcoidosis|rheumatoid\s+arthritis|obesity|dyslipid(?:a)?emia|hyperlipid(?:a)?emia|depression|chronic\s+kidney\s+disease|ckd|heart\s+failure|atrial\s+fibrillation|vitiligo|eczema|crohn'?s\s+disease|ulcerative\s+colitis)`;
// ("with hypertension and diabetes for the past eight years came with a two-month history of …",
// session 31: onset 10 years): a list of illnesses too
const COMORBIDITY_BEFORE_RE = new RegExp(
  String.raw`\b(?:with|had|has|having|of)\s+(?:a\s+|known\s+|long-standing\s+|longstanding\s+)*${COMORBIDITY}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)${COMORBIDITY})*\s*$`,
  'i',
);

/**
 * A lasting state of the patient right before a duration: an illness named as an adjective ("diabetic",
 * "hypertensive"), a habit ("smoker", "smoked"), a time of life ("postmenopausal"), a long-term drug or dialysis
 * ("on tamoxifen", "on haemodialysis"), or a "known case of" list ("K/c/o DM and HTN").
 */
const STATE_BEFORE_RE = new RegExp(
  String.raw`(?:\b(?:diabetic|hypertensive|asthmatic|epileptic|hypothyroid|(?:ex-?|current\s+|heavy\s+|chronic\s+)?smokers?|smok(?:ed|ing)(?:\s+(?:about\s+|around\s+)?\d+\s+(?:cigarettes|cigars|packs?)(?:\s+(?:a|per)\s+day)?)?|(?:post-?)?menopausal|vegetarian|alcoholic)|\bon\s+(?:(?:oral|daily|adjuvant|long-term|maintenance)\s+)?(?:[a-z]+(?:fen|zole|formin|arin|xine|thyroxine|dipine|pril|sartan|olol|statin|insulin|dialysis|nib|mab)|insulin|(?:haemo|hemo|peritoneal\s+)?dialysis))(?:\s+(?:treatment|therapy))?\s*,?\s*$`,
  'i',
);
/** "K/c/o DM and HTN", "known case of hypothyroidism" right before a duration: the list of known illnesses. */
const KNOWN_CASE_BEFORE_RE =
  /\b(?:known\s+case\s+of|kco)\b(?:(?!\b(?:presented|presenting|came|admitted|with)\b)[^.;]){1,50}$/i;

interface OnsetCandidate {
  amount: number;
  unit: TimeExpression['unit'];
  approximate: boolean;
  kind: 'core' | 'other';
  /** The duration is the myositis' own ("a 10-year history of dermatomyositis", "DM for 2 years"). */
  namesMyositis: boolean;
  evidence: SpanEvidence;
}

/**
 * A space or hyphen between a count and its unit: the Unicode hyphen and non-breaking hyphen too ("3‑month"),
 * and a line break (a hard-wrapped line: "consulted with a\n3-month … weakness").
 */
const SP = String.raw`[ \t\r\n\u00a0\u2009\u202f\u2010\u2011\u2013-]`;
/** "4/12 hx": months (or weeks, days) written as a fraction (never a date's "3/12/2015": session 33, read as 3 months); the only duration pattern without a unit word. */
const SLASH_DURATION_RE = /\b(\d{1,2})\/(12|52|7)\b(?![/.-]\d)(?:\s*(?:hx|history))?/g;
/** "progressive over 3/12", "weakness for 6/52": a fraction after a preposition (never a date's "3/12/2019"). */
// (session 40 grid: and a note's "x" or "×" without a space, "Myalgia x6/52", and a dash after the complaint it times,
// "Rash - 3/12", as a list of complaints writes it)
const SLASH_AFTER_PREPOSITION_RE =
  /(?:\b(?:over|for|since)[ \t]{1,2}|\bx[ \t]{0,2}|\u00d7[ \t]{0,2}|(?<=[a-z])[ \t]{1,2}[-\u2013\u2014][ \t]{1,2})(\d{1,2})\/(12|52|7)\b(?!\/)/gi;
/**
 * A fraction of a slash duration somewhere in the text, "/12", "/52" or "/7": both slash patterns
 * ({@link SLASH_DURATION_RE}, {@link SLASH_AFTER_PREPOSITION_RE}) need one (found by `indexOf`, cheaper than either).
 * @internal exported for `timing-gates.test.ts`
 */
export function slashFraction(text: string): boolean {
  for (let i = text.indexOf('/'); i >= 0; i = text.indexOf('/', i + 1)) {
    const c = text.charCodeAt(i + 1);
    // '7', or '1' or '5' then '2'
    if (c === 55 || ((c === 49 || c === 53) && text.charCodeAt(i + 2) === 50)) return true;
  }
  return false;
}
/**
 * A unit word somewhere in the text: every duration, history and relative-time pattern but
 * {@link SLASH_DURATION_RE} needs one, so a sentence without it is not searched with them.
 */
const UNIT_WORD_RE = /day|week|month|year|decade|fortnight|\d[\s-]?(?:wk|mo|mth|yr|d|y)s?\b/i;
/** A year of a calendar date (every {@link DATE_RE} match holds one). */
const YEAR_RE = /(?:19|20)\d\d/;
/**
 * A unit of a duration, the abbreviations of telegraphic notes too ("6-wk hx", "for 3 mo", "2 yrs"); read by
 * `durationUnit` (numbers.ts), the one table of unit words and abbreviations.
 */
// (session 38: and a note's "d" for days, right after a count in digits — "~10 d of weakness", "5d" — never before a
// letter, a digit or a hyphen: not "3D imaging", "d-dimer"; a capital "D" is skipped where the match is read)
// (session 39, vocabulary from knowledge: a note's "y" for years right after digits — "for 2 y", "3 y ago", "a 2-y
// history" — never before a letter, a digit, a slash, a hyphen or ".o": not an age's "54 y/o", "54 y.o.", "54-y-old".
// "Decade" only in {@link STARTED_UNIT}: a bare "a decade ago" may date any past event)
const DUR_UNIT = String.raw`(day|week|month|year|fortnight|wk|mo|mth|yr|(?<=\d[ \u00a0]?)d(?![a-z0-9-])|(?<=\d[ \u00a0-]?)y(?![a-z0-9/-]|\.${SP}?o\b))`;
/** {@link DUR_UNIT} and "decade", for a time counted back right after a verb of a start only. */
const STARTED_UNIT = DUR_UNIT.replace('fortnight|', 'fortnight|decade|');
/** Words that count a time back from the presentation ("ago", "earlier", "previously", "prior" — not "prior to"). */
const COUNTED_BACK = String.raw`(?:ago|earlier|previously|prior(?!${SP}{1,2}to\b))`;
/** Between a count and its unit: a space or two, or none after a digit ("2month", "4weeks": session 25). */
const COUNT_GAP = String.raw`(?:${SP}{1,2}|(?<=\d))`;
/** A stay told right before a duration ("had lived in Greece", "has worked as a farmer", "resided in Spain"). */
const RESIDENCE_BEFORE_RE =
  /\b(?:lived|living|resided|residing|worked|working|stayed|staying|settled|been\s+living|moved\s+to)\b[^.;,()]{0,35}$/i;
/** The lower end of a range before a count ("2 to 3 months", "3–4 month history"), read by {@link rangeLow}. */
/** The low end of a range as digits or a number word ("3 to 4", "three to four": session 33, the words lost). */
const RANGE_LOW = String.raw`(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
// (session 39, vocabulary from knowledge: "two or three months", "3 or 4 weeks" — a range joined by "or", its middle)
const RANGE_FROM = String.raw`(?:between${SP}{1,2}${RANGE_LOW}${SP}{1,2}and${SP}{1,2}|${RANGE_LOW}${SP}{0,2}(?:to|[\u2012-\u2014\u2212-])${SP}{0,2}|${RANGE_LOW}${SP}{1,2}or${SP}{1,2})?`;
const RANGE_LOW_RE = new RegExp(
  String.raw`(?:between${SP}{1,2}(${RANGE_LOW})${SP}{1,2}and|(${RANGE_LOW})${SP}{0,2}(?:to|[\u2012-\u2014\u2212-])|(${RANGE_LOW})${SP}{1,2}or)${SP}{0,2}$`,
  'i',
);
/**
 * The lower end of a range written before the count a pattern read: "for 2 to 3 months" → 2, so that the
 * duration is the range's middle; undefined when the count stands alone or the lower end is not below it.
 */
function rangeLow(textBefore: string, n: number): number | undefined {
  const m = RANGE_LOW_RE.exec(textBefore);
  if (!m) return undefined;
  const lo = readCount(m[1] ?? m[2] ?? m[3] ?? '')?.value ?? NaN;
  return lo > 0 && lo < n ? lo : undefined;
}
/**
 * Whether the text holds "-and-" in any case, as `/-and-/i` tests (ASCII letters only fold), read from its hyphens
 * (cheaper than the pattern; `c | 32` is a letter's lower case, and no other code gives it).
 * @internal exported for `timing-gates.test.ts`
 */
export function hasAndHyphens(text: string): boolean {
  for (let i = text.indexOf('-'); i >= 0; i = text.indexOf('-', i + 1))
    if (
      (text.charCodeAt(i + 1) | 32) === 97 &&
      (text.charCodeAt(i + 2) | 32) === 110 &&
      (text.charCodeAt(i + 3) | 32) === 100 &&
      text.charCodeAt(i + 4) === 45
    )
      return true;
  return false;
}
/** "Roughly" and "circa" before a count (found by the first, rewritten by the second). */
const ROUGHLY_RE = /roughly|circa/i;
const ROUGHLY_REPLACE_RE = /\b(?:roughly|circa)\b(?=[ \u00a0]{1,2}(?:\d|[a-z]))/gi;
/** An article before a plural unit ("a months-long history"): no count. */
const ARTICLE_PLURAL_RE = new RegExp(
  String.raw`\ban?${SP}{1,2}(?:days|weeks|months|years|fortnights|decades)\b`,
  'i',
);
/** The sign of an approximate count ("~10 d", "≈ 3 months"). */
const APPROX_SIGN_RE = /[~\u2248\u223c]/;
/**
 * "one-and-a-half-year history": the hyphens of a spelled half as spaces, and the sign of an approximate count (the
 * same length: offsets hold).
 */
function unhyphenHalf(text: string): string {
  // (each rewrite only where its mark is: most sentences have neither, and this runs for every sentence)
  const hedged = text.includes('~') || text.includes('\u2248') || text.includes('\u223c');
  // "for roughly 3 months", "circa 6 weeks" (session 39, vocabulary from knowledge): the hedges every pattern knows
  // under another name, written in their place with the same length ("around ", "about")
  const plain = ROUGHLY_RE.test(text)
    ? text.replace(ROUGHLY_REPLACE_RE, (w) => (w.length === 7 ? 'around ' : 'about'))
    : text;
  // "~10 d", "≈ 3 months" (session 38): the sign of an approximate count as a space, so that every pattern reads the
  // count after it (the sign is read back from the text as written: the reading is approximate)
  const signed = hedged ? plain.replace(/[~\u2248\u223c](?=[ \u00a0]?\d)/g, ' ') : plain;
  const halves = hasAndHyphens(signed)
    ? signed.replace(/\b[a-z0-9]+-and-(?:a-)?half\b/gi, (w) => w.replace(/-/g, ' '))
    : signed;
  if (!halves.includes('(')) return halves;
  return halves.replace(NUMBER_WORD_WITH_DIGITS_RE, (w, word: string, digits: string) =>
    // "a four (4) month history": the count kept in digits, the word and the brackets as spaces
    readCount(word)?.value === Number(digits) ? ' '.repeat(word.length + 2) + digits + ' ' : w,
  );
}
/** A count written in words and then in digits in brackets, as legal and some clinical styles do: "four (4)". */
const NUMBER_WORD_WITH_DIGITS_RE =
  /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty)[ \u00a0]\((\d{1,2})\)/gi;

/**
 * A symptom of the myositis within five words after a duration, with no preposition between ("of worsening
 * weakness", not "of prednisone for her weakness").
 */
const SYMPTOM_AHEAD = String.raw`(?=(?:${SP}{1,2}(?!(?:for|with|to|of|in|on|by)\b)[a-z]+,?){0,5}?${SP}{1,2}(?:weakness|myalgias?|rash|dysphagia|muscle${SP}{1,2}pain|skin${SP}{1,2}lesions|symptoms|difficulty|stairs)\b)`;

/**
 * A time in the possessive, as "of" ("after 10 days' progressive weakness", "with a week's rash": session 38), before a
 * word.
 */
const POSSESSIVE_TIME = String.raw`(?:s['\u2019]|['\u2019]s)(?=${SP}{1,2}[a-z])`;
/**
 * The presentation told as a clause of its own after "before" or "prior to" (session 38: "Two months before he
 * presented, a rash appeared", "three months before she was seen", "before being admitted", "before she came to us"):
 * the patient as subject, or none, and a verb of the visit, whatever follows it. Not a diagnosis ("before she was
 * diagnosed with breast cancer" may be another illness's), nor another person's visit.
 */
const PRESENTATION_CLAUSE = String.raw`(?:before|prior${SP}{1,2}to)${SP}{1,2}(?:(?:she|he|the${SP}{1,2}(?:patient|child|boy|girl|man|woman))${SP}{1,2}(?:(?:was|had${SP}{1,2}been)${SP}{1,2}(?:(?:first|initially|finally|eventually)${SP}{1,2})?(?:admitted|seen|referred|hospitali[sz]ed)|(?:(?:first|finally|eventually)${SP}{1,2})?(?:presented|consulted|came${SP}{1,2}(?:to|in)|attended|sought)|had${SP}{1,2}(?:presented|consulted|come${SP}{1,2}(?:to|in)|attended|sought))|being${SP}{1,2}(?:(?:first|initially)${SP}{1,2})?(?:admitted|seen|referred|hospitali[sz]ed))\b`;

/**
 * The duration patterns, in the order they are tried: "a 3-month history of", "history of 3-months' …", "4/12 hx",
 * "with 1 months of", "for the past 6 years", "since 1 year", "lasting three months", "developed around 1 month
 * ago", "evolving for 3 months", "persisted for a period of 6 weeks", "for more than 2 months".
 * @internal exported for `timing-gates.test.ts`, which checks that every gate is implied by its pattern.
 */
export const DURATION_RES: readonly {
  re: RegExp;
  symptom: 'after' | 'sentence';
  onsetVerb?: boolean;
  /** The count when the pattern leaves it out ("during the past year"): group 1 is then optional. */
  count?: number;
  /** "a year and a half": half a unit more than the count. */
  half?: boolean;
  /** A labelled duration of the illness ("Duration of symptoms: 4 months"): the myositis' own symptoms. */
  label?: boolean;
  /** Only in a sentence that tells the presentation ("presented", "was admitted", "sought medical attention"). */
  presentationVerb?: boolean;
  /** Only after a verb of a symptom's onset earlier in the sentence ("developed …; she was admitted 3 months later"). */
  onsetBefore?: boolean;
  /**
   * Only right after a symptom of the myositis (within ten words before it): "difficulty climbing stairs over a
   * decade", not "a raised CK known for over ten years" or "her third admission over the past decade".
   */
  symptomBefore?: boolean;
  /**
   * A test the sentence must pass for `re` to match at all: words (in lower case), one of which the pattern cannot
   * match without, looked for first because that is far cheaper than the pattern (a speed gate only, never a rule:
   * it must be implied by `re`, which `timing-gates.test.ts` checks). All gates of a sentence are read in one scan
   * ({@link openGates}).
   */
  gate?: readonly string[];
}[] = [
  // "Two weeks after a vaccination, he developed proximal weakness; he was admitted one month later": the visit
  // counted from the onset told before it in the sentence (whatever event the onset itself was counted from)
  {
    re: new RegExp(
      String.raw`\b(?:presented|was${SP}{1,2}(?:(?:first|then|finally)${SP}{1,2})?(?:admitted|referred|hospitali[sz]ed|seen)|sought${SP}{1,2}(?:medical${SP}{1,2})?(?:attention|advice|care))${SP}{1,2}(?:(?:about|approximately|around|some)${SP}{1,2})?${COUNT_PATTERN}${COUNT_GAP}${DUR_UNIT}s?${SP}{1,2}later\b`,
      'gi',
    ),
    gate: ['later'],
    symptom: 'sentence',
    onsetBefore: true,
  },
  // ("2 mo hx proximal weakness": a note's "hx" without "of", session 37)
  // (session 40 grid: and "history" without "of" before the symptom — "3 mo history proximal weakness", which the
  // shorthand's "hx" becomes — never before a word of a clause of its own: "a 10-year history and recent weakness")
  {
    re: new RegExp(
      String.raw`\b${COUNT_PATTERN}${COUNT_GAP}${DUR_UNIT}s?['\u2019]?${SP}{1,2}(?:long${SP}{1,2})?(?:(?:history|duration|onset)${SP}{1,2}of|hx(?:${SP}{1,2}of)?|history(?=${SP}{1,2}(?!(?:and|or|but|was|were|is|are|has|had|with|in|at|on|to|for|from|that|which|who|she|he|it|they|the|this|of|since|over|before|after|until|when|while)\b)[a-z]))\b`,
      'gi',
    ),
    gate: ['history', 'hx', 'duration', 'onset'],
    symptom: 'after',
  },
  {
    re: new RegExp(
      String.raw`\bhistory${SP}{1,2}of${SP}{1,2}${COUNT_PATTERN}${COUNT_GAP}${DUR_UNIT}s?['\u2019]?`,
      'gi',
    ),
    gate: ['history'],
    symptom: 'after',
  },
  // "Reports 3 months of proximal weakness", "c/o 2 weeks of rash" (session 28: a clinic note's history): a verb of
  // the patient's account right before the duration of a symptom
  {
    re: new RegExp(
      String.raw`\b(?:reports?|reported|reporting|describes?|described|describing|gives?|gave|complains?${SP}{1,2}of|complained${SP}{1,2}of|complaining${SP}{1,2}of|endorses?|endorsed|endorsing)${SP}{1,2}(?:(?:about|approximately|around|nearly|almost|over|more${SP}{1,2}than)${SP}{1,2})?${COUNT_PATTERN}${COUNT_GAP}${DUR_UNIT}s?${SP}{1,2}of\b`,
      'gi',
    ),
    gate: ['report', 'describ', 'give', 'gave', 'complain', 'endors'],
    symptom: 'after',
  },
  { re: SLASH_DURATION_RE, symptom: 'after' },
  // "progressive over 3/12", "weakness for 6/52": the fraction after a preposition, its symptom anywhere in the sentence
  { re: SLASH_AFTER_PREPOSITION_RE, symptom: 'sentence' },
  {
    re: new RegExp(
      String.raw`(?:\b(?:with|of|for|since|from|over|evolving for|lasting|lasted|persisted${SP}{1,2}for)${SP}{1,2}|[x×](?<=[a-z]{3}${SP}[x×])${SP}{0,2})(?:(?:the${SP}{1,2})?(?:past|last|previous|preceding)${SP}{1,2}|(?:a${SP}{1,2}period${SP}{1,2}of${SP}{1,2})?(?:(?:about|approximately|approx\.?|around|nearly|almost|some|over)${SP}{1,2})?|(?:more${SP}{1,2}than|at${SP}{1,2}least)${SP}{1,2})?${RANGE_FROM}${COUNT_PATTERN}${COUNT_GAP}${DUR_UNIT}s?\b(?!${SP}{1,2}(?:later|after|ago|earlier))`,
      'gi',
    ),
    symptom: 'sentence',
  },
  // "presented with generalized weakness for 1 month after a recent diagnosis of renal cell carcinoma": a
  // duration after "for" or "lasting" stays a duration when an event follows "after" (the entry above leaves
  // "N units after" to the relative times); not a spell of health ("had not come back for 2 years after
  // recovery", "for 2 years after remission": session 29), nor a course after a treatment began ("weakness persisted
  // for 6 months after starting prednisone": session 37, an onset of 6 months)
  {
    re: new RegExp(
      String.raw`(?<!\b(?:not|never)${SP}{1,2}(?:recurred|relapsed|returned|flared)${SP}{1,2})\b(?:for|lasting)${SP}{1,2}(?:(?:about|approximately|around|nearly|almost|over|more${SP}{1,2}than)${SP}{1,2})?${COUNT_PATTERN}${COUNT_GAP}${DUR_UNIT}s?(?=${SP}{1,2}after\b(?!${SP}{1,2}(?:(?:the|her|his|full|complete)${SP}{1,2})?(?:recovery|remission|discharge|resolution)\b|${SP}{1,2}(?:(?:starting|initiating|initiation${SP}{1,2}of|commencing|beginning|the${SP}{1,2}(?:start|initiation)${SP}{1,2}of)\b|(?:(?:the|her|his)${SP}{1,2})?(?:treatment|therapy)\b)))`,
      'gi',
    ),
    gate: ['after'],
    symptom: 'sentence',
  },
  // "Chief complaints: Fever – 4 months. Weakness of both legs – 2 months." (session 29): a complaint and its
  // duration after a dash, as a list of complaints writes them
  {
    re: new RegExp(
      String.raw`(?:^|[:;.]${SP}{0,2})[A-Za-z]+(?:${SP}{1,2}[A-Za-z]+){0,4}(?:${SP}{0,2}[–—]| -(?= ))${SP}{0,2}${COUNT_PATTERN}${COUNT_GAP}${DUR_UNIT}s?\b(?!${SP}{1,2}(?:later|after|ago|before|earlier|prior|of))`,
      'gi',
    ),
    // (a hyphen between spaces as a typed dash: "C/O: difficulty climbing stairs - 1 month", session 37)
    gate: ['–', '—', ' - '],
    symptom: 'sentence',
  },
  // "progressive weakness over a 6-month period"
  {
    re: new RegExp(
      String.raw`\b(?:over|during|for|within)${SP}{1,2}(?:a|an)${SP}{1,2}${COUNT_PATTERN}${COUNT_GAP}${DUR_UNIT}s?${SP}{1,2}period\b`,
      'gi',
    ),
    gate: ['period'],
    symptom: 'sentence',
    // "improved over a 6-month period" is a course: only beside an onset word ("progressive", "developed")
    onsetVerb: true,
  },
  // "Four weeks of progressive weakness", "Summary: 1 months of …", "About 6 weeks of thigh aching" (session 26) — a
  // duration heading the symptom
  {
    re: new RegExp(
      // (session 38: "More than two years of worsening weakness", "over 6 months of", "at least 3 weeks of"; and after
      // "and", the second item of a list: "a 6-month history of fatigue and 2 weeks of weakness")
      String.raw`(?:^|[:;,(]${SP}*|\b(?:with|had|has|reported|described|gave|gives|noted|endorsed|and)${SP}{1,2})(?:(?:about|approximately|around|nearly|almost|some|over|more${SP}{1,2}than|at${SP}{1,2}least)${SP}{1,2})?${RANGE_FROM}${COUNT_PATTERN}${COUNT_GAP}${DUR_UNIT}(?:s?${SP}{1,2}of\b|${POSSESSIVE_TIME})`,
      'gi',
    ),
    gate: ['of', "'", '\u2019'],
    symptom: 'after',
  },
  // "developed around 1 month ago", "began about two weeks earlier", "appeared some 3 months prior" (the hedge kept),
  // "fell ill 2 weeks ago with weakness" (session 29)
  {
    re: new RegExp(
      // (session 38: every form of the verb, "starting", "beginning", "developing" — a note's participle: "Prodrome
      // starting 2 months earlier: fatigue; …")
      String.raw`\b(?:develop(?:ed|ing)|beg(?:an|inning)|start(?:ed|ing)|appear(?:ed|ing)|emerg(?:ed|ing)|arose|noticed|commenc(?:ed|ing)|fell${SP}{1,2}(?:ill|sick)|became${SP}{1,2}(?:ill|unwell|sick))${SP}{1,2}(?:(?:about|approximately|around|some|nearly)${SP}{1,2})?${COUNT_PATTERN}${COUNT_GAP}${STARTED_UNIT}s?${SP}{1,2}${COUNTED_BACK}\b`,
      'gi',
    ),
    gate: ['ago', 'earlier', 'previously', 'prior'],
    symptom: 'sentence',
  },
  // "6 weeks before admission", "two months prior to presentation", "about one year prior to diagnosis" (the
  // presentation and the diagnosis are one event here), "3 weeks preceding referral", and "prior"
  // with the presentation left out ("the dysphagia began one month prior to presentation and the rash two
  // months prior.")
  {
    re: new RegExp(
      String.raw`\b${COUNT_PATTERN}${COUNT_GAP}${DUR_UNIT}s?${SP}{1,2}(?:(?:before|prior${SP}to|preceding)${SP}{1,2}(?:(?:the|her|his|our|this|current|present)${SP}{1,2}){0,2}(?:(?:first|initial|index)${SP}{1,2})?(?:medical${SP}{1,2})?(?:(?:emergency|hospital|clinic|outpatient|inpatient|ICU|ED)${SP}{1,2})?(?:admission|presentation|hospitali[sz]ation|referral|consultation|evaluation|examination|visit|diagnosis)\b|(?:before|prior${SP}to)${SP}{1,2}(?:(?:she|he|the${SP}{1,2}patient)${SP}{1,2})?(?:attending|visiting|presenting${SP}{1,2}to|coming${SP}{1,2}to|came${SP}{1,2}to|visited|attended|presented${SP}{1,2}to)${SP}{1,2}(?:our|the)${SP}{1,2}(?:[A-Za-z]+${SP}{1,2}){0,2}(?:department|hospital|clinic|institution|centre|center|outpatient${SP}{1,2}clinic|emergency${SP}{1,2}department)\b|${PRESENTATION_CLAUSE}|prior(?=${SP}*[.,;)])|PTA\b)`,
      'gi',
    ),
    gate: ['before', 'prior', 'preceding', 'pta'],
    symptom: 'sentence',
    onsetVerb: true,
  },
  // "4 months earlier she had noticed a rash", "Eight weeks ago, she noticed …" (an onset verb in the sentence);
  // "the first rash, two months prior, was …", "the rash 2 months prior was …" (session 29: "prior" as an adverb);
  // "came with fever and a rash 8 months back which was followed by weakness" (session 29), "3 days back he developed
  // thigh pain" (session 31), "started 10 months back with fever" (session 33)
  {
    re: new RegExp(
      String.raw`\b${COUNT_PATTERN}${COUNT_GAP}${DUR_UNIT}s?${SP}{1,2}(?:earlier|ago|previously|back(?=${SP}*(?:[.,;)]|(?:and|which|that|when|followed|with|he|she|the${SP}{1,2}patient)\b|$))|prior(?!${SP}{1,2}to\b))`,
      'gi',
    ),
    gate: ['earlier', 'ago', 'previously', 'back', 'prior'],
    symptom: 'sentence',
    onsetVerb: true,
  },
  // "Before 6 months she started to have redness of the eyelids" (session 37): "before N units" opening the sentence,
  // as South Asian English writes "N units ago" (not "before 6 months of age", nor "before 3 months of treatment")
  {
    re: new RegExp(
      String.raw`^${SP}*before${SP}{1,2}(?:(?:about|approximately|around|nearly|some)${SP}{1,2})?${COUNT_PATTERN}${COUNT_GAP}${DUR_UNIT}s?\b(?!${SP}{0,2}(?:of|after|from|since|into|post|old)\b)`,
      'gi',
    ),
    gate: ['before'],
    symptom: 'sentence',
    onsetVerb: true,
  },
  // "referred to the clinic two years after the insidious onset of weakness": the presentation counted from the
  // onset (only after a verb of presentation: "dysphagia 2 months after the onset of weakness" is a later sign)
  {
    re: new RegExp(
      String.raw`\b(?:presented|presents|presenting|referred|admitted|seen|evaluated|came|attended)\b[^.;]{0,60}?\b${COUNT_PATTERN}${COUNT_GAP}${DUR_UNIT}s?${SP}{1,2}(?:after|following)${SP}{1,2}(?:the${SP}{1,2})?(?:(?:insidious|gradual|initial|first|subacute|acute)${SP}{1,2})?(?:onset|start|beginning)${SP}{1,2}of\b`,
      'gi',
    ),
    gate: ['onset', 'start', 'beginning'],
    symptom: 'after',
  },
  // "At referral, eight months after symptom onset, she …" (session 26): the visit counted from an onset named
  // without "of"
  // (session 40 grid: and "She was admitted three months into her illness", "seen 6 weeks into the course of his
  // disease" — lost: the visit counted into the illness)
  // (session 51 probe: "consulted 2 months after the first symptoms" — the first symptoms named as such)
  {
    re: new RegExp(
      String.raw`\b(?:presented|presents|presenting|referred|referral|admitted|admission|seen|hospitali[sz]ed|evaluated|came|attended|consulted|visited)\b[^.;]{0,60}?\b${COUNT_PATTERN}${COUNT_GAP}${DUR_UNIT}s?${SP}{1,2}(?:(?:after|following)${SP}{1,2}(?:the${SP}{1,2})?(?:symptom|disease|illness|clinical)${SP}{1,2}onset|(?:after|following)${SP}{1,2}(?:the|her|his|their)${SP}{1,2}(?:first|initial)${SP}{1,2}(?:symptoms?|complaints?|manifestations?)|into${SP}{1,2}(?:the${SP}{1,2}course${SP}{1,2}of${SP}{1,2})?(?:her|his|their|the)${SP}{1,2}(?:illness|disease|symptoms))\b`,
      'gi',
    ),
    gate: ['onset', 'into', 'first', 'initial'],
    symptom: 'sentence',
  },
  // "He came in three weeks after his legs became weak", "presented 5 days after developing a rash" (session 26); the
  // symptom with any determiner ("two months after a rash first appeared", session 38)
  {
    re: new RegExp(
      String.raw`\b(?:presented|presents|presenting|came|admitted|referred|attended|sought)\b[^.;]{0,40}?\b${COUNT_PATTERN}${COUNT_GAP}${DUR_UNIT}s?${SP}{1,2}(?:after|following)${SP}{1,2}(?:(?:developing|noticing|experiencing)\b|(?:his|her|the|their|a|an)${SP}{1,2}(?:[a-z]+${SP}{1,2}){0,3}(?:became|began|started|appeared)\b)`,
      'gi',
    ),
    gate: ['after', 'following'],
    symptom: 'sentence',
  },
  // "progressive proximal weakness and a rash, appearing in two months" (session 26): the course of the onset
  {
    re: new RegExp(
      // (session 38: "myalgia and fatigue, which were progressive during six weeks", "worsened during 3 weeks":
      // "during" as some authors write "over")
      String.raw`\b(?:appearing|appeared|developing|evolving|progressing|(?:appeared|developed|evolved|progressive|progressed|worsening|worsened)(?=${SP}{1,2}during\b))${SP}{1,2}(?:in|over|within|during)${SP}{1,2}(?:(?:about|approximately|around|some|nearly)${SP}{1,2})?${COUNT_PATTERN}${COUNT_GAP}${DUR_UNIT}s?\b`,
      'gi',
    ),
    gate: ['appear', 'develop', 'evolv', 'progress', 'worsen'],
    symptom: 'sentence',
  },
  // "a week of trouble swallowing, preceded four months before by tiredness and thigh ache" (session 26): the earlier
  // symptoms dated back from the presentation
  {
    re: new RegExp(
      String.raw`\bpreceded${SP}{1,2}(?:(?:about|approximately|around|some|nearly)${SP}{1,2})?${COUNT_PATTERN}${COUNT_GAP}${DUR_UNIT}s?${SP}{1,2}(?:before|earlier)${SP}{1,2}by\b`,
      'gi',
    ),
    gate: ['preceded'],
    symptom: 'sentence',
  },
  // "One year after initial onset, dysphagia developed and she visited our hospital": the presentation named
  // after the interval from the onset
  {
    re: new RegExp(
      String.raw`\b${COUNT_PATTERN}${COUNT_GAP}${DUR_UNIT}s?${SP}{1,2}(?:after|following)${SP}{1,2}(?:the${SP}{1,2})?(?:(?:insidious|gradual|initial|first|symptom)${SP}{1,2})?onset\b(?=[^.;]{0,100}?\b(?:visited|presented|presents|was${SP}admitted|was${SP}referred|came${SP}to|attended)\b)`,
      'gi',
    ),
    gate: ['onset'],
    symptom: 'sentence',
  },
  // "a decade-long history of joint pain and weakness": ten years a decade
  {
    re: new RegExp(
      String.raw`\b(a|one|two|three)${SP}{1,2}(decade)s?${SP}{0,2}(?:long${SP}{1,2})?(?:history|hx)${SP}{1,2}of\b`,
      'gi',
    ),
    gate: ['decade'],
    symptom: 'after',
  },
  // "trouble with stairs growing over a decade", "weak for two decades" (session 26): decades as a
  // duration after a preposition
  {
    re: new RegExp(
      String.raw`\b(?:for|over|during|lasting)${SP}{1,2}(?:(?:more${SP}{1,2}than|about|nearly|almost|over)${SP}{1,2})?(a|one|two|three)${SP}{1,2}(decade)s?\b(?!${SP}{1,2}(?:later|after|ago|earlier))`,
      'gi',
    ),
    gate: ['decade'],
    symptom: 'sentence',
    symptomBefore: true,
  },
  // "weakness over the past decade" (its count left out)
  {
    re: new RegExp(
      String.raw`\b(?:over|during|in|within|for)${SP}{1,2}the${SP}{1,2}(?:preceding|previous|past|last)${SP}{1,2}(one${SP}{0,2})?(decade)\b`,
      'gi',
    ),
    gate: ['decade'],
    symptom: 'sentence',
    count: 1,
    symptomBefore: true,
  },
  // "cramps and exercise intolerance with a 6-year history." (session 26): the history after its
  // symptoms, ending its clause
  {
    re: new RegExp(
      String.raw`\bwith${SP}{1,2}(?:a|an)${SP}{1,2}${COUNT_PATTERN}${COUNT_GAP}${DUR_UNIT}s?['\u2019]?${SP}{1,2}(?:long${SP}{1,2})?(?:history|hx)\b(?=${SP}*(?:[.;,)]|$))`,
      'gi',
    ),
    gate: ['history', 'hx'],
    symptom: 'sentence',
  },
  // "consulted with a 3-month painless subacute proximal limb weakness", "a 6-week progressive rash": the
  // duration as an adjective of the symptom noun (within eight words; never "-old", a history or a course, nor an
  // age without "old": "a 41-year gentleman with weakness", session 26)
  {
    re: new RegExp(
      String.raw`\b(?:a|an)${SP}{1,2}${COUNT_PATTERN}${COUNT_GAP}${DUR_UNIT}s?(?!${SP}{0,2}(?:old|long|history|hx|duration|period|course|trial|follow|cycle|regimen|taper|gentleman|man|woman|lady|boy|girl|male|female|patient|child|person)\b)(?=${SP}{1,2}(?:[a-z]+,?${SP}{1,2}){0,8}?(?:weakness|myalgias?|rash|dysphagia)\b)`,
      'gi',
    ),
    gate: ['weakness', 'myalgia', 'rash', 'dysphagia'],
    symptom: 'after',
  },
  // "the weakness evolved gradually over the course of 5 months": a course of the illness after a verb of onset
  // (a treatment's course, "a course of 4 months", is not)
  // (session 40 grid: the symptom may stand between, "developed weakness of the thighs over the course of 8 weeks",
  // up to six words that open no clause of their own)
  {
    re: new RegExp(
      String.raw`\b(?:evolved|evolving|developed|progressed|worsened|appeared|spread)(?:${SP}{1,2}(?!(?:and|but|or|was|were|is|are|had|has|then|after|treated|improved|resolved)\b)[a-z]+){0,6}?${SP}{1,2}over${SP}{1,2}the${SP}{1,2}course${SP}{1,2}of${SP}{1,2}(?:(?:about|approximately|around|nearly|some)${SP}{1,2})?${COUNT_PATTERN}${COUNT_GAP}${DUR_UNIT}s?\b`,
      'gi',
    ),
    gate: ['course'],
    symptom: 'sentence',
  },
  // "over the preceding four weeks she had developed weakness", "over last couple of months" (no article, session 18)
  // (session 40 grid: and "past" with no preposition a few words after a symptom of the myositis, "C/o myalgia past 2
  // months", as South Asian notes write it — never after "the" or a preposition)
  {
    re: new RegExp(
      String.raw`(?:\b(?:over|during|in|within)${SP}{1,2}(?:the${SP}{1,2})?(?:preceding|previous|past|last|prior)|(?<=\b(?:weakness|myalgias?|pain|rash|dysphagia|erythema|stairs|chair|swallowing)(?:${SP}{1,2}[a-z]+){0,4}${SP}{1,2})(?<!\b(?:the|for|over|in|during|within|of|since|from|and|or)${SP}{1,2})past)${SP}{1,2}${COUNT_PATTERN}${COUNT_GAP}${DUR_UNIT}s?\b`,
      'gi',
    ),
    gate: ['preceding', 'previous', 'past', 'last', 'prior'],
    symptom: 'sentence',
  },
  // "during the past year he noticed weakness", "over the last month": one unit, its count left out
  {
    re: new RegExp(
      String.raw`\b(?:over|during|in|within|for)${SP}{1,2}the${SP}{1,2}(?:preceding|previous|past|last|prior)${SP}{1,2}(one${SP}{0,2})?(year|month|week|fortnight)\b`,
      'gi',
    ),
    gate: ['preceding', 'previous', 'past', 'last', 'prior'],
    symptom: 'sentence',
    count: 1,
  },
  // "In the month before admission she noticed dysphagia" (session 25): one unit before the visit
  {
    re: new RegExp(
      String.raw`\b(?:over|during|in|within)${SP}{1,2}the${SP}{1,2}(one${SP}{0,2})?(year|month|week|fortnight)${SP}{1,2}(?:before|prior${SP}{1,2}to|preceding|(?:which|that)${SP}{1,2}preceded|leading${SP}{1,2}up${SP}{1,2}to)${SP}{1,2}(?:(?:her|his|the|this)${SP}{1,2})?(?:admission|presentation|hospitali[sz]ation|referral|consultation|evaluation|examination|assessment|visit)\b`,
      'gi',
    ),
    gate: ['before', 'prior', 'preced', 'leading'],
    symptom: 'sentence',
    count: 1,
  },
  // "He had been weak for the 3 months before admission", "in the 10 days leading up to her admission" (session 38):
  // a span with its count that ends at the visit (a span, so no verb of onset is needed)
  {
    re: new RegExp(
      String.raw`\b(?:for|over|during|in|within|throughout)${SP}{1,2}the${SP}{1,2}(?:(?:about|approximately|around|nearly|some)${SP}{1,2})?${COUNT_PATTERN}${COUNT_GAP}${DUR_UNIT}s?${SP}{1,2}(?:before|prior${SP}{1,2}to|preceding|(?:which|that)${SP}{1,2}preceded|leading${SP}{1,2}up${SP}{1,2}to)${SP}{1,2}(?:(?:her|his|the|this)${SP}{1,2})?(?:admission|presentation|hospitali[sz]ation|referral|consultation|evaluation|examination|assessment|visit)\b`,
      'gi',
    ),
    gate: ['before', 'prior', 'preced', 'leading'],
    symptom: 'sentence',
  },
  // "weak in the legs since about 3 years ago" (session 25): "since" before a time counted back
  {
    re: new RegExp(
      String.raw`\bsince${SP}{1,2}(?:(?:about|approximately|around|nearly|almost|some|over)${SP}{1,2})?${COUNT_PATTERN}${COUNT_GAP}${DUR_UNIT}s?${SP}{1,2}${COUNTED_BACK}\b`,
      'gi',
    ),
    gate: ['since'],
    symptom: 'sentence',
  },
  // "a year and a half history of", "for a month and a half": the half after the unit (never a time after an event:
  // "a year and a half after the diagnosis of DM, she developed lymphoma")
  {
    re: new RegExp(
      String.raw`\b(a|an|one|\d{1,2})${SP}{1,2}${DUR_UNIT}s?${SP}{1,2}and${SP}{1,2}a${SP}{1,2}half\b(?!${SP}{1,2}(?:after|later|following|into|post)\b)`,
      'gi',
    ),
    gate: ['half'],
    symptom: 'sentence',
    half: true,
  },
  // "presented after 3 months of progressive weakness", "After 2 months of worsening weakness, she sought …": the
  // symptom within five words after the duration ("after 3 months of prednisone" names none), counted to the
  // presentation ("developed a cough after several weeks of myalgia" counts to another symptom)
  {
    re: new RegExp(
      // ("Following 2 months of weakness, she presented …", session 35: lost)
      String.raw`\b(?:after|following)${SP}{1,2}(?:(?:about|approximately|around|nearly|almost|some)${SP}{1,2})?${RANGE_FROM}${COUNT_PATTERN}${COUNT_GAP}${DUR_UNIT}(?:s?${SP}{1,2}of|${POSSESSIVE_TIME})${SYMPTOM_AHEAD}`,
      'gi',
    ),
    gate: ['after', 'following'],
    symptom: 'after',
    presentationVerb: true,
  },
  // "a rash on her hands dating back 6 months"; and the other verbs of a span reaching back from now, after a
  // span of the illness or a symptom (session 38: "a history going back three years of arthralgia, …, weakness", "symptoms
  // that stretch back 3 months", "weakness extending back over a year")
  {
    re: new RegExp(
      String.raw`(?:\bdat(?:ing|ed)|(?<=\b(?:history|symptoms?|complaints?|illness|problems?|weakness|rash|pain)${SP}{1,2}(?:(?:that|which)${SP}{1,2})?)(?:going|goes|went|gone|stretch(?:ing|es|ed)?|extend(?:ing|s|ed)?|reach(?:ing|es|ed)?))${SP}{1,2}back${SP}{1,2}(?:(?:about|approximately|around|nearly|some|over)${SP}{1,2})?${COUNT_PATTERN}${COUNT_GAP}${DUR_UNIT}s?\b`,
      'gi',
    ),
    gate: ['dating', 'dated', 'going', 'goes', 'gone', 'went', 'stretch', 'extend', 'reach'],
    symptom: 'sentence',
  },
  // "a 2-month course of progressive weakness", "a 4-week period of myalgia": the course of the illness ("a
  // 6-month course of prednisone for her weakness" is a treatment's)
  {
    re: new RegExp(
      String.raw`\b(?:a|an)${SP}{1,2}${COUNT_PATTERN}${COUNT_GAP}${DUR_UNIT}s?${SP}{1,2}(?:course|period)${SP}{1,2}of${SYMPTOM_AHEAD}`,
      'gi',
    ),
    gate: ['course', 'period'],
    symptom: 'after',
  },
  // "the rash had first appeared about 8 weeks before.": "before" standing alone, beside a verb of onset
  {
    re: new RegExp(
      // (and before a comma that opens the next clause: "The weakness had started 3 months before, and the rash one
      // month before", session 34: the rash's month taken as the onset)
      // (session 51 probe: "had appeared eight months before and was treated as eczema" — "and" without a comma,
      // unless it pairs the preposition, "before and after surgery")
      String.raw`\b${COUNT_PATTERN}${COUNT_GAP}${DUR_UNIT}s?${SP}{1,2}before(?=${SP}*(?:[.;)]|$|,${SP}*(?:and|but|while|whereas|after|following|when)\b)|${SP}{1,2}(?:and|but)\b(?!${SP}{1,2}(?:after|during|since|until)\b))`,
      'gi',
    ),
    gate: ['before'],
    symptom: 'sentence',
    onsetVerb: true,
  },
  // "Symptoms: proximal weakness (4 months); heliotrope rash (2 months)": a duration in brackets right after a
  // symptom of the myositis (session 40 grid: or a few words after it, "weakness of the thighs (8 weeks)", "myalgia
  // of recent onset (3 weeks)")
  {
    re: new RegExp(
      String.raw`(?<=\b(?:weakness|myalgias?|rash|dysphagia|erythema|lesions?|papules|difficulty|chair|stairs|swallowing)(?:${SP}{1,2}[a-z]+){0,6}${SP}{0,2}[([]${SP}{0,2})${COUNT_PATTERN}${COUNT_GAP}${DUR_UNIT}s?(?=${SP}{0,2}[)\]])`,
      'gi',
    ),
    gate: [
      'weakness',
      'myalgia',
      'rash',
      'dysphagia',
      'erythema',
      'lesion',
      'papule',
      'difficulty',
      'chair',
      'stairs',
      'swallowing',
    ],
    symptom: 'sentence',
  },
  // a labelled line with the unit in the label: "Symptom duration (months): 7"
  {
    re: new RegExp(
      String.raw`\b(?:symptom|disease|illness)${SP}{1,2}duration${SP}{0,2}\((?=[a-z]+\)${SP}{0,2}[:=]${SP}{0,2}(\d{1,3})\b)(day|week|month|year)s?\)`,
      'gi',
    ),
    gate: ['duration'],
    symptom: 'sentence',
    label: true,
  },
  // a labelled onset in a line or a table row: "Onset | 5 months before admission", "Time from symptom onset to
  // diagnosis: 6 months"
  {
    re: new RegExp(
      String.raw`\b(?<!age${SP}{1,2}at${SP}{1,2})(?:symptom${SP}{1,2})?(?:onset|time${SP}{1,2}from${SP}{1,2}(?:(?:symptom${SP}{1,2})?onset|(?:the${SP}{1,2})?first${SP}{1,2}symptoms?)${SP}{1,2}to${SP}{1,2}(?:diagnosis|presentation|admission|referral))${SP}*[:|=]${SP}*${RANGE_FROM}${COUNT_PATTERN}${COUNT_GAP}${DUR_UNIT}s?\b`,
      'gi',
    ),
    gate: [':', '|', '='],
    symptom: 'sentence',
    label: true,
  },
  // a labelled line: "Duration of symptoms: 4 months", "Disease duration: 6 wk", a table's "Disease duration | 8
  // months" (session 37); and the same told as a sentence,
  // "The duration of symptoms before admission was 3 months" (session 33)
  {
    re: new RegExp(
      String.raw`\b(?:duration${SP}{1,2}of${SP}{1,2}(?:the${SP}{1,2})?(?:symptoms?|illness|disease|complaints?|weakness)|(?:symptom|disease|illness)${SP}{1,2}duration|(?<=\(${SP}*)duration)(?:${SP}{1,2}(?:at|before)${SP}{1,2}(?:diagnosis|presentation|admission|onset|referral))?(?:${SP}*[:=|,\u2013\u2014]${SP}*|${SP}{1,3}(?:of${SP}{1,2}|(?:was|were)${SP}{1,2}(?:(?:about|approximately|around)${SP}{1,2})?)?)${RANGE_FROM}${COUNT_PATTERN}${COUNT_GAP}${DUR_UNIT}s?\b`,
      'gi',
    ),
    gate: ['duration'],
    symptom: 'sentence',
    label: true,
  },
];

/**
 * The gate words of {@link DURATION_RES}, longest first, as one pattern that reports, at every position of a
 * lower-cased text, the first word starting there: since two words starting at one position are a word and its
 * prefix, the longest first reports the longer, which opens every gate of a prefix of it too.
 */
const GATE_WORDS = [...new Set(DURATION_RES.flatMap((d) => d.gate ?? []))].sort(
  (a, b) => b.length - a.length,
);
const GATE_SCAN_RE = new RegExp(
  `(?=(${GATE_WORDS.map((w) => w.replace(/[|\\^$.*+?()[\]{}]/g, '\\$&')).join('|')}))`,
  'g',
);
/** For each gate word, the indices of the {@link DURATION_RES} entries whose gate it opens (a word of it is its prefix). */
const GATE_OPENS: ReadonlyMap<string, readonly number[]> = new Map(
  GATE_WORDS.map((v) => [
    v,
    DURATION_RES.flatMap((d, i) => (d.gate?.some((w) => v.startsWith(w)) ? [i] : [])),
  ]),
);
/** The open gates of the last sentence read by {@link openGates}, by entry of {@link DURATION_RES}. */
const gateOpen = new Uint8Array(DURATION_RES.length);
/**
 * Reads which gates of {@link DURATION_RES} a text opens into {@link gateOpen} (and returns it): one scan of the
 * lower-cased text instead of one test per gate. Exact: the scan finds every position where a gate word starts.
 * @internal exported for `timing-gates.test.ts`
 */
export function openGates(text: string): Uint8Array {
  gateOpen.fill(0);
  const lower = text.toLowerCase();
  GATE_SCAN_RE.lastIndex = 0;
  for (let m = GATE_SCAN_RE.exec(lower); m; m = GATE_SCAN_RE.exec(lower)) {
    for (const i of GATE_OPENS.get(m[1]!)!) gateOpen[i] = 1;
    GATE_SCAN_RE.lastIndex++;
  }
  return gateOpen;
}
/**
 * The entries of {@link DURATION_RES} as the onset search reads them: every one of one shape (the search reads
 * them all per sentence), with its index for {@link gateOpen}.
 */
const DURATION_ENTRIES = DURATION_RES.map((d, i) => ({
  re: d.re,
  symptom: d.symptom,
  onsetVerb: d.onsetVerb,
  count: d.count,
  half: d.half,
  label: d.label,
  presentationVerb: d.presentationVerb,
  onsetBefore: d.onsetBefore,
  symptomBefore: d.symptomBefore,
  gated: d.gate !== undefined,
  slash: d.re === SLASH_DURATION_RE || d.re === SLASH_AFTER_PREPOSITION_RE,
  index: i,
}));
/** The slash entries, the only ones that can match in a sentence without a unit word. */
const SLASH_ENTRIES = DURATION_ENTRIES.filter((d) => d.slash);

/** Verbs of the presentation a duration may count to ("presented after 3 months of …"). */
const PRESENTED_RE =
  /\b(?:presented|presents|presenting|admitted|referred|hospitali[sz]ed|sought|consulted|visited|attended|came\s+to|seen)\b/i;
/** A sentence that says the time it gives had no symptom ("elevated for 2 years without any symptoms"). */
const WITHOUT_SYMPTOMS_RE = /\b(?:without|no)\s+(?:any\s+)?(?:symptoms|complaints)\b(?!\s+of\b)/i;

/** A denial or a normal finding ("no weakness", "strength was normal"): a sign named beside it is not there. */
const DENIAL_RE = /\b(?:no|not|without|denied|denies|denying|normal|negative|absent|nor)\b/i;

/** The name of the myositis itself (not one of its signs). */
const MYOSITIS_NAME_RE =
  /\b(?:(?:juvenile\s+)?(?:dermatomyositis|polymyositis|myositis)|JDM|DM|PM|IIM|CADM|IMNM|antisynthetase\s+syndrome|necroti[sz]ing\s+(?:autoimmune\s+)?myopathy)\b/;
/**
 * "DM" beside "HTN" ("K/c/o DM and HTN", "HTN/DM", "T2DM"): diabetes mellitus, as the notes that write them together
 * mean it, not dermatomyositis (session 35: "known case of DM and HTN" read as a myositis known before).
 */
const DIABETES_DM_RE =
  /\b(?:T2|type\s*(?:2|II)\s*)?DM\b(?=\s*(?:,|and|&|\/|\+)\s*HTN\b)|\bHTN\s*(?:,|and|&|\/|\+)\s*(?:T2)?DM\b|\bT2DM\b/gi;
/** The text with every "DM" that means diabetes ({@link DIABETES_DM_RE}) blanked, its length kept. */
const withoutDiabetesDm = (text: string) => text.replace(DIABETES_DM_RE, (w) => ' '.repeat(w.length));
/**
 * A myositis the patient already had before this presentation, named without its duration: "a girl with a
 * history of treated anti-TIF1-γ juvenile dermatomyositis came in with skin ulcers of 10 days", "a known
 * case of polymyositis", "a girl with established dermatomyositis" (an adjective only: "…, which established
 * an anti-HMGCR necrotizing myopathy" names this presentation's diagnosis, session 38, where every onset
 * was lost). Only words of the disease's own description may come between (no verb, no "and", no
 * comma: "a history of hypertension who presented with … dermatomyositis" is another history).
 */
const KNOWN_MYOSITIS_RE = new RegExp(
  String.raw`\b(?:history${SP}+of|known${SP}+(?:case${SP}+of${SP}+|to${SP}+have${SP}+)?|previously${SP}+diagnosed${SP}+(?:with|as)${SP}+|long-?standing${SP}+|(?<=\b(?:an?|with|of|her|his|their|known|already|well|long)[\s-]+)established${SP}+)(?:(?!\b(?:and|or|who|was|were|is|has|had|presented|presenting|developed|diagnosed|admitted|with|without)\b)[^.;,]){0,100}?` +
    MYOSITIS_NAME_RE.source,
  'i',
);

/**
 * Speed gates of {@link KNOWN_MYOSITIS_RE}: one of its opening words, and a word every myositis name holds. Both
 * are tried on the text before "DM" of diabetes is blanked, which only turns letters into spaces, so a word the
 * blanked text holds is in the text too.
 * @internal exported for `speed-gates.test.ts`
 */
export const KNOWN_MYOSITIS_GATES = [
  /history|known|previously|standing|established/i,
  /myositis|dm|pm|iim|imnm|antisynthetase|necroti/i,
] as const;
/**
 * A myositis diagnosed years before this presentation ("She was diagnosed with dermatomyositis 5 years ago", "her
 * dermatomyositis had been diagnosed six years earlier"; session 37: the two-month duration of a relapse read as the
 * onset): a year or more counted back from the diagnosis, so the diagnosis is a past episode, not this presentation's.
 */
const DIAGNOSED_YEARS_AGO_RE = new RegExp(
  String.raw`\bdiagnosed${SP}+(?:(?:with|as(?:${SP}+having)?)${SP}+(?:[\w-]+${SP}+){0,3}?(?:${MYOSITIS_NAME_RE.source})${SP}+|(?<=(?:${MYOSITIS_NAME_RE.source})${SP}+(?:(?:was|had${SP}+been|being)${SP}+)?diagnosed${SP}+))(?:(?:about|some|approximately|nearly|over|more${SP}+than)${SP}+)?${COUNT_PATTERN}${SP}+years?${SP}+(?:ago|earlier|previously|before|back)\b`,
  'i',
);
/**
 * Speed gate of {@link DIAGNOSED_YEARS_AGO_RE}: the words it cannot match without.
 * @internal exported for the test
 */
export const DIAGNOSED_YEARS_AGO_GATE = (text: string): boolean =>
  /diagnosed/i.test(text) && /year/i.test(text);
/** @internal exported for the test */
export { DIAGNOSED_YEARS_AGO_RE };
/** A sentence that names a myositis known before this presentation ({@link KNOWN_MYOSITIS_RE}). */
const knownMyositis = (text: string): boolean =>
  KNOWN_MYOSITIS_GATES.every((g) => g.test(text)) && KNOWN_MYOSITIS_RE.test(withoutDiabetesDm(text));
/**
 * A sentence of the patient's that tells a myositis diagnosed years before ({@link DIAGNOSED_YEARS_AGO_RE}; not a
 * relative's: "Her father was diagnosed with dermatomyositis 10 years ago").
 */
const diagnosedYearsAgo = (s: DocSentence, text: string): boolean =>
  DIAGNOSED_YEARS_AGO_GATE(text) &&
  DIAGNOSED_YEARS_AGO_RE.test(withoutDiabetesDm(text)) &&
  !s.hasTrigger('experiencer');
/** @internal exported for `speed-gates.test.ts` */
export { KNOWN_MYOSITIS_RE };
/**
 * Verbs of an onset: a time before the presentation dates the first symptom only beside one of them ("presented
 * with weakness 2 years ago": the symptom was there then). Session 38: "had been troubled by", "suffered from", "grew
 * more and more tired" (the patient's account of a symptom in that span, as "experienced" and "complained" are).
 * Session 39 (vocabulary from knowledge): the other verbs English gives a symptom's start ("manifested", "surfaced",
 * "set in", "came on") and the nouns of a start before "of" ("the beginning / start / appearance of the weakness was
 * 5 months before admission"). Not "occurred" (any event occurs: a fall, a stroke, an infection), nor "presented" alone
 * (the visit's verb).
 */
const ONSET_VERB_RE =
  /\b(?:noticed|noted|observed|developed|began|begun|started|initiated|appeared|emerged|arose|onset|debut(?:ed)?|first|initial|initially|experienc(?:ed|ing)|complained|progress\w*|present(?:ed|s)\s+with|bec[oa]me|grew|troubled|suffer(?:ed|ing)|manifest(?:ed|ing)|surfaced|set\s+in|c[ao]me\s+on|(?:beginning|start|appearance|emergence|commencement|inception)\s+of)\b/i;

/**
 * (Session 38: nor "In the 3 months before admission she had no weakness", a denial.)
 *
 * (Session 38: not "Five years earlier, she had been diagnosed with psoriasis because of scaly plaques", an
 * onset of 60 months: "had been diagnosed", "had been treated" date a diagnosis or a care, not a symptom.)
 *
 * Session 19: "Two years ago, she had a rash on the face", "well until 10 months prior to admission (PTA) when she
 * had …": the patient's own "had" right after the time (not "declined two months ago to the point where she had …",
 * a worsening); the person may be named with the age after the noun ("Two years ago, a woman aged 56 years had …",
 * session 27).
 */
const HAD_RIGHT_AFTER_RE =
  /^\s*(?:\(\s*pta\s*\)\s*)?,?\s*(?:when\s+)?(?:she|he|the\s+patient|an?\s+[\w-]+(?:\s+[\w-]+)?\s+(?:wo)?man|an?\s+(?:wo)?man,?\s+(?:aged\s+)?\d{1,3}(?:\s+years?(?:\s+old|\s+of\s+age)?)?,?)\s+had\b(?!\s+(?:no|not|never|neither)\b)(?!\s+(?:(?:already|previously|also|first)\s+)?been\s+(?:(?:already|previously|also|first)\s+)?(?:diagnosed|treated|admitted|hospitali[sz]ed|operated|vaccinated|started|placed|put|given|prescribed|referred|seen|investigated|evaluated|examined|tested)\b)/i;

/** The patient denied a symptom right after a span ("…, she had no weakness", "there was no rash", "she denied …"). */
const SPAN_DENIED_AFTER_RE =
  /^[\s,]*(?:(?:she|he|the\s+patient|there)\s+(?:(?:had|has|was|were)\s+)?(?:no|never|denied|denies)|no)\b/i;
/** A follow-up right after a duration ("18 months of follow-up", "2 years' observation", "a 2-year follow-up"). */
const FOLLOW_UP_AFTER_RE =
  /^(?:['\u2019]s?)?\s*(?:of\s+)?(?:(?:clinical|close|further|outpatient|regular)\s+)?(?:follow[\s-]?up|observation|surveillance|monitoring)\b/i;
/** Words of a recovery or of a value coming back to normal ("came back to normal", "settled", "resolved"). */
const RECOVERY_RE =
  /\b(?:(?:came|returned|went)\s+back\s+to\s+normal|returned\s+to\s+normal|normali[sz](?:ed|ation)|resolved|resolution|settled|improved|improvement|recovered|recovery|disappeared|subsided|regressed|faded|cleared|remission|remitted)\b/i;
/** Nothing before a time but, at most, a run-in label ("Case history: Six weeks before …"). */
const OPENING_LABEL_RE = /^\s*(?:[A-Z][^.:;]{0,40}:\s*)?$/;
/** A worsening right before a duration ("worse over the past 2 months"). */
const WORSE_BEFORE_RE = /\b(?:worse|worsened|worsening|deteriorat\w*|aggravated)\b[^.;]*$/i;
/** A complaint of long standing told before it ("for years", "since childhood", "long-standing"). */
const LONG_STANDING_RE =
  /\b(?:for\s+(?:many\s+|several\s+)?(?:years|decades)|since\s+(?:childhood|adolescence|youth)|long-?standing|lifelong|chronic)\b/i;

/** A verb of a symptom's onset (never of the presentation: "presented with weakness and was admitted …"). */
const ONSET_BEFORE_RE = /\b(?:noticed|developed|began|begun|started|appeared)\b/i;

/** Durations of the patient's symptoms stated in one sentence, with the kind of symptom they belong to. */
/** Subjects that point back to the sentence before ("This started 2 years ago", "It began …"). */
const ANAPHOR = new Set(['this', 'it', 'these', 'they', 'which', 'both']);

/**
 * The onset candidates of a sentence whose text (`text`, after {@link unhyphenHalf}) holds a unit word (`unitWord`)
 * or a slash duration's fraction (`slash`, {@link slashFraction}): the caller skips the others.
 */
function onsetCandidates(
  doc: Doc,
  s: DocSentence,
  prev: DocSentence | undefined,
  text: string,
  unitWord: boolean,
  slash: boolean,
): OnsetCandidate[] {
  const out: OnsetCandidate[] = [];
  const approxWord = /\b(?:about|approximately|approx|around|nearly|almost|some)\b/i;
  // "the CK had been elevated for 2 years without any symptoms": a duration the sentence itself says had no symptom
  // (not when the sentence names a sign of the myositis before it, with no denial: "Rash for 3 wk on the shins; no
  // symptoms from it", session 38, is an asymptomatic rash of three weeks, not a time without any sign)
  const without = WITHOUT_SYMPTOMS_RE.exec(text);
  if (
    without &&
    !(
      !DENIAL_RE.test(text.slice(0, without.index)) &&
      symptomKind(...spanOf(s, s.start, s.start + without.index)) === 'core'
    )
  )
    return out;
  // (without a unit word only the slash entries can match; with one, the gates are read in one scan)
  if (unitWord) openGates(text);
  for (const {
    re,
    symptom,
    onsetVerb,
    count,
    half,
    label,
    presentationVerb,
    onsetBefore,
    symptomBefore,
    gated,
    slash: slashEntry,
    index,
  } of unitWord ? DURATION_ENTRIES : SLASH_ENTRIES) {
    if (gated && !gateOpen[index]) continue;
    if (slashEntry && !slash) continue;
    if (presentationVerb && !PRESENTED_RE.test(text)) continue;
    // a time before the presentation in a sentence that names a cancer is the cancer's, unless the cancer stands
    // in a clause of its own ("Her weakness had started 3 months before admission, and CT showed a lung mass, which
    // proved to be adenocarcinoma": session 34, the onset lost)
    const cancers = onsetVerb ? s.mentions.filter((x) => x.concept.kind === 'histology') : [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const amountText = m[1] ?? '';
      // "a months-long history", "a years-long course" (session 39, vocabulary from knowledge: read as one month): the
      // article before a plural unit counts nothing
      if (/^an?$/i.test(amountText) && ARTICLE_PLURAL_RE.test(m[0])) continue;
      let unit: TimeExpression['unit'];
      if (m[2] === '12' || m[2] === '52' || m[2] === '7') {
        unit = m[2] === '12' ? 'month' : m[2] === '52' ? 'week' : 'day';
      } else if (m[2] === 'D') continue;
      else unit = durationUnit(m[2]!);
      // "several months of weakness", "a few weeks' history": no number is stated, so no onset is dated (session
      // 24: the gold of the development half gives none in five of six such texts; "a couple of" is read as 2)
      if (count === undefined && UNSTATED_COUNTS.has(amountText.trim().toLowerCase())) continue;
      // "who had lived in Portugal for the past four years" (session 25: read as a three-year onset): how long the
      // patient had lived, worked or stayed somewhere
      if (RESIDENCE_BEFORE_RE.test(text.slice(Math.max(0, m.index - 50), m.index))) continue;
      const read = count !== undefined ? { n: count, approximate: false } : amount(amountText);
      const { approximate } = read;
      let n = read.n + (half ? 0.5 : 0);
      // "for 2 to 3 months", "a 3–4 month history": the middle of the range
      const at = amountText ? m[0].indexOf(amountText) : -1;
      const low = at >= 0 ? rangeLow(doc.text.slice(s.start, s.start + m.index + at), n) : undefined;
      if (low !== undefined) n = (low + n) / 2;
      // "for 1 year and 3 months", "a 1 year and 6 months history" (session 33: read as 12 and 6): a duration in
      // two units, years then months, read whole in months
      if (at >= 0 && low === undefined && !half) {
        const unitAt = m[0].indexOf(m[2]!, at + amountText.length);
        const tail = unitAt >= 0 ? text.slice(m.index + unitAt + m[2]!.length).replace(/^s\b/, '') : '';
        const more = unit === 'year' ? monthsAfterYears(tail) : undefined;
        const years = unit === 'month' ? yearsBeforeMonths(text.slice(0, m.index + at)) : undefined;
        if (more) {
          n = n * 12 + more.months;
          unit = 'month';
        } else if (years !== undefined) n += years * 12;
      }
      // a decade is read as ten years, a fortnight as two weeks
      if ((unit as string) === 'decade') {
        unit = 'year';
        n *= 10;
      }
      if ((unit as string) === 'fortnight') {
        unit = 'week';
        n *= 2;
      }
      if (!Number.isFinite(n) || n <= 0) continue;
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (
        cancers.some(
          (x) =>
            !/[;,]|\band\b/.test(
              x.start < start ? doc.text.slice(x.end, start) : doc.text.slice(end, x.start),
            ),
        )
      )
        continue;
      if (onsetBefore && !ONSET_BEFORE_RE.test(doc.text.slice(s.start, start))) continue;
      // "mild weakness for years, worse over the past 2 months" (session 26): a worsening of a long-standing
      // complaint is no onset
      if (
        WORSE_BEFORE_RE.test(doc.text.slice(Math.max(s.start, start - 25), start)) &&
        LONG_STANDING_RE.test(doc.text.slice(s.start, start))
      )
        continue;
      if (symptomBefore && !coreSymptomBefore(s, start)) continue;
      // a time before the presentation dates the first symptom only beside an onset verb of its own clause (session
      // 38: not across a semicolon, "He first noticed tiredness a year ago; three months ago it got much worse"
      // — the second time dates a worsening)
      if (
        onsetVerb &&
        // (a time opening the sentence reaches past an apposition to its verb: "Five months before presentation, the
        // patient, a 44-year-old teacher, noticed …", session 37)
        !ONSET_VERB_RE.test(onsetVerbWindow(doc, s, start, end)) &&
        !HAD_RIGHT_AFTER_RE.test(doc.text.slice(end, Math.min(s.end, end + 60)))
      )
        continue;
      const after = doc.text.slice(end, end + 12);
      // an age ("a case of 52 years old"), a course ("over a period of 4 months"), a treatment ("on
      // rosuvastatin for over 20 years"): not the duration of a symptom
      if (/^[\s\u00a0\u2009\u202f\u2010-\u2015-]*(?:old|of age)\b/i.test(after)) continue;
      // "A man, 77 years of age, presented …": the pattern took the "of", the age follows it
      if (/\bof\s*$/i.test(m[0]) && /^\s*age\b/i.test(after)) continue;
      // "a patient of 60 years presented …": an age (session 46: also past a bracketed aside, "a multiparous woman
      // (gravida 3, para 2) of 52 years", which had been read as an onset of 624 months)
      if (
        /^of\b/i.test(m[0]) &&
        /\b(?:patient|man|woman|lady|gentleman|boy|girl|child|male|female)\s*(?:\([^()]{0,40}\)\s*)?$/i.test(
          doc.text.slice(Math.max(s.start, start - 62), start),
        )
      )
        continue;
      // "a female teacher of 47 years presented with myalgia of 5 days", "an infant of 6 months" (session 38:
      // an onset of 564 months): "of N units" after a person named by any noun is an age — a noun phrase opened by
      // "a" or "an" that names no symptom and no span of the illness ("a rash of 2 weeks", "a history of 3 months")
      // (an age is never followed by "of" or a word of the course: "a clinical picture of 2 months of evolution")
      if (
        /^of\b/i.test(m[0]) &&
        !/^\s*(?:of|duration|evolution|history|course)\b/i.test(after) &&
        personOfAge(doc, s, start)
      )
        continue;
      const before = doc.text.slice(Math.max(s.start, start - 60), start).toLowerCase();
      // ("diagnosed after an interval of 2 years from the myositis", session 33: an onset of 24 months)
      if (/\b(?:period|course|interval)\s+$|\b(?:period|course|interval)\s+of\s*$/.test(before)) continue;
      // "we survey every report published over the past 20 years" (session 34: an onset of 300 months): the span of a
      // literature, not of a symptom
      if (/\b(?:published|literature|reviewed?|reported\s+cases)\b[^.;]{0,40}$/.test(before)) continue;
      // "she had no cough and had not travelled in the past year" (session 34: an onset of 12 months): a span in
      // which a symptom is denied
      if (
        /^(?:in|over|during|within)\s+the\s+(?:past|last|previous|preceding)\b/i.test(m[0]) &&
        /\b(?:no|not|denied|denies|denying|nor|without|never)\b/.test(
          doc.text.slice(Math.max(clauseStartOf(s, start), start - 45), start).toLowerCase(),
        )
      )
        continue;
      // "In the 3 months before admission she had no weakness" (session 38): a span whose subject right after it is
      // denied a symptom
      if (
        /^(?:for|over|during|in|within|throughout)\s+the\b/i.test(m[0]) &&
        SPAN_DENIED_AFTER_RE.test(doc.text.slice(end, Math.min(s.end, end + 40)))
      )
        continue;
      // "She had no weakness for the past year; two months ago she developed a rash" (session 37: an onset of 12
      // months): a span after "for" in which a symptom is denied ("no", "denied", "without": not "not", since "she
      // has not been able to climb stairs for the past 3 months" is a symptom of that span)
      if (
        /^for\s+the\s+(?:past|last|previous|preceding)\b/i.test(m[0]) &&
        /\b(?:no|denied|denies|denying|without|never)\b/.test(
          doc.text.slice(Math.max(clauseStartOf(s, start), start - 45), start).toLowerCase(),
        )
      )
        continue;
      // "After chemoradiotherapy, her rash persisted for two months before resolving" (session 34: an onset of 2):
      // how long a sign lasted before it went, a course
      if (
        /^\s*(?:before|until)\s+(?:it\s+|they\s+)?(?:resolv|resolution|subsid|fad|disappear|clear|regress)/i.test(
          doc.text.slice(end, Math.min(s.end, end + 30)),
        )
      )
        continue;
      // "Over 30 months of follow-up his rash did not return", "during a 2-year follow-up"
      // (session 38: an onset of 30 months): the span of a follow-up, not of a symptom
      if (FOLLOW_UP_AFTER_RE.test(doc.text.slice(end, Math.min(s.end, end + 30)))) continue;
      // "Over six weeks his CK returned to normal and his strength recovered" (session 38: an onset of 6 weeks): a
      // duration heading its clause, whose clause tells a recovery and no onset, is the course of that recovery
      if (!doc.text.slice(clauseStartOf(s, start), start).replace(/[\s,]|\b(?:and|but|then)\b/gi, '')) {
        const rest = doc.text.slice(end, semicolonClause(doc, s, start, end)[1]);
        if (RECOVERY_RE.test(rest) && !ONSET_VERB_RE.test(rest)) continue;
      }
      // "A 5-day course of IVIG improved her weakness", "Two weeks of high-dose steroids failed to improve her
      // dysphagia" (session 23): the duration of a treatment named right after it
      if (TREATMENT_AFTER_RE.test(doc.text.slice(end, Math.min(s.end, end + 60)))) continue;
      // "methylprednisolone 1 g/day x3days", "IVIG 2 g/kg × 5 days" (session 49: an onset of 3 days): a count of days
      // multiplied after a dose is the course of that dose (not "prox weakness x 3 wks", a note's symptom span)
      if (/^[x×]/i.test(m[0]) && DOSE_BEFORE_TIMES_RE.test(before)) continue;
      // "developed weakness at the age of 47 years" (session 23: onset 47 years before): an age, not a duration (an
      // onset told as an age is no stated duration: the gold's decision, timing4's probe family)
      if (/\bage\s*$/.test(before) && /^of\b/i.test(m[0])) continue;
      // a dose with a decimal point ("colchicine 0.6 mg … for more than a year") stays inside the window; a
      // treatment before "N days of" ("treated with five days of pulse steroids") is no symptom either
      if ((symptom === 'sentence' || !/history|hx/i.test(m[0])) && BLOCKERS.test(before)) continue;
      // (not when the match is the presentation itself: "… after her second vaccine dose and was admitted five
      // weeks later")
      if (
        PROCEDURE_BEFORE_RE.test(before) &&
        !/\b(?:admitted|presented|referred|hospitali[sz]ed)\b/i.test(m[0])
      )
        continue;
      // "She had COVID-19 two months before admission and developed a rash two weeks before admission", "a flu-like
      // illness that lasted ten days", "gave birth 5 months ago" (session 37: the infection's two months read as the
      // onset): a time right after an infection or a delivery, with nothing between, is that event's
      if (INFECTION_BEFORE_RE.test(before)) continue;
      // "There was no relapse of the dermatomyositis for 2 years" (session 35: an onset of 24 months): a spell
      // without a relapse is a course, not the first symptom
      if (
        /\bno\s+(?:further\s+|new\s+)?(?:relapses?|recurrences?|flares?|signs?\s+of\s+relapse)\b/i.test(
          before,
        )
      )
        continue;
      // "a man with psoriasis for more than 30 years presented with a rash for 10 days" (session 22: onset 30
      // years): a duration right after another illness the patient has is that illness's
      const lasted = /^(?:for|since|of)\b/i.test(m[0]);
      if (lasted && COMORBIDITY_BEFORE_RE.test(before)) continue;
      // "a known diabetic for 12 years", "smoker since 30 years", "on tamoxifen for 4 years", "K/c/o DM and HTN since
      // 10 years" (session 35: onsets of 120 to 360 months): a state, a habit or a long-term drug of the patient
      // right before the duration is what lasted, not a symptom
      if (lasted && STATE_BEFORE_RE.test(before)) continue;
      // (not "known case of DM for 3 years": the myositis's own duration)
      if (
        lasted &&
        KNOWN_CASE_BEFORE_RE.test(before) &&
        !MYOSITIS_NAME_RE.test(withoutDiabetesDm(doc.text.slice(Math.max(s.start, start - 60), start)))
      )
        continue;
      // "A known case of ovarian carcinoma for 3 years, she presented …", "has had breast cancer for 2 years"
      // (session 33: onsets of 36 and 24 months): a duration right after a cancer's name is the cancer's
      if (
        /^(?:for|since)\b/i.test(m[0]) &&
        s.mentions.some(
          (x) =>
            x.concept.kind === 'histology' &&
            x.end <= start &&
            start - x.end <= 12 &&
            !/[,;.]/.test(doc.text.slice(x.end, start)),
        )
      )
        continue;
      // "a man with 9 years of heavy drinking came in with a 6-day history of fever" (session 30: onset 9
      // years): a duration "with N years of X" is X's, and dates an onset only when X is a symptom
      // (not "weakness … with four months of evolution": a word of the course points back to the symptom)
      if (
        /^with\b/i.test(m[0]) &&
        /^\s*of\b/i.test(after) &&
        !/^\s*of\s+(?:evolution|duration|progression|history|course|onset|symptoms|illness|complaints)\b/i.test(
          doc.text.slice(end, end + 30),
        )
      ) {
        const of = end + after.indexOf('of') + 2;
        const stop = s.tokens.find(
          (t) => t.start >= of && (t.norm === ';' || t.norm === '.' || CLAUSE_VERBS.has(t.norm)),
        );
        if (!symptomKind(...spanOf(s, of, Math.min(stop?.start ?? s.end, of + 60)))) continue;
      }
      // the symptom: the words after a "history of" (up to the clause end), else the whole sentence
      // (the clause after a "history of" ends at a verb of its own: "a 3-year history of lupus presented with
      // weakness" is the lupus's history, the weakness the presentation's)
      const after120 = s.tokens.filter((t) => t.start >= end && t.start < end + 120);
      // "a 2-year history of breast cancer and a 2-month history of rash" (session 23: onset 2 years): a history
      // of a cancer is the cancer's, whatever symptom a later duration of the sentence names
      if (
        symptom === 'after' &&
        s.mentions.some(
          (x) =>
            x.concept.kind === 'histology' && x.start >= end && x.start <= (after120[3]?.start ?? end + 40),
        ) &&
        // ("a 3-month history of cancer-associated dermatomyositis" is the myositis's)
        !MYOSITIS_NAME_RE.test(doc.text.slice(end, Math.min(s.end, end + 45)))
      )
        continue;
      // (and at the next duration: "an eight-month history of weight loss, four months of trouble climbing stairs and
      // three days of fever", session 38: the weight loss's eight months given to the weakness named after "four months")
      const nextAt = symptom === 'after' ? nextDurationAt(doc.text.slice(end, end + 120)) : -1;
      const stopTok =
        symptom === 'after'
          ? after120.findIndex(
              (t) =>
                t.norm === '.' ||
                t.norm === ';' ||
                CLAUSE_VERBS.has(t.norm) ||
                (nextAt >= 0 && t.start >= end + nextAt),
            )
          : -1;
      const scopeEnd = stopTok >= 0 ? after120[stopTok]!.start : end + 120;
      // "About 6 weeks of thigh aching and weakness; weight loss over the past year" (session 26: a year of weakness):
      // a duration of the whole sentence takes its symptom from its own clause, between semicolons
      // (a visit counted from an onset told before it keeps the whole sentence: "…, he developed weakness; he was
      // admitted one month later")
      let [clauseStart, clauseEnd] = onsetBefore ? [s.start, s.end] : semicolonClause(doc, s, start, end);
      // "decreased appetite for seven months, difficulty getting up for three months" (session 26: the appetite's
      // seven months given to the weakness): a duration right after "for" takes the symptom named in its own item
      // (back to the comma or "and" before it) when that item names one
      if (symptom === 'sentence' && /^for\b/i.test(m[0])) {
        const lead = leadItem(s, start, clauseStart);
        if (lead) [clauseStart, clauseEnd] = lead;
      }
      // "A woman with Hashimoto thyroiditis for 12 years presented to us with weakness of 4 months", "She had
      // chronic hepatitis B for 10 years and was admitted with …" (session 37: onsets of 144 and 120 months): a
      // duration after something the patient has, which names no symptom, is that thing's when a verb of the
      // presentation comes after it before any symptom
      if (
        symptom === 'sentence' &&
        /^(?:for|since)\b/i.test(m[0]) &&
        heldBeforePresentation(doc, s, start, end, clauseStart, clauseEnd)
      )
        continue;
      const clauseTokens = s.tokens.filter((t) => t.start >= clauseStart && t.end <= clauseEnd);
      const words = (symptom === 'after' ? after120 : clauseTokens).map((t) => t.norm);
      const scope = stopTok >= 0 ? words.slice(0, stopTok) : words;
      const near = s.mentions.filter(
        (x) =>
          x.concept.kind === 'finding' &&
          (symptom === 'sentence'
            ? x.start >= clauseStart && x.end <= clauseEnd
            : x.start >= end && x.start < scopeEnd),
      );
      const coreFinding = near.some((x) => !NOT_MYOSITIS_FINDINGS.has(x.concept.value));
      const otherFinding = near.some((x) => CONSTITUTIONAL.has(x.concept.value));
      const other =
        otherFinding ||
        scope.some((w) => OTHER_SYMPTOMS.has(w)) ||
        // (a pain of the joints only when marked as the first symptom: knee pain alone is no onset, session 24)
        (namesJointPain(scope) && namesFirst(scope)) ||
        namesDiseaseOnset(scope) ||
        namesOwnComplaints(scope) ||
        namesWeightLost(scope);
      // (a symptom the text marks as the first, "pain of the wrists at onset …", "he had initially noticed a
      // swelling …", session 39: a later muscle symptom read as the onset, counts with the myositis's own)
      const kind =
        coreFinding || namesCoreSymptom(scope) || namesIllnessBegan(scope) || (other && namesFirst(scope))
          ? 'core'
          : other
            ? 'other'
            : undefined;
      // "… a rash on her scalp and eyelids. This started 2 years ago": an onset sentence whose subject points
      // back takes its symptom from the sentence before
      const anaphoric =
        !kind && symptom === 'sentence' && prev && ANAPHOR.has(s.tokens[0]?.norm ?? '')
          ? symptomKind(
              prev.mentions,
              prev.tokens.map((t) => t.norm),
            )
          : undefined;
      if (!kind && !anaphoric && !label) continue;
      if (kind === 'other' && INFECTION_CAUSE_AFTER_RE.test(doc.text.slice(end, s.end))) continue;
      if (
        notThePatientsNow(doc, s, start, end) ||
        genericClause(doc, s, start, end) ||
        beforeTheCancer(doc, s, end)
      )
        continue;
      // the myositis named right by the duration: before it ("dermatomyositis for 2 years") or in its clause
      // after it ("a 10-year history of dermatomyositis")
      const nearBefore = doc.text.slice(Math.max(s.start, start - 25), start);
      const nearAfter = doc.text.slice(end, Math.min(s.end, end + 60)).split(/[.;]/)[0]!;
      out.push({
        amount: n,
        unit,
        approximate:
          approximate ||
          approxWord.test(m[0]) ||
          APPROX_SIGN_RE.test(doc.text.slice(Math.max(s.start, start - 2), end)),
        kind: label ? 'core' : (kind ?? anaphoric)!,
        namesMyositis:
          MYOSITIS_NAME_RE.test(m[0]) ||
          MYOSITIS_NAME_RE.test(nearBefore) ||
          MYOSITIS_NAME_RE.test(nearAfter),
        evidence: evidence(doc.text, [{ start, end }], 'timing', 'symptom-duration'),
      });
    }
  }
  return out;
}

/** Another duration ("three months of", "2 weeks", "a two-day"), looked for after a "history of" (session 38). */
const NEXT_DURATION_RE = new RegExp(
  String.raw`\b${COUNT_PATTERN}${COUNT_GAP}${DUR_UNIT}s?\b(?!${SP}{0,2}(?:old|of${SP}{1,2}age)\b)`,
  'i',
);
/** Where the next duration starts in `text` ({@link NEXT_DURATION_RE}), or -1; only when a unit word is there. */
function nextDurationAt(text: string): number {
  if (!UNIT_WORD_RE.test(text)) return -1;
  const m = NEXT_DURATION_RE.exec(text);
  return m ? m.index : -1;
}

/** The words and the finding mentions of sentence `s` between character offsets [a, b). */
function spanOf(s: DocSentence, a: number, b: number): [DocSentence['mentions'], string[]] {
  return [
    s.mentions.filter((x) => x.start >= a && x.end <= b),
    s.tokens.filter((t) => t.start >= a && t.end <= b).map((t) => t.norm),
  ];
}

/** A symptom of the myositis among the ten tokens before `at` (a word of {@link CORE_SYMPTOMS} or a finding). */
function coreSymptomBefore(s: DocSentence, at: number): boolean {
  const k = s.tokens.findIndex((t) => t.start >= at);
  const from = s.tokens[Math.max(0, (k < 0 ? s.tokens.length : k) - 10)]?.start ?? at;
  return symptomKind(...spanOf(s, from, at)) === 'core';
}

/** Nouns of a span of the illness, or of the illness itself, that "of N units" may follow ("a history of 3 months"). */
const SPAN_NOUN_RE =
  /\b(?:history|hx|duration|evolution|course|period|span|interval|time|onset|illness|disease|condition|complaints?|symptoms?|problems?|episodes?|progression|attack|flare|relapse|picture|presentation)\b/i;
/**
 * Whether "of N units" at `at` follows a person named by a noun phrase ("a male shopkeeper of 54 years", "an infant
 * of 6 months"): "a" or "an", at most three more words, no comma, and no symptom or span of the illness among them.
 */
function personOfAge(doc: Doc, s: DocSentence, at: number): boolean {
  const m = /\b(?:a|an)\s+(?:[a-z][\w'-]*\s+){0,3}[a-z][\w'-]*\s+$/i.exec(
    doc.text.slice(Math.max(s.start, at - 60), at),
  );
  if (!m) return false;
  if (SPAN_NOUN_RE.test(m[0])) return false;
  const from = at - m[0].length;
  return symptomKind(...spanOf(s, from, at)) === undefined;
}
/**
 * The list item a duration at `start` closes: from the comma, semicolon or "and" before it (not before `from`) to
 * `start`, when the item names a symptom of either kind; undefined otherwise.
 */
function leadItem(s: DocSentence, start: number, from: number): [number, number] | undefined {
  let a = from;
  for (const t of s.tokens) {
    if (t.start >= start) break;
    if (t.start >= from && (t.norm === ',' || t.norm === ';' || t.norm === 'and')) a = t.end;
  }
  return symptomKind(...spanOf(s, a, start)) ? [a, start] : undefined;
}

/** Words of the patient being ill with no named symptom ("she had been unwell for 3 months"): the illness's own. */
const ILL_WORDS_RE = /\b(?:unwell|ill|sick|poorly|symptomatic)\b/i;
/** A verb of the presentation after a duration ("… for 12 years presented with", "and was admitted with"). */
const PRESENTATION_AFTER_RE =
  /\b(?:presented|presenting|presents|(?:was|were)\s+(?:(?:first|then|later)\s+)?(?:admitted|referred|hospitali[sz]ed|seen)|came|consulted|attended|complained|complaining|complains)\b/i;
/**
 * Whether the duration at [start, end) closes an item that holds something the patient has and names no symptom
 * ("with Hashimoto thyroiditis", "had chronic hepatitis B"), and a verb of the presentation follows it in the clause
 * before any symptom is named: the duration is that thing's, not the myositis's (session 37).
 */
function heldBeforePresentation(
  doc: Doc,
  s: DocSentence,
  start: number,
  end: number,
  clauseStart: number,
  clauseEnd: number,
): boolean {
  let a = clauseStart;
  for (const t of s.tokens) {
    if (t.start >= start) break;
    if (t.start >= clauseStart && (t.norm === ',' || t.norm === ';' || t.norm === 'and')) a = t.end;
  }
  const item = doc.text.slice(a, start);
  if (!/\b(?:with|had|has|having)\b/i.test(item) || ILL_WORDS_RE.test(item)) return false;
  if (symptomKind(...spanOf(s, a, start))) return false;
  const rest = doc.text.slice(end, clauseEnd);
  const v = PRESENTATION_AFTER_RE.exec(rest);
  return v !== null && !symptomKind(...spanOf(s, end, end + v.index));
}

/**
 * Where a verb of onset is looked for beside a time at [start, end): fifty characters before it and forty after (a
 * hundred after a time that opens the sentence, past a run-in label), inside the time's clause between semicolons.
 */
function onsetVerbWindow(doc: Doc, s: DocSentence, start: number, end: number): string {
  // (the semicolons only, read from the text: most sentences have none)
  const head = doc.text.lastIndexOf(';', start - 1);
  const tail = doc.text.indexOf(';', end);
  const from = Math.max(s.start, start - 50, head >= s.start ? head + 1 : s.start);
  // (a label before it is no text: "Case history: Six weeks before admission, …", session 38)
  const reach = OPENING_LABEL_RE.test(doc.text.slice(s.start, start)) ? 100 : 40;
  const to = Math.min(s.end, end + reach, tail >= 0 && tail < s.end ? tail : s.end);
  return doc.text.slice(from, to);
}
/**
 * The span of the clause between semicolons that holds [start, end) in sentence `s`. A colon after the duration, in
 * its clause, opens a list whose semicolons part its items, not clauses (session 38: "Prodrome beginning 6 weeks
 * earlier: malaise; aching shoulders; trouble with stairs" — every item is the duration's): the clause then runs to
 * the sentence's end.
 */
function semicolonClause(doc: Doc, s: DocSentence, start: number, end: number): [number, number] {
  let a = s.start;
  let b = s.end;
  let listAfter = false;
  for (const t of s.tokens)
    if (t.norm === ';') {
      if (t.end <= start) a = t.end;
      else if (t.start >= end && b === s.end && (!listAfter || itemWithTime(doc, s, t.end))) b = t.start;
    } else if (t.norm === ':' && t.start >= end && b === s.end) listAfter = true;
  return [a, b];
}
/** Whether the list item from `at` to the next semicolon holds a time of its own ("…; weakness for 2 weeks"). */
function itemWithTime(doc: Doc, s: DocSentence, at: number): boolean {
  const next = doc.text.indexOf(';', at);
  return UNIT_WORD_RE.test(doc.text.slice(at, next >= 0 && next < s.end ? next : s.end));
}

/** Verbs that open a new clause after a "history of" phrase: the symptom named after them is not that history's. */
const CLAUSE_VERBS = new Set([
  'presented',
  'presenting',
  'presents',
  'who',
  'was',
  'were',
  'developed',
  'complained',
  'came',
  'admitted',
  'referred',
]);

/** A relative opening the sentence as its subject ("Her brother had …", "His mother's …"). */
const RELATIVE_SUBJECT_RE =
  /^\s*(?:her|his)\s+(?:(?:late|older|younger|elder|twin)\s+)?(?:brother|sister|mother|father|son|daughter|husband|wife|aunt|uncle|cousin|grandmother|grandfather|sibling|partner)\b(?!\s+(?:reported|noted|noticed|observed|stated|said|described|mentioned|recalled)\b)/i;
/** Verbs by which a relative reports the patient's symptom ("her mother noticed …"): still the patient's. */
const REPORTED_BY_RE =
  /^[\s,]*(?:had\s+)?(?:reported|noted|noticed|observed|stated|said|described|mentioned|recalled)\s+(?:that\b|(?:she|he)\b|(?:her|his)\s+(?:daughter|son|child)\b|the\s+(?:patient|child|girl|boy)\b)/i;

/** "before", "prior to", "preceding", "ahead of" right after a duration, then its object to the clause end. */
const BEFORE_OBJECT_RE = /^\s*(?:before|prior\s+to|preceding|ahead\s+of)\s+([^.;,]{0,80})/i;
const CANCER_WORD_RE =
  /\b(?:cancers?|carcinomas?|tumou?rs?|malignanc(?:y|ies)|neoplasms?|lymphomas?|leuka?emias?|sarcomas?)\b/i;
/**
 * A duration counted back from the cancer ("the rash came over two years before the tumour of the larynx", session
 * 39: an onset read from it): the interval between the two illnesses, not the time to the presentation — the object
 * of "before" names a cancer.
 */
function beforeTheCancer(doc: Doc, s: DocSentence, end: number): boolean {
  const b = BEFORE_OBJECT_RE.exec(doc.text.slice(end, s.end));
  if (!b) return false;
  const objStart = end + b.index + b[0].length - b[1]!.length;
  const objEnd = end + b.index + b[0].length;
  return (
    CANCER_WORD_RE.test(b[1]!) ||
    s.mentions.some((x) => x.concept.kind === 'histology' && x.start >= objStart && x.start < objEnd)
  );
}

/** An adverb of what is usual, which makes a clause a statement about a disease, not about this patient. */
const GENERIC_ADVERB_RE =
  /\b(?:usually|typically|generally|commonly|classically|normally|ordinarily|characteristically|tends?\s+to)\b/i;
/** A word that names this patient (a pronoun or the patient). */
const PATIENT_WORD_RE = /\b(?:she|he|her|his|him|hers|the\s+patient|our\s+patient|this\s+patient)\b/i;
/**
 * A duration in a clause that tells what a disease usually does ("although the disease typically disables over a
 * decade, her weakness grew fast", session 39: the usual span read as the onset): the clause from the last comma,
 * semicolon or colon before the duration to the next one after it holds an adverb of the usual and no word for the
 * patient.
 */
function genericClause(doc: Doc, s: DocSentence, start: number, end: number): boolean {
  const head = doc.text.slice(s.start, start);
  const from = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':')) + 1;
  const rest = doc.text.slice(end, s.end);
  const stop = rest.search(/[,;:]/);
  const clause = head.slice(from) + doc.text.slice(start, stop >= 0 ? end + stop : s.end);
  return GENERIC_ADVERB_RE.test(clause) && !PATIENT_WORD_RE.test(clause);
}

/**
 * A duration that is a relative's ("her sister had a 2-year history of weakness") or a condition of a plan ("if
 * weakness persists for 3 months"): ConText's experiencer and hypothetical scopes at the duration's first token.
 * A relative who reports the patient's symptom ("her mother noticed … for 2 months") leaves it the patient's.
 */
function notThePatientsNow(doc: Doc, s: DocSentence, at: number, end: number): boolean {
  if (!s.hasTrigger('experiencer') && !s.hasTrigger('hypothetical')) return false;
  // "Her brother had been unable to rise from a chair for a year": a relative as the subject of the sentence
  const head = doc.text.slice(s.start, at);
  const rel = RELATIVE_SUBJECT_RE.exec(head);
  if (rel && !REPORTED_BY_RE.test(head.slice(rel[0].length))) return true;
  // "Two months before admission, her brother developed weakness" (session 38): the subject after a time that opens
  // the sentence, past its comma
  if (!head.trim()) {
    const comma = /^[^,;.]{0,60},/.exec(doc.text.slice(end, s.end));
    const subject = comma ? doc.text.slice(end + comma[0].length, s.end) : '';
    const relAfter = comma ? RELATIVE_SUBJECT_RE.exec(subject) : null;
    if (relAfter && !REPORTED_BY_RE.test(subject.slice(relAfter[0].length))) return true;
  }
  const k = s.tokens.findIndex((t) => t.end > at);
  if (k < 0) return false;
  const a = s.assert(k, k + 1);
  if (a.temporality === 'hypothetical') return true;
  if (a.experiencer !== 'other') return false;
  return !a.triggers.some(
    (t) => t.category === 'experiencer' && REPORTED_BY_RE.test(doc.text.slice(t.end, t.end + 30)),
  );
}
/** The kind of symptom a sentence names (its finding mentions, else its words), if any. */
function symptomKind(
  mentions: DocSentence['mentions'],
  words: readonly string[],
): OnsetCandidate['kind'] | undefined {
  const near = mentions.filter((x) => x.concept.kind === 'finding');
  if (near.some((x) => !NOT_MYOSITIS_FINDINGS.has(x.concept.value)) || namesCoreSymptom(words)) return 'core';
  if (
    near.some((x) => CONSTITUTIONAL.has(x.concept.value)) ||
    words.some((w) => OTHER_SYMPTOMS.has(w)) ||
    namesWeightLost(words)
  )
    return 'other';
  return undefined;
}

/**
 * Extracts the symptom onset and relative time expressions.
 * @param doc - the analysed document
 */
export function extractTiming(doc: Doc): {
  symptomOnset?: {
    relativeTo: 'presentation';
    offset: number;
    unit: TimeExpression['unit'];
    approximate?: boolean;
    evidence: SpanEvidence[];
  };
  times: TimeExpression[];
  /** Symptom onset as a calendar date ("since March 2019 … weakness"), when no relative onset is stated. */
  onsetDate?: { date: string; evidence: SpanEvidence[] };
  /** The presentation's calendar date, read only beside a dated onset (the first later date of a visit). */
  presentationDate?: { date: string; evidence: SpanEvidence[] };
  /** The patient's age at the first symptom ("noticed her thighs weakening at age 50"), when it is stated. */
  ageAtOnset?: { age: number; evidence: SpanEvidence[] };
} {
  let onsetDate: { date: string; evidence: SpanEvidence[] } | undefined;
  const times: TimeExpression[] = [];
  let onset: ReturnType<typeof extractTiming>['symptomOnset'];
  const candidates: OnsetCandidate[] = [];
  let prevCase: DocSentence | undefined;
  for (const s of doc.sentences) {
    if (!isCaseSentence(s)) continue;
    const before = prevCase;
    prevCase = s;
    const text = doc.text.slice(s.start, s.end);
    const unitWord = UNIT_WORD_RE.test(text);
    HISTORY_RE.lastIndex = 0;
    for (
      let m = unitWord && HISTORY_GATE_RE.test(text) ? HISTORY_RE.exec(text) : null;
      m;
      m = HISTORY_RE.exec(text)
    ) {
      const { n, approximate } = amount(m[1]!);
      const unit = m[2]!.toLowerCase() as TimeExpression['unit'];
      const span = { start: s.start + m.index, end: s.start + m.index + m[0].length };
      const ev = evidence(doc.text, [span], 'timing', 'history-of');
      times.push({ kind: 'history-of', amount: n, unit, approximate, evidence: [ev] });
    }
    // the onset search, only in a sentence with a unit word or a slash (the test of the text as written stands
    // unless unhyphenHalf rewrote it)
    const halves = unhyphenHalf(text);
    const halvesUnitWord = halves === text ? unitWord : UNIT_WORD_RE.test(halves);
    const slash = slashFraction(halves);
    if (halvesUnitWord || slash)
      for (const c of onsetCandidates(doc, s, before, halves, halvesUnitWord, slash)) candidates.push(c);
    RELATIVE_RE.lastIndex = 0;
    for (
      let m = unitWord && RELATIVE_GATE_RE.test(text) ? RELATIVE_RE.exec(text) : null;
      m;
      m = RELATIVE_RE.exec(text)
    ) {
      const { n, approximate } = amount(m[1]!);
      const w = m[3]!.toLowerCase();
      const kind: TimeExpression['kind'] =
        w === 'later' ? 'later' : w === 'ago' ? 'ago' : w === 'after' ? 'after' : 'before';
      const span = { start: s.start + m.index, end: s.start + m.index + m[0].length };
      times.push({
        kind,
        amount: n,
        unit: m[2]!.toLowerCase() as TimeExpression['unit'],
        approximate,
        evidence: [evidence(doc.text, [span], 'timing', { code: 'relative-time', params: { kind } })],
      });
    }
  }
  // A myositis already known before this presentation (its history named without a duration): the duration of
  // the new complaint is not the first symptom of the myositis — only a duration of the myositis itself is.
  const known = doc.sentences.some(
    (s) =>
      isCaseSentence(s) &&
      s.attribution.subject === 'patient' &&
      (knownMyositis(doc.text.slice(s.start, s.end)) || diagnosedYearsAgo(s, doc.text.slice(s.start, s.end))),
  );
  const usable = known ? candidates.filter((c) => c.namesMyositis) : candidates;
  // The first symptom: the longest duration stated for a myositis symptom (weakness, rash, muscle pain,
  // dysphagia…); failing that, for another symptom of the illness (cough, fever, fatigue).
  const core = usable.filter((c) => c.kind === 'core');
  const pool = core.length ? core : usable.filter((c) => c.kind === 'other');
  const days = (c: OnsetCandidate) => c.amount * UNIT_DAYS[c.unit];
  const best = pool.reduce<OnsetCandidate | undefined>(
    (b, c) => (!b || days(c) > days(b) ? c : b),
    undefined,
  );
  if (best)
    onset = {
      relativeTo: 'presentation',
      offset: -best.amount,
      unit: best.unit,
      ...(best.approximate ? { approximate: true } : {}),
      evidence: [best.evidence],
    };
  for (const s of doc.sentences) {
    if (!isCaseSentence(s)) continue;
    const text = doc.text.slice(s.start, s.end);
    DATE_RE.lastIndex = 0;
    for (let m = YEAR_RE.test(text) ? DATE_RE.exec(text) : null; m; m = DATE_RE.exec(text)) {
      const iso = isoOf(m);
      if (!iso) continue;
      const span = { start: s.start + m.index, end: s.start + m.index + m[0].length };
      const ev = evidence(doc.text, [span], 'timing', { code: 'date', params: { date: iso } });
      times.push({ kind: 'date', amount: 0, unit: 'day', approximate: false, date: iso, evidence: [ev] });
      const norms = s.tokens.map((t) => t.norm);
      // "… started in mid-2019; she was admitted in November 2019": a date governed by a verb of a visit is the
      // visit's, not the onset's
      const visit = visitDate(text, m.index);
      if (
        !visit &&
        !onsetDate &&
        (norms.some((w) => ONSET_VERBS.has(w)) ||
          // "the weakness came on in May 2020", "it set in during 2019" (session 39, vocabulary from knowledge)
          norms.some(
            (w, i) => (w === 'came' && norms[i + 1] === 'on') || (w === 'set' && norms[i + 1] === 'in'),
          )) &&
        // (session 37: also a sign of the myositis's own, "noticed difficulty climbing stairs", "developed Gottron's
        // papules in February 2017")
        (norms.some((w) => SYMPTOMS.has(w)) || namesCoreSymptom(norms)) &&
        // (last: it scans the sentence's tokens again, so only a date that would otherwise date the onset asks)
        !onsetInLaterClause(s, text, m.index)
      )
        onsetDate = { date: iso, evidence: [ev] };
    }
    if (!onsetDate && YEAR_RE.test(text)) {
      const y = yearOnset(s, text);
      if (y)
        onsetDate = {
          date: y.date,
          evidence: [
            evidence(doc.text, [{ start: s.start + y.start, end: s.start + y.end }], 'timing', {
              code: 'date',
              params: { date: y.date },
            }),
          ],
        };
    }
  }
  // "started with … erythema in October 2017. In February 2018, he went to the Department of Rheumatology": the
  // first later calendar date of a sentence with a verb of presentation dates the presentation of a dated onset
  let presentationDate: { date: string; evidence: SpanEvidence[] } | undefined;
  if (onsetDate) {
    const onsetAt = onsetDate.evidence[0]!.spans[0]!.start;
    for (const t of times) {
      if (t.kind !== 'date' || !t.date || t.date <= onsetDate.date) continue;
      const span = t.evidence[0]!.spans[0]!;
      // "She was first admitted on 5 June 2019; her weakness had begun on 1 March 2019": a visit date written
      // before the onset's counts when a verb of a visit governs it
      const s = doc.sentences.find((x) => x.start <= span.start && span.end <= x.end);
      if (span.start <= onsetAt && !(s && visitDate(doc.text.slice(s.start, s.end), span.start - s.start)))
        continue;
      // a labelled line ("Admission: Apr 2022") may be read as a heading and its body: the label counts too
      const label = doc.text
        .slice(Math.max(0, span.start - 30), span.start)
        .split('\n')
        .pop()!;
      if (
        !s ||
        !(
          PRESENTATION_VERB_RE.test(doc.text.slice(s.start, s.end)) ||
          ADMISSION_LABEL_RE.test(label) ||
          visitDate(doc.text.slice(s.start, s.end), span.start - s.start)
        )
      )
        continue;
      presentationDate = { date: t.date, evidence: t.evidence };
      break;
    }
  }
  // "She developed a rash in 2017 and was referred to us in 2019": a year-only onset is dated against a year-only
  // visit in its sentence or a later one
  if (onsetDate && !presentationDate && /^\d{4}$/.test(onsetDate.date)) {
    const onsetAt = onsetDate.evidence[0]!.spans[0]!.start;
    for (const s of doc.sentences) {
      if (s.end <= onsetAt || !isCaseSentence(s)) continue;
      const from = Math.max(s.start, onsetAt + 4);
      const m = YEAR_VISIT_RE.exec(doc.text.slice(from, s.end));
      if (!m || m[1]! <= onsetDate.date) continue;
      const at = from + m.index + m[0].length - 4;
      presentationDate = {
        date: m[1]!,
        evidence: [
          evidence(doc.text, [{ start: at, end: at + 4 }], 'timing', {
            code: 'date',
            params: { date: m[1]! },
          }),
        ],
      };
      break;
    }
  }
  // "In May 2019 she developed a rash on her eyelids; she was admitted in August." (session 40 grid: lost): a visit
  // dated by its month alone, right after a dated onset (the rest of its sentence or the next sentence), in the
  // onset's year, or the next when its month comes earlier
  if (onsetDate && !presentationDate && /^\d{4}-\d{2}/.test(onsetDate.date)) {
    const span = onsetDate.evidence[0]!.spans[0]!;
    const i = doc.sentences.findIndex((x) => x.start <= span.start && span.start < x.end);
    const s = doc.sentences[i];
    const next = doc.sentences[i + 1];
    // (never past another year: "…; she was treated in 2020 and admitted in May" is another episode's)
    const places: [number, number][] = [];
    const restHasYear = !s || YEAR_RE.test(doc.text.slice(span.end, s.end));
    if (!restHasYear) places.push([span.end, s.end]);
    if (!restHasYear && next && isCaseSentence(next) && !YEAR_RE.test(doc.text.slice(next.start, next.end)))
      places.push([next.start, next.end]);
    for (const [a, b] of places) {
      const part = doc.text.slice(a, b);
      const v = VISIT_MONTH_RE.exec(part);
      if (!v) continue;
      const [y, mo] = onsetDate.date.split('-').map(Number);
      const month = MONTH_INDEX(v[1]!) + 1;
      const year = month > mo! ? y! : y! + 1;
      const at = a + v.index + v[0].lastIndexOf(v[1]!);
      const date = `${year}-${String(month).padStart(2, '0')}`;
      presentationDate = {
        date,
        evidence: [
          evidence(doc.text, [{ start: at, end: at + v[1]!.length }], 'timing', {
            code: 'date',
            params: { date },
          }),
        ],
      };
      break;
    }
  }
  // A dated onset beside a stated duration (session 37, left by session 35): "In March 2019 she noticed a rash on her
  // eyelids. She presented in July 2019 with a 1-month history of weakness" — the first symptom is the rash of four
  // months before, not the weakness of one month. The dated onset is kept when it dates the presentation too and
  // its interval is clearly longer than the longest duration; otherwise the duration stands, as before.
  // Not when the dated sign went away or was treated ("In January 2015 she developed a rash that resolved …"), nor
  // when another date comes between it and the visit ("She noticed weakness in 2017. In 2019 she was treated with
  // rituximab. … in 2021"): an earlier episode, not this presentation's first symptom.
  if (onset && onsetDate) {
    const dated = presentationDate ? monthsBetween(onsetDate.date, presentationDate.date) : undefined;
    const stated = best ? days(best) / UNIT_DAYS.month : undefined;
    if (
      dated !== undefined &&
      stated !== undefined &&
      dated > stated * 1.25 + 0.5 &&
      datedOnsetLeadsToVisit(doc, onsetDate, presentationDate!)
    )
      onset = undefined;
    else {
      onsetDate = undefined;
      presentationDate = undefined;
    }
  }
  // "Muscle weakness had been present since January; she was seen in April" (session 40 grid: lost): months named
  // without a year, the first symptom's and the visit's
  if (!onset && !onsetDate) onset = monthsOnlyOnset(doc);
  const ageAtOnset = onset || onsetDate ? undefined : ageAtFirstSymptom(doc);
  return {
    ...(onset ? { symptomOnset: onset } : {}),
    ...(onsetDate ? { onsetDate } : {}),
    ...(presentationDate ? { presentationDate } : {}),
    ...(ageAtOnset ? { ageAtOnset } : {}),
    times,
  };
}

/** Words of a sign that went away or was treated, or of a diagnosis made, in the dated onset's sentence. */
const EPISODE_ENDED_RE =
  /\b(?:resolv\w*|resolution|subsided|disappeared|cleared|improved|remission|remitted|treated|treatment|therapy|diagnosed|diagnosis|relaps\w*|recurr\w*)\b/i;
/**
 * Whether a dated onset leads straight to the dated visit (session 37): its sentence tells no end, treatment or
 * diagnosis of the sign, and no other date of the text lies between the two.
 */
function datedOnsetLeadsToVisit(
  doc: Doc,
  onsetDate: { date: string; evidence: SpanEvidence[] },
  presentationDate: { date: string; evidence: SpanEvidence[] },
): boolean {
  const at = onsetDate.evidence[0]!.spans[0]!.start;
  const visitAt = presentationDate.evidence[0]!.spans[0]!.start;
  const s = doc.sentences.find((x) => x.start <= at && at < x.end);
  if (!s || EPISODE_ENDED_RE.test(doc.text.slice(s.start, s.end))) return false;
  const [a, b] = at < visitAt ? [onsetDate, presentationDate] : [presentationDate, onsetDate];
  return !/\b(?:19|20)\d\d\b/.test(
    doc.text.slice(a.evidence[0]!.spans[0]!.end, b.evidence[0]!.spans[0]!.start),
  );
}

/** A month's name as a text writes it in a date, capitalised ("May", never the verb "may"), or its abbreviation. */
const MONTH_NAME = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?(?!${SP}*,?${SP}*(?:\d|of${SP}+(?:19|20)\d\d|(?:19|20)\d\d))`;
/** A first symptom dated by a month without a year ("since January", "in early March"). */
// (and "she had been well until March, when she developed …")
const ONSET_MONTH_RE = new RegExp(
  String.raw`\b(?:[Ss]ince|[Ii]n|[Ff]rom|[Dd]uring|(?:well|healthy|asymptomatic)${SP}+until)${SP}+(?:(?:early|mid|late|the${SP}+end${SP}+of|the${SP}+beginning${SP}+of)${SP}+)?${MONTH_NAME}`,
);
/** A visit dated by a month without a year ("she was seen in April", "was admitted in July"). */
const VISIT_MONTH_RE = new RegExp(
  String.raw`\b(?:presented|went${SP}+to|came${SP}+to|visited|attended|consulted|(?:was|were)${SP}+(?:(?:first|initially|then|finally|eventually)${SP}+)?(?:admitted|referred|hospitali[sz]ed|seen))\b[^.;]{0,40}?\bin${SP}+(?:(?:early|mid|late)${SP}+)?${MONTH_NAME}`,
);
const MONTH_INDEX = (name: string): number =>
  MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3)));
/**
 * The first symptom and the visit dated by months without a year (session 40 grid): "Muscle weakness had been present
 * since January; she was seen in April", "Since February she had had difficulty climbing stairs. She was referred in
 * June." — the months between, read as an approximate duration (the visit in the same sentence after the onset or in
 * the next sentence; never where a year stands in either, which the calendar dates read, nor a denied or another
 * person's symptom).
 */
function monthsOnlyOnset(doc: Doc): ReturnType<typeof extractTiming>['symptomOnset'] {
  const sentences = doc.sentences;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (!isCaseSentence(s) || s.attribution.subject !== 'patient') continue;
    const text = doc.text.slice(s.start, s.end);
    if (YEAR_RE.test(text)) continue;
    const o = ONSET_MONTH_RE.exec(text);
    if (!o) continue;
    const norms = s.tokens.map((t) => t.norm);
    if (
      !norms.some((w) => ONSET_VERBS.has(w)) ||
      !(norms.some((w) => SYMPTOMS.has(w)) || namesCoreSymptom(norms))
    )
      continue;
    if (/\b(?:no|not|denied|denies|without|never)\b/i.test(text.slice(0, o.index))) continue;
    if (notThePatientsNow(doc, s, s.start + o.index, s.start + o.index + o[0].length)) continue;
    const rest = text.slice(o.index + o[0].length);
    let v = VISIT_MONTH_RE.exec(rest);
    let visitAt = v ? s.start + o.index + o[0].length + v.index : -1;
    // (session 51 probe: the visit up to three sentences on, "… a rash in January. In February he noticed
    // weakness. He presented in April."; or in the sentence before when the onset is told in the pluperfect or
    // with "since", "He was admitted in May. His weakness had started in February." — no year in any of them)
    const told = /\b(?:had|since)\b/i.test(text);
    const around = [i + 1, i + 2, i + 3, ...(told ? [i - 1] : [])].map((k) => sentences[k]);
    for (const other of around) {
      if (v) break;
      if (!other) continue;
      const otherText = doc.text.slice(other.start, other.end);
      const dated = YEAR_RE.test(otherText);
      // (a year ahead ends the story told without one)
      if (dated && other.start > s.start) break;
      if (dated || !isCaseSentence(other)) continue;
      v = VISIT_MONTH_RE.exec(otherText);
      visitAt = v ? other.start + v.index : -1;
    }
    if (!v) return undefined;
    const months = (MONTH_INDEX(v[1]!) - MONTH_INDEX(o[1]!) + 12) % 12;
    if (months < 1) return undefined;
    return {
      relativeTo: 'presentation',
      offset: -months,
      unit: 'month',
      approximate: true,
      evidence: [
        evidence(
          doc.text,
          [
            { start: s.start + o.index, end: s.start + o.index + o[0].length },
            { start: visitAt, end: visitAt + v[0].length },
          ],
          'timing',
          'symptom-duration',
        ),
      ],
    };
  }
  return undefined;
}

/** The middle of a partial ISO date (a year's middle, a month's 15th), in days since the epoch. */
function midDays(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return m === undefined ? dayNumber(y!, 7, 2) : dayNumber(y!, m, d ?? 15);
}
/** Months from one partial ISO date to a later one, each read at its middle. */
function monthsBetween(from: string, to: string): number {
  return (midDays(to) - midDays(from)) / UNIT_DAYS.month;
}

/** An age of the patient's ("at age 50", "since the age of eighteen", "when he was 41", "at 34 years of age"). */
const AGE_AT_ONSET_RE =
  /\b(?:(?:since|from|at|by)\s+(?:the\s+)?age\s+(?:of\s+)?(\d{1,2}|[a-z]+(?:-[a-z]+)?)\b(?!\s*(?:months?|weeks?|days?))|at\s+(\d{1,2})\s+years?\s+(?:of\s+age|old)\b|(?:when|since)\s+(?:she|he)\s+was\s+(\d{1,2})(?:\s+years?\s+old)?\b(?!\s*(?:months?|weeks?|days?|%)))/i;
/** Verbs of a first symptom beside the age ("noticed", "began", "since"). */
const AGE_ONSET_VERB_RE =
  /\b(?:first|noticed|noted|developed|began|begun|started|onset|appeared|since|experienced)\b/i;

/**
 * "She noticed her thighs weakening at age 50", "weakness of the thighs since the age of 18", "the rash began when he
 * was 41" (session 29): the age at the first symptom, in a case sentence of the patient's that names a symptom
 * of the myositis and a verb of onset. The caller turns it into an onset before the presentation when the
 * patient's age is known.
 */
function ageAtFirstSymptom(doc: Doc): { age: number; evidence: SpanEvidence[] } | undefined {
  for (const s of doc.sentences) {
    if (!isCaseSentence(s) || s.attribution.subject !== 'patient') continue;
    const text = doc.text.slice(s.start, s.end);
    const m = AGE_AT_ONSET_RE.exec(text);
    if (!m) continue;
    // the verb and the symptom in the age's own clause: before it, or after it when the age opens the sentence
    // ("By the age of 5 years, she had developed weakness of the legs")
    const start = s.start + m.index;
    const end = start + m[0].length;
    const before = text
      .slice(0, m.index)
      .split(/[;,]|\band\b/)
      .pop()!;
    const fronted = before.trim() === '';
    const after = fronted
      ? text
          .slice(m.index + m[0].length)
          .split(/[;.]/)[0]!
          .slice(0, 120)
      : '';
    const [from, to] = fronted ? [end, end + after.length] : [start - before.length, start];
    const words = fronted ? m[0] + after : before + m[0];
    if (!AGE_ONSET_VERB_RE.test(words) || /\bdiagnos/i.test(fronted ? after : before)) continue;
    // (session 51: a symptom as the other onset readers name it, a girdle or a limb in pain among them, "leg pain
    // since the age of 45")
    const clause = s.tokens.filter((t) => t.start >= from && t.end <= to).map((t) => t.norm);
    if (!namesCoreSymptom(clause) && !clause.includes('symptoms')) continue;
    // "by the age of four years": the age in words too
    const age = readCount(m[1] ?? m[2] ?? m[3] ?? '')?.value ?? NaN;
    if (!Number.isInteger(age) || age < 1) continue;
    const span = { start, end };
    return {
      age,
      evidence: [evidence(doc.text, [span], 'timing', { code: 'age-at-onset', params: { age } })],
    };
  }
  return undefined;
}

/**
 * "…a thyroidectomy for a thyroid carcinoma in June 2011; from December 2012, proximal weakness slowly developed"
 * (session 46, re-told texts: the onset dated to the cancer's 2011): a date whose sentence tells the onset only in a later
 * clause, after a semicolon that a second date follows, is another event's; that later date is the onset's.
 */
function onsetInLaterClause(s: DocSentence, text: string, at: number): boolean {
  const semi = text.indexOf(';', at);
  if (semi < 0 || !YEAR_RE.test(text.slice(semi))) return false;
  const verbs = s.tokens.filter((t) => ONSET_VERBS.has(t.norm)).map((t) => t.start - s.start);
  return verbs.length > 0 && verbs.every((v) => v > semi);
}

/**
 * "weakness started in early 2018", "In 2016, she developed a rash": a year without a month, governed by a verb of
 * onset of a symptom of the myositis (the verb within a few words of the year, either side), in a sentence that
 * names no cancer and no month date. "early", "mid" and "late" place it in the year (February, June, November), and
 * so do the seasons of the northern hemisphere ("the summer of 2018": July); a winter spans two years and is left out.
 */
const YEAR_ONSET_AFTER_VERB_RE = new RegExp(
  String.raw`\b(?:began|begun|started|developed|noticed|appeared|first\s+noted|onset|present)\b[^.;]{0,40}?\b(?:in|since|during|from)\s+(?:the\s+)?(?:(early|mid|late|beginning\s+of|end\s+of|spring|summer|autumn|fall)(?:\s+of)?[\s-]+)?((?:19|20)\d{2})\b(?![-\u2013/]\d)`,
  'i',
);
const YEAR_ONSET_BEFORE_VERB_RE = new RegExp(
  String.raw`^\s*(?:in|since|during)\s+(?:the\s+)?(?:(early|mid|late|beginning\s+of|end\s+of|spring|summer|autumn|fall)(?:\s+of)?[\s-]+)?((?:19|20)\d{2}),?\s+(?:[\w-]+\s+){0,3}?(?:began|started|developed|noticed|presented\s+with)\b`,
  'i',
);
const PART_OF_YEAR: Readonly<Record<string, string>> = {
  early: '02',
  'beginning of': '02',
  mid: '06',
  late: '11',
  'end of': '11',
  spring: '04',
  summer: '07',
  autumn: '10',
  fall: '10',
};
function yearOnset(s: DocSentence, text: string): { date: string; start: number; end: number } | undefined {
  if (s.mentions.some((x) => x.concept.kind === 'histology')) return undefined;
  const norms = s.tokens.map((t) => t.norm);
  if (!norms.some((w) => SYMPTOMS.has(w))) return undefined;
  const m = YEAR_ONSET_AFTER_VERB_RE.exec(text) ?? YEAR_ONSET_BEFORE_VERB_RE.exec(text);
  if (!m) return undefined;
  const part = m[1] ? PART_OF_YEAR[m[1].toLowerCase().replace(/\s+/g, ' ')] : undefined;
  const at = m.index + m[0].indexOf(m[2]!);
  return { date: part ? `${m[2]!}-${part}` : m[2]!, start: at, end: at + 4 };
}

/** A visit in a year without a month ("was referred to us in 2019", "presented in 2019"). */
const YEAR_VISIT_RE =
  /\b(?:presented|was (?:(?:first|initially|then|finally) )?(?:admitted|referred|hospitali[sz]ed|seen)|came to|visited|attended|consulted)\b[^.;]{0,40}?\bin\s+((?:19|20)\d{2})\b(?![-\u2013/]\d)/i;

/** A labelled admission right before a date ("Admission: Apr 2022", "Date of admission - 12/2019"). */
const ADMISSION_LABEL_RE = /\b(?:date\s+of\s+)?admission\s*[:|\u2013-]\s*(?:on\s+)?$/i;

/** Verbs of a visit that a calendar date in the same sentence dates ("In February 2018, he went to the clinic"). */
// (session 40 grid: and "on admission in October 2018", "at her admission in …")
const PRESENTATION_VERB_RE =
  /\b(?:presented|presents|went to|came to|visited|attended|was (?:(?:first|initially|then|finally) )?(?:admitted|referred|hospitali[sz]ed|seen)|consulted)\b|\b(?:date of )?admission\s*[:|]|\b(?:on|at) (?:her |his |the )?admission\b/i;
/**
 * The myositis diagnosed in a sentence ("Dermatomyositis was diagnosed in September 2017", "she was diagnosed with
 * dermatomyositis in 2019"; session 40 grid: a dated first symptom, "In May 2017 she noticed erythema of the eyelids",
 * had no date to count to): the diagnosis of the myositis is one event with its presentation here, so its date dates
 * the visit (a cancer's diagnosis never does).
 */
const MYOSITIS_DIAGNOSED_RE = new RegExp(
  String.raw`(?:${MYOSITIS_NAME_RE.source})\s+(?:was|were)\s+(?:(?:finally|eventually|then|first|subsequently)\s+)?(?:diagnosed|confirmed)\b|\bdiagnosed\s+(?:with|as(?:\s+having)?)\s+(?:[\w-]+\s+){0,3}?(?:${MYOSITIS_NAME_RE.source})|\bdiagnosis\s+of\s+(?:[\w-]+\s+){0,3}?(?:${MYOSITIS_NAME_RE.source})\s+was\s+(?:made|established|confirmed)\b`,
  'i',
);
/** A date governed by "diagnosed" right before it ("diagnosed in September 2017", "diagnosed with DM in 2019"). */
const DIAGNOSED_BEFORE_DATE_RE =
  /\bdiagnosed(?:\s+(?:with|as)\s+[\w\s-]{0,40}?)?\s+(?:in|on)\s+$|\b(?:was|were)\s+(?:made|established|confirmed)\s+(?:in|on)\s+$/i;
/**
 * Whether the date at `at` of sentence text `text` is a visit's: a verb of a visit right before it, or the myositis's
 * diagnosis (session 40 grid).
 */
function visitDate(text: string, at: number): boolean {
  return (
    PRESENTATION_VERB_RE.test(text.slice(Math.max(0, at - 30), at)) ||
    (DIAGNOSED_BEFORE_DATE_RE.test(text.slice(Math.max(0, at - 60), at)) && MYOSITIS_DIAGNOSED_RE.test(text))
  );
}
