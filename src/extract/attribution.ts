/**
 * Whose facts a sentence states (extraction-conventions.md, "Whose finding is it?"). Every sentence is
 * attributed to one subject:
 *
 * - `patient` — this patient (the only subject whose facts enter the case);
 * - `general` — the disease in general: definitions ("DM is characterised by …"), teaching and background
 *   ("patients typically present with …", "X is frequently associated with Y"), recommendations;
 * - `cohort` — figures about groups of patients ("in a registry of 800 patients, 12 had gastric cancer");
 * - `other-patient` — a case cited from the literature ("Smith et al. described a 67-year-old man …");
 * - `relative` — a family-history section (relatives inside a patient sentence are found per mention by
 *   ConText's experiencer instead);
 * - `meta` — not clinical content: authors, affiliations, citation lines, keywords.
 *
 * The decision is made per sentence from general linguistic cues, with the section as a prior:
 *
 * 1. Meta lines and the title. The title of a case report names the patient's disease, age, sex, cancer or
 *    antibody: it is read as the patient's (conventions, "Patient").
 * 2. A self-reference ("our patient", "this case", "we report …", "herein") makes any sentence the
 *    patient's, in any section.
 * 3. Outside introduction/discussion sections, a patient cue (an age, a personal pronoun, "the patient",
 *    "a man") makes the sentence the patient's. In a discussion these cues may describe a cited case, so
 *    they are not enough there.
 * 4. A strong general cue (definition, "well known", "has been reported", "patients with", citations,
 *    incidence, cohort figures) makes it general (or cohort / other patient).
 * 5. Otherwise the section decides: introduction and discussion are general; case sections (history,
 *    examination, investigations…) are the patient's, unless a weak general cue ("typically", "may", "can",
 *    "rare") comes with a present-tense main verb. Sections of unknown role (an abstract without
 *    sub-headings, the text before the first heading of an article) are the patient's while a patient
 *    narrative is running (since the last patient cue, until a general sentence), else general.
 *
 * Linear: one pass over each sentence's tokens.
 * @module
 */
import type { Section } from './sections.js';
import { own } from '../core/lookup.js';
import { NUMBER_WORDS } from './numbers.js';
import { isMonthMay, withoutTransparent, type Token } from './tokenize.js';
import { RELATIVES, RELATIVES_BY_PRONOUN } from './extractors/assertion.js';

/** Whose facts a sentence states. */
export type Subject = 'patient' | 'general' | 'cohort' | 'other-patient' | 'relative' | 'meta';

/** Why a sentence got its subject (a code; wording lives in the render layer). */
export type AttributionReason =
  | 'title'
  | 'meta-line'
  | 'self-reference'
  | 'patient-cue'
  | 'case-section'
  | 'narrative'
  | 'family-section'
  | 'relative-continued'
  | 'definition'
  | 'generalisation'
  | 'lesson'
  | 'cohort-figure'
  | 'cited-case'
  | 'literature-section'
  | 'introduction-case'
  | 'answer-option'
  | 'no-patient-cue';

/** The attribution of one sentence, with the cue that decided it (when one did). */
export interface SentenceAttribution {
  subject: Subject;
  reason: AttributionReason;
  /** Character offsets of the deciding cue. */
  cue?: { start: number; end: number };
}

/** The minimum the attribution needs of a sentence. */
export interface AttributableSentence {
  start: number;
  end: number;
  section: Section;
  tokens: readonly Token[];
  /** True when the sentence holds a clinical lexicon mention (a finding, lab, antibody or cancer). */
  clinical: boolean;
}

type Prior = 'case' | 'open' | 'literature' | 'neutral' | 'family' | 'skip';

/**
 * The prior a section gives its sentences. Abstract sub-sections keep the prior of their heading kind; text
 * before any heading (a letter, a note, or an article whose headings were lost) is `open`: the patient's
 * until a general statement, then by the same rules as a section of unknown role.
 */
function priorOf(section: Section): Prior {
  if (section.kind === 'introduction' || section.kind === 'discussion') return 'literature';
  switch (section.role) {
    case 'case':
      return section.kind === 'abstract'
        ? 'neutral'
        : section.kind === 'none' || section.kind === 'preamble'
          ? 'open'
          : 'case';
    case 'literature':
      return 'literature';
    case 'family':
      return 'family';
    case 'references':
    case 'boilerplate':
      return 'skip';
    case 'front-matter':
      return 'neutral';
    case 'abstract':
      return section.kind === 'abstract' ? 'neutral' : 'case';
  }
}

// ─── Cue tables (normalised tokens: lower case, American spelling) ───────────────────────────────

/** The words of a family history that reports nothing ("nil", "none", "non-contributory", "unremarkable"). */
const NOTHING_TO_REPORT = new Set([
  'nil',
  'none',
  'no',
  'negative',
  'unremarkable',
  'noncontributory',
  'non',
  'contributory',
  'not',
  'significant',
  'relevant',
  'nothing',
  'of',
  'note',
  '-',
  '.',
  ';',
]);
const PRONOUNS = new Set(['she', 'he', 'her', 'his', 'him', 'herself', 'himself', 'hers']);
const PERSON = new Set([
  'patient',
  'man',
  'woman',
  'boy',
  'girl',
  'gentleman',
  'lady',
  'male',
  'female',
  'child',
  'adolescent',
  'teenager',
  'infant',
  'toddler',
  'mr',
  'mrs',
  'ms',
  'pt',
]);
const DETERMINERS = new Set(['a', 'an', 'the', 'our', 'this', 'that']);
const REPORT_VERBS = new Set([
  'report',
  'reported',
  'present',
  'presented',
  'describe',
  'described',
  'discuss',
  'review',
  'treated',
  'saw',
  'admitted',
  'noted',
  'observed',
  'examined',
  'performed',
  'started',
  'diagnosed',
  'found',
]);
const SELF_NOUNS = new Set(['patient', 'case', 'report', 'proband']);
/** "This case highlights …": the lesson drawn from the case, a general statement. */
const LESSON_VERBS = new Set([
  'highlights',
  'illustrates',
  'demonstrates',
  'shows',
  'emphasizes',
  'underscores',
  'underlines',
  'reminds',
  'suggests',
  'supports',
  'adds',
  'indicates',
  'stresses',
  'teaches',
]);
/** Words after "aged N (years)" that make it an age band ("aged 18 and younger", "aged 40 to 60"). */
const AGE_BAND_AFTER = new Set(['and', 'or', 'to', '-', 'through']);

const PLURAL_PEOPLE = new Set([
  'patients',
  'cases',
  'individuals',
  'people',
  'persons',
  'subjects',
  'children',
  'adults',
  'women',
  'men',
  'populations',
  'population',
  // "healthy controls had a CK below 200 U/L", "positive in 30 % of the controls"
  'controls',
]);
/** Phrases that only general or literature sentences use (token sequences). */
const STRONG_GENERAL: readonly (readonly string[])[] = [
  ['characterized'],
  ['characterize'],
  ['characterizes'],
  ['characteristic'],
  ['characteristics'],
  ['characteristically'],
  ['hallmark'],
  ['pathognomonic'],
  ['pathognomic'],
  ['well', 'known'],
  ['well', 'established'],
  ['well', 'recognized'],
  ['well', 'described'],
  ['well', 'documented'],
  ['well', 'attested'],
  ['well', 'characterized'],
  ['been', 'reported'],
  ['been', 'described'],
  ['been', 'recognized'],
  ['been', 'suggested'],
  ['been', 'proposed'],
  ['been', 'associated'],
  ['been', 'linked'],
  ['been', 'implicated'],
  ['is', 'associated'],
  ['are', 'associated'],
  ['is', 'known'],
  ['are', 'known'],
  ['is', 'defined'],
  ['are', 'defined'],
  ['is', 'a', 'rare'],
  ['is', 'an', 'uncommon'],
  ['is', 'the', 'most'],
  ['literature'],
  ['incidence'],
  ['prevalence'],
  ['per', 'million'],
  ['meta', 'analysis'],
  ['systematic', 'review'],
  ['et', 'al'],
  ['in', 'general'],
  ['in', 'conclusion'],
  ['guidelines'],
  ['guideline'],
  // "… are features of inflammatory myopathy", "… is typical of IBM": what a disease looks like
  ['are', 'features', 'of'],
  ['is', 'a', 'feature', 'of'],
  ['are', 'a', 'feature', 'of'],
  ['are', 'typical', 'of'],
  ['is', 'typical', 'of'],
  ['are', 'hallmarks', 'of'],
  ['are', 'part', 'of', 'the'],
  ['is', 'part', 'of', 'the'],
  // a case from the literature
  ['previously', 'reported'],
  ['previously', 'described'],
  ['previously', 'published'],
  ['a', 'similar', 'case'],
  // "A previous report described anti-PL-7 positivity in a similar patient"
  ['a', 'previous', 'report'],
  ['a', 'similar', 'patient'],
  // "No previous report has described …", "There are few reports of …", "only a few cases have been published"
  // (session 35: the antibody and the cancer of the sentence read as the patient's)
  ['no', 'previous', 'report'],
  ['no', 'previous', 'reports'],
  ['no', 'prior', 'report'],
  ['few', 'reports'],
  ['few', 'cases', 'have'],
  ['previous', 'reports', 'have'],
  // teaching: "The presence of X should prompt a search for …", "Clinicians should be aware that …"
  ['should', 'prompt'],
  ['should', 'raise'],
  ['should', 'alert'],
  ['should', 'be', 'aware'],
  // what a sign tells of the disease, in the present tense: "X is highly specific for DM", "X is a marker of Y"
  ['is', 'specific', 'for'],
  ['are', 'specific', 'for'],
  ['is', 'highly', 'specific'],
  ['are', 'highly', 'specific'],
  ['is', 'a', 'marker'],
  ['are', 'markers'],
  ['is', 'a', 'clinical', 'marker'],
  ['is', 'a', 'predictor'],
  ['are', 'predictors'],
  // session 19: what a result means in general, and a laboratory's own cut-off ("Positive anti-MDA5 predicts …",
  // "a negative predictive value above 90 %", "is expected to be positive in this syndrome", "a titre of 1:160 or
  // more is taken as positive", "the laboratory considers a CK above 190 U/L elevated")
  ['predicts'],
  ['predict'],
  ['predictive', 'value'],
  ['is', 'expected', 'to'],
  ['are', 'expected', 'to'],
  ['is', 'taken', 'as'],
  ['are', 'taken', 'as'],
  ['laboratory', 'considers'],
  // session 20: history of medicine and how a diagnosis is made in general ("… were first described by
  // Unverricht", "the diagnosis rests on …"; a past "the diagnosis was based on …" is this patient's)
  ['first', 'described'],
  ['were', 'described', 'by'],
  ['was', 'described', 'by'],
  ['diagnosis', 'rests', 'on'],
  ['diagnosis', 'relies', 'on'],
  ['diagnosis', 'is', 'based', 'on'],
  ['diagnosis', 'requires'],
  // session 23: how often a feature occurs in a group, compared or ranked ("rash and V-sign were more common in the
  // anti-TIF1γ subgroup", "the most common initial presentation was …", "breast and ovarian cancers were the most
  // common cancers")
  ['more', 'common', 'in'],
  ['more', 'common', 'among'],
  ['less', 'common', 'in'],
  ['less', 'common', 'among'],
  ['more', 'frequent', 'in'],
  ['less', 'frequent', 'in'],
  ['more', 'frequently', 'in'],
  ['less', 'frequently', 'in'],
  ['the', 'most', 'common'],
  ['the', 'most', 'frequent'],
  // a comparison of groups by a test ("the cancer group was significantly older than the others")
  ['significantly', 'higher', 'than'],
  ['significantly', 'lower', 'than'],
  ['significantly', 'older', 'than'],
  ['significantly', 'younger', 'than'],
  ['significantly', 'more', 'frequent'],
  ['significantly', 'less', 'frequent'],
  ['statistically', 'significant'],
  // a study's method ("records were searched to identify patients with both diseases")
  ['to', 'identify', 'patients'],
  ['retrospectively', 'reviewed'],
  ['retrospective', 'review', 'of'],
  // what a disease goes with, its subject a pronoun ("On histology, it is mainly related to one tumour type")
  ['it', 'is', 'related', 'to'],
  ['it', 'is', 'only', 'related', 'to'],
  ['it', 'is', 'mainly', 'related', 'to'],
  ['it', 'is', 'mostly', 'related', 'to'],
  ['it', 'is', 'closely', 'related', 'to'],
  // a letter on another article ("We read with interest the report entitled 'Gottron papules …'"): its title
  // names that article's subject
  ['read', 'with', 'interest'],
  ['read', 'with', 'great', 'interest'],
  ['article', 'entitled'],
  ['report', 'entitled'],
  ['paper', 'entitled'],
];
/** {@link STRONG_GENERAL} indexed by its first word (a token is looked up once, not compared with every phrase). */
const STRONG_GENERAL_BY_FIRST: ReadonlyMap<string, readonly (readonly string[])[]> =
  groupByFirst(STRONG_GENERAL);

/** Token sequences grouped by their first word, in their order. */
function groupByFirst(phrases: readonly (readonly string[])[]): Map<string, (readonly string[])[]> {
  const out = new Map<string, (readonly string[])[]>();
  for (const p of phrases) {
    const list = out.get(p[0]!);
    if (list) list.push(p);
    else out.set(p[0]!, [p]);
  }
  return out;
}
const WEAK_GENERAL = new Set([
  // "In this disease you get weak shoulders and a violet rash of the eyelids" (session 46, re-told talks:
  // the disease's signs given to the patient): the generic "you" of a teaching statement
  'you',
  'typically',
  'typical',
  'usually',
  'commonly',
  'common',
  'frequently',
  'frequent',
  'often',
  'generally',
  'classically',
  'classic',
  'rarely',
  'rare',
  'uncommon',
  'may',
  'can',
  'could',
  'might',
  'should',
  'must',
  'include',
  'includes',
  'involves',
  'known',
  'risk',
  // "NSIP is the commonest form of ILD in …", "capillaroscopy is useful to detect …"
  'commonest',
  'useful',
  // "Dysphagia is a poor prognostic factor in …"
  'prognostic',
  'important',
  'essential',
  'believed',
  'thought',
  'occasionally',
  'sometimes',
  'such',
  'when',
  'whenever',
]);
const MODALS = new Set(['may', 'can', 'might', 'could', 'should', 'must', 'would']);
/** Words that set counted cases apart from the patient reported ("two previous cases", "three similar reported patients"). */
const CITED_CASE_WORDS = new Set([
  'previous',
  'previously',
  'prior',
  'similar',
  'reported',
  'published',
  'other',
  // "we found 9 further people with …", "two more patients", "three additional cases": others counted beside
  // the patient of the report
  'more',
  'further',
  'additional',
]);
/**
 * "9 further people", "three other patients", "two more similar cases" opening at token `i` or the next: a count
 * of people set apart from the report's own patient.
 */
