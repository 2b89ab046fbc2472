/**
 * The analysed document shared by the extractors: sections, sentences with their tokens, lexicon
 * mentions, and ConText assertions on demand.
 * @module
 */
import { attributeSentences, mixedClauseBoundary, type SentenceAttribution } from './attribution.js';
import { SentenceContext, type Assertion } from './context/context.js';
import type { ContextCategory } from './context/triggers.js';
import { lexicon, type Concept } from './lexicon/index.js';
import { detectSections, type Section } from './sections.js';
import { splitSentences } from './sentences.js';
import { tokenize, type Token } from './tokenize.js';

/** A lexicon concept found in a sentence. */
export interface Mention {
  concept: Concept;
  /** Token indices in the sentence, end exclusive. */
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
}

/** A sentence with everything the extractors need. */
export interface DocSentence {
  index: number;
  start: number;
  end: number;
  section: Section;
  tokens: Token[];
  mentions: Mention[];
  /** Whose facts the sentence states (patient, disease in general, cohort, cited case, relative, meta). */
  attribution: SentenceAttribution;
  /**
   * Set on the second clause of a sentence split where two clauses speak of two subjects: the index of the
   * first clause (see attribution.ts, `mixedClauseBoundary`).
   */
  clauseOf?: number;
  /** Assertion of tokens [a, b) of this sentence (ConText). */
  assert(a: number, b: number): Assertion;
  /**
   * Whether a ConText trigger of this category is in the sentence at all: when not, no assertion of the
   * sentence has it from a trigger, and a reader that looks only for it can skip {@link DocSentence.assert}.
   */
  hasTrigger(category: ContextCategory): boolean;
}

/**
 * True when one of the mentions covers token `k` of their sentence (a loop, not a closure per call: readers
 * ask it for every token).
 */
export function coversToken(mentions: readonly Mention[], k: number): boolean {
  for (const m of mentions) if (m.tokenStart <= k && k < m.tokenEnd) return true;
  return false;
}

/** An analysed document. */
export interface Doc {
  text: string;
  sections: Section[];
  sentences: DocSentence[];
  /**
   * The text between two offsets as the user wrote it, for the free-text parts of a result (a study's
   * description): `text` itself, except where the shorthand of a note was read as words (shorthand.ts).
   */
  quote(start: number, end: number): string;
}

/**
 * A single-token acronym-like term (at most four letters) must not be all lower case in the text ("ALT", not "alt");
 * sites, studies and findings are exempt ("lung", "emg", "rash"). A note typed without capitals (session 27) keeps
 * its lower-case acronyms where they cannot be words: defined in brackets after their name (`defined`, or in the
 * brackets themselves), an antibody after "anti-" or beside a result, an analyte beside a value with its unit.
 */
function plausible(
  text: string,
  m: { start: number; end: number; tokenStart: number; tokenEnd: number; entries: readonly Concept[] },
  tokens: readonly Token[],
  defined: ReadonlySet<string>,
): boolean {
  if (m.tokenEnd - m.tokenStart !== 1) return true;
  if (
    m.entries.every(
      (c) => c.kind === 'site' || c.kind === 'study' || c.kind === 'biopsy-feature' || c.kind === 'finding',
    )
  )
    return true;
  const t = tokens[m.tokenStart]!;
  if (t.kind !== 'word' || t.end - t.start > 4) return true;
  const raw = text.slice(t.start, t.end);
  if (raw !== raw.toLowerCase() || ORDINARY_TERMS.has(raw) || defined.has(raw)) return true;
  // "creatine kinase (ck)", "(ck, 3,118 iu/l)": an acronym opening brackets defines the name before it
  if (
    tokens[m.tokenStart - 1]?.norm === '(' &&
    (tokens[m.tokenEnd]?.norm === ')' || tokens[m.tokenEnd]?.norm === ',') &&
    m.entries.every((c) => c.kind === 'lab' || c.kind === 'antibody')
  )
    return true;
  // "anti-ku", "anti-oj": the prefix names an antibody whatever its case
  if (
    m.entries.every((c) => c.kind === 'antibody') &&
    (tokens[m.tokenStart - 1]?.norm === 'anti' ||
      (tokens[m.tokenStart - 1]?.norm === '-' && tokens[m.tokenStart - 2]?.norm === 'anti'))
  )
    return true;
  if (m.entries.every((c) => c.kind === 'lab')) return labBesideValue(text, tokens, m.tokenEnd);
  return (
    raw.length >= 3 &&
    m.entries.every((c) => c.kind === 'antibody') &&
    antibodyBesideResult(tokens, m.tokenStart)
  );
}

