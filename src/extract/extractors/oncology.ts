/**
 * Cancers (histology, site, grade, receptor status, TNM stage, extent, timing) and tumour response
 * assessments (RECIST 1.1 categories and prose such as "major partial response").
 *
 * Decisions: mentions of the same histology family merge into one cancer ("ductal carcinoma" and
 * "infiltrating ductal carcinoma"); generic words ("cancer", "tumour") create a cancer only with a
 * site ("breast cancer") and otherwise only add details to an existing one; "recently diagnosed" is
 * recorded as about one month before presentation, flagged approximate.
 * @module
 */
import { own } from '../../core/lookup.js';
import { memoBy } from '../../core/memo.js';
import { extractPatient } from './patient.js';
import {
  COUNT_PATTERN,
  durationUnit,
  MONTHS,
  readCount,
  VAGUE_COUNTS,
  yearsBeforeMonths,
} from '../numbers.js';
import type { Assertion } from '../context/context.js';
import type { Doc, DocSentence, Mention } from '../document.js';
import { coversToken, isCaseSentence } from '../document.js';
import { addEvidence, evidence, type SpanEvidence } from '../evidence.js';
import type { EvidenceNoteCode } from '../notes.js';
import { HISTOLOGY_CONCEPTS } from '../lexicon/oncology.js';
import type { Concept } from '../lexicon/types.js';
import type { Token } from '../tokenize.js';

/**
 * Words after a generic cancer word that make it a blood test ("tumour markers") or another thing than a cancer of
 * its own ("a tumour thrombus from her renal cell carcinoma", session 34: a second cancer at the lymph nodes named
 * before it; "tumour lysis").
 */
const MARKER_WORDS: ReadonlySet<string> = new Set([
  'marker',
  'markers',
  'thrombus',
  'lysis',
  // "resection of the colon because of tumour infiltration", "she died of cancer cachexia" (session 34: a cancer of
  // the colon, of the skin)
  'infiltration',
  'invasion',
  'cachexia',
]);
/** Words after a cancer word that make it the name of a virus ("leukemia virus"). */
const VIRUS_WORDS: ReadonlySet<string> = new Set(['virus', 'viruses']);

/** An extracted cancer (case model CancerSchema). */
export interface ExtractedCancer {
  id: string;
  histology?: string;
  site?: string;
  primaryUnknown?: boolean;
  grade?: string;
  receptors?: Record<string, string>;
  stage?: {
    tnm?: string;
    extent?: 'in-situ' | 'localised' | 'locally-advanced' | 'metastatic' | 'unknown';
    text?: string;
  };
  diagnosisDate?: {
    relativeTo: string;
    offset: number;
    unit: 'day' | 'week' | 'month' | 'year';
    approximate?: boolean;
  };
  status?: 'active' | 'remission' | 'progression' | 'unknown';
  /** The order of the cancer and the myositis as the text states it, when it states no interval. */
  relationToMyositis?: 'before' | 'concurrent' | 'after';
  codes?: { snomed: string };
  /** Internal: the family of spellings of the histology (not part of the case). */
  familyKey?: string;
  evidence: SpanEvidence[];
}

/** A tumour response assessment. */
export interface ExtractedResponse {
  category: 'complete-response' | 'partial-response' | 'stable-disease' | 'progressive-disease';
  /** RECIST code: CR, PR, SD, PD. */
  recist: 'CR' | 'PR' | 'SD' | 'PD';
  criteria?: string;
  qualifier?: string;
  evidence: SpanEvidence[];
}

const RECIST = {
  'complete-response': 'CR',
  'partial-response': 'PR',
  'stable-disease': 'SD',
  'progressive-disease': 'PD',
} as const;

const GRADE_RE =
  /\b(?:(?:nuclear|histologic(?:al)?|fnclcc|tumou?r|histological)[ \t\u00a0\u2009\u202f]{1,2})?grade[ \t\u00a0\u2009\u202f]{0,2}(?:of[ \t\u00a0\u2009\u202f]{1,2})?([1-4]|I{1,3}|IV)\b|\bG([1-4])\b/i;
const TNM_RE =
  /\b([cpyra]{0,2}T(?:[0-4][a-d]?|is|x))[ \t\u00a0\u2009\u202f]?[cpyra]{0,2}(N(?:[0-3][a-c]?|x))[ \t\u00a0\u2009\u202f]?[cpyra]{0,2}(M(?:[01][a-d]?|x))\b/;
const RECEPTOR_RE =
  /\b(ER|PR|PgR|HER2|HER-2|ERBB2|estrogen receptors?|oestrogen receptors?|progesterone receptors?|hormone receptors?)[ \t\u00a0\u2009\u202f-]{0,2}(positive|negative|\+|-)/gi;
const KI67_RE =
  /(?:Ki[ -]?67|proliferation index|proliferative index)[ \t\u00a0\u2009\u202f]{0,3}(?:of|:|=)?[ \t\u00a0\u2009\u202f]{0,2}(\d{1,3}(?:\.\d)?)[ \t\u00a0\u2009\u202f]?%/i;

/** Words before "metastases" that deny them ("no metastases", "without distant metastasis"). */
const NO_SPREAD: ReadonlySet<string> = new Set(['no', 'without', 'free', 'negative', 'nor']);
/** A stage IV (TNM or FIGO, "stage IVA"): distant spread. */
const STAGE_IV_RE = /\b(?:stage|FIGO)[ \t\u00a0]{0,2}(?:IV|4)[ABCabc]?\b/;
/** A stage III ("stage IIIB"): regional spread, read as locally advanced (the gold's two values). */
const STAGE_III_RE = /\b(?:stage|FIGO)[ \t\u00a0]{0,2}(?:III|3)[ABCabc]?\d?\b/;
/** A stage I or II ("stage IA", "stage 2"): no regional or distant spread, read as localised (decision). */
const STAGE_I_II_RE = /\b(?:stage|FIGO)[ \t\u00a0]{0,2}(?:II?|[12])[ABCabc]?\d?\b/;
/** A sentence that denies distant spread ("with no distant spread", "no distant metastases", "M0"). */
const NO_DISTANT_RE = /\b(?:no|without)\s+distant\s+(?:spread|metastas[ie]s|disease)\b|\bc?M0\b/;

function family(h: string): string {
  if (h === 'carcinosarcoma') return h;
  if (h.endsWith('sarcoma')) return 'sarcoma';
  if (h.includes('lymphoma')) return 'lymphoma';
  if (h.includes('carcinoma') || h.includes('cancer')) return 'carcinoma';
  return h;
}
const GENERIC_IN_FAMILY = new Set(['carcinoma', 'soft tissue sarcoma', 'cancer', 'lymphoma']);
/** A carcinoma named by its organ's adjective alone ("nasopharyngeal carcinoma"), no cell type in its name. */
const ORGAN_NAMED_CARCINOMA_RE = /^[a-z]+(?:al|ic|ar|ian|eal) carcinoma$/;
/** The kinds of non-small cell lung cancer: "NSCLC" and "lung adenocarcinoma" of one text are one cancer (session 18). */
const NSCLC = 'non small cell lung cancer';
const NSCLC_KINDS = new Set(['adenocarcinoma', 'squamous cell carcinoma', 'large cell carcinoma']);
/** Whether two histologies are a non-small cell lung cancer and one of its kinds (either order). */
const nsclcPair = (a: string, b: string) =>
  (a === NSCLC && NSCLC_KINDS.has(b)) || (b === NSCLC && NSCLC_KINDS.has(a));
/**
 * Organs where "cancer" conventionally means a carcinoma (an epithelial cancer): "gastric cancer" is recorded
 * with histology "carcinoma" (decision; the evidence note says so).
 */
const CARCINOMA_SITES = new Set([
  'breast',
  'lung',
  'ovary',
  'colon',
  'rectum',
  'colorectum',
  'stomach',
  'pancreas',
  'nasopharynx',
  'prostate',
  'bladder',
  'uterus',
  'cervix',
  'liver',
  'kidney',
  'esophagus',
  'esophagogastric junction',
  'thyroid',
  'head and neck',
  'larynx',
  'tongue',
  'oral cavity',
  'anus',
]);

/** Words between an antibody and "associated with" in a statement of what the antibody is associated with. */
const ASSOCIATION_LINK = new Set([
  ',',
  'antibody',
  'antibodies',
  'autoantibody',
  'autoantibodies',
  'positivity',
  'which',
  'that',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'been',
  'known',
  'to',
  'be',
  'strongly',
  'frequently',
  'often',
  'commonly',
  'typically',
  'closely',
]);

/**
 * "elevated anti-TIF1-γ antibodies, associated with malignancy including colorectal cancer": a cancer named as
 * what an antibody is associated with (or linked to) states what the antibody means in general, not a cancer
 * of the patient. The antibody is right before "associated with" / "linked to" (across "antibodies", "which
 * is", "strongly" …) and the cancer within six tokens after it.
 */
function antibodyAssociation(s: DocSentence, m: Mention): boolean {
  const t = s.tokens;
  for (let k = m.tokenStart - 1; k >= 1 && k >= m.tokenStart - 7; k--) {
    const w = t[k]!.norm;
    if (!((w === 'with' && t[k - 1]!.norm === 'associated') || (w === 'to' && t[k - 1]!.norm === 'linked')))
      continue;
    let j = k - 2;
    while (j >= 0 && k - 2 - j < 6 && ASSOCIATION_LINK.has(t[j]!.norm)) j--;
    return s.mentions.some((o) => o.concept.kind === 'antibody' && o.tokenEnd === j + 1);
  }
  return false;
}

/**
 * Whether the squamous-cell-carcinoma mention m names the tumour marker: "antigen" or "Ag" right after it, a value
 * after it ("SCC 3.2 ng/mL"), or the bracketed abbreviation of the antigen ("squamous cell carcinoma antigen
 * (SCC)").
 */
function markerNamed(s: DocSentence, m: Mention): boolean {
  // ("squamous cell carcinoma (SCC) antigen", session 30: read as a cancer): the antigen after the bracketed
  // abbreviation, or after the bracket that holds the abbreviation itself
  const k =
    s.tokens[m.tokenEnd]?.norm === '(' && s.tokens[m.tokenEnd + 2]?.norm === ')'
      ? m.tokenEnd + 3
      : s.tokens[m.tokenEnd]?.norm === ')' && s.tokens[m.tokenStart - 1]?.norm === '('
        ? m.tokenEnd + 1
        : m.tokenEnd;
  const w = s.tokens[k]?.norm;
  if (w === 'antigen' || w === 'ag' || w === 'antigens') return true;
  const next = s.tokens[m.tokenEnd];
  if (next?.kind === 'number' || (next?.norm === ':' && s.tokens[m.tokenEnd + 1]?.kind === 'number'))
    return true;
  return s.tokens[m.tokenStart - 1]?.norm === '(' && s.tokens[m.tokenStart - 2]?.norm === 'antigen';
}

/**
 * "RCC (×10¹²/L) 4.0–5.2 3.41" (session 30: the red cell count of a pasted table read as a renal cell carcinoma): a
 * unit in brackets right after the name makes it a laboratory row ("(x10^12/L)", "(g/L)").
 */
function labRowName(s: DocSentence, m: Mention): boolean {
  if (s.tokens[m.tokenEnd]?.norm !== '(') return false;
  const u = s.tokens[m.tokenEnd + 1]?.norm ?? '';
  return u === 'x' || u === '×' || u === '*' || s.tokens[m.tokenEnd + 2]?.norm === '/';
}

/** Nouns of an enzyme or a gene named after a cancer ("anaplastic lymphoma kinase", "breast cancer gene"). */
const GENE_WORDS = new Set(['kinase', 'gene', 'genes', 'protein', 'oncogene', 'susceptibility']);
/** Second parts of a compound adjective made from a cancer's name ("thymoma-associated", "tumour-related"). */
const COMPOUND_HEADS = new Set(['associated', 'related', 'specific']);
/** Antibody nouns after such a compound ("thymoma-associated antibodies", "tumour-specific autoantibodies"). */
const ANTIBODY_NOUNS = new Set([
  'antibody',
  'antibodies',
  'autoantibody',
  'autoantibodies',
  'antigen',
  'antigens',
  // "melanoma-associated gene 5" (session 26: a melanoma given to a patient from an antigen's older name)
  'gene',
  'genes',
  'protein',
  'proteins',
]);

/** Histologies whose spread to a lymph node is a metastasis (the node is never their primary site). */
const NODE_SPREADS = /carcinoma|melanoma|sarcoma|seminoma|germ cell|mesothelioma/;
/**
 * The organ of an operation named right before "for" the cancer ("a thyroidectomy for papillary carcinoma": the
 * thyroid), at most two words between "for" and the cancer.
 */
function operationSite(s: DocSentence, m: Mention): { value: string; token: Token } | undefined {
  const from = Math.max(0, m.tokenStart - 4);
  const words = s.tokens.slice(from, m.tokenStart).map((t) => t.norm);
  const k = words.lastIndexOf('for');
  if (k < 1 || words.length - k - 1 > 2) return undefined;
  const value = ORGAN_OF_OPERATION[words[k - 1]!];
  return value ? { value, token: s.tokens[from + k - 1]! } : undefined;
}
/** The organ an operation removes ("thyroidectomy for papillary carcinoma": the thyroid's). */
const ORGAN_OF_OPERATION: Readonly<Record<string, string>> = {
  thyroidectomy: 'thyroid',
  mastectomy: 'breast',
  lumpectomy: 'breast',
  gastrectomy: 'stomach',
  colectomy: 'colon',
  hemicolectomy: 'colon',
  nephrectomy: 'kidney',
  hysterectomy: 'uterus',
  prostatectomy: 'prostate',
  orchiectomy: 'testis',
  orchidectomy: 'testis',
  cystectomy: 'bladder',
  esophagectomy: 'esophagus',
  oesophagectomy: 'esophagus',
  pancreatectomy: 'pancreas',
  pneumonectomy: 'lung',
};
/** Words naming parts of one organ between a cancer and its site ("of the head and body of the pancreas"). */
const ORGAN_PARTS = new Set([
  'of',
  'the',
  'and',
  'head',
  'neck',
  'body',
  'tail',
  'uncinate',
  'process',
  'upper',
  'lower',
  'middle',
  'lobe',
  'lobes',
]);
/** Words after an organ that make it a graft ("kidney transplant", "renal transplantation", "liver recipient"). */
const TRANSPLANT_WORDS: ReadonlySet<string> = new Set([
  'transplant',
  'transplants',
  'transplantation',
  'transplanted',
  'graft',
  'allograft',
  'recipient',
  'recipients',
  'donor',
]);
/** Words after a urinary organ's adjective naming a symptom or a device ("a urethral catheter"). */
const NOT_SITE_AFTER: Readonly<Record<string, ReadonlySet<string>>> = {
  urethra: new Set([
    'catheter',
    'catheterization',
    'catheterisation',
    'stricture',
    'meatus',
    'discharge',
    'bleeding',
    'swab',
  ]),
};
/** Words after an organ that name its state or a landmark, not a growth ("kidney injury", "anal verge"). */
const ORGAN_STATE_WORDS: ReadonlySet<string> = new Set([
  'injury',
  'failure',
  'insufficiency',
  'function',
  'impairment',
  'verge',
]);
/** Words of the metastases right after an organ ("liver metastases", "bone mets"). */
const METASTASIS_WORDS: ReadonlySet<string> = new Set([
  'metastases',
  'metastasis',
  'mets',
  'metastatic',
  'deposits',
]);

/** Words between "of" and the site it names ("carcinoma of the left breast"). */
const OF_COMPLEMENT_LEAD = new Set(['the', 'left', 'right', 'her', 'his']);

/** The site written near a histology mention: the nearest site word within twelve tokens, not past another histology. */
function siteNear(s: DocSentence, m: Mention): { value: string; mention: Mention } | undefined {
  let best: Mention | undefined;
  let bestDist = Infinity;
  for (const x of s.mentions) {
    if (x.concept.kind !== 'site' || x === m) continue;
    // "melanoma cells … also present in the sentinel lymph node": a lymph node is where a carcinoma, a melanoma
    // or a sarcoma spreads, never its primary site (it is a lymphoma's)
    if (x.concept.value === 'lymph node' && NODE_SPREADS.test(m.concept.value)) continue;
    // "a lymphoma in a renal transplant recipient" (session 30: the lymphoma's site read as the kidney): the organ
    // transplanted is no cancer's site
    if (TRANSPLANT_WORDS.has(s.tokens[x.tokenEnd]?.norm ?? '')) continue;
    // "acute kidney injury", "renal failure", "7 cm from the anal verge" (session 34: a cancer of the kidney, of the
    // anus): a state of the organ, or a landmark, is no cancer's site
    if (ORGAN_STATE_WORDS.has(s.tokens[x.tokenEnd]?.norm ?? '')) continue;
    // "a urethral catheter", "urethral bleeding" (session 39, with the urethra as a site): a symptom or a device
    // named by the organ's adjective is no cancer's site
    if (NOT_SITE_AFTER[x.concept.value]?.has(s.tokens[x.tokenEnd]?.norm ?? '')) continue;
    // "a cervical tumor at C1–C2" (session 31: a carcinoma of the uterine cervix): "cervical" names the neck as
    // often as the cervix, so it gives the cervix only to a word of cancer, never to a bare tumour or mass
    if (
      x.concept.value === 'cervix' &&
      s.tokens[x.tokenStart]?.norm === 'cervical' &&
      x.tokenEnd - x.tokenStart === 1 &&
      (NOT_CANCER_WORDS_OF_NECK.has(s.tokens[m.tokenStart]?.norm ?? '') ||
        // "cervical radiotherapy for Hodgkin lymphoma", "a recurrence in the cervical nodes" (session 34: the
        // cervix, and so a woman): the neck, by the word after it
        NECK_AFTER_CERVICAL.has(s.tokens[x.tokenEnd]?.norm ?? ''))
    )
      continue;
    // "Biopsy of a liver lesion showed metastatic adenocarcinoma", "liver metastases appeared" (session 32: the liver
    // read as the primary site): the organ a metastasis was found in, before a metastatic tumour or before the word
    // of the metastases, is not where the cancer began
    if (
      METASTASIS_WORDS.has(s.tokens[x.tokenEnd]?.norm ?? '') ||
      (x.tokenEnd <= m.tokenStart && s.tokens[m.tokenStart - 1]?.norm === 'metastatic')
    )
      continue;
    // "the tumour spread to the mediastinal lymph nodes", "the cancer relapsed in the lung", "a melanoma metastasis
    // to the liver" (session 34: each a new cancer at that organ): where a cancer spread or came back is not
    // where it began
    if (
      x.tokenStart >= m.tokenEnd &&
      SPREAD_TO_RE.test(
        s.tokens
          .slice(m.tokenEnd, x.tokenStart)
          .map((t) => t.norm)
          .join(' '),
      )
    )
      continue;
    // "the upper lobe of the right lung": the lung named after its lobe carries the side
    if (
      s.tokens[x.tokenEnd - 1]?.norm === 'lobe' &&
      s.mentions.some(
        (o) =>
          o.concept.kind === 'site' && o !== x && o.tokenStart > x.tokenEnd && o.tokenStart - x.tokenEnd <= 4,
      )
    )
      continue;
    const d = x.tokenStart >= m.tokenEnd ? x.tokenStart - m.tokenEnd : m.tokenStart - x.tokenEnd;
    if (d > 12 || d >= bestDist) continue;
    const [a, b] = x.tokenStart >= m.tokenEnd ? [m.tokenEnd, x.tokenStart] : [x.tokenEnd, m.tokenStart];
    // (not the tumour's own abbreviation in brackets: "squamous cell carcinoma (SCC) of the lung")
    if (
      s.mentions.some(
        (o) =>
          o.concept.kind === 'histology' &&
          o !== m &&
          o.tokenStart >= a &&
          o.tokenEnd <= b &&
          !abbreviationOfTumourBefore(s, o),
      )
    )
      continue;
    // "… with colonic perforation": a site word after "with" belongs to what follows, not to the cancer
    // (not "cancer of head and body of pancreas": parts of one organ joined by "and")
    const between = s.tokens.slice(a, b);
    // (but "metastatic adenocarcinoma consistent with a colorectal primary": the organ named as the primary is its)
    if (
      x.tokenStart >= m.tokenEnd &&
      between.some((t) => t.norm === 'with' || t.norm === 'and') &&
      !between.every((t) => ORGAN_PARTS.has(t.norm)) &&
      !/^(?:primary|origin)$/.test(s.tokens[x.tokenEnd]?.norm ?? '')
    )
      continue;
    // "squamous cell carcinoma of the skin and ductal carcinoma of the breast" (session 34: the ductal carcinoma
    // placed in the skin): a site named as another histology's "of" complement is that histology's
    if (
      x.tokenEnd <= m.tokenStart &&
      s.mentions.some(
        (o) =>
          o.concept.kind === 'histology' &&
          o !== m &&
          o.tokenEnd < x.tokenStart &&
          s.tokens[o.tokenEnd]?.norm === 'of' &&
          s.tokens.slice(o.tokenEnd + 1, x.tokenStart).every((t) => OF_COMPLEMENT_LEAD.has(t.norm)),
      )
    )
      continue;
    // "renal clear cell carcinoma, breast cancer, and …": a site word heading the next item's own histology
    // belongs to that item, not to the cancer before it
    if (
      x.tokenStart >= m.tokenEnd &&
      s.mentions.some((o) => o.concept.kind === 'histology' && o !== m && o.tokenStart === x.tokenEnd)
    )
      continue;
    best = x;
    bestDist = d;
  }
  if (!best) return undefined;
  const side = s.tokens[best.tokenStart - 1]?.norm;
  return {
    value: `${side === 'left' || side === 'right' ? `${side} ` : ''}${best.concept.value}`,
    mention: best,
  };
}

/** A verb or noun of spread, then the preposition of where to, between a cancer and a site after it. */
const SPREAD_TO_RE =
  /\b(?:spread|spreading|relapsed|recurred|recurring|recurrence|relapse|came back|comes back|returned|reappeared|metastas[iz]ed|metastasi[sz]ing|metastasis|metastases|disseminated)\b[^.;]{0,30}\b(?:to|in|into|within)\b(?:\s+(?:the|her|his|both|multiple|several|[\w-]+))*\s*$/i;

/** Words after "cervical" that make it the neck's ("cervical radiotherapy", "cervical nodes", "cervical spine"). */
const NECK_AFTER_CERVICAL = new Set([
  'radiotherapy',
  'radiation',
  'irradiation',
  'lymph',
  'node',
  'nodes',
  'nodal',
  'lymphadenopathy',
  'adenopathy',
  'spine',
  'vertebra',
  'vertebrae',
  'vertebral',
  'cord',
  'region',
  'neck',
  'swelling',
  'muscles',
  'esophagus',
  'oesophagus',
  'trachea',
]);

/** Words of a growth that say no cancer by themselves ("cervical tumor", "cervical mass"). */
const NOT_CANCER_WORDS_OF_NECK = new Set([
  'tumor',
  'tumour',
  'tumors',
  'tumours',
  'mass',
  'neoplasm',
  'lesion',
]);

/** Cancers of the skin whose primary site is told as a part of the body ("melanoma on the right leg"). */
const SKIN_HISTOLOGIES = new Set(['melanoma', 'basal cell carcinoma', 'merkel cell carcinoma']);
/** Parts of the body a skin cancer sits on. */
const BODY_SITES = new Set([
  'leg',
  'arm',
  'back',
  'foot',
  'hand',
  'face',
  'scalp',
  'neck',
  'chest',
  'trunk',
  'thigh',
  'shoulder',
  'cheek',
  'forearm',
  'ear',
  'nose',
  'abdomen',
  'heel',
  'toe',
  'finger',
  'calf',
  'forehead',
  'temple',
]);
/**
 * "melanoma on the right leg", "a melanoma of the left foot", "basal cell carcinoma over the back": the part of the
 * body right after a skin cancer (on / of / over / in, "the", a side), with its side.
 */
function skinSite(s: DocSentence, m: Mention): { value: string; token: Token } | undefined {
  if (!SKIN_HISTOLOGIES.has(m.concept.value)) return undefined;
  const t = s.tokens;
  let k = m.tokenEnd;
  if (!['on', 'of', 'over', 'in'].includes(t[k]?.norm ?? '')) return undefined;
  k++;
  if (t[k]?.norm === 'the' || t[k]?.norm === 'his' || t[k]?.norm === 'her') k++;
  const side = t[k]?.norm === 'left' || t[k]?.norm === 'right' ? t[k]!.norm : undefined;
  if (side) k++;
  const part = t[k];
  if (!part || !BODY_SITES.has(part.norm)) return undefined;
  return { value: side ? `${side} ${part.norm}` : part.norm, token: part };
}

/** The SNOMED CT morphology code of the recorded histology (an organ "cancer" recorded as a carcinoma gets its code). */
function snomedOf(h: string, m: Mention): string | undefined {
  if (m.concept.value === h) return m.concept.codes?.snomed;
  return HISTOLOGY_CONCEPTS.find((x) => x.value === h)?.codes?.snomed;
}

/** "PD-1", "PD-L1", "PDL1": the name of an immune checkpoint, not "PD" (progressive disease). */
function checkpointName(s: DocSentence, m: Mention): boolean {
  if (m.tokenEnd - m.tokenStart !== 1 || s.tokens[m.tokenStart]!.norm !== 'pd') return false;
  const k = s.tokens[m.tokenEnd]?.norm === '-' ? m.tokenEnd + 1 : m.tokenEnd;
  return /^(?:l?[12]|l)$/.test(s.tokens[k]?.norm ?? '');
}

const bareSite = (site: string) => site.replace(/^(left|right) /, '');
/** A time of life long past, in the cancer's sentence ("in childhood", "as a child", "in her teens"). */
const CHILDHOOD_RE =
  /\b(?:in\s+(?:(?:her|his|early|late)\s+)?(?:childhood|infancy|adolescence|youth|teens)|as\s+an?\s+(?:child|infant|teenager|adolescent|toddler)|during\s+(?:her|his)\s+(?:childhood|adolescence|teens))\b/i;
/**
 * Whether the cancer's own clause sets it in childhood: the time of life after the cancer, before the clause ends
 * ("treated for Hodgkin lymphoma in childhood"), or opening the sentence ("As a child, she received chemotherapy for
 * …") — not another illness's ("asthma in childhood and breast cancer in 2019").
 */
function inChildhood(doc: Doc, ms: { s: DocSentence; m: Mention }): boolean {
  const rest = doc.text.slice(ms.m.end, ms.s.end);
  const clause = rest.slice(0, rest.search(/[,;.]|$/));
  if (CHILDHOOD_RE.test(clause)) return true;
  const opening = CHILDHOOD_RE.exec(doc.text.slice(ms.s.start, ms.m.start));
  return opening !== null && opening.index <= 3;
}

/** Whether two sites name the two sides of one organ ("left breast", "right breast"). */
const otherSide = (a: string | undefined, b: string | undefined) => {
  const sa = a && /^(left|right) /.exec(a)?.[1];
  const sb = b && /^(left|right) /.exec(b)?.[1];
  return sa !== undefined && sb !== undefined && sa !== sb;
};

function receptorKey(raw: string): string {
  const k = raw.toLowerCase();
  if (k.startsWith('her') || k === 'erbb2') return 'HER2';
  if (k.startsWith('pr') || k.startsWith('progesterone') || k === 'pgr') return 'PR';
  if (k.startsWith('hormone')) return 'hormone receptors';
  return 'ER';
}

/** What follows the grade of an adverse event ("grade 3 myositis", "grade 2 immune-related hepatitis"). */
const ADVERSE_GRADED_RE =
  /^\s*(?:\w+[-\s]related\s+|immune[-\s]mediated\s+)?(?:myositis|myocarditis|myasthenia|hepatitis|pneumonitis|colitis|nephritis|rash|dermatitis|toxicity|toxicities|adverse|irae|ir-?ae|neuropathy|weakness|fatigue|diarrh?o?ea|rhabdomyolysis|myalgia|ck|cpk|elevation|infusion)/i;

/** A treatment dated by a year, in a bracket or an apposition right after the cancer ("… (treated in 2014)"). */
const TREATED_IN_YEAR_AFTER_RE =
  /^(?:\s+(?:of|in)\s+(?:the\s+)?[\w-]+)?\s*[(,]\s*(?:treated|resected|excised|operated(?:\s+on)?|removed)\b[^();.]{0,30}?\bin\s+(?:19|20)\d\d\s*[),.]/i;
/** A care act for a cancer "newly diagnosed" ("referred to oncology for newly diagnosed …", "admitted for …"). */
const CARE_FOR_NEW_CANCER_RE =
  /\b(?:referred|transferred|admitted|scheduled|listed)\b[^.;]{0,40}?\bfor\s+(?:(?:a|an|her|his|the)\s+)?newly\s+diagnosed\s+(?:[\w-]+\s+){0,4}$/i;
/**
 * Whether the cancer `m` is what a care act of the sentence is for, "newly diagnosed", after a sentence of the patient
 * that told the myositis or its signs: the new cancer is the find of that presentation's work-up.
 */
function careForNewCancerAfterPresentation(doc: Doc, s: DocSentence, m: Mention): boolean {
  if (!CARE_FOR_NEW_CANCER_RE.test(doc.text.slice(s.start, m.start))) return false;
  return presentationBefore(doc, s, false);
}

/** Whether a case sentence before `s` names a calendar year (a dated story, from which a later date counts). */
function yearToldBefore(doc: Doc, s: DocSentence): boolean {
  return doc.sentences.some(
    (x) => x.index < s.index && isCaseSentence(x) && /\b(?:19|20)\d\d\b/.test(doc.text.slice(x.start, x.end)),
  );
}

/**
 * Whether a sentence of the patient's before `s` (not the title) tells the myositis, one of its signs or a muscle
 * enzyme — the presentation a later find of the work-up follows; with `weakness`, the bare word "weakness" too.
 */
function presentationBefore(doc: Doc, s: DocSentence, weakness: boolean): boolean {
  return doc.sentences.some(
    (x) =>
      x.index < s.index &&
      x.attribution.subject === 'patient' &&
      x.attribution.reason !== 'title' &&
      (x.mentions.some(
        (y) =>
          y.concept.kind === 'finding' || (y.concept.kind === 'lab' && MUSCLE_ENZYMES.has(y.concept.value)),
      ) ||
        myositisAt(doc, x).length > 0 ||
        (weakness && x.tokens.some((t) => t.norm === 'weakness'))),
  );
}

function details(doc: Doc, s: DocSentence, c: ExtractedCancer, m: Mention): void {
  const text = doc.text.slice(s.start, s.end);
  const g = GRADE_RE.exec(text);
  // "developed grade 3 myositis on nivolumab" (session 25: read as the tumour's grade): the grade of an adverse
  // event (CTCAE) is no histological grade
  if (g && !c.grade && !ADVERSE_GRADED_RE.test(text.slice(g.index + g[0].length))) c.grade = g[1] ?? g[2];
  const tnm = TNM_RE.exec(text);
  // "pT2 pN0 cM0": the case format holds one prefix, the T's
  if (tnm && !c.stage?.tnm) c.stage = { ...c.stage, tnm: tnm[1]! + tnm[2]! + tnm[3]! };
  const norms = s.tokens.map((t) => t.norm);
  const near = s.tokens.slice(Math.max(0, m.tokenStart - 4), m.tokenEnd + 4).map((t) => t.norm);
  let extent: NonNullable<ExtractedCancer['stage']>['extent'];
  // "with bone metastases", "liver metastases from a rectal adenocarcinoma" (not "without metastases"): up to
  // eight words after the cancer, in its clause ("breast cancer with lung and bone metastases")
  const after = s.tokens.slice(m.tokenEnd, m.tokenEnd + 8).map((t) => t.norm);
  const stop = after.findIndex((n) => n === ';' || n === '.');
  const clause = [
    ...s.tokens.slice(Math.max(0, m.tokenStart - 4), m.tokenEnd).map((t) => t.norm),
    ...(stop >= 0 ? after.slice(0, stop) : after),
  ];
  let spread = clause.findIndex(
    (n, i) =>
      (n === 'metastases' || n === 'metastasis' || n === 'mets') &&
      !clause.slice(Math.max(0, i - 3), i).some((w) => NO_SPREAD.has(w)),
  );
  // "The prostate cancer was not confined to the gland; bone scan showed metastases": the sentence's next clause
  // tells the spread of this cancer when it names no other cancer
  const semiAt = s.tokens.findIndex((t, k) => k >= m.tokenEnd && t.norm === ';');
  if (spread < 0 && semiAt >= 0) {
    const rest = s.tokens.slice(semiAt + 1).map((t) => t.norm);
    const otherCancer = s.mentions.some((x) => x.concept.kind === 'histology' && x.tokenStart > semiAt);
    const i = rest.findIndex((n) => n === 'metastases' || n === 'metastasis');
    if (!otherCancer && i >= 0 && !rest.slice(Math.max(0, i - 3), i).some((w) => NO_SPREAD.has(w)))
      spread = 0;
  }
  // "disseminated disease from a pancreatic adenocarcinoma": the spread named before the cancer, in its clause
  const before8 = s.tokens.slice(Math.max(0, m.tokenStart - 8), m.tokenStart).map((t) => t.norm);
  const semi = Math.max(before8.lastIndexOf(';'), before8.lastIndexOf('.'));
  const spreadBefore = before8
    .slice(semi + 1)
    .some(
      (n, i, a) =>
        (n === 'disseminated' || n === 'widespread' || n === 'metastatic') &&
        a[i + 1] === 'disease' &&
        (a[i + 2] === 'from' || a[i + 2] === 'of'),
    );
  // "confined to the gland", "organ-confined": localised (never "not confined")
  const confined = [...near, ...clause].some((n, i, a) => /(?:^|-)confined$/.test(n) && a[i - 1] !== 'not');
  if (norms.some((n, i) => n === 'locally' && norms[i + 1] === 'advanced')) extent = 'locally-advanced';
  // "stage IVA, with no distant spread" (a head-and-neck stage IV without metastases): locally advanced
  else if (STAGE_IV_RE.test(text) && NO_DISTANT_RE.test(text) && spread < 0) extent = 'locally-advanced';
  else if (spreadBefore) extent = 'metastatic';
  else if (
    near.includes('metastatic') ||
    near.includes('metastasized') ||
    near.includes('disseminated') ||
    // "peritoneal carcinomatosis", "extensive-stage small cell lung cancer"
    clause.includes('carcinomatosis') ||
    near.some((n, i) => n === 'extensive' && (near[i + 1] === 'stage' || near[i + 2] === 'stage')) ||
    spread >= 0 ||
    STAGE_IV_RE.test(text) ||
    (tnm !== null && /M1/i.test(tnm[3]!))
  )
    extent = 'metastatic';
  else if (STAGE_III_RE.test(text)) extent = 'locally-advanced';
  else if (norms.some((n, i) => n === 'in' && norms[i + 1] === 'situ')) extent = 'in-situ';
  else if (near.includes('localized') || near.includes('early') || confined || STAGE_I_II_RE.test(text))
    extent = 'localised';
  if (extent && !c.stage?.extent) c.stage = { ...c.stage, extent };
  RECEPTOR_RE.lastIndex = 0;
  for (let r = RECEPTOR_RE.exec(text); r; r = RECEPTOR_RE.exec(text)) {
    c.receptors ??= {};
    const v = r[2] === '+' ? 'positive' : r[2] === '-' ? 'negative' : r[2]!.toLowerCase();
    c.receptors[receptorKey(r[1]!)] ??= v;
  }
  if (norms.some((n, i) => n === 'triple' && norms[i + 1] === 'negative')) {
    c.receptors ??= {};
    for (const k of ['ER', 'PR', 'HER2']) c.receptors[k] ??= 'negative';
  }
  const ki = KI67_RE.exec(text);
  if (ki) {
    c.receptors ??= {};
    c.receptors['Ki-67'] ??= `${ki[1]}%`;
  }
  if (
    norms.some(
      (n, i) =>
        (n === 'unknown' && norms[i + 1] === 'primary') ||
        (n === 'no' && norms[i + 1] === 'clear' && norms[i + 2] === 'primary') ||
        (n === 'primary' && norms[i + 1] === 'unknown'),
    )
  )
    c.primaryUnknown = true;
  // "recently diagnosed", "newly diagnosed", "a new case of breast cancer": about a month before presentation
  // (not a care given for the new cancer after the presentation was told: "She was referred to oncology for newly
  // diagnosed ovarian cancer", session 41 grid: dated a month before; the work-up's find, read by cancerTiming)
  if (
    !c.diagnosisDate &&
    !careForNewCancerAfterPresentation(doc, s, m) &&
    norms.some(
      (n, i) =>
        ((n === 'recently' || n === 'newly') && norms[i + 1] === 'diagnosed') ||
        // ("58 y.o. woman, breast cancer diagnosed recently", session 46: no order) the adverb after the verb
        (n === 'diagnosed' &&
          norms[i + 1] === 'recently' &&
          i >= m.tokenEnd &&
          i - m.tokenEnd <= 3 &&
          !FIND_VERB_RE.test(doc.text.slice(s.start, m.start))) ||
        (n === 'new' && norms[i + 1] === 'case' && norms[i + 2] === 'of'),
    )
  )
    c.diagnosisDate = { relativeTo: 'presentation', offset: -1, unit: 'month', approximate: true };
  // "a thyroidectomy for papillary carcinoma": the organ the operation removed
  if (!c.site && m.concept.attrs?.siteNamed !== 'true' && !siteNear(s, m)) {
    const op = operationSite(s, m);
    if (op) {
      c.site = op.value;
      addEvidence(c.evidence, evidence(doc.text, [op.token], 'oncology', 'primary-site'));
    }
  }
  if (!c.site) {
    const implied = m.concept.attrs?.site;
    const near = m.concept.attrs?.siteNamed === 'true' ? undefined : siteNear(s, m);
    const body = near ? undefined : skinSite(s, m);
    if (body) {
      c.site = body.value;
      addEvidence(c.evidence, evidence(doc.text, [body.token], 'oncology', 'primary-site'));
    } else if (near) {
      c.site = near.value;
      addEvidence(c.evidence, evidence(doc.text, [near.mention], 'oncology', 'primary-site'));
    } else if (implied) {
      c.site = implied;
      addEvidence(c.evidence, evidence(doc.text, [m], 'oncology', 'site-from-histology'));
    }
  }
}

/** {@link cancerAbbreviations} of each document. */
const CANCER_ABBREVIATIONS = new WeakMap<Doc, ReadonlyMap<string, Concept>>();
/**
 * Abbreviations the text defines for a cancer: "small cell carcinoma of the bladder (SCCB)", "gallbladder
 * carcinoma (GBC)". Read in any sentence (the definition often sits in a background sentence); the key is the
 * abbreviation as written (2–6 capitals), the value the histology concept with its site named.
 */
function cancerAbbreviations(doc: Doc): ReadonlyMap<string, Concept> {
  // (read once per document: every cancer's timing asks for them again, through cancerAbbreviationWords)
  const known = CANCER_ABBREVIATIONS.get(doc);
  if (known) return known;
  const out = new Map<string, Concept>();
  CANCER_ABBREVIATIONS.set(doc, out);
  for (const s of doc.sentences)
    for (const m of s.mentions) {
      if (m.concept.kind !== 'histology' || m.concept.attrs?.generic === 'true') continue;
      // the bracket right after the histology or after its site phrase ("of the bladder")
      let k = m.tokenEnd;
      for (let n = 0; n < 4 && s.tokens[k] && s.tokens[k]!.norm !== '('; n++, k++);
      if (s.tokens[k]?.norm !== '(' || s.tokens[k + 2]?.norm !== ')') continue;
      const abbr = s.tokens[k + 1]!;
      let written = doc.text.slice(abbr.start, abbr.end);
      // "myelodysplastic syndromes (MDSs)" (session 26: the patient's "MDS" lost): a plural abbreviation defines
      // its singular
      if (/^[A-Z]{2,6}s$/.test(written)) written = written.slice(0, -1);
      if (!/^[A-Z]{2,6}$/.test(written)) continue;
      const site =
        (m.concept.attrs?.siteNamed === 'true' ? m.concept.attrs.site : undefined) ??
        siteNear(s, m)?.value ??
        m.concept.attrs?.site;
      out.set(written, {
        ...m.concept,
        attrs: { ...m.concept.attrs, ...(site ? { site, siteNamed: 'true' } : {}) },
      });
    }
  return out;
}

/**
 * Whether the histology mention `m` is one bracketed word right after another histology mention (or after its site
 * phrase, within four words): the abbreviation the text gives that tumour ("small cell carcinoma (SCC)").
 */
function abbreviationOfTumourBefore(s: DocSentence, m: Mention): boolean {
  if (m.tokenEnd - m.tokenStart !== 1) return false;
  if (s.tokens[m.tokenStart - 1]?.norm !== '(' || s.tokens[m.tokenEnd]?.norm !== ')') return false;
  const open = m.tokenStart - 1;
  return s.mentions.some(
    (x) => x !== m && x.concept.kind === 'histology' && x.tokenEnd <= open && open - x.tokenEnd <= 4,
  );
}

/** An operation or treatment "for" / "of" right before a cancer ("a radical prostatectomy for prostatic …"). */
const TREATMENT_FOR_BEFORE_RE =
  /\b(?:[a-z]+ectomy|resection|surgery|operation|chemotherapy|radiotherapy|chemoradiotherapy)\s+(?:for|of)\s+(?:(?:a|an|the|his|her)\s+)?(?:[\w-]+\s+){0,3}$/i;

/** Whether the mention is one of "either … or …" ("either lung cancer or a mediastinal tumour"). */
function offeredAlternative(s: DocSentence, m: Mention): boolean {
  const has = (w: string, from: number, to: number) =>
    s.tokens.slice(Math.max(0, from), to).some((t) => t.norm === w);
  if (has('either', m.tokenStart - 4, m.tokenStart)) return has('or', m.tokenEnd, m.tokenEnd + 6);
  // the second member ("either a thymoma or lung cancer")
  for (let k = m.tokenStart - 1; k >= Math.max(0, m.tokenStart - 4); k--)
    if (s.tokens[k]!.norm === 'or') return has('either', k - 6, k);
  return false;
}

/** Mentions of defined cancer abbreviations in a sentence ("DM associated with SCCB"), in token order. */
const CARCINOMA = HISTOLOGY_CONCEPTS.find((x) => x.value === 'carcinoma')!;
/**
 * "Ca cervix", "ca. breast" (the abbreviation of carcinoma before an organ, common in Indian reports): a carcinoma
 * mention, only right before a site word ("Ca" alone is calcium, "CA-125" a marker).
 */
function carcinomaAbbreviations(s: DocSentence): Mention[] {
  const out: Mention[] = [];
  for (let k = 0; k < s.tokens.length; k++) {
    const t = s.tokens[k]!;
    if (t.norm !== 'ca' || coversToken(s.mentions, k)) continue;
    const j = s.tokens[k + 1]?.norm === '.' ? k + 2 : k + 1;
    const site = s.mentions.find((x) => x.concept.kind === 'site' && x.tokenStart === j);
    if (!site || site.concept.value === 'lymph node') continue;
    out.push({ concept: CARCINOMA, tokenStart: k, tokenEnd: k + 1, start: t.start, end: t.end });
  }
  return out;
}

/**
 * "kidney and prostate carcinomas", "colon and gastric cancers" (session 34: only the last organ's cancer was
 * read): organs coordinated before one plural histology each have it — a mention of that histology is added at each earlier
 * organ (one whose own histology does not follow it), so that each becomes its own cancer.
 */
function coordinatedSites(s: DocSentence, mentions: readonly Mention[]): readonly Mention[] {
  let extra: Mention[] | undefined;
  for (const m of mentions) {
    // (only a plural histology: "colon and rectal cancer" may be one colorectal cancer)
    if (m.concept.kind !== 'histology' || !/s$/i.test(s.tokens[m.tokenEnd - 1]?.norm ?? '')) continue;
    const x = mentions.find((y) => y.concept.kind === 'site' && y.tokenEnd === m.tokenStart);
    if (!x) continue;
    let at = x.tokenStart;
    while (COORDINATORS.has(s.tokens[at - 1]?.norm ?? '')) {
      const y = mentions.find((z) => z.concept.kind === 'site' && z.tokenEnd === at - 1);
      if (!y) break;
      (extra ??= []).push({
        ...m,
        tokenStart: y.tokenStart,
        tokenEnd: y.tokenEnd,
        start: y.start,
        end: y.end,
      });
      at = y.tokenStart;
    }
  }
  return extra ? [...mentions, ...extra].sort((a, b) => a.tokenStart - b.tokenStart) : mentions;
}
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', ',']);

function withAbbreviations(doc: Doc, s: DocSentence, abbr: ReadonlyMap<string, Concept>): readonly Mention[] {
  const ca = carcinomaAbbreviations(s);
  const base = ca.length ? [...s.mentions, ...ca].sort((a, b) => a.tokenStart - b.tokenStart) : s.mentions;
  if (!abbr.size) return base;
  const extra: Mention[] = [];
  for (let k = 0; k < s.tokens.length; k++) {
    const t = s.tokens[k]!;
    const concept = abbr.get(doc.text.slice(t.start, t.end));
    // not the definition itself ("(SCCB)") and not a token another mention covers
    if (!concept || s.tokens[k - 1]?.norm === '(' || coversToken(s.mentions, k)) continue;
    extra.push({ concept, tokenStart: k, tokenEnd: k + 1, start: t.start, end: t.end });
  }
  return extra.length ? [...base, ...extra].sort((a, b) => a.tokenStart - b.tokenStart) : base;
}

/** Words of a search or a test before "for" and a cancer ("we looked for lymphoma", "tumour markers for …"). */
const SOUGHT_BY = new Set([
  // "surveillance for ovarian cancer continues" (session 21)
  'surveillance',
  'looked',
  'searched',
  'search',
  'screened',
  'screening',
  'screen',
  'marker',
  'markers',
  'tested',
  'testing',
]);

/** A population's figures: an incidence, odds, hazard or risk ratio, a confidence interval. */
const POPULATION_FIGURES_RE =
  /\b(?:SIRs?|SMRs?|standardi[sz]ed\s+(?:incidence|mortality)\s+ratios?|odds\s+ratios?|hazard\s+ratios?|relative\s+risks?|incidence\s+rate\s+ratios?|confidence\s+intervals?)\b|\b95\s?%\s*(?:CI|confidence)\b/;
/**
 * A share of a population ("in a fifth of patients", "in 15% of cases") or a study's frame opening the sentence ("In
 * large cohorts, …") — session 40 grid: "In large cohorts, gastric adenocarcinoma is diagnosed within 3 years of the
 * myositis in a fifth of patients" gave the patient the cancer. Read only in a sentence that names no patient.
 */
const POPULATION_SHARE_RE =
  /\bin\s+(?:(?:about|approximately|nearly|up\s+to|over)\s+)?(?:\d{1,2}(?:\.\d)?\s?%|a\s+(?:third|quarter|fifth|sixth|tenth)|(?:one|two|three)[\s-](?:thirds?|quarters?|fifths?))\s+of\s+(?:(?:the|all|such|these)\s+)?(?:patients|cases|adults|people|individuals|subjects)\b|^\W{0,3}in\s+(?:(?:large|several|many|population-based|published|retrospective|prospective)\s+){1,2}(?:cohorts?|series|studies|registries)\s*,/i;
/** The patient named in a sentence ("our patient", "she", "his"). */
const PATIENT_NAMED_RE = /\b(?:(?:our|this|the)\s+patient|she|he|her|his|him)\b/i;
/**
 * Whether the sentence states a population's figures ({@link POPULATION_FIGURES_RE}; gated by "CI", "SIR", "ratio"…)
 * or a population's share ({@link POPULATION_SHARE_RE}) with no patient named.
 */
const populationFigures = memoBy((doc: Doc, s: DocSentence): boolean => {
  const text = doc.text.slice(s.start, s.end);
  if (/CI\b|SIR|SMR|ratio|risk|interval/i.test(text) && POPULATION_FIGURES_RE.test(text)) return true;
  return (
    /patients|cases|adults|people|individuals|subjects|cohort|series|studies|registr/i.test(text) &&
    POPULATION_SHARE_RE.test(text) &&
    !PATIENT_NAMED_RE.test(text)
  );
});

/** A general association of the disease, right before the cancers it names ("usually associated with ovarian, …"). */
// (session 40 grid: also an order the disease usually keeps, "Dermatomyositis usually precedes the diagnosis of an
// ovarian cancer", read as the patient's cancer)
const GENERAL_ASSOCIATION_RE =
  /\b(?:(?:usually|often|frequently|commonly|typically|classically|mostly|may\s+be|can\s+be|is\s+known\s+to\s+be|are)\s+(?:associated|linked)\s+(?:with|to)|(?:usually|often|frequently|commonly|typically|generally|may|can|tends\s+to)\s+(?:precedes?|follows?|heralds?|accompan(?:y|ies))\s+(?:the\s+(?:diagnosis|onset|detection|appearance)\s+of)?)\s+(?:(?:an?|the)\s+)?(?:[\w-]+,?\s+(?:or\s+|and\s+)?){0,6}$/i;

/** Nouns of a search that a cancer's name may qualify ("myeloma screen", "HCC surveillance"). */
const SEARCH_NOUNS = new Set(['screen', 'screening', 'surveillance', 'work-up', 'workup']);

/**
 * "We looked for gastric cancer", "tumour markers for ovarian cancer were normal" (session 20: each gave the
 * patient the cancer): a cancer named as what a search or a test was for is not found by it.
 */
function soughtFor(s: DocSentence, m: Mention): boolean {
  // "An occult breast cancer was sought but not found" (session 21): the passive of the search after the cancer,
  // unless a verb of finding after it is not denied
  const after = s.tokens.slice(m.tokenEnd, m.tokenEnd + 3).map((t) => t.norm);
  if ((after[0] === 'was' || after[0] === 'were') && (after[1] === 'sought' || after[1] === 'searched'))
    return !s.tokens.some(
      (t, k) =>
        k > m.tokenEnd + 1 &&
        FOUND_BY.has(t.norm) &&
        s.tokens[k - 1]?.norm !== 'not' &&
        s.tokens[k - 1]?.norm !== 'never',
    );
  // "A myeloma screen was normal", "a colonoscopy for colorectal cancer screening", "done as HCC surveillance"
  // (session 34: each gave the patient the cancer): the cancer names the kind of a search, whatever it found
  if (SEARCH_NOUNS.has(after[0] ?? '')) return true;
  for (let k = m.tokenStart - 1; k >= Math.max(1, m.tokenStart - 5); k--) {
    const t = s.tokens[k]!;
    // "search for malignancy revealed HCC": the cancer after the find
    if (t.kind === 'punct' || FOUND_BY.has(t.norm)) return false;
    // "surveillance for recurrence of her breast cancer": the search is for a return of a cancer she had
    if (RECURRENCE.has(t.norm)) return false;
    if (t.norm !== 'for') continue;
    // "screening for cancer revealed a papillary thyroid carcinoma": the search found one (the work-up's find
    // dates the cancer, see foundByWorkup)
    return (
      SOUGHT_BY.has(s.tokens[k - 1]!.norm) && !s.tokens.slice(m.tokenEnd).some((x) => FOUND_BY.has(x.norm))
    );
  }
  return false;
}

/**
 * The cancer's own clause after a break (", and", "; "), and its passive verb of a confirmed find right after it ("CT
 * showed a suspicious lesion, and breast cancer was confirmed by biopsy", "This raised the suspicion of a
 * paraneoplastic process, and prostate cancer was ultimately diagnosed", session 41 grid: each cancer lost to the
 * hedge of the clause before). Not "was not confirmed", nor a find of the hedged lesion itself ("a lesion suspicious
 * for breast cancer was found": no break between).
 */
const CONFIRMED_ADVERBS = new Set([
  'subsequently',
  'later',
  'ultimately',
  'eventually',
  'finally',
  'then',
  'histologically',
  'pathologically',
  'also',
]);
const CONFIRMED_VERBS = new Set([
  'confirmed',
  'diagnosed',
  'proven',
  'established',
  'identified',
  'detected',
  'found',
]);
/**
 * Whether the tokens from `k` (the end of the cancer's name, past an "of the <organ>") are "was/were (adverb)
 * confirmed/diagnosed/…" ({@link foundBySearch}).
 */
function confirmedAt(s: DocSentence, k: number, relative = false): boolean {
  if (s.tokens[k]?.norm === 'of')
    for (let j = k + 1; j < Math.min(s.tokens.length, k + 5); j++) {
      const w = s.tokens[j]!;
      if (w.kind === 'punct' || w.norm === 'was' || w.norm === 'were') {
        k = j;
        break;
      }
    }
  // ("The screening CT raised suspicion for lung cancer, which was confirmed by biopsy") the same verb in a relative
  // clause on the cancer
  if (relative) {
    if (s.tokens[k]?.norm !== ',' || !/^(?:which|that)$/.test(s.tokens[k + 1]?.norm ?? '')) return false;
    k += 2;
  }
  const aux = s.tokens[k]?.norm;
  if (aux !== 'was' && aux !== 'were') return false;
  const j = CONFIRMED_ADVERBS.has(s.tokens[k + 1]?.norm ?? '') ? k + 2 : k + 1;
  return CONFIRMED_VERBS.has(s.tokens[j]?.norm ?? '');
}
/** Verbs that make a diagnosis ("led to", "established", "confirmed", "yielded" the diagnosis of). */
const DIAGNOSIS_MAKERS = new Set([
  'led',
  'leading',
  'resulted',
  'resulting',
  'established',
  'establishing',
  'confirmed',
  'confirming',
  'made',
  'yielded',
  'gave',
]);
/**
 * Whether "diagnosis of" (past "a", "the", "new", "final", "definitive") stands right before the cancer `m`, with a
 * verb that made it between `from` and there ({@link foundBySearch}).
 */
function diagnosisMadeBetween(s: DocSentence, from: number, m: Mention): boolean {
  let j = m.tokenStart - 1;
  if (/^(?:a|an|the)$/.test(s.tokens[j]?.norm ?? '')) j--;
  if (s.tokens[j]?.norm !== 'of' || s.tokens[j - 1]?.norm !== 'diagnosis') return false;
  j--;
  for (let k = j - 1; k >= 0 && s.tokens[k]!.start >= from; k--) {
    const w = s.tokens[k]!.norm;
    if (DIAGNOSIS_MAKERS.has(w)) return true;
    if (!/^(?:a|an|the|new|final|definitive|definite|to|in)$/.test(w)) return false;
  }
  return false;
}
/**
 * "CT obtained as part of the work-up for malignancy identified a renal cell carcinoma", "Evaluation for an occult
 * neoplasm found …", "A mammogram revealed a suspicious lesion, and biopsy confirmed invasive lobular carcinoma"
 * (session 37: the cancer lost): ConText's hedge ("work-up for", "suspicious") runs on past a verb of finding other
 * than the four that end it ("showed", "revealed", …). A mention whose every hedge is followed, before it, by an
 * undenied verb of finding was found, not sought or suspected ("a lesion suspicious for renal cell carcinoma" stays
 * hedged: no verb between). Also a hedge of a clause before the cancer's own (see {@link confirmedAt}), and a
 * verb that made the diagnosis of it ("Evaluation for malignancy led to a new diagnosis of …", session 41 grid).
 */
function foundBySearch(s: DocSentence, m: Mention, a: Assertion): boolean {
  if (!a.uncertain) return false;
  let any = false;
  for (const t of a.triggers) {
    if (t.category !== 'uncertainty') continue;
    if (t.end > m.start) return false;
    const clauseBreak = s.tokens.some(
      (x, k) =>
        x.start >= t.end &&
        x.end <= m.start &&
        (x.norm === ';' || (x.norm === ',' && /^(?:and|but)$/.test(s.tokens[k + 1]?.norm ?? ''))),
    );
    if ((clauseBreak && confirmedAt(s, m.tokenEnd)) || confirmedAt(s, m.tokenEnd, true)) {
      any = true;
      continue;
    }
    if (diagnosisMadeBetween(s, t.end, m)) {
      any = true;
      continue;
    }
    // "The liver biopsy was compatible with cholangiocarcinoma" (session 51, development text: the cancer lost):
    // a sampling's result stated "compatible with", as pathology states what it found (the muscle biopsy's reading
    // takes the idiom so too), not a suspicion
    if (t.text.toLowerCase() === 'compatible with' && samplingResult(s, m)) {
      any = true;
      continue;
    }
    const found = s.tokens.some(
      (x, k) =>
        x.start >= t.end &&
        x.end <= m.start &&
        FOUND_BY.has(x.norm) &&
        s.tokens[k - 1]?.norm !== 'not' &&
        s.tokens[k - 1]?.norm !== 'never',
    );
    if (!found) return false;
    any = true;
  }
  return any;
}

/** Whether the mention is a sampling's result, "consistent / compatible with" it ({@link SAMPLE_CONSISTENT_RE}). */
function samplingResult(s: DocSentence, m: Mention): boolean {
  const head = s.tokens.filter((x) => x.end <= m.start).map((x) => x.norm);
  // (an alternative keeps the hedge: "compatible with lymphoma or a reactive process", "either … or")
  const next = s.tokens.find((x) => x.start >= m.end)?.norm;
  if (next === 'or' || next === 'versus' || next === 'vs' || head.includes('either')) return false;
  return SAMPLE_CONSISTENT_RE.test(head.join(' ') + ' ');
}

/** Uncertain, unless each hedge is followed by a verb that found the mention (see foundBySearch). */
function hedged(s: DocSentence, m: Mention, a: Assertion): boolean {
  return a.uncertain && !foundBySearch(s, m, a);
}

/**
 * "Lymphoma?", "Recurrent breast cancer?" (session 21: each gave the patient the cancer): a short line that only
 * asks (four words at most, ending with a question mark) names a cancer to look for, not one found.
 */
function queriedLine(s: DocSentence): boolean {
  const last = s.tokens[s.tokens.length - 1];
  return last?.norm === '?' && s.tokens.filter((t) => t.kind === 'word').length <= 4;
}

/** Verbs of a search that found something (also in the present tense of a letter: "screening reveals …"). */
const FOUND_BY = new Set([
  'revealed',
  'showed',
  'found',
  'detected',
  'identified',
  'disclosed',
  'confirmed',
  'uncovered',
  'reveals',
  'shows',
  'finds',
  'detects',
  'identifies',
  'discloses',
  'confirms',
  'uncovers',
]);

/**
 * Extracts cancers and response assessments from the case sections.
 * @param doc - the analysed document
 */
export function extractOncology(doc: Doc): { cancers: ExtractedCancer[]; responses: ExtractedResponse[] } {
  const cancers: ExtractedCancer[] = [];
  const responses: ExtractedResponse[] = [];
  const mentionsOf = new Map<ExtractedCancer, { s: DocSentence; m: Mention }[]>();
  let lastCancer: ExtractedCancer | undefined;
  const abbreviations = cancerAbbreviations(doc);
  for (const s of doc.sentences) {
    if (!isCaseSentence(s)) continue;
    // "widespread metastases, the primary site unknown": details of the cancer being described.
    if (lastCancer && !s.mentions.some((m) => m.concept.kind === 'histology')) {
      const i = s.tokens.findIndex(
        (t, k) => (t.norm === 'metastatic' && s.tokens[k + 1]?.norm === 'disease') || t.norm === 'metastases',
      );
      if (i >= 0) {
        const a = s.assert(i, i + 1);
        if (!a.negated && !a.uncertain && a.experiencer === 'patient' && a.temporality !== 'hypothetical') {
          lastCancer.stage = { ...lastCancer.stage, extent: 'metastatic' };
          addEvidence(
            lastCancer.evidence,
            evidence(doc.text, [s.tokens[i]!], 'oncology', 'metastatic-disease'),
          );
        }
      }
      const norms = s.tokens.map((t) => t.norm);
      if (
        norms.some(
          (n, k) =>
            (n === 'unknown' && norms[k + 1] === 'primary') ||
            (n === 'no' && norms[k + 2] === 'primary') ||
            (n === 'primary' && norms[k + 1] === 'unknown'),
        )
      )
        lastCancer.primaryUnknown = true;
    }
    for (const m of coordinatedSites(s, withAbbreviations(doc, s, abbreviations))) {
      if (m.concept.kind === 'histology') {
        const a = s.assert(m.tokenStart, m.tokenEnd);
        // "no recurrence of her breast cancer": the recurrence is denied, not the cancer
        const courseDenied =
          a.negated &&
          s.tokens
            .slice(Math.max(0, m.tokenStart - 4), m.tokenStart)
            .some((t, i, ts) => RECURRENCE.has(t.norm) && ts[i + 1]?.norm === 'of');
        // "was listed for a prostatectomy for prostate adenocarcinoma" (session 31: the cancer lost): the
        // plan is the operation's; the cancer it treats is the patient's
        const planned =
          a.temporality === 'hypothetical' &&
          !a.negated &&
          TREATMENT_FOR_BEFORE_RE.test(doc.text.slice(Math.max(s.start, m.start - 60), m.start));
        if (
          a.experiencer === 'other' ||
          (a.temporality === 'hypothetical' && !planned) ||
          (a.negated && !a.resolved && !courseDenied)
        )
          continue;
        if (antibodyAssociation(s, m) || soughtFor(s, m) || queriedLine(s)) continue;
        // "No prior reports describe a lupus rash heralding an AML" (session 33: an AML given to
        // the patient): a statement about the literature's reports names no cancer of this patient
        if (REPORTS_OF_RE.test(doc.text.slice(s.start, m.start))) continue;
        // "In dermatomyositis the risk of ovarian cancer was higher (SIR 3.6, 95% CI 2.1–5.9)" (session 38: an
        // ovarian cancer given to the patient): a sentence that states a population's figures (a ratio, a confidence interval)
        // tells a cohort, not this patient
        if (populationFigures(doc, s)) continue;
        // "small cell carcinoma (SCC), probably of the gallbladder" (session 31: a second, squamous cell carcinoma):
        // an abbreviation in brackets right after a tumour names that tumour, whatever the lexicon reads it as
        if (abbreviationOfTumourBefore(s, m)) continue;
        // "a mass, either lung cancer or a mediastinal tumour" (session 31: a lung cancer recorded): one of two
        // diagnoses offered is neither stated
        if (offeredAlternative(s, m)) continue;
        // "She was diagnosed with dermatomyositis, a rare disease usually associated with ovarian, lung or gastric
        // cancer", "…, which is often associated with ovarian cancer" (session 34: each gave her the cancer): what
        // the disease is associated with in general
        if (GENERAL_ASSOCIATION_RE.test(doc.text.slice(Math.max(s.start, m.start - 90), m.start))) continue;
        let h = m.concept.value;
        const generic = m.concept.attrs?.generic === 'true';
        // "tumor markers (TM) … were negative", "cancer marker CA-125": a blood test, not a tumour
        if (generic && MARKER_WORDS.has(s.tokens[m.tokenEnd]?.norm ?? '')) continue;
        // "cervical intraepithelial neoplasia grade 3", "prostatic intraepithelial neoplasia" (session 34: read as
        // carcinomas): a precancerous lesion
        if (generic && s.tokens[m.tokenStart - 1]?.norm === 'intraepithelial') continue;
        // "human T-cell leukemia virus type 1 (HTLV-1)": a virus named after a cancer is not one (session 18)
        if (VIRUS_WORDS.has(s.tokens[m.tokenEnd]?.norm ?? '')) continue;
        // "anti-myeloma chemotherapy", "anti-lymphoma therapy", "a melanoma vaccine" (session 33: a myeloma given
        // to a patient with a monoclonal gammopathy): a treatment named after the cancer it is aimed at
        if (treatmentNamedBy(s, m)) continue;
        // "anaplastic lymphoma kinase" (session 26: a lymphoma given to a patient with lung cancer): an enzyme or a
        // gene named after a cancer is not one
        if (GENE_WORDS.has(s.tokens[m.tokenEnd]?.norm ?? '')) continue;
        // "thymoma-associated antibodies" (session 25: a thymoma given to a patient whose imaging showed none): the
        // cancer in a compound adjective of antibodies names a kind of antibody ("ovarian cancer-associated
        // dermatomyositis" still names the patient's cancer)
        if (
          s.tokens[m.tokenEnd]?.norm === '-' &&
          COMPOUND_HEADS.has(s.tokens[m.tokenEnd + 1]?.norm ?? '') &&
          ANTIBODY_NOUNS.has(s.tokens[m.tokenEnd + 2]?.norm ?? '')
        )
          continue;
        // "SCC 3.2 ng/mL", "squamous cell carcinoma antigen (SCC) 3.2" (session 25: a cancer made of a tumour marker):
        // the marker's name, with its value or the word "antigen" after it
        if (h === 'squamous cell carcinoma' && markerNamed(s, m)) continue;
        if (labRowName(s, m)) continue;
        // "tumour-infiltrating lymphocytes" (session 25: with "skin-infiltrating" beside it, a skin cancer): cells
        // named by where they are, not a tumour of the patient
        if (
          generic &&
          s.tokens[m.tokenEnd]?.norm === '-' &&
          s.tokens[m.tokenEnd + 1]?.norm === 'infiltrating'
        )
          continue;
        const named = m.concept.attrs?.siteNamed === 'true' ? m.concept.attrs.site : undefined;
        const mSite = named ?? siteNear(s, m)?.value ?? operationSite(s, m)?.value;
        const famKey = (x: string, attr?: string) => attr ?? family(x);
        // the site named beside the histology, or the one its own name implies ("small cell lung cancer")
        const hSite = mSite ?? m.concept.attrs?.site;
        let c = cancers.find(
          (x) =>
            x.histology &&
            (x.histology === h ||
              (x.familyKey !== undefined && x.familyKey === m.concept.attrs?.family) ||
              (famKey(x.histology) === famKey(h) &&
                (GENERIC_IN_FAMILY.has(h) || GENERIC_IN_FAMILY.has(x.histology))) ||
              (nsclcPair(x.histology, h) && bareSite(x.site ?? mSite ?? 'lung') === 'lung') ||
              // "undifferentiated carcinoma of the nasopharynx … the nasopharyngeal carcinoma" (session 35: two
              // cancers): a carcinoma named by its organ's adjective and a carcinoma of that organ are one
              (famKey(x.histology) === famKey(h) &&
                (ORGAN_NAMED_CARCINOMA_RE.test(h) || ORGAN_NAMED_CARCINOMA_RE.test(x.histology)) &&
                x.site !== undefined &&
                hSite !== undefined &&
                bareSite(x.site) === bareSite(hSite))) &&
            // ("a history of breast cancer … small cell lung cancer": session 25, merged into one breast cancer) the
            // site the histology's own name implies counts as a site named
            (!x.site || !hSite || bareSite(x.site) === bareSite(hSite)) &&
            // "a right breast carcinoma … two years later a carcinoma of the left breast" (session 32: one cancer):
            // the two sides of a paired organ, each stated, are two cancers
            !otherSide(x.site, hSite),
        );
        // "a urothelial carcinoma and a colon cancer" (session 34: one urothelial carcinoma of the colon): a generic
        // word with its own site, brought in by "and a" after a cancer named earlier in the sentence, is another
        if (
          c &&
          generic &&
          mSite &&
          /\b(?:and|,)\s+(?:an?|another|a\s+second)\s+(?:[\w-]+\s+){0,3}$/i.test(
            doc.text.slice(s.start, m.start),
          ) &&
          c.evidence.some((e) => e.spans.some((sp) => sp.start >= s.start && sp.end <= m.start))
        )
          c = undefined;
        // "imaging showed a thymic tumor … dermatomyositis with metastases of thymoma": a histology whose site
        // (named beside it, or implied by it) is the site of a cancer so far named only by a generic word
        // names that cancer
        if (!c && !generic && hSite)
          c = cancers.find(
            (x) => x.histology === 'cancer' && x.site !== undefined && bareSite(x.site) === bareSite(hSite),
          );
        // "a left retinoblastoma … the tumour has now spread": a generic word at the site of a cancer already named
        // is that cancer, whatever its histology's family (session 18)
        if (!c && generic && mSite)
          c = cancers.find((x) => x.site !== undefined && bareSite(x.site) === bareSite(mSite));
        // "a germ cell tumour … embryonal carcinoma" (session 24): a member of the family refines the family's name
        const refines = c !== undefined && c.histology === m.concept.attrs?.family && c.histology !== h;
        if (c && (c.histology === 'cancer' || refines) && !generic) {
          c.histology = h;
          if (m.concept.attrs?.family) c.familyKey = m.concept.attrs.family;
          if (snomedOf(h, m)) c.codes = { snomed: snomedOf(h, m)! };
        }
        // "liver biopsy showed metastatic adenocarcinoma of colorectal origin", "adenocarcinoma compatible with
        // metastasis from the gastric cancer" (session 35: a second cancer, at the liver, after the myositis): a
        // metastasis whose sentence names the site of a cancer already recorded is that cancer's spread
        // (its spread dates no diagnosis: the mention adds evidence, not a time)
        const spread = !c && cancers.length ? metastasisOf(doc, s, m, cancers) : undefined;
        if (spread) {
          addEvidence(spread.evidence, evidence(doc.text, [m], 'oncology', 'histology'));
          continue;
        }
        // A hedged mention ("likely paraneoplastic … leiomyosarcoma") may add details, never create a cancer.
        if (!c && hedged(s, m, a)) {
          if (lastCancer && family(lastCancer.histology ?? '') === family(h)) details(doc, s, lastCancer, m);
          continue;
        }
        if (!c && generic) {
          if (!mSite) {
            if (lastCancer) details(doc, s, lastCancer, m);
            continue;
          }
          // "gastric cancer": a carcinoma of that organ (decision)
          if (CARCINOMA_SITES.has(bareSite(mSite))) h = 'carcinoma';
        }
        if (!c) {
          c = {
            id: `cancer-${cancers.length + 1}`,
            histology: h,
            ...(m.concept.attrs?.family ? { familyKey: m.concept.attrs.family } : {}),
            ...(snomedOf(h, m) ? { codes: { snomed: snomedOf(h, m)! } } : {}),
            evidence: [],
          };
          cancers.push(c);
        } else if (
          c.histology &&
          ((GENERIC_IN_FAMILY.has(c.histology) && !GENERIC_IN_FAMILY.has(h)) ||
            (c.histology === NSCLC && NSCLC_KINDS.has(h)))
        ) {
          c.histology = h;
          if (m.concept.codes?.snomed) c.codes = { snomed: m.concept.codes.snomed };
        }
        mentionsOf.set(c, [...(mentionsOf.get(c) ?? []), { s, m: withAbbreviationAfter(doc, s, m) }]);
        addEvidence(
          c.evidence,
          evidence(
            doc.text,
            [m],
            'oncology',
            generic && h === 'carcinoma' ? 'carcinoma-from-organ-cancer' : 'histology',
          ),
        );
        details(doc, s, c, m);
        lastCancer = c;
      } else if (m.concept.kind === 'response') {
        const a = s.assert(m.tokenStart, m.tokenEnd);
        if (a.experiencer === 'other' || a.temporality === 'hypothetical' || (a.negated && !a.resolved))
          continue;
        const cat = m.concept.value as ExtractedResponse['category'];
        // "progression of dysphagia": the progression of something other than the tumour
        if (m.tokenEnd - m.tokenStart === 1 && ofSomethingElse(s, m.tokenStart)) continue;
        // "treated with PD-L1 blockade", "anti-PD-1" (session 25: read as progressive disease): the checkpoint's name
        if (checkpointName(s, m)) continue;
        if (
          cat === 'progressive-disease' &&
          m.tokenEnd - m.tokenStart === 1 &&
          !s.tokens.some((t) =>
            [
              'disease',
              'tumor',
              'metastatic',
              'ct',
              'imaging',
              'multifocal',
              'leiomyosarcoma',
              'cancer',
              'recist',
            ].includes(t.norm),
          )
        )
          continue;
        const norms = s.tokens.map((t) => t.norm);
        const recistAt = norms.indexOf('recist');
        const criteria = recistAt >= 0 ? `RECIST${norms[recistAt + 1] === '1.1' ? ' 1.1' : ''}` : undefined;
        const written = doc.text.slice(m.start, m.end);
        const qualifier = /major|minor|overall|near/i.exec(written)?.[0]?.toLowerCase();
        responses.push({
          category: cat,
          recist: RECIST[cat],
          ...(criteria ? { criteria } : {}),
          ...(qualifier ? { qualifier } : {}),
          evidence: [
            evidence(doc.text, [m], 'oncology', {
              code: 'tumour-response',
              params: { category: RECIST[cat] },
            }),
          ],
        });
        if (lastCancer)
          lastCancer.status =
            cat === 'progressive-disease'
              ? 'progression'
              : cat === 'complete-response'
                ? 'remission'
                : 'active';
      }
    }
  }
  for (const c of cancers) siteOfMass(doc, c, mentionsOf.get(c) ?? []);
  datePatientCancersFromDiscussion(doc, cancers);
  for (const c of cancers) {
    if (!c.diagnosisDate) cancerTiming(doc, c, mentionsOf.get(c) ?? [], cancers);
    delete c.familyKey;
  }
  return { cancers, responses };
}

/**
 * The mention with the bracketed abbreviation right after it taken in ("hepatocellular carcinoma (HCC), diagnosed 3
 * years ago", session 35: the interval lost), so that what the sentence says after the name is read after both.
 */
function withAbbreviationAfter(doc: Doc, s: DocSentence, m: Mention): Mention {
  const t = s.tokens;
  const close = t[m.tokenEnd + 2];
  if (t[m.tokenEnd]?.norm !== '(' || close?.norm !== ')') return m;
  if (!/^[A-Z][A-Za-z-]{1,7}$/.test(doc.text.slice(t[m.tokenEnd + 1]!.start, t[m.tokenEnd + 1]!.end)))
    return m;
  return { ...m, tokenEnd: m.tokenEnd + 3, end: close.end };
}

/** The large bowel's sites, one organ for a metastasis's origin ("of colorectal origin" after a sigmoid cancer). */
const LARGE_BOWEL = new Set(['colon', 'rectum', 'colorectum', 'sigmoid colon', 'caecum', 'cecum', 'anus']);
const sameOrgan = (a: string, b: string) =>
  bareSite(a) === bareSite(b) || (LARGE_BOWEL.has(bareSite(a)) && LARGE_BOWEL.has(bareSite(b)));
/** A word of a metastasis in the sentence ("metastatic", "metastasis", "metastases"). */
const METASTASIS_RE = /\bmetasta(?:tic|sis|ses|sised|sized)\b/i;

/**
 * The cancer already recorded that a metastasis mention at `m` belongs to: the sentence says metastasis and names,
 * as a site, the organ of exactly one recorded cancer ("… of colorectal origin", "… from the gastric cancer").
 */
function metastasisOf(
  doc: Doc,
  s: DocSentence,
  m: Mention,
  cancers: readonly ExtractedCancer[],
): ExtractedCancer | undefined {
  // the word of a metastasis beside the mention ("metastatic adenocarcinoma", "carcinoma compatible with metastasis")
  if (!METASTASIS_RE.test(doc.text.slice(Math.max(s.start, m.start - 40), Math.min(s.end, m.end + 50))))
    return undefined;
  const sites = s.mentions.filter((x) => x.concept.kind === 'site').map((x) => x.concept.value);
  const generic = m.concept.attrs?.generic === 'true';
  const of = cancers.filter(
    (c) =>
      c.site !== undefined &&
      sites.some((x) => sameOrgan(x, c.site!)) &&
      // ("prostate cancer … and metastatic melanoma": another family is another cancer)
      (generic || c.histology === undefined || family(c.histology) === family(m.concept.value)),
  );
  return of.length === 1 && m.concept.attrs?.site === undefined ? of[0] : undefined;
}

/**
 * "Imaging revealed … a 3.7 cm cecal mass. … he underwent right hemicolectomy. Pathology revealed diffuse large
 * B-cell lymphoma": a cancer whose histology no site word names takes the site of the mass the work-up found in
 * an earlier case sentence (the nearest one, up to ten sentences before its first mention in the case).
 */
function siteOfMass(doc: Doc, c: ExtractedCancer, mentions: readonly { s: DocSentence; m: Mention }[]): void {
  if (c.site) return;
  const first = mentions.find((x) => isCaseSentence(x.s) && x.s.attribution.reason !== 'title');
  if (!first) return;
  for (let i = first.s.index - 1; i >= 0 && i >= first.s.index - 10; i--) {
    const s = doc.sentences[i]!;
    if (!isCaseSentence(s) || s.attribution.reason === 'title') continue;
    const masses = s.tokens.flatMap((t, k) =>
      MASS_WORDS.has(t.norm) || SAMPLED_WORDS.has(t.norm) ? [k] : [],
    );
    if (!masses.length) continue;
    // the site word nearest a mass word ("a pulmonary embolism and a 3.7 cm cecal mass": the cecum)
    let site: Mention | undefined;
    let best = Infinity;
    for (const x of s.mentions) {
      if (x.concept.kind !== 'site') continue;
      const d = Math.min(...masses.map((k) => Math.abs(k - x.tokenStart)));
      if (d < best) [site, best] = [x, d];
    }
    if (!site) continue;
    c.site = site.concept.value;
    addEvidence(c.evidence, evidence(doc.text, [site], 'oncology', 'site-of-mass'));
    return;
  }
}

/** A discussion sentence that speaks of this patient, not of a cited case. */
const SELF_REFERENCE =
  /\b(?:in (?:this|our|the present) (?:case|patient)|our (?:case|patient)|this patient)\b/i;
/**
 * "<A> preceded <B> by N months", "by more than a year" (session 33: the interval lost); counts per the timing
 * extractor, but "several" read as about 5 (3–7).
 */
const PRECEDED_BY = new RegExp(
  String.raw`\bpreceded\b[^.;]{0,120}?\bby (?:(?:more than|over|about|approximately|almost|nearly|around|at least) )?${COUNT_PATTERN} (day|week|month|year)s?\b`,
  'i',
);
const MYOSITIS_WORD = /\b(?:dermatomyositis|myositis|DM)\b/;

/**
 * Dates an already-extracted cancer from a discussion sentence that explicitly speaks of this patient
 * ("in our patient the sarcoma was found some months before the myositis").
 * Cited cases in a discussion are never used: the sentence must refer to this patient, and it can only date a
 * cancer found in the case sections (same histology family), never create one. The offset is approximate.
 */
function datePatientCancersFromDiscussion(doc: Doc, cancers: ExtractedCancer[]): void {
  for (const s of doc.sentences) {
    if (s.section.role !== 'literature') continue;
    const text = doc.text.slice(s.start, s.end);
    if (!SELF_REFERENCE.test(text)) continue;
    const m = PRECEDED_BY.exec(text);
    if (!m) continue;
    const precededAt = s.start + m.index;
    for (const mention of s.mentions) {
      if (mention.concept.kind !== 'histology') continue;
      const target = cancers.find(
        (c) => c.histology !== undefined && family(c.histology) === family(mention.concept.value),
      );
      if (!target || target.diagnosisDate) continue;
      const cancerFirst = mention.start < precededAt;
      const other = cancerFirst ? doc.text.slice(precededAt, s.end) : doc.text.slice(s.start, precededAt);
      if (!MYOSITIS_WORD.test(other)) continue;
      const count = readCount(m[1]!, { ...VAGUE_COUNTS, several: 5 }) ?? { value: 1, approximate: true };
      target.diagnosisDate = {
        relativeTo: 'diagnosis',
        offset: cancerFirst ? -count.value : count.value,
        unit: durationUnit(m[2]!),
        approximate: count.approximate,
      };
      addEvidence(
        target.evidence,
        evidence(doc.text, [{ start: s.start, end: s.end }], 'oncology', 'timing-in-discussion'),
      );
      break;
    }
  }
}

// ─── Timing of a cancer relative to the myositis (conventions, "Cancers") ─────────────────────────

// ("1.5 y before the onset", "3 y later" in telegraphic notes, session 38: the interval lost) a bare "y" is a year
// only right after a count in digits
const UNITS = String.raw`(day|week|month|year|wk|mo|mth|yr|y(?<=\d[ \t\u00a0\u2009\u202f\u2010\u2011-]{1,2}y)(?![\w\u0370-\u03ff+]))s?`;
const SPACE = String.raw`[ \t\u00a0\u2009\u202f\u2010\u2011-]`;
/** The myositis as an anchor of an interval: the disease, its diagnosis or its first symptoms. */
/** The cancer or its treatment as the object of an interval ("18 months after mastectomy for …"). */
const CANCER_EVENT =
  /\b(?:cancer|carcinoma|adenocarcinoma|tumou?r|malignancy|lymphoma|sarcoma|melanoma|mastectomy|lobectomy|resection|surgery|chemotherapy|radiotherapy|treatment of|operation)\b/i;
/** "after diagnosis", "after the diagnosis," (no "of …" after it): read only in a sentence telling a find. */
const BARE_DIAGNOSIS_RE = /^\s*(?:the\s+)?diagnosis\b(?!\s+(?:of|with)\b)/i;
/** The visits an interval can count from ("before admission", "after consultation"). */
// (session 46: "six months before the present visit", the interval lost)
const VISIT_WORDS =
  'presentation|admission|discharge|consultation|referral|hospitali[sz]ation|(?:present|current|this|index|first|initial) visit';
/** An anchor that counts from the presentation (a visit word, or "she presented", "he was admitted"). */
const PRESENTATION_ANCHOR_RE = new RegExp(
  String.raw`^(?:${VISIT_WORDS})$|presented|admitted|was seen|came to us`,
  'i',
);
// ("14 months after the diagnosis of antisynthetase syndrome", session 33: the interval lost)
const ANCHOR = new RegExp(
  String.raw`\b(?:${VISIT_WORDS}|(?:she|he|the patient) (?:first )?(?:presented|was admitted|was seen|came to us)|[Dd]ermatomyositis|[Pp]olymyositis|[Mm]yositis|[Mm]yopathy|[Aa]nti-?synthetase syndrome|ASy?S|DM|PM|IIM|JDM|CADM|IMNM|[Ww]eakness|[Rr]ash|muscle symptoms|first symptoms?|symptoms|(?:muscle |muscular )?complaints|onset)\b`,
);
/**
 * "8 months before the first muscle symptoms", "12 months after the onset of weakness", "1 month after the myositis
 * was diagnosed", "two years post-mastectomy for breast cancer" ("post" before a treatment is "after").
 */
const INTERVAL_RE = new RegExp(
  String.raw`\b${COUNT_PATTERN}${SPACE}{1,2}${UNITS}(?:${SPACE}+and${SPACE}+a${SPACE}+half)?${SPACE}{1,2}(before|prior to|previous to|preceding|after|following|later than|earlier than|post(?=${SPACE}?(?:treatment|mastectomy|surgery|resection|chemotherapy|radiotherapy|lobectomy|hysterectomy|operation)))\b([^.;]{0,90})`,
  'gi',
);
/** The symptoms as the subject of a verb of onset, right before an interval ("her symptoms began …"). */
const SYMPTOMS_BEGAN_RE =
  /\b(?:(?:the|her|his|these|those|such|initial|first|presenting|muscle|muscular|skin|cutaneous)\s+)*symptoms?\s+(?:had\s+)?(?:began|begun|started|appeared|developed|occurred|emerged|arose|commenced)\s*$/i;
/** "after two years of dermatomyositis", "after 6 months of the disease": an interval from the first symptoms. */
const AFTER_YEARS_OF_RE = new RegExp(
  String.raw`\bafter${SPACE}{1,2}(?:(?:about|approximately|around|nearly|almost|some)${SPACE}{1,2})?${COUNT_PATTERN}${SPACE}{1,2}${UNITS}${SPACE}{1,2}of${SPACE}{1,2}(?:(?:her|his|the|their)${SPACE}{1,2})?(?:dermatomyositis|polymyositis|myositis|DM|PM|IIM|JDM|illness|disease|symptoms)\b(?![\s-]*(?:free|remission))`,
  'i',
);
/** "18 months into her illness", "two years into the disease course": an interval from the first symptoms. */
const INTO_ILLNESS_RE = new RegExp(
  String.raw`\b${COUNT_PATTERN}${SPACE}{1,2}${UNITS}${SPACE}{1,2}into${SPACE}{1,2}(?:her|his|the|their)${SPACE}{1,2}(?:illness|disease|myositis|dermatomyositis|course)\b`,
  'i',
);
/**
 * "four months into treatment for dermatomyositis", "at 9 months post-diagnosis", "6 weeks post-presentation" (session
 * 40 grid: lost): a time counted from the myositis's diagnosis (its treatment starts with it) or from the
 * presentation (group 3: the anchor after "post"); never "post-diagnosis of <another disease>".
 */
const INTO_MYOSITIS_TREATMENT_RE = new RegExp(
  String.raw`\b${COUNT_PATTERN}${SPACE}{1,2}${UNITS}${SPACE}{1,2}(?:into${SPACE}+(?:(?:her|his|the)${SPACE}+)?(?:treatment|therapy|immunosuppression)${SPACE}+(?:for|of)${SPACE}+(?:(?:her|his|the)${SPACE}+)?(?:dermatomyositis|polymyositis|myositis|DM|PM|IIM|JDM)|post${SPACE}?(diagnosis|presentation|admission))\b(?!${SPACE}+of\b)`,
  'i',
);
/**
 * "After six months of treatment, a gastric cancer was diagnosed", "after 6 months of prednisolone therapy" (session 49,
 * probe: the order read without its interval): a time counted from the start of the myositis's treatment, which starts
 * with its diagnosis, as "six months into treatment" is. Never a cancer's own treatment ("after 6 months of
 * chemotherapy", "of treatment for breast cancer"): the caller also refuses a past cancer or a relapse in the sentence.
 */
const AFTER_MYOSITIS_TREATMENT_RE = new RegExp(
  String.raw`\bafter${SPACE}{1,2}(?:(?:about|approximately|around|nearly|almost|some)${SPACE}{1,2})?${COUNT_PATTERN}${SPACE}{1,2}${UNITS}${SPACE}{1,2}of${SPACE}{1,2}(?:(?:her|his|the|their)${SPACE}{1,2})?(?:(?:immunosuppressive|immunomodulatory|steroid|corticosteroid|glucocorticoid|prednisone|prednisolone|methylprednisolone|methotrexate|azathioprine|mycophenolate|IVIG|immunoglobulin|combined|combination|high-dose)${SPACE}{1,2})*(?:treatment|therapy|immunosuppression)\b(?:${SPACE}{1,2}(?:for|of)${SPACE}{1,2}(?:(?:her|his|the)${SPACE}{1,2})?(?:dermatomyositis|polymyositis|myositis|DM|PM|IIM|JDM)\b)?(?!${SPACE}{1,2}(?:for|of)\b)`,
  'i',
);
/**
 * Romance-language word order: "after 1 year from the diagnosis of dermatomyositis", "at a distance of 2 years from
 * the onset of the myositis", "after six months of the diagnosis": an interval from the myositis (the anchor never
 * "of" another disease: "after 2 years from the diagnosis of breast cancer" is the cancer's).
 */
// (session 40 grid: "after an interval of 9 months from the onset of weakness", "within 4 months of the diagnosis of
// DM" lost; "within" a month or less is a concurrence, read by CONCURRENT_RE, so the reading skips it)
const AFTER_FROM_RE = new RegExp(
  String.raw`\b(?:after(?:${SPACE}+(?:an${SPACE}+interval|a${SPACE}+period|a${SPACE}+lapse)${SPACE}+of)?|at${SPACE}+a${SPACE}+distance${SPACE}+of|within)${SPACE}+(?:(?:about|approximately|around|nearly|almost|some)${SPACE}+)?${COUNT_PATTERN}${SPACE}{1,2}${UNITS}${SPACE}+(?:from|of|since)${SPACE}+(?:the${SPACE}+)?(diagnosis|onset|presentation|admission|first${SPACE}+symptoms?)(?:${SPACE}+of${SPACE}+(?:the${SPACE}+|her${SPACE}+|his${SPACE}+)?(?:dermatomyositis|polymyositis|myositis|DM|PM|JDM|disease|illness|symptoms|weakness|rash))?\b(?!${SPACE}+of\b)`,
  'i',
);
/** The same order with the cancer as the anchor, right before its mention: "after 2 years from the diagnosis of". */
const AFTER_FROM_CANCER_RE = new RegExp(
  String.raw`\b(?:after|at${SPACE}+a${SPACE}+distance${SPACE}+of)${SPACE}+(?:(?:about|approximately|around|nearly|almost|some)${SPACE}+)?${COUNT_PATTERN}${SPACE}{1,2}${UNITS}${SPACE}+(?:from|of|since)${SPACE}+(?:the${SPACE}+)?(?:diagnosis|treatment|surgery|resection)${SPACE}+(?:of|for)${SPACE}+(?:(?:the|her|his|a|an)${SPACE}+)?(?:[\w-]+${SPACE}+){0,2}$`,
  'i',
);
const UNIT_MONTHS = { day: 1 / 30.4375, week: 7 / 30.4375, month: 1, year: 12 } as const;
/** The verb that makes a cancer the later find of an opening sentence ("… was diagnosed with", "was found to have"). */
const OPENING_FIND_RE =
  /\b(?:(?:was|were|is)\s+(?:(?:subsequently|eventually|then)\s+)?(?:diagnosed\s+with|found\s+to\s+have)|who\s+(?:subsequently\s+|then\s+)?developed)\s+(?:(?:a|an)\s+)?(?:[\w-]+\s+){0,3}$/i;
/** A sentence opening with a later-interval ("Two months later, …", "Six months after that, …"). */
const OPENING_LATER_RE = new RegExp(
  String.raw`^\W{0,3}(?:[\w-]+${SPACE}+){0,2}?${COUNT_PATTERN}${SPACE}{1,2}${UNITS}${SPACE}{1,2}(?:later|afterwards|thereafter|after${SPACE}+(?:that|this))\b`,
  'i',
);
/**
 * Intervals chained across sentences: the months the sentences right before add up when each opens with a
 * later-interval and names neither the myositis nor a cancer (a course between the presentation and the find).
 */
function chainedBefore(doc: Doc, s: DocSentence): number {
  let months = 0;
  for (let i = s.index - 1; i > 0; i--) {
    const p = doc.sentences[i]!;
    if (p.attribution.subject !== 'patient' || !isCaseSentence(p)) break;
    const r = OPENING_LATER_RE.exec(doc.text.slice(p.start, p.end));
    if (!r || myositisAt(doc, p).length || p.mentions.some((x) => x.concept.kind === 'histology')) break;
    months += (readCount(r[1]!)?.value ?? 1) * UNIT_MONTHS[durationUnit(r[2]!)];
  }
  return months;
}

/**
 * The other cancer told in the case sentence right before `s`, when that sentence names no myositis nor its signs:
 * the event a later-interval opening `s` counts from.
 */
function cancerOfSentenceBefore(
  doc: Doc,
  s: DocSentence,
  c: ExtractedCancer,
  cancers: readonly ExtractedCancer[],
): ExtractedCancer | undefined {
  const prev = doc.sentences[s.index - 1];
  if (!prev || !isCaseSentence(prev) || prev.attribution.subject !== 'patient') return undefined;
  if (myositisOrSignsAt(doc, prev).length) return undefined;
  return cancers.find(
    (o) =>
      o !== c && o.evidence.some((e) => e.spans.some((sp) => sp.start >= prev.start && sp.end <= prev.end)),
  );
}

/** A cancer's date as months from the presentation, when it is counted from the myositis or the presentation. */
function monthsFromPresentation(d: ExtractedCancer['diagnosisDate']): number | undefined {
  if (!d || (d.relativeTo !== 'presentation' && d.relativeTo !== 'diagnosis')) return undefined;
  return d.offset * UNIT_MONTHS[d.unit];
}

/**
 * "At the 6-month follow-up", "at 8 months of follow-up", "after 10 months of follow-up", "at the one-year follow-up
 * visit", a sentence opening "After two years, …": a time counted from the presentation (the first visit), read
 * when the sentence tells a find.
 */
const FOLLOW_UP_RE = new RegExp(
  String.raw`\b(?:at|after|during)${SPACE}+(?:the${SPACE}+)?(?:(?:about|approximately|around|nearly)${SPACE}+)?${COUNT_PATTERN}${SPACE}{1,2}${UNITS}(?:${SPACE}+of)?${SPACE}+follow${SPACE}?up\b|\b(?:screening|surveillance|re-?evaluation|reassessment|review|visit)${SPACE}+at${SPACE}+(?:(?:about|approximately|around)${SPACE}+)?${COUNT_PATTERN}${SPACE}{1,2}${UNITS}\b|^\W{0,3}(?:at|after)${SPACE}+${COUNT_PATTERN}${SPACE}{1,2}${UNITS}${SPACE}*[:,]` +
    // "Repeat screening after six months revealed …", "Subsequently, after 4 months, she was diagnosed with …"
    // (session 30: after, with no interval): inside the sentence, right before a comma or the verb of the find
    String.raw`|\b(?:at|after)${SPACE}+${COUNT_PATTERN}${SPACE}{1,2}${UNITS}(?=${SPACE}*,|${SPACE}+(?:revealed|showed|disclosed|demonstrated|detected|identified|discovered|confirmed|(?:she|he)${SPACE}+was${SPACE}+(?:diagnosed|found)))`,
  'i',
);
/** The time of another event told as the cancer's ("at the same time as", "in the same month as"). */
const SAME_TIME_AS_RE =
  /\b(?:at\s+the\s+same\s+time\s+as|in\s+the\s+same\s+(?:week|month|year)\s+as|simultaneously\s+with|concurrently\s+with|together\s+with)\b/i;
/** A calendar year in a sentence ("in 2012", "in March 2012"). */
const YEAR_OF_FIND_RE = /\b(?:in|since|during)\s+(?:(?:early|late|mid-?)\s*)?(?:[a-z]+\s+)?(?:19|20)\d\d\b/i;
/** A later case sentence that tells the presentation as now ("She now presented with …", "This time she …"). */
function presentedNowAfter(doc: Doc, s: DocSentence): boolean {
  return doc.sentences.some(
    (x) =>
      x.index > s.index &&
      isCaseSentence(x) &&
      /\b(?:now|currently|presently)\s+(?:presented|presents|presenting|admitted|came|referred)\b|\bthis\s+time\b/i.test(
        doc.text.slice(x.start, x.end),
      ),
  );
}
/** "at 54 years": a count of years an age, not a follow-up visit (fifteen or more, digits or words of tens). */
const AGE_NOT_VISIT_RE = /^\W{0,3}at\s+(?:1[5-9]|[2-9]\d)\s+(?:years?|yrs?)\b/i;
/** "The following year", "the next month": one unit after the presentation, in a later sentence telling a find. */
const FOLLOWING_UNIT_RE = /\b(?:the|in the)\s+(?:following|next|subsequent)\s+(year|month)\b/i;
/**
 * A unit word after a space or hyphen and before no letter: every count-and-unit pattern of {@link cancerTiming}
 * ({@link CANCER_UNIT_RES}: a count, a space, the unit, then a space, a colon, a comma or a word's end) needs one, so a
 * sentence without it is not searched with them (a speed gate; `oncology-gates.test.ts` checks the implication).
 * @internal exported for the test
 */
export const UNIT_GATE_RE =
  /[\s\u2010\u2011-](?:days?|weeks?|months?|years?|wks?|mos?|mths?|yrs?)(?![a-z])|\d[\s\u2010\u2011-]y(?![a-z])/i;
/** "a decade earlier", "two decades ago": years before the presentation. */
const DECADES_RE = /\b(a|one|two|three|four|\d)\s+decades?\s+(?:earlier|ago|previously|before(?=\s*[.;,)]))/i;
/** A find told in the sentence (a verb of discovery or onset), not a course ("remained in remission"). */
const FIND_VERB_RE =
  /\b(?:revealed|showed|shown|disclosed|demonstrated|detected|found|identified|discovered|diagnosed|developed|confirmed|reveals|shows|discloses|demonstrates|detects|finds|identifies|confirms)\b/i;

/**
 * "… preceded the dermatomyositis by about six years", "… predated the myositis by 5 years", and the inverse "the
 * myositis followed the diagnosis of breast cancer by 2 years", "… postdated breast cancer by 9 months" (group 1 the
 * verb, 3 the count, 4 the unit).
 */
const PRECEDED_RE = new RegExp(
  String.raw`\b(preceded|predated|antedated|followed|postdated|preceding|predating|antedating|postdating)\b([^.;]{0,80}?)\bby (?:about |approximately |around |nearly |almost |some |more than |over |at least )?${COUNT_PATTERN}${SPACE}{1,2}${UNITS}\b`,
  'i',
);
/** A verb of a find between a cancer and its later-interval ("… was diagnosed three years later", "… followed"). */
const FIND_AFTER_RE =
  /^\s*(?:(?:was|were)\s+(?:diagnosed|found|detected|discovered|identified)|followed)\s*$/i;
/**
 * "Two weeks later, she … is diagnosed with …", "six years earlier", and "prior" or "before" standing alone
 * ("diagnosed with leukaemia 5 years prior, when …", "resected 10 years before.", "diagnosed 12 months before, was
 * resected"; "prior to" and "before the …"
 * are intervals read by {@link INTERVAL_RE}).
 */
const RELATIVE_RE = new RegExp(
  String.raw`\b${COUNT_PATTERN}${SPACE}{1,2}${UNITS}(?:${SPACE}+and${SPACE}+a${SPACE}+half)?${SPACE}{1,2}(later|afterwards|thereafter|after${SPACE}+(?:that|this)|after(?=${SPACE}*,)|on(?=${SPACE}*,)|into(?=${SPACE}+(?:(?:the|her|his)${SPACE}+)?(?:treatment|therapy|follow-?up|course)\b)|earlier|ago|previously|back|prior(?!${SPACE}{1,2}to\b)|before(?=\s*(?:[.;),]|\s+(?:and|when|but|which)\b|$)))\b`,
  'i',
);
/**
 * The rest of a cancer's own clause before a clause of the myositis ("… lymphoma| was diagnosed in 2015; …", "…
 * carcinoma| (resected in 2012), and …"): its verb of diagnosis or treatment and a date, nothing else (session 37).
 */
const CANCER_CLAUSE_TAIL_RE =
  /^\s*(?:\([^()]{0,40}\)\s*)?(?:(?:was|were|had\s+been|has\s+been)\s+)?(?:(?:first|surgically|histologically)\s+)?(?:diagnosed|found|detected|resected|excised|treated|confirmed|removed|operated(?:\s+on)?)?(?:\s+(?:in|on|at)\s+[\w /.-]{1,25}?)?\s*$/i;
/**
 * A later clause whose subject is the myositis or its signs and whose verb of onset comes right before a
 * later-interval ("…; dermatomyositis followed four months later", "…, and the rash and weakness appeared 4 months
 * later", "…; she developed DM four months later"): group 1 the subject or object, 2 the count, 3 the unit
 * (session 37: open, or the signs' time read as the cancer's +4).
 * @internal exported for `rules/cancer-timing-numeric-dates.test.ts` (its gate's test)
 */
export const LATER_MYOSITIS_CLAUSE_RE = new RegExp(
  String.raw`^((?:(?:the|her|his)\s+)?[^,;.()]{1,60}?\s+(?:followed|developed|appeared|ensued|came|began|started|emerged|occurred|set\s+in|was\s+diagnosed|was\s+made|were\s+noted)|(?:she|he|the\s+patient)\s+(?:developed|presented\s+with|was\s+diagnosed\s+with)\s+[^,;.()]{1,60}?)\s+(?:(?:only|about|approximately|some|around)\s+)?${COUNT_PATTERN}${SPACE}{1,2}${UNITS}${SPACE}{1,2}(?:later|afterwards|thereafter)\b`,
  'i',
);
/**
 * The later-interval of a clause after the cancer's own whose subject (or, after "she developed", object) is the
 * myositis or its signs: the myositis came that long after the cancer ({@link LATER_MYOSITIS_CLAUSE_RE}). Only when
 * the cancer's clause tells nothing but its diagnosis or treatment and a date ({@link CANCER_CLAUSE_TAIL_RE}), so
 * that the cancer is the event the interval counts from.
 */
function laterMyositisClause(doc: Doc, s: DocSentence, m: Mention): RegExpExecArray | undefined {
  const after = doc.text.slice(m.end, s.end);
  // (a speed gate: every match holds one of the later words)
  if (!/later|afterwards|thereafter/i.test(doc.text.slice(m.end, doc.sentences[s.index + 1]?.end ?? s.end)))
    return undefined;
  const b = /;|,(?:\s+and\b)?|\s+and\b/.exec(after);
  // "Colon cancer was resected in 2014. Dermatomyositis followed eight months later.": the next sentence when the
  // cancer's clause ends its own
  const next = doc.sentences[s.index + 1];
  if (!b) {
    if (!next || !isCaseSentence(next) || !CANCER_CLAUSE_TAIL_RE.test(after.replace(/[.!]\s*$/, '')))
      return undefined;
    const r = LATER_MYOSITIS_CLAUSE_RE.exec(doc.text.slice(next.start, next.end));
    if (!r || next.mentions.some((x) => x.concept.kind === 'histology' && x.start < next.start + r[0].length))
      return undefined;
    return myositisOrSignsAt(doc, next).some((x) => x < next.start + r[1]!.length) ? r : undefined;
  }
  if (!CANCER_CLAUSE_TAIL_RE.test(after.slice(0, b.index))) return undefined;
  const lead = /^\s*(?:then\s+)?/.exec(after.slice(b.index + b[0].length))![0].length;
  const from = m.end + b.index + b[0].length + lead;
  const r = LATER_MYOSITIS_CLAUSE_RE.exec(doc.text.slice(from, s.end));
  if (!r) return undefined;
  const end = from + r[0].length;
  if (s.mentions.some((x) => x.concept.kind === 'histology' && x.start >= m.end && x.start < end))
    return undefined;
  const subjectEnd = from + r[1]!.length;
  return myositisOrSignsAt(doc, s).some((x) => x >= from && x < subjectEnd) ? r : undefined;
}
/**
 * "3 years post cystectomy for bladder cancer", "2 years post-mastectomy for breast carcinoma": a count of time
 * after an operation or a treatment whose object is the cancer right after it (session 37: open, or "after").
 * @internal exported for `rules/cancer-timing-numeric-dates.test.ts` (its gate's test)
 */
export const POST_TREATMENT_FOR_RE = new RegExp(
  String.raw`\b${COUNT_PATTERN}${SPACE}{1,2}${UNITS}${SPACE}{1,2}post${SPACE}{0,2}(?:[a-z]+ectomy|[a-z]+otomy|surgery|operation|resection|excision|chemotherapy|radiotherapy|radiation|chemoradiation|treatment|transplant)(?:\s+(?:and\s+)?[a-z]+){0,3}?\s+(?:for|of)\s+(?:(?:a|an|her|his|the)\s+)?(?:[\w-]+\s+){0,3}$`,
  'i',
);
/**
 * "operated for colon cancer before 3 years", "hysterectomy for endometrial cancer before 5 years" (non-native
 * English for "3 years ago"; session 37: open): "before" then a count, not an age or a span of something
 * ("before 3 years of age", "before 6 months of treatment").
 * @internal exported for `rules/cancer-timing-numeric-dates.test.ts` (its gate's test)
 */
export const BEFORE_COUNT_RE = new RegExp(
  String.raw`^[^;]{0,40}?\bbefore${SPACE}{1,2}${COUNT_PATTERN}${SPACE}{1,2}${UNITS}\b(?!${SPACE}*(?:of|from|after|old|later|earlier|ago|before|into)\b)`,
  'i',
);
/**
 * A cancer dated back from the presentation by "N years post <operation> for <cancer>" right before it, or "before N
 * years" right after it in its clause, in a case sentence of the patient's, when the present presentation follows:
 * the myositis, a sign of it or a presentation after it in the sentence, or a later case sentence naming the
 * myositis or its signs. Returns the count and the unit.
 */
function backFromNow(
  doc: Doc,
  s: DocSentence,
  m: Mention,
): { count: string; unit: string; at: number } | undefined {
  if (!isCaseSentence(s) || s.attribution.subject !== 'patient') return undefined;
  const before = doc.text.slice(Math.max(s.start, m.start - 120), m.start);
  let found: { count: string; unit: string; at: number } | undefined;
  if (/post/i.test(before)) {
    const r = POST_TREATMENT_FOR_RE.exec(before);
    if (r) found = { count: r[1]!, unit: r[2]!, at: m.end };
  }
  if (!found) {
    const after = doc.text.slice(m.end, s.end);
    const r = /before/i.test(after) ? BEFORE_COUNT_RE.exec(after) : null;
    if (
      r &&
      !/[,;]\s*(?:and|but|then)?\s*(?:she|he|the\s+patient)\b/i.test(after.slice(0, r.index + r[0].length))
    )
      found = { count: r[1]!, unit: r[2]!, at: m.end + r.index + r[0].length };
  }
  if (!found) return undefined;
  const at = found.at;
  const presentNow =
    myositisOrSignsAt(doc, s).some((x) => x > at) ||
    PRESENTATION_VERB_RE.test(doc.text.slice(at, s.end)) ||
    doc.sentences.some((x) => x.index > s.index && isCaseSentence(x) && myositisOrSignsAt(doc, x).length > 0);
  return presentNow ? found : undefined;
}
/** A later course told right after a cancer's name ("the tumour progressed", "… tumour progression", "had recurred"). */
const COURSE_AFTER_CANCER_RE =
  /^\s*(?:(?:had|has|was|then)\s+)?(?:progressed|progression|recurred|recurrence|relapsed|relapse|metastasi[sz]ed|spread|enlarged|grew|came\s+back|returned|reappeared)\b/i;
/** A flare of a known myositis ("a flare of the myositis", "the myositis flared", "worsening of the dermatomyositis"). */
const MYOSITIS_FLARE_RE =
  /\b(?:flare[sd]?|flare-up|relaps\w*|exacerbat\w*|worsen\w*|reactivat\w*|recrudesc\w*)\b/i;
/** "… into her treatment for", "into the chemotherapy of": a treatment of the cancer named next. */
const INTO_TREATMENT_FOR_RE =
  /^\s+(?:(?:the|her|his)\s+)?(?:treatment|therapy|chemotherapy|immunotherapy|course)\s+(?:for|of)\s+(?:(?:a|an|her|his|the)\s+)?(?:[\w-]+\s+){0,3}$/i;
/** {@link RELATIVE_RE} searched from a given offset (`lastIndex`). */
const RELATIVE_FROM_RE = new RegExp(RELATIVE_RE.source, 'gi');
/** {@link RELATIVE_RE} only at a given offset (`lastIndex`, set before each use). */
const RELATIVE_AT_RE = new RegExp(RELATIVE_RE.source, 'iy');
/** The names of immune-checkpoint inhibitors (the drugs and the class). */
const CHECKPOINT_INHIBITOR = String.raw`(?:pembrolizumab|nivolumab|ipilimumab|atezolizumab|durvalumab|avelumab|cemiplimab|tremelimumab|dostarlimab|tislelizumab|sintilimab|camrelizumab|toripalimab|(?:immune\s+)?checkpoint\s+inhibitors?|ICIs?)`;

/** The object of an interval that is a dose of a treatment ("after the first dose", "after the third infusion"). */
const DOSE_ANCHOR_RE = new RegExp(
  String.raw`^\s*(?:the\s+|her\s+|his\s+)?(?:(?:first|second|third|fourth|fifth|last|initial|\d+(?:st|nd|rd|th))\s+)?(?:dose|doses|infusion|infusions|cycle|cycles|course|injection|injections|vaccination|vaccine)\b` +
    // "three weeks after (starting) nivolumab for renal cell carcinoma" (session 26: the cancer dated three weeks
    // back): counted from the start of a checkpoint inhibitor
    String.raw`|^\s*(?:starting\s+|beginning\s+|initiating\s+|commencing\s+|receiving\s+)?(?:treatment\s+with\s+)?${CHECKPOINT_INHIBITOR}\b`,
  'i',
);
/** "Over the next 2 months, …", "within the following year": a later-interval written before its count. */
const NEXT_RE = new RegExp(
  String.raw`\b(?:over|during|in|within)${SPACE}+the${SPACE}+(?:next|following|subsequent|ensuing)${SPACE}+${COUNT_PATTERN}${SPACE}{1,2}${UNITS}\b`,
  'i',
);
/**
 * "Over the next 3 months his counts fell … and a marrow biopsy finally showed AML" (session 25: after,
 * with no interval): {@link NEXT_RE} read as the match of {@link RELATIVE_RE} it means ("2 months later").
 */
function nextInterval(text: string): RegExpExecArray | null {
  const m = NEXT_RE.exec(text);
  if (!m) return null;
  return Object.assign([m[0], m[1]!, m[2]!, 'later'], { index: m.index, input: text }) as RegExpExecArray;
}
/**
 * "<cancer> … in (complete) remission for 5 years", "disease-free for three years", "free of recurrence for 2
 * years": right after the cancer mention, in its clause; the remission's length is a least interval.
 */
const REMISSION_FOR_RE = new RegExp(
  String.raw`^[^.;]{0,40}?\b(?:in${SPACE}+(?:complete${SPACE}+|full${SPACE}+)?remission|disease${SPACE}?free|free${SPACE}+of${SPACE}+(?:disease|recurrence|relapse))${SPACE}+(?:for|since)${SPACE}+(?:(?:about|over|more${SPACE}+than|almost|nearly|at${SPACE}+least)${SPACE}+)?${COUNT_PATTERN}${SPACE}{1,2}${UNITS}\b`,
  'i',
);
/** "in (complete) remission from", "disease-free from": a remission named before its cancer. */
const REMISSION_FROM_RE = new RegExp(
  String.raw`\b(?:in${SPACE}+(?:complete${SPACE}+|full${SPACE}+)?remission|disease${SPACE}?free)${SPACE}+(?:from|of|with)${SPACE}+(?:(?:a|an|her|his)${SPACE}+)?(?:[\w-]+${SPACE}+){0,3}$`,
  'i',
);
/** "… for 10 years" right after the cancer, in its clause (read after {@link REMISSION_FROM_RE}). */
// (session 40 grid: also "since 3 years", the non-native "for 3 years")
const FOR_DURATION_RE = new RegExp(
  String.raw`^[^.;]{0,20}?\b(?:for|since)${SPACE}+(?:(?:about|over|more${SPACE}+than|almost|nearly|at${SPACE}+least)${SPACE}+)?${COUNT_PATTERN}${SPACE}{1,2}${UNITS}\b`,
  'i',
);
/** "having had", "has had", "had had" right before the cancer (read with {@link FOR_DURATION_RE}). */
// (session 40 grid: also "is known for", "has been known with", "has been suffering from": "She is known for
// gastric cancer since 3 years" lost its interval)
const HAVING_HAD_RE =
  /\b(?:(?:having|has|have|had)\s+had|(?:is|was|has\s+been|had\s+been)\s+(?:known\s+(?:for|with)|suffering\s+from))\s+(?:(?:a|an)\s+)?(?:[\w-]+\s+){0,3}$/i;
/** "a 7-year survivor of ovarian cancer": survived at least that long (read as "in remission for N"). */
const SURVIVOR_FOR_RE = new RegExp(
  String.raw`\b${COUNT_PATTERN}[-\u2010\u2011\s]${UNITS}[-\u2010\u2011\s]survivor\s+of\s+(?:(?:a|an|her|his)\s+)?(?:[\w-]+\s+){0,3}$`,
  'i',
);
/** "an 8-year breast cancer survivor": the count right before the cancer named before "survivor". */
const COUNT_BEFORE_CANCER_RE = new RegExp(
  String.raw`\b${COUNT_PATTERN}[-\u2010\u2011\s]${UNITS}[-\u2010\u2011\s](?:[\w-]+\s+){0,1}$`,
  'i',
);
/**
 * A labelled line of the past history ("PMH: ca prostate …", "Past medical history: breast cancer (2011)"): the
 * line's cancers are past ones.
 */
// (session 46, re-told texts: "Oncology history: …", "Onc hx: …", "Oncologic background: …", "Past hx: …" — no order)
const PAST_HISTORY_LABEL = String.raw`(?:PMH|PMHx|PHx|past\s+(?:medical\s+|surgical\s+|oncological\s+)?(?:history|hx)|previous\s+(?:medical\s+)?history|medical\s+history|(?:onc|oncology|oncologic(?:al)?|cancer)\s+(?:history|hx|background))`;
// (session 46: also as a numbered item of a timeline, "1. Oncologic background — …")
const PAST_HISTORY_LABEL_RE = new RegExp(
  String.raw`^\s*(?:\d{1,2}[.)]\s*)?(?:${PAST_HISTORY_LABEL}|antecedents?)\s*[:\u2013\u2014-]`,
  'i',
);
/**
 * The same label inside a line, after the patient's opening ("58yoF, PMHx: L breast ca …", "56 M; PMH: HTN, ca
 * prostate"): the text from the label to the cancer, with no sentence end between them (session 28).
 */
const PAST_HISTORY_LABEL_INSIDE_RE = new RegExp(
  String.raw`[,;]\s*${PAST_HISTORY_LABEL}\s*[:\u2013\u2014-][^.;:]*$`,
  'i',
);
/** A fronted frame of the past history ("In his past history, …", "In her medical history, …"), up to the cancer's clause. */
const PAST_HISTORY_FRAME_RE =
  /^\W{0,3}(?:in|from)\s+(?:his|her|their|the(?:\s+patient['\u2019]s)?)\s+(?:(?:past|previous|prior|earlier|medical|clinical|personal)\s+){1,2}(?:history|past)\s*,[^.;:]*$/i;
/** A survivor of the cancer ("a survivor of Hodgkin lymphoma", "survived breast cancer"): a past cancer. */
const SURVIVOR_RE = /\b(?:survivor\s+of|survived|cured\s+of)\s+(?:(?:a|an|her|his)\s+)?(?:[\w-]+\s+){0,3}$/i;
/** The myositis named in an interval's history ("a 2-year history of dermatomyositis", "had had DM for …"). */
const MYOSITIS_NAME = String.raw`(?:(?:dermato|poly)?myositis|DM|PM|IIM)`;
/**
 * "a 5-year history of (metastatic) breast cancer", "a two-year history of prostate cancer" — not "a 2-year history
 * of dermatomyositis when breast cancer was found" (the history is the myositis's; the cancer came after it).
 */
const HISTORY_OF_RE = new RegExp(
  String.raw`\b${COUNT_PATTERN}[-\u2010\u2011\s]${UNITS}[-\u2010\u2011\s](?:long\s)?history\sof\s(?:(?!and\s|with\s|or\s|when\s|while\s|before\s|until\s|myopathy\s|${MYOSITIS_NAME}\s)[\w-]+\s){0,3}$`,
  'i',
);
/**
 * "a 2-year history of dermatomyositis", "had had dermatomyositis for a year", "had been diagnosed with dermatomyositis
 * for 7 years" (session 33: read as a cancer before): how long the myositis had lasted when
 * the sentence's cancer was found (group 1 or 3 the count, 2 or 4 the unit).
 */
const MYOSITIS_HISTORY_RE = new RegExp(
  String.raw`\b${COUNT_PATTERN}[-\u2010\u2011\s]${UNITS}[-\u2010\u2011\s](?:long\s)?history\sof\s(?:[\w-]+\s){0,2}?${MYOSITIS_NAME}\b|\bhad\s+(?:had|been\s+diagnosed\s+with|been\s+suffering\s+from|suffered\s+from)\s+${MYOSITIS_NAME}\s+for\s+${COUNT_PATTERN}\s${UNITS}\b`,
  'i',
);
const CONCURRENT_RE =
  /\b(?:at the same time|within (?:a|one|1) month of|within (?:a|one|two|three|four|\d{1,2}) (?:days?|weeks?) of (?:the |her |his )?(?:admission|presentation|diagnosis|onset)|within (?:a|one|two|three|four|\d{1,2}) (?:days?|weeks?) of each other|within (?:a|one|1) month of each other|(?:in |during |within |on |at )?(?:the|that) same (?:month|week|day|period|admission|visit)|during the same (?:admission|hospitali[sz]ation|hospital stay)|on (?:hospital|admission|hospitali[sz]ation) day \d{1,2}|on HD \d{1,2}|on day \d{1,2} of (?:the |her |his )?(?:admission|hospitali[sz]ation|hospital stay)|on the (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)) day of (?:the |her |his )?(?:admission|hospitali[sz]ation|hospital stay)|(?:diagnosed|found|detected|discovered|occurr(?:ing|ed)|aris(?:ing|en)|arose|appear(?:ing|ed)|exist(?:ing|ed)|presenting|seen)\s+together\s+with|co-?occurr(?:ing|ed)|simultaneous(?:ly)?|concurrent(?:ly)?|concomitant(?:ly)?|synchronous(?:ly)?|co-?exist(?:ent|ing|ed)|coincident(?:ally)?|coincided|(?:at|on|upon) (?:(?:the|her|his) )?(?:initial |first )?(?:presentation|admission)|at (?:the )?diagnosis|at the time of (?:the |his |her )?(?:[A-Za-z]+ )?(?:diagnosis|presentation|admission|onset)|at (?:the )?(?:(?:disease|illness|symptom|myositis|DM|dermatomyositis|polymyositis) )?onset(?! of (?:the |his |her |this )?(?:[A-Za-z-]+ )?(?:cancer|carcinoma|tumou?r|malignancy|neoplasm|lymphoma|leukaemia|leukemia|sarcoma|melanoma|metastas[ie]s)))\b/i;
/** An immune-related adverse event named right after a word of concurrence ("… concomitant with myasthenia"). */
const IMMUNE_EVENT_RE =
  /^\s*(?:with\s+)?(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:myasthenia|myocarditis|hepatitis|colitis|pneumonitis|thyroiditis|nephritis|hypophysitis)\b/i;

/** A labelled diagnosis line before a cancer ("Diagnosis: …", "Final diagnoses: …"). */
// ("Working Dx: polymyositis with a bladder carcinoma", session 38: no order)
const DIAGNOSIS_LABEL_RE =
  /^\W{0,3}(?:(?:final|discharge|definitive|clinical|working)\s+){0,2}(?:diagnos[ie]s|dx)\s*:/i;
/** An answer's label opening a line ("Answer: …", "A: …"). */
const ANSWER_LABEL_RE = /^\W{0,3}(?:answer|a)\s*[:\u2013\u2014-]/i;
/** A question that asks for the diagnosis ("Your diagnosis?", "Which final diagnosis was reached?"). */
const DIAGNOSIS_QUESTION_RE = /\bdiagnos[ie]s\b[^.?!]{0,40}\?\s*$/i;
/**
 * A quiz's answer to a question that asks for the diagnosis ("Your diagnosis? — A: polymyositis with a gastric
 * carcinoma", session 39: read as a cancer found after): a labelled diagnosis like "Diagnosis: …".
 */
function answersDiagnosis(doc: Doc, s: DocSentence): boolean {
  if (!ANSWER_LABEL_RE.test(doc.text.slice(s.start, s.end))) return false;
  const prev = doc.sentences[s.index - 1];
  if (prev === undefined || !DIAGNOSIS_QUESTION_RE.test(doc.text.slice(prev.start, prev.end))) return false;
  // ("A: PM and a colon carcinoma. … A biopsy confirmed PM. Colonoscopy later showed a tumour": found after) the
  // answer sums up the diagnoses; a case that then tells the myositis diagnosed first and a find after it tells the
  // order itself
  const made = doc.sentences.find(
    (x) =>
      x.index > s.index &&
      isCaseSentence(x) &&
      /\bdiagnos(?:is|ed)\b/i.test(doc.text.slice(x.start, x.end)) &&
      myositisAt(doc, x).length > 0 &&
      !x.mentions.some((y) => y.concept.kind === 'histology'),
  );
  return !(
    made &&
    doc.sentences.some(
      (x) => x.index > made.index && isCaseSentence(x) && x.tokens.some((_t, k) => isDiscovery(x.tokens, k)),
    )
  );
}
/** Nouns of a course (a response, an improvement, a relapse), not of a diagnosis. */
const COURSE_NOUN =
  /\b(?:response|responses|improvement|amelioration|regression|remission|resolution|recovery|relapse|flare|flares|progression|worsening|deterioration|exacerbation)\b/i;
/** "… with the amelioration of", "… by a regression of": a course noun as the object after a concurrence word. */
const COURSE_AFTER_RE = new RegExp(
  String.raw`^\s*(?:with|to|by)\s+(?:(?:the|a|an|his|her|their)\s+)?(?:\w+\s+)?` +
    COURSE_NOUN.source.slice(2, -2) +
    String.raw`\b`,
  'i',
);
/**
 * A concurrence word ("coincided", "simultaneously", "at the same time", not "at presentation" or "at
 * diagnosis") joining two courses: a course noun as the subject before it, in the same clause, or as the
 * object after it ("coincided with the amelioration of …", "paralleled by a regression of …").
 */
function courseTogether(before: string, word: string, after: string): boolean {
  if (/^at\b/i.test(word) && !/^at the same time$/i.test(word)) return false;
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
  if (COURSE_NOUN.test(clause)) return true;
  return COURSE_AFTER_RE.test(after);
}
const MYOSITIS_WORDS =
  /\b(?:[Dd]ermatomyositis|[Pp]olymyositis|[Mm]yositis|[Mm]yopathy|DM|PM|IIM|JDM|ADM|CADM|IMNM|NAM|s?IBM|[Aa]nti-?synthetase syndrome|ASy?S)\b/g;
/** Order words: in "<first> CUE <second>", the first event came first. */
const FIRST_THEN =
  /\b(?:revealing|revealed(?!\s+by\b)|heralding|heralded(?!\s+by\b)|unmasking|preceding|preceded(?!\s+by\b)|antedated|antedating|predated|predating|prior to|before|prodromal to|(?:led|leads?|leading) to|subsequently|followed by|complicated by|(?:and|,) (?:then|later))\b/i;
/** "… led to (the complete) resolution of …": an effect of a treatment between the two, not an order. */
const COURSE_BETWEEN_RE =
  /\b(?:led|leads?|leading)\s+to\s+(?:(?:the|a|an|complete|partial|rapid|gradual|marked|prompt|full)\s+)*(?:resolution|improvement|remission|regression|recovery|disappearance)\b/i;
/**
 * In "<second> CUE <first>", the first event came first ("dermatomyositis that developed during the natural course
 * of a hepatocellular carcinoma": the cancer was there first).
 */
const THEN_FIRST =
  /\b(?:after|following|followed(?!\s+by\b)|succeeded(?!\s+by\b)|postdated|preceded\s+by|(?:revealed|uncovered|unmasked|heralded|announced|signalled|signaled)\s+by|subsequent to|during\s+the\s+(?:natural\s+|clinical\s+)?course\s+of)\b/i;
/** A verb of the myositis's onset right before its name ("… and developed", "… and was diagnosed with"). */
const ONSET_VERB_BEFORE_RE =
  /\b(?:developed|presented\s+with|(?:was\s+)?diagnosed\s+with|was\s+diagnosed\s+as\s+having)\s+(?:(?:a|an|the|typical|classic|severe|florid)\s+)?$/i;
/** "<cancer> presenting with <myositis>": the myositis was the cancer's presentation, so it came first. */
const PRESENTING =
  /\b(?:presenting (?:with|as)|presented (?:with|as)|manifesting as|with an? (?:initial|first) (?:presentation|manifestation) of)\b/i;
/**
 * "presented with breast cancer and DM symptoms", "pathology confirmed breast cancer and DM", "diagnosed with
 * DM and lung cancer": the cancer and the myositis named together as one presentation or one diagnosis.
 */
const JOINT_VERB =
  /\b(?:presented with|presenting with|presents with|diagnosed with|diagnosed as|confirmed|(?:a|final)\s+diagnosis\s+of)\s+$/i;
/**
 * "<myositis> as (the first) manifestation of <cancer>", "whose first symptom of <cancer> was …", "<myositis> as
 * an early manifestation and a precursor of <cancer>".
 */
const MANIFESTATION_OF =
  /\b(?:first |initial |presenting |sole |early )?(?:(?:manifestation|sign|symptom|feature|presentation|harbinger|herald|precursor|forerunner|warning sign)s? of|(?:harbinger|herald|precursor|forerunner|prelude)s? to)\b/i;
/**
 * A second head sharing the first one's object, set off by commas ("an early sign of, and a forerunner to, a lung
 * cancer"): left out, the first head stands right before the object.
 */
const SHARED_OBJECT_RE = /,\s+(?:and|or)\s+[^,;.]{1,60}?\b(?:of|to|for|with|from|by)\s*,\s*/i;
/**
 * The present tense of a find in a letter ("Subsequent screening reveals …", session 27), never in a relative
 * clause ("a dermatomyositis that shows a carcinoma at its side" describes, it does not find).
 */
const PRESENT_DISCOVERY = new Set([
  'reveals',
  'shows',
  'finds',
  'detects',
  'identifies',
  'confirms',
  'discloses',
  'demonstrates',
]);
/** Whether token `k` is a verb of discovery ({@link DISCOVERY}, or {@link PRESENT_DISCOVERY} outside a relative clause). */
function isDiscovery(tokens: readonly { norm: string }[], k: number): boolean {
  const w = tokens[k]!.norm;
  if (DISCOVERY.has(w)) return true;
  // "the work-up then turned up colon cancer" (session 46, re-told texts: no order): the phrasal verb of finding
  if (w === 'turned' && tokens[k + 1]?.norm === 'up') return true;
  if (!PRESENT_DISCOVERY.has(w)) return false;
  const before = tokens[k - 1]?.norm;
  return before !== 'that' && before !== 'which' && before !== 'who';
}
const DISCOVERY = new Set([
  'revealed',
  'showed',
  'shown',
  'found',
  'identified',
  'detected',
  'confirmed',
  'visualized',
  'disclosed',
  'demonstrated',
  'discovered',
  'diagnosed',
  'subsequently',
  // "Lymph node biopsy reported follicular lymphoma", "CT revealing …", "histology showing …"
  'reported',
  'revealing',
  'showing',
  'demonstrating',
  // "a gastroscopy, which led to the discovery of an oesophageal adenocarcinoma" (session 22)
  'discovery',
  'uncovered',
  // "the work-up unmasked an ovarian carcinoma" (session 39, vocabulary from knowledge)
  'unmasked',
  // (session 46, re-told texts: "a CT disclosing …", "uncovering …", "unveiled …")
  'disclosing',
  'uncovering',
  'unveiled',
  'unveiling',
]);
/**
 * "She later developed a lymphoma", "Eventually, she was diagnosed with …", "thereafter … was found": an adverb of
 * a later time governing a verb of onset or diagnosis before the cancer (not "despite later metastases").
 */
const LATER_FIND_RE =
  /\b(?:later|eventually|thereafter|afterwards|subsequently)\b,?\s+(?:[\w-]+\s+){0,3}?(?:developed|was\s+diagnosed|were\s+diagnosed|diagnosed|found|detected)\b[^.;]{0,60}$/i;
/** "… which led to the diagnosis of …", "biopsy confirmed the diagnosis of …": a diagnosis made by the work-up. */
// (session 41 grid: also "led to a new diagnosis of", "resulted in the definitive diagnosis of")
const DIAGNOSIS_MADE_RE =
  /\b(?:led to|leading to|lead to|resulted in|resulting in|confirmed|confirming|established|establishing|made|yielded|gave)\s+(?:the|a)\s+(?:(?:new|final|definitive|definite|histological|pathological)\s+)?diagnosis\s+of\b/i;
/**
 * "A diagnosis of colon cancer was made", "the diagnosis of lymphoma was established" (session 41 grid: no order): the
 * noun of the diagnosis right before the cancer, and its passive verb after it in the cancer's clause (not "had been
 * made", a diagnosis told as past).
 */
const DIAGNOSIS_NOUN_BEFORE_RE =
  /\b(?:a|the)\s+(?:(?:new|final|definitive|definite|histological|pathological)\s+)?diagnosis\s+of\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,4}$/i;
const DIAGNOSIS_PASSIVE_AFTER_RE =
  /^[^.;,]{0,50}?\b(?:was|were)\s+(?:(?:then|subsequently|eventually|ultimately|finally|later|thus)\s+)?(?:made|established|confirmed|reached)\b/i;
/**
 * What a sampling or a lesion "returned as", "came back as", "turned out to be", "was shown to be"; what the lesion
 * "histologically" was; what an evaluation or a screen "was notable/significant/positive for" (session 41 grid:
 * each find of the work-up read with no order). Up to the cancer's name.
 */
const RESULT_PHRASE_RE =
  /(?:\b(?:returned|came\s+back)\s+(?:as|positive\s+for|consistent\s+with|showing)|\b(?:turned\s+out|proved|proven|shown)\s+to\s+be|\b(?:histologically|pathologically|cytologically|on\s+(?:histology|histopathology|pathology|biopsy))\s*,?\s+(?:(?:it|this|the\s+(?:lesion|mass|tumou?r|nodule|node|specimen))\s+)?(?:was|were|proved)|\b(?:evaluation|work-?up|investigations?|screening|screen|search|imaging|scans?|CT|MRI|PET(?:-CT)?|biopsy|endoscopy|colonoscopy|gastroscopy|mammogra(?:m|phy)|ultrasound|ultrasonography)\b[^.;]{0,60}?\b(?:was|were)\s+(?:notable|significant|remarkable|positive)\s+for)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,4}$/i;
const PAST_CANCER = /histor|previous|prior|past|former|remission|ago|h\/o|\bhx\b|status post|s\/p|treated/i;
const RECURRENCE = new Set(['recurrence', 'recurrent', 'recurred', 'relapse', 'relapsed', 'progression']);

type Relation = NonNullable<ExtractedCancer['relationToMyositis']>;

/** Words after "recurrence of" / "progression of" that make it the cancer's. */
const CANCER_WORDS = new Set([
  'disease',
  'tumor',
  'tumors',
  'cancer',
  'carcinoma',
  'malignancy',
  'metastases',
  'metastasis',
  'metastatic',
  'neoplasm',
  'lesion',
  'lesions',
]);

const NONE: ReadonlySet<string> = new Set();
/** "bladder cancer (BC)", "non-small cell lung cancer (NSCLC)": a cancer's abbreviation defined in the text. */
const CANCER_ABBREVIATION_RE =
  /\b(?:cancer|carcinoma|adenocarcinoma|tumou?r|neoplasm|malignancy|lymphoma|leuka?emia|sarcoma|melanoma)\s*\(([A-Z]{2,6})\)/g;
/**
 * The abbreviations the text defines for a cancer, in token form ("bc", "nsclc"): a named histology's
 * ({@link cancerAbbreviations}) or a generic cancer word's ("bladder cancer (BC)").
 */
function cancerAbbreviationWords(doc: Doc): ReadonlySet<string> {
  // (read once per document: every cancer's timing asks)
  const known = CANCER_ABBREVIATION_WORDS.get(doc);
  if (known) return known;
  const out = new Set([...cancerAbbreviations(doc).keys()].map((k) => k.toLowerCase()));
  CANCER_ABBREVIATION_RE.lastIndex = 0;
  for (let m = CANCER_ABBREVIATION_RE.exec(doc.text); m; m = CANCER_ABBREVIATION_RE.exec(doc.text))
    out.add(m[1]!.toLowerCase());
  CANCER_ABBREVIATION_WORDS.set(doc, out);
  return out;
}
/** {@link cancerAbbreviationWords} of each document. */
const CANCER_ABBREVIATION_WORDS = new WeakMap<Doc, ReadonlySet<string>>();

/**
 * "recurrence of dermatomyositis", "progression of dysphagia": the word at `k` is followed by "of" and what
 * follows (three tokens) names no cancer.
 */
function ofSomethingElse(s: DocSentence, k: number, abbreviations: ReadonlySet<string> = NONE): boolean {
  if (s.tokens[k + 1]?.norm !== 'of') return false;
  for (let j = k + 2; j < Math.min(s.tokens.length, k + 5); j++) {
    if (CANCER_WORDS.has(s.tokens[j]!.norm) || abbreviations.has(s.tokens[j]!.norm)) return false;
    if (
      s.mentions.some(
        (x) => (x.concept.kind === 'histology' || x.concept.kind === 'site') && x.tokenStart === j,
      )
    )
      return false;
  }
  return true;
}

/**
 * "in 2015", "in March 2015", "(2015)", and the other ways a month is written beside its year: "June of 2019",
 * "12 June 2019", "June 12, 2019", "Nov. 2018": a calendar date, year with an optional month (group 1, the
 * month's name or its three-letter abbreviation) and the year (group 2).
 */
const CALENDAR_RE =
  /\b(?:in|since|from|during|(?:on|by) \w+)? ?(?:(?:\d{1,2}(?:st|nd|rd|th)? )?(?:the )?(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|spring|summer|autumn|fall|(?<![\d/.])(?:0?[1-9]|1[0-2])(?=[/.](?:19|20)\d{2}\b))(?:\.?(?: \d{1,2}(?:st|nd|rd|th)?,?)?(?: of)? |[/.]))?((?:19|20)\d{2})\b/gi;
/**
 * The digits of a year, which every {@link CALENDAR_RE} match holds (a speed gate).
 * @internal exported, with the pattern, for `speed-gates.test.ts`
 */
export const YEAR_DIGITS_RE = /(?:19|20)\d{2}/;
export { CALENDAR_RE };
/** The {@link CALENDAR_RE} matches of a text (none without the digits of a year: a speed gate). */
const calendarDates = (text: string): RegExpExecArray[] =>
  YEAR_DIGITS_RE.test(text) ? [...text.matchAll(CALENDAR_RE)] : [];
/** A calendar date read from the text: its year, and its month when the text makes it certain. */
type CalendarDate = {
  year: number;
  month?: number;
  /** the two months a day-and-month date may mean when the text does not fix its order (session 37) */
  months?: readonly [number, number];
  /** a month read from a part of the year ("late 2017"): the middle of that part, approximate */
  approximate?: true;
};

/**
 * A part of a year right before it ("late 2017", "mid-2016", "at the end of 2017", "early in 2019"): group 1 the part.
 * Read as the part's middle month, approximate (session 37: "late 2017 … early 2019" read as the years' 24 months,
 * where the span is 13 to 18).
 * @internal exported for `rules/cancer-timing-numeric-dates.test.ts` (its gate's test)
 */
export const PART_OF_YEAR_RE =
  /\b(early|late|mid|middle\s+of|end\s+of|beginning\s+of|start\s+of)(?:[\s-]{1,2}in)?[\s-]{1,2}$/i;
const PART_MONTH: Readonly<Record<string, number>> = {
  early: 2,
  beginning: 2,
  start: 2,
  mid: 7,
  middle: 7,
  late: 11,
  end: 11,
};

/**
 * A numeric date's day and month before its year ("12/03/2018", "3.5.2019", "12-03-2018"; the year not matched). Tried
 * only where the character before the year is below "0" ("/", "." and "-" are): a speed gate.
 * @internal exported for `rules/cancer-timing-numeric-dates.test.ts` (the gate's test)
 */
export const NUMERIC_DAY_MONTH_GATE = (text: string, yearAt: number) => text.charCodeAt(yearAt - 1) < 48;
/** A numeric date's day and month before its year ("12/03/2018", "3.5.2019", "12-03-2018"; the year not matched). */
export const NUMERIC_DAY_MONTH_RE = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2$/;
/** Every numeric day-month-year date of a text (for the order the text writes them in). */
const NUMERIC_DATE_RE = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(?:19|20)\d{2}\b/g;

/**
 * The order a text writes its numeric dates in: day first when one date's first number is above 12 ("25/09/2018"),
 * month first when one's second is ("09/25/2018"); undefined when none says (or two say both). Read once per document.
 */
const numericDateOrder = memoBy((doc: Doc, _key: Doc): 'dmy' | 'mdy' | undefined => {
  let dmy = false;
  let mdy = false;
  for (const r of doc.text.matchAll(NUMERIC_DATE_RE)) {
    const a = Number(r[1]);
    const b = Number(r[3]);
    if (a > 12 && a <= 31 && b >= 1 && b <= 12) dmy = true;
    else if (b > 12 && b <= 31 && a >= 1 && a <= 12) mdy = true;
  }
  return dmy === mdy ? undefined : dmy ? 'dmy' : 'mdy';
});

/**
 * The date of a {@link CALENDAR_RE} match `r` of `text` (a sentence of `doc`), with the month of a full numeric date
 * before the year (session 37: "diagnosed on 12/03/2018", "on 2018-03-12" had read the year alone): an ISO date's
 * month always; a day-and-month date's month when its order is certain (a first number above 12, or the order of
 * the text's other numeric dates), else both months it may mean (`months`), never a guess. `start` is where the
 * whole date begins.
 */
function calendarDateOf(doc: Doc, text: string, r: RegExpExecArray): CalendarDate & { start: number } {
  const year = Number(r[2]);
  if (r[1]) return { year, month: monthNumber(r[1]), start: r.index };
  const yearAt = r.index + r[0].length - 4;
  // "2018-03-12", "2019/06/30": the month after the year (a year first is always followed by its month)
  const iso = /^([-/.])(0?[1-9]|1[0-2])\1(0?[1-9]|[12]\d|3[01])\b/.exec(text.slice(yearAt + 4, yearAt + 10));
  if (iso) return { year, month: Number(iso[2]), start: r.index };
  // "in 2020-06", "since 2019-09" (session 46, re-told texts: the month lost across sentences): the year and its
  // month, not a span of two years ("2010-11", the next year's two digits)
  const yearMonth = /^-(0[1-9]|1[0-2])\b(?![-/.]\d)/.exec(text.slice(yearAt + 4, yearAt + 8));
  if (yearMonth && (year + 1) % 100 !== Number(yearMonth[1]))
    return { year, month: Number(yearMonth[1]), start: r.index };
  // (a year with no preposition matched before it: only a space, or nothing)
  if (yearAt - r.index > 1) return { year, start: r.index };
  // (a speed gate: every part of a year ends on a space or a hyphen before the year)
  const part = /[\s-]/.test(text[yearAt - 1] ?? '')
    ? PART_OF_YEAR_RE.exec(text.slice(Math.max(0, yearAt - 22), yearAt))
    : null;
  if (part)
    return {
      year,
      month: PART_MONTH[part[1]!.toLowerCase().split(/\s/)[0]!]!,
      approximate: true,
      start: yearAt - part[0].length,
    };
  const dm = NUMERIC_DAY_MONTH_GATE(text, yearAt)
    ? NUMERIC_DAY_MONTH_RE.exec(text.slice(Math.max(0, yearAt - 7), yearAt))
    : null;
  if (!dm) return { year, start: r.index };
  const start = yearAt - dm[0].length;
  const a = Number(dm[1]);
  const b = Number(dm[3]);
  const day = (x: number) => x >= 1 && x <= 31;
  const month = (x: number) => x >= 1 && x <= 12;
  if (!day(a) || !day(b) || (!month(a) && !month(b))) return { year, start };
  if (!month(a)) return { year, month: b, start };
  if (!month(b) || a === b) return { year, month: a, start };
  const order = numericDateOrder(doc, doc);
  if (order) return { year, month: order === 'dmy' ? b : a, start };
  return { year, months: [b, a], start };
}

/** A month written after its year, ISO style ("2018-03"; not "2009-10", two years' span). */
const ISO_MONTH_RE = /\b((?:19|20)\d{2})-(0[1-9]|1[0-2])\b(?!-\d)/g;
/** Seasons placed in the year (northern hemisphere; the onset's reading, timing.ts): spring April, summer July, autumn October. */
const SEASON_MONTH: Readonly<Record<string, number>> = { spring: 4, summer: 7, autumn: 10, fall: 10 };
/**
 * The number of a month written in {@link CALENDAR_RE} (a name or its abbreviation, a season, or the month of
 * "03/2016"), January = 1.
 */
const monthNumber = (name: string) =>
  /^\d+$/.test(name)
    ? Number(name)
    : (SEASON_MONTH[name.toLowerCase()] ??
      MONTHS.findIndex((x) => x.startsWith(name.toLowerCase().slice(0, 3))) + 1);
/**
 * "presented in June of 2019", "was admitted on 3 May 2018": a presentation verb right before a date (up to the
 * date's own preposition) makes it the date of the presentation, never of a cancer named beside it.
 */
const PRESENTATION_DATE_BEFORE_RE =
  /\b(?:presented|was (?:admitted|referred|hospitali[sz]ed|seen)|came to (?:our|the) \w+)(?: to (?:our|the|this) \w+(?: \w+)?)?(?: on referral| again)?\s*$/i;

/** Words of a disease's course before a date ("off treatment since 2022", "in remission from 2019", "relapsed in"). */
const COURSE_DATE_RE =
  /\b(?:off|stopped|discontinued|withdrawn|tapered|remission|relapsed?|flared?)\b[^,;()]*[(]?[^,;()]*$/i;

/** "…, with (a local) recurrence in 2016": a course noun joined to the clause before it by "with". */
const withCourse = (s: DocSentence, k: number) =>
  s.tokens[k - 1]?.norm === 'with' ||
  (s.tokens[k - 2]?.norm === 'with' &&
    /^(?:a|local|distant|early|late|nodal)$/.test(s.tokens[k - 1]?.norm ?? ''));

/** The words right before a date that make it a later date of the cancer's course ("with recurrence in 2017"). */
const LATER_COURSE_DATE_RE =
  /\b(?:recurrence|recurred|recurrent|relapsed?|metasta(?:ses|sis|sized|tic)|progression|progressed)\b[^,;()]{0,25}$/i;

/**
 * The cancer–myositis interval from two calendar dates in one sentence: the date nearest after (else before)
 * the cancer mention, and the one nearest a myositis word, when they differ. Counted from the myositis
 * diagnosis (the anchors are one event for this purpose); months when both dates give one, else years.
 */
function calendarInterval(
  doc: Doc,
  s: DocSentence,
  m: Mention,
): ExtractedCancer['diagnosisDate'] | Relation | 'unknown' | undefined {
  const text = doc.text.slice(s.start, s.end);
  const dates: ({ from: number; at: number } & CalendarDate)[] = [];
  CALENDAR_RE.lastIndex = 0;
  for (let r = YEAR_DIGITS_RE.test(text) ? CALENDAR_RE.exec(text) : null; r; r = CALENDAR_RE.exec(text)) {
    const { start, ...date } = calendarDateOf(doc, text, r);
    dates.push({ from: s.start + start, at: s.start + r.index + r[0].length, ...date });
  }
  // "in 2018-03 … in 2019-01" (session 33: the months lost, read as 12 months apart): the ISO year-month, where
  // the year alone had been read
  ISO_MONTH_RE.lastIndex = 0;
  for (let r = ISO_MONTH_RE.exec(text); r; r = ISO_MONTH_RE.exec(text)) {
    if ((Number(r[1]) + 1) % 100 === Number(r[2])) continue;
    const from = s.start + r.index;
    const i = dates.findIndex((d) => d.from <= from + 4 && d.at >= from);
    const date = {
      from: i >= 0 ? dates[i]!.from : from,
      at: from + r[0].length,
      year: Number(r[1]),
      month: Number(r[2]),
    };
    if (i >= 0) dates[i] = date;
    else dates.push(date);
  }
  dates.sort((a, b) => a.from - b.from);
  if (dates.length < 2) return crossSentenceInterval(doc, s, m, dates);
  // "Urothelial carcinoma was diagnosed in 2005, with recurrence in 2017" (session 32: the order read as after): a
  // later date of the cancer's own course (a recurrence, metastases) is not another anchor; the cancer's first
  // date stands alone in the sentence
  const own = dates.filter(
    (d) => d.from < m.end || !LATER_COURSE_DATE_RE.test(doc.text.slice(Math.max(m.end, d.from - 40), d.from)),
  );
  if (own.length === 1 && !myositisAt(doc, s).length) return crossSentenceInterval(doc, s, m, own);
  const nearest = (pos: number, clause = false) =>
    dates
      // "In 2018 she had breast cancer; in 2021 she presented …": a date after the cancer across a semicolon
      // opens the next clause, it is not the cancer's
      .filter((d) => !clause || d.from < pos || !doc.text.slice(pos, d.from).includes(';'))
      .map((d) => ({ d, dist: d.from >= pos ? d.from - pos : (pos - d.at) * 3 }))
      .filter((x) => x.dist < 80)
      .sort((a, b) => a.dist - b.dist)[0]?.d;
  // "In 2009 a 44-year-old woman had a lumpectomy for breast cancer; in 2016 …": a date opening the sentence
  // dates its first clause, so its cancer may stand further from it
  const first = dates[0]!;
  const opening =
    first.from - s.start <= 3 && first.at <= m.start && !doc.text.slice(first.at, m.start).includes(';');
  // ("Her myositis started in 2020; in 2022 she was diagnosed with follicular lymphoma", session 40 grid: no interval)
  // likewise a date opening the cancer's own clause, after a semicolon or ", and"
  const clauseAt = Math.max(
    doc.text.lastIndexOf(';', m.start),
    doc.text.lastIndexOf(', and ', m.start),
    doc.text.lastIndexOf(', but ', m.start),
  );
  // (not across a relapse or a flare: "…, and in 2018, at the time of a relapse, breast cancer was diagnosed" keeps the
  // order alone, session 34)
  const clauseOpening =
    clauseAt > s.start && !/\b(?:relaps|flare|recurr)/i.test(text)
      ? dates.find(
          (d) =>
            d.from > clauseAt &&
            d.at <= m.start &&
            /^[;,]?\s*(?:(?:and|but|then)\s+)?(?:(?:in|by|during)\s+)?$/i.test(
              doc.text.slice(clauseAt, d.from),
            ) &&
            !/[;]/.test(doc.text.slice(d.at, m.start)),
        )
      : undefined;
  const cancerDate = nearest(m.end, true) ?? (opening ? first : clauseOpening);
  let myositis = myositisAt(doc, s).filter((x) => x < m.start || x > m.end);
  // "breast cancer (diagnosed 2015) and presented in 2019 with a rash": the dated presentation (or a dated
  // sign of the myositis) stands for the myositis when the sentence does not name it
  if (!myositis.length)
    myositis = [...presentationAt(doc, s), ...myositisSignsAt(doc, s)].filter((x) => x > m.end);
  // ("Her weakness began in 2017; in 2020 she was diagnosed with …", session 40 grid) a dated sign of the myositis in
  // the clause before the one a year opens, when that year dates the cancer
  // (and "Her rash began in March 2019, and an ovarian cancer was diagnosed in July 2019", session 49 probe: the
  // order read without its interval) a date inside the cancer's own clause, after it, as well
  if (
    !myositis.length &&
    cancerDate &&
    (cancerDate === clauseOpening ||
      (clauseAt > s.start && cancerDate.from > m.end && !/\b(?:relaps|flare|recurr)/i.test(text)))
  )
    myositis = myositisSignsAt(doc, s).filter((x) => x < clauseAt);
  const wordEnd = (at: number) => at + (/^[A-Za-z]+/.exec(doc.text.slice(at, at + 40))?.[0].length ?? 0);
  // "DM in remission for 2 years (off treatment since 2022)" (session 28: the cancer of 2020 dated two years before
  // the DM): a date of the course — the end of a treatment, a remission, a relapse — is not the myositis's own
  const course = (d: { from: number }) =>
    COURSE_DATE_RE.test(doc.text.slice(Math.max(s.start, d.from - 40), d.from));
  const myositisNearest = (pos: number) => {
    const d = nearest(pos);
    return d && course(d) ? undefined : d;
  };
  let myositisDate = myositis.length ? myositisNearest(wordEnd(myositis[0]!)) : undefined;
  // "…; in 2021 she presented with dermatomyositis", "…; 2019, heliotrope rash …": the dated presentation or sign
  // of the myositis in the clause after the cancer's, when the myositis word stands too far from the date
  if (!myositisDate && cancerDate) {
    const semi = doc.text.indexOf(';', m.end);
    if (semi >= 0 && semi < s.end) {
      const marks = [...presentationAt(doc, s), ...myositisSignsAt(doc, s)]
        .filter((x) => x > semi)
        .sort((a, b) => a - b);
      if (marks.length) myositisDate = myositisNearest(wordEnd(marks[0]!));
      // "…a thyroidectomy for a papillary carcinoma in June 2011; from December 2012, proximal weakness slowly
      // developed" (session 46, re-told texts: no interval): a date opening the clause after the semicolon dates
      // the presentation or sign of the myositis that follows it in that clause, however far along it stands
      if (!myositisDate && marks.length) {
        const opening = dates.find(
          (d) =>
            d.from > semi &&
            d.at <= marks[0]! &&
            /^;\s*(?:(?:and|then)\s+)?(?:(?:in|from|by|since|during|on)\s+)?$/i.test(
              doc.text.slice(semi, d.from),
            ) &&
            !/[;.]/.test(doc.text.slice(d.at, marks[0])),
        );
        if (opening && !course(opening)) myositisDate = opening;
      }
    }
  }
  // "Breast cancer was diagnosed in 2008 and colon cancer in 2013. Dermatomyositis was diagnosed in 2018."
  // (session 34: both read after): with no myositis in the sentence, each cancer's own date is counted against
  // the myositis dated in another sentence
  if (cancerDate && !myositis.length) return crossSentenceInterval(doc, s, m, [cancerDate]);
  if (!cancerDate || !myositisDate || cancerDate === myositisDate) return undefined;
  const dated = monthsOrYears(cancerDate, myositisDate);
  if (cancerDate === clauseOpening && typeof dated === 'object') CLAUSE_OPENING_DATES.add(dated);
  return dated;
}
/**
 * The dates read from a year opening the cancer's own clause (session 40): the clause tells the order too ("…; in
 * 2022 she was diagnosed with …"), so the order is kept with the interval.
 */
const CLAUSE_OPENING_DATES = new WeakSet<object>();

/**
 * A diagnosis date counted from an anchor: the count written in `countText` (one, approximate, when it cannot be
 * read) of the unit in `unitText`, after the anchor (`sign` 1) or before it (-1); approximate when the count is.
 */
function countedDate(
  relativeTo: 'diagnosis' | 'symptom-onset' | 'presentation',
  countText: string,
  unitText: string,
  sign: 1 | -1 = 1,
): NonNullable<ExtractedCancer['diagnosisDate']> {
  const count = readCount(countText) ?? { value: 1, approximate: true };
  const date = { relativeTo, offset: sign * count.value, unit: durationUnit(unitText) };
  return count.approximate ? { ...date, approximate: true } : date;
}

/** The interval between a cancer date and a myositis date: months when both give one, else years. */
function monthsOrYears(
  cancerDate: CalendarDate,
  myositisDate: CalendarDate,
): ExtractedCancer['diagnosisDate'] | Relation | 'unknown' | undefined {
  // (the day-first reading, then the month-first one: one text writes all its dates in one order)
  const monthsOf = (d: CalendarDate) => (d.month !== undefined ? [d.month, d.month] : d.months);
  const cm = monthsOf(cancerDate);
  const mm = monthsOf(myositisDate);
  if (cm && mm) {
    // a day-and-month date of uncertain order (session 37): each reading counted; the interval only when both
    // readings agree to the month, the order alone when they agree on it, else nothing
    const offsets = [0, 1].map((i) => (cancerDate.year - myositisDate.year) * 12 + cm[i]! - mm[i]!);
    if (offsets.every((o) => o === offsets[0]))
      return {
        relativeTo: 'diagnosis',
        offset: offsets[0]!,
        unit: 'month',
        ...(cancerDate.approximate || myositisDate.approximate ? { approximate: true } : {}),
      };
    if (offsets.every((o) => o > 0)) return 'after';
    if (offsets.every((o) => o < 0)) return 'before';
    // (the two readings put the cancer on either side of the myositis: its order is unknown, not a find's "after")
    if (offsets.some((o) => o > 0) && offsets.some((o) => o < 0)) return 'unknown';
    return undefined;
  }
  if (cancerDate.year === myositisDate.year) return undefined;
  return {
    relativeTo: 'diagnosis',
    offset: cancerDate.year - myositisDate.year,
    unit: 'year',
    approximate: true,
  };
}

/**
 * "Ovarian cancer had been diagnosed in 2014 … In 2019 she developed dermatomyositis": one calendar date beside
 * the cancer in its sentence (no myositis word there), and one other case sentence of the patient that names
 * the myositis with exactly one calendar date and no cancer. Counted as {@link calendarInterval} does.
 */
function crossSentenceInterval(
  doc: Doc,
  s: DocSentence,
  m: Mention,
  dates: readonly ({ from: number; at: number } & CalendarDate)[],
): ExtractedCancer['diagnosisDate'] | Relation | 'unknown' | undefined {
  if (dates.length !== 1 || myositisAt(doc, s).length) return undefined;
  const d = dates[0]!;
  // a date opening the sentence ("In December 2005, an orchiectomy was performed after a diagnosis of seminoma")
  // dates the whole sentence, so its cancer may stand further from it
  const limit = d.from - s.start <= 3 ? 150 : 60;
  if ((d.from >= m.end ? d.from - m.end : m.start - d.at) > limit) return undefined;
  // "… with a history of esophageal cancer presented in June of 2019": the date is the presentation's
  if (presentationDate(doc, s, d.from)) return undefined;
  // "He was admitted in 2011 with a rash and a high CK. He was diagnosed with dermatomyositis …": a dated
  // presentation right before the sentence that names the myositis dates the myositis
  const presentationBefore = (x: DocSentence) => {
    const next = doc.sentences[x.index + 1];
    return (
      next !== undefined &&
      isCaseSentence(next) &&
      myositisAt(doc, next).length > 0 &&
      PRESENTATION_VERB_RE.test(doc.text.slice(x.start, x.end))
    );
  };
  // "… until September 2009, when she presented with generalized myalgias": a dated presentation with a sign
  // of the myositis dates the myositis when no sentence names it with a date
  const presentedWithSign = (x: DocSentence) =>
    PRESENTATION_VERB_RE.test(doc.text.slice(x.start, x.end)) && myositisSignsAt(doc, x).length > 0;
  // "A woman with a history of esophageal cancer presented in June of 2019 with a rash": a dated presentation
  // with a sign of the myositis dates the myositis even beside a past cancer, when the date is the presentation's
  const datedPresentationWithSign = (x: DocSentence) => {
    if (!presentedWithSign(x)) return false;
    const ds = calendarDates(doc.text.slice(x.start, x.end));
    return ds.length === 1 && presentationDate(doc, x, x.start + ds[0]!.index);
  };
  // "… symmetric muscle weakness appeared in February 2006": a sign of the myositis whose onset verb governs the
  // sentence's one calendar date dates the myositis as a presentation with that sign does
  const signAppearedOn = (x: DocSentence) => {
    if (!myositisSignsAt(doc, x).length) return false;
    const text = doc.text.slice(x.start, x.end);
    const ds = calendarDates(text);
    if (ds.length !== 1) return false;
    if (SIGN_ONSET_BEFORE_DATE_RE.test(text.slice(Math.max(0, ds[0]!.index - 30), ds[0]!.index))) return true;
    // "In 2016, he developed proximal weakness and a heliotrope rash": a date opening the sentence, then a verb of
    // onset governing a sign of the myositis
    if (ds[0]!.index > 3) return false;
    // ("In 2004 (16 years after the first diagnosis), she developed …", session 34: a bracketed aside after the date)
    const dateEnd = ds[0]!.index + ds[0]![0].length;
    const aside = /^\s*\([^()]{0,80}\)/.exec(text.slice(dateEnd))?.[0].length ?? 0;
    const verb = SIGN_ONSET_AFTER_DATE_RE.exec(text.slice(dateEnd + aside));
    if (!verb) return false;
    const verbAt = x.start + dateEnd + aside + verb.index + verb[0].length;
    return myositisSignsAt(doc, x).some((p) => p >= verbAt && p - verbAt < 60);
  };
  const others = doc.sentences.filter(
    (x) =>
      x !== s &&
      isCaseSentence(x) &&
      x.attribution.reason !== 'title' &&
      (((myositisAt(doc, x).length > 0 ||
        presentationBefore(x) ||
        presentedWithSign(x) ||
        signAppearedOn(x)) &&
        !x.mentions.some((y) => y.concept.kind === 'histology' || y.concept.kind === 'site')) ||
        datedPresentationWithSign(x)),
  );
  const found: CalendarDate[] = [];
  for (const x of others) {
    const text = doc.text.slice(x.start, x.end);
    let ds = calendarDates(text);
    // "came to our clinic in 2020-03 due to weakness getting worse since 2019-09" (session 46): of two dates, the
    // one the presentation's verb governs
    if (ds.length > 1) ds = ds.filter((r) => presentationDate(doc, x, x.start + r.index));
    if (ds.length !== 1) continue;
    const r = ds[0]!;
    const { start: _start, ...date } = calendarDateOf(doc, text, r);
    found.push(date);
  }
  // only when no sentence dates the myositis itself
  const later = found.length ? undefined : laterThanDated(doc, s);
  if (later) found.push(later);
  // "She was admitted in May 2017. Urothelial carcinoma had been diagnosed in October 2006." (session 34: the
  // interval lost): with nothing else dating the myositis, the case's first dated visit does — the presentation,
  // the diagnosis and the onset are one anchor here
  const visit = found.length ? undefined : firstDatedVisit(doc, s);
  if (visit) found.push(visit);
  if (found.length !== 1) return undefined;
  return monthsOrYears(d, found[0]!);
}

/**
 * "She received her last course of rituximab in February 2023. About four weeks later she developed myalgia and
 * proximal weakness": a sentence opening with a later-interval whose verb of onset governs a sign of the myositis,
 * right after a sentence with one month date (naming no cancer), dates the myositis that long after the date (months
 * rounded). Never the cancer's own sentence (`s`).
 */
function laterThanDated(doc: Doc, s: DocSentence): { year: number; month: number } | undefined {
  for (const x of doc.sentences) {
    if (x === s || x.index === 0 || x.index === s.index + 1) continue;
    if (!isCaseSentence(x) || x.attribution.subject !== 'patient') continue;
    const text = doc.text.slice(x.start, x.end);
    const r = LATER_OPENING_RE.exec(text);
    if (!r || calendarDates(text).length) continue;
    if (x.mentions.some((y) => y.concept.kind === 'histology')) continue;
    const verb = LATER_ONSET_VERB_RE.exec(text.slice(r[0].length));
    if (!verb) continue;
    const verbAt = x.start + r[0].length + verb.index;
    if (![...myositisAt(doc, x), ...myositisSignsAt(doc, x)].some((p) => p > verbAt)) continue;
    const prev = doc.sentences[x.index - 1]!;
    if (!isCaseSentence(prev) || prev.mentions.some((y) => y.concept.kind === 'histology')) continue;
    const ds = calendarDates(doc.text.slice(prev.start, prev.end));
    if (ds.length !== 1 || !ds[0]![1]) continue;
    const count = readCount(r[1]!)?.value ?? 1;
    const months = Math.round(count * UNIT_MONTHS[durationUnit(r[2]!)]);
    const at = Number(ds[0]![2]) * 12 + monthNumber(ds[0]![1]) - 1 + months;
    return { year: Math.floor(at / 12), month: (at % 12) + 1 };
  }
  return undefined;
}

/** An earlier visit, or one for another reason: not this presentation. */
const OTHER_VISIT_RE = /\b(?:previously|earlier|prior|first|before|for|because|due)\b/i;

/**
 * The date of the case's first sentence of a visit ("She was admitted in May 2017", "She presented to our clinic
 * in August 2012"): a patient's case sentence other than `s`, naming no cancer, with one calendar date governed
 * by a verb of a visit, and no word of an earlier visit or of another reason for it.
 */
function firstDatedVisit(doc: Doc, s: DocSentence): CalendarDate | undefined {
  for (const x of doc.sentences) {
    if (x === s || !isCaseSentence(x) || x.attribution.subject !== 'patient') continue;
    if (x.attribution.reason === 'title') continue;
    const text = doc.text.slice(x.start, x.end);
    const ds = calendarDates(text);
    if (ds.length !== 1) continue;
    const r = ds[0]!;
    if (!presentationDate(doc, x, x.start + r.index)) continue;
    if (x.mentions.some((y) => y.concept.kind === 'histology' || y.concept.kind === 'site')) return undefined;
    if (OTHER_VISIT_RE.test(text)) return undefined;
    const { start: _start, ...date } = calendarDateOf(doc, text, r);
    return date;
  }
  return undefined;
}

/** Whether the calendar date starting at `from` in sentence `s` is governed by a presentation verb right before it. */
function presentationDate(doc: Doc, s: DocSentence, from: number): boolean {
  const before = doc.text.slice(Math.max(s.start, from - 40), from);
  // the date's own preposition ("in", "on") is part of the match or of the text before it
  return PRESENTATION_DATE_BEFORE_RE.test(before.replace(/\s*\b(?:in|on|during)\s*$/i, ''));
}

/**
 * Whether another cancer of sentence `s` (a histology mention of another name) stands nearer than `m` to the time
 * expression at `at`: the time is that cancer's.
 */
function nearerCancer(s: DocSentence, m: Mention, at: number, text?: string): boolean {
  // ("… a hysterectomy for uterine leiomyosarcoma, both 3 years before": one time for both)
  if (text !== undefined && /\b(?:both|each|all)\W*$/i.test(text.slice(Math.max(s.start, at - 12), at)))
    return false;
  const distance = (x: Mention) => (x.end <= at ? at - x.end : x.start - at);
  const own = distance(m);
  // "we took the tumour for a metastasis, since six years before she had had a melanoma" (session 38: the
  // interval lost): a bare generic word ("tumour") in another clause is no cancer of its own when the cancer
  // shares the time's clause
  const apart = (x: Mention) =>
    text !== undefined &&
    x.concept.attrs?.generic === 'true' &&
    clauseBreakBetween(text, x.end <= at ? x.end : x.start, at) &&
    !clauseBreakBetween(text, m.end <= at ? m.end : m.start, at);
  return s.mentions.some(
    (x) =>
      x.concept.kind === 'histology' &&
      x !== m &&
      (x.end <= m.start || x.start >= m.end) &&
      distance(x) < own &&
      !apart(x),
  );
}

/** A clause break between offsets `a` and `b` of the text: a comma, a semicolon, or "and", "but", "while", "whereas". */
const CLAUSE_BREAK_RE = /\b(?:and|but|while|whereas)\b|[,;]/;
function clauseBreakBetween(text: string, a: number, b: number): boolean {
  return CLAUSE_BREAK_RE.test(text.slice(Math.min(a, b), Math.max(a, b)));
}

/**
 * Whether the time expression at `at` is the myositis's own: a myositis word stands nearer it than the cancer `m`,
 * with no clause break between them, and one between the time and the cancer ("She had been diagnosed with
 * dermatomyositis 7 years earlier and was then diagnosed with cholangiocarcinoma", session 33: dated −84).
 */
function myositisTime(doc: Doc, s: DocSentence, m: Mention, at: number): boolean {
  const apart = (a: number, b: number) => clauseBreakBetween(doc.text, a, b);
  const own = m.end <= at ? at - m.end : m.start - at;
  if (!apart(at, m.end <= at ? m.end : m.start)) return false;
  return (
    myositisAt(doc, s).some((x) => Math.abs(at - x) < own && !apart(at, x)) || signGoverns(doc, s, at, own)
  );
}

/**
 * "She presented with weakness that had begun 3 months earlier and was found to have a lung cancer", "Her weakness
 * had started 3 months before admission, and CT showed … adenocarcinoma" (session 34: the cancer dated −3): the time
 * at `at` is governed by the verb of onset of a sign of the myositis, nearer it than the cancer `m`, which stands
 * in another clause.
 */
function signTime(doc: Doc, s: DocSentence, m: Mention, at: number): boolean {
  const own = m.end <= at ? at - m.end : m.start - at;
  return clauseBreakBetween(doc.text, at, m.end <= at ? m.end : m.start) && signGoverns(doc, s, at, own);
}
/** A sign of the myositis within 60 characters of `at` (nearer than `own`), in its clause, with a verb of onset between. */
function signGoverns(doc: Doc, s: DocSentence, at: number, own: number): boolean {
  return myositisSignsAt(doc, s).some(
    (x) =>
      Math.abs(at - x) < 60 &&
      Math.abs(at - x) < own &&
      !clauseBreakBetween(doc.text, x, at) &&
      (SIGN_BEGAN_RE.test(doc.text.slice(Math.min(x, at), Math.max(x, at))) ||
        // ("weak for some weeks before he came to us, and a colon tumour turned up", session 39: the cancer dated by
        // the weakness) how long the sign lasted, the time right after "for" past the sign
        (x < at && SIGN_LASTED_RE.test(doc.text.slice(x, at)))),
  );
}
/** A sign, then "for" or "lasting" right before its time ("weakness for 3 months before …"). */
const SIGN_LASTED_RE =
  /^[^,;.]{0,40}\b(?:for|lasting)\s+(?:(?:about|almost|nearly|over|more\s+than|at\s+least)\s+)?$/i;
/** The myositis as the subject of a relapse right before a time ("the myositis relapsed", "DM flared"). */
const MYOSITIS_RELAPSED_RE =
  /\b(?:dermatomyositis|polymyositis|myositis|DM|PM|IIM|the\s+disease)\s+(?:had\s+)?(?:relapsed|recurred|flared|worsened|relapse[sd]?)\s*(?:in\s+\d{4},?\s*)?$/i;
/** The myositis's relapse told right after a comma ("…, the myositis relapsed", "…, her DM flared"). */
const MYOSITIS_RELAPSE_AFTER_RE =
  /^,\s*(?:the|her|his)?\s*(?:dermatomyositis|polymyositis|myositis|DM|PM|IIM|disease)\s+(?:had\s+)?(?:relapsed|recurred|flared|worsened)\b/i;
/**
 * A clause of time opening the sentence up to the cancer, with no comma before it ("Once the malignancy", "After her
 * breast cancer", "When the tumour"): group 1 the conjunction.
 */
/** A verb of the myositis' onset or diagnosis in the main clause after a clause of time. */
const ONSET_IN_MAIN_RE =
  /\b(?:developed|appeared|began|started|presented|arose|emerged|occurred|ensued|noticed|was\s+diagnosed)\b/i;
const TIME_CLAUSE_RE =
  /^\W{0,3}(once|after|when|as\s+soon\s+as|by\s+the\s+time|before|until|till)\s+[^,;:.]*$/i;
/** A verb of onset between a sign and its time ("weakness that had begun", "the rash appeared"). */
const SIGN_BEGAN_RE = /\b(?:began|begun|started|appeared|developed|commenced|emerged)\b/i;

/** A death told right before an interval ("she died 4 months later", "died of the cancer 3 years after …"). */
const DEATH_BEFORE_RE = /\b(?:died|death|passed\s+away|succumbed|expired)\b[^.;]{0,40}$/i;
/** The words before a cancer named as the cause of a death ("died of", "death from progressive ovarian", "succumbed to"). */
const CAUSE_OF_DEATH_RE =
  /\b(?:died|dying|death|deceased|succumbed|passed\s+away|expired)\s+(?:\w+\s+){0,2}?(?:of|from|due\s+to|to|because\s+of|secondary\s+to)\s+(?:[\w-]+\s+){0,3}$/i;

/**
 * The verbs of a patient's coming back to care ("presented", "returned", "came back", "came again to the emergency
 * department", "attended", "visited", session 38: "came to" lost the interval).
 */
const RETURN_VERB = String.raw`(?:presented|returned|re-?presented|came\s+(?:back|again|to)|was\s+(?:re)?admitted|was\s+referred|attended|re-?attended|visited|consulted)`;
/** "two years later, when she presented with …", "6 months later he was readmitted", "… afterwards when she returned": a later presentation. */
const LATER_PRESENTATION_RE = new RegExp(
  String.raw`\b${COUNT_PATTERN}${SPACE}{1,2}${UNITS}${SPACE}{1,2}(?:later|afterwards|thereafter)\b[^.;]{0,40}?\b${RETURN_VERB}\b`,
  'i',
);
/** "14 months after (the) (initial) presentation", "two years after the diagnosis of dermatomyositis". */
const AFTER_PRESENTATION_RE = new RegExp(
  String.raw`\b${COUNT_PATTERN}${SPACE}{1,2}${UNITS}${SPACE}{1,2}(?:after|following)${SPACE}{1,2}(?:the${SPACE}{1,2}|his${SPACE}{1,2}|her${SPACE}{1,2})?(?:initial${SPACE}{1,2}|first${SPACE}{1,2})?(presentation|admission|diagnosis)\b`,
  'i',
);

/**
 * The date of a new complaint that led to a cancer found by the work-up: a case sentence of the patient up to
 * four sentences before the cancer's, without a cancer word, that dates itself after the presentation or the
 * diagnosis ("14 months after initial presentation he complained of …"), with no other time expression between.
 */
function datedComplaintBefore(doc: Doc, s: DocSentence): ExtractedCancer['diagnosisDate'] | undefined {
  for (let i = s.index - 1; i >= Math.max(0, s.index - 4); i--) {
    const x = doc.sentences[i]!;
    if (!isCaseSentence(x) || x.attribution.subject !== 'patient') return undefined;
    const read = complaintDateIn(doc, x);
    // (a copy: the caller keeps it as a cancer's date)
    if (read) return read.date && { ...read.date };
  }
  return undefined;
}

/**
 * What a sentence before a cancer's tells {@link datedComplaintBefore}: the date of the complaint it dates; an empty
 * reading when it stops the search undated; null when the search goes on to the sentence before it. Read once per
 * sentence (asked again for every find of every cancer).
 */
const complaintDateIn = memoBy(readComplaintDate);
function readComplaintDate(doc: Doc, x: DocSentence): { date?: ExtractedCancer['diagnosisDate'] } | null {
  const text = doc.text.slice(x.start, x.end);
  const r = AFTER_PRESENTATION_RE.exec(text);
  if (r) {
    if (x.mentions.some((y) => y.concept.kind === 'histology' || y.concept.kind === 'site')) return {};
    const count = readCount(r[1]!);
    if (!count) return {};
    return {
      date: {
        relativeTo: r[3]!.toLowerCase() === 'diagnosis' ? 'diagnosis' : 'presentation',
        offset: count.value,
        unit: durationUnit(r[2]!),
        ...(count.approximate ? { approximate: true } : {}),
      },
    };
  }
  // "… missed her follow-up; two years later she came back with vaginal bleeding": a new presentation
  // that many units after the first one (which the caller has found before it)
  const later = LATER_PRESENTATION_RE.exec(text);
  if (later && !x.mentions.some((y) => y.concept.kind === 'histology' || y.concept.kind === 'site')) {
    const count = readCount(later[1]!);
    if (!count) return {};
    return {
      date: {
        relativeTo: 'presentation',
        offset: count.value,
        unit: durationUnit(later[2]!),
        ...(count.approximate ? { approximate: true } : {}),
      },
    };
  }
  // another time in between: the cancer is not dated by that sentence
  if (/\b(?:day|week|month|year)s?\b|(?:19|20)\d\d/i.test(text)) return {};
  return null;
}

/**
 * The one calendar date of a sentence ({@link CALENDAR_RE}): null when it has more than one, undefined when none.
 * Read once per sentence (asked again for every cancer and every find).
 */
const soleCalendarDate = memoBy((doc: Doc, x: DocSentence): Readonly<CalendarDate> | null | undefined => {
  const text = doc.text.slice(x.start, x.end);
  // (every calendar date holds a year: a sentence without one has none)
  const ds = calendarDates(text);
  const r = ds[0];
  const date =
    ds.length !== 1 || !r
      ? ds.length
        ? null
        : undefined
      : (({ start: _start, ...date }) => date)(calendarDateOf(doc, text, r));
  return date;
});

/**
 * "Diagnosed with dermatomyositis in October 2020 … She again presented in August 2021 with weakness … a node
 * biopsy revealed carcinoma": a cancer found by the work-up of a presentation dated by the calendar, a few
 * case sentences before it with no other time between, counted from the one dated sentence that names the
 * myositis (months when both give one, else years). Only a later date is taken (the cancer found after).
 */
function datedPresentationBefore(doc: Doc, s: DocSentence): ExtractedCancer['diagnosisDate'] | undefined {
  const dateOf = (x: DocSentence) => soleCalendarDate(doc, x);
  let presentation: CalendarDate | undefined;
  let at = -1;
  for (let i = s.index - 1; i >= Math.max(0, s.index - 6); i--) {
    const x = doc.sentences[i]!;
    if (!isCaseSentence(x) || x.attribution.subject !== 'patient') return undefined;
    // another cancer named between (the organs of an imaging report are no cancer)
    if (x.mentions.some((y) => y.concept.kind === 'histology')) return undefined;
    const d = dateOf(x);
    if (d === undefined) {
      if (/\b(?:day|week|month|year)s?\b/i.test(doc.text.slice(x.start, x.end))) return undefined;
      continue;
    }
    if (d === null || !PRESENTATION_VERB_RE.test(doc.text.slice(x.start, x.end))) return undefined;
    presentation = d;
    at = i;
    break;
  }
  if (!presentation) return undefined;
  const found: CalendarDate[] = [];
  for (const x of doc.sentences) {
    if (x.index === at || x.index >= s.index || !isCaseSentence(x) || x.attribution.reason === 'title')
      continue;
    if (!myositisAt(doc, x).length) continue;
    if (x.mentions.some((y) => y.concept.kind === 'histology')) continue;
    const d = dateOf(x);
    if (d) found.push(d);
  }
  if (found.length !== 1) return undefined;
  const interval = monthsOrYears(presentation, found[0]!);
  return typeof interval === 'object' && interval.offset > 0 ? interval : undefined;
}

/** The first discovery of the cancer (a verb of discovery, not negated) dated by a complaint before it. */
function datedDiscovery(
  doc: Doc,
  mentions: readonly { s: DocSentence; m: Mention }[],
): { date: NonNullable<ExtractedCancer['diagnosisDate']>; ms: { s: DocSentence; m: Mention } } | undefined {
  for (const ms of mentions) {
    if (ms.s.attribution.reason === 'title' || !ms.s.tokens.some((_t, k) => isDiscovery(ms.s.tokens, k)))
      continue;
    const a = ms.s.assert(ms.m.tokenStart, ms.m.tokenEnd);
    if (a.negated || a.uncertain) continue;
    const date = datedComplaintBefore(doc, ms.s);
    if (date) return { date, ms };
  }
  return undefined;
}

/** Verbs of a presentation ("was admitted to our hospital in 2011 due to a rash"). */
// (session 46, re-told texts: "came to our unit in 2021-09 because of …", the dated presentation lost)
const PRESENTATION_VERB_RE =
  /\b(?:was|were) (?:admitted|referred|hospitali[sz]ed)\b|\bpresented\b|\b(?:came|went) to (?:our|the)\b|\b(?:visited|attended) (?:our|the)\b/i;
/** An onset verb right before a calendar date ("weakness appeared in February 2006", "began in 2019"). */
const SIGN_ONSET_BEFORE_DATE_RE =
  /\b(?:appeared|developed|began|started|occurred|emerged)\s+(?:in|on|during|since)?\s*(?:early|late|mid-?)?\s*$/i;
/** The verb of onset after a date that opens its sentence ("In 2016, he developed …", "In May 2019 she noticed …"). */
const SIGN_ONSET_AFTER_DATE_RE =
  /^\s*,?\s*(?:(?:he|she|the patient|our patient|an?\s+(?:[\w-]+\s+){0,2}?(?:woman|man|patient|girl|boy|lady|gentleman))\s+)?(?:(?:first|gradually|progressively)\s+)?(?:developed|noticed|began to (?:have|notice|develop)|presented with|complained of)\b/i;

/** "A 43-year-old woman (already) diagnosed with (metastatic) …" right before a cancer mention. */
// (not "ultimately / eventually / later diagnosed with …, who presented initially with …": session 33, read as a
// cancer carried before the presentation)
const DIAGNOSED_PATIENT_RE =
  /\b(?:year[- ]old|patient|man|woman|male|female|boy|girl|gentleman|lady)\b[^.;]{0,30}?(?<!\b(?:ultimately|eventually|finally|later|subsequently)\s)\bdiagnosed with\s+(?:[\w-]+\s+){0,4}$/i;
/** The patient's presentation after the cancer mention, in the same clause run ("… presented with a rash"). */
const PRESENTED_AFTER_RE =
  /^[^.;]{0,100}?\b(?:presented|presents|pre-\s?sented|was admitted|was referred)\b/i;
/** A cancer drug by its stem ("letrozole", "tamoxifen", "imatinib", "cisplatin", "paclitaxel", "nivolumab"). */
const CANCER_DRUG = String.raw`[a-z]+(?:mab|nib|rozole|trozole|oxifen|platin|taxel|rubicin|citabine)`;
/**
 * "After (allogeneic) stem-cell transplantation for …", "after chemotherapy for …", "three months after starting
 * letrozole for …" (session 34: the drug) right before a cancer mention.
 */
const AFTER_TREATMENT_FOR_RE = new RegExp(
  String.raw`\b(?:after|following)\b[^.;]{0,60}?\b(?:transplantation|transplant|chemotherapy|chemoradiation|chemoradiotherapy|immunotherapy|resection|surgery|radiotherapy|mastectomy|treatment|${CANCER_DRUG})\s+for\s+(?:[\w-]+\s+){0,3}$`,
  'i',
);
/**
 * "On hydroxyurea for essential thrombocythaemia since 2011, she developed …", "taking tamoxifen for breast cancer"
 * (session 25: the order was lost): a drug the patient is on for the cancer, so the cancer came first.
 */
const ON_DRUG_FOR_RE =
  /\b(?:on|taking)\s+(?!(?:examination|admission|screening|evaluation|presentation|suspicion|imaging|the|a|an|ct|pet|mri|work)\b)[\w-]+(?:\s+[\w-]+)?\s+for\s+(?:(?:a|an|her|his|the)\s+)?(?:[\w-]+\s+){0,3}$/i;
/**
 * "She had undergone a mastectomy for breast cancer", "had undergone removal of one eye because of a
 * retinoblastoma" (session 25: the order was lost): a treatment of the cancer told in the past perfect came before
 * the story the report tells. The subject may be the person named ("a woman had received chemotherapy for …") or a
 * relative clause of that person ("a man, who had undergone a lobectomy for …", session 30: the order was lost).
 */
const HAD_UNDERGONE_FOR_RE =
  /\b(?:she|he|patient|man|woman|male|female|gentleman|lady|boy|girl|who)\s+had\s+(?:already\s+|previously\s+)?(?:undergone|received|had)\s+[^.;]{0,60}?\b(?:for|due\s+to|because\s+of)\s+(?:(?:a|an|her|his|the)\s+)?(?:[\w-]+\s+){0,3}$/i;
/**
 * "polymyositis that occurred during the treatment of lung adenocarcinoma", "while receiving chemotherapy for
 * …", "a woman undergoing chemotherapy for …": the myositis arose while the cancer was being treated, so the
 * cancer was diagnosed before it.
 */
const DURING_TREATMENT_OF_RE =
  /\b(?:during|(?:while\s+(?:(?:she|he)\s+was\s+)?|\bwas\s+|(?:patient|man|woman|male|female|lady|gentleman|year[- ]old)\s+(?:who\s+was\s+)?)(?:on|receiving|undergoing)|in\s+the\s+course\s+of)\s+(?:the\s+|her\s+|his\s+|adjuvant\s+|palliative\s+)*(?:treatment|chemotherapy|therapy|radiotherapy|immunotherapy|chemoradiotherapy)\s+(?:of|for)\s+(?:[\w-]+\s+){0,4}$/i;
/**
 * "her known lung adenocarcinoma", "a known case of ca. breast", "she was (already) known to have lung cancer", "she
 * had been receiving tamoxifen for breast cancer": a cancer the patient carried before (right before the cancer
 * mention).
 */
// (session 40 grid: "She has a known gastric adenocarcinoma", "a man with known lymphoma", the non-native "she is
// known for breast cancer since 2015" — no order)
const KNOWN_CANCER_RE =
  /\b(?:(?:her|his)\s+known|(?:has|had|have|having|with)\s+(?:an?\s+)?known|(?:is|was|has\s+been|had\s+been)\s+known\s+(?:for|with)|known\s+case\s+of|(?:already\s+)?known\s+to\s+have|already\s+diagnosed\s+with|(?:already\s+)?living\s+with|already\s+(?:carrying|suffering\s+from|treated\s+for|under\s+treatment\s+for)|had\s+been\s+(?:receiving|taking|on)\s+(?:[\w-]+\s+){1,3}for)\s+(?:(?:a|an|her|his)\s+)?(?:[\w-]+\s+){0,3}$/i;
/**
 * An immune-checkpoint inhibitor given for the cancer ("received pembrolizumab for metastatic melanoma", "on
 * durvalumab for lung cancer", "melanoma treated with nivolumab"): the drug is given for a known cancer, and a
 * myositis under it came after that cancer's diagnosis.
 */
const CHECKPOINT_FOR_RE = new RegExp(
  // ("pembrolizumab was started to treat her melanoma", session 38: no order)
  String.raw`\b${CHECKPOINT_INHIBITOR}\b[^.;]{0,40}?\b(?:for|to\s+treat|to\s+control)\s+(?:(?:a|an|her|his|the|its)\s+)?(?:[\w-]+\s+){0,4}$`,
  'i',
);
/**
 * "Nivolumab-induced myositis in a man with gastric cancer", "tislelizumab-associated myositis in a patient with
 * urothelial cancer" (session 29: the order was lost): a myositis caused by a checkpoint inhibitor comes after the
 * cancer the drug was given for.
 */
const CHECKPOINT_MYOSITIS_RE = new RegExp(
  String.raw`\b${CHECKPOINT_INHIBITOR}[\s-]+(?:associated|induced|related|mediated|triggered)\s+(?:[\w-]+\s+){0,2}?(?:myositis|myopathy|dermatomyositis|polymyositis|myasthenia|myocarditis|rhabdomyolysis)\b`,
  'i',
);
/**
 * "She had renal cell carcinoma and developed myositis after being treated with nivolumab" (session 32: the order was
 * lost): after the cancer, a myositis told as coming after a checkpoint inhibitor — so after the cancer it treats.
 */
const MYOSITIS_AFTER_CHECKPOINT_RE = new RegExp(
  String.raw`\b(?:myositis|myopathy|dermatomyositis|polymyositis|myasthenia|myocarditis|rhabdomyolysis|weakness)\b[^.;]{0,40}?\bafter\s+(?:being\s+(?:treated|started)\s+(?:with|on)\s+|receiving\s+|starting\s+|(?:[\w-]+\s+){0,2}(?:cycles?|doses?|courses?|infusions?)\s+of\s+)?${CHECKPOINT_INHIBITOR}\b`,
  'i',
);
const TREATED_WITH_CHECKPOINT_RE = new RegExp(
  // ("treated with weekly infusions of durvalumab", "… melanoma started nivolumab": session 25, a schedule before
  // the drug, and the verbs of starting it)
  // (session 46, re-told texts: "metastatic thymoma, on toripalimab" — the drug after "on" or "receiving")
  String.raw`^[^.;]{0,20}?\b(?:(?:treated|managed)\s+with|started(?:\s+on)?|commenced|began|received|initiated|was\s+(?:given|started\s+on)|(?<=,\s*)(?:on|receiving))\s+(?:[\w-]+\s+(?:and\s+)?){0,2}?(?:(?:infusions?|cycles?|courses?|doses?)\s+of\s+)?${CHECKPOINT_INHIBITOR}\b`,
  'i',
);
/**
 * "a man with a background of a nephrectomy for renal cell carcinoma", "a medical background of breast cancer" (session 30: read as
 * a cancer found after): the patient's background is a past history, so the cancer came first.
 */
const BACKGROUND_OF_RE = /\bbackground\s+of\s+(?:(?!\b(?:presented|developed|was|were)\b)[^.;]){0,60}$/i;
/**
 * The words before a cancer under treatment or follow-up at the time told: "was being treated for", "was (already)
 * under follow-up for a treated", "was receiving chemotherapy for"; not across a clause or the myositis ("was being
 * treated for dermatomyositis when a breast cancer was found").
 */
const BEING_TREATED_FOR_RE =
  /\b(?:was|were)\s+(?:already\s+|still\s+)?(?:being\s+(?:treated|followed)\s+|under\s+(?:follow-?up|treatment|surveillance|observation)\s+|receiving\s+(?:[\w-]+\s+){1,3}?)(?:for|of)\s+(?:(?:a|an|her|his|the)\s+)?(?:(?:treated|resected|operated|known)\s+)?(?:(?!(?:when|while|and|but|as|after|until|dermatomyositis|myositis|polymyositis|DM|PM)\b)[\w-]+\s+){0,3}$/i;
/** "a patient treated for NPC", "a woman previously treated for breast cancer": a person carrying a treated cancer. */
const PERSON_TREATED_FOR_RE =
  /\b(?:patient|man|woman|male|female|gentleman|lady|boy|girl)\s+(?:who\s+(?:was|had\s+been)\s+)?(?:previously\s+|already\s+|successfully\s+)?treated\s+for\s+(?:[\w-]+\s+){0,3}$/i;
/**
 * The writer's or the team's care of the person for the cancer, in a relative clause on the person ("this man, whom
 * I treat for a lung carcinoma", "whom we have been following for a lymphoma", "who is under our care for …",
 * "who is being treated for …", session 39: no order): the cancer was known when the myositis was seen.
 */
const IN_CARE_FOR_RE =
  /\b(?:(?:whom|who)\s+(?:I|we)\s+(?:(?:have|had)\s+been\s+|am\s+|are\s+|have\s+|had\s+)?(?:(?:currently|already|long|regularly)\s+)?(?:treat|treating|treated|follow|following|followed|manage|managing|managed)|who\s+(?:is|was)\s+(?:(?:currently|already|now)\s+)?(?:being\s+(?:treated|followed|managed)|under\s+(?:our\s+|my\s+)?(?:care|treatment)|receiving\s+(?:treatment|chemotherapy|therapy)))\s+for\s+(?:(?:a|an|her|his|the)\s+)?(?:[\w-]+\s+){0,3}$/i;

/**
 * "a history significant for breast cancer and IBM", "a history of dermatomyositis and breast cancer": the cancer
 * and the myositis coordinated in one list, so the history dates both and orders neither.
 */
function sharedHistory(doc: Doc, ms: { s: DocSentence; m: Mention }): boolean {
  const { s, m } = ms;
  const text = doc.text;
  for (const p of myositisAt(doc, s)) {
    const between = p > m.start ? text.slice(m.end, p) : text.slice(p, m.start).replace(/^\S+/, '');
    if (between.length > 40) continue;
    if (!/^\s*(?:,\s*)?(?:and|&)\s+(?:(?!with\b|who\b)[\w-]+\s+){0,3}$/i.test(between)) continue;
    // the history right before the first of the two
    const head = text.slice(Math.max(s.start, Math.min(p, m.start) - 50), Math.min(p, m.start));
    if (/\bhistory\b(?:\s+(?:significant|notable|remarkable)\s+for|\s+of)?\s+(?:[\w-]+\s+){0,3}$/i.test(head))
      return true;
  }
  return false;
}

/** "A 53-year-old man with (a known) …" right before a cancer mention: the person carries the cancer. */
const PERSON_WITH_RE =
  /\b(?:year[- ]old|patient|man|woman|male|female|boy|girl|gentleman|lady)(?:,?\s+(?:aged\s+)?\d{1,3}(?:\s+years?(?:\s+old|\s+of\s+age)?)?,?|\s+of\s+\d{1,3}\s+years(?:\s+of\s+age)?,?)?\s+with\s+(?:(?:a|an|known|untreated|treated|stable|advanced|metastatic|chronic-phase)\s+)*(?:[\w-]+\s+){0,3}$/i;
/**
 * "… developed progressive proximal weakness": a new complaint right after the cancer (", who later developed"),
 * also after the treatment the person is on ("… polycythaemia vera on long-term hydroxyurea therapy developed …",
 * session 26), or had had when the complaint began ("… had received two cycles of docetaxel when she developed …",
 * session 31).
 */
const DEVELOPED_AFTER_RE =
  /^\s*(?:\([^()]{1,40}\)\s*)?,?\s*(?:on\s+(?:long-?term\s+|chronic\s+|maintenance\s+)?[\w-]+(?:\s+(?:therapy|treatment))?\s*,?\s*)?(?:who\s+)?(?:had\s+(?:received|undergone|completed|started|begun)\s+(?:[\w-]+\s+){1,5}when\s+(?:she|he|they)\s+)?(?:later\s+|subsequently\s+|then\s+)?(?:developed|began to (?:have|develop)|went on to develop)\b/i;

/** "… in whom (acute) polymyositis developed": group 1 the subject up to its verb of onset. */
const IN_WHOM_DEVELOPED_RE =
  /^\s*(?:\([^()]{1,40}\)\s*)?,?\s*in\s+whom\s+((?:[\w'’-]+\s+){1,6}?)(?:(?:later|subsequently|then|eventually)\s+)?(?:developed|arose|appeared|began|occurred|emerged|was\s+diagnosed)\b/di;
/**
 * "… presented with proximal weakness", "… of the left ureter came to the clinic with …", "… who was admitted for
 * dyspnoea", "… on tamoxifen presented with …", "… treated by mastectomy presented with …" (session 30): the
 * person's presentation right after the cancer (its site, the drug she takes for it, or its treatment).
 */
const PRESENTED_WITH_AFTER_RE =
  /^\s*(?:\([^()]{1,40}\)\s*)?(?:of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?)?(?:\([^()]{1,40}\)\s*)?(?:,?\s*(?:diagnosed|treated)\s+(?:recently|previously|earlier|before)\s*,?\s*)?(?:(?:on|receiving|taking)\s+[\w-]+\s+)?(?:,?\s*(?:treated|managed)\s+(?:by|with)\s+(?:[\w-]+\s*){1,3}?)?,?\s*(?:who\s+)?(?:initially\s+|first\s+)?(?:present(?:ed|s)\s+(?:to\s+(?:the\s+|our\s+)?[\w-]+(?:\s+[\w-]+)?\s+)?with|(?:was|is)\s+(?:admitted|referred|hospitali[sz]ed)|came\s+to|comes\s+to|came\s+(?:in\s+)?with|visited|consulted|attended|sought\s+(?:medical\s+)?(?:attention|advice|care|help))\b/i;

/**
 * "A 53-year-old man with chronic myelogenous leukemia developed progressive proximal muscle weakness …": a person
 * named with the cancer who then developed the myositis (or one of its signs) carried the cancer before it. Never
 * when the myositis is named with the cancer ("a woman with dermatomyositis and breast cancer developed …").
 */
function personWithCancerDeveloped(doc: Doc, ms: { s: DocSentence; m: Mention }): boolean {
  const { s, m } = ms;
  const head = doc.text.slice(Math.max(s.start, m.start - 90), m.start);
  const w = PERSON_WITH_RE.exec(head);
  if (
    !w ||
    /myositis|myopathy|\b(?:dm|pm|jdm|cadm|and)\b/i.test(w[0].slice(w[0].toLowerCase().indexOf(' with ')))
  )
    return false;
  const tail = doc.text.slice(m.end, s.end);
  // "A 70-year-old man with CLL presented with proximal weakness": the person carried the cancer when presenting
  // (never in a title, never a cancer said to be new, occult or found with the myositis)
  const presented =
    s.attribution.reason !== 'title' &&
    !/\b(?:newly|recently|occult|underlying|undiagnosed|concomitant|concurrent|co-?exist(?:ent|ing)|associated|synchronous)\b/i.test(
      w[0],
    )
      ? PRESENTED_WITH_AFTER_RE.exec(tail)
      : null;
  // ("a woman with a diffuse large B-cell lymphoma in whom dermatomyositis developed after …", session 38: no order) the
  // myositis as the subject of the verb of onset in a relative clause on the person
  const inWhom = IN_WHOM_DEVELOPED_RE.exec(tail);
  if (inWhom) {
    const from = m.end + inWhom.indices![1]![0];
    if (myositisOrSignsAt(doc, s).some((x) => x >= from && x < from + inWhom[1]!.length)) return true;
  }
  const developed = DEVELOPED_AFTER_RE.exec(tail);
  // the person's presentation, whatever its complaint, came with the cancer already known (the case's story
  // begins there: "a man with CLL presented with plantar pain" and the myositis was found in its work-up)
  if (!developed) return presented !== null;
  const verbEnd = m.end + developed.index + developed[0].length;
  return myositisOrSignsAt(doc, s).some((x) => x >= verbEnd && x - verbEnd < 80);
}

/** "… who had essential thrombocytosis": the verb of having right before the cancer (group 0 ends at the cancer). */
const HAD_BEFORE_RE = /\b(?:had|has|suffered\s+from)\s+(?:an?\s+)?(?:[\w()-]+\s+){0,3}$/i;
/** "… and (later) developed": the myositis's verb of onset right after the cancer, in the same clause. */
const AND_DEVELOPED_RE =
  /^[^.;,]{0,60}?\band\s+(?:later\s+|subsequently\s+|then\s+|eventually\s+)?developed\b/i;

/**
 * "She had a myeloproliferative neoplasm and then developed dermatomyositis on maintenance therapy" (session 45): a
 * cancer the person had, then a myositis they developed, joined by "and" in one clause — the cancer came first.
 */
function hadCancerThenDeveloped(doc: Doc, ms: { s: DocSentence; m: Mention }): boolean {
  const { s, m } = ms;
  if (!HAD_BEFORE_RE.test(doc.text.slice(Math.max(s.start, m.start - 60), m.start))) return false;
  // ("imaging showed that she had lung cancer and developed …": a find of the work-up, not a story told in order)
  if (
    /\b(?:showed|revealed|found|demonstrated|disclosed|confirmed)\b/i.test(doc.text.slice(s.start, m.start))
  )
    return false;
  const developed = AND_DEVELOPED_RE.exec(doc.text.slice(m.end, s.end));
  if (!developed) return false;
  const verbEnd = m.end + developed.index + developed[0].length;
  return myositisAt(doc, s).some((x) => x >= verbEnd && x - verbEnd < 60);
}

/** The myositis' own signs as the subject of an order ("the rash preceded …", "her weakness preceded …"). */
// (session 32: the signs of dermatomyositis by name, "she developed Gottron's papules", read an order a rash was not)
const MYOSITIS_SIGNS =
  /\b(?:rash(?:es)?|eruptions?|skin lesions|weakness|muscle symptoms|myalgias?|Gottron(?:'s|’s|s)?\s+(?:papules|sign)|heliotrope|poikiloderma|mechanic(?:'s|’s|s)?\s+hands)\b/gi;
/** Where the myositis' signs are named in a sentence (character offsets into the whole text). */
function myositisSignsAt(doc: Doc, s: DocSentence): number[] {
  const text = doc.text.slice(s.start, s.end);
  const out: number[] = [];
  MYOSITIS_SIGNS.lastIndex = 0;
  for (let m = MYOSITIS_SIGNS.exec(text); m; m = MYOSITIS_SIGNS.exec(text)) out.push(s.start + m.index);
  return out;
}

/** Verbs of the presentation whose date can stand for the myositis' ("presented in 2019 with a rash"). */
const PRESENTATION_VERBS = /\b(?:presented|developed|noticed)\b/gi;
function presentationAt(doc: Doc, s: DocSentence): number[] {
  const text = doc.text.slice(s.start, s.end);
  const out: number[] = [];
  PRESENTATION_VERBS.lastIndex = 0;
  for (let m = PRESENTATION_VERBS.exec(text); m; m = PRESENTATION_VERBS.exec(text))
    out.push(s.start + m.index);
  return out;
}

/**
 * Where the myositis words of a sentence are (character offsets into the whole text). Read once per sentence (a
 * cancer's timing asks it of the same sentences many times).
 */
const myositisAt = memoBy((doc: Doc, s: DocSentence): readonly number[] => {
  const text = doc.text.slice(s.start, s.end);
  const out: number[] = [];
  MYOSITIS_WORDS.lastIndex = 0;
  for (let m = MYOSITIS_WORDS.exec(text); m; m = MYOSITIS_WORDS.exec(text)) out.push(s.start + m.index);
  return out;
});

/** Where the myositis or one of its signs is named in a sentence (character offsets into the whole text). */
function myositisOrSignsAt(doc: Doc, s: DocSentence): number[] {
  return [...myositisAt(doc, s), ...myositisSignsAt(doc, s)];
}

/** "myopathy with anti-NXP-2 antibody and large cell carcinoma": the myositis may carry its antibody. */
// (session 40 grid: also the antibody named without "anti-" before "antibodies": "myopathy with HMGCR antibodies")
const WITH_ANTIBODY = String.raw`(?:with\s+(?:an?\s+)?(?:positive\s+)?(?:anti-?[\w\u0370-\u03ff-]+(?:\s+(?:auto)?antibod(?:y|ies))?|[\w\u0370-\u03ff-]+\s+(?:auto)?antibod(?:y|ies))\s+)?`;
/** "DM and", "breast cancer and DM", "(TNBC) and DM": a coordination of the two, nothing more between. */
/**
 * The myositis named with its lung disease as one compound before the coordination ("polymyositis–acute
 * interstitial pneumonitis and a gastric carcinoma were diagnosed", "DM-associated ILD and …", session 42: read
 * as a cancer found after).
 */
const WITH_LUNG = String.raw`(?:[\u2013\u2014]\s*|with\s+)?(?:(?:rapidly[-\s]progressive|acute|subacute|chronic)\s+)?(?:interstitial\s+(?:pneumonia|pneumonitis|lung\s+disease)|(?:RP-?)?ILDs?)\s+`;
/**
 * Words that qualify a myositis's name right before it ("lung cancer and anti-NXP2 antibody-positive DM",
 * session 43: read as a cancer found after): its antibody, its form, its course.
 */
const MYOSITIS_MODIFIER = String.raw`(?:anti-?[\w\u0370-\u03ff-]+|[\w\u0370-\u03ff-]+-(?:positive|negative)|(?:auto)?antibod(?:y|ies)(?:-positive)?|amyopathic|hypomyopathic|clinically|juvenile|adult-onset|paraneoplastic|severe|classic|typical|refractory|seropositive|cancer-associated)`;
const COORDINATED_RE = new RegExp(
  String.raw`^[\w-]*\s*(?:${WITH_LUNG})?(?:\([^()]{1,12}\)\s*)?` +
    WITH_ANTIBODY +
    String.raw`and\s+(?:(?:concurrent|concomitant|co-?exist(?:ent|ing)|a|an)\s+)?(?:${MYOSITIS_MODIFIER}\s+){0,4}$`,
  'i',
);
/** "dermatomyositis and gastric cancer": the organ word of the cancer may follow "and". */
// (the words after "and" are the organ's, never a relative clause's: "her myositis and in whom a lymphoma came to
// light", session 39: read as one presentation)
const COORDINATED_ORGAN_RE = new RegExp(
  String.raw`^[\w-]*(?:\s*${WITH_LUNG}|\s+)(?:\([^()]{1,12}\)\s+)?` +
    WITH_ANTIBODY +
    String.raw`and\s+(?:an?\s+)?(?:(?!(?:in|whom|who|whose|which|that|where|when|then|later)\b)[\w-]+\s+){0,2}$`,
  'i',
);

/**
 * Whether the cancer (at `cStart`–`cEnd`) and a myositis word are coordinated ("X and Y", a few words apart)
 * as the object of a verb of presentation or diagnosis (see {@link JOINT_VERB}).
 */
function jointPresentation(doc: Doc, s: DocSentence, cStart: number, mentionEnd: number): boolean {
  const text = doc.text;
  // ("Histology confirmed urothelial carcinoma of the bladder and dermatomyositis", session 40 grid: lost) the
  // cancer's site told after it ("… of the bladder") is part of its name
  const siteAfter = /^\s+of\s+(?:the\s+)?(?:left\s+|right\s+)?[a-z]+\b/i.exec(
    text.slice(mentionEnd, mentionEnd + 40),
  );
  MYOSITIS_WORDS.lastIndex = 0;
  const cEnd = mentionEnd + (siteAfter && !MYOSITIS_WORDS.test(siteAfter[0]) ? siteAfter[0].length : 0);
  for (const mPos of myositisAt(doc, s)) {
    const first = Math.min(mPos, cStart);
    const between = mPos < cStart ? text.slice(mPos, cStart) : text.slice(cEnd, mPos);
    // "DM and", "breast cancer and DM", "(TNBC) and DM": a coordination of the two, nothing more between;
    // "diagnosed with DM associated with ascending colon cancer": the myositis named with its cancer
    const coordinated =
      COORDINATED_RE.test(between) ||
      // "dermatomyositis and gastric cancer": the organ word of the cancer may follow "and"
      (mPos < cStart && COORDINATED_ORGAN_RE.test(between));
    // ("dermatomyositis secondary to ovarian cancer", session 30: no order)
    // (session 40 grid: "an SRP-antibody myopathy in association with a gastric carcinoma", "lung
    // cancer-associated dermatomyositis", the cancer's site after it: "carcinoma of the bladder-associated")
    const associated =
      mPos < cStart
        ? ASSOCIATED_WITH_RE.test(between)
        : /^-(?:associated|related)\s+(?:[\w-]+\s+){0,2}$/i.test(between);
    // "diagnosed with lymphomatoid granulomatosis with paraneoplastic polymyositis", "diagnosed as dermatomyositis
    // with multiple metastases of thymoma": one diagnosis joined by "with" (never "with a history of …")
    const joinedWith =
      !/\b(?:history|previous|prior|past|treated|known)\b/i.test(between) &&
      (mPos < cStart
        ? /^[\w-]*\s+with\s+(?:(?:multiple|extensive|widespread|distant)\s+)?(?:metastases\s+of\s+)?(?:an?\s+)?(?:[\w-]+\s+){0,2}$/i.test(
            between,
          )
        : /^\s*with\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}$/i.test(between));
    // "The myositis was accompanied by a metastatic gastric adenocarcinoma" (session 25: no order): the two told
    // together as one presentation
    if (
      mPos < cStart &&
      // ("… whose myositis was accompanied by anti-Mi-2 antibody and by a colon cancer", session 38: found
      // after): the myositis's antibody may come first in the pair
      /^[\w-]*\s+(?:was|were)\s+accompanied\s+by\s+(?:(?:an?\s+)?(?:positive\s+)?anti-?[\w\u0370-\u03ff-]+\s+(?:auto)?antibod(?:y|ies)\s+and\s+(?:by\s+)?)?(?:an?\s+)?(?:[\w-]+\s+){0,3}$/i.test(
        between,
      )
    )
      return true;
    // "… a man whose DM, with anti-NXP2, was diagnosed together with a gastric cancer" (session 38: read as
    // found after): the myositis as the subject of a diagnosis made with the cancer
    if (
      mPos < cStart &&
      DIAGNOSED_TOGETHER_WITH_RE.test(between) &&
      !FIRST_THEN.test(between) &&
      !THEN_FIRST.test(between)
    )
      return true;
    if (!coordinated && !associated && !joinedWith) continue;
    // "first diagnosed as dermatomyositis and subsequently breast cancer": an order word between the two makes
    // them two diagnoses one after the other, read by the order cues, not one joint diagnosis
    if (FIRST_THEN.test(between) || THEN_FIRST.test(between)) continue;
    // the verb right before the first of the two, across at most a few modifiers ("anti-TIF1γ-positive")
    // (up to five modifiers of the myositis's name, "diagnosed with seropositive severe juvenile amyopathic
    // dermatomyositis with …", session 39: a joint diagnosis lost behind four of them)
    const head = text.slice(Math.max(s.start, first - 100), first);
    const verb =
      /\b(?:presented with|presenting with|presents with|diagnosed with|diagnosed as|confirmed|(?:we|they)\s+diagnosed|(?:a|final)\s+diagnosis\s+of|(?:(?:final|definitive|discharge|clinical)\s+){1,2}diagnosis\s+(?:was|is))\s+(?:[^\s,;]+\s+){0,5}$/i;
    if (JOINT_VERB.test(head) || verb.test(head)) return true;
    // "Both the myositis and a lung adenocarcinoma were diagnosed in May 2019": the two as the subject of one
    // diagnosis (not "… were diagnosed two years apart"); also joined by "with" ("Lung adenocarcinoma with
    // dermatomyositis was diagnosed", session 30: read as a cancer found after)
    const laterEnd = mPos < cStart ? cEnd : mPos + (/^[\w-]+/.exec(text.slice(mPos))?.[0].length ?? 0);
    // (session 40 grid: also the myositis "secondary to" / "in association with" its cancer as the subject: "Paraneoplastic
    // dermatomyositis secondary to gastric adenocarcinoma was diagnosed" read as a cancer found after)
    if ((coordinated || joinedWith || associated) && JOINT_PASSIVE_RE.test(text.slice(laterEnd, s.end)))
      return true;
  }
  return false;
}
/** "<myositis> associated with / secondary to (a) …", right before the cancer (the myositis may carry its antibody). */
const ASSOCIATED_WITH_RE = new RegExp(
  String.raw`^[\w-]*\s+(?:\([^()]{1,12}\)\s+)?` +
    WITH_ANTIBODY +
    String.raw`(?:associated with|in association with|accompanied by|secondary to|due to|caused by|related to)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}$`,
  'i',
);
/** "<myositis> (…) was diagnosed in association with / together with (a) …", right before the cancer. */
const DIAGNOSED_TOGETHER_WITH_RE =
  /^[\w-]*\s+(?:[^.;]{0,60}?\s)?(?:was|were|had\s+been)\s+diagnosed\s+(?:in\s+association\s+with|together\s+with|along\s+with|alongside|concurrently\s+with|simultaneously\s+with)\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}$/i;
/** "… were (both) diagnosed / found", with no interval or order after it in the clause. */
const JOINT_PASSIVE_RE =
  /^\s*(?:were|was)\s+(?:both\s+)?(?:diagnosed|found|detected|confirmed)\b(?![^.;]*\b(?:apart|later|earlier|after|before|prior|previously|ago)\b)/i;

/** "metastatic deposits of", "metastases from", "a metastasis of": the spread of a named cancer, right before it. */
const SPREAD_OF_RE =
  /\b(?:metastatic\s+(?:deposits?|lesions?|spread|foci|nodules?)|metastas[ie]s|deposits?)\s+(?:of|from)\s+(?:(?:the|her|his|a|an)\s+)?(?:[\w-]+\s+){0,2}$/i;
/**
 * The object of an interval's "after"/"before" ends where the main clause's subject begins without a comma ("three
 * months after the second dose she developed weakness", "after the diagnosis of breast cancer the patient became
 * weak"): a personal subject not opened by a word that makes it part of the object ("after she was diagnosed", "the
 * dose that she received").
 */
const NEW_SUBJECT_RE =
  /\s(?<!\b(?:that|which|who|whom|whose|when|where|while|as|after|before|until|since|because|if|once|following)\s)(?:she|he|they|we|the\s+patient|our\s+patient)\s+(?=[a-z])/i;
function objectOfInterval(tail: string): string {
  const m = NEW_SUBJECT_RE.exec(tail);
  return m && m.index > 0 ? tail.slice(0, m.index) : tail;
}
/** A verb of the cancer's relapse or progression (the interval beside it dates that, not the diagnosis). */
const RELAPSE_VERB_RE = /\b(?:relapsed|recurred|progressed)\b/i;
/** A cancer named as recurrent right before its name ("recurrent hepatocellular carcinoma", "relapsed lymphoma"). */
const RECURRENT_BEFORE_RE = /\b(?:recurrent|recurring|relapsed|relapsing)\s+(?:[\w-]+\s+){0,2}$/i;
/**
 * A noun of the cancer's return governing it ("recurrence of hepatocellular carcinoma", "a relapse of his lymphoma",
 * "progression of her ovarian cancer"), right before its name, or after it ("a breast cancer recurrence").
 */
const RETURN_OF_BEFORE_RE =
  /\b(?:recurrences?|relapses?|progression|recrudescence|reappearance|return)\s+of\s+(?:(?:the|her|his|their|its|a|an)\s+)?(?:[\w-]+\s+){0,2}$/i;
const RETURN_AFTER_RE = /^\s*(?:recurrences?|relapses?|progression)\b/i;
/** A participle of the cancer's own diagnosis right before an interval ("… diagnosed 4 months before …"). */
const OWN_DIAGNOSIS_BEFORE_RE =
  /^[^,;.]{0,40}?\b(?:(?:first|originally|initially)\s+)?(?:diagnosed|detected|found|discovered|identified)\s+(?:(?:about|some|around|nearly|almost)\s+)?$/i;
/**
 * The same participle as the finite passive of the clause whose subject is the return's whole phrase ("A recurrence of
 * the colon cancer was diagnosed 2 years after …", "An ovarian cancer recurrence was found 10 months after …", session
 * 41 grid: each dated the cancer's first diagnosis): the verb tells the return found, not the cancer's own diagnosis
 * (a relative clause, "… which was diagnosed 4 months before", is left as it was read).
 */
const RETURN_FOUND_PASSIVE_RE =
  /^(?:(?!\b(?:which|that|who|whom)\b)[^,;.]){0,40}?\b(?:was|were|is|are|been)\s+(?:(?:first|originally|initially|later|subsequently|then|eventually|finally|also)\s+)?(?:diagnosed|detected|found|discovered|identified)\s+(?:(?:about|some|around|nearly|almost)\s+)?$/i;
/** A relapse named as a noun ("a peritoneal relapse was confirmed", "a local recurrence was found"). */
const RELAPSE_NOUN_RE = /\b(?:relapses?|recurrences?)\b/i;
/** Tokens naming the myositis: a recurrence word past one of them is the myositis' (a flare), not the cancer's. */
const MYOSITIS_TOKENS: ReadonlySet<string> = new Set([
  'dermatomyositis',
  'myositis',
  'polymyositis',
  'dm',
  'pm',
]);
/**
 * A verb of onset, then the myositis, in the main clause after an opening interval; or one of its signs after a verb
 * of onset or presenting ("Eleven years after her nephrectomy for a kidney cancer, she presented with proximal
 * weakness", session 31: the interval had been lost).
 */
// (also "noticed" and "began to have" a sign, session 39: the interval read from the sign of the main clause)
const DEVELOPED_RE =
  /^[^.;]{0,60}?\b(?:developed|noticed|presented\s+with|was\s+diagnosed\s+with|began\s+to\s+(?:have|develop|notice|feel)|went\s+on\s+to\s+develop)\b/i;
function myositisDevelopedAfter(doc: Doc, s: DocSentence, from: number): boolean {
  const v = DEVELOPED_RE.exec(doc.text.slice(from, s.end));
  if (!v) return false;
  const verbEnd = from + v.index + v[0].length;
  return myositisOrSignsAt(doc, s).some((x) => x >= verbEnd && x - verbEnd < 40);
}

/**
 * An age of the patient at an event: "at the age of 52", "at age 45", "at 60 years of age", "at 53 she developed"
 * (group 1, 2 or 3 the age).
 */
const AGE_AT_RE =
  /\bat\s+(?:the\s+)?age\s+(?:of\s+)?(\d{1,2})\b|\bat\s+(\d{1,2})\s+years?\s+(?:of\s+age|old)\b|\bat\s+(1[5-9]|[2-9]\d)(?=\s*(?:[.;)]|$|,?\s+(?:she|he)\b))|\bat\s+(1[5-9]|[2-9]\d)\s+years\b(?!\s+(?:of\s+follow|follow|after|before|later|earlier|ago|post|from|since|into))|\baged\s+(1[5-9]|[2-9]\d)\b(?!\s*(?:-|\u2013|to\b|and\b|years?\s+(?:and|to)\b))|\bwhen\s+(?:she|he)\s+was\s+(1[5-9]|[2-9]\d)\b(?!\s*(?:weeks?|months?|days?|%|kg))/gi;
/**
 * The patient's age at the myositis, told in a case sentence other than `s` that names the myositis and no cancer,
 * with one age at an event within 60 characters of the myositis word.
 */
function myositisAgeElsewhere(doc: Doc, s: DocSentence): number | undefined {
  for (const x of doc.sentences) {
    if (x === s || !isCaseSentence(x) || x.attribution.subject !== 'patient') continue;
    if (x.mentions.some((y) => y.concept.kind === 'histology')) continue;
    const myo = myositisAt(doc, x);
    if (!myo.length) continue;
    const text = doc.text.slice(x.start, x.end);
    const found = [...text.matchAll(AGE_AT_RE)];
    if (found.length !== 1) continue;
    const r = found[0]!;
    const at = x.start + r.index;
    if (!myo.some((p) => Math.abs(p - at) <= 60)) continue;
    return Number(r[1] ?? r[2] ?? r[3] ?? r[4] ?? r[5] ?? r[6]);
  }
  return undefined;
}
/**
 * The patient's age at presentation as the case states it: the patient extractor's reading ("A 58-year-old woman",
 * "a man aged 74 years", "69 y.o."), read once per document.
 */
const presentingAge = memoBy((_: undefined, doc: Doc) => extractPatient(doc).age);
/**
 * The interval from two ages (decision, like two calendar years: whole years, approximate): the age at the cancer
 * (the one nearest the cancer mention, within 80 characters) against the age at the myositis in the same sentence
 * (the age nearest a myositis word), else against the patient's age at presentation (an older age only in a later
 * sentence that tells the find).
 */
function ageInterval(doc: Doc, s: DocSentence, m: Mention): ExtractedCancer['diagnosisDate'] | undefined {
  const text = doc.text.slice(s.start, s.end);
  const ages: { from: number; at: number; age: number }[] = [];
  AGE_AT_RE.lastIndex = 0;
  for (let r = AGE_AT_RE.exec(text); r; r = AGE_AT_RE.exec(text))
    ages.push({
      from: s.start + r.index,
      at: s.start + r.index + r[0].length,
      age: Number(r[1] ?? r[2] ?? r[3] ?? r[4] ?? r[5] ?? r[6]),
    });
  if (!ages.length) return undefined;
  const dist = (a: { from: number; at: number }, lo: number, hi: number) =>
    a.from >= hi ? a.from - hi : lo >= a.at ? lo - a.at : 0;
  // "She had breast cancer at 42 and ovarian cancer at 48" (session 37: both dated from 48): an age nearer another
  // cancer of the sentence is that cancer's, neither this one's nor the myositis's
  const mine = ages.filter(
    (a) =>
      !s.mentions.some(
        (x) =>
          x.concept.kind === 'histology' &&
          (x.end <= m.start || x.start >= m.end) &&
          dist(a, x.start, x.end) < dist(a, m.start, m.end),
      ),
  );
  if (!mine.length) return undefined;
  // an age after the cancer across a semicolon opens the next clause ("…; at 53 she developed dermatomyositis")
  const own = mine.filter((a) => a.from < m.end || !doc.text.slice(m.end, a.from).includes(';'));
  const byCancer = own.sort((a, b) => dist(a, m.start, m.end) - dist(b, m.start, m.end))[0];
  if (!byCancer || dist(byCancer, m.start, m.end) > 80) return undefined;
  const myo = myositisAt(doc, s).filter((x) => x < m.start || x > m.end);
  // "She had been diagnosed with dermatomyositis at the age of 20 and was now found to have ovarian cancer" (session
  // 33: the cancer dated 38 years before the presentation): an age nearer the myositis than the cancer is the
  // myositis's
  const apart = (a: number, b: number) => clauseBreakBetween(doc.text, a, b);
  const ageAt = byCancer.from;
  if (
    apart(ageAt, ageAt < m.start ? m.start : m.end) &&
    myo.some((x) => !apart(ageAt, x) && dist(byCancer, x, x) < dist(byCancer, m.start, m.end))
  )
    return undefined;
  const other = mine.filter((a) => a !== byCancer);
  const byMyositis = myo.length
    ? other.sort((a, b) => dist(a, myo[0]!, myo[0]!) - dist(b, myo[0]!, myo[0]!))[0]
    : undefined;
  if (byMyositis && dist(byMyositis, myo[0]!, myo[0]!) <= 60) {
    // "At the age of 63 she developed dermatomyositis; pancreatic cancer was diagnosed at 65" (session 37: open): a
    // cancer older than the myositis counts after it only when the sentence tells its diagnosis or find, not a
    // relapse or a later course
    if (byMyositis.age === byCancer.age) return undefined;
    if (
      byMyositis.age < byCancer.age &&
      (!/\b(?:diagnosed|found|detected|revealed|identified|discovered|confirmed)\b/i.test(text) ||
        RELAPSE_VERB_RE.test(text) ||
        RELAPSE_NOUN_RE.test(text) ||
        /\bmetasta/i.test(text))
    )
      return undefined;
    return {
      relativeTo: 'diagnosis',
      offset: byCancer.age - byMyositis.age,
      unit: 'year',
      approximate: true,
    };
  }
  if (other.length) return undefined;
  // "Dermatomyositis was diagnosed when she was 55. At 57 she was found to have an ovarian cancer." (session 34:
  // dated −12 from the presenting age): the myositis's age stated in another sentence
  const myositisAge = myositisAgeElsewhere(doc, s);
  if (myositisAge !== undefined)
    return myositisAge === byCancer.age
      ? undefined
      : { relativeTo: 'diagnosis', offset: byCancer.age - myositisAge, unit: 'year', approximate: true };
  const now = presentingAge(undefined, doc);
  if (now === undefined || now === byCancer.age) return undefined;
  // "A 52-year-old woman presented with dermatomyositis. At age 54, she was diagnosed with breast cancer": an age
  // above the presenting one dates a later find, only in a sentence that tells the find
  if (now < byCancer.age && !(s.index > 0 && FIND_VERB_RE.test(text))) return undefined;
  return { relativeTo: 'presentation', offset: byCancer.age - now, unit: 'year', approximate: true };
}

/**
 * "a carcinoma of the cervix treated with radiotherapy 20 years ago and a colon cancer resected 3 years ago" (session
 * 35: the cervix undated, the colon dated 20 years back): the first relative time after the mention, within 60
 * characters, with no other cancer named between; null otherwise.
 */
function ownRelativeAfter(s: DocSentence, m: Mention, text: string): RegExpExecArray | null {
  const from = m.end - s.start;
  RELATIVE_FROM_RE.lastIndex = from;
  const r = RELATIVE_FROM_RE.exec(text);
  // (not across a clause of its own: "… melanoma had been excised from her calf, and two years earlier she had …")
  if (
    !r ||
    r.index - from > 60 ||
    /[.;]|,\s*(?:and|but|while|whereas|then)\b/.test(text.slice(from, r.index))
  )
    return null;
  const at = s.start + r.index;
  const between = s.mentions.some((x) => x.concept.kind === 'histology' && x.start >= m.end && x.start < at);
  return between ? null : r;
}

/**
 * "diagnosed with DM 2 weeks ago; history of breast cancer, lumpectomy 3 years ago" (session 28: the cancer dated two
 * weeks back): in a sentence of clauses, the first relative time of the cancer's own clause, when the sentence's
 * first one lies in another clause.
 * @param text - the sentence
 * @param at - the cancer mention's offset in it
 */
function clauseRelative(text: string, at: number): RegExpExecArray | null {
  const from = text.lastIndexOf(';', at) + 1;
  let to = text.indexOf(';', at);
  if (to < 0) to = text.length;
  if (from === 0 && to === text.length) return null;
  const first = RELATIVE_RE.exec(text);
  if (!first || (first.index >= from && first.index < to)) return null;
  RELATIVE_FROM_RE.lastIndex = from;
  const r = RELATIVE_FROM_RE.exec(text);
  return r && r.index < to ? r : null;
}

/** The order of the cancer (at `c`) and the myositis in one sentence from its order words, if stated. */
/**
 * "… after presenting with", "after she presented with", "… during the work-up of" (session 30) right after a cancer
 * (in its clause).
 */
const PRESENTING_AFTER_RE =
  /^[^.;]{0,20}?\b(?:after\s+(?:(?:she|he|the\s+patient)\s+)?(?:presenting|presented|being\s+admitted|was\s+admitted)\s+with|(?:during|in|on)\s+(?:the\s+)?(?:work-?up|evaluation|investigations?)\s+(?:of|for)(?:\s+(?:her|his|the))?)\b/i;

/** "in the course of (her)", "during the course of": the disease named next is the one the other arose in. */
const COURSE_OF_RE = /\b(?:in|during)\s+the\s+course\s+of\s+(?:(?:her|his|the)\s+)?(?:[\w-]+\s+){0,2}$/i;
/**
 * "the interval between <A> and <B> was 18 months", "the time between … and … was two years": groups 1 and 2 the
 * two events, 3 the count, 4 the unit.
 */
const INTERVAL_BETWEEN_RE = new RegExp(
  String.raw`\b(?:interval|time|period|gap|lag|latency)\s+between\s+([^.;]{3,80}?)\s+and\s+([^.;]{3,80}?)\s+(?:was|were|is|of)\s+(?:about\s+|approximately\s+|nearly\s+|almost\s+|around\s+)?${COUNT_PATTERN}${SPACE}{1,2}${UNITS}\b`,
  'i',
);
/** Treatments named by the cancer they are aimed at ("anti-myeloma therapy", "melanoma vaccine"). */
const AIMED_TREATMENT = new Set([
  'therapy',
  'therapies',
  'treatment',
  'treatments',
  'chemotherapy',
  'regimen',
  'regimens',
  'drugs',
  'agents',
  'vaccine',
  'vaccines',
  'vaccination',
]);

/**
 * Whether the cancer named by `m` only names a treatment: "anti-" glued before it with a treatment word after it
 * ("anti-myeloma chemotherapy"), or a vaccine after it ("melanoma vaccine").
 */
function treatmentNamedBy(s: DocSentence, m: Mention): boolean {
  const after = s.tokens[m.tokenEnd]?.norm ?? '';
  if (after === 'vaccine' || after === 'vaccines' || after === 'vaccination') return true;
  const anti = s.tokens[m.tokenStart - 1]?.norm === '-' && s.tokens[m.tokenStart - 2]?.norm === 'anti';
  return (anti || s.tokens[m.tokenStart - 1]?.norm === 'antitumor') && AIMED_TREATMENT.has(after);
}

/** "no prior reports of", "few published cases of", "several reports of": the literature's reports, not a case. */
const REPORTS_OF_RE =
  /\b(?:no|few|rare|several|many|numerous|some)\s+(?:prior\s+|previous\s+|published\s+|similar\s+|other\s+)?(?:reports?|cases?\s+(?:have\s+been\s+)?reported)\s+(?:of|on|describing)\b|\b(?:previous|prior|earlier|published|other)\s+(?:case\s+)?reports\s+(?:describe|report|document|have\s+(?:described|reported|documented))\b|\b(?:several|many|other|some)\s+authors\s+(?:describe|report|have\s+(?:described|reported))\b/i;
/** "… was diagnosed first", "had been found first": the cancer stated as the first of two diagnoses. */
const DIAGNOSED_FIRST_RE =
  /^\s*(?:was|had\s+been)\s+(?:diagnosed|found|detected|recogni[sz]ed|discovered)\s+first\b/i;

function orderCue(doc: Doc, s: DocSentence, cStart: number, cEnd: number): Relation | undefined {
  const text = doc.text;
  // "The lymphoma was diagnosed first and the myositis afterwards", "… was diagnosed first, and she subsequently
  // developed the weakness" (session 33: read as found after)
  if (DIAGNOSED_FIRST_RE.test(text.slice(cEnd, s.end)) && myositisOrSignsAt(doc, s).some((x) => x > cEnd))
    return 'before';
  // "the first symptom of advanced ovarian cancer was dermatomyositis"
  const head = text.slice(Math.max(s.start, cStart - 40), cStart);
  if (MANIFESTATION_OF.test(head) && /\bof\b[^.;]{0,25}$/.test(head)) return 'after';
  // "was found to have a gastric carcinoma after presenting with thigh weakness" (session 30: no order): the cancer
  // found after the presentation with the myositis or its signs
  const after = PRESENTING_AFTER_RE.exec(text.slice(cEnd, s.end));
  if (after) {
    const from = cEnd + after.index + after[0].length;
    if (myositisOrSignsAt(doc, s).some((x) => x >= from && x - from < 60)) return 'after';
  }
  for (const mPos of myositisAt(doc, s)) {
    const myositisFirst = mPos < cStart;
    // (session 39: two heads sharing the cancer as object, the second set off by commas, gave no order)
    const between = (myositisFirst ? text.slice(mPos, cStart) : text.slice(cEnd, mPos)).replace(
      SHARED_OBJECT_RE,
      ' ',
    );
    if (between.length > 90) continue;
    // "resection of the primary tumor led to the complete resolution of polymyositis": a treatment's effect on
    // the myositis is its course, not the order of the two diagnoses
    if (COURSE_BETWEEN_RE.test(between)) continue;
    // "prodromal dermatomyositis", "dermatomyositis prodromal to …": the myositis came first
    if (/\bprodromal\s+$/i.test(text.slice(Math.max(s.start, mPos - 12), mPos))) return 'after';
    if (/^\w+\s+prodromal\b/i.test(text.slice(mPos, mPos + 30)) && myositisFirst) return 'after';
    // "In the course of her myositis, a B-cell lymphoma developed" (session 33: no order): the first disease named
    // as the course in which the second arose
    const earlier = myositisFirst ? mPos : cStart;
    if (COURSE_OF_RE.test(text.slice(Math.max(s.start, earlier - 40), earlier)))
      return myositisFirst ? 'after' : 'before';
    if (myositisFirst) {
      // "dermatomyositis as a prodromal sign of lung cancer" (whatever noun follows "prodromal"); "paraneoplastic
      // polymyositis presenting as a clinically occult breast cancer": the myositis was the cancer's first sign
      if (
        FIRST_THEN.test(between) ||
        MANIFESTATION_OF.test(between) ||
        /\bprodromal\b/i.test(between) ||
        /\b(?:presenting|presented|manifesting)\s+as\s+(?:[\w-]+\s+){0,4}$/i.test(between)
      )
        return 'after';
      if (THEN_FIRST.test(between)) return 'before';
    } else {
      // "metastatic melanoma status after combination therapy with ipilimumab-nivolumab that developed …
      // myositis": "status after / post" is the cancer's treatment, given before the myositis
      if (/\bstatus\s+(?:after|post)\b|\bs\/p\b/i.test(between)) return 'before';
      if (PRESENTING.test(between)) return 'after';
      if (FIRST_THEN.test(between)) return 'before';
      // "She was diagnosed with breast cancer in 2019 and developed dermatomyositis later the same year" (session 35,
      // left: no order): the myositis, the object of a verb of onset after the cancer's clause, came later
      if (
        ONSET_VERB_BEFORE_RE.test(between) &&
        /\b(?:and|,)\s/i.test(between) &&
        /^[\w-]+\s+(?:later|afterwards|thereafter|subsequently)\b/i.test(text.slice(mPos, mPos + 40))
      )
        return 'before';
      if (THEN_FIRST.test(between)) return 'after';
    }
  }
  return undefined;
}

/**
 * The timing of a cancer relative to the myositis, from the patient's sentences that name it (conventions:
 * taken from the text when stated, left open otherwise). In order of strength: a stated interval
 * ("8 months before the first muscle symptoms", "preceded the dermatomyositis by six years", "two weeks
 * later … diagnosed with"); a stated concurrence ("at the same time", "simultaneously") — both set
 * `diagnosisDate`; then an order without an interval, recorded in `relationToMyositis` only: a past cancer
 * ("history of", "previously treated"), an order word ("dermatomyositis revealing …", "… presenting with
 * polymyositis", "first manifestation of …", "prodromal"), or a cancer found by the work-up after the myositis
 * was presented. A recurrence, relapse or progression is a cancer first diagnosed before the myositis.
 */
function cancerTiming(
  doc: Doc,
  c: ExtractedCancer,
  all: readonly { s: DocSentence; m: Mention }[],
  cancers: readonly ExtractedCancer[] = [],
): void {
  // "She died of her cancer 4 months later" (session 29: the cancer dated four months after the myositis):
  // a cancer named as the cause of a death dates the death, not its diagnosis
  const mentions = all.filter(
    (ms) => !CAUSE_OF_DEATH_RE.test(doc.text.slice(Math.max(ms.s.start, ms.m.start - 60), ms.m.start)),
  );
  const note = (ms: { s: DocSentence; m: Mention }, what: EvidenceNoteCode) =>
    addEvidence(
      c.evidence,
      evidence(doc.text, [ms.m, { start: ms.s.start, end: ms.s.end }], 'oncology', what),
    );
  // 1. A stated interval.
  for (const ms of mentions) {
    const { s } = ms;
    const text = doc.text.slice(s.start, s.end);
    // (the patterns below that count a unit are searched only where UNIT_GATE_RE finds one)
    const units = UNIT_GATE_RE.test(text);
    INTERVAL_RE.lastIndex = 0;
    for (let r = units ? INTERVAL_RE.exec(text) : null; r; r = INTERVAL_RE.exec(text)) {
      // the event the interval is counted from: the object of "after"/"before", up to the clause end
      // (and at the subject of a new clause with no comma before it, session 39: a sign of the main clause, past
      // an object that was a dose, read as the anchor)
      const tail = objectOfInterval(r[4]!.split(/[,;]/)[0]!).slice(0, 60);
      const read = readCount(r[1]!) ?? { value: 1, approximate: true };
      // "a year and a half after the diagnosis": the half after the unit
      const halved = /\band\W+a\W+half\W+\w+$/i.test(r[0].slice(0, r[0].length - r[4]!.length))
        ? { ...read, value: read.value + 0.5 }
        : read;
      // "One year and six months after the diagnosis …" (session 33: read as 6): the years before the months
      const years = durationUnit(r[2]!) === 'month' ? yearsBeforeMonths(text.slice(0, r.index)) : undefined;
      const count = years !== undefined ? { ...halved, value: halved.value + 12 * years } : halved;
      const before = /^(before|prior to|previous to|preceding|earlier than)$/i.test(r[3]!);
      const at = s.start + r.index;
      // "her lymphoma … relapsed two years after the onset of dermatomyositis": the interval dates the relapse,
      // not the diagnosis of the cancer
      if (RELAPSE_VERB_RE.test(doc.text.slice(Math.min(ms.m.end, at), Math.max(ms.m.end, at)))) continue;
      // "a recurrent liver carcinoma proven a year after the myositis was diagnosed" (session 33): the
      // interval dates the recurrence of a cancer named as recurrent
      // (also a noun of its return governing it, session 39: the return of a liver tumour a year after the myositis
      // dated the tumour +12)
      const lead = doc.text.slice(Math.max(s.start, ms.m.start - 40), ms.m.start);
      // (not an interval of the cancer's own diagnosis told right after it: "progression of the pancreatic
      // adenocarcinoma diagnosed 4 months before the rash")
      const ownDiagnosis =
        at > ms.m.end &&
        OWN_DIAGNOSIS_BEFORE_RE.test(doc.text.slice(ms.m.end, at)) &&
        !RETURN_FOUND_PASSIVE_RE.test(doc.text.slice(ms.m.end, at));
      if (
        RECURRENT_BEFORE_RE.test(lead) ||
        (!ownDiagnosis &&
          (RETURN_OF_BEFORE_RE.test(lead) ||
            RETURN_AFTER_RE.test(doc.text.slice(ms.m.end, Math.min(s.end, ms.m.end + 20)))))
      )
        continue;
      // "a history of ovarian cancer; eight months after the diagnosis of DM, … a peritoneal relapse was
      // confirmed": the interval's own clause tells a relapse, so it dates the relapse too
      const clause = text.slice(r.index).split(/[.;]/)[0]!;
      if (at > ms.m.end && (RELAPSE_VERB_RE.test(clause) || RELAPSE_NOUN_RE.test(clause))) continue;
      // "… began nivolumab; ten days after the first dose she became weak" (session 25: dated two weeks
      // after the myositis): counted from a dose of the treatment, not from the cancer or the myositis
      if (DOSE_ANCHOR_RE.test(r[4]!)) continue;
      // "Her weakness had started 3 months before admission, and CT showed a lung mass …": the time of a sign
      if (signTime(doc, s, ms.m, at)) continue;
      // "… and she died of the cancer 3 years after the onset of dermatomyositis" (session 33: the cancer dated +36):
      // an interval of a death dates the death
      if (DEATH_BEFORE_RE.test(text.slice(Math.max(0, r.index - 50), r.index))) continue;
      // "Surveillance PET-CT performed 14 months after diagnosis showed a pancreatic adenocarcinoma": a bare
      // "diagnosis" (of nothing named) in a sentence telling a find is the myositis' diagnosis
      // "Eight years after treatment for cervical cancer, a 50-year-old woman developed dermatomyositis": the
      // interval opens the sentence and the myositis is the object of the main clause's verb of onset
      const developedAfter =
        r.index <= 3 && myositisDevelopedAfter(doc, s, at + r[0].length - r[4]!.length + tail.length);
      // "Her weakness had begun 2 months before the first symptoms of her lung cancer" (session 34: the cancer
      // dated −2): an anchor that is the cancer's own ("… of her lung cancer") is no anchor of the myositis
      const own = ANCHOR.exec(tail);
      const tailAt = at + r[0].length - r[4]!.length;
      const ownEnd = tailAt + (own ? own.index + own[0].length : 0);
      const anchorOfCancer =
        own !== null &&
        ms.m.start > ownEnd &&
        /^\s+of\s+(?:(?:the|her|his)\s+)?(?:[\w-]+\s+){0,3}$/i.test(doc.text.slice(ownEnd, ms.m.start));
      const anchor =
        (anchorOfCancer ? null : own) ??
        // ("Eight months after the diagnosis, a CT scan revealed …": the find's verb may follow the comma; not
        // "Nine months after the diagnosis, she developed dermatomyositis when the tumour enlarged": the myositis
        // is what came after that diagnosis, so the diagnosis is another's, the cancer's told before)
        (!before && ms.m.start > at && FIND_VERB_RE.test(r[4]!) && !PAST_CANCER.test(text) && !developedAfter
          ? BARE_DIAGNOSIS_RE.exec(tail)
          : null);
      // "Dermatomyositis developed 18 months after mastectomy for breast carcinoma": the myositis is the
      // subject, the cancer (or its treatment) the object — the cancer came first
      // "developed proximal weakness 18 months after a thyroidectomy for thyroid cancer": a sign of the
      // myositis stands for it as the subject when the cancer itself is in the object
      // "Her symptoms began two months after the diagnosis of a prostate adenocarcinoma" (session 32: no interval; "…
      // after she was diagnosed with ovarian cancer" read the cancer as found after): the illness's symptoms, as
      // the subject of a verb of onset right before the interval, stand for the myositis
      // "The myositis relapsed three years after the first episode, and colonoscopy revealed a rectal
      // adenocarcinoma" (session 34: dated −36): the interval of the myositis's relapse, and a cancer in a clause
      // after the interval's own, is no object of it
      if (MYOSITIS_RELAPSED_RE.test(text.slice(Math.max(0, r.index - 40), r.index))) continue;
      // "Two years after the diagnosis of DM with a concomitant breast cancer, the myositis relapsed" (session 35:
      // dated +24): the cancer named inside the anchor belongs to that diagnosis, and the interval is the relapse's
      const comma = text.indexOf(',', r.index);
      if (
        comma > 0 &&
        ms.m.start - s.start > r.index &&
        ms.m.start - s.start < comma &&
        MYOSITIS_RELAPSE_AFTER_RE.test(text.slice(comma, comma + 60))
      )
        continue;
      // ("She presented three years after treatment of gastric adenocarcinoma", session 40 grid: no order) the
      // presentation as the subject of the interval, the cancer in its object: the cancer came that long before it
      const presentedSubject =
        !anchor &&
        ms.m.start > at &&
        /\b(?:presented|re-?presented|was\s+(?:admitted|referred|hospitali[sz]ed))\s*$/i.test(
          text.slice(0, r.index),
        );
      const cancerObject =
        !anchor &&
        (CANCER_EVENT.test(tail) || (ms.m.start > at && ms.m.start - at < r[0].length)) &&
        (presentedSubject ||
          myositisAt(doc, s).some((x) => x < at) ||
          (ms.m.start > at &&
            (myositisSignsAt(doc, s).some((x) => x < at) ||
              SYMPTOMS_BEGAN_RE.test(text.slice(0, r.index)))) ||
          developedAfter);
      if (!anchor && !cancerObject) continue;
      const presentation = anchor !== null && PRESENTATION_ANCHOR_RE.test(anchor[0]);
      c.diagnosisDate = {
        relativeTo:
          presentation || (cancerObject && presentedSubject)
            ? 'presentation'
            : cancerObject || /diagnos/i.test(tail.slice(0, anchor!.index + anchor![0].length + 20))
              ? 'diagnosis'
              : 'symptom-onset',
        offset: (before ? -count.value : count.value) * (cancerObject ? -1 : 1),
        unit: durationUnit(r[2]!),
        ...(count.approximate ? { approximate: true } : {}),
      };
      note(ms, 'interval-stated');
      return;
    }
    // "after 1 year from the diagnosis of dermatomyositis, she was diagnosed with a breast carcinoma"
    const from = units ? AFTER_FROM_RE.exec(text) : null;
    const fromCount = from ? (readCount(from[1]!) ?? { value: 1, approximate: true }) : undefined;
    if (
      from &&
      fromCount &&
      !RELAPSE_VERB_RE.test(text) &&
      !RELAPSE_NOUN_RE.test(text) &&
      // "within a month of", "within two weeks of": a concurrence (CONCURRENT_RE), not an interval
      !(/^within/i.test(from[0]) && fromCount.value * UNIT_MONTHS[durationUnit(from[2]!)] <= 1)
    ) {
      const count = fromCount;
      const anchor = from[3]!.toLowerCase();
      c.diagnosisDate = {
        relativeTo: /^(?:onset|first)/.test(anchor)
          ? 'symptom-onset'
          : /^(?:presentation|admission)$/.test(anchor)
            ? 'presentation'
            : 'diagnosis',
        offset: count.value,
        unit: durationUnit(from[2]!),
        ...(count.approximate ? { approximate: true } : {}),
      };
      note(ms, 'interval-stated');
      return;
    }
    // "The interval between the diagnosis of breast cancer and the onset of dermatomyositis was 18 months"
    // (session 33: lost): the first of the two named came first
    const gap = units ? INTERVAL_BETWEEN_RE.exec(text) : null;
    if (gap && !RELAPSE_VERB_RE.test(text) && !RELAPSE_NOUN_RE.test(text)) {
      const firstEnd = s.start + gap.index + gap[0].indexOf(gap[1]!) + gap[1]!.length;
      const cancerFirst = ms.m.end <= firstEnd;
      const other = cancerFirst ? gap[2]! : gap[1]!;
      MYOSITIS_WORDS.lastIndex = 0;
      if (MYOSITIS_WORDS.test(other)) {
        c.diagnosisDate = countedDate(
          /\b(?:onset|symptoms?)\b/i.test(other) ? 'symptom-onset' : 'diagnosis',
          gap[3]!,
          gap[4]!,
          cancerFirst ? -1 : 1,
        );
        note(ms, 'interval-stated');
        return;
      }
    }
    // "After 2 years from the diagnosis of breast cancer, she developed dermatomyositis": the cancer first
    // (a part of the sentence: its unit is followed by a space inside it, so the sentence passes the gate too)
    const fromCancer = units
      ? AFTER_FROM_CANCER_RE.exec(doc.text.slice(Math.max(s.start, ms.m.start - 120), ms.m.start))
      : null;
    if (fromCancer && myositisAt(doc, s).some((x) => x > ms.m.end) && !RELAPSE_VERB_RE.test(text)) {
      c.diagnosisDate = countedDate('diagnosis', fromCancer[1]!, fromCancer[2]!, -1);
      note(ms, 'interval-stated');
      return;
    }
    // "eighteen months into her illness, a breast carcinoma was diagnosed": counted from the first symptoms
    const into = units ? (INTO_ILLNESS_RE.exec(text) ?? AFTER_YEARS_OF_RE.exec(text)) : null;
    if (into) {
      c.diagnosisDate = countedDate('symptom-onset', into[1]!, into[2]!);
      note(ms, 'interval-stated');
      return;
    }
    // "Four months into treatment for DM, she was diagnosed with …", "At 9 months post-diagnosis, … was identified"
    // (session 40 grid): the cancer named after the count, no myositis named after it (which would be the later
    // event), and no past cancer or relapse told
    const intoTreatment = units
      ? (INTO_MYOSITIS_TREATMENT_RE.exec(text) ?? AFTER_MYOSITIS_TREATMENT_RE.exec(text))
      : null;
    if (
      intoTreatment &&
      ms.m.start > s.start + intoTreatment.index + intoTreatment[0].length &&
      !myositisAt(doc, s).some((x) => x > s.start + intoTreatment.index + intoTreatment[0].length) &&
      !PAST_CANCER.test(text) &&
      !RELAPSE_VERB_RE.test(text) &&
      !RELAPSE_NOUN_RE.test(text)
    ) {
      const anchor = intoTreatment[3]?.toLowerCase();
      c.diagnosisDate = countedDate(
        anchor === 'presentation' || anchor === 'admission' ? 'presentation' : 'diagnosis',
        intoTreatment[1]!,
        intoTreatment[2]!,
      );
      note(ms, 'interval-stated');
      return;
    }
    // "At the 6-month follow-up, a CT revealed a lung adenocarcinoma": counted from the presentation; "the
    // following year, a gastric adenocarcinoma was found" (a later sentence): one year after it
    // ("At 54 years, she was diagnosed with carcinoma of the rectum", session 35: dated 54 years after the
    // presentation): a count of fifteen years or more after "at" is the patient's age, never a visit
    const fuFound = units ? FOLLOW_UP_RE.exec(text) : null;
    const fu = fuFound && AGE_NOT_VISIT_RE.test(fuFound[0]) ? null : fuFound;
    const following = units && s.index > 0 ? FOLLOWING_UNIT_RE.exec(text) : null;
    if (
      (fu || following) &&
      // "At 12 months: RUL mass, biopsy adenocarcinoma": a labelled visit of telegraphic notes needs no verb
      (FIND_VERB_RE.test(text) || fu?.[5] !== undefined) &&
      !RELAPSE_VERB_RE.test(text) &&
      !PAST_CANCER.test(text) &&
      // "Gastric cancer was found at diagnosis, and she died 4 months later" (session 33: dated +4)
      !DEATH_BEFORE_RE.test(text.slice(0, fu?.index ?? following?.index ?? 0)) &&
      // "At the 12-month follow-up, CT showed no recurrence of the colon cancer": a course of a cancer found before
      !/\b(?:recurrences?|relapses?|progression|remission|residual|no\s+evidence)\b/i.test(text) &&
      !ms.s.assert(ms.m.tokenStart, ms.m.tokenEnd).negated
    ) {
      const fuCount = fu ? (fu[1] ?? fu[3] ?? fu[5] ?? fu[7])! : undefined;
      const fuUnit = fu ? (fu[2] ?? fu[4] ?? fu[6] ?? fu[8])! : undefined;
      const count = fuCount
        ? (readCount(fuCount) ?? { value: 1, approximate: true })
        : { value: 1, approximate: false };
      c.diagnosisDate = {
        relativeTo: 'presentation',
        offset: count.value,
        unit: durationUnit(fuUnit ?? following![1]!),
        ...(count.approximate ? { approximate: true } : {}),
      };
      note(ms, 'interval-stated');
      return;
    }
    const p = units ? PRECEDED_RE.exec(text) : null;
    if (p) {
      const at = s.start + p.index;
      // "The rash preceded the diagnosis of ovarian cancer by 4 months": a sign of the myositis stands for it
      const mPos = myositisOrSignsAt(doc, s);
      if (mPos.length) {
        // "the myositis was preceded by a diagnosis of lymphoma by 7 years": in the passive the subject came second
        const passive = /\b(?:was|were|is|are|been|being)\s+$/i.test(
          doc.text.slice(Math.max(s.start, at - 12), at),
        );
        const subjectFirst = ms.m.start < at && mPos.some((x) => x > at);
        const objectFirst = mPos.some((x) => x < at) && ms.m.start > at;
        // "A followed (postdated) B by N": the object came first, as in the passive of "preceded"
        const flip = passive !== /^(?:followed|postdat)/i.test(p[1]!);
        const cancerFirst = flip ? objectFirst : subjectFirst;
        const myositisFirst = flip ? subjectFirst : objectFirst;
        if (cancerFirst || myositisFirst) {
          const count = readCount(p[3]!, { ...VAGUE_COUNTS, several: 5 }) ?? { value: 1, approximate: true };
          const approx =
            count.approximate || /\b(?:about|approximately|around|nearly|almost|some)\b/i.test(p[0]);
          c.diagnosisDate = {
            relativeTo: 'diagnosis',
            offset: cancerFirst ? -count.value : count.value,
            unit: durationUnit(p[4]!),
            ...(approx ? { approximate: true } : {}),
          };
          note(ms, 'interval-stated');
          return;
        }
      }
    }
    // "A lymphoma was diagnosed in 2015; dermatomyositis followed four months later" (session 37: open; "…; the rash
    // and weakness followed four months later" dated +4): the myositis, subject of the later clause, came after
    const followed = laterMyositisClause(doc, s, ms.m);
    if (followed) {
      c.diagnosisDate = countedDate('diagnosis', followed[2]!, followed[3]!, -1);
      note(ms, 'interval-stated');
      return;
    }
    // "3 years post cystectomy for bladder cancer", "operated for colon cancer before 3 years": that long before the
    // presentation
    const back = backFromNow(doc, s, ms.m);
    if (back) {
      c.diagnosisDate = countedDate('presentation', back.count, back.unit, -1);
      note(ms, 'interval-stated');
      return;
    }
    // "treated for melanoma a decade earlier": ten years before the presentation
    const dec = DECADES_RE.exec(text);
    if (dec) {
      const n = readCount(dec[1]!)?.value ?? 1;
      c.diagnosisDate = { relativeTo: 'presentation', offset: -10 * n, unit: 'year', approximate: true };
      note(ms, 'interval-stated');
      return;
    }
    // "treated for cervical cancer 20 years before and for breast cancer 5 years before": a relative time right
    // after the mention is its own; else the sentence's first
    const adjacent = RELATIVE_AT_RE;
    adjacent.lastIndex =
      ms.m.end - s.start + (/^\s{1,2}/.exec(doc.text.slice(ms.m.end, ms.m.end + 2))?.[0].length ?? 0);
    const own = adjacent.exec(text) ?? ownRelativeAfter(s, ms.m, text);
    const found =
      own ??
      clauseRelative(text, ms.m.start - s.start) ??
      (units ? RELATIVE_RE.exec(text) : null) ??
      nextInterval(text);
    // "Gastric cancer was found at diagnosis, and she died 4 months later" (session 33: dated +4): a relative time
    // of a death dates the death
    // "She had been treated for breast carcinoma 10 years earlier and now had a newly diagnosed small cell lung
    // cancer" (session 33: both dated -120): a relative time is the nearest cancer's, not another's of the sentence
    const rel =
      found &&
      (DEATH_BEFORE_RE.test(text.slice(0, found.index)) ||
        (found !== own && nearerCancer(s, ms.m, s.start + found.index, doc.text)) ||
        myositisTime(doc, s, ms.m, s.start + found.index))
        ? null
        : found;
    // "The rash appeared two years into her treatment for follicular lymphoma" (session 33: the lymphoma dated two
    // years after): the myositis came that long into the treatment of the cancer named after it
    if (
      rel &&
      /^into$/i.test(rel[3]!) &&
      s.start + rel.index < ms.m.start &&
      INTO_TREATMENT_FOR_RE.test(doc.text.slice(s.start + rel.index + rel[0].length, ms.m.start)) &&
      myositisOrSignsAt(doc, s).some((x) => x < s.start + rel.index)
    ) {
      c.diagnosisDate = countedDate('presentation', rel[1]!, rel[2]!, -1);
      note(ms, 'interval-stated');
      return;
    }
    // "a year and a half later" (session 31: a year): the half after the unit joins the count
    const relCount =
      rel && /\b(?:years?|months?|weeks?|days?)\W+and\W+a\W+half\b/i.test(rel[0])
        ? `${/^an?$/i.test(rel[1]!) ? 'one' : rel[1]!} and a half`
        : rel?.[1];
    // "two weeks later" counts from the sentence before; "five years earlier", "ten years previously", "5 years prior",
    // "three years ago" count back from the presentation, also in the opening sentence
    // In the opening sentence a later-interval has no sentence before it to count from; it counts from the
    // myositis when the sentence names the myositis or its signs before the cancer and the interval after it: "A
    // woman with a heliotrope rash and proximal weakness was diagnosed with ovarian cancer three months later"
    const relAt0 = s.start + (rel?.index ?? 0);
    // "a recurrence of her breast cancer was found 3 months later" (session 20: dated after the myositis): a
    // recurrence is of a cancer diagnosed before, and a later-interval dates the recurrence, not the diagnosis
    // ("metastatic" is a stage, not a later course: "is diagnosed with metastatic breast cancer")
    // ("… presented with dermatomyositis and was found to have metastatic deposits of squamous cell carcinoma",
    // the carcinoma diagnosed in a sentence before: session 22, dated after the myositis) — the spread of a cancer
    // told before is its later course too
    // ("… was simultaneously found to have ovarian carcinoma. Eighteen months later, the tumour progressed",
    // session 37: dated +18) a course word right after a cancer told in an earlier sentence is its later course too
    const recurrenceOf =
      /\b(?:recurren\w*|relapse\w*|progression)\b[^.;]{0,30}$/i.test(
        doc.text.slice(Math.max(s.start, ms.m.start - 40), ms.m.start),
      ) ||
      ((SPREAD_OF_RE.test(doc.text.slice(Math.max(s.start, ms.m.start - 40), ms.m.start)) ||
        COURSE_AFTER_CANCER_RE.test(doc.text.slice(ms.m.end, ms.m.end + 40))) &&
        mentions.some((o) => o.s.index < s.index));
    const both =
      s.index === 0 &&
      /^(?:later|afterwards|thereafter)$/i.test(rel?.[3] ?? '') &&
      ms.m.end <= relAt0 &&
      myositisOrSignsAt(doc, s).some((x) => x < ms.m.start) &&
      // the cancer is what was diagnosed or found then ("was diagnosed with", "was found to have"), the interval in
      // its clause: not a history the sentence recalls, nor a recurrence told after it
      (OPENING_FIND_RE.test(doc.text.slice(Math.max(s.start, ms.m.start - 60), ms.m.start)) ||
        // "… developed dermatomyositis, and breast cancer was diagnosed three years later", "…; gastric cancer
        // followed 10 months later" (session 20): the verb of the find after the cancer, right before the interval
        // (not "a recurrence of her breast cancer was found …": a recurrence is of a cancer diagnosed before)
        (FIND_AFTER_RE.test(doc.text.slice(ms.m.end, relAt0)) && !recurrenceOf)) &&
      !/[,;(]|\b(?:which|that|and|but|recurred|relapsed|progressed|metastas[ie]s|metastasi[sz]ed)\b/i.test(
        doc.text.slice(ms.m.end, relAt0),
      );
    // ("Two years on, breast cancer was detected": session 21)
    const laterWord = /^(?:later|afterwards|thereafter|after|on$)/i.test(rel?.[3] ?? '');
    // "A woman with dermatomyositis diagnosed 6 months earlier was found to have breast cancer": a back-interval
    // right after the myositis word, before the cancer, dates the myositis; the cancer found now came that long
    // after it
    // "A woman with a 2-year history of dermatomyositis was found to have breast cancer", "… had had dermatomyositis for
    // a year when breast cancer was diagnosed": the myositis had lasted that long when the cancer was found
    const lasted = MYOSITIS_HISTORY_RE.exec(doc.text.slice(s.start, ms.m.start));
    // (not when the sentence states the two together: "after four weeks of dermatomyositis, a colon cancer was found
    // concurrently" is a concurrence, read below)
    if (
      lasted &&
      FIND_VERB_RE.test(doc.text.slice(s.start + lasted.index + lasted[0].length, ms.s.end)) &&
      !CONCURRENT_RE.test(text)
    ) {
      c.diagnosisDate = countedDate('diagnosis', lasted[1] ?? lasted[3]!, lasted[2] ?? lasted[4]!);
      note(ms, 'interval-stated');
      return;
    }
    if (
      rel &&
      relAt0 < ms.m.start &&
      /^(?:earlier|ago|previously|before|prior)$/i.test(rel[3]!) &&
      myositisAt(doc, s).some(
        (x) =>
          x < relAt0 &&
          /^[A-Za-z-]+\s+(?:(?:that\s+)?(?:was|had\s+been)\s+)?(?:diagnosed|confirmed|established)\s*$/i.test(
            doc.text.slice(x, relAt0),
          ),
      )
    ) {
      c.diagnosisDate = countedDate('diagnosis', relCount!, rel[2]!);
      note(ms, 'interval-stated');
      return;
    }
    // "… was diagnosed with squamous cell carcinoma. Seven months later he presented with dermatomyositis and was
    // found to have metastatic deposits of squamous cell carcinoma": the myositis named after the later-interval
    // and before the cancer's later course came that long after the cancer told before (session 22)
    // (not a flare of the myositis: "Two years later, a flare of the myositis heralded a recurrence of the colon
    // cancer", "A year later, the myositis flared and CT showed recurrence of the gastric cancer", session 37: dated
    // −24 and −12 — the myositis was told before, and the interval dates its flare and the cancer's return)
    if (
      rel &&
      recurrenceOf &&
      laterWord &&
      mentions.some((o) => o.s.index < s.index) &&
      myositisAt(doc, s).some(
        (x) =>
          x > relAt0 &&
          x < ms.m.start &&
          !MYOSITIS_FLARE_RE.test(doc.text.slice(relAt0, Math.min(ms.m.start, x + 30))),
      )
    ) {
      c.diagnosisDate = countedDate('presentation', relCount!, rel[2]!, -1);
      note(ms, 'interval-stated');
      return;
    }
    const later =
      // ("Six months into follow-up, a CT revealed …", session 31: no interval): months into the course are later
      rel !== null && /^(?:later|afterwards|thereafter|on|into|after(?:\W+(?:that|this))?)$/i.test(rel[3]!);
    // "… refused an operation for a colon cancer and came back a year later with dermatomyositis": the cancer
    // is named before "later" and the myositis after it, so the myositis is the later event
    const relAt = s.start + (rel?.index ?? 0);
    const myositisLater =
      later &&
      ms.m.end <= relAt &&
      (myositisOrSignsAt(doc, s).some((x) => x > relAt) ||
        // "ovarian cancer was followed by dermatomyositis 3 years later"
        (/\bfollowed\s+by\b/i.test(doc.text.slice(ms.m.end, relAt)) &&
          myositisAt(doc, s).some((x) => x > ms.m.end && x < relAt)));
    // "A lung adenocarcinoma was diagnosed in 2019; brain metastases followed four months later" (session 37: the
    // cancer dated +4): a later-interval of a clause after the cancer's that tells its spread or return dates that
    // ("…; her weakness improved four months later", "…; the rash faded six months later": the course of the
    // myositis in a later clause, subject of its own verb, dates that course, not the cancer)
    const laterClause = laterWord && ms.m.end <= relAt0 ? doc.text.slice(ms.m.end, relAt0) : undefined;
    const clauseAt = laterClause === undefined ? -1 : ms.m.end + laterClause.lastIndexOf(';') + 1;
    const courseLater =
      laterClause !== undefined &&
      (/\b(?:metasta\w*|recurr\w*|relaps\w*|progress\w*)/i.test(laterClause) ||
        (clauseAt > ms.m.end && myositisOrSignsAt(doc, s).some((x) => x >= clauseAt && x < relAt0)));
    if (
      rel &&
      !(recurrenceOf && laterWord) &&
      !courseLater &&
      // (the two events of one sentence need no sentence before it: "A woman had breast cancer treated by
      // mastectomy and presented 11 years later with proximal weakness", session 30: the opening sentence)
      (s.index > 0 || both || myositisLater || /^(earlier|ago|previously|back|prior|before)$/i.test(rel[3]!))
    ) {
      const read = readCount(relCount!) ?? { value: 1, approximate: true };
      const unit = durationUnit(rel[2]!);
      // "one year and two months earlier" (session 33: read as 2): the years before the months
      const years = unit === 'month' ? yearsBeforeMonths(text.slice(0, rel.index)) : undefined;
      const count = years !== undefined ? { ...read, value: read.value + 12 * years } : read;
      // "She had breast cancer at the age of 45. Five years later she had colon cancer." (session 34: the colon
      // cancer dated 60 months after the myositis): a later-interval right after a sentence that tells another
      // cancer, and not the myositis, counts from that cancer — its date when it has one, else no date at all
      const other = later && !myositisLater ? cancerOfSentenceBefore(doc, s, c, cancers) : undefined;
      if (other) {
        const from = monthsFromPresentation(other.diagnosisDate);
        if (from !== undefined) {
          c.diagnosisDate = {
            relativeTo: 'presentation',
            offset: Math.round((from + count.value * UNIT_MONTHS[unit]) * 10) / 10,
            unit: 'month',
            ...(count.approximate ? { approximate: true } : {}),
          };
          note(ms, 'interval-stated');
        }
        return;
      }
      // "Two months later, she was readmitted. Four months after that, a CT showed …": the later-intervals of the
      // sentences right before add up
      const chained = later && !myositisLater ? chainedBefore(doc, s) : 0;
      c.diagnosisDate = chained
        ? {
            relativeTo: 'presentation',
            offset: Math.round((count.value * UNIT_MONTHS[unit] + chained) * 10) / 10,
            unit: 'month',
            ...(count.approximate ? { approximate: true } : {}),
          }
        : {
            relativeTo: 'presentation',
            offset: later && !myositisLater ? count.value : -count.value,
            unit,
            ...(count.approximate ? { approximate: true } : {}),
          };
      note(ms, 'interval-stated');
      return;
    }
    // "her breast cancer had been in remission for 5 years": diagnosed at least that long before the presentation
    // "… in complete remission from Hodgkin lymphoma for 10 years": the remission named before the cancer
    const rem =
      REMISSION_FOR_RE.exec(doc.text.slice(ms.m.end, ms.s.end)) ??
      (REMISSION_FROM_RE.test(doc.text.slice(Math.max(ms.s.start, ms.m.start - 60), ms.m.start))
        ? FOR_DURATION_RE.exec(doc.text.slice(ms.m.end, ms.s.end))
        : null);
    if (rem) {
      const count = readCount(rem[1]!) ?? { value: 1, approximate: true };
      c.diagnosisDate = {
        relativeTo: 'presentation',
        offset: -count.value,
        unit: durationUnit(rem[2]!),
        approximate: true,
      };
      note(ms, 'interval-stated');
      return;
    }
    // "Having had polycythaemia vera for 15 years, he developed …", "She has had breast cancer for 3 years" (session
    // 25: the order was lost): the cancer has lasted that long at the presentation
    const lastedFor = HAVING_HAD_RE.test(doc.text.slice(Math.max(s.start, ms.m.start - 40), ms.m.start))
      ? FOR_DURATION_RE.exec(doc.text.slice(ms.m.end, ms.s.end))
      : null;
    if (lastedFor) {
      c.diagnosisDate = countedDate('presentation', lastedFor[1]!, lastedFor[2]!, -1);
      note(ms, 'interval-stated');
      return;
    }
    // "a 5-year history of breast cancer": the cancer was diagnosed that long before the presentation; "a 7-year
    // survivor of ovarian cancer" at least that long (approximate, as a remission's length)
    const headText = doc.text.slice(Math.max(s.start, ms.m.start - 60), ms.m.start);
    const survived =
      SURVIVOR_FOR_RE.exec(headText) ??
      (/^\s*survivors?\b/i.test(doc.text.slice(ms.m.end, ms.m.end + 15))
        ? COUNT_BEFORE_CANCER_RE.exec(headText)
        : null);
    const hist = HISTORY_OF_RE.exec(headText) ?? survived;
    if (hist) {
      const count = readCount(hist[1]!) ?? { value: 1, approximate: true };
      c.diagnosisDate = {
        relativeTo: 'presentation',
        offset: -count.value,
        unit: durationUnit(hist[2]!),
        ...(count.approximate || survived ? { approximate: true } : {}),
      };
      note(ms, 'interval-stated');
      return;
    }
    // "… was diagnosed with breast cancer and treated with mastectomy. Three years later, she developed a heliotrope
    // rash and proximal weakness": the next sentence opens with the interval and presents the myositis
    const next = laterMyositis(doc, ms);
    if (next) {
      c.diagnosisDate = next.date;
      note({ s: next.s, m: ms.m }, 'interval-stated');
      return;
    }
    // "treated for breast cancer in 2015 … dermatomyositis in 2019": two calendar dates in one sentence
    const byDates = calendarInterval(doc, s, ms.m);
    // (a day-and-month date of uncertain order whose readings agree on the order only: the order alone)
    if (byDates === 'unknown') return;
    if (typeof byDates === 'string') {
      c.relationToMyositis = byDates;
      note(ms, 'interval-from-dates');
      return;
    }
    if (byDates) {
      c.diagnosisDate = byDates;
      if (CLAUSE_OPENING_DATES.has(byDates) && typeof byDates === 'object' && byDates.offset !== 0)
        c.relationToMyositis = byDates.offset > 0 ? 'after' : 'before';
      note(ms, 'interval-from-dates');
      return;
    }
    // "treated for breast cancer at the age of 52" in a 58-year-old: two ages
    const byAges = ageInterval(doc, s, ms.m);
    if (byAges) {
      c.diagnosisDate = byAges;
      note(ms, 'interval-from-ages');
      return;
    }
    // "Three years later, a scaly nodule appeared on her cheek. It was excised once a basal cell carcinoma had
    // been shown" (session 25: after, with no interval): a cancer first named in a find right after a sentence that
    // opens with a later-interval and names neither the myositis nor a cancer was found that much later
    if (
      s.index > 1 &&
      !mentions.some((o) => o.s.index < s.index && o.s.attribution.reason !== 'title') &&
      FIND_VERB_RE.test(text) &&
      !RELAPSE_VERB_RE.test(text) &&
      !myositisAt(doc, s).length &&
      !ms.s.assert(ms.m.tokenStart, ms.m.tokenEnd).negated
    ) {
      const months = chainedBefore(doc, s);
      if (months > 0) {
        c.diagnosisDate = { relativeTo: 'presentation', offset: months, unit: 'month' };
        note(ms, 'interval-stated');
        return;
      }
    }
  }
  // 2. A past cancer; 3. a stated concurrence.
  // a recurrence stated, not denied ("excision without relapse")
  // (a progression says nothing of when the cancer was first diagnosed: it only leaves the order open)
  let recurrence: 'recurrence' | 'progression' | undefined;
  const abbreviations = cancerAbbreviationWords(doc);
  // the first sentence that tells a progression (a later course may follow the work-up that found the cancer)
  let progressionAt = Infinity;
  let recurrenceAt = Infinity;
  for (const { s, m } of mentions)
    for (let k = Math.max(0, m.tokenStart - 4); k < Math.min(s.tokens.length, m.tokenEnd + 8); k++) {
      const w = s.tokens[k]!.norm;
      // "her melanoma, excised in 2011, recurred …": the verb may follow an apposition, not another clause
      // (but "breast cancer was diagnosed in 2010, with recurrence in 2016", session 32: a recurrence joined to the
      // cancer's clause by "with" is its own)
      if (
        k >= m.tokenEnd + 4 &&
        (w === 'recurrence' || w === 'progression' || w === 'relapse') &&
        !withCourse(s, k)
      )
        continue;
      if (k >= m.tokenEnd && (w === ';' || w === '.' || MYOSITIS_TOKENS.has(w))) break;
      // "the recurrence of a BC" with "bladder cancer (BC)" defined: the abbreviation names the cancer
      if (!RECURRENCE.has(w) || s.assert(k, k + 1).negated || ofSomethingElse(s, k, abbreviations)) continue;
      // "She had dermatomyositis diagnosed in 2015, and in 2018, at the time of a relapse, breast cancer was
      // diagnosed" (session 34: read before): a relapse set off by a comma before the cancer, in a sentence that
      // names the myositis and no cancer before it, is the myositis's (not "recurrent … carcinoma")
      if (
        k < m.tokenStart &&
        s.tokens.slice(k + 1, m.tokenStart).some((t) => t.norm === ',') &&
        s.tokens.slice(0, k).some((t) => MYOSITIS_TOKENS.has(t.norm)) &&
        !s.mentions.some((x) => x.concept.kind === 'histology' && x.tokenEnd <= k)
      )
        continue;
      if (w !== 'progression') {
        recurrence = 'recurrence';
        recurrenceAt = Math.min(recurrenceAt, s.index);
      } else {
        recurrence ??= 'progression';
        progressionAt = Math.min(progressionAt, s.index);
      }
    }
  // "We report DM as the first manifestation of the recurrence of a BC" with "bladder cancer (BC)" defined: a
  // recurrence named by the cancer's abbreviation, in a sentence of the patient that names no cancer mention
  if (abbreviations.size && recurrence !== 'recurrence')
    for (const s of doc.sentences) {
      if (s.attribution.subject !== 'patient' || !isCaseSentence(s)) continue;
      for (let k = 0; k < s.tokens.length; k++) {
        const w = s.tokens[k]!.norm;
        if (w === 'progression' || !RECURRENCE.has(w)) continue;
        // "the recurrence of a BC"; "the earliest evidence that a BC had recurred", "her BC relapsed", "a recurrent BC"
        // (session 38: read as found after): the abbreviation right before the verb, or after the adjective
        const j =
          s.tokens[k + 1]?.norm === 'of'
            ? /^(?:a|an|the|her|his)$/.test(s.tokens[k + 2]?.norm ?? '')
              ? k + 3
              : k + 2
            : w === 'recurrent'
              ? k + 1
              : /^(?:had|has|have|was|is)$/.test(s.tokens[k - 1]?.norm ?? '')
                ? k - 2
                : k - 1;
        if (j < 0 || !abbreviations.has(s.tokens[j]?.norm ?? '') || s.assert(k, k + 1).negated) continue;
        recurrence = 'recurrence';
        recurrenceAt = Math.min(recurrenceAt, s.index);
      }
    }
  for (const ms of mentions) {
    const a = ms.s.assert(ms.m.tokenStart, ms.m.tokenEnd);
    // "she had been treated for …", and after the cancer: "ovarian cancer had been diagnosed in 2014"
    const lineStart = doc.text.lastIndexOf('\n', ms.m.start) + 1;
    // the words before the cancer, from the end of another cancer named before it ("treated for breast carcinoma …
    // and now had a newly diagnosed small cell lung cancer", session 33: the lung cancer read as treated before)
    const otherBefore = ms.s.mentions.filter(
      (x) => x.concept.kind === 'histology' && x !== ms.m && x.end <= ms.m.start,
    );
    const head = doc.text.slice(Math.max(ms.s.start, ...otherBefore.map((x) => x.end)), ms.m.start);
    // ("When the tumour had been diagnosed he underwent a gastrectomy", session 38: read before) a past perfect in
    // a clause of time that the cancer's sentence opens with orders the cancer before that clause's main clause,
    // so before the myositis only when the main clause tells the myositis ("Once her lymphoma had been treated,
    // the rash appeared"; never "until" or "before": "Before the cancer had been found, the rash appeared")
    const timeClause = TIME_CLAUSE_RE.exec(doc.text.slice(ms.s.start, ms.m.start));
    const pluperfectOrders =
      !timeClause ||
      (!/^(?:before|until|till)$/i.test(timeClause[1]!) &&
        myositisOrSignsAt(doc, ms.s).some((x) => x > ms.m.end) &&
        // (its onset, not its course: "Once the tumour had been resected, the weakness improved")
        ONSET_IN_MAIN_RE.test(doc.text.slice(ms.m.end, ms.s.end)));
    const treatedBefore =
      (pluperfectOrders &&
        // (not "had been diagnosed with dermatomyositis …": the myositis's, session 33)
        // ("She had only just been diagnosed with laryngeal carcinoma when …", session 46: no order) with adverbs
        (/\bhad (?:(?:only|just|recently|already|previously|earlier|lately)\s+){0,2}(?:been )?(?:(?:only|just|recently|already|previously)\s+){0,2}(?:treated|diagnosed|operated)\b(?!\s+with\s+(?:[\w-]+\s+){0,2}?(?:(?:dermato|poly)?myositis|DM|PM)\b)/i.test(
          head,
        ) ||
          // "She had had breast cancer in 2012": the pluperfect right before the cancer
          /\bhad had (?:(?:a|an|her|his)\s+)?(?:[\w-]+\s+){0,3}$/i.test(head) ||
          // "She was being treated for breast cancer at the time", "she was already under follow-up for a treated
          // colon cancer" (session 50, probe: no order, or concurrent by "at diagnosis"): a cancer under treatment
          // or follow-up when the myositis is told
          BEING_TREATED_FOR_RE.test(head) ||
          // "His only other illness was prostate cancer (treated in 2014)" (session 41 grid: no order): a treatment
          // dated by a year in a bracket or an apposition right after the cancer, when no sentence before dates the
          // presentation (as "treated for … in 2014" is read)
          (TREATED_IN_YEAR_AFTER_RE.test(doc.text.slice(ms.m.end, ms.s.end)) && !yearToldBefore(doc, ms.s)) ||
          // "In 2015, he had undergone resection of hepatocellular carcinoma" (session 41 grid: no order): an operation
          // on the cancer in the pluperfect (with "for", {@link HAD_UNDERGONE_FOR_RE} reads it)
          /\bhad\s+(?:already\s+|previously\s+)?undergone\s+(?:(?:a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:resection|excision|removal|surgery|operation)\s+of\s+(?:(?:a|an|her|his|the)\s+)?(?:[\w-]+\s+){0,3}$/i.test(
            head,
          ) ||
          // "diagnosed with CLL in 2010 and had been on watch-and-wait since": a course in the pluperfect after it
          // (session 41 grid: also "had been in complete remission since 2015", "… and she had been disease-free
          // since")
          /^(?:(?!\b(?:although|though|while|whereas|because|when|as|but)\b)[^.;]){0,60}?\bhad been (?:on|under|in (?:(?:complete|partial|full|clinical|sustained)\s+)?remission|disease[- ]free|free of (?:disease|recurrence|relapse)|receiving|followed|monitored|observed)\b/i.test(
            doc.text.slice(ms.m.end, ms.s.end),
          ) ||
          // ("… a man in whom lung cancer had recently been found", session 38: read as found after; "… her
          // melanoma, which had been managed surgically")
          /^[^.;]{0,25}?\bhad (?:(?:already|lately|recently|just|previously|earlier)\s+)?(?:been\s+)?(?:(?:already|lately|recently|just|previously)\s+)?(?:treated|diagnosed|operated|resected|excised|removed|managed)\b/i.test(
            doc.text.slice(ms.m.end, ms.s.end),
          ) ||
          // ("Thymoma: treated in the past by surgery", session 46: no order) a treatment said to be past
          /^[^.;]{0,25}?\b(?:treated|operated|resected|excised|removed)\s+(?:in\s+the\s+past|previously|years\s+(?:ago|earlier|before))\b/i.test(
            doc.text.slice(ms.m.end, ms.s.end),
          ) ||
          // ("a sarcoma of the thigh which had been excised", session 39: no order) a relative clause on the
          // cancer's phrase, past its site
          /^(?:\s+(?:of|in|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)?,?\s+(?:that|which)\s+had (?:(?:already|previously|earlier)\s+)?been\s+(?:(?:already|previously|successfully)\s+)?(?:treated|diagnosed|operated|resected|excised|removed|managed)\b/i.test(
            doc.text.slice(ms.m.end, ms.s.end),
          ))) ||
      // "PMH: ca prostate (radical prostatectomy 2011), HTN": a labelled line of the past history
      // … also when the label was read as the heading of a section ("PMH:" before its body)
      PAST_HISTORY_LABEL_RE.test(`${ms.s.section.heading?.text ?? ''}:`) ||
      [lineStart, ms.s.start].some(
        (from) =>
          from >= ms.s.start - 40 &&
          from <= ms.m.start &&
          PAST_HISTORY_LABEL_RE.test(doc.text.slice(from, ms.m.start)) &&
          !/[.;]/.test(
            doc.text
              .slice(from, ms.m.start)
              .replace(/^\s*\d{1,2}[.)]\s*/, '')
              .replace(/^[^:]*:/, ''),
          ),
      ) ||
      PAST_HISTORY_LABEL_INSIDE_RE.test(doc.text.slice(Math.max(ms.s.start, ms.m.start - 160), ms.m.start)) ||
      // "In her medical history, she had a lumpectomy and radiation for a breast carcinoma" (session 39: no order,
      // the treatment too long for the pluperfect's reach): a frame of the past history opening the sentence governs
      // its first clause
      PAST_HISTORY_FRAME_RE.test(doc.text.slice(ms.s.start, ms.m.start));
    // "a 43-year-old woman diagnosed with metastatic sarcoma presented with a rash": the patient carried the
    // diagnosis when she presented; "myositis after stem-cell transplantation for leukaemia": the treatment
    // of the cancer came first
    const diagnosed = DIAGNOSED_PATIENT_RE.exec(head);
    const carried =
      diagnosed !== null &&
      // "diagnosed with dermatomyositis and ovarian cancer": one diagnosis of both, not a cancer carried before
      !/myositis|\b(?:dm|pm|jdm|cadm)\b/i.test(
        diagnosed[0].slice(diagnosed[0].toLowerCase().lastIndexOf('diagnosed')),
      ) &&
      PRESENTED_AFTER_RE.test(doc.text.slice(ms.m.end, ms.s.end));
    const treatedFor =
      SURVIVOR_RE.test(head) ||
      // "in remission from ovarian cancer since 2014"
      REMISSION_FROM_RE.test(head) ||
      // "a breast cancer survivor"
      /^\s*survivors?\b/i.test(doc.text.slice(ms.m.end, ms.m.end + 15)) ||
      // "with Hodgkin's disease in remission developed polymyositis" (session 24: the order was lost); not "… put
      // her lymphoma in remission", a course told after the myositis
      (/^\s*(?:(?:was|is|had\s+been|has\s+been)\s+)?in\s+(?:complete\s+|partial\s+|full\s+)?remission\b/i.test(
        doc.text.slice(ms.m.end, ms.m.end + 40),
      ) &&
        /\b(?:developed|presented|was\s+(?:diagnosed|admitted|referred))\b/i.test(
          doc.text.slice(ms.m.end, ms.s.end),
        )) ||
      AFTER_TREATMENT_FOR_RE.test(head) ||
      HAD_UNDERGONE_FOR_RE.test(head) ||
      // "She already had small cell lung cancer and developed the weakness …" (session 33: no order)
      /\balready\s+(?:had|carried|suffered\s+from)\s+(?:(?:a|an|her|his)\s+)?(?:[\w-]+\s+){0,3}$/i.test(
        head,
      ) ||
      ON_DRUG_FOR_RE.test(head) ||
      DURING_TREATMENT_OF_RE.test(head) ||
      KNOWN_CANCER_RE.test(head) ||
      // "treated for Hodgkin lymphoma in childhood", "… as a teenager" (session 32: the order was lost)
      inChildhood(doc, ms) ||
      PERSON_TREATED_FOR_RE.test(head) ||
      IN_CARE_FOR_RE.test(head) ||
      BACKGROUND_OF_RE.test(head) ||
      CHECKPOINT_FOR_RE.test(head) ||
      TREATED_WITH_CHECKPOINT_RE.test(doc.text.slice(ms.m.end, ms.s.end)) ||
      MYOSITIS_AFTER_CHECKPOINT_RE.test(doc.text.slice(ms.m.end, ms.s.end)) ||
      CHECKPOINT_MYOSITIS_RE.test(doc.text.slice(ms.s.start, ms.s.end)) ||
      personWithCancerDeveloped(doc, ms) ||
      hadCancerThenDeveloped(doc, ms);
    // a past cancer: "history of", "previous", "prior", "in remission" — not "chronic" or the like; not when the
    // myositis shares that history ("a history significant for breast cancer and IBM"): both past, order open
    // (a word of the past well after the cancer is another thing's: "a skin squamous cell carcinoma later arose on
    // sites of previously inflamed skin", session 31: read as a cancer before the myositis)
    const past =
      a.triggers.some(
        (t) =>
          t.category === 'historical' &&
          PAST_CANCER.test(t.text) &&
          // ("treated for breast carcinoma 10 years earlier and now found to have a lung cancer", session 33: the
          // lung cancer read as before) the word of the past nearer another cancer of the sentence is that one's
          !nearerCancer(ms.s, ms.m, t.start) &&
          (t.start < ms.m.start ||
            !/\b(?:in|at|within|on)\s+(?:the\s+)?(?:areas?|sites?|regions?|fields?|scars?)\s+of\b/i.test(
              doc.text.slice(ms.m.end, t.start),
            )),
      ) && !sharedHistory(doc, ms);
    // ("Her ovarian cancer had been diagnosed at the same time as the dermatomyositis", session 35: read before)
    const sameTime =
      SAME_TIME_AS_RE.test(doc.text.slice(ms.m.end, ms.s.end)) &&
      myositisAt(doc, ms.s).some((x) => x > ms.m.end);
    if (sameTime) continue;
    if (
      past ||
      treatedBefore ||
      carried ||
      treatedFor ||
      treatedThenMyositis(doc, ms) ||
      myositisAfterwards(doc, ms)
    ) {
      c.relationToMyositis = 'before';
      note(ms, 'order-stated');
      return;
    }
  }
  for (const ms of mentions) {
    const cm = CONCURRENT_RE.exec(doc.text.slice(ms.s.start, ms.s.end));
    // "no other concurrent cGVHD": a denied concurrence says nothing of the cancer's timing
    const denied =
      cm !== null &&
      /\b(?:no|not|without)\s+(?:other\s+)?$/i.test(
        doc.text.slice(Math.max(ms.s.start, ms.s.start + cm.index - 20), ms.s.start + cm.index),
      );
    // "her malignancy simultaneously responded to chemotherapy": a course told together (a response, an
    // improvement) says nothing of when the cancer was diagnosed
    const course =
      cm !== null &&
      // ("… and at the same time her tumour shrank with chemotherapy", session 38: read as concurrent) also
      // with the subject of the course between the concurrence and its verb
      (/^,?\s*(?:(?:the|her|his|its|their|this)\s+)?(?:[\w-]+\s+){0,3}?(?:had\s+|also\s+)?(?:responded|improved|regressed|resolved|recovered|worsened|relapsed|flared|shrank|progressed)\b/i.test(
        doc.text.slice(ms.s.start + cm.index + cm[0].length, ms.s.end),
      ) ||
        // "the response to tumor therapy coincided with the amelioration of dermatomyositis symptoms": two
        // courses told together (a response, an improvement) say nothing of when the cancer was diagnosed
        courseTogether(
          doc.text.slice(ms.s.start, ms.s.start + cm.index),
          cm[0],
          doc.text.slice(ms.s.start + cm.index + cm[0].length, ms.s.end),
        ));
    // "myocarditis concomitant with myasthenia gravis after 3 cycles of nivolumab" (session 24: read as a cancer
    // found with the myositis): two adverse events told together say nothing of the cancer's diagnosis
    const adverse =
      cm !== null &&
      IMMUNE_EVENT_RE.test(
        doc.text.slice(ms.s.start + cm.index + cm[0].length, ms.s.start + cm.index + cm[0].length + 50),
      );
    // "At presentation, there was no evidence of malignancy, but after 7 months she developed … metastatic melanoma"
    // (session 33: read as concurrent): a contrast or a later time between the concurrence and the cancer
    const cueEnd = cm ? ms.s.start + cm.index + cm[0].length : 0;
    const contrasted =
      cm !== null &&
      cueEnd <= ms.m.start &&
      /\b(?:but|however|later|subsequently|thereafter|afterwards)\b|\bafter\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?)\b/i.test(
        doc.text.slice(cueEnd, ms.m.start),
      );
    // "after concurrent chemoradiation for carcinoma of the cervix" (session 34: read as concurrent): a treatment
    // given with another, not the cancer found with the myositis
    const treatment =
      cm !== null &&
      /^\s*(?:chemo|radio|chemoradi|treatment|therapy|immunotherapy|cisplatin|weekly\s+cisplatin)/i.test(
        doc.text.slice(cueEnd, ms.s.end),
      );
    // "She had a colon cancer resected in 2010. Seven years later the colon cancer recurred, and dermatomyositis
    // appeared at the same time" (session 37: concurrent, before that dated +84): the concurrence is the return's,
    // of a cancer told in an earlier sentence
    const returned =
      cm !== null &&
      mentions.some((o) => o.s.index < ms.s.index) &&
      (COURSE_AFTER_CANCER_RE.test(doc.text.slice(ms.m.end, ms.m.end + 40)) ||
        /\b(?:recurren\w*|relapse\w*|progression)\s+of\s+(?:(?:the|her|his)\s+)?(?:[\w-]+\s+){0,2}$/i.test(
          doc.text.slice(Math.max(ms.s.start, ms.m.start - 40), ms.m.start),
        ));
    // "Concomitant myositis and pemphigus: a thymoma behind them" (session 38: the thymoma read as
    // concurrent): an adjective of concurrence heading a pair of other diseases ("concurrent A and
    // B") tells those two together, not the cancer named outside the pair
    const pairOfOthers = cm !== null && pairedWithoutCancer(doc, ms.s, ms.s.start + cm.index, cueEnd, ms.m);
    if (cm && !denied && !course && !adverse && !contrasted && !treatment && !returned && !pairOfOthers) {
      c.diagnosisDate = { relativeTo: 'diagnosis', offset: 0, unit: 'month' };
      c.relationToMyositis = 'concurrent';
      note(ms, 'concurrence-stated');
      return;
    }
  }
  // A recurrence, relapse or progression at the time of the myositis: the cancer was first diagnosed before it
  // (decision, docs/extraction.md), whatever the order of the recurrence and the myositis.
  if (recurrence === 'progression') {
    // "diagnosed with stage IV gastric cancer based on an upper endoscopy … resulting in cancer-stage
    // progression": a progression told after the work-up that found the cancer does not hide that find
    foundByWorkup(
      doc,
      c,
      mentions.filter((ms) => ms.s.index < progressionAt),
      note,
    );
    return;
  }
  if (recurrence) {
    // "Dermatomyositis and gastric cancer were diagnosed together. … Two years later, the dermatomyositis flared and
    // CT showed recurrence of the gastric cancer" (session 37: read as found after): a diagnosis of both told
    // before the recurrence is the cancer's first diagnosis
    if (
      namedTogether(
        doc,
        c,
        mentions.filter((x) => x.s.index < recurrenceAt),
        note,
      )
    )
      return;
    // "Subsequent investigations revealed … a metastatic colon adenocarcinoma. … A relapse of her malignancy was
    // preceded by a flare …": a relapse told after the work-up that found the cancer is that cancer's later
    // course, so the find decides (as for a progression)
    foundByWorkup(
      doc,
      c,
      mentions.filter((x) => x.s.index < recurrenceAt),
      note,
    );
    if (c.relationToMyositis) return;
    const ms = mentions[0]!;
    c.relationToMyositis = 'before';
    note(ms, 'recurrence-of-earlier-cancer');
    return;
  }
  // 3b. Named together as one presentation or one diagnosis: concurrent (no interval).
  if (namedTogether(doc, c, mentions, note)) return;
  // 4. An order word; 5. found by the work-up after the myositis was presented.
  // ("Hodgkin lymphoma complicated by polymyositis" over a case whose node biopsy found the lymphoma after
  // the weakness, session 38: read before) an order word of the title yields to the case's own
  // account of the find; the title decides only when the case tells none
  const titled = (ms: { s: DocSentence }) => ms.s.attribution.reason === 'title';
  const titleCue = mentions.some((ms) => titled(ms) && orderCue(doc, ms.s, ms.m.start, ms.m.end));
  if (titleCue && !mentions.some((ms) => !titled(ms) && orderCue(doc, ms.s, ms.m.start, ms.m.end))) {
    foundByWorkup(doc, c, mentions, note);
    if (c.relationToMyositis) return;
  }
  for (const ms of mentions) {
    const r = orderCue(doc, ms.s, ms.m.start, ms.m.end);
    if (r) {
      c.relationToMyositis = r;
      // "DM as the first manifestation of prostate cancer … 14 months after presentation he complained of …
      // histology demonstrated adenocarcinoma": the cancer found later is dated by the complaint
      const found = r === 'after' ? datedDiscovery(doc, mentions) : undefined;
      if (found) {
        c.diagnosisDate = found.date;
        note(found.ms, 'interval-stated');
        return;
      }
      note(ms, 'order-stated');
      return;
    }
  }
  foundByWorkup(doc, c, mentions, note);
}

/** An adjective of concurrence, then a pair "A and B" up to a clause break (groups: the pair). */
const CONCURRENT_PAIR_RE =
  /^\s+((?:[\w\u0370-\u03ff'-]+\s+){0,5}?and\s+(?:[\w\u0370-\u03ff'-]+\s+){0,4}?[\w\u0370-\u03ff'-]+)\s*(?=[:;,.()\u2013\u2014]|$)/i;
/**
 * Whether the word of concurrence at `cueAt`–`cueEnd` is an adjective heading a pair of two things ("concurrent
 * inflammatory myopathy and myasthenia gravis") that leaves out the cancer `m`, named elsewhere in the sentence.
 */
function pairedWithoutCancer(doc: Doc, s: DocSentence, cueAt: number, cueEnd: number, m: Mention): boolean {
  if (
    !/^(?:concurrent|concomitant|coexist(?:ent|ing)|co-existent|co-existing|co-?occurring|simultaneous|synchronous|coincident)$/i.test(
      doc.text.slice(cueAt, cueEnd),
    )
  )
    return false;
  const pair = CONCURRENT_PAIR_RE.exec(doc.text.slice(cueEnd, s.end));
  if (!pair) return false;
  const pairEnd = cueEnd + pair[0].length;
  // the cancer itself one of the pair ("concurrent dermatomyositis and breast cancer")
  if (m.start < pairEnd && m.end > cueEnd) return false;
  return !s.mentions.some((x) => x.concept.kind === 'histology' && x.start >= cueEnd && x.end <= pairEnd);
}

/**
 * Step 3b of {@link cancerTiming}: the cancer and the myositis named together as one presentation or one diagnosis
 * ("Diagnosis: advanced breast cancer, dermatomyositis as paraneoplastic syndrome", "diagnosed with DM and lung
 * cancer"): concurrent, with no interval. True when it set the order.
 */
function namedTogether(
  doc: Doc,
  c: ExtractedCancer,
  mentions: readonly { s: DocSentence; m: Mention }[],
  note: (ms: { s: DocSentence; m: Mention }, what: EvidenceNoteCode) => void,
): boolean {
  for (const ms of mentions) {
    if (ms.s.attribution.reason === 'title') continue;
    // "Diagnosis: advanced breast cancer, dermatomyositis as paraneoplastic syndrome" (session 24): a labelled
    // diagnosis that names both is one diagnosis of both
    const labelled =
      (DIAGNOSIS_LABEL_RE.test(doc.text.slice(ms.s.start, ms.m.start)) ||
        answersDiagnosis(doc, ms.s) ||
        (ms.s.section.kind === 'diagnosis' && doc.sentences[ms.s.index - 1]?.section !== ms.s.section)) &&
      myositisAt(doc, ms.s).length > 0 &&
      // ("A/P: dermatomyositis, the first sign of an ovarian cancer", session 46: read concurrent) the diagnosis's own
      // word of order decides, as the text's word does
      !orderCue(doc, ms.s, ms.m.start, ms.m.end);
    if (labelled || jointPresentation(doc, ms.s, ms.m.start, ms.m.end)) {
      c.relationToMyositis = 'concurrent';
      note(ms, 'order-stated');
      return true;
    }
  }
  return false;
}

/**
 * A result told as a labelled line, the test then a colon ("Biopsy: adenocarcinoma", "Core biopsy: a poorly
 * differentiated carcinoma", session 38: no find read): the test found what follows.
 */
const RESULT_LABEL_RE =
  /^\W{0,3}(?:[\w-]+\s+){0,4}?(?:biopsy|biopsies|histology|histopathology|pathology|cytology|specimen|endoscopy|gastroscopy|colonoscopy|bronchoscopy|cystoscopy|mammography|CT|MRI|PET(?:-CT)?|imaging|ultrasound|resection)(?:\s*:|[ \t\u00a0]*\t|[ \u00a0]{2,})\s*(?:[\w-]+\s+){0,4}$/i;
/**
 * A sampling whose result the cancer is, "consistent with" or "compatible with" ("a pleural biopsy was done; the
 * results were consistent with mesothelioma", session 41: no find read): a find of the work-up.
 */
const SAMPLE_CONSISTENT_RE =
  /\b(?:biopsy|biopsies|histology|histopathology|pathology|cytology|specimen|FNAC|FNA|aspiration|resection)\b[^.]{0,80}?\b(?:consistent|compatible)\s+with\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,4}$/i;
/**
 * The labelled result of the cancer's own clause: the text from the last clause break (a semicolon, a line break)
 * before the cancer ("Screen by CT: gastric mass; biopsy: gastric adenocarcinoma", a table row "Biopsy      primary
 * adenocarcinoma of the lung", session 38: no find read), with a colon or a table's gap after the test.
 */
function resultLabelled(doc: Doc, s: DocSentence, m: Mention): boolean {
  const head = doc.text.slice(s.start, m.start);
  const cut = Math.max(head.lastIndexOf(';'), head.lastIndexOf('\n'));
  if (RESULT_LABEL_RE.test(cut >= 0 ? head.slice(cut + 1) : head)) return true;
  // "Histology: diffuse large B-cell lymphoma." on a line of its own (session 41 grid: no find read): the label was
  // read as the heading of a section, so the result opens the section's first sentence
  const heading = s.section.heading;
  return (
    heading !== undefined &&
    RESULT_HEADING_RE.test(heading.text) &&
    /^[\s:\u2013\u2014-]*(?:(?:a|an)\s+)?(?:[\w-]+\s+){0,4}$/i.test(doc.text.slice(heading.end, m.start))
  );
}
/** A section heading that names a sampling whose result follows it ({@link resultLabelled}). */
const RESULT_HEADING_RE = /^\s*(?:histology|histopathology|pathology|biopsy|cytology)\s*$/i;
/**
 * A find told as what a test had in it, "On <test> … there was/were <cancer>" ("On fine needle aspiration of the
 * axillary nodes there were adenocarcinoma cells", "at colonoscopy, there was an ulcerated adenocarcinoma").
 */
const THERE_WAS_ON_TEST_RE =
  /\b(?:on|at)\s+[^.;]{0,100}?\b(?:biopsy|biopsies|cytology|FNAC|FNA|aspiration|CT|CECT|MRI|PET(?:-CT)?|imaging|ultrasound|sonography|[a-z]+oscopy|histology|histopathology|pathology|mammography|scan|resection|surgery|laparotomy)\b[^.;]{0,80}?\bthere\s+(?:was|were)\s+(?:(?:a|an)\s+)?(?:[\w-]+\s+){0,4}$/i;
/** The passive verb of a find right after the cancer ("… was discovered", "… was later found"). */
const WHOM_FOUND_RE =
  /^\s*(?:[\w-]+\s+){0,5}?(?:was|were)\s+(?:(?:later|subsequently|then|eventually|also)\s+)?(?:discovered|found|detected|diagnosed|identified|uncovered|revealed)\b/i;
/** A sentence opening in the past perfect ("He had already undergone …"; not "Once the patient had been admitted"). */
const PLUPERFECT_RE =
  /^\W*(?:he|she|the\s+patient)\s+had\s+(?:already\s+|previously\s+|earlier\s+)?(?:undergone|been|had|received)\b/i;

/** A verb of finding in the past perfect before the cancer ("had shown", "had been consistent with"). */
const PLUPERFECT_FIND_RE =
  /\bhad\s+(?:(?:already|previously|earlier)\s+)?(?:shown|revealed|found|detected|identified|demonstrated|confirmed|disclosed|been\s+(?:consistent|compatible)\s+with)\b/i;

/** Lesions a work-up samples, in one form each ("lymph nodes", "lymphadenopathy" → node). */
const LESION_FORMS: Readonly<Record<string, string>> = {
  node: 'node',
  nodes: 'node',
  lymphadenopathy: 'node',
  lymphadenopathies: 'node',
  mass: 'mass',
  masses: 'mass',
  lump: 'lump',
  nodule: 'nodule',
  nodules: 'nodule',
};
function lesionsOf(s: DocSentence, before = Infinity): Set<string> {
  const out = new Set<string>();
  for (const t of s.tokens) {
    const form = t.start < before ? own(LESION_FORMS, t.norm) : undefined;
    if (form) out.add(form);
  }
  return out;
}

/**
 * The earlier sentence of the patient that states a lesion concurrent with the myositis' signs ("presented with
 * cervical lymph node swelling concurrent with facial rashes"), when the work-up sentence (before the cancer at
 * `cancerStart`) samples the same kind of lesion ("FNAC of the cervical lymph nodes revealed …").
 */
function lesionPresentedTogether(doc: Doc, s: DocSentence, cancerStart: number): DocSentence | undefined {
  const sampled = lesionsOf(s, cancerStart);
  if (!sampled.size) return undefined;
  for (const x of doc.sentences) {
    if (x.index >= s.index || x.attribution.subject !== 'patient' || x.attribution.reason === 'title')
      continue;
    const text = doc.text.slice(x.start, x.end);
    const cm = CONCURRENT_RE.exec(text);
    if (
      !cm ||
      !/\b(?:concurrent|concomitant|simultaneous|synchronous|co-?exist(?:ent|ing)|coincident|together|at the same time)/i.test(
        cm[0],
      )
    )
      continue;
    if (![...lesionsOf(x)].some((l) => sampled.has(l))) continue;
    if (x.mentions.some((y) => y.concept.kind === 'finding') || myositisSignsAt(doc, x).length) return x;
  }
  return undefined;
}

/** "Three years later(,)", "About 18 months afterwards": an interval opening a sentence. */
const LATER_OPENING_RE = new RegExp(
  String.raw`^\W{0,3}(?:(?:about|approximately|around|nearly|almost|some)\s+)?${COUNT_PATTERN}\s+${UNITS}\s+(?:later|afterwards|thereafter|after\s+(?:(?:the\s+)?(?:completion|end)\s+of\s+|completing\s+|finishing\s+)?(?:(?:his|her|the)\s+)?(?:[\w-]+\s+)?(?:chemotherapy|radiotherapy|chemoradiotherapy|surgery|resection|operation|[a-z]+ectomy))\b`,
  'i',
);
/**
 * "She presented eleven years later with …", "He returned 2 years later with …" (session 30: the interval was
 * lost): the person and the verb of presentation before the later-interval, at the start of the sentence.
 */
const SUBJECT_LATER_RE = new RegExp(
  String.raw`^\W{0,3}(?:she|he|the\s+patient|our\s+patient)\s+(?:presented|re-?presented|returned|came\s+back|was\s+(?:re)?admitted|was\s+referred|developed)\s+(?:(?:about|approximately|around|nearly|almost|some)\s+)?${COUNT_PATTERN}\s+${UNITS}\s+(?:later|afterwards|thereafter)\b`,
  'i',
);
/**
 * The myositis named as diagnosed or as arising ("dermatomyositis was diagnosed", "she was diagnosed with
 * polymyositis", "dermatomyositis developed").
 */
const MYOSITIS_DIAGNOSED_RE =
  /^[^.;]{0,40}?(?:\b(?:dermatomyositis|polymyositis|myositis|DM|PM)\s+(?:was\s+(?:diagnosed|confirmed)|developed|appeared|occurred|began|ensued|emerged)|\bwas\s+diagnosed\s+(?:with|as)\s+(?:(?:an?|having)\s+)?(?:[\w-]+\s+){0,2}(?:dermatomyositis|polymyositis|myositis|DM|PM)\b|\b(?:a|the)\s+diagnosis\s+of\s+(?:[\w-]+\s+){0,2}(?:dermatomyositis|polymyositis|myositis|DM|PM)\s+was\s+(?:made|established|confirmed))/i;
/** A verb of the myositis' presentation after that interval ("she developed", "he presented with"). */
const LATER_ONSET_VERB_RE = new RegExp(
  String.raw`\b(?:developed|noticed|presenting|complained|began|started|was\s+diagnosed|${RETURN_VERB})\b`,
  'i',
);

/**
 * The sentence right after the cancer's opens with an interval ("Three years later, she developed a heliotrope rash
 * and proximal weakness"; "One month after BEP chemotherapy, he developed Gottron's sign", session 24: the treatment
 * of the cancer told before stands for it, as in "18 months after mastectomy") and presents the myositis or one of its signs after a verb of onset or presentation,
 * naming no cancer: the cancer came that long before the myositis.
 */
function laterMyositis(
  doc: Doc,
  ms: { s: DocSentence; m: Mention },
): { s: DocSentence; date: NonNullable<ExtractedCancer['diagnosisDate']> } | undefined {
  const next = doc.sentences[ms.s.index + 1];
  if (!next || !isCaseSentence(next) || next.attribution.subject !== 'patient') return undefined;
  // the myositis not yet told before the cancer's sentence (else "two weeks later she developed …" is its course)
  const toldBefore = doc.sentences.some(
    (x) =>
      x.index <= ms.s.index &&
      x.attribution.subject === 'patient' &&
      x.attribution.reason !== 'title' &&
      (myositisAt(doc, x).length > 0 ||
        myositisSignsAt(doc, x).length > 0 ||
        x.mentions.some((y) => y.concept.kind === 'finding')),
  );
  if (next.mentions.some((y) => y.concept.kind === 'histology')) return undefined;
  const text = doc.text.slice(next.start, next.end);
  const subject = SUBJECT_LATER_RE.exec(text);
  const r = subject ?? LATER_OPENING_RE.exec(text);
  if (!r) return undefined;
  // "Five months later, dermatomyositis was diagnosed" (session 34: read after, the presentation told before):
  // the diagnosis of the myositis itself dates it, told before or not
  const diagnosed = MYOSITIS_DIAGNOSED_RE.test(text.slice(r[0].length));
  if (toldBefore && !diagnosed) return undefined;
  // ("She presented eleven years later with …": the verb stands before the interval)
  // ("2 mo later: an itchy periorbital eruption", session 38: the interval lost) in telegraphic notes a colon after
  // the interval stands for the verb of the new complaint
  const verb =
    subject || /^\s*:/.test(text.slice(r[0].length))
      ? { index: 0 }
      : LATER_ONSET_VERB_RE.exec(text.slice(r[0].length));
  if (!verb && !diagnosed) return undefined;
  const verbAt = next.start + r[0].length + (verb?.index ?? 0);
  if (!diagnosed && !myositisOrSignsAt(doc, next).some((p) => p > verbAt)) return undefined;
  const count = readCount(r[1]!) ?? { value: 1, approximate: true };
  return {
    s: next,
    date: {
      relativeTo: 'presentation',
      offset: -count.value,
      unit: durationUnit(r[2]!),
      ...(count.approximate ||
      /(?:^\W{0,3}|\s)(?:about|approximately|around|nearly|almost|some)\s/i.test(r[0])
        ? { approximate: true }
        : {}),
    },
  };
}

/**
 * "(Ten days) after the third cycle of chemotherapy", "after his third dose of nivolumab", "following
 * surgery", "During treatment he developed …", "While he was under treatment, … myositis presented" (session 23;
 * not a treatment of the myositis: "during treatment with prednisone").
 */
const AFTER_CANCER_TREATMENT_RE = new RegExp(
  String.raw`^[^.;]{0,40}?\b(?:(?:after|following)\s+(?:the\s+|his\s+|her\s+)?(?:(?:first|second|third|fourth|fifth|sixth|last|initial|\d+(?:st|nd|rd|th))\s+)?(?:(?:administration|dose|cycle|course|infusion|session)s?\s+of\s+(?:the\s+)?)?(?:[\w-]+\s+)?(?:chemotherapy|immunotherapy|radiotherapy|nivolumab|pembrolizumab|ipilimumab|atezolizumab|durvalumab|avelumab|cemiplimab|surgery|resection|operation|[a-z]+ectomy)\b|(?:after|following)\s+(?:starting|initiating|commencing|beginning|the\s+start\s+of|initiation\s+of)\s+(?:${CANCER_DRUG}|hormon(?:e|al)\s+therapy|endocrine\s+therapy)\b|on\s+(?:post-?operative|POD)\s+day\s+\d{1,2}\b|(?:during|while\s+(?:(?:he|she|the\s+patient)\s+was\s+)?(?:on|under|receiving|undergoing))\s+(?:the\s+|this\s+|his\s+|her\s+)?(?:treatment|chemotherapy|immunotherapy|radiotherapy)\b(?!\s+(?:with|of)\s+(?:steroids?|prednis|glucocortic|corticost|ivig|intravenous|immunoglobulin|methotrexate)))`,
  'i',
);

/** Words of a finding that imaging or endoscopy reveals before the histology names it. */
const MASS_WORDS = new Set(['mass', 'masses', 'nodule', 'nodules', 'lesion', 'lesions', 'tumor', 'opacity']);
/**
 * What endoscopy finds and samples, besides a mass ("Gastroscopy: a red patch in the antrum. Biopsy:
 * adenocarcinoma", session 38: the site lost): the site of the cancer the biopsy names next (siteOfMass only).
 */
const SAMPLED_WORDS = new Set(['patch', 'ulcer', 'ulceration', 'polyp', 'stricture', 'plaque']);

/**
 * The cancer's mentions, with the case sentences that found a mass at its site before a histology named it
 * ("a chest CT revealed a mass … in the right upper lobe" for a lung adenocarcinoma named in the abstract):
 * the find of the work-up is the cancer's, in text order.
 */
function withSiteFinds(
  doc: Doc,
  c: ExtractedCancer,
  mentions: readonly { s: DocSentence; m: Mention }[],
): readonly { s: DocSentence; m: Mention }[] {
  if (!c.site) return mentions;
  const site = bareSite(c.site);
  // "scaly skin lesions covered her back" (session 38: a mycosis fungoides read as found after): a lesion of
  // the skin is the rash of the myositis as much as a tumour, no find of the cancer's
  if (site === 'skin') return mentions;
  const seen = new Set(mentions.map((x) => x.s.index));
  const extra: { s: DocSentence; m: Mention }[] = [];
  for (const s of doc.sentences) {
    if (seen.has(s.index) || !isCaseSentence(s) || s.attribution.subject !== 'patient') continue;
    if (s.attribution.reason === 'title') continue;
    if (s.mentions.some((x) => x.concept.kind === 'histology')) continue;
    const m = s.mentions.find((x) => x.concept.kind === 'site' && x.concept.value === site);
    if (!m || !s.tokens.some((t) => MASS_WORDS.has(t.norm))) continue;
    extra.push({ s, m });
  }
  return extra.length ? [...mentions, ...extra].sort((a, b) => a.s.index - b.s.index) : mentions;
}

/**
 * "<patient> was diagnosed with metastatic colorectal cancer and treated with chemotherapy. One week after the
 * second administration of chemotherapy, she presented dysphagia and proximal weakness": the sentence right after
 * the one that names the cancer opens with the time after its treatment and names a sign of the myositis after
 * it with a verb of a new complaint ("presented", "developed") — the cancer came first (no interval: the time
 * counts from the treatment, not the diagnosis). "Two days after surgery, the weakness improved" is a course.
 */
function treatedThenMyositis(doc: Doc, ms: { s: DocSentence; m: Mention }): boolean {
  const next = doc.sentences[ms.s.index + 1];
  if (!next || next.attribution.subject !== 'patient') return false;
  const text = doc.text.slice(next.start, next.end);
  const t = AFTER_CANCER_TREATMENT_RE.exec(text);
  if (!t) return false;
  const after = next.start + t.index + t[0].length;
  // a new presentation of the sign, not its course ("two days after surgery, the weakness improved")
  // ("Three months after starting letrozole, the weakness began": session 34, the verb after the sign)
  return myositisOrSignsAt(doc, next).some(
    (x) =>
      x >= after &&
      (ONSET_AFTER_TREATMENT_RE.test(doc.text.slice(after, x)) ||
        /^[\w\s-]{0,30}?\b(?:began|started|appeared|developed|emerged)\b/i.test(doc.text.slice(x, next.end))),
  );
}
/** A word that orders what follows after what was told ("afterwards", "only then", "after that"), no count. */
const AFTERWARDS_RE =
  /\b(?:afterwards|afterward|thereafter|subsequently|after\s+(?:that|this|these)|only\s+then|then)\b/gi;
/** A verb of the myositis' onset ("developed", "did … develop", "appeared", "was diagnosed"). */
const MYOSITIS_ONSET_VERB_RE =
  /\b(?:develop(?:ed|s)?|appear(?:ed|s)?|ar(?:ose|ise|ises)|beg(?:an|in|ins)|start(?:ed|s)?|emerg(?:ed|es?)|occur(?:red|s)?|ensued|presented|diagnosed)\b/i;

/** What may stand between "afterwards" and the myositis it orders: a subject, an auxiliary, a verb of onset. */
const BETWEEN_AFTERWARDS_RE =
  /^[\s,]*(?:(?:she|he|the\s+patient|did|had|has|was|her|his|a|an|the|only|also|signs\s+of|symptoms\s+of|features\s+of|develop\w*|present\w*\s+with|noticed|appear\w*|beg[au]n|start\w*)[\s,]+)*(?:[\w-]+\s+){0,2}$/i;
/**
 * "He was found to have a colonic adenocarcinoma. He underwent surgery, and only afterwards did dermatomyositis develop"
 * (session 38: read as found after): after the cancer, in its sentence or the next, a word that orders what follows
 * after what was told, then the onset of the myositis or of its signs — the cancer came first. Only when the
 * case has not told the myositis before the cancer's sentence (else "afterwards" orders a later course of it).
 */
function myositisAfterwards(doc: Doc, ms: { s: DocSentence; m: Mention }): boolean {
  const toldBefore = doc.sentences.some(
    (x) =>
      x.index < ms.s.index &&
      isCaseSentence(x) &&
      x.attribution.reason !== 'title' &&
      (myositisAt(doc, x).length > 0 ||
        myositisSignsAt(doc, x).length > 0 ||
        x.mentions.some((y) => y.concept.kind === 'finding')),
  );
  if (toldBefore) return false;
  const next = doc.sentences[ms.s.index + 1];
  const parts: { s: DocSentence; from: number }[] = [{ s: ms.s, from: ms.m.end }];
  if (
    next &&
    isCaseSentence(next) &&
    !next.mentions.some((y) => y.concept.kind === 'histology' && y !== ms.m)
  )
    parts.push({ s: next, from: next.start });
  for (const { s, from } of parts) {
    const text = doc.text.slice(from, s.end);
    AFTERWARDS_RE.lastIndex = 0;
    const w = AFTERWARDS_RE.exec(text);
    if (!w) continue;
    const at = from + w.index + w[0].length;
    // the myositis or a sign of it right after the word, with a verb of onset before or after it in that reach
    // (only a subject, an auxiliary or the verb of onset between: not "… then resected; dermatomyositis was
    // diagnosed at the same time")
    const near = myositisOrSignsAt(doc, s).filter(
      (x) => x >= at && x - at <= 40 && BETWEEN_AFTERWARDS_RE.test(doc.text.slice(at, x)),
    );
    if (!near.length) continue;
    if (MYOSITIS_ONSET_VERB_RE.test(doc.text.slice(at, Math.min(s.end, near[0]! + 50)))) return true;
  }
  return false;
}

/** Verbs of a new complaint between the treatment and the sign of the myositis. */
const ONSET_AFTER_TREATMENT_RE =
  /\b(?:presented|presenting|developed|noticed|complained|began|started|appeared|experienced|admitted|hospitali[sz]ed)\b/i;

/**
 * "a woman diagnosed with dermatomyositis who later developed …", "… who had rapid progression and development of
 * …": between the myositis and the cancer, a verb of a later onset (never "after / following the development of",
 * which orders the other way).
 */
function laterOnsetBetween(between: string): boolean {
  return (
    between.length <= 140 &&
    !/[.;]/.test(between) &&
    !/\b(?:after|following|follow(?:s|ed)?|since|history)\b/i.test(between) &&
    /\b(?:(?:later|subsequently|then|eventually)\s+(?:developed|was\s+diagnosed)|development\s+of)\b/i.test(
      between,
    )
  );
}

/** Muscle enzymes whose rise, told before the cancer was found, is the myositis' presentation. */
const MUSCLE_ENZYMES = new Set(['CK', 'aldolase']);

/**
 * A cancer found by the work-up after the myositis was presented ("Endoscopy revealed … histology confirmed
 * gastric adenocarcinoma" after the rash, the weakness or a raised CK): after, dated by a later complaint when
 * one is stated.
 */
function foundByWorkup(
  doc: Doc,
  c: ExtractedCancer,
  mentions: readonly { s: DocSentence; m: Mention }[],
  note: (ms: { s: DocSentence; m: Mention }, what: EvidenceNoteCode) => void,
): void {
  const finds = withSiteFinds(doc, c, mentions);
  const isFound = ({ s, m }: { s: DocSentence; m: Mention }) =>
    s.tokens.some((_t, k) => isDiscovery(s.tokens, k)) ||
    resultLabelled(doc, s, m) ||
    SAMPLE_CONSISTENT_RE.test(doc.text.slice(s.start, m.start)) ||
    DIAGNOSIS_MADE_RE.test(doc.text.slice(s.start, m.start)) ||
    (DIAGNOSIS_NOUN_BEFORE_RE.test(doc.text.slice(s.start, m.start)) &&
      DIAGNOSIS_PASSIVE_AFTER_RE.test(doc.text.slice(m.end, s.end))) ||
    RESULT_PHRASE_RE.test(doc.text.slice(s.start, m.start)) ||
    LATER_FIND_RE.test(doc.text.slice(s.start, m.start)) ||
    (/\bthere\s+(?:was|were)\b/i.test(doc.text.slice(Math.max(s.start, m.start - 80), m.start)) &&
      THERE_WAS_ON_TEST_RE.test(doc.text.slice(s.start, m.start)));
  // ("… a signet ring cell carcinoma, found in a metastasis …" told before "she presented with enlarged neck
  // nodes and, at the same time, a rash … On FNAC of the nodes there were malignant cells of signet ring type", session 38:
  // read as found after) a lesion stated together with the myositis at the presentation, whose sampling found the
  // cancer, makes it concurrent wherever the text tells that find
  for (const ms of finds) {
    if (ms.s.attribution.reason === 'title' || !isFound(ms)) continue;
    const a = ms.s.assert(ms.m.tokenStart, ms.m.tokenEnd);
    if (a.negated || hedged(ms.s, ms.m, a)) continue;
    const together = lesionPresentedTogether(doc, ms.s, ms.m.start);
    if (!together) continue;
    c.diagnosisDate = { relativeTo: 'diagnosis', offset: 0, unit: 'month' };
    c.relationToMyositis = 'concurrent';
    note({ s: together, m: ms.m }, 'concurrence-stated');
    return;
  }
  for (const ms of finds) {
    const { s, m } = ms;
    const found = isFound(ms);
    if (!found || s.attribution.reason === 'title') continue;
    // "He had already undergone cystoprostatectomy revealing a urothelial carcinoma" (session 22: read as a find
    // of the work-up, after the myositis): a find told in the past perfect came before the story told
    if (PLUPERFECT_RE.test(doc.text.slice(s.start, m.start))) continue;
    // ("The 2010 biopsy had shown ductal carcinoma", "a previous biopsy had been consistent with …", session 41): the
    // verb of the find in the past perfect, dated by a year or said to be earlier (not "A chest CT had identified a
    // thymoma", a narrative's find during the work-up)
    const head = doc.text.slice(s.start, m.start);
    if (
      PLUPERFECT_FIND_RE.test(head) &&
      /\b(?:(?:19|20)\d\d|previous|previously|prior|earlier|already)\b/i.test(head)
    )
      continue;
    // "a patient with DM diagnosed to be suffering from breast cancer": the myositis named first in the
    // same sentence, then the verb of discovery, then the cancer
    // ("… presented with profound muscle weakness, leading to a work-up showing lung adenocarcinoma": a sign of
    // the myositis the patient presented with stands for it)
    const presentedSigns = myositisSignsAt(doc, s).filter((x) =>
      /\bpresent(?:ed|s|ing)\s+with\b/i.test(doc.text.slice(s.start, x)),
    );
    // ("a middle-aged man with dermatomyositis in whom a carcinoma of the pancreas was discovered", session 38:
    // no order) also a relative clause on the person with the myositis, whose passive verb of discovery
    // follows the cancer (not "in whom … had been found": a find told in the past perfect came before)
    const whomFound =
      /\b(?:in\s+whom|whom|who)\b[^.;]{0,40}$/i.test(doc.text.slice(s.start, m.start)) &&
      WHOM_FOUND_RE.test(doc.text.slice(m.end, s.end));
    const sameSentence = [...myositisAt(doc, s), ...presentedSigns].some(
      (x) =>
        x < m.start &&
        (s.tokens.some((t, k) => isDiscovery(s.tokens, k) && t.start > x && t.end <= m.start) ||
          laterOnsetBetween(doc.text.slice(x, m.start)) ||
          (whomFound && /\b(?:in\s+whom|whom|who)\b/i.test(doc.text.slice(x, m.start)))),
    );
    const presented = sameSentence || presentationBefore(doc, s, true);
    if (!presented) continue;
    const a = s.assert(m.tokenStart, m.tokenEnd);
    if (a.negated || hedged(s, m, a)) continue;
    // "presented with cervical lymph node swelling concurrent with facial rashes … FNAC of the cervical lymph
    // nodes revealed metastatic signet ring cells": the lesion the work-up found was there, stated concurrent
    // with the myositis, at the presentation
    const together = lesionPresentedTogether(doc, s, m.start);
    if (together) {
      c.diagnosisDate = { relativeTo: 'diagnosis', offset: 0, unit: 'month' };
      c.relationToMyositis = 'concurrent';
      note({ s: together, m }, 'concurrence-stated');
      return;
    }
    // "She was diagnosed with breast carcinoma in March 2012 and treated with mastectomy" (session 35: read as
    // found by the presentation's work-up): a find dated by a calendar year of its own, with no dated presentation
    // before it to count from, is a dated history — before the myositis when a later sentence tells the
    // presentation now ("She now presented with …"), else of an order the text does not state
    // (only the text's first calendar year, in a sentence that names no myositis: "Her dermatomyositis was diagnosed
    // in January 2019; in November 2019, a cervical cancer was found" stays after)
    const sentence = doc.text.slice(s.start, s.end);
    const ownYear =
      YEAR_OF_FIND_RE.test(sentence) &&
      (sentence.match(/\b(?:19|20)\d\d\b/g) ?? []).length === 1 &&
      myositisAt(doc, s).length === 0 &&
      !/\b(?:relaps|flare|recurr)/i.test(sentence) &&
      !yearToldBefore(doc, s);
    const byDates = datedPresentationBefore(doc, s);
    if (ownYear && !byDates) {
      if (!presentedNowAfter(doc, s)) continue;
      c.relationToMyositis = 'before';
      note(ms, 'order-stated');
      return;
    }
    c.relationToMyositis = 'after';
    // "14 months after initial presentation he complained of urinary frequency. … Histology demonstrated
    // prostatic adenocarcinoma": the new complaint whose work-up found the cancer is dated
    const dated = datedComplaintBefore(doc, s);
    if (dated) {
      c.diagnosisDate = dated;
      note(ms, 'interval-stated');
      return;
    }
    if (byDates) {
      c.diagnosisDate = byDates;
      note(ms, 'interval-from-dates');
      return;
    }
    // "A woman who had had dermatomyositis for four years was admitted … CT showed a lung cancer" (session 31: no
    // interval): the myositis is told as a history of its own before this presentation, so the cancer the
    // presentation's work-up found comes that long after the myositis (as "… with a 4-year history of
    // dermatomyositis was found to have lung cancer" is read)
    const history = longMyositisHistoryBefore(doc, s);
    if (history) c.diagnosisDate = history;
    note(ms, 'found-after-presentation');
    return;
  }
}

/**
 * "a 4-year history of dermatomyositis", "dermatomyositis for 3 years", "diagnosed with dermatomyositis two years
 * earlier": the myositis is a history of six months or more before the presentation.
 */
const LONG_MYOSITIS_HISTORY_RE = new RegExp(
  String.raw`\b${COUNT_PATTERN}[- ](years?|months?)[- ](?:long\s+)?history\s+of\s+(?:(?:juvenile|amyopathic|clinically\s+amyopathic|known)\s+)?${MYOSITIS_NAME}\b|\b${MYOSITIS_NAME}\s+(?:for|since)\s+(?:the\s+(?:past|last)\s+)?${COUNT_PATTERN}\s+(years?|months?)\b|\bdiagnosed\s+with\s+${MYOSITIS_NAME}\s+${COUNT_PATTERN}\s+(years?|months?)\s+(?:earlier|ago|before|previously|prior)\b`,
  'i',
);
/**
 * Speed gates of {@link LONG_MYOSITIS_HISTORY_RE}, tried first: each of its readings holds a unit ("years",
 * "months") and a myositis name. `speed-gates.test.ts` checks that they hold wherever it matches.
 * @internal exported for the test
 */
export const LONG_MYOSITIS_HISTORY_GATES = [/year|month/i, /myositis|dm|pm|iim/i] as const;
/** @internal exported for `speed-gates.test.ts` */
export { LONG_MYOSITIS_HISTORY_RE };
/** @internal the patterns {@link UNIT_GATE_RE} stands before, exported for `oncology-gates.test.ts` */
export const CANCER_UNIT_RES = {
  INTERVAL_RE,
  AFTER_FROM_RE,
  INTERVAL_BETWEEN_RE,
  AFTER_FROM_CANCER_RE,
  INTO_ILLNESS_RE,
  INTO_MYOSITIS_TREATMENT_RE,
  AFTER_YEARS_OF_RE,
  FOLLOW_UP_RE,
  FOLLOWING_UNIT_RE,
  PRECEDED_RE,
  RELATIVE_RE,
} as const;
function longMyositisHistoryBefore(doc: Doc, s: DocSentence): ExtractedCancer['diagnosisDate'] | undefined {
  for (const x of doc.sentences) {
    if (x.index > s.index) break;
    if (x.attribution.subject !== 'patient' || x.attribution.reason === 'title') continue;
    const text = doc.text.slice(x.start, x.end);
    const m = LONG_MYOSITIS_HISTORY_GATES.every((g) => g.test(text))
      ? LONG_MYOSITIS_HISTORY_RE.exec(text)
      : null;
    if (!m) continue;
    const countText = (m[1] ?? m[3] ?? m[5])!;
    const unit = (m[2] ?? m[4] ?? m[6])!;
    const count = readCount(countText);
    if (count && count.value * UNIT_MONTHS[durationUnit(unit)] >= 6)
      return countedDate('diagnosis', countText, unit);
  }
  return undefined;
}