function othersCounted(tokens: readonly Token[], i: number): boolean {
  for (let k = i; k < Math.min(tokens.length, i + 2); k++) {
    const t = tokens[k]!;
    if (t.kind !== 'number' && !NUMBER_WORD_COUNT.has(t.norm)) continue;
    if (!CITED_CASE_WORDS.has(tokens[k + 1]?.norm ?? '')) return false;
    const g = tokens[k + 2]?.norm ?? '';
    return PLURAL_PEOPLE.has(g) || (CITED_CASE_WORDS.has(g) && PLURAL_PEOPLE.has(tokens[k + 3]?.norm ?? ''));
  }
  return false;
}
/** Counts written as words, for "two previous cases". */
const NUMBER_WORD_COUNT = new Set([
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'several',
  'few',
]);
const COHORT_WORDS = new Set(['registry', 'cohort', 'series', 'study', 'studies', 'trial', 'survey']);
/** Summary statistics of a group. */
const STATISTICS = new Set(['median', 'mean', 'average', 'proportion', 'majority']);
/** Words after "mean" that name a blood index ("mean corpuscular volume"), not a statistic. */
const MEAN_INDEX = new Set(['corpuscular', 'cell', 'platelet', 'cellular']);
const PRESENT = new Set([
  // "you get a heliotrope rash" (session 46, with the generic "you")
  'get',
  'is',
  'are',
  'has',
  'have',
  // "A 45-year-old woman comes for weakness" (session 25: the vignette's present tense missed, its "No rashes are
  // found" then read as a general statement)
  'comes',
  'complains',
  'visits',
  'include',
  'includes',
  'involves',
  'involve',
  'affects',
  'affect',
  'occurs',
  'occur',
  'causes',
  'cause',
  'manifests',
  'manifest',
  'represents',
  'represent',
  'remains',
  'belongs',
  'results',
  'develops',
  'develop',
  'appears',
  'consists',
  'comprises',
  'comprise',
  'encompasses',
  // "The EULAR/ACR criteria score heliotrope rash, …"
  'score',
  'scores',
  'refers',
  'leads',
  'requires',
  'accounts',
  'tends',
  'presents',
  'encompasses',
  'constitute',
  'constitutes',
  'predisposes',
  'comprise',
  'give',
  'gives',
  'lacks',
  'lack',
  'appear',
  'refer',
  // "Fibromyalgia means 'fibrous muscle pain'" (session 25: read as the patient's myalgia)
  'means',
  'denotes',
]);
/**
 * Subjects that make a present-tense sentence a statement about a disease or a definition ("IMNM presents
 * with …", "It manifests as …", "Juvenile dermatomyositis manifests with …", "The criteria give points for …").
 */
const DISEASE_SUBJECT = new Set([
  'dermatomyositis',
  'polymyositis',
  'myositis',
  'myopathy',
  'myopathies',
  'dm',
  'pm',
  'iim',
  'iims',
  'imnm',
  'ibm',
  'jdm',
  'cadm',
  'adm',
  'nam',
  'syndrome',
  'disease',
  'disorder',
  'condition',
  'criteria',
  'it',
  'they',
  'these',
  // an infectious agent as the subject of a definition ("HTLV-1 is a retrovirus associated with …", session 43)
  'virus',
  'viruses',
  'retrovirus',
  'htlv',
  'hiv',
]);
/** Verbs of a definition after a named sign ("Heliotrope rash is a …", "Gottron's sign refers to …"). */
const DEFINING = new Set(['refers', 'denotes', 'describes', 'means']);
/** Nouns that name a class of signs ("… are symptoms of", "… are common features of"). */
const CLASS_NOUNS = new Set(['symptoms', 'signs', 'features', 'manifestations', 'hallmarks', 'causes']);
/** Adjectives that may stand before such a noun. */
const CLASS_ADJECTIVES = new Set([
  'common',
  'typical',
  'classic',
  'classical',
  'frequent',
  'rare',
  'cardinal',
  'key',
]);

/** Whether a class noun stands at token `k`, after at most two adjectives of frequency or type. */
function classNounAt(tokens: readonly Token[], k: number): boolean {
  let j = k;
  while (j < k + 2 && CLASS_ADJECTIVES.has(tokens[j]?.norm ?? '')) j++;
  return CLASS_NOUNS.has(tokens[j]?.norm ?? '');
}
const PAST = new Set([
  'was',
  'were',
  'had',
  'did',
  'showed',
  'revealed',
  'presented',
  'developed',
  // "Characteristic skin signs … appeared later in the course": verbs of a sign's coming in a past report
  'appeared',
  'emerged',
  'occurred',
  // "The blot came back negative" (session 38: read as general after the authors' reasoning): a result
  // that came back is a past report
  'came',
]);
/**
 * Past-tense verbs of a patient's own report or visit ("The patient, a 47-year-old woman, reported a rash …",
 * "… complained of …", "… underwent …"): with a closing full stop they make a first line a sentence, not a title.
 */
const REPORT_PAST: ReadonlySet<string> = new Set([
  'reported',
  'complained',
  'noticed',
  'noted',
  'experienced',
  'underwent',
  'attended',
  'sought',
]);
/**
 * Whether a sentence's first past-tense verb is its main verb: no relative pronoun before it ("A 54-year-old woman
 * presented with …", "She was admitted …"; not the title "Dermatomyositis that presented with dysphagia in a
 * 54-year-old woman." nor "A woman who developed a rash after breast cancer.").
 */
function mainPastVerb(tokens: readonly Token[]): boolean {
  for (const t of tokens) {
    if (t.norm === 'who' || t.norm === 'that' || t.norm === 'which') return false;
    if (cueBits(t) & PAST_VERB || REPORT_PAST.has(t.norm)) return true;
  }
  return false;
}

/** Past-tense verbs of a diagnosis reached ("… suggested / confirmed / supported the diagnosis"). */
const DIAGNOSIS_PAST = new Set(['suggested', 'confirmed', 'supported', 'prompted', 'established']);
const AGE_UNITS = new Set(['year', 'years', 'yr', 'yrs', 'yo']);

/** Specimens of a group ("all sera were positive"). */
const SPECIMENS = new Set(['sera', 'samples', 'specimens']);

/**
 * A quantifier over a group of patients: "(elevated) in all four", "all 12 had …", "all sera were
 * positive", "in any patient", "in each case", "none of the patients". Not "all four limbs" (a count of
 * one patient's limbs is followed by its noun) and not "all cases" alone (read elsewhere).
 */
function groupQuantifier(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]!.norm;
  const next = tokens[i + 1];
  if (next === undefined) return false;
  if (w === 'all') {
    if (SPECIMENS.has(next.norm)) return true;
    if (next.kind !== 'number' && own(NUMBER_WORDS, next.norm) === undefined) return false;
    const after = tokens[i + 2];
    return after === undefined || after.kind === 'punct' || PLURAL_PEOPLE.has(after.norm);
  }
  if (w === 'any' || w === 'each' || w === 'every')
    return (next.norm === 'patient' || next.norm === 'case') && tokens[i - 1]?.norm === 'in';
  return (
    w === 'none' &&
    next.norm === 'of' &&
    (PLURAL_PEOPLE.has(tokens[i + 2]?.norm ?? '') || PLURAL_PEOPLE.has(tokens[i + 3]?.norm ?? ''))
  );
}

/** True when tokens starting at i spell `words`. */
function seq(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[i + k]?.norm !== words[k]) return false;
  return true;
}

/** Comparators of a p-value ("P<0.05", "p = 0.003"). */
const P_COMPARATORS: ReadonlySet<string> = new Set(['<', '=', '>', '≤', '<=']);

/**
 * A token of a sentence that reports a group by its statistics: a p-value ("P<0.05", "p = 0.003", "P < .001"), or two
 * counts in brackets over the same group size of six or more ("(9/14) … (8/14)"; never a strength grade out of 5, a
 * score out of 10, a titre "1/160" or a month and year "(06/2019)").
 */
function groupStatistic(tokens: readonly Token[]): Token | undefined {
  const sizes = new Map<string, number>();
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i]!;
    if (
      t.norm === 'p' &&
      P_COMPARATORS.has(tokens[i + 1]!.norm) &&
      (tokens[i + 2]!.kind === 'number' || tokens[i + 2]!.norm === '.')
    )
      return t;
    if (
      t.norm === '(' &&
      tokens[i + 1]!.kind === 'number' &&
      tokens[i + 2]!.norm === '/' &&
      tokens[i + 3]?.kind === 'number' &&
      tokens[i + 4]?.norm === ')'
    ) {
      const part = Number(tokens[i + 1]!.norm);
      const size = Number(tokens[i + 3]!.norm);
      // (not a month and year: "450 U/L (06/2019)", "(03/21)")
      if (/^0/.test(tokens[i + 1]!.norm) || (size >= 1900 && size <= 2100)) continue;
      if (!(part >= 1 && part <= size && size >= 6 && size !== 10 && size <= 5000)) continue;
      const seen = (sizes.get(tokens[i + 3]!.norm) ?? 0) + 1;
      sizes.set(tokens[i + 3]!.norm, seen);
      if (seen >= 2) return t;
    }
  }
  return undefined;
}

interface Cues {
  self?: Token;
  patient?: Token;
  strong?: Token;
  weak?: Token;
  cohort?: Token;
  citation?: Token;
  present: boolean;
  past: boolean;
  /** The sentence opens with a plural noun phrase ("Statins are …", "Inflammatory myopathies …"). */
  pluralSubject: boolean;
  /** "This case highlights …". */
  lesson?: Token;
  /** A present-tense statement whose subject is a disease, a set of criteria or a definition. */
  definitional?: Token;
}

// One look-up per token in the sentence scan: the cue sets above as bits of one table.
const PRONOUN = 1;
const PERSON_NOUN = 2;
const STRONG_FIRST = 4;
const PEOPLE = 8;
const COHORT = 16;
const STATISTIC = 32;
const WEAK = 64;
const PRESENT_VERB = 128;
const MODAL = 256;
const PAST_VERB = 512;
const DEFINING_VERB = 1024;
const COUNT_WORD = 2048;
const SELF_WORD = 4096;
const GROUP_WORD = 8192;
/** The words every self-reference of the cue scan opens with ("our", "this", "herein", "we", "described" …). */
const SELF_OPENERS = [
  'our',
  'this',
  'present',
  'current',
  'herein',
  'here',
  'case',
  'report',
  'describe',
  'described',
  'presented',
  'reported',
  'we',
];
/** Words of a count or quantifier over a group ("one patient", "(n = 21)", "all four", "none of the patients"). */
const GROUP_OPENERS = ['one', 'n', 'all', 'any', 'each', 'every', 'none'];
const CUE_WORDS: ReadonlyMap<string, number> = (() => {
  const out = new Map<string, number>();
  const put = (words: Iterable<string>, bit: number) => {
    for (const w of words) out.set(w, (out.get(w) ?? 0) | bit);
  };
  put(PRONOUNS, PRONOUN);
  put(PERSON, PERSON_NOUN);
  put(STRONG_GENERAL_BY_FIRST.keys(), STRONG_FIRST);
  put(PLURAL_PEOPLE, PEOPLE);
  put(COHORT_WORDS, COHORT);
  put(STATISTICS, STATISTIC);
  put(WEAK_GENERAL, WEAK);
  put(PRESENT, PRESENT_VERB);
  put(MODALS, MODAL);
  put(PAST, PAST_VERB);
  put(DEFINING, DEFINING_VERB);
  put(NUMBER_WORD_COUNT, COUNT_WORD);
  put(SELF_OPENERS, SELF_WORD);
  put(GROUP_OPENERS, GROUP_WORD);
  return out;
})();

/** The cue bits of a token: only words are cue words (every key above is a word). */
function cueBits(t: Token): number {
  return t.kind === 'word' ? (CUE_WORDS.get(t.norm) ?? 0) : 0;
}

/** Scans one sentence for cues (the first token of each kind). Hyphens and quotes are skipped. */
/** "2 cases", "two patients", "three cases": a count of two or three reported cases and its noun. */
function smallCaseCount(tokens: readonly Token[]): { count: Token; noun: Token } | undefined {
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    const noun = tokens[i + 1]!;
    if (noun.norm !== 'cases' && noun.norm !== 'patients') continue;
    if (['2', '3', 'two', 'three'].includes(t.norm)) return { count: t, noun };
  }
  return undefined;
}

/**
 * The tokens the cue scan reads: without the transparent ones, and with the month "May" ({@link isMonthMay})
 * made a plain word, so that "diagnosed in May 2018" is not read as a modal (present-tense) sentence. The array
 * itself when neither occurs (the usual sentence).
 */
function cueTokens(all: readonly Token[]): readonly Token[] {
  const tokens = withoutTransparent(all);
  for (let i = 0; i < tokens.length; i++)
    if (isMonthMay(tokens, i))
      return tokens.map((t, j) => (isMonthMay(tokens, j) ? { ...t, norm: 'may (month)' } : t));
  return tokens;
}

/** Whether token `i` is a word in capitals alone in brackets ("(HE)"): an abbreviation, whatever word it spells. */
function bracketedCapitals(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  return (
    tokens[i - 1]?.norm === '(' &&
    tokens[i + 1]?.norm === ')' &&
    /^[A-Z]{2,}$/.test(text.slice(t.start, t.end))
  );
}

/** The index after a sentence's opening label of at most four words and its colon ("Background:"), else 0. */
function labelEnd(tokens: readonly Token[]): number {
  for (let i = 1; i <= 4 && i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.norm === ':') return i + 1;
    if (t.kind !== 'word') return 0;
  }
  return 0;
}

