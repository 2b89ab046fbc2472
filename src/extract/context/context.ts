/**
 * ConText-style assertion: for a target phrase in a sentence, whether it is negated, uncertain,
 * historical or hypothetical, and whether it is about the patient or someone else (family).
 *
 * Rules (Harkema et al. 2009): a forward trigger covers the words after it, a backward trigger the
 * words before it, up to the sentence edge, a termination term of the category, a semicolon, or
 * {@link SCOPE_WINDOW} words, whichever comes first. Pseudo-triggers are matched like triggers (the
 * longest match wins) and do nothing, so "no change" never negates. A target inside a trigger is not
 * in its scope. Linear: triggers are found once per sentence; each query walks at most the window.
 * @module
 */
import { Dictionary } from '../lexicon/matcher.js';
import type { Token } from '../tokenize.js';
import { labelDot } from '../sentences.js';
import { PRESENTATION_TERMS, TRIGGER_ROWS, type ContextCategory, type Trigger } from './triggers.js';
import { RELATIVES_BY_PRONOUN } from '../extractors/assertion.js';

/** Words that may stand between an opening bracket and the trigger that opens it ("(but no weakness)"). */
const BRACKET_JOINS: ReadonlySet<string> = new Set(['but', 'and', 'yet']);

/** Words a trigger's scope reaches at most (NegEx uses five; lists of findings need a little more). */
export const SCOPE_WINDOW = 8;

/** Words before "history" that make it the duration of the present illness. */
const DURATION_WORDS = new Set([
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'long',
  'short',
  'recent',
  'longstanding',
]);

/** Words that open a new affirmed phrase or clause after "and" or a comma (see isNewPhrase). */
/** Verbs of having or feeling after "no longer": the list that follows stays negated ("no longer had fever or rash"). */
const NO_LONGER_KEEPS_LIST: ReadonlySet<string> = new Set([
  'has',
  'had',
  'have',
  'having',
  'experience',
  'experiences',
  'experienced',
  'report',
  'reports',
  'reported',
  'complain',
  'complains',
  'complained',
  'show',
  'shows',
  'showed',
  'feel',
  'feels',
  'felt',
  'suffer',
  'suffers',
  'suffered',
]);
/** Words that open a list item stated as present ("…, no rash, marked proximal weakness"). */
const POSITIVE_ITEM = new Set(['considerable', 'marked', 'prominent', 'progressive', 'profound', 'evidence']);

/** Denials that also stand before their own noun ("with unremarkable labs"). */
const ATTRIBUTIVE_DENIALS = new Set(['unremarkable', 'negative', 'normal']);
/** Words before "free" that make it a cancer's remission ("disease-free", "recurrence free", "tumour-free"). */
const REMISSION_BEFORE_FREE = new Set([
  'disease',
  'recurrence',
  'relapse',
  'tumour',
  'tumor',
  'cancer',
  'progression',
  'event',
  'metastasis',
]);
/** Nouns of a tumour's molecular test before its result ("EGFR mutation negative", "ALK fusion negative"). */
const TUMOUR_MARKER_WORDS = new Set([
  'mutation',
  'mutations',
  'fusion',
  'rearrangement',
  'amplification',
  'expression',
  'status',
]);
/** Molecular markers of a tumour, as written (case kept: "EGFR", not the kidney's "eGFR"). */
const TUMOUR_MARKER_RE =
  /^(?:EGFR|ALK|ROS1|KRAS|NRAS|BRAF|HER2|HER-2|PD-?L1|MSI(?:-H)?|MMR|BRCA[12]?|PIK3CA|MET|RET|IDH[12]?|c-KIT|KIT)$/;

/** Words that open a subject of its own after "and" or "but" (see `ownClauseAt`). */
const CLAUSE_DETERMINERS = new Set(['the', 'her', 'his', 'their', 'its']);
/** Verbs that close such a subject. */
const COPULAS = new Set(['was', 'were', 'is', 'are']);

/** Words right after a finding that affirm it on its own ("Gottron's papules present", "V-sign +"). */
const AFFIRMING_POSTFIX: ReadonlySet<string> = new Set([
  'present',
  'positive',
  '+',
  'noted',
  'seen',
  'evident',
]);

const NEW_PHRASE = new Set([
  'a',
  'an',
  'has',
  'have',
  'had',
  'is',
  'was',
  'were',
  'are',
  'showed',
  'shows',
  'developed',
  'reported',
  'complained',
  'presented',
  'she',
  'he',
]);

/**
 * Verbs of finding before "to be" ("noted to be febrile", "found to be intact", "showed her to be
 * osteoporotic"): a finding stated now, not a plan ("is to be reviewed").
 */
const FINDING_VERBS = new Set([
  'noted',
  'found',
  'diagnosed',
  'confirmed',
  'felt',
  'thought',
  'shown',
  'showed',
  'appears',
  'appeared',
  'seems',
  'seemed',
  'proved',
  'proven',
  'believed',
  'known',
  'consistent',
  'observed',
  'determined',
  'confirmed',
]);

/**
 * Words before a bare "History:" heading that make it a past history ("Past medical history:", "Social
 * history:"); without them "History:" / "Clinical history:" is the reason for the study, the present problem.
 */
const PAST_HISTORY_WORDS = new Set([
  'past',
  'medical',
  'surgical',
  'social',
  'psychiatric',
  'family',
  'obstetric',
]);

/**
 * Habits and allergies are standing facts of the patient, read as historical wherever they are named
 * (ConText annotation: historical = began before the present episode; the social history and allergy
 * list describe the patient's background, "denies alcohol" included). Normalised single words.
 */
const STANDING_FACT_WORDS = new Set([
  'alcohol',
  'etoh',
  'tobacco',
  'smoker',
  'smoking',
  'cigarettes',
  'cigarette',
  'drug',
  'drugs',
  'allergies',
  'allergy',
]);

/** "was / were / is / are" before "negative for". */
const BE_FORMS: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are']);
/** The first words of the presentation terms that end a denial's scope ({@link PRESENTATION_TERMS}). */
const PRESENTATION_VERBS: ReadonlySet<string> = new Set(PRESENTATION_TERMS.map((t) => t.split(' ')[0]!));
/** Words right before such a verb that make it the denial's own verb ("had not presented", "never complained"). */
const GOVERNED_BY_DENIAL: ReadonlySet<string> = new Set([
  'not',
  'never',
  'nor',
  'had',
  'has',
  'have',
  'neither',
  'without',
  "n't",
]);

/** Words that open a main clause's subject after a fronted phrase ("Without any weakness, her CK …"). */
const CLAUSE_SUBJECTS: ReadonlySet<string> = new Set([
  'she',
  'he',
  'her',
  'his',
  'the',
  'this',
  'it',
  'they',
  'their',
]);
/** Shapes that name a sign by its distribution, which "-like" does not hedge ("a shawl-like rash"). */
const SHAPE_WORDS: ReadonlySet<string> = new Set(['shawl', 'v', 'cape', 'holster']);
/** Verbs of testing before a colon that opens the results of the person tested ("her sister was tested: …"). */
const TESTED_BEFORE_COLON: ReadonlySet<string> = new Set(['tested', 'screened', 'examined', 'checked']);
/** Prepositions after "but not" that qualify the item before it ("… but not with walking", "but not when …"). */
const BUT_NOT_QUALIFIERS: ReadonlySet<string> = new Set(['with', 'when', 'while', 'on', 'during', 'at']);

