/**
 * From a ConText assertion to a finding status, the one place where that mapping lives.
 * @module
 */
import type { Assertion } from '../context/context.js';
import type { EvidenceNote } from '../notes.js';

/**
 * Status of a mention, or undefined when the mention is not a fact about the patient now or before. The note
 * is a code with the trigger words as a parameter (`negated`, triggers `"no"`); `reason` (why the status is
 * uncertain) is the case field of that name.
 */
export function mentionStatus(
  a: Assertion,
): { status: 'present' | 'absent' | 'uncertain'; note: EvidenceNote; reason?: string } | undefined {
  if (a.experiencer === 'other') return undefined;
  if (a.temporality === 'hypothetical') return undefined;
  const historical = a.temporality === 'historical';
  if (a.negated && !a.resolved)
    return { status: 'absent', note: { code: 'negated', params: triggerParams(a, 'negation', historical) } };
  if (a.uncertain) {
    const params = triggerParams(a, 'uncertainty', historical);
    return {
      status: 'uncertain',
      note: { code: 'hedged', params },
      reason: `the source hedges (${params.triggers})`,
    };
  }
  if (a.resolved)
    return {
      status: 'present',
      note: { code: 'resolved-later', params: triggerParams(a, 'negation', historical) },
    };
  return { status: 'present', note: { code: 'affirmed', params: historical ? { historical: 'yes' } : {} } };
}

/**
 * Whether a mention sits in a question of "whether" ("Whether anti-MDA5 was present is unknown", "whether CK was
 * elevated is unknown"): a result asked about, not one stated (session 20).
 * @param a - the mention's assertion
 */
export function askedWhether(a: Assertion): boolean {
  return a.uncertain && a.triggers.some((t) => t.category === 'uncertainty' && /^whether$/i.test(t.text));
}

/**
 * The note's parameters: the trigger words of one category, quoted and joined (`"no", "nor"`), and
 * `historical` when the mention is a past one (one string built in a loop: this runs for every mention).
 */
function triggerParams(a: Assertion, category: string, historical: boolean): Record<string, string> {
  let words = '';
  for (const t of a.triggers)
    if (t.category === category) words += words === '' ? `"${t.text}"` : `, "${t.text}"`;
  const params: Record<string, string> = { triggers: words };
  if (historical) params.historical = 'yes';
  return params;
}

/**
 * Participles of taking or testing a sample that open an aside between a test's name and its result ("CK, measured
 * a week after admission, was 812 U/L", "Anti-TIF1-γ, assayed in stored serum, was positive"): read by the lab and
 * the antibody extractors (session 25).
 */
export const SAMPLING_PARTICIPLES: ReadonlySet<string> = new Set([
  'measured',
  'obtained',
  'checked',
  'drawn',
  'taken',
  'repeated',
  'tested',
  'sampled',
  'assayed',
  'done',
]);

/** Relatives by the pronoun that refers to them ("she": her mother, sister …; "he": his father, brother …). */
export const RELATIVES_BY_PRONOUN: Readonly<Record<'she' | 'he', ReadonlySet<string>>> = {
  she: new Set(['mother', 'sister', 'daughter', 'aunt', 'grandmother', 'niece', 'wife']),
  he: new Set(['father', 'brother', 'son', 'uncle', 'grandfather', 'nephew', 'husband']),
};

/** Relatives named as persons ("her mother", "his twin"), for every extractor that reads a relative. */
export const RELATIVES: ReadonlySet<string> = new Set([
  'mother',
  'father',
  'sister',
  'brother',
  'son',
  'daughter',
  'husband',
  'wife',
  'aunt',
  'uncle',
  'cousin',
  'grandmother',
  'grandfather',
  'sibling',
  'siblings',
  'twin',
  'niece',
  'nephew',
  'parents',
  'relative',
  'relatives',
]);
/** Relatives, and titles of another named person, a result may be said of after it ("… was negative in her
 * daughter"). */
const RELATIVE_NOUNS = new Set([...RELATIVES, 'mr', 'mrs', 'ms', 'miss']);
/** Words between "in" and the relative ("in her daughter", "in the patient's sister"). */
const RELATIVE_DETERMINERS = new Set(['her', 'his', 'their', 'the', 'a', 'one', "patient's"]);

/**
 * Whether "in" + a relative follows within a few tokens after `from` ("anti-TIF1γ was negative in her
 * daughter", "CK was 600 U/L in his brother"): the result is the relative's. ConText scopes a relative forward
 * only, so a relative named after the result is read here.
 */
export function relativeAfter(tokens: readonly { norm: string }[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length, from + 4); k++) {
    if (tokens[k]!.norm !== 'in') continue;
    let j = k + 1;
    if (RELATIVE_DETERMINERS.has(tokens[j]?.norm ?? '')) j++;
    if (tokens[j]?.norm === 'twin' || tokens[j]?.norm === 'older' || tokens[j]?.norm === 'younger') j++;
    return RELATIVE_NOUNS.has(tokens[j]?.norm ?? '');
  }
  return false;
}

/** The hedges that make a positive result a suspicion (ConText uncertainty triggers, as written). */
const HEDGES = new Set([
  'possible',
  'possibly',
  'probable',
  'probably',
  'likely',
  'questionable',
  'suspect',
  'suspected',
  'was suspected',
  'is suspected',
  'suspicion of',
  'suspicion for',
  '?',
  '(?)',
  'query',
  'may be',
  'might be',
]);
/**
 * The text between a hedge and the result it hedges: at most one word, no comma or semicolon ("anti-MDA5 was
 * possibly positive", "possible anti-MDA5 positivity"; not "probable antisynthetase syndrome with anti-Jo-1
 * positivity", nor "given suspected dermatomyositis, a panel was sent, and anti-TIF1γ was positive", which hedge
 * the disease).
 */
function nearHedge(gap: string): boolean {
  return (
    !/[,;]/.test(gap) &&
    gap
      .trim()
      .split(/\s+/)
      .filter((w) => w && !HEDGE_GAP_WORDS.has(w.toLowerCase())).length <= 1
  );
}
/**
 * A copula and the adverbs of time that may stand between a result and its hedge without weakening it ("anti-SRP
 * positivity was initially suspected", session 40: read positive).
 */
const HEDGE_GAP_WORDS: ReadonlySet<string> = new Set([
  'was',
  'were',
  'is',
  'are',
  'initially',
  'first',
  'originally',
  'at',
  'strongly',
]);

/**
 * Whether the uncertainty of the target at [start, end) comes from a hedge of {@link HEDGES} right beside it: a
 * result so hedged ("possibly positive", "CK was possibly elevated", "?raised CK") is a suspicion (session 21).
 * @param text - the whole input
 * @param a - the target's assertion
 * @param start - the target's first character
 * @param end - one past its last character
 */
export function hedged(text: string, a: Assertion, start: number, end: number): boolean {
  return (
    a.uncertain &&
    a.triggers.some(
      (t) =>
        t.category === 'uncertainty' &&
        HEDGES.has(t.text.toLowerCase()) &&
        nearHedge(t.end <= start ? text.slice(t.end, start) : text.slice(end, t.start)),
    )
  );
}

/**
 * Nouns of a person that a word before them describes: who "asymptomatic" may describe ("an asymptomatic man"), or
 * whom a status describes ("an HIV-positive woman").
 */
export const PERSON_NOUNS: ReadonlySet<string> = new Set([
  'man',
  'woman',
  'patient',
  'boy',
  'girl',
  'lady',
  'gentleman',
  'male',
  'female',
  'child',
  'individual',
  'person',
  'mother',
]);