function cues(text: string, all: readonly Token[]): Cues {
  const tokens = cueTokens(all);
  const c: Cues = { present: false, past: false, pluralSubject: false };
  const strongs: Token[] = [];
  const n = tokens.length;
  for (let i = 0; i < Math.min(n, 4); i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') break;
    if (cueBits(t) & (PRESENT_VERB | PAST_VERB | MODAL)) break;
    const raw = text.slice(t.start, t.end);
    if (
      raw.length > 4 &&
      raw.endsWith('s') &&
      !raw.endsWith('ss') &&
      !raw.endsWith('is') &&
      !raw.endsWith('us')
    ) {
      const next = tokens[i + 1];
      if (next !== undefined && (cueBits(next) & (PRESENT_VERB | MODAL) || next.norm === 'are'))
        c.pluralSubject = true;
    }
  }
  // The subject: the words before the first verb (at most six). A disease, criteria or "it/these" as the
  // subject of a present-tense verb, or a named thing followed by "is a / refers to", is a definition.
  // ("For background: DM is a myopathy in which …", session 39: the definition read as the patient's weakness): a
  // short label and its colon before the sentence are not its subject; the subject starts after them
  const from = labelEnd(tokens);
  // ("HTLV-1 (the virus named in full) is a retrovirus tied to a myelopathy and to a T-cell lymphoma",
  // session 43: the lymphoma read as the patient's): a gloss in brackets after the subject's name does not count
  // towards its seven words
  let glossed = 0;
  for (let i = from; i < Math.min(n, from + 7 + glossed); i++) {
    const w = tokens[i]!.norm;
    if (w === '(' && i > from) {
      let close = i + 1;
      while (close < n && close - i <= 14 && tokens[close]!.norm !== ')') close++;
      if (close < n && close - i <= 14 && tokens[close]!.norm === ')') {
        glossed += close - i + 1;
        i = close;
        continue;
      }
    }
    const f = cueBits(tokens[i]!);
    if (f & (PRESENT_VERB | DEFINING_VERB)) {
      const subject = tokens.slice(from, i).map((x) => x.norm);
      const next = tokens[i + 1]?.norm ?? '';
      if (subject.length > 0 && subject.some((x) => DISEASE_SUBJECT.has(x))) c.definitional = tokens[i];
      else if (
        // (after a label only a disease as the subject makes a definition: "Muscles: weakness is a complaint")
        from === 0 &&
        subject.length > 0 &&
        // "The rash is a violaceous erythema …" may describe this patient's rash: only an undetermined name
        subject[0] !== 'the' &&
        !subject.some((x) => x === 'there' || x === 'this' || PRONOUNS.has(x) || x === 'examination') &&
        (f & DEFINING_VERB ||
          (w === 'is' && (next === 'a' || next === 'an') && tokens[i + 2]?.kind === 'word') ||
          // "Muscle pain and trouble walking are symptoms of …" (session 24: read as the
          // patient's myalgia): things named as a class of signs
          ((w === 'are' || w === 'is') && classNounAt(tokens, i + 1)))
      )
        c.definitional = tokens[i];
      break;
    }
    if (f & (PAST_VERB | MODAL) || w === ',' || w === ':') break;
  }
  // "In dermatomyositis, Gottron papules appear over …": a disease as the frame of a present-tense sentence
  if (tokens[0]?.norm === 'in' && DISEASE_SUBJECT.has(tokens[1]?.norm ?? '') && tokens[1]?.norm !== 'it')
    c.definitional ??= tokens[1];
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const w = t.norm;
    const f = cueBits(t);
    // Self-reference: "our patient", "this case", "the present case", "we (herein) report …", "herein".
    // (each kind opens with a word of SELF_OPENERS: other tokens are not looked at)
    if (c.self === undefined && f & SELF_WORD) {
      if ((w === 'our' || w === 'this') && SELF_NOUNS.has(tokens[i + 1]?.norm ?? '')) {
        c.self = t;
        for (let k = i + 2; k < Math.min(n, i + 5); k++)
          // "This report highlights a 45-year-old man with …" (session 24: read as a lesson, the patient lost): a
          // lesson verb whose object introduces a patient reports the case (anywhere in the sentence: "… highlights
          // the treatment strategies for …, with a focus on …, in a 35 year-old man with …", session 43)
          if (LESSON_VERBS.has(tokens[k]!.norm) && !introducesPatient(tokens.slice(k + 1)))
            c.lesson = tokens[k];
      } else if (
        (w === 'present' || w === 'current') &&
        tokens[i - 1]?.norm === 'the' &&
        SELF_NOUNS.has(tokens[i + 1]?.norm ?? '')
      )
        c.self = t;
      else if (w === 'herein' || (w === 'here' && tokens[i + 1]?.norm === 'we')) c.self = t;
      // "The case of anti-synthetase syndrome in a young female is reported": the passive "we report"
      else if (
        w === 'case' &&
        i <= 1 &&
        (i === 0 || tokens[0]!.norm === 'the') &&
        tokens.some(
          (x, k) =>
            (x.norm === 'is' || x.norm === 'was') &&
            ['reported', 'presented', 'described'].includes(tokens[k + 1]?.norm ?? ''),
        )
      )
        c.self = t;
      else if (
        (w === 'report' || w === 'present' || w === 'describe') &&
        (tokens[i + 1]?.norm === 'a' || tokens[i + 1]?.norm === 'the' || tokens[i + 1]?.norm === 'this') &&
        (tokens[i + 2]?.norm === 'case' || tokens[i + 3]?.norm === 'case')
      )
        c.self = t;
      // "Described is the case of a woman in her thirties …", "Method: Presented here is the case of …" (session 26):
      // the passive report with its participle fronted
      else if (
        (i === 0 || (i === 2 && tokens[1]!.norm === ':')) &&
        ['described', 'presented', 'reported'].includes(w) &&
        tokens.slice(i + 1, i + 3).some((x) => x.norm === 'is' || x.norm === 'was') &&
        tokens.slice(i + 2, i + 5).some((x) => x.norm === 'case')
      )
        c.self = t;
      // a title's "…: report of a rare case (and review of the literature)"
      else if (
        w === 'report' &&
        tokens[i + 1]?.norm === 'of' &&
        (tokens[i + 2]?.norm === 'a' || tokens[i + 2]?.norm === 'an') &&
        (tokens[i + 3]?.norm === 'case' || tokens[i + 4]?.norm === 'case')
      )
        c.self = t;
      else if (w === 'we') {
        for (let k = i + 1; k < Math.min(n, i + 4); k++) {
          const v = tokens[k]!.norm;
          if (REPORT_VERBS.has(v)) {
            // "we review the (current) literature" is not about the patient; "we found 9 further people with …",
            // "we saw three other patients who …": what the authors report is others, counted apart from
            // their own patient (the count is the sentence's cohort cue below)
            if (
              !tokens.slice(k + 1, k + 5).some((x) => x.norm === 'literature') &&
              !othersCounted(tokens, k + 1)
            )
              c.self = t;
            break;
          }
        }
      }
    }
    // Patient cues: an age, a personal pronoun, "the patient", "a man", "Mr".
    if (c.patient === undefined) {
      // ("Hypereosinophilia (HE) is defined as …", session 31: the abbreviation read as "he", and the definition as
      // the patient's): a pronoun's letters in capitals alone in brackets are an abbreviation
      if (f & PRONOUN && !bracketedCapitals(text, tokens, i)) c.patient = t;
      else if (
        f & PERSON_NOUN &&
        (DETERMINERS.has(tokens[i - 1]?.norm ?? '') ||
          // "Patient may report trouble combing hair" (session 26): a bare noun before a modal is any patient
          (i === 0 && !BARE_NOUN_MODALS.has(tokens[1]?.norm ?? ''))) &&
        // "the female-to-male ratio": a sex ratio names no person
        tokens[i + 1]?.norm !== 'to' &&
        !(tokens[i + 1]?.norm === '-' && tokens[i + 2]?.norm === 'to') &&
        // "… skin lesions which appear in a patient with cancer" (session 24): any patient of a relative clause
        // of a definition, no person of this report
        !(
          c.definitional !== undefined &&
          tokens[i - 1]?.norm === 'a' &&
          tokens[i - 2]?.norm === 'in' &&
          tokens.slice(0, i).some((x) => x.norm === 'which' || x.norm === 'that')
        )
      ) {
        // "the patient" / "a woman" / "Patient had …" (sentence-initial) — not "patient education"
        c.patient = t;
      } else if (t.kind === 'number' && yearsOldAbbreviated(tokens, i + 1)) {
        // "48 y/o man", "39 y.o. woman" (session 27)
        c.patient = t;
      } else if (t.kind === 'number' && AGE_UNITS.has(tokens[i + 1]?.norm ?? '')) {
        const k = tokens[i + 1]?.norm === 'yo' ? i + 1 : i + 2;
        if (tokens[i + 1]?.norm === 'yo' || tokens[k]?.norm === 'old' || tokens[k]?.norm === 'of')
          c.patient = t;
      } else if (
        w === 'aged' &&
        tokens[i + 1]?.kind === 'number' &&
        // "children aged 18 years and younger", "adults aged 40 to 60": a group's age band, not a person's
        !PLURAL_PEOPLE.has(tokens[i - 1]?.norm ?? '') &&
        !AGE_BAND_AFTER.has(
          tokens[i + 2]?.norm === 'years' ? (tokens[i + 3]?.norm ?? '') : (tokens[i + 2]?.norm ?? ''),
        )
      )
        c.patient = t;
    }
    // Strong general cues (every one, in order: an aside may hold the first, see below).
    if (f & (STRONG_FIRST | PEOPLE)) {
      let found = false;
      const phrases = f & STRONG_FIRST ? STRONG_GENERAL_BY_FIRST.get(w) : undefined;
      if (phrases)
        for (const p of phrases)
          if (seq(tokens, i, p) && !generalCondition(tokens, i, p)) {
            found = true;
            break;
          }
      if (!found && f & PEOPLE) {
        const prev = tokens[i - 1]?.norm ?? '';
        const next = tokens[i + 1]?.norm ?? '';
        // "patients", "patients with DM", "in children", "most women" — not "both cases" of one patient
        if (
          ((w === 'patients' || w === 'individuals' || w === 'subjects' || w === 'people') &&
            prev !== 'both') ||
          (w === 'cases' && prev !== 'both' && prev !== 'all') ||
          next === 'with' ||
          next === 'who' ||
          prev === 'in' ||
          prev === 'most' ||
          prev === 'many' ||
          prev === 'some' ||
          prev === 'these' ||
          prev === 'all' ||
          prev === 'of' ||
          i === 0
        ) {
          // "CK 4005 U/L (normal: 24–195 U/L in women, 39–308 U/L in men)" (session 41: the whole sentence set
          // aside as general): the people a reference range is stated for, inside the range's own bracket
          if (!inReferenceBracket(tokens, i)) found = true;
        }
      }
      if (found) {
        strongs.push(t);
        c.strong ??= t;
      }
    }
    // (each kind opens with a number or a word of a count, a group, a statistic or GROUP_OPENERS)
    if (
      c.cohort === undefined &&
      (t.kind === 'number' || f & (COUNT_WORD | COHORT | STATISTIC | GROUP_WORD))
    ) {
      if (t.kind === 'number' && PLURAL_PEOPLE.has(tokens[i + 1]?.norm ?? '')) c.cohort = t;
      // "One patient had a tonsil carcinoma", "Anti-Jo-1 was positive in one patient" (session 25: given to the
      // patient of the report): one member of a group counted, never the patient the report is about
      else if (
        (w === 'one' || (t.kind === 'number' && w === '1')) &&
        (tokens[i + 1]?.norm === 'patient' || tokens[i + 1]?.norm === 'case') &&
        (i === 0 ||
          tokens[i - 1]?.norm === 'in' ||
          // "In only 1 case (Case 1), …"
          (tokens[i - 1]?.norm === 'only' && tokens[i - 2]?.norm === 'in'))
      )
        c.cohort = t;
      // "only two previous cases seen in literature, one of a 13 year old child …", "three similar reported
      // patients": cases of others counted, with a word that sets them apart from this one
      else if (
        // (a count word is a word token, so its bit is set exactly when NUMBER_WORD_COUNT has it)
        (t.kind === 'number' || f & COUNT_WORD) &&
        CITED_CASE_WORDS.has(tokens[i + 1]?.norm ?? '') &&
        (PLURAL_PEOPLE.has(tokens[i + 2]?.norm ?? '') ||
          (CITED_CASE_WORDS.has(tokens[i + 2]?.norm ?? '') && PLURAL_PEOPLE.has(tokens[i + 3]?.norm ?? '')))
      )
        c.cohort = t;
      else if (t.kind === 'number' && tokens[i + 1]?.norm === '%' && tokens[i + 2]?.norm === 'of') {
        let k = i + 3;
        while (['the', 'all', 'these', 'those', 'our'].includes(tokens[k]?.norm ?? '')) k++;
        // "42% of the anti-synthetase cohort": the group word may follow a qualifier or two
        for (let j = k; j < Math.min(n, k + 4); j++) {
          const g = tokens[j]!.norm;
          if (PLURAL_PEOPLE.has(g) || COHORT_WORDS.has(g)) {
            c.cohort = t;
            break;
          }
          if (tokens[j]!.kind !== 'word' && g !== '-') break;
        }
      } else if (
        // "(n = 21)": the size of a group
        w === 'n' &&
        tokens[i - 1]?.norm === '(' &&
        tokens[i + 1]?.norm === '=' &&
        tokens[i + 2]?.kind === 'number' &&
        text.slice(t.start, t.end) === 'n'
      ) {
        c.cohort = t;
      } else if (
        f & COHORT &&
        (tokens[i - 1]?.norm === 'a' || tokens[i - 1]?.norm === 'the') &&
        // "after a series of investigations / tests": a sequence of things done, not a group of patients; "a
        // trial of propylthiouracil": a treatment tried in this patient, not a clinical trial
        !(
          (w === 'series' || w === 'trial') &&
          tokens[i + 1]?.norm === 'of' &&
          !PLURAL_PEOPLE.has(tokens[i + 2]?.norm ?? '') &&
          tokens[i + 2]?.kind !== 'number'
        ) &&
        // "The study reports the case of a 29-year-old man whose …" (session 24: the age was lost): a report of
        // one case called a study, not a group
        !oneCaseReported(tokens, i) &&
        // "The study of myositis antibodies was positive for …", "the study for occult neoplasia revealed …" (session
        // 33, as Spanish- and Portuguese-speaking authors name a work-up: the whole sentence had been lost)
        !workUpStudy(tokens, i)
      )
        c.cohort = t;
      else if (groupQuantifier(tokens, i)) c.cohort = t;
      else if (
        f & STATISTIC &&
        (tokens[i - 1]?.norm === 'the' || tokens[i - 1]?.norm === 'a' || tokens[i + 1]?.norm === 'age') &&
        // "a mean corpuscular volume of 82 fL", "the mean platelet volume": a blood index, not a statistic
        !MEAN_INDEX.has(tokens[i + 1]?.norm ?? '')
      )
        c.cohort = t;
    }
    // Citation markers: "[1]", "[2, 3]", and "(1-5)" / "(3,4)" right after a word (not a reference range
    // "(25-200)" after a unit: small integers only, after a lower-case word of four letters or more).
    if (c.citation === undefined && (w === '[' || w === '(') && tokens[i + 1]?.kind === 'number') {
      let k = i + 1;
      let small = true;
      while (k < n && (tokens[k]!.kind === 'number' || tokens[k]!.norm === ',' || tokens[k]!.norm === '-')) {
        if (tokens[k]!.kind === 'number' && !/^\d{1,2}$/.test(tokens[k]!.norm)) small = false;
        k++;
      }
      const close = tokens[k]?.norm;
      const before = tokens[i - 1];
      const lowerWord =
        before !== undefined &&
        before.kind === 'word' &&
        before.end - before.start >= 4 &&
        text.slice(before.start, before.end) === before.norm;
      if (small && (close === ']' || (close === ')' && lowerWord))) c.citation = t;
    }
    // "can't rise from a chair", "could not climb stairs" (session 28): a negated ability is the patient's, not a
    // statement of what a disease can do
    // "At the bedside a girdle myopathy could be demonstrated" (session 38: read as general): what the examiner
    // was able to see, a past report
    const observed = w === 'could' && pastObservation(tokens, i);
    if (c.weak === undefined && f & WEAK && !negatedAbility(tokens, i) && !observed) c.weak = t;
    if (f & (PRESENT_VERB | MODAL) && !observed) c.present = true;
    if (f & PAST_VERB || observed) c.past = true;
  }
  // "Based on the characteristic cutaneous signs …, a diagnosis was made": the adjective describes this
  // patient's signs in a past-tense report; only a present-tense sentence makes it a general statement.
  if (c.strong?.norm === 'characteristic' && c.past && !c.present) delete c.strong;
  // "The mass was characterized as adenocarcinoma on biopsy" (session 31: the patient's cancer set aside as a
  // definition): the past passive with "as" labels this patient's finding ("DM is characterized by" stays general)
  if (c.strong?.norm === 'characterized' && c.past && !c.present) {
    const k = tokens.indexOf(c.strong);
    if (tokens[k - 1]?.norm === 'was' && tokens[k + 1]?.norm === 'as') delete c.strong;
  }
  // "Pathognomonic skin findings of heliotrope rash, shawl sign … suggested amyotrophic DM": the adjective
  // before its noun names this patient's signs in a past-tense report ("was considered pathognomonic of DM",
  // with no noun after it, stays a general statement)
  // ("… were suggestive of amyotrophic DM, which is a form of DM with …", session 38: the present tense of a
  // relative clause closing the sentence, about the disease, is not the sentence's own)
  if (
    (c.strong?.norm === 'pathognomonic' || c.strong?.norm === 'pathognomic') &&
    (c.past || tokens.some((t) => DIAGNOSIS_PAST.has(t.norm))) &&
    (!c.present || presentOnlyInClosingRelative(tokens, tokens.indexOf(c.strong)))
  ) {
    const next = tokens[tokens.indexOf(c.strong) + 1];
    if (next?.kind === 'word' && !['of', 'for', 'to', 'in'].includes(next.norm)) delete c.strong;
  }
  // "(She) presented a disease which began 6 months before, characterized by fatigue and myalgia": the
  // participle describes this patient's course when the sentence is a past-tense report about the patient
  // (a pronoun, "the patient", or a report verb opening the sentence with its subject left out), never in a
  // present-tense sentence ("DM is characterized by …")
  // … and "The presentation was characterized by weakness and a rash" (session 29: read as a definition): the
  // case's own presentation or course, in the past tense, is the subject
  if (
    c.strong?.norm === 'characterized' &&
    c.past &&
    !c.present &&
    (c.patient !== undefined ||
      (tokens[0] !== undefined && cueBits(tokens[0]) & PAST_VERB) ||
      caseCourseSubject(tokens))
  )
    delete c.strong;
  // "Anti-TIF1γ antibody, which is associated with malignancy, was positive": a general remark inside a relative
  // clause between commas is an aside; the sentence around it reports the patient when its own verb is past
  if (c.strong !== undefined && c.past) {
    const clause = relativeClause(tokens, tokens.indexOf(c.strong));
    if (clause) {
      const outside = tokens.filter((_, j) => j < clause[0] || j > clause[1]);
      if (
        outside.some((x) => cueBits(x) & PAST_VERB) &&
        !outside.some((x) => cueBits(x) & (PRESENT_VERB | MODAL))
      )
        c.strong = strongs.find((x) => tokens.indexOf(x) > clause[1]);
    }
  }
  // "A heliotrope rash, a hallmark of dermatomyositis, was present": the other aside a general cue can sit in,
  // an apposition about the sign (read on every token, as the sentence is written); a general cue after the aside
  // still counts ("X, pathognomonic of DM, was described by Smith et al.", session 51)
  for (
    let end = c.strong && asideEnd(all, c.strong);
    end !== undefined;
    end = c.strong && asideEnd(all, c.strong)
  )
    c.strong = strongs.find((x) => x.start > end.start);
  // session 23: a test of significance ("(P<0.05)", "p = 0.003") or a feature counted twice over one group size
  // ("rash (9/14) and V-sign (8/14)") reports a group
  c.cohort ??= groupStatistic(tokens);
  return c;
}