/** Words that open a sentence with a clause of reasons ("Since …, …", "Because …, …", "Given …, …"). */
/** Nouns of a class of findings that a denial may announce before the colon of its list (see announcesClass). */
const ANNOUNCED_CLASSES: ReadonlySet<string> = new Set([
  'symptom',
  'symptoms',
  'complaint',
  'complaints',
  'sign',
  'signs',
  'feature',
  'features',
  'findings',
  'manifestations',
  'problems',
  'abnormalities',
]);
/** Verbs between a denial and the colon of its list ("did not have:", "does not show:"). */
const COLON_VERBS: ReadonlySet<string> = new Set([
  'have',
  'has',
  'had',
  'show',
  'shows',
  'include',
  'report',
]);

const REASON_OPENERS: ReadonlySet<string> = new Set([
  'since',
  'because',
  'given',
  // "Following the onset of proximal weakness, myositis was suspected" (session 26: the weakness read uncertain):
  // a fronted time clause states its facts too
  'after',
  'following',
  'when',
  'upon',
]);

/** Words that end the clause a denial's "until" must stand in (see denialEndsAfter). */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([',', ';', '.', ':', 'but', 'and', 'while', 'whereas']);
/** Times after "until" that are the end of the story, not the start of a finding ("until now", "till discharge"). */
const STORY_ENDS: ReadonlySet<string> = new Set([
  'now',
  'today',
  'present',
  'date',
  'follow',
  'discharge',
  'death',
  'writing',
  'publication',
  'recovery',
]);
/** Units of time after "last" that make it a past date ("until last week"). */
const TIME_UNITS: ReadonlySet<string> = new Set([
  'day',
  'week',
  'month',
  'year',
  'night',
  'spring',
  'summer',
  'autumn',
  'winter',
  'fall',
]);
/** Verbs that make an absence last ("remained free of weakness until …"). */
const LASTING: ReadonlySet<string> = new Set([
  'remained',
  'remains',
  'remain',
  'stayed',
  'stays',
  'continued',
  'continues',
  'persisted',
]);

/** Words that join the items of a list ("pneumonia and heart failure", "ILD or infection"). */
const LIST_JOINERS: ReadonlySet<string> = new Set(['and', 'or', 'nor', '&']);
/** Words ", so" intensifies rather than concludes with ("so typical of", "so far", "so often"). */
const SO_INTENSIFIED: ReadonlySet<string> = new Set([
  'typical',
  'characteristic',
  'classic',
  'common',
  'commonly',
  'often',
  'frequent',
  'frequently',
  'rare',
  'rarely',
  'much',
  'many',
  'few',
  'little',
  'severe',
  'marked',
  'prominent',
  'suggestive',
  'important',
  'far',
  'called',
  'well',
  'long',
]);

/** Verbs whose object a backward trigger of a later clause does not reach (see `objectOfEarlierClause`). */
/** Finite verbs of a clause of its own after a target ("her weakness persisted and …", "the rash was present and …"). */
const OWN_CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'was',
  'were',
  'is',
  'are',
  'persisted',
  'persists',
  'worsened',
  'progressed',
  'improved',
  'remained',
  'developed',
  'began',
  'started',
  'appeared',
  'increased',
  'continued',
]);
/** Copulas and subjects of "she was weak", "he became weak". */
const PATIENT_COPULAS: ReadonlySet<string> = new Set(['was', 'were', 'is', 'became', 'felt', 'remained']);
const PATIENT_SUBJECTS: ReadonlySet<string> = new Set(['she', 'he', 'patient']);
/** Words that open a new subject after "and" ("and the ANA", "and her CK"). */
const CLAUSE_SUBJECT_OPENERS: ReadonlySet<string> = new Set(['the', 'her', 'his', 'their', 'a', 'an']);
const HAVING_VERBS: ReadonlySet<string> = new Set([
  'had',
  'has',
  'have',
  'developed',
  'presented',
  'complained',
  'reported',
  'experienced',
  'exhibited',
  'displayed',
  'suffered',
  'noticed',
]);
/** Verbs between an aside's closing comma and a backward trigger ("…, was absent", "…, has been excluded"). */
const ASIDE_VERBS: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'been', 'has', 'had', 'have']);
/** Words that open an aside between commas after a finding ("…, which occurs in …,", "…, as reported in …,"). */
const ASIDE_OPENERS: ReadonlySet<string> = new Set(['which', 'as', 'a', 'an', 'the', 'although', 'though']);
/** Verbs of a change for the better or for the worse, which an elliptical denial may repeat (see `deniesChange`). */
const CHANGE_VERBS: ReadonlySet<string> = new Set([
  'improved',
  'improve',
  'improves',
  'resolved',
  'resolve',
  'resolves',
  'settled',
  'subsided',
  'disappeared',
  'cleared',
  'recovered',
  'responded',
  'respond',
  'responds',
  'normalised',
  'normalized',
  'regressed',
  'remitted',
  'abated',
  'faded',
  'receded',
  'decreased',
  'declined',
  'fell',
  'diminished',
  'lessened',
  'eased',
  'worsened',
  'progressed',
  'recurred',
]);
/** Words that join the clause of a change to the elliptical denial of it ("…, but …", "…; …", "whereas"). */
const CHANGE_JOINTS: ReadonlySet<string> = new Set([
  'but',
  'whereas',
  'while',
  'though',
  'although',
  ';',
  'yet',
]);
/** Punctuation that ends a phrase, for the relative clause between commas (see `insideRelativeAside`). */
const PHRASE_STOPS: ReadonlySet<string> = new Set([',', '.', ';', ':']);
/** Words that open a relative clause between commas (", which was due to …,", ", who had …,"). */
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['which', 'who', 'whose', 'whom']);
/** The forward negation that "<be> negative for" is read as. */
const NEGATIVE_FOR: Trigger = { role: 'negation', direction: 'forward' };
/** An elliptical denial ("Gottron papules were not."): it looks back to what it denies. */
const ELLIPTICAL_DENIAL: Trigger = { role: 'negation', direction: 'backward' };
/**
 * Auxiliaries: they end an elliptical denial with "not" ("were not.", "she did not;"), and open a question ("Was
 * there …?", "Did she have …?", findings.ts).
 */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'was',
  'were',
  'is',
  'are',
  'did',
  'does',
  'do',
  'had',
  'has',
  'have',
]);
/** Words before an attributive "negative" ("with negative X", "and negative Y", "a negative X"). */
const ATTRIBUTIVE_BEFORE: ReadonlySet<string> = new Set([
  'with',
  'a',
  'an',
  'and',
  ',',
  'had',
  'showed',
  'revealed',
]);
/** Words after "negative" that make it a predicate, not an adjective ("negative for", "negative and …"). */
const NOT_ATTRIBUTIVE_AFTER: ReadonlySet<string> = new Set([
  'for',
  'and',
  'or',
  'but',
  'to',
  'in',
  'on',
  'at',
  'by',
  'with',
  'was',
  'were',
  'result',
  'results',
  'findings',
  'except',
  'apart',
]);

/** Tokens (words and punctuation) a scope can span at most. */
const MAX_REACH = SCOPE_WINDOW * 3;

/**
 * Temporality (plans, instructions, past history) reaches to the end of the clause, as in ConText
 * (Harkema et al. 2009), not a NegEx word window: "call for any weight gain over three pounds a day, new
 * rashes, nausea …" covers the whole list. Capped at this many tokens so that a query stays bounded.
 */
const TEMPORAL_REACH = SCOPE_WINDOW * 8;

/** Categories whose scope is the clause, not a word window. */
const CLAUSE_SCOPE: ReadonlySet<ContextCategory> = new Set(['hypothetical', 'historical']);

