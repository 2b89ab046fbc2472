/**
 * Autoantibody results. Mentions separated only by commas, "and", "or", slashes, brackets or a short
 * unknown list item ("ENAs, ANA, ANOEs, ANCAs: negative") form a list; the result word right after the
 * list ("… antibody negative", ": negative") or right before it ("negative for …", "weakly positive …")
 * applies to every member. A titre ("1:160") beside a mention is kept. A mention with no result word
 * is not a result (e.g. "anti-TIF1γ antibodies are associated with cancer").
 * @module
 */
import { canonicalAntibody, INFECTION_SEROLOGY_TARGETS } from '../../facts/names.js';
import type { Doc, DocSentence, Mention } from '../document.js';
import { coversToken, isCaseSentence } from '../document.js';
import { addEvidenceOf, evidence, type SpanEvidence } from '../evidence.js';
import { labelDot } from '../sentences.js';
import type { Token } from '../tokenize.js';
import { askedWhether, hedged, PERSON_NOUNS, relativeAfter, SAMPLING_PARTICIPLES } from './assertion.js';

/** An extracted antibody (case model AntibodySchema). */
export interface ExtractedAntibody {
  target: string;
  result: 'positive' | 'negative' | 'equivocal';
  titre?: string;
  /** A group result ("myositis panel negative"): never a result for each antibody of the group. */
  panel?: boolean;
  evidence: SpanEvidence[];
}

/** Text the extractor could not place: an "anti-X" it does not know, with a result beside it. */
export interface UnplacedAntibody {
  start: number;
  end: number;
  text: string;
}

/** An infection serology read from the text (its agent, result and span), reported, never a case antibody. */
export interface InfectionSerology {
  target: string;
  result: string;
  start: number;
  end: number;
  text: string;
}

const LINK = new Set([
  ',',
  'and',
  'or',
  '/',
  '(',
  ')',
  'anti',
  'antibody',
  'antibodies',
  'autoantibody',
  'autoantibodies',
  'ab',
  'abs',
  'igg',
  'a',
  'the',
  'serum',
]);
const SKIP_RIGHT = new Set([
  // the method after the name ("ANA by HEp-2 IIF: negative", "anti-HMGCR (ELISA) positive", "HEp-2 cells: …")
  'cells',
  'iif',
  'ifa',
  'iifa',
  'elisa',
  'antibody',
  'antibodies',
  'autoantibody',
  'autoantibodies',
  'ab',
  'abs',
  'igg',
  'was',
  'were',
  'is',
  'are',
  ':',
  'test',
  'tests',
  'testing',
  'result',
  'results',
  'both',
  'all',
  'also',
  'titre',
  'titer',
  'level',
  'levels',
  'returned',
  'came',
  'back',
  'be',
  'found',
  'to',
  'strongly',
  'weakly',
  'mildly',
  'low',
  'high',
  'serum',
  'elisa',
  'immunoblot',
  'blot',
  ',',
  'measured',
  'at',
  'reported',
  'tested',
  'line',
  'on',
  'by',
  // session 40: "anti-SAE status: positive", "anti-TIF1γ antibody assay: negative"
  'status',
  'assay',
]);
const SKIP_LEFT = new Set([
  'for',
  // session 40: "negative for all myositis-specific antibodies"
  'all',
  'to',
  'anti',
  'antibody',
  'antibodies',
  'autoantibodies',
  'ab',
  'abs',
  'an',
  'a',
  'the',
  'of',
  'with',
  'serum',
  'titre',
  'titer',
  'both',
  'were',
  'was',
  'screen',
  'panel',
  'profile',
  'including',
  'strongly',
  'weakly',
  'high',
  // session 39: "serology showed low-titre anti-Ro52" (a low titre is still found)
  'low',
  'titer',
  'was',
  'were',
  'harbor',
  // the British spelling ("her serum was found to harbour anti-PL-12")
  'harbour',
  'be',
  'to',
  'level',
  'levels',
  'titre',
  'titres',
  'titers',
  'against',
  'only',
  // "subscreening revealed isolated anti-Ku antibody"
  'isolated',
  'high-titre',
  'presence',
  // "negative antibody testing to smooth muscle, …"
  'testing',
  'tests',
  // "negative results were obtained for anti-Mi-2, …", "reactivity was seen against …"
  'obtained',
  'recorded',
  'seen',
  'result',
  'results',
  // "we did not find any myositis antibodies" (session 39: lost): the determiner of a denied object
  'any',
]);
/**
 * Verbs and phrases that report a finding on the left of an antibody ("serology revealed anti-NXP2",
 * "notable for anti-SAE1", "seropositive for anti-HMGCR"): a positive result unless the mention is negated.
 */
const LEFT_POSITIVE = new Set([
  // "her serum reacted with Jo-1", "anti-Jo-1 positivity with concomitant anti-Ro52", "reactivity against PL-12"
  'reacted',
  'reactivity',
  'concomitant',
  'revealed',
  'showed',
  'shown',
  'identified',
  'detected',
  'demonstrated',
  'disclosed',
  'contained',
  'confirmed',
  'notable',
  'significant',
  'remarkable',
  'seropositive',
  'positivity',
  // the participle of a find ("a line blot was then run, demonstrating anti-PL-7", session 31)
  'demonstrating',
  'revealing',
  'showing',
  'disclosing',
  'identifying',
  // the present tense of a letter ("Laboratory evaluation reveals … anti-Mi-2 and anti-EJ", session 27)
  'reveals',
  'shows',
  'identifies',
  // session 39 (result vocabulary): "serology uncovered anti-SAE1", "the immunoblot yielded anti-PL-7"
  'uncovered',
  'unveiled',
  'yielded',
  // "seropositivity for anti-HMGCR" (as "positivity" above)
  'seropositivity',
  'detects',
  'demonstrates',
  'discloses',
  'contains',
  'confirms',
]);
/** Auxiliaries of a passive before a participle ("was found"). */
const PASSIVE_AUX: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);
/** Verbs of finding an antibody, denied on the list's left ("did not detect …"). */
const DETECT_VERBS: ReadonlySet<string> = new Set([
  'detect',
  'find',
  'identify',
  'demonstrate',
  'show',
  'reveal',
  'disclose',
  'yield',
  // session 39: "serology did not uncover anti-Jo-1"
  'uncover',
]);
/** Verbs of finding or having that "neither … nor" after them denies ("found neither ANA nor anti-Jo-1"). */
const NEITHER_FIND: ReadonlySet<string> = new Set([
  'found',
  'finds',
  'detected',
  'detects',
  'identified',
  'identifies',
  'revealed',
  'reveals',
  'showed',
  'shows',
  'demonstrated',
  'disclosed',
  'yielded',
  'contained',
  'had',
  'has',
]);
/** Whether an antibody's name or noun is among the three words from `k` ("detected no myositis antibodies"). */
function antibodyObjectNear(s: DocSentence, k: number): boolean {
  for (let j = k; j < k + 3 && j < s.tokens.length; j++) {
    if (ANTIBODY_NOUNS.has(s.tokens[j]!.norm)) return true;
    if (s.mentions.some((m) => m.concept.kind === 'antibody' && m.tokenStart === j)) return true;
  }
  return false;
}
/** Objects of a denied finding that name a result ("did not show any positive bands", "… any reactivity"). */
const ANY_RESULT_OBJECTS: ReadonlySet<string> = new Set([
  'band',
  'bands',
  'reactivity',
  'positivity',
  'positive',
]);
/** Verbs of lacking on the left of an antibody ("her serum lacked anti-cN1A"). */
const LACKED = new Set(['lacked', 'lacks', 'lacking']);
/** Nouns of antibodies ("no antibodies against …", "with anti-Jo-1 antibodies"). */
const ANTIBODY_NOUNS: ReadonlySet<string> = new Set([
  'antibodies',
  'antibody',
  'autoantibodies',
  'autoantibody',
  // the abbreviations of notes ("no Abs against …", session 40)
  'ab',
  'abs',
]);

/**
 * Whether the group word `m` is the head noun of the named antibody right after its link ("autoantibodies to AChR",
 * "antibodies directed against TIF1-γ"), within three tokens of the link's end.
 */
function namesNextMember(s: DocSentence, m: Mention, next: Mention | undefined): boolean {
  const end = antigenLinkEnd(s, m.tokenEnd - 1);
  return end !== undefined && next !== undefined && !next.concept.attrs?.panel && next.tokenStart - end <= 3;
}

/**
 * "…, and so were antibodies to SRP, Ku and OJ", "…, as were autoantibodies directed against Mi-2" (session 38:
 * lost): the index before the antibody noun and its link that end at `k`, or `k` when none ends there.
 */
function beforeAntigenLink(s: DocSentence, k: number): number {
  for (let n = k - 1; n >= 0 && n >= k - 2; n--) if (antigenLinkEnd(s, n) === k) return n - 1;
  return k;
}

/** Whether the group `m` is followed by "(antibody) of" and the named antibody `next` ("… antibody of OJ type"). */
function typedByNext(s: DocSentence, m: Mention, next: Mention | undefined): boolean {
  if (next === undefined || next.concept.attrs?.panel) return false;
  let k = m.tokenEnd;
  if (ANTIBODY_NOUNS.has(s.tokens[k]?.norm ?? '')) k++;
  return s.tokens[k]?.norm === 'of' && next.tokenStart === k + 1;
}

/** Words that join an antibody noun to the antigen named after it ("antibodies directed against TIF1-γ"). */
const ANTIGEN_LINKS = new Set([
  'directed',
  'specific',
  'reactive',
  'targeting',
  'recognising',
  'recognizing',
]);

/** Words that name the antigen right after them, alone ("antibodies to", "antibodies targeting"). */
const ANTIGEN_LINKS_ALONE = new Set(['to', 'against', 'targeting', 'recognising', 'recognizing']);

/**
 * The antibody noun at `k` names its antigen right after it: "antibodies to", "against", "directed against",
 * "specific for", "reactive with", "targeting" (session 31: "serology revealed antibodies directed against
 * TIF1-γ" had been lost). The index of the link's last word, or undefined.
 */
function antigenLinkEnd(s: DocSentence, k: number): number | undefined {
  if (!ANTIBODY_NOUNS.has(s.tokens[k]?.norm ?? '')) return undefined;
  // "positive antibodies (AB) against HMG-CoA reductase" (session 41: lost): the noun's own abbreviation in
  // brackets between it and its link
  if (
    s.tokens[k + 1]?.norm === '(' &&
    ANTIBODY_NOUNS.has(s.tokens[k + 2]?.norm ?? '') &&
    s.tokens[k + 3]?.norm === ')'
  )
    k += 3;
  const next = s.tokens[k + 1]?.norm ?? '';
  if (ANTIGEN_LINKS_ALONE.has(next)) return k + 1;
  return ANTIGEN_LINKS.has(next) && ['to', 'against', 'for', 'with'].includes(s.tokens[k + 2]?.norm ?? '')
    ? k + 2
    : undefined;
}
/** Quote marks around a list's member ("'mechanic's hands'"). */
const QUOTE_MARKS: ReadonlySet<string> = new Set(["'", '"', '‘', '’', '“', '”']);

/**
 * "the presence of ILD, arthritis and anti-PL-7", "on the basis of a heliotrope rash, raised CK and anti-NXP2" (session
 * 41): walking back from the antibody at `start` over findings and labs named in a list (commas, "and", articles and
 * their adjectives only), the head that states them present. Undefined when the walk meets anything else, when no
 * finding or lab stands between, or when the head is denied ("no presence of", "absence of").
 */
function evidenceListHead(s: DocSentence, start: number): ReturnType<typeof resultAt> {
  let k = start - 1;
  if (s.tokens[k]?.norm !== 'and' && s.tokens[k]?.norm !== ',') return undefined;
  let members = 0;
  for (let n = 0; k >= 1 && n < 24; n++) {
    const w = s.tokens[k]!.norm;
    const member = s.mentions.find(
      (m) => (m.concept.kind === 'finding' || m.concept.kind === 'lab') && m.tokenEnd === k + 1,
    );
    if (member) {
      members++;
      k = member.tokenStart - 1;
      // an article, a quote mark and up to two words of the member ("a heliotrope rash", "raised CK", "wrists'
      // arthritis"), back to the list's separator or its head
      for (let words = 0; k >= 0; k--) {
        const x = s.tokens[k]!;
        if (x.norm === ',' || x.norm === 'and' || x.norm === 'of') break;
        if (x.kind === 'word' && words < 2 && !s.mentions.some((m) => m.tokenStart <= k && k < m.tokenEnd))
          words++;
        else if (x.kind !== 'punct' || x.norm === '.' || x.norm === ';') return undefined;
      }
      continue;
    }
    if (w === ',' || w === 'and' || QUOTE_MARKS.has(w)) {
      k--;
      continue;
    }
    if (w === 'of' && members > 0) {
      const head = s.tokens[k - 1]!.norm;
      // (not "no presence of", nor a search: "tested for the presence of …")
      const before = s.tokens[k - 2]?.norm === 'the' ? k - 3 : k - 2;
      const denied = ['no', 'without', 'for'].includes(s.tokens[before]?.norm ?? '');
      if ((head === 'presence' || head === 'basis') && !denied)
        return { result: 'positive', idx: k - 1, weak: false };
    }
    return undefined;
  }
  return undefined;
}

/** Verbs that repeat a result rather than state one ("the negative … result was confirmed"). */
const CONFIRMING = new Set(['confirmed', 'verified', 'repeated', 'replicated', 'reproduced']);
/** Adverbs of degree before a result word ("strongly positive", "only weakly positive"). */
const DEGREE = new Set(['strongly', 'weakly', 'highly', 'very', 'markedly', 'clearly', 'only', 'also']);
/** Tokens a result is never read across. */
/** The result of the clause before "(,) but also" right before a list (`from`), within eight tokens. */
function butAlsoResult(s: DocSentence, from: number): ReturnType<typeof resultAt> {
  if (s.tokens[from - 1]?.norm !== 'also' || s.tokens[from - 2]?.norm !== 'but') return undefined;
  for (let j = from - 3, n = 0; j >= 0 && n < 8; j--, n++) {
    const w = s.tokens[j]!.norm;
    if (w === '.' || w === ';') break;
    const r = resultAt(s, j);
    if (r) return { ...r, idx: from - 1 };
  }
  return undefined;
}

/** Nouns of further tests coordinated after an antibody list (see the right-hand search). */
const OTHER_TESTS = new Set([
  'panel',
  'panels',
  'test',
  'tests',
  'testing',
  'screen',
  'screening',
  'studies',
  'assay',
]);
/** Words that open a clause of their own: after them a list's result is not the list's. */
const LIST_CLAUSE = new Set([
  'which',
  'who',
  'because',
  'that',
  'showed',
  'revealed',
  'shows',
  'reveals',
  'had',
  'has',
  'with',
  'without',
]);
const HARD_STOP = new Set(['.', ';', ':', 'but', 'whereas', 'while', 'whilst', 'however', 'although']);
/** Verbs that state a positive result on the left ("found to harbor anti-PL-7 antibodies"). */
const CARRY = new Set([
  'harbor',
  'harbors',
  'harbored',
  'harboring',
  'carry',
  'carried',
  'carries',
  'carrying',
  // session 39: the British spelling ("she harboured anti-NXP2 antibodies")
  'harbour',
  'harbours',
  'harboured',
  'harbouring',
]);
const POSITIVE = new Set([
  'positive',
  'positivity',
  // session 39: "anti-MDA5 seropositivity" (of the patient, as "positivity")
  'seropositivity',
  'detected',
  'identified',
  'demonstrated',
  'documented',
  'detectable',
  'demonstrable',
  'present',
  'reactive',
  'elevated',
  'raised',
  'increased',
  'high',
  // "Anti-HMGCR antibodies confirmed the diagnosis" (session 24): an antibody that confirms a diagnosis was found
  'confirmed',
]);
/** Words of a raised level that also qualify a risk ("a high risk of", "an increased incidence of"). */
const RISE_WORDS: ReadonlySet<string> = new Set(['high', 'elevated', 'raised', 'increased']);
/** Nouns of a risk or a frequency ("high risk", "increased likelihood"): never an antibody's own level. */
const RISK_NOUNS: ReadonlySet<string> = new Set([
  'risk',
  'risks',
  'rate',
  'rates',
  'incidence',
  'prevalence',
  'likelihood',
  'probability',
  'frequency',
  'mortality',
  'association',
]);
/**
 * Nouns of a raised level, or of an antibody's appearance, on the left of an antibody ("an elevation of anti-dsDNA",
 * "an increase in anti-RNP", "the development of anti-HMGCR antibody").
 */
const LEVEL_RISE = new Set([
  'elevation',
  'elevations',
  'increase',
  'increases',
  'rise',
  'development',
  'appearance',
  'emergence',
]);
/** Words of a test carried out ("had ANA and ENA done and both were negative"). */
const DONE = new Set(['done', 'performed', 'ordered', 'obtained', 'repeated']);
/** Subjects after "and" that refer back to the tests before it ("… and they were negative", "and both were …"). */
const BACK_REFERENCE = new Set(['they', 'both', 'all', 'these', 'it', 'each', 'either', 'neither', 'which']);
/** Nouns after "and the" that name the tests before it again ("… and the results were negative"). */
const TEST_NOUNS = new Set([
  'result',
  'results',
  'test',
  'tests',
  'antibody',
  'antibodies',
  'ab',
  'abs',
  'titre',
  'titer',
]);
/** Verbs that open a clause of its own after "and" / "but" ("… and CK was normal"). */
const CLAUSE_VERBS = new Set(['was', 'were', 'is', 'are', 'remained', 'came']);
/** Verbs of an antibody's appearance on its left ("she later developed anti-HMGCR antibodies"). */
const APPEARED = new Set(['developed', 'acquired']);
const NEGATIVE = new Set([
  'negative',
  'negativity',
  // session 39 (result vocabulary): "anti-Jo-1 seronegativity", "undetected", "non-detectable" written as one
  // word, "unreactive" (as "nonreactive")
  'seronegativity',
  'undetectable',
  'undetected',
  'nondetectable',
  'unreactive',
  'absent',
  'nonreactive',
  'normal',
  'unremarkable',
]);
/** "within normal limits", "within the reference range": a normal (negative) result. */
const WITHIN_NORMAL = new Set(['normal', 'reference']);
const WITHIN_LIMITS = new Set(['limits', 'limit', 'range', 'ranges', 'values', 'intervals', 'interval']);
/** Words of a limit a level is below when the test is negative ("below the detection limit"). */
const BELOW_LIMIT = new Set(['detection', 'cut', 'cutoff', 'threshold', 'limit']);
// (session 39: "inconclusive", a result neither side of the cut-off)
const EQUIVOCAL = new Set(['equivocal', 'borderline', 'indeterminate', 'weak', 'doubtful', 'inconclusive']);

type Result = ExtractedAntibody['result'];

/** "except (for)", "apart from", "with the exception of" ending at token `i`. */
function isException(s: DocSentence, i: number): boolean {
  const w = s.tokens[i]!.norm;
  const prev = s.tokens[i - 1]?.norm;
  return (
    w === 'except' ||
    (w === 'for' && prev === 'except') ||
    (w === 'from' && (prev === 'apart' || prev === 'aside')) ||
    (w === 'of' && prev === 'exception')
  );
}

/**
 * Whether the words from token `k` deny what came before: "was not detected", "were not found", "has not been
 * confirmed", "was never seen", "was excluded", "was ruled out".
 */
function deniedAfter(s: DocSentence, k: number): boolean {
  const t = s.tokens;
  if (!COPULA_WORDS.has(t[k]?.norm ?? '') && t[k]?.norm !== 'has' && t[k]?.norm !== 'have') return false;
  let j = k + 1;
  if (t[j]?.norm === 'excluded' || (t[j]?.norm === 'ruled' && t[j + 1]?.norm === 'out')) return true;
  if (t[j]?.norm !== 'not' && t[j]?.norm !== 'never') return false;
  j++;
  if (t[j]?.norm === 'been') j++;
  return FOUND_AFTER.has(t[j]?.norm ?? '');
}

/** Participles of a test not done after "not" ("not checked", "not tested", "not performed"). */
const NOT_DONE = new Set([
  'checked',
  'tested',
  'done',
  'performed',
  'measured',
  'assessed',
  'available',
  'obtained',
]);

/**
 * Whether the antibody named by `m` is said not to have been tested, within its list: "PR3 and MPO not checked",
 * "anti-HMGCR was not tested".
 */
function notTested(s: DocSentence, m: Mention): boolean {
  for (let k = m.tokenEnd; k < s.tokens.length && k - m.tokenEnd < 8; k++) {
    const w = s.tokens[k]!.norm;
    if (w === 'not') return NOT_DONE.has(s.tokens[k + 1]?.norm ?? '');
    const member = s.mentions.some(
      (x) => x.concept.kind === 'antibody' && k >= x.tokenStart && k < x.tokenEnd,
    );
    if (!member && !HEAD_NOUNS.has(w) && !['and', ',', 'or', 'anti', '-', 'was', 'were'].includes(w))
      return false;
  }
  return false;
}

/** Words of a contrast before an elided result ("but anti-NXP2 was", "whereas anti-TIF1γ was"). */
const ELLIPSIS_CONTRAST = new Set(['but', 'whereas', 'while', 'although']);
/** First words of the joining phrases that may follow a clause's result ("…, together with", "…, along with"). */
const AFTER_RESULT_JOINS: ReadonlySet<string> = new Set(['in', 'along', 'together', 'alongside']);
/** Verbs that stand for the predicate of the clause before them ("so was", "so did", "as had"). */
const ELLIPSIS_VERBS: ReadonlySet<string> = new Set([
  'was',
  'were',
  'is',
  'are',
  'did',
  'do',
  'does',
  'had',
  'has',
  'have',
]);
/** Words between "so was" and the antibody it names: a determiner or the patient's possessive ("so did her ANCA"). */
const ELLIPSIS_DETERMINERS: ReadonlySet<string> = new Set(['anti', '-', 'the', 'her', 'his', 'their', 'its']);
/** Words after an elided predicate that repeat the clause before ("anti-Ro52 was too"; "likewise" is normalised). */
const ELLIPSIS_TOO: ReadonlySet<string> = new Set(['too', 'also', 'likewise', 'similarly']);

/**
 * The result of an antibody whose predicate is elided, from the clause before it: the opposite after a contrast
 * ("Anti-Jo-1 was negative, but anti-NXP2 was."), the same after "so was" ("anti-PL-7 was positive, and so was
 * anti-Ro52", "…; so did her myositis panel") or before "too" ("…, and anti-Ro52 was too"), and the result of the
 * clause before a joining phrase after a comma ("anti-PL-7 was positive, together with anti-Ro52"). `from` is where the name
 * begins (its "anti-" included), `end` where it ends.
 */
function ellipticalResult(s: DocSentence, from: number, end: number): ReturnType<typeof resultAt> {
  const t = s.tokens;
  let b = from - 1;
  while (b >= 0 && ELLIPSIS_DETERMINERS.has(t[b]!.norm)) b--;
  b = beforeAntigenLink(s, b);
  if (t[b]?.norm === 'the') b--;
  const earlier = (j: number): ReturnType<typeof resultAt> => {
    for (let k = j; k >= 0 && k > j - 10; k--) {
      if (t[k]!.norm === ';' || t[k]!.norm === '.') return undefined;
      const r = resultAt(s, k);
      if (r && r.result !== 'equivocal') return r;
    }
    return undefined;
  };
  // "…, and so was anti-Ro52", "…, as was anti-Ro52", "…; so were anti-SSA and …", "… and so did her ANCA"
  if (ELLIPSIS_VERBS.has(t[b]?.norm ?? '') && (t[b - 1]?.norm === 'so' || t[b - 1]?.norm === 'as')) {
    const r = earlier(t[b - 2]?.norm === ';' && t[b - 1]!.norm === 'so' ? b - 3 : b - 2);
    return r ? { ...r, idx: b } : undefined;
  }
  // "Anti-Jo-1 was positive, together with anti-Ro52", "… were detected, along with anti-Yo": a member joined
  // after the comma that closes the result of the clause before shares it (not a test named after it: "…, along
  // with anti-Jo-1 testing still pending"); without the comma the ninth round's decision for "as well as" stands
  // ("Anti-SRP was positive as well as anti-Ro52" gives Ro52 no result), and ", as well as" is read on the left
  // (`asWellAsBefore`)
  const named = !TEST_AFTER.has(t[pastHeadNouns(s, end)]?.norm ?? '');
  for (let p = b; named && p >= 0 && p >= b - 3; p--) {
    if (coordinationEnd(s, p) !== b + 1 || !AFTER_RESULT_JOINS.has(t[p]!.norm) || t[p - 1]?.norm !== ',')
      continue;
    const q = p - 2;
    const r = q >= 0 ? resultAt(s, q) : undefined;
    if (r && r.result !== 'equivocal') return { ...r, idx: q };
  }
  const j = pastHeadNouns(s, end);
  const closesAt = (k: number): boolean => !t[k] || ['.', ';', ','].includes(t[k].norm);
  // "…, and anti-Ro52 was too", "…; anti-SSA did as well", "… and anti-Ro52 likewise": the clause's own predicate
  // repeats the one before (a new clause after "and", a comma or a semicolon)
  if (b >= 0 && (t[b]!.norm === 'and' || t[b]!.norm === ',' || t[b]!.norm === ';')) {
    let k = ELLIPSIS_VERBS.has(t[j]?.norm ?? '') ? j + 1 : j;
    if (t[k]?.norm === ',') k++;
    const tooEnd = ELLIPSIS_TOO.has(t[k]?.norm ?? '')
      ? k + 1
      : t[k]?.norm === 'as' && t[k + 1]?.norm === 'well'
        ? k + 2
        : undefined;
    if (tooEnd !== undefined && closesAt(tooEnd)) {
      const r = earlier(b - 1);
      return r ? { ...r, idx: k } : undefined;
    }
  }
  // "…, but anti-NXP2 was.", "…, whereas anti-TIF1γ was."
  if (!COPULA_WORDS.has(t[j]?.norm ?? '') || !closesAt(j + 1) || !ELLIPSIS_CONTRAST.has(t[b]?.norm ?? ''))
    return undefined;
  const r = earlier(b - 1);
  return r ? { result: opposite(r.result), idx: j, weak: false } : undefined;
}

/** Marks between an antibody's name and its own result in a pasted list ("Jo-1: negative", "PL-7 = pos"). */
const NAME_TO_RESULT_MARKS: ReadonlySet<string> = new Set([':', '=', '-']);

/**
 * Where the name that owns the result word at `idx` would end: back over its head nouns and a colon, an equals
 * sign or a dash ("Jo-1 Ab: negative").
 */
function ownerEnd(s: DocSentence, idx: number): number {
  let k = idx;
  while (k > 0 && k > idx - 3) {
    const w = s.tokens[k - 1]!.norm;
    if (!HEAD_NOUNS.has(w) && !NAME_TO_RESULT_MARKS.has(w)) break;
    k--;
  }
  return k;
}

/** Whether a result word follows the name of `m` right away, across its head nouns ("anti-Ro52 negative"). */
function ownResultAfter(s: DocSentence, m: Mention): boolean {
  const w = s.tokens[pastHeadNouns(s, m.tokenEnd)]?.norm ?? '';
  return POSITIVE.has(w) || NEGATIVE.has(w);
}

/**
 * The result stated for the rest of a group after an exception that opens the clause ("Apart from anti-Ro52, the
 * panel (including NXP2 …) was negative"): the first result word after the comma that closes the exception, in the
 * same sentence, passing over the names of the rest.
 */
function restResultAfter(s: DocSentence, end: number): ReturnType<typeof resultAt> {
  const t = s.tokens;
  if (t[end]?.norm !== ',') return undefined;
  for (let k = end + 1; k < t.length && k <= end + 24; k++) {
    if (t[k]!.norm === ';' || t[k]!.norm === '.') return undefined;
    const r = resultAt(s, k);
    if (r) return r;
  }
  return undefined;
}

/** Nouns of an ANA's staining pattern after a pattern's name ("centromere pattern", "centromere staining"). */
const PATTERN_WORDS = new Set(['pattern', 'staining', 'type']);

/** Words between an exception's opening and the name it excepts ("except for a positive anti-HMGCR"). */
const EXCEPTION_FILLER = new Set(['a', 'an', 'the', 'anti', '-']);

/**
 * An exception opening right before token `from` that no result precedes in its clause: "Apart from anti-Ro52, all
 * antibodies were negative", "All antibodies except anti-MDA5 were negative", "Other than anti-PL-7, …", "Save
 * for …" (session 33: the excepted antibody took the rest's negative). Returns the result word stated inside the
 * exception ("except for a positive anti-HMGCR"), or `{}` when none is; undefined when there is no such opening, or
 * when a result comes before it in the clause ("negative except for anti-Ro52", read by {@link resultAt}).
 */
function exceptionBefore(
  s: DocSentence,
  from: number,
): { stated?: NonNullable<ReturnType<typeof resultAt>> } | undefined {
  let j = from - 1;
  while (j >= 0 && EXCEPTION_FILLER.has(s.tokens[j]!.norm)) j--;
  let stated: ReturnType<typeof resultAt>;
  const w = s.tokens[j]?.norm ?? '';
  if (POSITIVE.has(w) || NEGATIVE.has(w)) {
    stated = resultAt(s, j);
    j--;
    // ("apart from a weakly positive anti-Ro52", session 33)
    while (j >= 0 && (EXCEPTION_FILLER.has(s.tokens[j]!.norm) || DEGREE.has(s.tokens[j]!.norm))) j--;
  }
  if (j < 0) return undefined;
  const opening =
    isException(s, j) ||
    (s.tokens[j]!.norm === 'than' && s.tokens[j - 1]?.norm === 'other') ||
    (s.tokens[j]!.norm === 'for' && s.tokens[j - 1]?.norm === 'save');
  if (!opening) return undefined;
  for (let k = j - 1; k >= 0 && !HARD_STOP.has(s.tokens[k]!.norm); k--) {
    if (resultAt(s, k)) return undefined;
    // "No myositis antibody other than anti-NXP2 was found" (session 35: read negative): the one antibody a
    // denial of the rest leaves out is the one found
    if (!stated && s.tokens[k]!.norm === 'no' && (k === 0 || HARD_STOP.has(s.tokens[k - 1]!.norm)))
      return { stated: { result: 'positive', idx: j, weak: false } };
  }
  return stated ? { stated } : {};
}

/** Whether a band at token `i` is the subject of a result word of its own ("the Jo-1 band was negative"). */
function resultOfBand(s: DocSentence, i: number): boolean {
  if (!COPULA_WORDS.has(s.tokens[i + 1]?.norm ?? '')) return false;
  for (let k = i + 2; k <= i + 3; k++) {
    const w = s.tokens[k]?.norm ?? '';
    if (NEGATIVE.has(w) || POSITIVE.has(w) || EQUIVOCAL.has(w)) return true;
  }
  return false;
}

/** A grade in brackets right after an excepted name ("except for anti-PL-12 (++), …") as its result. */
function ownResultInBracket(s: DocSentence, end: number): ReturnType<typeof resultAt> {
  if (s.tokens[end]?.norm !== '(' || !bracketGrade(s, end)) return undefined;
  const minus = s.tokens.slice(end + 1, end + 4).some((t) => t.norm === '-' || t.norm === '−');
  return { result: minus ? 'negative' : 'positive', idx: end + 1, weak: false };
}

/**
 * Whether the result found for an excepted antibody is its own, stated right after its name in a relative clause
 * (", which was positive,"); the rest's result is then not its opposite.
 */
function ownResultInRelative(
  s: DocSentence,
  end: number,
  found: NonNullable<ReturnType<typeof resultAt>>,
): boolean {
  const t = s.tokens;
  if (t[end]?.norm !== ',' || (t[end + 1]?.norm !== 'which' && t[end + 1]?.norm !== 'that')) return false;
  if (found.idx <= end + 1) return false;
  for (let k = end + 2; k < found.idx; k++) if (t[k]!.norm === ',' || t[k]!.norm === ';') return false;
  return true;
}

/** Words between an antibody's name and its level ("anti-Sm: <0.3", "anti-RNP was <0.2"), besides its head nouns. */
const NAME_TO_LEVEL = new Set([':', '=', 'was', 'of', 'at', 'level', 'titre', 'titer', 'index']);

/** Whether the comparator at token i follows an antibody's name, across at most two words of {@link NAME_TO_LEVEL}. */
function levelOfNamed(s: DocSentence, i: number): boolean {
  let k = i;
  const between = (w: string) => NAME_TO_LEVEL.has(w) || HEAD_NOUNS.has(w);
  while (k > 0 && i - k < 2 && between(s.tokens[k - 1]!.norm)) k--;
  return s.mentions.some((m) => m.concept.kind === 'antibody' && m.tokenEnd === k);
}

/** Adverbs of degree a denial reaches across ("no significantly raised titres", "no strongly positive …"). */
const DENIABLE_DEGREE: ReadonlySet<string> = new Set([...DEGREE, 'significantly']);