/**
 * Whether every present-tense verb of the sentence stands in a relative clause (", which …") that opens after token
 * `i` and runs to the sentence's end, and a past verb stands before it.
 */
function presentOnlyInClosingRelative(tokens: readonly Token[], i: number): boolean {
  let open = -1;
  for (let j = i + 1; j < tokens.length; j++)
    if (tokens[j]!.norm === 'which' && tokens[j - 1]!.norm === ',') {
      open = j - 1;
      break;
    }
  if (open < 0) return false;
  const before = tokens.slice(0, open);
  return (
    before.some((x) => cueBits(x) & PAST_VERB) && !before.some((x) => cueBits(x) & (PRESENT_VERB | MODAL))
  );
}

/** The relative clause between commas around token `i` (", which …,"; ", who …,"), as token bounds. */
function relativeClause(tokens: readonly Token[], i: number): [number, number] | undefined {
  let open = -1;
  for (let j = i - 1; j >= 1 && i - j <= 8; j--) {
    const w = tokens[j]!.norm;
    if (w === ',' || w === '.' || w === ';') break;
    if ((w === 'which' || w === 'who') && tokens[j - 1]!.norm === ',') {
      open = j - 1;
      break;
    }
  }
  if (open < 0) return undefined;
  for (let j = i + 1; j < tokens.length && j - i <= 12; j++) {
    const w = tokens[j]!.norm;
    if (w === ',') return j + 1 < tokens.length ? [open, j] : undefined;
    // (session 51 probe: "There were no Gottron papules, which are typical of DM." — a relative clause may also
    // close the sentence; it is an aside when the sentence's own clause stands before it)
    if (w === '.' || w === ';')
      return w === '.' && j === tokens.length - 1 && open > 0 ? [open, j] : undefined;
  }
  return undefined;
}

// ─── Meta lines ──────────────────────────────────────────────────────────────────────────────────

/** First words of a labelled line of the case's timeline (never of page furniture or a citation). */
const TIMELINE_LABELS = new Set([
  'admission',
  'onset',
  'symptom',
  'symptoms',
  'diagnosis',
  'discharge',
  'presentation',
  'referral',
]);
const META_START = new Set(['keywords', 'keyword', 'citation', 'cite', 'copyright', 'received', 'accepted']);
const META_WORDS = new Set([
  'doi',
  'issn',
  'pmid',
  'pmcid',
  'http',
  'https',
  'www',
  'volume',
  'vol',
  'issue',
]);
/** Meta words that are ordinary words without a number after them ("a mean corpuscular volume of 82 fL"). */
const NUMBERED_META = new Set(['volume', 'vol', 'issue']);
/** Words before "volume" that make it a measure ("packed cell volume 28%", "tidal volume 450 mL"), not a journal's. */
const MEASURED_VOLUME = new Set([
  'cell',
  'corpuscular',
  'platelet',
  'packed',
  'tidal',
  'stroke',
  'urine',
  'urinary',
  'plasma',
  'blood',
  'residual',
  'expiratory',
  'bladder',
]);
/** Whether a number follows token `t` ("Volume 7", "vol. 24", "Issue 3"). */
function numberedAfter(tokens: readonly Token[], t: Token): boolean {
  const i = tokens.indexOf(t);
  // ("Hb 9.1 g/dL, packed cell volume 28%", session 30: the whole line was set aside as a citation's)
  if (MEASURED_VOLUME.has(tokens[i - 1]?.norm ?? '')) return false;
  const next = tokens[i + 1]?.norm === '.' || tokens[i + 1]?.norm === ':' ? tokens[i + 2] : tokens[i + 1];
  return next?.kind === 'number';
}
const NAME_PARTICLES = new Set([
  'and',
  'de',
  'van',
  'von',
  'der',
  'el',
  'ben',
  'da',
  'di',
  'la',
  'le',
  'du',
  'of',
  'y',
]);

/** The words {@link isMeta} looks up, as bits: "and", a meta word, a name particle. */
const META_AND = 1;
const META_WORD = 2;
const META_PARTICLE = 4;
const META_LINE_WORDS: ReadonlyMap<string, number> = (() => {
  const out = new Map<string, number>([['and', META_AND]]);
  for (const w of META_WORDS) out.set(w, (out.get(w) ?? 0) | META_WORD);
  for (const w of NAME_PARTICLES) out.set(w, (out.get(w) ?? 0) | META_PARTICLE);
  return out;
})();

/** Authors, affiliations, citation and keyword lines: no clinical content about anyone. */
/** Authors written "Surname INITIALS", separated by commas or "and". */
const VANCOUVER_AUTHORS =
  /^[A-Z][a-z'-]+(?: [A-Z][a-z'-]+)? [A-Z]{1,3}(?:(?:,| and| &) [A-Z][a-z'-]+(?: [A-Z][a-z'-]+)? [A-Z]{1,3})+,?$/;
/** Words of an article-type label printed above a title. */
const ARTICLE_TYPE_WORDS = new Set([
  'original',
  'research',
  'article',
  'case',
  'report',
  'reports',
  'letter',
  'letters',
  'to',
  'the',
  'editor',
  'brief',
  'short',
  'communication',
  'clinical',
  'image',
  'images',
  'editorial',
  'correspondence',
  'review',
]);
/** The head noun of an article-type label ("Original Article", "Letter to the Editor"). */
const ARTICLE_TYPE_HEADS = new Set([
  'article',
  'report',
  'reports',
  'letter',
  'communication',
  'correspondence',
]);

/**
 * The article type printed above a title in the front matter ("Original Article", "Letter to the Editor"):
 * never the title. (Under a case heading the same words open the narrative and are left alone.)
 */
function articleTypeLabel(tokens: readonly Token[]): boolean {
  return (
    tokens.length <= 4 &&
    tokens.every((t) => t.kind === 'word' && ARTICLE_TYPE_WORDS.has(t.norm)) &&
    tokens.some((t) => ARTICLE_TYPE_HEADS.has(t.norm))
  );
}

/** Result words of a table row ("ANA | Negative |"). */
const TABLE_RESULT_WORDS = new Set([
  'positive',
  'negative',
  'normal',
  'elevated',
  'raised',
  'detected',
  'reactive',
  'present',
  'absent',
]);

function isMeta(text: string, tokens: readonly Token[], clinical: boolean): boolean {
  if (tokens.length === 0) return true;
  const first = tokens[0]!.norm;
  // Page furniture of scanned or pasted documents: "Page 1 of 2", "-- page 2 --".
  const page = tokens.findIndex((t) => t.kind === 'word');
  if (
    page >= 0 &&
    tokens[page]!.norm === 'page' &&
    tokens[page + 1]?.kind === 'number' &&
    tokens.length <= 12
  )
    return true;
  if (META_START.has(first) || (first === 'key' && tokens[1]?.norm === 'words')) return true;
  // a labelled line of the case's timeline ("Admission: Apr 2022", "Symptom onset | 12.03.2021; admission | …") is
  // the patient's, however like a citation line its capitals and year look
  if (TIMELINE_LABELS.has(first) && tokens.some((t) => t.kind === 'number')) return false;
  // An author line in the Vancouver style: "Pannu AK, Varma SC", "Smith J, Lee KH and Ono T"
  if (
    tokens.length >= 2 &&
    tokens.length <= 24 &&
    VANCOUVER_AUTHORS.test(text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end))
  )
    return true;
  let words = 0;
  let capital = 0;
  let lowerOther = 0;
  let separators = 0;
  let year = false;
  let numbers = false;
  let pipes = 0;
  // One look at each token, by kind (every meta word, name particle and "and" is a word token), and one look-up
  // of a word (its bits in META_LINE_WORDS).
  for (const t of tokens) {
    const w = t.norm;
    if (t.kind === 'word') {
      const bits = META_LINE_WORDS.get(w) ?? 0;
      if (bits & META_AND) {
        separators++;
        continue;
      }
      if (bits & META_WORD && (!NUMBERED_META.has(w) || numberedAfter(tokens, t))) return true;
      words++;
      const ch = text.charCodeAt(t.start);
      if (ch >= 65 && ch <= 90) capital++;
      else if (!(bits & META_PARTICLE)) lowerOther++;
    } else if (t.kind === 'number') {
      numbers = true;
      if (w.length === 4 && (w.startsWith('19') || w.startsWith('20'))) year = true;
    } else if (w === ',' || w === ';' || w === '&' || w === '|' || w === '•') {
      separators++;
      if (w === '|') pipes++;
    }
  }
  // a pipe-separated line is page furniture ("Home | About | Contact"), unless it is a row of a pasted table
  // with a clinical term and a number ("CK | 4500 U/L | 30-200")
  // or a row of muscle grades ("Neck flexors 3/5 | deltoids 4/5")
  // (both looked for only in a line of two pipes or more)
  const graded = () =>
    tokens.some((t, i) => t.kind === 'number' && tokens[i + 1]?.norm === '/' && tokens[i + 2]?.norm === '5');
  // (session 22: or of a result written in words, "ANA | Negative |", "Anti-SRP antibody | positive |")
  const stated = () => clinical && tokens.some((t) => TABLE_RESULT_WORDS.has(t.norm));
  // ("| Skin | Heliotrope rash |": session 25, a row that names a finding is a row of the case's table too)
  if (
    pipes >= 2 &&
    !((clinical || graded()) && numbers) &&
    !stated() &&
    !(pipes <= 4 && (clinical || tokens.some((t) => t.norm === 'weakness')))
  )
    return true;
  if (clinical) return false;
  // "E. Hendren, O. Vinik, H. Faragalla" / "Department of Dermatology, X University, City"
  if (separators >= 2 && words >= 3 && lowerOther === 0 && !numbers) return true;
  // "Journal of Clinical Rheumatology (Jan 2024)", "Mediterr J Rheumatol 2020; 31(1):75-7"
  if (year && lowerOther === 0 && capital >= 2) return true;
  return false;
}

/** Nouns of the case's own course ("the presentation", "the clinical course", "the picture"). */
const COURSE_NOUNS: ReadonlySet<string> = new Set([
  'presentation',
  'course',
  'picture',
  'illness',
  'evolution',
]);

/** "The presentation was …", "This clinical course was …": a sentence whose subject is the case's course. */
function caseCourseSubject(tokens: readonly Token[]): boolean {
  if (tokens[0]?.norm !== 'the' && tokens[0]?.norm !== 'this') return false;
  const k = tokens[1]?.norm === 'clinical' || tokens[1]?.norm === 'initial' ? 2 : 1;
  return COURSE_NOUNS.has(tokens[k]?.norm ?? '') && tokens[k + 1]?.norm === 'was';
}

/** Whether token `t` stands in an aside between commas or brackets ("papules, characteristic of DM, are …"). */
function commaAside(toks: readonly Token[], t: Token): boolean {
  const i = toks.indexOf(t);
  let open = false;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const n = toks[k]!.norm;
    if (n === ',' || n === '(') {
      open = k > 0;
      break;
    }
  }
  if (!open) return false;
  for (let k = i + 1; k < Math.min(toks.length, i + 7); k++) {
    const n = toks[k]!.norm;
    if (n === ',' || n === ')') return true;
    if (n === '.' || n === ';') return false;
  }
  return false;
}

/** A figure legend's label opening its line ("Figure 2.", "Fig. 1A:", "FIGURE 3 –"). */
const FIGURE_LEGEND_RE = /^\s*(?:fig(?:ure)?\.?)\s*\d{1,2}[A-Za-z]?\s*[.:)\u2013\u2014-]/i;

/** The line holding offset `at` (start inclusive, end exclusive, without the line break). */
function lineOf(text: string, at: number): { start: number; end: number } {
  const a = text.lastIndexOf('\n', at - 1) + 1;
  const b = text.indexOf('\n', at);
  return { start: a, end: b < 0 ? text.length : b };
}

/** How usual something is ("common", "often", "typically"): shared by the disease-frame and frequency words below. */
const USUAL = ['common', 'frequent', 'frequently', 'often', 'usually', 'typical', 'typically'] as const;

/** Words that frame a statement about a disease or a group ("are common in IBM", "frequent with anti-MDA5"). */
const DISEASE_FRAME = new Set<string>([
  ...USUAL,
  'characteristic',
  'hallmark',
  'hallmarks',
  'pathognomonic',
  'associated',
  'features',
  'occur',
  'occurs',
]);

/** Whether the patient cue is an indefinite "a patient" / "a woman" (any patient, not this one). */
/** "in a patient", "for a patient": an indefinite patient cue after a preposition that frames any patient. */
function framedPatient(toks: readonly Token[], cue: Token): boolean {
  const i = toks.indexOf(cue);
  return toks[i - 2]?.norm === 'in' || toks[i - 2]?.norm === 'for';
}

function indefinitePatient(toks: readonly Token[], cue: Token): boolean {
  const i = toks.indexOf(cue);
  return cue.kind === 'word' && (toks[i - 1]?.norm === 'a' || toks[i - 1]?.norm === 'an');
}

/**
 * "A heliotrope rash, a hallmark of dermatomyositis, was present": a general cue inside an apposition (between
 * commas or brackets, opened by an article or "which") of a sentence told in the past tense is an aside about the
 * sign; the sentence reports the patient's. Returns the token closing the aside, or undefined when the cue stands in
 * none.
 */