/** Words of a test's result ("positive", "neg", "titre"). */
const RESULT_WORDS: ReadonlySet<string> = new Set([
  'positive',
  'negative',
  'pos',
  'neg',
  'positivity',
  'negativity',
  'titre',
  'titer',
  'strongly',
  'weakly',
]);

/**
 * A lower-case acronym of an antibody of three letters or more in a note typed without capitals ("positive ana and
 * anti-nxp2 antibodies", "ana 1:640", "anca neg", session 27): read when a word of a result or a titre stands
 * within three words of it. Two-letter names ("jo", "ku") stay words.
 */
function antibodyBesideResult(tokens: readonly Token[], at: number): boolean {
  for (let k = Math.max(0, at - 3); k <= at + 3 && k < tokens.length; k++) {
    if (k === at) continue;
    const t = tokens[k]!;
    if (RESULT_WORDS.has(t.norm)) return true;
    if (k === at + 1 && t.kind === 'number' && tokens[k + 1]?.norm === ':') return true;
  }
  return false;
}

/**
 * A lower-case acronym in brackets after a word of three letters or more ("kinase (ck)", "dehydrogenase (ldh,"):
 * `\b[a-z]{3,}\s+\(([a-z][a-z0-9]{1,3})[),]` with the bracket matched first and the word checked behind it, so
 * that the search skips from bracket to bracket rather than trying a word at every letter (the same matches: each
 * bracket starts at most one, and no two can overlap).
 */
export const BRACKETED_LOWER_ACRONYM_RE = /\((?<=\b[a-z]{3,}\s+\()([a-z][a-z0-9]{1,3})[),]/g;

/**
 * The lower-case acronyms a note defines in brackets after a name ("creatine kinase (ck)", "lactate dehydrogenase
 * (ldh)", "(ck, 3,118 iu/l)", session 27): read as acronyms wherever the note uses them again ("ck was raised").
 */
function bracketedAcronyms(text: string): ReadonlySet<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(BRACKETED_LOWER_ACRONYM_RE)) out.add(m[1]!);
  return out;
}