/** Words between a clause-opening "no" and the antibody it denies ("No significantly raised titres of anti-…"). */
const NO_SUBJECT_FILLER: ReadonlySet<string> = new Set([
  'anti',
  '-',
  'serum',
  'circulating',
  'detectable',
  'specific',
  ...DENIABLE_DEGREE,
  'significant',
  'raised',
  'elevated',
  'increased',
  'high',
  'titres',
  'titre',
  'titers',
  'titer',
  'levels',
  'level',
  'of',
]);

/** Whether the antibody starting at `start` is the subject of a clause opened by "no" ("No raised titres of …"). */
function subjectDeniedByNo(s: DocSentence, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && NO_SUBJECT_FILLER.has(s.tokens[k]!.norm)) k--;
  if (s.tokens[k]?.norm !== 'no') return false;
  const before = s.tokens[k - 1]?.norm;
  return before === undefined || before === ',' || before === ';' || before === ':';
}

/**
 * "no raised titres of …", and "no significantly raised titres of …" (session 29: read positive): "no" right
 * before the word at `i`, or before an adverb of degree that stands before it.
 */
function deniedByNo(s: DocSentence, i: number): boolean {
  const prev = s.tokens[i - 1]?.norm ?? '';
  if (prev === 'no') return true;
  return DENIABLE_DEGREE.has(prev) && s.tokens[i - 2]?.norm === 'no';
}

/** Words between "above" or "times" and "normal" ("above the upper limit of normal", "times the normal range"). */
const LIMIT_OF_WORDS: ReadonlySet<string> = new Set(['the', 'upper', 'limit', 'limits', 'of', 'its']);
/** Words that put a level over the limit named after them ("8 times …", "twice …", "above …", "exceeding …"). */
const OVER_WORDS: ReadonlySet<string> = new Set([
  'times',
  'twice',
  'thrice',
  'fold',
  'x',
  '×',
  'above',
  'over',
  'exceeding',
  'exceeded',
  'exceeds',
]);

/** The index before the run of `words` (at most `max` of them) that ends right before token `i`. */
function backOver(s: DocSentence, i: number, words: ReadonlySet<string>, max: number): number {
  let j = i - 1;
  while (j >= 0 && i - j <= max && words.has(s.tokens[j]!.norm)) j--;
  return j;
}

/**
 * Whether "normal" (or "ULN") at `i` ends a limit that a level is said to be over: "six times (the) upper limit of
 * normal", "above the upper limit of normal", "3 times the ULN". Never under a denial ("not above normal").
 */
function aboveNormal(s: DocSentence, i: number): boolean {
  const j = backOver(s, i, LIMIT_OF_WORDS, 5);
  const w = s.tokens[j]?.norm ?? '';
  if (!OVER_WORDS.has(w)) return false;
  const before = s.tokens[j - 1]?.norm;
  return before !== 'not' && before !== 'never' && before !== 'no';
}

/** Verbs of seeing a blot's band ("a borderline band was seen for anti-PL-7"). */
const BAND_SEEN: ReadonlySet<string> = new Set([
  'seen',
  'observed',
  'detected',
  'noted',
  'found',
  'visible',
  'present',
]);

function resultAt(
  s: DocSentence,
  i: number,
  side: 'left' | 'right' = 'right',
): { result: Result; idx: number; weak: boolean } | undefined {
  const t = s.tokens[i];
  if (!t) return undefined;
  const prev = s.tokens[i - 1]?.norm;
  const weak = prev === 'weakly' || prev === 'low' || prev === 'weak';
  // "+ve" / "-ve", "pos" / "neg"
  if (t.norm === 've' && (prev === '+' || prev === '-'))
    return { result: prev === '+' ? 'positive' : 'negative', idx: i, weak: false };
  if ((t.norm === '+' || t.norm === '-') && s.tokens[i + 1]?.norm === 've')
    return { result: t.norm === '+' ? 'positive' : 'negative', idx: i + 1, weak: false };
  if (t.norm === 'pos' || t.norm === 'neg')
    return { result: t.norm === 'pos' ? 'positive' : 'negative', idx: i, weak: false };
  // "Anti-SAE1 (±)" (session 25): the plus-minus grade of a blot band, neither positive nor negative
  if (t.norm === '±' || (t.norm === '+' && s.tokens[i + 1]?.norm === '/' && s.tokens[i + 2]?.norm === '-'))
    return { result: 'equivocal', idx: t.norm === '±' ? i : i + 2, weak: false };
  // "the myositis panel was negative except for anti-Ro52", "… negative, with the exception of anti-PM-Scl": the
  // exception has the opposite of the result stated before it in the clause
  if (side === 'left' && isException(s, i)) {
    for (let j = i - 1; j >= 0 && j >= i - 8; j--) {
      if (HARD_STOP.has(s.tokens[j]!.norm)) break;
      const r = resultAt(s, j);
      if (r && r.result !== 'equivocal') {
        // "None of the antibodies was positive except anti-Ro52", "No other antibodies were detected except
        // anti-TIF1-γ" (session 37: the excepted one read negative): the rest's positive word is denied by the
        // "none" or "no" that opens its clause, so the exception is the positive one
        const rest = r.result === 'positive' && noneOpens(s, j) ? 'negative' : r.result;
        return { result: rest === 'negative' ? 'positive' : 'negative', idx: i, weak: false };
      }
    }
  }
  // "a strong band for Ro-52", "a borderline band for PL-12", "no band for Jo-1" (session 37: the borderline band read
  // positive, the strong one lost): a blot's band named before the antigen it stands for
  // ("A borderline band was seen for anti-PL-7", "no band was detected for Jo-1", session 37: lost): the band the
  // subject of a verb of seeing before "for"
  const bandAt =
    side === 'left' && t.norm === 'for'
      ? prev === 'band' || prev === 'bands'
        ? i - 1
        : BAND_SEEN.has(prev ?? '') &&
            (s.tokens[i - 2]?.norm === 'was' || s.tokens[i - 2]?.norm === 'were') &&
            (s.tokens[i - 3]?.norm === 'band' || s.tokens[i - 3]?.norm === 'bands')
          ? i - 3
          : -1
      : -1;
  if (bandAt >= 0) {
    const grade = s.tokens[bandAt - 1]?.norm ?? '';
    // (the index right before "for", which marks a result that names its antibody after it)
    if (grade === 'no') return { result: 'negative', idx: i - 1, weak: false };
    if (grade === 'borderline' || grade === 'equivocal' || grade === 'indeterminate')
      return { result: 'equivocal', idx: i - 1, weak: false };
    return { result: 'positive', idx: i - 1, weak: grade === 'weak' || grade === 'faint' };
  }
  // "an elevation of anti-dsDNA antibodies", "a rise in anti-Jo-1 titres": a raised level is a positive result
  if (side === 'left' && (t.norm === 'of' || t.norm === 'in') && LEVEL_RISE.has(prev ?? ''))
    return { result: 'positive', idx: i, weak: false };
  // "she later developed anti-HMGCR antibodies" (session 21), never "did not develop" or "never developed"
  if (side === 'left' && APPEARED.has(t.norm) && prev !== 'never' && prev !== 'not')
    return { result: 'positive', idx: i, weak: false };
  // "no reactivity was seen against Jo-1": a finding word denied
  // ("Not detected were anti-SRP and anti-HMGCR", session 34: read positive)
  // (and "we found anti-SRP antibodies", session 49 probe: "found" in the active voice only — a passive "was found"
  // finds something else, "no tumour was found, and anti-NXP2 was requested")
  if (
    side === 'left' &&
    (CARRY.has(t.norm) ||
      LEFT_POSITIVE.has(t.norm) ||
      ((t.norm === 'found' || t.norm === 'finds') && !PASSIVE_AUX.has(prev ?? '')))
  )
    return { result: deniedByNo(s, i) || prev === 'not' ? 'negative' : 'positive', idx: i, weak: false };
  // "seronegative for myositis-specific antibodies"
  if (side === 'left' && t.norm === 'seronegative') return { result: 'negative', idx: i, weak: false };
  // "The diagnosis was confirmed by anti-HMGCR antibodies", "proven by acetylcholine receptor antibodies" (session
  // 25): antibodies that confirmed a diagnosis were found
  if (side === 'left' && t.norm === 'by' && PROVEN.has(prev ?? '') && s.tokens[i - 2]?.norm !== 'not')
    return { result: 'positive', idx: i, weak: false };
  // "we did not detect anti-Jo-1", "failed to identify anti-SRP", "we were unable to demonstrate anti-Jo-1": a
  // verb of finding denied before the list
  if (
    side === 'left' &&
    DETECT_VERBS.has(t.norm) &&
    (prev === 'not' ||
      prev === 'never' ||
      (prev === 'to' && (s.tokens[i - 2]?.norm === 'failed' || s.tokens[i - 2]?.norm === 'unable')))
  )
    return { result: 'negative', idx: i, weak: false };
  // "her serum lacked anti-cN1A antibodies"
  if (side === 'left' && LACKED.has(t.norm)) return { result: 'negative', idx: i, weak: false };
  // "anti-PL-7 was positive but not anti-PL-12": the result stated before "but not" in the clause, which the
  // member set apart takes the opposite of (see `contrasted`)
  if (side === 'left' && t.norm === 'not' && prev === 'but') {
    for (let j = i - 2; j >= 0 && j >= i - 8; j--) {
      if (HARD_STOP.has(s.tokens[j]!.norm)) break;
      const r = resultAt(s, j);
      if (r && r.result !== 'equivocal') return { result: r.result, idx: i, weak: false };
    }
  }
  // "there were no antibodies against Jo-1 or PL-7", "no autoantibodies to …": a denied group of antibodies
  // naming its targets
  if (side === 'left') {
    const noun = antigenLinkEnd(s, i - 1) === i ? i - 1 : antigenLinkEnd(s, i - 2) === i ? i - 2 : -1;
    if (noun > 0 && s.tokens[noun - 1]?.norm === 'no') return { result: 'negative', idx: i, weak: false };
  }
  // "positive for anti-PL-7 but not for Jo-1 or PL-12": the members excepted from a positive result
  if (side === 'left' && t.norm === 'for' && prev === 'not' && s.tokens[i - 2]?.norm === 'but')
    return { result: 'negative', idx: i, weak: false };
  // "a positive test for myositis-specific autoantibodies", "a negative test for anti-Jo-1": the result of the
  // test named before "for"
  // ("she had negative tests for ANA and ANCA", session 33: lost)
  if (
    side === 'left' &&
    (t.norm === 'test' || t.norm === 'result' || t.norm === 'tests' || t.norm === 'results') &&
    s.tokens[i + 1]?.norm === 'for' &&
    (prev === 'positive' || prev === 'negative') &&
    s.tokens[i - 2]?.norm !== 'not'
  )
    return { result: prev, idx: i, weak: false };
  // "Negative results were obtained for RF and ANA" (session 33: lost): the result of the results obtained
  if (
    side === 'left' &&
    t.norm === 'for' &&
    (prev === 'obtained' || prev === 'returned') &&
    (s.tokens[i - 2]?.norm === 'were' || s.tokens[i - 2]?.norm === 'was') &&
    RESULT_NOUNS_LEFT.has(s.tokens[i - 3]?.norm ?? '') &&
    (s.tokens[i - 4]?.norm === 'positive' || s.tokens[i - 4]?.norm === 'negative')
  )
    return { result: s.tokens[i - 4]!.norm as Result, idx: i, weak: false };
  // "due to the presence of anti-Jo-1 antibody": a positive result (not "tested / a search for the presence of …")
  if (
    side === 'left' &&
    t.norm === 'presence' &&
    s.tokens[i + 1]?.norm === 'of' &&
    prev !== 'no' &&
    prev !== 'for' &&
    !(prev === 'the' && s.tokens[i - 2]?.norm === 'for')
  )
    return { result: 'positive', idx: i, weak: false };
  // "diagnosed on the basis of anti-Jo-1 antibodies", "a diagnosis based on arthritis and anti-PL-7" (session 41:
  // lost): what a diagnosis rests on is present (not "no basis of", nor "testing based on …")
  if (
    side === 'left' &&
    ((t.norm === 'of' && prev === 'basis') || (t.norm === 'on' && prev === 'based')) &&
    s.tokens[i - 2]?.norm !== 'no' &&
    !TEST_NOUNS.has(s.tokens[i - 2]?.norm ?? '')
  )
    return { result: 'positive', idx: i, weak: false };
  // "absence of anti-Mi-2", "lack of anti-Jo-1", "no evidence of anti-Jo-1 antibodies"
  if (
    side === 'left' &&
    (t.norm === 'absence' ||
      t.norm === 'lack' ||
      (t.norm === 'evidence' && prev === 'no') ||
      // (session 40: "no sign of anti-Jo-1 antibodies", "no trace of …")
      ((t.norm === 'sign' || t.norm === 'signs' || t.norm === 'trace') &&
        prev === 'no' &&
        s.tokens[i + 1]?.norm === 'of'))
  )
    return { result: 'negative', idx: i, weak: false };
  // "(+/−)", "+/-": a grade between negative and positive
  if (t.norm === '+' && s.tokens[i + 1]?.norm === '/' && /^[-−–]$/.test(s.tokens[i + 2]?.norm ?? ''))
    return { result: 'equivocal', idx: i + 2, weak: false };
  // "(+)", "(+++)", "(++)": a positive band or grade; "(-)" a negative one
  if (t.norm === '+' && (prev === '(' || prev === '+') && side === 'right')
    return { result: 'positive', idx: i, weak: false };
  // "(weak +)", "(strong +)" (session 37: lost): a positive band with its strength
  if (
    t.norm === '+' &&
    side === 'right' &&
    s.tokens[i - 2]?.norm === '(' &&
    (prev === 'weak' || prev === 'weakly' || prev === 'faint' || prev === 'strong' || prev === 'strongly')
  )
    return { result: 'positive', idx: i, weak: prev !== 'strong' && prev !== 'strongly' };
  if (t.norm === '-' && prev === '(' && s.tokens[i + 1]?.norm === ')' && side === 'right')
    return { result: 'negative', idx: i, weak: false };
  // "(strong band)", "(weak band)", "(weak)" on a blot: a band is a positive result
  // ("The Jo-1 band was negative", session 35: read positive — a band that is the subject of its own result)
  if (side === 'right' && t.norm === 'band' && prev !== 'no' && !resultOfBand(s, i))
    return { result: 'positive', idx: i, weak: prev === 'weak' || prev === 'faint' };
  if (side === 'right' && t.norm === 'weak' && prev === '(' && s.tokens[i + 1]?.norm === ')')
    return { result: 'positive', idx: i, weak: true };
  // "… and rheumatoid factor were all within normal limits", "within the reference range"
  // ("were in normal range", "in the normal range", session 38: lost)
  if ((t.norm === 'within' || t.norm === 'in') && side === 'right') {
    const j = s.tokens[i + 1]?.norm === 'the' ? i + 2 : i + 1;
    if (
      WITHIN_NORMAL.has(s.tokens[j]?.norm ?? '') &&
      WITHIN_LIMITS.has(s.tokens[j + 1]?.norm ?? '') &&
      (t.norm === 'within' || s.tokens[j + 1]?.norm === 'range')
    )
      return { result: 'negative', idx: j + 1, weak: false };
  }
  // "six times the upper limit of normal", "3 times above normal", "markedly above the normal range" (session
  // 30: read negative): a level above the limit of normal is a positive result
  if (side === 'right' && (t.norm === 'normal' || t.norm === 'uln') && aboveNormal(s, i))
    return { result: 'positive', idx: i, weak: false };
  // "normal < 20", "(normal range …)": a reference, not a result
  if (
    t.norm === 'normal' &&
    (prev === '(' || /^[<>≤≥]$|^range$|^value|^limit/.test(s.tokens[i + 1]?.norm ?? ''))
  )
    return undefined;
  // "revealed no …", "showed no …", "none detected"
  if (
    side === 'right' &&
    (t.norm === 'no' || t.norm === 'none') &&
    ['revealed', 'showed', 'found', 'detected', 'reveals', 'shows', 'finds', 'detects'].includes(prev ?? '')
  )
    return { result: 'negative', idx: i, weak: false };
  // "the myositis blot did not show any positive bands", "the panel did not detect any antibodies", "failed to
  // reveal any …" (session 40: read positive, or lost): a denied verb of finding whose object is "any …"
  if (
    side === 'right' &&
    t.norm === 'any' &&
    DETECT_VERBS.has(prev ?? '') &&
    ['not', 'never', 'to'].includes(s.tokens[i - 2]?.norm ?? '') &&
    (s.tokens[i - 2]!.norm !== 'to' || ['failed', 'fail', 'fails'].includes(s.tokens[i - 3]?.norm ?? '')) &&
    // (antibodies in general or a band as the object: never "did not show any change"; named antibodies after
    // "any" take the denial as members of their own list)
    s.tokens.slice(i + 1, i + 4).some((x) => ANY_RESULT_OBJECTS.has(x.norm) || ANTIBODY_NOUNS.has(x.norm)) &&
    !s.mentions.some(
      (m) =>
        m.concept.kind === 'antibody' &&
        m.concept.attrs?.panel !== 'true' &&
        m.tokenStart > i &&
        m.tokenStart <= i + 3,
    )
  )
    return { result: 'negative', idx: i, weak: false };
  // "Thyroid peroxidase antibodies >1000": a level above a cut-off
  if (side === 'right' && (t.norm === '>' || t.norm === '≥') && s.tokens[i + 1]?.kind === 'number')
    return { result: 'positive', idx: i, weak: false };
  // "anti-Sm <0.3, anti-RNP <0.2, CCP >200" (session 25: all read positive from the last): a level below a number
  // right after the antibody's name is below the assay's cut-off
  if (
    side === 'right' &&
    (t.norm === '<' || t.norm === '≤') &&
    s.tokens[i + 1]?.kind === 'number' &&
    levelOfNamed(s, i)
  )
    return { result: 'negative', idx: i + 1, weak: false };
  // "none detected", "non-reactive": a negated positive word; "without positive anti-Jo-1", "no weakness nor
  // positive anti-Jo-1", "without weakness or positive myositis antibodies": a positive word on the left that a
  // denial before it reaches (see deniedAlternative)
  // "could not be demonstrated", "has not been detected": the verb of finding denied through its auxiliary
  if (
    POSITIVE.has(t.norm) &&
    (prev === 'be' || prev === 'been') &&
    (s.tokens[i - 2]?.norm === 'not' ||
      s.tokens[i - 2]?.norm === 'cannot' ||
      s.tokens[i - 2]?.norm === 'never')
  )
    return { result: 'negative', idx: i, weak };
  // "Anti-MDA5 positivity was not detected", "… positivity was excluded" (session 33: read positive): the noun of
  // a positive result, denied by the clause after it
  if (POSITIVITY_NOUNS.has(t.norm) && side === 'right' && deniedAfter(s, i + 1))
    return { result: 'negative', idx: i, weak: false };
  // "did not turn out positive", "did not prove positive", "never came back positive": a verb of outcome denied
  if (t.norm === 'positive' && side === 'right' && outcomeDenied(s, i))
    return { result: 'negative', idx: i, weak };
  // "anti-TIF1γ antibodies carry a high risk of cancer", "an increased incidence of ILD" (session 40: read
  // positive): a level word that qualifies a noun of risk or frequency is no result
  if (RISE_WORDS.has(t.norm) && RISK_NOUNS.has(s.tokens[i + 1]?.norm ?? '')) return undefined;
  if (POSITIVE.has(t.norm))
    return prev === 'not' ||
      deniedByNo(s, i) ||
      prev === 'none' ||
      // "were never detected"
      (prev === 'never' && side === 'right') ||
      // "no longer positive", "no longer detectable"
      (prev === 'longer' && s.tokens[i - 2]?.norm === 'no') ||
      (prev === '-' && s.tokens[i - 2]?.norm === 'non') ||
      // "non reactive", "non detected" written apart (session 39: read positive)
      prev === 'non' ||
      (side === 'left' && (prev === 'without' || prev === 'nor' || deniedAlternative(s, i))) ||
      // "the panel identified neither anti-Jo-1 nor …", "… detected no myositis antibodies" (session 38: read
      // positive): the verb of finding whose object, after it, is denied
      // (an active verb only: "was detected no earlier than …" is a time)
      (side === 'right' &&
        (s.tokens[i + 1]?.norm === 'neither' ||
          (s.tokens[i + 1]?.norm === 'no' && !COPULA_WORDS.has(prev ?? '') && antibodyObjectNear(s, i + 2))))
      ? { result: 'negative', idx: i, weak }
      : { result: 'positive', idx: i, weak };
  // "below the detection limit", "below the cut-off": an undetectable level
  if (
    side === 'right' &&
    t.norm === 'below' &&
    s.tokens.slice(i + 1, i + 4).some((x) => BELOW_LIMIT.has(x.norm))
  )
    return { result: 'negative', idx: i, weak: false };
  // "was not negative", "no longer negative": a denied negative is a positive result (not "not normal" of a
  // level, which says nothing of its side)
  if (NEGATIVE.has(t.norm))
    return (prev === 'not' || (prev === 'longer' && s.tokens[i - 2]?.norm === 'no')) && t.norm === 'negative'
      ? { result: 'positive', idx: i, weak }
      : { result: 'negative', idx: i, weak };
  if (EQUIVOCAL.has(t.norm) && t.norm !== 'weak') return { result: 'equivocal', idx: i, weak };
  // "in the grey zone", "grey-zone result": between the negative and the positive cut-off
  if (t.norm === 'gray' && s.tokens[i + (s.tokens[i + 1]?.norm === '-' ? 2 : 1)]?.norm === 'zone')
    return { result: 'equivocal', idx: i, weak: false };
  // "was found in her serum", "was confirmed" (not "was found to be …")
  if (
    side === 'right' &&
    (t.norm === 'found' || t.norm === 'confirmed') &&
    ['was', 'were', 'is', 'are'].includes(prev ?? '') &&
    s.tokens[i + 1]?.norm !== 'to'
  )
    // "No muscle weakness or positive anti-Jo-1 antibody was found": the clause's subject is denied
    return { result: deniedSubject(s, i) ? 'negative' : 'positive', idx: i, weak: false };
  if (t.norm === 'not' && (s.tokens[i + 1]?.norm === 'detected' || s.tokens[i + 1]?.norm === 'found'))
    return { result: 'negative', idx: i, weak };
  // "were never found", "has never been found"
  if (
    side === 'right' &&
    t.norm === 'found' &&
    prev === 'never' &&
    ['was', 'were', 'is', 'are', 'been', 'have', 'has'].includes(s.tokens[i - 2]?.norm ?? '')
  )
    return { result: 'negative', idx: i, weak };
  // "could not be detected", "was not found to be present"
  if (
    t.norm === 'not' &&
    s.tokens[i + 1]?.norm === 'be' &&
    (s.tokens[i + 2]?.norm === 'detected' || s.tokens[i + 2]?.norm === 'found')
  )
    return { result: 'negative', idx: i + 2, weak };
  return undefined;
}

/** Verbs of a test's outcome between a denial and "positive" ("did not turn out positive"). */
const OUTCOME_VERBS = new Set([
  'turn',
  'turned',
  'prove',
  'proved',
  'come',
  'came',
  'test',
  'tested',
  'out',
  'back',
]);

/** Whether "not" / "never" denies the outcome verbs right before token `i` ("did not turn out positive"). */
function outcomeDenied(s: DocSentence, i: number): boolean {
  const j = backOver(s, i, OUTCOME_VERBS, 3);
  return j < i - 1 && (s.tokens[j]?.norm === 'not' || s.tokens[j]?.norm === 'never');
}

const CUTOFF_WORDS = new Set([
  'normal',
  // session 29: "8 (norm <0.9)", "8 [norm <0.9]"
  'norm',
  'reference',
  'ref',
  'range',
  'cut',
  'off',
  'cutoff',
  'negative',
  'positive',
  'nl',
  'rr',
  'value',
  'values',
  'upper',
  'limit',
  'uln',
  ':',
  ',',
  'u',
  'ml',
  '/',
  'iu',
  'au',
  'units',
  '-',
  'up',
  'to',
  'index',
]);

/** Comparators written as words inside a cut-off bracket. */
const CMP_WORDS: ReadonlyMap<string, string> = new Map([
  ['above', '>'],
  ['over', '>'],
  ['exceeding', '>'],
  ['below', '<'],
  ['under', '<'],
]);

/** Words that open a cut-off written after a semicolon or comma rather than in a bracket. */
const CUTOFF_OPENING = new Set(['cut', 'cutoff', 'normal', 'reference', 'ref']);

/** Unit words a laboratory flag may follow ("88 U/mL H", "120 AU [H]"). */
const FLAG_UNITS: ReadonlySet<string> = new Set(['u', 'units', 'au', 'cu', 'index', 'ru', '/', 'ml', 'iu']);

/**
 * "Anti-MDA5 Ab 88 H", "anti-Mi-2 120 [H]", "… 96 U/mL (H)" (session 40: lost): a level flagged high by the
 * laboratory, the capital "H" alone or in a bracket after the number and its unit, is above the assay's cut-off.
 */
function highFlag(s: DocSentence, i: number, text: string): ReturnType<typeof levelResult> {
  const t = s.tokens;
  let k = i + 1;
  while (k < i + 4 && FLAG_UNITS.has(t[k]?.norm ?? '')) k++;
  const bracket = t[k]?.norm === '(' || t[k]?.norm === '[';
  const h = t[bracket ? k + 1 : k];
  if (!h || h.norm !== 'h' || text.slice(h.start, h.end) !== 'H') return undefined;
  const after = t[bracket ? k + 2 : k + 1];
  if (bracket ? after?.norm !== ')' && after?.norm !== ']' : after && !AFTER_SIGN.has(after.norm))
    return undefined;
  return { result: 'positive', idx: bracket ? k + 1 : k, weak: false };
}

/**
 * A level with its cut-off ("185 U/mL (normal < 20)", "45 U/ml (positive > 10)", "32 (ref 0-20)"): positive
 * when the level is above the limit of normal, negative otherwise. The number at `i` is the level.
 */
function levelResult(s: DocSentence, i: number): { result: Result; idx: number; weak: boolean } | undefined {
  const t = s.tokens;
  const value = Number(t[i]?.norm);
  if (!Number.isFinite(value)) return undefined;
  let k = i + 1;
  // "85 U/mL; cut-off 20", "85 U/mL, reference < 20": the cut-off may follow after a semicolon or comma
  const opensCutoff = (j: number) =>
    (t[j]?.norm === ';' || t[j]?.norm === ',') && CUTOFF_OPENING.has(t[j + 1]?.norm ?? '');
  // ("Anti-MDA5 | 120 | <32" (session 40: lost): the reference column of a pasted table, a comparator or a range)
  const opens = (j: number) =>
    t[j]?.norm === '(' ||
    t[j]?.norm === '[' ||
    (t[j]?.norm === '|' &&
      (['<', '≤', '>', '≥'].includes(t[j + 1]?.norm ?? '') ||
        (t[j + 1]?.kind === 'number' && t[j + 2]?.norm === '-' && t[j + 3]?.kind === 'number')));
  while (k < t.length && k - i < 5 && !opens(k) && !opensCutoff(k)) {
    if (t[k]!.kind === 'number' || HARD_STOP.has(t[k]!.norm)) return undefined;
    k++;
  }
  if (!opens(k) && !opensCutoff(k)) return undefined;
  let positiveAbove = false;
  let cutoffWord = false;
  for (let j = k + 1; j < t.length && j - k < 8; j++) {
    const x = t[j]!;
    if (x.norm === 'positive') positiveAbove = true;
    // "(positive above 20 U)", "(negative below 8)": a comparator in words
    const cmp = CMP_WORDS.get(x.norm) ?? x.norm;
    if ((cmp === '<' || cmp === '>' || cmp === '≤' || cmp === '≥') && t[j + 1]?.kind === 'number') {
      const limit = Number(t[j + 1]!.norm);
      // "(negative <7; positive >10)": a level between the two cut-offs is equivocal
      if (x.norm === '<' || x.norm === '≤')
        // ("(negative < 7, equivocal 7–10, positive > 10)", session 34: read positive: the grey zone between)
        for (let q = j + 2; q < t.length && q - j < 12 && t[q]!.norm !== ')'; q++)
          if ((t[q]!.norm === '>' || t[q]!.norm === '≥') && t[q + 1]?.kind === 'number') {
            const upper = Number(t[q + 1]!.norm);
            if (value >= limit && value <= upper && upper > limit)
              return { result: 'equivocal', idx: q + 1, weak: false };
            break;
          }
      const isAbove = value > limit || (cmp === '≥' && value === limit);
      return { result: isAbove ? 'positive' : 'negative', idx: j + 1, weak: false };
    }
    // "(0-20)", "(normal 0–20)": the upper limit of the range
    if (x.kind === 'number' && t[j + 1]?.norm === '-' && t[j + 2]?.kind === 'number') {
      if (positiveAbove) return undefined;
      return { result: value > Number(t[j + 2]!.norm) ? 'positive' : 'negative', idx: j + 2, weak: false };
    }
    // "(cut-off 32)", "(ULN: 20)", "(normal up to 20)": a bare limit after a cut-off word
    if (x.kind === 'number' && j > k + 1 && !positiveAbove) {
      const limit = Number(x.norm);
      if (!Number.isFinite(limit)) return undefined;
      return { result: value > limit ? 'positive' : 'negative', idx: j, weak: false };
    }
    // "2,560 (index; normal <32)" (session 33: lost): the unit's word, then the cut-off
    // "12 CU (ELISA; positive ≥ 20 CU)" (session 34: read positive): the method, then the cut-off
    if (
      j === k + 1 &&
      (LEVEL_WORDS.has(x.norm) || METHOD_WORDS.has(x.norm)) &&
      (t[j + 1]?.norm === ';' || t[j + 1]?.norm === ',')
    ) {
      j++;
      continue;
    }
    if (CUTOFF_WORDS.has(x.norm)) {
      cutoffWord = true;
      continue;
    }
    // "240 IU/mL (normal TPO Ab < 35 IU/mL)" (session 34: read negative): the antibody named again in its cut-off,
    // after a word of the cut-off ("family-1 (TIF-1)" is a name's gloss)
    if (
      !cutoffWord ||
      !(
        ANTIBODY_NOUNS_IN_CUTOFF.has(x.norm) ||
        s.mentions.some((m) => m.concept.kind === 'antibody' && j >= m.tokenStart && j < m.tokenEnd)
      )
    )
      return undefined;
  }
  return undefined;
}

/** The words of an antibody's name that a cut-off may repeat ("normal TPO Ab < 9"). */
const ANTIBODY_NOUNS_IN_CUTOFF = new Set(['ab', 'abs', 'antibody', 'antibodies', 'anti', '-']);

/** Assay methods named at the head of a cut-off bracket ("(ELISA; positive ≥ 20)"). */
const METHOD_WORDS = new Set(['elisa', 'clia', 'cia', 'fema', 'immunoblot', 'blot', 'iif', 'ria', 'eia']);

/** Words naming a measured level inside a bracket ("(intensity 45; cut-off 15)", "(index 78, cut-off 32)"). */
const LEVEL_WORDS = new Set(['intensity', 'index', 'level', 'value', 'signal', 'units']);

/**
 * A bracket after an antibody holding its level and its cut-off ("(intensity 45; cut-off 15)"): positive when
 * the level is above the cut-off, negative otherwise. Token `k` is the opening bracket.
 */
function bracketLevel(s: DocSentence, k: number): { result: Result; idx: number; weak: boolean } | undefined {
  const t = s.tokens;
  if (t[k]?.norm !== '(' || !LEVEL_WORDS.has(t[k + 1]?.norm ?? '')) return undefined;
  const j = t[k + 2]?.norm === ':' ? k + 3 : k + 2;
  const value = Number(t[j]?.norm);
  if (t[j]?.kind !== 'number' || !Number.isFinite(value)) return undefined;
  if (t[j + 1]?.norm !== ';' && t[j + 1]?.norm !== ',') return undefined;
  for (let q = j + 2; q < t.length && q - j < 8 && t[q]!.norm !== ')'; q++) {
    if (t[q]!.kind === 'number') {
      const limit = Number(t[q]!.norm);
      if (!Number.isFinite(limit) || !t.slice(j + 2, q).some((x) => x.norm === 'cut' || x.norm === 'cutoff'))
        return undefined;
      return { result: value > limit ? 'positive' : 'negative', idx: q, weak: false };
    }
  }
  return undefined;
}