function asideEnd(toks: readonly Token[], strong: Token): Token | undefined {
  const i = toks.indexOf(strong);
  let open = -1;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const n = toks[k]!.norm;
    if (n === ',' || n === '(') {
      open = k;
      break;
    }
    if (toks[k]!.kind === 'punct' && n !== '-') return undefined;
  }
  // (session 51 probe: "Gottron papules, pathognomonic of DM, were not seen" — the adjective itself may open the
  // apposition when its complement follows: "…, typical of DM, …")
  const bareAdjective = open === i - 1 && ['of', 'for'].includes(toks[i + 1]?.norm ?? '');
  if (open < 1 || !(bareAdjective || ['a', 'an', 'the', 'which'].includes(toks[open + 1]?.norm ?? '')))
    return undefined;
  let close = -1;
  for (let k = i + 1; k < Math.min(toks.length, i + 8); k++) {
    const n = toks[k]!.norm;
    if (n === ',' || n === ')') {
      close = k;
      break;
    }
    if (toks[k]!.kind === 'punct' && n !== '-') return undefined;
  }
  if (close < 0) return undefined;
  const outside = [...toks.slice(0, open), ...toks.slice(close + 1)];
  return outside.some((x) => PAST.has(x.norm)) && !outside.some((x) => PRESENT.has(x.norm))
    ? toks[close]
    : undefined;
}

/** Phrases that cite another report ("Smith et al.", "in a previous report"). */
const CITING: readonly (readonly string[])[] = [
  ['et', 'al'],
  ['previously', 'reported'],
  ['previously', 'described'],
  ['previously', 'published'],
  ['a', 'previous', 'report'],
  ['a', 'previous', 'case'],
  ['a', 'previous', 'study'],
  // "Only one report from Korea tells of a woman who had …" (session 43: her uterine cancer given to the
  // patient); "… has been reported in a 60-year-old man"
  ['only', 'one', 'report'],
  ['one', 'report', 'from'],
  ['a', 'report', 'from'],
  ['a', 'single', 'report'],
  ['reports', 'from'],
  ['has', 'been', 'reported'],
  ['have', 'been', 'reported'],
  ['had', 'been', 'reported'],
];
/** {@link CITING} indexed by its first word. */
const CITING_BY_FIRST: ReadonlyMap<string, readonly (readonly string[])[]> = groupByFirst(CITING);

/**
 * "Smith et al. reported a woman with dysphagia", "In a previous report, a woman … had skin ulcers": an
 * indefinite person ("a woman", "a 60-year-old man") in a sentence that cites another report is that report's
 * patient, not this one — in a case section too.
 */
function citedPerson(toks: readonly Token[], cue: Token): boolean {
  const i = toks.indexOf(cue);
  // "a woman"; "a 60-year-old man", where the age is the cue
  if (toks[i - 1]?.norm !== 'a' && toks[i - 1]?.norm !== 'an') return false;
  // (each phrase tried only where its first word stands)
  for (let k = 0; k < toks.length; k++)
    if (CITING_BY_FIRST.get(toks[k]!.norm)?.some((p) => seq(toks, k, p))) return true;
  return false;
}

/**
 * The opening of a sentence about a case other than the report's own: "In a previous case", "In a similar case
 * reported from …", "Another patient", "Our previous patient", "In one earlier case" (session 40).
 */
// (session 41 grid: also "The patient in our previous report had …", "The case described in an earlier report …", a
// cancer of that case given to this patient)
const OTHER_CASE_OPENING_RE =
  /^\W{0,3}(?:(?:(?:in|for|of|as\s+in)\s+)?(?:(?:a|an|one|our)\s+(?:previous|prior|earlier|similar|former)\s+|another\s+(?:(?:similar|previous|earlier)\s+)?)(?:case|patient|woman|man)\b|the\s+(?:case|patient|woman|man)\s+(?:(?:described|reported|presented|published)\s+)?in\s+(?:our|a|an|the)\s+(?:previous|prior|earlier|former)\s+(?:report|publication|paper|article|study)\b)/i;
/** The report's own patient named in a sentence ("our patient", "this case", "the present patient"). */
const OWN_CASE_RE = /\b(?:our|this|the\s+present|the\s+current|the\s+index)\s+(?:patient|case)\b/i;

/** The objects of a work-up that some authors call a "study" ("study of antibodies", "study for neoplasia"). */
const WORK_UP_OBJECTS = new Set([
  'antibodies',
  'autoantibodies',
  'antibody',
  'enzymes',
  'serology',
  'immunology',
  'autoimmunity',
  'neoplasia',
  'neoplasm',
  'malignancy',
  'cancer',
  'tumor',
  'tumour',
  'markers',
]);

/** Whether "study" at token `i` names a work-up: "of" or "for", then one of its objects within three words. */
function workUpStudy(toks: readonly Token[], i: number): boolean {
  if (toks[i]!.norm !== 'study' || (toks[i + 1]?.norm !== 'of' && toks[i + 1]?.norm !== 'for')) return false;
  return toks.slice(i + 2, i + 6).some((x) => WORK_UP_OBJECTS.has(x.norm));
}

/** Frequency words: a present-tense sentence with one states what is usual, not what this patient has. */
const FREQUENCY = new Set<string>([
  ...USUAL,
  // "Fever is uncommon in dermatomyositis": how rarely a disease shows something is a frequency too
  'uncommon',
  'rare',
  'rarely',
  'infrequent',
  'infrequently',
]);

/** Words of a present-tense statement about how often or how typically a disease shows something. */
const GENERAL_PREDICATE = new Set([
  ...FREQUENCY,
  'classic',
  'classical',
  'classically',
  'generally',
  'commonest',
  'useful',
  'prognostic',
  'feature',
  'features',
  // "The 2017 EULAR/ACR criteria include heliotrope rash, …"
  'include',
  'includes',
  'criteria',
  // "Antisynthetase syndrome comprises …", "The criteria score …": what a disease or the criteria consist of
  'comprises',
  'comprise',
  'encompasses',
  'score',
  'scores',
]);

/** Words before "cause" that rank it among a disease's causes of something ("the leading cause of death"). */
const MAIN_CAUSE: ReadonlySet<string> = new Set([
  'leading',
  'main',
  'major',
  'commonest',
  'principal',
  'chief',
]);

/**
 * A sentence on the first line that states what a disease usually shows ("Calcinosis is common in juvenile
 * DM", "The classic cutaneous findings include …", "Mechanic's hands are a feature of …"): a general statement
 * in the present tense, without a patient or a self-reference, is not a title describing the patient (a title's
 * "… may present as …", "… presenting with …" carries no such word and stays the title).
 */
function titleGeneralStatement(toks: readonly Token[], c: Cues): boolean {
  return (
    c.patient === undefined &&
    c.self === undefined &&
    !c.past &&
    ((c.present && toks.some((t) => GENERAL_PREDICATE.has(t.norm))) ||
      // "Interstitial lung disease is the leading cause of death in anti-MDA5 DM" (session 37: the first sentence
      // of a text without a title line gave the patient the lung disease)
      (c.present && toks.some((t, i) => t.norm === 'cause' && MAIN_CAUSE.has(toks[i - 1]?.norm ?? ''))) ||
      // "Dysphagia is an important predictor of poor outcome in dermatomyositis", "Periorbital oedema is an
      // under-recognised manifestation of DM", "ILD remains the main determinant of prognosis in DM" (session 37:
      // the patient given the finding): what role a finding plays in a disease, said in the present tense of a
      // disease named after it — not a title that reports a case ("…: a case report")
      (c.present && diseaseRole(toks)) ||
      presenceCondition(toks) ||
      frequentIn(toks) ||
      // "In dermatomyositis, proximal weakness develops over weeks": a disease framing a present-tense statement
      (c.present &&
        toks[0]?.norm === 'in' &&
        DISEASE_SUBJECT.has(toks[1]?.norm ?? '') &&
        toks[2]?.norm === ','))
  );
}

/** Nouns of the role a finding plays in a disease ("a predictor of …", "a complication of …"). */
const DISEASE_ROLE: ReadonlySet<string> = new Set([
  'predictor',
  'predictors',
  'determinant',
  'determinants',
  'marker',
  'markers',
  'complication',
  'complications',
  'manifestation',
  'manifestations',
  'cause',
  'causes',
]);

/**
 * A role noun of {@link DISEASE_ROLE} with a disease word after it, in a sentence that reports no case (no colon,
 * no "case"): "X is a frequent complication of juvenile DM".
 */
function diseaseRole(toks: readonly Token[]): boolean {
  const k = toks.findIndex((t) => DISEASE_ROLE.has(t.norm));
  return (
    k >= 0 &&
    toks.slice(k + 1).some((t) => DISEASE_SUBJECT.has(t.norm) && t.norm !== 'it' && t.norm !== 'they') &&
    !toks.some((t) => t.norm === ':' || t.norm === 'case' || t.norm === 'cases' || t.norm === 'report')
  );
}

/**
 * "Dysphagia and proximal weakness: both common in inclusion body myositis": a word of frequency followed by
 * "in" / "among" states how often a group or a disease shows something, with or without a verb.
 */
function frequentIn(toks: readonly Token[]): boolean {
  return toks.some(
    (t, i) => FREQUENCY.has(t.norm) && (toks[i + 1]?.norm === 'in' || toks[i + 1]?.norm === 'among'),
  );
}

/** ", when present," / ", if present,": a condition on a sign's presence, said of the disease ("Dysphagia, when
 * present, indicates …"). */
function presenceCondition(toks: readonly Token[]): boolean {
  return toks.some(
    (t, i) =>
      (t.norm === 'when' || t.norm === 'if') &&
      toks[i - 1]?.norm === ',' &&
      toks[i + 1]?.norm === 'present' &&
      toks[i + 2]?.norm === ',',
  );
}

/** Whether a sentence names a disease or frames its statement as one about a disease or a group. */
function framesDisease(all: readonly Token[]): boolean {
  return all.some((t) => DISEASE_FRAME.has(t.norm) || DISEASE_SUBJECT.has(t.norm));
}

/**
 * A sentence that opens a case narrative: an indefinite person with an age as its subject, in the past
 * tense, without a citation or a general cue ("A 64-year-old man presented with …"). In an introduction
 * that runs on into the case without a heading, it starts this patient's narrative; a cited case carries
 * a citation or a reporting verb ("Smith et al. described a 67-year-old man [4]") and is caught before.
 */
function caseOpening(all: readonly Token[], c: Cues): boolean {
  const tokens = cueTokens(all);
  const at = namedOpener(tokens);
  const first = tokens[at]?.norm;
  // "Background: 68 y/o man; farmer; diabetic." (session 38: the age and sex lost): a
  // line with no verb at all that opens with the age of the person it names is that person's introduction
  if (
    !c.past &&
    !c.present &&
    c.patient !== undefined &&
    c.citation === undefined &&
    c.strong === undefined &&
    c.cohort === undefined &&
    ageOpens(tokens, c.patient)
  )
    return true;
  return (
    (((first === 'a' || first === 'an') &&
      c.patient !== undefined &&
      (c.patient === tokens[at + 1] || (at > 0 && c.patient === tokens[0]))) ||
      // ("68 y/o man presented with …": a note's opener without the article)
      (c.patient !== undefined && c.patient === tokens[0] && ageOpens(tokens, c.patient))) &&
    // past tense, or a vignette's present tense when the person has an age ("A 64-year-old man presents with two
    // weeks of …", session 27; "A patient presents with …" stays any patient)
    ((c.past && !c.present) || (c.present && !c.past && statesAge(tokens))) &&
    c.citation === undefined &&
    c.strong === undefined &&
    c.cohort === undefined
  );
}

/**
 * Whether the tokens open with an age ("68 y/o", "A 68-year-old", "68-year-old") right before the person noun
 * `person` ("68 y/o man", "a 68-year-old retired nurse").
 */
function ageOpens(tokens: readonly Token[], person: Token): boolean {
  const k = tokens[0]?.norm === 'a' || tokens[0]?.norm === 'an' ? 1 : 0;
  if (tokens[k]?.kind !== 'number' || !ageAfter(tokens, k + 1)) return false;
  const p = tokens.indexOf(person);
  return p >= k && p <= k + 7;
}

/** Participles of observing after "could be" ("could be seen", "could be demonstrated", "could be palpated"). */
const OBSERVED_PARTICIPLES: ReadonlySet<string> = new Set([
  'seen',
  'demonstrated',
  'detected',
  'observed',
  'noted',
  'found',
  'identified',
  'elicited',
  'palpated',
  'felt',
  'heard',
  'appreciated',
  'visualized',
  'visualised',
  'shown',
]);
/** Words after "could be seen in" that make it a frequency in a group ("could be seen in up to 30% of patients"). */
const GROUP_AFTER_IN: ReadonlySet<string> = new Set([
  'up',
  'most',
  'many',
  'some',
  'all',
  'patients',
  'cases',
  'about',
]);

/**
 * "could be seen", "could be demonstrated" at `i` (the "could"): an observation the examiner was able to make, told
 * in the past — not a modal of what a disease can do ("… could be seen in up to 30% of patients", "could be caused
 * by" are not).
 */
function pastObservation(tokens: readonly Token[], i: number): boolean {
  if (tokens[i + 1]?.norm !== 'be' || !OBSERVED_PARTICIPLES.has(tokens[i + 2]?.norm ?? '')) return false;
  if (tokens[i + 3]?.norm !== 'in') return true;
  const g = tokens[i + 4];
  return !(g !== undefined && (g.kind === 'number' || GROUP_AFTER_IN.has(g.norm)));
}

/** "can't", "can not", "could not", "couldn't": a modal of ability negated right after it. */
function negatedAbility(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]!.norm;
  if (w !== 'can' && w !== 'could') return false;
  const next = tokens[i + 1]?.norm;
  // (the apostrophe may be a token of its own or left out of the tokens scanned)
  return (
    next === 'not' || next === 't' || ((next === "'" || next === '\u2019') && tokens[i + 2]?.norm === 't')
  );
}

/** Nouns after "general" that name a patient's state ("deterioration in general condition"). */
const GENERAL_STATE = new Set(['condition', 'health', 'state', 'status', 'well', 'wellbeing', 'appearance']);

/** "Fever with deterioration in general condition was reported" (session 26: read as general): no general cue. */
function generalCondition(tokens: readonly Token[], i: number, phrase: readonly string[]): boolean {
  return (
    phrase.length === 2 &&
    phrase[0] === 'in' &&
    phrase[1] === 'general' &&
    GENERAL_STATE.has(tokens[i + 2]?.norm ?? '')
  );
}

/** Modals after a bare person noun that make it any patient ("Patient may …", "Patient can …"). */
const BARE_NOUN_MODALS = new Set(['may', 'might', 'can', 'could', 'should', 'will', 'would', 'must']);

/** Titles that open a patient's name ("Mrs. AB, a 40-year-old woman, …"). */
const NAME_TITLES = new Set(['mrs', 'mr', 'ms', 'miss']);

/**
 * "Mrs. AB, a 40-year-old woman, presented …" (session 26: a case told under an "Introduction" heading lost): the
 * index of the "a" after a title, a name of up to three words and a comma; 0 when the sentence does not open so.
 */
function namedOpener(tokens: readonly Token[]): number {
  if (!NAME_TITLES.has(tokens[0]?.norm ?? '')) return 0;
  let k = tokens[1]?.norm === '.' ? 2 : 1;
  const from = k;
  while (k < from + 3 && tokens[k]?.kind === 'word' && tokens[k]!.norm !== 'a') k++;
  if (tokens[k]?.norm === '.') k++;
  return k > from && tokens[k]?.norm === ',' ? k + 1 : 0;
}

/** "Unlike our patient, …", "In contrast to this case, …": a self-reference that others are compared with. */
function contrastedSelf(toks: readonly Token[], self: Token): boolean {
  const i = toks.indexOf(self);
  // the self-reference's first word: "our patient", "the present case"
  let k = i - 1;
  while (k >= 0 && ['our', 'this', 'the', 'present', 'current'].includes(toks[k]!.norm)) k--;
  const w = toks[k]?.norm;
  return (
    k <= 2 &&
    (w === 'unlike' || (w === 'to' && (toks[k - 1]?.norm === 'contrast' || toks[k - 1]?.norm === 'contrary')))
  );
}