/** "(AML)": an acronym of capitals in brackets. */
const BRACKETED_ACRONYM_RE = /\(([A-Z][A-Z0-9]{1,5})\)/g;
/** "anterior mitral leaflet ": one to six words, each followed by spaces, up to the end of the text searched. */
const WORDS_TO_END_RE = /(?:[A-Za-z][\w'-]*[ \t]+){1,6}$/;
/** A character a run of such words holds. */
const WORD_RUN_CHAR_RE = /[\w' \t-]/;

/**
 * The definitions "anterior mitral leaflet (AML)" of a text: one to six words right before a bracketed acronym of
 * capitals, with the place where the words begin (the first place from which they run, at most six, to the
 * bracket). Found from each bracket backwards over the run of word characters before it: one search of words
 * from every place of the text had been a twentieth of the extraction's time.
 */
function* definitions(text: string): Generator<{ index: number; words: string; acronym: string }> {
  for (const m of text.matchAll(BRACKETED_ACRONYM_RE)) {
    let from = m.index;
    while (from > 0 && WORD_RUN_CHAR_RE.test(text[from - 1]!)) from--;
    const w = WORDS_TO_END_RE.exec(text.slice(from, m.index));
    if (w) yield { index: from + w.index, words: w[0], acronym: m[1]! };
  }
}

/**
 * Acronyms a text defines in brackets after the words whose initials spell them ("anterior mitral leaflet (AML)",
 * session 29: read as an acute myeloid leukaemia), with the kinds of lexicon concept those words name: a mention
 * of the acronym keeps only concepts of these kinds. An acronym defined by words of its own kind ("chronic
 * lymphatic leukemia (CLL)": a histology) keeps its concept; one the text never defines is read as the lexicon
 * reads it.
 */
function otherMeanings(
  text: string,
  dict: ReturnType<typeof lexicon>,
): ReadonlyMap<string, ReadonlySet<string>> {
  const out = new Map<string, Set<string>>();
  if (!text.includes('(')) return out;
  for (const m of definitions(text)) {
    const acronym = m.acronym;
    const letters = acronym.replace(/[0-9]/g, '');
    const words = [...m.words.matchAll(/\S+/g)];
    if (words.length < letters.length) continue;
    const phrase = words.slice(-letters.length);
    if (phrase.map((w) => w[0][0]!.toUpperCase()).join('') !== letters) continue;
    // (the phrase starts at its first word's own place, not at a later word that holds the same letters)
    const start = m.index + phrase[0]!.index;
    const concepts = out.get(acronym) ?? new Set<string>();
    for (const x of dict.findAll(tokenize(text, start, m.index + m.words.length)))
      for (const c of x.entries) concepts.add(c.kind);
    // "white blood cell (WBC) count" (session 30: the count was lost): the phrase begins one of the acronym's
    // own terms ("white blood cell count"), so it defines the lexicon's concept
    const defining = text
      .slice(start, m.index + m.words.length)
      .trim()
      .toLowerCase()
      .replace(/[-\s]+/g, ' ');
    for (const x of dict.findAll(tokenize(acronym)))
      for (const c of x.entries)
        if (
          c.terms.some((t) =>
            t
              .toLowerCase()
              .replace(/[-\s]+/g, ' ')
              .startsWith(defining),
          )
        )
          concepts.add(c.kind);
    out.set(acronym, concepts);
  }
  return out;
}

/** Short terms that are words, not acronyms: read in lower case too ("urea 9 mmol/L"). */
const ORDINARY_TERMS: ReadonlySet<string> = new Set(['urea']);

/** Words between a lab's name and its value in a note ("ck was 4520", "ldh: 612", "crp of 34"). */
const VALUE_LINK: ReadonlySet<string> = new Set([
  'was',
  'is',
  'of',
  'at',
  'level',
  'levels',
  ':',
  '=',
  '-',
  ',',
]);
/** A unit of a laboratory value right after the number ("u/l", "mg/dl", "%", "mm/h", "x10^9/l", "k/ul"). */
const LAB_UNIT_AFTER_RE =
  /^[ \t]?(?:[a-zµμ][a-zµμ0-9.]{0,5}[ \t]?\/[ \t]?[a-zµμ0-9]|%|[x×][ \t]?10|k\b|\/[a-zµμ])/i;

/**
 * A lower-case acronym of an analyte in a note typed without capitals ("ck 4520 u/l", "her ldh was 612 u/l",
 * session 27): read when a number with a laboratory unit follows it within two linking words. Without the
 * value and its unit it stays a word ("pt 58 yo" is no prothrombin time, "alt" no enzyme).
 */
function labBesideValue(text: string, tokens: readonly Token[], after: number): boolean {
  let k = after;
  while (k < after + 2 && VALUE_LINK.has(tokens[k]?.norm ?? '')) k++;
  const n = tokens[k];
  return n?.kind === 'number' && LAB_UNIT_AFTER_RE.test(text.slice(n.end, n.end + 12));
}

/**
 * Analyses a text: sections, sentences, tokens, mentions.
 * @param text - the (already checked) input
 */
export function analyse(text: string): Doc {
  const sections = detectSections(text);
  const dict = lexicon();
  const defined = bracketedAcronyms(text);
  const redefined = otherMeanings(text, dict);
  const sentences: DocSentence[] = [];
  for (const section of sections) {
    for (const s of splitSentences(text, section.start, section.end)) {
      const tokens = tokenize(text, s.start, s.end);
      // "Calcinosis is common in juvenile disease but was not seen here": two clauses about two subjects are
      // attributed apart (attribution.ts, mixedClauseBoundary); the second knows the first as its `clauseOf`
      const b = mixedClauseBoundary(text, tokens);
      if (b === undefined) {
        sentences.push(
          sentenceOf(text, dict, sentences.length, s.start, s.end, section, tokens, defined, redefined),
        );
        continue;
      }
      const first = sentences.length;
      sentences.push(
        sentenceOf(
          text,
          dict,
          first,
          s.start,
          tokens[b - 1]!.end,
          section,
          tokens.slice(0, b),
          defined,
          redefined,
        ),
      );
      // a boundary at a "which" keeps it as the first word of the second clause (a comma or a conjunction goes)
      const from = tokens[b]!.norm === 'which' ? b : b + 1;
      const second = sentenceOf(
        text,
        dict,
        first + 1,
        tokens[from]!.start,
        s.end,
        section,
        tokens.slice(from),
        defined,
        redefined,
      );
      second.clauseOf = first;
      sentences.push(second);
    }
  }
  const attributions = attributeSentences(
    text,
    sentences.map((s) => ({
      start: s.start,
      end: s.end,
      section: s.section,
      tokens: s.tokens,
      clinical: s.mentions.some((m) => CLINICAL.has(m.concept.kind)),
    })),
  );
  sentences.forEach((s, i) => (s.attribution = attributions[i]!));
  return { text, sections, sentences, quote: (start, end) => text.slice(start, end) };
}

const CLINICAL = new Set(['finding', 'lab', 'antibody', 'histology']);

/** A sentence (or clause) of {@link analyse} with its lexicon mentions. */
function sentenceOf(
  text: string,
  dict: ReturnType<typeof lexicon>,
  index: number,
  start: number,
  end: number,
  section: Section,
  tokens: Token[],
  defined: ReadonlySet<string>,
  redefined: ReadonlyMap<string, ReadonlySet<string>>,
): AnalysedSentence {
  const mentions: Mention[] = [];
  for (const m of dict.findAll(tokens)) {
    if (!plausible(text, m, tokens, defined)) continue;
    // "the anterior mitral leaflet (AML)": an acronym the text defines as something else is not the lexicon's
    // (the usual text defines no acronym: no word is cut out to look it up)
    const other =
      redefined.size > 0 && m.tokenEnd - m.tokenStart === 1
        ? redefined.get(text.slice(m.start, m.end))
        : undefined;
    for (const concept of m.entries) {
      if (other && !other.has(concept.kind)) continue;
      mentions.push({
        concept,
        tokenStart: m.tokenStart,
        tokenEnd: m.tokenEnd,
        start: m.start,
        end: m.end,
      });
    }
  }
  // "CK, which is often normal in anti-MDA5 dermatomyositis, was elevated" (session 35: read as a normal CK and a
  // positive anti-MDA5): the facts named inside an aside about the disease in general are no one's
  for (let k = 0; k < tokens.length; k++) {
    const close = generalAsideEnd(tokens, k);
    if (close === undefined) continue;
    for (let i = mentions.length - 1; i >= 0; i--)
      if (mentions[i]!.tokenStart > k && mentions[i]!.tokenEnd <= close) mentions.splice(i, 1);
    k = close;
  }
  return new AnalysedSentence(text, index, start, end, section, tokens, mentions);
}

/** The words that open a general aside after a comma without "which" ("CK, typically normal in CADM, was …"). */
const GENERAL_ASIDE_ADVERBS: ReadonlySet<string> = new Set([
  'often',
  'usually',
  'typically',
  'commonly',
  'frequently',
  'generally',
  'classically',
  'characteristically',
]);
/** The modals of a general statement ("may be elevated", "tends to be normal"). */
const GENERAL_ASIDE_MODALS = ['may', 'can', 'might', 'tends', 'tend'];
/** Present-tense verbs and modals right after "which" in a general aside. */
const GENERAL_ASIDE_VERBS: ReadonlySet<string> = new Set(['is', 'are', ...GENERAL_ASIDE_MODALS]);
/** Words that make an aside general: its adverbs and the modals. */
const GENERAL_ASIDE_WORDS: ReadonlySet<string> = new Set([...GENERAL_ASIDE_ADVERBS, ...GENERAL_ASIDE_MODALS]);

/**
 * The index of the comma that closes a general aside opening at the comma at token `k`: a relative clause in the
 * present tense with an adverb or modal of a general statement ("CK, which is often normal in anti-MDA5
 * dermatomyositis, was elevated", "Aldolase, which may be elevated when CK is normal, was 5.1 U/L"), or an
 * apposition opening with such an adverb ("CK, typically normal in CADM, was raised"); undefined otherwise (the
 * past tense of the patient's own history stays: "CK, which was often above 5,000 U/L, …").
 * @param tokens - the sentence's tokens
 * @param k - index of a comma
 */
export function generalAsideEnd(tokens: readonly Token[], k: number): number | undefined {
  if (tokens[k]?.norm !== ',') return undefined;
  let j = k + 1;
  const w = tokens[j]?.norm ?? '';
  if (w === 'which' || w === 'that') {
    j++;
    if (!GENERAL_ASIDE_VERBS.has(tokens[j]?.norm ?? '')) return undefined;
  } else if (!GENERAL_ASIDE_ADVERBS.has(w)) return undefined;
  let general = false;
  for (; j < tokens.length && j <= k + 25; j++) {
    const x = tokens[j]!.norm;
    if (x === ',') return general ? j : undefined;
    if (x === '.' || x === ';' || x === 'was' || x === 'were' || x === 'had') return undefined;
    if (GENERAL_ASIDE_WORDS.has(x)) general = true;
  }
  return undefined;
}

/**
 * A sentence of {@link analyse}: its ConText triggers are found on the first assertion asked of it (a class,
 * not a literal with a closure: one object per sentence instead of three).
 */
class AnalysedSentence implements DocSentence {
  attribution: SentenceAttribution = { subject: 'patient', reason: 'case-section' };
  clauseOf?: number;
  private context: SentenceContext | undefined;
  constructor(
    private readonly text: string,
    readonly index: number,
    readonly start: number,
    readonly end: number,
    readonly section: Section,
    readonly tokens: Token[],
    readonly mentions: Mention[],
  ) {}
  assert(a: number, b: number): Assertion {
    const asserted = (this.context ??= new SentenceContext(this.text, this.tokens)).assert(a, b);
    // under a "Differential diagnosis" heading every fact is one the authors weigh, not one they state
    return this.section.kind === 'differential' && !asserted.uncertain
      ? { ...asserted, uncertain: true }
      : asserted;
  }
  hasTrigger(category: ContextCategory): boolean {
    return (this.context ??= new SentenceContext(this.text, this.tokens)).hasTrigger(category);
  }
}

/**
 * True when the facts of this sentence are read as the patient's: its subject is the patient (see
 * attribution.ts) and it stands where the case is told. Two places speak of the patient without being read:
 * an abstract when the document has a case section of its own (it restates the case, compressed), and the
 * introduction or discussion ("in our case, …", "our patient fulfilled four criteria …"), where the authors
 * interpret rather than report. Decision recorded in docs/extraction.md ("Sections and whose facts they are");
 * the one exception, a discussion sentence that dates an already-found cancer, lives in the oncology extractor.
 */
export function isCaseSentence(s: DocSentence): boolean {
  if (s.attribution.subject !== 'patient') return false;
  // an introduction that runs on into the case without a heading ("A 64-year-old man presented …"), and the
  // authors' report of their case in it when the document has no case section of its own (attribution.ts)
  if (s.attribution.reason === 'introduction-case') return true;
  // (session 51 tried reading the introduction's "We report …" beside a case section too: seven development facts
  // gained and none added wrongly, but on the test half five gained against five added, four of them cancers the gold
  // does not give the patient; reverted, the restatement stays unread)
  return (
    s.section.role !== 'literature' && s.section.kind !== 'introduction' && s.section.kind !== 'discussion'
  );
}