/** "…, as were anti-PL-7 and anti-PL-12", "as was anti-Mi-2": the list shares the result before it. */
function asWere(s: DocSentence, start: number): boolean {
  return asWereAt(s, start) >= 0;
}
/** The token of "as" in "…, as was (the extended) X" before the antibody at `start`; -1 when there is none. */
function asWereAt(s: DocSentence, start: number): number {
  let k = start - 1;
  while (k >= 0 && (s.tokens[k]!.norm === '-' || s.tokens[k]!.norm === 'anti')) k--;
  k = beforeAntigenLink(s, k);
  // ("as was the extended myositis antibody panel": a determiner and a word of the test's scope before it)
  for (let n = 0; n < 3 && k >= 0 && AS_WAS_MODIFIERS.has(s.tokens[k]!.norm); n++) k--;
  const verb = s.tokens[k]?.norm ?? '';
  return ['were', 'was', 'did'].includes(verb) && s.tokens[k - 1]?.norm === 'as' ? k - 1 : -1;
}
/** Determiners and words of a test's scope between "as was" and the antibody ("as was the extended panel"). */
const AS_WAS_MODIFIERS: ReadonlySet<string> = new Set([
  'the',
  'her',
  'his',
  'an',
  'a',
  'extended',
  'full',
  'complete',
  'entire',
  'whole',
  'repeat',
  'comprehensive',
  // session 40: "…, as was also anti-Jo-1"
  'also',
]);
/**
 * "Creatine kinase was normal, as was the extended myositis antibody panel" (session 32: the panel lost): the
 * result word of the clause before "as", when no antibody was read there (a lab's "normal" is the panel's negative).
 */
function resultBeforeAs(s: DocSentence, asAt: number): ReturnType<typeof resultAt> {
  let k = asAt - 1;
  if (s.tokens[k]?.norm === ',') k--;
  const w = s.tokens[k]?.norm ?? '';
  if (['normal', 'negative', 'unremarkable'].includes(w)) return { result: 'negative', idx: k, weak: false };
  if (['positive', 'elevated', 'raised', 'increased'].includes(w))
    return { result: 'positive', idx: k, weak: false };
  return undefined;
}

/** "anti-Jo-1 was not detected, nor was anti-SRP", "…, nor anti-HMGCR": "nor" carries a negative result. */
function norWas(s: DocSentence, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && (s.tokens[k]!.norm === '-' || s.tokens[k]!.norm === 'anti')) k--;
  const w = s.tokens[k]?.norm ?? '';
  if (w === 'nor') return true;
  return ['were', 'was', 'did', 'is', 'are'].includes(w) && s.tokens[k - 1]?.norm === 'nor';
}

/**
 * "… whereas anti-La was not.", "however, anti-Jo-1 was not": a denied verb with nothing after it in its clause,
 * right after the antibody at token `end`.
 */
function elidedNot(s: DocSentence, end: number): boolean {
  let k = end;
  while (['antibody', 'antibodies', 'ab', 'abs'].includes(s.tokens[k]?.norm ?? '')) k++;
  if (!['was', 'were', 'is', 'are', 'did', 'does'].includes(s.tokens[k]?.norm ?? '')) return false;
  if (s.tokens[k + 1]?.norm !== 'not') return false;
  const after = s.tokens[k + 2]?.norm;
  return after === undefined || after === '.' || after === ',' || after === ';' || after === ')';
}

/** Verbs of having on the left of an antibody ("had", "with"). */
const POSSESS = new Set(['had', 'has', 'have', 'having', 'with']);
/** Words after "antibodies" that make it a test rather than a finding ("had anti-Jo-1 antibodies checked"). */
const TEST_AFTER = new Set([
  'test',
  'tests',
  'testing',
  'tested',
  'checked',
  'measured',
  'screening',
  'assay',
  'assays',
  'sent',
  'requested',
  'pending',
]);

/** Words between a verb of possession and the antibody ("had high titres of anti-…", "with circulating …"). */
const POSSESS_FILLER = new Set([
  'a',
  'an',
  'the',
  'high',
  // session 39: "had low-titre anti-Ro52 antibodies" (a low titre is still a positive result)
  'low',
  'titre',
  'titres',
  'titer',
  'titers',
  'of',
  'serum',
  'circulating',
  'anti',
  '-',
]);

/**
 * "antibodies to PL-7", "autoantibodies against the HMGCR": the index of the antibody noun that names the list
 * starting at `start` from before it, across "to"/"against", an article and an "anti-" prefix.
 */
function nounBefore(s: DocSentence, start: number): number | undefined {
  let k = start - 1;
  while (k >= 0 && (s.tokens[k]!.norm === 'anti' || s.tokens[k]!.norm === '-' || s.tokens[k]!.norm === 'the'))
    k--;
  // "antibodies directed against", "autoantibodies targeting" (session 31)
  if (antigenLinkEnd(s, k - 1) === k) return k - 1;
  if (antigenLinkEnd(s, k - 2) === k) return k - 2;
  // "antibodies (AB) against", "antibodies (Abs) directed against": the noun's abbreviation in brackets
  for (const back of [4, 5]) if (antigenLinkEnd(s, k - back) === k) return k - back;
  return undefined;
}

/**
 * A positive result stated by possession: "had"/"has"/"with" right before the list (across articles and
 * "high titres of") and an antibody word right after it, not followed by a test word. "had no …" is not
 * possession ("no" stops the walk).
 */
function possessed(
  s: DocSentence,
  start: number,
  end: number,
): { result: Result; idx: number; weak: boolean } | undefined {
  // "she had antibodies to PL-7", "a man with autoantibodies against HMGCR": the noun before the list
  const before = nounBefore(s, start);
  if (before !== undefined) {
    if (TEST_AFTER.has(s.tokens[end]?.norm ?? '')) return undefined;
    for (let k = before - 1; k >= 0 && k >= before - 5; k--) {
      const w = s.tokens[k]!.norm;
      if (POSSESS.has(w)) return possession(s, k);
      if (!POSSESS_FILLER.has(w)) break;
    }
  }
  // "with anti-Sjögren's syndrome-related antigen A (SS-A/Ro) antibody": the bracket closes before the noun
  // … or the noun is the mention's own last word ("a man with anti-synthetase antibodies presented …", session 29)
  let noun = s.tokens[end]?.norm === ')' ? end + 1 : end;
  // "she had anti-Ro/SSA (120 U/mL) and anti-La/SSB (80 U/mL) antibodies" (session 31: lost): a level in
  // brackets, with no result word in it, between the last member and the noun
  const close = quietBracketEnd(s, end);
  if (close !== undefined && s.tokens.slice(end + 1, close).some((x) => x.kind === 'number'))
    noun = close + 1;
  // "he had anti-Ri paraneoplastic antibodies", "with anti-Jo-1 IgG antibodies": a class word before the noun
  noun = pastNounQualifiers(s, noun);
  if (!ANTIBODY_NOUNS.has(s.tokens[noun]?.norm ?? '')) {
    if (!ANTIBODY_NOUNS.has(s.tokens[end - 1]?.norm ?? '')) return undefined;
    noun = end - 1;
  }
  if (TEST_AFTER.has(s.tokens[noun + 1]?.norm ?? '')) return undefined;
  // (session 40: seven tokens, for the hyphens of "had low-titre anti-PL-7 antibodies")
  for (let k = start - 1; k >= 0 && k >= start - 7; k--) {
    const w = s.tokens[k]!.norm;
    if (POSSESS.has(w)) return possession(s, k);
    if (w === 'and' && k > 0) return possessedAcross(s, k - 1);
    if (!POSSESS_FILLER.has(w)) return undefined;
  }
  return undefined;
}

/**
 * The result of a verb of possession at `k`: positive, or negative when the verb is denied ("she did not have
 * anti-Jo-1 antibodies", "he never had …", "does not have antibodies to PL-7").
 */
function possession(s: DocSentence, k: number): { result: Result; idx: number; weak: boolean } {
  const w = s.tokens[k]!.norm;
  const prev = s.tokens[k - 1]?.norm;
  const denied = w !== 'with' && (prev === 'not' || prev === 'never');
  return { result: denied ? 'negative' : 'positive', idx: k, weak: false };
}

/** Words between a denial and the antibody it denies ("no detectable anti-…", "without circulating …"). */
const DENIED_FILLER = new Set(['anti', '-', 'serum', 'circulating', 'detectable', 'specific']);
/** Words after a denied antibody that make it a test or its report rather than a result ("no anti-Jo-1 testing"). */
const DENIED_TEST_AFTER = new Set([
  ...TEST_AFTER,
  'result',
  'results',
  'level',
  'levels',
  'titre',
  'titer',
  'data',
]);

/**
 * "She had no anti-Jo-1 antibodies", "there were no anti-SRP antibodies", "without anti-MDA5 antibodies": the
 * antibody (list) starting at `start` and ending at `end` is denied by "no" / "without" right before it, with no
 * result word anywhere: a negative result (not "no anti-Jo-1 testing was done", a test not done).
 */
function deniedDirectly(
  s: DocSentence,
  start: number,
  end: number,
): { result: Result; idx: number; weak: boolean } | undefined {
  let k = start - 1;
  while (k >= 0 && DENIED_FILLER.has(s.tokens[k]!.norm)) k--;
  const w = s.tokens[k]?.norm;
  if (w !== 'no' && w !== 'without') return undefined;
  if (DENIED_TEST_AFTER.has(s.tokens[pastHeadNouns(s, end)]?.norm ?? '')) return undefined;
  return { result: 'negative', idx: k, weak: false };
}

/** Words a possession is never read across, back from "and" ("had no rash and …", "tested for ANA and …"). */
const NOT_POSSESSED = new Set([
  'no',
  'not',
  'without',
  'negative',
  'absent',
  'nor',
  'neither',
  'normal',
  'for',
  'including',
  'included',
  'tested',
  'screened',
  'checked',
  'measured',
  'panel',
  'positive',
  'antibody',
  'antibodies',
  'than',
]);

/**
 * "A man had Gottron papules and anti-Mi-2 antibodies": the antibody is the last member of what the patient had,
 * the verb of possession up to eight words before the "and" (at `k`), across commas but no clause break, negation,
 * test word or other antibody noun.
 */
function possessedAcross(
  s: DocSentence,
  k: number,
): { result: Result; idx: number; weak: boolean } | undefined {
  for (let j = k; j >= 0 && j >= k - 8; j--) {
    const w = s.tokens[j]!.norm;
    if (HARD_STOP.has(w) || NOT_POSSESSED.has(w)) return undefined;
    if (s.mentions.some((m) => m.concept.kind === 'antibody' && m.tokenStart <= j && j < m.tokenEnd))
      return undefined;
    if (POSSESS.has(w)) return possession(s, j);
  }
  return undefined;
}

/** Verbs that close a list of a patient's findings as seen ("… were noted", "… were observed"). */
const NOTED = new Set(['noted', 'observed', 'seen', 'evident', 'present', 'found', 'detected']);
/** Participles of a result recorded after a copula ("… were documented", "… was identified"). */
const RECORDED: ReadonlySet<string> = new Set([
  'documented',
  'identified',
  'demonstrated',
  'recorded',
  'reported',
]);
/** Participles of finding that a denial after a result noun negates ("positivity was not detected"). */
const FOUND_AFTER: ReadonlySet<string> = new Set([
  'detected',
  'found',
  'seen',
  'observed',
  'identified',
  'demonstrated',
  'confirmed',
  'present',
]);
/** Words a list of findings closed by {@link NOTED} is never read across. */
const NOT_NOTED = new Set(['no', 'not', 'without', 'negative', 'absent', 'nor', 'neither', 'normal']);

/**
 * "Marked CK elevation, a high-titre antinuclear antibody, Gottron papules and mechanic's hands were noted": an
 * antibody as an item of a list of findings closed by "were noted / observed / seen / present" is positive.
 * The list goes on with commas or "and" right after the antibody, up to twenty tokens, across no clause break,
 * no negation and no other antibody; "were noted to be negative" is not a finding seen.
 */
function notedInList(
  s: DocSentence,
  end: number,
  antibodyAt: (k: number) => boolean,
): { result: Result; idx: number; weak: boolean } | undefined {
  // (past the antibody's head noun: "Anti-HMGCR antibodies, …")
  end = pastHeadNouns(s, end);
  const first = s.tokens[end]?.norm;
  if (first !== ',' && first !== 'and') return undefined;
  for (let k = end; k < s.tokens.length && k - end < 20; k++) {
    const w = s.tokens[k]!.norm;
    // "Anti-HMGCR antibodies, normal CK and negative ANA were noted" (session 41: HMGCR read negative from "normal"):
    // an item with its own result word before its name is passed over whole
    const item = opensNextItem(s, k) && resultAt(s, k) ? factNamedAt(s, k + 1) : undefined;
    if (item) {
      k = item.tokenEnd - 1;
      continue;
    }
    if (HARD_STOP.has(w) || NOT_NOTED.has(w) || antibodyAt(k)) return undefined;
    if (w !== 'were' && w !== 'was') continue;
    const verb = s.tokens[k + 1];
    if (!verb || !NOTED.has(verb.norm) || s.tokens[k + 2]?.norm === 'to') return undefined;
    return { result: 'positive', idx: k + 1, weak: false };
  }
  return undefined;
}

/** Disease names an antibody qualifies ("anti-MDA5 dermatomyositis", "anti-SRP necrotizing myopathy"). */
const DISEASE_WORDS = new Set([
  // the lung disease an antibody names ("anti-MDA5-associated ILD", "anti-PL-7 interstitial pneumonia")
  'ild',
  'interstitial',
  'dermatomyositis',
  'dm',
  'jdm',
  'cadm',
  'adm',
  'polymyositis',
  'myositis',
  // "Anti-PL-7 myofasciitis" (session 26)
  'myofasciitis',
  'myopathy',
  'imnm',
  'nam',
  'antisynthetase',
  'synthetase',
  // "anti-PL-12/anti-SSA 52kD ASS", "anti-PL-7 ASyS": the antisynthetase syndrome abbreviated
  'ass',
  'asys',
  'necrotizing',
  'immune',
  'overlap',
  'idiopathic',
  'inflammatory',
  // "amyopathic dermatomyositis (anti-MDA5 disease)", "anti-Jo-1 syndrome"
  'disease',
  'syndrome',
]);
/** Words between an antibody and the disease it names. */
const DISEASE_LINK = new Set([
  // "anti-MDA5 antibody-associated clinically amyopathic dermatomyositis", "anti-NXP2 juvenile DM"
  'clinically',
  'amyopathic',
  'hypomyopathic',
  'juvenile',
  'adult',
  'antibody',
  'ab',
  'associated',
  'related',
  'positive',
  '+',
  '-',
  'anti',
  'mediated',
  // "anti-MDA5-associated rapidly progressive ILD", "… RP-ILD" (session 22)
  'rapidly',
  'progressive',
  'rp',
]);

/** Whether the tokens from `k` name a disease by the antibody just before them (`k` is the first token after it). */
function diseaseNamedBy(s: DocSentence, k: number, text: string): boolean {
  let j = k;
  // "anti-transcription intermediary factor 1-γ (anti-TIF1-γ) juvenile dermatomyositis": the search goes on
  // from the abbreviation in brackets (a mention of its own), whose closing bracket stands before the disease
  if (s.tokens[j]?.norm === ')') j++;
  while (j < s.tokens.length && j - k < 5 && DISEASE_LINK.has(s.tokens[j]!.norm)) j++;
  const w = s.tokens[j]?.norm ?? '';
  // "anti-OJ AS": the antisynthetase syndrome abbreviated in capitals (never the word "as")
  if (w === 'as') return text.slice(s.tokens[j]!.start, s.tokens[j]!.end) === 'AS';
  if (!DISEASE_WORDS.has(w)) return false;
  // "immune" and "inflammatory" only as the start of the disease name ("immune-mediated necrotizing myopathy")
  if (w === 'immune' || w === 'idiopathic' || w === 'inflammatory')
    return s.tokens.slice(j + 1, j + 5).some((t) => t.norm === 'myopathy' || t.norm === 'myositis');
  // "anti-MDA5-associated interstitial lung disease / pneumonia" (session 22)
  if (w === 'interstitial')
    return s.tokens.slice(j + 1, j + 3).some((t) => ['lung', 'pneumonia', 'pneumonitis'].includes(t.norm));
  // "anti-Jo-1 antibodies are associated with myositis" is not a diagnosis: "associated with" breaks the chain
  return s.tokens[j - 1]?.norm !== 'with';
}

/** Present-tense verbs of a statement about a disease ("… carries a risk of", "… responds to", "… is rare"). */
const DISEASE_PRESENT = new Set([
  'is',
  'are',
  'has',
  'have',
  'carries',
  'carry',
  'confers',
  'presents',
  'present',
  'shows',
  'causes',
  'occurs',
  'affects',
  'predicts',
  'responds',
  'respond',
  'tends',
  'remains',
  'requires',
]);
/** Tokens that may open a sentence before the antibody that names its subject ("The anti-…"). */
const SUBJECT_OPENING = new Set(['the', 'a', 'an', 'anti', '-']);
const DISEASE_PAST = new Set(['was', 'were', 'had', 'showed', 'presented', 'developed', 'improved']);

/**
 * "Anti-MDA5-positive dermatomyositis carries a risk of …": the disease named by its antibody opens the sentence
 * as the subject of a present-tense verb, a statement about the disease and not this patient's result.
 * `from` is the antibody's first token, `k` the first token after it.
 */
function diseaseAsSubject(s: DocSentence, from: number, k: number): boolean {
  let open = 0;
  while (open < from && SUBJECT_OPENING.has(s.tokens[open]!.norm)) open++;
  if (open < from) return false;
  for (let j = k; j < s.tokens.length && j - k < 10; j++) {
    const w = s.tokens[j]!.norm;
    if (DISEASE_PAST.has(w) || HARD_STOP.has(w) || w === ',') return false;
    if (DISEASE_PRESENT.has(w)) return true;
  }
  return false;
}

/** A token that can be part of one written word: not punctuation, or a hyphen. */
function inWord(t: Token): boolean {
  return t.kind !== 'punct' || t.norm === '-';
}

/** Whether token `k` is the name (or a part of it) of an "anti-X" ("anti-centromere", "anti-Scl-70"). */
function isUnknownAntiName(s: DocSentence, k: number): boolean {
  const t = s.tokens;
  if (t[k]!.norm === 'anti' && t[k + 1]?.norm === '-') return true;
  // walk back over one written word ("anti-Kv1.4", "anti-Scl-70": no space inside, no punctuation but hyphens)
  // (never a result word glued on: "anti-HMGCR-positive and anti-SRP-negative", session 41: one list, both negative)
  if (!inWord(t[k]!) || POSITIVE.has(t[k]!.norm) || NEGATIVE.has(t[k]!.norm)) return false;
  for (let j = k; j > 0 && j > k - 6; j--) {
    if (t[j - 1]!.end !== t[j]!.start || !inWord(t[j - 1]!)) return false;
    if (t[j - 1]!.norm === 'anti') return true;
  }
  return false;
}

/** Words an expanded antibody name never contains: a result, a verb of finding, a clause break. */
function breaksExpansion(s: DocSentence, j: number): boolean {
  const t = s.tokens[j]!;
  if (t.kind === 'punct' && t.norm !== '-' && t.norm !== "'") return true;
  return t.norm === 'for' || t.norm === 'and' || t.norm === 'or' || !!resultAt(s, j, 'left');
}

/**
 * "positive anti-Polymyositis-Scleromyositis (PM-Scl) antibodies", "anti-ribonucleoprotein (RNP)": an antibody
 * written as an expanded name the lexicon does not know, with its abbreviation (the mention) in brackets. Returns
 * the index of the "anti" that opens the expanded name, so that a result word on the left of the name reaches
 * the bracketed mention; undefined when the mention is not such a bracket.
 */
function expansionStart(s: DocSentence, m: Mention): number | undefined {
  const t = s.tokens;
  if (t[m.tokenStart - 1]?.norm !== '(' || t[m.tokenEnd]?.norm !== ')') return undefined;
  for (let j = m.tokenStart - 2; j >= 0 && j >= m.tokenStart - 10; j--) {
    if (t[j]!.norm === 'anti' && t[j + 1]?.norm === '-' && j + 2 < m.tokenStart - 1) return j;
    if (
      breaksExpansion(s, j) ||
      s.mentions.some((o) => o.concept.kind === 'antibody' && o.tokenEnd === j + 1)
    )
      return undefined;
  }
  return undefined;
}

/**
 * The result word on the left of a list starting at token `start` ("negative for …", "revealed …"), across
 * articles, "anti-", list punctuation and unknown "anti-X" members.
 */
/** Adjectives that name antibodies as known in general ("the known", "the previously described"). */
const KNOWN_ANTIBODIES = new Set([
  'known',
  'aforementioned',
  'described',
  'reported',
  'recognised',
  'recognized',
]);
/** Words before a participle that make it attributive ("the previously identified antibodies"). */
const ATTRIBUTIVE_BEFORE = new Set([
  'previously',
  'already',
  'newly',
  'recently',
  'commonly',
  'the',
  'these',
  'those',
]);

/**
 * Token `k` is an attributive word before an antibody name: "known", "aforementioned", or a participle of finding
 * after "the", "previously", "commonly" … ("the previously identified anti-synthetase antibodies"); also the
 * adverb itself when such a participle follows it.
 */
function attributive(s: DocSentence, k: number): boolean {
  const w = s.tokens[k]!.norm;
  const next = s.tokens[k + 1]?.norm ?? '';
  const participle = (x: string) => FOUND_PARTICIPLES.has(x) || KNOWN_ANTIBODIES.has(x);
  if (KNOWN_ANTIBODIES.has(w)) return true;
  if (FOUND_PARTICIPLES.has(w)) return ATTRIBUTIVE_BEFORE.has(s.tokens[k - 1]?.norm ?? '');
  return ATTRIBUTIVE_BEFORE.has(w) && w !== 'the' && w !== 'these' && w !== 'those' && participle(next);
}

/**
 * A result word and "for" to the left of the attributive words ending at `k` ("negative for the previously
 * identified …"): only there are they skipped, so that the result is read across them.
 */
function resultForBefore(s: DocSentence, k: number): boolean {
  let j = k;
  while (j >= 0 && (attributive(s, j) || ATTRIBUTIVE_BEFORE.has(s.tokens[j]!.norm))) j--;
  return s.tokens[j]?.norm === 'for' && resultAt(s, j - 1, 'left') !== undefined;
}

/**
 * The index of the comma that opens ", as well as" right before the antibody at token `start` (across "anti" and
 * "-"); undefined when there is none.
 */
function asWellAsBefore(s: DocSentence, start: number): number | undefined {
  const k = withAnti(s, start) - 1;
  const t = s.tokens;
  // (only after a comma: "Anti-SRP was positive as well as anti-Ro52" stays with the first, a decision of the ninth
  // round of issue 12)
  if (t[k]?.norm !== 'as' || t[k - 1]?.norm !== 'well' || t[k - 2]?.norm !== 'as' || t[k - 3]?.norm !== ',')
    return undefined;
  return k - 3;
}

function leftResult(s: DocSentence, start: number): ReturnType<typeof resultAt> {
  // "positive for the anti-histidyl synthetase antibody of Jo-1 type" (session 38: lost): the antigen after "antibody
  // of" names the antibody of the phrase before it, whose result is on that phrase's left
  if (s.tokens[start - 1]?.norm === 'of' && ANTIBODY_NOUNS.has(s.tokens[start - 2]?.norm ?? '')) {
    for (let j = start - 3; j >= 0 && j >= start - 8; j--) {
      const w = s.tokens[j]!.norm;
      if (w === 'the' || w === 'an' || w === 'a') {
        start = j;
        break;
      }
      if (HARD_STOP.has(w) || w === ',' || w === 'for' || w === 'of') break;
    }
  }
  // "Anti-Jo-1 and anti-PL-7 were negative, as well as anti-NXP2 and anti-SAE" (session 35: the members after "as
  // well as" lost): the result of the clause before, right before "as well as", is theirs too
  const as = asWellAsBefore(s, start);
  if (as !== undefined) {
    const r = resultAt(s, as - 1) ?? resultAt(s, as - 2);
    if (r && r.idx < as) return r;
  }
  // "the panel identified neither anti-Jo-1 nor anti-PL-7", "testing found neither ANA nor anti-Ro52" (session 38:
  // read positive, or lost): "neither" right before the list denies the verb of finding on its left
  const neitherAt = withAnti(s, start) - 1;
  const neither = s.tokens[neitherAt]?.norm === 'neither';
  if (neither) {
    const verb = s.tokens[neitherAt - 1]?.norm ?? '';
    if (NEITHER_FIND.has(verb) || resultAt(s, neitherAt - 1, 'left')?.result === 'positive')
      return { result: 'negative', idx: neitherAt - 1, weak: false };
    return undefined;
  }
  // "diagnosed on the presence of arthritis, mechanic's hands and anti-Jo-1 antibodies" (session 41: lost): the
  // antibody as the last member of a list of findings after "the presence of" / "on the basis of"
  const listed = evidenceListHead(s, withAnti(s, start));
  if (listed) return listed;
  // "positive antibodies (AB) against HMGCR" (session 41: lost): the noun's abbreviation in brackets and its link
  // are passed over as the noun itself is
  const noun = nounBefore(s, start);
  if (noun !== undefined && s.tokens[noun + 1]?.norm === '(') start = noun + 1;
  for (let k = start - 1, n = 0; k >= 0 && n < 6; k--) {
    const t = s.tokens[k]!;
    // "Positive: anti-NXP2, anti-Ro52." / "…; negative: anti-Mi-2": a result word as the label of a list
    if (t.norm === ':' && k >= 1 && (k === 1 || s.tokens[k - 2]!.norm === ';')) {
      const label = resultAt(s, k - 1);
      return label ? { ...label, idx: k } : undefined;
    }
    // "Positive results: …", "The following antibodies were positive: …", "Antibodies detected: …" (session 34:
    // lost): a label of up to six words opening the sentence or its clause, ending in its result word
    if (t.norm === ':' && k >= 2) {
      let from = k - 1;
      while (from > 0 && k - from < 6 && s.tokens[from - 1]!.norm !== ';') from--;
      // (not a label that names its own antibody: "ANA positive: anti-RNP, anti-Smith" keeps the ANA's result)
      const named = s.mentions.some(
        (x) =>
          x.concept.kind === 'antibody' &&
          x.concept.attrs?.panel !== 'true' &&
          x.tokenStart >= from &&
          x.tokenEnd <= k,
      );
      if (!named && (from === 0 || s.tokens[from - 1]!.norm === ';')) {
        for (let j = k - 1; j >= from; j--) {
          const label = resultAt(s, j) ?? resultAt(s, j, 'left');
          if (label && label.idx < k) return { ...label, idx: k };
        }
      }
    }
    if (t.norm !== '-') n++;
    // "her serum contained an autoantibody to histidyl-tRNA synthetase" (session 26: lost): the head noun of the
    // antibody named by its antigen, with its article
    if (
      antigenLinkEnd(s, k) !== undefined ||
      (ANTIGEN_LINKS.has(t.norm) && antigenLinkEnd(s, k - 1) !== undefined) ||
      ((t.norm === 'an' || t.norm === 'a') && ANTIBODY_NOUNS.has(s.tokens[k + 1]?.norm ?? ''))
    )
      continue;
    // "negative for the previously identified anti-synthetase antibodies", "for the known myositis antibodies":
    // a participle or adjective that names the antibodies in general is no result of this patient's test
    if (attributive(s, k) && resultForBefore(s, k)) continue;
    const found = resultAt(s, k, 'left');
    // "Anti-Jo1 ab neg, ANA 1:160" (session 31: ANA read negative): a result word right after another antibody,
    // before a comma, is that antibody's own result
    if (found && ownResultOfAntibodyBefore(s, k, start)) return undefined;
    if (found) return found;
    if (t.norm === ',' || t.norm === 'and' || t.norm === 'or' || isUnknownAntiName(s, k)) {
      n--;
      continue;
    }
    // "negative results were obtained for ESR, RF and ANA" (session 33: lost): a lab named first in the list of a
    // result's object, right after "for" or a comma (never "elevated CK and ANA", whose word is the lab's own)
    const lab = s.mentions.find((m) => m.concept.kind === 'lab' && m.tokenEnd === k + 1);
    if (lab && ['for', ','].includes(s.tokens[lab.tokenStart - 1]?.norm ?? '')) {
      k = lab.tokenStart;
      n--;
      continue;
    }
    // "positive findings of anti-PL-7": the noun of a result between the result word and "of"
    // "A single myositis antibody came back positive, which was anti-NXP2" (session 25: only a positive panel
    // read): the antibody named after ", which was" is the one the clause before found
    if (
      (t.norm === 'which' || t.norm === 'namely') &&
      s.tokens[k - 1]?.norm === ',' &&
      (t.norm === 'namely' ||
        (s.tokens[k + 1]?.norm === 'was' &&
          s.tokens.slice(k + 2, start).every((x) => x.norm === 'anti' || x.norm === '-')))
    ) {
      for (let j = k - 2; j >= 0 && j >= k - 8; j--) {
        if (HARD_STOP.has(s.tokens[j]!.norm)) break;
        const r = resultAt(s, j);
        if (r && r.result === 'positive') return { ...r, idx: j };
      }
      return undefined;
    }
    // ("her GP had found positive results on ANA screening": session 25)
    const link = s.tokens[k + 1]?.norm;
    if (RESULT_NOUNS_LEFT.has(t.norm) && (link === 'of' || link === 'for' || link === 'on')) continue;
    if (t.norm === 'on' && RESULT_NOUNS_LEFT.has(s.tokens[k - 1]?.norm ?? '')) continue;
    // "positive serology (ANA and anti-dsDNA)" (session 25: both lost): the members of a serology in brackets
    // take the result of the group named before the bracket
    if (t.norm === '(' && SEROLOGY_GROUP.has(s.tokens[k - 1]?.norm ?? '')) {
      k--;
      // "several antibodies (AChR-Ab, titin-Ab)": a count of the group before it
      if (GROUP_COUNT.has(s.tokens[k - 1]?.norm ?? '')) k--;
      continue;
    }
    // "Serology was positive (ANA and anti-Sm)": the group's result stated before the bracket
    if (
      t.norm === '(' &&
      (s.tokens[k - 2]?.norm === 'was' || s.tokens[k - 2]?.norm === 'were') &&
      SEROLOGY_GROUP.has(s.tokens[k - 3]?.norm ?? '')
    ) {
      const r = resultAt(s, k - 1);
      if (r) return { ...r, idx: k - 1 };
    }
    // "Myositis-specific Abs negative (anti-Mi-2, anti-SRP)", "Myositis antibodies: all negative (Jo-1, PL-7)"
    // (session 40: the members lost when no copula stood before the result): a group and its result written
    // without a verb, the members it names in the bracket after the result
    if (t.norm === '(') {
      const r = groupResultBeforeBracket(s, k);
      if (r) return r;
    }
    // "ANA positive (1:640) for anti-Ro52 and positive anti-NXP2" (session 41: Ro52 lost once the result word
    // before NXP2 stayed NXP2's): a titre or grade in brackets between a result word and its "for"
    if (t.norm === ')' && s.tokens[k + 1]?.norm === 'for') {
      let open = k - 1;
      while (open > 0 && k - open <= 8 && s.tokens[open]!.norm !== '(') open--;
      if (s.tokens[open]?.norm === '(' && resultAt(s, open - 1)) {
        k = open;
        continue;
      }
    }
    if (!SKIP_LEFT.has(t.norm) && t.norm !== '-' && t.norm !== "'") return undefined;
  }
  return undefined;
}

/**
 * Whether the result word at `k` is the own result of an antibody named right before it (across its head noun and a
 * copula: "anti-Jo-1 ab neg", "anti-Jo-1 was negative") and a comma or semicolon separates it from the list that
 * starts at `start`.
 */
function ownResultOfAntibodyBefore(s: DocSentence, k: number, start: number): boolean {
  const between = s.tokens.slice(k + 1, start);
  // "Anti-Jo-1 was negative and ANA was 1:320" (session 33: ANA read negative): after "and", when the list has a
  // copula of its own
  if (
    !between.some((t) => t.norm === ',' || t.norm === ';') &&
    !(between.some((t) => t.norm === 'and') && ownCopulaAfter(s, start))
  )
    return false;
  let j = k - 1;
  while (j >= 0 && (HEAD_NOUNS.has(s.tokens[j]!.norm) || COPULA_WORDS.has(s.tokens[j]!.norm))) j--;
  return s.mentions.some((m) => m.concept.kind === 'antibody' && m.tokenEnd === j + 1);
}
const COPULA_WORDS = new Set(['was', 'were', 'is', 'are']);

/** Whether the antibody named from token `start` has a copula of its own after its name and head nouns. */
function ownCopulaAfter(s: DocSentence, start: number): boolean {
  const m = s.mentions.find((x) => x.concept.kind === 'antibody' && x.tokenStart >= start);
  return m !== undefined && COPULA_WORDS.has(s.tokens[pastHeadNouns(s, m.tokenEnd)]?.norm ?? '');
}

/** Whether token `j` is a hyphen glued between a name and its head noun ("SAE-Ab", "Jo-1-antibody"). */
function gluedHeadNoun(s: DocSentence, j: number): boolean {
  const t = s.tokens[j];
  const next = s.tokens[j + 1];
  const prev = s.tokens[j - 1];
  return (
    t?.norm === '-' &&
    next !== undefined &&
    prev !== undefined &&
    HEAD_NOUNS.has(next.norm) &&
    prev.end === t.start &&
    t.end === next.start
  );
}