/** The assertion of a target. */
export interface Assertion {
  negated: boolean;
  /** Negated only by resolution triggers ("resolved"): present before, gone now. */
  resolved: boolean;
  uncertain: boolean;
  temporality: 'recent' | 'historical' | 'hypothetical';
  experiencer: 'patient' | 'other';
  /** The triggers that applied, by category, with their offsets. */
  triggers: readonly { category: ContextCategory; start: number; end: number; text: string }[];
}

/** One bit per category, for the set of categories that apply to a target. */
const CATEGORY_BIT: Readonly<Record<ContextCategory, number>> = {
  negation: 1,
  uncertainty: 2,
  historical: 4,
  hypothetical: 8,
  experiencer: 16,
};

/** A trigger that applied to a target. */
type AppliedTrigger = Assertion['triggers'][number];

/** The triggers of a target that none applies to (one list shared by every such assertion). */
const NO_TRIGGERS: readonly AppliedTrigger[] = Object.freeze([]);

/**
 * The triggers that apply to the target of one query, gathered in the first places of this list and copied
 * out at their number: a list grown by a push from one to two entries reserves room for seventeen, and most
 * targets of a negated list have two or three.
 */
const gathered: AppliedTrigger[] = [];

interface FoundTrigger {
  rows: readonly Trigger[];
  tokenStart: number;
  tokenEnd: number;
  /**
   * The record of this trigger applying in each category, made the first time it applies and shared by
   * every later query of the sentence (the readers only read it).
   */
  applied?: Partial<Record<ContextCategory, AppliedTrigger>>;
}

let dict: Dictionary<Trigger> | undefined;

/** The compiled trigger dictionary. */
export function triggerDictionary(): Dictionary<Trigger> {
  if (!dict) {
    const d = new Dictionary<Trigger>();
    for (const [role, direction, terms, ends] of TRIGGER_ROWS) {
      // A negation row whose 4th column is ['resolution'] marks resolution triggers.
      const resolution = role === 'negation' && ends?.includes('resolution') === true;
      const cats = ends?.filter((e): e is ContextCategory => e !== 'resolution');
      const t: Trigger = {
        role,
        direction,
        ...(cats && cats.length ? { ends: cats } : {}),
        ...(resolution ? { resolution: true } : {}),
      };
      for (const term of terms) d.add(term, t);
    }
    dict = d;
  }
  return dict;
}

/** Second words of a family-history trigger ("family history", "family hx"). */
const FAMILY_HISTORY_NOUNS = new Set(['history', 'hx']);
/** The patient's own verbs that end a family history's scope (see `reachesForward`). */
const PATIENT_VERBS = new Set([
  'presented',
  'presents',
  'presenting',
  'complained',
  'complains',
  'developed',
  // "…, with no family history of interest, went to the emergency room referring to myalgia"
  'went',
  'came',
  'consulted',
  'attended',
]);

/**
 * Sets for the word lists the trigger checks test (a set built once, not an array literal per found trigger): the
 * determiners of a reporting relative ("according to her husband"), the words joining "family" to "history"
 * ("family or personal history"), and the words before an attributive denial ("with unremarkable CT").
 */
const SOURCE_DETERMINERS: ReadonlySet<string> = new Set(['her', 'his', 'the', 'their']);
const HISTORY_JOINS: ReadonlySet<string> = new Set(['or', 'and', '/']);
const ATTRIBUTIVE_DENIAL_BEFORE: ReadonlySet<string> = new Set(['with', 'a', 'an', 'and']);

/** Subjects after a relative's "who" clause that name the patient ("…, who had X, she had Y"). */
const OWN_SUBJECTS: ReadonlySet<string> = new Set(['she', 'he', 'our', 'the', 'this', 'ours']);

/**
 * "His brother was 70 when he had prostate cancer" (session 47: the cancer given to the patient): after a word of
 * time that opens a clause, "he" or "she" is the relative named before it when the relative is of that sex, so the
 * pronoun does not end the relative's scope. "Her brother died when she was diagnosed with myositis" keeps the
 * pronoun the patient's.
 */
const CLAUSE_OF_TIME: ReadonlySet<string> = new Set(['when', 'after', 'before', 'until', 'once', 'as']);

/** Triggers of one sentence, found once and queried for each target. */
export class SentenceContext {
  private readonly found: FoundTrigger[];
  /** The categories of the sentence's triggers, as bits of CATEGORY_BIT (computed on first use). */
  private roles: number | undefined;

