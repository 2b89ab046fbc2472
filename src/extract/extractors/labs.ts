/**
 * Laboratory results: analyte, value with comparator, unit (UCUM), reference range and its upper limit, and
 * qualitative statements (conventions, "Labs": a value needs a number in the text; "elevated CK" without one is
 * an interpretation).
 *
 * Shapes handled: "CK 695 U/L", "CK 695 (normal range 25–200 U/L)", "ALT was mildly raised at 61 (normal
 * 10–49 U/L)", "CRP < 4", "a level of over 2000", numbers with thousands separators and decimal commas
 * (numbers.ts), lab tables pasted as text ("CK   3350 H   U/L   25–200"), "X and Y at 695 (…) and 32 (…)
 * respectively" and "X, Y and Z were increased (11.0, 1.040, 658 U/L …, respectively)", trends ("612 U/L, down
 * from 1 480 U/L"), qualitative statements shared by a list ("serum calcium and ACE levels were normal",
 * "increased level of CK, LDH and AST"), "CK values normalised" / "returned to normal" (elevated before:
 * inferred), "CEA not elevated" (normal).
 *
 * A value is given to the nearest analyte before it, across fillers only; values of a list go in order only
 * when the text says so ("respectively", or a bracketed list of values after the list of analytes). What
 * cannot be placed is reported (`unplaced`): a value with a laboratory unit and no analyte the lexicon knows,
 * and a number that reads two ways ("1.679") when no stated interpretation settles it.
 * @module
 */
import { MUSCLE_ENZYMES_GROUP } from '../../facts/names.js';
import type { Doc, DocSentence, Mention } from '../document.js';
import { coversToken, generalAsideEnd, isCaseSentence } from '../document.js';
import { addEvidenceOf, closeEvidence, evidence, type SpanEvidence } from '../evidence.js';
import type { EvidenceNoteCode } from '../notes.js';
import { MONTH_WORDS, readNumber } from '../numbers.js';
import type { Token } from '../tokenize.js';
import { readUnit, ucumUnit } from './units.js';
import { askedWhether, hedged, relativeAfter, SAMPLING_PARTICIPLES } from './assertion.js';
import { LAB_CONCEPTS, labPanelTerms } from '../lexicon/labs.js';
import { lexicon, type Concept } from '../lexicon/index.js';
import type { Match } from '../lexicon/matcher.js';
import { isTransparent, tokenize } from '../tokenize.js';

/** An extracted lab (case model LabSchema). */
export interface ExtractedLab {
  analyte: string;
  value?: number;
  comparator?: '<' | '<=' | '>' | '>=';
  unit?: string;
  referenceRange?: { low?: number; high?: number };
  upperLimit?: number;
  interpretation?: 'elevated' | 'normal' | 'low';
  inferred?: boolean;
  codes?: { loinc: string };
  evidence: SpanEvidence[];
}

/** Laboratory text that could not be placed. */
export interface UnplacedLab {
  /** `antibody-level`: a level written after an antibody's name, with no cut-off or result word beside it. */
  kind: 'unknown-analyte' | 'ambiguous-number' | 'antibody-level' | 'other-specimen';
  /** For `antibody-level`: the antibody's target, as the lexicon names it. */
  target?: string;
  start: number;
  end: number;
  text: string;
}

const FILLER = new Set([
  // "her serum creatine kinase, however, was 4,200 U/L" (session 34: the value lost)
  'however',
  // (session 46: "his LDH, though, was way up at 1,140 U/L"; not "stage", since "Bence-Jones protein at stage 3" is no
  // value, nor "topped out at", left in session 39)
  'though',
  'way',
  // "CPK back to baseline levels (51 U/L)", "CK returned to baseline (90 U/L)": a return to the usual level
  'returned',
  'back',
  'baseline',
  // "CK remained normal (120 U/L)", "stayed elevated at 900 U/L": a verb of a lasting state
  'remained',
  'remains',
  'stayed',
  'was',
  'is',
  'were',
  'are',
  'of',
  'at',
  'to',
  'mildly',
  'moderately',
  'markedly',
  'significantly',
  'slightly',
  'severely',
  'remarkably',
  'grossly',
  // "TSH greatly elevated at 150 mIU/L", "CK massively raised to 5000 U/L" (session 23)
  'greatly',
  'massively',
  // "CK was minimally elevated (320 U/L)", "marginally raised", "borderline elevated" (session 35: the value lost)
  'minimally',
  'marginally',
  'borderline',
  'only',
  'hugely',
  'considerably',
  'substantially',
  'profoundly',
  'persistently',
  // "free T4 was undetectable at <3.2 pmol/L" (session 23): a value under the assay's floor
  'undetectable',
  'raised',
  'elevated',
  'increased',
  'high',
  'low',
  'decreased',
  'level',
  'levels',
  'value',
  'values',
  'serum',
  'plasma',
  'concentration',
  'concentrations',
  'activity',
  // "the CK rate was 5,400 IU/L", "LDH rate at 800 IU/L" (session 30: French "taux", the value lost)
  'rate',
  'count',
  'total',
  'the',
  'a',
  'an',
  'peak',
  'peaked',
  // "creatine kinase (CK) max. 3113 U/L", "a maximum of 5,000 U/L": the highest value of a course
  'max',
  'maximum',
  'maximal',
  'initial',
  'initially',
  'respectively',
  'measured',
  'measure',
  'measurement',
  // "a third CK, taken / drawn / obtained on day 10, was 800 U/L"
  'taken',
  'drawn',
  'obtained',
  'found',
  'with',
  'reaching',
  'reached',
  // "a haemoglobin that stood at 100 g/L", "the CRP having reached 180 mg/L" (session 38: the values lost)
  'stood',
  'stands',
  // "PT was prolonged at 19 s" (session 38: the value lost)
  'prolonged',
  'standing',
  'having',
  'had',
  'up',
  'from',
  'on',
  'admission',
  'mild',
  'moderate',
  'marked',
  'and',
  'be',
  'been',
  'has',
  // "the AST having risen to 474 U/L" (session 38: the value lost): the perfect as a participle
  'having',
  'today',
  // "CA-125 assay level, 88 U/mL" (session 29)
  'assay',
  // "CK yesterday 3,100", "CA-125 last month 210", "CA-125 last mo 210" (session 28: a note's dated values)
  'yesterday',
  'last',
  'mo',
  'marker',
  'showed',
  'shows',
  'demonstrated',
  'revealed',
  'test',
  'result',
  'h',
  'l',
  'rose',
  'fell',
  'dropped',
  'declined',
  'climbed',
  'improved',
  'improving',
  // session 32: "CPK levels were reduced to 700 IU/L" (a fall to the value; "reduced" alone is a low value)
  'reduced',
  // "her CK, previously 6,000 U/L, was now 400 U/L"
  'previously',
  'now',
  'currently',
  // the perfect of a change ("his CPK had risen to 1400 U/L", "CK has fallen to 200"), and other verbs of a
  // sharp change ("CK soared to 5000", "jumped to")
  'risen',
  'fallen',
  'soared',
  'jumped',
  'surged',
  // session 29: "the CK spiked to 7,120 U/L", "CK plummeted to 400"
  'spiked',
  'spiking',
  'skyrocketed',
  'plummeted',
  // "her CPK continued to rise to greater than 100,000 units/L", "went on to fall to 300": a change that goes on
  'continued',
  'continues',
  'continuing',
  // session 18: "his CK continued to increase, peaking at 11350 U/L", "CPK was checked and found to be 5,632"
  'increase',
  'decrease',
  'peaking',
  // "his creatine kinase was unchanged (2108 iu/l)"
  'unchanged',
  // session 22: "raised CK that peaked at 19,757 IU/L", "CK drawn at this time was 565 U/L", "CK on discharge was
  // 71 U/L"
  'that',
  'this',
  'time',
  'discharge',
  // session 32: "serum ferritin on admission and at relapse was 1600 and 770 ng/mL, respectively"
  'relapse',
  'flare',
  'readmission',
  'checked',
  'rechecked',
  'went',
  'rise',
  'fall',
  'further',
  'rising',
  'falling',
  'decreasing',
  'increasing',
  'dropping',
  'first',
  'baseline',
  'presentation',
  'as',
  'within',
  'limits',
  'approximately',
  'about',
  'around',
  'nearly',
  'almost',
  'roughly',
  '~',
  '≈',
  'elevation',
  'which',
  'clearly',
  'very',
  'extremely',
  'highly',
  'strikingly',
  'notably',
  // adverbs of a later value ("CPK also eventually decreased to 4100 U/L")
  'also',
  'eventually',
  'subsequently',
  'later',
  'further',
  // "CK was only mildly raised at 310 U/L"
  'only',
  // "CK approx. 3,000 U/L", "CK ca. 3,000 U/L"
  'approx',
  'ca',
  'circa',
  // "CK was again 2,600 U/L", "the highest CK recorded was …", "CK reached a maximum of …", "CK trended down
  // from …", "CK slowly declined, reaching 480 U/L"
  'again',
  'maximum',
  'minimum',
  'max',
  'highest',
  'lowest',
  'nadir',
  'recorded',
  'trended',
  'trending',
  'down',
  'slowly',
  'gradually',
  'rapidly',
  'steadily',
  'progressively',
  'quickly',
  'sharply',
  'dramatically',
  // "a rise in CK is observed (up to 2,400 IU/L)", "an increase of LDH was noted (540 U/L)": verbs of observation
  'observed',
  'noted',
  'noticed',
  'seen',
  'documented',
  // "CK went down 8,000 → 450 U/L", "came down to 300 U/L"
  'went',
  'came',
  'gone',
  // session 39: a value after "coming back at", "described as raised, with a value of", "its highest value of" or
  // "still raised at" (the values lost): the other forms of these verbs, verbs of a report, "still" and the analyte's
  // own "its"
  'coming',
  'come',
  'comes',
  'described',
  'reported',
  'said',
  'gave',
  'gives',
  // "CPK was done and came to 712 U/L", "a CK performed on admission was …": a verb of doing the test
  'done',
  'performed',
  'still',
  'its',
  // session 39 (result vocabulary from knowledge): further verbs and nouns joining an analyte to its value ("CK
  // measuring 3,100 U/L", "a CK reading of …", "the CK registered / read …", "CK resulted at …", "CK settled at …",
  // "CK plateaued at …", "amounted to", "totalled"; "topped out at" is left: "out" is too common a word)
  'measuring',
  'reading',
  'registered',
  'read',
  'resulted',
  'settled',
  'plateaued',
  'amounted',
  'totalled',
  'totaled',
  // session 40 grid: "CK turned out to be 3200 U/L", "came out at", "proved to be", "was shown to be", "kept rising up
  // to", "continued to climb, to", "was likewise elevated (3200 U/L)", "was similarly raised at" (the values lost)
  'turned',
  'out',
  'proved',
  'shown',
  'kept',
  'climb',
  'climbing',
  'likewise',
  'similarly',
]);
const ELEVATED = new Set([
  'raised',
  'elevated',
  'increased',
  'high',
  'higher',
  'elevation',
  'elevations',
  'hyper',
  'rise',
  'rising',
  // "an increase in creatine kinase levels"
  'increase',
]);
const NORMAL = new Set(['normal', 'unremarkable', 'negative']);
// "C3 hypocomplementemia": the complement fraction named, then its low level
const LOW = new Set([
  'low',
  'decreased',
  'reduced',
  'suppressed',
  // session 39: "albumin was depressed / subnormal / diminished" (read only after a lab and its verb, as the others)
  'depressed',
  'subnormal',
  'diminished',
  'hypocomplementemia',
  'hypocomplementaemia',
]);
/** Verbs of a state before an interpretation word ("was decreased" is a low value, "decreased" alone a fall). */
const COPULA = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'remained', 'remains', 'appeared']);
const NORMALISED = new Set(['normalized', 'normalizing', 'normalization', 'normalize', 'normalizes']);
/** Words of a dose's mass or units, after its number ("60 mg", "2 g", "400 mcg"). */
const DOSE_WORDS: ReadonlySet<string> = new Set(['mg', 'g', 'mcg', 'µg', 'μg', 'ug', 'units', 'iu']);
/**
 * The positions in `between` of remarks in brackets of plain words (no number, no symbol but a comma, at most twelve
 * tokens), brackets included. A dose is one of its words ("LDH (on prednisone 60 mg) was 812 U/L", session 41: the
 * value lost): a number with a mass after it and no "/" (never a concentration, "60 mg/dL").
 */
function plainBracketTokens(between: readonly Token[]): Set<number> {
  const out = new Set<number>();
  const dose = (j: number) =>
    between[j]!.kind === 'number' &&
    DOSE_WORDS.has(between[j + 1]?.norm ?? '') &&
    between[j + 2]?.norm !== '/' &&
    between[j + 1]!.start - between[j]!.end <= 1;
  for (let i = 0; i < between.length; i++) {
    if (between[i]!.norm !== '(') continue;
    let j = i + 1;
    while (
      j < between.length &&
      j - i <= 13 &&
      (between[j]!.kind === 'word' || between[j]!.norm === ',' || dose(j))
    )
      j++;
    if (j > i + 1 && between[j]?.norm === ')') for (let x = i; x <= j; x++) out.add(x);
    i = j;
  }
  return out;
}
/** Articles, not counted among the words between an analyte and its value ("…, with a value of 900 U/L"). */
const ARTICLES = new Set(['a', 'an', 'the']);
/** Words of a trend between two values of one analyte ("612 U/L, down from 1 480 U/L a month ago"). */
const TREND = new Set([
  // "CK 1,200 → 350 U/L": an arrow between two readings
  '→',
  '⇒',
  'down',
  'up',
  'from',
  'to',
  'then',
  'later',
  'previously',
  'falling',
  'fell',
  'fallen',
  'risen',
  'rising',
  'rose',
  'decreased',
  'increased',
  'declined',
  'dropped',
  'after',
  'before',
  'and',
  'subsequently',
  'trended',
  'trending',
  'improved',
  'improving',
  'reduced',
  'normalised',
]);
/**
 * Words of a multiple of the upper limit written between an analyte and its value ("CK was 45 times the upper
 * limit of normal (9,000 U/L)"): the value in brackets after it is the analyte's.
 */
const MULTIPLE_PHRASE = new Set([
  'times',
  'fold',
  'x',
  '×',
  'the',
  'upper',
  'limit',
  'limits',
  'of',
  'normal',
  'uln',
  'above',
  'over',
  'its',
  'at',
  'almost',
  'nearly',
  'about',
  'approximately',
  // "more than 20 times the upper limit of normal (4,300 U/L)" (session 34: the value lost)
  'more',
  'greater',
  'than',
  'least',
  'roughly',
  'around',
]);
const TIME_UNITS = new Set([
  'days',
  'day',
  'weeks',
  'week',
  'months',
  'month',
  'years',
  'year',
  'cycles',
  'cycle',
  'hours',
  'hour',
  // "after about 30 hrs of …" (session 18; a bare "h" is also the flag of a high value: "CK 2350 H U/L")
  'hr',
  'hrs',
  'minutes',
  'times',
  'fold',
  'x',
  '×',
]);

/** Words that count time before a number ("day 3", "on days 1, 5 and 10", "week 12"). */
const DAY_WORDS = new Set([
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'cycle',
  'cycles',
  'hour',
  'hours',
]);
/** Words joining the numbers of a list ("1, 5 and 10", "3-5", "2 to 4"). */
const LIST_JOIN = new Set([',', 'and', '-', '–', 'to', 'or']);

/** Trend words that join other things too ("and", "to", "after", "before"): never alone a trend's unit carrier. */
const LOOSE_TREND = new Set(['and', 'to', 'after', 'before']);
/** Events a later value of one analyte is dated by ("peaked at 10,527 U/L 15 months from the onset, had fallen to …"). */
const TIME_ANCHOR = new Set([
  'onset',
  'diagnosis',
  'discharge',
  'treatment',
  'therapy',
  'admission',
  'presentation',
]);
/** Whether a UCUM unit measures an enzyme activity or international units ("U/L", "[IU]/L", "ukat/L", "mU/L"). */
function isActivity(ucum: string): boolean {
  return /^(?:[mµuk]?U|[mµu]?\[IU\]|[mµu]?kat)(?:\/|$)/.test(ucum);
}

/**
 * Words between two readings of one analyte that tell their times ("300 U/L a year earlier, was now 9870 U/L",
 * "… and later 154 U/L").
 */
const SERIAL_LINK: ReadonlySet<string> = new Set([
  'earlier',
  'later',
  'ago',
  'now',
  'currently',
  'previously',
  'subsequently',
  'then',
  // "from 5,400 U/L to 2,100 U/L and finally 300 U/L" (session 23)
  'finally',
  'eventually',
  'and',
  'which',
  'had',
  'been',
]);
/** The first word of a chemical name after a locant ("3-hydroxy…", "5'-nucleotidase", "25-hydroxyvitamin D"). */
const CHEMICAL_PREFIX_RE =
  /^(?:hydroxy|methyl|methylglutaryl|keto|oxo|amino|deoxy|dihydro|hydroxyvitamin|nucleotidase|phospho|dimethyl|trimethyl|ethyl)/;
/** Whether a capital N glued to a count at `at` writes a multiple of the upper limit ("5N", "40 N" excluded). */
function glyphN(text: string, at: number): boolean {
  return text[at] === 'N' && !/[A-Za-z0-9]/.test(text[at + 1] ?? '');
}
/** A multiple's "x" glued to its count and to the limit's abbreviation ("10xULN", "3xN", "5XULN"). */
const GLUED_MULTIPLE_RE = /^[xX](?:ULN|ULRR|URL|N)(?![A-Za-z0-9])/;
/** Words of a multiple of the upper limit ("15 times", "25 x ULN", "20× the upper limit", "10-fold"). */
const MULTIPLE = new Set(['times', 'fold', 'folds', 'x', '×']);
/** A multiple written as one word ("twice the upper limit", "fourfold", "double the normal value"). */
const MULTIPLE_WORD_RE =
  /^(?:twice|thrice|double|triple|quadruple|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)-?folds?)$/;
/** Words of "within (the) normal / reference range / limits / values". */
const WITHIN_RANGE = new Set(['normal', 'reference', 'range', 'limits', 'limit', 'values', 'interval']);
/** Number words before a time unit ("two weeks later"). */
const NUMBER_WORDS = new Set([
  'a',
  'an',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
]);

/** Ordinal words and abbreviations ("second", "third", "2nd", "10th"). */
const ORDINAL_WORDS =
  /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))$/;

/**
 * Whether token i of the words between an analyte and its value is part of a time written there: "on hospital
 * day 10", "a week later", "3 days later", "fell by half to" (not "fell by 2,000": a change, not a reading).
 */
/** Events a value is read at, after "upon" ("upon arrival", "upon admission"). */
const TIME_ANCHOR_WORDS = new Set([
  'arrival',
  'admission',
  'presentation',
  'discharge',
  'transfer',
  'readmission',
]);
/** Parts of a day after "the next" / "the following" ("the following morning"). */
const PART_OF_DAY = new Set(['morning', 'evening', 'night', 'afternoon']);

/** Prepositions that open the time of a reading ("before vaccination", "after the second course"). */
const TIME_PREPOSITIONS = new Set([
  'before',
  'after',
  'following',
  'during',
  'post',
  'prior',
  'at',
  'on',
  'upon',
  'in',
]);
/** Words that join a reading's time phrase to the next reading. */
const READING_JOINS = new Set(['and', ',', 'then', 'but', 'while', 'whereas']);

/**
 * The end of a reading's time phrase that opens the words between two readings of one analyte ("CK was 150 U/L
 * before vaccination and 9,800 U/L on admission", "… 817 U/L after the second course and to 5,120 U/L"; session 32:
 * the second reading had been lost): a time preposition, at most four words, then a join; 0 when there is none.
 */
function timedPhraseEnd(between: readonly Token[]): number {
  if (!TIME_PREPOSITIONS.has(between[0]?.norm ?? '')) return 0;
  for (let i = 1; i < Math.min(between.length, 7); i++) {
    const t = between[i]!;
    if (READING_JOINS.has(t.norm)) return i > 1 ? i + 1 : 0;
    if (t.kind === 'number' || (t.kind === 'punct' && t.norm !== '-')) return 0;
  }
  return 0;
}

/** The words of a time phrase between two readings of one analyte ("; 6 weeks later", "; at 3 months,"). */
const SERIAL_TIME_WORDS = new Set([
  ...DAY_WORDS,
  ...TIME_UNITS,
  ...TIME_ANCHOR,
  ...TIME_ANCHOR_WORDS,
  'later',
  'after',
  'at',
  'on',
  'by',
  'in',
  'within',
  'follow',
  'up',
  'the',
  'of',
  // "…; 48 h later 400 U/L": the small "h" of hours (never a value's flag here: see HOURS_RE)
  'h',
]);
/** The time words of which such a phrase holds one. */
const SERIAL_TIME_HEADS = new Set([
  ...DAY_WORDS,
  ...TIME_UNITS,
  ...TIME_ANCHOR,
  ...TIME_ANCHOR_WORDS,
  'later',
  'h',
]);

/**
 * Whether the tokens between two readings are punctuation and a time phrase only ("; 6 weeks later", "; on day
 * 14,", "(day 1);"), with a time word among them.
 */
function serialTimePhrase(between: readonly Token[]): boolean {
  let head = false;
  for (const t of between) {
    if (
      t.kind === 'punct'
        ? t.norm === '.'
        : t.kind !== 'number' && !NUMBER_WORDS.has(t.norm) && !SERIAL_TIME_WORDS.has(t.norm)
    )
      return false;
    if (SERIAL_TIME_HEADS.has(t.norm)) head = true;
  }
  return head;
}

/** Prepositions of a duration ("over 2 weeks", "within six weeks", "in 10 days"). */
const DURATION_PREPOSITIONS = new Set(['over', 'within', 'in']);

/** Whether token i is a word of a duration: a preposition, a count and a unit of time, all three there. */
function durationAt(between: readonly Token[], i: number): boolean {
  const count = (t: Token | undefined) =>
    t !== undefined && (t.kind === 'number' || NUMBER_WORDS.has(t.norm));
  const at = (k: number) =>
    DURATION_PREPOSITIONS.has(between[k]?.norm ?? '') &&
    count(between[k + 1]) &&
    TIME_UNITS.has(between[k + 2]?.norm ?? '');
  return at(i) || at(i - 1) || at(i - 2);
}

/**
 * Units a time phrase counts between an analyte and its value ("at 6 months", "after 2 cycles", "within 48 h", "2
 * years later"): time, and the courses of a treatment it is dated by (never "times" or "fold": a multiple).
 */
const COUNTED_TIME_UNITS = new Set([
  ...DAY_WORDS,
  'year',
  'years',
  'h',
  'hr',
  'hrs',
  'minutes',
  'course',
  'courses',
  'dose',
  'doses',
  'infusions',
  'sessions',
]);
/** The counted courses of a treatment ("after 2 cycles of IVIG"). */
const TREATMENT_COUNTS = new Set([
  'cycle',
  'cycles',
  'course',
  'courses',
  'dose',
  'doses',
  'infusions',
  'sessions',
]);
/** Words that open such a phrase: a time preposition, or a bracket ("CK (2 weeks): 180 U/L"). */
const COUNTED_TIME_OPEN = new Set([...TIME_PREPOSITIONS, 'within', 'by', '(']);
/** Words that close it ("2 years later", "at the 3-month visit", "at 6-week follow-up"). */
const COUNTED_TIME_TAIL = new Set([
  'later',
  'visit',
  'review',
  'follow',
  'up',
  'check',
  'checkup',
  'assessment',
]);

/**
 * The end of a counted time phrase starting at token p of the words between an analyte and its value, or 0: "at 6
 * months", "after 2 cycles", "within 48 h", "(2 weeks)", "at the 3-month visit", "at follow-up", "2 years later"
 * (session 40 grid: "CK at 6 months was 180 U/L", "CK after 2 weeks was …", "CK 2 years later was …" had lost their
 * values; only "day 3" and "6 months later" were read).
 */
function countedTimeEnd(between: readonly Token[], p: number): number {
  const count = (t: Token | undefined) =>
    t !== undefined && (t.kind === 'number' || NUMBER_WORDS.has(t.norm));
  const tail = (q: number) => {
    while (
      q < between.length &&
      (COUNTED_TIME_TAIL.has(between[q]!.norm) ||
        (between[q]!.norm === '-' && COUNTED_TIME_TAIL.has(between[q + 1]?.norm ?? '')))
    )
      q++;
    return q;
  };
  let q = p;
  const open = COUNTED_TIME_OPEN.has(between[q]?.norm ?? '');
  if (open) q++;
  if (open && between[q]?.norm === 'the') q++;
  if (count(between[q])) {
    q++;
    if (between[q]?.norm === '-') q++;
    if (!COUNTED_TIME_UNITS.has(between[q]?.norm ?? '')) return 0;
    q++;
    // "after 2 cycles of IVIG", "at 3 months post-IVIG": the treatment the count is of, one word
    if (
      (between[q]?.norm === 'of' && TREATMENT_COUNTS.has(between[q - 1]!.norm)) ||
      between[q]?.norm === 'post'
    ) {
      const w = between[q + 1]?.norm === '-' ? q + 2 : q + 1;
      // (never right before the value: "after 2 doses of methotrexate 15 mg" writes the drug's dose)
      if (between[w]?.kind === 'word' && w + 1 < between.length) return w + 1;
    }
    const end = tail(q);
    // a count with no preposition before it is a time only with a word after it ("2 years later")
    return open || (end > q && between[q]!.norm === 'later') ? end : 0;
  }
  // "at follow-up", "at the follow-up visit": a visit with no count
  return open && between[p]!.norm === 'at' && between[q]?.norm === 'follow' ? tail(q) : 0;
}

/** Whether token i lies in a counted time phrase of {@link countedTimeEnd} (one that starts at most 8 tokens before). */
function inCountedTime(between: readonly Token[], i: number): boolean {
  for (let p = Math.max(0, i - 8); p <= i; p++) if (countedTimeEnd(between, p) > i) return true;
  return false;
}

function timeBetween(between: readonly Token[], i: number): boolean {
  const t = between[i]!;
  if (inCountedTime(between, i)) return true;
  const prev = between[i - 1];
  const next = between[i + 1];
  if (t.norm === 'hospital') return DAY_WORDS.has(next?.norm ?? '');
  // session 31: "CK on arrival was …", "upon admission", "overnight", "the next day", "the following morning",
  // "in the emergency department", "on two (separate) occasions were … and …" (the values had been lost)
  if (t.norm === 'arrival') return prev?.norm === 'on' || prev?.norm === 'at' || prev?.norm === 'upon';
  if (t.norm === 'upon') return next !== undefined && TIME_ANCHOR_WORDS.has(next.norm);
  // "CK at diagnosis 7,400 U/L", "CK on presentation was …" (session 37: the value lost)
  if (t.norm === 'diagnosis' || t.norm === 'presentation' || t.norm === 'onset')
    return prev?.norm === 'at' || prev?.norm === 'on' || prev?.norm === 'upon';
  if (t.norm === 'overnight') return true;
  if (t.norm === 'next' || t.norm === 'following')
    return DAY_WORDS.has(next?.norm ?? '') || PART_OF_DAY.has(next?.norm ?? '');
  if (
    (PART_OF_DAY.has(t.norm) || DAY_WORDS.has(t.norm)) &&
    (prev?.norm === 'next' || prev?.norm === 'following')
  )
    return true;
  // ("CK was in the normal range (150 U/L)", session 35: the value lost)
  if (t.norm === 'in')
    return (
      (next?.norm === 'the' &&
        (between[i + 2]?.norm === 'emergency' || WITHIN_RANGE.has(between[i + 2]?.norm ?? ''))) ||
      (next !== undefined && WITHIN_RANGE.has(next.norm))
    );
  if (t.norm === 'emergency') return next?.norm === 'department' || next?.norm === 'room';
  if (t.norm === 'department' || t.norm === 'room') return prev?.norm === 'emergency';
  if (t.norm === 'occasions' || t.norm === 'separate')
    return NUMBER_WORDS.has(prev?.norm ?? '') || prev?.norm === 'separate' || prev?.kind === 'number';
  if (NUMBER_WORDS.has(t.norm) && (next?.norm === 'occasions' || next?.norm === 'separate')) return true;
  // "CK decreased over 2 weeks to 450 U/L", "normalized within six weeks (from 6,200 to 150 U/L)" (session 37: the
  // values lost): a duration between the analyte and its values
  if (durationAt(between, i)) return true;
  // "serum CK over time (peak 12,000 U/L)"
  if (t.norm === 'over') return next?.norm === 'time';
  if (t.norm === 'time') return prev?.norm === 'over';
  // "CK was within the reference range (180 U/L)": the words of the range the value is within
  if (WITHIN_RANGE.has(t.norm))
    return between.slice(Math.max(0, i - 3), i).some((x) => x.norm === 'within' || x.norm === 'in');
  if (t.norm === 'by') return i + 1 < between.length && next?.kind !== 'number';
  if (t.norm === 'half') return prev?.norm === 'by';
  // "on the second day", "in the third week": an ordinal and a day word; "on the same day" (session 34: lost)
  if (ORDINAL_WORDS.test(t.norm) || t.norm === 'same') return DAY_WORDS.has(next?.norm ?? '');
  // "on the 3rd day": the number and its suffix as two tokens
  const suffix = (x: Token | undefined) => x !== undefined && /^(?:st|nd|rd|th)$/.test(x.norm);
  if (suffix(t)) return prev?.kind === 'number' && DAY_WORDS.has(next?.norm ?? '');
  if (t.kind === 'number' && suffix(next) && DAY_WORDS.has(between[i + 2]?.norm ?? '')) return true;
  if (DAY_WORDS.has(t.norm))
    return (
      next?.kind === 'number' ||
      ORDINAL_WORDS.test(prev?.norm ?? '') ||
      prev?.norm === 'same' ||
      (suffix(prev) && between[i - 2]?.kind === 'number') ||
      ((prev?.kind === 'number' || NUMBER_WORDS.has(prev?.norm ?? '')) && next?.norm === 'later')
    );
  if (t.kind === 'number')
    return (
      DAY_WORDS.has(prev?.norm ?? '') || (DAY_WORDS.has(next?.norm ?? '') && between[i + 2]?.norm === 'later')
    );
  if (NUMBER_WORDS.has(t.norm)) return DAY_WORDS.has(next?.norm ?? '') && between[i + 2]?.norm === 'later';
  return MULTIPLE_WORD_RE.test(t.norm) && (next?.norm === ',' || next?.norm === 'from');
}

const SP = String.raw`[ \t\u00a0\u2009\u202f]`;
// Reference intervals are written with any dash, the figure dash of typeset text ("24‒195") and the tilde of
// East Asian reports ("24~195", "24～195") among them.
// A number of an interval may group its thousands with a space of any width ("4500–11 000/µL", "150\u2009000–400\u2009000":
// session 27), read by {@link num}.
const NUM = String.raw`(\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d.,])|\d{1,7}(?:[.,]\d{1,4})?)`;
/**
 * One reference limit, its comparator (group 1) and number (2), or its interval (3, 4): "< 195", "up to 40", "135–225"
 * — an item of a list of limits ({@link LIMIT_ITEM_RE}) or the limit after an analyte named in a reference bracket.
 */
const ONE_LIMIT = String.raw`(?:(<=|<|≤|≦|⩽|＜|Ͻ|up to|less than|below|under)${SP}{0,2}${NUM}|${NUM}${SP}{0,2}(?:-|–|—|‒|~|～|to)${SP}{0,2}${NUM})(?![\d.,])`;
/**
 * Not a multiple of the limit: ", being 2-6 times the upper limit", "being 10-15 and 2-6 times the upper limits"
 * (session 24: read as a reference range) — no digit may follow either, so that the number cannot give back digits
 * to slip past it; "4.5–11×10³" is a power of ten, not a multiple.
 */
const NOT_A_MULTIPLE = String.raw`(?![\d.,]*${SP}{0,2}(?:(?:and|or|,)${SP}{1,2}[\d.,]+${SP}{0,2}[-–]${SP}{0,2}[\d.,]+${SP}{0,2})?(?:-${SP}{0,2})?(?:times|fold|(?:x(?![a-z])|×)(?!${SP}{0,2}10)))`;
// (", compared with a reference range of 12–16 g/dL", "against a normal value below 9": session 38, the range lost;
// a reference word must follow, so that "compared with the levels of 200–300 U/L" stays an earlier reading)
// ("(N.V.: 24–195)", session 41: the limits lost): an abbreviation's full stop before its colon
const RANGE_RE = new RegExp(
  String.raw`${SP}{0,3}[;,]?${SP}{0,3}[([]?${SP}{0,2}(?:(?:compared${SP}{1,2}(?:with|to)|against)${SP}{1,2}(?=[^()[\]\n;]{0,24}?\b(?:normal|reference|ref|rr|ri|nr|uln)\b)(?:(?:an?|the)${SP}{1,2})?|(?:with${SP}{1,2}an?|the)${SP}{1,2})?(?:(?:normal|normally|norm|reference|ref|nr|nv|n|v|vr|uln|rr|ri|rv|nl|laboratory|lab|ranges?|values?|limits?|upper|limit|of|interval|levels?|being|is|was|are|for|(?:wo)?men|(?:fe)?males|adults|\(\w{1,4}\)|\[\w{1,4}\])${SP}{0,2}(?:\.[:=]|[.:=;,])?${SP}{0,2}){1,5}(?:(<=|<|≤|≦|⩽|＜|Ͻ|up to|less than|lower than|below|under)${SP}{0,2}${NUM}|${NUM}${SP}{0,2}(?:-|–|—|‒|~|～|to)${SP}{0,2}${NUM})${NOT_A_MULTIPLE}`,
  'iy',
);
/**
 * "(ULN 170)", "(upper limit of normal 200)", "(upper normal 190)", ", slightly above the upper limit of 200": the
 * upper limit alone; its abbreviation may follow in brackets of either kind ("upper limit of normal [ULN] 0.03").
 * (session 41: ", with an upper limit of normal of 7.6 U/L" and "(threshold 500 U/mL)", a positivity threshold, lost)
 * A bare "normal" and one number filling the bracket ("(normal 180)", "(normal: 30 IU/L)", session 34: lost) is
 * the upper limit too.
 */
const ULN_RE = new RegExp(
  String.raw`${SP}{0,3}[;,]?${SP}{0,3}[([]?${SP}{0,2}(?:(?:(?:slightly|just|well|far)${SP}{1,2})?(?:above|over|below)${SP}{1,2})?(?:the${SP}{1,2}|with${SP}{1,2}an?${SP}{1,2})?(?:ULN|ULRR|(?:99th percentile${SP}{1,2})?URL|99th percentile|(?:normal )?upper (?:normal |reference )?limit(?: of normal)?|upper[ -](?:normal|reference)(?: value| level)?|normal (?:value|limit)s?|cut-?off|(?:positivity |positive )?threshold|(?<=[([]${SP}{0,2})normal(?=${SP}{0,2}:?${SP}{0,2}\d[\d,.]*${SP}{0,2}(?:[A-Za-zµμ/]{1,8}${SP}{0,2})?[)\]]))(?:${SP}{0,2}(?:\(ULN\)|\[ULN\]))?(?:${SP}{1,2}(?:being|is|was|of))?${SP}{0,3}[:=,]?${SP}{0,3}(?:(?:<|≤|<=)${SP}{0,2})?${NUM}`,
  'iy',
);
/**
 * "(in our laboratory, normal up to 170 U/L)", "(normal values in our laboratory: 24–145 IU/L)", "(normal at our
 * institution < 145)", "(local reference range 24–145)": a reference told in a clause of its own inside a bracket,
 * the place where it holds among its words (session 37: the limit lost). A bracket, a reference word in it, and
 * only the words of a reference and of a place before the limit; its groups are those of {@link RANGE_RE}, and a
 * fifth: one number after the words of an upper limit.
 */