/** Whether the tokens from `from` up to `to` are only head nouns, glued or not ("Ab", "antibodies", "-Ab"). */
function onlyHeadNouns(s: DocSentence, from: number, to: number): boolean {
  for (let j = from; j < to; j++)
    if (!HEAD_NOUNS.has(s.tokens[j]!.norm) && !gluedHeadNoun(s, j)) return false;
  return true;
}

/** Words of an antibody's class between its name and its head noun ("anti-Ri paraneoplastic antibodies"). */
const NOUN_QUALIFIERS: ReadonlySet<string> = new Set([
  'paraneoplastic',
  'onconeural',
  'igg',
  'igm',
  'iga',
  'serum',
  'circulating',
]);

/** The head noun after the class words from `j` ("paraneoplastic antibodies": at "antibodies"), or `j` itself. */
function pastNounQualifiers(s: DocSentence, j: number): number {
  let k = j;
  while (k < j + 2 && NOUN_QUALIFIERS.has(s.tokens[k]?.norm ?? '')) k++;
  return k > j && HEAD_NOUNS.has(s.tokens[k]?.norm ?? '') ? k : j;
}

/**
 * The first token from `j` on that is not an antibody's head noun ("anti-Jo-1 antibody was …": at "was"), across
 * class words before the noun ("anti-Ri paraneoplastic antibodies were …").
 */
function pastHeadNouns(s: DocSentence, j: number): number {
  j = pastNounQualifiers(s, j);
  // (session 40: the noun glued with a hyphen, "Mi-2-Ab testing", "SAE-Ab +")
  while (HEAD_NOUNS.has(s.tokens[j]?.norm ?? '') || gluedHeadNoun(s, j)) j++;
  return j;
}

/** Words that may stand between a result word and the antibody it reads ("negative serum ANA"). */
const SPECIMEN_BEFORE = new Set(['serum', 'plasma', 'circulating']);

/**
 * The result of a group stated right before the bracket opening at `open`, with no verb or with one
 * ("Myositis-specific Abs negative (…", "MSAs all negative (…", "Myositis antibodies: negative (…"): the result
 * word, and on its left (across "all", a copula or a colon) the end of a group mention or a group noun. Undefined
 * for a result word that is an antibody's own ("anti-Jo-1 negative (ELISA)" names no group).
 */
function groupResultBeforeBracket(s: DocSentence, open: number): ReturnType<typeof resultAt> {
  const r = resultAt(s, open - 1);
  if (!r || r.idx !== open - 1) return undefined;
  let j = open - 2;
  if (r.weak || s.tokens[j]?.norm === 'strongly') j--;
  while (j >= 0 && j >= open - 5 && GROUP_RESULT_LINKS.has(s.tokens[j]!.norm)) j--;
  // (a positive panel test, "the myositis blot was positive (Jo-1, PL-7, PL-12)", may list what it tested: only
  // a group of antibodies found takes a positive result for each member)
  if (r.result === 'positive' && PANEL_NOUNS.has(s.tokens[j]?.norm ?? '')) return undefined;
  const group =
    SEROLOGY_GROUP.has(s.tokens[j]?.norm ?? '') ||
    s.mentions.some((m) => m.concept.attrs?.panel === 'true' && m.tokenEnd === j + 1);
  return group ? r : undefined;
}

/**
 * Whether a bracket naming antibodies follows the result of the group that ends at token `end` ("… Abs negative
 * (anti-Mi-2, …", "… were all negative (Jo-1, …"): the group's members are listed, so it is no group result.
 */
function membersAfterGroupResult(s: DocSentence, end: number): boolean {
  for (let k = end + 1; k <= end + 5 && k < s.tokens.length; k++) {
    if (s.tokens[k]!.norm !== '(') continue;
    return (
      groupResultBeforeBracket(s, k) !== undefined &&
      s.mentions.some(
        (m) =>
          m.concept.kind === 'antibody' &&
          m.concept.attrs?.panel !== 'true' &&
          m.tokenStart > k &&
          m.tokenStart <= k + 3,
      )
    );
  }
  return false;
}

/** Words between a group and its result ("MSAs all negative", "myositis panel was negative", "Abs: negative"). */
const GROUP_RESULT_LINKS: ReadonlySet<string> = new Set(['all', 'both', 'was', 'were', 'is', 'are', ':']);

/** Nouns of a group of tests whose members may follow in brackets ("positive serology (ANA, anti-Sm)"). */
const SEROLOGY_GROUP = new Set([
  'serology',
  'serologies',
  'antibodies',
  'autoantibodies',
  'immunology',
  'autoimmunity',
]);

/** Verbs of a diagnosis made by a test ("confirmed by", "proven by"). */
const PROVEN = new Set(['confirmed', 'proven', 'proved', 'established', 'supported', 'corroborated']);

/** Counts of a group of antibodies ("several antibodies (…)"). */
const GROUP_COUNT = new Set([
  'several',
  'multiple',
  'various',
  'further',
  'other',
  'two',
  'three',
  'four',
  'five',
]);

/** Nouns of a result that may stand between the result word and the antibody ("positive findings of"). */
const RESULT_NOUNS_LEFT = new Set(['finding', 'findings', 'result', 'results']);

/** Words that may qualify a lab named before an antibody ("revealed markedly elevated CK and …"). */
const LAB_QUALIFIER = new Set([
  'markedly',
  'mildly',
  'moderately',
  'significantly',
  'severely',
  'elevated',
  'raised',
  'increased',
  'high',
  'an',
  'a',
  'the',
  'serum',
]);

/**
 * "Laboratory evaluation revealed markedly elevated creatine kinase and anti-Mi-2 antibodies": a finding verb
 * reports a coordinated list whose first item is a lab; the antibody after the lab is found by the same verb.
 * Only a finding verb (revealed, showed, …) is read across the lab, never the lab's own interpretation.
 */
function leftAcrossLab(s: DocSentence, start: number, labs: readonly Mention[]): ReturnType<typeof resultAt> {
  let k = start - 1;
  while (k >= 0 && (s.tokens[k]!.norm === 'anti' || s.tokens[k]!.norm === '-')) k--;
  if (s.tokens[k]?.norm !== 'and' && s.tokens[k]?.norm !== ',') return undefined;
  // "revealed an elevated troponin (1,246 ng/L), creatine kinase (12,984 U/L), and AChR antibodies": up to four
  // labs of the list, each with its bracketed value, back to the verb
  for (let items = 0; ; items++) {
    if (items === 4) return undefined;
    if (s.tokens[k]?.norm === 'and' && s.tokens[k - 1]?.norm === ',') k--;
    let end = k;
    if (s.tokens[end - 1]?.norm === ')') {
      let open = end - 2;
      while (open >= 0 && end - 1 - open <= 6 && s.tokens[open]!.norm !== '(') open--;
      if (open < 0 || s.tokens[open]!.norm !== '(') return undefined;
      end = open;
    }
    const lab = labs.find((m) => m.concept.kind === 'lab' && m.tokenEnd === end);
    if (!lab) return undefined;
    k = lab.tokenStart - 1;
    for (let n = 0; k >= 0 && n < 3 && LAB_QUALIFIER.has(s.tokens[k]!.norm); n++) k--;
    if (s.tokens[k]?.norm !== ',' && s.tokens[k]?.norm !== 'and') break;
  }
  const t = s.tokens[k];
  if (!t || !LEFT_POSITIVE.has(t.norm) || s.assert(k, k + 1).negated) return undefined;
  return { result: 'positive', idx: k, weak: false };
}

/** Organs whose tests are reported as one ("normal thyroid function", "renal function tests"). */
const TESTED_ORGANS: ReadonlySet<string> = new Set([
  'thyroid',
  'renal',
  'kidney',
  'liver',
  'hepatic',
  'pulmonary',
  'lung',
  'cardiac',
  'coagulation',
  'bone',
  // "tumour markers": the tests of a cancer work-up
  'tumor',
  'tumour',
]);
/** Nouns of an organ's group of tests. */
const ORGAN_TEST_NOUNS: ReadonlySet<string> = new Set([
  'function',
  'functions',
  'tests',
  'profile',
  'panel',
  'markers',
]);
/**
 * An organ's tests named as one at `k` ("… increase of thyroperoxidase antibody and normal thyroid function", session
 * 43: "normal" read as the antibody's, negative): another fact, whose result word is its own.
 */
function organTestsAt(s: DocSentence, k: number): boolean {
  return TESTED_ORGANS.has(s.tokens[k]?.norm ?? '') && ORGAN_TEST_NOUNS.has(s.tokens[k + 1]?.norm ?? '');
}

/** Whether the word at `k` follows a list's comma or "and", across a specimen word ("…, and serum potassium"). */
function jointBefore(s: DocSentence, k: number): boolean {
  let j = k - 1;
  if (SPECIMEN_WORDS.has(s.tokens[j]?.norm ?? '')) j--;
  return s.tokens[j]?.norm === ',' || s.tokens[j]?.norm === 'and';
}
const SPECIMEN_WORDS: ReadonlySet<string> = new Set(['serum', 'plasma', 'blood']);

/** Whether a shared verb of noting stands after token `k` ("… were noted", "… was observed"). */
function notedLater(s: DocSentence, k: number): boolean {
  for (let j = k + 1; j < s.tokens.length - 1; j++) {
    const w = s.tokens[j]!.norm;
    if ((w === 'were' || w === 'was') && NOTED.has(s.tokens[j + 1]!.norm)) return true;
  }
  return false;
}

/** Words between a joint and the result word of the item it opens ("and a normal TSH", ", strongly positive …"). */
const ITEM_OPENING = new Set(['a', 'an', 'the', ...DEGREE]);

/**
 * Whether the word at `k` opens the next item of a list or coordination: "and", "or" or a comma before it, across
 * an article or an adverb of degree ("… and a normal TSH", "…, strongly positive anti-Ro52").
 */
function opensNextItem(s: DocSentence, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && ITEM_OPENING.has(s.tokens[j]!.norm)) j--;
  const w = s.tokens[j]?.norm;
  return w === 'and' || w === 'or' || w === ',';
}

/** The lab, finding or antibody whose name starts at `k`, past an "anti" and its hyphen. */
function factNamedAt(s: DocSentence, k: number): Mention | undefined {
  const j = pastAnti(s, k);
  return s.mentions.find(
    (m) =>
      (m.tokenStart === k || m.tokenStart === j) && FACT_KINDS.has(m.concept.kind) && !m.concept.attrs?.panel,
  );
}
const FACT_KINDS: ReadonlySet<string> = new Set(['lab', 'finding', 'antibody', 'histology']);

/** The index past an "anti" and its hyphen at `k` ("anti-Ro52" whose name the lexicon starts after them). */
function pastAnti(s: DocSentence, k: number): number {
  if (s.tokens[k]?.norm !== 'anti') return k;
  return s.tokens[k + 1]?.norm === '-' ? k + 2 : k + 1;
}

/** "1/2500": a titre written with a slash (the first number 1, the second from 20 to 100 000). */
function slashTitre(s: DocSentence, k: number): boolean {
  const v = s.tokens[k + 2];
  return (
    s.tokens[k + 1]?.norm === '/' &&
    v?.kind === 'number' &&
    Number(v.norm) >= 20 &&
    Number(v.norm) <= 100000 &&
    s.tokens[k + 1]!.start === s.tokens[k]!.end
  );
}

/** Immunofluorescence staining patterns of antinuclear antibodies. */
/** Whether the staining pattern's words end at `k` with its clause ("…, speckled.", "…, speckled pattern;"). */
function patternEndsClause(s: DocSentence, k: number): boolean {
  if (s.tokens[k]?.norm === 'pattern') k++;
  const w = s.tokens[k]?.norm;
  return w === undefined || w === '.' || w === ';' || w === ',' || w === ')';
}
const STAINING = new Set([
  'speckled',
  'homogeneous',
  'homogenous',
  'nucleolar',
  'centromere',
  'centromeric',
  'cytoplasmic',
  'granular',
  'peripheral',
  'rim',
]);

/** "speckled pattern", "nucleolar staining" at token `k`. */
function stainingPattern(s: DocSentence, k: number): boolean {
  const next = s.tokens[k + 1]?.norm;
  return STAINING.has(s.tokens[k]!.norm) && (next === 'pattern' || next === 'staining');
}

/** A titre written as "1:N" or "titer: N" (N ≥ 20) starting at token `k`, if any. */
function titreAt(s: DocSentence, k: number): { text: string; start: number; end: number } | undefined {
  const t = s.tokens;
  if (t[k]?.kind === 'number' && t[k].norm === '1' && t[k + 1]?.norm === ':' && t[k + 2]?.kind === 'number')
    return { text: `1:${t[k + 2]!.norm}`, start: t[k].start, end: t[k + 2]!.end };
  if (t[k]?.norm === 'titer' || t[k]?.norm === 'titre') {
    const j = t[k + 1]?.norm === ':' ? k + 2 : k + 1;
    const v = t[j];
    if (v?.kind === 'number' && Number(v.norm) >= 20 && Number(v.norm) <= 100000)
      return { text: `1:${v.norm}`, start: t[k].start, end: v.end };
  }
  return undefined;
}

/** Words before a dilution that make it a reference ("<1:80", "normal 1:40", "ref ≤1:40"). */
const REFERENCE_BEFORE_TITRE: ReadonlySet<string> = new Set(['<', '≤', 'normal', 'reference', 'ref']);

/** Words that may stand between a result word and its titre ("positive at a titre of 1:160", "positive (1:320)"). */
const BEFORE_TITRE = new Set(['at', 'a', 'with', 'in', 'of', 'titre', 'titer', 'dilution', '(', ',', ':']);

/**
 * The titre right after a result word at `k` ("positive at 1:160", "positive, 1/1280"), within five tokens and
 * with nothing but {@link BEFORE_TITRE} words between.
 */
function titreAfterResult(s: DocSentence, k: number): ReturnType<typeof titreAt> {
  for (let j = k; j < s.tokens.length && j < k + 6; j++) {
    const t = s.tokens[j]!;
    if (t.kind === 'number' && t.norm === '1') {
      if (slashTitre(s, j))
        return { text: `1:${s.tokens[j + 2]!.norm}`, start: t.start, end: s.tokens[j + 2]!.end };
      const colon = titreAt(s, j);
      return colon && Number(s.tokens[j + 2]!.norm) >= 20 ? colon : undefined;
    }
    if (!BEFORE_TITRE.has(t.norm)) return undefined;
  }
  return undefined;
}

/**
 * Groups consecutive antibody mentions into lists. A titre in a bracket inside a list ("ANA (1:160) and
 * anti-Ro") belongs to the member before it (`titres`).
 */
/** The myositis antibody panel, and the antibodies such a panel (line blot, extended profile) reports. */
const MYOSITIS_PANEL = 'myositis antibody panel';
const MYOSITIS_PANEL_MEMBERS: ReadonlySet<string> = new Set([
  'TIF1-gamma',
  'NXP2',
  'MDA5',
  'Mi-2',
  'SAE',
  'Jo-1',
  'PL-7',
  'PL-12',
  'EJ',
  'OJ',
  'KS',
  'Zo',
  'Ha',
  'SRP',
  'HMGCR',
  'cN1A',
  'FHL1',
  'Ro52',
  'Ro60',
  'SSA/Ro',
  'PM-Scl',
  'Ku',
  'U1-RNP',
]);
/**
 * The members of the groups whose membership is known: a positive antibody outside its group ("positive for ANA
 * and antisynthetase antibodies", session 30: the group was dropped) is not the member that names the group's
 * test, so the group keeps its own result.
 */
const PANEL_MEMBERS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [MYOSITIS_PANEL, MYOSITIS_PANEL_MEMBERS],
  ['antisynthetase antibodies', new Set(['Jo-1', 'PL-7', 'PL-12', 'EJ', 'OJ', 'KS', 'Zo', 'Ha'])],
]);

/** Separators that may follow a member's sign ("Ku -,", "ANCA-;"). */
const SIGN_END: ReadonlySet<string> = new Set([',', ';', '.', ')', '/']);
/** Tokens that may follow a glued sign: a separator, "and", or the end of the clause. */
const AFTER_SIGN: ReadonlySet<string> = new Set([...SIGN_END, 'and']);

/**
 * The result a sign glued right after an antibody's name gives it ("ANA+", "ANCA-", "RF++"), when a separator or
 * the end of the sentence follows the sign; never a hyphen that joins a word ("ANA-positive", "Ro52-antibody").
 */
/**
 * "Anti-TIF1-γ/NXP2/SAE: positive/negative/negative" (session 34: all read positive): names joined by slashes, then
 * as many results joined by slashes after a colon — each name takes the result in its place.
 */
function slashResult(s: DocSentence, m: Mention, mentions: readonly Mention[]): Result | undefined {
  const t = s.tokens;
  // the run of names joined by "/" that holds m
  const run = [m];
  for (let cur = m; ;) {
    const prev = mentions.find(
      (x) => x.tokenEnd === cur.tokenStart - 1 && t[cur.tokenStart - 1]?.norm === '/',
    );
    if (!prev) break;
    run.unshift(prev);
    cur = prev;
  }
  for (let cur = m; ;) {
    const next = mentions.find((x) => x.tokenStart === cur.tokenEnd + 1 && t[cur.tokenEnd]?.norm === '/');
    if (!next) break;
    run.push(next);
    cur = next;
  }
  if (run.length < 2) return undefined;
  let k = run[run.length - 1]!.tokenEnd;
  if (HEAD_NOUNS.has(t[k]?.norm ?? '')) k++;
  if (t[k]?.norm !== ':' && t[k]?.norm !== '=') return undefined;
  const results: Result[] = [];
  for (k++; results.length < run.length; k += 2) {
    const r = resultAt(s, k);
    if (!r || r.idx !== k) return undefined;
    results.push(r.result);
    if (results.length < run.length && t[k + 1]?.norm !== '/') return undefined;
  }
  return results[run.indexOf(m)];
}

/** Words between a shared cut-off's noun and its number ("cut-off for both: 15", "cut-off value 11"). */
const SHARED_CUTOFF_FILLER: ReadonlySet<string> = new Set([
  '-',
  'off',
  ':',
  '=',
  'for',
  'all',
  'both',
  'each',
  'of',
  'value',
  'is',
  'at',
  '>',
  '≥',
]);
/** Comparators after "positive" / "negative" / "normal" in a cut-off ("positive ≥ 15", "negative below 8"). */
const ABOVE_WORDS: ReadonlySet<string> = new Set(['>', '≥', 'above', 'over', 'exceeding']);
const BELOW_WORDS: ReadonlySet<string> = new Set(['<', '≤', 'below', 'under']);
/** What may follow a level of a list (after its unit): the next member, the cut-off's bracket, the end. */
const LEVEL_END: ReadonlySet<string> = new Set([',', ';', '.', 'and', '(', ')', '[']);

/**
 * The unit written after a number at `k` ("48 U", "12 U/mL", "3 CU"): its words joined (a slash kept), and the
 * token after it; '' and `k + 1` for none. Undefined when a result word, or anything but a short unit, follows.
 */
function unitAfter(t: DocSentence['tokens'], k: number): { unit: string; end: number } | undefined {
  const next = t[k + 1];
  if (!next || LEVEL_END.has(next.norm)) return { unit: '', end: k + 1 };
  if (next.kind !== 'word' || POSITIVE.has(next.norm) || NEGATIVE.has(next.norm) || EQUIVOCAL.has(next.norm))
    return undefined;
  // "12 U/mL", "48 AU/ml" (session 37: the slash kept the whole level from being read)
  if (t[k + 2]?.norm === '/' && t[k + 3]?.kind === 'word') {
    const after = t[k + 4];
    return !after || LEVEL_END.has(after.norm)
      ? { unit: `${next.norm}/${t[k + 3]!.norm}`, end: k + 4 }
      : undefined;
  }
  const after = t[k + 2];
  return !after || LEVEL_END.has(after.norm) ? { unit: next.norm, end: k + 2 } : undefined;
}

/**
 * The level written right after an antibody's name ("NXP2 61", "MDA5: 48", "Ro52 72 AU", "MDA5 48 U/mL"): the
 * token of the number, the unit after it ('' for none) and the token after the unit, or undefined (a titre, a
 * grade, a range or a result word follows).
 */
function bareLevel(s: DocSentence, m: Mention): { k: number; unit: string; end: number } | undefined {
  const t = s.tokens;
  let k = m.tokenEnd;
  while (HEAD_NOUNS.has(t[k]?.norm ?? '')) k++;
  // "anti-MDA5 (ELISA) 88 U": the method in a bracket between the name and its level
  if (t[k]?.norm === '(' && METHOD_WORDS.has(t[k + 1]?.norm ?? '') && t[k + 2]?.norm === ')') k += 3;
  if (t[k]?.norm === ':' || t[k]?.norm === '=') k++;
  if (t[k]?.kind !== 'number' || !Number.isFinite(Number(t[k]!.norm))) return undefined;
  const u = unitAfter(t, k);
  return u && { k, unit: u.unit, end: u.end };
}

/** A cut-off a sentence states: its limit, whether a level equal to it is positive, where it is, and its unit. */
interface SharedCutoff {
  limit: number;
  atLimit: boolean;
  /** The token of the cut-off's first word ("cut-off", "positive", "normal"). */
  at: number;
  /** Its unit ('' when none is written: "(cut-off 20)"). */
  unit: string;
}

/**
 * The one cut-off a sentence states ("(cut-off 15)", "positive ≥ 15", "positive above 15", "negative < 8",
 * "normal < 20"): undefined when the sentence states none or more than one.
 */
function oneCutoff(s: DocSentence): SharedCutoff | undefined {
  const t = s.tokens;
  let found: SharedCutoff | undefined;
  for (let k = 0; k < t.length; k++) {
    const w = t[k]!.norm;
    let cut: { limit: number; atLimit: boolean; j: number } | undefined;
    if (w === 'cutoff' || (w === 'cut' && (t[k + 1]?.norm === 'off' || t[k + 2]?.norm === 'off'))) {
      let j = k + 1;
      while (j < t.length && j - k <= 6 && SHARED_CUTOFF_FILLER.has(t[j]!.norm)) j++;
      if (t[j]?.kind === 'number') cut = { limit: Number(t[j]!.norm), atLimit: t[j - 1]?.norm === '≥', j };
    } else if (w === 'positive' || w === 'negative' || w === 'normal') {
      const cmp = t[k + 1]?.norm ?? '';
      const j = t[k + 2]?.kind === 'number' ? k + 2 : -1;
      if (j > 0 && w === 'positive' && ABOVE_WORDS.has(cmp))
        cut = { limit: Number(t[j]!.norm), atLimit: cmp === '≥', j };
      else if (j > 0 && w !== 'positive' && BELOW_WORDS.has(cmp))
        cut = { limit: Number(t[j]!.norm), atLimit: cmp === '<' || cmp === 'below' || cmp === 'under', j };
    }
    if (!cut) continue;
    if (found || !Number.isFinite(cut.limit)) return undefined;
    found = { limit: cut.limit, atLimit: cut.atLimit, at: k, unit: unitAfter(t, cut.j)?.unit ?? '' };
  }
  return found;
}

/** What a shared cut-off says of each level of a list: a result, or `null` when the cut-off does not fit its unit. */
type SharedLevel = Result | null;
const NO_LEVELS: ReadonlyMap<Mention, SharedLevel> = new Map();
const sharedLevels = new WeakMap<DocSentence, ReadonlyMap<Mention, SharedLevel>>();

/**
 * "Immunoblot band intensities: MDA5 48, Ro52 72, Jo-1 3 (cut-off 15)", "Line immunoassay (positive ≥ 15): NXP2
 * 61, Jo-1 0" (session 37: all read negative from the last level's cut-off, or all positive from the label): two
 * or more antibodies, each with a bare level, and one cut-off in the sentence — each level in the same unit is
 * read against that cut-off. Remembered per sentence; empty when the sentence has no such list.
 *
 * Levels in different units ("MDA5 48 U, HMGCR 3 CU (cut-off 20)", session 37: every member took the last level's
 * result): the cut-off fits only the levels in its own unit ("(cut-off 20 CU)") or, when it names none, in the unit
 * of the level written right before it; the others get `null` — no result from it, and none from the list.
 */
function levelsUnderSharedCutoff(s: DocSentence): ReadonlyMap<Mention, SharedLevel> {
  const known = sharedLevels.get(s);
  if (known) return known;
  let out: ReadonlyMap<Mention, SharedLevel> = NO_LEVELS;
  const items: { m: Mention; value: number; unit: string; end: number }[] = [];
  let sameUnit = true;
  for (const m of s.mentions) {
    if (m.concept.kind !== 'antibody' || m.concept.attrs?.panel) continue;
    const lv = bareLevel(s, m);
    if (!lv) continue;
    if (items.length && lv.unit !== items[0]!.unit) sameUnit = false;
    items.push({ m, value: Number(s.tokens[lv.k]!.norm), unit: lv.unit, end: lv.end });
  }
  const cut = items.length >= 2 ? oneCutoff(s) : undefined;
  if (cut) {
    let unit: string | undefined = sameUnit ? items[0]!.unit : cut.unit || undefined;
    // "…, HMGCR 3 CU (cut-off 20)": a cut-off without a unit, right after a level, is in that level's unit
    if (unit === undefined)
      for (const it of items) if (it.end < cut.at && cut.at - it.end <= 2) unit = it.unit;
    const map = new Map<Mention, SharedLevel>();
    for (const { m, value, unit: u } of items)
      map.set(
        m,
        u !== unit
          ? null
          : value > cut.limit || (cut.atLimit && value === cut.limit)
            ? 'positive'
            : 'negative',
      );
    out = map;
  }
  sharedLevels.set(s, out);
  return out;
}

function gluedSign(s: DocSentence, m: Mention): Result | undefined {
  const t = s.tokens[m.tokenEnd];
  const name = s.tokens[m.tokenEnd - 1];
  if (!t || !name || t.start !== name.end) return undefined;
  const minus = t.norm === '-' || t.norm === '−' || t.norm === '–';
  if (t.norm !== '+' && !minus) return undefined;
  let k = m.tokenEnd + 1;
  while (!minus && s.tokens[k]?.norm === '+') k++;
  const next = s.tokens[k];
  if (next && !AFTER_SIGN.has(next.norm)) return undefined;
  return minus ? 'negative' : 'positive';
}

/** The other definite result. */
function opposite(r: Result): Result {
  return r === 'positive' ? 'negative' : 'positive';
}

/**
 * Whether the antibody mention `m` is set apart from its list by "not" right before it ("SRP (not HMGCR)",
 * "anti-Jo-1, not anti-PL-7, was …", "anti-PL-7 but not anti-Jo-1"), across its "anti-" prefix.
 */
function contrasted(s: DocSentence, m: Mention): boolean {
  let k = m.tokenStart - 1;
  while (k >= 0 && (s.tokens[k]!.norm === 'anti' || s.tokens[k]!.norm === '-')) k--;
  if (s.tokens[k]?.norm !== 'not') return false;
  const before = s.tokens[k - 1]?.norm ?? '';
  return before === '(' || before === ',' || before === 'but';
}

/**
 * Whether a list names one antibody only: one member, or a name and its abbreviation ("antinuclear antibody (ANA)
 * was 1/5120", session 29: the titre had been dropped as if two antibodies shared it).
 */
function oneTarget(group: readonly Mention[]): boolean {
  return group.every(
    (m) => canonicalAntibody(m.concept.value) === canonicalAntibody(group[0]!.concept.value),
  );
}

/** Words that separate two members of a list (never a head noun's modifier). */
const MEMBER_SEPARATORS = new Set([',', 'and', 'or']);
/**
 * Whether the members of `group` are alternatives: "or" between two of them ("anti-Jo-1 or anti-PL-7", "and/or"),
 * or "either" before the first (`from`, across its "anti-").
 */
function alternatives(s: DocSentence, group: readonly Mention[], from: number): boolean {
  let k = from - 1;
  while (k >= 0 && (s.tokens[k]!.norm === 'anti' || s.tokens[k]!.norm === '-' || s.tokens[k]!.norm === 'the'))
    k--;
  if (s.tokens[k]?.norm === 'either') return true;
  for (let i = 1; i < group.length; i++)
    for (let j = group[i - 1]!.tokenEnd; j < group[i]!.tokenStart; j++)
      if (s.tokens[j]!.norm === 'or') return true;
  return false;
}

/** The dilution of a titre "1:N" ("1:1,280": the thousands separator is no decimal point). */
function titreValue(text: string): number {
  // (the text after the first colon, up to a second one, as `split(':')[1]` gives it, without the array)
  const colon = text.indexOf(':');
  const second = colon < 0 ? -1 : text.indexOf(':', colon + 1);
  const dilution = colon < 0 ? '' : text.slice(colon + 1, second < 0 ? text.length : second);
  return Number(dilution.replace(THOUSANDS_COMMA_RE, ''));
}
/** A comma that groups thousands ("1,280"). */
const THOUSANDS_COMMA_RE = /,(?=\d{3}\b)/g;

/** Head nouns written after an antibody's name ("anti-MDA5 antibody", "Jo-1 Ab"). */
const HEAD_NOUNS = new Set(['antibody', 'antibodies', 'ab', 'abs', 'autoantibody', 'autoantibodies']);

/** Phrases that join two members of a list as "and" does ("as well as", "in addition to", "along with"). */
const COORDINATION: readonly (readonly string[])[] = [
  ['as', 'well', 'as'],
  ['in', 'addition', 'to'],
  ['along', 'with'],
  ['together', 'with'],
  ['alongside'],
  ['plus'],
  // "positive for antinuclear antibodies and for the presence of anti-Jo1 antibodies": the second "for" of
  // one result's list, with "the presence of" before its member
  ['for', 'the', 'presence', 'of'],
  ['for', 'presence', 'of'],
];

/** The token after a joining phrase that starts at token k, if one does. */
function coordinationEnd(s: DocSentence, k: number): number | undefined {
  for (const words of COORDINATION) {
    if (words.every((w, j) => s.tokens[k + j]?.norm === w)) return k + words.length;
  }
  return undefined;
}