  /**
   * @param text - the whole input
   * @param tokens - the sentence's tokens
   */
  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
  ) {
    // One record per trigger found, its rows narrowed where the sentence says the trigger is not one.
    this.found = [];
    for (const m of triggerDictionary().findAll(tokens)) {
      const f: FoundTrigger = {
        rows: m.entries,
        tokenStart: m.tokenStart,
        tokenEnd: m.tokenEnd,
        applied: undefined,
      };
      if (this.isDurationHistory(f) || this.isIndicationHeading(f))
        f.rows = f.rows.filter((r) => r.role !== 'historical');
      else if (this.isFindingToBe(f)) f.rows = f.rows.filter((r) => r.role !== 'hypothetical');
      else if (this.isAttributiveNegative(f)) f.rows = f.rows.filter((r) => r.direction !== 'backward');
      else if (this.isPredicativeAbsent(f)) f.rows = f.rows.filter((r) => r.direction !== 'forward');
      else if (this.isNegativeFor(f)) f.rows = [NEGATIVE_FOR];
      // "Her CK improved, but her weakness did not": the denial of a change said of the earlier clause, not of being
      else if (this.isEllipticalDenial(f)) f.rows = this.deniesChange(f) ? [] : [ELLIPTICAL_DENIAL];
      else if (this.isTumourMarkerResult(f) || this.isDiseaseFree(f)) f.rows = [];
      // "According to her husband, the weakness had started 3 months earlier" (session 35: read as the husband's):
      // the relative who tells the history is its source, not the one who has it
      else if (this.isReportingSource(f)) f.rows = f.rows.filter((r) => r.role !== 'experiencer');
      // "Gottron papule-like rashes": "like" is a hedge only glued to the word before it by a hyphen ("weakness,
      // like his brother" is a comparison, "symptoms like fever" names what follows)
      if (this.tokens[m.tokenStart]!.norm === 'like' && !this.hyphenatedLike(m.tokenStart))
        f.rows = f.rows.filter((r) => r.role !== 'uncertainty');
      if (f.rows.length) this.found.push(f);
    }
  }

  /**
   * Whether "like" at token `i` is written "-like" right after a word ("papule-like"), other than a shape that
   * names a sign by its distribution ("a shawl-like rash", "a V-like erythema" are the signs by definition).
   */
  private hyphenatedLike(i: number): boolean {
    const like = this.tokens[i]!;
    if (this.text[like.start - 1] !== '-' || !/[A-Za-z]/.test(this.text[like.start - 2] ?? '')) return false;
    const before = this.tokens[i - 1]?.norm === '-' ? this.tokens[i - 2] : this.tokens[i - 1];
    return !SHAPE_WORDS.has(before?.norm ?? '');
  }

  /**
   * "History: right-sided weakness", "Clinical history: …": a heading that gives the reason for the
   * study (the present problem), not a past condition; "Past medical history:" stays historical.
   */
  private isIndicationHeading(f: FoundTrigger): boolean {
    const first = this.tokens[f.tokenStart]!.norm;
    if ((first !== 'history' && first !== 'hx') || f.tokenEnd - f.tokenStart !== 1) return false;
    if (this.tokens[f.tokenEnd]?.norm !== ':') return false;
    return !PAST_HISTORY_WORDS.has(this.tokens[f.tokenStart - 1]?.norm ?? '');
  }

  /**
   * "elevated ESR, CRP and aldolase, with negative myositis antibodies", "positive anti-PL-12 and negative
   * anti-Jo-1": "negative" before the noun it qualifies negates that noun (the lexicon and the extractors read
   * it forward), not the clause before it.
   */
  private isAttributiveNegative(f: FoundTrigger): boolean {
    if (f.tokenEnd - f.tokenStart !== 1 || this.tokens[f.tokenStart]!.norm !== 'negative') return false;
    const prev = this.tokens[f.tokenStart - 1]?.norm ?? '';
    const next = this.tokens[f.tokenEnd];
    return (
      ATTRIBUTIVE_BEFORE.has(prev) &&
      next !== undefined &&
      next.kind !== 'punct' &&
      next.kind !== 'number' &&
      !NOT_ATTRIBUTIVE_AFTER.has(next.norm)
    );
  }

  /**
   * "lung adenocarcinoma, EGFR mutation negative", "ALK negative", "MSI negative" (session 35: the cancer read
   * denied): "negative" right after a molecular marker of the tumour (or its noun: mutation, fusion, expression)
   * is that marker's result, and denies nothing the lexicon names.
   */
  private isTumourMarkerResult(f: FoundTrigger): boolean {
    if (f.tokenEnd - f.tokenStart !== 1 || this.tokens[f.tokenStart]!.norm !== 'negative') return false;
    const prev = this.tokens[f.tokenStart - 1];
    if (!prev) return false;
    return TUMOUR_MARKER_WORDS.has(prev.norm) || TUMOUR_MARKER_RE.test(this.text.slice(prev.start, prev.end));
  }

  /** A relative named right after "according to" ("according to her husband", "according to the family"). */
  private isReportingSource(f: FoundTrigger): boolean {
    let k = f.tokenStart - 1;
    if (SOURCE_DETERMINERS.has(this.tokens[k]?.norm ?? '')) k--;
    return this.tokens[k]?.norm === 'to' && this.tokens[k - 1]?.norm === 'according';
  }

  /**
   * "breast cancer 8 years ago, disease-free", "recurrence-free since 2012" (session 35: the cancer read denied): a
   * cancer's remission, not the absence of what was named before it.
   */
  private isDiseaseFree(f: FoundTrigger): boolean {
    if (f.tokenEnd - f.tokenStart !== 1 || this.tokens[f.tokenStart]!.norm !== 'free') return false;
    let k = f.tokenStart - 1;
    if (this.tokens[k]?.norm === '-') k--;
    return REMISSION_BEFORE_FREE.has(this.tokens[k]?.norm ?? '');
  }

  /**
   * "Fever absent, dysphagia present" (session 21: the dysphagia was read absent): "absent" right after a word and
   * right before a comma, a semicolon or the end says what was absent before it; it does not reach forward.
   */
  private isPredicativeAbsent(f: FoundTrigger): boolean {
    if (f.tokenEnd - f.tokenStart !== 1 || this.tokens[f.tokenStart]!.norm !== 'absent') return false;
    const prev = this.tokens[f.tokenStart - 1];
    const next = this.tokens[f.tokenEnd];
    return (
      prev !== undefined &&
      prev.kind === 'word' &&
      !ATTRIBUTIVE_BEFORE.has(prev.norm) &&
      (next === undefined || next.norm === ',' || next.norm === ';' || next.norm === '.')
    );
  }

  /**
   * "Examination was negative for heliotrope rash", "imaging studies were negative for malignancy": the longest
   * trigger, "was negative", would negate the subject backwards; followed by "for", what is negative is what
   * comes after it, as with "negative for" alone (the trigger's rows become that one forward negation).
   */
  private isNegativeFor(f: FoundTrigger): boolean {
    return (
      f.tokenEnd - f.tokenStart === 2 &&
      this.tokens[f.tokenEnd - 1]!.norm === 'negative' &&
      BE_FORMS.has(this.tokens[f.tokenStart]!.norm) &&
      this.tokens[f.tokenEnd]?.norm === 'for'
    );
  }

  /**
   * "Mechanic’s hands were present, Gottron papules were not.", "her son had Raynaud phenomenon; she did not":
   * an auxiliary with "not" that ends its clause denies what came before it, not what follows.
   */
  private isEllipticalDenial(f: FoundTrigger): boolean {
    if (f.tokenEnd - f.tokenStart !== 2 || this.tokens[f.tokenEnd - 1]!.norm !== 'not') return false;
    if (!AUXILIARIES.has(this.tokens[f.tokenStart]!.norm)) return false;
    const next = this.tokens[f.tokenEnd];
    return next === undefined || (next.kind === 'punct' && next.norm !== '(' && next.norm !== '-');
  }

  /**
   * "Her rash resolved, but the weakness did not", "The CK fell with steroids; her dysphagia did not" (session 38:
   * the weakness read absent): an elliptical denial whose verb is that of an earlier clause, a verb of change,
   * denies the change — what it is said of persists, it is not denied.
   */
  private deniesChange(f: FoundTrigger): boolean {
    let joint = false;
    for (let i = f.tokenStart - 1; i >= 0; i--) {
      const n = this.tokens[i]!.norm;
      if (CHANGE_JOINTS.has(n)) joint = true;
      else if (joint && CHANGE_VERBS.has(n)) return true;
      else if (n === '.') return false;
    }
    return false;
  }

  /** "noted to be febrile", "showed her to be osteoporotic": "to be" after a verb of finding is no plan. */
  private isFindingToBe(f: FoundTrigger): boolean {
    if (this.tokens[f.tokenStart]!.norm !== 'to' || this.tokens[f.tokenStart + 1]?.norm !== 'be')
      return false;
    let k = f.tokenStart - 1;
    const pron = this.tokens[k]?.norm ?? '';
    if (pron === 'her' || pron === 'him' || pron === 'them' || pron === 'it') k--;
    return FINDING_VERBS.has(this.tokens[k]?.norm ?? '');
  }

  /**
   * "a 3-month history of weakness", "a long history of", "4/12 hx": the present illness and how long it
   * has lasted, not a past condition.
   */
  private isDurationHistory(f: FoundTrigger): boolean {
    const first = this.tokens[f.tokenStart]!.norm;
    if (first !== 'history' && first !== 'hx') return false;
    let k = f.tokenStart - 1;
    while (k >= 0 && (this.tokens[k]!.norm === '-' || this.tokens[k]!.norm === "'")) k--;
    const prev = this.tokens[k]?.norm ?? '';
    if (DURATION_WORDS.has(prev)) return true;
    // "4/12 hx", "2/52 history"
    return this.tokens[k]?.kind === 'number' && this.tokens[k - 1]?.norm === '/';
  }

  private isBoundary(i: number): boolean {
    const t = this.tokens[i]!;
    if (t.kind !== 'punct') return false;
    if (t.norm === '.') return !this.abbreviationDot(i);
    return t.norm === ';' || t.norm === '?' || t.norm === '!';
  }

  /**
   * A full stop inside "i.e.", "e.g." or "viz." that introduces the items of what was just named does not end a
   * scope (the sentence splitter already knows these abbreviations; only the tokens keep their dots).
   */
  private abbreviationDot(i: number): boolean {
    const prev = this.tokens[i - 1]?.norm;
    if (prev === 'viz') return true;
    // "No anti-Jo-1 (N.R. < 1.0) or anti-SAE antibodies were detected" (session 40): the dot of a dotted label or a
    // known abbreviation, inside a sentence the splitter kept whole
    if (labelDot(this.tokens, i)) return true;
    const next = this.tokens[i + 1]?.norm;
    if ((prev === 'i' && next === 'e') || (prev === 'e' && next === 'g')) return true;
    const first = this.tokens[i - 3]?.norm;
    return (
      this.tokens[i - 2]?.norm === '.' && ((prev === 'e' && first === 'i') || (prev === 'g' && first === 'e'))
    );
  }

  /**
   * A colon ends a scope unless it sits right beside the trigger ("Denies: …", "ANA, ENA: negative") or
   * opens the list the clause announces ("call if any of the following occur: fever, …").
   */
  private isColonStop(i: number, triggerEdge: number): boolean {
    const t = this.tokens[i]!;
    if (t.kind !== 'punct' || t.norm !== ':' || Math.abs(i - triggerEdge) === 0) return false;
    // "she did not have: muscle weakness, …" (session 26: the items read present): one verb of having or showing
    // between the trigger and its colon
    if (i - triggerEdge === 1 && COLON_VERBS.has(this.tokens[triggerEdge]!.norm)) return false;
    for (let k = i - 1; k >= 0 && k >= i - 3 && this.tokens[k]!.kind !== 'punct'; k--)
      if (this.tokens[k]!.norm === 'following') return false;
    if (i > triggerEdge && this.announcesClass(triggerEdge, i)) return false;
    return true;
  }

  /**
   * Whether the words between a forward trigger and a colon are a short noun phrase that names a class of
   * findings, which the colon then lists ("denied any other complaints: …", "no further symptoms, namely: …",
   * "without the usual systemic features, i.e.: …"): the denial distributes over the list.
   */
  private announcesClass(from: number, colon: number): boolean {
    if (colon - from > 10) return false;
    let words = 0;
    let named = false;
    for (let k = from; k < colon; k++) {
      const t = this.tokens[k]!;
      if (t.kind === 'punct') {
        if (t.norm === ',' || (t.norm === '.' && this.abbreviationDot(k))) continue;
        return false;
      }
      if (++words > 7) return false;
      if (ANNOUNCED_CLASSES.has(t.norm)) named = true;
    }
    return named;
  }

  /** Whether tokens [from, to) are a list of short bare items: words of at most four between list breaks. */
  private bareList(from: number, to: number): boolean {
    let run = 0;
    for (let i = from; i < to; i++) {
      const t = this.tokens[i]!;
      if (this.isListBreak(i)) run = 0;
      else if (t.kind === 'word' || t.norm === '-' || t.norm === '/') {
        if (++run > 4) return false;
      } else return false;
    }
    return true;
  }

  /**
   * "none of the usual skin signs of the illness (for example lilac eyelid erythema, …) could be seen" (session 38:
   * the eyelids read present): a bracket that opens a list of examples of the noun before it starts
   * a new word window, as the comma of "…, for example …" does.
   */
  private examplesOpen(i: number): boolean {
    if (this.tokens[i]!.norm !== '(') return false;
    const a = this.tokens[i + 1]?.norm;
    const b = this.tokens[i + 2]?.norm;
    return (
      (a === 'for' && (b === 'example' || b === 'instance')) ||
      (a === 'such' && b === 'as') ||
      a === 'including' ||
      a === 'namely' ||
      a === 'eg'
    );
  }

  /** List separators: each element of "X, Y, or Z" gets its own word window. */
  private isListBreak(i: number): boolean {
    const t = this.tokens[i]!;
    return (t.kind === 'punct' && t.norm === ',') || t.norm === 'or' || t.norm === 'and';
  }

  /**
   * A new clause or a new affirmed phrase after "and" / a comma ends a negation's scope: "no fever and a
   * rash", "can no longer rise from a chair and has painful thighs". A list of bare nouns ("no fever,
   * chills or weight loss") keeps it.
   */
  private isNewPhrase(i: number): boolean {
    if (!this.isListBreak(i)) return false;
    const next = this.tokens[i + 1]?.norm ?? '';
    // "denied headache, dizziness or a fever episode": an article after "or" is one more denied alternative
    if ((next === 'a' || next === 'an') && this.tokens[i]!.norm === 'or') return false;
    return NEW_PHRASE.has(next);
  }

  /**
   * "no heliotrope rash, Gottron's papules present", "(-) heliotrope, Gottron's (+)" (session 28: the papules read
   * absent): a target after a list break that carries its own affirming word right after it is not in the scope of
   * a denial before the break.
   */
  private affirmedApart(from: number, start: number, end: number): boolean {
    const next = this.tokens[end]?.norm ?? '';
    const affirmed =
      AFFIRMING_POSTFIX.has(next) ||
      (next === '(' && this.tokens[end + 1]?.norm === '+' && this.tokens[end + 2]?.norm === ')');
    if (!affirmed) return false;
    // right after a comma or a semicolon, and not one more item of a list the denial distributes over ("no rash,
    // ulcers or calcinosis present", "no heliotrope rash or Gottron's papules present": all denied)
    const before = this.tokens[start - 1]?.norm;
    if (before !== ',' && before !== ';') return false;
    for (let k = from; k < start; k++) {
      const n = this.tokens[k]!.norm;
      if (n === 'or' || n === 'nor') return false;
    }
    const after = this.tokens[end + 1]?.norm;
    return after !== 'or' && after !== 'nor';
  }

  /** Whether trigger `f` ends scopes of this category (a loop: it runs for every token a scope walks over). */
  private terminatesAt(f: FoundTrigger, cat: ContextCategory): boolean {
    for (const r of f.rows)
      if (r.role === 'termination' && (!r.ends || r.ends.includes(cat))) {
        // "a heliotrope rash, so typical of the disease, was suspected", "weakness was, therefore, considered"
        // (session 38: the rash read present): ", so" before an adjective or adverb it intensifies, or a
        // parenthetical ", therefore," draws no conclusion of its own — the hedge after it is the sentence's
        if (this.tokens[f.tokenStart]!.norm === ',' && f.tokenEnd === f.tokenStart + 2) {
          const next = this.tokens[f.tokenEnd]?.norm ?? '';
          if (
            next === ',' ||
            next === '-' ||
            (this.tokens[f.tokenStart + 1]!.norm === 'so' && SO_INTENSIFIED.has(next))
          )
            continue;
        }
        // "she had not presented fever": the verb of a presentation that the denial itself governs goes on
        if (cat === 'negation' && PRESENTATION_VERBS.has(this.tokens[f.tokenStart]!.norm)) {
          const before = this.tokens[f.tokenStart - 1]?.norm ?? '';
          if (GOVERNED_BY_DENIAL.has(before)) continue;
        }
        return true;
      }
    return false;
  }

  /**
   * Whether termination `other` is "he" / "she" opening a clause of time and naming the relative of trigger `f`
   * (see {@link CLAUSE_OF_TIME}).
   */
  private pronounOfRelative(f: FoundTrigger, other: FoundTrigger): boolean {
    const pronoun = this.tokens[other.tokenStart]!.norm;
    if (other.tokenEnd !== other.tokenStart + 1 || (pronoun !== 'he' && pronoun !== 'she')) return false;
    const relative = this.tokens[f.tokenEnd - 1]!.norm;
    return (
      CLAUSE_OF_TIME.has(this.tokens[other.tokenStart - 1]?.norm ?? '') &&
      (RELATIVES_BY_PRONOUN[pronoun].has(relative) || relative === 'twin')
    );
  }

  /** True when trigger `fi` (forward) reaches token `target`. */
  private reachesForward(fi: number, target: number, cat: ContextCategory): boolean {
    const f = this.found[fi]!;
    let words = 0;
    let k = fi + 1;
    const clause = CLAUSE_SCOPE.has(cat);
    if (
      target - f.tokenEnd > (clause ? TEMPORAL_REACH : MAX_REACH) &&
      // "He had no cough, night pain, …, myalgia or joint pain" (session 26: the last items read present): a denial
      // reaches across a long list of short bare items as far as a clause-wide scope
      !(cat === 'negation' && target - f.tokenEnd <= TEMPORAL_REACH && this.bareList(f.tokenEnd, target))
    )
      return false;
    // "presented with no weakness and interstitial lung disease": after "with no", "and" joins what the
    // patient presented with, not what is denied ("with no fever or chills" keeps the list).
    const first = this.tokens[f.tokenStart]!.norm;
    // "Gottron papules (no), ILD (yes)": a trigger alone in brackets answers what precedes it (a table pasted as
    // text), it does not deny what follows
    if (this.tokens[f.tokenStart - 1]?.norm === '(' && this.tokens[f.tokenEnd]?.norm === ')') return false;
    const withNo =
      (first === 'with' && this.tokens[f.tokenStart + 1]?.norm === 'no') ||
      (first === 'no' &&
        (this.tokens[f.tokenStart - 1]?.norm === 'with' || this.tokens[f.tokenStart - 1]?.norm === 'of'));
    // "could no longer walk, neck pain, dysphagia …": "no longer" before an action verb negates that action
    // only; the list after it is what the patient has. Before a verb of having ("no longer had fever or
    // rash") the list stays negated.
    const noLongerAction =
      cat === 'negation' &&
      first === 'no' &&
      this.tokens[f.tokenStart + 1]?.norm === 'longer' &&
      f.tokenEnd === f.tokenStart + 2 &&
      !NO_LONGER_KEEPS_LIST.has(this.tokens[f.tokenEnd]?.norm ?? '');
    // "a man without a family history of muscle disease presented with weakness": a family history is a noun
    // phrase; the patient's own verb after it ends the relatives' scope (a relative named as a person, "her
    // mother presented with", keeps it)
    const history =
      cat === 'experiencer' &&
      (first === 'fh' ||
        (first === 'family' &&
          (FAMILY_HISTORY_NOUNS.has(this.tokens[f.tokenStart + 1]?.norm ?? '') ||
            // "family or personal history", "family and past history"
            (HISTORY_JOINS.has(this.tokens[f.tokenStart + 1]?.norm ?? '') &&
              FAMILY_HISTORY_NOUNS.has(this.tokens[f.tokenStart + 3]?.norm ?? '')))));
    // "unlike her sister, who had breast cancer, she …": a "who" right after the relative and its comma says what the
    // relative had (it does not end the relative's scope); the comma that closes it, before the patient's pronoun,
    // does
    let relativeClause = false;
    // "She had a rash (no weakness) and dysphagia" (session 23: the dysphagia read denied): a trigger that opens
    // brackets ("(no …", "(but without …") governs what the brackets hold; their closing bracket ends its scope
    const opener = this.tokens[f.tokenStart - 1]?.norm;
    let bracket =
      opener === '(' || (BRACKET_JOINS.has(opener ?? '') && this.tokens[f.tokenStart - 2]?.norm === '(')
        ? 0
        : -1;
    // "difficulty standing up but not with walking, dysphagia and hoarseness": a "but not" that qualifies the item
    // before it by a preposition ("with", "when", "on") denies that qualification only, up to the next comma
    const qualified =
      cat === 'negation' &&
      first === 'not' &&
      this.tokens[f.tokenStart - 1]?.norm === 'but' &&
      BUT_NOT_QUALIFIERS.has(this.tokens[f.tokenEnd]?.norm ?? '');
    // "Without any weakness, her CK was raised": a denial fronted before the main clause ends at the comma that
    // opens the clause's subject
    const fronted = cat === 'negation' && f.tokenStart === 0 && first === 'without';
    // "The erosions, absence of myalgias, considerable proximal weakness …", "She had fever, no rash, and weakness"
    // (session 22: the items after were read denied): a denial that is itself an item of a list denies that item
    const midList =
      cat === 'negation' &&
      (first === 'no' || first === 'absence') &&
      this.tokens[f.tokenStart - 1]?.norm === ',' &&
      f.tokenStart >= 2 &&
      this.tokens[f.tokenStart - 2]!.kind !== 'punct';
    for (let i = f.tokenEnd; i <= target && i < this.tokens.length; i++) {
      if (qualified && i < target && this.tokens[i]!.norm === ',') return false;
      if (
        midList &&
        i < target &&
        (this.tokens[i]!.norm === ',' || this.tokens[i]!.norm === 'and') &&
        // ("…, no nausea, vomiting, or diarrhea": a "no" item may head a list of its own; it ends only where the
        // next item is stated as present)
        (first === 'absence' || POSITIVE_ITEM.has(this.tokens[i + 1]?.norm ?? ''))
      )
        return false;
      if (bracket >= 0 && i < target) {
        const n = this.tokens[i]!.norm;
        if (n === '(' || n === '[') bracket++;
        else if ((n === ')' || n === ']') && bracket-- === 0) return false;
      }
      while (k < this.found.length && this.found[k]!.tokenEnd <= i) k++;
      if (noLongerAction && i < target && this.isListBreak(i)) return false;
      if (history && i < target && PATIENT_VERBS.has(this.tokens[i]!.norm)) return false;
      if (
        cat === 'experiencer' &&
        i === f.tokenEnd + 1 &&
        this.tokens[i]!.norm === 'who' &&
        this.tokens[f.tokenEnd]?.norm === ','
      ) {
        relativeClause = true;
        continue;
      }
      // the comma that opens the main clause's subject after a relative's "who" clause or a fronted denial
      if (i < target && this.tokens[i]!.norm === ',') {
        const next = this.tokens[i + 1]?.norm ?? '';
        if ((relativeClause && OWN_SUBJECTS.has(next)) || (fronted && CLAUSE_SUBJECTS.has(next)))
          return false;
      }
      const other = this.found[k];
      if (
        other &&
        other.tokenStart <= i &&
        i < other.tokenEnd &&
        i < target &&
        this.terminatesAt(other, cat) &&
        !(cat === 'experiencer' && this.pronounOfRelative(f, other))
      )
        return false;
      if (
        this.isBoundary(i) ||
        (i < target &&
          this.isColonStop(i, f.tokenEnd) &&
          // "Her daughter was also tested: anti-Ro52 positive": the colon opens the relative's own results
          !(cat === 'experiencer' && TESTED_BEFORE_COLON.has(this.tokens[i - 1]?.norm ?? '')))
      )
        return false;
      if (
        cat === 'negation' &&
        i < target &&
        (this.isNewPhrase(i) ||
          (withNo && this.tokens[i]!.norm === 'and') ||
          this.ownClauseAt(i, target) ||
          this.ownClauseAfterTarget(i, target))
      )
        return false;
      if (this.isListBreak(i) || this.examplesOpen(i)) words = 0;
      else if (this.tokens[i]!.kind !== 'punct') words++;
      if (words > SCOPE_WINDOW && !clause) return false;
    }
    return true;
  }

  /**
   * "She was negative for ANA and the CK was raised" (session 22: the rise was read denied): "and" or "but" opening
   * a clause with a subject of its own — an article or a possessive, up to three words, then its verb "was",
   * "were", "is" or "are" before the target — ends a forward denial.
   */
  private ownClauseAt(i: number, target: number): boolean {
    const t = this.tokens;
    if (t[i]!.norm !== 'and' && t[i]!.norm !== 'but') return false;
    if (!CLAUSE_DETERMINERS.has(t[i + 1]?.norm ?? '')) return false;
    for (let j = i + 2; j <= i + 5 && j < target; j++) {
      if (COPULAS.has(t[j]!.norm)) return true;
      if (t[j]!.kind === 'punct') return false;
    }
    return false;
  }

  /**
   * "CK fell without further immunosuppression, and the rash improved" (session 35: the rash read denied): ", and"
   * then an article or a possessive opens a clause whose subject is the target, told by a verb right after it
   * (a copula or a past tense within three words), which ends a forward denial.
   */
  private ownClauseAfterTarget(i: number, target: number): boolean {
    const t = this.tokens;
    if (t[i]!.norm !== 'and' || t[i - 1]?.norm !== ',' || !CLAUSE_DETERMINERS.has(t[i + 1]?.norm ?? ''))
      return false;
    if (target > i + 4) return false;
    for (let j = target + 1; j <= target + 3 && j < t.length; j++) {
      const w = t[j]!;
      if (w.kind === 'punct') return false;
      if (COPULAS.has(w.norm) || (w.kind === 'word' && /[a-z]{3,}ed$/.test(w.norm))) return true;
    }
    return false;
  }

  /**
   * "Arthritis, as reported in 60% of patients, was absent": the target, an aside between commas right after it,
   * then the trigger after at most two verbs — the aside does not stop the trigger reaching the target.
   */
  private asideBetween(targetEnd: number, triggerStart: number): boolean {
    let c = triggerStart - 1;
    while (c > targetEnd && triggerStart - c <= 3 && ASIDE_VERBS.has(this.tokens[c]!.norm)) c--;
    if (c <= targetEnd || this.tokens[c]!.norm !== ',' || this.tokens[targetEnd]?.norm !== ',') return false;
    if (c - targetEnd < 3 || c - targetEnd > 20) return false;
    for (let i = targetEnd + 1; i < c; i++) {
      const n = this.tokens[i]!.norm;
      if (n === ',' || n === '.' || n === ';' || n === ':') return false;
    }
    // an aside opened by a relative or a comparison ("which …", "as reported …", "a hallmark of …")
    return ASIDE_OPENERS.has(this.tokens[targetEnd + 1]!.norm);
  }

  /**
   * "Her CK fell, but her head drop, which was due to proximal weakness, did not", "The CT, which showed interstitial
   * lung disease, was otherwise unremarkable": a target inside a relative clause between commas that closes right
   * before a backward trigger (after at most two verbs or "otherwise") is what the relative clause states of its head; the trigger
   * is said of the head, not of the clause's content.
   */
  private insideRelativeAside(targetEnd: number, triggerStart: number): boolean {
    const t = this.tokens;
    let c = triggerStart - 1;
    // ("…, was otherwise unremarkable": what the clause said is set apart from the denial in so many words)
    while (
      c > targetEnd &&
      triggerStart - c <= 3 &&
      (ASIDE_VERBS.has(t[c]!.norm) || t[c]!.norm === 'otherwise')
    )
      c--;
    if (c < targetEnd || t[c]!.norm !== ',') return false;
    for (let i = targetEnd; i < c; i++)
      if (t[i]!.kind === 'punct' && PHRASE_STOPS.has(t[i]!.norm)) return false;
    for (let i = targetEnd - 1; i >= 1 && targetEnd - i <= 20; i--) {
      const n = t[i]!.norm;
      if (PHRASE_STOPS.has(n)) return n === ',' && RELATIVE_OPENERS.has(t[i + 1]?.norm ?? '');
    }
    return false;
  }

  /**
   * "She had proximal weakness and anti-Jo-1 was negative" (session 21: the weakness was read absent): a target that
   * is the object of a verb of having or presenting ("had", "developed", "presented with") before it, with "and" or
   * "but" after it and before a backward trigger, is in an earlier clause than the one the trigger denies. A
   * subject coordinated before the trigger ("Rash and weakness were absent") has no such verb before it.
   */
  private objectOfEarlierClause(targetEnd: number, triggerStart: number): boolean {
    let joint = -1;
    for (let i = targetEnd; i < triggerStart; i++) {
      const n = this.tokens[i]!.norm;
      if (n === 'and' || n === 'but') joint = i;
    }
    if (joint < 0) return false;
    // "Her weakness persisted and the ANA was negative" (session 32: the weakness read absent): a target with its
    // own verb after it, then "and" and a new subject, is the subject of an earlier clause
    // ("She was weak and the ANA was negative": the patient as the subject, a copula, then the target)
    if (
      CLAUSE_SUBJECT_OPENERS.has(this.tokens[joint + 1]?.norm ?? '') &&
      (this.tokens.slice(targetEnd, joint).some((t) => OWN_CLAUSE_VERBS.has(t.norm)) ||
        this.patientCopulaBefore(targetEnd))
    )
      return true;
    for (let i = targetEnd - 1; i >= 0 && targetEnd - i <= 8; i--) {
      const t = this.tokens[i]!;
      if (t.kind === 'punct' && t.norm !== '-' && t.norm !== "'") return false;
      if (HAVING_VERBS.has(t.norm)) return true;
    }
    return false;
  }

  /** "she was weak", "he became weak": the patient and a copula right before the last word of the target. */
  private patientCopulaBefore(targetEnd: number): boolean {
    const copula = this.tokens[targetEnd - 2]?.norm ?? '';
    const subject = this.tokens[targetEnd - 3]?.norm ?? '';
    return PATIENT_COPULAS.has(copula) && PATIENT_SUBJECTS.has(subject);
  }

  /**
   * "In view of the fever and the rash, a myositis could not be excluded" (session 38: the fever read uncertain):
   * a reason phrase of two or three words opening the sentence, as {@link REASON_OPENERS}' single words do.
   */
  private reasonPhraseOpens(): boolean {
    const [a, b, c] = [this.tokens[0]?.norm, this.tokens[1]?.norm, this.tokens[2]?.norm];
    return (
      (a === 'in' && (b === 'view' || b === 'light') && c === 'of') ||
      ((a === 'owing' || a === 'due') && b === 'to') ||
      a === 'considering'
    );
  }

  /** True when trigger `fi` (backward) reaches token `target` (< trigger start). */
  private reachesBackward(fi: number, targetEnd: number, cat: ContextCategory): boolean {
    const f = this.found[fi]!;
    let words = 0;
    let k = fi - 1;
    if (f.tokenStart - targetEnd > MAX_REACH) return false;
    // "a heliotrope-like rash": the hyphenated "like" hedges the word glued to it, nothing before it
    if (this.tokens[f.tokenStart]!.norm === 'like') return f.tokenStart - targetEnd <= 2;
    if (cat === 'negation' && this.asideBetween(targetEnd, f.tokenStart)) return true;
    if (this.insideRelativeAside(targetEnd, f.tokenStart)) return false;
    // "Since she had fever and a rash, myositis could not be ruled out": the reason clause that opens the
    // sentence states its facts; a backward trigger of the main clause (after its last comma) does not reach it
    if (REASON_OPENERS.has(this.tokens[0]?.norm ?? '') || this.reasonPhraseOpens()) {
      // … but "In view of her age, ILD, pneumonia and heart failure were suspected" (session 38 precision: ILD read
      // present): a main clause whose subject is a list ("pneumonia and heart failure") began at the comma that
      // closes the reason — the first comma, or the last one after a list of the reason's own ("Since she had a
      // rash, dysphagia and weakness, myositis and cancer were suspected"); a target after it is the list's
      const commas: number[] = [];
      for (let i = 0; i < f.tokenStart; i++) if (this.tokens[i]!.norm === ',') commas.push(i);
      const joined = (a: number, b: number) => {
        for (let i = a + 1; i < b; i++) if (LIST_JOINERS.has(this.tokens[i]!.norm)) return true;
        return false;
      };
      const last = commas.length ? commas[commas.length - 1]! : -1;
      if (last >= targetEnd) {
        if (!joined(last, f.tokenStart)) return false;
        let close = commas.length - 1;
        while (close > 0 && !joined(commas[close - 1]!, commas[close]!)) close--;
        if (targetEnd <= commas[close]!) return false;
      }
    }
    if (this.objectOfEarlierClause(targetEnd, f.tokenStart)) return false;
    // "Gottron papules and a heliotrope rash, with unremarkable chest CT" (session 22: the rash was read absent):
    // "unremarkable" before its own noun qualifies that noun, not what came before it
    if (
      cat === 'negation' &&
      f.tokenEnd === f.tokenStart + 1 &&
      ATTRIBUTIVE_DENIALS.has(this.tokens[f.tokenStart]!.norm) &&
      ATTRIBUTIVE_DENIAL_BEFORE.has(this.tokens[f.tokenStart - 1]?.norm ?? '') &&
      this.tokens[f.tokenEnd]?.kind === 'word'
    )
      return false;
    for (let i = f.tokenStart - 1; i >= targetEnd - 1 && i >= 0; i--) {
      while (k >= 0 && this.found[k]!.tokenStart > i) k--;
      const other = this.found[k];
      if (
        other &&
        other.tokenStart <= i &&
        i < other.tokenEnd &&
        i >= targetEnd &&
        this.terminatesAt(other, cat)
      )
        return false;
      if (i >= targetEnd && (this.isBoundary(i) || this.isColonStop(i, f.tokenStart - 1))) return false;
      if (this.isListBreak(i)) words = 0;
      else if (this.tokens[i]!.kind !== 'punct') words++;
      if (words > SCOPE_WINDOW) return false;
    }
    return true;
  }

  /**
   * Whether a trigger of this category is in the sentence at all (after the sentence-level narrowing above).
   * False means no target of the sentence is asserted in that category by a trigger (a reader can skip the
   * query); "historical" may still come from a standing-fact word of the target itself.
   * @param cat - the category
   */
  hasTrigger(cat: ContextCategory): boolean {
    if (this.roles === undefined) {
      let roles = 0;
      for (const f of this.found)
        for (const r of f.rows)
          if (r.role !== 'pseudo' && r.role !== 'termination') roles |= CATEGORY_BIT[r.role];
      this.roles = roles;
    }
    return (this.roles & CATEGORY_BIT[cat]) !== 0;
  }

  /** The record of trigger `f` applying in category `cat` (made once per sentence, trigger and category). */
  private appliedRecord(f: FoundTrigger, cat: ContextCategory): AppliedTrigger {
    const known = f.applied?.[cat];
    if (known) return known;
    const s = this.tokens[f.tokenStart]!.start;
    const e = this.tokens[f.tokenEnd - 1]!.end;
    const record: AppliedTrigger = { category: cat, start: s, end: e, text: this.text.slice(s, e) };
    (f.applied ??= {})[cat] = record;
    return record;
  }

  /**
   * Whether the clause of the target [start, end) bounds its denial by "until" and a later time ("no rash until
   * March", "dysphagia was denied till a week ago", "no weakness until she stopped the statin"): the absence ended.
   * Not when "until" reaches the end of the story ("until now", "until the last follow-up", "until discharge"), nor
   * when the absence is said to last ("remained free of weakness until …", "not until").
   */
  private denialEndsAfter(start: number, end: number): boolean {
    const t = this.tokens;
    let at = -1;
    for (let i = end; i < t.length && i < end + 8; i++) {
      const n = t[i]!.norm;
      if (n === 'until' || n === 'till') {
        at = i;
        break;
      }
      if (CLAUSE_ENDS.has(n)) return false;
    }
    if (at < 0 || t[at - 1]?.norm === 'not') return false;
    for (let i = at + 1; i < t.length && i <= at + 4; i++) {
      const n = t[i]!.norm;
      if (STORY_ENDS.has(n)) return false;
      // "until the last follow-up", but "until last month": a last or latest time unit is a past date
      if ((n === 'last' || n === 'latest') && !TIME_UNITS.has(t[i + 1]?.norm ?? '')) return false;
      if (CLAUSE_ENDS.has(n)) break;
    }
    for (let i = start - 1; i >= 0 && start - i <= 8; i--) {
      const n = t[i]!.norm;
      if (LASTING.has(n)) return false;
      if (n === '.' || n === ';') break;
    }
    return true;
  }

  /**
   * Assertion of the target covering tokens [start, end) of this sentence.
   * @param start - first token index of the target
   * @param end - one past its last token index
   */
  assert(start: number, end: number): Assertion {
    // the number of triggers that apply, gathered in `gathered`
    let applied = 0;
    // The categories that apply, as bits of CATEGORY_BIT (one number per query, not a set).
    let cats = 0;
    let plainNegation = false;
    // Only triggers within reach can apply: binary-search the first one, stop past the reach.
    let lo = 0;
    let hi = this.found.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.found[mid]!.tokenEnd < start - TEMPORAL_REACH) lo = mid + 1;
      else hi = mid;
    }
    for (let fi = lo; fi < this.found.length; fi++) {
      const f = this.found[fi]!;
      if (f.tokenStart > end + TEMPORAL_REACH) break;
      // A trigger that overlaps the target applies only when it starts before it and reads forward
      // ("no abnormal" in "no abnormal nail fold capillaroscopy"); one inside the target never does.
      const overlaps = f.tokenEnd > start && f.tokenStart < end;
      if (overlaps && f.tokenStart >= start) continue;
      for (const r of f.rows) {
        if (r.role === 'pseudo' || r.role === 'termination') continue;
        const cat = r.role;
        const fwd =
          (r.direction === 'forward' || r.direction === 'both') &&
          (overlaps ||
            (f.tokenEnd <= start &&
              this.reachesForward(fi, start, cat) &&
              !(cat === 'negation' && this.affirmedApart(f.tokenEnd, start, end))));
        const bwd =
          !fwd &&
          (r.direction === 'backward' || r.direction === 'both') &&
          f.tokenStart >= end &&
          this.reachesBackward(fi, end, cat);
        if (fwd || bwd) {
          cats |= CATEGORY_BIT[cat];
          if (cat === 'negation' && !r.resolution) plainNegation = true;
          gathered[applied++] = this.appliedRecord(f, cat);
        }
      }
    }
    // Habits and allergies are standing facts (see STANDING_FACT_WORDS).
    for (let i = start; i < end && i < this.tokens.length; i++)
      if (STANDING_FACT_WORDS.has(this.tokens[i]!.norm)) cats |= CATEGORY_BIT.historical;
    // "She denied dysphagia until two weeks ago" (session 39: read absent): a denial bounded by "until" and a time
    // that is not the end of the story says when the finding began; the finding is there now
    if (cats & CATEGORY_BIT.negation && plainNegation && this.denialEndsAfter(start, end))
      cats &= ~CATEGORY_BIT.negation;
    const negated = (cats & CATEGORY_BIT.negation) !== 0;
    return {
      negated,
      resolved: negated && !plainNegation,
      uncertain: (cats & CATEGORY_BIT.uncertainty) !== 0,
      temporality:
        cats & CATEGORY_BIT.hypothetical
          ? 'hypothetical'
          : cats & CATEGORY_BIT.historical
            ? 'historical'
            : 'recent',
      experiencer: cats & CATEGORY_BIT.experiencer ? 'other' : 'patient',
      triggers: applied === 0 ? NO_TRIGGERS : gathered.slice(0, applied),
    };
  }
}