const CLAUSE_RANGE_RE = new RegExp(
  String.raw`${SP}{0,3}[([]${SP}{0,2}(?=[^()[\]\n]{0,60}?\b(?:normal|reference|ref|ULN|upper limit)\b)(?:(?:in|at|for|our|the|this|local|institutional|(?:institution|hospital|laborator(?:y|ies)|lab|cent(?:re|er)|unit)(?:['’]s)?|normal|reference|ref|ranges?|values?|limits?|upper|of|interval|levels?|being|is|are|uln)${SP}{0,2}[.:=;,]?${SP}{0,2}){2,9}(?:(<=|<|≤|≦|⩽|＜|Ͻ|up to|less than|lower than|below|under)${SP}{0,2}${NUM}|${NUM}${SP}{0,2}(?:-|–|—|‒|~|～|to)${SP}{0,2}${NUM}|(?<=\b(?:upper|ULN)\b[^()[\]\n]{0,40})${NUM})${NOT_A_MULTIPLE}`,
  'iy',
);
/** The bare-"normal" form of {@link ULN_RE}: "(normal 180)", with no word of an upper limit. */
const BARE_NORMAL_RE = /[([]\s*normal\s*:?\s*\d/i;
/**
 * "(25–200)" or "(< 7.6)" right after the value or unit: a bare reference interval or upper limit, with the
 * unit after it spaced ("24-195 U/L") or glued as a count per volume ("4500–11,000/µL").
 */
/** A multiplication by ten to a power, up to the exponent ("× 10^3", "x 10³", "* 10**6"). */
const POWER_PREFIX = String.raw`${SP}{0,2}[x×*]${SP}{0,2}10${SP}?(?:\^|\*\*?|e)?${SP}?`;
/**
 * A power of ten after a bracketed range ("(4–10 × 10^3/µL)", session 31: its "3" had been read as a second
 * value): the same power as the value's, read again by {@link POWER_RE} from the match.
 */
const POWER_IN_RANGE = String.raw`${POWER_PREFIX}(?:12|[3-69]|³|⁴|⁵|⁶|⁹)(?![\d.,])`;
const POWER_ANYWHERE_RE = new RegExp(String.raw`${POWER_PREFIX}(?:12|[3-69]|³|⁴|⁵|⁶|⁹)`, 'i');
// ("AST was 597\n(< 35) IU/L", session 33: a PDF's line break before the bracket read the range as a second AST)
const PAREN_RANGE_RE = new RegExp(
  String.raw`(?:${SP}{0,12}|${SP}{0,2}\r?\n${SP}{0,2})(?:[-–—]${SP}{0,3})?\(${SP}{0,2}(?:(<=|<|≤|≦|⩽|＜|Ͻ)${SP}{0,2}${NUM}|${NUM}${SP}{0,2}(?:-|–|—|‒|~|～|to)${SP}{0,2}${NUM})(?:${POWER_IN_RANGE})?(?:${SP}{0,2}([A-Za-zµμ][A-Za-zµμ/]{0,8})|${SP}{0,2}(\/[A-Za-zµμ]{1,3}[0-9³]?))?${SP}{0,2}\)`,
  'y',
);
/**
 * "[< 170]" right after the value or unit, "[24 – 195]" after the gap of a table column: a reference in square
 * brackets. An interval in square brackets right after the text may be a citation ("[7–9]"): there it is read only
 * in a shape no citation has ({@link citationLike}); a limit with its comparator is never a citation.
 */
const SQUARE_RANGE_RE = new RegExp(
  String.raw`(?:${SP}{0,12}\[${SP}{0,2}(<=|<|≤|≦|⩽|＜|Ͻ)${SP}{0,2}${NUM}|(?:\t|${SP}{0,12})\[${SP}{0,2}${NUM}${SP}{0,2}(?:-|–|—|‒|~|～|to)${SP}{0,2}${NUM})(?:${SP}{1,2}([A-Za-zµμ][A-Za-zµμ/]{0,8})|${SP}{0,2}(\/[A-Za-zµμ]{1,3}[0-9³]?))?${SP}{0,2}\]`,
  'y',
);
/**
 * Whether an interval {@link SQUARE_RANGE_RE} matched right after the text (no column gap) has the shape of a
 * citation: whole numbers of one or two digits, or ten apart at most ("[7–9]", "[12–14]", "[101–104]"), with no unit
 * in the bracket or right after it. "CK 4005 U/L [24–195 U/L]", "LDH 812 U/L [135–225]", "TSH 8.9 mIU/L [0.4–4.0]",
 * "CK 4005 [30–200] U/L" are references (session 41: the limits lost, and in the last the 200 read as a second CK).
 */
function citationLike(text: string, r: RegExpExecArray, end: number): boolean {
  if (r[3] === undefined || r[5] !== undefined || r[6] !== undefined) return false;
  if (/^[ \u00a0\u2009\u202f]*(?:\t|[ \u00a0]{2})/.test(r[0])) return false;
  const whole = /^\d{1,7}$/;
  if (!whole.test(r[3]) || !whole.test(r[4]!)) return false;
  const small = r[3].length <= 2 && r[4]!.length <= 2;
  return (small || Number(r[4]) - Number(r[3]) <= 10) && !readUnit(text, end);
}

/** A table column: two spaces, a tab or a pipe, then "25–200" or "<40". */
const COLUMN_RANGE_RE = new RegExp(
  String.raw`(?:\t|${SP}{2,}|${SP}*\|)${SP}*(?:(<=|<|≤|≦|⩽|＜|Ͻ)${SP}{0,2}${NUM}|${NUM}${SP}{0,2}(?:-|–|—|‒|~|～)${SP}{0,2}${NUM})(?![\d.])`,
  'y',
);
/**
 * "CK 2350 H U/L 24-195", "AST 98 U/L <40": a bare interval or limit after the unit of a table row copied with single spaces, ending the
 * line or its cell (not "24-48 hours later").
 */
const BARE_RANGE_RE = new RegExp(
  String.raw`${SP}{1,2}(?:(<=|<|≤|≦|⩽|＜|Ͻ)${SP}{0,2}${NUM}|${NUM}${SP}{0,2}(?:-|–|—|‒|~|～)${SP}{0,2}${NUM})(?=${SP}*(?:$|[\n\t;,)|]|\.(?!\d)))`,
  'y',
);
/** The gap between two cells of a table row copied as text: a tab, two spaces or more, or a pipe. */
const CELL_GAP_RE = /^(?:\t|[ \u00a0]{2,}|[ \u00a0]*\|[ \u00a0]*)$/;
/** A dash and a second number right after a value ("16,000-20,000 U/L"): a spread of values. */
const SPREAD_RE = new RegExp(String.raw`${SP}{0,2}[-–—]${SP}{0,2}(?=\d)\d[\d,.]*`, 'y');
/** Prepositions that open a date between an analyte and its value ("CK in March 2019 was …"). */
const DATE_PREPOSITIONS = new Set(['in', 'on', 'since', 'during', 'by']);
const isYear = (t: Token | undefined) => t?.kind === 'number' && /^(?:19|20)\d\d$/.test(t.norm);

/**
 * Whether the number at token `i` is part of a date: a year after a month name or a date preposition ("March
 * 2019", "in 2019"), or a day before a month name ("12 March").
 */
function isDateNumber(s: DocSentence, i: number): boolean {
  const before = s.tokens[i - 1]?.norm ?? '';
  if (isYear(s.tokens[i]) && (MONTH_WORDS.has(before) || DATE_PREPOSITIONS.has(before))) return true;
  return /^\d{1,2}$/.test(s.tokens[i]!.norm) && MONTH_WORDS.has(s.tokens[i + 1]?.norm ?? '');
}

/** Whether token `k` is a word of a date written between an analyte and its value ("in March 2019", "on 12 May"). */
/** What may stand before the analyte that opens a sentence's subject ("Her serum CK …"). */
const SUBJECT_LEAD = new Set(['the', 'her', 'his', 'their', 'its', 'serum', 'plasma', 'total', 'initial']);
/** Words of a second predicate joined to the analyte's first ("…, and on admission was"). */
const CONJOINED_WORDS = new Set([
  'on',
  'at',
  'by',
  'the',
  'that',
  'this',
  'time',
  'point',
  'of',
  'then',
  'now',
  'later',
  'subsequently',
  'eventually',
  'finally',
  'had',
  'has',
]);
/** The last word of that predicate, right before the value. */
const CONJOINED_END = new Set(['was', 'were', 'is', 'reached', 'at', 'measured']);

/**
 * "CPK had been rising over the preceding 8 months, and on admission was 2,776 IU/L": the analyte that opens
 * the sentence's subject, with a second predicate joined by ", and" / "; and" / ", but" that holds only time
 * words and ends with a copula or a reading verb right before the value. Read only for the analyte's first
 * value, when it is the only analyte before the value and nothing but determiners stands before it.
 * @param s - the sentence
 * @param m - the analyte (the nearest one before the value)
 * @param mentions - the sentence's analytes
 * @param g - the value
 */
function conjoinedPredicate(
  s: DocSentence,
  m: Mention,
  mentions: readonly Mention[],
  g: ValueGroup,
): boolean {
  if (mentions.some((x) => x !== m && x.tokenStart < g.firstToken)) return false;
  for (let i = 0; i < m.tokenStart; i++) if (!SUBJECT_LEAD.has(s.tokens[i]!.norm)) return false;
  let and = -1;
  for (let i = g.firstToken - 1; i > m.tokenEnd && and < 0; i--) {
    const w = s.tokens[i]!.norm;
    const p = s.tokens[i - 1]?.norm;
    if ((w === 'and' || w === 'but') && (p === ',' || p === ';')) and = i;
  }
  if (and < 0) return false;
  const tail = s.tokens.slice(and + 1, g.firstToken);
  if (!tail.length || tail.length > 6 || !CONJOINED_END.has(tail[tail.length - 1]!.norm)) return false;
  return tail.every(
    (t) => CONJOINED_WORDS.has(t.norm) || CONJOINED_END.has(t.norm) || TIME_ANCHOR.has(t.norm),
  );
}

function dateWordAt(s: DocSentence, k: number): boolean {
  const t = s.tokens[k]!;
  if (MONTH_WORDS.has(t.norm)) return true;
  if (t.kind === 'number') return isDateNumber(s, k);
  const next = s.tokens[k + 1];
  return (
    DATE_PREPOSITIONS.has(t.norm) &&
    (MONTH_WORDS.has(next?.norm ?? '') ||
      isYear(next) ||
      (next?.kind === 'number' && MONTH_WORDS.has(s.tokens[k + 2]?.norm ?? '')))
  );
}

/** Abbreviations written with a full stop between an analyte and its value. */
const ABBREVIATED = new Set(['approx', 'ca', 'max', 'min']);
/** Modal verbs: a value beside one is a possibility or a rule, not a reading ("a CK of 500 U/L would be …"). */
const MODALS = new Set(['would', 'could', 'can', 'might', 'should', 'will']);
/** Conjunctions of a plan's condition ("… once CK is below 500 U/L", "until the CK is under 300"). */
const CONDITION_OPENERS = new Set(['once', 'until', 'till', 'unless']);
/** Present-tense verbs of a level in such a condition. */
const PRESENT_LEVEL_VERBS = new Set([
  'is',
  'are',
  'falls',
  'drops',
  'reaches',
  'exceeds',
  'rises',
  'remains',
  'stays',
]);
/** Present-tense verbs of what a level means in general. */
const GENERAL_VERBS = new Set([
  'suggests',
  'suggest',
  // "A KL-6 above 1,000 U/mL predicts progressive lung disease", "A CK of ten times the ULN defines …"
  'predicts',
  'predict',
  'defines',
  'define',
  'indicates',
  'indicate',
  'implies',
  'imply',
  'denotes',
  'denote',
  // "An elevated CK would support the diagnosis" (session 20: read as the patient's)
  'would',
  'supports',
]);
const PLURAL_LEVEL = new Set(['values', 'levels', 'concentrations']);
/** Words after "is/are" of where or how often a level occurs ("… are seen in necrotising myopathy"). */
const OCCURRENCE_WORDS = new Set([
  'seen',
  'found',
  'observed',
  'reported',
  'described',
  'common',
  'usual',
  'frequent',
  'rare',
  'uncommon',
]);
/** Words of a statistic of many readings, before an analyte ("median CK"). */
const STATISTIC_WORDS = new Set(['mean', 'median', 'average']);
/** Words of a limit after "is (the)" ("CK 200 U/L is the upper limit of normal"). */
const LIMIT_AFTER = new Set(['upper', 'uln', 'cut', 'cutoff', 'threshold', 'limit', 'reference']);
/** Words of an expectation before "to" ("expected to normalise"). */
const EXPECTATION = new Set(['expected', 'likely', 'unlikely', 'anticipated', 'predicted', 'hoped']);

/** Nouns of a limit before "for <analyte>" ("cut-off for CRP", "threshold for CK"). */
const CUTOFF_BEFORE = new Set(['off', 'cutoff', 'threshold', 'limit', 'range']);

/**
 * Whether the valued readings of mention m state a possibility or a reference, not the patient's reading: a
 * modal right after the last value ("A CK of 500 U/L would be considered …") or just before the analyte
 * ("statins can raise CK to …"), or "normal" before the analyte with a present-tense verb ("Normal CK levels
 * are below 200 U/L"), or a limit named before the analyte ("cut-off for CRP was 5 mg/L").
 */
function notAReading(s: DocSentence, m: Mention, gs: readonly ValueGroup[]): boolean {
  const last = gs[gs.length - 1]!;
  const t = s.tokens;
  if (MODALS.has(t[last.nextToken]?.norm ?? '')) return true;
  for (let i = Math.max(0, m.tokenStart - 3); i < m.tokenStart; i++) if (MODALS.has(t[i]!.norm)) return true;
  // "An elevated CK of more than 1,000 U/L suggests …", "CK values above 10,000 U/L indicate …": what a level
  // means in general (an indefinite or plural subject), not this patient's reading
  // session 40 grid: "CK levels above 10,000 U/L are seen in necrotising myopathy", "a CK over 5,000 U/L is found in
  // …": a present-tense "is/are" and a word of how often or where a level occurs
  const general =
    GENERAL_VERBS.has(t[last.nextToken]?.norm ?? '') ||
    ((t[last.nextToken]?.norm === 'are' || t[last.nextToken]?.norm === 'is') &&
      OCCURRENCE_WORDS.has(t[last.nextToken + 1]?.norm ?? ''));
  if (
    general &&
    (t[0]?.norm === 'a' ||
      t[0]?.norm === 'an' ||
      PLURAL_LEVEL.has(t[m.tokenEnd]?.norm ?? '') ||
      PLURAL_LEVEL.has(t[m.tokenEnd - 1]?.norm ?? ''))
  )
    return true;
  if (referenceOf(s, m)) return true;
  // "Median CK was 3,200 U/L", "the mean CK was …" (session 40 grid): a statistic of a series, not one reading
  let st = m.tokenStart - 1;
  while (t[st]?.norm === 'serum' || t[st]?.norm === 'the') st--;
  if (STATISTIC_WORDS.has(t[st]?.norm ?? '')) return true;
  // "CK 200 U/L is the upper limit of normal", "… is the cut-off" (session 40 grid): a limit stated, not a reading
  if (
    (t[last.nextToken]?.norm === 'is' || t[last.nextToken]?.norm === 'being') &&
    LIMIT_AFTER.has(
      (t[last.nextToken + 1]?.norm === 'the' ? t[last.nextToken + 2] : t[last.nextToken + 1])?.norm ?? '',
    )
  )
    return true;
  // "prednisolone is reduced once CK is below 500 U/L", "continue IVIG until the CK is under 300" (session 40 grid):
  // a level in a condition of a plan, in the present tense, is a threshold, not a reading
  if (
    t.slice(Math.max(0, m.tokenStart - 4), m.tokenStart).some((x) => CONDITION_OPENERS.has(x.norm)) &&
    t.slice(m.tokenEnd, gs[0]!.firstToken).some((x) => PRESENT_LEVEL_VERBS.has(x.norm))
  )
    return true;
  let b = m.tokenStart - 1;
  while (t[b]?.norm === 'serum' || t[b]?.norm === 'the') b--;
  // "Cut-off for CRP was 5 mg/L", "the threshold for CK was 200 U/L": a limit named before the analyte (session 19)
  if (t[b]?.norm === 'for' && CUTOFF_BEFORE.has(t[b - 1]?.norm ?? '')) return true;
  return (
    (t[b]?.norm === 'normal' || t[b]?.norm === 'reference') &&
    t.slice(m.tokenEnd, gs[0]!.firstToken).some((x) => x.norm === 'is' || x.norm === 'are')
  );
}

/** Conjunctions of a condition right before an interpretation word ("if elevated", "unless normal"). */
const CONDITION_WORDS = new Set(['if', 'unless', 'whether']);

/**
 * "CA-125 may be raised in any cause of ascites", "CK can be normal in …": a modal and "be" right before the
 * interpretation word state a possibility, not the patient's result; so does a condition ("if elevated").
 */
function modalInterpretation(s: DocSentence, start: number): boolean {
  const i = s.tokens.findIndex((t) => t.start === start);
  // "Her CK, if elevated, would support myositis" (session 50, probe: read raised): a condition's interpretation
  if (i >= 1 && CONDITION_WORDS.has(s.tokens[i - 1]!.norm)) return true;
  if (i < 2) return false;
  let b = i - 1;
  if (s.tokens[b]?.norm !== 'be') b--;
  return (
    s.tokens[b]?.norm === 'be' && (MODALS.has(s.tokens[b - 1]?.norm ?? '') || s.tokens[b - 1]?.norm === 'may')
  );
}

/** Abbreviations of an upper limit ("ULN", "URL", "ULRR"). */
const ULN_WORDS = new Set(['uln', 'url', 'ulrr']);
/** Words of a reference limit or interval written before "for" / "of" and an analyte. */
const REFERENCE_HEAD = new Set(['normal', 'reference', 'upper', 'lower']);

/**
 * "The upper limit of normal for aldolase is 7.6 U/L", "the reference range of CK is …": the analyte names
 * whose limit is stated, so a value after it is the limit, not a reading.
 */
function referenceOf(s: DocSentence, m: Mention): boolean {
  const t = s.tokens;
  let p = m.tokenStart - 1;
  while (t[p]?.norm === 'the' || t[p]?.norm === 'serum') p--;
  if (t[p]?.norm !== 'for' && t[p]?.norm !== 'of') return false;
  // "ULN for aldolase = 7.6 U/L", "the URL for troponin is 14 ng/L" (session 41: read as readings)
  if (ULN_WORDS.has(t[p - 1]?.norm ?? '')) return true;
  // "normal range of", "reference values for", "upper limit for"; "upper limit of normal for"
  if (REFERENCE_NOUN.has(t[p - 1]?.norm ?? '') && REFERENCE_HEAD.has(t[p - 2]?.norm ?? '')) return true;
  return t[p - 1]?.norm === 'normal' && t[p - 2]?.norm === 'of' && REFERENCE_NOUN.has(t[p - 3]?.norm ?? '');
}

/** Nouns of what a reference interval is stated for, after the analyte ("normal CK values range from …"). */
const REFERENCE_SUBJECT_NOUNS = new Set([
  'range',
  'ranges',
  'limits',
  'limit',
  'interval',
  'intervals',
  'values',
  'value',
  'level',
  'levels',
  'concentration',
  'concentrations',
  'activity',
]);
/** Present-tense verbs of where a reference interval lies ("… range from 24 to 195", "… lie below 200"). */
const REFERENCE_SPAN_VERBS = new Set(['range', 'ranges', 'lie', 'lies', 'vary', 'varies']);

/**
 * Whether the word "normal" at offset `start`, before the analyte, names a reference interval stated in the present
 * tense rather than the patient's result: "Normal CK values range from 24 to 195 U/L", "Normal values of CK range
 * …", "The normal CK range is 24–195 U/L" (session 41: each read as a normal CK). After the analyte (and a noun of
 * its values or range) comes a verb of a span ("range", "lie", "vary") or "is/are", and a number after it.
 */
function referenceStatement(s: DocSentence, m: Mention, start: number): boolean {
  const t = s.tokens;
  const h = t.findIndex((x) => x.start === start);
  if (h < 0 || h >= m.tokenStart || m.tokenStart - h > 5) return false;
  if (t[h]!.norm !== 'normal' && t[h]!.norm !== 'reference') return false;
  let j = m.tokenEnd;
  // ("range" is a noun and a verb: "normal CK range is …", "normal CK values range …")
  if (REFERENCE_SUBJECT_NOUNS.has(t[j]?.norm ?? '') && !REFERENCE_SPAN_VERBS.has(t[j]?.norm ?? '')) j++;
  else if (REFERENCE_SUBJECT_NOUNS.has(t[j]?.norm ?? '') && t[j + 1]?.norm === 'is') j++;
  const verb = t[j]?.norm ?? '';
  return (
    (REFERENCE_SPAN_VERBS.has(verb) || verb === 'is' || verb === 'are') &&
    t.slice(j + 1).some((x) => x.kind === 'number')
  );
}

/** "Normal ranges: CK 24–195 U/L; …", "Reference values: …": a line of reference limits, no readings. */
function referenceLabel(s: DocSentence): boolean {
  const t = s.tokens;
  return (
    (t[0]?.norm === 'normal' || t[0]?.norm === 'reference') &&
    ['range', 'ranges', 'values', 'intervals', 'limits'].includes(t[1]?.norm ?? '') &&
    t[2]?.norm === ':'
  );
}

/** Words of a treatment target before an analyte ("to keep CK below 500 U/L", "a target CK of …"). */
const TARGET_WORDS = new Set(['keep', 'keeping', 'maintain', 'maintaining', 'target', 'goal', 'aim']);

/** The rest of a bracketed citation after its first number ("]", ", 5]", "–9]"). */
const CITATION_RE = new RegExp(String.raw`^(?:${SP}{0,2}[,–-]${SP}{0,2}\d{1,3})*${SP}{0,2}\]`);
/** A high/low flag after a value in a table ("3350 H"; session 39: "3350 HH", "21 (L)", "3350 [H]", "↑↑"). */
const FLAG_RE = new RegExp(
  String.raw`(?:${SP}{1,3}(?:HH|LL|H|L|\(H\)|\(L\)|\[H\]|\[L\]|\*|↑|↓|high|low)|${SP}{0,3}[↑↓]{1,2})(?=${SP}|$|\n|\t)`,
  'y',
);

/**
 * A value times its power of ten, without the binary fraction's noise ("4.1 × 10^5" is 410000, not
 * 409999.99999999994): twelve significant digits are more than any written value holds.
 */
function scaled(value: number, scale: number): number {
  return scale === 1 ? value : Number((value * scale).toPrecision(12));
}

/** "× 10^3", "x 10³", "x 103" before a unit: a power of ten (3 to 6) that scales the value. */
const POWER_RE = new RegExp(String.raw`${POWER_PREFIX}([3-6]|³|⁴|⁵|⁶)(?![\d.,])`, 'iy');
const SUPERSCRIPT: Readonly<Record<string, string>> = { '³': '3', '⁴': '4', '⁵': '5', '⁶': '6' };

/** Words of an antibody assay's own units, which the unit reader does not know ("210 CU", "45 AU"). */
const ANTIBODY_LEVEL_UNITS = new Set(['cu', 'au', 'index', 'units', 'ru', 'eu']);

/** A bare mass after a day's urine collection ("24-hour urine protein 7.2 g"): the day's amount. */
const DAY_AMOUNT_RE = /[ \t\u00a0]?(g|gm|grams?|mg|milligrams?)(?![\w/%µ])/iy;

/** Units of a dose, never of a laboratory value left unplaced. */
const DOSE_UNITS: ReadonlySet<string> = new Set([
  'mg',
  'g',
  'ug',
  'mg/kg',
  'mg/m2',
  'mg/d',
  'g/kg',
  'mg/kg/d',
]);

/** The urine sediment counts of blood-count names read with a count per microscope field ("RBC 12/hpf"). */
const PER_FIELD_ANALYTE: ReadonlyMap<string, string> = new Map([
  ['RBC', 'urine RBC'],
  ['WBC', 'urine WBC'],
  ['urine RBC', 'urine RBC'],
  ['urine WBC', 'urine WBC'],
]);

/** The urine test of an analyte read under a urine label (a urine test's own name is kept: see {@link urineTestOf}). */
const URINE_OF: ReadonlyMap<string, string> = new Map([
  ...PER_FIELD_ANALYTE,
  ['pH', 'urine pH'],
  ['myoglobin', 'urine myoglobin'],
  ['osmolality', 'urine osmolality'],
]);

/** The urine test an analyte read under a urine label stands for, or undefined when there is none of its name. */
const urineTestOf = (analyte: string): string | undefined =>
  analyte.startsWith('urine ') ? analyte : URINE_OF.get(analyte);

/** A section label of a sentence ("Urine:", "Biochemistry:"): where its name starts, where its colon ends, and whether it names the urine. */
interface SectionLabel {
  start: number;
  end: number;
  urine: boolean;
}

/**
 * The section labels of a sentence ("Word(s):" at a line start or after a separator; a label followed by a number is
 * an analyte's own, "pH: 5.5", not a section's), read once per sentence and only when it mentions the urine at all.
 */
function sectionLabels(text: string, s: DocSentence): readonly SectionLabel[] {
  const body = text.slice(s.start, s.end);
  if (!/urin/i.test(body)) return [];
  return [...body.matchAll(/(?:^|[.;,]\s*|\s)([A-Za-z][A-Za-z ]{1,30}):(?!\s*[<>≤≥]?\s*\d)/gm)].map((m) => ({
    start: s.start + m.index + m[0].length - m[1]!.length - 1,
    end: s.start + m.index + m[0].length,
    urine: /\b(?:urine|urinalysis|urinary)\b/i.test(m[1]!),
  }));
}

/**
 * "Urinalysis was positive for myoglobin, negative for red and white blood cells", "Urine dipstick showed …": a
 * sentence whose subject is the urine test, so that its cell counts and myoglobin are the urine's (session 22).
 */
const URINE_SUBJECT_RE =
  /^\W*(?:(?:a|the|her|his|repeat|repeated|initial|further)\s+)*(?:urinalysis|urine\s+(?:analysis|dipstick|test(?:ing)?|examination|microscopy)|dipstick(?:\s+urinalysis)?|urine)\b(?=\s*(?:was|were|is|showed|shows|revealed|demonstrated|returned|:))/i;

/** Verbs that open a new clause after "and" ("… and CK was …", "… and blood tests show …"). */
const CLAUSE_VERBS_AFTER_AND: ReadonlySet<string> = new Set([
  'was',
  'were',
  'is',
  'are',
  'showed',
  'show',
  'shows',
  'revealed',
  'reveal',
  'reveals',
  'demonstrated',
]);

/**
 * Where the clause that runs at token `from` (the first clause by default) ends: a semicolon, "but", "while", "whereas", or "and" with a verb of its
 * own within three words ("Urinalysis was normal and CK was 3,000 U/L").
 */
function clauseEnd(s: DocSentence, from = 1): number {
  const t = s.tokens;
  for (let k = from; k < t.length; k++) {
    const w = t[k]!.norm;
    if (w === ';' || w === 'but' || w === 'while' || w === 'whereas') return k;
    if (
      w === 'and' &&
      // (a new clause's verb in any tense: "…, and blood tests show CK 3000 U/L", session 29)
      (t.slice(k + 1, k + 4).some((x) => CLAUSE_VERBS_AFTER_AND.has(x.norm)) || labSubjectVerb(s, k + 1))
    )
      return k;
  }
  return t.length;
}

/** Words of a subject made of lab names besides the names ("the AST (SGOT) and ALT (SGPT) were …"). */
const LAB_SUBJECT_WORDS: ReadonlySet<string> = new Set([
  ...['(', ')', ',', 'and', 'the', 'her', 'his', 'serum'],
  // the words of an antibody's name the lexicon leaves out ("and anti-Jo-1 antibody was negative", session 41)
  ...['anti', '-', 'antibody', 'antibodies', 'ab', 'abs'],
]);

/**
 * "…, and ALT (SGPT) and AST (SGOT) were both high" (session 38: read in the urine's clause): a subject of lab
 * names from token `k`, their glosses in brackets and links, then a verb of its own (a few items at most).
 * ("…, and anti-Jo-1 was negative", session 41: an antibody's name is such a subject too)
 */
function labSubjectVerb(s: DocSentence, k: number): boolean {
  const t = s.tokens;
  let named = false;
  for (let j = k; j < t.length && j < k + 14; j++) {
    const m = s.mentions.find(
      (x) => x.tokenStart === j && (x.concept.kind === 'lab' || x.concept.kind === 'antibody'),
    );
    if (m) {
      named = true;
      j = m.tokenEnd - 1;
      continue;
    }
    if (LAB_SUBJECT_WORDS.has(t[j]!.norm)) continue;
    return named && CLAUSE_VERBS_AFTER_AND.has(t[j]!.norm);
  }
  return false;
}

/**
 * Whether a mention at `at` stands under a urine label of its line ("Urine: density 1010; pH 5.5", "Urinalysis: …",
 * "Ions in urine: Na 77"): the last label of the line before the mention names the urine.
 */
function underUrineLabel(text: string, labels: readonly SectionLabel[], at: number): boolean {
  let last: SectionLabel | undefined;
  for (const l of labels) if (l.end <= at) last = l;
  return last !== undefined && last.urine && !text.slice(last.start, at).includes('\n');
}

/** A count per microscope field written out ("per high-power field", "per HPF"). */
const PER_FIELD_RE =
  /[ \t\u00a0]*(?:cells?[ \t\u00a0]*)?per[ \t\u00a0]+(?:hpf|lpf|hp[ \t\u00a0]?field|(?:high|low)[ \t\u00a0-]power[ \t\u00a0]field)/iy;

/** An amount written as a dose: per body weight or surface, or with a frequency ("200 mg twice daily"). */
const DOSE_AFTER_RE =
  /[ \t\u00a0]*(?:m?g|mcg|[µμu]g|iu|units?|mmol|meq)[ \t\u00a0]*(?:\/[ \t\u00a0]*(?:kg|m2|m²)(?![a-z])|(?:\/[ \t\u00a0]*(?:d|day)[ \t\u00a0]+)?(?:once|twice|thrice|three times|four times|daily|weekly|bid|tid|qid|qd|every)(?![a-z]))/iy;

/**
 * A bracketed abbreviation at token k: "(Cr)", "(SCr)", "(PLT)" — one word of two to six letters or digits,
 * starting with a capital, that is no unit and no mention of its own.
 */
function glossAfter(text: string, s: DocSentence, k: number): boolean {
  const [open, word, close] = [s.tokens[k], s.tokens[k + 1], s.tokens[k + 2]];
  if (open?.norm !== '(' || close?.norm !== ')' || !word) return false;
  const raw = text.slice(word.start, word.end);
  if (!/^[A-Z][A-Za-z0-9]{1,5}$/.test(raw) || readUnit(text, word.start)) return false;
  // ("(CR)" is also a complete response to the oncology lexicon: right after a lab's name it is the lab's)
  return !s.mentions.some(
    (x) =>
      x.tokenStart <= k + 1 &&
      x.tokenEnd > k + 1 &&
      (x.concept.kind === 'lab' || x.concept.kind === 'antibody'),
  );
}

/** Words that make an anaemia a named disease ("pernicious anaemia", "aplastic anaemia"), not a reading. */
const ANAEMIA_DISEASES = new Set(['pernicious', 'aplastic', 'sideroblastic', 'fanconi', 'sickle']);
/** Links of a list of complaints ("fever, myalgia and …", "myalgia • cramps • …"). */
const COMPLAINT_LINKS = new Set([',', 'and', 'or', '•', '·']);
/** Complaints the findings lexicon does not hold as such, by their last word ("muscle pain", "cramps"). */
const COMPLAINT_NOUNS = new Set([
  'pain',
  'pains',
  'cramps',
  'soreness',
  'fatigue',
  'weakness',
  'malaise',
  'myalgia',
  'myalgias',
]);

/**
 * Whether `m` is an item of a list with a finding of the patient among its items: findings and items of at most three
 * plain words, joined by commas, "and", "or" or bullets, with nothing else between.
 */
function amongComplaints(s: DocSentence, m: Mention): boolean {
  const t = s.tokens;
  for (const dir of [-1, 1]) {
    let k = dir < 0 ? m.tokenStart - 1 : m.tokenEnd;
    let words = 0;
    let links = 0;
    while (k >= 0 && k < t.length && words <= 3) {
      const at = s.mentions.find((y) => y.tokenStart <= k && k < y.tokenEnd);
      if (at) {
        if (
          at.concept.kind === 'finding' &&
          links > 0 &&
          (words === 0 || COMPLAINT_LINKS.has(t[k - dir]?.norm ?? ''))
        )
          return true;
        break;
      }
      const x = t[k]!;
      if (links > 0 && COMPLAINT_NOUNS.has(x.norm)) return true;
      if (COMPLAINT_LINKS.has(x.norm)) {
        links++;
        words = 0;
      } else if (x.kind === 'word') words++;
      else break;
      k += dir;
    }
  }
  return false;
}

/** Words before "with" that give a drug ("treated with calcitonin", "therapy with insulin"). */
const GIVEN_WITH = new Set(['treated', 'treatment', 'therapy', 'managed', 'management', 'supplemented']);
/** Words before "of" that give a drug ("infusion of albumin", "administration of calcitonin"). */
const GIVEN_OF = new Set(['infusion', 'infusions', 'administration', 'dose', 'doses']);

/**
 * Whether the analyte is named as a drug given: right after "treated with" / "infusion of", or joined by a comma,
 * "and" or "or" to a drug's name ("fluids, calcitonin and glucocorticoids") while no reading of its own stands
 * on it (a link or the phrase's end after it, no reading word before it: "low albumin, and prednisone was begun"
 * keeps the albumin).
 */
function givenAsDrug(s: DocSentence, m: Mention): boolean {
  const t = s.tokens;
  const p1 = t[m.tokenStart - 1]?.norm ?? '';
  const p2 = t[m.tokenStart - 2]?.norm ?? '';
  if ((p1 === 'with' && GIVEN_WITH.has(p2)) || (p1 === 'of' && GIVEN_OF.has(p2))) return true;
  if (!s.mentions.some((d) => d.concept.kind === 'drug') || !joinedTo(s, m, 'drug')) return false;
  // ("She received IVIG and CK and LDH were normal": joined to another test, it is a test)
  if (joinedTo(s, m, 'lab') || joinedTo(s, m, 'antibody')) return false;
  // an item of the list itself: a link or the phrase's end after it ("Following IVIG, CK declined to 410 U/L"
  // makes the analyte a subject)
  const next = t[m.tokenEnd]?.norm ?? '.';
  if (![',', 'and', 'or', '.', ';', ')'].includes(next)) return false;
  let b = m.tokenStart - 1;
  while (t[b]?.norm === 'serum' || t[b]?.norm === 'the') b--;
  const before = t[b]?.norm ?? '';
  return !(ELEVATED.has(before) || LOW.has(before) || NORMAL.has(before));
}

/** Whether a mention of the kind is joined to `m` by a comma, "and" or "or" alone, on either side. */
function joinedTo(s: DocSentence, m: Mention, kind: string): boolean {
  const t = s.tokens;
  const link = (x: Token) => x.norm === ',' || x.norm === 'and' || x.norm === 'or';
  return s.mentions.some(
    (d) =>
      d !== m &&
      d.concept.kind === kind &&
      ((d.tokenEnd <= m.tokenStart &&
        m.tokenStart - d.tokenEnd <= 2 &&
        t.slice(d.tokenEnd, m.tokenStart).every(link)) ||
        (d.tokenStart >= m.tokenEnd &&
          d.tokenStart - m.tokenEnd <= 2 &&
          t.slice(m.tokenEnd, d.tokenStart).every(link))),
  );
}

/** Words after an analyte's name that make it a drug ("thyroxine replacement", "urea cream", "iron therapy"). */
const DRUG_USE_AFTER = new Set([
  'replacement',
  'therapy',
  'treatment',
  'cream',
  'ointment',
  'lotion',
  'gel',
  'supplementation',
  'supplement',
  'supplements',
  'substitution',
  'tablets',
  'tablet',
  'infusion',
  'injection',
  'injections',
]);

/** Analytes that are also drugs or supplements, whose name before an amount may be a dose ("thyroxine 100 mcg"). */
const DRUG_ANALYTES = new Set([
  'T4',
  'free T4',
  'vitamin B12',
  'folate',
  'iron',
  'potassium',
  'magnesium',
  'calcium',
  '25-hydroxyvitamin D',
  '1,25-dihydroxyvitamin D',
  'digoxin',
]);
/** An amount unit with no volume after it ("100 mcg", "40 mEq", "1000 IU"): a dose, not a concentration. */
const BARE_AMOUNT_RE =
  /[ \t\u00a0]*(?:mcg|[µμu]g|mg|g|iu|units?|meq|mmol)(?![a-z0-9/·])(?![ \t\u00a0]*(?:\/|per\b))/iy;
/** "120 mg of", "5 units of": an amount of a drug or a product, never a laboratory reading. */
const AMOUNT_OF_RE = /[ \t\u00a0]*(?:mcg|[µμu]g|mg|iu|units?)[ \t\u00a0]+of\b/iy;
/** Whether the value of a group is followed by a bare amount unit. */
function bareAmount(text: string, g: { start: number; end: number; unit?: string }): boolean {
  if (g.unit) return false;
  BARE_AMOUNT_RE.lastIndex = g.end;
  return BARE_AMOUNT_RE.test(text);
}

const num = (s: string) => Number(s.replace(/[ \u00a0\u2009\u202f]/g, '').replace(',', '.'));
/**
 * A number of a reference range beside a value: "150,000" (a separator and three digits) reads as thousands or as
 * a decimal; the reading nearer the value's order of magnitude wins ("63,000 (normal, 150,000-400,000)").
 */
function rangeNum(s: string, value: number): number {
  const d = num(s);
  // ("< 0.014 ng/mL", session 33: read as 14): a lone zero is never a group of thousands
  if (!/^\d{1,3}[,.]\d{3}$/.test(s) || /^0[,.]/.test(s) || !(value > 0)) return d;
  const t = Number(s.replace(/[,.]/, ''));
  return Math.abs(Math.log10(t / value)) < Math.abs(Math.log10(d / value)) ? t : d;
}

interface ValueGroup {
  value: number;
  alternative?: number;
  comparator?: ExtractedLab['comparator'];
  unit?: string;
  range?: { low?: number; high?: number };
  start: number;
  end: number;
  /** Token index of the first token of the group and after the group. */
  firstToken: number;
  nextToken: number;
  /** "16,000-20,000 U/L": a spread of values, not one value (reported as an ambiguous number, never guessed). */
  spread?: true;
  /**
   * "… and 18.6 U/L (normal < 195 and < 7.6), respectively": the limits of a list of values written in one bracket
   * after the last, in their order (given to the values by {@link shareLimits}).
   */
  limits?: NonNullable<ValueGroup['range']>[];
  /** "1450 U/L (>140)": a bracketed threshold of an abnormal result after the value (see {@link RAISED_ONLY}). */
  above?: number;
}

/** "(>140)", "(> 140 U/L)" right after a value or its unit: a threshold of an abnormal result. */
const ABOVE_THRESHOLD_RE = new RegExp(
  String.raw`${SP}{0,2}\(${SP}{0,2}(?:>|＞|Ͼ)(?!=)${SP}{0,2}${NUM}(?:${SP}{1,2}([A-Za-zµμ][A-Za-zµμ/]{0,8}))?${SP}{0,2}\)`,
  'y',
);
/**
 * Analytes whose reference is an upper limit alone (a disease raises them; none is read low): a bracketed "> 140"
 * after a value above it is their upper limit, the threshold of an abnormal result. Never an analyte read on both
 * sides (TSH, ferritin, albumin, eGFR), whose "> 60" may be the lower limit.
 */
const RAISED_ONLY: ReadonlySet<string> = new Set([
  'CK',
  'CK-MB',
  'aldolase',
  'LDH',
  'AST',
  'ALT',
  'myoglobin',
  'CRP',
  'ESR',
  'troponin T',
  'troponin I',
  'KL-6',
]);

/** Words of a sex in a reference ("normal: men < 190, women < 170"). */
const SEX_WORDS_RE = /\b(?:wo)?men\b|\b(?:fe)?males?\b/i;
/**
 * The end of the bracket at `pos` when the rest of it names a sex and states another limit (", women < 170)", " for
 * men, < 170 for women)"), else undefined.
 */
function otherSexLimitEnd(text: string, pos: number, end: number): number | undefined {
  const rest = /^[^()[\]\n]{0,60}[)\]]/.exec(text.slice(pos, Math.min(end, pos + 62)));
  return rest && SEX_WORDS_RE.test(rest[0]) && /\d/.test(rest[0]) ? pos + rest[0].length : undefined;
}
/** One more limit of a list of limits: "and < 7.6", ", 135–225", "; up to 40". */
const LIMIT_ITEM_RE = new RegExp(
  String.raw`${SP}{0,2}(?:,${SP}{0,2}and|,|;|and)${SP}{1,2}${ONE_LIMIT}`,
  'iy',
);
/** The close of a list of limits: ", respectively" or "resp." at most, then the bracket. */
const LIMIT_LIST_CLOSE_RE = /(?:,?[ \t\u00a0]{1,2}(?:respectively|resp\.))?[ \t\u00a0]{0,2}[)\]]/y;
/**
 * The further limits of a bracket after its first ("(normal < 195 and < 7.6)", "(normal 24–195 and 1.0–7.6 U/L,
 * respectively)"), and the end of the bracket; undefined unless the bracket holds nothing else.
 */