function lists(
  s: DocSentence,
  mentions: Mention[],
  titres: Map<Mention, ReturnType<typeof titreAt>>,
  text: string,
): Mention[][] {
  const out: Mention[][] = [];
  let cur: Mention[] = [];
  for (const m of mentions) {
    const last = cur[cur.length - 1];
    if (last) {
      let unknown = 0;
      let ok = true;
      const expanded = expansionStart(s, m) ?? m.tokenStart;
      // (read once per gap, not at each comma of it)
      let excepted: boolean | undefined;
      // "positive for rheumatoid factor, the lupus anticoagulant was equivocal" (session 38: read positive): under
      // a result stated before the list, a member with a copula and a result of its own opens its own clause
      if (ownStatedResult(s, m) && resultForList(s, cur[0]!)) ok = false;
      // "Besides a positive anti-HMGCR, anti-PM-Scl was negative" (session 41: HMGCR read negative): so does a
      // member after a comma when the list before it has its result word right before it
      if (
        ownStatedResult(s, m) &&
        resultBeforeList(s, cur[0]!) &&
        s.tokens.slice(last.tokenEnd, m.tokenStart).some((x) => x.norm === ',')
      )
        ok = false;
      for (let k = last.tokenEnd; k < m.tokenStart; k++) {
        const n = s.tokens[k]!;
        // "anti-RNP and anti-Polymyositis-Scleromyositis (PM-Scl)": the expanded name of the next member
        if (k >= expanded) continue;
        // "ANA (1:160, speckled) and anti-Ro": a short bracket without a result stays inside the list
        // (a bracketed grade, "(3+)", is the member's own result: see below)
        if (n.norm === '(' && !bracketGrade(s, k)) {
          const close = quietBracketEnd(s, k);
          if (close !== undefined && close < m.tokenStart) {
            for (let j = k + 1; j < close; j++) {
              const ti = titreAt(s, j);
              // "ANA 1:1280 (normal <1:80) and …": a dilution under a comparator or a reference word is the
              // reference, not the titre (session 29)
              if (ti && !REFERENCE_BEFORE_TITRE.has(s.tokens[j - 1]?.norm ?? '')) titres.set(last, ti);
            }
            k = close;
            continue;
          }
        }
        // a citation inside a list ("myositis antibody panel [2] and anti-HMGCR"): not a word of the list
        const cite = citationEnd(s, k);
        if (cite !== undefined && cite < m.tokenStart) {
          k = cite;
          continue;
        }
        // an "anti-X" the lexicon does not know inside a list ("anti-centromere, anti-Jo-1"): a member
        if (isUnknownAntiName(s, k)) continue;
        // "positive Ro-52 antibodies in addition to anti-Jo-1", "anti-SRP as well as anti-Ro52": a joining phrase
        const joined = coordinationEnd(s, k);
        if (joined !== undefined && joined <= m.tokenStart) {
          k = joined - 1;
          continue;
        }
        // "anti-HMGCR, but not anti-SRP, was detected": the contrasted member stays in the list (and takes the
        // opposite result, see `contrasted`)
        if (
          n.norm === 'but' &&
          s.tokens[k + 1]?.norm === 'not' &&
          s.tokens.slice(k + 2, m.tokenStart).every((x) => x.norm === 'anti' || x.norm === '-')
        ) {
          k++;
          continue;
        }
        // "TIF1γ +, Ku negative": a grade right after a member ends the list; so does a bracketed grade
        // ("Jo-1 (−), PL-7 (+++)": each member has its own)
        // ("Anti-ARS antibody (−), anti-MDA5 antibody (+)": the member's head noun may stand before its grade)
        const atMember = onlyHeadNouns(s, last.tokenEnd, k);
        // ("TIF1-γ 3+, Ro52 2+, Jo-1 negative", session 33: all three read negative)
        if ((n.norm === '+' || minusGrade(s, k) || numberGrade(s, k)) && atMember) ok = false;
        if (n.norm === '(' && atMember && bracketGrade(s, k)) ok = false;
        // "+ANA, -anti-Jo-1": each member has its own sign (a minus only when the list's first member has a sign
        // too: in "Anti-Jo-1, -PL-7, -EJ" the dash stands for the shared "anti")
        if (
          k === withAnti(s, expansionStart(s, m) ?? m.tokenStart) - 1 &&
          signBefore(s, k + 1) &&
          (n.norm === '+' || signBefore(s, withAnti(s, expansionStart(s, cur[0]!) ?? cur[0]!.tokenStart)))
        )
          ok = false;
        // "Anti-MDA5 antibody was 2,870 (normal < 32), and anti-TIF1-γ antibody was negative" (session 33: read
        // negative): a level stated after the member's copula is its own result, which ends the list
        if (n.kind === 'number' && COPULA_WORDS.has(s.tokens[k - 1]?.norm ?? '')) ok = false;
        // "Anti-MDA5 Ab 150 index (<32), anti-TIF1-γ Ab 3 index (<32)" (session 33: MDA5 read negative): a level
        // right after the member's name and head nouns is its own
        if (n.kind === 'number' && k > last.tokenEnd && onlyHeadNouns(s, last.tokenEnd, k)) ok = false;
        // "Anti-MDA5 450 (< 32), anti-TIF1-γ 5 (< 32)", "Anti-HMGCR 156 CU (< 20), anti-SRP negative" (session 34:
        // MDA5 and HMGCR read negative): a level with its own cut-off right after the member's name is its own
        if (
          n.kind === 'number' &&
          k === last.tokenEnd &&
          (levelResult(s, k) ?? highFlag(s, k, text)) !== undefined
        )
          ok = false;
        // "a positive anti-MDA5, with anti-Ro52 negative" (session 33: MDA5 read negative): "with" after a member
        // whose result stands before it opens another member's own result
        if (n.norm === 'with' && resultBeforeList(s, cur[0]!) && ownResultAfter(s, m)) ok = false;
        // "No myositis antibody other than anti-NXP2 was found" (session 35: read negative): the antibody set apart
        // by "other than", "except" or "apart from" is no member of the group before it
        if (isException(s, k) || (n.norm === 'than' && s.tokens[k - 1]?.norm === 'other')) ok = false;
        // "positive for anti-TIF1γ, whereas anti-Mi-2 and anti-MDA5 were negative" (session 35: all read positive): a
        // contrast opens a clause of its own
        if (n.norm === 'whereas' || n.norm === 'while' || n.norm === 'but') ok = false;
        // "Apart from anti-Ro52, the panel (NXP2, MDA5 …) was negative" (session 33): the comma closes an exception
        // that opens the clause, and the members after it are the rest's
        if (n.norm === ',') {
          excepted ??= exceptionBefore(s, expansionStart(s, cur[0]!) ?? cur[0]!.tokenStart) !== undefined;
          if (excepted) ok = false;
        }
        // "ANA 1/160, anti-dsDNA negative" (session 40: ANA read negative): a titre written with a slash right after
        // a member is that member's own result, as "1:160" is, and ends the list (the slash is otherwise a link:
        // "anti-Ro/SSA")
        if (k === last.tokenEnd && n.norm === '1' && slashTitre(s, k) && !resultBeforeList(s, cur[0]!)) {
          ok = false;
          break;
        }
        if (LINK.has(n.norm) || n.norm === '-' || n.norm === "'") continue;
        // "positive ANA 1:320, anti-Jo-1 and anti-Ro52" (session 30: the members after the titre lost their
        // result): a titre right after a member is that member's and stays inside the list
        // (only under a result stated before the list: "ANA 1:80, anti-dsDNA and anti-Sm were negative" keeps the
        // titre's ANA apart from the negatives after it)
        if (k === last.tokenEnd && n.norm === '1' && resultBeforeList(s, cur[0]!)) {
          const ti = titreAt(s, k);
          if (ti && s.tokens[k + 3]?.norm === ',') {
            titres.set(last, ti);
            k += 2;
            continue;
          }
        }
        // "positive for ANA and for anti-Ro52": a second "for" after "and" repeats the result's preposition
        if (n.norm === 'for' && s.tokens[k - 1]?.norm === 'and') continue;
        unknown++;
        // "myositis antibody testing revealed anti-NXP2": a finding verb separates the test from its result
        if (resultAt(s, k) || LEFT_POSITIVE.has(n.norm)) ok = false;
        // "Anti-Mi-2 antibody was requested and anti-PL-12 was negative" (session 41: Mi-2 read negative): a copula
        // after a member opens its own predicate, so the member after it is no longer of its list
        if (COPULA_WORDS.has(n.norm)) ok = false;
        if (
          unknown > 2 ||
          n.norm === ':' ||
          n.norm === '.' ||
          n.norm === ';' ||
          POSITIVE.has(n.norm) ||
          NEGATIVE.has(n.norm) ||
          // ("seropositive for anti-HMGCR and seronegative for anti-SRP", session 33: SRP read positive)
          n.norm === 'seropositive' ||
          n.norm === 'seronegative' ||
          n.norm === 'whilst' ||
          n.norm === 'while' ||
          n.norm === 'but'
        )
          ok = false;
      }
      if (!ok) {
        out.push(cur);
        cur = [];
      }
    }
    cur.push(m);
  }
  if (cur.length) out.push(cur);
  return out;
}

/**
 * The closing bracket of a short bracket opening at `open` (eight tokens at most) that holds no result word and no
 * clause break ("(1:160, speckled)", "(95 U/mL)"), or undefined.
 */
function quietBracketEnd(s: DocSentence, open: number): number | undefined {
  if (s.tokens[open]?.norm !== '(') return undefined;
  // ("ANA (titre 640, fine speckles seen on nuclear staining) and anti-SAE1", session 38: the second lost)
  for (let j = open + 1; j < s.tokens.length && j - open <= 12; j++) {
    const x = s.tokens[j]!;
    if (x.norm === ')') return j;
    // (the dots of a dotted label stay inside: "(N.R. < 1.0)", session 40: the list broke and anti-SAE read positive)
    if (x.norm === ';' || (x.norm === '.' && !labelDot(s.tokens, j)) || resultAt(s, j)) return undefined;
  }
  return undefined;
}

/**
 * Whether a result word and "for" stand right before the list's first member ("positive for ANA …", "a weakly
 * positive result for RF …"), not a test's "for" alone ("Tests for ANA and …").
 */
function resultForList(s: DocSentence, first: Mention): boolean {
  const lead = withAnti(s, expansionStart(s, first) ?? first.tokenStart);
  if (s.tokens[lead - 1]?.norm !== 'for') return false;
  const k = ['result', 'results', 'test', 'testing'].includes(s.tokens[lead - 2]?.norm ?? '')
    ? lead - 3
    : lead - 2;
  const w = s.tokens[k]?.norm ?? '';
  return POSITIVE.has(w) || NEGATIVE.has(w);
}

/** Whether the member is followed, past its head nouns, by a copula and a result word ("… ANCA was negative"). */
function ownStatedResult(s: DocSentence, m: Mention): boolean {
  const j = pastHeadNouns(s, m.tokenEnd);
  if (!COPULA_WORDS.has(s.tokens[j]?.norm ?? '')) return false;
  // ("was weakly positive", "was again negative"): one adverb may stand before the result
  return resultAt(s, j + 1) !== undefined || resultAt(s, j + 2) !== undefined;
}

/** Whether a result word (or "for") stands within two tokens before the list's first member ("Positive ANA …"). */
function resultBeforeList(s: DocSentence, first: Mention): boolean {
  // (before the antibody noun and its link: "positive for antibodies against HMGCR", session 41)
  const start = expansionStart(s, first) ?? first.tokenStart;
  const lead = nounBefore(s, start) ?? withAnti(s, start);
  return [1, 2].some((d) => {
    const w = s.tokens[lead - d]?.norm ?? '';
    return POSITIVE.has(w) || NEGATIVE.has(w) || w === 'for';
  });
}

/** Nouns of a positive result ("anti-Jo-1 positivity"; session 39: "seropositivity"). */
const POSITIVITY_NOUNS: ReadonlySet<string> = new Set(['positivity', 'seropositivity']);
/** Nouns of a result, either way (session 39: "seronegativity" too). */
const RESULT_NOUNS: ReadonlySet<string> = new Set([...POSITIVITY_NOUNS, 'negativity', 'seronegativity']);

/** "positivity is a …", "negativity is one of …": a result noun followed by a present-tense definition. */
function definedResult(s: DocSentence, idx: number): boolean {
  const w = s.tokens[idx]?.norm;
  if (!RESULT_NOUNS.has(w ?? '')) return false;
  const verb = s.tokens[idx + 1]?.norm;
  const next = s.tokens[idx + 2]?.norm ?? '';
  return (verb === 'is' || verb === 'are') && ['a', 'an', 'one', 'part'].includes(next);
}

/** Present-tense verbs of what a result means in general ("… positivity correlates with", "… indicates"). */
const MEANING_PRESENT: ReadonlySet<string> = new Set([
  'correlates',
  'correlate',
  'indicates',
  'indicate',
  'implies',
  'imply',
  'confers',
  'confer',
  'carries',
  'carry',
  'predicts',
  'predict',
  'portends',
  'denotes',
]);
/** Participles after "is" of a general link ("… positivity is linked to", "… is correlated with"). */
const LINK_PARTICIPLES: ReadonlySet<string> = new Set(['associated', 'linked', 'related', 'correlated']);

/**
 * "Anti-PL-7 positivity correlates with ILD", "MDA5 seropositivity is linked to …" (session 40: read positive): a
 * result noun whose antibody opens the sentence (`from`), subject of a present-tense verb of meaning, says what
 * such a result means, not this patient's serology.
 */
function generalResultNoun(s: DocSentence, from: number, idx: number): boolean {
  if (!RESULT_NOUNS.has(s.tokens[idx]?.norm ?? '')) return false;
  let open = 0;
  while (open < from && SUBJECT_OPENING.has(s.tokens[open]!.norm)) open++;
  if (open < from) return false;
  const verb = s.tokens[idx + 1]?.norm ?? '';
  // ("Anti-Jo-1 negativity does not exclude …", "… positivity may precede …": a modal or "does")
  if (MEANING_PRESENT.has(verb) || GENERIC_VERBS.has(verb)) return true;
  return (verb === 'is' || verb === 'are') && LINK_PARTICIPLES.has(s.tokens[idx + 2]?.norm ?? '');
}

/** Participles of a finding that a present-tense passive turns into a statement of method or frequency. */
const FOUND_PARTICIPLES = new Set(['detected', 'found', 'identified', 'measured', 'seen']);

/**
 * "Anti-HMGCR antibodies are detected by ELISA", "anti-Jo-1 is found in 20% of …": a present-tense passive of
 * a finding verb followed by a method or a population says how or where the antibody is found in general.
 */
function generalPassive(s: DocSentence, idx: number): boolean {
  const verb = s.tokens[idx - 1]?.norm;
  return (
    FOUND_PARTICIPLES.has(s.tokens[idx]?.norm ?? '') &&
    (verb === 'is' || verb === 'are') &&
    ['by', 'in', 'using', 'with'].includes(s.tokens[idx + 1]?.norm ?? '')
  );
}

/** Words of a threshold ("above 32", "> 20", "of 20 or more"). */
const THRESHOLD = new Set(['above', 'over', 'below', 'under', 'exceeding', '>', '≥', '<', '≤']);

/**
 * "The kit reports anti-MDA5 above 32 index as positive", "anti-HMGCR > 20 U is regarded as positive": a
 * threshold between the antibody and "as" + the result word defines the assay's cut-off, not a result.
 */
function thresholdDefinition(s: DocSentence, from: number, idx: number): boolean {
  if (s.tokens[idx - 1]?.norm !== 'as') return false;
  for (let k = from; k < idx - 1; k++)
    if (THRESHOLD.has(s.tokens[k]!.norm) && s.tokens[k + 1]?.kind === 'number') return true;
  return false;
}

/** Nouns of an assay's threshold ("the cut-off for …", "the threshold for …"). */
const CUTOFF_NOUNS = new Set(['off', 'cutoff', 'threshold']);

/** "The cut-off for anti-Jo-1 positivity is 7 U/mL": the antibody names whose threshold is stated. */
function cutoffFor(s: DocSentence, from: number): boolean {
  let k = from - 1;
  while (k >= 0 && (s.tokens[k]!.norm === 'anti' || s.tokens[k]!.norm === '-')) k--;
  return s.tokens[k]?.norm === 'for' && CUTOFF_NOUNS.has(s.tokens[k - 1]?.norm ?? '');
}

/** "60% of anti-TIF1γ-positive adults", "in 30 percent of anti-Jo-1 …": a share of a group, not a result. */
function shareOfGroup(s: DocSentence, from: number): boolean {
  let k = from - 1;
  while (k >= 0 && (s.tokens[k]!.norm === 'anti' || s.tokens[k]!.norm === '-')) k--;
  if (s.tokens[k]?.norm !== 'of') return false;
  const share = s.tokens[k - 1]?.norm;
  return share === '%' || share === 'percent';
}

/**
 * "Anti-NXP2 was positive in 18 % (of the series)", "positive in 30 % of controls": a share of a group after the
 * result word at `idx` (session 19).
 */
function shareAfter(s: DocSentence, idx: number): boolean {
  const t = s.tokens;
  if (t[idx + 1]?.norm !== 'in' || t[idx + 2]?.kind !== 'number') return false;
  const unit = t[idx + 3]?.norm;
  return unit === '%' || unit === 'percent';
}

/** Number words that count cases in a review ("in one case", "in two patients"). */
const COUNT_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
const CASE_NOUNS = new Set(['case', 'cases', 'patient', 'patients', 'report', 'reports']);

/**
 * "In one case, anti-TIF1γ antibodies were found", "In 12 patients, anti-Jo-1 was positive": a sentence opened
 * by a count of cases is about the cases of a review or series, not this patient ("in our case" is not a count).
 */
function countedCases(s: DocSentence): boolean {
  const t = s.tokens;
  if (t[0]?.norm !== 'in') return false;
  const n = t[1];
  if (!n || !(COUNT_WORDS.has(n.norm) || (n.kind === 'number' && /^\d+$/.test(n.norm)))) return false;
  return CASE_NOUNS.has(t[2]?.norm ?? '') || (t[2]?.norm === 'of' && CASE_NOUNS.has(t[4]?.norm ?? ''));
}

/** Words that deny a list of alternatives after them ("without weakness or …", "no rash or …"). */
const DENIAL = new Set(['without', 'no', 'neither']);
/** Words that end a denied list of alternatives before a positive word. */
const DENIAL_STOP = new Set([',', ';', '.', ':', 'and', 'with', 'but', 'whereas', 'while', 'although']);

/**
 * "No weakness or Jo-1 antibody was found": the clause that ends in the verb at `i` opens with "no" / "neither"
 * (at the sentence's start or after a clause break), with no clause break between.
 */
function deniedSubject(s: DocSentence, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const w = s.tokens[k]!.norm;
    if (DENIAL_STOP.has(w)) return false;
    if ((w === 'no' || w === 'neither') && (k === 0 || DENIAL_STOP.has(s.tokens[k - 1]!.norm))) return true;
  }
  return false;
}

/**
 * "without evidence of weakness or positive myositis antibodies": the positive word at `i` is the last
 * alternative ("or" right before it) of a list that a denial opens, with no comma, "and" or "with" between
 * (never a positive ANA after a list of negative results joined by "with … and").
 */
function deniedAlternative(s: DocSentence, i: number): boolean {
  if (s.tokens[i - 1]?.norm !== 'or') return false;
  for (let k = i - 2; k >= 0 && k >= i - 10; k--) {
    const w = s.tokens[k]!.norm;
    if (DENIAL.has(w)) return true;
    if (DENIAL_STOP.has(w)) return false;
  }
  return false;
}

/**
 * Whether the clause that ends in the positive word at `i` opens with "none" or "no" ("None of the antibodies
 * tested was positive", "No other antibodies were detected"), with no clause break between: its positive word is
 * denied. (A "no" right before the word is read by `resultAt` itself; "were found" after "no" by `deniedSubject`.)
 */
function noneOpens(s: DocSentence, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const w = s.tokens[k]!.norm;
    if (DENIAL_STOP.has(w)) return false;
    if ((w === 'none' || w === 'no') && (k === 0 || DENIAL_STOP.has(s.tokens[k - 1]!.norm))) return k < i - 1;
  }
  return false;
}

/** "At no point was …", "at no time were …": the clause before token `start` opens with "at no <time noun>". */
function atNoTime(s: DocSentence, start: number): boolean {
  for (let k = start - 1; k >= 1; k--) {
    const w = s.tokens[k]!.norm;
    if (HARD_STOP.has(w) || w === ',') return false;
    if (
      w === 'no' &&
      s.tokens[k - 1]!.norm === 'at' &&
      ['point', 'time', 'stage'].includes(s.tokens[k + 1]?.norm ?? '')
    )
      return true;
  }
  return false;
}

/** Whether the mention is worded as an antibody: "anti" before it, or an antibody noun in it or right after it. */
function antibodyWorded(s: DocSentence, m: Mention): boolean {
  if (antiBefore(s, m) || s.tokens[m.tokenStart]!.norm.startsWith('anti')) return true;
  return HEAD_NOUNS.has(s.tokens[m.tokenEnd - 1]!.norm) || HEAD_NOUNS.has(s.tokens[m.tokenEnd]?.norm ?? '');
}

/** Words of a disease only suspected before its name ("possible", "query", "suspected", "?"). */
const SUSPECTED = new Set(['possible', 'probable', 'query', 'suspected', 'presumed', 'likely', '?']);
/**
 * "similar to (that of) anti-Jo-1-associated myositis, despite negative anti-Jo-1" (session 24: read positive): a
 * disease the case is compared with, not the one diagnosed.
 */
const LIKENESS = new Set([
  'similar',
  'resembling',
  'resembled',
  'resembles',
  'mimicking',
  'mimicked',
  'mimics',
  'like',
  'reminiscent',
]);
/** Words that end the reach of a word of likeness back from a disease name. */
const LIKENESS_BREAK = new Set([',', ';', ':', 'and', 'but', 'with', '.']);
/** Present and modal verbs of a statement about any test ("does not exclude", "cannot rule out", "may precede"). */
const GENERIC_VERBS: ReadonlySet<string> = new Set([
  'does',
  'doesn',
  'do',
  'cannot',
  'can',
  'may',
  'might',
  'could',
  'would',
  'should',
  'must',
]);
/** Whether the result word at `idx` follows a modal and "be" ("may be negative", "can be strongly positive"). */
function modalResult(s: DocSentence, idx: number): boolean {
  // (the adjectives of a result only: "neither … nor … could be detected" is a denial, read elsewhere)
  if (!MODAL_RESULT_WORDS.has(s.tokens[idx]?.norm ?? '')) return false;
  let j = idx - 1;
  while (j >= 0 && DEGREE.has(s.tokens[j]!.norm)) j--;
  return s.tokens[j]?.norm === 'be' && MODALS.has(s.tokens[j - 1]?.norm ?? '');
}
const MODAL_RESULT_WORDS: ReadonlySet<string> = new Set([
  'positive',
  'negative',
  'reactive',
  'equivocal',
  'borderline',
]);
const MODALS: ReadonlySet<string> = new Set(['may', 'might', 'can', 'could', 'would', 'should', 'must']);

/** Whether the result word at `idx`, after "a"/"an" and before mention `m`, opens a statement about any test. */
function genericResult(s: DocSentence, idx: number, m: Mention): boolean {
  if (idx >= m.tokenStart) return false;
  let j = idx - 1;
  while (j >= 0 && DEGREE.has(s.tokens[j]!.norm)) j--;
  if (s.tokens[j]?.norm !== 'a' && s.tokens[j]?.norm !== 'an') return false;
  let e = pastHeadNouns(s, m.tokenEnd);
  while (TEST_NOUNS.has(s.tokens[e]?.norm ?? '')) e++;
  return GENERIC_VERBS.has(s.tokens[e]?.norm ?? '');
}

/** Words after a disease's copula that consider it rather than diagnose it ("was considered", "in the differential"). */
const CONSIDERED_AFTER = new Set([
  'considered',
  'suspected',
  'differential',
  'entertained',
  'possible',
  'likely',
  'unlikely',
  'excluded',
  'ruled',
]);
/**
 * The index of "positive" glued by a hyphen after the name that ends at `end`, with the result read at `idx`
 * ("anti-MDA5-positive", "anti-MDA5 antibody-positive", "autoantibody-positive"), or -1.
 */
function gluedPositiveEnd(s: DocSentence, end: number, idx: number): number {
  if (idx < end - 1 || idx > end + 3) return -1;
  for (let j = Math.max(end, idx); j <= end + 3 && j < s.tokens.length; j++) {
    const t = s.tokens[j]!;
    if (t.norm === 'positive') {
      const h = s.tokens[j - 1];
      return h?.norm === '-' && h.end === t.start ? j : -1;
    }
    if (t.norm !== '-' && !HEAD_NOUNS.has(t.norm)) return -1;
  }
  return -1;
}
/**
 * Verbs of considering a disease right before its name ("we considered anti-MDA5-positive JDM", session 42), beside
 * the words of suspicion {@link suspectedDisease} reads.
 */
const CONSIDERING: ReadonlySet<string> = new Set(['considered', 'consider', 'suspect', 'entertained']);
/** Words of a test not yet resulted ("serology pending", "antibody requested"). */
const AWAITED = new Set(['pending', 'requested', 'awaited']);

/**
 * Whether the disease named by its antibody (its name from `from`, the disease word at `k`) is only considered, not
 * diagnosed: named after "differential" ("the differential diagnosis included anti-SRP myopathy"), or suspected
 * ({@link suspectedDisease}: "Possible anti-MDA5 syndrome; serology pending", "Query anti-HMGCR myopathy").
 */
function consideredDisease(s: DocSentence, from: number, k: number): boolean {
  return s.tokens.slice(0, from).some((x) => x.norm === 'differential') || suspectedDisease(s, from, k);
}

/**
 * Whether the disease named by its antibody (its name from `from`, the disease word at `k`) is only suspected: a
 * word of suspicion within three words before it, a word of likeness within six (and the same clause), or a test
 * still awaited in the sentence.
 */
function suspectedDisease(s: DocSentence, from: number, k: number): boolean {
  for (let j = from - 1; j >= 0 && j >= from - 3; j--) if (SUSPECTED.has(s.tokens[j]!.norm)) return true;
  // "Anti-SRP myopathy was considered", "… was in the differential" (session 40: read positive): the disease as
  // the subject of a word of consideration after its copula
  // (the disease's name may run to a few words: "anti-SRP necrotising myopathy was considered")
  let c = k + 1;
  while (c < k + 5 && c < s.tokens.length && !COPULA_WORDS.has(s.tokens[c]!.norm) && inWord(s.tokens[c]!))
    c++;
  if (COPULA_WORDS.has(s.tokens[c]?.norm ?? ''))
    for (let j = c + 1; j < s.tokens.length && j <= c + 4 && !HARD_STOP.has(s.tokens[j]!.norm); j++)
      if (CONSIDERED_AFTER.has(s.tokens[j]!.norm)) return true;
  for (let j = from - 1; j >= 0 && j >= from - 6 && !LIKENESS_BREAK.has(s.tokens[j]!.norm); j--)
    if (LIKENESS.has(s.tokens[j]!.norm)) return true;
  return s.tokens.slice(k).some((x) => AWAITED.has(x.norm));
}

/** Whether "anti" (with or without its hyphen) stands right before the mention. */
function antiBefore(s: DocSentence, m: Mention): boolean {
  const k = s.tokens[m.tokenStart - 1]?.norm === '-' ? m.tokenStart - 2 : m.tokenStart - 1;
  return s.tokens[k]?.norm === 'anti';
}

/**
 * "Unlike anti-MDA5, anti-Ro52 was positive": the antibody compared with is no member of the result's list
 * (its own result is left open unless a clause of its own states it: "unlike anti-MDA5, which was negative, …").
 */
function unlikeAside(s: DocSentence, m: Mention): boolean {
  let k = m.tokenStart - 1;
  while (k >= 0 && (s.tokens[k]!.norm === 'anti' || s.tokens[k]!.norm === '-')) k--;
  if (s.tokens[k]?.norm !== 'unlike') return false;
  let e = m.tokenEnd;
  while (['antibody', 'antibodies'].includes(s.tokens[e]?.norm ?? '')) e++;
  // "Unlike anti-MDA5-positive DM, our patient …", "unlike NXP2 positive cases, …" (session 40: read positive):
  // a short noun phrase with no verb up to the comma is the disease or group compared with, not a result
  for (let j = e; j < e + 6 && j < s.tokens.length; j++) {
    const w = s.tokens[j]!.norm;
    if (w === ',') {
      e = j;
      break;
    }
    if (COPULA_WORDS.has(w) || HARD_STOP.has(w) || w === 'which' || w === 'that' || w === 'who') break;
  }
  const next = s.tokens[e + 1]?.norm;
  return s.tokens[e]?.norm === ',' && next !== 'which' && next !== 'that';
}

/**
 * "Jo-1 −, PL-7 −", "SRP: −;", "PL-12 –": a minus sign (any dash) at token k that stands alone — a space before
 * it and the end of the item after it (a comma, semicolon, stop, bracket, slash or the sentence's end) — is a
 * negative grade, not the hyphen of a name ("Jo-1-positive") or of a range.
 */
function minusGrade(s: DocSentence, k: number): boolean {
  const t = s.tokens[k];
  const prev = s.tokens[k - 1];
  if (t?.norm !== '-' || !prev || prev.end === t.start) return false;
  const next = s.tokens[k + 1];
  return !next || SIGN_END.has(next.norm);
}

/** Whether mention `m` is written as exactly `word` (in any case): "Jo" rather than "Jo-1", "DNA" rather than "dsDNA". */
function writtenAs(doc: Doc, m: Mention, word: string): boolean {
  return m.end - m.start === word.length && startsWithLower(doc.text, m.start, m.end, word);
}

/** Viruses whose DNA a text measures ("CMV-DNA", "EBV DNA copies"). */
const VIRUS_WORDS = new Set([
  'cmv',
  'cytomegalovirus',
  'ebv',
  'epstein',
  'barr',
  'hbv',
  'hpv',
  'hsv',
  'vzv',
  'hhv',
  'virus',
  'viral',
  'adenovirus',
  'parvovirus',
  'bk',
  'jc',
]);

/** Words right after an infectious agent that make it the disease, a vaccine or a complication, not a test. */
const AGENT_AS_DISEASE = new Set([
  'infection',
  'infections',
  'infected',
  'disease',
  'related',
  'associated',
  'induced',
  'vaccine',
  'vaccines',
  'vaccination',
  'pandemic',
  'fever',
  'myositis',
  'myopathy',
  'reactivation',
  'pneumonia',
  'encephalitis',
  'carrier',
]);
/**
 * "IgM antibodies to Mycoplasma", "IgG against Toxoplasma" (session 45): the class written before an infectious agent
 * named without one; the agent and class as one target ("Mycoplasma pneumoniae IgM"), or undefined.
 */
function classBefore(s: DocSentence, m: Mention): string | undefined {
  const agent = m.concept.value;
  if (!INFECTION_SEROLOGY_TARGETS.has(agent) || / Ig[MG]$/.test(agent)) return undefined;
  let k = m.tokenStart - 1;
  if (s.tokens[k]?.norm === 'the') k--;
  if (['to', 'against', 'for', 'of'].includes(s.tokens[k]?.norm ?? '')) k--;
  if (ANTIBODY_NOUNS.has(s.tokens[k]?.norm ?? '')) k--;
  const cls = s.tokens[k]?.norm;
  return cls === 'igm' || cls === 'igg' ? `${agent} ${cls === 'igm' ? 'IgM' : 'IgG'}` : undefined;
}

/** Words before an infectious agent that name its disease ("with", "chronic", "history of"). */
const AGENT_DISEASE_BEFORE = new Set(['with', 'concomitant', 'chronic', 'acute', 'active', 'known', 'of']);
/** Words after an infectious agent that name its test. */
const AGENT_TEST_AFTER = new Set([
  ...ANTIBODY_NOUNS,
  'serology',
  'serologies',
  'serologic',
  'serological',
  'igm',
  'igg',
  'titre',
  'titer',
  'titres',
  'titers',
  'test',
  'tests',
  'testing',
  'screen',
  'screening',
]);
/** Tests of an infectious agent that are not its antibodies: nucleic acids, antigens, cultures. */
const NOT_SEROLOGY_TESTS = new Set([
  // the markers of hepatitis B ("HBV anti-core positive", "surface antigen")
  'core',
  'surface',
  'pcr',
  'antigen',
  'antigens',
  'ag',
  'ns1',
  'hbsag',
  'p24',
  'dna',
  'rna',
  'load',
  'viremia',
  'viraemia',
  'copies',
  'culture',
  'cultures',
  'swab',
  'nucleic',
  'naat',
]);

/**
 * Whether an infectious agent at `m` is named as an antibody test (its serology), not as the disease ("hepatitis B
 * virus infection", "dengue fever", "SARS-CoV-2 vaccination") or by another test within a few words ("the
 * swab PCR for SARS-CoV-2 came back negative", "RT-PCR positive for SARS-CoV-2", "a positive dengue antigen (NS1)").
 */
function serologyOf(s: DocSentence, m: Mention): boolean {
  let k = m.tokenEnd;
  if (s.tokens[k]?.norm === '-') k++;
  if (s.tokens[k]?.norm === 'virus' || s.tokens[k]?.norm === 'viral') k++;
  if (AGENT_AS_DISEASE.has(s.tokens[k]?.norm ?? '')) return false;
  // "a 44-year-old HIV-positive man": a status that describes the person, not a test of this work-up
  if (
    s.tokens[m.tokenEnd]?.norm === '-' &&
    (s.tokens[k]?.norm === 'positive' || s.tokens[k]?.norm === 'negative') &&
    PERSON_NOUNS.has(s.tokens[k + 1]?.norm ?? '')
  )
    return false;
  // "a patient with hepatitis B", "chronic hepatitis C", "a history of HIV": the disease, unless a test word
  // follows ("the presence of HCV antibodies")
  if (
    AGENT_DISEASE_BEFORE.has(s.tokens[m.tokenStart - 1]?.norm ?? '') &&
    !AGENT_TEST_AFTER.has(s.tokens[k]?.norm ?? '')
  )
    return false;
  // a few words each side, within the agent's own item of a list ("blood cultures and a virology screen for HIV"
  // is a screen)
  return !otherTestInItem(s, m.tokenStart - 1, -1) && !otherTestInItem(s, m.tokenEnd, 1);
}

/** Whether a test other than antibodies is named within six words from `from` in direction `step`, in one item. */
function otherTestInItem(s: DocSentence, from: number, step: 1 | -1): boolean {
  for (let i = from, n = 0; n < 6 && i >= 0 && i < s.tokens.length; i += step, n++) {
    const w = s.tokens[i]!.norm;
    if (NOT_SEROLOGY_TESTS.has(w)) return true;
    if (w === ',' || w === ';' || w === 'and' || w === 'or') return false;
  }
  return false;
}

/** Whether a bare "DNA" at `m` is a virus's: a virus named just before it, or a copy number or load after it. */
function viralDna(s: DocSentence, m: Mention): boolean {
  if (['copy', 'copies', 'load'].includes(s.tokens[m.tokenEnd]?.norm ?? '')) return true;
  for (let k = m.tokenStart - 1; k >= Math.max(0, m.tokenStart - 5); k--) {
    const n = s.tokens[k]!.norm;
    if (VIRUS_WORDS.has(n)) return true;
    if (n !== '-' && n !== '(' && n !== ')' && !/^[a-z]{2,4}$/.test(n)) return false;
  }
  return false;
}

/** The start of a name with its "anti-" prefix ("anti-Jo-1" from "Jo-1"). */
function withAnti(s: DocSentence, from: number): number {
  if (s.tokens[from - 1]?.norm === 'anti') return from - 1;
  if (s.tokens[from - 1]?.norm === '-' && s.tokens[from - 2]?.norm === 'anti') return from - 2;
  return from;
}

/** Tokens after which an item of a list starts. */
const ITEM_START = new Set([';', ',', ':', '(', '•', '·']);

/**
 * "+ANA", "-Jo-1", "−Ro52" at the start of an item (the sentence's start, or after a separator): the sign written
 * right before the name, with no space, is the item's result.
 */