/**
 * The caption of a table of reference material, not of the patient: differential diagnoses, classification
 * criteria and their points, cases from the literature.
 */
const REFERENCE_TABLE_RE =
  /^(?:Table|Tab\.)\s*[0-9IVX]+[.:]?\s+(?:[\w/-]+\s+){0,4}(?:differential|criteria|classification|(?:previously |published |reported )+cases|cases reported|literature|review)\b/i;

/**
 * Attributes every sentence of a document (in order).
 * @param text - the whole input
 * @param sentences - the document's sentences, in order
 */
export function attributeSentences(
  text: string,
  sentences: readonly AttributableSentence[],
): SentenceAttribution[] {
  const out: SentenceAttribution[] = [];
  let narrative = sentences.length > 0 && priorOf(sentences[0]!.section) === 'open';
  let titleLine = -1;
  // An introduction that runs on into the case without a heading: the section where an uncited "A
  // 64-year-old man presented …" opened this patient's narrative (see caseOpening).
  let caseOpenedIn: Section | undefined;
  // a case section that introduces the patient tells the case itself (one that only gives results under a research
  // abstract's "Results:" does not: session 24, "Background: … We report a 60-year-old man …" lost its age); and
  // whether a sentence before was read as the case
  const caseSectionTells = sentences.some((s) => s.section.kind === 'case' && introducesPatient(s.tokens));
  let caseRead = false;
  // In a present-tense vignette, a plural subject in the present tense ("Pink macules are present on the
  // eyelids", "Laboratory studies show …") goes on describing the patient while the narrative runs.
  let vignette: boolean | undefined;
  // the section of a pasted reference table being read (see REFERENCE_TABLE_RE), and the end of the last sentence
  let referenceTable: Section | undefined;
  let prevEnd = 0;
  // the family-history section whose first sentence reported nothing ("nil", "non-contributory")
  let familyClosed: Section | undefined;
  // lineOf, asked many times of each sentence: the line last found is kept (any offset in it, or at its line
  // break, has that line), not searched for again from the sentence to both ends of its paragraph
  let lastLine: { start: number; end: number } = { start: 0, end: -1 };
  const lineAt = (at: number) =>
    at >= lastLine.start && at <= lastLine.end ? lastLine : (lastLine = lineOf(text, at));
  for (const s of sentences) {
    if (!caseRead && out.length) {
      const last = out[out.length - 1]!;
      caseRead =
        last.subject === 'patient' &&
        last.reason !== 'title' &&
        (last.reason === 'introduction-case' || priorOf(sentences[out.length - 1]!.section) !== 'literature');
    }
    // "… Method: Described is the case of … Result: Disease activity and ILD were key factors …" (session 26): a
    // run-in label the heading table does not know ends the case opened in an introduction or a discussion
    if (caseOpenedIn === s.section && s.tokens[1]?.norm === ':' && s.tokens[0]?.kind === 'word')
      caseOpenedIn = undefined;
    const found = priorOf(s.section);
    const prior = found === 'literature' && caseOpenedIn === s.section ? 'neutral' : found;
    const toks = s.tokens;
    const body = text.slice(s.start, s.end);
    const put = (subject: Subject, reason: AttributionReason, cue?: Token) => {
      const at: SentenceAttribution = { subject, reason };
      if (cue) at.cue = { start: cue.start, end: cue.end };
      out.push(at);
    };
    if (prior === 'skip') {
      put('meta', 'meta-line');
      continue;
    }
    // "Family history: nil. She had a heliotrope rash." (session 21): after a family history that reports nothing,
    // the next sentences of its run-on line are read by the ordinary rules
    if (prior === 'family' && familyClosed !== s.section) {
      put('relative', 'family-section');
      if (toks.every((t) => NOTHING_TO_REPORT.has(t.norm))) familyClosed = s.section;
      continue;
    }
    // "What is the diagnosis? A. Neurogenic hypertrophy B. Marginal zone lymphoma …" (session 22: the lymphoma given
    // to the patient): the lettered options of a quiz question are candidates, not the patient's facts; the answer
    // line ("Answer: D. Focal myositis") is read as usual
    if (answerOption(text, sentences, out.length)) {
      put('general', 'answer-option');
      continue;
    }
    // "Compared with the usual picture of myositis with a raised CK, …": the frame that
    // comparisonFrameEnd split off the patient's clause is the usual picture of the disease
    if (text.charAt(s.end) === ',' && comparisonFrame(toks)) {
      put('general', 'generalisation');
      continue;
    }
    // "…, which are strongly associated with ovarian cancer": the closing relative clause split off a report by
    // mixedClauseBoundary says what goes with the finding in general (whatever adverb stands in it)
    if (toks[0]?.norm === 'which' && TRAILING_ASSOCIATION_RE.test(body)) {
      put('general', 'generalisation');
      continue;
    }
    const meta =
      isMeta(text, toks, s.clinical) || (s.section.role === 'front-matter' && articleTypeLabel(toks));
    const c = cues(text, toks);
    // The title: the first line that is not page furniture or a meta line (one or more short sentences,
    // without a definition or a cohort figure).
    if (titleLine === -1 && !meta) {
      const line = lineAt(s.start);
      titleLine =
        (prior === 'neutral' ||
          prior === 'open' ||
          // "Case report: X with Y" names the case on the heading's own line; under a heading alone on its line
          // ("Case report", then the case) the next line is the case's first sentence, not a title
          (s.section.kind === 'case' &&
            s.section.heading !== undefined &&
            lineAt(s.section.heading.start).start === line.start)) &&
        (line.end - line.start <= 200 ||
          // "X complicated by Y in a 23-year-old man: what a working diagnosis … means at the bedside" (session 38: a
          // title of 202 characters read as a general statement): a longer line is a title still when it is the
          // line's one sentence and ends without a full stop
          (line.end - line.start <= 320 &&
            s.end >= line.end &&
            !/[.!?]["'”’)]?\s*$/.test(text.slice(s.start, line.end)))) &&
        // "A 45-year-old woman had a rash. Skin ulcers are a marker of …": a past-tense report of a patient
        // followed by a further sentence on the same line opens a short text, not a title (a title is a
        // heading, not a report); its later sentences are read by the ordinary rules
        // … and so does such a report closed by its full stop on a line of its own ("A 54-year-old woman presented
        // with weakness and a rash.\nCT showed …", session 40: a clinic note's first sentence read as a title, so the
        // work-up after it had no presentation before it): a title names, it does not end on a stop after a verb
        !(
          (s.end < line.end || /\.["'”’)]?\s*$/.test(text.slice(s.start, line.end))) &&
          c.patient !== undefined &&
          mainPastVerb(toks) &&
          !c.present &&
          c.self === undefined
        ) &&
        // the title line alone, or run on (no full stop) into an author line ("Pannu AK, Varma SC")
        (s.end <= line.end ||
          isMeta(
            text,
            toks.filter((t) => t.start >= line.end),
            false,
          ))
          ? line.start
          : -2;
    }
    // "X associated with DM: the first 2 cases in Korea", "… in two patients": a title that reports two or three
    // cases names what each of them has, the patient described among them (a count is a cohort from four on)
    const fewCases = titleLine >= 0 && lineAt(s.start).start === titleLine ? smallCaseCount(toks) : undefined;
    if (fewCases !== undefined) {
      if (c.cohort === fewCases.count) delete c.cohort;
      if (c.strong === fewCases.noun) delete c.strong;
    }
    if (
      titleLine >= 0 &&
      lineAt(s.start).start === titleLine &&
      // "X as an early manifestation of lung cancer: report of a rare case", "…: a case report and review of
      // literature": a title that reports a case
      (c.strong === undefined ||
        c.self !== undefined ||
        // (not a "Case report:" label opening the case on the same line)
        /\bcase report\b(?!\s*:)/i.test(text.slice(titleLine, lineAt(s.start).end)) ||
        // "… esophageal carcinoma – a rare association and a brief review of literature": a review joined by
        // "and" to something else is a case report's title (a review alone, "X: a review of the literature",
        // is not, nor a series of cases)
        (c.strong.norm === 'literature' &&
          !/\b(?:case series|series of|cases|patients)\b/i.test(text.slice(titleLine, lineAt(s.start).end)) &&
          /\band\s+(?:an?\s+)?(?:(?:brief|short|concise|narrative)\s+)?review\s+of\s+(?:the\s+)?literature\W*$/i.test(
            text.slice(titleLine, lineAt(s.start).end),
          ))) &&
      c.cohort === undefined &&
      !titleGeneralStatement(toks, c) &&
      !(c.self !== undefined && contrastedSelf(toks, c.self)) &&
      !(c.patient !== undefined && citedPerson(toks, c.patient))
    ) {
      put('patient', 'title');
      continue;
    }
    // "Dysphagia is the main cause of aspiration in DM." opening a text without a title line (session 37: the
    // patient given the dysphagia, the narrative of an open text taking it): the general statement on the first
    // line is the disease's, and the narrative starts with the patient
    if (
      titleLine >= 0 &&
      lineAt(s.start).start === titleLine &&
      c.cohort === undefined &&
      titleGeneralStatement(toks, c)
    ) {
      titleLine = -2;
      narrative = false;
      put('general', 'generalisation');
      continue;
    }
    titleLine = titleLine >= 0 && lineAt(s.start).start === titleLine ? -2 : titleLine;
    if (meta) {
      put('meta', 'meta-line');
      continue;
    }
    // A pasted table captioned as reference material ("Table 2. Differential diagnosis", "Table 3. EULAR/ACR 2017
    // criteria", "Table 1. Previously reported cases"): its rows are no facts of the patient, up to a blank line, a
    // new section or a sentence with a patient cue
    // (a caption opens with "T" or "t": no slice of the line for the pattern otherwise)
    const caption =
      (text.charCodeAt(s.start) | 32) === 116
        ? REFERENCE_TABLE_RE.exec(text.slice(s.start, lineAt(s.start).end))
        : null;
    if (caption) referenceTable = s.section;
    else if (
      referenceTable !== undefined &&
      (referenceTable !== s.section ||
        /\n[ \t]*\n/.test(text.slice(prevEnd, s.start)) ||
        c.patient !== undefined ||
        c.self !== undefined)
    )
      referenceTable = undefined;
    prevEnd = s.end;
    if (referenceTable !== undefined) {
      put('general', 'literature-section');
      continue;
    }
    if (c.lesson !== undefined) {
      put('general', 'lesson', c.lesson);
      continue;
    }
    // "Figure 2. Violaceous papules, characteristic of DM, are seen over the knuckles" (session 25: the legend read
    // as a statement about the disease): a figure legend shows the patient, in the present tense, unless it names a
    // group, a citation or another person, or states a definition outside an aside
    if (
      FIGURE_LEGEND_RE.test(text.slice(lineAt(s.start).start, s.start + 1)) &&
      prior !== 'literature' &&
      c.cohort === undefined &&
      c.citation === undefined &&
      c.patient === undefined &&
      (c.strong === undefined || commaAside(toks, c.strong)) &&
      c.definitional === undefined
    ) {
      put('patient', 'narrative');
      continue;
    }
    // "In a previous case, CK was 3200 U/L", "Another patient in our clinic had a heliotrope rash" (session 40 lab
    // grid: read as this patient's): a sentence that opens on a case other than the report's own is that case's,
    // unless it names the report's own patient too ("… than in our patient")
    if (OTHER_CASE_OPENING_RE.test(body) && !OWN_CASE_RE.test(body)) {
      narrative = false;
      put('other-patient', 'cited-case');
      continue;
    }
    // "Unlike our patient, most cases had ILD": the self-reference sets the others apart; the sentence is theirs
    if (c.self !== undefined && contrastedSelf(toks, c.self)) {
      put('general', 'generalisation', c.self);
      continue;
    }
    // "We describe a subtype of dermatomyositis associated with anti-MDA5 antibodies" (session 22: MDA5 read
    // positive): the authors describe a kind of the disease, not their patient
    // "We review this subtype and recommend ferritin testing in patients with fever" (session 26: ferritin read
    // raised): the authors' advice for any patient
    // "We review … and suggest consideration of dermatomyositis in patients presenting with a raised ferritin"
    // (session 29): advice for any patient, with no patient of the report's named, is general without a kind either
    // (any two of: a kind of the disease, advice, no patient of the report named)
    if (c.self !== undefined) {
      const kind = KIND_OF_RE.test(body);
      const advice = ADVICE_RE.test(body);
      const noPatient = c.patient === undefined;
      if ((kind && (noPatient || advice)) || (noPatient && advice)) {
        put('general', 'generalisation', c.self);
        continue;
      }
    }
    // "Recently, anti-TIF1-γ antibodies were identified as myositis-specific, and are strongly associated with
    // malignancy but not ILD" (session 22: TIF1-γ read positive, ILD absent): an antibody's associations stated in
    // the present tense, with no patient named, are general whatever else the sentence tells in the past
    if (
      c.patient === undefined &&
      c.self === undefined &&
      ASSOCIATION_RE.test(body) &&
      // ("Anti-MDA5 antibodies were positive, and these are associated with …": the result is the patient's)
      !RESULT_WORD_RE.test(body)
    ) {
      put('general', 'generalisation');
      continue;
    }
    // "X is characterised by … antibody (in this case, anti-EJ) with one or more of …": a self-reference in
    // brackets is an aside; the sentence it sits in stays a definition
    if (
      c.self !== undefined &&
      !((c.definitional !== undefined || c.strong !== undefined) && inBrackets(toks, c.self))
    ) {
      narrative = true;
      // "DISCUSSION: We describe a 70-year-old woman …" (session 26): with no case section that introduces the
      // patient and nothing read as the case before, the authors' report of their case in an introduction or a
      // discussion opens the case there
      if (
        prior === 'literature' &&
        !caseSectionTells &&
        !caseRead &&
        (s.section.kind === 'introduction' || s.section.kind === 'discussion') &&
        introducesPatient(toks)
      ) {
        caseOpenedIn = s.section;
        put('patient', 'introduction-case', c.self);
        continue;
      }
      put('patient', 'self-reference', c.self);
      continue;
    }
    // "The presence of mechanic's hands in a patient with lung involvement should prompt …": any patient,
    // in a recommendation
    // "In a patient who has proximal weakness and a rash, a biopsy is usually done" (session 25: the weakness
    // given to the patient of a quiz): any patient, framed by "in" or "for", in the present tense
    if (
      c.patient !== undefined &&
      indefinitePatient(toks, c.patient) &&
      (toks.some((x) => x.norm === 'should') || (framedPatient(toks, c.patient) && c.present && !c.past))
    ) {
      narrative = false;
      put('general', 'generalisation', c.patient);
      continue;
    }
    // "Affected patients are generally over 50 years of age, with …" (session 26: the age and the weakness given to
    // the patient): a plural subject with a hedge of frequency in the present tense speaks of the patients of a
    // disease, whatever age it names
    if (
      c.patient !== undefined &&
      c.self === undefined &&
      c.pluralSubject &&
      c.weak !== undefined &&
      c.present &&
      !c.past
    ) {
      narrative = false;
      put('general', 'generalisation', c.weak);
      continue;
    }
    if (
      prior !== 'literature' &&
      c.patient !== undefined &&
      c.cohort === undefined &&
      !citedPerson(toks, c.patient)
    ) {
      // "A 62-year-old woman is evaluated for …": a case told in the present tense (board questions,
      // clinical images), decided by the first sentence about the patient
      vignette ??= c.present && !c.past;
      narrative = true;
      put('patient', 'patient-cue', c.patient);
      continue;
    }
    // "Clinical examination shows a heliotrope rash", "Electromyography reveals a myopathic pattern" (session 27:
    // a letter told in the present tense, read as a definition): while the patient's narrative runs, an
    // examination or a study that shows something in the present tense reports this patient's result, also when it
    // calls the sign typical ("shows the characteristic eruption")
    if (
      narrative &&
      (c.weak === undefined || inBrackets(toks, c.weak)) &&
      (c.strong === undefined || USUAL_PICTURE.has(c.strong.norm)) &&
      c.cohort === undefined &&
      c.citation === undefined &&
      presentStudyReport(toks)
    ) {
      put('patient', 'narrative');
      continue;
    }
    // "IMNM presents with …", "Heliotrope rash is a violaceous erythema …": a present-tense definition
    if (c.definitional !== undefined && c.patient === undefined && c.present && !c.past) {
      narrative = false;
      put('general', 'definition', c.definitional);
      continue;
    }
    // "Autoimmune serology including ANA, myositis antibody panel [2] and anti-HMGCR were negative": in a case
    // section a reference marker beside a past-tense report cites the method, and the result stays the patient's
    if (
      prior === 'case' &&
      c.citation !== undefined &&
      c.strong === undefined &&
      c.cohort === undefined &&
      c.past &&
      !c.present
    ) {
      put('patient', 'case-section');
      continue;
    }
    if (
      c.strong !== undefined ||
      c.citation !== undefined ||
      c.cohort !== undefined ||
      (c.patient !== undefined && citedPerson(toks, c.patient))
    ) {
      narrative = false;
      if (c.cohort !== undefined) put('cohort', 'cohort-figure', c.cohort);
      else if (c.patient !== undefined) put('other-patient', 'cited-case', c.patient);
      else put('general', c.strong !== undefined ? 'definition' : 'generalisation', c.strong ?? c.citation);
      continue;
    }
    if (prior === 'literature' && s.section.kind === 'introduction' && caseOpening(toks, c)) {
      caseOpenedIn = s.section;
      narrative = true;
      put('patient', 'introduction-case', c.patient);
      continue;
    }
    // "In this article, we report a case of … The patient was misdiagnosed for more than 1 year and …": in an
    // introduction, "the patient" opening the sentence right after the authors' report of their case is that
    // patient, told in the introduction (any other definite or cited patient stays another patient)
    if (
      prior === 'literature' &&
      out.at(-1)?.reason === 'self-reference' &&
      c.patient !== undefined &&
      c.citation === undefined &&
      toks[0]?.norm === 'the' &&
      toks[1] === c.patient &&
      c.patient.norm === 'patient'
    ) {
      narrative = true;
      put('patient', 'introduction-case', c.patient);
      continue;
    }
    if (prior === 'literature') {
      narrative = false;
      put(c.patient !== undefined ? 'other-patient' : 'general', 'literature-section', c.patient);
      continue;
    }
    // "Home medications include losartan", "Past medical history includes hypertension" (session 22: read as a
    // general statement, and the lab panels after it lost as general too): the present tense of a record
    if (recordIncludes(toks) && c.cohort === undefined && c.strong === undefined) {
      narrative = true;
      put('patient', 'narrative');
      continue;
    }
    const describesPatient = vignette === true && narrative && !framesDisease(toks);
    const generic =
      ((c.weak !== undefined || (c.pluralSubject && !describesPatient)) && c.present && !c.past) ||
      // "Dysphagia, when present, indicates …": a condition on a sign's presence, whatever the verb
      (c.patient === undefined && !c.past && presenceCondition(toks));
    if (prior === 'case') {
      if (generic) put('general', 'generalisation', c.weak);
      else put('patient', 'case-section');
      continue;
    }
    // Neutral section: a report in the past tense, or any sentence while a patient narrative runs, is the
    // patient's; present-tense statements without a patient cue are general, and so is one that states a
    // frequency even while a narrative runs ("Proximal weakness and dysphagia are common in IBM").
    // "Heliotrope rash is one of the EULAR/ACR criteria": the criteria, like a frequency, speak of the disease
    const frequency =
      c.patient === undefined && toks.some((t) => FREQUENCY.has(t.norm) || t.norm === 'criteria');
    if (
      !generic &&
      narrative &&
      frequency &&
      !c.past &&
      // a verbless statement counts when its frequency word is "common in …" ("X and Y: both common in IBM")
      (c.present || frequentIn(toks))
    ) {
      // an aside inside the narrative: general, and the narrative goes on
      put('general', 'generalisation');
      continue;
    }
    if (generic || (c.present && !c.past && !narrative)) {
      narrative = false;
      put('general', 'generalisation', c.weak);
    } else if (narrative || c.past) put('patient', 'narrative');
    else put('general', 'no-patient-cue');
  }
  return markRelativeContinued(
    sentences,
    markIntroductionReport(sentences, markIntroductionCase(sentences, out), caseSectionTells),
  );
}

/** "We describe a subtype of", "… report a distinct form of": the authors' object is a kind of a disease. */
const KIND_OF_RE =
  /\b(?:describe|report|present|discuss|review)\s+(?:(?:an?|the)\s+(?:\w+\s+)?(?:subtype|subset|subgroup|form|variant|phenotype|type|spectrum)\s+of\b|this\s+(?:subtype|subset|variant|phenotype|entity|syndrome)\b)/i;
/** "… and recommend / suggest / advise … in patients (presenting) with …": advice for any patient. */
const ADVICE_RE =
  /\b(?:recommend|suggest|advise|propose)\b[^.;]{0,80}\bin\s+(?:all\s+)?patients\s+(?:(?:presenting|who\s+present)\s+)?with\b/i;
/** "is (strongly) associated with", "are linked to": an association in the present tense. */
const ASSOCIATED = String.raw`(?:is|are)\s+(?:\w+ly\s+)?(?:associated|linked|correlated)\s+(?:with|to)\b`;
/** "antibodies are (strongly) associated with", "is linked to": an antibody's association, present tense. */
const ASSOCIATION_RE = new RegExp(String.raw`\bantibod(?:y|ies)\b[^.;]{0,80}\b` + ASSOCIATED, 'i');

/** A test's result stated in the sentence. */
const RESULT_WORD_RE =
  /\b(?:positive|negative|positivity|negativity|detected|titres?|titers?|elevated|raised)\b/i;

/** A lettered option opening a sentence: "A. …", "b) …", "(C) …". */
const OPTION_RE = /^\(?[A-Ea-e][.)]\s+\S/;

/**
 * Whether sentence `i` is a lettered option of a quiz question: it opens with "A." … "E." and a question mark ends
 * a sentence among the six before it, with only options between.
 */
function answerOption(text: string, sentences: readonly AttributableSentence[], i: number): boolean {
  const open = (k: number) => OPTION_RE.test(text.slice(sentences[k]!.start, sentences[k]!.end));
  if (!open(i)) return false;
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    if (text.slice(sentences[k]!.start, sentences[k]!.end).trimEnd().endsWith('?')) return true;
    if (!open(k)) return false;
  }
  return false;
}

/** Verbs by which a text reports its case ("The study describes the case of …"). */
const CASE_REPORTING = new Set(['describes', 'reports', 'presents', 'details', 'documents', 'discusses']);

/**
 * Whether the group word at `i` ("study") is the subject of a verb that reports one case: "the case of", or "a" /
 * "an" before a singular person within the next few words ("describes a 37-year-old man").
 */
function oneCaseReported(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]!.norm !== 'study' || !CASE_REPORTING.has(tokens[i + 1]?.norm ?? '')) return false;
  const next = tokens.slice(i + 2, i + 9).map((x) => x.norm);
  if (next[0] === 'the' && next[1] === 'case' && next[2] === 'of') return true;
  return (next[0] === 'a' || next[0] === 'an') && next.some((w) => PERSON.has(w));
}

/** Nouns of a patient's record that are the patient's own whatever the tense ("Home medications include …"). */
const RECORD_NOUNS = new Set(['medications', 'medication', 'meds', 'comorbidities', 'allergies', 'labs']);
/** Words that may stand before a record noun ("her current home medications", "past medical history"). */
const RECORD_WORDS = new Set([
  'her',
  'his',
  'the',
  'patient',
  "'",
  's',
  'home',
  'current',
  'regular',
  'daily',
  'outpatient',
  'relevant',
  'pertinent',
  'notable',
  'other',
  'admission',
  'initial',
  'past',
  // session 30: "Previous medical history includes breast cancer" (read as a statement about the disease)
  'previous',
  'prior',
  'medical',
  'surgical',
  'history',
]);

/** Examinations and studies that open a report of their result ("Clinical examination shows …"). */
const STUDY_SUBJECTS: ReadonlySet<string> = new Set([
  'examination',
  'exam',
  'biopsy',
  'electromyography',
  'emg',
  'mri',
  'ct',
  'scan',
  'radiograph',
  'x-ray',
  'ultrasound',
  'ultrasonography',
  'echocardiography',
  'capillaroscopy',
  'pet',
  'pet-ct',
  'serology',
  'workup',
  'work-up',
  'laboratory',
  'tests',
  'investigations',
]);
/** Present-tense verbs that report a result. */
const RESULT_VERBS_PRESENT: ReadonlySet<string> = new Set([
  'shows',
  'reveals',
  'demonstrates',
  'confirms',
  'finds',
]);

/**
 * "Clinical examination shows …", "A chest CT reveals …", "Muscle biopsy demonstrates …": an examination or a study
 * among the first five words, then a present-tense verb of its result within the next three.
 */
function presentStudyReport(toks: readonly Token[]): boolean {
  // (the first five tokens only, not a look at every token of the sentence)
  let at = -1;
  for (let i = 0; i < 5 && i < toks.length; i++)
    if (STUDY_SUBJECTS.has(toks[i]!.norm)) {
      at = i;
      break;
    }
  if (at < 0) return false;
  for (let k = at + 1; k <= at + 3 && k < toks.length; k++)
    if (RESULT_VERBS_PRESENT.has(toks[k]!.norm)) return true;
  return false;
}

/**
 * "Home medications include …", "Past medical history includes …", "Her comorbidities include …": the sentence
 * opens with the patient's record (at most six words, no family history) and then "include(s)".
 */
function recordIncludes(toks: readonly Token[]): boolean {
  if (resultsAsFollows(toks)) return true;
  const at = toks.findIndex((t) => t.norm === 'include' || t.norm === 'includes');
  if (at < 1 || at > 6) return false;
  const head = toks.slice(0, at).map((t) => t.norm);
  if (head.every((w) => RECORD_NOUNS.has(w) || RECORD_WORDS.has(w))) {
    const history = head.includes('history') && (head.includes('medical') || head.includes('surgical'));
    if (history || head.some((w) => RECORD_NOUNS.has(w))) return true;
  }
  // "Relevant laboratory studies include a positive ANA and anti-PM-Scl" (session 30: read as general): results
  // called relevant, pertinent or notable are a selection from this patient's record
  if (
    head.every((w) => RESULT_NOUNS.has(w) || RESULT_WORDS.has(w) || RECORD_WORDS.has(w)) &&
    head.some((w) => RESULT_NOUNS.has(w)) &&
    head.some((w) => w === 'relevant' || w === 'pertinent' || w === 'notable')
  )
    return true;
  // "Laboratory studies include a CK of 2,000 U/L and a positive anti-PL-7" (session 24: the whole sentence was
  // read as general): results that include a measured value are the patient's; "Laboratory findings include a
  // raised CK" with no value stays a statement about the disease
  return (
    head.every((w) => RESULT_NOUNS.has(w) || RESULT_WORDS.has(w) || RECORD_WORDS.has(w)) &&
    head.some((w) => RESULT_NOUNS.has(w)) &&
    toks
      .slice(at + 1)
      .some((t, k, rest) => t.kind === 'number' && MEASURE_AFTER.test(rest[k + 1]?.norm ?? ''))
  );
}

/**
 * "On investigations are as follows: the blood count has platelets of 41,000/mm3 …" (session 25: read as a general
 * statement in the present tense): a set of results announced "as follows" is the record that comes after it.
 * Only result nouns may stand before it ("The criteria are as follows" stays general).
 */
function resultsAsFollows(toks: readonly Token[]): boolean {
  const at = toks.findIndex(
    (t, k) =>
      (t.norm === 'are' || t.norm === 'is') && toks[k + 1]?.norm === 'as' && toks[k + 2]?.norm === 'follows',
  );
  if (at < 1 || at > 8) return false;
  const head = toks.slice(toks[0]!.norm === 'on' ? 1 : 0, at).map((t) => t.norm);
  return (
    head.length > 0 &&
    head.every(
      (w) => RESULT_NOUNS.has(w) || RESULT_WORDS.has(w) || RECORD_WORDS.has(w) || FOLLOWS_WORDS.has(w),
    ) &&
    head.some((w) => RESULT_NOUNS.has(w))
  );
}
/** Words that may also stand before "… are as follows" ("the results of other clinical investigations"). */
const FOLLOWS_WORDS = new Set(['of', 'other', 'further', 'clinical', 'her', 'his', 'relevant', 'initial']);

/** Nouns of a set of results ("laboratory studies", "the work-up results"). */
const RESULT_NOUNS = new Set(['studies', 'tests', 'results', 'findings', 'investigations', 'values', 'data']);
/** Words that may stand before a result noun. */
const RESULT_WORDS = new Set([
  'laboratory',
  'lab',
  'blood',
  'serum',
  'serologic',
  'serological',
  'work',
  'up',
  '-',
  // "Further studies include CK 900 U/L …" (session 26)
  'further',
  'additional',
  'other',
]);
/** The token after a number that makes it a measured value: a unit's first word ("U/L", "mg/dL", "%", "×"). */
const MEASURE_AFTER = /^(?:u|iu|ui|mg|g|mmol|umol|µmol|μmol|ng|pg|mm|%|x|×|mu|miu|ku|cells|copies)$/;

/** Whether token `t` stands inside round brackets opened earlier in the sentence and not yet closed. */
/** Words that open a bracket of a reference range ("(normal: …", "(reference range …", "[ULN …"). */
const REFERENCE_BRACKET_OPENERS = new Set(['normal', 'reference', 'ref', 'nr', 'rr', 'ri', 'uln', 'n', 'nv']);

/** Whether token i stands inside a bracket (opened at most 24 tokens before) that opens with a reference word. */
function inReferenceBracket(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 24; k--) {
    const w = tokens[k]!.norm;
    if (w === ')' || w === ']') return false;
    if (w === '(' || w === '[') return REFERENCE_BRACKET_OPENERS.has(tokens[k + 1]?.norm ?? '');
  }
  return false;
}

function inBrackets(toks: readonly Token[], t: Token): boolean {
  let depth = 0;
  for (const x of toks) {
    if (x === t) return depth > 0;
    if (x.norm === '(') depth++;
    else if (x.norm === ')' && depth > 0) depth--;
  }
  return false;
}

/**
 * The authors' report of their case in the introduction ("Here we describe a case of necrotizing myopathy
 * secondary to …") is the case as the document tells it when no section of its own tells the case (an abstract
 * with an introduction); beside a case section it restates the case, like the discussion's "in our case, …",
 * and stays a self-reference that is not read (isCaseSentence).
 */
function markIntroductionReport(
  sentences: readonly AttributableSentence[],
  out: SentenceAttribution[],
  caseSectionTells: boolean,
): SentenceAttribution[] {
  if (caseSectionTells) return out;
  sentences.forEach((s, i) => {
    const a = out[i]!;
    if (a.reason === 'self-reference' && s.section.kind === 'introduction')
      out[i] = { ...a, reason: 'introduction-case' };
  });
  return out;
}

/** Whether a sentence states an age in years or months ("a 64-year-old man", "a 9-month-old girl"). */
function statesAge(toks: readonly Token[]): boolean {
  return toks.some((t, i) => t.kind === 'number' && ageAfter(toks, i + 1));
}

/** Whether "y/o" or "y.o." follows at `k` (a hyphen allowed before it): the clinic note's "years old". */
function yearsOldAbbreviated(toks: readonly Token[], k: number): boolean {
  if (toks[k]?.norm === '-') k++;
  const sep = toks[k + 1]?.norm;
  return toks[k]?.norm === 'y' && (sep === '/' || sep === '.') && toks[k + 2]?.norm === 'o';
}

/** Whether "year(s) old", "month(s) old" or "y/o" follows at `k` (hyphens allowed). */
function ageAfter(toks: readonly Token[], k: number): boolean {
  if (yearsOldAbbreviated(toks, k)) return true;
  if (toks[k]?.norm === '-') k++;
  const unit = toks[k]?.norm ?? '';
  if (!AGE_UNITS.has(unit) && unit !== 'month' && unit !== 'months') return false;
  k++;
  if (toks[k]?.norm === '-') k++;
  return toks[k]?.norm === 'old';
}

/** Whether a sentence introduces a patient: an age ("a 60-year-old", "aged 60") or "a/an" before a person noun. */
function introducesPatient(toks: readonly Token[]): boolean {
  return toks.some((t, i) => {
    if (t.norm === 'aged' && toks[i + 1]?.kind === 'number') return true;
    if ((t.norm === 'a' || t.norm === 'an') && PERSON.has(toks[i + 1]?.norm ?? '')) return true;
    return t.kind === 'number' && ageAfter(toks, i + 1);
  });
}

/**
 * "Her sister has lupus. She also has Raynaud phenomenon." (session 21: given to the patient): a sentence that opens
 * with "she also" / "he also" right after one whose subject is a relative of that pronoun's sex ("Her sister …",
 * "His father …") goes on about the relative.
 */
function markRelativeContinued(
  sentences: readonly AttributableSentence[],
  out: SentenceAttribution[],
): SentenceAttribution[] {
  for (let i = 1; i < sentences.length; i++) {
    const t = sentences[i]!.tokens;
    const pronoun = t[0]?.norm;
    if ((pronoun !== 'she' && pronoun !== 'he') || t[1]?.norm !== 'also' || out[i]!.subject !== 'patient')
      continue;
    const p = sentences[i - 1]!.tokens;
    const relatives = RELATIVES_BY_PRONOUN[pronoun];
    if ((p[0]?.norm === 'her' || p[0]?.norm === 'his') && relatives.has(p[1]?.norm ?? ''))
      out[i] = {
        subject: 'relative',
        reason: 'relative-continued',
        cue: { start: t[0]!.start, end: t[0]!.end },
      };
  }
  return out;
}

/** Marks the patient's sentences of an introduction that ran on into the case (see caseOpening). */
function markIntroductionCase(
  sentences: readonly AttributableSentence[],
  out: SentenceAttribution[],
): SentenceAttribution[] {
  let opened: Section | undefined;
  sentences.forEach((s, i) => {
    const a = out[i]!;
    if (a.reason === 'introduction-case') opened = s.section;
    else if (opened === s.section && a.subject === 'patient') out[i] = { ...a, reason: 'introduction-case' };
  });
  return out;
}

/** Words without which a clause holds no self-reference (see `cues`). */
const SELF_HINTS = new Set(['our', 'this', 'present', 'current', 'herein', 'here', 'we', 'case']);
/** "which is (strongly) associated with", "which are linked to": a relative clause of what a finding goes with. */
const TRAILING_ASSOCIATION_RE = new RegExp(
  String.raw`^which\s+(?:` +
    ASSOCIATED +
    // "…, which predisposes to ILD", "…, which carries a high risk of cancer" (session 26)
    String.raw`|predisposes\s+to\b|(?:carries|confers)\s+(?:an?\s+)?(?:\w+\s+)?risk\s+of\b)`,
  'i',
);
/** Past verbs of a report before such a clause ("was positive", "were detected", "she had calcinosis"). */
const PAST_REPORT = new Set([
  'was',
  'were',
  'had',
  'developed',
  'presented',
  'showed',
  'revealed',
  'detected',
  'demonstrated',
  'found',
]);
/** How many joins of a sentence {@link mixedClauseBoundary} looks at. */
const MAX_JOINS = 4;
/** Words that open a fronted clause set against the main one ("Although X is typical of …, our patient …"). */
const FRONTED_CONTRAST = new Set(['although', 'though', 'whereas', 'while', 'whilst']);

/** Words of the usual picture a patient is compared with ("the typical presentation", "the classic form"). */
const USUAL_PICTURE = new Set(['typical', 'usual', 'classic', 'classical', 'common', 'characteristic']);
/** Openers of the patient's own clause after a comparison frame ("…, her CK was normal", "…, our patient had …"). */
const PATIENT_OPENERS = new Set(['she', 'he', 'her', 'his', 'our', 'this', 'the']);

/**
 * "Compared with the usual picture of myositis with a raised CK, ALT and LDH, her CK was normal",
 * "Unlike the usual picture of myositis with raised CK, …" (session 25: the usual picture given to the patient):
 * a sentence that opens by comparing the patient with the usual picture of the disease. The frame is general;
 * the boundary is the comma before the patient's own clause.
 */
export function comparisonFrameEnd(tokens: readonly Token[]): number | undefined {
  if (!comparisonFrame(tokens)) return undefined;
  for (let i = 3; i < tokens.length - 1; i++) {
    if (tokens[i]!.norm !== ',') continue;
    const next = tokens[i + 1]!.norm;
    // session 29: "…, in this case only the CK was raised", "…, the first course in our patient was …"
    if (next === 'in' && thisCaseAt(tokens, i + 2)) return i;
    if (next === 'the' || next === 'this') {
      if (tokens[i + 2]?.norm === 'patient' || tokens[i + 2]?.norm === 'patients') return i;
      for (let k = i + 3; k <= i + 6 && k < tokens.length - 2; k++)
        if ((tokens[k]!.norm === 'in' || tokens[k]!.norm === 'of') && thisCaseAt(tokens, k + 1)) return i;
    } else if (PATIENT_OPENERS.has(next)) return i;
  }
  return undefined;
}

/** "this case", "our patient", "the present case" at `k`: the patient named by the report's own words. */
function thisCaseAt(tokens: readonly Token[], k: number): boolean {
  const d = tokens[k]?.norm;
  const n = d === 'the' && tokens[k + 1]?.norm === 'present' ? tokens[k + 2]?.norm : tokens[k + 1]?.norm;
  return (d === 'this' || d === 'our' || d === 'the') && (n === 'case' || n === 'patient');
}

/** Whether a sentence opens with "Unlike/Compared with/In contrast to (the) <usual picture>". */
function comparisonFrame(tokens: readonly Token[]): boolean {
  const w = (k: number) => tokens[k]?.norm ?? '';
  let k: number;
  if (w(0) === 'unlike' || w(0) === 'contrary') k = w(1) === 'to' ? 2 : 1;
  else if ((w(0) === 'compared' || w(0) === 'comparing') && (w(1) === 'with' || w(1) === 'to')) k = 2;
  else if (w(0) === 'in' && w(1) === 'contrast' && w(2) === 'to') k = 3;
  else return false;
  return tokens.slice(k, k + 3).some((t) => USUAL_PICTURE.has(t.norm));
}
/** Words that join a clause set against the one before ("…; our patient had none", "… but was not seen here"). */
function clauseContrast(w: string): boolean {
  // (compared, not looked up in a set: this is asked of every token of every sentence)
  // ("Anti-Jo-1 is usually positive in this syndrome, while her anti-PL-7 was negative", session 41: the general
  // clause's positive read as the patient's)
  return w === ';' || w === 'but' || w === 'whereas' || w === 'while' || w === 'whilst';
}

/**
 * "… our patient had none", "… she did not", "… ours did not", "… was not seen here": a clause that denies,
 * for the patient, what the clause before it said of others, without naming it again (session 20).
 * @param tokens - the clause's tokens
 */
export function ellipticalPatientDenial(tokens: readonly Token[]): boolean {
  // (the words counted before any array is made: most clauses have more than eight)
  let words = 0;
  for (const t of tokens) if (t.kind === 'word' && ++words > 8) return false;
  const w = tokens.filter((t) => t.kind === 'word').map((t) => t.norm);
  const n = w.length;
  if (n === 0 || n > 8) return false;
  let k = 0;
  if (w[0] === 'in' && (w[1] === 'our' || w[1] === 'this') && SELF_NOUNS.has(w[2] ?? '')) k = 3;
  if ((w[k] === 'our' || w[k] === 'this' || w[k] === 'the') && SELF_NOUNS.has(w[k + 1] ?? '')) k += 2;
  else if (w[k] === 'ours' || w[k] === 'she' || w[k] === 'he') k += 1;
  const rest = w.slice(k).join(' ');
  if (k > 0)
    return /^(?:had none|had no such \w+|did not|didn't|did not have (?:it|them|this|these)|does not|showed none|had neither)$/.test(
      rest,
    );
  // an elided subject: "… but was not seen here / in our patient / in this case"
  return /^(?:was|were) (?:not (?:seen|found|observed|present)|absent) (?:here|in (?:our|this|the present) (?:patient|case))$/.test(
    rest,
  );
}

/** How many brackets are open at the end of `tokens`. */
function bracketDepthBefore(tokens: readonly Token[]): number {
  let depth = 0;
  for (const t of tokens)
    if (t.norm === '(' || t.norm === '[') depth++;
    else if ((t.norm === ')' || t.norm === ']') && depth > 0) depth--;
  return depth;
}

/**
 * Whether a clause states something general or of a cohort: a strong general, cohort or definitional cue, or a
 * weak one in the present tense, with neither a self-reference nor a patient cue.
 */
function generalClause(text: string, tokens: readonly Token[]): boolean {
  const c = cues(text, tokens);
  return (
    (c.strong !== undefined ||
      c.cohort !== undefined ||
      c.definitional !== undefined ||
      (c.weak !== undefined && c.present)) &&
    c.self === undefined &&
    c.patient === undefined
  );
}

/**
 * Where a sentence joins a clause about others to a clause about this patient (session 20): "In our series of 40
 * patients, dysphagia occurred in 15; our patient had none", "Although mechanic’s hands are typical of
 * antisynthetase syndrome, our patient had none", "Calcinosis is common in juvenile disease but was not seen
 * here", "Her son had Raynaud phenomenon; she did not". The clause before is general or a cohort's (a strong
 * general or cohort cue, no patient cue), or a relative's when the clause after is an elliptical denial; the
 * clause after is the patient's. Returns the index of the token that joins them (the semicolon, "but",
 * "whereas", or the comma that closes a fronted "although …" clause), or undefined: most sentences are one clause
 * or speak of one subject, and are left whole.
 * @param text - the whole input
 * @param tokens - the sentence's tokens
 */
export function mixedClauseBoundary(text: string, tokens: readonly Token[]): number | undefined {
  const compared = comparisonFrameEnd(tokens);
  if (compared !== undefined) return compared;
  const candidates: number[] = [];
  if (FRONTED_CONTRAST.has(tokens[0]?.norm ?? '')) {
    const comma = tokens.findIndex((t) => t.norm === ',');
    if (comma > 1) candidates.push(comma);
  }
  // (the first few joins only: a table line of many semicolons stays linear; the same pass notes whether a
  // "which" is there at all, without which neither relative clause below can be)
  let which = -1;
  let sawWhich = false;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    if (w === 'which') sawWhich = true;
    else if (i >= 1 && i < tokens.length - 1 && candidates.length < MAX_JOINS && clauseContrast(w))
      candidates.push(i);
  }
  // "Anti-NXP2 antibody was positive, which is associated with calcinosis" (session 22: the whole sentence read as
  // a definition, the result lost): a relative clause that closes the sentence with what the result is associated
  // with is general; the report before it is read on its own
  if (sawWhich) which = tokens.findIndex((t, i) => t.norm === 'which' && tokens[i - 1]?.norm === ',');
  if (
    which > 2 &&
    !tokens.slice(which + 1).some((t) => t.norm === ',' || t.norm === ';') &&
    bracketDepthBefore(tokens.slice(0, which)) === 0 &&
    TRAILING_ASSOCIATION_RE.test(text.slice(tokens[which]!.start, tokens[tokens.length - 1]!.end)) &&
    tokens.slice(0, which - 1).some((t) => PAST_REPORT.has(t.norm))
  )
    return which - 1;
  // "Here MDA5 came back positive which is … antibody which is associated with … a low CK" (session 25: the
  // low CK given to the patient): the same clause without its comma; the boundary is the "which" itself, which
  // stays the first word of the clause after it (see document.ts)
  const bare = !sawWhich
    ? -1
    : tokens.findLastIndex(
        (t, i) =>
          t.norm === 'which' &&
          i > 2 &&
          tokens[i - 1]?.norm !== ',' &&
          TRAILING_ASSOCIATION_RE.test(text.slice(t.start, tokens[tokens.length - 1]!.end)),
      );
  if (
    bare > 2 &&
    !tokens.slice(bare + 1).some((t) => t.norm === ';') &&
    bracketDepthBefore(tokens.slice(0, bare)) === 0 &&
    tokens.slice(0, bare).some((t) => PAST_REPORT.has(t.norm))
  )
    return bare;
  for (const b of candidates) {
    const before = tokens.slice(0, b);
    const after = tokens.slice(b + 1);
    const elliptical = ellipticalPatientDenial(after);
    // the clause after opens on the patient ("our patient …", "in this case …", "she …", "ours …") or says
    // "our patient" / "this case" in it; an age or a pronoun further on is not enough ("…; and has a bimodal
    // distribution, with peaks at 5 to 14 years old" goes on about the disease)
    const opener = after[0]?.norm ?? '';
    // ("…; her anti-Jo-1 was negative", "…, while her CK was normal", session 41): a possessive opens the clause on
    // the patient, or on a relative of hers ("her mother's …"), whose facts the experiencer sets apart
    const possessive = opener === 'her' || opener === 'his';
    // "She had a heliotrope rash; dysphagia is common in such patients" (session 21): the patient's clause first,
    // then a general one (a general or cohort cue, no patient cue), joined by a semicolon or "whereas"
    // (never a semicolon inside brackets, nor one of a chain: those separate the items of a list)
    if (
      tokens[b]!.norm !== 'but' &&
      !after.some((t) => t.norm === ';') &&
      bracketDepthBefore(before) === 0 &&
      cues(text, before).patient !== undefined &&
      generalClause(text, after)
    )
      return b;
    if (
      !elliptical &&
      opener !== 'she' &&
      opener !== 'he' &&
      opener !== 'ours' &&
      !possessive &&
      !(opener === 'the' && after[1]?.norm === 'patient') &&
      // (the cue scan only where a self-reference can be: "our", "this", "present", "herein", "we" …)
      !(after.some((t) => SELF_HINTS.has(t.norm)) && cues(text, after).self !== undefined)
    )
      continue;
    // ("calcinosis is common in juvenile disease": a weak cue in the present tense)
    const generalBefore = generalClause(text, before);
    // ("her son had Raynaud phenomenon; she did not", "none of her children …")
    const relativeBefore = elliptical && before.some((t) => RELATIVES.has(t.norm) || t.norm === 'children');
    if (generalBefore || relativeBefore) return b;
  }
  return undefined;
}