function limitListEnd(
  text: string,
  pos: number,
  end: number,
): { ranges: NonNullable<ValueGroup['range']>[]; units: (string | undefined)[]; end: number } | undefined {
  const ranges: NonNullable<ValueGroup['range']>[] = [];
  const units: (string | undefined)[] = [];
  let at = pos;
  for (;;) {
    LIMIT_ITEM_RE.lastIndex = at;
    const r = LIMIT_ITEM_RE.exec(text);
    if (!r || at + r[0].length > end) break;
    ranges.push(r[2] !== undefined ? { high: num(r[2]) } : { low: num(r[3]!), high: num(r[4]!) });
    at += r[0].length;
    const u = readUnit(text, at);
    units.push(u && u.end <= end ? u.ucum : undefined);
    if (u && u.end <= end) at = u.end;
  }
  if (!ranges.length) return undefined;
  LIMIT_LIST_CLOSE_RE.lastIndex = at;
  const close = LIMIT_LIST_CLOSE_RE.exec(text);
  return close && at + close[0].length <= end ? { ranges, units, end: at + close[0].length } : undefined;
}

/**
 * Comparators as copied text prints them: full-width signs, the slanted "≦ ≧" and "⩽ ⩾", and the Greek
 * "Ͻ Ͼ" that PDF text layers give for "<" and ">".
 */
const COMPARATOR_GLYPH: ReadonlyMap<string, string> = new Map([
  ['＜', '<'],
  ['＞', '>'],
  ['≦', '≤'],
  ['⩽', '≤'],
  ['≧', '≥'],
  ['⩾', '≥'],
  ['Ͻ', '<'],
  ['Ͼ', '>'],
]);

/**
 * Every word {@link comparatorAt} can start at: its glyphs, signs and the first words of its phrases. A token
 * outside the set is no comparator (a quick exit for the many words of a sentence).
 */
const COMPARATOR_START: ReadonlySet<string> = new Set([
  ...COMPARATOR_GLYPH.keys(),
  ...['<', '≤', '>', '≥', 'less', 'lower', 'greater', 'more', 'higher'],
  ...['over', 'above', 'exceeding', 'exceeded', 'exceeds', 'well', 'far', 'in', 'below', 'under'],
]);

/**
 * The tokens other than numbers at which a step of the value walk of {@link extractLabs} can act: a comparator
 * ({@link valueGroup}), a bracket (a reference before or after a value, an aside after an analyte) or a comma (an
 * apposition after an analyte).
 */
const GROUP_OPENERS: ReadonlySet<string> = new Set([...COMPARATOR_START, '(', '[', ',']);

function comparatorAt(
  s: DocSentence,
  k: number,
): { cmp: ExtractedLab['comparator']; next: number } | undefined {
  const tok = s.tokens[k];
  if (!tok || !COMPARATOR_START.has(tok.norm)) return undefined;
  const glyph = COMPARATOR_GLYPH.get(tok.norm);
  const t = glyph ? { ...tok, norm: glyph } : tok;
  const n1 = s.tokens[k + 1]?.norm;
  const n2 = s.tokens[k + 2]?.norm;
  if (t.norm === '<' || t.norm === '≤')
    return n1 === '=' ? { cmp: '<=', next: k + 2 } : { cmp: t.norm === '≤' ? '<=' : '<', next: k + 1 };
  if (t.norm === '>' || t.norm === '≥')
    return n1 === '=' ? { cmp: '>=', next: k + 2 } : { cmp: t.norm === '≥' ? '>=' : '>', next: k + 1 };
  if ((t.norm === 'less' || t.norm === 'lower') && n1 === 'than') return { cmp: '<', next: k + 2 };
  if ((t.norm === 'greater' || t.norm === 'more' || t.norm === 'higher') && n1 === 'than')
    return { cmp: '>', next: k + 2 };
  if (
    t.norm === 'over' ||
    t.norm === 'above' ||
    t.norm === 'exceeding' ||
    t.norm === 'exceeded' ||
    t.norm === 'exceeds'
  )
    return { cmp: '>', next: k + 1 };
  // "well over 50,000", "far above 10,000": the adverb only strengthens the comparator
  if ((t.norm === 'well' || t.norm === 'far') && (n1 === 'over' || n1 === 'above'))
    return { cmp: '>', next: k + 2 };
  if (t.norm === 'in' && n1 === 'excess' && n2 === 'of') return { cmp: '>', next: k + 3 };
  if (t.norm === 'below' || t.norm === 'under') return { cmp: '<', next: k + 1 };
  return undefined;
}

/** The ways a reference range is written after a value, tried in this order. */
const RANGE_FORMS: readonly RegExp[] = [
  RANGE_RE,
  ULN_RE,
  CLAUSE_RANGE_RE,
  PAREN_RANGE_RE,
  SQUARE_RANGE_RE,
  COLUMN_RANGE_RE,
];
/** The same after a unit, where a bare range is also one ({@link BARE_RANGE_RE}). */
const RANGE_FORMS_AFTER_UNIT: readonly RegExp[] = [...RANGE_FORMS, BARE_RANGE_RE];
/**
 * The first character other than a space each range form can match (every form opens with spaces, then one of
 * these): a form whose set does not hold the first such character after the value is not tried. The comparator
 * glyphs are those of `(<=|<|≤|≦|⩽|＜|Ͻ)`; without the `u` flag `i` folds no other letter to an ASCII one.
 */