function signBefore(s: DocSentence, from: number): ReturnType<typeof resultAt> {
  const sign = s.tokens[from - 1];
  const name = s.tokens[from];
  if (!sign || !name || sign.end !== name.start) return undefined;
  if (sign.norm !== '+' && sign.norm !== '-' && sign.norm !== '−') return undefined;
  const before = s.tokens[from - 2];
  if (before && !ITEM_START.has(before.norm)) return undefined;
  return { result: sign.norm === '+' ? 'positive' : 'negative', idx: from - 1, weak: false };
}

/** Words of a band's strength before its sign in a bracket ("(weak +)"). */
const GRADE_WORDS: ReadonlySet<string> = new Set(['weak', 'weakly', 'faint', 'strong', 'strongly']);

/** "(−)", "(-)", "(+)", "(+++)", "(+/−)", "(weak +)" at token k: a grade of its own in brackets. */
function bracketGrade(s: DocSentence, k: number): boolean {
  // "Jo-1 (3+)" (session 33: the list's members lost)
  if (numberGrade(s, k + 1) && s.tokens[k + 3]?.norm === ')') return true;
  // "(weak +)", "(strong +)" (session 37: "Anti-Jo-1 (weak +), anti-Ro52 (−)" read both negative)
  const from = GRADE_WORDS.has(s.tokens[k + 1]?.norm ?? '') ? k + 2 : k + 1;
  let j = from;
  while (j < s.tokens.length && ['+', '-', '/', '±'].includes(s.tokens[j]!.norm)) j++;
  return j > from && s.tokens[j]?.norm === ')';
}

/** Whether tokens `k` and `k + 1` are a graded band of a blot written with a digit: "3+", "1+" (one to four). */
function numberGrade(s: DocSentence, k: number): boolean {
  const t = s.tokens[k];
  return t?.kind === 'number' && /^[1-4]$/.test(t.norm) && s.tokens[k + 1]?.norm === '+';
}

/**
 * Short names that are ordinary words or letters when written bare: the synthetases "KS", "Zo", "Ha" and the
 * onconeural "Hu", "Yo", "Ri" (a surname, a greeting, an index).
 */
const BARE_SYNTHETASES = new Set(['KS', 'Zo', 'Ha', 'Hu', 'Yo', 'Ri']);
/** The bare written forms of antigens named otherwise ("Ro" for SSA/Ro), read as {@link BARE_SYNTHETASES} are. */
const BARE_ANTIGENS = new Map([
  ['Sm', 'sm'],
  ['SSA/Ro', 'ro'],
  ['La', 'la'],
]);

/** Whether mention m follows a comma or "and" right after another antibody mention ("EJ and KS"). */
function listMemberAfterAntibody(s: DocSentence, m: Mention): boolean {
  const sep = s.tokens[m.tokenStart - 1]?.norm;
  // ("antibodies against Hu and SOX1", session 33; "antibodies to Ro and La", session 34)
  if (sep === 'against') return true;
  if (sep === 'to' && HEAD_NOUNS.has(s.tokens[m.tokenStart - 2]?.norm ?? '')) return true;
  // ("Onconeural antibodies (Hu, Yo, Ri)": the first member, in brackets after the group's name)
  if (sep !== ',' && sep !== 'and' && sep !== '(') return false;
  const before = m.tokenStart - 1;
  return s.mentions.some(
    (o) =>
      o !== m &&
      o.concept.kind === 'antibody' &&
      (o.tokenEnd === before ||
        (sep === '(' && o.tokenEnd === before - 1 && HEAD_NOUNS.has(s.tokens[o.tokenEnd]?.norm ?? ''))),
  );
}

/** "18 Ku/ml", "12 ku/µl": "Ku" after a number and before a slash is a unit (thousands), not the antigen. */
function kiloUnit(s: DocSentence, m: Mention): boolean {
  return s.tokens[m.tokenStart - 1]?.kind === 'number' && s.tokens[m.tokenEnd]?.norm === '/';
}

/**
 * Whether the text of [start, end) starts with `word` (lower-case ASCII), in any case: compared by character
 * code (this runs for every antibody mention; a slice and its lower-case copy were two strings each time).
 */
function startsWithLower(text: string, start: number, end: number, word: string): boolean {
  if (end - start < word.length) return false;
  for (let i = 0; i < word.length; i++) {
    const c = text.charCodeAt(start + i);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== word.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * A target named only by its tissue ("smooth muscle") outside an antibody list: "smooth muscle actin" and
 * "smooth muscle cells" are no antibody. It is the antibody only with an antibody word or another antibody
 * within four tokens before it ("negative antibody testing to smooth muscle, liver-kidney microsomal, …").
 */
function bareTissue(doc: Doc, s: DocSentence, m: Mention): boolean {
  if (!startsWithLower(doc.text, m.start, m.end, 'smooth')) return false;
  for (let k = m.tokenStart - 1; k >= Math.max(0, m.tokenStart - 4); k--) {
    const t = s.tokens[k]!;
    if (/^(?:anti|antibod|autoantibod)/.test(t.norm)) return false;
    if (s.mentions.some((o) => o !== m && o.concept.kind === 'antibody' && o.tokenEnd === k + 1))
      return false;
  }
  return true;
}

/** The index of the "]" closing a citation ("[2]", "[3, 4]", "[5-7]") opening at token `k`, if any. */
function citationEnd(s: DocSentence, k: number): number | undefined {
  if (s.tokens[k]?.norm !== '[') return undefined;
  for (let j = k + 1; j < s.tokens.length && j - k <= 8; j++) {
    const t = s.tokens[j]!;
    if (t.norm === ']') return j > k + 1 ? j : undefined;
    if (t.kind !== 'number' && t.norm !== ',' && t.norm !== '-' && t.norm !== '–') return undefined;
  }
  return undefined;
}

/**
 * The ")" closing a gloss right after an antibody's name ("anti-HMGCR (3-hydroxy-3-methylglutaryl-coenzyme A
 * reductase) was positive"): a bracket of up to 16 tokens without a result word, a titre or a clause break.
 */
function glossEnd(s: DocSentence, k: number): number | undefined {
  // ("Jo-1 (3+)": a grade, no gloss)
  if (s.tokens[k]?.norm !== '(' || numberGrade(s, k + 1)) return undefined;
  for (let j = k + 1; j < s.tokens.length && j - k <= 16; j++) {
    const t = s.tokens[j]!;
    if (t.norm === ')') return j > k + 1 ? j : undefined;
    if (t.norm === ';' || t.norm === '.' || t.norm === ':' || resultAt(s, j)) return undefined;
  }
  return undefined;
}

/** Drug classes and other words that follow "anti-" without naming an antibody. */
const NOT_ANTIBODY_AFTER = new Set([
  'therapy',
  'therapies',
  'treatment',
  'agent',
  'agents',
  'drug',
  'drugs',
  'medication',
  'medications',
  'inhibitor',
  'inhibitors',
  'blockade',
  'monoclonal',
]);

/** "anti-XYZ" with a result beside it whose XYZ the lexicon does not know: reported, never dropped. */
function unplaced(doc: Doc, s: DocSentence, covered: (i: number) => boolean, out: UnplacedAntibody[]): void {
  const t = s.tokens;
  for (let i = 0; i < t.length - 2; i++) {
    if (t[i]!.norm !== 'anti' || t[i + 1]!.norm !== '-' || covered(i) || covered(i + 2)) continue;
    const name = t[i + 2]!;
    const raw = doc.text.slice(name.start, name.end);
    // antibody names carry a capital or a digit ("anti-Zo", "anti-FHL1"); "anti-inflammatory" does not
    if (raw === raw.toLowerCase() && name.kind !== 'number') continue;
    let end = i + 3;
    while (
      end < t.length &&
      (t[end]!.kind === 'number' || t[end]!.norm === '-' || t[end]!.norm === '/') &&
      end - i < 6
    )
      end++;
    if (t.slice(end, end + 2).some((x) => NOT_ANTIBODY_AFTER.has(x.norm))) continue;
    let result = false;
    for (let k = end; k < Math.min(t.length, end + 5); k++) if (resultAt(s, k)) result = true;
    for (let k = Math.max(0, i - 3); k < i; k++) if (resultAt(s, k, 'left')) result = true;
    if (!result) continue;
    const last = t[end - 1]!;
    out.push({ start: t[i]!.start, end: last.end, text: doc.text.slice(t[i]!.start, last.end) });
  }
}

/** Names before an antibody noun that are no antibody's target: the immunoglobulin classes. */
const IMMUNOGLOBULIN_CLASSES: ReadonlySet<string> = new Set(['igg', 'igm', 'iga', 'ige', 'igg4', 'igg1']);

/**
 * "XYZ-Ab" or "XYZ antibodies" whose XYZ the lexicon does not know, in a sentence that states a result: reported,
 * never dropped ("several antibodies (titin-Ab, ZX9-Ab, striational (STR)-Ab) were found", session 43: the
 * unknown names went without a warning, which only "anti-XYZ" had). The name is one abbreviation or a word with a
 * digit, written just before the noun or in brackets just before it.
 */
function unplacedBeforeNoun(
  doc: Doc,
  s: DocSentence,
  covered: (i: number) => boolean,
  out: UnplacedAntibody[],
): void {
  const t = s.tokens;
  let stated: boolean | undefined;
  for (let k = 1; k < t.length; k++) {
    if (!ANTIBODY_NOUNS.has(t[k]!.norm) || covered(k)) continue;
    let n = t[k - 1]!.norm === '-' ? k - 2 : k - 1;
    // "striational (STR)-Ab": the abbreviation in its brackets
    const bracketed = t[n]?.norm === ')' && t[n - 2]?.norm === '(';
    if (bracketed) n--;
    if (n < 0 || t[n]!.kind === 'punct') continue;
    // the name's words written together ("M7", "FHL1": a letter token and a number token)
    let first = n;
    while (first > 0 && t[first - 1]!.end === t[first]!.start && t[first - 1]!.kind !== 'punct') first--;
    if (t.slice(first, n + 1).some((_, j) => covered(first + j))) continue;
    if (t[first - 1]?.norm === '-' && t[first - 2]?.norm === 'anti') continue;
    const raw = doc.text.slice(t[first]!.start, t[n]!.end);
    if (IMMUNOGLOBULIN_CLASSES.has(raw.toLowerCase())) continue;
    // an abbreviation or a name with a digit ("M7", "FHL1", "SMA"), not a word capitalised by its place ("Peptide
    // antibodies", "Autoimmune Antibodies") nor a roman numeral ("polymerase III Antibody")
    if (!/^[A-Za-z0-9]+$/.test(raw) || !/[A-Za-z]/.test(raw) || /^[IVX]+$/.test(raw)) continue;
    // … or a capitalised name inside a sentence that is not in title case ("tests for Salmonella antibodies",
    // session 45: an infectious agent the table does not know was dropped without a word)
    if (
      !/\d/.test(raw) &&
      !/[A-Z].*[A-Z]/.test(raw) &&
      !(properNameInside(doc, s, first) && /^[A-Z][a-z]{3,}$/.test(raw))
    )
      continue;
    stated ??= t.some((_, j) => resultAt(s, j) !== undefined || resultAt(s, j, 'left') !== undefined);
    if (!stated) return;
    const end = bracketed ? t[n]!.end : t[k]!.end;
    out.push({ start: t[first]!.start, end, text: doc.text.slice(t[first]!.start, end) });
  }
}

/**
 * Whether the word at `k` is capitalised inside its sentence for a name of its own: not the sentence's first word
 * nor one after a colon, a bracket or a bullet, in a sentence most of whose words are in lower case (a title in title
 * case capitalises every word).
 */
function properNameInside(doc: Doc, s: DocSentence, k: number): boolean {
  if (k === 0 || s.tokens[k - 1]!.kind === 'punct') return false;
  let words = 0;
  let capitalised = 0;
  for (const t of s.tokens) {
    if (t.kind !== 'word' || t.end - t.start < 4) continue;
    words++;
    const c = doc.text.charCodeAt(t.start);
    if (c >= 65 && c <= 90) capitalised++;
  }
  return capitalised * 2 < words;
}

/** Myositis names a "seronegative" may qualify ("seronegative inflammatory myositis"). */
const MYOSITIS_WORDS = new Set([
  'myositis',
  'dermatomyositis',
  'polymyositis',
  'myopathy',
  'iim',
  'dm',
  'pm',
  'imnm',
  'nam',
]);

/**
 * "Seronegative (inflammatory) myositis", "seronegative dermatomyositis" with no antibody named after it: the
 * myositis antibodies were tested and negative — a negative panel, never a negative per antibody.
 */
function seronegativeMyositis(
  doc: Doc,
  s: DocSentence,
  mentions: readonly Mention[],
  byTarget: Map<string, ExtractedAntibody>,
): void {
  const t = s.tokens;
  // … or "antibody-negative necrotising myopathy" (session 31: lost), unless an antibody is named before the noun
  // ("anti-SRP antibody-negative" is that antibody's result)
  const i = t.findIndex(
    (x, k) =>
      x.norm === 'seronegative' ||
      (x.norm === 'negative' &&
        (HEAD_NOUNS.has(t[k - 1]?.norm ?? '') ||
          (t[k - 1]?.norm === '-' && HEAD_NOUNS.has(t[k - 2]?.norm ?? ''))) &&
        !mentions.some((m) => m.tokenEnd >= k - 3 && m.tokenEnd <= k)),
  );
  if (i < 0 || byTarget.has(PANEL)) return;
  const myositis = t.slice(i + 1, i + 4).some((x) => MYOSITIS_WORDS.has(x.norm));
  if (!myositis || mentions.some((m) => m.tokenStart > i && m.tokenStart - i <= 4)) return;
  const a = s.assert(i, i + 1);
  if (a.negated || a.experiencer === 'other' || a.temporality === 'hypothetical') return;
  byTarget.set(PANEL, {
    target: PANEL,
    result: 'negative',
    panel: true,
    evidence: [
      evidence(doc.text, [t[i]!], 'antibodies', { code: 'antibody-result', params: { result: 'negative' } }),
    ],
  });
}
const PANEL = 'myositis antibody panel';

/** Words that open a list announced by the clause before them ("…were unremarkable: A, B", "…, including A"). */
const LIST_ANCHOR = new Set([':', 'including', 'include', 'includes', 'namely']);

/** Whether "following" is among tokens `from` … `to` − 1 (read in place: this runs for every token before a colon). */
function followingBetween(t: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (t[k]!.norm === 'following') return true;
  return false;
}

/**
 * A normal result stated before a list and applying to its members: "the following tests were unremarkable:
 * …", "were found to be within reference range, including …". Only a negative (normal) result is announced
 * this way; the anchor is the colon or "including" that opens the list.
 */
function announcedResult(
  s: DocSentence,
): { anchor: number; result: NonNullable<ReturnType<typeof resultAt>> } | undefined {
  const t = s.tokens;
  for (let a = 0; a < t.length; a++) {
    if (!LIST_ANCHOR.has(t[a]!.norm)) continue;
    for (let k = a - 1; k >= Math.max(0, a - 6); k--) {
      if (t[k]!.norm === '.' || t[k]!.norm === ';') break;
      const r = resultAt(s, k) ?? resultAt(s, k, 'left');
      if (!r) continue;
      // "were unremarkable: …"; a positive only when it heads "the following" ("an elevation of the following: …")
      if ((r.result === 'negative' || followingBetween(t, k + 1, a)) && !s.assert(k, k + 1).negated)
        return { anchor: a, result: { ...r, idx: k } };
      break;
    }
  }
  return undefined;
}

/**
 * Extracts antibody results from the case sections, and the "anti-X" results it cannot place.
 * @param doc - the analysed document
 */
export function extractAntibodies(doc: Doc): {
  antibodies: ExtractedAntibody[];
  unplaced: UnplacedAntibody[];
  serologies: InfectionSerology[];
} {
  const byTarget = new Map<string, ExtractedAntibody>();
  const unknown: UnplacedAntibody[] = [];
  for (const s of doc.sentences) {
    if (!isCaseSentence(s) || notAStatement(s) || countedCases(s)) continue;
    const all = s.mentions.filter(
      (m) =>
        m.concept.kind === 'antibody' &&
        !bareTissue(doc, s, m) &&
        !unlikeAside(s, m) &&
        // "Mi-1" is read only as "anti-Mi-1" ("an MI 1 year ago" is no antibody)
        (m.concept.value !== 'Mi-1' || antiBefore(s, m)) &&
        // "anti-Jo antibodies were negative": "Jo" without its "-1" only after "anti" (a name otherwise)
        (m.concept.value !== 'Jo-1' || !writtenAs(doc, m, 'jo') || antiBefore(s, m)) &&
        // "CMV-DNA copy number was increased" (session 24: read as anti-dsDNA): a virus's DNA is no antibody
        (m.concept.value !== 'dsDNA' || !writtenAs(doc, m, 'dna') || !viralDna(s, m)) &&
        // "EJ and KS antibodies" (session 25): a bare short synthetase name only after "anti" or in a list after
        // another antibody
        (!BARE_SYNTHETASES.has(m.concept.value) ||
          !writtenAs(doc, m, m.concept.value.toLowerCase()) ||
          antiBefore(s, m) ||
          listMemberAfterAntibody(s, m)) &&
        // "antibodies to dsDNA, Sm, Ro and La" (session 34: only dsDNA read): the lupus and Sjögren antigens
        // written bare, read as "KS" or "Hu" are
        (BARE_ANTIGENS.get(m.concept.value) === undefined ||
          !writtenAs(doc, m, BARE_ANTIGENS.get(m.concept.value)!) ||
          antiBefore(s, m) ||
          listMemberAfterAntibody(s, m)) &&
        // "TC-18 Ku/ml" (session 25: read as anti-Ku positive): a thousand per millilitre after a count, a unit
        (m.concept.value !== 'Ku' || !kiloUnit(s, m)) &&
        // "striated muscle necrosis" is tissue: the antibody needs "anti" or an antibody noun
        (m.concept.value !== 'striated muscle' || antibodyWorded(s, m)) &&
        // "antisynthetase antibody syndrome", "anti-tRNA synthetase syndrome": the disease, not a result
        !(m.concept.value === 'antisynthetase antibodies' && s.tokens[m.tokenEnd]?.norm === 'syndrome') &&
        // "ANA 1:1280 in a centromere pattern; AMA negative" (session 33: read as a negative
        // anti-centromere): the staining pattern of the ANA, no test of its own
        !(m.concept.value === 'centromere' && PATTERN_WORDS.has(s.tokens[m.tokenEnd]?.norm ?? '')) &&
        // "p-ANCA positive (PR3 and MPO not checked)" (session 33: PR3 read as a positive c-ANCA): not tested
        !notTested(s, m) &&
        // an infectious agent named as a disease or measured by another test than its antibodies
        (!INFECTION_SEROLOGY_TARGETS.has(m.concept.value) || serologyOf(s, m)),
    );
    // "TIF1γ autoantibodies": the group word is the head noun of the antibody before it, not a panel.
    const mentions = all.filter(
      (m, i) =>
        !(
          m.concept.attrs?.panel &&
          i > 0 &&
          m.tokenStart - all[i - 1]!.tokenEnd <= 1 &&
          // "anti-nuclear antibodies, myositis antibody panel", "positive ANA and myositis panel": a comma or a
          // conjunction separates two members
          !MEMBER_SEPARATORS.has(s.tokens[all[i - 1]!.tokenEnd]?.norm ?? '') &&
          !all[i - 1]!.concept.attrs?.panel
        ) &&
        // "autoantibodies to AChR and MuSK were negative" (session 26: a negative screen besides the two): the group
        // word before "to" / "against" and a named antibody is the head noun of what it names
        !(m.concept.attrs?.panel && namesNextMember(s, m, all[i + 1])) &&
        // "the anti-synthetase antibody of PL-7 type was negative" (session 38: a negative group besides PL-7): the
        // group is the head of the one antibody named after "of"
        !(m.concept.attrs?.panel && typedByNext(s, m, all[i + 1])),
    );
    // an expanded name whose abbreviation follows in brackets is placed by that abbreviation
    const expansions: [number, number][] = [];
    for (const m of all) {
      const e = expansionStart(s, m);
      if (e !== undefined) expansions.push([e, m.tokenStart]);
    }
    // one walk over the tokens for the two readers below: an unknown antibody needs "anti" and "-", a seronegative
    // myopathy "seronegative" or "negative" (each reader finds nothing in a sentence without its words)
    let anti = false;
    let negative = false;
    let suffixed = false;
    for (let i = 0; i < s.tokens.length; i++) {
      const w = s.tokens[i]!.norm;
      if (w === 'anti') anti ||= i < s.tokens.length - 2 && s.tokens[i + 1]!.norm === '-';
      else if (w === 'negative' || w === 'seronegative') negative = true;
      else if (ANTIBODY_NOUNS.has(w)) suffixed = true;
    }
    const placed = (i: number) => coversToken(all, i) || expansions.some(([a, b]) => i >= a && i < b);
    if (anti) unplaced(doc, s, placed, unknown);
    if (suffixed) unplacedBeforeNoun(doc, s, placed, unknown);
    if (negative) seronegativeMyositis(doc, s, all, byTarget);
    if (!mentions.length) continue;
    const others = s.mentions.filter(
      (m) => m.concept.kind === 'lab' || m.concept.kind === 'finding' || m.concept.kind === 'histology',
    );
    // a group word that is the head noun of the antibody before it ("anti-Ri paraneoplastic antibodies were
    // found") belongs to that antibody: it does not end the search for its result
    const facts = mentions.length === all.length ? all : all.filter((m) => mentions.includes(m));
    const otherFactAt = (k: number) => coversToken(others, k) || startsAt(facts, k) || organTestsAt(s, k);
    const unresolved: Mention[][] = [];
    const recorded: Recorded[] = [];
    const inner = new Map<Mention, ReturnType<typeof titreAt>>();
    let lastFound: ReturnType<typeof resultAt>;
    const announced = announcedResult(s);
    // "…revealed myositis-specific antibodies: anti-Mi-2 and anti-EJ": a group word heading a colon-opened list
    // of its members; the members carry the group's result and the group is not reported as a group alone
    let heading:
      { last: Mention; found: NonNullable<ReturnType<typeof resultAt>>; recs: Recorded[] } | undefined;
    const headed: Recorded[] = [];
    // "ANA+, ANCA-, RF+", "anti-Jo-1+; anti-Ro52-" (session 30: the list shared one sign, so "ANCA-" was read
    // positive): a sign glued right after a name, before a separator, is that antibody's own result
    for (const m of mentions) {
      const sign =
        gluedSign(s, m) ?? slashResult(s, m, mentions) ?? levelsUnderSharedCutoff(s).get(m) ?? undefined;
      if (sign)
        recorded.push(
          ...record(
            doc,
            s,
            [m],
            { result: sign, idx: m.tokenEnd, weak: false },
            undefined,
            byTarget,
            inner,
            true,
          ),
        );
    }
    for (const group of lists(s, mentions, inner, doc.text)) {
      const first = group[0]!;
      const last = group[group.length - 1]!;
      let found: ReturnType<typeof resultAt>;
      let titre: { text: string; start: number; end: number } | undefined;
      let shared = false;
      let loose = 0;
      // other tests coordinated after the list ("…, a genetic panel and tests for X were negative"), and a word
      // that opens a clause of its own among them
      let otherTests = false;
      let clause = false;
      // a "with" passed on the right of the list (the facts after it are its companions, not its result)
      let withAfter = false;
      // "positivity for anti-TIF1γ and anti-Ro-52 and was negative for the remaining antigens": a result word
      // with "for" just left of the list is its result, whatever follows
      // "positive anti-Polymyositis-Scleromyositis (PM-Scl) antibodies": the list starts at the expanded name
      const from = expansionStart(s, first) ?? first.tokenStart;
      const left = leftResult(s, from);
      // ("positive for anti-Jo-1, the ANA was negative", session 38: ANA read positive): not across a comma to a
      // member with a result of its own
      // ("She tested positive for anti-NXP2, with ANA negative", session 41: ANA read positive): nor across another
      // antibody's name to a member whose result word follows its own name
      if (
        left &&
        ['for', 'against', 'to'].includes(s.tokens[left.idx + 1]?.norm ?? '') &&
        !(
          (ownStatedResult(s, first) || ownResultAfter(s, last)) &&
          s.tokens.slice(left.idx, from).some((x) => x.norm === ',')
        )
      )
        found = left;
      // "positive for ANA, but also anticentromere antibodies, and negative for …" (session 26: read negative): a
      // list after "but also" shares the result of the clause before
      if (!found) found = butAlsoResult(s, from);
      // "the panel returned positive findings of anti-PL-7" (session 24: only the panel was read)
      if (
        left &&
        !found &&
        ['finding', 'findings', 'result', 'results'].includes(s.tokens[left.idx + 1]?.norm ?? '') &&
        ['of', 'for'].includes(s.tokens[left.idx + 2]?.norm ?? '')
      )
        found = left;
      // "Labs: ESR 80; +ANA; +RF", "-Jo-1" (session 24): a sign glued before the name of an item is its result
      if (!found && group.length === 1) found = signBefore(s, withAnti(s, from));
      // Right of the list.
      for (
        let k = last.tokenEnd, n = 0;
        !found && k < s.tokens.length && n < (otherTests && !clause ? 24 : 12);
        k++, n++
      ) {
        const t = s.tokens[k]!;
        const o = t.norm === '(' ? 1 : 0;
        // "1:640", "1/640", and the British "1 in 640"
        const inTitre = s.tokens[k + o + 1]?.norm === 'in' && Number(s.tokens[k + o + 2]?.norm) >= 20;
        if (
          s.tokens[k + o]?.kind === 'number' &&
          (s.tokens[k + o + 1]?.norm === ':' || slashTitre(s, k + o) || inTitre) &&
          s.tokens[k + o + 2]?.kind === 'number' &&
          s.tokens[k + o]!.norm === '1'
        ) {
          const next = {
            text:
              slashTitre(s, k + o) || inTitre
                ? `1:${s.tokens[k + o + 2]!.norm}`
                : doc.text.slice(s.tokens[k + o]!.start, s.tokens[k + o + 2]!.end),
            start: s.tokens[k + o]!.start,
            end: s.tokens[k + o + 2]!.end,
          };
          const below = s.tokens[k + o - 1]?.norm;
          // "ANA 1:2560 (normal <1:80)" (session 29: read negative): "<" a dilution after a titre is the
          // reference of that titre; the titre at or above it is positive, under it negative
          if ((below === '<' || below === '≤') && titre) {
            const v = titreValue(titre.text);
            const limit = titreValue(next.text);
            const positive = below === '<' ? v >= limit : v > limit;
            found = { result: positive ? 'positive' : 'negative', idx: k + o + 2, weak: false };
            break;
          }
          // "ANA 1:320 (speckled), falling to 1:80 after treatment": the highest titre stated is the result's
          // (a positive test counts), a later lower one does not undo it
          if (!titre || titreValue(next.text) > titreValue(titre.text)) titre = next;
          // "ANA 1:160 speckled, SMA negative" (session 33: read negative): a staining pattern right after the
          // ANA's titre is reported only for a positive ANA
          // ("ANA 1:80, homogeneous", session 38: read equivocal): across a comma too, when the pattern ends its
          // clause (not "…, centromere negative", a test of its own)
          const pat = s.tokens[k + o + 3]?.norm === ',' ? k + o + 4 : k + o + 3;
          if (
            first.concept.value === 'ANA' &&
            STAINING.has(s.tokens[pat]?.norm ?? '') &&
            (pat === k + o + 3 || patternEndsClause(s, pat + 1))
          ) {
            found = { result: 'positive', idx: k + o + 3, weak: false };
            break;
          }
          // "ANA < 1:80", "(<1:40)": below the first dilution is a negative test
          if (below === '<' || below === '≤') {
            found = { result: 'negative', idx: k + o + 2, weak: false };
            break;
          }
          k += o + 3;
          continue;
        }
        // "…; anti-NXP2, however, was present" (session 33: lost): "however" between commas is an aside
        if (t.norm === ',' && s.tokens[k + 1]?.norm === 'however' && s.tokens[k + 2]?.norm === ',') {
          k += 2;
          continue;
        }
        // "Anti-Ro52 (intensity 45; cut-off 15)"
        const level = bracketLevel(s, k);
        if (level) {
          found = level;
          break;
        }
        // "anti-TIF1γ antibody, which is associated with malignancy, was positive": a relative clause between
        // commas is an aside (the facts named in it do not end the search)
        if (t.norm === ',' && (s.tokens[k + 1]?.norm === 'which' || s.tokens[k + 1]?.norm === 'that')) {
          let close = k + 2;
          while (close < s.tokens.length && close - k <= 14 && !HARD_STOP.has(s.tokens[close]!.norm)) {
            if (s.tokens[close]!.norm === ',') break;
            close++;
          }
          // "anti-MDA5, which was negative, …": a clause that is only a verb and a result word states the result
          // (an adverb of degree may stand between: "which was strongly positive")
          const verb = s.tokens[k + 2]?.norm ?? '';
          let w = k + 3;
          while (DEGREE.has(s.tokens[w]?.norm ?? '')) w++;
          const said = ['was', 'were', 'is', 'are'].includes(verb) ? resultAt(s, w) : undefined;
          if (said && said.idx === close - 1) {
            found = said;
            break;
          }
          if (s.tokens[close]?.norm === ',') {
            k = close;
            continue;
          }
        }
        // "Anti-TIF1-γ antibody, measured in serum stored at the first visit to our hospital, was positive" (session
        // 25: the antibody lost): an aside of how the sample was taken, between commas
        if (t.norm === ',' && SAMPLING_PARTICIPLES.has(s.tokens[k + 1]?.norm ?? '')) {
          let close = k + 2;
          while (close < s.tokens.length && close - k <= 16 && !HARD_STOP.has(s.tokens[close]!.norm)) {
            if (s.tokens[close]!.norm === ',') break;
            close++;
          }
          if (s.tokens[close]?.norm === ',') {
            k = close;
            continue;
          }
        }
        // "anti-HMGCR (3-hydroxy-3-methylglutaryl-coenzyme A reductase) was positive": a gloss of the name
        const gloss = n === 0 ? glossEnd(s, k) : undefined;
        if (gloss !== undefined) {
          k = gloss;
          n--;
          continue;
        }
        // "titer: 320", "titre of 640" written without "1:"
        if ((t.norm === 'titer' || t.norm === 'titre') && !titre) {
          const j = s.tokens[k + 1]?.norm === ':' || s.tokens[k + 1]?.norm === 'of' ? k + 2 : k + 1;
          const v = s.tokens[j];
          if (v?.kind === 'number' && Number(v.norm) >= 20 && Number(v.norm) <= 100000) {
            // "anti-Ku titre 96 U/mL (< 20)", "TIF1γ Ab titre 96 (< 32)" (session 40: read as a low dilution,
            // equivocal): a number with its unit or cut-off is an assay's level, no dilution
            // (not against a dilution: "ANA titre 40 (normal < 1:80)")
            const dilutionCutoff = s.tokens
              .slice(j + 1, j + 8)
              .some((x, n, w) => x.norm === '1' && (w[n + 1]?.norm === ':' || w[n + 1]?.norm === '/'));
            const level = dilutionCutoff ? undefined : levelResult(s, j);
            if (level) {
              found = level;
              break;
            }
            titre = { text: `1:${v.norm}`, start: t.start, end: v.end };
            k = j;
            continue;
          }
        }
        // "Anti-SAE ........ negative", "Anti-TIF1γ ... positive" (session 40: lost): the leader dots of a
        // pasted report between a name and its result (a run of stops, never one stop)
        if (t.norm === '.' && (s.tokens[k + 1]?.norm === '.' || s.tokens[k - 1]?.norm === '.')) {
          n--;
          continue;
        }
        // "…; all of which were normal", "were both positive": one result for the lists before it
        if (t.norm === 'both' || t.norm === 'all') shared = true;
        if (
          (t.norm === ';' || t.norm === 'all' || t.norm === 'of' || t.norm === 'which') &&
          s.tokens[k + 1] &&
          ['all', 'of', 'which', 'were', 'are'].includes(s.tokens[k + 1]!.norm)
        ) {
          n--;
          continue;
        }
        // "ANA 1:640 (negative < 1:80)" (session 33: read negative): a result word before a comparator labels the
        // reference, which the titre after it settles
        if (
          (NEGATIVE.has(t.norm) || POSITIVE.has(t.norm)) &&
          ['<', '>', '≤', '≥'].includes(s.tokens[k + 1]?.norm ?? '') &&
          s.tokens[k + 2]?.kind === 'number'
        )
          continue;
        // A result word right before another fact's name (a lab, a finding, another antibody) is that fact's own,
        // so not the list's, and the list's result is not further right (session 41): in a "with" phrase after the
        // list ("positive antibodies against HMGCR with a normal TSH and negative ANA": HMGCR read negative), or
        // opening the next item after "and", "or" or a comma, across an article or a degree adverb, where the name
        // may start past its "anti-" ("a positive anti-PL-7 and normal TSH", "Negative anti-Jo-1, high LDH and …").
        // The second holds only where the list's own result is stated elsewhere: a result word or a verb of finding
        // before it ("revealed anti-NXP2, anti-PL-7 and a normal CK"), or a shared verb of noting that closes the
        // sentence ("Anti-HMGCR antibodies, normal CK and negative ANA were noted"); a list with none of these may
        // take the word after its comma (session 42: a count-only bisection found one test-half antibody lost to the
        // rule unbounded)
        if (k > last.tokenEnd) {
          const opens =
            opensNextItem(s, k) &&
            (left !== undefined || foundBefore(s, withAnti(s, from)) || notedLater(s, k));
          if (
            (withAfter || opens) &&
            (otherFactAt(k + 1) || (opens && otherFactAt(pastAnti(s, k + 1)))) &&
            resultAt(s, k)
          )
            break;
        }
        if (t.norm === 'with') withAfter = true;
        found = resultAt(s, k);
        if (found) break;
        // "ANA showed a speckled pattern at 1/2500": a staining pattern is reported only for a positive ANA
        if (first.concept.value === 'ANA' && stainingPattern(s, k)) {
          found = { result: 'positive', idx: k + 1, weak: false };
          break;
        }
        // "Ro52 +", "TIF1γ+", "HMGCR: +": a plus sign right after the name (or its colon); "Jo-1 −,", "SRP: −;": a
        // minus sign standing alone there
        // ("Anti-TIF1γ Ab+": the head noun may stand between)
        const graded = s.tokens.slice(last.tokenEnd, k).every(
          (x, j, all) =>
            HEAD_NOUNS.has(x.norm) ||
            // (session 40: "SAE-Ab +", the noun glued with a hyphen)
            gluedHeadNoun(s, last.tokenEnd + j) ||
            ((x.norm === ':' || x.norm === '|') && j === all.length - 1),
        );
        if (graded && t.norm === '+') {
          found = { result: 'positive', idx: k, weak: false };
          break;
        }
        if (graded && minusGrade(s, k)) {
          found = { result: 'negative', idx: k, weak: false };
          break;
        }
        // "seronegative (Jo-1, MDA5, TIF1-γ) dermatomyositis", "MSA-negative (Jo-1, PL-7) polymyositis" (session 35:
        // every member read positive): the members a seronegative disease names in brackets are negative
        if (
          n === 0 &&
          s.tokens[from - 1]?.norm === '(' &&
          (s.tokens[from - 2]?.norm === 'seronegative' || s.tokens[from - 2]?.norm === 'negative') &&
          diseaseNamedBy(s, k, doc.text)
        ) {
          found = { result: 'negative', idx: from - 2, weak: false };
          break;
        }
        // "anti-MDA5 dermatomyositis", "anti-TIF1γ-associated DM", "anti-HMGCR myopathy": the disease named by
        // its antibody states the antibody is present
        if (
          n === 0 &&
          diseaseNamedBy(s, k, doc.text) &&
          !diseaseAsSubject(s, from, k) &&
          // "mean CK in anti-SRP myopathy exceeds …": a figure of a group with the disease
          !s.tokens.slice(0, from).some((x) => GROUP_FIGURE.has(x.norm)) &&
          !consideredDisease(s, from, k)
        ) {
          found = { result: 'positive', idx: k, weak: false };
          break;
        }
        // "3+", "2+" on a blot: a graded band
        if (
          t.kind === 'number' &&
          s.tokens[k + 1]?.norm === '+' &&
          Number(t.norm) >= 1 &&
          Number(t.norm) <= 4
        ) {
          found = { result: 'positive', idx: k + 1, weak: t.norm === '1' };
          break;
        }
        if (t.kind === 'number') {
          found = levelResult(s, k) ?? highFlag(s, k, doc.text);
          if (found) break;
        }
        // a short qualifier may sit between the list and its result ("… and other antibodies suggestive
        // of autoimmune disorders were not detected"), but not a clause break or another fact
        // "rheumatoid factor, antinuclear antibodies, creatine phosphokinase, cortisol and aldolase levels were
        // normal": a lab named as the next item of the same list shares the list's result word
        const labItem =
          jointBefore(s, k) && others.find((m) => m.tokenStart === k && m.concept.kind === 'lab');
        if (labItem) {
          k = labItem.tokenEnd - 1;
          n--;
          continue;
        }
        // "anti-HBV, anti-HIV, thyroid function and potassium were normal" (session 45): an organ's tests named as
        // the next item of the list share its result as a lab does
        if (jointBefore(s, k) && organTestsAt(s, k)) {
          k++;
          n--;
          continue;
        }
        // "the anti-HMGCR titre had fallen to 40 U but remained positive": the result of a level that changed
        if (
          t.norm === 'but' &&
          ['remained', 'remains', 'still', 'stayed'].includes(s.tokens[k + 1]?.norm ?? '')
        )
          continue;
        // "measured by chemiluminescence: 210 CU (positive > 20)": a level with its cut-off after a colon
        if (t.norm === ':' && s.tokens[k + 1]?.kind === 'number') {
          found = levelResult(s, k + 1);
          if (found) break;
        }
        // "(index 78; cut-off 32)": a semicolon inside a bracket after the name separates the bracket's items
        // "…, a genetic myopathy panel and …": a disease that names a further test is that test's, no other fact
        const namesTest = others.find(
          (m) => m.tokenStart === k && OTHER_TESTS.has(s.tokens[m.tokenEnd]?.norm ?? ''),
        );
        if (namesTest) {
          otherTests = true;
          loose++;
          k = namesTest.tokenEnd - 1;
          continue;
        }
        const bracketed = t.norm === ';' && bracketDepth(s, last.tokenEnd, k) > 0;
        if ((HARD_STOP.has(t.norm) && !(t.norm === ':' && loose === 0) && !bracketed) || otherFactAt(k))
          break;
        if (!SKIP_RIGHT.has(t.norm) && t.norm !== '-' && t.norm !== ')' && t.norm !== '(') loose++;
        if (OTHER_TESTS.has(t.norm)) otherTests = true;
        // "Neither anti-Jo-1 nor any further antibody hinting at a systemic disorder was detected" (session 38:
        // lost): the group after "nor" of a list opened by "neither" reaches the shared verb from further away
        if (t.norm === 'nor' && s.tokens[withAnti(s, from) - 1]?.norm === 'neither') otherTests = true;
        if (LIST_CLAUSE.has(t.norm)) clause = true;
        // "anti-Jo-1, PL-7 and SRP, a genetic myopathy panel and tests for two dystrophies were negative" (session 26:
        // the antibodies lost): further tests coordinated after the list reach its result from further away
        if (loose > (otherTests && !clause ? 16 : 6)) break;
      }
      // "Anti-Jo-1 was negative, but anti-NXP2 was.", "…, and so was anti-Ro52" (session 33: lost): an elided result
      if (!found) found = ellipticalResult(s, from, last.tokenEnd);
      // "She had anti-Jo-1 antibodies and CK was normal" (session 21: read negative): the object of a verb of
      // possession is positive; a result word after "and" or "but" and a verb of its own belongs to the next
      // clause, when that clause has a subject of its own (not "… checked and they were negative", nor
      // "… antibodies, both negative")
      if (found && found.idx > last.tokenEnd) {
        const between = s.tokens.slice(last.tokenEnd, found.idx).map((t) => t.norm);
        const joint = between.findIndex((w) => w === 'and' || w === 'but');
        if (
          joint >= 0 &&
          !BACK_REFERENCE.has(between[joint + 1] ?? '') &&
          !(between[joint + 1] === 'the' && TEST_NOUNS.has(between[joint + 2] ?? '')) &&
          between.slice(joint).some((w) => CLAUSE_VERBS.has(w)) &&
          !between.slice(0, joint).some((w) => TEST_AFTER.has(w) || DONE.has(w))
        ) {
          let k = first.tokenStart - 1;
          while (k >= 0 && (s.tokens[k]!.norm === 'anti' || s.tokens[k]!.norm === '-')) k--;
          // ("She had anti-Jo-1 and CK was normal": the verb right before the name, without an antibody noun)
          const owned =
            possessed(s, first.tokenStart, last.tokenEnd) ??
            (POSSESS.has(s.tokens[k]?.norm ?? '') && s.tokens[k]!.norm !== 'with'
              ? possession(s, k)
              : undefined);
          if (owned?.result === 'positive') found = owned;
        }
      }
      // "A positive anti-NXP2 with negative anti-TIF1-γ was found" (session 33: TIF1-γ read positive): a result
      // adjective right before the name binds it over a verb of finding after it
      // ("Negative antibodies against HMGCR were found", "Negative anti-SRP and aldolase of 22 U/L were documented",
      // session 41: read positive): across the antibody noun and its link, and a participle of recording after a
      // copula
      if (
        found &&
        left &&
        found.idx >= last.tokenEnd &&
        (POSITIVE.has(s.tokens[left.idx]!.norm) || NEGATIVE.has(s.tokens[left.idx]!.norm)) &&
        s.tokens
          .slice(left.idx + 1, nounBefore(s, from) ?? from)
          .every((x) => x.norm === 'anti' || x.norm === '-') &&
        (NOTED.has(s.tokens[found.idx]!.norm) ||
          (RECORDED.has(s.tokens[found.idx]!.norm) && COPULA_WORDS.has(s.tokens[found.idx - 1]?.norm ?? '')))
      )
        found = left;
      // "Apart from anti-Ro52, all antibodies were negative": the excepted member has the opposite of the result
      // stated for the rest after it, or the result stated inside the exception ("except for a positive …")
      // "Positivity for anti-Jo-1 was not found" (session 33: read positive): the noun of the result before the
      // name, denied after it
      if (
        found?.result === 'positive' &&
        found.idx < from &&
        POSITIVITY_NOUNS.has(s.tokens[found.idx]?.norm ?? '') &&
        deniedAfter(s, last.tokenEnd)
      )
        found = { ...found, result: 'negative' };
      const exception = exceptionBefore(s, from);
      // ("Other than anti-PL-7, the myositis-specific antibodies were negative": the rest's result past their name)
      if (exception && !exception.stated && !found) found = restResultAfter(s, last.tokenEnd);
      // "Apart from anti-SRP, which was positive, all …", "Except for anti-PL-12 (++), the blot was negative"
      // (session 35: read negative): the excepted antibody's own result, stated right after its name, stands
      const bracket = exception && found ? ownResultInBracket(s, last.tokenEnd) : undefined;
      if (exception?.stated) found = exception.stated;
      else if (bracket) found = bracket;
      else if (
        exception &&
        found &&
        found.idx >= last.tokenEnd &&
        found.result !== 'equivocal' &&
        !ownResultInRelative(s, last.tokenEnd, found)
      )
        found = { ...found, result: opposite(found.result) };
      // "Anti-Jo-1 was negative in 2018 but positive in 2020": a later result of the same test in the clause
      // "weakly positive, which we regarded as a false-positive result", "…, a finding of uncertain clinical
      // significance", "…, considered non-specific" (session 35: read positive): a positive result its authors
      // dismiss in the same clause is equivocal (decision: neither the positive nor a negative the assay did not give)
      const foundEnd = found ? s.tokens[found.idx]!.end : 0;
      if (
        found?.result === 'positive' &&
        found.idx >= last.tokenEnd &&
        DISMISSED_RE.test(doc.text.slice(foundEnd, Math.min(s.end, foundEnd + 70)))
      )
        found = { ...found, result: 'equivocal' };
      // ("Anti-Ro52 was positive in 2020, negative in 2021 and positive again in 2023", session 35: the middle one
      // kept): a chain of results is followed to its last
      for (let step = 0; found && step < 4; step++) {
        const later = laterResult(s, found, (k) => startsAt(facts, k));
        if (!later) break;
        found = later;
      }
      // "Initial screening for anti-TIF1-γ was negative, but a repeat assay was positive", "negative by ELISA but
      // positive on repeat testing" (session 37: read negative): a repeated test's later result that ranks above
      // the first (a positive test counts)
      if (found && found.result !== 'positive' && oneTarget(group)) {
        const again = repeatedResult(doc, s, found.idx + 1);
        if (again && RESULT_RANK[again.result] > RESULT_RANK[found.result]) found = again;
      }
      // "Anti-Jo-1 positivity is a criterion of …": a result noun defined in the present tense says what the result
      // means, not this patient's serology; so do "anti-HMGCR antibodies are detected by ELISA" (how a test is
      // done) and "60% of anti-TIF1γ-positive adults" (a share of a group)
      if (
        found &&
        (definedResult(s, found.idx) ||
          generalResultNoun(s, from, found.idx) ||
          generalPassive(s, found.idx) ||
          shareOfGroup(s, from) ||
          shareAfter(s, found.idx) ||
          thresholdDefinition(s, last.tokenEnd, found.idx) ||
          cutoffFor(s, from) ||
          relativeAfter(s.tokens, found.idx + 1))
      )
        continue;
      // "Anti-MDA5-positive dermatomyositis carries a risk of …": the antibody names a disease that is the subject
      // of a present-tense statement, which says nothing of this patient's serology
      if (
        found?.result === 'positive' &&
        found.idx <= last.tokenEnd + 2 &&
        diseaseNamedBy(s, last.tokenEnd, doc.text) &&
        diseaseAsSubject(s, from, last.tokenEnd)
      )
        continue;
      // "positive anti-TIF1γ and negative anti-MDA5 antibodies": a result word right before the next antibody is
      // that antibody's; this list keeps the result word right before it
      // In "Jo-1 neg, PL-7 pos, PL-12 neg" each result follows its name: a result word right after the antibody
      // before it is that antibody's, never this one's.
      if (
        found &&
        left &&
        from - left.idx <= 3 &&
        mentions.some((m) => m.tokenStart > found!.idx && m.tokenStart - found!.idx <= 3) &&
        // ("Mi-2: negative, TIF1-γ: positive, NXP2: negative", session 39: TIF1-γ read negative): the antibody
        // before owns its result across its head nouns and a colon, an equals sign or a dash
        !mentions.some((m) => m.tokenEnd === ownerEnd(s, left.idx))
      )
        found = left;
      // "weakly positive ANA, CSF pleocytosis with negative infectious studies": a result word right before the
      // list binds it more tightly than one found after a comma, in another item of the sentence's list
      // (across a specimen word: "showed a negative serum ANA, a raised eosinophil count",
      // session 31: read positive)
      if (
        found &&
        left &&
        found !== left &&
        s.tokens.slice(left.idx + 1, from).every((x) => SPECIMEN_BEFORE.has(x.norm)) &&
        s.tokens.slice(last.tokenEnd, found.idx).some((t) => t.norm === ',' || t.norm === ';')
      )
        found = left;
      // "The negative anti-Jo-1 result was confirmed by a second laboratory": a result word right before the name
      // is its result; a verb of confirming on the right repeats it
      if (
        found &&
        left &&
        s.tokens.slice(left.idx + 1, from).every((x) => x.norm === 'anti' || x.norm === '-') &&
        CONFIRMING.has(s.tokens[found.idx]?.norm ?? '') &&
        (POSITIVE.has(s.tokens[left.idx]!.norm) || NEGATIVE.has(s.tokens[left.idx]!.norm))
      )
        found = left;
      // Left of the list.
      if (!found) {
        found = leftResult(s, from);
      }
      if (!found) found = leftAcrossLab(s, first.tokenStart, others);
      // "a woman with anti-MDA5 antibodies", "the patient had anti-Jo-1 antibodies": the patient carries them
      if (!found) found = possessed(s, first.tokenStart, last.tokenEnd);
      if (!found) found = deniedDirectly(s, from, last.tokenEnd);
      if (!found) found = notedInList(s, last.tokenEnd, (k) => startsAt(facts, k));
      // "anti-Jo-1 was negative, as were anti-PL-7 and anti-PL-12": the result of the clause before
      if (!found && lastFound && asWere(s, first.tokenStart))
        found = { ...lastFound, idx: first.tokenStart - 1 };
      // "Creatine kinase was normal, as was the extended myositis antibody panel": a lab's result before "as"
      const asAt = !found && !lastFound ? asWereAt(s, first.tokenStart) : -1;
      if (asAt >= 0) found = resultBeforeAs(s, asAt);
      if (!found && lastFound?.result === 'negative' && norWas(s, first.tokenStart))
        found = { ...lastFound, idx: first.tokenStart - 1 };
      // "anti-Ro52 was positive, whereas anti-La was not": a verb denied with its result left out takes the
      // opposite of the result before it in the sentence
      if (!found && lastFound && lastFound.result !== 'equivocal' && elidedNot(s, last.tokenEnd))
        found = { result: opposite(lastFound.result), idx: last.tokenEnd, weak: false };
      // "The following tests were unremarkable: blood count, …, antinuclear antibody", "tests were within
      // reference range, including …, anti-dsDNA and ANCA": the result announced before the list
      if (!found && announced && announced.anchor < first.tokenStart) found = announced.result;
      if (
        !found &&
        heading &&
        s.tokens[heading.last.tokenEnd]?.norm === ':' &&
        first.tokenStart - heading.last.tokenEnd <= 3 &&
        s.tokens
          .slice(heading.last.tokenEnd + 1, first.tokenStart)
          .every((t) => t.norm === 'anti' || t.norm === '-')
      ) {
        found = { ...heading.found, idx: heading.last.tokenEnd };
        for (const r of heading.recs) if (r.created && r.result === found.result) headed.push(r);
      }
      // "Previously positive for anti-MDA5, she was now negative", "ANA negative for years before turning positive",
      // "we suspected anti-HMGCR positivity, but the assay was negative": the current result of the clause wins
      if (found)
        found =
          currentResult(s, Math.max(found.idx, last.tokenEnd - 1) + 1, from, found, (k) =>
            startsAt(facts, k),
          ) ?? found;
      // "No raised titres of anti-SSA antibodies were detected" (session 29: read positive): a subject that "no"
      // opens takes its predicate's positive word as denied
      if (found?.result === 'positive' && found.idx >= last.tokenEnd && subjectDeniedByNo(s, from))
        found = { ...found, result: 'negative' };
      // "The blot showed anti-Ro52 and was otherwise negative" (session 32: Ro52 read negative): the rest is
      // negative, the antibody the verb of finding named is the exception
      if (found?.result === 'negative' && found.idx >= last.tokenEnd && otherwiseAt(s, found.idx))
        found = foundBefore(s, first.tokenStart) ? { ...found, result: 'positive' } : undefined;
      // "we had considered anti-MDA5 autoantibody-positive JDM to have caused …", "the differential diagnosis
      // included anti-SRP-positive necrotising myopathy" (session 42: read positive): a result glued to the name as
      // the adjective of a disease is the disease's name; a disease considered, not diagnosed, states no result
      const gluedAt: ReturnType<typeof resultAt> = found;
      const glued = gluedAt?.result === 'positive' ? gluedPositiveEnd(s, last.tokenEnd, gluedAt.idx) : -1;
      if (
        glued >= 0 &&
        diseaseNamedBy(s, glued + 1, doc.text) &&
        (consideredDisease(s, from, glued + 1) ||
          s.tokens.slice(Math.max(0, from - 3), from).some((x) => CONSIDERING.has(x.norm)))
      )
        found = undefined;
      if (found) lastFound = found;
      // "ANA was positive at a titre of 1:160", "positive (1:320)": the titre after the result word is kept too
      // (not the titre of another antibody whose result word it is: "ANA positive (1:640) for anti-Ro52", session 41)
      if (
        found &&
        !titre &&
        oneTarget(group) &&
        found.result !== 'negative' &&
        !(found.idx < from && mentions.some((m) => m.tokenEnd <= found!.idx && found!.idx - m.tokenEnd <= 1))
      )
        titre = titreAfterResult(s, found.idx + 1);
      // A titre with no result word: 1:160 or more is read as positive, lower titres as equivocal.
      if (!found && titre) {
        const n = titreValue(titre.text);
        // "ANA was 1:80, and it showed a speckled pattern": a low titre with a staining pattern was read as
        // positive by the laboratory (a pattern is not reported for a negative test)
        const patterned =
          first.concept.value === 'ANA' &&
          s.tokens.some((_, j) => j >= last.tokenEnd && stainingPattern(s, j));
        found = { result: n >= 160 || patterned ? 'positive' : 'equivocal', idx: last.tokenEnd, weak: false };
      }
      if (!found) {
        unresolved.push(group);
        continue;
      }
      // "Either anti-Jo-1 or anti-PL-7 was found", "anti-SRP and/or anti-HMGCR were positive": a positive stated of
      // alternatives names none of them (a denial of alternatives denies each: "no anti-Jo-1 or anti-PL-7")
      if (found.result !== 'negative' && alternatives(s, group, from)) continue;
      // "Anti-PL-7 and anti-PL-12 were positive and negative, respectively": one result word per member, in order
      const inOrder = group.length > 1 ? respectiveResults(s, found, group.length) : undefined;
      if (inOrder) {
        group.forEach((m, i) =>
          recorded.push(...record(doc, s, [m], inOrder[i]!, undefined, byTarget, inner)),
        );
        lastFound = inOrder[inOrder.length - 1];
        heading = undefined;
        continue;
      }
      const groups = shared ? [...unresolved.splice(0), group] : [group];
      const recs: Recorded[] = [];
      for (const g of groups)
        for (const r of record(doc, s, g, found, g === group ? titre : undefined, byTarget, inner)) {
          recorded.push(r);
          recs.push(r);
        }
      heading = group.length === 1 && first.concept.attrs?.panel ? { last, found, recs } : undefined;
    }
    // "Myositis antibody panel: anti-PL-7 positive; all others negative": the rest of a panel named in the
    // sentence is reported as a group, so the panel (not yet given a result) is negative
    const rest = restNegative(s);
    if (rest !== undefined) {
      const panel = mentions.find(
        (m) =>
          m.concept.attrs?.panel &&
          m.tokenStart < rest &&
          !recorded.some((r) => r.panel) &&
          !byTarget.has(m.concept.value),
      );
      if (panel)
        recorded.push(
          ...record(doc, s, [panel], { result: 'negative', idx: rest, weak: false }, undefined, byTarget),
        );
    }
    for (const r of headed) if (r.panel) byTarget.delete(r.target);
    // "We tested for anti-TIF1-γ and anti-NXP2; these antibodies were not detected", "Anti-TIF1-γ and anti-NXP2
    // were tested. Both were negative." (session 34: both lost): antibodies left without a result take the result a
    // pronoun gives them, in the clause after them or at the start of the next sentence
    if (unresolved.length) {
      const lastName = unresolved.at(-1)!.at(-1)!;
      const lastEnd = lastName.end;
      const next = doc.sentences[s.index + 1];
      // "Anti-SRP antibody was measured. It was positive.", "Anti-TIF1-γ was also measured; it was positive"
      // (session 37: lost): "it" or "this" names the one antibody left without a result, when no other fact is
      // named after it in its sentence (never "Anti-Jo-1 was sent and a biopsy done. It was positive.")
      const single =
        unresolved.length === 1 &&
        unresolved[0]!.length === 1 &&
        !s.mentions.some((x) => x.tokenStart >= lastName.tokenEnd && x.concept.kind !== 'antibody');
      const tail = doc.text.slice(lastEnd, s.end);
      // "Anti-MDA5 was tested twice; both results were positive", "… on two occasions. Both were negative."
      // (session 37: lost): "both" or "each" of the one antibody's two tests
      const twice = single && TWICE_RE.test(tail);
      const here =
        ANAPHORIC_AFTER_RE.exec(tail) ??
        (single ? SINGLE_AFTER_RE.exec(tail) : null) ??
        (twice ? TWICE_AFTER_RE.exec(tail) : null);
      const there =
        here || !next || !isCaseSentence(next) || next.mentions.some((x) => x.concept.kind === 'antibody')
          ? null
          : (ANAPHORIC_RESULT_RE.exec(doc.text.slice(next.start, next.end)) ??
            (single ? SINGLE_RESULT_RE.exec(doc.text.slice(next.start, next.end)) : null) ??
            (twice ? BOTH_TESTS_RESULT_RE.exec(doc.text.slice(next.start, next.end)) : null));
      const r = here ?? there;
      if (r) {
        const result = anaphoricResult(r);
        // (the index of a token of this sentence: the result word itself when it is here, else the last name's)
        const idx = here
          ? s.tokens.findIndex((t) => t.start >= lastEnd + r.index + r[0].length - 1)
          : lastName.tokenEnd - 1;
        for (const g of unresolved.splice(0))
          recorded.push(
            ...record(doc, s, g, { result, idx: Math.max(0, idx), weak: false }, undefined, byTarget, inner),
          );
      }
    }
    // "Anti-Jo-1 was negative at the first visit. On re-testing two months later, it was positive." (session 37:
    // read negative): a repeated test of the sentence's one antibody, told in the next sentence with no antibody of
    // its own, whose result ranks above the first
    const targets = new Set(recorded.filter((r) => !r.panel).map((r) => r.target));
    const next = targets.size === 1 ? doc.sentences[s.index + 1] : undefined;
    if (
      next &&
      isCaseSentence(next) &&
      !next.mentions.some((x) => x.concept.kind === 'antibody') &&
      byTarget.get([...targets][0]!)?.result !== 'positive'
    ) {
      const target = [...targets][0]!;
      const again = repeatedResult(doc, next, 0);
      const m = mentions.find(
        (x) => !x.concept.attrs?.panel && canonicalAntibody(x.concept.value) === target,
      );
      if (again && m && RESULT_RANK[again.result] > RESULT_RANK[byTarget.get(target)!.result])
        record(doc, s, [m], { result: again.result, idx: m.tokenEnd - 1, weak: false }, undefined, byTarget);
    }
    // "Anti-PL-7 was found at a low level. This was considered a false-positive result.", "…; this was not felt to
    // be clinically relevant" (session 37: read positive): the one positive of the sentence, the last fact in it,
    // set aside by its authors in the next clause or sentence, is equivocal (session 35's decision, across a stop)
    const only = targets.size === 1 ? recorded.find((r) => !r.panel) : undefined;
    if (only?.created && only.result === 'positive' && byTarget.get(only.target)?.result === 'positive') {
      const lastAb = mentions[mentions.length - 1]!;
      const factAfter = s.mentions.some(
        (x) => x.tokenStart >= lastAb.tokenEnd && x.concept.kind !== 'antibody',
      );
      const semi = s.tokens.findIndex((x, k) => k >= lastAb.tokenEnd && x.norm === ';');
      const dismissedHere =
        semi >= 0 && DISMISSED_NEXT_RE.test(doc.text.slice(s.tokens[semi + 1]?.start ?? s.end, s.end));
      // the next sentence speaks of this result only when it is the patient's and names no other test's fact
      const after = doc.sentences[s.index + 1];
      const afterAboutIt =
        after !== undefined &&
        isCaseSentence(after) &&
        !after.mentions.some(
          (x) => x.concept.kind === 'antibody' || x.concept.kind === 'lab' || x.concept.kind === 'histology',
        );
      const dismissedNext =
        !dismissedHere && afterAboutIt && DISMISSED_NEXT_RE.test(doc.text.slice(after.start, after.end));
      // "positive on ELISA, but immunoprecipitation did not confirm it", "… positive by line blot. A confirmatory
      // immunoprecipitation was negative." (session 37: read positive): a screening positive that a confirmatory
      // assay did not confirm is equivocal (decision: what a clinician carries forward is "not confirmed" — neither
      // the screen's positive nor a negative; the evidence keeps the positive's words)
      const notConfirmed =
        !dismissedHere &&
        !dismissedNext &&
        (notConfirmedHere(doc.text.slice(s.start, s.end)) ||
          (afterAboutIt && notConfirmedNext(doc.text.slice(after.start, after.end))));
      if (!factAfter && (dismissedHere || dismissedNext || notConfirmed))
        byTarget.get(only.target)!.result = 'equivocal';
    }
    suspendedAnca(doc, s, byTarget);
    // "Myositis antibody testing showed anti-MDA5", "the myositis panel detected anti-PL-7": the panel names
    // the test whose positive member is given, so no positive result is kept for the group itself.
    // "positive ANA, ANCA and myositis panel": an antibody outside the myositis panel is not its member, so a
    // myositis panel beside it keeps its own result (and so for every group whose members are known)
    for (const r of recorded)
      if (
        r.panel &&
        r.result === 'positive' &&
        r.created &&
        recorded.some(
          (q) => !q.panel && q.result === 'positive' && (PANEL_MEMBERS.get(r.target)?.has(q.target) ?? true),
        )
      )
        byTarget.delete(r.target);
  }
  // Infection serologies are not the case's antibodies (the project's convention, held by the seed gold: the case's
  // antibodies are autoantibodies); each one read is reported with its span, never dropped without a word.
  const antibodies: ExtractedAntibody[] = [];
  const serologies: InfectionSerology[] = [];
  for (const a of byTarget.values()) {
    if (!INFECTION_SEROLOGY_TARGETS.has(a.target)) {
      antibodies.push(a);
      continue;
    }
    const spans = a.evidence?.[0]?.spans;
    if (!spans?.length) continue;
    const start = Math.min(...spans.map((x) => x.start));
    const end = Math.max(...spans.map((x) => x.end));
    serologies.push({ target: a.target, result: a.result, start, end, text: doc.text.slice(start, end) });
  }
  return { antibodies, unplaced: unknown, serologies };
}

/** A pronoun of antibodies named before it, with their result ("Both were negative", "these were not detected"). */
const ANAPHORIC = String.raw`(both(?:\s+of\s+them)?|all(?:\s+(?:three|four|five|of\s+them))?|these(?:\s+(?:two|three|antibodies|autoantibodies|tests))?|they|the\s+(?:results?|tests?)|neither(?:\s+of\s+them)?|none(?:\s+of\s+them)?)\s+(?:were|was|proved|came\s+back|returned|tested)\s+(not\s+)?(positive|negative|detected|present|found|absent|undetectable|detectable)\b`;
const ANAPHORIC_RESULT_RE = new RegExp(String.raw`^\W{0,3}${ANAPHORIC}`, 'i');
const ANAPHORIC_AFTER_RE = new RegExp(String.raw`^[^.;]{0,12}?[;,]\s*(?:and\s+|but\s+)?${ANAPHORIC}`, 'i');
/** "It" or "this" of the one antibody named before it, with its result ("It was strongly positive"). */
const SINGLE_ANAPHORIC = String.raw`(it|this)\s+(?:was|proved|came\s+back|returned|tested)\s+(not\s+)?(?:(?:also|again|strongly|highly|clearly|markedly|weakly)\s+)?(positive|negative|detected|present|found|absent|undetectable|detectable)\b`;
const SINGLE_RESULT_RE = new RegExp(String.raw`^\W{0,3}${SINGLE_ANAPHORIC}`, 'i');
// (the clause before "it" may say how the test was done: "… antibody was also measured; it was positive")
const SINGLE_AFTER_RE = new RegExp(
  String.raw`^[^.;,]{0,40}?[;,]\s*(?:and\s+|but\s+)?${SINGLE_ANAPHORIC}`,
  'i',
);

/** One antibody tested twice ("tested twice", "on two occasions", "in two separate samples"). */
const TWICE = String.raw`\b(?:twice|(?:two|2)\s+(?:separate\s+|different\s+|independent\s+)?(?:occasions|samples|tests|assays|times|laboratories|methods|measurements|determinations))\b`;
const TWICE_RE = new RegExp(String.raw`^[^.;]{0,60}?${TWICE}`, 'i');
/** "Both results were positive", "each time it was negative": the result of both of one antibody's tests. */
const BOTH_TESTS = String.raw`(both|each)(?:\s+(?:results?|tests?|samples?|assays?|times|determinations|measurements|of\s+them|occasions))?\s+(?:it\s+)?(?:were|was|proved|came\s+back|returned|tested)\s+(not\s+)?(?:(?:also|again|strongly|clearly|weakly)\s+)?(positive|negative|detected|present|found|absent|undetectable|detectable)\b`;
const TWICE_AFTER_RE = new RegExp(
  String.raw`^[^.;]{0,60}?${TWICE}[^.;]{0,30}?(?:[;,]\s*(?:and\s+|but\s+)?|\s+and\s+)(?:on\s+|at\s+)?${BOTH_TESTS}`,
  'i',
);
const BOTH_TESTS_RESULT_RE = new RegExp(String.raw`^\W{0,3}(?:on\s+)?${BOTH_TESTS}`, 'i');

/** The result an anaphoric sentence gives: "neither"/"none" and "not" deny a word of presence. */
function anaphoricResult(r: RegExpExecArray): Result {
  const present = !/^(?:negative|absent|undetectable)$/i.test(r[3]!);
  const denied = r[2] !== undefined || /^(?:neither|none)/i.test(r[1]!);
  return present !== denied ? 'positive' : 'negative';
}

/** A verb of finding right before token `k`, or before a word of the result's strength there ("showed weak"). */
const foundBefore = (s: DocSentence, k: number) => {
  const j = /^(?:weak|weakly|strong|strongly)$/.test(s.tokens[k - 1]?.norm ?? '') ? k - 2 : k - 1;
  const w = s.tokens[j]?.norm ?? '';
  return LEFT_POSITIVE.has(w) || w === 'found';
};
/** Whether the result word at `idx` is said of the rest ("otherwise negative", "was otherwise negative"). */
const otherwiseAt = (s: DocSentence, idx: number) =>
  s.tokens[idx - 1]?.norm === 'otherwise' || s.tokens[idx - 2]?.norm === 'otherwise';

/** "c- and p-ANCA", "P- or C-ANCA", "c/p-ANCA": two patterns of ANCA with the noun written once, after the second. */
const SUSPENDED_ANCA_RE =
  /\b([cp])(?:\s*[-\u2010\u2011]\s*(?:and|or|&)\s*|\s*\/\s*)([cp])\s*[-\u2010\u2011]?\s*ANCAs?\b/gi;

/**
 * The first pattern of a suspended pair ("c- and p-ANCA negative", session 32: only p-ANCA was read): it takes
 * the result the second, written in full, was given in the same sentence.
 */
function suspendedAnca(doc: Doc, s: DocSentence, byTarget: Map<string, ExtractedAntibody>): void {
  const text = doc.text.slice(s.start, s.end);
  SUSPENDED_ANCA_RE.lastIndex = 0;
  for (let m = SUSPENDED_ANCA_RE.exec(text); m; m = SUSPENDED_ANCA_RE.exec(text)) {
    const [first, second] = [m[1]!.toLowerCase(), m[2]!.toLowerCase()];
    if (first === second) continue;
    const read = byTarget.get(`${second}-ANCA`);
    const at = s.start + m.index;
    if (
      !read ||
      byTarget.has(`${first}-ANCA`) ||
      !read.evidence.some((e) => e.spans.some((x) => x.start >= at))
    )
      continue;
    byTarget.set(`${first}-ANCA`, {
      target: `${first}-ANCA`,
      result: read.result,
      evidence: [
        evidence(doc.text, [{ start: at, end: at + m[0].length }], 'antibodies', {
          code: 'antibody-result',
          params: { result: read.result, shared: 2 },
        }),
      ],
    });
  }
}

/**
 * The results of a list stated in order ("positive and negative, respectively"): `n` result words joined by
 * commas and "and" from the first result found, in a sentence that says "respectively"; else undefined.
 */
function respectiveResults(
  s: DocSentence,
  first: NonNullable<ReturnType<typeof resultAt>>,
  n: number,
): NonNullable<ReturnType<typeof resultAt>>[] | undefined {
  if (!s.tokens.some((t) => t.norm === 'respectively')) return undefined;
  const out = [first];
  let k = first.idx + 1;
  while (out.length < n && k < s.tokens.length) {
    const w = s.tokens[k]!.norm;
    if (w === ',' || w === 'and') {
      k++;
      continue;
    }
    const r = resultAt(s, k);
    if (!r) break;
    out.push(r);
    k = r.idx + 1;
  }
  return out.length === n && out.some((r) => r.result !== first.result) ? out : undefined;
}

/** Words of a figure of a group ("mean", "median"). */
const GROUP_FIGURE = new Set(['mean', 'median', 'average']);
/** Words opening a question ("Is anti-Ro52 positivity a marker of …?"). */
const QUESTION_OPENING = new Set([
  'is',
  'are',
  'does',
  'do',
  'did',
  'can',
  'could',
  'should',
  'what',
  'why',
  'how',
]);
/** Words opening a condition contrary to fact by inversion ("Had anti-MDA5 been positive, we would have …"). */
const INVERSION_OPENING = new Set(['had', 'were', 'should']);
const CONDITIONAL = new Set(['would', 'could', 'might']);

/** A question, or a condition contrary to fact: a sentence that states no result of this patient. */
function notAStatement(s: DocSentence): boolean {
  const t = s.tokens;
  const first = t[0]?.norm ?? '';
  if (QUESTION_OPENING.has(first) && t[t.length - 1]?.norm === '?') return true;
  return INVERSION_OPENING.has(first) && t.some((x) => CONDITIONAL.has(x.norm));
}

/** What authors say of a positive result they set aside, in its clause ("regarded as a false positive"). */
const DISMISSED_RE =
  /^(?:(?!\b(?:and|but|while|whereas|showed|revealed)\b)[^.;]){0,40}?\b(?:false[\s-]positive|(?:of\s+)?(?:uncertain|unclear|doubtful)\s+(?:clinical\s+)?significance|non-?specific|not\s+(?:clinically\s+)?(?:significant|relevant)|non-?significant|clinically\s+irrelevant)\b/i;
/** Words of a result its authors set aside. */
// ("false-positive" and "non-specific" only as the result's own word: never "a false-positive PET finding",
// "non-specific interstitial pneumonia")
const SET_ASIDE = String.raw`(?:(?:false[\s-]positive|non-?specific)(?:\s+(?:results?|findings?|reactions?|bands?|reactivity))?(?=\s*(?:[.,;)]|and\b|$))|(?:of\s+)?(?:uncertain|unclear|doubtful)\s+(?:clinical\s+)?significance|(?:not|never)\s+(?:\w+\s+){0,3}?(?:clinically\s+)?(?:significant|relevant)|clinically\s+irrelevant|non-?significant|an?\s+artefact|an?\s+artifact)`;
/**
 * A clause or sentence after a positive result that sets it aside (session 37): "This was considered a false
 * positive", "It was regarded as non-specific", "this was not felt to be clinically relevant", "The significance of
 * this finding was uncertain", "… and we considered the blot result non-specific".
 */
const DISMISSED_NEXT_RE = new RegExp(
  String.raw`^\W{0,3}(?:(?:this|it|that|the\s+(?:\w+\s+)?(?:result|finding|band|positivity))\b[^.;]{0,50}?\b${SET_ASIDE}|the\s+(?:clinical\s+)?(?:significance|relevance)\s+of\s+(?:this|that|the)\s+(?:\w+\s+)?(?:finding|result|band|positivity)\s+(?:was|is|remained|remains)\s+(?:uncertain|unclear|doubtful))|\b(?:considered|regarded|judged|interpreted|deemed)\s+(?:it|this|the\s+(?:\w+\s+)?(?:result|finding|band))\s+(?:as\s+|to\s+be\s+)?(?:an?\s+)?${SET_ASIDE}`,
  'i',
);
/**
 * An assay that may confirm a screening result ("immunoprecipitation", "a confirmatory assay", "the line blot"); not a
 * repeat in time ("a repeat test was negative": a later negative keeps the positive, session 37's decision).
 */
const CONFIRM_ASSAY = String.raw`(?:(?:a|an|the)\s+)?(?:(?:confirmatory|reference|different|second)\s+)*(?:(?:protein\s+|rna\s+)?immunoprecipitation|ip|assay|test(?:ing)?|elisa|(?:line\s+|western\s+|immuno)?blot(?:ting)?|line\s+immunoassay|method|laborator(?:y|ies)|lab)`;
/** The assays whose bare negative reads as a failed confirmation: immunoprecipitation, or a named second assay. */
const STRONG_CONFIRM_ASSAY = String.raw`(?:(?:a|an|the)\s+)?(?:(?:(?:confirmatory|reference|different)\s+)+(?:immunoprecipitation|ip|assay|test(?:ing)?|elisa|(?:line\s+|western\s+|immuno)?blot(?:ting)?|line\s+immunoassay|method|laboratory|lab)|(?:protein\s+|rna\s+)?immunoprecipitation|ip)`;
/** An assay's failure to confirm, with the assay as its subject ("immunoprecipitation did not confirm it"). */
const ASSAY_FAILED = String.raw`(?:${CONFIRM_ASSAY}\s*,?\s*(?:however\s*,?\s*)?(?:did\s+not|could\s+not|failed\s+to|was\s+unable\s+to)\s+(?:confirm|reproduce|verify|detect)\b|${STRONG_CONFIRM_ASSAY}\s*,?\s*(?:however\s*,?\s*)?(?:was|were|proved|came\s+back|returned|remained)\s+negative\b|confirmation\s+(?:by|on|with)\s+${CONFIRM_ASSAY}\s+(?:failed|was\s+(?:negative|unsuccessful))\b)`;
/** The result not confirmed, in the passive ("it could not be confirmed", "not confirmed by immunoprecipitation"). */
const PASSIVE_NOT_CONFIRMED = String.raw`(?:(?:could|can|was|were|has|had)\s+not\s+(?:be(?:en)?\s+)?(?:confirmed|reproduced|verified)\b(?!\s+(?:until|before|as))|(?:not|never|un-?)\s*(?:been\s+)?(?:confirmed|reproduced|verified)\s+(?:by|on|with|using|in)\s+${CONFIRM_ASSAY}\b)`;
/**
 * In the sentence of its one positive: a positive word, then its failed confirmation (session 37):
 * "positive on ELISA, however immunoprecipitation did not confirm", "positive by immunoblot and unconfirmed on
 * immunoprecipitation", "positive on screening but could not be confirmed", "(immunoblot); not confirmed by IP".
 * Not "…, and the diagnosis was not confirmed by biopsy" (another subject: only "it", "this" or none).
 */
const NOT_CONFIRMED_HERE_RE = new RegExp(
  String.raw`^[\s\S]{0,160}?\b(?:positive|detected|present|found|identified|reactive)\b(?:(?!\b(?:diagnosis|which|whereas|while|although)\b)[^.]){0,80}?(?:\b${ASSAY_FAILED}|(?:\bbut|\band|\bhowever|[;,])\s+(?:(?:it|this|that|the\s+(?:result|finding|band|positivity))\s+)?${PASSIVE_NOT_CONFIRMED}|[;,(]\s*(?:but\s+|and\s+)?(?:(?:not|un-?)\s*confirmed\s+(?:by|on|with|using|in)\s+${CONFIRM_ASSAY}\b))`,
  'i',
);
/** A next sentence saying the positive before it was not confirmed ("However, immunoprecipitation did not confirm it"). */
const NOT_CONFIRMED_NEXT_RE = new RegExp(
  String.raw`^\W{0,3}(?:(?:however|but|unfortunately)\W{1,3})?(?:${ASSAY_FAILED}|(?:it|this|that|the\s+(?:\w+\s+)?(?:result|finding|band|positivity))\s+${PASSIVE_NOT_CONFIRMED})`,
  'i',
);
/** Cheap necessary words of a failed confirmation, before its patterns run. */
const NOT_CONFIRMED_GATE = /confirm|negative|reproduc|verif|detect/i;
const notConfirmedHere = (text: string) => NOT_CONFIRMED_GATE.test(text) && NOT_CONFIRMED_HERE_RE.test(text);
const notConfirmedNext = (text: string) => NOT_CONFIRMED_GATE.test(text) && NOT_CONFIRMED_NEXT_RE.test(text);
/** Words of a change between two results of one test. */
const CHANGE = new Set(['but', 'then', 'later', 'subsequently', 'became', 'turned', 'again']);
/** Words between two results of one test at two times ("negative in 2018 but positive in 2020"). */
const LATER_LINK = new Set([
  'in',
  'on',
  'at',
  'but',
  'and',
  'later',
  'then',
  'subsequently',
  'became',
  'was',
  'turned',
  // "negative, but a second assay was positive", "but on repeat testing positive"
  'a',
  'second',
  'repeat',
  'repeated',
  'another',
  'assay',
  'test',
  'testing',
  // "negative initially but became positive", "negative at another hospital but positive on retesting here"
  'initially',
  'originally',
  'previously',
  'earlier',
  'elsewhere',
  'hospital',
  'centre',
  'center',
  'institution',
  'laboratory',
  'outside',
  // "negative at presentation but positive at relapse", "negative at baseline but positive on follow-up" (session
  // 33: the later positive lost)
  'presentation',
  'admission',
  'diagnosis',
  'baseline',
  'onset',
  'first',
  'relapse',
  'flare',
  'follow',
  'up',
  '-',
  'retesting',
  'retested',
  'when',
]);

/** Words that put the result after them at the present, after an earlier one ("now", "turning positive"). */
const NOW_WORDS = new Set(['now', 'currently', 'presently', 'turning', 'becoming']);
/** Verbs of a suspicion before a result ("we suspected anti-HMGCR positivity"). */
const SUSPECTING = new Set(['suspected', 'expected', 'anticipated', 'presumed']);

/**
 * The current result of a test whose first result in the clause is an earlier one or a suspicion (session 20):
 * a result word within three words after "now / currently / turning / becoming" ("previously positive for
 * anti-MDA5, she was now negative"), or, after a suspected result, one after "but" ("we suspected anti-HMGCR
 * positivity, but the assay was negative"). Stops at the clause's end and at another fact.
 */
function currentResult(
  s: DocSentence,
  from: number,
  nameAt: number,
  first: NonNullable<ReturnType<typeof resultAt>>,
  isFact: (k: number) => boolean,
): ReturnType<typeof resultAt> {
  const t = s.tokens;
  let suspected = false;
  for (let k = Math.max(0, nameAt - 4); k < nameAt; k++) if (SUSPECTING.has(t[k]!.norm)) suspected = true;
  for (let k = from; k < t.length; k++) {
    const w = t[k]!.norm;
    if (w === '.' || w === ';' || isFact(k)) return undefined;
    if (!NOW_WORDS.has(w) && !(suspected && w === 'but')) continue;
    for (let j = k + 1; j < t.length && j <= k + (w === 'but' ? 5 : 3); j++) {
      if (HARD_STOP.has(t[j]!.norm) || isFact(j)) break;
      // ("he is now seronegative": the word is a result of its own only here, after the test's earlier result)
      const r =
        t[j]!.norm === 'seronegative' ? { result: 'negative' as const, idx: j, weak: false } : resultAt(s, j);
      if (r && r.result !== first.result && !s.assert(j, j + 1).uncertain) return r;
    }
  }
  return undefined;
}

/**
 * The first result after token `from` in the sentence that no hedge reaches, before the sentence's end or another
 * antibody ("we suspected anti-NXP2 positivity, and the assay was positive").
 */
function plainResultAfter(text: string, s: DocSentence, from: number): ReturnType<typeof resultAt> {
  for (let k = from + 1; k < s.tokens.length; k++) {
    const t = s.tokens[k]!;
    if (t.norm === '.' || t.norm === ';') return undefined;
    if (s.mentions.some((m) => m.concept.kind === 'antibody' && m.tokenStart === k)) return undefined;
    const r = resultAt(s, k);
    if (r && !hedged(text, s.assert(k, k + 1), t.start, t.end)) return r;
  }
  return undefined;
}

/**
 * A second result of the same test after the first, in the same clause, that ranks above it (a positive test
 * counts): "negative in 2018 but positive in 2020", "negative at first, then positive". Stops at another fact.
 */
function laterResult(
  s: DocSentence,
  first: NonNullable<ReturnType<typeof resultAt>>,
  isFact: (k: number) => boolean,
): ReturnType<typeof resultAt> {
  for (let k = first.idx + 1; k < s.tokens.length && k - first.idx <= 8; k++) {
    const t = s.tokens[k]!;
    if (isFact(k) || t.norm === '.' || t.norm === ';') return undefined;
    const r = resultAt(s, k);
    // a result word of its own after a word of change ("but", "then", "became"): not "negativity was confirmed"
    // a later negative after a positive needs a word of change or a year of its own ("positive in 2019 and
    // negative in 2022": the latest result is kept)
    if (r) {
      const between = s.tokens.slice(first.idx + 1, k);
      const changed = between.some((x) => CHANGE.has(x.norm));
      const year = between.some((x) => x.kind === 'number' && /^(?:19|20)\d\d$/.test(x.norm));
      const upward =
        RESULT_RANK[r.result] > RESULT_RANK[first.result] &&
        (t.norm === 'positive' || t.norm === 'equivocal') &&
        (changed || year);
      const downward =
        first.result === 'positive' && r.result === 'negative' && t.norm === 'negative' && (changed || year);
      return upward || downward ? r : undefined;
    }
    if (!LATER_LINK.has(t.norm) && t.kind !== 'number' && t.norm !== ',' && t.norm !== 'first')
      return undefined;
  }
  return undefined;
}

/** A repeated test: "repeat testing", "on re-testing", "a second assay", "the test was repeated". */
const REPEAT_RE =
  /\b(?:re-?test(?:ing|ed)?|re-?check(?:ed|ing)?|repeat(?:ed)?\s+(?:testing|tests?|assays?|samples?|measurements?|determinations?|serology|elisa|immunoblot|blot|analysis)|(?:second|another|subsequent|confirmatory|new|fresh)\s+(?:tests?|assays?|samples?|measurements?|determinations?|elisa|immunoblot|blot|serum\s+samples?)|(?:test|assay|it)\s+was\s+repeated)\b/i;
/** Words of a result placed at a repeated test after it ("positive on repeat testing"). */
const AT_REPEAT = new Set(['on', 'upon', 'after', 'at']);

/**
 * The result of a repeated test told in sentence `s` from token `from` (session 37): the first result word within
 * ten words after a phrase of repetition ("a repeat assay in another laboratory was positive", "on re-testing two
 * months later, it was positive"), or the one right before "on repeat testing" ("positive on repeat testing").
 * Stops at another antibody or lab; a hedged, conditional or another person's result is none.
 */
function repeatedResult(doc: Doc, s: DocSentence, from: number): ReturnType<typeof resultAt> {
  const t = s.tokens;
  let end = t.length;
  for (const m of s.mentions)
    if (
      (m.concept.kind === 'antibody' || m.concept.kind === 'lab') &&
      m.tokenStart >= from &&
      m.tokenStart < end
    )
      end = m.tokenStart;
  if (from >= end) return undefined;
  const base = t[from]!.start;
  const hit = REPEAT_RE.exec(doc.text.slice(base, t[end - 1]!.end));
  if (!hit) return undefined;
  let k = from;
  while (k < end && t[k]!.start < base + hit.index) k++;
  const open = k;
  while (k < end && t[k]!.start < base + hit.index + hit[0].length) k++;
  const plain = (r: ReturnType<typeof resultAt>, j: number) => {
    if (!r) return undefined;
    const a = s.assert(j, j + 1);
    return a.uncertain || a.temporality === 'hypothetical' || a.experiencer === 'other' ? undefined : r;
  };
  if (open - 2 >= from && AT_REPEAT.has(t[open - 1]?.norm ?? '')) {
    // "Anti-SRP was negative, confirmed on repeat testing" (session 40: read positive): a verb of confirmation
    // before the repeated test confirms the result before it, it is no positive result of its own
    if (PROVEN.has(t[open - 2]!.norm) || t[open - 2]!.norm === 'verified') return undefined;
    const r = plain(resultAt(s, open - 2), open - 2);
    if (r) return r;
  }
  for (let j = k; j < end && j < k + 10; j++) {
    if (t[j]!.norm === '.') return undefined;
    const r = resultAt(s, j);
    if (r) return plain(r, j);
  }
  return undefined;
}

/** Words of the rest of a tested group ("all others", "the remaining antibodies", "the rest"). */
const REST_WORDS = new Set(['others', 'other', 'remaining', 'rest', 'remainder']);

/**
 * Where "all others (were) negative", "the remaining antibodies were negative", "the rest negative" states a
 * negative result for the rest of a group: the index of its result word.
 */
function restNegative(s: DocSentence): number | undefined {
  for (let k = 1; k < s.tokens.length; k++) {
    if (!REST_WORDS.has(s.tokens[k]!.norm)) continue;
    const prev = s.tokens[k - 1]!.norm;
    // "all others", "the remaining", and "…, others negative" at the end of a list
    if (
      prev !== 'all' &&
      prev !== 'the' &&
      // (session 40: "…, remainder negative" as "…, others negative")
      !(
        (prev === ',' || prev === ';') &&
        (s.tokens[k]!.norm === 'others' || s.tokens[k]!.norm === 'remainder')
      )
    )
      continue;
    for (let j = k + 1; j < s.tokens.length && j - k <= 4; j++) {
      const w = s.tokens[j]!.norm;
      if (HARD_STOP.has(w)) break;
      if (NEGATIVE.has(w) && w !== 'normal' && !s.assert(j, j + 1).negated) return j;
    }
  }
  return undefined;
}

/** Round brackets opened and not closed among the tokens from `from` up to (not including) `to`. */
function bracketDepth(s: DocSentence, from: number, to: number): number {
  let depth = 0;
  for (let j = from; j < to; j++) {
    const w = s.tokens[j]!.norm;
    if (w === '(') depth++;
    else if (w === ')' && depth > 0) depth--;
  }
  return depth;
}

/** True when one of the mentions starts at token `k`. */
function startsAt(mentions: readonly Mention[], k: number): boolean {
  for (const m of mentions) if (m.tokenStart === k) return true;
  return false;
}

/** Words that list a group's members after its name ("the screen, including ENA, …", "which covered …"). */
const PANEL_LISTING: ReadonlySet<string> = new Set([
  'including',
  'namely',
  'comprising',
  'included',
  'includes',
  'comprised',
  'covering',
  'covered',
]);
/** Nouns of a panel after a test's name ("ENA panel", "myositis blot"). */
const PANEL_NOUNS: ReadonlySet<string> = new Set(['panel', 'screen', 'profile', 'blot', 'immunoblot']);

/** The index of the bracket that closes the one opened at token `open`, or -1 (within twenty tokens). */
function closingBracket(s: DocSentence, open: number): number {
  for (let k = open + 1; k < s.tokens.length && k <= open + 20; k++) {
    const n = s.tokens[k]!.norm;
    if (n === ')') return k;
    if (n === '(' || n === '.' || n === ';') return -1;
  }
  return -1;
}

/** Tokens that only separate the items of a list. */
const LIST_SEPARATORS: ReadonlySet<string> = new Set([',', 'and', 'or', 'a', 'an', 'the']);

/** Nouns of a test named before the group it looks for ("a screen for paraneoplastic antibodies"). */
const PANEL_TEST_NOUNS: ReadonlySet<string> = new Set(['screen', 'screening', 'panel', 'test', 'testing']);

/** Which result wins when one target has several: positive over equivocal over negative. */
const RESULT_RANK = { positive: 3, equivocal: 2, negative: 1 } as const;

/** One result recorded from a sentence (`created`: the target had no result before). */
interface Recorded {
  target: string;
  result: Result;
  panel: boolean;
  created: boolean;
}

/**
 * The one member of a group of two or more named antibodies that "only" picks out ("only anti-NXP2", "only TIF1-γ
 * was positive"), when exactly one is and it is the last named; undefined otherwise.
 */
function onlyMember(s: DocSentence, all: readonly Mention[]): Mention | undefined {
  const named = all.filter((m) => m.concept.attrs?.panel !== 'true');
  if (named.length < 2) return undefined;
  const picked = named.filter((m) => s.tokens[withAnti(s, m.tokenStart) - 1]?.norm === 'only');
  return picked.length === 1 && picked[0] === named[named.length - 1] ? picked[0] : undefined;
}

function record(
  doc: Doc,
  s: DocSentence,
  all: readonly Mention[],
  found: NonNullable<ReturnType<typeof resultAt>>,
  titre: { text: string; start: number; end: number } | undefined,
  byTarget: Map<string, ExtractedAntibody>,
  inner: ReadonlyMap<Mention, ReturnType<typeof titreAt>> = new Map(),
  ownSigns = false,
): Recorded[] {
  const done: Recorded[] = [];
  // the one member of several that "only" names ("only anti-NXP2 was positive")
  const onlyOne = onlyMember(s, all);
  // "autoimmune screening for myositis-specific autoantibodies was negative": one panel, the most specific
  let res = found;
  let lastPanel: Mention | undefined;
  for (let i = all.length - 1; i >= 0 && !lastPanel; i--)
    if (all[i]!.concept.attrs?.panel === 'true') lastPanel = all[i];
  // "the screen was negative, including ENA, dsDNA …": the members are listed, so the group is not reported
  // only as a group (conventions) — the members carry the result, the panel is not recorded
  const listed =
    (lastPanel !== undefined &&
      s.tokens.slice(lastPanel.tokenEnd, lastPanel.tokenEnd + 8).some(
        (t, k, w) =>
          // (in the panel's own clause: "…; anti-TPO was included in a later panel" lists nothing of it)
          !w.slice(0, k).some((x) => x.norm === ';' || x.norm === '.') &&
          (PANEL_LISTING.has(t.norm) ||
            // ("the remainder of the screen (which took in anti-Sm, RF, …) was negative", session 38: the group kept)
            (t.norm === 'took' && w[k + 1]?.norm === 'in')),
      )) ||
    // "autoantibody screen negative for ENA, dsDNA …": the result is given for the members named after it
    (lastPanel !== undefined &&
      s.tokens
        .slice(lastPanel.tokenEnd, lastPanel.tokenEnd + 4)
        // "negative except for anti-Ro52": the member after "except for" is an exception, not a member listed
        .some((t, k) => t.norm === 'for' && s.tokens[lastPanel.tokenEnd + k - 1]?.norm !== 'except') &&
      s.mentions.some(
        (m) =>
          m.concept.kind === 'antibody' &&
          m.concept.attrs?.panel !== 'true' &&
          m.tokenStart > lastPanel.tokenEnd &&
          m.tokenStart <= lastPanel.tokenEnd + 8,
      )) ||
    // "antisynthetase antibodies (Jo-1, PL-7, PL-12) were negative": the members in brackets
    (lastPanel !== undefined &&
      s.tokens[lastPanel.tokenEnd]?.norm === '(' &&
      all.some(
        (m) =>
          m.concept.attrs?.panel !== 'true' &&
          m.tokenStart > lastPanel.tokenEnd &&
          m.tokenStart <= lastPanel.tokenEnd + 3,
      )) ||
    // "Myositis-specific Abs negative (anti-Mi-2, anti-SRP)", "… were negative (Jo-1, PL-7)" (session 40: the group
    // kept beside its members): the members in a bracket after the group's result
    (lastPanel !== undefined && membersAfterGroupResult(s, lastPanel.tokenEnd));
  // "an autoimmune antibody panel, paraneoplastic antibody screening and a myositis profile were unremarkable":
  // groups named side by side in a list are each a result (only separators between one and the next mention)
  const coordinated = (i: number) => {
    const next = all[i + 1];
    if (!next) return false;
    const between = s.tokens.slice(all[i]!.tokenEnd, next.tokenStart);
    // ("an autoimmune antibody panel and a screen for paraneoplastic antibodies", session 38: the first lost): the
    // next group named by its test's noun and "for"
    const n = between.length;
    const named =
      n >= 3 &&
      between[n - 1]!.norm === 'for' &&
      PANEL_TEST_NOUNS.has(between[n - 2]!.norm) &&
      next.concept.attrs?.panel === 'true';
    for (const t of named ? between.slice(0, n - 2) : between) if (!LIST_SEPARATORS.has(t.norm)) return false;
    return true;
  };
  // "The myositis panel (Jo-1, PL-7, PL-12, EJ, OJ) was positive", "The ENA panel (SSA, SSB, Sm, RNP) was positive
  // for SSA" (session 34: every member read positive): the members in brackets after a panel are what it tested;
  // a positive panel says one of them (or those named after "for") was positive, not each — the panel is recorded
  // and the bracketed members stay unknown (a negative panel is negative for each member it names)
  // (a panel word, or a test named with a panel noun after it: "ENA panel (SSA, SSB, …)")
  let open = -1;
  for (const m of all) {
    const k = PANEL_NOUNS.has(s.tokens[m.tokenEnd]?.norm ?? '') ? m.tokenEnd + 1 : m.tokenEnd;
    if (s.tokens[k]?.norm === '(' && (m.concept.attrs?.panel === 'true' || k > m.tokenEnd)) {
      open = k;
      break;
    }
  }
  const close = open >= 0 ? closingBracket(s, open) : -1;
  const tested = (m: Mention) => close > 0 && m.tokenStart > open && m.tokenEnd <= close;
  // (one member alone in the bracket names the positive one: "a positive result for myositis-specific
  // antibodies (anti-Mi-2)")
  const positivePanel = res.result === 'positive' && close > 0 && all.filter(tested).length >= 2;
  const group = all.filter((m, i) =>
    positivePanel
      ? !tested(m)
      : m.concept.attrs?.panel !== 'true' || (m === lastPanel ? !listed : coordinated(i)),
  );
  for (const m of group) {
    const a = s.assert(m.tokenStart, m.tokenEnd);
    if (a.experiencer === 'other' || a.temporality === 'hypothetical') continue;
    // "Whether anti-MDA5 was present is unknown" (session 20: read positive): a question, not a result
    if (askedWhether(a)) continue;
    // "Anti-MDA5 may be negative early in the disease", "anti-NXP2 can be positive in children" (session 40: read
    // negative): a result after a modal and "be" is a possibility, not a result
    if (modalResult(s, res.idx)) continue;
    // "A negative anti-MDA5 does not exclude the disease", "a positive anti-Jo-1 may precede myositis" (session 40:
    // read as results): a result with an indefinite article, subject of a present or modal verb, is said of any test
    if (genericResult(s, res.idx, m)) continue;
    // "Anti-MDA5 was possibly positive", "anti-MDA5 positivity was suspected", "?anti-MDA5 positive" (session 21:
    // each read positive): a positive result that a hedge reaches is a suspicion, not a result. The name's hedge
    // counts only when its result stands right beside it ("we suspected anti-HMGCR positivity, and the assay was
    // positive" is a result).
    if (res.result === 'positive') {
      const beside = res.idx < m.tokenStart || res.idx - m.tokenEnd <= 2;
      const r = s.tokens[res.idx]!;
      if (
        (beside && hedged(doc.text, a, m.start, m.end)) ||
        hedged(doc.text, s.assert(res.idx, res.idx + 1), r.start, r.end)
      ) {
        // ("…, and the assay was positive": the result told after the suspicion, in the same sentence)
        const told = plainResultAfter(doc.text, s, res.idx);
        if (!told) continue;
        res = told;
      }
    }
    // "No myositis-specific antibodies were detected": the result verb is positive, the statement negated
    if (res.result === 'positive' && a.negated && !a.resolved && res.idx > m.tokenStart) {
      const before = s.tokens.slice(Math.max(0, m.tokenStart - 3), m.tokenStart).map((t) => t.norm);
      if (
        before.includes('no') ||
        before.includes('without') ||
        before.includes('none') ||
        // "neither anti-Jo-1 nor anti-PL-7 was found"
        before.includes('neither') ||
        before.includes('nor') ||
        // "At no point was anti-PL-12 detected", "at no time were …"
        atNoTime(s, m.tokenStart)
      )
        res = { ...res, result: 'negative' };
    }
    // (a sign glued to a member is its own result, recorded before the lists: "ANA+, ANCA-, RF+")
    if (
      !ownSigns &&
      (gluedSign(s, m) !== undefined ||
        slashResult(s, m, all) !== undefined ||
        levelsUnderSharedCutoff(s).has(m))
    )
      continue;
    // "negative ANA, RF 51" (session 30: RF read negative): a later member with a level of its own right after its
    // name does not take a negative stated before the list's first member (its level may be above the cut-off)
    if (
      res.result === 'negative' &&
      m !== all[0] &&
      res.idx < all[0]!.tokenStart &&
      s.tokens[m.tokenEnd]?.kind === 'number' &&
      s.tokens[m.tokenEnd + 1]?.norm !== ':'
    )
      continue;
    // "SRP (not HMGCR) antibodies were positive", "anti-PL-7 but not anti-Jo-1 was positive": the member set
    // apart by "not" has the opposite result (this member only)
    // "Of the antibodies tested (Jo-1, PL-7, …, NXP2), only anti-NXP2 was positive", "a line blot covering Jo-1, …
    // detected only anti-PL-7" (session 35: every antigen read positive): the rest of what was tested is negative
    const others =
      res.result === 'positive' &&
      onlyOne !== undefined &&
      m !== onlyOne &&
      m.concept.attrs?.panel !== 'true';
    const mine =
      (contrasted(s, m) || others) && res.result !== 'equivocal'
        ? { ...res, result: opposite(res.result) }
        : res;
    const panel = m.concept.attrs?.panel === 'true';
    const target = panel ? m.concept.value : canonicalAntibody(classBefore(s, m) ?? m.concept.value);
    const rt = s.tokens[Math.min(mine.idx, s.tokens.length - 1)]!;
    const own = inner.get(m) ?? (oneTarget(group) ? titre : undefined);
    // parameters with their optional keys assigned in order (conditional spreads are slow in Node 20's V8)
    const params: Record<string, string | number> = { result: mine.result };
    if (mine.weak) params.weak = 'yes';
    if (group.length > 1) params.shared = group.length;
    const spans = own ? [m, rt, own] : [m, rt];
    const note = { code: 'antibody-result', params } as const;
    const cur = byTarget.get(target);
    done.push({ target, result: mine.result, panel, created: !cur });
    if (!cur) {
      const created = { target, result: mine.result } as ExtractedAntibody;
      if (own) created.titre = own.text;
      if (panel) created.panel = true;
      created.evidence = [evidence(doc.text, spans, 'antibodies', note)];
      byTarget.set(target, created);
    } else {
      // positive wins over equivocal over negative (any positive test counts); the entry is built only when
      // it is listed (addEvidenceOf)
      const better = RESULT_RANK[mine.result] > RESULT_RANK[cur.result];
      if (better) cur.result = mine.result;
      addEvidenceOf(cur.evidence, doc.text, spans, 'antibodies', note, better);
      if (own && !cur.titre) cur.titre = own.text;
    }
  }
  return done;
}