export const RANGE_FORM_START: ReadonlyMap<RegExp, RegExp> = new Map([
  [RANGE_RE, /^[;,([a-z]$/i],
  [ULN_RE, /^[;,([a-z9]$/i],
  [PAREN_RANGE_RE, /^[\r\n(\-–—]$/],
  [SQUARE_RANGE_RE, /^\[$/],
  [COLUMN_RANGE_RE, /^[|<≤≦⩽＜Ͻ0-9]$/],
  [BARE_RANGE_RE, /^[<≤≦⩽＜Ͻ0-9]$/],
  [CLAUSE_RANGE_RE, /^[([]$/],
]);
/** The end of a column gap at `pos`: more than three spaces or tabs, no line break (else `pos`). */
function columnGapEnd(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && i - pos < 40 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0'))
    i++;
  return i - pos > 3 ? i : pos;
}
/** The space characters the range forms open with ({@link SP}). */
const SP_CHARS = new Set([' ', '\t', '\u00a0', '\u2009', '\u202f']);
/** The first character at or after `pos` that is not a space of {@link SP} ('' at the end of the text). */
export function firstAfterSpaces(text: string, pos: number): string {
  let i = pos;
  while (i < text.length && SP_CHARS.has(text[i]!)) i++;
  return text[i] ?? '';
}

/** The words of an age after its number ("-year-old", " years old", "-month-old"). */
const AGE_AFTER_RE = /^[-\u2010\u2011 ]?(?:years?|yrs?|months?|weeks?)[-\u2010\u2011 ]old\b/i;

/**
 * Analytes a disease lowers as often as it raises (electrolytes, minerals, blood counts, proteins): "X normalised"
 * says nothing of which way X was.
 */
const TWO_WAY_ANALYTES: ReadonlySet<string> = new Set([
  'phosphate',
  'sodium',
  'potassium',
  'calcium',
  'magnesium',
  'chloride',
  'glucose',
  'albumin',
  'haemoglobin',
  'haematocrit',
  'platelets',
  'WBC',
  'lymphocytes',
  'neutrophils',
  'C3',
  'C4',
  '25-hydroxyvitamin D',
  'TSH',
  'free T4',
]);

/** Whether the number token at `k` is the end of a word written with it ("FT4", "C3", "B12"): no space before it. */
function gluedToWord(s: DocSentence, k: number): boolean {
  const w = s.tokens[k - 1];
  return w !== undefined && w.kind === 'word' && w.end === s.tokens[k]!.start;
}

/** Numeric dates: day.month.year, day/month/year with a four-digit year, and ISO year-month-day. */
const NUMERIC_DATE_RE = /\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}\b|\b(?:19|20)\d{2}-\d{1,2}-\d{1,2}\b/g;
/**
 * The numeric dates of the sentence last asked about, found when its first number asks (the reader asks about one
 * sentence at a time: one remembered sentence serves, without a map's upkeep for each sentence).
 */
const numericDates: { sentence: DocSentence | undefined; spans: readonly [number, number][] } = {
  sentence: undefined,
  spans: [],
};
/** Whether offset `at` lies inside a numeric date of sentence `s`. */
function inNumericDate(doc: Doc, s: DocSentence, at: number): boolean {
  if (numericDates.sentence !== s) {
    const found: [number, number][] = [];
    const text = doc.text.slice(s.start, s.end);
    NUMERIC_DATE_RE.lastIndex = 0;
    for (let m = NUMERIC_DATE_RE.exec(text); m; m = NUMERIC_DATE_RE.exec(text))
      found.push([s.start + m.index, s.start + m.index + m[0].length]);
    numericDates.sentence = s;
    numericDates.spans = found;
  }
  for (const [a, b] of numericDates.spans) if (at >= a && at < b) return true;
  return false;
}

/** A small "h" of hours right after a number ("48 h", "30h"). */
const HOURS_RE = /[ \u00a0]?h(?![\p{L}\p{N}/])/uy;
/** A unit of time after a hyphen ("2-hour", "3-day", "6-week"). */
const HYPHEN_TIME_RE = /^(?:min(?:ute)?|hr|hour|day|week|month|year|yr)s?$/;

/** A mass number glued to an element of nuclear medicine ("111In", "99mTc", "[18F]", "68Ga", "131I"). */
const ISOTOPE_RE = /^[[(\s-]?\d{1,3}m?(?:In|Tc|F|Ga|I|Tl|Lu|Y|Cu|Zr)\b/;

/** Parses "[cmp] number [flag] [unit] [(normal range a–b unit)]" at token k. */
function valueGroup(
  doc: Doc,
  s: DocSentence,
  k: number,
  unitAfter: (at: number) => boolean,
): ValueGroup | undefined {
  // (a group opens with its number or a comparator: any other token opens none)
  const first = s.tokens[k];
  if (!first || (first.kind !== 'number' && !COMPARATOR_START.has(first.norm))) return undefined;
  const c = comparatorAt(s, k);
  const ni = c ? c.next : k;
  const numTok = s.tokens[ni];
  if (!numTok || numTok.kind !== 'number') return undefined;
  // "the 3rd day", "her 2nd admission": an ordinal, not a value
  const suffix = s.tokens[ni + 1];
  if (suffix && suffix.start === numTok.end && /^(?:st|nd|rd|th)$/.test(suffix.norm)) return undefined;
  const before = s.tokens[ni - 1]?.norm;
  // "4/5", "82/51 mmHg", "1:160", dates: not laboratory values; but in "FT4: 1.96", "C3: 50", "B12: 150" the number
  // before the colon ends the analyte's name, glued to its letters
  // ("CA-125: 412 U/mL", "KL-6: 1120", "CA 19-9: 88": session 35, lost — the number ends a lab's name)
  if (
    before === '/' ||
    (before === ':' &&
      s.tokens[ni - 2]?.kind === 'number' &&
      !gluedToWord(s, ni - 2) &&
      !s.mentions.some((m) => m.concept.kind === 'lab' && m.tokenEnd === ni - 1) &&
      // ("CK on day 5: 3,200 U/L", session 37: lost): the number of a day before the colon is a label's
      !DAY_WORDS.has(s.tokens[ni - 3]?.norm ?? ''))
  )
    return undefined;
  // "CK in March 2019 was …", "on 12 March": a year after a month or "in", a day before a month: a date
  if (!c && isDateNumber(s, ni)) return undefined;
  // "CK (12.03.2019): 4320 U/L", "CK (2019-03-12): …" (session 34: a CK of 12.03): a numeric date
  if (inNumericDate(doc, s, numTok.start)) return undefined;
  // "iron-deficiency anaemia, a 67-year-old woman" (session 29: read as a haemoglobin of 67): an age
  if (AGE_AFTER_RE.test(doc.text.slice(numTok.end, numTok.end + 14))) return undefined;
  // "CK was elevated [12].", "[3, 5]", "[7–9]": a citation in square brackets, not a value
  if (before === '[' && !c && CITATION_RE.test(doc.text.slice(numTok.end, numTok.end + 24))) return undefined;
  const n = readNumber(doc.text, numTok.start, unitAfter);
  if (!n) return undefined;
  // "AST at 5N", "CPK at 40N" (session 35: read as an AST of 5 and a CK of 40): a multiple of the upper limit as
  // French reports write it, not a value
  if (glyphN(doc.text, n.end)) return undefined;
  // "CK 10xULN", "AST 3xN" (session 41: read as a CK of 10): a multiple with its "x" glued to the count
  if (GLUED_MULTIPLE_RE.test(doc.text.slice(n.end, n.end + 6))) return undefined;
  // "proteinuria (2+)", "3+ blood": a dipstick grade, not a value; "elevated serum IgG (+3)": the points of a
  // diagnostic score (session 33: read as an IgG of 3)
  if (doc.text[n.end] === '+') return undefined;
  if (doc.text[numTok.start - 1] === '+' && doc.text[numTok.start - 2] === '(' && doc.text[n.end] === ')')
    return undefined;
  // "5 per high-power field": a count of the urine sediment, never a blood count ("/hpf": see pushReading)
  PER_FIELD_RE.lastIndex = n.end;
  if (PER_FIELD_RE.test(doc.text)) return undefined;
  SPREAD_RE.lastIndex = n.end;
  const spread = SPREAD_RE.exec(doc.text);
  if (spread && n.end + spread[0].length <= s.end) {
    let end = n.end + spread[0].length;
    const su = readUnit(doc.text, end);
    if (su && su.end <= s.end) end = su.end;
    let after = ni + 1;
    while (after < s.tokens.length && s.tokens[after]!.start < end) after++;
    const g = { value: n.value, spread: true } as ValueGroup;
    if (su && su.end <= s.end) g.unit = su.ucum;
    g.start = s.tokens[k]!.start;
    g.end = end;
    g.firstToken = k;
    g.nextToken = after;
    return g;
  }
  let pos = n.end;
  // "oral iron 200 mg twice daily", "gamma globulin 0.4 g/kg/day", "erythropoietin 4000 IU three times weekly": an
  // amount per body weight or surface, or an amount given at a frequency, is a dose, never a level
  DOSE_AFTER_RE.lastIndex = pos;
  if (DOSE_AFTER_RE.test(doc.text)) return undefined;
  // The first token at or after the number's end (the tokens before `ni` all start before it).
  let nextIdx = ni + 1;
  while (nextIdx < s.tokens.length && s.tokens[nextIdx]!.start < pos) nextIdx++;
  const nextTok = s.tokens[nextIdx];
  // "elevated 30-fold": a multiple, not a value (the "fold" glued by a hyphen)
  if (nextTok?.norm === '-' && s.tokens[nextIdx + 1]?.norm === 'fold') return undefined;
  // "CK and 3-hydroxy-3-methylglutaryl coenzyme A reductase antibodies" (session 32: read as a CK of 3): a number
  // glued by a hyphen to a chemical prefix is the locant of a name
  if (
    nextTok?.norm === '-' &&
    nextTok.start === pos &&
    CHEMICAL_PREFIX_RE.test(s.tokens[nextIdx + 1]?.norm ?? '')
  )
    return undefined;
  // "the 111In-octreotide scan", "18F-FDG", "99mTc" (session 34: a chromogranin A of 111): the mass
  // number of an isotope, glued to its element
  if (ISOTOPE_RE.test(doc.text.slice(numTok.start - 1, pos + 4))) return undefined;
  POWER_RE.lastIndex = pos;
  if (nextTok && TIME_UNITS.has(nextTok.norm) && !POWER_RE.test(doc.text) && !readUnit(doc.text, pos))
    return undefined;
  // "within 48 h", "after about 30 h of stopping the drug" (session 39: a CK of 48 and of 30): a small "h" after a
  // number with no unit after it is hours (the capital "H" of a high value, "2350 H U/L", is a flag)
  HOURS_RE.lastIndex = pos;
  const hours = HOURS_RE.exec(doc.text);
  if (hours && !readUnit(doc.text, pos + hours[0].length)) return undefined;
  // "after a 2-hour workout", "a 3-day course" (session 34: a CK of 2): a length of time glued by a hyphen
  if (
    nextTok?.norm === '-' &&
    nextTok.start === pos &&
    HYPHEN_TIME_RE.test(s.tokens[nextIdx + 1]?.norm ?? '')
  )
    return undefined;
  // "at 3 and 4 times the ULN", "1 or 2 weeks": the first number of a list that counts multiples or time
  let j = nextIdx;
  while (LIST_JOIN.has(s.tokens[j]?.norm ?? '') && s.tokens[j + 1]?.kind === 'number') j += 2;
  if (j > nextIdx && TIME_UNITS.has(s.tokens[j]?.norm ?? '') && !readUnit(doc.text, s.tokens[j - 1]!.end))
    return undefined;
  if (nextTok && (nextTok.norm === '/' || nextTok.norm === ':') && doc.text[pos] !== ' ') {
    const after = s.tokens[nextIdx + 1];
    if (after?.kind === 'number') return undefined; // "4/5", "1:160"
  }
  FLAG_RE.lastIndex = pos;
  const flag = FLAG_RE.exec(doc.text);
  if (flag && pos + flag[0].length <= s.end) pos += flag[0].length;
  let unit: string | undefined;
  // "4.5 × 10^3 U/L", "4.5 x 10³ U/L" (and "x 103 U/L", a superscript lost in copying): a power of ten
  // written before a unit that is not itself a count per litre (× 10^9/L is a unit, read by readUnit)
  let scale = 1;
  if (!readUnit(doc.text, pos)) {
    POWER_RE.lastIndex = pos;
    const p = POWER_RE.exec(doc.text);
    const pu = p ? readUnit(doc.text, pos + p[0].length) : undefined;
    if (p && pu && pu.end <= s.end && !pu.ucum.startsWith('10*')) {
      scale = 10 ** Number(SUPERSCRIPT[p[1]!] ?? p[1]);
      pos += p[0].length;
    }
  }
  const u =
    readUnit(doc.text, pos) ??
    unitAfterLineBreak(doc.text, pos) ??
    bracketedUnit(doc.text, pos) ??
    unitInNextCell(doc.text, pos) ??
    unitAfterOwnBracket(doc.text, numTok.start, pos);
  if (u && u.end <= s.end) {
    unit = u.ucum;
    pos = u.end;
    // "2350 U/L ↑ (24–195)": a high/low flag after the unit, before the range
    if (!flag) {
      FLAG_RE.lastIndex = pos;
      const late = FLAG_RE.exec(doc.text);
      if (late && pos + late[0].length <= s.end) pos += late[0].length;
    }
  }
  // "…, and 120 mg of prednisolone was given" (session 37: read as an aldolase of 120): an amount of something
  // given is no reading
  if (!unit) {
    AMOUNT_OF_RE.lastIndex = n.end;
    if (AMOUNT_OF_RE.test(doc.text)) return undefined;
  }
  let range: ValueGroup['range'];
  let limits: ValueGroup['limits'];
  // (the value's own unit, before a range's may fill it)
  const ownUnit = unit;
  // (each form opens with spaces and then a character of its own set: see RANGE_FORM_START)
  const opening = firstAfterSpaces(doc.text, pos);
  // a bare range ("… U/L 24–195") only after a unit: without one it would be any two numbers
  // "CK   812 IU/l      (upper limit of normal 170)" (session 38: the limit lost): a table row's column gap,
  // wider than the forms' own spaces, before a bracket in the same line
  const gap = opening === '(' || opening === '[' ? columnGapEnd(doc.text, pos) : pos;
  for (const re of unit ? RANGE_FORMS_AFTER_UNIT : RANGE_FORMS) {
    if (!RANGE_FORM_START.get(re)!.test(opening)) continue;
    re.lastIndex = pos;
    let r = re.exec(doc.text);
    if (!r && gap > pos) {
      re.lastIndex = gap;
      r = re.exec(doc.text);
      if (r) pos = gap;
    }
    if (!r || pos + r[0].length > s.end) continue;
    if (re === SQUARE_RANGE_RE && citationLike(doc.text, r, pos + r[0].length)) continue;
    const near = (x: string) => rangeNum(x, n.value);
    if (re === ULN_RE) {
      // a bare "(normal 3.5)" above the value may be the lower limit ("potassium 2.1 (normal 3.5)"): not read
      if (BARE_NORMAL_RE.test(r[0]) && near(r[1]!) > n.value) continue;
      range = { high: near(r[1]!) };
    } else if (r[2] !== undefined) range = { high: near(r[2]) };
    // ("(our laboratory's upper limit of normal is 145 U/L)": one number after the words of an upper limit)
    else if (re === CLAUSE_RANGE_RE && r[5] !== undefined) range = { high: near(r[5]) };
    else range = { low: near(r[3]!), high: near(r[4]!) };
    // "CK 2340 (24-195 U/L)": the unit written inside the bracketed range is the value's too
    const bracketed = re === PAREN_RANGE_RE || re === SQUARE_RANGE_RE;
    if (bracketed && r[5] !== undefined && !unit) unit = ucumUnit(r[5]);
    if (bracketed && r[6] !== undefined && !unit) unit = ucumUnit(r[6]);
    pos += r[0].length;
    // "WBC 5.1 × 10^3/µL (4–11 × 10^3/µL)", "(4–11)": a range written in the value's power of ten, inside the
    // bracket or not at all (the numbers of the range on the scale of the number before the power), is scaled
    // with the value (session 31: an upper limit of 10 had been kept beside a value of 4,200)
    if (
      scale !== 1 &&
      bracketed &&
      (POWER_ANYWHERE_RE.test(r[0]) || (range.high !== undefined && range.high < n.value * 100))
    ) {
      if (range.low !== undefined) range.low = scaled(range.low, scale);
      if (range.high !== undefined) range.high = scaled(range.high, scale);
    } else if (scale !== 1) {
      // "12.3×103 cells/µL (RR: 4.0–10.5×103 cells/µL)": the power of ten of the value is the range's too
      POWER_RE.lastIndex = pos;
      const p = POWER_RE.exec(doc.text);
      if (p && 10 ** Number(SUPERSCRIPT[p[1]!] ?? p[1]) === scale) {
        if (range.low !== undefined) range.low = scaled(range.low, scale);
        if (range.high !== undefined) range.high = scaled(range.high, scale);
        pos += p[0].length;
      }
    }
    const ru = readUnit(doc.text, pos);
    if (ru && ru.end <= s.end) {
      unit ??= ru.ucum;
      pos = ru.end;
    }
    if (/[([]/.test(r[0]) && doc.text[pos] !== ')' && doc.text[pos] !== ']') {
      // "(normal: men < 190, women < 170)", "(normal < 190 for men, < 170 for women)" (session 41: the men's limit
      // read for a woman): a limit for each sex is no one limit of this patient's; the bracket is passed, no range
      // read
      const sexes = otherSexLimitEnd(doc.text, pos, s.end);
      if (sexes !== undefined) {
        range = undefined;
        pos = sexes;
        break;
      }
      // "4005 U/L and 18.6 U/L (normal < 195 and < 7.6), respectively" (session 41: the 7.6 read as a second
      // aldolase): the limits of a list of values, in their order; given back to the values by the caller
      const list = limitListEnd(doc.text, pos, s.end);
      // ("CK 67 µkat/L (normal < 3.2 µkat/L, < 190 U/L)": the one limit again in another unit, the first — in the
      // value's own unit — kept)
      const first = ru && ru.end <= s.end ? ru.ucum : ownUnit;
      const restated =
        ownUnit !== undefined &&
        first === ownUnit &&
        list?.units.some((u) => u !== undefined && u !== ownUnit) === true;
      if (list && restated) {
        pos = list.end;
        break;
      }
      if (list) {
        limits = [range, ...list.ranges];
        range = undefined;
        pos = list.end;
        break;
      }
    }
    if (doc.text[pos] === ')' || doc.text[pos] === ']') {
      pos++;
      // "144.89 (normal range 50–110) μmol/L": the unit written after the bracketed range is the value's
      if (!unit) {
        const au = readUnit(doc.text, pos);
        if (au && au.end <= s.end) {
          unit = au.ucum;
          pos = au.end;
        }
      }
    }
    break;
  }
  // "CK 1450 U/L (>140)" (session 41): a bracketed "greater than" after the value, the threshold of an abnormal
  // result; kept aside, and read as the upper limit only for an analyte raised alone in disease and a value above it
  let above: number | undefined;
  if (!range && !limits) {
    ABOVE_THRESHOLD_RE.lastIndex = pos;
    const a = ABOVE_THRESHOLD_RE.exec(doc.text);
    // (a word after the number must be a unit, the value's own: "(>10 times)" is a multiple)
    const au = a?.[2] !== undefined ? ucumUnit(a[2]) : undefined;
    if (
      a &&
      pos + a[0].length <= s.end &&
      (a[2] === undefined || (au !== undefined && (!unit || au === unit)))
    ) {
      above = rangeNum(a[1]!, n.value);
      unit ??= au;
      pos += a[0].length;
    }
  }
  let nextToken = ni + 1;
  while (nextToken < s.tokens.length && s.tokens[nextToken]!.start < pos) nextToken++;
  // Keys assigned in order (a literal of conditional spreads is slow in Node 20's V8).
  const g = { value: scaled(n.value, scale) } as ValueGroup;
  if (n.alternative !== undefined) g.alternative = scaled(n.alternative, scale);
  if (c) g.comparator = c.cmp;
  if (unit) g.unit = unit;
  if (range) g.range = range;
  if (limits) g.limits = limits;
  if (above !== undefined) g.above = above;
  g.start = s.tokens[k]!.start;
  g.end = pos;
  g.firstToken = k;
  g.nextToken = nextToken;
  return g;
}

/**
 * "CK and aldolase were 4005 U/L and 18.6 U/L (normal < 195 and < 7.6), respectively": the limits written after
 * the last value of a list go to the values in order, one each — only when as many values, none with a range of its
 * own, end with the one the bracket follows; otherwise no value is given any (the limits are never values).
 */
function shareLimits(groups: readonly ValueGroup[]): void {
  for (let i = 0; i < groups.length; i++) {
    const limits = groups[i]!.limits;
    if (!limits) continue;
    const run = groups.slice(i - limits.length + 1, i + 1);
    if (run.length !== limits.length || run.some((g, j) => g.range || (j < run.length - 1 && g.limits)))
      continue;
    run.forEach((g, j) => (g.range = limits[j]));
  }
}

/**
 * "in that order", "in the same order", "in this order", "in order" ending at token `i` ("order"): a list of
 * values stated in the order of its analytes, as "respectively" says.
 */
function inThatOrder(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i - 1]?.norm;
  // (a bare "in order" only at the end of its clause: "in order to confirm" is a purpose)
  if (a === 'in') return tokens[i + 1] === undefined || tokens[i + 1]!.kind === 'punct';
  if (a === 'that' || a === 'this' || a === 'the') return tokens[i - 2]?.norm === 'in';
  return a === 'same' && tokens[i - 2]?.norm === 'the' && tokens[i - 3]?.norm === 'in';
}

/** Words between a list of analytes and its list of values ("… were", "… levels were:", "… of"). */
const LIST_VERB = new Set([
  'was',
  'were',
  'is',
  'are',
  'of',
  'at',
  'levels',
  'level',
  'values',
  'respectively',
]);

/**
 * True when the values `own` after the analyte list `list` form one list of exactly as many values, right
 * after it: only a verb, a colon or fillers between the last analyte and the first value, and only list
 * links (commas, "and", units) between the values.
 */
function orderedValueList(s: DocSentence, list: readonly Mention[], own: readonly ValueGroup[]): boolean {
  return own.length === list.length && valueListAfter(s, list, own);
}

/**
 * Whether the values `own` form one list right after the analyte list `list` (the shape {@link orderedValueList}
 * asks for), whatever their count.
 */
function valueListAfter(s: DocSentence, list: readonly Mention[], own: readonly ValueGroup[]): boolean {
  // ("CK and LDH, which are often raised in myositis, were 4500 and 600 U/L": a general aside after the list)
  const end = list[list.length - 1]!.tokenEnd;
  const aside = generalAsideEnd(s.tokens, end);
  const gap = s.tokens.slice(aside === undefined ? end : aside + 1, own[0]!.firstToken);
  // ("Values were recorded for sodium and potassium, at 140 and 4.1 mmol/L", "AST and ALT measured 88 and 64 U/L",
  // "calcium and phosphate, which came to 2.1 and 1.9 mmol/L", session 39: each value went to the last analyte):
  // any verb of a reading, a comma or nothing stands between; the values' own list is what says they pair
  // "CK and myoglobin were raised (6,100 U/L and 1,900 ng/mL)": an interpretation word and a bracket
  // opening the values may stand between the verb and the list; "CPK and aldolase were normal at 120 U/L and
  // 5 U/L" (session 37: read as a normal CK and two aldolases, 120 and 5)
  if (
    !gap.every(
      (t) =>
        LIST_VERB.has(t.norm) ||
        FILLER.has(t.norm) ||
        ELEVATED.has(t.norm) ||
        LOW.has(t.norm) ||
        t.norm === 'normal' ||
        t.norm === ':' ||
        t.norm === ',' ||
        t.norm === ')' ||
        t.norm === '(',
    )
  )
    return false;
  for (let i = 1; i < own.length; i++) {
    const link = s.tokens.slice(own[i - 1]!.nextToken, own[i]!.firstToken);
    if (!link.every((t) => t.norm === ',' || t.norm === 'and')) return false;
  }
  return true;
}

/**
 * Whether the one value right after the analyte list `list` is every member's: "both" before the list or "both" /
 * "each" between it and the value (with only a verb, "of" or fillers besides), and no second value after it.
 */
function sharedValue(s: DocSentence, list: readonly Mention[], own: readonly ValueGroup[]): boolean {
  if (own.length > 1 && own[1]!.firstToken <= clauseEnd(s, own[0]!.nextToken)) return false;
  const g = own[0]!;
  const gap = s.tokens.slice(list[list.length - 1]!.tokenEnd, g.firstToken);
  const both = s.tokens[list[0]!.tokenStart - 1]?.norm === 'both';
  const word = gap.some((t) => t.norm === 'both' || t.norm === 'each');
  if (!both && !word) return false;
  return gap.every(
    (t) =>
      t.norm === 'both' || t.norm === 'each' || LIST_VERB.has(t.norm) || FILLER.has(t.norm) || t.norm === ',',
  );
}

/** Words of a reference bracket's label before the analyte it names ("(normal values: CK < 195 U/L)"). */
const REFERENCE_LABEL_WORDS: ReadonlySet<string> = new Set([
  'normal',
  'norm',
  'reference',
  'ref',
  'range',
  'ranges',
  'value',
  'values',
  'limit',
  'limits',
  'interval',
  'nr',
  'nv',
  'rr',
  'ri',
  'rv',
  'uln',
  'upper',
  'of',
  '.',
  ':',
]);

/**
 * "(normal values: CK < 195 U/L)", "[reference: aldolase < 7.6 U/L]": the opening bracket's token index when `m`
 * is an analyte named inside a bracket of reference limits — after the bracket's reference words, before its limit
 * — else -1.
 */
function namedReferenceOpen(s: DocSentence, m: Mention): number {
  const t = s.tokens;
  let k = m.tokenStart - 1;
  let reference = false;
  while (k >= 0 && m.tokenStart - k <= 6 && REFERENCE_LABEL_WORDS.has(t[k]!.norm)) {
    if (REFERENCE_WORDS.has(t[k]!.norm)) reference = true;
    k--;
  }
  if (!reference || (t[k]?.norm !== '(' && t[k]?.norm !== '[')) return -1;
  let j = m.tokenEnd;
  if (t[j]?.norm === ':' || t[j]?.norm === '=') j++;
  return t[j]?.kind === 'number' || comparatorAt(s, j) ? k : -1;
}

/** The token of the bracket's close after a reference bracket opened at token k (at most 30 tokens on). */
function namedReferenceClose(s: DocSentence, k: number): number | undefined {
  const close = s.tokens[k]!.norm === '(' ? ')' : ']';
  for (let j = k + 1; j < s.tokens.length && j <= k + 30; j++) {
    const w = s.tokens[j]!.norm;
    if (w === close) return j;
    if (w === '(' || w === '[') return undefined;
  }
  return undefined;
}

/** One limit right after an analyte named in a reference bracket, up to the bracket's close. */
const NAMED_LIMIT_RE = new RegExp(String.raw`${SP}{0,2}[:=]?${SP}{0,2}${ONE_LIMIT}`, 'iy');

/**
 * The limit of a reference bracket that names one analyte (`named`) and closes at token `close`, read only when
 * nothing but its unit follows the limit.
 */
function namedReferenceRange(doc: Doc, s: DocSentence, named: Mention, close: number): ValueGroup['range'] {
  NAMED_LIMIT_RE.lastIndex = named.end;
  const r = NAMED_LIMIT_RE.exec(doc.text);
  if (!r) return undefined;
  let pos = named.end + r[0].length;
  const u = readUnit(doc.text, pos);
  if (u && u.end <= s.tokens[close]!.start) pos = u.end;
  if (doc.text.slice(pos, s.tokens[close]!.start).trim() !== '') return undefined;
  return r[1] !== undefined ? { high: num(r[2]!) } : { low: num(r[3]!), high: num(r[4]!) };
}

/** Words that open a reference written before the value ("(normal < 170 U/L)", "[reference 25–200]"). */
const REFERENCE_WORDS = new Set([
  'normal',
  'norm',
  'reference',
  'ref',
  'range',
  'nr',
  'nv',
  'rr',
  'ri',
  'uln',
  'upper',
  'n',
]);

/**
 * A bracketed reference at token k that precedes a value ("CK (normal < 170 U/L) was 4,500 U/L"): its range
 * and the token after it. Only a bracket opened by a reference word with a range, and only when a number
 * follows it.
 */
function referenceBefore(
  doc: Doc,
  s: DocSentence,
  k: number,
): { range: NonNullable<ValueGroup['range']>; nextToken: number } | undefined {
  const b = referenceBracket(doc, s, k) ?? labelRange(doc, s, k);
  if (!b?.range) return undefined;
  // a value must follow (else it is the range of the value before, read by valueGroup); a comma or semicolon right
  // after the bracket closes the clause of the value before it ("CK 48 µkat/L on the first day (reference 0.5–3.1
  // µkat/L), later falling to 30": session 25, the range given to the later value)
  if (!s.tokens.slice(b.nextToken, b.nextToken + 6).some((x) => x.kind === 'number')) return undefined;
  const after = s.tokens[b.nextToken]?.norm;
  if ((after === ',' || after === ';') && s.tokens.slice(0, k).some((x) => x.kind === 'number'))
    return undefined;
  return { range: b.range, nextToken: b.nextToken };
}

/**
 * A table row's label that carries the reference range, unit and all, between the analyte and a colon before
 * the value ("CK (24–195 U/L): 4,500", "Hemoglobin (12–16 g/dL): 10.2"; session 32: the value was lost). With no
 * reference word the bracket counts only so: a range with its unit, closed right before the colon.
 */
function labelRange(
  doc: Doc,
  s: DocSentence,
  k: number,
): { range: NonNullable<ValueGroup['range']>; nextToken: number } | undefined {
  const t = s.tokens[k]!;
  if (
    t.norm !== '(' ||
    (s.tokens[k - 1]?.kind !== 'word' &&
      s.tokens[k - 1]?.norm !== ')' &&
      // ("KL-6 (<500 U/mL)": a name that ends with a digit)
      !s.mentions.some((x) => x.concept.kind === 'lab' && x.tokenEnd === k))
  )
    return undefined;
  PAREN_RANGE_RE.lastIndex = t.start;
  const r = PAREN_RANGE_RE.exec(doc.text);
  // ("KL-6 (<500 U/mL) | 802", session 33: the limit read as the value): an upper limit alone, and a table's bar
  const below = r?.[1] !== undefined && /^(?:<|≤|<=|≦|⩽|＜)$/.test(r[1]);
  if (!r || (r[3] === undefined && !below) || (r[5] === undefined && r[6] === undefined)) return undefined;
  const end = t.start + r[0].length;
  if (end > s.end || !/^[ \t\u00a0]{0,2}[:|]/.test(doc.text.slice(end, end + 3))) return undefined;
  let next = k + 1;
  while (next < s.tokens.length && s.tokens[next]!.start < end) next++;
  if (!ucumUnit(r[5] ?? r[6]!)) return undefined;
  return {
    range: r[3] !== undefined ? { low: num(r[3]), high: num(r[4]!) } : { high: num(r[2]!) },
    nextToken: next + 1,
  };
}

/**
 * A bracket opened by a reference word at token k: its range and the unit written in it ("(reference range,
 * < 196 U/L)"), or no range for one number with no side stated ("(normal = 80 ng/mL)": a reference, never a value,
 * and no range — it may be an upper or a lower limit); and the token after the bracket. As a reference after
 * the values it qualifies, with no value of its own, it is read by the value loop of {@link extractLabs}.
 */
function referenceBracket(
  doc: Doc,
  s: DocSentence,
  k: number,
): { range?: NonNullable<ValueGroup['range']>; unit?: string; nextToken: number } | undefined {
  const t = s.tokens[k]!;
  if ((t.norm !== '(' && t.norm !== '[') || !REFERENCE_WORDS.has(s.tokens[k + 1]?.norm ?? ''))
    return undefined;
  RANGE_RE.lastIndex = t.start;
  const r = RANGE_RE.exec(doc.text);
  SINGLE_REFERENCE_RE.lastIndex = t.start;
  const matched = r ?? SINGLE_REFERENCE_RE.exec(doc.text);
  if (!matched || t.start + matched[0].length > s.end) return undefined;
  let pos = t.start + matched[0].length;
  const ru = readUnit(doc.text, pos);
  if (ru && ru.end <= s.end) pos = ru.end;
  while (doc.text[pos] === ' ') pos++;
  if (doc.text[pos] !== ')' && doc.text[pos] !== ']') return undefined;
  pos++;
  let next = k + 1;
  while (next < s.tokens.length && s.tokens[next]!.start < pos) next++;
  if (!r) return { nextToken: next };
  const range = r[2] !== undefined ? { high: num(r[2]) } : { low: num(r[3]!), high: num(r[4]!) };
  return ru && ru.end <= s.end ? { range, unit: ru.ucum, nextToken: next } : { range, nextToken: next };
}
/** "(normal = 80", "[reference: 5": a bracket opened by a reference word and one number. */
const SINGLE_REFERENCE_RE = new RegExp(
  String.raw`[([]${SP}{0,2}(?:normal|reference|ref|nr|rr|rv|nv)(?:${SP}{1,2}(?:range|values?|value|limit))?${SP}{0,2}[:=,]?${SP}{0,2}${NUM}`,
  'iy',
);

/**
 * A unit carried to the next line by the wrapping of a column ("CPK 3,650\nIU/liter)" in PDF text): read when
 * the line break is the only thing after the value and the unit (with a "/") closes its phrase — a bracket,
 * comma, stop or space follows it — so that the next row of a pasted table is never read as a unit.
 */
function unitAfterLineBreak(text: string, pos: number): Readonly<{ ucum: string; end: number }> | undefined {
  const br = /^[ \t]*\r?\n[ \t]*/.exec(text.slice(pos, pos + 8));
  if (!br) return undefined;
  const u = readUnit(text, pos + br[0].length);
  if (!u || !u.ucum.includes('/')) return undefined;
  const after = text[u.end];
  return after === undefined || /[)\],;. \n]/.test(after) ? u : undefined;
}

/**
 * "CK | 5,430 | U/L | 30-200": a unit that fills the next cell of a table row copied with bars (session 37: the
 * unit lost; a tab or spaces between cells are read by {@link readUnit} itself).
 */
function unitInNextCell(text: string, pos: number): Readonly<{ ucum: string; end: number }> | undefined {
  if (firstAfterSpaces(text, pos) !== '|') return undefined;
  const bar = /^[ \t\u00a0]*\|/.exec(text.slice(pos, pos + 6));
  if (!bar) return undefined;
  const u = readUnit(text, pos + bar[0].length);
  return u && /^[ \t\u00a0]*(?:\||\r?\n|$)/.test(text.slice(u.end, u.end + 6)) ? u : undefined;
}

/** "CK 2350 (U/L)", "ferritin 1850 (ng/mL)": a unit per volume written in brackets right after the value. */
function bracketedUnit(text: string, pos: number): Readonly<{ ucum: string; end: number }> | undefined {
  // ("CK: 4500 [U/L]", session 47: the unit in square brackets, as tables print it)
  const b = /^[ \t\u00a0]{0,2}(?:\(([^()\n]{1,12})\)|\[([^[\]\n]{1,12})\])/.exec(text.slice(pos, pos + 18));
  const ucum = b ? ucumUnit((b[1] ?? b[2])!.trim()) : undefined;
  return ucum?.includes('/') ? { ucum, end: pos + b![0].length } : undefined;
}

/**
 * "CK levels (22,000) U/L" (session 39: no unit): a value alone in brackets with its unit per volume written after
 * the closing bracket.
 */
function unitAfterOwnBracket(
  text: string,
  start: number,
  pos: number,
): Readonly<{ ucum: string; end: number }> | undefined {
  if (text[pos] !== ')' || text[start - 1] !== '(') return undefined;
  const u = readUnit(text, pos + 1);
  return u?.ucum.includes('/') ? u : undefined;
}

/** Whether the token at `i` is a bracketed abbreviation just opened ("creatine kinase (CK"). */
const openBracketAt = (s: DocSentence, i: number) => s.tokens[i - 1]?.norm === '(';

/** A laboratory unit (with a "/") written among the tokens between an analyte and its value. */
function unitBeforeValue(
  doc: Doc,
  between: readonly Token[],
  valueStart: number,
): { ucum: string; start: number; end: number } | undefined {
  for (const t of between) {
    if (t.kind === 'punct') continue;
    const u = readUnit(doc.text, t.start);
    if (u && u.end <= valueStart && u.ucum.includes('/')) return { ucum: u.ucum, start: t.start, end: u.end };
  }
  return undefined;
}

interface Interpretation {
  interpretation: NonNullable<ExtractedLab['interpretation']>;
  inferred: boolean;
  span: { start: number; end: number };
  note: EvidenceNoteCode;
}

/**
 * Whether ConText negates the elevation word at token `i`. One that opens a new coordinated item ("no active
 * sediments in urine, and elevated SGOT and SGPT") is outside a negation said of the item before it.
 */
function elevationNegated(s: DocSentence, i: number, prev: string | undefined): boolean {
  const a = s.assert(i, i + 1);
  if (!a.negated) return false;
  // "Apart from a raised CK, anti-SAE and anti-NXP2 were negative" (session 41: CK read normal): a reading inside an
  // exception that opens the sentence is set apart from the denial of the rest after its comma
  const close = exceptionCommaAfter(s, i);
  if (close !== undefined) {
    const at = s.tokens[close]!.start;
    if (a.triggers.every((x) => x.category !== 'negation' || x.start >= at)) return false;
  }
  // "the urine had no active sediment, and ALT and AST were both high" (session 38: read normal): a clause
  // opened by "and" with a subject and a verb of its own, after the denial, is out of its reach
  for (let j = i - 1; j > 0 && j >= i - 16; j--) {
    if (s.tokens[j]!.norm !== 'and') continue;
    if (
      !s.tokens.slice(j + 1, j + 4).some((x) => CLAUSE_VERBS_AFTER_AND.has(x.norm)) &&
      !labSubjectVerb(s, j + 1)
    )
      continue;
    const at = s.tokens[j]!.start;
    if (a.triggers.every((x) => x.category !== 'negation' || x.end <= at)) return false;
    break;
  }
  // "CK was elevated, and the serological tests were negative" (session 39: read as a normal CK): a denial after
  // the reading, in a clause of its own opened by "and" with its own verb, does not reach back to a reading that is
  // the predicate of its clause
  if (COPULA.has(s.tokens[i - 1]?.norm ?? '') || COPULA.has(s.tokens[i - 2]?.norm ?? '')) {
    for (let j = i + 1; j < s.tokens.length && j <= i + 4; j++) {
      if (s.tokens[j]!.norm !== 'and') continue;
      if (
        !s.tokens.slice(j + 1, j + 5).some((x) => CLAUSE_VERBS_AFTER_AND.has(x.norm)) &&
        !labSubjectVerb(s, j + 1)
      )
        break;
      const at = s.tokens[j]!.end;
      if (a.triggers.every((x) => x.category !== 'negation' || x.start >= at)) return false;
      break;
    }
  }
  // (a list that goes on with "or" is one disjunction under the denial: "No hyperthermia, increased serum potassium,
  // or arrhythmia was observed", session 31: potassium read raised)
  const opensItem =
    (prev === 'and' || prev === ',') &&
    a.triggers.every((x) => x.category !== 'negation' || x.end <= s.tokens[i - 1]!.start) &&
    !s.tokens.slice(i + 1).some((t) => t.norm === 'or' || t.norm === 'nor');
  return !opensItem;
}

/** Words between an exception's opening and the reading word it sets apart ("apart from a mildly raised CK"). */
const EXCEPTION_LEAD = new Set(['a', 'an', 'the', 'mildly', 'slightly', 'markedly', 'moderately', 'very']);

/**
 * The comma that closes an exception holding the reading word at `i` ("Apart from a raised CK, …", "Except for an
 * elevated CRP, …", "Other than …", "Besides …"), or undefined.
 */
function exceptionCommaAfter(s: DocSentence, i: number): number | undefined {
  let k = i - 1;
  while (k >= 0 && EXCEPTION_LEAD.has(s.tokens[k]!.norm)) k--;
  const w = s.tokens[k]?.norm;
  const p = s.tokens[k - 1]?.norm;
  const opening =
    w === 'except' ||
    w === 'besides' ||
    (w === 'for' && p === 'except') ||
    (w === 'from' && (p === 'apart' || p === 'aside')) ||
    (w === 'than' && p === 'other') ||
    (w === 'of' && p === 'exception');
  if (!opening) return undefined;
  for (let j = i + 1; j < s.tokens.length && j <= i + 8; j++) {
    const x = s.tokens[j]!.norm;
    if (x === ',') return j;
    if (x === ';' || x === '.' || COPULA.has(x)) return undefined;
  }
  return undefined;
}

/**
 * "CK at 20 × N", "CK 35 x N": a capital N alone right after a multiple is the upper limit of normal, as
 * reports from French- and Spanish-speaking centres write it.
 */
function upperLimitLetter(doc: Doc, s: DocSentence, j: number): boolean {
  const n = s.tokens[j];
  if (!n || n.kind !== 'word' || doc.text.slice(n.start, n.end) !== 'N') return false;
  const after = s.tokens[j + 1];
  // not the start of a name ("N-terminal") or a count ("N = 12")
  return after === undefined || (after.kind !== 'number' && after.norm !== '-' && after.norm !== '=');
}

/**
 * "Aldolase, but not CK, was raised", "CK but not aldolase was normal": the interpretation of an analyte named right
 * after "but not" is the other one (raised ↔ normal); a low level is left as it is.
 */
function contrastedLab(
  s: DocSentence,
  m: Mention,
  hit: Interpretation | undefined,
): Interpretation | undefined {
  if (!hit || hit.inferred || hit.interpretation === 'low') return hit;
  if (s.tokens[m.tokenStart - 1]?.norm !== 'not' || s.tokens[m.tokenStart - 2]?.norm !== 'but') return hit;
  return { ...hit, interpretation: hit.interpretation === 'elevated' ? 'normal' : 'elevated' };
}

/**
 * "cortisol and prolactin came back normal" (session 38: read as normalised later): a result that came back is a
 * result reported, not a level that returned to normal ("came back to normal" keeps its reading through "to").
 */
const CAME = new Set(['came', 'come', 'comes', 'coming']);

/** Verbs of a rise after "failed to" / "did not" ("failed to rise above the normal range"). */
const RISE_VERBS = new Set(['rise', 'increase', 'exceed', 'go', 'climb']);

/**
 * The interpretation word at token i, if any ("raised", "not elevated", "normalised", "returned to normal"); an
 * elevation after a denied verb of rising ("aldolase failed to rise above the normal range", "did not rise above")
 * is a normal level.
 */
function interpretationAt(doc: Doc, s: DocSentence, i: number, after: boolean): Interpretation | undefined {
  const hit = interpretationWord(doc, s, i, after);
  if (hit?.interpretation !== 'elevated' || hit.inferred) return hit;
  for (let k = i; k >= Math.max(1, i - 4); k--) {
    if (!RISE_VERBS.has(s.tokens[k]!.norm)) continue;
    const a = s.tokens[k - 1]!.norm;
    const b = s.tokens[k - 2]?.norm;
    if ((a === 'to' && (b === 'failed' || b === 'fail' || b === 'fails')) || a === 'not' || a === 'never')
      return { interpretation: 'normal', inferred: false, span: s.tokens[k]!, note: 'stated-not-elevated' };
  }
  return hit;
}

/**
 * "normal or low creatine kinase", "low or normal CK" (session 25: read low): the reading word at token i is the
 * second of two offered before the name, and neither is stated.
 */
function offeredReadings(s: DocSentence, i: number): boolean {
  return s.tokens[i - 1]?.norm === 'or' && READING_WORDS.has(s.tokens[i - 2]?.norm ?? '');
}

/** A time at token k ("2 weeks", "week 2", "day 3"), not a value a change starts from. */
function timeAfterFrom(s: DocSentence, k: number): boolean {
  const a = s.tokens[k];
  const b = s.tokens[k + 1];
  if (!a || !b) return false;
  return (
    (a.kind === 'number' && TIME_UNITS.has(b.norm) && !MULTIPLE.has(b.norm)) ||
    (TIME_UNITS.has(a.norm) && !MULTIPLE.has(a.norm) && b.kind === 'number')
  );
}

/** Nouns whose size "high" or "low" gives, which are no lab's reading ("high risk", "high doses", "low suspicion"). */
const NOT_READ_AFTER_HIGH: ReadonlySet<string> = new Set([
  'risk',
  'risks',
  'doses',
  'probability',
  'likelihood',
  'suspicion',
  'index',
  'grade',
  'fever',
  'output',
]);
/** {@link interpretationAt} before the denied rise is read. */
function interpretationWord(doc: Doc, s: DocSentence, i: number, after: boolean): Interpretation | undefined {
  const t = s.tokens[i]!;
  const prev = s.tokens[i - 1]?.norm ?? '';
  if (
    !after &&
    (offeredReadings(s, i) ||
      (s.tokens[i + 1]?.norm === 'or' && READING_WORDS.has(s.tokens[i + 2]?.norm ?? '')))
  )
    return undefined;
  // "raised CRP and ESR, and low-dose prednisolone was begun" (session 31: ESR read low): the size of a dose
  if (
    (t.norm === 'low' || t.norm === 'high') &&
    (s.tokens[i + 1]?.norm === 'dose' || (s.tokens[i + 1]?.norm === '-' && s.tokens[i + 2]?.norm === 'dose'))
  )
    return undefined;
  // "calcium 500 mg a day, given for a high fracture risk" (session 43: calcium read high): the size of a risk,
  // a dose or a suspicion, not a reading
  if ((t.norm === 'low' || t.norm === 'high') && NOT_READ_AFTER_HIGH.has(s.tokens[i + 1]?.norm ?? ''))
    return undefined;
  // "CK was expected to normalise", "CK should normalise": a prospect, not a result
  // (and see below: a bracketed "normal" before a range is a reference label)
  if (
    NORMALISED.has(t.norm) &&
    (MODALS.has(prev) || (prev === 'to' && EXPECTATION.has(s.tokens[i - 2]?.norm ?? '')))
  )
    return undefined;
  if (
    NORMALISED.has(t.norm) ||
    (t.norm === 'normal' &&
      (prev === 'to' || (prev === 'back' && !CAME.has(s.tokens[i - 2]?.norm ?? ''))) &&
      s.tokens[i - 2]?.norm !== 'close')
  )
    return {
      interpretation: 'elevated',
      inferred: true,
      span: t,
      note: 'normalised-later',
    };
  // "decreased from 8,000 to 1,200", "increased to 9,870": a trend between values, not an interpretation
  const next = s.tokens[i + 1]?.norm;
  // "per high-power field", "low-power": a microscope's magnification, not an interpretation
  const word = s.tokens[i + 1]?.norm === '-' ? s.tokens[i + 2]?.norm : next;
  if ((t.norm === 'high' || t.norm === 'low') && (word === 'power' || word === 'powered')) return undefined;
  // "erythropoietin was low normal", "a high-normal calcium": a value at one end of the reference interval is
  // normal (not a "(high normal 190)" reference label, nor "the low normal limit")
  if ((t.norm === 'low' || t.norm === 'high') && after) {
    const k = s.tokens[i + 1]?.norm === '-' ? i + 2 : i + 1;
    const beyond = s.tokens[k + 1];
    // "in the high-normal range" (session 38: read elevated): a range the level lies in, not a reference label
    // ("low normal range 30–40" has its number after it)
    const inRange =
      beyond?.norm === 'range' &&
      s.tokens[k + 2]?.kind !== 'number' &&
      s.tokens[k + 2]?.norm !== ':' &&
      s.tokens[i - 1]?.norm === 'the' &&
      (s.tokens[i - 2]?.norm === 'in' || s.tokens[i - 2]?.norm === 'within');
    if (
      s.tokens[k]?.norm === 'normal' &&
      beyond?.kind !== 'number' &&
      (inRange || !/^(?:range|limits?|values?|reference|upper|lower|[<>≤≥:])$/.test(beyond?.norm ?? ''))
    )
      return { interpretation: 'normal', inferred: false, span: t, note: 'stated-normal' };
  }
  // "potassium at the low end of normal", "calcium at the high end of the reference range" (session 38: read low,
  // elevated): a level at one end of the reference interval is inside it; "below the low end of normal" is read
  // at "normal", by the side of the limit
  if ((t.norm === 'low' || t.norm === 'high') && after && endOfReference(s, i + 1)) {
    const before = s.tokens.slice(Math.max(0, i - 3), i);
    if (before.some((x) => ABOVE_WORDS.has(x.norm) || BELOW_WORDS.has(x.norm))) return undefined;
    return { interpretation: 'normal', inferred: false, span: t, note: 'stated-normal' };
  }
  if (
    (ELEVATED.has(t.norm) || LOW.has(t.norm)) &&
    (next === 'from' || next === 'to') &&
    // "CK rising from 2 weeks after the first dose" (session 38: lost): a rise from a time, not from a value
    !(next === 'from' && ELEVATED.has(t.norm) && timeAfterFrom(s, i + 2))
  )
    return undefined;
  // "AST at 5N": a multiple of the upper limit, glued to its count
  if (t.norm === 'n' && s.tokens[i - 1]?.kind === 'number' && glyphN(doc.text, s.tokens[i - 1]!.end))
    return { interpretation: 'elevated', inferred: false, span: t, note: 'multiple-of-upper-limit' };
  // "15 times the upper limit of normal", "10-fold the ULN": elevated, the multiple is not a value
  if (
    ((MULTIPLE.has(t.norm) &&
      (t.norm === 'times' ||
        t.norm === 'fold' ||
        t.norm === 'folds' ||
        s.tokens[i - 1]?.kind === 'number')) ||
      MULTIPLE_WORD_RE.test(t.norm)) &&
    (s.tokens
      .slice(i + 1, i + 6)
      .some((x) => x.norm === 'upper' || x.norm === 'uln' || x.norm === 'normal') ||
      upperLimitLetter(doc, s, i + 1))
  )
    return { interpretation: 'elevated', inferred: false, span: t, note: 'multiple-of-upper-limit' };
  if (ELEVATED.has(t.norm)) {
    // the assertion is asked only of an elevation word (this runs for the tokens around every lab)
    const negated = prev === 'not' || prev === 'no' || prev === 'never' || elevationNegated(s, i, prev);
    return negated
      ? { interpretation: 'normal', inferred: false, span: t, note: 'stated-not-elevated' }
      : { interpretation: 'elevated', inferred: false, span: t, note: 'stated-elevated' };
  }
  // "…, with negative myositis antibodies": "negative" qualifies the noun after it, not the lab before it
  if (
    after &&
    t.norm === 'negative' &&
    (prev === 'with' || prev === 'and' || prev === ',') &&
    s.tokens[i + 1] !== undefined &&
    s.tokens[i + 1]!.kind === 'word' &&
    s.tokens[i + 1]!.norm !== 'for'
  )
    return undefined;
  // "CK (normal 24–195 U/L) was not measured", "[normal < 170]": a bracketed reference, not a result; "CK normal
  // range 30–200 U/L" (session 21: read normal): a reference noun and a number after "normal"
  if (
    t.norm === 'normal' &&
    (((prev === '(' || prev === '[') &&
      (s.tokens[i + 1]?.kind === 'number' || /^[<>≤≥:]$|^range|^value|^limit/.test(next ?? ''))) ||
      (REFERENCE_NOUN.has(next ?? '') &&
        prev !== 'the' &&
        prev !== 'within' &&
        prev !== 'in' &&
        (s.tokens[i + 2]?.kind === 'number' ||
          (s.tokens[i + 2]?.norm === ':' && s.tokens[i + 3]?.kind === 'number'))))
  )
    return undefined;
  // "… and troponin with a negative cardiac catheterization": "a negative <test>" is another test's result
  if (t.norm === 'negative' && (prev === 'a' || prev === 'an')) return undefined;
  // "CK was above the upper limit of normal", "ALT over the normal range", "albumin below normal" (session 20:
  // read as normal): the side of the limit is the interpretation
  if (t.norm === 'normal' || t.norm === 'reference') {
    const side = limitSide(s, i);
    if (side === 'above')
      return { interpretation: 'elevated', inferred: false, span: t, note: 'stated-elevated' };
    if (side === 'below') return { interpretation: 'low', inferred: false, span: t, note: 'stated-low' };
  }
  // "CK was not normal" (session 20: read as normal): abnormal, but the text does not say which way
  if (NORMAL.has(t.norm) && (prev === 'not' || prev === 'never')) return undefined;
  // "CK was 12 times normal and aldolase was 4 times normal" (session 34: the aldolase read normal from the
  // CK's phrase): "normal" after a multiple ends that multiple, read at its "times"
  if (
    t.norm === 'normal' &&
    (MULTIPLE.has(prev) || (prev === 'the' && MULTIPLE.has(s.tokens[i - 2]?.norm ?? '')))
  )
    return undefined;
  // ("unremarkable creatinine, cardiac troponin": session 25, the word before the list as well)
  if ((NORMAL.has(t.norm) && after) || ((t.norm === 'normal' || t.norm === 'unremarkable') && !after))
    return { interpretation: 'normal', inferred: false, span: t, note: 'stated-normal' };
  // "Bence Jones proteins absent", "proteinuria was absent": a test of presence found nothing, right after its
  // name or its verb
  if (
    t.norm === 'absent' &&
    after &&
    (COPULA.has(prev) || s.mentions.some((m) => m.tokenEnd === i && m.concept.kind === 'lab'))
  )
    return { interpretation: 'normal', inferred: false, span: t, note: 'stated-normal' };
  // "within normal limits", "within (the) reference range", "within the normal range"
  if (t.norm === 'within' && withinReference(s, i))
    return { interpretation: 'normal', inferred: false, span: t, note: 'stated-normal' };
  if (LOW.has(t.norm) && after) {
    // "her albumin was not low", "CK was not decreased" (session 39: read low): a denied low level says only that it
    // is not low — normal or high, the text does not say which
    if (prev === 'not' || prev === 'never') return undefined;
    // "CA 15-3 was reduced by roughly half" (session 31: read low): the size of a fall
    if (s.tokens[i + 1]?.norm === 'by') return undefined;
    // "CPK levels were reduced to 700 IU/L" (session 32: the value lost): a fall to a value, not a low value
    if (s.tokens[i + 1]?.norm === 'to' && s.tokens.slice(i + 2, i + 5).some((x) => x.kind === 'number'))
      return undefined;
    // "his CK and proteinuria decreased after steroids": a fall, not a low value ("CK was decreased" is low)
    if (
      (t.norm === 'decreased' || t.norm === 'reduced') &&
      !s.tokens.slice(Math.max(0, i - 3), i).some((x) => COPULA.has(x.norm))
    )
      return undefined;
    return { interpretation: 'low', inferred: false, span: t, note: 'stated-low' };
  }
  return undefined;
}

/** Whether tokens from k read "end of (the) normal / reference (range)", the end of the reference interval. */
function endOfReference(s: DocSentence, k: number): boolean {
  if (s.tokens[k]?.norm !== 'end' || s.tokens[k + 1]?.norm !== 'of') return false;
  const j = s.tokens[k + 2]?.norm === 'the' ? k + 3 : k + 2;
  return s.tokens[j]?.norm === 'normal' || s.tokens[j]?.norm === 'reference';
}

/** Words of a reading, for "normal or low", "high or normal". */
const READING_WORDS = new Set([
  'normal',
  'low',
  'high',
  'raised',
  'elevated',
  'reduced',
  'increased',
  'decreased',
]);

/** Words that put a level beyond a limit ("above the upper limit of normal"). */
const ABOVE_WORDS = new Set(['above', 'over', 'exceeding', 'exceeded', 'exceeds', 'beyond']);
const BELOW_WORDS = new Set(['below', 'under']);

/**
 * Whether "normal" / "reference" at token i closes a limit the level is said to be above or below ("above the
 * upper limit of normal", "over the normal range", "below the reference range"), with no number in between.
 */
function limitSide(s: DocSentence, i: number): 'above' | 'below' | undefined {
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const w = s.tokens[k]!;
    if (w.kind === 'number' || w.norm === ',' || w.norm === ';') return undefined;
    // "times the upper limit of normal" is a multiple, read elsewhere
    if (MULTIPLE.has(w.norm)) return undefined;
    if (ABOVE_WORDS.has(w.norm)) return 'above';
    if (BELOW_WORDS.has(w.norm)) return 'below';
  }
  return undefined;
}

/** "within" at token i opens "(the) normal …" or "(the) reference range / limits / interval / values". */
function withinReference(s: DocSentence, i: number): boolean {
  let j = i + 1;
  if (s.tokens[j]?.norm === 'the') j++;
  const w = s.tokens[j]?.norm;
  if (w === 'normal') return true;
  return w === 'reference' && REFERENCE_NOUN.has(s.tokens[j + 1]?.norm ?? '');
}
const REFERENCE_NOUN = new Set(['range', 'ranges', 'limits', 'limit', 'interval', 'intervals', 'values']);

/**
 * Interpretation words near a mention: just before it across fillers ("raised serum CK", not "high, but
 * troponin I"), else up to seven tokens after it (up to `stopAt`).
 */
function interpretationNear(
  doc: Doc,
  s: DocSentence,
  m: Mention,
  stopAt: number,
): Interpretation | undefined {
  const clotting = CLOTTING_TIMES.has(m.concept.value);
  // "CRP was elevated and albumin was decreased" (session 26: albumin read elevated): a copula right after the
  // analyte opens its own predicate, which comes before a word on its left
  const own = ownPredicate(doc, s, m, stopAt);
  if (own) return own;
  // "reduced complement levels of C4": a complement fraction reaches back over the complement's own words
  const complement = m.concept.value === 'C3' || m.concept.value === 'C4';
  // "liver enzymes were raised and CK was 40 U/L" (session 29: CK read raised): a word on the left that is the
  // predicate of the clause before ("were raised") is not the reading of an analyte with a copula of its own
  const copulaAfter = copulaAfterMention(s, m);
  for (let i = m.tokenStart - 1; i >= Math.max(0, m.tokenStart - (complement ? 5 : 3)); i--) {
    const hit = interpretationAt(doc, s, i, false) ?? (clotting ? clottingTimeAt(s, i) : undefined);
    if (hit && copulaAfter && predicateOfClauseBefore(s, i)) break;
    if (hit) return hit;
    const low = lowAdjective(s, i, m.tokenStart);
    if (low) return low;
    // "an increase in / elevation in creatine kinase": the noun of a rise before "in"
    const inAfterRise = s.tokens[i]!.norm === 'in' && ELEVATED.has(s.tokens[i - 1]?.norm ?? '');
    // ("low complement (C3) and elevated dsDNA", session 30: C3 read elevated): the fraction in brackets after
    // the complement's name
    const own =
      complement &&
      (COMPLEMENT_WORDS.has(s.tokens[i]!.norm) || (s.tokens[i]!.norm === '(' && i === m.tokenStart - 1));
    if (!FILLER.has(s.tokens[i]!.norm) && s.tokens[i]!.norm !== '-' && !inAfterRise && !own) break;
  }
  let to = Math.min(stopAt, m.tokenEnd + 7);
  for (let i = m.tokenEnd; i < to; i++) {
    // "elevated ALT and LDH but normal CK", "…, however, the CK level was normal" (session 24: read LDH normal): a
    // contrast opens another clause, whose reading is not this analyte's
    if (contrastAt(s, i)) break;
    // "(low C3 and C4) and anti-dsDNA was high" (session 33: C4 read high): an antibody named after the analyte is
    // the subject of the reading that follows it
    if (s.mentions.some((x) => x.tokenStart === i && x.concept.kind === 'antibody')) break;
    // "large (reference range, negative)": the words of a reference are passed over, never the result (session 22);
    // so are the words of an aside about the disease in general ("CK, which is often normal in …, was elevated")
    const ref =
      referenceBracketEnd(s, i) ??
      generalAsideEnd(s.tokens, i) ??
      (i === m.tokenEnd ? methodBracketEnd(doc, s, i) : undefined);
    if (ref !== undefined) {
      to = Math.min(stopAt, to + (ref - i));
      i = ref;
      continue;
    }
    const hit = interpretationAt(doc, s, i, true) ?? (clotting ? clottingTimeAt(s, i) : undefined);
    // "elevated ALT and AST and low albumin" (session 30: AST read low): a reading right before the next
    // analyte's name (across specimen words) is that analyte's own
    if (hit && beforeLabName(s, i)) break;
    if (hit) return hit;
  }
  return undefined;
}

/** Words that except what follows them from a group's reading ("except", "apart from", "other than"). */
const EXCEPT_WORDS = new Set(['except', 'excepting', 'excluding', 'but']);

/** Whether the analyte starting at token `start` is excepted from a group ("except (for) (the) LDH"). */
function excepted(s: DocSentence, start: number): boolean {
  let k = start - 1;
  while (
    k >= 0 &&
    (s.tokens[k]!.norm === 'the' || s.tokens[k]!.norm === 'serum' || s.tokens[k]!.norm === 'an')
  )
    k--;
  if (s.tokens[k]?.norm === 'for') k--;
  const w = s.tokens[k]?.norm ?? '';
  const prev = s.tokens[k - 1]?.norm ?? '';
  if (w === 'but') return ['all', 'everything', 'enzymes'].includes(prev);
  if (EXCEPT_WORDS.has(w)) return true;
  return (w === 'from' && prev === 'apart') || (w === 'than' && prev === 'other');
}

/** Whether a relative clause of the analyte's own opens at token `k` (", which was raised (2.1 mg/dL)"). */
function relativeClauseAfter(s: DocSentence, k: number): boolean {
  const j = s.tokens[k]?.norm === 'level' || s.tokens[k]?.norm === 'levels' ? k + 1 : k;
  return s.tokens[j]?.norm === ',' && ['which', 'that'].includes(s.tokens[j + 1]?.norm ?? '');
}

/** The rest of a TNM stage right after its T ("T4aN1bM1", "T3 N0 M0", "T4b, N2"). */
const TNM_AFTER_RE = /^[abc]?[\s,]{0,2}N[0-3xX]/i;

/** The immunoglobulin classes read as levels. */
const IMMUNOGLOBULINS = new Set(['IgG', 'IgA', 'IgM', 'IgE']);
/**
 * An infectious agent named right before an antibody class ("parvovirus B19 (serum) IgM", "CMV IgG", "EBV VCA IgM"):
 * its serology, not the immunoglobulin level.
 */
const AGENT_BEFORE_RE =
  /\b(?:parvovirus(?:[\s-]+B19)?|B19|CMV|cytomegalovirus|EBV(?:[\s-]+VCA)?|VCA|HSV(?:-?[12])?|VZV|varicella(?:[\s-]+zoster)?|HIV|HBV|HCV|HAV|HEV|HBc|HBs|hepatitis\s+[A-E]|dengue|mycoplasma|toxoplasma|rubella|measles|mumps|coxsackie(?:virus)?|influenza|borrelia|chlamydia|leptospira|brucella|rickettsia|SARS-CoV-2|COVID-19|spike|nucleocapsid)(?:[\s-]+(?:serum|virus|antibody|antibodies|specific))*[\s-]*$/i;
const agentBefore = (doc: Doc, m: Mention) =>
  AGENT_BEFORE_RE.test(doc.text.slice(Math.max(0, m.start - 45), m.start));

/** A ratio named right after an analyte, or after a second one joined to it ("aldosterone-renin ratio"). */
const RATIO_AFTER_RE = /^(?:\s*(?:[-/:]|to)\s*[a-z][\w-]{1,20})?\s+ratio\b/i;

/** Ions a drug is given as a salt of. */
const SALT_IONS = new Set(['sodium', 'potassium', 'calcium', 'magnesium']);
/** Drugs given as salts, named before the ion ("valproate sodium", "heparin sodium"). */
const SALT_DRUGS = new Set([
  'heparin',
  'dantrolene',
  'diclofenac',
  'naproxen',
  'phenytoin',
  'levothyroxine',
  'thyroxine',
  'warfarin',
  'ceftriaxone',
  'penicillin',
  'amoxicillin',
  'cefazolin',
  'ampicillin',
  'fosfomycin',
  'pantoprazole',
  'omeprazole',
  'esomeprazole',
  'losartan',
  'montelukast',
  'dalteparin',
  'enoxaparin',
  'valproate',
  'divalproex',
  'docusate',
  'alendronate',
  'risedronate',
  'ibandronate',
  'mycophenolate',
  'methotrexate',
]);

/** Words of an assay's method in brackets after an analyte ("high-sensitivity", "Westergren", "37 °C", "1st hour"). */
const METHOD_WORDS: ReadonlySet<string> = new Set([
  'high',
  'sensitivity',
  'sensitive',
  'hs',
  'westergren',
  'wintrobe',
  'quantitative',
  'latex',
  'nac',
  'activated',
  'enzymatic',
  'kinetic',
  'ifcc',
  'immunoturbidimetric',
  'immunoturbidimetry',
  'nephelometric',
  'nephelometry',
  'automated',
  '1st',
  'first',
  'hour',
  'h',
  'hr',
  '°c',
  '°',
  'c',
  '-',
]);

/**
 * The closing bracket of an assay's method written right after an analyte, at token `k` (an opening bracket):
 * every word inside is a word of {@link METHOD_WORDS}, or the temperature "37 °C"; undefined otherwise.
 */
function methodBracketEnd(doc: Doc, s: DocSentence, k: number): number | undefined {
  const t = s.tokens;
  if (t[k]?.norm !== '(') return undefined;
  let j = k + 1;
  for (; j < t.length && j <= k + 6 && t[j]!.norm !== ')'; j++) {
    const x = t[j]!;
    // ("CRP (high) 40 mg/L": a bare "high" is the reading, not the method)
    if (x.norm === 'high' && !['-', 'sensitivity', 'sensitive'].includes(t[j + 1]?.norm ?? ''))
      return undefined;
    if (METHOD_WORDS.has(x.norm)) continue;
    if (x.kind === 'number' && x.norm === '37' && /^\s*°?\s*c\b/i.test(doc.text.slice(x.end, x.end + 4)))
      continue;
    return undefined;
  }
  return t[j]?.norm === ')' && j > k + 1 ? j : undefined;
}

/** What follows the tumour's EGFR (its mutations and their tests), never the filtration rate's. */
const EGFR_GENE_AFTER_RE =
  /^[\s-]*(?:mutations?|mutant|mutated|gene|exon|wild|negative|positive|status|amplification|tki|tyrosine|inhibitor|L858R|T790M|del(?:etion)?|sensitizing|sensitising|testing|analysis|expression)\b/i;

/**
 * Whether an analyte's name is part of another thing's name, so that it reads no level of its own: a syndrome
 * ("eosinophilia-myalgia syndrome", session 31: eosinophils read raised), the salt of a drug ("valproate sodium",
 * session 31: read as the serum sodium), an antibody class named after an infectious agent ("Parvovirus B19 serum
 * IgM", session 32: read as the serum IgM), a tumour's TNM stage ("T4aN1bM1", session 31: a thyroxine of 1).
 */
function namesNoLevel(doc: Doc, s: DocSentence, m: Mention): boolean {
  return (
    syndromeName(s, m.tokenEnd) ||
    (SALT_IONS.has(m.concept.value) && SALT_DRUGS.has(s.tokens[m.tokenStart - 1]?.norm ?? '')) ||
    (IMMUNOGLOBULINS.has(m.concept.value) && agentBefore(doc, m)) ||
    // "Serum IgA anti-EBV VCA was elevated" (session 34: a raised IgA): the class of the antibody named after it
    (IMMUNOGLOBULINS.has(m.concept.value) && /^\s*anti\b/i.test(doc.text.slice(m.end, m.end + 8))) ||
    // "the aldosterone-renin ratio was high" (session 34: both read raised): a ratio of two analytes
    RATIO_AFTER_RE.test(doc.text.slice(m.end, m.end + 30)) ||
    otherQuantityNamed(doc, s, m) ||
    // "EGFR-negative", "EGFR mutation negative", "EGFR exon 19 deletion" (session 35: read as a normal eGFR): the
    // tumour's epidermal growth factor receptor, written in capitals, not the kidney's filtration rate
    (m.concept.value === 'eGFR' &&
      doc.text.slice(m.start, m.end) === 'EGFR' &&
      EGFR_GENE_AFTER_RE.test(doc.text.slice(m.end, m.end + 24))) ||
    ((m.concept.value === 'T4' || m.concept.value === 'T3') &&
      (TNM_AFTER_RE.test(doc.text.slice(m.end, m.end + 6)) ||
        // "a p-T3 (52 mm) tumour", "ypT4" (session 34: a T3 of 52): the pathological stage
        /(?:^|[^a-z])(?:y?p|c)-?$/i.test(doc.text.slice(Math.max(0, m.start - 3), m.start))))
  );
}

/**
 * Names of other quantities built on an analyte's name (session 34): an isoenzyme heading or member ("LDH
 * isoenzymes: LDH-5 45%": an LDH of 5), the analytes of a ratio in brackets ("De Ritis ratio (AST/ALT) was 1.5"),
 * the AFP-L3 fraction (an AFP of 3), the phosphate threshold "TmP/GFR" (a raised GFR), and the FDG tracer ("an
 * 18F-fluoro-D-glucose scan showed avid uptake": a raised glucose).
 */
function otherQuantityNamed(doc: Doc, s: DocSentence, m: Mention): boolean {
  const t = s.tokens;
  const after = t[m.tokenEnd]?.norm;
  return (
    (after === '-' &&
      t[m.tokenEnd + 1]?.kind === 'number' &&
      /^[1-5]$/.test(t[m.tokenEnd + 1]!.norm) &&
      t.slice(Math.max(0, m.tokenStart - 4), m.tokenStart).some((x) => /^isoenzymes?$/.test(x.norm))) ||
    (/^isoenzymes?$/.test(after ?? '') && t[m.tokenEnd + 1]?.norm === ':') ||
    [m.tokenStart - 1, m.tokenStart - 3].some((k) => t[k]?.norm === '(' && t[k - 1]?.norm === 'ratio') ||
    (after === '-' && t[m.tokenEnd + 1]?.norm === 'l' && t[m.tokenEnd + 2]?.kind === 'number') ||
    (t[m.tokenStart - 1]?.norm === '/' && t[m.tokenStart - 2]?.norm === 'tmp') ||
    (m.concept.value === 'glucose' &&
      /(?:fluoro|deoxy)[\s-]*(?:d[\s-]*)?$/i.test(doc.text.slice(Math.max(0, m.start - 14), m.start)))
  );
}

/** Whether a syndrome's name goes on at token `k` ("[eosinophilia]-myalgia syndrome", "… periodic paralysis"). */
function syndromeName(s: DocSentence, k: number): boolean {
  const j = s.tokens[k]?.norm === '-' ? k + 1 : k;
  const w = s.tokens[j]?.norm ?? '';
  return (
    (w === 'myalgia' && s.tokens[j + 1]?.norm === 'syndrome') ||
    (w === 'periodic' && s.tokens[j + 1]?.norm === 'paralysis')
  );
}

/** Whether the reading word at `i` stands right before a laboratory name (across specimen words: "low serum albumin"). */
function beforeLabName(s: DocSentence, i: number): boolean {
  let k = i + 1;
  while (k < s.tokens.length && SPECIMEN_WORDS.has(s.tokens[k]!.norm)) k++;
  // ("low C4 and C3, with raised anti-dsDNA", session 33: C4 read elevated): an antibody's name too, across its
  // "anti-"
  const antibodyAt = (j: number) =>
    s.mentions.some((x) => x.tokenStart === j && x.concept.kind === 'antibody');
  if (s.tokens[k]?.norm === 'anti' && (antibodyAt(k + 1) || antibodyAt(k + 2))) return true;
  return s.mentions.some(
    (x) => x.tokenStart === k && (x.concept.kind === 'lab' || x.concept.kind === 'antibody'),
  );
}

/** Copulas of an analyte's own predicate ("albumin was decreased"). */
const OWN_COPULAS = new Set(['was', 'were', 'is', 'are', 'remained', 'became']);
/** Nouns of a level between an analyte and its copula ("CH50 levels were …"). */
const LEVEL_NOUNS = new Set(['level', 'levels', 'value', 'values', 'concentration', 'concentrations']);

/** Whether the reading word at `i` is the predicate of a clause of its own ("liver enzymes were raised …"). */
function predicateOfClauseBefore(s: DocSentence, i: number): boolean {
  return OWN_COPULAS.has(s.tokens[i - 1]?.norm ?? '');
}

/** Whether a copula of the analyte's own follows it ("CK was …", "CK levels were …"). */
function copulaAfterMention(s: DocSentence, m: Mention): boolean {
  const k = m.tokenEnd + (LEVEL_NOUNS.has(s.tokens[m.tokenEnd]?.norm ?? '') ? 1 : 0);
  return OWN_COPULAS.has(s.tokens[k]?.norm ?? '');
}

/** The interpretation of an analyte's own predicate: a copula right after it, then the word within three. */
function ownPredicate(doc: Doc, s: DocSentence, m: Mention, stopAt: number): Interpretation | undefined {
  let k = m.tokenEnd;
  if (LEVEL_NOUNS.has(s.tokens[k]?.norm ?? '')) k++;
  if (!OWN_COPULAS.has(s.tokens[k]?.norm ?? '')) return undefined;
  for (let i = k + 1; i < Math.min(stopAt, k + 4, s.tokens.length); i++) {
    if (s.tokens[i]!.kind === 'number') return undefined;
    const hit = interpretationAt(doc, s, i, true);
    if (hit) return hit;
  }
  return undefined;
}

/** Words that open a contrasting clause. */
const CONTRAST_WORDS = new Set(['but', 'however', 'whereas', 'although', 'though', 'while', 'yet']);

/**
 * Whether a contrasting clause opens at token k ("…, but CK was normal"); "CK, but not LDH, was elevated" sets an
 * item apart inside its clause and opens none.
 */
const contrastAt = (s: DocSentence, k: number) =>
  CONTRAST_WORDS.has(s.tokens[k]!.norm) && s.tokens[k + 1]?.norm !== 'not';

/**
 * "positive for myoglobin", "negative for protein, …": the result word and "for" right before the first member of
 * a list ("not positive for" is left to the other readers).
 */
function resultForList(doc: Doc, s: DocSentence, first: Mention): Interpretation | undefined {
  let k = first.tokenStart - 1;
  if (s.tokens[k]?.norm === 'the') k--;
  // ("… were recorded for serum ferritin": the specimen's word before the first name)
  let j = k;
  if (SPECIMEN_WORDS.has(s.tokens[j]?.norm ?? '')) j--;
  if (s.tokens[j]?.norm === 'the') j--;
  if (s.tokens[j]?.norm === 'for' || s.tokens[j]?.norm === 'in') {
    const reported = readingsReportedFor(doc, s, j);
    if (reported) return reported;
  }
  // "Normal results were obtained for thyroid function, serum potassium, …" (session 38: lost): the list may open
  // with tests the lexicon does not know; its "for" is sought back over their plain words, commas and brackets
  // ("…, and CK was measured twice": a member with a copula of its own opens a clause)
  else if (
    (s.tokens[j]?.norm === ',' || s.tokens[j]?.norm === 'and' || s.tokens[j]?.norm === ')') &&
    !copulaAfterMention(s, first)
  ) {
    for (let i = j, n = 0; i >= 0 && n < 16; i--, n++) {
      const x = s.tokens[i]!;
      if (x.norm === 'for') {
        if (i < j - 1) return readingsReportedFor(doc, s, i);
        break;
      }
      if (!(LIST_LINK.has(x.norm) || x.norm === '-' || plainItemWord(x) || coversToken(s.mentions, i))) break;
    }
  }
  if (s.tokens[k]?.norm !== 'for') return undefined;
  const w = s.tokens[k - 1];
  if (!w || (w.norm !== 'positive' && w.norm !== 'negative')) return undefined;
  if (s.tokens[k - 2]?.norm === 'not' || s.tokens[k - 2]?.norm === 'never') return undefined;
  return w.norm === 'positive'
    ? { interpretation: 'elevated', inferred: false, span: w, note: 'stated-elevated' }
    : { interpretation: 'normal', inferred: false, span: w, note: 'stated-normal' };
}

/** Nouns of a reported reading ("raised values were recorded for …"). */
const READING_NOUNS = new Set([
  'values',
  'levels',
  'concentrations',
  'readings',
  'results',
  'titres',
  'titers',
]);
/** Active verbs of a reading reported for a list ("we found / recorded normal values for …"). */
const ACTIVE_REPORTED = new Set(['found', 'recorded', 'noted', 'obtained', 'measured', 'showed', 'revealed']);
/** Verbs of a reading reported for a list ("… were recorded / found / noted for"). */
const REPORTED_VERBS = new Set([
  ...['recorded', 'found', 'noted', 'seen', 'observed', 'measured', 'obtained', 'documented', 'detected'],
  ...['reported', 'shown'],
]);

/**
 * "Raised values were recorded for aldolase, KL-6 and ferritin", "normal levels were found in CK and LDH"
 * (session 38: the shared reading lost): a reading word with "values / levels", a passive verb of reporting and
 * "for" or "in" (token k) right before the list is the reading of each member.
 */
function readingsReportedFor(doc: Doc, s: DocSentence, k: number): Interpretation | undefined {
  // "We found normal values for sodium and potassium", "testing showed raised levels for CK and LDH" (session 38:
  // lost): the active form, the verb before the reading word and its noun
  if (
    READING_NOUNS.has(s.tokens[k - 1]?.norm ?? '') &&
    ACTIVE_REPORTED.has(s.tokens[k - 3]?.norm ?? '') &&
    s.tokens[k - 2]?.norm !== 'low'
  ) {
    const hit = interpretationAt(doc, s, k - 2, false);
    if (hit) return hit;
  }
  let j = k - 1;
  if (!REPORTED_VERBS.has(s.tokens[j]?.norm ?? '')) return undefined;
  j--;
  if (s.tokens[j]?.norm === 'also') j--;
  if (s.tokens[j]?.norm !== 'were' && s.tokens[j]?.norm !== 'was') return undefined;
  j--;
  if (!READING_NOUNS.has(s.tokens[j]?.norm ?? '')) return undefined;
  j--;
  if (j < 0) return undefined;
  const w = s.tokens[j]!;
  // ("Low levels were noted in C3 and C4": a low-adjective, which alone before a name is read only at a complement)
  if (LOW.has(w.norm) && !READING_WORDS.has(s.tokens[j - 2]?.norm ?? '') && !s.assert(j, j + 1).negated)
    return { interpretation: 'low', inferred: false, span: w, note: 'stated-low' };
  return interpretationAt(doc, s, j, false);
}

/**
 * "…, a marker of disease activity, …": the comma closing an apposition opened by "a", "an" or "the" at the comma
 * at token k (at most eight words, no number, no verb of a result), or undefined.
 */
function appositionEnd(s: DocSentence, k: number): number | undefined {
  const first = s.tokens[k + 1]?.norm;
  if (first !== 'a' && first !== 'an' && first !== 'the') return undefined;
  for (let j = k + 2; j < s.tokens.length && j <= k + 10; j++) {
    const t = s.tokens[j]!;
    if (t.norm === ',') return j > k + 2 ? j : undefined;
    if (t.kind === 'number' || t.kind === 'punct' || LIST_BREAK.has(t.norm)) return undefined;
  }
  return undefined;
}

/**
 * "The CK, which had been normal a year earlier, was 9,800 U/L" (session 32: read normal, the value lost): a
 * relative clause in the pluperfect between commas after an analyte tells an earlier state; when a verb and a
 * number follow it, it is an aside. Returns the closing comma.
 */
function earlierStateEnd(s: DocSentence, k: number): number | undefined {
  const t = s.tokens;
  if (
    !['which', 'that'].includes(t[k + 1]?.norm ?? '') ||
    t[k + 2]?.norm !== 'had' ||
    t[k + 3]?.norm !== 'been'
  )
    return undefined;
  for (let j = k + 4; j < t.length && j <= k + 14; j++) {
    const x = t[j]!;
    if (x.norm === ',')
      return COPULA.has(t[j + 1]?.norm ?? '') && t.slice(j + 2, j + 5).some((y) => y.kind === 'number')
        ? j
        : undefined;
    if (x.kind === 'number' || (x.kind === 'punct' && x.norm !== '-')) return undefined;
  }
  return undefined;
}

/**
 * The length of a leading "in (the) blood / serum / plasma" (after a bracketed abbreviation, if any) among the
 * words between an analyte and its value; 0 when there is none.
 */
function specimenPhraseEnd(between: readonly Token[]): number {
  let i = 0;
  if (between[0]?.norm === '(' && between[2]?.norm === ')') i = 3;
  if (between[i]?.norm !== 'in') return 0;
  let j = i + 1;
  if (between[j]?.norm === 'the' || between[j]?.norm === 'her' || between[j]?.norm === 'his') j++;
  return SPECIMENS.has(between[j]?.norm ?? '') ? j + 1 : 0;
}
const SPECIMENS = new Set(['blood', 'serum', 'plasma']);

/** The numbers of the cytokeratins that immunohistochemistry reports (CK5/6, CK7, CK19, CK20 …). */
const CYTOKERATIN_NUMBERS = new Set(['5', '7', '8', '14', '17', '18', '19', '20']);
/** Words of a tumour's immunohistochemistry in the sentence. */
const IHC_WORDS_RE =
  /\b(?:cytokeratin|immunohisto\w*|immunostain\w*|immunoreactiv\w*|stain\w*|TTF-?1|CDX-?2|tumou?r cells|carcinoma|napsin|p40|p63|GATA-?3|CD\d{1,3})\b/i;

/**
 * Whether "CK" at `m` names a cytokeratin, never the muscle enzyme: a number of 20 or less glued to it with no unit
 * ("positivity for CK20", "CK7-negative", session 19), or written "CK" with a cytokeratin's number after a space and
 * no unit, in a sentence of immunohistochemistry ("CK 7 (cytokeratin 7) and CK 20", session 30).
 */
function cytokeratin(text: string, s: DocSentence, m: Mention): boolean {
  const n = s.tokens[m.tokenEnd];
  if (n?.kind !== 'number' || readUnit(text, n.end) !== undefined) return false;
  if (n.start === m.end) return Number(n.norm) <= 20;
  if (text.slice(m.start, m.end) !== 'CK' || !CYTOKERATIN_NUMBERS.has(n.norm)) return false;
  return IHC_WORDS_RE.test(text.slice(s.start, s.end));
}

/** A sentence about the tumour's cells or their staining. */
const IHC_RE =
  /\b(?:tumou?r|neoplastic|malignant|cancer|carcinoma|atypical)\s+cells\b|\bimmuno(?:histo)?(?:chemi\w*|stain\w*|reactiv\w*)|\bstain(?:ed|ing)\b/i;
/** Words of a staining result right before the markers it names ("positive for", "stained for", "expressed"). */
const STAINED_FOR = new Set(['expressed', 'expression', 'expressing', 'stained', 'staining']);

/**
 * Whether the lab mention stands in the list of what the cells stained for: after "positive for", "negative for",
 * "stained for", "expressed" in its clause (at most twelve tokens back, not past a semicolon or full stop).
 */
function stainedFor(s: DocSentence, m: Mention): boolean {
  for (let k = m.tokenStart - 1; k >= Math.max(0, m.tokenStart - 12); k--) {
    const t = s.tokens[k]!.norm;
    if (t === ';' || t === '.') return false;
    if (STAINED_FOR.has(t)) return true;
    if (t === 'for' && /^(?:positive|negative|stained|staining)$/.test(s.tokens[k - 1]?.norm ?? ''))
      return true;
  }
  return false;
}

/** Words that make an enzyme's name a histochemical stain ("acid phosphatase stain", "ALK staining"). */
const STAIN_WORDS = new Set(['stain', 'stains', 'staining', 'reaction', 'histochemistry', 'reactivity']);

/** Participles of a reading, beside the sampling ones: "read after the first hour", "determined on day 3". */
const READ_PARTICIPLES: ReadonlySet<string> = new Set(['read', 'determined', 'assessed', 'performed']);

/**
 * "CK, measured a week after admission, was 812 U/L" (session 25: the value lost): the comma closing an aside opened
 * by a participle of sampling at the comma at token k (at most twelve words; a number in it only as a count of
 * time), or undefined.
 */
function participleAsideEnd(s: DocSentence, k: number): number | undefined {
  const w = s.tokens[k + 1]?.norm ?? '';
  // ("the ESR, read after one hour, was 64 mm": session 38, the value lost)
  if (!SAMPLING_PARTICIPLES.has(w) && !READ_PARTICIPLES.has(w)) return undefined;
  for (let j = k + 2; j < s.tokens.length && j <= k + 14; j++) {
    const t = s.tokens[j]!;
    if (t.norm === ',') return j;
    if (t.norm === '.' || t.norm === ';' || t.norm === '(' || LIST_BREAK.has(t.norm)) return undefined;
    if (
      t.kind === 'number' &&
      !TIME_UNITS.has(s.tokens[j + 1]?.norm ?? '') &&
      !DAY_WORDS.has(s.tokens[j - 1]?.norm ?? '')
    )
      return undefined;
  }
  return undefined;
}

/**
 * The closing bracket of a reference opened at token k ("(reference range, negative)", "(normal values)"), within
 * fifteen tokens; undefined when no reference bracket opens there.
 */
function referenceBracketEnd(s: DocSentence, k: number): number | undefined {
  const open = s.tokens[k]!.norm;
  if ((open !== '(' && open !== '[') || !REFERENCE_WORDS.has(s.tokens[k + 1]?.norm ?? '')) return undefined;
  const close = open === '(' ? ')' : ']';
  for (let j = k + 2; j < s.tokens.length && j <= k + 15; j++) if (s.tokens[j]!.norm === close) return j;
  return undefined;
}

/** Words that may stand between "low" and the lab it qualifies ("a low serum albumin"). */
const SPECIMEN_WORDS: ReadonlySet<string> = new Set(['serum', 'plasma', 'blood', 'total']);
/** Words between a low-adjective and the complement it qualifies ("reduced complement levels of C4"). */
const COMPLEMENT_WORDS: ReadonlySet<string> = new Set(['complement', 'levels', 'level', 'of', 'serum']);

/**
 * "low C3 levels", "a low serum albumin": the adjective of a low value at token i, right before the name that
 * starts at `name` (session 18; a "low-dose" or "low back" never reaches a lab name), not negated; "reduced
 * complement levels of C4" (session 25) across the complement's own words.
 */
function lowAdjective(s: DocSentence, i: number, name: number): Interpretation | undefined {
  const w = s.tokens[i]!.norm;
  // ("a suppressed TSH", session 30: no reading; "undetectable" is left alone, the normal of many analytes)
  if (w !== 'low' && w !== 'decreased' && w !== 'reduced' && w !== 'suppressed') return undefined;
  if (offeredReadings(s, i)) return undefined;
  // ("low complement (C3)": the fraction in brackets right after the complement's name)
  const between = s.tokens.slice(i + 1, s.tokens[name - 1]?.norm === '(' ? name - 1 : name);
  const complement =
    between.some((x) => x.norm === 'complement') && between.every((x) => COMPLEMENT_WORDS.has(x.norm));
  // ("low levels of C4 and C3", session 33: no reading)
  const levelsOf =
    between.length >= 2 &&
    between[between.length - 1]!.norm === 'of' &&
    between
      .slice(0, -1)
      .every((x) => SPECIMEN_WORDS.has(x.norm) || x.norm === 'level' || x.norm === 'levels');
  if (!complement && !levelsOf && !between.every((x) => SPECIMEN_WORDS.has(x.norm))) return undefined;
  if (s.assert(i, i + 1).negated) return undefined;
  return { interpretation: 'low', inferred: false, span: s.tokens[i]!, note: 'stated-low' };
}

/** Clotting tests read as a time: "a prolonged prothrombin time" is a high one, "shortened" a low one. */
const CLOTTING_TIMES = new Set(['PT', 'PTT', 'INR']);

/** "prolonged" / "shortened" at token i, said of a clotting time (negated: "not prolonged" is normal). */
function clottingTimeAt(s: DocSentence, i: number): Interpretation | undefined {
  const t = s.tokens[i]!;
  const interpretation =
    t.norm === 'prolonged' || t.norm === 'lengthened'
      ? 'elevated'
      : t.norm === 'shortened'
        ? 'low'
        : undefined;
  if (!interpretation) return undefined;
  const prev = s.tokens[i - 1]?.norm;
  if (prev === 'not' || prev === 'no' || elevationNegated(s, i, prev))
    return { interpretation: 'normal', inferred: false, span: t, note: 'stated-not-elevated' };
  return {
    interpretation,
    inferred: false,
    span: t,
    note: interpretation === 'low' ? 'stated-low' : 'stated-elevated',
  };
}

/** Specific analytes and the generic name that restates them ("troponin T" → "troponin"). */
const SPECIFIC_OF: ReadonlyMap<string, string> = new Map([
  ['troponin T', 'troponin'],
  ['troponin I', 'troponin'],
]);

/** The white cell differential: a count with a value, or "… count" with an interpretation. */
const DIFFERENTIAL = new Set(['neutrophils', 'lymphocytes', 'monocytes', 'eosinophils', 'basophils']);

const LIST_LINK = new Set([',', 'and', 'or', '/', '(', ')', 'serum', 'plasma', 'the', 'levels', 'level']);

/** Mentions joined by commas, "and", "or" or brackets form lists ("serum calcium and ACE levels"). */
function mentionLists(s: DocSentence, mentions: readonly Mention[], valued = false): Mention[][] {
  const out: Mention[][] = [];
  let cur: Mention[] = [];
  for (const m of mentions) {
    const last = cur[cur.length - 1];
    if (
      last &&
      !(valued && valueBracketBetween(s.tokens.slice(last.tokenEnd, m.tokenStart))) &&
      // ("the levels of CK and of aldolase", session 38: aldolase lost: an "of" repeated after "and" or a comma)
      s.tokens
        .slice(last.tokenEnd, m.tokenStart)
        .some(
          (t, i, gap) =>
            !LIST_LINK.has(t.norm) &&
            t.norm !== '-' &&
            !(
              t.norm === 'of' &&
              i === gap.length - 1 &&
              i > 0 &&
              (gap[i - 1]!.norm === 'and' || gap[i - 1]!.norm === ',')
            ),
        ) &&
      !unknownItemBetween(s.tokens.slice(last.tokenEnd, m.tokenStart))
    ) {
      out.push(cur);
      cur = [];
    }
    cur.push(m);
  }
  if (cur.length) out.push(cur);
  return out;
}

/**
 * "normal potassium (4.0 mmol/L, range 3.4–5.2 mmol/L), sodium and chloride" (session 39: the later members lost the
 * shared "normal"): a member's own value in brackets, then a comma or "and", goes on with the list.
 */
function valueBracketBetween(gap: readonly Token[]): boolean {
  if (gap[0]?.norm !== '(' || gap[1]?.kind !== 'number') return false;
  let close = gap.length - 1;
  while (close > 0 && gap[close]!.norm !== ')') close--;
  if (close < 2 || close === gap.length - 1) return false;
  for (let i = 1; i < close; i++) if (gap[i]!.norm === '(' || gap[i]!.norm === ')') return false;
  return gap.slice(close + 1).every((t) => t.norm === ',' || t.norm === 'and');
}

/**
 * "raised CK, plasma viscosity and LDH", "raised urea, fasting glucose, CRP and ferritin" (session 25: the list
 * ended at the test the lexicon does not know, and LDH, CRP and ferritin lost the shared "raised"): a gap of at
 * most three plain words after a comma or "and", with no result word, verb or number in it, is one more item of
 * the list (or a word of the next one), not its end.
 */
function unknownItemBetween(gap: readonly Token[]): boolean {
  if (gap[0]?.norm !== ',' && gap[0]?.norm !== 'and') return false;
  const words = gap.filter((t) => !LIST_LINK.has(t.norm) && t.norm !== '-');
  if (words.length > 0 && words.length <= 3 && words.every(plainItemWord)) return true;
  return unknownItemsBetween(gap, words.length);
}

/**
 * "CRP, thyroid function, a vasculitis screen, ferritin … were normal" (session 38: ESR lost the shared
 * "normal"): two or three such items in a row, each after a comma or "and", each of one to three plain words after
 * an optional "a" or "an", and a comma or "and" before the next member.
 */
function unknownItemsBetween(gap: readonly Token[], words: number): boolean {
  if (words > 9 || !LIST_LINK.has(gap[gap.length - 1]?.norm ?? '')) return false;
  let items = 0;
  let size = 0;
  for (let k = 0; k < gap.length; k++) {
    const t = gap[k]!;
    if (t.norm === ',' || t.norm === 'and') {
      if (k > 0 && size === 0 && gap[k - 1]!.norm !== ',') return false;
      if (size > 0) items++;
      size = 0;
      continue;
    }
    if (size === 0 && (t.norm === 'a' || t.norm === 'an') && gap[k - 1] && LIST_LINK.has(gap[k - 1]!.norm)) {
      if (gap[k + 1] && !plainItemWord(gap[k + 1]!)) return false;
      continue;
    }
    if (!plainItemWord(t) || ++size > 3) return false;
    // each item is named as a test ("rheumatoid factor", "a viral screen"), not a sign ("a heliotrope rash")
    if (LIST_LINK.has(gap[k + 1]?.norm ?? '') && !TEST_HEADS.has(t.norm)) return false;
  }
  return size === 0 && items >= 2 && items <= 3;
}

/** Last words of a test's name ("rheumatoid factor", "viral screen", "hepatitis serology", "thyroid function"). */
const TEST_HEADS: ReadonlySet<string> = new Set([
  'factor',
  'screen',
  'screening',
  'serology',
  'serologies',
  'panel',
  'test',
  'tests',
  'testing',
  'antibody',
  'antibodies',
  'titre',
  'titer',
  'count',
  'profile',
  'assay',
  'function',
  'studies',
  'electrophoresis',
  'markers',
  'enzymes',
]);

/** Words of a group of tests named before its members in brackets ("muscle enzymes (CK, aldolase)"). */
const LAB_GROUP_WORDS: ReadonlySet<string> = new Set([
  'muscle',
  'enzymes',
  'enzyme',
  'liver',
  'hepatic',
  'inflammatory',
  'markers',
  'serum',
  'levels',
  'myogenic',
  'cardiac',
  // "inflammatory factor (CRP, ESR) levels", "inflammatory parameters (CRP, ESR)" (session 39: lost)
  'factor',
  'factors',
  'parameters',
  'indices',
  'indicators',
  // "elevated acute phase reactants (ESR and CRP)" (session 46: both lost)
  'acute',
  'phase',
  'reactants',
  // "low complement levels (C3 and C4)" (session 50, probe: C4 lost)
  'complement',
]);

/**
 * "elevated transaminases and creatine kinase", "raised liver enzymes, CK": a group named before the list as one of
 * its items (session 29: CK lost the shared "elevated"). Where the look for an interpretation before the list
 * starts: before that group's words and its "and" or comma, or right before the list when there is none.
 */
function groupItemBefore(s: DocSentence, start: number, ownCopula: boolean): number {
  // "raised blood pressure and CK was 40 U/L": an analyte with a predicate of its own starts a clause
  if (ownCopula) return start - 1;
  const link = s.tokens[start - 1]?.norm;
  const linked = link === 'and' || link === ',';
  const last = linked ? start - 2 : start - 1;
  let k = last;
  if (linked) {
    while (k >= 0 && last - k < 3 && GROUP_ITEM_WORDS.has(s.tokens[k]!.norm)) k--;
    if (k < last && GROUP_HEADS.has(s.tokens[last]!.norm)) return k;
    k = last;
  }
  // "elevated natriuretic peptide, troponin I and CK", "elevated natriuretic peptide BNP, troponin I …" (session 29:
  // the whole list lost): a test the lexicon does not know, of a few plain words, right after the reading word
  while (k >= 0 && last - k < (linked ? 3 : 2) && plainItemWord(s.tokens[k]!)) k--;
  const w = s.tokens[k]?.norm ?? '';
  return k < last && (ELEVATED.has(w) || LOW.has(w) || NORMAL.has(w)) ? k : start - 1;
}

/** A plain word of a test's name the lexicon does not know ("natriuretic", "peptide"). */
function plainItemWord(t: Token): boolean {
  return (
    t.kind === 'word' &&
    /^[a-z]/.test(t.norm) &&
    !NOT_AN_ITEM.has(t.norm) &&
    !ELEVATED.has(t.norm) &&
    !NORMAL.has(t.norm) &&
    !LOW.has(t.norm) &&
    !TREND.has(t.norm)
  );
}
/** Words of a group of tests named as one item of a list ("liver enzymes", "transaminases", "inflammatory markers"). */
const GROUP_ITEM_WORDS: ReadonlySet<string> = new Set([
  ...LAB_GROUP_WORDS,
  'transaminases',
  'aminotransferases',
  'function',
  'tests',
]);
/** The last word of such a group. */
const GROUP_HEADS: ReadonlySet<string> = new Set([
  'enzymes',
  'transaminases',
  'aminotransferases',
  'markers',
]);

/** Words that end a list of tests (its verb), or a clause. */
const LIST_BREAK = new Set([
  ...['was', 'were', 'is', 'are', 'showed', 'revealed', 'had', 'has', 'but', 'which'],
  ...['shows', 'reveals'],
]);

/** Words that are no item of a list of tests: results, verbs, negations and the prepositions of a clause. */
const NOT_AN_ITEM = new Set([
  ...COPULA,
  ...LIST_BREAK,
  'no',
  'not',
  'without',
  'with',
  'of',
  'in',
  'for',
  'to',
  'at',
  'on',
  'from',
  'after',
  'before',
  'than',
  'while',
  'whereas',
  'however',
  'although',
  'also',
  'both',
  'then',
]);
/** The interpretation shared by a list: right after it ("… were normal", "…; all of which were normal") or right before it ("increased level of …"). */
function sharedInterpretation(
  doc: Doc,
  s: DocSentence,
  list: readonly Mention[],
): Interpretation | undefined {
  const first = list[0]!;
  const last = list[list.length - 1]!;
  // a verb seen after the list (it ends the list); the whole scan stays within a bound (linear per list)
  let sawBreak = false;
  const bound = Math.min(s.tokens.length, last.tokenEnd + 60);
  for (let k = last.tokenEnd, n = 0; k < bound && n < 14; k++, n++) {
    const t = s.tokens[k]!;
    // ("Aldolase, which may be elevated when CK is normal, was 5.1 U/L", session 35: read elevated) an aside about
    // the disease in general is passed over
    // (and so is an assay's method in brackets: "CRP (high-sensitivity) 0.8 mg/L", session 35: read raised)
    const aside =
      generalAsideEnd(s.tokens, k) ?? (k === last.tokenEnd ? methodBracketEnd(doc, s, k) : undefined);
    if (aside !== undefined) {
      k = aside;
      continue;
    }
    // "creatine kinase, autoimmune antibody panel, myositis antibody profile, and AChR antibody were
    // unremarkable": the next items of the list (other tests named after a comma or "and") are passed over
    if (t.norm === ',' || t.norm === 'and') {
      // "serum ferritin and anti-MDA5 antibody levels were elevated": the antibody's own name may start
      // after its "anti-" prefix, which is then a word of the same item
      let at = k + 1;
      if (s.tokens[at]?.norm === 'anti') at++;
      if (at > k + 1 && s.tokens[at]?.norm === '-') at++;
      // (or at the "anti-" itself, where the lexicon's name starts there: "and anti-Ro52 antibodies were normal",
      // session 41: the list's reading lost)
      const item = s.mentions.find(
        (m) => (m.tokenStart === at || m.tokenStart === k + 1) && m.concept.kind === 'antibody',
      );
      if (item) {
        k = item.tokenEnd - 1;
        // "anti-melanoma differentiation-associated gene 5 (MDA5) antibody": its abbreviation in brackets
        const abbr = s.mentions.find(
          (m) => m.tokenStart === item.tokenEnd + 1 && m.concept.kind === 'antibody',
        );
        if (s.tokens[item.tokenEnd]?.norm === '(' && abbr && s.tokens[abbr.tokenEnd]?.norm === ')')
          k = abbr.tokenEnd;
        n--;
        continue;
      }
      // "ESR, CRP, tumor markers, anti-HBV, anti-hepatitis C virus (anti-HCV), thyroid function, and serum
      // potassium were normal": a long list of other tests, each a few words without a verb, is passed over
      // (the window counts the words of one item, not of the whole list)
      if (n > 0 && !sawBreak) n = 0;
    }
    // "large (reference range, negative)": the word of a reference is not the result (session 22)
    const ref = referenceBracketEnd(s, k);
    if (ref !== undefined) {
      k = ref;
      continue;
    }
    // "elevated ALT and LDH, but CK was normal": a contrast opens another clause (session 24); "CK, but not LDH,
    // was elevated" sets an item apart inside the clause
    if (contrastAt(s, k)) break;
    const hit = interpretationAt(doc, s, k, true);
    // "elevated ALT and AST and low albumin" (session 30: AST read low): the reading of the next analyte
    if (hit && beforeLabName(s, k)) break;
    if (hit) return hit;
    if (t.kind === 'number' || t.norm === '.' || (t.norm === ';' && s.tokens[k + 1]?.norm !== 'all')) break;
    if (LIST_BREAK.has(t.norm)) sawBreak = true;
    // a verb closes the list: the interpretation, if any, is right after it ("… were normal")
    if (LIST_BREAK.has(t.norm) && n > 3) {
      for (let j = k + 1; j < Math.min(s.tokens.length, k + 4); j++) {
        const after = interpretationAt(doc, s, j, true);
        if (after) return after;
      }
      break;
    }
  }
  // "elevated muscle enzymes (CK, LDH and aldolase)": the list in brackets names the members of a group that
  // the interpretation governs; the bracket and the group's words are passed over
  const bracketed =
    s.tokens[first.tokenStart - 1]?.norm === '(' && s.tokens[last.tokenEnd]?.norm === ')' ? 1 : 0;
  const copulaAfter = copulaAfterMention(s, last);
  for (
    let k = groupItemBefore(s, first.tokenStart, copulaAfter), n = 0;
    k >= 0 && n < 5 + bracketed * 3;
    k--, n++
  ) {
    // "low C3 and C4" (session 25: C4 lost): the low-adjective of the first member is the list's; and of a bracket's
    // list after the complement's name, "low complement (C3 and C4)" (session 50, probe: C4 lost)
    const hit = interpretationAt(doc, s, k, false) ?? lowAdjective(s, k, first.tokenStart);
    if (hit && copulaAfter && predicateOfClauseBefore(s, k)) break;
    if (hit) return hit;
    const t = s.tokens[k]!;
    if (bracketed && (k === first.tokenStart - 1 || LAB_GROUP_WORDS.has(t.norm))) continue;
    // "elevated muscle enzymes (CK 309 IU/L) and acute phase reactants (ESR and CRP)" (session 46: the second
    // group lost): a group joined by "and" to an earlier group with its own bracket shares that group's reading
    if (bracketed && t.norm === 'and' && s.tokens[k - 1]?.norm === ')') {
      const open = openingBracket(s, k - 1);
      if (open !== undefined && LAB_GROUP_WORDS.has(s.tokens[open - 1]?.norm ?? '')) {
        k = open;
        n = 0;
        continue;
      }
    }
    if (!FILLER.has(t.norm) && t.norm !== 'of' && t.norm !== 'in') break;
  }
  return undefined;
}

/** The position of the "(" that the ")" at token `close` closes, within 30 tokens and one sentence; else undefined. */
function openingBracket(s: DocSentence, close: number): number | undefined {
  let depth = 0;
  for (let k = close; k >= Math.max(0, close - 30); k--) {
    const n = s.tokens[k]!.norm;
    if (n === ')') depth++;
    else if (n === '(' && --depth === 0) return k;
    else if (n === '.' || n === ';') return undefined;
  }
  return undefined;
}

/** The muscle enzymes (and myoglobin), which a test result "consistent with" a myositis reads as raised. */
const MYOSITIS_ENZYMES: ReadonlySet<string> = new Set([
  MUSCLE_ENZYMES_GROUP,
  'CK',
  'aldolase',
  'LDH',
  'AST',
  'ALT',
  'myoglobin',
]);
/** Words of agreement with a diagnosis ("consistent with", "compatible with", "in keeping with", "typical of"). */
const AGREEMENT_WORDS = new Set([
  'consistent',
  'compatible',
  'keeping',
  'typical',
  'suggestive',
  'characteristic',
]);
/** Verbs by which tests agree with a diagnosis ("all fitted polymyositis", "supported a myositis"). */
const FITTING_VERBS = new Set(['fitted', 'fit', 'matched', 'supported', 'suggested', 'indicated']);
/** Names of the myositis a result may agree with. */
const MYOSITIS_WORDS = new Set([
  ...['myositis', 'dermatomyositis', 'polymyositis', 'myopathy', 'dm', 'pm', 'iim', 'imnm', 'jdm'],
  ...['cadm', 'dermatopolymyositis', 'antisynthetase'],
]);

/**
 * "EMG, muscle enzymes and biopsy were consistent with polymyositis", "CK, EMG and a thigh biopsy all
 * compatible with DM" (session 46: lost): a muscle enzyme among tests that a clause says agree
 * with a myositis was raised, since a normal enzyme agrees with none. Read for the enzymes only (an ESR "consistent
 * with DM" says nothing of its side), marked inferred; not when the agreement is denied ("not consistent with").
 */
function consistentWithMyositis(s: DocSentence, m: Mention): Interpretation | undefined {
  if (!MYOSITIS_ENZYMES.has(m.concept.value)) return undefined;
  const t = s.tokens;
  for (let k = m.tokenEnd, n = 0; k < t.length && n < 16; k++, n++) {
    const w = t[k]!;
    if (w.kind === 'number' || w.norm === '.' || w.norm === ';' || CONTRAST_WORDS.has(w.norm))
      return undefined;
    // "her skin signs, the serum CK and the needle EMG all fitted polymyositis" (a verb of agreement without "with")
    if (FITTING_VERBS.has(w.norm))
      return myositisNamedWithin(t, k + 1, 5) ? agreesWithMyositis(w) : undefined;
    if (!COPULA.has(w.norm)) continue;
    let j = k + 1;
    if (t[j]?.norm === 'all' || t[j]?.norm === 'also') j++;
    if (t[j]?.norm === 'in' && t[j + 1]?.norm === 'keeping') j++;
    const agree = t[j];
    if (!agree || !AGREEMENT_WORDS.has(agree.norm)) return undefined;
    if (t[j + 1]?.norm !== 'with' && t[j + 1]?.norm !== 'of') return undefined;
    return myositisNamedWithin(t, j + 2, 6) ? agreesWithMyositis(agree) : undefined;
  }
  return undefined;
}

/** Whether a myositis is named within `span` tokens from `from`, before a stop, semicolon or comma. */
function myositisNamedWithin(t: readonly Token[], from: number, span: number): boolean {
  for (let i = from; i < Math.min(t.length, from + span); i++) {
    const x = t[i]!.norm;
    if (x === '.' || x === ';' || x === ',') return false;
    if (MYOSITIS_WORDS.has(x)) return true;
  }
  return false;
}

/** The reading of an enzyme whose tests agree with a myositis, at the word of agreement: raised, inferred. */
const agreesWithMyositis = (word: Token): Interpretation => ({
  interpretation: 'elevated',
  inferred: true,
  span: word,
  note: 'consistent-with-myositis',
});

/** What may follow a note's "up" or "down" that ends the reading ("ESR up.", "CK up, LDH up", "Hb down and …"). */
const TELEGRAPHIC_END = new Set(['.', ',', ';', 'and', ')', ':']);

/**
 * "ESR up. CPK up. LDH up.", "Hb down, platelets down" (session 46, re-told notes: lost): a note's "up" or "down"
 * right after the analyte (or its level noun), ending the reading, is raised or low. Not "CK up to 900" (a value
 * follows) nor "CK follow-up".
 */
function telegraphicReading(s: DocSentence, m: Mention): Interpretation | undefined {
  let k = m.tokenEnd;
  if (LEVEL_NOUNS.has(s.tokens[k]?.norm ?? '')) k++;
  const w = s.tokens[k];
  if (!w || (w.norm !== 'up' && w.norm !== 'down')) return undefined;
  const next = s.tokens[k + 1];
  if (next && !TELEGRAPHIC_END.has(next.norm)) return undefined;
  return w.norm === 'up'
    ? { interpretation: 'elevated', inferred: false, span: w, note: 'stated-elevated' }
    : { interpretation: 'low', inferred: false, span: w, note: 'stated-low' };
}

/** Words between "as were" and the analyte: "as were the serum levels of …". */
const AS_WAS_LEAD = new Set([
  'her',
  'his',
  'the',
  'their',
  'its',
  'serum',
  'plasma',
  'levels',
  'level',
  'of',
]);

/** Words that set a second analyte against the reading before it ("CK was raised, but CRP was not"). */
const BUT_NOT_LINKS = new Set(['but', 'whereas', 'while', ';']);

/**
 * "ESR was raised but CRP was not", "CK was elevated; LDH was not" (session 50, probe: the second analyte lost): an
 * analyte whose own clause is an auxiliary and "not", set against a clause that ends in a raised or low reading, is
 * normal.
 */
function butNotInterpretation(doc: Doc, s: DocSentence, m: Mention): Interpretation | undefined {
  const t = s.tokens;
  let e = m.tokenEnd;
  if (t[e]?.norm === 'level' || t[e]?.norm === 'levels') e++;
  if (!ELLIPSIS_VERBS.has(t[e]?.norm ?? '') || t[e + 1]?.norm !== 'not') return undefined;
  const after = t[e + 2]?.norm;
  if (after !== undefined && after !== '.' && after !== ',' && after !== ';') return undefined;
  let k = m.tokenStart - 1;
  while (k >= 0 && SUBJECT_LEAD.has(t[k]!.norm)) k--;
  if (!BUT_NOT_LINKS.has(t[k]?.norm ?? '')) return undefined;
  let j = k - 1;
  if (t[j]?.norm === ',') j--;
  if (j < 0) return undefined;
  const before = interpretationAt(doc, s, j, true);
  if (before?.interpretation !== 'elevated' && before?.interpretation !== 'low') return undefined;
  return { interpretation: 'normal', inferred: false, span: t[e + 1]!, note: 'stated-not-elevated' };
}

/**
 * "… were elevated, as was her erythrocyte sedimentation rate": a mention after "as was / as were" shares the
 * interpretation that closes the clause before it.
 */
function asWasInterpretation(doc: Doc, s: DocSentence, m: Mention): Interpretation | undefined {
  let k = m.tokenStart - 1;
  // "…, as were the serum levels of CK and of aldolase" (session 38: lost): the words that lead to the analyte
  for (let n = 0; n < 5 && AS_WAS_LEAD.has(s.tokens[k]?.norm ?? ''); n++) k--;
  // "…, as were, on laboratory testing, CK and aldolase": a short aside of plain words between commas
  if (s.tokens[k]?.norm === ',') {
    let j = k - 1;
    while (
      j > k - 6 &&
      s.tokens[j]?.kind === 'word' &&
      s.tokens[j]!.norm !== 'was' &&
      s.tokens[j]!.norm !== 'were'
    )
      j--;
    if (j < k - 1 && s.tokens[j]?.norm === ',') k = j - 1;
  }
  // ("…, as did his LDH", "…, and so was the aldolase", "…; so were LDH and AST", session 39: lost): the verb of the
  // ellipsis is the clause's auxiliary or "did", after "as" or "so"
  if (!ELLIPSIS_VERBS.has(s.tokens[k]?.norm ?? '')) return undefined;
  const link = s.tokens[k - 1]?.norm;
  let j = k - 2;
  if (link === 'so' && s.tokens[j]?.norm === 'and') j--;
  else if (link !== 'as') return undefined;
  if (s.tokens[j]?.norm === ',' || (s.tokens[j]?.norm === ';' && link === 'so')) j--;
  else if (link === 'as' || s.tokens[j + 1]?.norm !== 'and') return undefined;
  if (j < 0) return undefined;
  const direct = interpretationAt(doc, s, j, true);
  if (direct) return direct;
  // "CK was high on the first blood tests, as were the LDH and the AST" (session 46: lost):
  // the reading word before a short phrase of when or where it was read
  for (let i = j - 1, n = 0; i >= 0 && n < 5; i--, n++) {
    const t = s.tokens[i]!;
    if (t.kind !== 'word' || COPULA.has(t.norm)) return undefined;
    if (READ_WHEN_WHERE.has(s.tokens[i + 1]!.norm)) {
      const hit = interpretationAt(doc, s, i, true);
      if (hit) return hit;
    }
  }
  return undefined;
}
/** Prepositions of when or where a reading was made ("raised on admission", "high at presentation"). */
const READ_WHEN_WHERE = new Set(['on', 'at', 'in', 'during', 'from']);

/**
 * Whether a verb's next token opens a predicate of its own (a value, a reading or a denial), not a verb of
 * observation ("was noted") that a coordinated subject shares.
 */
function opensOwnPredicate(t: Token | undefined): boolean {
  if (!t) return false;
  return (
    t.kind === 'number' ||
    ELEVATED.has(t.norm) ||
    LOW.has(t.norm) ||
    NORMAL.has(t.norm) ||
    t.norm === 'not' ||
    t.norm === 'within'
  );
}
/** Singular verbs right after an analyte, of a clause of its own. */
const SINGULAR_VERBS = new Set(['was', 'is', 'has', 'measured', 'reached']);
/** The verbs of "as was / as did / and so were …" that repeat the clause before for another analyte. */
const ELLIPSIS_VERBS = new Set(['was', 'were', 'did', 'is', 'are', 'had']);

/** A blood count found high ("eosinophilia", "lymphocytosis") or low ("lymphopenia", "eosinopenia"). */
const BLOOD_COUNT_HIGH_RE = /(?:philia|cytosis)$/;
/** … and low (the UK "-paenia" too: "lymphopaenia", session 29). */
const BLOOD_COUNT_LOW_RE = /(?:pa?enia|^ana?emia)$/;

/**
 * Whether a mention is one of its analyte's `valueOnly` forms (src/core/names.ts): a word read as the analyte only
 * beside a value ("hypogammaglobulinaemia (4.4 g/L)", "T4 122.5 pmol/L"); alone it names something else (a
 * diagnosis, a tumour's T stage).
 */
function valueOnlyForm(s: DocSentence, m: Mention): boolean {
  const valueOnly = m.concept.attrs?.valueOnly;
  if (!valueOnly) return false;
  const words = s.tokens
    .slice(m.tokenStart, m.tokenEnd)
    .filter((x) => !isTransparent(x))
    .map((x) => x.norm)
    .join(' ');
  return valueOnly.split('|').includes(words);
}

/**
 * A term that names its own result: "hypoalbuminaemia" is a low albumin, "hypercalcaemia" a high calcium, and
 * "proteinuria", "haematuria", "myoglobinuria" a urine test found abnormal (recorded elevated); "no proteinuria"
 * is normal. It wins over an interpretation word of its list ("elevated CPK, hypoalbuminemia and proteinuria").
 */
function selfInterpretation(doc: Doc, s: DocSentence, m: Mention): Interpretation | undefined {
  // "he later developed hypogammaglobulinaemia": a condition word that is also a diagnosis is a reading only
  // beside its value (the analyte table's `valueOnly` forms)
  if (valueOnlyForm(s, m)) return undefined;
  const whole = doc.text.slice(m.start, m.end).toLowerCase();
  // "anaemia (haemoglobin 9.3 g/dL)" (session 24: the reading was lost): a condition word joined to the analyte's
  // name in brackets after it is read by its first word
  const t = /^[a-z]+(?=\s*\()/.exec(whole)?.[0] ?? whole;
  const interpretation =
    t.startsWith('hyper') || BLOOD_COUNT_HIGH_RE.test(t)
      ? 'elevated'
      : t.startsWith('hypo') || BLOOD_COUNT_LOW_RE.test(t)
        ? 'low'
        : /ur(?:ia|ie)$/.test(t)
          ? 'elevated'
          : undefined;
  if (!interpretation) return undefined;
  const span = { start: m.start, end: m.end };
  const asserted = s.assert(m.tokenStart, m.tokenEnd);
  if (asserted.negated && !negationPastValue(s, m, asserted.triggers))
    return { interpretation: 'normal', inferred: false, span, note: 'stated-normal' };
  return {
    interpretation,
    inferred: false,
    span,
    note: interpretation === 'low' ? 'stated-low' : 'stated-elevated',
  };
}

/**
 * "proteinuria per 24 h 3.1 g, light chains absent" (session 38: the proteinuria read normal): a denial
 * written after the term's own value belongs to what follows that value, not to the term.
 */
function negationPastValue(
  s: DocSentence,
  m: Mention,
  triggers: readonly { category: string; start: number }[],
): boolean {
  const denials = triggers.filter((x) => x.category === 'negation');
  if (denials.length === 0) return false;
  return denials.every((x) => {
    if (x.start < m.end) return false;
    for (let k = m.tokenEnd; k < s.tokens.length && s.tokens[k]!.start < x.start; k++)
      if (s.tokens[k]!.kind === 'number') return true;
    return false;
  });
}

/** Words that open a list announced by the clause before them ("…were unremarkable: A, B", "…, including A"). */
const LIST_ANCHOR = new Set([':', 'including', 'include', 'includes', 'namely']);
/**
 * Words that single out members of a result already stated ("laboratory data were normal, in particular the ESR and
 * the muscle enzymes", "…, especially CK"; session 46): they open the list as {@link LIST_ANCHOR} does.
 */
const SINGLING_OUT = new Set(['particularly', 'especially', 'notably', 'specifically']);
/** Whether token a opens a list that singles out members of the result before it ("in particular", "notably"). */
const singlesOut = (t: readonly Token[], a: number): boolean =>
  SINGLING_OUT.has(t[a]!.norm) || (t[a]!.norm === 'particular' && t[a - 1]?.norm === 'in');

/**
 * A normal result stated before a list and applying to its members: "the following laboratory tests were
 * unremarkable: glucose, …", "normal electrolytes including calcium and phosphate", "tests within reference
 * range, including creatine kinase, aldolase …"; and a raised or low one before a colon or "including" ("The
 * following were elevated: aldolase, LDH"). Members with their own value or interpretation keep theirs.
 */
function announcedNormal(
  doc: Doc,
  s: DocSentence,
): { anchor: number; hit: Interpretation; list?: true } | undefined {
  const t = s.tokens;
  for (let a = 0; a < t.length; a++) {
    // "other results fell within the normal range (CA 19-9, alpha-fetoprotein, PSA)": a bracket right after
    // "normal range" opens the list of the tests it names
    const bracket =
      t[a]!.norm === '(' &&
      (t[a - 1]?.norm === 'range' || t[a - 1]?.norm === 'limits') &&
      t[a + 1]?.kind === 'word';
    // "Her labs were negative for SSA, ANA, ESR, CRP, CK and aldolase" (session 19): the list after "negative for"
    if (t[a]!.norm === 'for' && t[a - 1]?.norm === 'negative' && t[a - 2]?.norm !== 'not')
      return {
        anchor: a,
        hit: { interpretation: 'normal', inferred: false, span: t[a - 1]!, note: 'stated-normal' },
        list: true,
      };
    if (!LIST_ANCHOR.has(t[a]!.norm) && !bracket && !singlesOut(t, a)) continue;
    for (let k = a - 1; k >= Math.max(0, a - 6); k--) {
      const n = t[k]!.norm;
      if (n === '.' || n === ';' || t[k]!.kind === 'number') break;
      const within =
        n === 'within' &&
        ['normal', 'reference'].includes(
          t[k + 1]?.norm === 'the' ? (t[k + 2]?.norm ?? '') : (t[k + 1]?.norm ?? ''),
        );
      const hit = within
        ? { interpretation: 'normal' as const, inferred: false, span: t[k]!, note: 'stated-normal' as const }
        : interpretationAt(doc, s, k, true);
      if (hit?.interpretation === 'normal' && hit.note === 'stated-normal') return { anchor: a, hit };
      // "The following were elevated: aldolase, LDH", "an elevation of the following: …", "Raised: CK and LDH"
      // (session 50, probe: lost, while the normal list was read): a raised or low result announced before a
      // colon or "including"
      if (
        (hit?.note === 'stated-elevated' || hit?.note === 'stated-low') &&
        (t[a]!.norm === ':' || t[a]!.norm === 'including')
      )
        return { anchor: a, hit };
      if (hit) break;
    }
  }
  return undefined;
}

/** Words that end the list after "negative for" ("negative for HIV; CK was …", "negative for X and CK was …"). */
const LIST_END = new Set([
  ';',
  '.',
  ':',
  'was',
  'were',
  'is',
  'are',
  'had',
  'showed',
  'but',
  'whereas',
  'while',
]);

/** Whether mention m is a member of the announced list (always, unless it was opened by "negative for"). */
function inAnnouncedList(s: DocSentence, announced: { anchor: number; list?: true }, m: Mention): boolean {
  if (!announced.list) return true;
  for (let k = announced.anchor + 1; k < m.tokenStart; k++) if (LIST_END.has(s.tokens[k]!.norm)) return false;
  // "… negative for HIV and CK was measured later": the analyte opens a clause of its own
  let j = m.tokenEnd;
  while (s.tokens[j]?.norm === 'level' || s.tokens[j]?.norm === 'levels') j++;
  return !LIST_END.has(s.tokens[j]?.norm ?? '') || s.tokens[j]?.norm === '.';
}

/** Tumour markers: reported "positive" when above their cut-off ("AFP was positive", "positive for CEA"). */
const TUMOUR_MARKERS: ReadonlySet<string> = new Set([
  'CEA',
  'CA-125',
  'CA 15-3',
  'CA 19-9',
  'CA 72-4',
  'AFP',
  'PSA',
  'NSE',
  'CYFRA 21-1',
]);

/** Verbs of a presence found ("myoglobin was detected in the urine"). */
const DETECTED = new Set(['detected', 'present', 'found', 'seen', 'demonstrated', 'identified']);

/**
 * "myoglobin was detected in his urine", "urine myoglobin was present" (session 38: lost): a presence found in the
 * urine, by a copula and a verb of finding after the name (and "in the urine" when the name is not a urine
 * test's); abnormal, or normal when denied ("no myoglobin was found in the urine").
 */
function urineDetected(s: DocSentence, m: Mention): Interpretation | undefined {
  const t = s.tokens;
  let j = m.tokenEnd;
  if (LEVEL_NOUNS.has(t[j]?.norm ?? '')) j++;
  if (!COPULA.has(t[j]?.norm ?? '') || !DETECTED.has(t[j + 1]?.norm ?? '')) return undefined;
  if (!m.concept.value.startsWith('urine ')) {
    let k = j + 2;
    if (t[k]?.norm !== 'in') return undefined;
    k++;
    if (['the', 'his', 'her', 'their'].includes(t[k]?.norm ?? '')) k++;
    if (t[k]?.norm !== 'urine' || !urineTestOf(m.concept.value)) return undefined;
  }
  const span = t[j + 1]!;
  return s.assert(m.tokenStart, j + 2).negated
    ? { interpretation: 'normal', inferred: false, span, note: 'stated-normal' }
    : { interpretation: 'elevated', inferred: false, span, note: 'stated-elevated' };
}

/**
 * "positive urine myoglobin", "urine myoglobin was positive", "AFP was positive": a urine test or a tumour
 * marker stated positive is abnormal (elevated).
 */
function urinePositive(s: DocSentence, m: Mention): Interpretation | undefined {
  if (!m.concept.value.startsWith('urine ') && !TUMOUR_MARKERS.has(m.concept.value)) return undefined;
  const from = Math.max(0, m.tokenStart - 2);
  const to = Math.min(s.tokens.length, m.tokenEnd + 3);
  for (let i = from; i < to; i++) {
    const t = s.tokens[i]!;
    if (t.norm !== 'positive' || s.assert(i, i + 1).negated) continue;
    return { interpretation: 'elevated', inferred: false, span: t, note: 'stated-elevated' };
  }
  return undefined;
}

/** Tests of presence, whose denial is their normal result ("no Bence Jones protein"). */
const PRESENCE_TESTS: ReadonlySet<string> = new Set([
  'Bence Jones protein',
  'urine myoglobin',
  'urine ketones',
]);
/** Words after a denied test that say it was not done, not that it found nothing ("no … was measured"). */
const NOT_DONE = new Set([
  'measured',
  'tested',
  'checked',
  'done',
  'performed',
  'obtained',
  'available',
  'sent',
  // "without Bence Jones protein testing": the test itself denied
  'test',
  'testing',
  'tests',
  'assay',
  'analysis',
  'screening',
  'electrophoresis',
]);

/**
 * "no Bence Jones protein", "Bence Jones protein was not detected" (session 38: lost): a test of presence denied
 * found nothing (normal); not when the words after it say the test was not done.
 */
function presenceDenied(s: DocSentence, m: Mention): Interpretation | undefined {
  if (!PRESENCE_TESTS.has(m.concept.value)) return undefined;
  if (!s.assert(m.tokenStart, m.tokenEnd).negated) return undefined;
  const to = Math.min(s.tokens.length, m.tokenEnd + 5);
  for (let k = m.tokenEnd; k < to; k++) if (NOT_DONE.has(s.tokens[k]!.norm)) return undefined;
  const t = s.tokens[m.tokenStart]!;
  return { interpretation: 'normal', inferred: false, span: t, note: 'stated-normal' };
}

/** Words that make a sentence a urine test, and what a dipstick grade may be of. */
const URINE_TEST = new Set(['urinalysis', 'dipstick', 'urine', 'urinary']);
const DIPSTICK_OF: Readonly<Record<string, string>> = { blood: 'urine blood', protein: 'urine protein' };

/**
 * A dipstick grade of a urine test ("Urinalysis showed 3+ blood", "urine dipstick: protein 2+"): the urine
 * analyte is abnormal (no value; the grade is not a number). Read only in a sentence that names the urine
 * test, the grade written right before or after "blood" / "protein".
 */
function dipstickGrades(doc: Doc, s: DocSentence, out: ExtractedLab[]): void {
  const t = s.tokens;
  if (!t.some((x) => URINE_TEST.has(x.norm))) return;
  const graded = (i: number) => t[i]?.kind === 'number' && doc.text[t[i].end] === '+';
  for (let i = 0; i < t.length; i++) {
    const analyte = DIPSTICK_OF[t[i]!.norm];
    if (!analyte) continue;
    // "3+ blood" / "blood 3+" / "blood (3+)"
    const g =
      t[i - 1]?.norm === '+' && graded(i - 2)
        ? i - 2
        : graded(i + 1)
          ? i + 1
          : t[i + 1]?.norm === '(' && graded(i + 2)
            ? i + 2
            : -1;
    if (g < 0) continue;
    if (out.some((l) => l.analyte === analyte && l.interpretation === 'elevated')) continue;
    const a = s.assert(Math.min(i, g), Math.max(i, g) + 1);
    if (a.negated || a.experiencer === 'other' || a.temporality === 'hypothetical') continue;
    out.push({
      analyte,
      interpretation: 'elevated',
      evidence: [evidence(doc.text, [t[Math.min(i, g)]!, t[Math.max(i, g)]!], 'labs', 'stated-elevated')],
    });
  }
}

/** Seconds written after a clotting time in a slash chain ("PT/PTT 12.0s/32.2"). */
const SECONDS = new Set(['s', 'sec', 'secs', 'seconds']);

/** Millimetres alone after a value ("90 mm."; not "mmHg", "mm3", "mm/h"). */
const BARE_MM_RE = /^[ \t\u00a0]?mm(?![A-Za-z0-9/²³])/;

/** Clotting tests reported as a time, in seconds (the INR is a ratio). */
const CLOTTING_SECONDS: ReadonlySet<string> = new Set(['PT', 'PTT']);

/**
 * "PT 12.0 s", "prothrombin time 13.5 seconds" (session 38: the unit lost): seconds written right after a value
 * with no unit of its own.
 */
function secondsAfter(s: DocSentence, g: ValueGroup): boolean {
  const t = s.tokens[g.nextToken];
  return t !== undefined && t.kind === 'word' && SECONDS.has(t.norm) && t.start - g.end <= 1;
}

/** Tokens that may stand right before an analyte of a pasted panel: the line's start, a separator, a value. */
const PANEL_BEFORE = new Set([',', ';', ':', '/', '|', '(']);

/**
 * A lab mention followed by its value ("Na 142", "CK: 195", "HCO3 = 24"), or an analyte of a slash chain
 * ("PT/PTT/INR"): the token after it (and an optional ":" or "=") is a number or a "/".
 */
function pairNext(s: DocSentence, end: number): 'number' | 'slash' | undefined {
  let j = end;
  if (s.tokens[j]?.norm === ':' || s.tokens[j]?.norm === '=') j++;
  const t = s.tokens[j];
  if (t?.kind === 'number') return 'number';
  if (t?.norm === '/' && j === end) return 'slash';
  return undefined;
}

/**
 * Modifiers coordinated before one head noun name one analyte each ("aspartate and alanine aminotransferase",
 * "alanine and aspartate aminotransferases"): the word before "and" / "or" / a comma, with the head words of the
 * mention after it, is read as an analyte of its own when the lexicon knows that name (and it differs).
 */
function sharedHeadMentions(s: DocSentence, known: readonly Mention[]): Mention[] {
  const found: Mention[] = [];
  for (const m of known) {
    // (only a mention after "and", "or" or a comma can share its head: the walk back below stops at once otherwise)
    const link0 = s.tokens[m.tokenStart - 1]?.norm;
    if (m.tokenStart < 2 || (link0 !== 'and' && link0 !== 'or' && link0 !== ',')) continue;
    const words: number[] = [];
    for (let k = m.tokenStart; k < m.tokenEnd; k++) if (!isTransparent(s.tokens[k]!)) words.push(k);
    // the mention's own modifier is its first word, with a digit glued to it ("CD8 counts": "CD8")
    const h =
      s.tokens[words[1] ?? -1]?.kind === 'number' && s.tokens[words[0]!]!.end === s.tokens[words[1]!]!.start
        ? 2
        : 1;
    if (words.length < h + 1) continue;
    const head = s.tokens
      .slice(words[h], m.tokenEnd)
      .map((t) => t.norm)
      .join(' ');
    let k = m.tokenStart;
    while (k >= 2) {
      const link = s.tokens[k - 1]!.norm;
      // the modifier: a word, or a word with a digit glued to it ("CD4 and CD8 counts")
      let first = k - 2;
      const last = s.tokens[k - 2]!;
      const glued = s.tokens[k - 3];
      if (last.kind === 'number' && glued?.kind === 'word' && glued.end === last.start) first = k - 3;
      const w = s.tokens[first]!;
      if ((link !== 'and' && link !== 'or' && link !== ',') || w.kind !== 'word') break;
      if (known.some((x) => x.tokenStart <= k - 2 && x.tokenEnd > first)) break;
      const modifier = first === k - 2 ? w.norm : `${w.norm}${last.norm}`;
      const keys = tokenize(`${modifier} ${head}`);
      const hit = lexicon().matchAt(keys, 0);
      if (!hit || hit.tokenEnd !== keys.length) break;
      const concept = hit.entries.find((c) => c.kind === 'lab');
      if (!concept || concept.value === m.concept.value) break;
      found.push({ concept, tokenStart: first, tokenEnd: k - 1, start: w.start, end: last.end });
      k = first;
    }
  }
  return found;
}

/** Verbs after "it" that report a level ("it was elevated at", "it rose to", "it peaked at"). */
const IT_LEVEL_VERBS = new Set([
  'was',
  'is',
  'had',
  'has',
  'rose',
  'fell',
  'peaked',
  'increased',
  'decreased',
  'reached',
  'remained',
  'returned',
  'dropped',
]);

/**
 * "CPK was normal at 117 U/L; one month prior it was elevated at 4456 U/L": "it" after a clause break
 * (a semicolon or comma) names the analyte of the clause before, when that analyte is the last lab named in
 * the sentence, nothing else of the lexicon stands between, a level verb follows "it" and a number follows
 * within a few words.
 */
function pronounMentions(s: DocSentence, known: readonly Mention[]): Mention[] {
  const found: Mention[] = [];
  if (!known.length) return found;
  // walked once, left to right: the last lab mention before "it", and the last mention of any kind before it
  let li = -1;
  let mi = -1;
  for (let k = 1; k < s.tokens.length; k++) {
    while (li + 1 < known.length && known[li + 1]!.tokenEnd <= k) li++;
    while (mi + 1 < s.mentions.length && s.mentions[mi + 1]!.tokenEnd <= k) mi++;
    const t = s.tokens[k]!;
    if (t.norm !== 'it' || li < 0 || !IT_LEVEL_VERBS.has(s.tokens[k + 1]?.norm ?? '')) continue;
    const prev = known[li]!;
    // near the analyte (a clause or two), and no other mention of the lexicon since it
    if (k - prev.tokenEnd > 25 || (mi >= 0 && s.mentions[mi]!.tokenStart >= prev.tokenEnd)) continue;
    // (or "and" right before "it" after a value of the analyte: "CK was 3000 U/L and it increased to 5000 U/L a week
    // later", session 37)
    const between = s.tokens.slice(prev.tokenEnd, k);
    if (
      !between.some((x) => x.norm === ';' || x.norm === ',') &&
      (s.tokens[k - 1]?.norm !== 'and' || !between.some((x) => x.kind === 'number'))
    )
      continue;
    if (!s.tokens.slice(k + 2, k + 7).some((x) => x.kind === 'number')) continue;
    found.push({ concept: prev.concept, tokenStart: k, tokenEnd: k + 1, start: t.start, end: t.end });
  }
  return found;
}

/**
 * "the haemoglobin was 8.1 g/dL and the platelet count 61,000/mm3, whereas by day 9 these were, respectively,
 * 10.4 g/dL and 142,000/mm3" (session 38: the later values lost): "these" or "they" with "were" in a sentence that says
 * "respectively" points back to the analytes named before it, each with a value of its own; the list of values
 * after the verb (one per analyte, in order) are their later readings.
 */
function laterReadingsInOrder(
  s: DocSentence,
  mentions: readonly Mention[],
  groups: readonly ValueGroup[],
  used: Set<ValueGroup>,
): [Mention, ValueGroup][] | undefined {
  let pairs: [Mention, ValueGroup][] | undefined;
  const t = s.tokens;
  for (let k = 1; k < t.length; k++) {
    if (t[k]!.norm !== 'these' && t[k]!.norm !== 'they') continue;
    if (t[k + 1]?.norm !== 'were' && t[k + 1]?.norm !== 'are') continue;
    // the values: right after the verb (a bracketed or comma-set "respectively" between), joined by commas and "and"
    const values: ValueGroup[] = [];
    let j = k + 2;
    for (const g of groups) {
      if (g.firstToken < j) continue;
      const link = t.slice(j, g.firstToken);
      const linkOk = link.every(
        (x) => x.norm === ',' || x.norm === 'respectively' || (values.length > 0 && x.norm === 'and'),
      );
      if (!linkOk || used.has(g)) break;
      values.push(g);
      j = g.nextToken;
    }
    const n = values.length;
    if (n < 2) continue;
    // the analytes: the last n named before the pronoun, each of another analyte, each with a value before the next
    const before = mentions.filter((m) => m.tokenEnd <= k);
    if (before.length < n) continue;
    const named = before.slice(-n);
    if (new Set(named.map((m) => m.concept.value)).size !== n) continue;
    const valuedBefore = named.every((m, i) => {
      const until = named[i + 1]?.tokenStart ?? k;
      return groups.some((g) => g.firstToken >= m.tokenEnd && g.nextToken <= until);
    });
    if (!valuedBefore) continue;
    named.forEach((m, i) => {
      (pairs ??= []).push([m, values[i]!]);
      used.add(values[i]!);
    });
  }
  return pairs;
}

/** Subjects that point back to an analyte: "it", "the level", "its value", "this". */
const CARRIED_SUBJECTS: readonly (readonly string[])[] = [
  ['it'],
  ['this'],
  ['the', 'level'],
  ['its', 'level'],
  ['the', 'value'],
  ['its', 'value'],
  ['this', 'value'],
  ['this', 'level'],
];
/** Verbs of a later level after a carried subject, beside {@link IT_LEVEL_VERBS}: "This improved to 800 U/L". */
const CARRIED_VERBS = new Set(['improved', 'declined', 'normalized', 'fallen', 'came', 'went']);
/** Words a time phrase before a carried subject opens with ("At discharge it was …", "Three weeks later, it …"). */
const TIME_OPENERS = new Set([
  'at',
  'after',
  'on',
  'by',
  'within',
  'following',
  'upon',
  'over',
  'in',
  'later',
  'subsequently',
  'thereafter',
]);
/** The time words one of which such a phrase holds. */
const OPENER_TIME_WORDS = new Set([
  ...DAY_WORDS,
  ...TIME_UNITS,
  ...TIME_ANCHOR,
  ...TIME_ANCHOR_WORDS,
  'later',
  'subsequently',
  'thereafter',
]);

/** The subject of a carried value at token p of `s`, with its length, or undefined. */
function carriedSubjectAt(s: DocSentence, p: number): number | undefined {
  const subject = CARRIED_SUBJECTS.find((w) => w.every((x, i) => s.tokens[p + i]?.norm === x));
  if (!subject) return undefined;
  // ("This value decreased …": the longest subject that matches)
  const longer = CARRIED_SUBJECTS.find(
    (w) => w.length > subject.length && w.every((x, i) => s.tokens[p + i]?.norm === x),
  );
  return (longer ?? subject).length;
}

/**
 * "CK 164 U/L, normal. Two months before: raised at 2930 U/L" (session 38: the earlier value lost): a note's time
 * label with a colon, then a reading word, "at" and a number, with no subject — the colon's token (the reading's
 * subject is the analyte of the sentence before: see {@link carriedMentions}), or undefined.
 */
function labelledReadingAt(s: DocSentence): number | undefined {
  const t = s.tokens;
  const first = t[0];
  if (!first || (!TIME_OPENERS.has(first.norm) && first.kind !== 'number' && !NUMBER_WORDS.has(first.norm)))
    return undefined;
  let timed = false;
  for (let c = 1; c <= 8 && c < t.length; c++) {
    const w = t[c]!.norm;
    if (OPENER_TIME_WORDS.has(t[c - 1]!.norm)) timed = true;
    if (w === '.' || w === ';') return undefined;
    if (w !== ':') continue;
    if (!timed) return undefined;
    const reading = t[c + 1]?.norm ?? '';
    if (!ELEVATED.has(reading) && !LOW.has(reading) && reading !== 'normal') return undefined;
    return t[c + 2]?.norm === 'at' && t[c + 3]?.kind === 'number' ? c : undefined;
  }
  return undefined;
}

/**
 * The end of a time phrase that opens the sentence before a carried subject ("At discharge", "Three weeks later,",
 * "After 4 weeks,"): at most eight tokens, opened by a preposition of time or a count, holding a time word; 0 when
 * the sentence opens on the subject; undefined otherwise.
 */
function carriedOpenerEnd(s: DocSentence): number | undefined {
  if (carriedSubjectAt(s, 0) !== undefined) return 0;
  const first = s.tokens[0];
  if (!first || (!TIME_OPENERS.has(first.norm) && first.kind !== 'number' && !NUMBER_WORDS.has(first.norm)))
    return undefined;
  let timed = false;
  for (let p = 1; p <= 8 && p < s.tokens.length; p++) {
    const t = s.tokens[p - 1]!;
    if (OPENER_TIME_WORDS.has(t.norm)) timed = true;
    if (t.norm === '.' || t.norm === ';') return undefined;
    if (timed && carriedSubjectAt(s, p) !== undefined) return p;
  }
  return undefined;
}

/** The unit right after the first number of `s` at or after token k ("… to 640 U/L"). */
function firstUnitFrom(doc: Doc, s: DocSentence, k: number, span: number): string | undefined {
  for (let i = k; i < k + span && i < s.tokens.length; i++) {
    if (s.tokens[i]!.kind !== 'number') continue;
    const u = readUnit(doc.text, s.tokens[i]!.end);
    return u && u.end <= s.end ? u.ucum : undefined;
  }
  return undefined;
}

/** Whether a number of sentence `s` is written with the unit `ucum` ("CK was 4,500 U/L"). */
function writesUnit(doc: Doc, s: DocSentence, ucum: string): boolean {
  return s.tokens.some((t) => {
    if (t.kind !== 'number') return false;
    const u = readUnit(doc.text, t.end);
    return u !== undefined && u.end <= s.end && u.ucum === ucum;
  });
}

/**
 * "Her creatine kinase was raised. The level was 5120 (normal 40 to 190)." (session 26: the value
 * lost): a sentence that opens with a subject pointing back, a level verb and a number within five words, right
 * after a sentence of the case that names one analyte and no other, reads the number as that analyte's.
 * Session 37: also after a time phrase ("CK was 9,870 U/L. At discharge it was 2,100 U/L.", "Three weeks later it
 * had fallen to 640 U/L"), and across one sentence of the case that names no analyte ("CK was 5,600 U/L. He was
 * given prednisolone. After 4 weeks it had dropped to 1,200 U/L."), but then only when the number is written in a
 * unit that a number of the analyte's sentence is written in.
 */
function carriedMentions(doc: Doc, s: DocSentence, known: readonly Mention[]): Mention[] {
  if (known.length || s.index === 0) return [];
  let p = carriedOpenerEnd(s);
  let n: number;
  const labelled = p === undefined ? labelledReadingAt(s) : undefined;
  if (labelled !== undefined) {
    p = labelled;
    n = 1;
  } else {
    if (p === undefined) return [];
    n = carriedSubjectAt(s, p)!;
    const verb = s.tokens[p + n]?.norm ?? '';
    if (!IT_LEVEL_VERBS.has(verb) && !CARRIED_VERBS.has(verb)) return [];
    if (!s.tokens.slice(p + n + 1, p + n + 6).some((x) => x.kind === 'number')) return [];
  }
  const verb = s.tokens[p + n]?.norm ?? '';
  let prev = doc.sentences[s.index - 1]!;
  if (prev.section !== s.section || !isCaseSentence(prev)) return [];
  let labs = prev.mentions.filter((m) => m.concept.kind === 'lab');
  // the relaxed forms: a time phrase first, another verb, or a sentence between
  const relaxed = labelled !== undefined || p > 0 || !IT_LEVEL_VERBS.has(verb) || !labs.length;
  if (!labs.length && s.index >= 2) {
    const before = doc.sentences[s.index - 2]!;
    if (before.section !== s.section || !isCaseSentence(before)) return [];
    prev = before;
    labs = prev.mentions.filter((m) => m.concept.kind === 'lab');
  }
  if (!labs.length || labs.some((m) => m.concept.value !== labs[0]!.concept.value)) return [];
  // ("Her brother had a CK of 2,000 U/L. At the time of his diagnosis it was 5,000 U/L.": a relative's)
  const whose = prev.assert(labs[0]!.tokenStart, labs[0]!.tokenEnd);
  if (whose.experiencer === 'other' || whose.temporality === 'hypothetical') return [];
  if (relaxed) {
    const unit = firstUnitFrom(doc, s, p + n + 1, 5);
    if (!unit || !writesUnit(doc, prev, unit)) return [];
  }
  const first = s.tokens[p]!;
  const last = s.tokens[p + n - 1]!;
  return [{ concept: labs[0]!.concept, tokenStart: p, tokenEnd: p + n, start: first.start, end: last.end }];
}

const BOTH_VIRUSES = new Set(['and', 'or', '/', ',']);

/** The virus named at a token, as the lab concept of its load ("HCV", "hepatitis C" → HCV RNA). */
function virusAt(tokens: readonly Token[], k: number): string | undefined {
  const t = tokens[k]!.norm;
  if (t === 'hcv') return 'HCV RNA';
  if (t === 'hbv') return 'HBV DNA';
  if (t === 'hiv') return 'HIV viral load';
  if (t === 'hepatitis') {
    const next = tokens[k + 1]?.norm;
    if (next === 'c') return 'HCV RNA';
    if (next === 'b') return 'HBV DNA';
  }
  return undefined;
}

/**
 * "long-standing hepatitis C (viral load 1.2 × 10⁶ IU/mL)": a bare "viral load" is the load of the one virus the
 * sentence names; with no virus, or with two, it names no analyte (its number is then reported as unplaced).
 */
function viralLoadMentions(s: DocSentence, known: readonly Mention[]): Mention[] {
  const found: Mention[] = [];
  for (let k = 0; k + 1 < s.tokens.length; k++) {
    if (s.tokens[k]!.norm !== 'viral' || s.tokens[k + 1]!.norm !== 'load') continue;
    if (coversToken(known, k) || coversToken(s.mentions, k)) continue;
    const viruses = new Set<string>();
    for (let j = 0; j < s.tokens.length; j++) {
      const v = virusAt(s.tokens, j);
      if (v) viruses.add(v);
      // "hepatitis B and C": two viruses
      if (v === 'HBV DNA' && s.tokens[j + 3]?.norm === 'c' && BOTH_VIRUSES.has(s.tokens[j + 2]?.norm ?? ''))
        viruses.add('HCV RNA');
    }
    const [only] = viruses;
    const concept = viruses.size === 1 ? LAB_CONCEPTS.find((c) => c.value === only) : undefined;
    if (!concept) continue;
    found.push({
      concept,
      tokenStart: k,
      tokenEnd: k + 2,
      start: s.tokens[k]!.start,
      end: s.tokens[k + 1]!.end,
    });
  }
  return found;
}

/**
 * Panel abbreviations ("Na 142, K 3.8, Cl 106, HCO3 24, Cr 0.44, Mg 2.2", "PT/PTT/INR: 12.0s/32.2/1.04"): in
 * prose "K", "Mg" or "Ca" are letters, units or words, so they are read only where the sentence reads as a
 * pasted panel: each abbreviation opens the line or follows a separator or a value, is followed by a value
 * (or sits in a slash chain of analytes), and the sentence holds at least three analyte–value pairs.
 */
function panelMentions(s: DocSentence, known: readonly Mention[], numbers: number): Mention[] {
  if (numbers < 2) return [];
  const found = abbreviationsAt(
    s,
    known,
    (prev) => PANEL_BEFORE.has(prev.norm) || prev.kind === 'number',
    (end) => pairNext(s, end) !== undefined,
  );
  if (!found.length) return [];
  const all = [...known, ...found].sort((a, b) => a.tokenStart - b.tokenStart);
  const pairs = all.filter((m) => pairNext(s, m.tokenEnd) === 'number').length;
  // a slash chain of analytes followed by as many slash-joined values is a panel of its own
  const chained = (m: Mention) => {
    let i = all.indexOf(m);
    while (
      i > 0 &&
      all[i - 1]!.tokenEnd + 1 === all[i]!.tokenStart &&
      s.tokens[all[i - 1]!.tokenEnd]?.norm === '/'
    )
      i--;
    let j = all.indexOf(m);
    while (
      j + 1 < all.length &&
      all[j]!.tokenEnd + 1 === all[j + 1]!.tokenStart &&
      s.tokens[all[j]!.tokenEnd]?.norm === '/'
    )
      j++;
    return j > i && pairNext(s, all[j]!.tokenEnd) === 'number';
  };
  return pairs >= 3
    ? found.filter((m) => pairNext(s, m.tokenEnd) === 'number' || chained(m))
    : found.filter(chained);
}

/**
 * "…, LD to 511 UI/L", "her LD was 402 U/L", "GOT 88 IU/L" (session 26): a panel abbreviation read outside a pasted
 * panel too, where a value in an enzyme's unit (or the analyte's own) follows it (see {@link valueInOwnUnitAfter});
 * the word before it is a
 * panel separator, a value, or a word of prose ({@link PROSE_BEFORE}).
 */
function proseAbbreviationMentions(
  s: DocSentence,
  known: readonly Mention[],
  text: string,
  numbers: number,
): Mention[] {
  if (numbers === 0) return [];
  return abbreviationsAt(
    s,
    known,
    (prev) => PANEL_BEFORE.has(prev.norm) || prev.kind === 'number' || PROSE_BEFORE.has(prev.norm),
    (end, analyte) => valueInOwnUnitAfter(s, text, end, analyte),
  );
}

/**
 * The panel abbreviations of a sentence (the `panelOnly` and `fieldOnly` forms of the analyte table) outside the
 * tokens lab mentions hold: each opens the sentence or follows a word `before` accepts, and `after` accepts what
 * follows it (a value, a value in an enzyme's unit). One scan for {@link panelMentions} and
 * {@link proseAbbreviationMentions}.
 */
function abbreviationsAt(
  s: DocSentence,
  known: readonly Mention[],
  before: (prev: Token) => boolean,
  after: (tokenEnd: number, analyte: string) => boolean,
): Mention[] {
  const found: Mention[] = [];
  // only the words where a panel term starts can open one (found once for the sentence: see panelTermsAt);
  // `next` is where the scan resumes after a mention, as a walk over every token would
  let next = 0;
  for (const hit of panelTermsAt(s)) {
    const k = hit.tokenStart;
    if (k < next || coversToken(known, k)) continue;
    const prev = s.tokens[k - 1];
    if (prev && !before(prev)) continue;
    const end = chargeEnd(s, hit.tokenEnd);
    if (!after(end, hit.entries[0]!.value)) continue;
    found.push({
      concept: hit.entries[0]!,
      tokenStart: k,
      tokenEnd: end,
      start: hit.start,
      end: s.tokens[end - 1]!.end,
    });
    next = end;
  }
  return found;
}

/** The links of a list of tests written one after the other ("PT, PTT", "PT/INR", "PTT; PT", "PT and PTT"). */
const CLOTTING_LINKS: ReadonlySet<string> = new Set([',', ';', '/', 'and', 'or']);

/**
 * "PT and PTT were normal", "Within reference limits: …; PTT; PT; …", "normal PT/INR" (session 38: lost, the
 * abbreviations being read in prose only before a value): "PT" and "PTT", written in capitals, are the clotting
 * times where they stand in a list next to another clotting test ("Physical therapy (PT)" stays a word).
 */
function coordinatedClottingMentions(text: string, s: DocSentence, known: readonly Mention[]): Mention[] {
  const hits: Mention[] = [];
  for (const h of panelTermsAt(s)) {
    const c = h.entries[0]!;
    if (!CLOTTING_SECONDS.has(c.value) || coversToken(known, h.tokenStart)) continue;
    const written = text.slice(h.start, h.end);
    if (written !== 'PT' && written !== 'PTT') continue;
    hits.push({ concept: c, tokenStart: h.tokenStart, tokenEnd: h.tokenEnd, start: h.start, end: h.end });
  }
  return hits.length ? linkedInList(s, hits, known, CLOTTING_TIMES) : hits;
}

/** Words of a sentence where immunoglobulin classes are a stain or a serology, not serum levels. */
const IMMUNOGLOBULIN_NOT_LEVELS = new Set([
  'deposit',
  'deposits',
  'deposition',
  'immunofluorescence',
  'staining',
  'stained',
  'antibody',
  'antibodies',
  'anti',
  'isotype',
  'isotypes',
  'paraprotein',
  'monoclonal',
  'kappa',
  'lambda',
  // ("Mycoplasma IgM and IgG were negative": a serology's result)
  'negative',
  'positive',
  'reactive',
  'nonreactive',
]);

/**
 * "IgG, IgA and IgM were normal", "Immunoglobulins (IgG, IgA, IgM) were normal" (session 50, probe: lost, the bare
 * classes being read in a panel only, since "IgM anti-…" or "Mycoplasma IgM" are no levels): the classes, written
 * as such, are the serum levels where two or more stand in a list, in a sentence that speaks of no stain, antibody,
 * paraprotein or serology result, after no infectious agent.
 */
function coordinatedImmunoglobulinMentions(
  text: string,
  s: DocSentence,
  known: readonly Mention[],
): Mention[] {
  if (s.tokens.some((t) => IMMUNOGLOBULIN_NOT_LEVELS.has(t.norm))) return [];
  const hits: Mention[] = [];
  for (const h of panelTermsAt(s)) {
    const c = h.entries[0]!;
    if (!IMMUNOGLOBULINS.has(c.value) || coversToken(known, h.tokenStart)) continue;
    if (text.slice(h.start, h.end) !== c.value) continue;
    hits.push({ concept: c, tokenStart: h.tokenStart, tokenEnd: h.tokenEnd, start: h.start, end: h.end });
  }
  if (!hits.length) return hits;
  // ("CMV IgM and IgG …": the agent before the list's first class)
  const first = Math.min(...hits.map((m) => m.start));
  if (AGENT_BEFORE_RE.test(text.slice(Math.max(0, first - 45), first))) return [];
  return linkedInList(s, hits, known, IMMUNOGLOBULINS);
}

/**
 * The `hits` that stand in a list ({@link CLOTTING_LINKS}) right next to another item of their family: another hit,
 * or a known mention whose analyte is in `family`.
 */
function linkedInList(
  s: DocSentence,
  hits: readonly Mention[],
  known: readonly Mention[],
  family: ReadonlySet<string>,
): Mention[] {
  const items = [...hits, ...known.filter((m) => family.has(m.concept.value))];
  const endsAt = (k: number) => items.some((m) => m.tokenEnd === k);
  const startsAt = (k: number) => items.some((m) => m.tokenStart === k);
  return hits.filter(
    (m) =>
      (CLOTTING_LINKS.has(s.tokens[m.tokenStart - 1]?.norm ?? '') && endsAt(m.tokenStart - 1)) ||
      (CLOTTING_LINKS.has(s.tokens[m.tokenEnd]?.norm ?? '') && startsAt(m.tokenEnd + 1)),
  );
}

/**
 * The panel terms of the sentence last asked about, in token order (its two readers ask one after the other: one
 * remembered sentence serves, without a map's upkeep for each sentence).
 */
const panelTerms: { sentence: DocSentence | undefined; hits: readonly Match<Concept>[] } = {
  sentence: undefined,
  hits: [],
};
/**
 * The matches of the panel terms ({@link labPanelTerms}) at each word of a sentence, left to right (a match at
 * every word where one starts, overlapping or not): what {@link abbreviationsAt} reads, found once for both its
 * callers.
 */
function panelTermsAt(s: DocSentence): readonly Match<Concept>[] {
  if (panelTerms.sentence === s) return panelTerms.hits;
  const dict = labPanelTerms();
  const found: Match<Concept>[] = [];
  for (let k = 0; k < s.tokens.length; k++) {
    if (s.tokens[k]!.kind !== 'word') continue;
    const hit = dict.matchAt(s.tokens, k);
    if (hit) found.push(hit);
  }
  panelTerms.sentence = s;
  panelTerms.hits = found;
  return found;
}

/**
 * The end of an ion's charge glued to its symbol ("K+", "Na+", "Mg2+", "Ca2+": session 31, the values had been
 * lost), or `k` when none follows.
 */
function chargeEnd(s: DocSentence, k: number): number {
  const t = s.tokens;
  const glued = (i: number) => t[i] !== undefined && t[i - 1] !== undefined && t[i].start === t[i - 1]!.end;
  if (t[k]?.norm === '+' && glued(k)) return k + 1;
  if ((t[k]?.norm === '2' || t[k]?.norm === '3') && glued(k) && t[k + 1]?.norm === '+' && glued(k + 1))
    return k + 2;
  return k;
}

/**
 * Words before an abbreviation read with an enzyme's value in prose ("and LD to 511 U/L", "her LD was …", "raised
 * LD of 500 U/L").
 */
const PROSE_BEFORE = new Set([
  ...[
    'and',
    'her',
    'his',
    'the',
    'serum',
    'plasma',
    'their',
    'with',
    'showed',
    'revealed',
    'shows',
    'reveals',
  ],
  ...['raised', 'elevated', 'increased', 'high'],
  // "her baseline sCr of 0.9 mg/dL", "a peak Cr of 4.2 mg/dL" (session 29)
  ...['baseline', 'initial', 'peak', 'admission'],
]);
/** Words after an analyte's name that make it a gene ("GAA gene", "acid alpha-glucosidase genetic testing"). */
const GENETIC_AFTER = new Set([
  'gene',
  'genes',
  'genetic',
  'mutation',
  'mutations',
  'variant',
  'variants',
  'sequencing',
]);
/** Units of an enzyme's activity. */
const ENZYME_UNITS = new Set(['U/L', '[IU]/L', 'ukat/L']);
/** Words that link a name to its value ("LD to 511 U/L", "LD was 511 U/L", "LD of 511 U/L"). */
const VALUE_LINKS = new Set(['to', 'was', 'of', 'at', 'is', ':', '=']);

/**
 * "LD to 511 UI/L", "GOT 88 IU/L": a field abbreviation followed, at once or after one linking word, by a value in
 * an enzyme's unit names that enzyme outside a pasted panel too (session 26: "LD" after a raised CK had been
 * lost). In prose the abbreviations are words ("got"); the unit of activity settles the reading — or the
 * analyte's own unit ({@link OWN_UNITS}: "serum Cr 1.8 mg/dL", session 29).
 */
function valueInOwnUnitAfter(s: DocSentence, text: string, end: number, analyte: string): boolean {
  let j = end;
  if (VALUE_LINKS.has(s.tokens[j]?.norm ?? '')) j++;
  const v = s.tokens[j];
  if (v?.kind !== 'number') return false;
  // "PT 12.0 s, INR 1.1" (session 38: the PT lost): a clotting time in seconds (not a note's "pt 45 s/p …", a
  // patient status post)
  const w = s.tokens[j + 1];
  if (
    CLOTTING_SECONDS.has(analyte) &&
    w?.kind === 'word' &&
    SECONDS.has(w.norm) &&
    w.start - v.end <= 1 &&
    s.tokens[j + 2]?.norm !== '/'
  )
    return true;
  const unit = readUnit(text, v.end);
  return unit !== undefined && (ENZYME_UNITS.has(unit.ucum) || OWN_UNITS[analyte]?.has(unit.ucum) === true);
}

/**
 * Units that name an analyte's abbreviation in prose as surely as an enzyme's activity does ("serum Cr 1.8 mg/dL",
 * "baseline sCr of 0.9 mg/dL", "K 4.1 mmol/L": session 29).
 */
const OWN_UNITS: Readonly<Record<string, ReadonlySet<string>>> = {
  creatinine: new Set(['mg/dL', 'umol/L', 'mmol/L']),
  potassium: new Set(['mmol/L', 'meq/L', 'm[eq]/L']),
  sodium: new Set(['mmol/L', 'meq/L', 'm[eq]/L']),
  // session 31: "Mg2+ 0.52 mmol/L", "IgG 24.8 g/L" (a bare IgG is also the class of an antibody: only a level in a
  // mass unit names the immunoglobulin)
  magnesium: new Set(['mmol/L', 'mg/dL', 'meq/L', 'm[eq]/L']),
  IgG: new Set(['g/L', 'mg/dL']),
  IgA: new Set(['g/L', 'mg/dL']),
  IgM: new Set(['g/L', 'mg/dL']),
  // session 32: "TLC = 5200/mm3" (a count of cells; the total lung capacity is in litres or per cent predicted)
  WBC: new Set(['/mm3', '/uL', '10*3/uL', '10*9/L']),
};

/**
 * Whether the number at token `k` is the power of ten of a unit in brackets ("(×109/L)", "(x10^9/L)"): right after
 * "(" and a multiplication sign, or after "10^" inside such a bracket.
 */
function unitLabelPower(s: DocSentence, k: number): boolean {
  const t = s.tokens;
  const times = (i: number) => t[i]?.norm === '×' || t[i]?.norm === 'x' || t[i]?.norm === '*';
  if (times(k - 1) && t[k - 2]?.norm === '(') return true;
  return t[k - 1]?.norm === '^' && t[k - 2]?.norm === '10' && times(k - 3) && t[k - 4]?.norm === '(';
}

/** Settles a number that reads two ways with a stated interpretation and the analyte's typical upper limit. */
function settle(g: ValueGroup, m: Mention, interp: Interpretation | undefined): number | undefined {
  if (g.alternative === undefined) return g.value;
  // "12.000 U/L", "1.679 IU/L": enzyme activities are not written to three decimals, so the full stop groups
  // thousands (decision; the evidence note says the value was settled)
  // (also "greater than 25.000 IU", the litre left out: session 30, read as 25)
  if ((g.unit === 'U/L' || g.unit === '[IU]/L' || g.unit === '[IU]') && Number.isInteger(g.alternative))
    return g.alternative;
  // "Troponin T was 1.060 ng/mL" (session 32: dropped as ambiguous): a troponin in ng/mL (µg/L) is written to three
  // decimals, never in thousands (decision; a high-sensitivity troponin in thousands is written in ng/L)
  if (m.concept.value.startsWith('troponin') && (g.unit === 'ng/mL' || g.unit === 'ug/L')) return g.value;
  const uln = Number(m.concept.attrs?.uln);
  if (!Number.isFinite(uln)) return undefined;
  const small = g.value;
  const large = g.alternative;
  // "TSH 1.250", "specific gravity 1.025": the thousands reading is over a hundred times the analyte's typical
  // upper limit while the decimal one is on its scale, so the full stop is the decimal point
  if (large > 100 * uln && small >= uln / 100) return small;
  if (!interp) return undefined;
  if (interp.interpretation === 'elevated' && small <= uln && large > uln) return large;
  if (interp.interpretation === 'normal' && small <= uln && large > uln) return small;
  return undefined;
}

/** The words that name the spinal fluid as a specimen ("CSF", "cerebrospinal fluid", "spinal fluid"). */
const SPINAL_FLUID = new Set(['csf', 'cerebrospinal', 'spinal']);

/**
 * Whether the analyte named by `m` is measured in the spinal fluid named before it in its clause: "CSF white cell
 * count 12/µL", "In the cerebrospinal fluid there were 88% lymphocytes" (session 33: read as blood counts). The
 * spinal fluid's own concepts ("CSF protein") keep their reading.
 */
function inSpinalFluid(s: DocSentence, m: Mention): boolean {
  if (m.concept.value.startsWith('CSF')) return false;
  for (let k = m.tokenStart - 1; k >= 0 && k >= m.tokenStart - 6; k--) {
    const w = s.tokens[k]!.norm;
    if (w === ';' || w === '.' || w === ',' || w === 'and') return false;
    if (SPINAL_FLUID.has(w)) return true;
  }
  return false;
}

/** Body fluids other than blood and spinal fluid a level may be measured in. */
const OTHER_FLUIDS = new Set([
  'pleural',
  'ascitic',
  'ascites',
  'peritoneal',
  'bal',
  'bronchoalveolar',
  'synovial',
  'pericardial',
  'effusion',
]);

/**
 * Whether the analyte named by `m` is measured in another body fluid: named before it in its clause ("pleural fluid
 * LDH"), or right after it ("KL-6 in BAL fluid", "CA-125 in the ascites").
 */
function inOtherFluid(s: DocSentence, m: Mention): boolean {
  for (let k = m.tokenStart - 1; k >= 0 && k >= m.tokenStart - 4; k--) {
    const w = s.tokens[k]!.norm;
    if (w === ';' || w === '.' || w === ',' || w === 'and' || w === 'serum') return false;
    if (OTHER_FLUIDS.has(w)) return true;
  }
  const after = s.tokens.slice(m.tokenEnd, m.tokenEnd + 4).map((t) => t.norm);
  return (after[0] === 'in' || after[0] === 'of') && after.slice(1).some((w) => OTHER_FLUIDS.has(w));
}

/**
 * Extracts labs from the case sections, and the laboratory text it cannot place.
 * @param doc - the analysed document
 */
/**
 * Words of a later course that brought a result back to normal ("normalization of", "resolution of"); the tokeniser
 * already reads the British spellings as these.
 */
const LATER_COURSE: ReadonlySet<string> = new Set([...NORMALISED, 'resolution', 'resolved']);
/**
 * "the muscle enzymes normalised quickly", "resolution of the raised muscle enzymes", "muscle enzymes
 * normalised" (session 51, development texts: read as a raised or a normal group): the muscle enzymes as a group told
 * only by their later course, which the conventions record no group item for (corpus/README.md).
 */
function groupInLaterCourse(s: DocSentence, m: Mention): boolean {
  const t = s.tokens;
  return (
    t.slice(Math.max(0, m.tokenStart - 5), m.tokenStart).some((x) => LATER_COURSE.has(x.norm)) ||
    t.slice(m.tokenEnd, m.tokenEnd + 3).some((x) => LATER_COURSE.has(x.norm))
  );
}

/** Whether a number follows the group's name within a few words ("muscle enzymes: 4320 U/L", "… were 3 times …"). */
function numberAfterGroup(s: DocSentence, m: Mention): boolean {
  for (let k = m.tokenEnd; k < Math.min(s.tokens.length, m.tokenEnd + 3); k++) {
    const t = s.tokens[k]!;
    if (t.kind === 'number') return true;
    if (t.norm !== ':' && t.norm !== 'were' && t.norm !== 'was' && t.norm !== 'of') return false;
  }
  return false;
}
/** Words that set a member apart from a group's reading. */
const GROUP_EXCEPTION_RE =
  /\b(?:except|excepting|apart\s+from|other\s+than|aside\s+from|with\s+the\s+exception\s+of|besides|save\s+for|but)\b/i;

export function extractLabs(doc: Doc): { labs: ExtractedLab[]; unplaced: UnplacedLab[] } {
  const out: ExtractedLab[] = [];
  const unplaced: UnplacedLab[] = [];
  // the valued readings so far, by what they read (a restated value joins its first statement)
  const restated = new Map<string, ExtractedLab>();
  // whether a unit follows a position (for "3, 120 U/L"): one function for the document, not one per number
  const unitAfter = (at: number) => readUnit(doc.text, at) !== undefined;
  for (const s of doc.sentences) {
    if (!isCaseSentence(s) || referenceLabel(s)) continue;
    // "creatine kinase (CK)": the abbreviation restates the analyte
    const mentions: Mention[] = [];
    // (whether the sentence is about the tumour's cells: asked once, when a lab mention needs it)
    let ihc: boolean | undefined;
    // analytes measured in another body fluid: their values are reported with them, not again as unplaced
    const fluid: Mention[] = [];
    // analytes named inside a bracket of reference limits, by the bracket's opening token
    let namedRefs: Map<number, Mention> | undefined;
    for (const m of s.mentions) {
      if (m.concept.kind !== 'lab') continue;
      if (namesNoLevel(doc, s, m) || inSpinalFluid(s, m)) continue;
      // "every muscle enzyme except LDH was normal", "muscle enzymes were normal but the LDH was 455 U/L" (session
      // 45): a group's reading with an exception is not the reading of every enzyme, so no group item
      // ("Elevated muscle enzymes: 4320 U/L (CK), …": a number right after the group is a member's, named after it;
      // the group is read only as a statement without a value)
      if (
        m.concept.value === MUSCLE_ENZYMES_GROUP &&
        (GROUP_EXCEPTION_RE.test(doc.text.slice(s.start, s.end)) ||
          numberAfterGroup(s, m) ||
          groupInLaterCourse(s, m))
      )
        continue;
      // "CK was 4005 U/L (normal values: CK < 195 U/L)" (session 41: the limit read as a second CK): the analyte a
      // reference bracket names is the label of its limits, no reading
      const refOpen = namedReferenceOpen(s, m);
      if (refOpen >= 0) {
        (namedRefs ??= new Map()).set(refOpen, m);
        continue;
      }
      // "Pleural fluid LDH was 1,200 U/L", "KL-6 in BAL fluid" (session 34: read as serum values): another body
      // fluid's level is not the blood's; reported, never dropped without a word
      if (inOtherFluid(s, m)) {
        const end = s.tokens[Math.min(s.tokens.length - 1, m.tokenEnd + 5)]!.end;
        unplaced.push({ kind: 'other-specimen', start: m.start, end, text: doc.text.slice(m.start, end) });
        fluid.push(m);
        continue;
      }
      const prev = mentions[mentions.length - 1];
      if (prev && prev.concept.value === m.concept.value && m.tokenStart - prev.tokenEnd <= 2) {
        const close = s.tokens[m.tokenEnd]?.norm === ')' ? 1 : 0;
        mentions[mentions.length - 1] = {
          ...prev,
          tokenEnd: m.tokenEnd + close,
          end: s.tokens[m.tokenEnd + close - 1]!.end,
        };
        continue;
      }
      // "The tumour cells were positive for neuron-specific enolase and negative for AFP" (session 34: read as a
      // raised serum NSE and a normal AFP): a marker the tumour's cells stain for is no blood test
      if (stainedFor(s, m) && (ihc ??= IHC_RE.test(doc.text.slice(s.start, s.end)))) continue;
      // "thyroxine replacement was commenced", "a 10% urea cream" (session 22: read as a raised T4, a raised
      // urea): the analyte's name before a word of a treatment names the drug
      if (DRUG_USE_AFTER.has(s.tokens[m.tokenEnd]?.norm ?? '')) continue;
      // "treatment with fluids, calcitonin and steroids" (session 38: read as a normal calcitonin from the clause
      // after): an analyte's name given as a drug, among drugs or after a verb or noun of giving
      if (givenAsDrug(s, m)) continue;
      // "The alkaline phosphatase stain shows increased reactivity" (session 25: read as a raised serum enzyme): a
      // histochemical stain of the biopsy named after its enzyme
      if (
        STAIN_WORDS.has(s.tokens[m.tokenEnd]?.norm ?? '') ||
        (s.tokens[m.tokenEnd]?.norm === '(' && STAIN_WORDS.has(s.tokens[m.tokenEnd + 3]?.norm ?? ''))
      )
        continue;
      // "fractional chloride excretion was increased" (session 39: read as a raised serum chloride): the share of a
      // filtered ion passed in the urine is not its blood level
      if (s.tokens[m.tokenStart - 1]?.norm === 'fractional' || s.tokens[m.tokenEnd]?.norm === 'excretion')
        continue;
      // "a history of pernicious anaemia" (session 39: read as a low haemoglobin): an anaemia named as a disease
      if (ANAEMIA_DISEASES.has(s.tokens[m.tokenStart - 1]?.norm ?? '') && m.concept.value === 'haemoglobin')
        continue;
      // "presenting with fever, myalgia and myoglobinuria" (session 39: read as a urine test found raised): the dark
      // urine of an attack named among the complaints is a symptom, not a urine test's result
      if (m.concept.value === 'urine myoglobin' && amongComplaints(s, m)) continue;
      // a cytokeratin of the tumour's immunohistochemistry ("CK20", "CK 7 (cytokeratin 7)"), never the muscle enzyme
      if (m.concept.value === 'CK' && cytokeratin(doc.text, s, m)) continue;
      // "a non-LDL cholesterol of 4.6 mmol/L" (session 23: read as LDL): "non-" before a name the table
      // does not hold as a whole names another quantity
      if (
        s.tokens[m.tokenStart - 1]?.norm === 'non' ||
        (s.tokens[m.tokenStart - 1]?.norm === '-' && s.tokens[m.tokenStart - 2]?.norm === 'non')
      )
        continue;
      // "acid alpha-glucosidase genetic investigation was normal" (session 26: read as a normal enzyme level): an
      // analyte named as a gene is a genetic test
      if (GENETIC_AFTER.has(s.tokens[m.tokenEnd]?.norm ?? '')) continue;
      // "free thyroxine (T4) was 0.5 ng/dL" (session 26: read as a total T4): an analyte alone in brackets right
      // after another glosses that name, and the two are one analyte — the more specific of the two when one name
      // holds the other ("brain natriuretic peptide (NT-pro BNP)" stays NT-proBNP), else the name before
      const before = mentions[mentions.length - 1];
      if (
        before?.concept.kind === 'lab' &&
        before.tokenEnd === m.tokenStart - 1 &&
        s.tokens[m.tokenStart - 1]?.norm === '(' &&
        s.tokens[m.tokenEnd]?.norm === ')'
      ) {
        const named = before.concept.value;
        const glossed = m.concept.value;
        mentions[mentions.length - 1] = {
          ...before,
          concept: glossed.length > named.length && glossed.includes(named) ? m.concept : before.concept,
          tokenEnd: m.tokenEnd + 1,
          end: s.tokens[m.tokenEnd]!.end,
        };
        continue;
      }
      // "creatinine (Cr) was elevated at 2.2 mg/dL": an abbreviation the lexicon does not read in prose, in
      // brackets right after the name, glosses it (session 22)
      if (glossAfter(doc.text, s, m.tokenEnd)) {
        mentions.push({ ...m, tokenEnd: m.tokenEnd + 3, end: s.tokens[m.tokenEnd + 2]!.end });
        continue;
      }
      mentions.push(m);
    }
    // the sentence's numbers, counted once for the readers that need one or two
    // (and whether it writes "viral", without which it has no bare viral load)
    let numbers = 0;
    let viral = false;
    let clotting = false;
    let classes = false;
    for (const t of s.tokens) {
      if (t.kind === 'number') numbers++;
      else if (t.norm === 'viral') viral = true;
      else if (t.norm === 'pt' || t.norm === 'ptt') clotting = true;
      else if (t.norm === 'igg' || t.norm === 'iga' || t.norm === 'igm' || t.norm === 'ige') classes = true;
    }
    const panel = panelMentions(s, mentions, numbers);
    for (const e of proseAbbreviationMentions(s, mentions, doc.text, numbers))
      if (!panel.some((p) => p.tokenStart === e.tokenStart)) panel.push(e);
    if (clotting)
      for (const e of coordinatedClottingMentions(doc.text, s, mentions))
        if (!panel.some((p) => p.tokenStart === e.tokenStart)) panel.push(e);
    if (classes)
      for (const e of coordinatedImmunoglobulinMentions(doc.text, s, mentions))
        if (!panel.some((p) => p.tokenStart === e.tokenStart)) panel.push(e);
    panel.push(
      ...sharedHeadMentions(s, mentions),
      ...pronounMentions(s, mentions),
      // (a carried value needs a number: the sentence's count is the gate)
      ...(numbers ? carriedMentions(doc, s, mentions) : []),
      ...(viral ? viralLoadMentions(s, mentions) : []),
    );
    if (panel.length) {
      mentions.push(...panel);
      mentions.sort((a, b) => a.tokenStart - b.tokenStart);
    }
    // (no analyte and no number: no value group either, and nothing to read — passed before the walk's upkeep)
    if (!mentions.length && numbers === 0) continue;
    const inMention = (k: number) => coversToken(s.mentions, k) || coversToken(panel, k);
    // Every value group of the sentence, left to right.
    const groups: ValueGroup[] = [];
    // "CK (normal < 170 U/L) was 4,500 U/L": a bracketed reference written before the value is the
    // value's range, never a value of its own; its tokens may stand between the analyte and the value
    const referenceTokens = new Set<number>();
    // "on days 1, 3 and 7", "decreased by 50% to": numbers that count time or a change, never values; their
    // tokens may stand between an analyte and its value ("CK values on days 1, 3 and 7 were 8,000, …")
    const asideTokens = new Set<number>();
    let pendingRange: ValueGroup['range'];
    // A value group and a reference before a value both need a number: a sentence without one has neither.
    const numbered = numbers > 0;
    for (let k = 0; numbered && k < s.tokens.length;) {
      // (every step below but the last opens at a number or a token of GROUP_OPENERS: any other token is passed)
      const tk = s.tokens[k]!;
      if (tk.kind !== 'number' && !GROUP_OPENERS.has(tk.norm)) {
        k++;
        continue;
      }
      if (inMention(k)) {
        k++;
        continue;
      }
      // "on days 1, 5 and 10", "at week 12": numbers that count time are never values
      // ("CK 7,400 U/L; at three months 210 U/L", session 37: lost): a number with a unit after a count of months is
      // a value, not a day
      const valueAt = (x: number) => readUnit(doc.text, s.tokens[x]!.end) !== undefined;
      if (
        s.tokens[k]!.kind === 'number' &&
        DAY_WORDS.has(s.tokens[k - 1]?.norm ?? '') &&
        !((s.tokens[k - 2]?.kind === 'number' || NUMBER_WORDS.has(s.tokens[k - 2]?.norm ?? '')) && valueAt(k))
      ) {
        let j = k + 1;
        // ("on day 5 and 154 U/L at discharge": a number with a unit after it is the next value, not a day)
        while (
          j < s.tokens.length &&
          ((s.tokens[j]!.kind === 'number' && !valueAt(j)) ||
            (LIST_JOIN.has(s.tokens[j]!.norm) && s.tokens[j + 1]?.kind === 'number' && !valueAt(j + 1)))
        )
          j++;
        for (let i = k - 1; i < j; i++) asideTokens.add(i);
        k = j;
        continue;
      }
      // "Ferritin, a marker of disease activity, was 1,929 ng/mL" (session 22): an apposition between commas right
      // after an analyte is an aside, its words free between the analyte and the value
      if (s.tokens[k]!.norm === ',' && mentions.some((m) => m.tokenEnd === k)) {
        const close =
          appositionEnd(s, k) ??
          participleAsideEnd(s, k) ??
          earlierStateEnd(s, k) ??
          generalAsideEnd(s.tokens, k);
        if (close !== undefined) {
          for (let i = k; i <= close; i++) asideTokens.add(i);
          k = close + 1;
          continue;
        }
      }
      // "Potassium (K+) 1.6 mmol/L", "Sodium (Na) 128" (session 29: the value lost): a symbol in brackets right
      // after an analyte, with no number in it, is an aside
      if (s.tokens[k]!.norm === '(' && mentions.some((m) => m.tokenEnd === k)) {
        let close = k + 1;
        while (close < s.tokens.length && close - k <= 4 && s.tokens[close]!.norm !== ')') close++;
        const inner = s.tokens.slice(k + 1, close);
        if (
          s.tokens[close]?.norm === ')' &&
          inner.length > 0 &&
          inner.every((t) => t.kind !== 'number' && (t.kind !== 'word' || t.end - t.start <= 3)) &&
          s.tokens[close + 1]?.kind === 'number'
        ) {
          for (let i = k; i <= close; i++) asideTokens.add(i);
          k = close + 1;
          continue;
        }
      }
      // "CRP (high-sensitivity) 0.8 mg/L", "CK (37 °C) 8240 U/L", "ESR (Westergren) 42 mm/h" (session 35: read as a
      // raised CRP, a CK of 37, nothing): the method of the assay in brackets after the analyte is an aside
      if (s.tokens[k]!.norm === '(' && mentions.some((m) => m.tokenEnd === k)) {
        const close = methodBracketEnd(doc, s, k);
        if (close !== undefined) {
          for (let i = k; i <= close; i++) asideTokens.add(i);
          k = close + 1;
          continue;
        }
      }
      // "fell by 80%", "decreased by 50% to 20 mg/L": a relative change, not a value
      if (s.tokens[k]!.kind === 'number' && s.tokens[k - 1]?.norm === 'by' && s.tokens[k + 1]?.norm === '%') {
        for (let i = k - 1; i <= k + 1; i++) asideTokens.add(i);
        k += 2;
        continue;
      }
      const named = namedRefs?.get(k);
      if (named) {
        const close = namedReferenceClose(s, k);
        if (close !== undefined) {
          for (let i = k; i <= close; i++) referenceTokens.add(i);
          // the limit is the value's right before the bracket when the bracket names that value's analyte alone
          const last = groups.at(-1);
          const owner = last && mentions.filter((x) => x.tokenEnd <= last.firstToken).at(-1);
          const range = namedReferenceRange(doc, s, named, close);
          if (
            last &&
            !last.range &&
            last.nextToken === k &&
            owner?.concept.value === named.concept.value &&
            range
          )
            last.range = range;
          k = close + 1;
          continue;
        }
      }
      const pre = referenceBefore(doc, s, k);
      if (pre) {
        for (let i = k; i < pre.nextToken; i++) referenceTokens.add(i);
        pendingRange = pre.range;
        k = pre.nextToken;
        continue;
      }
      // "CK was 78 U/L in April, 484 U/L in July and 8,846 U/L in August (reference range, < 196 U/L)": a
      // reference closing the series is the range of each value of the series that has none (session 22)
      const post = referenceBracket(doc, s, k);
      if (post?.range) {
        const lastMention = mentions.filter((m) => m.tokenEnd <= k).at(-1);
        for (let i = groups.length - 1; i >= 0; i--) {
          const g = groups[i]!;
          if (g.range || !lastMention || g.firstToken < lastMention.tokenEnd) break;
          if (post.unit && g.unit && post.unit !== g.unit) continue;
          g.range = post.range;
        }
      }
      if (post) {
        for (let i = k; i < post.nextToken; i++) referenceTokens.add(i);
        k = post.nextToken;
        continue;
      }
      const g = valueGroup(doc, s, k, unitAfter);
      if (g && pendingRange && !g.range) g.range = pendingRange;
      if (g) pendingRange = undefined;
      if (g) {
        groups.push(g);
        k = g.nextToken;
      } else k++;
    }
    if (!mentions.length && !groups.length) continue;
    shareLimits(groups);
    const valued = new Map<Mention, ValueGroup[]>();
    const assign = (m: Mention, g: ValueGroup) => valued.set(m, [...(valued.get(m) ?? []), g]);
    const used = new Set<ValueGroup>();
    // "WBC (×109/L) 12.3", "WBC (×10^9/L) 12.3" (session 30: read as a WBC of 109, or of 10 and 12.3): the power of
    // ten of a unit in a row label's brackets is no value
    for (const g of groups) if (unitLabelPower(s, g.firstToken)) used.add(g);
    // Lists of analytes with lists of values, in order: "X, Y and Z … (a, b and c, respectively)".
    // "resp." is the abbreviation of "respectively" ("(1383 ng/L and 8808 U/L resp.)")
    // "… at 11.0, 1.040 and 658 U/L in that order", "… in the same order" (session 38: the values went to the
    // nearest analyte before them)
    const respectively = s.tokens.some(
      (t, i) =>
        t.norm === 'respectively' ||
        (t.norm === 'resp' && s.tokens[i + 1]?.norm === '.') ||
        (t.norm === 'order' && inThatOrder(s.tokens, i)),
    );
    // "78% neutrophils", "56% of neutrophils and 35% of lymphocytes": a percentage written just before a cell
    // of the white cell differential is that cell's share (values otherwise follow their analyte), unless an
    // analyte stands right before the percentage ("neutrophils 56% lymphocytes 35%": the 56 is the neutrophils')
    for (const m of mentions) {
      if (!DIFFERENTIAL.has(m.concept.value)) continue;
      const end = s.tokens[m.tokenStart - 1]?.norm === 'of' ? m.tokenStart - 1 : m.tokenStart;
      const g = groups.find(
        (x) =>
          x.unit === '%' &&
          x.nextToken === end &&
          !used.has(x) &&
          !mentions.some((y) => y.tokenEnd === x.firstToken),
      );
      if (g) {
        assign(m, g);
        used.add(g);
      }
    }
    const lists = mentionLists(s, mentions);
    const pairedLists: ValueGroup[][] = [];
    // values of a list no analyte can be paired with (reported unplaced)
    const withheld = new Set<ValueGroup>();
    for (const list of lists) {
      if (list.length < 2) continue;
      const after = groups.filter((g) => g.firstToken >= list[list.length - 1]!.tokenEnd && !used.has(g));
      const next = mentions.find((m) => m.tokenStart >= list[list.length - 1]!.tokenEnd);
      let own = after.filter(
        (g) => !next || g.firstToken < next.tokenStart || list.length === mentions.length,
      );
      // "CD4 and CD8 counts were 270/mm3 (9%) and 2,220/mm3 (75%), respectively": a bracketed percentage right
      // after a value with a unit restates that value as a share; with more values than analytes it is set aside
      if (own.length > list.length) {
        const shares = own.filter((g, i) => {
          const prev = own[i - 1];
          return (
            g.unit === '%' &&
            prev?.unit !== undefined &&
            prev.unit !== '%' &&
            s.tokens[g.firstToken - 1]?.norm === '(' &&
            prev.nextToken === g.firstToken - 1
          );
        });
        if (own.length - shares.length === list.length) {
          for (const g of shares) used.add(g);
          own = own.filter((g) => !shares.includes(g));
        }
      }
      // "both AST and ALT of 103 U/L", "AST and ALT were each 88 U/L" (session 38: the first analyte's value lost):
      // one value said of every member of the list
      if (own.length >= 1 && sharedValue(s, list, own)) {
        for (const m of list) assign(m, own[0]!);
        used.add(own[0]!);
        continue;
      }
      if (own.length < 2) continue;
      // Without "respectively", "CK, LDH and aldolase were 4,500, 650 and 25 U/L" still pairs in order
      // when exactly as many values follow the list, right after it (a verb or colon between), and
      // nothing else: one value per analyte, written as a list of its own.
      if (!respectively && !orderedValueList(s, list, own)) {
        // "sodium and potassium, at 140, 4.1 and 2.2 mmol/L" (session 39: every value read as the potassium's): a
        // list of values right after a list of analytes, in another count, does not say which value is whose; the
        // values are left unplaced, never given to the last analyte
        if (own.length >= 2 && valueListAfter(s, list, own)) for (const g of own) withheld.add(g);
        continue;
      }
      pairedLists.push(own.slice(0, list.length));
      list.forEach((m, i) => {
        const g = own[i];
        if (g) {
          assign(m, g);
          used.add(g);
        }
      });
    }
    // (set aside now, given after the values before them: a value's first reading comes first)
    const later = respectively ? laterReadingsInOrder(s, mentions, groups, used) : undefined;
    // "ALT/AST 120/98 U/L", "PT/PTT/INR: 12.0 s/32.2/1.04": analytes and values written as slash chains of one
    // length, in order; a unit after the last value is every value's unless a value carries its own
    for (let i = 0; i + 1 < mentions.length;) {
      let n = 1;
      while (
        i + n < mentions.length &&
        mentions[i + n]!.tokenStart === mentions[i + n - 1]!.tokenEnd + 1 &&
        s.tokens[mentions[i + n - 1]!.tokenEnd]?.norm === '/'
      )
        n++;
      if (n < 2) {
        i++;
        continue;
      }
      const chain = mentions.slice(i, i + n);
      i += n;
      let k = chain[n - 1]!.tokenEnd;
      while (
        k < s.tokens.length &&
        k - chain[n - 1]!.tokenEnd < 4 &&
        // ("SGOT/SGPT - 120/98 IU/L": session 25, a dash before the values)
        (FILLER.has(s.tokens[k]!.norm) ||
          s.tokens[k]!.norm === ':' ||
          s.tokens[k]!.norm === '-' ||
          s.tokens[k]!.norm === '=')
      )
        k++;
      const values: ValueGroup[] = [];
      for (let v = 0; v < n; v++) {
        const x = s.tokens[k];
        if (x?.kind !== 'number') break;
        const g: ValueGroup = {
          value: Number(x.norm),
          start: x.start,
          end: x.end,
          firstToken: k,
          nextToken: k + 1,
        };
        // a unit of this value alone, before the next "/" ("12.0s/32.2/1.04": seconds of a clotting time)
        const w = s.tokens[k + 1];
        if (v < n - 1 && w?.kind === 'word' && s.tokens[k + 2]?.norm === '/') {
          const own = SECONDS.has(w.norm) ? { ucum: 's', end: w.end } : readUnit(doc.text, w.start);
          if (own && own.end <= s.tokens[k + 2]!.start) {
            g.unit = own.ucum;
            g.end = own.end;
            g.nextToken = k + 2;
          }
        }
        values.push(g);
        k = g.nextToken;
        if (v < n - 1) {
          if (s.tokens[k]?.norm !== '/') break;
          k++;
        }
      }
      if (values.length !== n || values.some((g) => !Number.isFinite(g.value))) continue;
      const last = values[n - 1]!;
      const u = readUnit(doc.text, last.end);
      if (u && u.end <= s.end) {
        // (whether a value carries its own unit is asked before any is given the last one's: asked inside the loop,
        // the first value's new unit kept it from the middle ones, "CK/LDH/AST 3200/800/120 U/L" leaving the LDH
        // with none; session 40 grid)
        const ownUnit = values.some((x) => x.unit);
        for (const g of values) if (g === last || !ownUnit) g.unit ??= u.ucum;
        last.end = u.end;
      }
      chain.forEach((m, v) => {
        assign(m, values[v]!);
        used.add(values[v]!);
      });
      // the same numbers read one by one ("12.0s") are not values of their own
      for (const g of groups) if (values.some((x) => x.firstToken === g.firstToken)) used.add(g);
    }
    // Otherwise each value goes to the nearest analyte before it, across fillers and trend words.
    // Mentions in text order (as the matcher gives them): an analyte starting at or after a value cannot end
    // before it, so the search back starts at the last one that starts before the value (`before`, advanced
    // with the values, which are in order) — not at the sentence's last analyte, which cost values × analytes.
    const inOrder = mentions.every((x, i) => i === 0 || mentions[i - 1]!.tokenStart <= x.tokenStart);
    // "CK (U/L): 8,000 (day 1), 2,300 (day 7)": a unit written before an analyte's first value is the unit of
    // its later values too
    const headUnit = new Map<Mention, string>();
    // "4,820 IU/L of CK and 310 U/L of AST", "4820 U/L CK and 310 U/L AST": a value with its unit written right
    // before an analyte, in a sentence that writes its values so, is that analyte's, not the analyte's before it
    // (session 34: the AST's value had been read as a second CK)
    const leadsAnalyte = (g: ValueGroup): Mention | undefined => {
      // a concentration or an activity only (a unit per volume): "40 mmol of potassium" is a dose
      if (!g.unit?.includes('/') || DOSE_UNITS.has(g.unit) || g.spread || g.comparator) return undefined;
      const at = s.tokens[g.nextToken]?.norm === 'of' ? g.nextToken + 1 : g.nextToken;
      return mentions.find(
        (x) =>
          x.tokenStart === at ||
          (x.tokenStart === at + 1 && s.tokens[at]?.norm === 'serum') ||
          // "4320 U/L (CK), 812 U/L (LDH)" (session 34: the values shifted by one analyte): the analyte in
          // brackets right after its value
          (x.tokenStart === at + 1 && s.tokens[at]?.norm === '(' && s.tokens[x.tokenEnd]?.norm === ')'),
      );
    };
    const leads = new Map(groups.map((g) => [g, leadsAnalyte(g)]));
    let before = 0;
    for (const g of groups) {
      if (used.has(g) || withheld.has(g)) continue;
      // the last analyte that ends before the value
      let m: Mention | undefined;
      while (before < mentions.length && mentions[before]!.tokenStart < g.firstToken) before++;
      for (let i = inOrder ? before - 1 : mentions.length - 1; i >= 0 && !m; i--)
        if (mentions[i]!.tokenEnd <= g.firstToken) m = mentions[i];
      if (!m) continue;
      if (
        leads.get(g) &&
        (s.tokens[g.nextToken]?.norm === 'of' ||
          (LIST_JOIN.has(s.tokens[g.firstToken - 1]?.norm ?? '') &&
            groups.some((h) => h !== g && leads.get(h) === m)))
      )
        continue;
      const hasValue = valued.has(m);
      const prevGroup = valued.get(m)?.at(-1);
      const from = prevGroup ? prevGroup.nextToken : m.tokenEnd;
      const between = s.tokens.slice(from, g.firstToken);
      // "CK (U/L): 4500", "raised (U/L 4500)": a unit written before the number (a table header)
      const unitBefore = g.unit ? undefined : unitBeforeValue(doc, between, g.start);
      if (unitBefore) g.unit = unitBefore.ucum;
      if (unitBefore && !hasValue) headUnit.set(m, unitBefore.ucum);
      // "45 times the upper limit of normal (9,000 U/L)": a multiple of the upper limit before the value; also
      // "ten times the upper limit of normal at 2,400 U/L", "nearly twice the upper limit at 131 U/L" (session 29)
      // ("CK was elevated 20-fold (4,005 U/L)", "AST rose fourfold to 160 U/L", session 41: the value lost): a fold
      // says it is a multiple with no limit named, and the value may follow "to"
      const fold = between.some((t) => t.norm === 'fold' || t.norm === 'folds' || /fold$/.test(t.norm));
      const multiple =
        between.some((t) => MULTIPLE.has(t.norm) || MULTIPLE_WORD_RE.test(t.norm)) &&
        (fold || between.some((t) => t.norm === 'upper' || t.norm === 'uln')) &&
        (s.tokens[g.firstToken - 1]?.norm === '(' ||
          s.tokens[g.firstToken - 1]?.norm === 'at' ||
          (fold && s.tokens[g.firstToken - 1]?.norm === 'to'));
      // "the CK in her blood was 2,040 U/L", "CK in plasma was …" (session 25: the value lost)
      const specimen = specimenPhraseEnd(between);
      const timed = hasValue ? timedPhraseEnd(between) : 0;
      // "CK 3,420 U/L; 6 weeks later 890 U/L; 3 months later 210 U/L", "…; on day 14, 1,200 U/l", "5,400 (day 1);
      // 3,100 (day 5)": a later reading of the analyte after a semicolon and a time phrase alone (session 37: lost)
      const serialClause = hasValue && between.some((t) => t.norm === ';') && serialTimePhrase(between);
      // "CPK was done (because of the myalgia), which came to 712 U/L" (session 39: the value lost): a remark of plain
      // words in brackets between the analyte and the value is an aside
      const remark = between.some((t) => t.norm === '(') ? plainBracketTokens(between) : undefined;
      const ok = between.every(
        (t, i) =>
          i < specimen ||
          remark?.has(i) ||
          i < timed ||
          referenceTokens.has(from + i) ||
          asideTokens.has(from + i) ||
          (multiple &&
            (MULTIPLE_PHRASE.has(t.norm) ||
              t.kind === 'number' ||
              NUMBER_WORDS.has(t.norm) ||
              MULTIPLE_WORD_RE.test(t.norm))) ||
          (unitBefore !== undefined && t.start >= unitBefore.start && t.end <= unitBefore.end) ||
          (hasValue && TIME_UNITS.has(t.norm) && !MULTIPLE.has(t.norm)) ||
          (hasValue && TIME_ANCHOR.has(t.norm)) ||
          (hasValue && SERIAL_LINK.has(t.norm)) ||
          (t.kind === 'punct' && t.norm !== '.' && (t.norm !== ';' || serialClause)) ||
          (serialClause && (NUMBER_WORDS.has(t.norm) || SERIAL_TIME_WORDS.has(t.norm))) ||
          // the full stop of an abbreviation ("approx.", "ca.")
          (t.norm === '.' && ABBREVIATED.has(between[i - 1]?.norm ?? '')) ||
          // a dot leader of a pasted table ("CK ........ 2350 U/L")
          (t.norm === '.' && (between[i - 1]?.norm === '.' || between[i + 1]?.norm === '.')) ||
          dateWordAt(s, from + i) ||
          inNumericDate(doc, s, t.start) ||
          // "(CK; 2,345 U/L)", "(CPK; 3,560 IU/L, normal 180 IU/L)": a semicolon between a bracketed
          // abbreviation and its value
          (t.norm === ';' &&
            between.length === 1 &&
            (s.tokens[g.nextToken]?.norm === ')' || openBracketAt(s, m.tokenEnd - 1))) ||
          ((t.norm === 'not' || t.norm === 'no') && ELEVATED.has(between[i + 1]?.norm ?? '')) ||
          // "CK was not changed (2108 U/L)" (session 38: the value lost), as "unchanged"
          (t.norm === 'not' && between[i + 1]?.norm === 'changed') ||
          // "CK dosage was 3200 U/L", "the CPK dosage showed …" (session 40 grid): the assay ("dosage" in French,
          // "dosaggio" in Italian), right after the analyte's name
          (t.norm === 'dosage' && i === 0 && !hasValue) ||
          (t.norm === 'changed' && between[i - 1]?.norm === 'not') ||
          // "CA-125 was positive at 68 U/mL" (session 38: the value lost): a marker read positive, then its level
          (t.norm === 'positive' && between[i + 1]?.norm === 'at' && TUMOUR_MARKERS.has(m.concept.value)) ||
          FILLER.has(t.norm) ||
          timeBetween(between, i) ||
          (hasValue &&
            (TREND.has(t.norm) || t.kind === 'number' || readUnit(` ${t.norm}`, 0) !== undefined)) ||
          // "ESR raised until 35 mm/h" (session 38: the value lost): "until" for "up to", right before a value in a
          // unit of its own
          (t.norm === 'until' &&
            i === between.length - 1 &&
            g.unit !== undefined &&
            !DOSE_UNITS.has(g.unit)) ||
          // "CK was 4,800 U/L on admission but rose to 19,600 U/L" (session 31: the later value lost)
          (hasValue && t.norm === 'but' && TREND.has(between[i + 1]?.norm ?? '')) ||
          interpretationAt(doc, s, from + i, true) !== undefined,
      );
      // (the words between are counted only where they decide)
      // (a bracketed reference before the value is no word of the clause: "CK (normal range 24–195 U/L) was markedly
      // elevated at 11,234 U/L", session 37: the value lost)
      const words = () =>
        between.filter(
          (t, i) =>
            t.kind !== 'punct' &&
            !ARTICLES.has(t.norm) &&
            !remark?.has(i) &&
            !asideTokens.has(from + i) &&
            !referenceTokens.has(from + i),
        ).length;
      if ((!ok || (!multiple && words() > 8)) && (hasValue || !conjoinedPredicate(s, m, mentions, g)))
        continue;
      if (!g.unit && hasValue && headUnit.has(m)) g.unit = headUnit.get(m);
      // "CK 800 U/L (down from 3200)", "CK was 3200 U/L and later 800" (session 40 grid: the second reading had no
      // unit): a bare number a trend word joins, in a few words, to the analyte's reading before it is in that
      // reading's unit
      if (
        !g.unit &&
        prevGroup?.unit &&
        between.length <= 5 &&
        between.some((t) => TREND.has(t.norm) && !LOOSE_TREND.has(t.norm)) &&
        !between.some((t) => t.kind === 'number') &&
        // (nothing after it but punctuation or a time: "then 15 mg prednisolone" is a dose)
        (s.tokens[g.nextToken] === undefined ||
          s.tokens[g.nextToken]!.kind === 'punct' ||
          TIME_PREPOSITIONS.has(s.tokens[g.nextToken]!.norm) ||
          NUMBER_WORDS.has(s.tokens[g.nextToken]!.norm))
      )
        g.unit = prevGroup.unit;
      // a reading after a time phrase is the analyte's only in the unit of its first ("… in our clinic and 12 mg of
      // prednisolone was given" is a dose)
      if (timed > 0 && (g.unit === undefined || !valued.get(m)!.some((x) => x.unit === g.unit))) continue;
      // "CK (U/L)\t5400\t320" under "Admission\tDischarge": values in the next cells of an analyte's table row
      // are its readings in the header's columns, with the row's unit
      if (
        prevGroup &&
        between.length === 0 &&
        !g.unit &&
        prevGroup.unit &&
        CELL_GAP_RE.test(doc.text.slice(prevGroup.end, g.start))
      )
        g.unit = prevGroup.unit;
      // a second value of one analyte needs a trend or the same unit ("612 U/L, down from 1 480 U/L")
      if (
        hasValue &&
        !between.some((t) => TREND.has(t.norm)) &&
        valued.get(m)!.every((x) => x.unit !== g.unit)
      )
        continue;
      // … and never a unit of another kind than its first value's ("CK was 300 U/L and 12 mg/dL of prednisolone
      // was given": an enzyme activity is not a mass)
      if (
        hasValue &&
        g.unit &&
        valued.get(m)!.some((x) => x.unit && isActivity(x.unit) !== isActivity(g.unit!))
      )
        continue;
      assign(m, g);
      used.add(g);
    }
    if (later) for (const [m, g] of later) assign(m, g);
    // "a 4,500 U/L creatine kinase", "4,500 U/L of CK": a value with its unit written right before an analyte
    // that has no value of its own, when no analyte before claimed it
    for (const g of groups) {
      if (used.has(g) || withheld.has(g)) continue;
      const m = leads.get(g);
      if (!m || valued.has(m)) continue;
      assign(m, g);
      used.add(g);
    }
    // "2,300, 120 and 89 IU/L, respectively", "from 8,000 to 1,200 U/L": a unit written once, after the last
    // value of a list or a trend, is the unit of the values before it
    const shareUnit = (gs: readonly ValueGroup[]) => {
      const last = gs[gs.length - 1];
      if (gs.length < 2 || !last?.unit || gs.slice(0, -1).some((g) => g.unit)) return;
      for (const g of gs) g.unit = last.unit;
    };
    if (respectively) shareUnit(groups.filter((g) => used.has(g)));
    // ("CK (5400 U/L), LDH and aldolase were 610 and 13 U/L, respectively", session 39: the LDH had no unit, the
    // CK's own unit before the list standing in the way)
    for (const gs of pairedLists) shareUnit(gs);
    for (const gs of valued.values()) shareUnit(gs);
    // "AST 67, ALT 54 U/L", "CK 4,500, LDH 620 and aldolase 21 U/L" (session 37: the first values had no unit): enzymes
    // each right before its one value, joined by commas and "and", with a unit of activity written once after the
    // last, share it ("CK 4,500, CRP 12 mg/L" does not: CRP is no enzyme, and mg/L no activity)
    if (valued.size > 1) shareEnzymeUnit(s, mentions, valued);
    // Values with a laboratory unit and no analyte: reported, never dropped.
    for (const g of groups) {
      if (used.has(g)) continue;
      // a dose ("prednisolone 1 mg/kg", "methotrexate 15 mg"): the treatment extractor reads it
      if (
        g.unit &&
        (DOSE_UNITS.has(g.unit) ||
          s.mentions.some(
            (x) => x.concept.kind === 'drug' && x.tokenEnd <= g.firstToken && g.firstToken - x.tokenEnd <= 6,
          ))
      )
        continue;
      // a level of an antibody ("anti-HMGCR 185 U/mL", "anti-HMGCR 210 CU"): the antibody extractor reads it
      // when a cut-off or a result word says which side of the cut-off it is; the caller reports it when no
      // result for that antibody was read (session 34: "RF 512 IU/mL" had been dropped without a word)
      const antibody = s.mentions.findLast(
        (x) => x.concept.kind === 'antibody' && x.tokenEnd <= g.firstToken && g.firstToken - x.tokenEnd <= 8,
      );
      if (antibody) {
        if (g.unit || ANTIBODY_LEVEL_UNITS.has(s.tokens[g.nextToken]?.norm ?? '')) {
          const end = g.unit ? g.end : s.tokens[g.nextToken]!.end;
          const a = antibody.tokenStart;
          const anti = s.tokens[a - 2]?.norm === 'anti' && s.tokens[a - 1]?.norm === '-';
          const from = s.tokens[anti ? a - 2 : a]!.start;
          unplaced.push({
            kind: 'antibody-level',
            target: antibody.concept.value,
            start: from,
            end,
            text: doc.text.slice(from, end),
          });
        }
        continue;
      }
      if (!g.unit || g.unit === '%') continue;
      if (fluid.some((x) => x.tokenEnd <= g.firstToken && g.firstToken - x.tokenEnd <= 8)) continue;
      const from = s.tokens[Math.max(0, g.firstToken - 3)]!.start;
      unplaced.push({ kind: 'unknown-analyte', start: from, end: g.end, text: doc.text.slice(from, g.end) });
    }
    // (lists for a shared reading only: a member's own value in brackets does not end one)
    const readingLists = s.tokens.some((t) => t.norm === '(') ? mentionLists(s, mentions, true) : lists;
    const announced = announcedNormal(doc, s);
    // the sentence's section labels, read when a value first needs them
    let labels: readonly SectionLabel[] | undefined;
    const shared = new Map<Mention, Interpretation | undefined>();
    // "positive for myoglobin, negative for protein, red blood cells and white blood cells": a result word and
    // "for" right before a list is the result of each of its members (session 22)
    const resultFor = new Map<Mention, Interpretation>();
    for (const list of readingLists) {
      // "…, as were CK and aldolase" (session 38: aldolase lost): the list shares its first member's reading
      const hit =
        sharedInterpretation(doc, s, list) ??
        (list.length > 1 ? asWasInterpretation(doc, s, list[0]!) : undefined);
      // "She had low haemoglobin, and CK was 300 U/L" (session 39: CK read low): a last member after "and" with a
      // singular verb of its own opens a clause; the reading written before the list is not its
      const last = list[list.length - 1]!;
      const ownClause =
        list.length > 1 &&
        hit !== undefined &&
        hit.span.start < list[0]!.start &&
        s.tokens[last.tokenStart - 1]?.norm === 'and' &&
        SINGULAR_VERBS.has(s.tokens[last.tokenEnd]?.norm ?? '') &&
        opensOwnPredicate(s.tokens[last.tokenEnd + 1]);
      for (const m of list) shared.set(m, ownClause && m === last ? undefined : hit);
      const before = resultForList(doc, s, list[0]!);
      const end = before ? clauseEnd(s, list[0]!.tokenStart) : 0;
      if (before) for (const m of list) if (m.tokenStart < end) resultFor.set(m, before);
    }
    const urineEnd = URINE_SUBJECT_RE.test(doc.text.slice(s.start, s.end)) ? clauseEnd(s) : -1;
    for (const m of mentions) {
      const gs = valued.get(m);
      const nextOther = mentions.find((o) => o.tokenStart >= m.tokenEnd && o !== m);
      // "every muscle enzyme but the LDH was normal" (session 31: LDH read normal): an analyte
      // excepted from a group's reading does not have it, and the text does not say which way it departs
      // "Her CK, which had been elevated a year earlier, was 98 U/L": the earlier state is not the value's
      const earlier =
        gs !== undefined &&
        s.tokens[m.tokenEnd]?.norm === ',' &&
        earlierStateEnd(s, m.tokenEnd) !== undefined;
      const read =
        excepted(s, m.tokenStart) && !gs && !relativeClauseAfter(s, m.tokenEnd)
          ? undefined
          : (selfInterpretation(doc, s, m) ??
            resultFor.get(m) ??
            (earlier
              ? undefined
              : (interpretationNear(
                  doc,
                  s,
                  m,
                  gs?.[0] ? gs[0].firstToken : (nextOther?.tokenStart ?? s.tokens.length),
                ) ?? shared.get(m))) ??
            asWasInterpretation(doc, s, m) ??
            butNotInterpretation(doc, s, m) ??
            (gs ? undefined : (consistentWithMyositis(s, m) ?? telegraphicReading(s, m))) ??
            (announced &&
            announced.anchor < m.tokenStart &&
            !valued.get(m) &&
            inAnnouncedList(s, announced, m)
              ? announced.hit
              : undefined));
      // "serum phosphorous normalised" after a hypophosphataemia (session 29: read as raised before): a return to
      // normal says which way the value was only for an analyte a disease raises
      const stated =
        read?.note === 'normalised-later' && TWO_WAY_ANALYTES.has(m.concept.value) ? undefined : read;
      // "Aldolase, but not CK, was raised": the analyte set apart by "but not" has the other interpretation
      const near = contrastedLab(s, m, stated);
      const codes = m.concept.codes?.loinc ? { loinc: m.concept.codes.loinc } : undefined;
      // "her mother had a CK of 600 U/L", "if CK exceeds 1,000 U/L": a relative's value or a conditional one
      // is not the patient's result (as for a result without a value, below)
      const whose = gs ? s.assert(m.tokenStart, m.tokenEnd) : undefined;
      if (whose && (whose.experiencer === 'other' || whose.temporality === 'hypothetical')) continue;
      if (gs && notAReading(s, m, gs)) continue;
      // "on thyroxine 100 mcg", "vitamin B12 1000 mcg monthly": an analyte that is also a drug, with an amount and
      // no volume after it, is a dose (session 22)
      if (gs && DRUG_ANALYTES.has(m.concept.value) && bareAmount(doc.text, gs[0]!)) continue;
      // "CK was 600 U/L in her brother": a relative named after the value
      if (gs && relativeAfter(s.tokens, gs[gs.length - 1]!.nextToken)) continue;
      // "to keep CK below 500 U/L": a treatment target, not a measurement
      if (
        gs &&
        s.tokens.slice(Math.max(0, m.tokenStart - 4), m.tokenStart).some((t) => TARGET_WORDS.has(t.norm))
      )
        continue;
      if (gs) {
        for (const g of gs) {
          const value = g.spread ? undefined : settle(g, m, near ?? shared.get(m));
          if (value === undefined) {
            unplaced.push({
              kind: 'ambiguous-number',
              start: g.start,
              end: g.end,
              text: doc.text.slice(g.start, g.end),
            });
            continue;
          }
          // "Urine: pH 5.5, leucocytes 25/µL": a value under a urine label is the urine test's; one with no urine
          // test of its name ("Ions in urine: Na 77") is not read as the blood test (session 18)
          let analyte = m.concept.value;
          if (
            m.tokenStart < urineEnd ||
            underUrineLabel(doc.text, (labels ??= sectionLabels(doc.text, s)), m.start)
          ) {
            const urine = urineTestOf(analyte);
            if (!urine) continue;
            analyte = urine;
          }
          // keys assigned in order (conditional spreads are slow in Node 20's V8)
          const lab: Reading = { analyte, value };
          if (g.comparator) lab.comparator = g.comparator;
          if (g.unit) lab.unit = g.unit;
          else if (secondsAfter(s, g) && CLOTTING_SECONDS.has(analyte)) lab.unit = 's';
          // "the sedimentation rate … was 90 mm" (session 38: no unit): the millimetres of the first hour
          else if (analyte === 'ESR' && BARE_MM_RE.test(doc.text.slice(g.end, g.end + 5))) lab.unit = 'mm/h';
          else if (analyte === '24-hour urine protein') {
            // "24-hour urinary protein 2.6 g" (session 38: the unit lost): the amount of a day's collection
            DAY_AMOUNT_RE.lastIndex = g.end;
            const day = DAY_AMOUNT_RE.exec(doc.text);
            if (day) lab.unit = day[1]!.toLowerCase().startsWith('m') ? 'mg' : 'g';
          }
          if (g.range) {
            lab.referenceRange = g.range;
            if (g.range.high !== undefined) lab.upperLimit = g.range.high;
          } else if (g.above !== undefined && !g.comparator && RAISED_ONLY.has(analyte) && value > g.above) {
            lab.referenceRange = { high: g.above };
            lab.upperLimit = g.above;
          }
          if (near && !near.inferred && near.interpretation !== 'normal' && g === gs[0])
            lab.interpretation = near.interpretation;
          if (codes) lab.codes = codes;
          pushReading(
            out,
            restated,
            doc.text,
            lab,
            [m, { start: g.start, end: g.end }],
            g.alternative !== undefined
              ? 'value-settled-by-interpretation'
              : g.range
                ? 'value-with-range'
                : 'value',
          );
        }
        if (
          gs.some(
            (g) =>
              !g.spread && (g.alternative === undefined || settle(g, m, near ?? shared.get(m)) !== undefined),
          )
        )
          continue;
      }
      // a urine test reported qualitatively ("positive urine myoglobin", "urine myoglobin was positive")
      const detected = near || gs ? undefined : urineDetected(s, m);
      const qualitative =
        near ?? (gs ? undefined : (urinePositive(s, m) ?? detected ?? presenceDenied(s, m)));
      if (!qualitative) continue;
      // "pT3 N0, T3 stage, with elevated CEA" (session 23): a value-only form gives no reading without its value
      if (valueOnlyForm(s, m)) continue;
      // "T lymphocytes, scattered macrophages, increased connective tissue": a white cell named without a
      // value is a cell of a tissue more often than a blood count; only "lymphocyte count" reads as a result
      // ("eosinophilia", "lymphopenia" name the blood count itself)
      if (
        DIFFERENTIAL.has(m.concept.value) &&
        !/count|philia|cytosis|pa?enia/i.test(doc.text.slice(m.start, m.end))
      )
        continue;
      const a = s.assert(m.tokenStart, m.tokenEnd);
      if (a.experiencer === 'other' || a.temporality === 'hypothetical') continue;
      // "Whether CK was elevated is unknown" (session 20: read elevated): a question, not a result
      if (askedWhether(a)) continue;
      if (modalInterpretation(s, qualitative.span.start)) continue;
      if (qualitative.interpretation === 'normal' && referenceStatement(s, m, qualitative.span.start))
        continue;
      // "CK was possibly elevated", "?raised CK" (session 21: read elevated): a hedged result is a suspicion
      const at = s.tokens.findIndex((t) => t.start === qualitative.span.start);
      if (
        hedged(doc.text, a, m.start, m.end) ||
        (at >= 0 && hedged(doc.text, s.assert(at, at + 1), qualitative.span.start, qualitative.span.end))
      )
        continue;
      // "A CK of ten times the ULN defines rhabdomyolysis": an indefinite subject with a verb of meaning
      if (
        (s.tokens[0]?.norm === 'a' || s.tokens[0]?.norm === 'an') &&
        m.tokenStart <= 2 &&
        s.tokens.some((x) => GENERAL_VERBS.has(x.norm))
      )
        continue;
      // "Urinalysis was negative for white blood cells": the urine's test, never the blood count (session 22)
      const qualitativeAnalyte =
        m.tokenStart < urineEnd || (detected && qualitative === detected)
          ? urineTestOf(m.concept.value)
          : m.concept.value;
      if (!qualitativeAnalyte) continue;
      out.push({
        analyte: qualitativeAnalyte,
        interpretation: qualitative.interpretation,
        ...(qualitative.inferred ? { inferred: true } : {}),
        ...(codes ? { codes } : {}),
        evidence: [evidence(doc.text, [m, qualitative.span], 'labs', qualitative.note)],
      });
    }
  }
  // (a dipstick grade is a number with a "+" glued after it: a document without a "+" has none)
  if (doc.text.includes('+'))
    for (const s of doc.sentences) if (isCaseSentence(s)) dipstickGrades(doc, s, out);
  columnTables(doc, out, restated);
  // One qualitative entry per analyte and interpretation (a stated one beats an inferred one).
  const seen = new Set<string>();
  // "elevated troponin T … the elevation of troponins was attributed to …": the generic name restates the
  // specific test already read, so it is no second result (a generic one with a value of its own stays)
  for (const l of out) {
    const generic = SPECIFIC_OF.get(l.analyte);
    if (generic && l.interpretation) seen.add(`${generic}|${l.interpretation}`);
  }
  const ordered = [...out].sort((a, b) => Number(a.inferred === true) - Number(b.inferred === true));
  const keep = new Set(
    ordered.filter((l) => {
      if (l.value !== undefined) return true;
      const key = `${l.analyte}|${l.interpretation}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }),
  );
  for (const l of restated.values()) closeEvidence(l.evidence);
  // (the document's last sentence is not kept alive)
  numericDates.sentence = undefined;
  panelTerms.sentence = undefined;
  return { labs: out.filter((l) => keep.has(l)), unplaced };
}

/** One cell of a line split into columns (a tab, two spaces or more, or a pipe between cells). */
interface Cell {
  start: number;
  end: number;
}

const CELL_GAP = /\t|[ \u00a0]{2,}|[ \u00a0]*\|[ \u00a0]*/g;

/** The non-empty cells of the line [start, end). */
function cellsOf(text: string, start: number, end: number): Cell[] {
  const cells: Cell[] = [];
  const line = text.slice(start, end);
  // (a gap is a tab, a bar or two spaces: a line without any is one cell, as the scan below would find)
  const gapless =
    !line.includes('\t') && !line.includes('|') && !line.includes('\u00a0') && !line.includes('  ');
  let from = 0;
  const push = (a: number, b: number) => {
    let x = a;
    let y = b;
    while (x < y && /\s/.test(line[x]!)) x++;
    while (y > x && /\s/.test(line[y - 1]!)) y--;
    if (y > x) cells.push({ start: start + x, end: start + y });
  };
  CELL_GAP.lastIndex = 0;
  for (let m = gapless ? null : CELL_GAP.exec(line); m; m = CELL_GAP.exec(line)) {
    push(from, m.index);
    from = m.index + m[0].length;
    if (m[0].length === 0) CELL_GAP.lastIndex++;
  }
  push(from, line.length);
  return cells;
}

/**
 * A table pasted with its analytes in a header line and the values in the lines below ("Date  CK (U/L)  ESR
 * (mm/h)" / "1 May  4500  60"), or a cell copied onto lines of its own ("CK" / "2350 U/L"): each value row has as
 * many cells as the header, and a column headed by one analyte (its unit in brackets, if any) gives that analyte
 * the number its cell holds — a cell that is a number with an optional unit and nothing else. Other columns
 * (dates, labels) are read by nothing here.
 */
function columnTables(doc: Doc, out: ExtractedLab[], restated: Map<string, ExtractedLab>): void {
  const text = doc.text;
  if (!text.includes('\n')) return;
  const labs: { m: Mention; case: boolean }[] = [];
  for (const s of doc.sentences)
    for (const m of s.mentions) if (m.concept.kind === 'lab') labs.push({ m, case: isCaseSentence(s) });
  if (!labs.length) return;
  const lines: Cell[] = [];
  for (let a = 0; a <= text.length;) {
    const b = text.indexOf('\n', a);
    const e = b < 0 ? text.length : b;
    lines.push({ start: a, end: e });
    a = e + 1;
  }
  labs.sort((a, b) => a.m.start - b.m.start);
  // the mentions are walked once with the lines (both in text order): only a line holding a lab is a header
  let p = 0;
  for (let li = 0; li + 1 < lines.length; li++) {
    const line = lines[li]!;
    while (p < labs.length && labs[p]!.m.start < line.start) p++;
    let q = p;
    while (q < labs.length && labs[q]!.m.start < line.end) q++;
    if (q === p) continue;
    const onLine = labs.slice(p, q);
    const header = cellsOf(text, line.start, line.end);
    if (!header.length || header.length > 12) continue;
    const cols: ({ m: Mention; unit?: string } | undefined)[] = [];
    let ok = true;
    for (const c of header) {
      const inCell = onLine.filter((x) => x.m.start >= c.start && x.m.end <= c.end);
      const rest = text.slice(c.start, c.end);
      if (inCell.length > 1 || (inCell.length === 1 && !inCell[0]!.case)) {
        ok = false;
        break;
      }
      const only = inCell[0];
      if (!only) {
        // a label column ("Date", "Test"): words only
        if (/\d/.test(rest)) ok = false;
        cols.push(undefined);
        continue;
      }
      // the analyte, then at most a unit in brackets ("CK (U/L)", "ESR [mm/h]")
      const after = text.slice(only.m.end, c.end);
      const bracket = /^\s*[([]([^)\]]{1,12})[)\]]\s*$/.exec(after);
      if (text.slice(c.start, only.m.start).trim() !== '' || (after.trim() !== '' && !bracket)) {
        ok = false;
        break;
      }
      const unit = bracket ? ucumUnit(bracket[1]!) : undefined;
      cols.push(unit ? { m: only.m, unit } : { m: only.m });
    }
    if (!ok || !cols.some(Boolean)) continue;
    for (let ri = li + 1; ri < lines.length && ri - li <= 12; ri++) {
      const row = cellsOf(text, lines[ri]!.start, lines[ri]!.end);
      if (row.length !== header.length) break;
      const values = row.map((c, i) => (cols[i] ? cellValue(text, c) : undefined));
      // every analyte column of the row holds a value (else it is not a value row)
      if (cols.some((col, i) => col && !values[i])) break;
      row.forEach((c, i) => {
        const col = cols[i];
        const v = values[i];
        if (!col || !v) return;
        const unit = v.unit ?? col.unit;
        const lab: Reading = { analyte: col.m.concept.value, value: v.value };
        if (unit) lab.unit = unit;
        if (col.m.concept.codes?.loinc) lab.codes = { loinc: col.m.concept.codes.loinc };
        pushReading(out, restated, text, lab, [col.m, c], 'value');
      });
      li = ri;
    }
  }
}

/** A table cell that is a number with an optional unit and high/low flag, and nothing else. */
function cellValue(text: string, c: Cell): { value: number; unit?: string } | undefined {
  const n = readNumber(text, c.start);
  if (!n || n.alternative !== undefined) return undefined;
  let pos = n.end;
  const u = readUnit(text, pos);
  let unit: string | undefined;
  if (u && u.end <= c.end) {
    unit = u.ucum;
    pos = u.end;
  }
  const rest = text.slice(pos, c.end).trim();
  if (rest !== '' && !/^(?:H|L|\*|↑|↓)$/.test(rest)) return undefined;
  return unit ? { value: n.value, unit } : { value: n.value };
}

/** Enzymes whose activity a list may give in one unit written after its last value. */
const ENZYMES: ReadonlySet<string> = new Set([
  'CK',
  'CK-MB',
  'LDH',
  'AST',
  'ALT',
  'aldolase',
  'GGT',
  'alkaline phosphatase',
  'amylase',
  'lipase',
]);

/** See the call in {@link extractLabs}: a unit of activity after a list of enzymes and values is each one's. */
function shareEnzymeUnit(
  s: DocSentence,
  mentions: readonly Mention[],
  valued: Map<Mention, ValueGroup[]>,
): void {
  let run: ValueGroup[] = [];
  let prevEnd = -1;
  for (const m of mentions) {
    const gs = valued.get(m);
    const g = gs?.length === 1 ? gs[0]! : undefined;
    const adjacent =
      g !== undefined &&
      ENZYMES.has(m.concept.value) &&
      s.tokens
        .slice(m.tokenEnd, g.firstToken)
        .every((t) => t.norm === ':' || t.norm === '=' || t.norm === 'of' || t.norm === '(');
    // session 40 grid: "CK of 3200, LDH of 780 and AST of 164 U/L", "CK (3200), LDH (780) and AST (164 U/L)" (the first
    // values had no unit): "of" or an opening bracket before each value, the bracket closed after it
    const linked =
      prevEnd >= 0 &&
      s.tokens
        .slice(prevEnd, m.tokenStart)
        .every((t, k) => t.norm === ',' || t.norm === 'and' || (t.norm === ')' && k === 0));
    if (!adjacent) {
      run = [];
      prevEnd = -1;
      continue;
    }
    if (!linked) run = [];
    run.push(g);
    prevEnd = g.nextToken;
    if (g.unit) {
      if (run.length > 1 && isActivity(g.unit) && run.slice(0, -1).every((x) => !x.unit && !x.comparator))
        for (const x of run) x.unit = g.unit;
      run = [];
      prevEnd = -1;
    }
  }
}

/** Blood cell counts: a count per litre, never a mass ("G/L" is giga per litre). */
const CELL_COUNTS: ReadonlySet<string> = new Set([
  'WBC',
  'platelets',
  'neutrophils',
  'lymphocytes',
  'eosinophils',
  'monocytes',
  'basophils',
]);

/** A valued reading before its evidence is added ({@link pushReading}). */
type Reading = Omit<ExtractedLab, 'evidence'>;

/**
 * What a valued reading reads: analyte, comparator, value, unit, reference limits and stated interpretation.
 * Two readings with the same key say the same thing (an extracted lab has no date of its own).
 */
function readingKey(l: Reading): string {
  return `${measureKey(l)}|${l.interpretation ?? ''}`;
}

/** {@link readingKey} without the stated interpretation: what was measured. */
function measureKey(l: Reading): string {
  const r = l.referenceRange;
  return `${l.analyte}|${l.comparator ?? ''}${l.value}|${l.unit ?? ''}|${r?.low ?? ''}-${r?.high ?? ''}|${l.upperLimit ?? ''}`;
}

/**
 * Adds a valued reading with its evidence (the spans of the text, with the note), or — when the text restates
 * one already read (the same analyte, value, unit, limits and interpretation: an abstract and its case section,
 * a summary repeating a result) — adds its evidence to the first statement. One measurement stated twice is
 * one result (the corpus gold counts a whole-case restatement once), and its every place stays in the evidence
 * (repeats past the list's length counted, their entries not built: addEvidenceOf). Decision recorded in
 * docs/extraction.md ("Repeated mentions").
 */
function pushReading(
  out: ExtractedLab[],
  restated: Map<string, ExtractedLab>,
  text: string,
  reading: Reading,
  spans: readonly { start: number; end: number }[],
  note: EvidenceNoteCode,
): void {
  // "WBC 11.2 G/L": giga per litre, as European laboratories write a cell count (grams per litre cannot be one)
  if (reading.unit === 'g/L' && CELL_COUNTS.has(reading.analyte)) reading.unit = '10*9/L';
  // "Urinalysis: RBC 12/hpf, WBC 5/hpf": a count per microscope field is of the urine sediment, never of blood
  if (reading.unit === '/[HPF]' || reading.unit === '/[LPF]') {
    const urine = PER_FIELD_ANALYTE.get(reading.analyte);
    if (!urine) return;
    reading.analyte = urine;
    delete reading.codes;
  }
  const key = readingKey(reading);
  const first = restated.get(key);
  if (first) {
    addEvidenceOf(first.evidence, text, spans, 'labs', note);
    return;
  }
  // "CK raised (669 IU/l)" in the prose and "Serum CK  669 IU/l" in a results table (session 38: two results): the
  // same measurement stated once with its reading and once without is one result, with the reading
  const measured = `~${measureKey(reading)}`;
  const plain = restated.get(measured);
  if (plain && (plain.interpretation === undefined || reading.interpretation === undefined)) {
    if (plain.interpretation === undefined && reading.interpretation !== undefined) {
      plain.interpretation = reading.interpretation;
      restated.set(key, plain);
    }
    addEvidenceOf(plain.evidence, text, spans, 'labs', note);
    return;
  }
  // "CK 712 U/L" in a summary and "CK … 712 U/L (normal < 171 U/L)" further on (session 39: two
  // results): the same value in the same unit stated once with its reference limits and once without is one result,
  // with the limits
  const bare =
    reading.value !== undefined && reading.unit
      ? `≈${reading.analyte}|${reading.comparator ?? ''}${reading.value}|${reading.unit}`
      : undefined;
  const same = bare ? restated.get(bare) : undefined;
  const limits = (l: Reading) => l.referenceRange !== undefined || l.upperLimit !== undefined;
  // (only that order: a value without limits after one with them is another reading, "later CK 4,210 U/L" — the
  // decision of labs.test.ts)
  if (
    same &&
    !limits(same) &&
    limits(reading) &&
    (same.interpretation === undefined ||
      reading.interpretation === undefined ||
      same.interpretation === reading.interpretation)
  ) {
    if (reading.referenceRange) same.referenceRange = reading.referenceRange;
    if (reading.upperLimit !== undefined) same.upperLimit = reading.upperLimit;
    if (same.interpretation === undefined && reading.interpretation !== undefined)
      same.interpretation = reading.interpretation;
    restated.set(key, same);
    addEvidenceOf(same.evidence, text, spans, 'labs', note);
    return;
  }
  const lab = Object.assign(reading, { evidence: [evidence(text, spans, 'labs', note)] });
  restated.set(key, lab);
  if (!plain) restated.set(measured, lab);
  if (bare && !same) restated.set(bare, lab);
  out.push(lab);
}
