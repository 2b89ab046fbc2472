/**
 * Findings: lexicon mentions of the case model's finding ids, the EULAR/ACR skin-sign definitions
 * applied to descriptions (skin-description stage), and weakness by region with MRC grades (weakness
 * stage). One finding per id in the output: present wins over uncertain, uncertain over absent (the
 * most abnormal state recorded during the course, as the criteria read it).
 * @module
 */
import type { DocSentence, Doc, Mention } from '../document.js';
import { isCaseSentence } from '../document.js';
import { ellipticalPatientDenial } from '../attribution.js';
import { addEvidenceOf, evidence, type SpanEvidence, type Stage } from '../evidence.js';
import type { EvidenceNote, EvidenceNoteCode } from '../notes.js';
import { FINDING_CODES } from '../lexicon/findings.js';
import { mentionStatus, PERSON_NOUNS } from './assertion.js';
import { AUXILIARIES, type Assertion } from '../context/context.js';
import type { Token } from '../tokenize.js';

/** An extracted finding (case model FindingSchema). */
export interface ExtractedFinding {
  id: string;
  status: 'present' | 'absent' | 'uncertain';
  reason?: string;
  /** Read by a convention rather than a literal statement (e.g. unspecified proximal weakness). */
  inferred?: boolean;
  codes?: { hpo?: string; snomed?: string };
  evidence: SpanEvidence[];
}

/** An extracted MRC grade (case model StrengthSchema). */
export interface ExtractedStrength {
  group:
    'proximal-upper' | 'proximal-lower' | 'distal-upper' | 'distal-lower' | 'neck-flexors' | 'finger-flexors';
  side: 'left' | 'right' | 'bilateral';
  grade: string;
  evidence: SpanEvidence[];
}

/** Findings not emitted as case findings (kept in the lexicon only to win longest matches, or read by rules). */
export const INTERNAL_FINDINGS: ReadonlySet<string> = new Set([
  'febrile-neutropenia',
  'fever-named-disease',
  'lung-involvement',
  'asthenia',
  'arthritis-diagnosis',
  'skin-rash',
  'dm-pathognomonic-signs',
]);

const RANK = { present: 3, uncertain: 2, absent: 1 } as const;

/** Collects mentions and merges them per id. */
class FindingSet {
  private readonly byId = new Map<string, ExtractedFinding>();
  /** An eruption of the eyelids is described as poikiloderma somewhere in the text. */
  poikilodermaOfEyelids = false;
  constructor(private readonly text: string) {}
  /**
   * Adds a reading of a finding, its evidence the spans of the text with the stage and note (the entry built
   * only when it is listed, see addEvidenceOf).
   */
  add(
    id: string,
    status: ExtractedFinding['status'],
    spans: readonly { start: number; end: number }[],
    stage: Stage,
    note: EvidenceNoteCode | EvidenceNote | undefined,
    reason?: string,
    inferred = false,
  ): void {
    const cur = this.byId.get(id);
    if (!cur) {
      // Keys assigned in order (a literal of conditional spreads is slow in Node 20's V8).
      const f = { id, status } as ExtractedFinding;
      if (reason && status === 'uncertain') f.reason = reason;
      if (inferred) f.inferred = true;
      f.evidence = [evidence(this.text, spans, stage, note)];
      this.byId.set(id, f);
      return;
    }
    // A stated status beats an inferred one; otherwise present > uncertain > absent.
    const curInferred = cur.inferred === true;
    const better =
      (curInferred && !inferred) || (curInferred === inferred && RANK[status] > RANK[cur.status]);
    if (better) {
      cur.status = status;
      if (status === 'uncertain' && reason) cur.reason = reason;
      else delete cur.reason;
      if (inferred) cur.inferred = true;
      else delete cur.inferred;
      addEvidenceOf(cur.evidence, this.text, spans, stage, note, true);
    } else addEvidenceOf(cur.evidence, this.text, spans, stage, note);
  }
  /** The status of every finding read so far, by id. */
  statuses(): Map<string, ExtractedFinding['status']> {
    const out = new Map<string, ExtractedFinding['status']>();
    for (const [id, f] of this.byId) out.set(id, f.status);
    return out;
  }
  /** The merged finding of an id, if any (for rules that combine statements of several sentences). */
  get(id: string): ExtractedFinding | undefined {
    return this.byId.get(id);
  }
  /**
   * Takes back a present reading of a sentence that states nothing (session 20): the status before it, or none;
   * a question leaves the finding uncertain.
   */
  unsay(id: string, before: ExtractedFinding['status'] | undefined, question: boolean): void {
    const cur = this.byId.get(id);
    if (!cur) return;
    if (question) {
      cur.status = 'uncertain';
      cur.reason = 'the text asks whether it is present';
    } else if (before === undefined) this.byId.delete(id);
    else {
      cur.status = before;
      delete cur.reason;
    }
  }
  /** Sets an id absent: its label answered "no" in a table ("skin ulcers — no"), whatever another rule read there. */
  answerNo(id: string): void {
    const cur = this.byId.get(id);
    if (!cur || cur.status === 'absent') return;
    cur.status = 'absent';
    delete cur.reason;
    delete cur.inferred;
  }
  /** Drops the finding of an id (a rule that settles an open reading with another statement). */
  delete(id: string): void {
    this.byId.delete(id);
  }
  list(): ExtractedFinding[] {
    return [...this.byId.values()].map((f) => {
      const codes = FINDING_CODES[f.id];
      return codes ? Object.assign({}, f, { codes }) : f;
    });
  }
}

// ─── Skin descriptions (EULAR/ACR 2017 definitions) ──────────────────────────────────────────

/** Colour words proper (not "rash", "lesions"): they make a lesion of the eyelids a heliotrope rash. */
const TRUE_COLOUR = new Set([
  'erythematous',
  'erythema',
  'redness',
  'violaceous',
  'violet',
  'purple',
  'purplish',
  'lilac',
  'red',
  'reddish',
  'erythematoviolaceous',
  'discoloration',
  'heliotrope',
  // session 40 grid: the pale red and the purple-blue of a lesion ("pink papules over the knuckles", "mauve eyelids")
  'pink',
  'pinkish',
  'mauve',
]);
/** Colour words and the lesion words a colour description names ("rash", "lesions", "papules"…). */
const COLOUR = new Set([
  ...TRUE_COLOUR,
  'rash',
  'lesions',
  'lesion',
  'patches',
  'patch',
  'plaques',
  'macules',
  'papules',
  'eruption',
]);
const LESION = new Set([
  ...COLOUR,
  'papular',
  'papule',
  'macular',
  'macule',
  'desquamative',
  'decamative',
  'scaly',
  'squamous',
  'maculopapular',
  'dermatitis',
  'erythrodermia',
  'poikiloderma',
  'telangiectasia',
  'telangiectasias',
  'hyperpigmentation',
]);
/** Sides before "orbital" ("right orbital skin oedema"). */
const ORBIT_SIDE = new Set(['right', 'left', 'bilateral', 'both']);
const PERIORBITAL = new Set([
  'periocular',
  'periorbital',
  'eyelid',
  'eyelids',
  'palpebral',
  'orbital',
  'orbits',
  'peri',
  'frontociliary',
  // "a lilac colour of the upper lids", "lid oedema" (session 40 grid): the lids written without "eye"
  'lid',
  'lids',
]);
/** The eyelids themselves (an uncoloured rash there stays a heliotrope rash, the corpus decision of real-026). */
const EYELID_PROPER = new Set(['eyelid', 'eyelids', 'palpebral', 'lid', 'lids']);
const NOT_RASH_AFTER = new Set(['edema', 'swelling', 'puffiness']);
/** Swelling words: with an eyelid word just before them, periorbital oedema. */
const SWELLING = new Set([
  'edema',
  'oedema',
  'swelling',
  'puffiness',
  'swollen',
  'puffy',
  'edematous',
  'oedematous',
]);
/** Verbs that place a lesion around the eyes ("patches surrounded both eyes"). */
const AROUND_VERBS: ReadonlySet<string> = new Set(['surrounded', 'surrounding', 'encircled', 'encircling']);
/**
 * Extensor surfaces beyond the finger joints where Gottron's lesions are defined (EULAR/ACR 2017; the malleoli are
 * named in the definition too: session 40 grid).
 */
const EXTENSOR_JOINT = new Set(['elbows', 'elbow', 'knees', 'knee', 'malleoli', 'malleolus']);
/** Colours that are not red: a discolouration of these is pigment, not erythema. */
const NON_RED = new Set([
  'blue',
  'bluish',
  'black',
  'blackish',
  'brown',
  'brownish',
  'dark',
  'grey',
  'gray',
  'white',
  'whitish',
  'yellow',
  'yellowish',
  'hyperpigmented',
  'pigmented',
  'slate',
]);
/**
 * Whether the discolouration at token k is named another colour ("bluish-black discoloration on the neck, elbows
 * and knees": session 25, read as Gottron's sign).
 */
function otherColour(toks: readonly { norm: string }[], k: number): boolean {
  const w = toks[k]!.norm;
  return (
    (w === 'discoloration' || w === 'discolouration') &&
    toks.slice(Math.max(0, k - 4), k).some((x) => NON_RED.has(x.norm))
  );
}
/** Whether a red colour word stands in the sentence (erythema, violaceous, a discolouration not named another colour). */
function redColour(toks: readonly { norm: string }[]): boolean {
  return toks.some((t, k) => TRUE_COLOUR.has(t.norm) && !otherColour(toks, k));
}
/** Words of a raised lesion, and of a flat one (see the Gottron reading). */
const PAPULAR_WORDS = new Set(['papular', 'papule', 'papules', 'plaque', 'plaques', 'pimple', 'pimples']);
const MACULAR_WORDS = new Set(['macular', 'macule', 'macules', 'patch', 'patches']);

/**
 * A legend "the rash of the periorbital area and cheeks" where the case calls the rash violaceous: a definite
 * rash ("the rash", "this eruption") refers back to one described elsewhere, whose colour a sentence of the text
 * gives (the same lesion word beside a colour word).
 */
function colouredElsewhere(doc: Doc, toks: readonly Token[], lesion: number): boolean {
  const noun = toks[lesion]?.norm ?? '';
  const det = toks[lesion - 1]?.norm;
  if (det !== 'the' && det !== 'this' && det !== 'her' && det !== 'his') return false;
  return doc.sentences.some(
    (x) =>
      isCaseSentence(x) &&
      x.tokens.some((y) => y.norm === noun) &&
      x.tokens.some((y) => TRUE_COLOUR.has(y.norm)),
  );
}
/** "blepharitis" within ten words of an eyelid word, in its part of the sentence (no ";" between). */
function blepharitisNear(toks: readonly { norm: string }[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 10) && toks[k]!.norm !== ';'; k--)
    if (toks[k]!.norm === 'blepharitis') return true;
  for (let k = i + 1; k < Math.min(toks.length, i + 11) && toks[k]!.norm !== ';'; k++)
    if (toks[k]!.norm === 'blepharitis') return true;
  return false;
}
/** The clause around token k: between the commas or semicolons before and after it. */
function clauseAround(toks: readonly { norm: string }[], k: number): [number, number] {
  let a = k;
  while (a > 0 && toks[a - 1]!.norm !== ',' && toks[a - 1]!.norm !== ';') a--;
  let b = k;
  while (b < toks.length && toks[b]!.norm !== ',' && toks[b]!.norm !== ';') b++;
  return [a, b];
}
/**
 * Whether the comma at `k` joins two words of one lesion's description ("violaceous, scaly papules", "raised,
 * erythematous lesions"): coordinate adjectives, not two clauses (session 40 grid: "The MCP joints were covered by
 * violaceous, scaly papules" took its form from "violaceous" alone and was left open).
 */
function lesionComma(toks: readonly { norm: string }[], k: number): boolean {
  const w = (j: number) => {
    const n = toks[j]?.norm ?? '';
    return LESION.has(n) || RAISED.has(n);
  };
  return toks[k]!.norm === ',' && w(k - 1) && w(k + 1);
}
/** {@link clauseAround}, a comma between two words of one lesion's description not ending it. */
function lesionClauseAround(toks: readonly { norm: string }[], k: number): [number, number] {
  let a = k;
  while (a > 0 && toks[a - 1]!.norm !== ';' && (toks[a - 1]!.norm !== ',' || lesionComma(toks, a - 1))) a--;
  let b = k;
  while (b < toks.length && toks[b]!.norm !== ';' && (toks[b]!.norm !== ',' || lesionComma(toks, b))) b++;
  return [a, b];
}
/** Words of a raised lesion before its noun or as its predicate ("raised violaceous lesions", "slightly raised"). */
const RAISED: ReadonlySet<string> = new Set(['raised', 'elevated']);
/** Words before a predicate "raised" ("was erythematous and slightly raised"). */
const RAISED_PREDICATE: ReadonlySet<string> = new Set([
  'slightly',
  'mildly',
  'and',
  'was',
  'were',
  'is',
  'are',
]);
/**
 * Whether "raised" at `k` describes a lesion (session 40 grid, "raised, erythematous lesions over the MCP joints" left
 * open): before the lesion's noun with only its other description words between ("raised, dusky red lesions"), or
 * said of it after a copula or "and" in a sentence that names a red colour — not a raised laboratory value ("raised
 * CK and erythema over the knuckles").
 */
function raisedLesion(toks: readonly { norm: string }[], k: number): boolean {
  if (!RAISED.has(toks[k]!.norm)) return false;
  for (let j = k + 1; j < Math.min(toks.length, k + 5); j++) {
    const n = toks[j]!.norm;
    if (COLOUR.has(n) && !TRUE_COLOUR.has(n)) return true;
    if (n !== ',' && !LESION.has(n) && !LESION_TINT.has(n)) break;
  }
  return RAISED_PREDICATE.has(toks[k - 1]?.norm ?? '') && redColour(toks);
}
/** Words that shade a lesion's colour ("dusky red", "pale violet"), free between "raised" and the lesion's noun. */
const LESION_TINT: ReadonlySet<string> = new Set(['dusky', 'pale', 'bright', 'deep', 'faint', 'slightly']);
/** Words of a lesion's form: raised, flat, or the flat redness ({@link FLAT_COLOUR}). */
const FORM_WORD: ReadonlySet<string> = new Set([
  'papular',
  'papule',
  'papules',
  'plaque',
  'plaques',
  'macular',
  'macule',
  'macules',
  'patch',
  'patches',
  'flat',
  'erythema',
  'redness',
]);
/** Redness named as such, without a lesion word: a flat (macular) change. */
const FLAT_COLOUR = new Set(['erythema', 'redness', 'discoloration', 'discolouration']);
/** Lesion words that leave open whether a lesion is raised or flat. */
const FORM_OPEN = new Set([
  'lesions',
  'lesion',
  'rash',
  'rashes',
  'eruption',
  'nodules',
  'scaly',
  'scaling',
  'squamous',
  'desquamative',
  'hyperkeratotic',
  'thickened',
]);
/** Poikiloderma is not a heliotrope rash (conventions). */
const POIKILODERMA = new Set(['poikilodermatous', 'poikiloderma', 'poikilodermic']);
const JOINT = new Set([
  'metacarpophalangeal',
  'metacarpophalanges',
  'mcp',
  'mcps',
  'interphalangeal',
  'pip',
  'dip',
  'knuckles',
  'knuckle',
  'metacarpophalangeals',
]);
const V_AREA = new Set(['decollete', 'decolletage', 'neckline', 'cleavage']);
/** Words that state a skin site clear ("the upper chest was spared"). */
const SITE_CLEAR = new Set(['spared', 'clear', 'uninvolved', 'unaffected', 'free']);
/** Whether the site at `i` is stated clear in its own clause ("the upper chest was spared"). */
function siteStatedClear(toks: readonly { norm: string }[], i: number): boolean {
  for (let k = i + 1; k < Math.min(toks.length, i + 8); k++) {
    const n = toks[k]!.norm;
    if (n === ',' || n === ';' || n === '.') return false;
    if (SITE_CLEAR.has(n) && COPULA_WORDS.has(toks[k - 1]!.norm)) return true;
  }
  return false;
}
/** Words that set a site apart from a rash of its clause ("the rash spared the V region", "a scar in …"). */
const SITE_APART: ReadonlySet<string> = new Set([
  'spared',
  'sparing',
  'spares',
  'spare',
  'except',
  'apart',
  'scar',
  'tattoo',
  'nodes',
  'node',
  'lymphadenopathy',
  'mass',
  'swelling',
]);
/**
 * Whether the V region at `i` is the site of a lesion named before it in its clause ("redness across the V region of
 * her chest"); not a V region named alone ("the V region of the neck was normal", "lymph nodes in the V region") nor
 * set apart from the rash ("the rash spared the V region of the neck") — session 38 precision.
 */
function vRegionLesion(toks: readonly { norm: string }[], i: number): boolean {
  const [a, b] = clauseAround(toks, i);
  let lesion = false;
  for (let k = a; k < b; k++) {
    const n = toks[k]!.norm;
    if (SITE_APART.has(n)) return false;
    if (k < i && ANY_LESION.has(n)) lesion = true;
  }
  return lesion;
}
/** Nouns of the V of the neck ("the V region of the neck"). */
const V_REGION = new Set(['region', 'area', 'zone', 'part']);

const MECHANIC_SKIN = new Set([
  'hyperkeratotic',
  'hyperkeratosis',
  'fissured',
  'fissuring',
  'fissures',
  'cracked',
  'cracking',
  'cracks',
  // "roughened skin with cuts along the radial aspect of her digits"
  'roughened',
]);
const MECHANIC_SITE = new Set(['fingers', 'finger', 'index', 'thumb', 'thumbs', 'palms', 'palmar', 'radial']);
/** Words that place a finger lesion on its back or over its joints: Gottron's territory, not mechanic's hands. */
const FINGER_EXTENSOR = new Set([
  'dorsal',
  'dorsum',
  'dorsa',
  'dorsally',
  'extensor',
  'back',
  'knuckles',
  'knuckle',
  'joints',
  'joint',
  'interphalangeal',
  'metacarpophalangeal',
  'mcp',
  'pip',
  'dip',
]);
/**
 * "hyperkeratotic papules on the dorsal fingers", "over the interphalangeal joints of the fingers", "finger joints"
 * (session 37, read as mechanic's hands): mechanic's hands are of the radial, ulnar and palmar sides of the fingers
 * (EULAR/ACR 2017), so a finger word placed on its back or its joints (in the six words before it, or the two
 * after it) is no site of them.
 */
function extensorFinger(toks: readonly { norm: string }[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const w = toks[k]!.norm;
    if (w === ';' || w === 'and') break;
    if (FINGER_EXTENSOR.has(w)) return true;
  }
  for (let k = i + 1; k <= Math.min(toks.length - 1, i + 2); k++) {
    const w = toks[k]!.norm;
    if (w === ';' || w === 'and') break;
    if (FINGER_EXTENSOR.has(w)) return true;
  }
  return false;
}
const ULCER = new Set(['ulcer', 'ulcers', 'ulceration', 'ulcerations', 'ulcerated']);
const ULCER_SITE = new Set([
  'finger',
  'fingers',
  'digits',
  'digit',
  'toes',
  'flexure',
  'flexures',
  'flexural',
  'axilla',
  'axillae',
  'fingertips',
  'fingertip',
  'pulps',
  'pulp',
  'pads',
  'knuckles',
  'digital',
  'skin',
  'cutaneous',
  'elbows',
  'elbow',
  'palms',
  'periungual',
  'gottron',
  // "ulcerations over the lateral nailfolds" (session 40 grid)
  'nailfold',
  'nailfolds',
]);
/** Sites of the mouth: an ulcer named with one is an oral ulcer. */
const ORAL_SITE: ReadonlySet<string> = new Set([
  'tongue',
  'lip',
  'lips',
  'buccal',
  'palate',
  'palatal',
  'gingiva',
  'gingival',
  'gums',
  'oropharyngeal',
]);
/** Skin diseases other than dermatomyositis: lesions named as one of them are not read as Gottron's by site. */
const OTHER_DERMATOSIS: ReadonlySet<string> = new Set([
  'morphoea',
  'morphea',
  'psoriasis',
  'psoriatic',
  'vitiligo',
  'eczema',
  'eczematous',
  'warts',
  'scabies',
  'xanthomas',
  'tophi',
]);
/**
 * "hyperpigmentation of the knuckles and palmar creases" (session 34: Gottron's left open): the pigment of adrenal
 * insufficiency or ACTH excess — another skin change when no red or violaceous colour is said beside it.
 */
const PIGMENT_WORDS: ReadonlySet<string> = new Set(['hyperpigmentation', 'hyperpigmented', 'pigmentation']);
const NOT_SKIN_ULCER = new Set([
  'oral',
  'mouth',
  'peptic',
  'gastric',
  'duodenal',
  'mucosal',
  'corneal',
  'aphthous',
]);
const NAILFOLD_CHANGE = new Set([
  // "her nail folds were red and puffy" (session 25)
  'red',
  'reddened',
  'ragged',
  'dilated',
  'erythema',
  'erythematous',
  'telangiectasia',
  'telangiectasias',
  'capillary',
  'capillaries',
  'loops',
  'hypertrophy',
  'overgrowth',
  'hemorrhages',
  'infarcts',
]);

const DORSUM_PAPULES = 'papules on the back of the hands, over the finger joints not stated';
const DORSUM_LESIONS = 'lesions on the back of the hands, over the finger joints not stated';
const JOINT_LESIONS = 'lesions over the finger joints without saying papules (raised) or macules (flat)';
const BOTH_DESCRIBED = 'both papules and macules described over the joints';
const EYELID_RASH = 'a rash of the eyelids whose colour is not given, described as poikiloderma';
const PERIORBITAL_RASH = 'a rash around the eyes whose colour is not given';

/** The reading of a skin description that left Gottron's papules or sign uncertain, as a note parameter. */
const READING_CODES: Readonly<Record<string, string>> = {
  [DORSUM_PAPULES]: 'dorsum-papules',
  [DORSUM_LESIONS]: 'dorsum-lesions',
  [JOINT_LESIONS]: 'joint-lesions',
  [BOTH_DESCRIBED]: 'papules-and-macules',
  [EYELID_RASH]: 'eyelid-rash-colour-not-given',
  [PERIORBITAL_RASH]: 'periorbital-rash-colour-not-given',
};

/**
 * "Gottron’s +ve", "Gottron’s over the knuckles": the name alone, neither papules nor the sign — both open, as
 * lesions over the finger joints of unstated form are (settleGottron drops the open one when the other is stated).
 */
function bareGottron(doc: Doc, s: DocSentence, out: FindingSet): void {
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    if (t[i]!.norm !== 'gottron') continue;
    if (s.mentions.some((m) => m.tokenStart <= i && i < m.tokenEnd)) continue;
    if (/^(?:papules?|signs?|sign's)$/.test(t[i + 1]?.norm ?? '')) continue;
    const a = mentionStatus(s.assert(i, i + 1));
    if (!a) return;
    const status = a.status === 'present' ? 'uncertain' : a.status;
    for (const id of ['gottron-papules', 'gottron-sign'])
      out.add(
        id,
        status,
        [t[i]!],
        'skin-description',
        {
          code: 'definition-applied',
          params:
            status === 'uncertain'
              ? { reading: READING_CODES[JOINT_LESIONS] ?? 'other' }
              : { assertion: a.note.code, ...a.note.params },
        },
        status === 'uncertain' ? JOINT_LESIONS : a.reason,
      );
    return;
  }
}

/** Marks between a description and the label after it ("… (Gottron's sign)", "… - 'Gottron's sign'"). */
const LABEL_OPENERS: ReadonlySet<string> = new Set(['(', '-', '\u2013', '\u2014', ':', ',']);
const QUOTES: ReadonlySet<string> = new Set(["'", '"', '\u2018', '\u201c']);
/** Edges of the description before a label. */
const DESCRIPTION_EDGE: ReadonlySet<string> = new Set([';', '.', ':', '(', ')']);

/**
 * The form of the lesion a label at token `start` names, from the description right before it ("papular erythema
 * on the knuckles (Gottron's sign)"): papular or macular when its words say only one of them, else undefined.
 */
function labelledForm(t: readonly Token[], start: number): 'papular' | 'macular' | undefined {
  let k = start - 1;
  while (k >= 0 && QUOTES.has(t[k]!.norm)) k--;
  if (k < 1 || !LABEL_OPENERS.has(t[k]!.norm)) return undefined;
  let papular = false;
  let macular = false;
  for (let j = k - 1; j >= Math.max(0, k - 12); j--) {
    const n = t[j]!.norm;
    if (DESCRIPTION_EDGE.has(n)) break;
    if (PAPULAR_WORDS.has(n)) papular = true;
    else if (MACULAR_WORDS.has(n)) macular = true;
  }
  return papular === macular ? undefined : papular ? 'papular' : 'macular';
}

/**
 * "Papular lesions … on the dorsum of the hand" in one sentence and "lesions … over the metacarpophalangeal
 * joints" in another: papules, and over the joints — Gottron's papules present (inferred, both spans kept).
 */
function combineGottron(out: FindingSet): void {
  const f = out.get('gottron-papules');
  if (f?.status !== 'uncertain') return;
  const readings = f.evidence.map((e) => e.params?.reading);
  if (!readings.includes('dorsum-papules') || !readings.includes('joint-lesions')) return;
  f.status = 'present';
  f.inferred = true;
  delete f.reason;
}

/**
 * "A rash on her scalp, eyelids and knuckles" leaves papules or macules open; "flat-topped papules on the
 * MCP and PIP joints" in another sentence settles it: the lesions over the joints are Gottron's papules, so
 * the open Gottron's sign (read only from the unspecified description) is dropped — and the other way round.
 */
function settleGottron(out: FindingSet): void {
  // (papules on the back of the hands in one sentence, and another sentence calling them Gottron's, session 39: the
  // sign stayed open): papules on the back of the hands left the sign open for their site only; once the
  // papules are stated, their form says they are not the flat sign. Lesions of unstated form there, once the sign
  // is stated, likewise leave no open papules.
  const unspecifiedOnly = (id: string, also: string) => {
    const f = out.get(id);
    return (
      f?.status === 'uncertain' &&
      f.evidence.every(
        (e) => e.params?.reading === READING_CODES[JOINT_LESIONS] || e.params?.reading === also,
      )
    );
  };
  const stated = (id: string) => out.get(id)?.status === 'present';
  // (papules named as such, not inferred by combining the back of the hand with joint lesions of unstated form,
  // which may still be the flat sign)
  const named = stated('gottron-papules') && !out.get('gottron-papules')!.inferred;
  if (
    stated('gottron-papules') &&
    unspecifiedOnly('gottron-sign', named ? READING_CODES[DORSUM_PAPULES]! : READING_CODES[JOINT_LESIONS]!)
  )
    out.delete('gottron-sign');
  else if (stated('gottron-sign') && unspecifiedOnly('gottron-papules', READING_CODES[DORSUM_LESIONS]!))
    out.delete('gottron-papules');
}

/** Every word that makes a sentence describe a skin lesion (the four sets above; one look-up per token). */
const ANY_LESION: ReadonlySet<string> = new Set([...LESION, ...MECHANIC_SKIN, ...ULCER, ...NAILFOLD_CHANGE]);

/**
 * One pass over a sentence for the signs read around a single trigger word: periorbital swelling
 * ({@link eyelidSwelling}), cold colour changes of the fingers ({@link coldColourChange}), the signs of
 * lower-girdle weakness ({@link girdleSigns}) and normal strength of the rest of the muscles or the grip
 * ({@link restNormal}).
 */
function triggeredSigns(doc: Doc, s: DocSentence, out: FindingSet): void {
  let swelling = false;
  let colour = false;
  let girdle = false;
  let rest = false;
  let exam = false;
  for (const t of s.tokens) {
    const k = SIGN_TRIGGERS.get(t.norm);
    if (k === 1) swelling = true;
    else if (k === 2) colour = true;
    else if (k === 3) girdle = true;
    else if (k === 4) rest = true;
    else if (k === 5) exam = true;
  }
  if (swelling) eyelidSwelling(doc, s, out);
  if (colour) coldColourChange(doc, s, out);
  if (girdle) girdleSigns(doc, s, out);
  if (rest) restNormal(doc, s, out);
  if (exam) examinationNormal(s, out);
}

/** The examinations of a system that tests the strength of the muscles. */
const EXAM_SYSTEMS: ReadonlySet<string> = new Set([
  'neurological',
  'neurologic',
  'neuromuscular',
  'musculoskeletal',
  'motor',
]);
/** Words that make an examination's normal a partial one ("the remainder of", "otherwise", "except"). */
const EXAM_PARTIAL = new Set([
  'remainder',
  'rest',
  'otherwise',
  'except',
  'apart',
  'but',
  'besides',
  'save',
  'other',
]);
/**
 * "Neurological examination was normal", "Musculoskeletal and neurological examination were unremarkable" (session
 * 51: the development gold reads such a sentence as no proximal weakness in three of four texts; the fourth was "the
 * remainder of the neurological examination", after a stated weakness): the whole examination of a system that tests
 * power stated normal — both girdles' weakness absent, inferred, so a weakness stated elsewhere wins. Not a partial
 * normal ({@link EXAM_PARTIAL}), nor a sentence that names a weakness or a deficit.
 */
function examinationNormal(s: DocSentence, out: FindingSet): void {
  const t = s.tokens;
  if (
    t.some(
      (x) => EXAM_PARTIAL.has(x.norm) || WEAK.has(x.norm) || x.norm === 'deficit' || x.norm === 'deficits',
    )
  )
    return;
  for (let i = 0; i < t.length; i++) {
    if (!EXAM_SYSTEMS.has(t[i]!.norm)) continue;
    // the systems joined ("musculoskeletal and neurological"), then the examination and its state
    let k = i + 1;
    while ((t[k]?.norm === 'and' || t[k]?.norm === ',') && EXAM_SYSTEMS.has(t[k + 1]?.norm ?? '')) k += 2;
    if (!['examination', 'examinations', 'exam', 'exams', 'evaluation'].includes(t[k]?.norm ?? '')) continue;
    k++;
    if (!COPULA_WORDS.has(t[k]?.norm ?? '')) continue;
    k++;
    if (COPULA_ADVERB.has(t[k]?.norm ?? '')) k++;
    if (t[k]?.norm !== 'normal' && t[k]?.norm !== 'unremarkable') continue;
    // (the sentence ends there or goes on with another clause: "… normal, and …", "… normal." )
    if (!(t[k + 1] === undefined || t[k + 1]!.kind === 'punct')) continue;
    const a = mentionStatus(s.assert(i, k + 1));
    if (a?.status !== 'present') return;
    for (const id of ['proximal-weakness-upper', 'proximal-weakness-lower'])
      out.add(id, 'absent', [t[i]!, t[k]!], 'weakness', 'normal-strength', undefined, true);
    return;
  }
}
/**
 * The trigger words of {@link triggeredSigns}: 1 eyelid words, 2 colour-change words, 3 Gowers / waddling, 4 the
 * rest of the muscles and the grip ({@link restNormal}).
 */
/** Words between "of" and an eyelid word ("oedema of both upper eyelids"). */
const EYELID_DETERMINERS = new Set(['the', 'her', 'his', 'both', 'upper', 'lower', 'bilateral']);
/** Words of the eyelids ("eyes" only in "around the eyes", see {@link eyelidSwelling}). */
const EYELID_WORDS = new Set(['eyelid', 'eyelids', 'periorbital', 'palpebral', 'periocular']);
/** Verbs of a change of colour ("her fingers turned white in the cold"). */
const TURNED = new Set(['turned', 'turn', 'turns', 'turning', 'became', 'become', 'becoming', 'went']);
/** Colours of the fingers in a Raynaud attack: pallor, cyanosis, then redness. */
const ATTACK_COLOURS = new Set(['white', 'pale', 'blue', 'purple', 'bluish', 'cyanotic']);
/** Colour-change words of {@link coldColourChange}. */
const COLOUR_CHANGE = new Set(['colour', 'color', 'discoloration', 'discolouration', 'blanching', 'pallor']);
const SIGN_TRIGGERS: ReadonlyMap<string, number> = new Map([
  ...[...EYELID_WORDS, 'eyes', 'orbital'].map((w) => [w, 1] as const),
  ...[...COLOUR_CHANGE, ...TURNED].map((w) => [w, 2] as const),
  ...['gowers', 'gower', 'waddling'].map((w) => [w, 3] as const),
  ...['grip', 'rest', 'remaining'].map((w) => [w, 4] as const),
  ...[...EXAM_SYSTEMS].map((w) => [w, 5] as const),
]);

/** Colour changes of the fingers with cold ("colour changes of her fingers in the cold"): Raynaud's phenomenon. */
function coldColourChange(doc: Doc, s: DocSentence, out: FindingSet): void {
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    // "colour changes of the fingers", or the fingers that "turned white (and then blue)"
    if (
      !COLOUR_CHANGE.has(t[i]!.norm) &&
      !(TURNED.has(t[i]!.norm) && ATTACK_COLOURS.has(t[i + 1]?.norm ?? ''))
    )
      continue;
    // "… became pale and then blue on exposure to cold": the cold may close a two-colour attack
    const win = t.slice(Math.max(0, i - 6), i + 11).map((x) => x.norm);
    if (!win.some((w) => DIGITS.has(w)) || !win.some((w) => w === 'cold' || w === 'cold-induced')) continue;
    const a = mentionStatus(s.assert(i, i + 1));
    if (!a) return;
    out.add('raynaud-phenomenon', a.status, [t[i]!], 'findings', a.note, a.reason);
    return;
  }
}
const DIGITS = new Set(['finger', 'fingers', 'digits', 'digit', 'fingertips', 'hands', 'toes']);

/**
 * Signs of lower-girdle weakness named by the examination: a Gowers sign, a waddling gait (a "negative Gowers
 * sign" or a negated one is its absence).
 */
function girdleSigns(doc: Doc, s: DocSentence, out: FindingSet): void {
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    const n = t[i]!.norm;
    const nx = t[i + 1]?.norm === "'" ? t[i + 2]?.norm : t[i + 1]?.norm;
    const sign =
      ((n === 'gowers' || n === 'gower') && ['sign', 'manoeuvre', 'maneuver'].includes(nx ?? '')) ||
      (n === 'waddling' && t[i + 1]?.norm === 'gait');
    if (!sign) continue;
    const a = mentionStatus(s.assert(i, i + 2));
    if (!a) return;
    const denied = t[i - 1]?.norm === 'negative' || t[i - 1]?.norm === 'absent';
    out.add('proximal-weakness-lower', denied ? 'absent' : a.status, [t[i]!], 'weakness', a.note, a.reason);
    return;
  }
}

/** Nouns after "orbital" that make it the region around the eye ("the orbital regions"). */
const ORBIT_REGION: ReadonlySet<string> = new Set(['region', 'regions', 'area', 'areas']);

/**
 * Periorbital oedema described around its eyelid words: "eyelid erythema and edema", "periorbital and bilateral
 * nonpitting edema" (a swelling word within four words after an eyelid word), "swelling on the face, more
 * prominent around the eyes" (a swelling word in the ten words before "around the eyes").
 */
function eyelidSwelling(doc: Doc, s: DocSentence, out: FindingSet): void {
  const toks = s.tokens;
  for (let i = 0; i < toks.length; i++) {
    const n = toks[i]!.norm;
    let hit = false;
    // the swelling word, when it follows the eyelid word ("her eyelids were not swollen")
    let after = -1;
    // "right orbital skin oedema": a sided orbit with its skin (see ORBIT_SIDE)
    const sidedOrbit =
      n === 'orbital' && ORBIT_SIDE.has(toks[i - 1]?.norm ?? '') && toks[i + 1]?.norm === 'skin';
    // "puffy skin over both orbital regions" (session 38: nothing read): the orbital region is the skin
    // around the eyes (not "orbital MRI", "orbital cellulitis")
    const orbitRegion = n === 'orbital' && ORBIT_REGION.has(toks[i + 1]?.norm ?? '');
    if (EYELID_WORDS.has(n) || sidedOrbit || orbitRegion) {
      for (let k = i + 1; k < Math.min(toks.length, i + 5); k++) {
        const w = toks[k]!.norm;
        if (w === '.' || w === ';') break;
        if (SWELLING.has(w)) {
          hit = true;
          after = k;
          break;
        }
      }
      // "puffy lilac upper eyelids", "swollen violaceous eyelids": a swelling adjective just before them
      if (!hit)
        for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
          const w = toks[k]!.norm;
          if (toks[k]!.kind === 'punct' || w === 'and' || w === 'of') break;
          if (SWELLING.has(w)) hit = true;
        }
      // "edema and erythema of the eyelids", "swelling of both eyelids": the swelling named before "of"
      if (!hit) {
        let j = i - 1;
        while (j >= 0 && EYELID_DETERMINERS.has(toks[j]!.norm)) j--;
        if (toks[j]?.norm === 'of')
          for (let k = j - 1; k >= Math.max(0, j - 4); k--) {
            const w = toks[k]!.norm;
            if (w === '.' || w === ';' || w === ',') break;
            if (SWELLING.has(w)) hit = true;
          }
      }
    } else if (n === 'eyes' && (toks[i - 2]?.norm === 'around' || toks[i - 1]?.norm === 'around'))
      // ("edema around eyes", session 38: without its article)
      hit = toks.slice(Math.max(0, i - 10), i).some((x) => SWELLING.has(x.norm));
    // "swelling over the eyes", "puffiness of both eyes" (session 25): the swelling word right before
    else if (
      n === 'eyes' &&
      ['the', 'both', 'her', 'his'].includes(toks[i - 1]?.norm ?? '') &&
      (toks[i - 2]?.norm === 'over' || toks[i - 2]?.norm === 'of')
    )
      hit = SWELLING.has(toks[i - 3]?.norm ?? '');
    if (!hit) continue;
    const at = s.assert(i, i + 1);
    // A denial of the swelling word itself: "her eyelids were not swollen"
    const swellingAt = after < 0 || at.negated ? at : s.assert(after, after + 1);
    const a = mentionStatus(swellingAt.negated && !swellingAt.resolved ? swellingAt : at);
    if (!a) continue;
    out.add('periorbital-oedema', a.status, [toks[i]!], 'findings', a.note, a.reason);
    return;
  }
}

/** Whether a colour word stands in the three words before token `i`, in the same phrase (no punctuation between). */
function colourJustBefore(toks: readonly { norm: string }[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const n = toks[k]!.norm;
    if (n === ',' || n === ';' || n === ':' || n === '.') return false;
    if (TRUE_COLOUR.has(n)) return true;
  }
  return false;
}

/** Phrase edges for {@link colourInPhrase}: punctuation of a clause and words that open another one. */
const PHRASE_EDGE: ReadonlySet<string> = new Set([',', ';', ':', '.', 'while', 'whereas', 'but']);

/**
 * Whether a colour or lesion word stands in the phrase of the words [from, to] ("erythema and oedema around the
 * eyes"): searched from `from` back and from `to` on, up to a phrase edge (at most six words each way).
 */
function colourInPhrase(toks: readonly { norm: string }[], from: number, to: number): boolean {
  for (let k = from - 1; k >= Math.max(0, from - 6) && !PHRASE_EDGE.has(toks[k]!.norm); k--)
    if (COLOUR.has(toks[k]!.norm)) return true;
  for (let k = to + 1; k < Math.min(toks.length, to + 7) && !PHRASE_EDGE.has(toks[k]!.norm); k++)
    if (COLOUR.has(toks[k]!.norm)) return true;
  return false;
}

function skin(doc: Doc, s: DocSentence, out: FindingSet): void {
  const toks = s.tokens;
  const lesions: number[] = [];
  for (let i = 0; i < toks.length; i++) if (ANY_LESION.has(toks[i]!.norm)) lesions.push(i);
  if (!lesions.length) return;
  const nearestLesion = (i: number) =>
    lesions.reduce((b, x) => (Math.abs(x - i) < Math.abs(b - i) ? x : b), lesions[0]!);
  const add = (id: string, locIdx: number, forced?: 'uncertain', reason?: string) => {
    const at = s.assert(locIdx, locIdx + 1);
    // The lesion's own denial holds for its site: "Gottron papules were not seen on the knuckles" (a
    // trigger after the lesion that does not reach on to the site named after it).
    const lesionAt = at.negated ? at : s.assert(nearestLesion(locIdx), nearestLesion(locIdx) + 1);
    const a = mentionStatus(lesionAt.negated && !lesionAt.resolved ? lesionAt : at);
    if (!a) return;
    const status = forced && a.status === 'present' ? forced : a.status;
    const loc = toks[locIdx]!;
    const lesionTok = toks[nearestLesion(locIdx)]!;
    out.add(
      id,
      status,
      [lesionTok, loc],
      'skin-description',
      {
        code: 'definition-applied',
        params:
          status === 'uncertain' && reason
            ? { reading: READING_CODES[reason] ?? 'other' }
            : { assertion: a.note.code, ...a.note.params },
      },
      reason ?? a.reason,
    );
  };
  // Heliotrope: erythematous/violaceous lesions around the eyes (not periorbital oedema alone).
  toks.forEach((t, i) => {
    if (!PERIORBITAL.has(t.norm)) return;
    // "peri-vascular", "peri-oral", "peri-ungual" (session 34: a heliotrope rash): "peri" is the eyelids' only as
    // "peri-orbital" or "peri-ocular"
    if (
      t.norm === 'peri' &&
      !(toks[i + 1]?.norm === '-' && /^(?:orbital|ocular)$/.test(toks[i + 2]?.norm ?? '')) &&
      !/^(?:orbital|ocular)$/.test(toks[i + 1]?.norm ?? '')
    )
      return;
    // "her facial redness spared the eyelids", "the erythema omitted the periorbital region" (session 25: read as a
    // heliotrope rash): the eyelids named as left out
    if (
      toks
        .slice(Math.max(0, i - 3), i)
        .some((x) => SPARING.has(x.norm) || x.norm === 'omitted' || x.norm === 'except')
    )
      return;
    if (t.norm === 'orbital' || t.norm === 'orbits') {
      const prev = toks[i - 1]?.norm ?? '';
      // "right orbital skin oedema": a side and the skin or its swelling make it the eyelid region, not the
      // orbit of imaging ("orbital MRI")
      const sidedSkin =
        ORBIT_SIDE.has(prev) && (toks[i + 1]?.norm === 'skin' || NOT_RASH_AFTER.has(toks[i + 1]?.norm ?? ''));
      if (prev !== 'around' && prev !== 'the' && prev !== 'peri' && !sidedSkin) return;
    }
    const next = toks[i + 1]?.norm ?? '';
    // "erythema of the eyelid margins (blepharitis)" (session 37, read as a heliotrope rash): the lid margin is
    // not the eyelid skin of the definition, and a blepharitis named beside the eyelids is another disease
    if (next === 'margin' || next === 'margins' || blepharitisNear(toks, i)) return;
    if (NOT_RASH_AFTER.has(next)) {
      // "violaceous bilateral periorbital edema": a coloured swelling of the eyelids is the heliotrope rash;
      // "periorbital oedema and erythema" (session 25): the colour joined after the swelling
      // "periorbital oedema with lilac discolouration" (session 40 grid): the colour the swelling is said to have
      // "widespread erythema, periorbital edema and …" (session 47, a re-told development text read as a heliotrope
      // rash): a colour that is an item of its own, before a comma, is not the swelling's
      if (
        colourJustBefore(toks, i) ||
        (toks[i + 2]?.norm === 'and' && TRUE_COLOUR.has(toks[i + 3]?.norm ?? '')) ||
        (toks[i + 2]?.norm === 'with' && toks.slice(i + 3, i + 6).some((x) => TRUE_COLOUR.has(x.norm)))
      )
        add('heliotrope-rash', i);
      return;
    }
    // "oedema of the eyelids and erythema of the chest and back" (session 34: a heliotrope rash): a swelling of the
    // eyelids, with the colour named of another site after it, is no coloured eyelid
    const swellingOf =
      toks[i - 1]?.norm === 'of'
        ? NOT_RASH_AFTER.has(toks[i - 2]?.norm ?? '')
        : toks[i - 1]?.norm === 'the' &&
          toks[i - 2]?.norm === 'of' &&
          NOT_RASH_AFTER.has(toks[i - 3]?.norm ?? '');
    if (
      swellingOf &&
      toks.every(
        (x, j) => !COLOUR.has(x.norm) || (j > i && ['of', 'on', 'over'].includes(toks[j + 1]?.norm ?? '')),
      )
    )
      return;
    // A poikilodermatous eruption of the eyelids is not a heliotrope rash (conventions)
    if (toks.slice(Math.max(0, i - 6), i).some((x) => POIKILODERMA.has(x.norm))) {
      out.poikilodermaOfEyelids = true;
      return;
    }
    // colour words of the eyelid lesion itself, not the words of a named "heliotrope rash" (that mention
    // carries its own assertion: "Mimics of heliotrope rash: … dermatitis of the eyelids")
    const named = (j: number) =>
      s.mentions.some((m) => m.concept.value === 'heliotrope-rash' && m.tokenStart <= j && j < m.tokenEnd);
    if (toks.some((x, j) => TRUE_COLOUR.has(x.norm) && !named(j))) add('heliotrope-rash', i);
    // "a rash on her eyelids" (colour not given): read as heliotrope rash (corpus decision), unless the
    // eyelid lesion is described as poikiloderma elsewhere (settleHeliotrope)
    else if (toks.some((x, j) => COLOUR.has(x.norm) && x.norm !== 'heliotrope' && !named(j))) {
      // "a periorbital rash", "a scaly periocular eruption" (session 37, read as a heliotrope rash): the skin
      // around the eyes reaches past the eyelids (cheeks, brows), and the definition names a colour — an
      // uncoloured rash there is left open; the eyelids themselves keep the corpus decision
      if (!EYELID_PROPER.has(t.norm) && !colouredElsewhere(doc, toks, nearestLesion(i))) {
        add('heliotrope-rash', i, 'uncertain', PERIORBITAL_RASH);
        return;
      }
      add('heliotrope-rash', i);
      const f = out.get('heliotrope-rash');
      const ev = f?.evidence.find((e) => e.spans.some((x) => x.start === toks[i]!.start));
      if (ev) ev.params = { ...ev.params, colour: 'not-given' };
    }
  });
  // Around the eyes ("around the eyes").
  // Around the eyes ("around the eyes").
  // ("purplish patches surrounded both eyes", "erythema encircling the eyes": session 40 grid, the verbs of "around")
  let eyes = toks.findIndex(
    (t, i) =>
      t.norm === 'eyes' && (toks[i - 2]?.norm === 'around' || AROUND_VERBS.has(toks[i - 2]?.norm ?? '')),
  );
  // "puffiness around the eyes and of the forearms, whereas Gottron papules lay on the knuckles" (session 38: a
  // heliotrope rash left open): a swelling around the eyes is the eyes' only sign unless a colour or lesion word stands in its
  // own phrase (up to a comma or a semicolon)
  if (eyes >= 0 && SWELLING.has(toks[eyes - 3]?.norm ?? '') && !colourInPhrase(toks, eyes - 3, eyes))
    eyes = -1;
  // "a rash around her eyes" with no colour (session 37, read as a heliotrope rash): open, as "a periorbital rash"
  if (eyes >= 0 && toks.some((x) => TRUE_COLOUR.has(x.norm))) add('heliotrope-rash', eyes);
  else if (eyes >= 0 && toks.some((x) => COLOUR.has(x.norm))) {
    if (colouredElsewhere(doc, toks, nearestLesion(eyes))) add('heliotrope-rash', eyes);
    else add('heliotrope-rash', eyes, 'uncertain', PERIORBITAL_RASH);
  }
  // Gottron: lesions over the extensor surfaces of the finger joints; papules vs macules decide the item.
  let joint = toks.findIndex(
    (t, i) =>
      JOINT.has(t.norm) ||
      ((t.norm === 'joints' || t.norm === 'joint') &&
        ['finger', 'fingers', 'hand', 'hands', 'digital'].includes(toks[i - 1]?.norm ?? '')),
  );
  // "violaceous macules over the elbows and knees": Gottron's lesions over the other extensor joints
  // (EULAR/ACR 2017) — read only when the form is said (papules or macules), never from a bare rash there
  let extensorOnly = false;
  if (joint < 0) {
    const ek = toks.findIndex((t) => EXTENSOR_JOINT.has(t.norm));
    // erythematous or violaceous (EULAR/ACR 2017): "hyperpigmented macules on both knees" are not Gottron's
    // "over the extensor aspects of the elbows": the words of the extensor side lengthen the reach
    const reach = toks.some((t) => t.norm === 'extensor') ? 9 : 6;
    if (ek >= 0 && lesions.some((l) => Math.abs(l - ek) <= reach) && redColour(toks)) {
      joint = ek;
      extensorOnly = true;
    }
  }
  // "plaques of morphoea on the dorsum of the hands", "psoriatic plaques over the knuckles": lesions named as
  // another skin disease are not read as Gottron's by their site
  const otherDisease =
    toks.some((t) => OTHER_DERMATOSIS.has(t.norm)) ||
    (toks.some((t) => PIGMENT_WORDS.has(t.norm)) &&
      !redColour(toks) &&
      !toks.some((t) => t.norm === 'papules'));
  if (otherDisease) joint = -1;
  if (joint < 0 && !otherDisease) {
    const dorsum = toks.findIndex(
      (t, i) =>
        // "the back of the hands" (not the back in a list of sites: "eyelids, chest, back, and hands")
        (t.norm === 'dorsum' || t.norm === 'dorsal' || (t.norm === 'back' && toks[i + 1]?.norm === 'of')) &&
        toks.slice(i + 1, i + 6).some((x) => x.norm === 'hand' || x.norm === 'hands' || x.norm === 'fingers'),
    );
    joint = dorsum;
    // The back of the hand without the joints: Gottron's lesions are defined over the joints (conventions), so
    // papules or macules there leave both items open.
    const named = s.mentions.some(
      (m) => m.concept.value === 'gottron-papules' || m.concept.value === 'gottron-sign',
    );
    if (dorsum >= 0 && !named) {
      const papular = toks.some((t) => t.norm === 'papular' || t.norm === 'papule' || t.norm === 'papules');
      const reason = papular ? DORSUM_PAPULES : DORSUM_LESIONS;
      add('gottron-papules', dorsum, 'uncertain', reason);
      add('gottron-sign', dorsum, 'uncertain', reason);
      joint = -1;
    } else if (dorsum >= 0)
      // (session 47: erythema of the back of the hands in a sentence naming Gottron's papules gave the sign): the
      // named lesion is read by its name; the back of the hand is no joint for the description beside it
      joint = -1;
  }
  if (joint >= 0) {
    // "violaceous patches on the forehead, and flat-topped papules over the knuckles" (session 25: both forms read
    // for the knuckles): when the sentence names both forms, the clause of the joint decides
    const both = toks.some((t) => PAPULAR_WORDS.has(t.norm)) && toks.some((t) => MACULAR_WORDS.has(t.norm));
    let form: readonly Token[] = toks;
    const [ca, cb] = lesionClauseAround(toks, joint);
    const part = toks.slice(ca, cb);
    if (both) {
      if (part.some((t) => PAPULAR_WORDS.has(t.norm)) !== part.some((t) => MACULAR_WORDS.has(t.norm)))
        form = part;
    }
    // "the rash of the cheeks was macular, …, and a papulosquamous eruption lay on the knees" (session 38: the face's
    // form read for the elbows): a clause of several lesions, the joint's own lesion word in its clause — the
    // form is that clause's
    else if (
      lesions.some((l) => l < ca || l >= cb) &&
      lesions.some((l) => l >= ca && l < cb) &&
      toks.some((t, k) => (k < ca || k >= cb) && FORM_WORD.has(t.norm))
    )
      form = part;
    // Plaques are raised (confluent papules): read as papules; so are "pimples" (a lay word for papules).
    const papular = form.some(
      (t, k) =>
        (form === toks && raisedLesion(toks, k)) ||
        (form !== toks && raisedLesion(toks, ca + k)) ||
        t.norm === 'papular' ||
        t.norm === 'papule' ||
        t.norm === 'papules' ||
        t.norm === 'plaque' ||
        t.norm === 'plaques' ||
        t.norm === 'pimple' ||
        t.norm === 'pimples',
    );
    // "flat papules" / "flat-topped papules" are papules (the classic Gottron papule is flat-topped); a patch is a
    // large macule ("violaceous patches over the extensor elbows": session 23)
    const macular = form.some(
      (t, k) =>
        t.norm === 'macular' ||
        t.norm === 'macule' ||
        t.norm === 'macules' ||
        t.norm === 'patch' ||
        t.norm === 'patches' ||
        (t.norm === 'flat' &&
          !form.slice(k + 1, k + 4).some((x) => x.norm === 'papules' || x.norm === 'topped')),
    );
    const maculopapular = form.some((t) => t.norm === 'maculopapular');
    // "erythema over the proximal interphalangeal joints": redness without a raised lesion word is macular
    // (Gottron's sign by its definition); "erythematous lesions" leave the form open
    const flatColour =
      !papular &&
      !macular &&
      !maculopapular &&
      form.some((t, k) => FLAT_COLOUR.has(t.norm) && !otherColour(toks, k)) &&
      !form.some((t) => FORM_OPEN.has(t.norm));
    if (extensorOnly && !flatColour && papular === macular) {
      // a rash of the elbows or knees whose form is not said: nothing read
    } else if (flatColour) add('gottron-sign', joint);
    else if (papular && !macular) add('gottron-papules', joint);
    else if (macular && !papular) add('gottron-sign', joint);
    else {
      const reason = maculopapular || (papular && macular) ? BOTH_DESCRIBED : JOINT_LESIONS;
      add('gottron-papules', joint, 'uncertain', reason);
      add('gottron-sign', joint, 'uncertain', reason);
    }
  }
  // V-sign: erythema of the anterior neck and upper chest ("upper chest", "upper part of the thorax",
  // "over his chest and neck"); not when the back is named (shawl).
  const hasBack = toks.some((t) => t.norm === 'back');
  toks.forEach((t, i) => {
    const chest = t.norm === 'chest' || t.norm === 'thorax';
    // "V-shaped, heliotropic rash", "a V-shaped and violaceous erythema": the V shape of a rash whose other
    // adjectives stand between it and the noun (the lexicon reads "V-shaped rash" written together)
    // ("in a V shape": session 25, without the hyphen)
    const vShaped =
      t.norm === 'v' &&
      ((toks[i + 1]?.norm === '-' && (toks[i + 2]?.norm === 'shaped' || toks[i + 2]?.norm === 'shape')) ||
        ((toks[i + 1]?.norm === 'shape' || toks[i + 1]?.norm === 'shaped') &&
          toks.some((x) => x.norm === 'chest' || x.norm === 'neck' || x.norm === 'neckline')));
    // "redness in the V region of her upper chest", "the V zone of her chest" (session 38: only "V area" was read)
    // ("poikiloderma of the V-area of the chest": session 40 grid, the hyphen between)
    const vNoun = toks[i + 1]?.norm === '-' ? i + 2 : i + 1;
    const vRegion =
      t.norm === 'v' &&
      V_REGION.has(toks[vNoun]?.norm ?? '') &&
      toks
        .slice(vNoun + 1, vNoun + 5)
        .some((x) => x.norm === 'neck' || x.norm === 'chest' || x.norm === 'neckline') &&
      vRegionLesion(toks, i);
    if (
      vShaped ||
      vRegion ||
      V_AREA.has(t.norm) ||
      (chest &&
        (toks[i - 1]?.norm === 'upper' ||
          toks[i - 1]?.norm === 'anterior' ||
          toks.slice(Math.max(0, i - 4), i).some((x) => x.norm === 'upper') ||
          (!hasBack && toks.some((x) => x.norm === 'neck'))))
    )
      // ("…; the V region of the neck was spared": a site stated clear is no V-sign)
      if (!siteStatedClear(toks, i)) add('v-sign', i);
  });
  // Mechanic's hands (EULAR/ACR 2017): hyperkeratosis and fissuring of the radial / palmar aspects of the fingers.
  const rough = toks.findIndex((t) => MECHANIC_SKIN.has(t.norm));
  if (rough >= 0 && toks.some((t, i) => MECHANIC_SITE.has(t.norm) && !extensorFinger(toks, i)))
    add('mechanics-hands', rough);
  // Skin ulcers: ulcers of the fingers, knuckles, elbows or skin (not mouth or gut).
  // (an ulcer whose own site, just before or after it, is the mouth is not one: "ulcers of the tongue, papules
  // of the palms and fingers")
  // ("ulcerating lesions of the skin", session 38: the adjective of the lesion, not "ulcerative colitis")
  const ulcer = toks.findIndex(
    (t, i) =>
      (ULCER.has(t.norm) ||
        ((t.norm === 'ulcerating' || t.norm === 'ulcerative') && LESION.has(toks[i + 1]?.norm ?? ''))) &&
      !toks.slice(Math.max(0, i - 3), i + 6).some((x) => ORAL_SITE.has(x.norm)),
  );
  // ("skin lesions that had become ulcerated; later they reached the mucosa of the mouth", session 38: no skin
  // ulcer read): the mouth or gut named in another clause (after a semicolon) is not the ulcer's
  if (ulcer >= 0 && toks.some((t) => ULCER_SITE.has(t.norm))) {
    let a = ulcer;
    while (a > 0 && toks[a - 1]!.norm !== ';') a--;
    let b = ulcer;
    while (b < toks.length && toks[b]!.norm !== ';') b++;
    if (!toks.slice(a, b).some((t) => NOT_SKIN_ULCER.has(t.norm))) add('skin-ulceration', ulcer);
  }
  // Periungual changes: abnormal nail folds or cuticles (erythema, telangiectasia, dilated capillary loops, ragged).
  const fold = toks.findIndex(
    (t, i) =>
      t.norm === 'nailfold' ||
      t.norm === 'nailfolds' ||
      t.norm === 'cuticles' ||
      (t.norm === 'nail' && (toks[i + 1]?.norm === 'folds' || toks[i + 1]?.norm === 'fold')),
  );
  if (fold >= 0 && toks.some((t) => NAILFOLD_CHANGE.has(t.norm))) add('periungual-changes', fold);
  // Shawl sign by description: upper back and shoulders.
  const back = toks.findIndex(
    (t, i) =>
      t.norm === 'back' &&
      toks[i + 1]?.norm !== 'of' &&
      (toks[i - 1]?.norm === 'upper' ||
        toks.slice(i + 1, i + 4).some((x) => x.norm === 'shoulders') ||
        // "violaceous erythema of upper chest, neck and back": the back of the neck and the back
        toks.slice(Math.max(0, i - 3), i).some((x) => x.norm === 'neck')),
  );
  // ("poikiloderma of the upper back": session 40 grid, the shawl sign is erythema or poikiloderma there)
  if (back >= 0 && toks.some((t) => COLOUR.has(t.norm) || POIKILODERMA.has(t.norm))) add('shawl-sign', back);
  // "a violaceous rash on her arms, shoulders and neck": the shoulders with the neck are the shawl area
  else {
    const shoulders = toks.findIndex(
      (t, i) =>
        t.norm === 'shoulders' && toks.slice(Math.max(0, i - 3), i + 4).some((x) => x.norm === 'neck'),
    );
    if (shoulders >= 0 && toks.some((t) => COLOUR.has(t.norm)) && lesions.length)
      add('shawl-sign', shoulders);
  }
}

/** Skin signs of dermatomyositis: one of them stated present contradicts a generic "no skin involvement". */
const SKIN_SIGNS: readonly string[] = [
  'heliotrope-rash',
  'gottron-papules',
  'gottron-sign',
  'shawl-sign',
  'v-sign',
  'mechanics-hands',
  'periungual-changes',
  'photosensitive-rash',
];

/**
 * "… without initial skin involvement" and, later, "new rashes consistent with Gottron's papules": a generic
 * denial of skin signs (read as heliotrope and Gottron absent, inferred) was about another time when the text
 * states a skin sign of the patient; the inferred absences are dropped, the stated sign stays.
 */
function settleSkinAbsence(out: FindingSet): void {
  const stated = SKIN_SIGNS.some((id) => {
    const f = out.get(id);
    return f?.status === 'present' && f.inferred !== true;
  });
  if (!stated) return;
  for (const id of ['heliotrope-rash', 'gottron-papules', 'gottron-sign']) {
    const f = out.get(id);
    if (f?.status === 'absent' && f.inferred === true && f.evidence.every((e) => e.note === 'no-rash-stated'))
      out.delete(id);
  }
}

/**
 * "A mildly itchy rash on his eyelids …" and, on examination, "a poikilodermatous eruption on his eyelids": the
 * rash whose colour the complaint did not give is the poikiloderma, which is not a heliotrope rash (conventions);
 * a heliotrope rash read only from such uncoloured mentions is left open.
 */
function settleHeliotrope(out: FindingSet): void {
  const f = out.get('heliotrope-rash');
  if (!out.poikilodermaOfEyelids || f?.status !== 'present') return;
  if (!f.evidence.every((e) => e.params?.colour === 'not-given')) return;
  f.status = 'uncertain';
  f.reason = EYELID_RASH;
  for (const e of f.evidence) e.params = { reading: READING_CODES[EYELID_RASH]! };
}

/**
 * "Presented with proximal muscle weakness" in one sentence (both girdles, inferred) and "bilateral proximal
 * lower-extremity weakness" in another: the specific statement says which girdle the weakness is; the girdle
 * read only from the unspecified one is dropped.
 */
function settleGirdles(out: FindingSet): void {
  const pairs = [
    ['proximal-weakness-upper', 'proximal-weakness-lower'],
    ['proximal-weakness-lower', 'proximal-weakness-upper'],
  ] as const;
  const unspecifiedOnly = (id: string) => {
    const f = out.get(id);
    return (
      f?.status === 'present' &&
      f.inferred === true &&
      f.evidence.every((e) => e.note === 'unspecified-proximal-weakness')
    );
  };
  const proximalLimb = (id: string) => {
    const f = out.get(id);
    return (
      f?.status === 'present' &&
      f.inferred !== true &&
      f.evidence.some(
        (e) =>
          e.spans.length > 1 &&
          e.spans.some((x) => x.text.toLowerCase() === 'proximal') &&
          // ("proximal weakness, with difficulty climbing stairs": an activity is an example, not the limb)
          !e.spans.some((x) => ACTIVITY_WORDS.has(x.text.toLowerCase())),
      )
    );
  };
  const drop = pairs.filter(([a, b]) => unspecifiedOnly(a) && proximalLimb(b)).map(([a]) => a);
  for (const id of drop) out.delete(id);
}

// ─── Weakness by region, MRC grades ──────────────────────────────────────────────────────────

/**
 * Whether "neck" at token `i` closes "the flexors of the neck" or "the flexor muscles of the neck" ("weak flexor
 * muscles of the neck and of both girdles", session 43: the girdles read, the neck lost).
 */
function flexorsOfNeck(t: readonly Token[], i: number): boolean {
  let k = i - 1;
  if (t[k]?.norm === 'the') k--;
  if (t[k]?.norm !== 'of') return false;
  const w = t[k - 1]?.norm;
  if (w === 'flexors') return true;
  return (w === 'muscles' || w === 'muscle') && (t[k - 2]?.norm === 'flexor' || t[k - 2]?.norm === 'flexors');
}

const WEAK = new Set([
  'weakness',
  'weak',
  'weakened',
  'paresis',
  // "severe proximal muscle paresia" (session 43: the Romance-language form, read as nothing)
  'paresia',
  'paraparesis',
  'tetraparesis',
  'quadriparesis',
  'deficit',
  'deficits',
  // "he had proximal muscle deficiency" (session 26), read like "muscular deficit"
  'deficiency',
  // "prox wkns", "LE wkness" (session 40 grid: a note's short forms)
  'wkns',
  'wkness',
]);
/** One word for a weakness both proximal and distal ("a symmetrical proximodistal weakness"). */
const PROXIMODISTAL: ReadonlySet<string> = new Set(['proximodistal', 'proximo-distal', 'proximo']);
/** Weakness words that name all four limbs. */
const ALL_LIMBS_WEAK = new Set(['tetraparesis', 'quadriparesis']);
const STRENGTH = new Set(['strength', 'power', 'force']);
const REDUCED = new Set([
  'reduced',
  'decreased',
  'limitation',
  'limited',
  'loss',
  'diminished',
  'impaired',
  'reduction',
  // (session 46, re-told texts: "a severe decrease of proximal muscle strength")
  'decrease',
  'diminution',
]);
const UPPER_WORDS = new Set([
  'arms',
  'arm',
  'shoulder',
  'shoulders',
  'deltoid',
  'deltoids',
  'biceps',
  'triceps',
  'scapular',
  'abduction',
  // "delts 4/5 B/L" (session 40 grid: the note's short name of the deltoids)
  'delts',
  'delt',
]);
/** Activities that need the proximal muscles of the legs: climbing stairs, rising from a chair, squatting. */
const LOWER_ACTIVITIES = [
  'stairs',
  // "difficulty walking uphill": climbing, like stairs
  'uphill',
  'squatting',
  'squat',
  'chair',
  'chairs',
  'seat',
  'bath',
  // "difficulty getting up from the sitting position", "rising from a seated position"
  'sitting',
  'seated',
  // "could not get up from the floor"
  'floor',
  // "difficulty getting out of a car"
  'car',
  // "difficulty getting up off the toilet", "could no longer step onto the bus", "climbing hills"
  'toilet',
  'bus',
  'kerb',
  'curb',
  'hills',
  // "pulled herself up on the banister", "needed the handrail" (session 40 grid): the stairs by their rail
  'banister',
  'banisters',
  'bannister',
  'handrail',
  'handrails',
];
const PROXIMAL_LOWER = new Set([
  'hip',
  'hips',
  'thigh',
  'thighs',
  'quadriceps',
  'iliopsoas',
  // "psoas: 4/5", "weakness of the psoas": the hip flexor, a proximal lower-limb muscle
  'psoas',
  'gluteal',
  // "gluteus medius 4", "glutei"
  'gluteus',
  'glutei',
  'pelvic',
  // "quads 3/5 b/l", "glutes 4/5" (session 40 grid: a note's short names)
  'quads',
  'quad',
  'glutes',
]);
/** Lower-region words: the legs, the proximal muscles of the leg and the activities that need them. */
const LOWER_WORDS = new Set(['legs', 'leg', ...PROXIMAL_LOWER, ...LOWER_ACTIVITIES]);
/** Verbs of lifting the head off the bed (the neck flexors), and the words between them and "head". */
const HEAD_LIFT = new Set(['lift', 'lifting', 'raise', 'raising', 'hold', 'holding']);
const HEAD_OWNER = new Set(['his', 'her', 'the', 'their']);
/**
 * Whether "head" at token `i` is the last object of a lifting verb, after "or" or "and" ("could not lift the legs
 * or the head from the pillow", session 43: the neck lost): the verb within five words before
 * the conjunction, no comma or stop between.
 */
function headLiftedInList(t: readonly Token[], i: number): boolean {
  const k = HEAD_OWNER.has(t[i - 1]?.norm ?? '') ? i - 2 : i - 1;
  if (t[k]?.norm !== 'or' && t[k]?.norm !== 'and') return false;
  for (let j = k - 1; j >= Math.max(0, k - 5); j--) {
    const w = t[j]!.norm;
    if (HEAD_LIFT.has(w)) return true;
    if (w === ',' || w === ';' || w === '.') return false;
  }
  return false;
}
/** Region words that are proximal by themselves ("weakness of the shoulders"). */
const PROXIMAL_UPPER = new Set([
  'shoulder',
  'shoulders',
  'deltoid',
  'deltoids',
  'scapular',
  'abduction',
  'delts',
  'delt',
]);
/** Activities that need the proximal muscles: raising the arms, combing, rising, climbing stairs. */
const UPPER_ACTIVITIES = new Set([
  'comb',
  'combing',
  'brushing',
  'washing',
  'overhead',
  'shelves',
  // "could not reach the top shelf", "difficulty putting on a pullover" (session 40 grid): reaching up, and dressing
  // over the head
  'shelf',
  'cupboard',
  'cupboards',
  'pullover',
  'jumper',
  'sweater',
  'dressing',
  'clothes',
  // "struggled to dry her hair with a hairdryer"
  'hairdryer',
]);
/** Activities (not limbs) among the region words: an example of the weakness names no limb of it. */
const ACTIVITY_WORDS = new Set([...UPPER_ACTIVITIES, ...LOWER_ACTIVITIES]);
const LIMB = new Set(['limb', 'limbs', 'extremity', 'extremities', 'girdle', 'girdles']);
/** Other symptoms a region word may belong to instead of weakness ("stiffness of legs", "hip pain"). */
const OTHER_SYMPTOM = new Set([
  'pain',
  'pains',
  'stiffness',
  'rash',
  'rashes',
  'erythema',
  'swelling',
  'numbness',
  'tingling',
  'edema',
  'lesions',
  'papules',
  // "red plaques over the face, upper chest and arms; … proximal strength reduced" (session 38: the arms read as
  // the weak region): the other lesion words of a skin finding
  'plaques',
  'macules',
  'patches',
  'eruption',
  'tenderness',
  // "sore, tender thighs, and weakness of the proximal muscles" (session 43: the thighs read as the weakness's
  // only site, the upper girdle lost): the adjective of another sign before its site
  'tender',
  'painful',
  'sore',
  'cramps',
  'aching',
  'ache',
  'aches',
  'wasting',
  'atrophy',
  'amyotrophy',
  'nodules',
  // reflexes and sensation of a limb ("lower limb areflexia")
  'areflexia',
  'hyporeflexia',
  'hyperreflexia',
  'paraesthesia',
  'paresthesia',
  'paraesthesias',
  'paresthesias',
]);
/** Negation triggers that state an inability ("could not", "cannot", "unable to"): a limitation, not an absence. */
const INABILITY = new Set([
  'not',
  'cannot',
  'can not',
  'could not',
  'unable',
  'unable to',
  'inability',
  'inability to',
]);

/** Functional-limitation words ("difficulty climbing stairs", "unable to comb her hair"). */
const FUNCTIONAL = new Set([
  'diff',
  // "found it difficult to stand up from sitting"
  'difficult',
  'inability',
  'unable',
  'difficulty',
  'difficulties',
  'trouble',
  'problems',
  'cannot',
  'struggles',
  'struggling',
  'struggled',
  'affecting',
]);
const ACTION = new Set([
  'raise',
  'raising',
  'climb',
  'climbing',
  'rise',
  'rising',
  'arising',
  'comb',
  'combing',
  'lift',
  'lifting',
  'getting',
  'get',
  'standing',
  'stand',
  'squatting',
  'stairs',
  'walking',
  'reach',
  'reaching',
  'hanging',
  'changing',
  'brushing',
  'hold',
  'holding',
  'giving',
  // "could no longer step onto the bus"
  'step',
  'stepping',
]);

/** The count of all the limbs, in words or digits ("four limbs", "all 4 limbs"; session 46: the digits). */
const FOUR: ReadonlySet<string> = new Set(['four', '4']);
/** Words before a limb word that name every limb at once ("four limbs", "all extremities"). */
const EVERY_LIMB: ReadonlySet<string> = new Set([...FOUR, 'all']);
/** Whether every limb word of a segment is "four limbs" / "all extremities" (every limb at once, none named). */
function wholeLimbsOnly(s: DocSentence, seg: { upper: number[]; lower: number[] }): boolean {
  const all = [...seg.upper, ...seg.lower];
  return (
    all.length > 0 &&
    all.every((i) => LIMB.has(s.tokens[i]!.norm) && EVERY_LIMB.has(s.tokens[i - 1]?.norm ?? ''))
  );
}

/** Words naming a whole limb, or the upper or lower limbs ("the right arm and leg", "left upper and lower limbs"). */
const WHOLE_LIMB_WORDS: ReadonlySet<string> = new Set([
  'arm',
  'arms',
  'leg',
  'legs',
  'limb',
  'limbs',
  'extremity',
  'extremities',
  'upper',
  'lower',
  'superior',
  'inferior',
  'ul',
  'll',
]);
/** A weakness of one side of the body (a stroke's): "hemiparesis", "hemiplegia", "hemiparetic". */
const HEMI_RE = /^hemi(?:paresis|plegia|paretic|plegic)$/;
/**
 * Whether the graded regions are whole limbs of one side ("power 3/5 in the right arm and leg", "left hemiparesis
 * with power 2/5 in the left upper and lower limbs", session 37: read as weakness of both girdles): a side word
 * before the limbs, or a hemiparesis named in the sentence. A stroke's weakness, not a girdle's.
 */
function oneSideWholeLimbs(s: DocSentence, seg: { upper: number[]; lower: number[] }): boolean {
  const t = s.tokens;
  const all = [...seg.upper, ...seg.lower];
  if (!all.length || !all.every((i) => WHOLE_LIMB_WORDS.has(t[i]!.norm))) return false;
  if (t.some((x) => HEMI_RE.test(x.norm))) return true;
  // one side only: "4/5 in the right arm and 4/5 in the left arm" grades both sides (kept as before)
  const first = Math.min(...all);
  const side = t.slice(Math.max(0, first - 2), first).find((x) => x.norm === 'left' || x.norm === 'right');
  const other = side?.norm === 'left' ? 'right' : 'left';
  return side !== undefined && !t.some((x) => x.norm === other);
}

/** The movements or movers of a joint after "knee" or "elbow" that make it a muscle group ("knee extensors"). */
const JOINT_MOVER: ReadonlySet<string> = new Set([
  'extension',
  'extensor',
  'extensors',
  'flexion',
  'flexor',
  'flexors',
]);

/** A note's upper and lower extremities ("UE", "LEs", "BUE"). */
const NOTE_LIMB: ReadonlySet<string> = new Set(['ue', 'ues', 'bue', 'le', 'les', 'ble']);
/** Words before "LE" that make it lupus erythematosus ("discoid LE"). */
const LUPUS_FORM: ReadonlySet<string> = new Set([
  'discoid',
  'cutaneous',
  'systemic',
  'subacute',
  'tumid',
  'bullous',
]);

/** Every word a branch of {@link limbs} starts from (one look-up skips the others: speed only). */
const LIMB_CUES: ReadonlySet<string> = new Set([
  ...NOTE_LIMB,
  'knee',
  'knees',
  'elbow',
  'elbows',
  'ul',
  'll',
  'upper',
  'lower',
  'superior',
  'inferior',
  'raise',
  'head',
  ...LIMB,
  ...UPPER_WORDS,
  ...UPPER_ACTIVITIES,
  ...LOWER_WORDS,
]);

/** Token indices of upper- and lower-limb mentions in [a, b). "UL" / "LL" (capitals) are the limbs. */
function limbs(s: DocSentence, a: number, b: number, text: string): { upper: number[]; lower: number[] } {
  const upper: number[] = [];
  const lower: number[] = [];
  const t = s.tokens;
  for (let i = a; i < b; i++) {
    const n = t[i]!.norm;
    if (!LIMB_CUES.has(n)) continue;
    if ((n === 'ul' || n === 'll') && text.slice(t[i]!.start, t[i]!.end) === n.toUpperCase())
      (n === 'ul' ? upper : lower).push(i);
    // "prox wkns 4/5 B/L UE/LE" (session 40 grid: the lower limbs lost): a note's "UE" / "LE" (capitals) that the
    // shorthand table left as written after a slash — not lupus erythematosus ("discoid LE")
    else if (
      NOTE_LIMB.has(n) &&
      text.slice(t[i]!.start, t[i]!.end) === n.toUpperCase() &&
      !LUPUS_FORM.has(t[i - 1]?.norm ?? '')
    )
      (n.includes('u') ? upper : lower).push(i);
    else if (n === 'upper' || n === 'lower' || n === 'superior' || n === 'inferior') {
      // "both inferior proximal extremities" (session 26: read as both girdles): the Romance-language words for
      // upper and lower, before a limb word
      let ok = false;
      for (let k = i + 1; k < Math.min(b + 2, i + 5, t.length); k++) if (LIMB.has(t[k]!.norm)) ok = true;
      if (ok) (n === 'upper' || n === 'superior' ? upper : lower).push(i);
    } else if (
      LIMB.has(n) &&
      (FOUR.has(t[i - 1]?.norm ?? '') || (t[i - 1]?.norm === 'all' && n !== 'girdle'))
    ) {
      upper.push(i);
      lower.push(i);
    } else if (
      (UPPER_WORDS.has(n) || UPPER_ACTIVITIES.has(n)) &&
      // "hip abduction 4/5": the hip's abductors
      !(n === 'abduction' && LOWER_WORDS.has(t[i - 1]?.norm ?? ''))
    )
      upper.push(i);
    else if (LOWER_WORDS.has(n)) lower.push(i);
    // "Knee extension was 3/5 and ankle dorsiflexion 5/5", "elbow flexion 4/5" (session 37: the grade went to the
    // distal muscles named after it): the thigh's and the upper arm's muscles, named by the joint they move
    else if (
      (n === 'knee' || n === 'knees' || n === 'elbow' || n === 'elbows') &&
      JOINT_MOVER.has(t[i + 1]?.norm ?? '')
    )
      (n.startsWith('knee') ? lower : upper).push(i);
    else if (n === 'raise' && t[i + 2]?.norm === 'arms') upper.push(i);
    else if (n === 'head' && (t[i - 2]?.norm === 'above' || t[i - 3]?.norm === 'above')) upper.push(i);
  }
  return { upper, lower };
}

/** Token indices of weakness indicators ("weakness", "reduced power", "inability to climb stairs"). */
function weaknessAt(doc: Doc, s: DocSentence): { at: number[]; functional: Set<number> } {
  // Read by the weakness and the myalgia rules: scanned once per sentence. The scans are kept per document,
  // by sentence index (one weak-map entry per document: an entry per sentence cost more than the scan).
  let bySentence = weaknessOf.get(doc);
  if (!bySentence) weaknessOf.set(doc, (bySentence = new Array<WeaknessScan>(doc.sentences.length)));
  return (bySentence[s.index] ??= scanWeakness(s));
}

/** {@link weaknessAt} of the sentences already scanned, per document. */
const weaknessOf = new WeakMap<Doc, WeaknessScan[]>();

/** Token indices of a sentence's weakness indicators, and which of them are functional ("cannot climb"). */
interface WeaknessScan {
  at: number[];
  functional: Set<number>;
}

/** {@link WEAK}, {@link STRENGTH} and {@link FUNCTIONAL} as bits of one table (one look-up per token). */
const WEAK_BIT = 1;
const STRENGTH_BIT = 2;
const FUNCTIONAL_BIT = 4;
/** The other words a branch of {@link scanWeakness} starts from: a token that is none of these reads nothing. */
const OTHER_CUE_BIT = 8;
const OTHER_CUES = [
  'myopathy',
  'could',
  'can',
  'able',
  't',
  'help',
  'difficult',
  'impossible',
  'hard',
  'antigravity',
  'anti-gravity',
  'gravity',
  // Kendall's percentages ({@link kendallPercent})
  '%',
  // "pulled herself up" ({@link pulledUp})
  'pull',
  'pulls',
  'pulled',
  'pulling',
  'haul',
  'hauled',
  // "she had lost the ability to raise her arms" ({@link lostAbility})
  'ability',

  // Kendall's words ({@link KENDALL_WEAK}, defined below)
  'good',
  'fair',
  'poor',
  'trace',
];
const WEAKNESS_WORDS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (const [set, bit] of [
    [WEAK, WEAK_BIT],
    [STRENGTH, STRENGTH_BIT],
    [FUNCTIONAL, FUNCTIONAL_BIT],
    [OTHER_CUES, OTHER_CUE_BIT],
  ] as const)
    for (const w of set) m.set(w, (m.get(w) ?? 0) | bit);
  return m;
})();

/**
 * An action of the proximal muscles after a word of limitation: within six words ("difficulty climbing
 * stairs"), or further along one list of activities, commas and "and" allowed, no other punctuation
 * ("difficulty in performing farm duties, and especially walking uphill").
 */
function actionAfter(t: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(t.length, i + 12); k++) {
    const x = t[k]!;
    if (ACTION.has(x.norm) || UPPER_ACTIVITIES.has(x.norm)) return true;
    if (k >= i + 6 && x.kind === 'punct' && x.norm !== ',') return false;
    if (k >= i + 6 && k - i > 6 && !t.slice(i + 1, k).some((y) => y.norm === ',' || y.norm === 'and'))
      return false;
  }
  return false;
}

/** Verbs before "help" that make it a limitation ("needed help to get up"). */
const NEEDED: ReadonlySet<string> = new Set(['needed', 'needs', 'need', 'required', 'requires', 'require']);
/** Verbs of a state before "difficult" ("had become difficult", "was difficult"). */
const BECAME: ReadonlySet<string> = new Set(['become', 'became', 'becomes', 'was', 'were', 'is', 'are']);

/** An action of the proximal muscles in the eight words before a word of limitation, in the same clause. */
function actionBefore(t: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 9); k--) {
    const x = t[k]!;
    if (x.kind === 'punct' && x.norm !== ',') return false;
    if (ACTION.has(x.norm) || UPPER_ACTIVITIES.has(x.norm)) return true;
  }
  return false;
}

/**
 * MRC grade 3 in words: a movement "against gravity but not (against) resistance", "antigravity only" — the token
 * of "gravity" / "antigravity" is the weakness indicator.
 */
function againstGravityOnly(t: readonly Token[], i: number): boolean {
  const n = t[i]!.norm;
  if (n === 'antigravity' || n === 'anti-gravity')
    return t[i + 1]?.norm === 'only' || t[i - 1]?.norm === 'only';
  if (n !== 'gravity' || t[i - 1]?.norm !== 'against') return false;
  // "… against gravity but not against resistance", "… against gravity, not resistance", "gravity only"
  if (t[i + 1]?.norm === 'only') return true;
  const after = t.slice(i + 1, i + 6).map((x) => x.norm);
  const r = after.indexOf('resistance');
  return r > 0 && after.slice(0, r).includes('not');
}

/** Kendall's grades in words below normal: good (4), fair (3), poor (2), trace (1). */
const KENDALL_WEAK: ReadonlySet<string> = new Set(['good', 'fair', 'poor', 'trace']);
const GRADED: ReadonlySet<string> = new Set(['graded', 'rated', 'scored']);

/** A Kendall grade in words after "graded / rated (as)" ("strength in the hip flexors was graded as fair"). */
function kendallWord(t: readonly Token[], i: number): boolean {
  if (!KENDALL_WEAK.has(t[i]!.norm)) return false;
  const k = t[i - 1]?.norm === 'as' ? i - 2 : i - 1;
  return GRADED.has(t[k]?.norm ?? '');
}

/**
 * A Kendall grade as a percentage below normal ("Kendall score for the iliopsoas was 60%", "manual muscle testing
 * (Kendall) showed 50% strength of the deltoids": session 40 grid, a left spelling of session 37): a whole number
 * below 100 before "%", in a sentence that names Kendall's scale and gives no full (100%) grade beside it (the
 * regions near a weakness indicator are read as one, so a list of graded groups is left to the MRC reader).
 */
function kendallPercent(t: readonly Token[], i: number): boolean {
  const v = t[i - 1]?.kind === 'number' ? Number(t[i - 1]!.norm) : NaN;
  if (!(v >= 0 && v < 100)) return false;
  if (!t.some((x) => x.norm === 'kendall')) return false;
  return !t.some((x, k) => x.norm === '%' && k !== i && Number(t[k - 1]?.norm) >= 100);
}

/** Reflexive pronouns of "pulled herself up". */
const REFLEXIVE: ReadonlySet<string> = new Set(['herself', 'himself', 'themselves', 'myself']);
/**
 * "She had to pull herself up on the banister to get out of the bath", "he hauled himself up the stairs" (session 40
 * grid: nothing read): pulling oneself up with the arms is how the weakness of the hips is made up for — a limitation
 * of the activity named after it (read, like the other limitations, with an action of the proximal muscles).
 */
function pulledUp(t: readonly Token[], i: number): boolean {
  return REFLEXIVE.has(t[i + 1]?.norm ?? '') && t[i + 2]?.norm === 'up';
}

/** Words of a loss before "(the) ability to". */
const LOST: ReadonlySet<string> = new Set(['lost', 'losing', 'loss']);
/**
 * "She had lost the ability to raise her arms", "loss of the ability to climb stairs" (session 50, probe: nothing
 * read): a lost ability to act is a limitation, like "unable to" (read, like the others, with an action of the
 * proximal muscles after it).
 */
function lostAbility(t: readonly Token[], i: number): boolean {
  if (t[i + 1]?.norm !== 'to') return false;
  let k = i - 1;
  if (t[k]?.norm === 'the' || t[k]?.norm === 'her' || t[k]?.norm === 'his') k--;
  if (t[k]?.norm === 'of' && t[k - 1]?.norm === 'loss') return true;
  return LOST.has(t[k]?.norm ?? '');
}

/** "can" and "could" before a contracted "n't" as the tokenizer splits them ("can ' t", "couldn ' t"). */
const CONTRACTED_CAN = new Set(['can', 'couldn', 'ca']);

function scanWeakness(s: DocSentence): { at: number[]; functional: Set<number> } {
  const t = s.tokens;
  const out: number[] = [];
  const functional = new Set<number>();
  for (let i = 0; i < t.length; i++) {
    const n = t[i]!.norm;
    const bits = WEAKNESS_WORDS.get(n) ?? 0;
    // a word that starts no branch below reads nothing (every branch's first word is in the table: speed only)
    if (bits === 0) continue;
    // "…, which can also cause proximal weakness, …": what another condition can cause (see causeAside)
    if (bits & (WEAK_BIT | STRENGTH_BIT | FUNCTIONAL_BIT) && causeAside(t, i)) continue;
    if (bits & WEAK_BIT) {
      // "motor deficit", "muscular deficit" — not "deficit" of anything else
      if (
        (n === 'deficit' || n === 'deficits' || n === 'deficiency') &&
        !['muscular', 'muscle', 'motor', 'neurological'].includes(t[i - 1]?.norm ?? '')
      )
        continue;
      out.push(i);
      // "weakness when climbing stairs", "weakness on standing up" (session 23): a weakness felt in an activity
      // reads like a limitation of it ("while" is also a word of contrast for the regions, so "weakness while
      // combing her hair" still names no girdle)
      // … and a note's "weakness climbing stairs" (session 28): the activity's gerund right after the weakness
      const next = t[i + 1]?.norm ?? '';
      const activity = (w: string) => ACTION.has(w) || UPPER_ACTIVITIES.has(w);
      if (
        ((next === 'when' || next === 'while' || next === 'on') && activity(t[i + 2]?.norm ?? '')) ||
        (next.endsWith('ing') && activity(next))
      )
        functional.add(i);
    } else if (n === 'myopathy' && t.slice(Math.max(0, i - 3), i).some((x) => x.norm === 'proximal'))
      out.push(i);
    else if (bits & STRENGTH_BIT && t.slice(Math.max(0, i - 4), i + 3).some((x) => REDUCED.has(x.norm)))
      out.push(i);
    else if (
      (bits & FUNCTIONAL_BIT ||
        (n === 'could' && t[i + 1]?.norm === 'not') ||
        // "she was not able to climb stairs" (session 34: nothing read)
        (n === 'able' && t[i - 1]?.norm === 'not') ||
        // "she can't climb stairs", "he couldn't comb his hair" (session 26): the contraction's "t"
        (n === 't' && t[i - 1]?.norm === "'" && CONTRACTED_CAN.has(t[i - 2]?.norm ?? '')) ||
        // "he could no longer climb stairs"
        ((n === 'could' || n === 'can') && t[i + 1]?.norm === 'no' && t[i + 2]?.norm === 'longer') ||
        // "she needed help to get out of the bath" (not "with the help of her arms")
        (n === 'help' && NEEDED.has(t[i - 1]?.norm ?? '')) ||
        (bits & OTHER_CUE_BIT && pulledUp(t, i)) ||
        (n === 'ability' && lostAbility(t, i)) ||
        // "he found it very hard to get up from a low seat", "it had become impossible for her to comb her hair"
        // (session 38: only "difficult" was read): the limitation with its infinitive
        ((n === 'hard' || n === 'impossible') &&
          (t[i + 1]?.norm === 'to' || (t[i + 1]?.norm === 'for' && t[i + 3]?.norm === 'to')))) &&
      actionAfter(t, i)
    ) {
      out.push(i);
      functional.add(i);
    } else if (
      // "climbing hills and lifting bags above her head had become difficult": the activities before
      (n === 'difficult' || n === 'impossible') &&
      BECAME.has(t[i - 1]?.norm ?? '') &&
      actionBefore(t, i)
    ) {
      out.push(i);
      functional.add(i);
    } else if (againstGravityOnly(t, i) || kendallWord(t, i) || (n === '%' && kendallPercent(t, i)))
      out.push(i);
  }
  return { at: out, functional };
}

/** Studies whose reading is not a clinical statement about weakness. */
const STUDY_WORDS = new Set([
  'mri',
  'imaging',
  'ct',
  'pet',
  'biopsy',
  'emg',
  'electromyography',
  'ultrasound',
  'scan',
]);

/** Words that state a strength normal ("intact distal strength"). */
const NORMAL_WORDS = new Set(['intact', 'normal', 'preserved', 'full', 'spared']);

/** Copulas between a region and its state ("… is intact", "… remained normal"). */
const COPULA_WORDS = new Set(['is', 'was', 'are', 'were', 'remained', 'remains', 'appeared']);

/** Determiners between "strength in" and the region it names. */
const REGION_DETERMINERS = new Set(['the', 'her', 'his', 'their', 'both', 'all']);

/**
 * "strength in her distal extremities is …", "power of the distal muscles was …": the token after the distal region
 * that follows the strength word at `i` (before its copula), or undefined when no distal region follows it.
 */
function distalRegionAfter(t: readonly Token[], i: number): number | undefined {
  if (t[i + 1]?.norm !== 'in' && t[i + 1]?.norm !== 'of') return undefined;
  let k = i + 2;
  if (REGION_DETERMINERS.has(t[k]?.norm ?? '')) k++;
  if (t[k]?.norm !== 'distal') return undefined;
  k++;
  if (LIMB.has(t[k]?.norm ?? '') || t[k]?.norm === 'muscles' || t[k]?.norm === 'muscle') k++;
  return COPULA_WORDS.has(t[k]?.norm ?? '') ? k + 1 : undefined;
}
/**
 * Whether the grip's state ends its clause at `k` ("grip was normal.", "grip intact, …", "grip normal and …"); not
 * "grip was normal at first but …", "… on the left", "… before the operation" (session 38 precision: a state limited
 * in time or side is no statement of the grip now).
 */
function gripStateEnds(t: readonly { norm: string }[], k: number): boolean {
  const n = t[k]?.norm;
  return (
    n === undefined || n === '.' || n === ',' || n === ';' || n === 'and' || n === 'bilaterally' || n === ')'
  );
}
/** Words of the sensation and the reflexes, another examination than the muscles' ("sensory loss in the legs"). */
const SENSORY: ReadonlySet<string> = new Set(['sensory', 'sensation', 'sensibility', 'reflexes', 'reflex']);
/** Signs named in a weakness sentence that are not weakness, beyond {@link OTHER_SYMPTOM} ("the oedema of the legs"). */
const OTHER_SIGN: ReadonlySet<string> = new Set([
  'oedema',
  'loss',
  'myalgia',
  'tremor',
  'deformity',
  'deformities',
]);
/** Words that may close the clause a post-positive "proximal and distal" qualifies: whole limbs, or the muscles. */
const PAIR_LIMB: ReadonlySet<string> = new Set([
  'arm',
  'arms',
  'leg',
  'legs',
  'limb',
  'limbs',
  'extremity',
  'extremities',
  'bilaterally',
  'symmetrically',
]);
/** Words that open a clause's subject ("… and in the legs the reflexes were brisk", "… in the legs she had …"). */
const CLAUSE_SUBJECT: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'she',
  'he',
  'they',
  'it',
  'there',
  'her',
  'his',
]);
/** Words between two limbs of one list ("the arms and of the legs", "both arms and both legs"). */
const LIST_GLUE: ReadonlySet<string> = new Set(['of', 'the', 'both', 'his', 'her', 'their', 'in']);
/** Words that set two regions of an examination against each other. */
const CONTRAST = new Set(['but', 'whereas', 'while', 'although', 'though']);

/** Words of a limb phrase between "proximal" and its weakness ("proximal bilateral upper and lower extremity …"). */
const LIMB_RUN = new Set([
  'upper',
  'lower',
  'and',
  ',',
  '/',
  'bilateral',
  'symmetric',
  'symmetrical',
  'muscle',
  'muscles',
  'limb',
  'extremity',
]);

/** Words that name which girdle ("shoulder girdle", "pelvic girdle"); "limb-girdle" names none. */
const NAMED_GIRDLE = new Set([
  'shoulder',
  'shoulders',
  'pelvic',
  'hip',
  'hips',
  'scapular',
  'pectoral',
  'upper',
  'lower',
  'and',
]);

/** Region words count only near a weakness indicator (a rash "on the neck and arms" is not weakness). */
const NEAR_LIMB = 12;
const NEAR_NECK = 4;

const ROMAN_OR_DIGIT = String.raw`(?:[0-5](?:\.[05])?[+\-\u2212]?|IV|V|I{1,3})`;
/** A grade in words ("grade four", "four out of five", "four on the MRC scale": session 51, development text). */
const WORD_GRADE = String.raw`(?:[Zz]ero|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive)`;
const GRADE_WORD_VALUE: Readonly<Record<string, string>> = {
  zero: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
};
const GRADE_RE = new RegExp(
  String.raw`(?<![\w/.])(${ROMAN_OR_DIGIT}(?:[ \u00a0]{0,2}[-–][ \u00a0]{0,2}${ROMAN_OR_DIGIT})?)[ \u00a0]{0,2}\/[ \u00a0]{0,2}(?:5|V)(?![\w/])|(?<=\b(?:MRC|MMT|MMT[ \u00a0](?:score[ \u00a0])?(?:of|was|is)|MMT[ \u00a0]of[ \u00a0](?:the[ \u00a0])?[A-Za-z]+[ \u00a0](?:was|is)|[Gg]rade|[Gg]raded(?:[ \u00a0]as)?)[ \u00a0]{1,2}(?:grade[ \u00a0]{1,2})?)([0-5][+-]?|${WORD_GRADE})(?![\w/]|\.\d)|(?<![\w/.])([0-5][+-]?|${WORD_GRADE})(?:[ \u00a0]out[ \u00a0]of[ \u00a0](?:5|five)\b|[ \u00a0]{1,2}on[ \u00a0]{1,2}the[ \u00a0]{1,2}(?:MRC|Medical[ \u00a0]Research[ \u00a0]Council)\b)`,
  'g',
);

/** A header that gives each grade as a right/left pair ("Power (R/L):", "right/left"). */
const RL_HEADER = /\b(?:R\s?\/\s?L|right\s?\/\s?left)\b/i;
/** Column headers of a pasted examination table, right then left ("Muscle⇥Right⇥Left"). */
const RL_COLUMNS = /\b(?:Right|RIGHT)(?:\t| {2,}| \| )(?:Left|LEFT)\b/;
/** The lines of the paragraph before an offset (up to a blank line, at most 600 characters back). */
export function paragraphBefore(text: string, at: number): string {
  const from = Math.max(0, at - 600);
  const blank = lastBlankLine(text, from, at);
  return text.slice(blank < 0 ? from : blank, at);
}

/**
 * Where `text.slice(from, to).search(/\n[ \t]*\n(?![\s\S]*\n[ \t]*\n)/)` finds the last blank line, as an offset
 * of `text` (-1 when none), found back from `to` rather than by a lookahead that rescans the rest at each line end:
 * the last blank line "\n[ \t]*\n", or the one ending at its first line end ("\n\n\n" from its first "\n").
 */
function lastBlankLine(text: string, from: number, to: number): number {
  const startOfBlank = (end: number): number => {
    let j = end - 1;
    while (j >= from && (text[j] === ' ' || text[j] === '\t')) j--;
    return j >= from && text[j] === '\n' ? j : -1;
  };
  for (let k = text.lastIndexOf('\n', to - 1); k > from && k >= 0; k = text.lastIndexOf('\n', k - 1)) {
    const last = startOfBlank(k);
    if (last < 0) continue;
    const before = startOfBlank(last);
    return before < 0 ? last : before;
  }
  return -1;
}
/** {@link GRADE_RE} and a pair of grades "4/3" (right, left) — read only under {@link RL_HEADER}. */
const GRADE_RL_RE = new RegExp(
  GRADE_RE.source + String.raw`|(?<![\w/.])([0-5][+-]?)\/([0-5][+-]?)(?![\w/])`,
  'g',
);

/** A header of a muscle examination before a list of bare grades. */
const BARE_HEADER = /\b(?:MMT|MRC|[Mm]anual muscle test(?:ing)?|[Pp]ower|[Ss]trength)\b/;
/** A bare grade right after a muscle name ("deltoids 4", "gluteus medius 4", "grip 5"), not a size or a count. */
const BARE_GRADE = String.raw`(?<=\b(?:[Dd]eltoids?|[Bb]iceps|[Tt]riceps|[Ii]liopsoas|[Pp]soas|[Qq]uadriceps|[Hh]amstrings|[Mm]edius|[Mm]aximus|[Gg]lutei|[Ff]lexors?|[Ee]xtensors?|[Aa]bductors?|[Aa]dductors?|[Gg]rip)[ :\u00a0]{1,3})([0-5][+-]?)(?![\w/%]|[.,]\d|[ \u00a0]?(?:kg|cm|mm|times|days?|weeks?|months?|years?)\b)`;
const BARE_GRADE_COUNT = new RegExp(BARE_GRADE, 'g');
/** {@link GRADE_RE} and a bare grade after a muscle name — read only under {@link BARE_HEADER}. */
const GRADE_BARE_RE = new RegExp(GRADE_RE.source + '|' + BARE_GRADE, 'g');
/**
 * Whether bare grades are read in a sentence: under {@link BARE_HEADER}, and at least two of them (each holds a
 * digit 0–5, looked for first: speed only).
 */
function bareGrades(text: string): boolean {
  return (
    BARE_DIGIT_RE.test(text) && BARE_HEADER.test(text) && (text.match(BARE_GRADE_COUNT) ?? []).length >= 2
  );
}
const BARE_DIGIT_RE = /[0-5]/;
/**
 * What every match of {@link GRADE_RE} holds: the "/5" (or "/V") of "4/5", a word its lookbehind needs ("MRC",
 * "MMT", "[Gg]rade(d)") or the " out of" of "4 out of 5" (a speed gate, tried before the patterns).
 */
const GRADE_LITERAL_RE = /\/[ \u00a0]{0,2}[5V]|MRC|MMT|rade|[ \u00a0]out[ \u00a0]of|Council/;

/** Links of a list of body sites, free in the look-back of {@link shadowed}. */
const SITE_LINK = new Set([',', 'and', 'his', 'her', 'the', 'on', 'over', 'of', 'both']);

/** Words before a limb used as a means ("without using her arms", "with the help of his arms"). */
const MEANS: ReadonlySet<string> = new Set(['using', 'use', 'help', 'support', 'pushing', 'aid']);

/** Nouns of a muscle group between a region and its weakness ("neck flexor weakness"). */
const MUSCLE_NOUNS: ReadonlySet<string> = new Set([
  'flexor',
  'flexors',
  'extensor',
  'extensors',
  'abductor',
  'abductors',
  'muscle',
  'muscles',
  'girdle',
]);

/** Words joining two regions of one weakness ("upper and lower extremity weakness"). */
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', '&', '/']);

/** Words before a weakness that give it no site of its own ("her weakness", "proximal muscle weakness"). */
const UNSITED_BEFORE: ReadonlySet<string> = new Set([
  'her',
  'his',
  'their',
  'the',
  'a',
  'muscle',
  'muscular',
  'proximal',
  'mild',
  'moderate',
  'severe',
  'marked',
  'profound',
  'progressive',
  'significant',
  'symmetric',
  'symmetrical',
  'bilateral',
  'subacute',
  'acute',
  'new',
  'worsening',
  'increasing',
  'with',
  'and',
  'had',
  'has',
  'have',
  'showed',
  'revealed',
  'noted',
  'found',
  'of',
]);
/**
 * Whether the weakness at `w` names no site of its own ("weakness and wasting of the left thigh", "her weakness and
 * pain in the shoulders"), so that a symptom joined to it may share its site; "grip weakness", "distal weakness",
 * "generalized weakness" have theirs (session 38 precision).
 */
function unsitedWeakness(t: readonly { norm: string; kind?: string }[], w: number): boolean {
  const b = t[w - 1];
  return !b || b.kind === 'punct' || UNSITED_BEFORE.has(b.norm);
}
/** True when the region word at `r` belongs to another symptom ("stiffness of legs", "hip pain"). */
function shadowed(t: readonly { norm: string }[], r: number, weak: readonly number[]): boolean {
  // "neck flexor weakness", "hip weakness": the region names the weakness's own muscles, whatever precedes it;
  // "a rash and proximal lower extremity weakness" (session 28: read as the rash's site, the weakness left
  // unspecified): a limb noun between the region and its weakness too
  // … and the first of two coordinated regions ("leg oedema with proximal upper and lower limb weakness")
  const own = (x: number) =>
    weak.includes(x + 1) ||
    (weak.includes(x + 2) && (MUSCLE_NOUNS.has(t[x + 1]?.norm ?? '') || LIMB.has(t[x + 1]?.norm ?? '')));
  if (own(r) || (COORDINATORS.has(t[r + 1]?.norm ?? '') && own(r + 2))) return false;
  if (OTHER_SYMPTOM.has(t[r + 1]?.norm ?? '') && !weak.includes(r + 2) && !weak.includes(r + 1)) return true;
  // "lower limb areflexia", "upper extremity numbness": the limb noun, then the other sign
  if (
    LIMB.has(t[r + 1]?.norm ?? '') &&
    OTHER_SYMPTOM.has(t[r + 2]?.norm ?? '') &&
    !weak.includes(r + 2) &&
    !weak.includes(r + 3)
  )
    return true;
  // across five words; the commas, "and", articles and prepositions of a list of sites do not count ("rashes on his face, back, arms,
  // and thighs, with proximal weakness": the thighs are the rash's)
  for (let k = r - 1, words = 0; k >= 0 && words < 5; k--) {
    const n = t[k]!.norm;
    if (weak.includes(k)) return false;
    // "weakness and wasting of the left thigh" (session 38: the thigh read as the wasting's only): a symptom joined to
    // the weakness shares its site
    // (… only a weakness of no site of its own: "grip weakness and pain in the thighs" is the pain's thighs)
    if (OTHER_SYMPTOM.has(n))
      return !(COORDINATORS.has(t[k - 1]?.norm ?? '') && weak.includes(k - 2) && unsitedWeakness(t, k - 2));
    if (n === '.' || n === ';') return false;
    if (!SITE_LINK.has(n)) words++;
  }
  return false;
}

/** The words of ILD terms that name an interstitium without naming the lung ("interstitial fibrosis", "changes in the interstitium"). */
const INTERSTITIUM_ONLY: ReadonlySet<string> = new Set([
  'interstitial',
  'changes',
  'interstitium',
  'fibrosis',
  'disease',
  'in',
  'the',
]);
/** Words that put an interstitium in the lung (the organ, its imaging, its function). */
const LUNG_CONTEXT: ReadonlySet<string> = new Set([
  'lung',
  'lungs',
  'pulmonary',
  'chest',
  'thoracic',
  'ct',
  'hrct',
  'radiograph',
  'x',
  'ray',
  'lobe',
  'lobes',
  'bibasal',
  'bibasilar',
  'basal',
  'subpleural',
  'pleural',
  'respiratory',
  'bronchial',
  'dyspnea',
  'cough',
  'ground',
  'glass',
  'pneumonia',
  'pneumonitis',
  'spirometry',
  'dlco',
  'fvc',
]);

/**
 * Whether an ILD term that names only an interstitium ("interstitial fibrosis", "interstitial changes") stands in a
 * sentence that names no lung: the interstitium of a muscle, a kidney or a heart biopsy.
 */
function interstitiumElsewhere(t: readonly Token[], m: { tokenStart: number; tokenEnd: number }): boolean {
  for (let k = m.tokenStart; k < m.tokenEnd; k++) if (!INTERSTITIUM_ONLY.has(t[k]!.norm)) return false;
  return !t.some((x) => LUNG_CONTEXT.has(x.norm));
}

/**
 * "proximal > distal", "proximal greater than distal weakness", "the proximal muscles were weaker than the distal"
 * (session 37: read as a distal weakness present): "distal" as the second term of a comparison with the proximal
 * muscles says only that they are stronger than the proximal ones, not that they are weak. Decision: the distal
 * muscles are then left unknown (as "more marked proximally than distally" already was; the gold of real-506 calls
 * them ambiguous), unless their own grade follows ("… than the distal, which were 4/5").
 */
function comparedDistal(t: readonly Token[], i: number): boolean {
  let k = i - 1;
  if (t[k]?.norm === 'the') k--;
  if (t[k]?.norm !== '>' && t[k]?.norm !== 'than') return false;
  if (!t.slice(Math.max(0, k - 5), k).some((x) => x.norm === 'proximal' || x.norm === 'proximally'))
    return false;
  // the distal muscles' own grade: right after them, in a relative clause or a bracket ("> distal 4/5", "the
  // distal, which were 4/5", "than distal (4/5)"), not the next item's grade ("proximal > distal, 4/5 at the hips")
  let j = i + 1;
  if (t[j]?.norm === 'muscles' || t[j]?.norm === 'ones' || t[j]?.norm === 'groups') j++;
  if (t[j]?.kind === 'number') return false;
  if (t[j]?.norm === ',' && t[j + 1]?.norm === 'which') return false;
  if (t[j]?.norm === '(' && t.slice(j + 1, j + 4).some((x) => x.kind === 'number')) return false;
  return true;
}

/**
 * Whether a full grade, "5/5", stands within five tokens after token `i` before any other grade ("distal strength
 * was 5/5", "proximal 4/5, distal 5/5": session 35, the distal muscles read weak in a sentence of proximal weakness).
 */
function fullGradeAfter(t: readonly Token[], i: number): boolean {
  for (let j = i + 1; j <= i + 5 && j < t.length; j++) {
    if (t[j]!.kind !== 'number' || t[j + 1]?.norm !== '/') continue;
    return t[j]!.norm === '5' && t[j + 2]?.norm === '5' && t[j - 1]?.norm !== '-';
  }
  return false;
}

function weakness(doc: Doc, s: DocSentence, out: FindingSet): void {
  const { at: scanned, functional: functionalIdx } = weaknessAt(doc, s);
  const t = s.tokens;
  // "proximal muscle weakness was not assessed" (session 20: read present): nothing is stated,
  // and "we looked for proximal weakness" is what was sought
  const unstated = (w: number) => notAssessed(t, w + 1) || soughtOrDifferential(t, w, t.length);
  const weakIdx = scanned.some(unstated) ? scanned.filter((w) => !unstated(w)) : scanned;
  if (!weakIdx.length) return;
  // "Bilateral hip flexor weakness was attributed to an L2-L3 radiculopathy": the weakness of another disease
  if (weakIdx.some((w) => otherCauseAfter(t, w))) return;
  // (weak, with "symmetrically" set off by commas, before "in the proximal groups", session 39: nothing read): an adverb set off by
  // commas between the weakness and its region does not put the region out of reach
  const asides = (a: number, b: number) => {
    let n = 0;
    for (let k = a + 1; k + 2 < b; k++)
      if (t[k]!.norm === ',' && t[k + 2]!.norm === ',' && t[k + 1]!.norm.endsWith('ly')) n += 3;
    return n;
  };
  const near = (i: number, d: number) =>
    weakIdx.some((w) => {
      const gap = Math.abs(w - i);
      return gap <= d || (gap <= d + 3 && gap - asides(Math.min(w, i), Math.max(w, i)) <= d);
    });
  const addRegion = (
    id: string,
    idx: number,
    extra: { start: number; end: number }[] = [],
    inferred?: 'unspecified-proximal-weakness',
  ) => {
    let raw = predicateDenial(s, idx, weakIdx) ?? s.assert(idx, idx + 1);
    // "She did not find it difficult to get out of a chair" (session 38: read present, the chair beyond the denial's
    // reach): a limitation word that is itself denied denies the activity it governs
    if (!raw.negated && isFunctional(idx)) {
      let w = -1;
      for (const x of weakIdx) if (x < idx && functionalIdx.has(x) && x > w) w = x;
      if (w >= 0) {
        const own = s.assert(w, w + 1);
        // (the denial governs the limitation word itself, a few words before it in its clause: not "she could not
        // walk unaided, and it was difficult for her to brush her hair")
        const governs = (x: { start: number; end: number }) => {
          const gap = doc.text.slice(x.end, t[w]!.start);
          return x.end <= t[w]!.start && !/[,;]|\band\b|\bbut\b/.test(gap) && gap.split(/\s+/).length <= 5;
        };
        if (
          own.negated &&
          !own.resolved &&
          own.triggers.some((x) => x.category === 'negation') &&
          own.triggers.every((x) => x.category !== 'negation' || governs(x))
        )
          raw = own;
      }
    }
    // "could not get up from a squatting position", "cannot climb stairs": the negation is the inability,
    // which is the weakness itself — present, not absent
    const inability =
      raw.negated &&
      isFunctional(idx) &&
      raw.triggers
        .filter((x) => x.category === 'negation')
        .every(
          (x) =>
            INABILITY.has(x.text.toLowerCase().replace(/\s+/g, ' ')) ||
            // "could no longer climb stairs" (not "no longer had difficulty climbing")
            (/^no\s+longer$/i.test(x.text) &&
              /\b(?:could|can)\s+$/i.test(doc.text.slice(x.start - 7, x.start))),
        );
    const a = mentionStatus(inability ? { ...raw, negated: false, resolved: false } : raw);
    if (!a) return;
    out.add(
      id,
      a.status,
      [t[idx]!, ...extra],
      'weakness',
      inferred ?? a.note,
      a.reason,
      inferred !== undefined,
    );
  };
  // "proximal" qualifying the weakness ("proximal muscle weakness", "weakness of the proximal muscles").
  // "proximal upper extremity and lower extremity weakness": a longer run of limb words still qualifies
  const limbRun = (i: number) => {
    for (let k = i + 1; k < Math.min(t.length, i + 10); k++) {
      if (weakIdx.includes(k)) return true;
      // "proximal lower extremity and distal upper extremity weakness": the run goes on past "distal"
      if (!LIMB_RUN.has(t[k]!.norm) && !LIMB.has(t[k]!.norm) && t[k]!.norm !== 'distal') return false;
    }
    return false;
  };
  // "girdle weakness", "limb-girdle weakness": the girdles without saying which are proximal weakness
  // unspecified (both girdles, inferred), like "proximal weakness" and as far from it ("limb girdle muscle pain and
  // weakness", session 24)
  const bareGirdle = t.findIndex(
    (x, i) =>
      (x.norm === 'girdle' || x.norm === 'girdles') && !NAMED_GIRDLE.has(t[i - 1]?.norm ?? '') && near(i, 5),
  );
  // "proximodistal weakness": proximal and distal at once
  // "weakness, more pronounced in the proximal …", "weakness, predominantly in the proximal …": an emphasis between
  // the weakness and "proximal" lets it qualify the weakness from further away
  // (session 46, re-told notes: "weakness in all 4 limbs, MRC 4, proximal predominant" — "proximal" qualified by a word
  // of predominance after it, in the weakness's clause, is that emphasis too)
  const emphasised = (i: number) =>
    near(i, 9) &&
    weakIdx.some(
      (w) =>
        w < i &&
        i - w <= 9 &&
        (t.slice(w + 1, i).some((y) => EMPHASIS.has(y.norm) || MOSTLY.has(y.norm)) ||
          (DOMINANT.has(t[i + 1]?.norm ?? '') && ownClause(w, i))),
    );
  // "weakness in both legs and both arms, which was worse proximally than distally in all four" (session 38:
  // the girdles lost past eight words): the comparison of the weakness's own clause gives its distribution however long the
  // list of limbs before it, within sixteen words and no stop or contrast
  // whether a sign other than the weakness is named between the weakness at `w` and `end` ("weakness of the hands,
  // and her sensory loss …"): the comparison or distribution after it is that sign's ("weakness and wasting of …"
  // shares its site, and so its distribution)
  const anotherSign = (w: number, end: number) =>
    t
      .slice(w + 1, end)
      .some(
        (y, k) =>
          (SENSORY.has(y.norm) || OTHER_SYMPTOM.has(y.norm) || OTHER_SIGN.has(y.norm)) &&
          !(k === 1 && COORDINATORS.has(t[w + 1]!.norm)),
      );
  // whether the word at `i` stands in the clause of the weakness at `w` before it: no semicolon or contrast between,
  // and no other sign
  const ownClause = (w: number, i: number) =>
    !t.slice(w + 1, i).some((y) => y.norm === ';' || CONTRAST.has(y.norm)) && !anotherSign(w, i);
  const compared = t.findIndex(
    (x, i) =>
      x.norm === 'proximally' &&
      t[i + 1]?.norm === 'than' &&
      t[i + 2]?.norm === 'distally' &&
      // ("not more marked proximally than distally": no comparison made)
      !t.slice(Math.max(0, i - 3), i).some((y) => y.norm === 'not') &&
      weakIdx.some(
        (w) =>
          w < i &&
          i - w <= 16 &&
          !t.slice(w + 1, i).some((y) => y.norm === '.' || y.norm === ';' || CONTRAST.has(y.norm)) &&
          // ("weakness of the hands, and the oedema of the legs was worse proximally than distally", session 38
          // precision: another sign's comparison)
          !anotherSign(w, i),
      ),
  );
  // "weakness of the left leg and arm, both proximal and distal" (session 38: the distribution after the list of
  // limbs, past the reach of "proximal"): the pair closes the weakness's clause, within sixteen words of it
  const pair = t.findIndex((x, i) => {
    if (x.norm !== 'proximal' && x.norm !== 'distal') return false;
    const other = x.norm === 'proximal' ? 'distal' : 'proximal';
    const end =
      t[i + 1]?.norm === 'and' ? i + 2 : t[i + 1]?.norm === 'as' && t[i + 3]?.norm === 'as' ? i + 4 : -1;
    if (end < 0 || t[end]?.norm !== other) return false;
    if (t[end + 1] && t[end + 1]!.kind !== 'punct') return false;
    const open = t[i - 1]?.norm === 'both' ? i - 2 : i - 1;
    return (
      t[open]?.norm === ',' &&
      weakIdx.some(
        (w) =>
          w < open &&
          open - w <= 16 &&
          // (one clause: no comma, stop, contrast or sign of its own between — "weakness of the arms, and sensory
          // loss in the legs, proximal and distal" is the sensory loss's)
          !t
            .slice(w + 1, open)
            .some((y) => y.norm === '.' || y.norm === ';' || y.norm === ',' || CONTRAST.has(y.norm)) &&
          !anotherSign(w, open) &&
          // ("weakness of finger flexion at the interphalangeal joints, proximal and distal", "weakness of the feet,
          // both proximal and distal", session 38 precision: the pair qualifies the joints or the part it follows)
          // the pair closes a clause that names whole limbs, or the weakness alone
          (open - 1 === w || PAIR_LIMB.has(t[open - 1]!.norm)),
      )
    );
  });
  const pairEnd = pair < 0 ? -1 : t[pair + 1]!.norm === 'and' ? pair + 2 : pair + 4;
  // "… of the lower limbs, proximally": a weakness within eight words — not across a contrast or another sign ("no
  // weakness, but the myalgia was more prominent proximally", session 38 precision: the girdles read weak)
  const adverbOfWeakness = (i: number) =>
    weakIdx.some((w) => Math.abs(w - i) <= 8 && (w > i || ownClause(w, i)));
  // "the weakness was distal, with the proximal muscles spared" (session 39: the girdles read weak): the proximal
  // muscles stated spared are not weak, and no girdle is inferred from them
  const sparedProximal = t.findIndex((x, i) => x.norm === 'proximal' && spared(t, i) && near(i, 12));
  const proximalWord = t.findIndex(
    (x, i) =>
      ((x.norm === 'proximal' || PROXIMODISTAL.has(x.norm)) &&
        i !== sparedProximal &&
        (near(i, 5) ||
          limbRun(i) ||
          emphasised(i) ||
          i === pair ||
          i === pairEnd ||
          weakPredicate(s, i, weakIdx) ||
          extentObject(t, i, weakIdx))) ||
      // "weakness … of the lower limbs, proximally": the adverb closes the region it qualifies
      (x.norm === 'proximally' && (adverbOfWeakness(i) || i === compared)),
  );
  const proximal = proximalWord >= 0 ? proximalWord : bareGirdle;
  const all = limbs(s, 0, t.length, doc.text);
  // "weakness of the hip flexors but normal shoulder strength": a region stated normal, or set apart from every
  // weakness word by "but" / "whereas", is not the weakness's
  const contrasted = (i: number) =>
    NORMAL_WORDS.has(t[i - 1]?.norm ?? '') ||
    spared(t, i) ||
    // "the arms had normal power; the legs showed proximal weakness" (session 24: the arms were read weak): a region
    // whose own clause states it normal, before any weakness word
    statedNormalAfter(t, i, weakIdx) ||
    weakIdx.every((w) => {
      const [a, b] = w < i ? [w, i] : [i, w];
      for (let k = a + 1; k < b; k++) if (CONTRAST.has(t[k]!.norm)) return true;
      return false;
    });
  // "cannot rise from a chair without using her arms": the arms are the means, not a weak region
  // ("without pushing with his arms", session 26: one preposition more between the means and the limb; "without the
  // aid of her arms", session 32)
  // ("could not rise from a chair with her arms folded", session 32: the arms held still, not weak)
  const means = (i: number) =>
    /^(?:folded|crossed)$/.test(t[i + 1]?.norm ?? '') ||
    MEANS.has(t[i - 1]?.norm ?? '') ||
    MEANS.has(t[i - 2]?.norm ?? '') ||
    (MEANS.has(t[i - 3]?.norm ?? '') &&
      (t[i - 2]?.norm === 'with' || t[i - 2]?.norm === 'on' || t[i - 2]?.norm === 'of'));
  // "… the type of muscle weakness and electromyography of his deltoid muscle" (session 25: the deltoid read as the
  // weak region): a muscle named as the site of a study
  const studied = (i: number) =>
    t.slice(Math.max(0, i - 4), i).some((x, k, w) => STUDY_WORDS.has(x.norm) && w[k + 1]?.norm === 'of');
  // "… in the girdle muscles of the legs and of the arms" (session 38: the last limb lost one word past the reach): a
  // limb listed right after a limb within reach is the same weakness's; "… more proximally than distally, in the
  // lower limbs as in the upper": a limb named by the comparison is the weakness's
  const reach = (i: number): boolean =>
    near(i, NEAR_LIMB) ||
    (compared >= 0 && Math.abs(i - compared) <= 8) ||
    listed(i) ||
    involvedObject(i) ||
    activityListed(i);
  // "trouble with chores such as getting out of a chair, going up stairs, lifting her arms to comb her hair and
  // carrying bags" (session 43: the arms past the reach, the upper girdle lost): the limb object of an
  // activity in a list of activities whose earlier item is within reach
  const activityListed = (i: number): boolean => {
    let k = i - 1;
    while (k >= 0 && REGION_DETERMINERS.has(t[k]!.norm)) k--;
    if (!ACTION.has(t[k]?.norm ?? '')) return false;
    for (let j = k - 1; j >= Math.max(0, k - 30); j--) {
      const w = t[j]!.norm;
      if (w === '.' || w === ';' || CONTRAST.has(w)) return false;
      if (ACTION.has(w) && near(j, NEAR_LIMB)) return true;
    }
    return false;
  };
  // "a weakness that had come on over months and involved mainly the shoulders" (session 39: nothing read, the
  // limb past the reach): the object of a verb of involvement whose subject is the weakness is its region
  const involvedObject = (i: number): boolean => {
    let v = i - 1;
    while (v >= 0 && i - v <= 3 && INVOLVED_GLUE.has(t[v]!.norm)) v--;
    if (!INVOLVE_VERBS.has(t[v]?.norm ?? '')) return false;
    return weakIdx.some(
      (w) =>
        w < v &&
        v - w <= 20 &&
        !t.slice(w + 1, v).some((y) => y.norm === '.' || y.norm === ';' || CONTRAST.has(y.norm)) &&
        !anotherSign(w, v),
    );
  };
  const listed = (i: number): boolean => {
    // ("…of her arms, and in both legs the pulses were absent", session 38 precision: the limb opens a clause of
    // its own)
    if (CLAUSE_SUBJECT.has(t[i + 1]?.norm ?? '')) return false;
    let link = false;
    for (let k = i - 1; k >= 0 && i - k <= 5; k--) {
      const n = t[k]!.norm;
      if (link && (all.upper.includes(k) || all.lower.includes(k))) return reach(k);
      if (n === 'and' || n === 'or' || n === ',') link = true;
      else if (!LIST_GLUE.has(n)) return false;
    }
    return false;
  };
  const attached = (i: number) =>
    reach(i) && !shadowed(t, i, weakIdx) && !contrasted(i) && !means(i) && !studied(i);
  const upper = all.upper.filter(attached);
  const lower = all.lower.filter(attached);
  const side = (i: number) => {
    const p = t[i - 1]?.norm;
    return p === 'left' || p === 'right' || t[i - 2]?.norm === 'left' || t[i - 2]?.norm === 'right';
  };
  // Functional limitations name proximal groups; a one-sided one ("unable to raise the right leg") is not
  // read as proximal weakness (pain or a local cause is as likely).
  const isFunctional = (i: number) =>
    weakIdx.some((w) => functionalIdx.has(w) && (Math.abs(w - i) <= NEAR_LIMB || activityListed(i))) &&
    !side(i);
  const girdle = (i: number) => LIMB.has(t[i + 1]?.norm ?? '') && t[i + 1]!.norm.startsWith('girdle');
  const proxEv = proximal >= 0 ? [t[proximal]!] : [];
  const allLimbs = weakIdx.find((w) => ALL_LIMBS_WEAK.has(t[w]!.norm));
  // "distal upper extremity …": a limb named distal is not a proximal group, whatever "proximal" says elsewhere
  const distalLimb = (i: number) => t[i - 1]?.norm === 'distal' || t[i - 2]?.norm === 'distal';
  for (const i of upper)
    if (
      (proximal >= 0 && !distalLimb(i)) ||
      isFunctional(i) ||
      PROXIMAL_UPPER.has(t[i]!.norm) ||
      // "weakness of her thighs and upper arms": the upper arm is proximal
      ((t[i]!.norm === 'arms' || t[i]!.norm === 'arm') && t[i - 1]?.norm === 'upper') ||
      girdle(i) ||
      UPPER_ACTIVITIES.has(t[i]!.norm)
    )
      addRegion('proximal-weakness-upper', i, proxEv);
  for (const i of lower)
    if ((proximal >= 0 && !distalLimb(i)) || isFunctional(i) || PROXIMAL_LOWER.has(t[i]!.norm) || girdle(i))
      addRegion('proximal-weakness-lower', i, proxEv);
  if (allLimbs !== undefined && proximal >= 0) {
    addRegion('proximal-weakness-upper', allLimbs, proxEv);
    addRegion('proximal-weakness-lower', allLimbs, proxEv);
  }
  // "weakness of the hip girdle, sparing the shoulders", "the upper limbs were spared", "with normal strength in
  // the arms" (session 19): a region the sentence states spared is not weak (absent), and it is not inferred weak
  const sparedUpper = all.upper.filter((i) => spared(t, i) && near(i, 12));
  const sparedLower = all.lower.filter((i) => spared(t, i) && near(i, 12));
  for (const i of sparedUpper)
    out.add('proximal-weakness-upper', 'absent', [t[i]!], 'weakness', 'normal-strength');
  for (const i of sparedLower)
    out.add('proximal-weakness-lower', 'absent', [t[i]!], 'weakness', 'normal-strength');
  // (the proximal muscles of no limb named: both girdles, as "proximal weakness" without a limb is both)
  if (
    sparedProximal >= 0 &&
    proximal < 0 &&
    !upper.length &&
    !lower.length &&
    allLimbs === undefined &&
    mentionStatus(s.assert(sparedProximal, sparedProximal + 1))?.status === 'present'
  ) {
    out.add(
      'proximal-weakness-upper',
      'absent',
      [t[sparedProximal]!],
      'weakness',
      'normal-strength',
      undefined,
      true,
    );
    out.add(
      'proximal-weakness-lower',
      'absent',
      [t[sparedProximal]!],
      'weakness',
      'normal-strength',
      undefined,
      true,
    );
  }
  // "proximal muscle weakness, with difficulty climbing stairs" (session 22: the upper girdle was lost): an
  // activity named as an example is no limb given; the girdle it does not speak for is still inferred
  const activity = (i: number) => ACTIVITY_WORDS.has(t[i]!.norm);
  if (proximal >= 0 && upper.every(activity) && lower.every(activity) && allLimbs === undefined) {
    // Convention: "proximal (muscle) weakness" without a limb means both girdles (inferred).
    if (!sparedUpper.length && upper.length === 0)
      addRegion('proximal-weakness-upper', proximal, [], 'unspecified-proximal-weakness');
    if (!sparedLower.length && lower.length === 0)
      addRegion('proximal-weakness-lower', proximal, [], 'unspecified-proximal-weakness');
  }
  const neck = t.findIndex(
    (x, i) =>
      // "unable to lift his head off the pillow", "could not raise her head from the bed": the neck flexors
      (x.norm === 'head' &&
        (HEAD_LIFT.has(t[HEAD_OWNER.has(t[i - 1]?.norm ?? '') ? i - 2 : i - 1]?.norm ?? '') ||
          headLiftedInList(t, i)) &&
        !shadowed(t, i, weakIdx)) ||
      // ("Hip flexion was weak whereas neck flexion was normal", session 32: the neck set apart by a contrast)
      (x.norm === 'neck' &&
        !(t[i + 1]?.norm === 'extensor' || t[i + 1]?.norm === 'extensors') &&
        !contrasted(i) &&
        (near(i, NEAR_NECK) ||
          t[i + 1]?.norm === 'flexor' ||
          t[i + 1]?.norm === 'flexors' ||
          t[i + 1]?.norm === 'flexion' ||
          flexorsOfNeck(t, i)) &&
        !shadowed(t, i, weakIdx)) ||
      // "cervical flexion weakness", "weak cervical flexors" (session 18): the neck flexors by their Latin name
      (x.norm === 'cervical' &&
        /^flex(?:or|ors|ion)$/.test(t[i + 1]?.norm ?? '') &&
        !shadowed(t, i, weakIdx)),
  );
  if (neck >= 0) addRegion('neck-flexor-weakness', neck);
  // "weakness in the intrinsic muscles of the hands": the hand muscles are distal
  // "proximal weakness with sparing of the distal muscles": the distal muscles stated spared are not weak
  const sparedDistal = t.findIndex((x, i) => x.norm === 'distal' && spared(t, i) && near(i, 12));
  if (sparedDistal >= 0)
    out.add('distal-weakness', 'absent', [t[sparedDistal]!], 'weakness', 'normal-strength');
  const distal = t.findIndex(
    (x, i) =>
      // "distal oedema and proximal weakness", "oedema in the distal parts of the limbs and proximal weakness"
      // (session 29: read as a distal weakness): "distal" of another sign
      ((x.norm === 'distal' && !shadowed(t, i, weakIdx) && !comparedDistal(t, i)) ||
        PROXIMODISTAL.has(x.norm) ||
        // "2/5 in the girdles compared with 4/5 strength distally"
        (x.norm === 'distally' && weakGradeBefore(t, i)) ||
        (x.norm === 'intrinsic' &&
          t.slice(i + 1, i + 5).some((y) => y.norm === 'hand' || y.norm === 'hands')) ||
        // "grip strength was reduced": the hand muscles
        (x.norm === 'grip' && near(i, 3)) ||
        // "weakness in his thighs and calves": the calves named after the weakness (not "calf hypertrophy")
        ((x.norm === 'calves' || x.norm === 'calf') && weakIdx.some((w) => w < i && i - w <= 6))) &&
      (near(i, NEAR_LIMB) || weakGradeBefore(t, i) || ((i === pair || i === pairEnd) && pair >= 0)) &&
      !spared(t, i),
  );
  if (distal >= 0) {
    // "… with intact distal strength": the distal muscles are stated normal, not weak
    const w = t.slice(Math.max(0, distal - 2), distal + 4).map((x) => x.norm);
    if ((w.some((x) => STRENGTH.has(x)) && w.some((x) => NORMAL_WORDS.has(x))) || fullGradeAfter(t, distal))
      out.add('distal-weakness', 'absent', [t[distal]!], 'weakness', 'normal-strength');
    else addRegion('distal-weakness', distal);
  }
  const finger = t.findIndex(
    (x, i) =>
      (x.norm === 'finger' || x.norm === 'fingers') &&
      (t[i + 1]?.norm === 'flexors' || t[i + 1]?.norm === 'flexor' || t[i + 1]?.norm === 'flexion'),
  );
  if (finger >= 0) addRegion('finger-flexor-weakness', finger);
  // "symmetrical muscle weakness", "the weakness was symmetrical / bilateral": the side word qualifies the weakness itself,
  // without a girdle named
  const direct = t.some(
    (x, i) =>
      (x.norm === 'symmetric' || x.norm === 'symmetrical' || x.norm === 'bilateral') &&
      (weakIdx.includes(i + 1) ||
        ((t[i + 1]?.norm === 'muscle' || t[i + 1]?.norm === 'muscular') && weakIdx.includes(i + 2)) ||
        ((t[i - 1]?.norm === 'was' || t[i - 1]?.norm === 'is') && weakIdx.includes(i - 2))),
  );
  symmetry(doc, s, out, upper.length > 0 || lower.length > 0 || proximal >= 0 || direct, addRegion);
}

/** Verbs whose object is where a weakness is ("the weakness affected …", "… involving the proximal muscles"). */
const EXTENT_VERBS: ReadonlySet<string> = new Set([
  'affected',
  'affecting',
  'affects',
  'involved',
  'involving',
  'involves',
]);
/** Words between such a verb and "proximal" ("affected both the proximal …", "involved mainly proximal …"). */
const EXTENT_GAP: ReadonlySet<string> = new Set([
  'both',
  'the',
  'his',
  'her',
  'their',
  'all',
  'predominantly',
  'mainly',
  'mostly',
  'chiefly',
  'primarily',
]);

/**
 * "Her weakness was bilateral and involved both proximal and distal groups" (session 38: "proximal" six words from
 * the weakness, nothing read): "proximal" at `i` as the object of a verb of extent whose subject is the weakness —
 * the weakness within six words before the verb, in the same clause.
 */
function extentObject(t: readonly Token[], i: number, weak: readonly number[]): boolean {
  let v = i - 1;
  while (v >= 0 && i - v <= 3 && EXTENT_GAP.has(t[v]!.norm)) v--;
  if (v < 0 || !EXTENT_VERBS.has(t[v]!.norm)) return false;
  return weak.some(
    (w) =>
      w < v &&
      v - w <= 6 &&
      !t
        .slice(w + 1, v)
        .some((y) => y.norm === '.' || y.norm === ';' || y.norm === ',' || CONTRAST.has(y.norm)),
  );
}

/** Words of the limbs a subject "the proximal muscles …" may name before its verb ("of both arms and both legs"). */
const SUBJECT_REGION: ReadonlySet<string> = new Set([
  'of',
  'in',
  'the',
  'his',
  'her',
  'their',
  'both',
  'all',
  'four',
  'and',
  'upper',
  'lower',
  'arms',
  'legs',
  'shoulder',
  'pelvic',
  'hip',
  ...LIMB,
]);
/** Verbs that join the subject "the proximal muscles" to its state. */
const SUBJECT_VERBS: ReadonlySet<string> = new Set([
  'was',
  'were',
  'is',
  'are',
  'became',
  'remained',
  'appeared',
]);
/** Words that may stand between that verb and "weak" ("were tender and weak", "were mildly, symmetrically weak"). */
const PREDICATE_STOP: ReadonlySet<string> = new Set(['.', ';', ':', 'but', 'while', 'whereas', 'although']);

/**
 * "on examination the proximal muscles of his limbs were sore and weak", "the proximal muscles in the arms and the
 * legs were weak" (session 38: nothing read): "proximal" qualifies the subject ("the proximal muscles", limbs named after it)
 * whose verb states it weak, within five words after the verb, and the weakness affirmed.
 */
function weakPredicate(s: DocSentence, i: number, weak: readonly number[]): boolean {
  const t = s.tokens;
  const noun = t[i + 1]?.norm;
  if (noun !== 'muscles' && noun !== 'muscle' && noun !== 'musculature') return false;
  let k = i + 2;
  if (t[k]?.norm === 'groups') k++;
  const end = Math.min(t.length, k + 9);
  while (k < end && SUBJECT_REGION.has(t[k]!.norm)) k++;
  if (!SUBJECT_VERBS.has(t[k]?.norm ?? '')) return false;
  for (let j = k + 1; j < Math.min(t.length, k + 7); j++) {
    if (PREDICATE_STOP.has(t[j]!.norm)) return false;
    // stated as such: "were not weak" is read by the normal-strength rule, "were possibly weak" is left open
    if (weak.includes(j)) return mentionStatus(s.assert(j, j + 1))?.status === 'present';
  }
  return false;
}

/** Words that give a weakness its cause, after it in its clause ("due to", "caused by", "attributed to", "from"). */
const CAUSE_LINK: ReadonlyMap<string, string | undefined> = new Map([
  ['due', 'to'],
  ['secondary', 'to'],
  ['attributed', 'to'],
  ['attributable', 'to'],
  ['owing', 'to'],
  ['caused', 'by'],
  ['explained', 'by'],
  ['because', 'of'],
  ['resulting', 'from'],
  ['from', undefined],
]);
/** Diseases other than a myositis that weaken muscles, named as a weakness's cause. */
const OTHER_WEAKNESS_CAUSE: ReadonlySet<string> = new Set([
  'stroke',
  'infarct',
  'infarction',
  'radiculopathy',
  'neuropathy',
  'polyneuropathy',
  'polyradiculoneuropathy',
  'plexopathy',
  // "grip weakness due to carpal tunnel syndrome" (session 37: read as the myositis's distal weakness)
  'carpal',
  'myelopathy',
  'amyotrophy',
  'hypokalaemia',
  'hypokalemia',
  'myasthenia',
  'lambert',
  'guillain',
  // "difficulty climbing stairs due to knee osteoarthritis", "could not rise from a chair because of a hip fracture"
  // or "… because of breathlessness" (session 40 grid: read as the myositis's weakness): a limitation of the joints,
  // a broken bone or the breath
  'osteoarthritis',
  'arthrosis',
  'coxarthrosis',
  'gonarthrosis',
  'fracture',
  'fractures',
  'breathlessness',
  'dyspnoea',
  'dyspnea',
]);
/** Words after a cause link that name the myositis's own weakness as the cause ("due to weakness and dyspnoea"). */
const OWN_CAUSE: ReadonlySet<string> = new Set([
  ...WEAK,
  'myositis',
  'dermatomyositis',
  'polymyositis',
  'myopathy',
]);
/** Verbs of a weakness's course between it and a cause ("the weakness improved due to …"): the cause is the course's. */
const COURSE_VERBS: ReadonlySet<string> = new Set([
  'improved',
  'improving',
  'resolved',
  'recovered',
  'responded',
  'worsened',
  'progressed',
  'returned',
]);
/**
 * Whether the clause of the weakness word at `w` gives it a cause that is not a myositis ("weakness of the shoulder
 * girdle due to a brachial plexopathy", "proximal weakness from steroid-induced myopathy", "hip flexor weakness
 * attributed to a radiculopathy"; session 37: read as the myositis's proximal weakness): the link after the weakness,
 * within eight words and before a stop, and the cause within nine words of the link. Not when the link is denied
 * ("not due to", "rather than from", "distinct from") or follows a verb of the weakness's course.
 */
function otherCauseAfter(t: readonly Token[], w: number): boolean {
  for (let k = w + 1; k < t.length && k <= w + 8; k++) {
    const n = t[k]!.norm;
    if (n === '.' || n === ';' || COURSE_VERBS.has(n)) return false;
    if (!CAUSE_LINK.has(n)) continue;
    const second = CAUSE_LINK.get(n);
    if (second !== undefined && t[k + 1]?.norm !== second) continue;
    const before = t[k - 1]?.norm;
    if (before === 'not' || before === 'than' || before === 'distinct' || before === 'different')
      return false;
    for (let j = k + 1; j < t.length && j <= k + 9; j++) {
      const c = t[j]!.norm;
      if (c === '.' || c === ';' || c === ',') break;
      // ("difficulty climbing stairs due to weakness and dyspnoea": the weakness named among the causes)
      if (OWN_CAUSE.has(c)) return false;
      if (OTHER_WEAKNESS_CAUSE.has(c)) return true;
      // "steroid myopathy", "steroid-induced myopathy", "statin myopathy": a drug's myopathy
      if (
        (c === 'steroid' || c === 'corticosteroid' || c === 'glucocorticoid') &&
        t.slice(j + 1, j + 4).some((x) => x.norm === 'myopathy')
      )
        return true;
      // "spinal cord compression", "compression of the cord"
      if (
        c === 'compression' &&
        t.slice(Math.max(k + 1, j - 2), j + 4).some((x) => x.norm === 'cord' || x.norm === 'spinal')
      )
        return true;
    }
    return false;
  }
  return false;
}

/** Words between a region and "weak" in a denied predicate ("the proximal muscles were not found to be weak"). */
const PREDICATE_GAP: ReadonlySet<string> = new Set([
  'muscle',
  'muscles',
  'girdle',
  'girdles',
  'group',
  'groups',
  'was',
  'were',
  'is',
  'are',
  'not',
  'found',
  'to',
  'be',
  'clinically',
  'objectively',
]);

/**
 * "On examination the proximal muscles were not weak" (session 24: read present, the denial standing after the
 * region): a region that is the subject of a denied "weak" takes the weak word's assertion — when only the words
 * of such a predicate stand between them and "not" is one of them.
 */
function predicateDenial(s: DocSentence, idx: number, weakIdx: readonly number[]): Assertion | undefined {
  const t = s.tokens;
  const w = weakIdx.find((x) => x > idx && x - idx <= 8 && t[x]!.norm === 'weak');
  if (w === undefined) return undefined;
  const between = t.slice(idx + 1, w);
  if (!between.some((x) => x.norm === 'not')) return undefined;
  if (!between.every((x) => PREDICATE_GAP.has(x.norm) || LIMB.has(x.norm) || LIMB_RUN.has(x.norm)))
    return undefined;
  const a = s.assert(w, w + 1);
  return a.negated ? a : undefined;
}

/** Words of a form of a disease ("rapidly progressive", "acute", "fibrotic") that a denial may be about alone. */
const FORM_WORDS = new Set([
  'rapidly',
  'progressive',
  'acute',
  'subacute',
  'fulminant',
  'fibrotic',
  'severe',
]);

/** Whether a form word stands right before the term at `start` ("no rapidly progressive ILD", "no severe dysphagia"). */
function deniedForm(t: readonly Token[], start: number): boolean {
  return FORM_WORDS.has(t[start - 1]?.norm ?? '');
}

/** Whether the clause right after a region at `i` states it normal ("the arms had normal power; …"). */
function statedNormalAfter(t: readonly Token[], i: number, weakIdx: readonly number[]): boolean {
  for (let k = i + 1; k < Math.min(t.length, i + 6); k++) {
    const n = t[k]!.norm;
    if (weakIdx.includes(k) || n === ';' || n === ',' || n === 'but' || n === 'and') return false;
    if (NORMAL_WORDS.has(n)) return t.slice(k + 1, k + 3).some((x) => STRENGTH.has(x.norm));
  }
  return false;
}

/** Words that stress where a weakness is worst ("more pronounced in the proximal …", "especially"). */
const EMPHASIS: ReadonlySet<string> = new Set([
  'pronounced',
  'marked',
  'prominent',
  'severe',
  'especially',
  'particularly',
  'notably',
]);
/** Words that put "proximal" before "distal" in a stated comparison ("proximal-dominant", "predominantly proximal"). */
const DOMINANT = new Set(['dominant', 'predominant', 'predominance', 'dominance']);
const MOSTLY = new Set(['predominantly', 'mainly', 'mostly', 'chiefly', 'primarily']);
/** Verbs and adjectives of a weakness worst somewhere, before "proximally" ("predominating proximally"). */
const PREDOMINATING: ReadonlySet<string> = new Set([
  'predominating',
  'predominates',
  'predominated',
  'predominant',
  'dominant',
]);
/** Words of a muscle examination in which a grade of "proximal" and of "distal" are compared. */
const EXAM_WORDS = new Set([
  'weakness',
  'weak',
  'strength',
  'power',
  'mrc',
  'graded',
  'grade',
  'graduated',
  'scale',
  'paresis',
]);

/** The muscle grade (0–5) written within eight tokens after token `i`, before token `stop`, if any. */
function gradeAfter(t: readonly Token[], i: number, stop: number): number | undefined {
  for (let k = i + 1; k < t.length && k <= i + 8 && k !== stop; k++) {
    const x = t[k]!;
    if (x.norm === '.' || x.norm === ';') return undefined;
    if (x.kind !== 'number') continue;
    const v = Number(x.norm);
    // "4/5", "4", "2 on a scale of 0–5"; not "5 cm" or a year
    if (!Number.isFinite(v) || v < 0 || v > 5) return undefined;
    return v;
  }
  return undefined;
}

/**
 * The grade written right before the region word at `i` and its preposition ("4/5 in the proximal …", "grade 3 at
 * the distal …"): the grade's first number, or undefined.
 */
function gradeBefore(t: readonly Token[], i: number): number | undefined {
  let k = i - 1;
  if (t[k]?.norm === 'the' || t[k]?.norm === 'both') k--;
  if (t[k]?.norm !== 'in' && t[k]?.norm !== 'at' && t[k]?.norm !== 'for') return undefined;
  k--;
  if (t[k]?.kind === 'number' && t[k - 1]?.norm === '/' && t[k - 2]?.kind === 'number') k -= 2;
  const x = t[k];
  if (x?.kind !== 'number') return undefined;
  // (a range, "1-2/5 in the proximal …", is no single grade to compare)
  if (t[k - 1]?.norm === '-' || t[k - 1]?.norm === '\u2013') return undefined;
  const v = Number(x.norm);
  return Number.isFinite(v) && v >= 0 && v <= 5 ? v : undefined;
}

/**
 * EULAR/ACR item "proximal muscles of the legs relatively weaker than distal", read from a stated comparison: a
 * proximal-dominant weakness ("proximal-dominant weakness in all four extremities", "predominantly proximal
 * weakness", "proximal > distal"), or a grade of the proximal muscles below that of the distal ones in one
 * sentence ("proximal strength 4/5 and distal strength 5/5", "weakness of proximal muscles graded 2 and of
 * distal muscles graded 4"). The arms alone are not the legs; no limb named reads as both (conventions:
 * unspecified proximal weakness is both girdles), marked inferred.
 */
/** Whether the comparison at `i` follows its weakness word across a contrast, a semicolon or another sign's name. */
function comparesAnotherSign(t: readonly Token[], i: number): boolean {
  let w = i - 1;
  while (w >= 0 && !EXAM_WORDS.has(t[w]!.norm)) w--;
  if (w < 0) return false;
  return t
    .slice(w + 1, i)
    .some(
      (y, k) =>
        y.norm === ';' ||
        CONTRAST.has(y.norm) ||
        ((SENSORY.has(y.norm) || OTHER_SYMPTOM.has(y.norm) || OTHER_SIGN.has(y.norm)) &&
          !(k === 1 && COORDINATORS.has(t[w + 1]!.norm))),
    );
}
function proximalOverDistal(doc: Doc, s: DocSentence, out: FindingSet): void {
  const t = s.tokens;
  if (!t.some((x) => EXAM_WORDS.has(x.norm))) return;
  const lower = t.some((x) => LOWER_WORDS.has(x.norm) || x.norm === 'lower' || x.norm === 'four');
  const upperOnly = !lower && t.some((x) => UPPER_WORDS.has(x.norm) || x.norm === 'upper');
  if (upperOnly) return;
  for (let i = 0; i < t.length; i++) {
    // "weakness was more marked proximally than distally (in the legs)"
    // … and "the weakness predominating proximally", "weakness, mainly proximally" (session 38: nothing read)
    const adverbial =
      t[i]!.norm === 'proximally' &&
      ((t[i + 1]?.norm === 'than' && t[i + 2]?.norm === 'distally') ||
        PREDOMINATING.has(t[i - 1]?.norm ?? '') ||
        MOSTLY.has(t[i - 1]?.norm ?? ''));
    if (t[i]!.norm !== 'proximal' && !adverbial) continue;
    // "no weakness was found, although the pain was worse proximally than distally" (session 38 precision): the
    // comparison of another sign, after a contrast or that sign's name, is not the weakness's
    if (adverbial && comparesAnotherSign(t, i)) continue;
    let stated = adverbial;
    // "proximal-dominant", "proximal predominance", "predominantly proximal", "predominantly in the proximal …"
    const next = t[i + 1]?.norm === '-' ? t[i + 2]?.norm : t[i + 1]?.norm;
    if (
      DOMINANT.has(next ?? '') ||
      MOSTLY.has(t[i - 1]?.norm ?? '') ||
      (MOSTLY.has(t[i - 3]?.norm ?? '') && t[i - 2]?.norm === 'in' && t[i - 1]?.norm === 'the')
    )
      stated = true;
    // "more pronounced in the proximal upper and lower limbs than the distal ones", "… than in the distal muscles"
    if (!stated && t.slice(Math.max(0, i - 5), i).some((x) => x.norm === 'more' || x.norm === 'greater')) {
      for (let k = i + 1; k < Math.min(t.length, i + 12); k++) {
        if (t[k]!.kind === 'punct') break;
        if (t[k]!.norm !== 'than') continue;
        const rest = t.slice(k + 1, k + 4).map((x) => x.norm);
        if (rest.includes('distal')) stated = true;
        break;
      }
    }
    // "proximal > distal", "proximal more than distal", "proximal greater than distal"
    const after = t.slice(i + 1, i + 5).map((x) => x.norm);
    const d = after.indexOf('distal');
    if (
      d >= 0 &&
      (after[0] === '>' || ((after[0] === 'more' || after[0] === 'greater') && after[1] === 'than'))
    )
      stated = true;
    let graded = false;
    if (!stated) {
      // the first "distal" after it, within 20 tokens (searched there only, not from the sentence's start)
      let j = -1;
      for (let k = i + 1; k < t.length && k - i <= 20; k++)
        if (t[k]!.norm === 'distal') {
          j = k;
          break;
        }
      if (j < 0) continue;
      // grades written before their regions, 4/5 proximally then 5/5 distally (session 39: nothing read): when the
      // distal grade stands before its region, so does the proximal one
      const before = gradeBefore(t, j) !== undefined;
      const p = before ? gradeBefore(t, i) : gradeAfter(t, i, j);
      const q = before ? gradeBefore(t, j) : gradeAfter(t, j, -1);
      if (p === undefined || q === undefined || p >= q) continue;
      graded = true;
    }
    const a = mentionStatus(s.assert(i, i + 1));
    if (!a || a.status !== 'present') continue;
    out.add(
      'proximal-weaker-than-distal-legs',
      'present',
      [t[i]!],
      'weakness',
      graded ? { code: 'mrc-grade' } : a.note,
      undefined,
      !lower,
    );
    return;
  }
}

/** Second words of a hip muscle group ("hip flexors", "hip abduction"). */
const HIP_ACTIONS = new Set([
  'flexors',
  'flexor',
  'flexion',
  'extensors',
  'extensor',
  'extension',
  'abductors',
  'abductor',
  'abduction',
  'adductors',
  'adduction',
]);
/** Muscles of the thigh and hip named alone. */
const PROXIMAL_LEG_MUSCLES = new Set([
  'quadriceps',
  'iliopsoas',
  'gluteus',
  'gluteal',
  'glutei',
  'hamstrings',
]);
/** Muscles and movements of the ankle and foot named alone. */
const DISTAL_LEG_MUSCLES = new Set([
  'tibialis',
  'gastrocnemius',
  'dorsiflexion',
  'dorsiflexors',
  'plantarflexion',
  'plantarflexors',
]);
/** Second words of an ankle or toe group ("ankle dorsiflexors", "toe extensors", "plantar flexion"). */
const ANKLE_ACTIONS = new Set([
  'dorsiflexors',
  'dorsiflexion',
  'plantarflexors',
  'plantarflexion',
  'flexors',
  'flexion',
  'extensors',
  'extension',
]);

/**
 * The leg's muscle groups a sentence names, each with its grade: a group of the hip or thigh (proximal) or of the
 * ankle, foot or toes (distal), the grade written before it ("4/5 in the hip flexors") or after it, before the
 * next group ("hip flexors 4/5, ankle dorsiflexors 5/5").
 */
function legGroupGrades(t: readonly Token[]): { proximal: boolean; grade: number; at: number }[] {
  const groups: { proximal: boolean; start: number; end: number }[] = [];
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!.norm;
    const next = t[i + 1]?.norm ?? '';
    if (w === 'hip' && HIP_ACTIONS.has(next)) groups.push({ proximal: true, start: i, end: i + 2 });
    else if (PROXIMAL_LEG_MUSCLES.has(w)) groups.push({ proximal: true, start: i, end: i + 1 });
    else if ((w === 'ankle' || w === 'toe' || w === 'plantar' || w === 'foot') && ANKLE_ACTIONS.has(next))
      groups.push({ proximal: false, start: i, end: i + 2 });
    else if (DISTAL_LEG_MUSCLES.has(w)) groups.push({ proximal: false, start: i, end: i + 1 });
    else continue;
    i = groups[groups.length - 1]!.end - 1;
  }
  const out: { proximal: boolean; grade: number; at: number }[] = [];
  groups.forEach((g, k) => {
    const nextStart = groups[k + 1]?.start ?? -1;
    const grade = gradeBefore(t, g.start) ?? gradeAfter(t, g.end - 1, nextStart);
    if (grade !== undefined) out.push({ proximal: g.proximal, grade, at: g.start });
  });
  return out;
}

/**
 * EULAR/ACR "proximal muscles of the legs relatively weaker than distal" read from the grades of named groups: the
 * weakest graded group of the hip or thigh below the weakest of the ankle, foot or toes, in one sentence ("4/5 in
 * the hip flexors and 5/5 in the ankle dorsiflexors"; session 50, probe: only "proximal" and "distal" named as such
 * were compared). Equal grades, or a weaker distal group, read nothing.
 */
function namedLegGrades(s: DocSentence, out: FindingSet): void {
  const t = s.tokens;
  const graded = legGroupGrades(t);
  const prox = graded.filter((g) => g.proximal);
  const dist = graded.filter((g) => !g.proximal);
  if (!prox.length || !dist.length) return;
  const p = Math.min(...prox.map((g) => g.grade));
  const q = Math.min(...dist.map((g) => g.grade));
  if (p >= q) return;
  const first = prox.find((g) => g.grade === p)!;
  const a = mentionStatus(s.assert(first.at, first.at + 1));
  if (!a || a.status !== 'present') return;
  out.add('proximal-weaker-than-distal-legs', 'present', [t[first.at]!], 'weakness', { code: 'mrc-grade' });
}

/** "MRC 1-2/5 in proximal and 2-3/5 in distal groups": a grade below 5/5 right before the muscle group. */
function weakGradeBefore(t: readonly { norm: string; kind: string }[], i: number): boolean {
  // ("3/5 in the distal hand muscles", session 38: the article between)
  const j = t[i - 1]?.norm === 'the' ? i - 1 : i;
  const w = t[j - 1]?.norm ?? '';
  const k = w === 'in' || w === 'at' || w === 'strength' || w === 'power' ? j - 2 : j - 1;
  return (
    t[k]?.norm === '5' && t[k - 1]?.norm === '/' && t[k - 2]?.kind === 'number' && Number(t[k - 2]!.norm) < 5
  );
}

/**
 * Body sites a trailing "bilaterally" belongs to ("lesions over his hands and fingers bilaterally"): the sides of a
 * rash or of a distal part, not the symmetry of a proximal weakness.
 */
const SIDED_SITES: ReadonlySet<string> = new Set([
  'hands',
  'fingers',
  'feet',
  'toes',
  'eyelids',
  'eyes',
  'face',
  'cheeks',
  'knuckles',
  'elbows',
  'knees',
  'palms',
  'soles',
  'nails',
]);

/** Paired parts after "both" that make a weakness symmetric ("both arms", "both hip flexors", "both quadriceps"). */
const BOTH_SIDED: ReadonlySet<string> = new Set([
  'sides',
  'arms',
  'legs',
  'shoulders',
  'thighs',
  'hips',
  'hip',
  'deltoids',
  'quadriceps',
  'iliopsoas',
  'psoas',
  'biceps',
  'triceps',
]);

/** Symmetric weakness: "symmetric(al)", "bilateral(ly)", "both sides", "both arms"; asymmetric → absent. */
function symmetry(
  doc: Doc,
  s: DocSentence,
  out: FindingSet,
  girdles: boolean,
  addRegion: (id: string, idx: number) => void,
): void {
  const t = s.tokens;
  const asym = t.findIndex(
    (x) => x.norm === 'asymmetric' || x.norm === 'asymmetrical' || x.norm === 'unilateral',
  );
  if (asym >= 0) {
    out.add('symmetric-weakness', 'absent', [t[asym]!], 'weakness', 'asymmetric');
    return;
  }
  if (!girdles) return;
  // "weakness in the left upper and right lower limbs", "the right arm and the left leg": opposite sides of
  // opposite limbs, an asymmetric weakness
  const limbOf = (i: number) => {
    for (let k = i + 1; k < Math.min(t.length, i + 3); k++) {
      const n = t[k]!.norm;
      if (n === 'upper' || n === 'arm' || n === 'arms') return 'upper';
      if (n === 'lower' || n === 'leg' || n === 'legs') return 'lower';
    }
    return undefined;
  };
  const left = t.findIndex((x, i) => x.norm === 'left' && limbOf(i) !== undefined);
  const right = t.findIndex((x, i) => x.norm === 'right' && limbOf(i) !== undefined);
  if (left >= 0 && right >= 0 && limbOf(left) !== limbOf(right)) {
    out.add('symmetric-weakness', 'absent', [t[left]!, t[right]!], 'weakness', 'asymmetric');
    return;
  }
  // the first side word that qualifies the weakness: "painful swelling of the bilateral upper arms, malar rash,
  // symmetric proximal weakness" skips the swelling's side word for the weakness's
  const side = (x: { norm: string }, i: number) =>
    x.norm === 'symmetric' ||
    x.norm === 'symmetrical' ||
    x.norm === 'symmetrically' ||
    ((x.norm === 'bilateral' || x.norm === 'bilaterally') && !SIDED_SITES.has(t[i - 1]?.norm ?? '')) ||
    (x.norm === 'both' && BOTH_SIDED.has(t[i + 1]?.norm ?? '')) ||
    (x.norm === 'on' && t[i + 1]?.norm === 'both' && t[i + 2]?.norm === 'sides');
  const { at: weakAt } = weaknessAt(doc, s);
  const sym = t.findIndex((x, i) => side(x, i) && !shadowedSide(t, i) && !otherSignClause(t, i, weakAt));
  // "a rash on her bilateral arms and progressive muscle weakness": the side word qualifies another sign
  // (skipped above)
  if (sym >= 0) addRegion('symmetric-weakness', sym);
}

/**
 * Whether the side word at `i` stands in a clause of its own (between semicolons) that names another sign and no
 * weakness: "heliotrope rash; on both sides, over the finger joints, there were Gottron papules; weakness of the
 * proximal muscles" (session 38: read as a symmetric weakness).
 */
function otherSignClause(t: readonly Token[], i: number, weak: readonly number[]): boolean {
  let a = i;
  while (a > 0 && t[a - 1]!.norm !== ';') a--;
  let b = i;
  while (b < t.length && t[b]!.norm !== ';') b++;
  // a sentence without a semicolon is one clause: the rules above read it
  if (a === 0 && b === t.length) return false;
  if (weak.some((w) => w >= a && w < b)) return false;
  let sign = false;
  for (let k = a; k < b; k++) {
    if (t[k]!.kind === 'number') return false;
    if (OTHER_SYMPTOM.has(t[k]!.norm) || LESION.has(t[k]!.norm)) sign = true;
  }
  return sign;
}

/**
 * Paired organs and signs outside the limbs that a side word can qualify ("bilateral ptosis", "bilateral pulmonary
 * infiltrates", "bilateral pleural effusions"; session 23: "bilateral ptosis … and proximal weakness" was read as a
 * symmetric weakness).
 */
const NON_LIMB_SIDED: ReadonlySet<string> = new Set([
  'ptosis',
  'ophthalmoplegia',
  'ophthalmoparesis',
  'facial',
  'pulmonary',
  'lung',
  'lungs',
  'pleural',
  'basal',
  'infiltrates',
  'opacities',
  'ground',
  'crackles',
  'rales',
  'hilar',
  'lymphadenopathy',
  'renal',
  'kidneys',
  'breast',
  'breasts',
  'ovarian',
  'adnexal',
  'parotid',
  'tonsils',
  'sensorineural',
  'hearing',
]);

/**
 * Whether a side word ("bilateral") sits in a phrase about a skin sign or another symptom: before it ("swelling of
 * the bilateral arms") or right after it ("bilateral eyelid erythema and edema").
 */
/** The word after a run of limb words from `k` ("lower extremity edema" → "edema"). */
function limbHead(t: readonly { norm: string }[], k: number): string {
  let j = k;
  while (j < t.length && (LIMB.has(t[j]!.norm) || t[j]!.norm === 'upper' || t[j]!.norm === 'lower')) j++;
  return t[j]?.norm ?? '';
}

function shadowedSide(t: readonly { norm: string }[], i: number): boolean {
  // ("bilateral large joint pain": session 22, read as a symmetric weakness; the joints within three words)
  for (let k = i + 1; k <= Math.min(t.length - 1, i + 3); k++) {
    const n = t[k]!.norm;
    // "bilateral lower extremity edema and proximal weakness" (session 24: read as a symmetric weakness): the limb
    // words are passed over to the noun they qualify
    if ((LIMB.has(n) || n === 'upper' || n === 'lower') && OTHER_SYMPTOM.has(limbHead(t, k))) return true;
    if (WEAK.has(n) || LIMB.has(n) || n === 'proximal' || n === 'upper' || n === 'lower') break;
    if (PERIORBITAL.has(n) || SIDED_SITES.has(n) || OTHER_SYMPTOM.has(n) || n === 'eyelid') return true;
    if (n === 'joint' || n === 'joints' || NON_LIMB_SIDED.has(n)) return true;
  }
  // "polyarthralgia of upper and lower limbs symmetrically and proximal weakness" (session 25: read as a symmetric
  // weakness): the adverb closes the sign before it, across the limbs that sign names
  if (t[i]!.norm === 'symmetrically')
    for (let k = i - 1; k >= Math.max(0, i - 9); k--) {
      const n = t[k]!.norm;
      if (n === ',' || n === ';' || WEAK.has(n)) break;
      if (OTHER_SYMPTOM.has(n) || JOINT_PAIN.has(n)) return true;
    }
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const n = t[k]!.norm;
    if (n === ',' || n === ';' || n === 'and' || WEAK.has(n)) return false;
    if (OTHER_SYMPTOM.has(n)) return true;
  }
  return false;
}
/** Joint complaints a side adverb after their limbs may qualify. */
const JOINT_PAIN = new Set([
  'arthralgia',
  'arthralgias',
  'polyarthralgia',
  'polyarthralgias',
  'arthritis',
  'polyarthritis',
]);

/**
 * "Rest of the limb and neck muscles were strong", "the remaining muscles were normal": the groups the text does
 * not state weak are normal — recorded absent, so that a weakness stated elsewhere (present) wins over them.
 * "Normal grip (strength)": the finger flexors are normal.
 */
function restNormal(doc: Doc, s: DocSentence, out: FindingSet): void {
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    const n = t[i]!.norm;
    // ("grip was normal", "grip intact", session 38: the verb between the grip and its state)
    if (
      n === 'grip' &&
      (t[i - 1]?.norm === 'normal' ||
        t[i + 1]?.norm === 'strength' ||
        (NORMAL_WORDS.has(t[i + 1]?.norm ?? '') && gripStateEnds(t, i + 2)) ||
        (COPULA_WORDS.has(t[i + 1]?.norm ?? '') &&
          NORMAL_WORDS.has(t[i + 2]?.norm ?? '') &&
          gripStateEnds(t, i + 3)))
    ) {
      const w = t.slice(Math.max(0, i - 2), i + 5).map((x) => x.norm);
      if (!w.some((x) => NORMAL_WORDS.has(x))) continue;
      const a = mentionStatus(s.assert(i, i + 1));
      if (a?.status === 'present')
        out.add('finger-flexor-weakness', 'absent', [t[i]!], 'weakness', 'normal-strength');
      continue;
    }
    const rest = (n === 'rest' && t[i + 1]?.norm === 'of') || n === 'remaining';
    if (!rest) continue;
    const win = t.slice(i + 1, i + 10).map((x) => x.norm);
    let m = win.findIndex((x) => x === 'muscles' || x === 'muscle');
    if (m < 0) continue;
    // "all other limb muscles and the neck muscles had full strength" (session 38: the neck lost): a
    // second group of muscles joined to the first shares the rest's state
    if (win[m + 1] === 'and') {
      const k = win.findIndex((x, j) => j > m + 1 && j <= m + 4 && (x === 'muscles' || x === 'muscle'));
      if (k > 0 && win.slice(m + 2, k).every((x) => !COPULA_WORDS.has(x) && x !== ',')) m = k;
    }
    const after = t.slice(i + 2 + m, i + 6 + m).map((x) => x.norm);
    if (!after.some((x) => NORMAL_WORDS.has(x) || x === 'strong')) continue;
    const a = mentionStatus(s.assert(i, i + 1));
    if (a?.status !== 'present') continue;
    const sites = win.slice(0, m);
    const neck = sites.includes('neck');
    const limbSites = sites.some((x) => LIMB.has(x)) || !neck;
    const ids = [
      ...(limbSites ? ['proximal-weakness-upper', 'proximal-weakness-lower', 'distal-weakness'] : []),
      ...(neck ? ['neck-flexor-weakness'] : []),
    ];
    for (const id of ids) out.add(id, 'absent', [t[i]!, t[i + 1 + m]!], 'weakness', 'normal-strength');
    return;
  }
}

/** Adverbs between a copula and its "normal" ("were notably normal", "was entirely normal"). */
const COPULA_ADVERB = new Set([
  'notably',
  'entirely',
  'completely',
  'otherwise',
  'all',
  'both',
  'also',
  'fully',
]);

/**
 * "Muscle strength and deep tendon reflexes were notably normal": the strength word opens a short list of
 * examined items (joined by "and" or commas) whose verb, after it, says normal. Read up to ten words on, across
 * the list's other items only: a "but", a clause end or a reduction word stops it.
 */
function sharedNormalAfter(t: readonly { norm: string }[], i: number): boolean {
  for (let k = i + 1; k < Math.min(t.length, i + 10); k++) {
    const w = t[k]!.norm;
    if (w === '.' || w === ';' || w === 'but' || w === 'except' || REDUCED.has(w) || w === 'weak')
      return false;
    if (w !== 'was' && w !== 'were' && w !== 'is' && w !== 'are') continue;
    let j = k + 1;
    while (j < k + 3 && COPULA_ADVERB.has(t[j]?.norm ?? '')) j++;
    const r = t[j]?.norm ?? '';
    return NORMAL_WORDS.has(r) || r === 'unremarkable';
  }
  return false;
}

/** Regions other than the girdles that a denied weakness may name ("no neck weakness", "no extra ocular weakness"). */
const OTHER_WEAK_REGIONS: ReadonlySet<string> = new Set([
  'neck',
  'distal',
  'finger',
  'fingers',
  'facial',
  'respiratory',
  'grip',
  'hand',
  // "denies weakness in the hands" (session 24: read as both girdles normal): the distal muscles
  'hands',
  'wrist',
  'wrists',
  'foot',
  'feet',
  'ankle',
  'ankles',
  'toe',
  'toes',
  'face',
  // "no ptosis or extra ocular weakness": the eye muscles
  'ocular',
  'extraocular',
  'eyelid',
  'bulbar',
]);

/** Qualifiers that make a "preserved" or "normal" strength a comparison, not a normal examination. */
const RELATIVE_NORMAL: ReadonlySet<string> = new Set([
  'relatively',
  'comparatively',
  'largely',
  'mostly',
  'partially',
  'partly',
  'fairly',
  'reasonably',
  // "strength was almost normal", "near-normal power" (session 38: read as no weakness): a slight weakness left
  'almost',
  'nearly',
  'near',
]);

/** Words of a region left out by a weakness ("sparing the shoulders", "the arms were spared"). */
const SPARING = new Set(['sparing', 'spares', 'spared']);
/** States of a region after its verb that say it is not weak ("the upper limbs were spared / unaffected"). */
const SPARED_STATE = new Set(['spared', 'preserved', 'normal', 'intact', 'unaffected', 'uninvolved', 'full']);
/** The copula before a state ("strength was full in the arms"). */
const BE_WORDS = new Set(['was', 'were', 'is', 'are', 'remained']);
/** Whether a weakness word stands within four words before token `i`, in its phrase (no punctuation between). */
function weaknessHeads(t: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4 && t[k]!.kind === 'word'; k--)
    if (WEAK.has(t[k]!.norm)) return true;
  return false;
}
/** Verbs whose object is the region of the weakness that is their subject ("… and involved the shoulders"). */
const INVOLVE_VERBS: ReadonlySet<string> = new Set(['involved', 'involving', 'affected', 'affecting']);
/** Words between such a verb and its region ("involved mainly the shoulders", "affecting both her legs"). */
const INVOLVED_GLUE: ReadonlySet<string> = new Set([
  'the',
  'both',
  'her',
  'his',
  'mainly',
  'mostly',
  'chiefly',
  'predominantly',
  'particularly',
  'especially',
]);
/** Participles that state a region spared after its noun without a verb ("with the proximal muscles spared"). */
const SPARED_PARTICIPLE = new Set(['spared', 'preserved', 'unaffected', 'uninvolved', 'intact']);
/** Words a spared phrase is never read across. */
const SPARED_STOP = new Set([',', ';', '.', ':', 'but', 'whereas', 'while', 'with', 'and']);

/**
 * Whether token `i` (a region word) stands in a phrase that says its region is spared (session 19): after
 * "sparing (of) (the)" or "spared (the)" ("weakness of the hips, sparing the shoulders", "proximal weakness with
 * sparing of the distal muscles"); before "was / were (relatively) spared / preserved / normal / unaffected" ("the
 * upper limbs were spared"); or after "normal / full / preserved strength in / of" ("with normal strength in the
 * arms").
 */
function spared(t: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const w = t[k]!.norm;
    if (SPARING.has(w)) return true;
    // "weakness of the shoulders but not of the hips"
    if (w === 'not' && t[k - 1]?.norm === 'but') return true;
    if (
      (w === 'in' || w === 'of') &&
      STRENGTH.has(t[k - 1]?.norm ?? '') &&
      NORMAL_WORDS.has(t[k - 2]?.norm ?? '')
    )
      return true;
    // "strength was full in the arms"
    if (
      (w === 'in' || w === 'of') &&
      NORMAL_WORDS.has(t[k - 1]?.norm ?? '') &&
      BE_WORDS.has(t[k - 2]?.norm ?? '') &&
      STRENGTH.has(t[k - 3]?.norm ?? '')
    )
      return true;
    if (SPARED_STOP.has(w) && w !== 'and') break;
  }
  for (let k = i + 1; k < t.length && k <= i + 6; k++) {
    const w = t[k]!.norm;
    if (SPARED_STOP.has(w)) return false;
    // "with the proximal muscles spared", "the shoulders being unaffected" (session 39: the proximal muscles read
    // weak): a participle right after the region's noun, with no verb, states the region as the copula does
    if (
      k <= i + 4 &&
      SPARED_PARTICIPLE.has(w) &&
      // (not the object of a weakness: "weakness of the proximal muscles intact …" is telegraphic, not a sparing)
      !weaknessHeads(t, i) &&
      t
        .slice(i + 1, k)
        .every((x) => x.kind === 'word' && x.norm !== 'not' && !WEAK.has(x.norm) && !REDUCED.has(x.norm))
    )
      return true;
    if (w === 'was' || w === 'were' || w === 'is' || w === 'are' || w === 'remained') {
      let j = k + 1;
      if (MOSTLY.has(t[j]?.norm ?? '') || t[j]?.norm === 'relatively') j++;
      const state = t[j]?.norm ?? '';
      if (SPARED_STATE.has(state)) return true;
      return state === 'not' && (t[j + 1]?.norm === 'affected' || t[j + 1]?.norm === 'involved');
    }
  }
  return false;
}

/** Words of a recovery before "(to) normal / full strength" ("return to", "returned to", "regained", "recovered"). */
const RECOVERY = new Set([
  'return',
  'returned',
  'returning',
  'regained',
  'regain',
  'recovered',
  'recovery',
  'back',
]);

/** Whether the strength word at `i` is reached after a recovery ("return to normal strength", "regained full strength"). */
function recovered(t: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) if (RECOVERY.has(t[k]!.norm)) return true;
  return false;
}

/** "No muscle weakness", "muscle strength was normal": both proximal groups absent (inferred). */
/** Words that end the look-back of {@link sharedNormalBefore}: a contrast, or a state of its own. */
const LIST_BREAK = new Set([
  'but',
  'although',
  'except',
  'while',
  'whereas',
  'with',
  'without',
  'was',
  'were',
]);

/**
 * "normal muscle tone, power, and reflexes" (session 26: the power lost): "normal" heading a comma list that the
 * strength word at `i` is a member of (within six tokens before it, with a comma between).
 */
function sharedNormalBefore(t: readonly Token[], i: number): boolean {
  let comma = false;
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const w = t[k]!.norm;
    if (w === ',') comma = true;
    else if (LIST_BREAK.has(w) || REDUCED.has(w) || WEAK.has(w)) return false;
    else if (w === 'normal') return comma;
    else if (t[k]!.kind !== 'word') return false;
  }
  return false;
}

/** Verbs of an examiner's finding before "to be" ("was found to be normal", "was judged to be full"). */
const FOUND_VERBS: ReadonlySet<string> = new Set([
  'found',
  'noted',
  'judged',
  'considered',
  'shown',
  'felt',
  'observed',
]);

function normalStrength(doc: Doc, s: DocSentence, out: FindingSet): void {
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    const n = t[i]!.norm;
    // a word that starts no branch below reads nothing: tested before the costlier aside (speed only)
    if (!NORMAL_STRENGTH_CUES.has(n) || causeAside(t, i)) continue;
    let hit = -1;
    let only: string | undefined;
    // "the distal muscles were spared", "distal muscles: normal": the distal muscles stated normal
    if (
      (n === 'muscles' || n === 'muscle') &&
      t[i - 1]?.norm === 'distal' &&
      t.slice(i + 1, i + 4).some((x) => NORMAL_WORDS.has(x.norm)) &&
      !t.slice(i + 1, i + 4).some((x) => REDUCED.has(x.norm) || WEAK.has(x.norm))
    ) {
      const a = mentionStatus(s.assert(i, i + 1));
      if (a?.status === 'present')
        out.add('distal-weakness', 'absent', [t[i]!], 'weakness', 'normal-strength');
      continue;
    }
    if (n === 'weakness' || n === 'weak') {
      // "the blot showed weak anti-Ro52 and was otherwise negative" (session 32: read as no weakness): "weak" of
      // a result's strength, not of the muscles
      if (n === 'weak' && weakResult(s, i)) continue;
      const a = s.assert(i, i + 1);
      // only a general statement: no region named near it
      const region = limbs(s, Math.max(0, i - 4), Math.min(t.length, i + 5), doc.text);
      const qualified = t.slice(Math.max(0, i - 3), i + 4).some((x) => OTHER_WEAK_REGIONS.has(x.norm));
      if (a.negated && !a.resolved && !region.upper.length && !region.lower.length && !qualified) hit = i;
    } else if (
      (n === 'involvement' || n === 'symptoms' || n === 'complaints') &&
      t[i - 1]?.norm === 'muscle'
    ) {
      // "there was no muscle involvement", "no muscle symptoms": no weakness (conventions) — not a study's
      // reading ("no muscle involvement on MRI")
      const a = s.assert(i - 1, i + 1);
      const study = t.some((x) => STUDY_WORDS.has(x.norm));
      if (a.negated && !a.resolved && !study) hit = i;
    } else if (STRENGTH.has(n) || (n === 'testing' && t[i - 1]?.norm === 'muscle') || n === 'mmt') {
      // "motor power was found to be normal" (session 38: nothing read): a verb of finding and "to be" between
      // the strength and its state lengthen the window by their three words
      const found =
        COPULA_WORDS.has(t[i + 1]?.norm ?? '') &&
        FOUND_VERBS.has(t[i + 2]?.norm ?? '') &&
        t[i + 3]?.norm === 'to' &&
        t[i + 4]?.norm === 'be'
          ? 3
          : 0;
      const win = t.slice(Math.max(0, i - 3), i + 5 + found).map((x) => x.norm);
      // "no abnormalities on strength testing": nothing abnormal found is normal strength
      const noAbnormality = t
        .slice(Math.max(0, i - 4), i)
        .some((x, k, w) => /^abnormalit(y|ies)$/.test(x.norm) && w[k - 1]?.norm === 'no');
      // "neurological examination was unremarkable, including individual muscle power, …": a member of the
      // list that an examination found normal
      const including = t.slice(Math.max(0, i - 4), i).findIndex((x) => x.norm === 'including');
      const normalList =
        including >= 0 &&
        t
          .slice(Math.max(0, i - 12), Math.max(0, i - 4) + including)
          .some((x) => x.norm === 'unremarkable' || x.norm === 'normal');
      // "relatively well preserved power in the limbs", "largely intact strength": normal only by comparison;
      // "a return to normal strength", "regained full strength" (session 19): a recovery after treatment, which
      // says the muscles were weak before, not that they were normal
      const relative = win.some((w) => RELATIVE_NORMAL.has(w)) || recovered(t, i);
      const normal =
        (noAbnormality ||
          normalList ||
          sharedNormalAfter(t, i) ||
          sharedNormalBefore(t, i) ||
          win.includes('normal') ||
          win.includes('full') ||
          win.includes('preserved') ||
          win.includes('intact')) &&
        !relative;
      const qualified = win.some((w) =>
        ['distal', 'distally', 'neck', 'grip', 'hand', 'finger', 'fingers'].includes(w),
      );
      const reduced = win.some((w) => REDUCED.has(w));
      // "neck flexor strength was normal", "normal neck flexion strength": the neck flexors are normal
      // ("Neck flexor and upper limb strength were normal", session 32: the neck joined first, further back)
      const back = t.slice(Math.max(0, i - 6), i).some((x) => x.norm === 'and') ? 6 : 3;
      const neckAt = t
        .slice(Math.max(0, i - back), i)
        .findIndex((x, k, w) => x.norm === 'neck' && /^flex(or|ors|ion)$/.test(w[k + 1]?.norm ?? ''));
      if (normal && !reduced && neckAt >= 0) {
        const a = mentionStatus(s.assert(i, i + 1));
        if (a?.status === 'present') {
          out.add('neck-flexor-weakness', 'absent', [t[i]!], 'weakness', 'normal-strength');
          // "Arm and neck flexor power were normal" (session 25: the arms lost): a limb joined before
          // the neck flexors shares their strength word
          const neck = Math.max(0, i - back) + neckAt;
          if (t[neck - 1]?.norm === 'and') {
            const joined = limbs(s, Math.max(0, neck - 4), neck - 1, doc.text);
            if (joined.upper.length)
              out.add('proximal-weakness-upper', 'absent', [t[i]!], 'weakness', 'normal-strength');
            if (joined.lower.length)
              out.add('proximal-weakness-lower', 'absent', [t[i]!], 'weakness', 'normal-strength');
          }
        }
      }
      // "distal strength was normal", "normal distal strength", "strength was normal distally": the distal
      // muscles are normal (a grade or a reduction beside it is read by the weakness rules)
      const distalLimbsAt = distalLimbsBefore(t, i);
      const distalAt =
        t[i - 1]?.norm === 'distal' ||
        (t[i - 2]?.norm === 'distal' && t[i - 1]?.norm === 'muscle') ||
        distalLimbsAt >= 0 ||
        t.slice(i + 1, i + 5).some((x) => x.norm === 'distally');
      // "strength in his distal extremities was intact" (session 24): the distal region after the strength, and its
      // state after the region
      const distalAfter = distalRegionAfter(t, i);
      if (
        distalAfter !== undefined &&
        !reduced &&
        !relative &&
        t.slice(distalAfter, distalAfter + 3).some((x) => NORMAL_WORDS.has(x.norm)) &&
        !t.slice(distalAfter, distalAfter + 3).some((x) => RELATIVE_NORMAL.has(x.norm)) &&
        !t.some((x) => x.norm === 'proximal' || x.norm === 'proximally')
      ) {
        const a = mentionStatus(s.assert(i, i + 1));
        if (a?.status === 'present')
          out.add('distal-weakness', 'absent', [t[i]!], 'weakness', 'normal-strength');
      }
      // (the state may stand before "distal" when limb words come between: "full distal upper and lower limb
      // strength")
      const distalNormal = normal || (distalLimbsAt > 0 && NORMAL_WORDS.has(t[distalLimbsAt - 1]!.norm));
      if (distalNormal && !reduced && distalAt && !proximalInStrengthWindow(t, i)) {
        const a = mentionStatus(s.assert(i, i + 1));
        if (a?.status === 'present')
          out.add('distal-weakness', 'absent', [t[i]!], 'weakness', 'normal-strength');
      }
      // "normal power in all four limbs" names both; "normal strength in the upper limbs" only one
      if (normal && !qualified && !reduced) {
        const region = limbs(s, Math.max(0, i - 3), Math.min(t.length, i + 6), doc.text);
        hit = i;
        if (region.upper.length && !region.lower.length) only = 'proximal-weakness-upper';
        else if (region.lower.length && !region.upper.length) only = 'proximal-weakness-lower';
      }
    }
    if (hit < 0) continue;
    const a = mentionStatus(s.assert(hit, hit + 1));
    if (a && a.status === 'present' && (STRENGTH.has(n) || n === 'testing' || n === 'mmt')) {
      // "strength was normal": stated normal
      for (const id of only ? [only] : ['proximal-weakness-upper', 'proximal-weakness-lower'])
        out.add(id, 'absent', [t[hit]!], 'weakness', 'normal-strength', undefined, !only);
    } else if (a && a.status === 'absent')
      for (const id of ['proximal-weakness-upper', 'proximal-weakness-lower'])
        out.add(id, 'absent', [t[hit]!], 'weakness', 'no-weakness-stated', undefined, true);
    return;
  }
}

/** Words of the limbs that may stand between "distal" and the strength ("distal upper and lower extremity strength"). */
const DISTAL_LIMB_WORDS = new Set([
  'upper',
  'lower',
  'extremity',
  'extremities',
  'limb',
  'limbs',
  'and',
  'muscle',
]);
/**
 * "full distal upper and lower limb strength" (session 51, development text): the index of a "distal" followed
 * by limb words only up to the strength word at `i`; -1 when there is none.
 */
function distalLimbsBefore(t: readonly Token[], i: number): number {
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const n = t[k]!.norm;
    if (n === 'distal') return k < i - 1 ? k : -1;
    if (!DISTAL_LIMB_WORDS.has(n)) return -1;
  }
  return -1;
}
/**
 * Whether "proximal" stands in the strength statement itself (three words before it to four after), as in
 * "proximal and distal strength was normal except …"; a proximal weakness told earlier in the sentence ("proximal
 * power 4/5 with preserved distal power", session 51) leaves the distal statement alone.
 */
function proximalInStrengthWindow(t: readonly Token[], i: number): boolean {
  return t.slice(Math.max(0, i - 4), i + 5).some((x) => x.norm === 'proximal' || x.norm === 'proximally');
}

/** Strength grades below 5 are weakness of their group; grade 5 is its absence. */
const GRADE_FINDING: Readonly<Partial<Record<ExtractedStrength['group'], string>>> = {
  'proximal-upper': 'proximal-weakness-upper',
  'proximal-lower': 'proximal-weakness-lower',
  'neck-flexors': 'neck-flexor-weakness',
  'distal-upper': 'distal-weakness',
  'distal-lower': 'distal-weakness',
  'finger-flexors': 'finger-flexor-weakness',
};
const ROMAN: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4, V: 5 };

/** The highest grade a written MRC grade allows ("3-4/5" → 4, "4+/5" → 4.5, "IV/V" → 4). */
export function maxGrade(grade: string): number | undefined {
  // the few grades written are read once each (speed only: the reading depends on the string alone)
  if (MAX_GRADE.has(grade)) return MAX_GRADE.get(grade);
  const max = readMaxGrade(grade);
  if (MAX_GRADE.size < 1000) MAX_GRADE.set(grade, max);
  return max;
}
/** {@link maxGrade} of the grades already read (at most a thousand kept). */
const MAX_GRADE = new Map<string, number | undefined>();
/** {@link maxGrade}, read from the string. */
function readMaxGrade(grade: string): number | undefined {
  const parts = grade.replace(/\/(?:5|V)$/, '').split(/[-–](?=[0-9IV])/);
  let max: number | undefined;
  for (const p of parts) {
    const m = /^([0-5](?:\.[05])?|IV|V|I{1,3})([+-]?)$/.exec(p.trim());
    if (!m) return undefined;
    const v = (ROMAN[m[1]!] ?? Number(m[1])) + (m[2] === '+' ? 0.5 : m[2] === '-' ? -0.25 : 0);
    max = max === undefined ? v : Math.max(max, v);
  }
  return max;
}

/** The lowest grade of a written range ("4-5/5" → 4); the grade itself otherwise. */
function minGrade(grade: string): number {
  const m = /^([0-5])[+-]?[-–](?=[0-9])/.exec(grade.trim());
  return m ? Number(m[1]) : (maxGrade(grade) ?? 5);
}

function findingsFromGrades(
  doc: Doc,
  s: DocSentence,
  strength: readonly ExtractedStrength[],
  out: FindingSet,
): void {
  let weak = false;
  for (const g of strength) {
    const id = GRADE_FINDING[g.group];
    const max = maxGrade(g.grade);
    if (!id || max === undefined) continue;
    // "4–5/5": a range reaching below 5 states some weakness (of some muscles of the group, or a slight one)
    const below = max < 5 || minGrade(g.grade) < 5;
    if (below) weak = true;
    const ev = g.evidence[0]!;
    out.add(id, below ? 'present' : 'absent', ev.spans, ev.stage, { code: 'mrc-grade', params: ev.params });
  }
  // "right deltoid 3/5, left deltoid 5/5": the two sides of one proximal group graded apart
  for (const group of ['proximal-upper', 'proximal-lower'] as const) {
    const sideWeak = (side: string) =>
      strength
        .filter((g) => g.group === group && g.side === side)
        .map((g) => (maxGrade(g.grade) ?? 5) < 5 || minGrade(g.grade) < 5);
    const l = sideWeak('left');
    const r = sideWeak('right');
    if (!l.length || !r.length) continue;
    const ev = strength.find((g) => g.group === group)!.evidence[0]!;
    if (l.some(Boolean) !== r.some(Boolean)) {
      out.add('symmetric-weakness', 'absent', ev.spans, ev.stage, 'asymmetric');
      return;
    }
    // both sides weak: a symmetric weakness of the girdle
    if (l.some(Boolean) && r.some(Boolean))
      out.add('symmetric-weakness', 'present', ev.spans, ev.stage, { code: 'mrc-grade', params: ev.params });
  }
  if (weak && strength.some((g) => g.group.startsWith('proximal')))
    symmetry(doc, s, out, true, (id, idx) => {
      const a = mentionStatus(s.assert(idx, idx + 1));
      if (a) out.add(id, a.status, [s.tokens[idx]!], 'weakness', a.note, a.reason);
    });
}

const GRADE_CONTEXT = new Set([
  'extension',
  'abduction',
  'strength',
  'power',
  'weakness',
  'weak',
  'mrc',
  // "Deltoids scored MMT 3" (session 26): a manual muscle test's grade out of five
  'mmt',
  'flexion',
  'flexors',
  'force',
  'motor',
  'paresis',
  'limitation',
  'muscle',
  'muscles',
  // a grade written beside a named muscle ("quadriceps 4/5, iliopsoas 3/5")
  'deltoid',
  'deltoids',
  'biceps',
  'triceps',
  'quadriceps',
  'iliopsoas',
  'psoas',
  'hamstrings',
  'gluteus',
  'gluteal',
  'glutei',
  'flexor',
  'extensors',
  'abductors',
  'adductors',
  // "Upper limbs: proximal 4/5, distal 5/5"
  'proximal',
  'distal',
  'proximally',
  'distally',
  'dorsiflexors',
  'dorsiflexion',
  // "Neck flex 3/5", "hip flex 4-/5", "delts 4/5", "quads 3/5" (session 40 grid: a note's short names)
  'flex',
  'delts',
  'delt',
  'quads',
  'glutes',
]);

/**
 * The index of the first token that starts at or after `offset`, or -1: `t.findIndex((x) => x.start >= offset)`,
 * found by halving (the tokens are in text order; speed only).
 */
function tokenFrom(t: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (t[mid]!.start >= offset) hi = mid;
    else lo = mid + 1;
  }
  return lo < t.length ? lo : -1;
}

/**
 * Removes the grades read from sentence `s` (those from index `from` on) that are another person's: "Her mother had
 * hip flexors 4/5" (session 50, probe: read as the patient's weakness and grades), as the weakness words of such a
 * sentence already were.
 */
function dropOthersGrades(s: DocSentence, strength: ExtractedStrength[], from: number): void {
  for (let k = strength.length - 1; k >= from; k--) {
    const at = strength[k]!.evidence[0]?.spans[0]?.start;
    if (at === undefined) continue;
    const i = tokenFrom(s.tokens, at);
    if (i >= 0 && s.assert(i, i + 1).experiencer === 'other') strength.splice(k, 1);
  }
}

/** MRC grades: the region words between the previous grade and this one (else just after it) name the group. */
function grades(doc: Doc, s: DocSentence, strength: ExtractedStrength[], gated = true): void {
  const t = s.tokens;
  if (!t.some((x) => GRADE_CONTEXT.has(x.norm))) return;
  const text = doc.text.slice(s.start, s.end);
  // no grade of GRADE_RE, no list of bare grades and no sides header (with its slash): nothing read (speed only,
  // see GRADE_LITERAL_RE)
  if (
    gated &&
    !GRADE_LITERAL_RE.test(text) &&
    !bareGrades(text) &&
    !(text.includes('/') && RL_HEADER.test(text))
  )
    return;
  // "Power (R/L): deltoid 4/4, …": a pair of grades, right then left, under a sides header
  // "MMT: deltoids 4, iliopsoas 3, …": bare grades after muscle names, under a header of a muscle examination
  // and at least two of them (one bare digit after a muscle may be anything)
  const re = RL_HEADER.test(text) ? GRADE_RL_RE : bareGrades(text) ? GRADE_BARE_RE : GRADE_RE;
  re.lastIndex = 0;
  let prevEnd = 0;
  // Where the regions are written: before each grade ("deltoids 4/5, hips 3/5") or after it ("4/5 in the
  // deltoids and 3/5 in the hip flexors"); the first grade decides for the sentence.
  let regionAfter: boolean | undefined;
  let lastGroups: ExtractedStrength['group'][] = [];
  // "Muscle  Right  Left / Deltoid  3/5  3/5": a table pasted as text with a column for each side (looked for at
  // the first grade: a sentence without one needs no paragraph)
  let columns: boolean | undefined;
  let lastSide: string | undefined;
  const first = strength.length;
  const rest: { grade: string; ev: { start: number; end: number }[] }[] = [];
  // "Proximal and distal strength were 4/5 and 5/5, respectively" (session 37: the 4/5 went to the distal
  // muscles, the nearer word): the n-th grade is the n-th of the regions named before the first grade
  let respective: string[] | undefined;
  let gradeNo = 0;
  for (let m = re.exec(text); m; m = re.exec(text), gradeNo++) {
    columns ??= RL_COLUMNS.test(text) || RL_COLUMNS.test(paragraphBefore(doc.text, s.start));
    respective ??= t.some((x) => x.norm === 'respectively')
      ? t
          .slice(0, Math.max(0, tokenFrom(t, s.start + m.index)))
          .map((x) => x.norm)
          .filter((n) => n === 'proximal' || n === 'distal')
      : [];
    const gStart = s.start + m.index;
    const gEnd = gStart + m[0].length;
    let segA = Math.max(0, tokenFrom(t, s.start + prevEnd));
    let segB = tokenFrom(t, gStart);
    if (segB < 0) segB = t.length;
    let seg = limbs(s, segA, segB, doc.text);
    let segTokens = t.slice(segA, segB);
    const fingerAt = (toks: readonly Token[]) =>
      toks.some(
        (x, k) =>
          (x.norm === 'finger' || x.norm === 'fingers') &&
          /^flex(?:or|ors|ion)$/.test(toks[k + 1]?.norm ?? ''),
      );
    const before =
      seg.upper.length > 0 ||
      seg.lower.length > 0 ||
      segTokens.some((x) => x.norm === 'neck' || DISTAL_MUSCLE.has(x.norm)) ||
      fingerAt(segTokens);
    regionAfter ??= !before;
    // "5/5 throughout except hip flexors 4/5": the muscles named after "except" are the next grade's
    const exceptBefore = before && segTokens.some((x) => GRADE_EXCEPT.has(x.norm));
    const beforeTokens = segTokens;
    let exceptAfter = false;
    // under side columns, a grade with no muscle before it is the left column of the row just graded
    const leftColumn = columns && !before && lastSide === 'right' && lastGroups.length > 0;
    if ((regionAfter || !before) && !exceptBefore && !leftColumn) {
      // "Power was 4/5 in the proximal muscles of the upper limbs": the region follows the grade.
      segA = tokenFrom(t, gEnd);
      if (segA < 0) segA = t.length;
      re.lastIndex = m.index + m[0].length;
      const nextGrade = re.exec(text);
      re.lastIndex = m.index + m[0].length;
      const stop = nextGrade ? tokenFrom(t, s.start + nextGrade.index) : t.length;
      segB = stop < 0 ? t.length : stop;
      const cut = t.slice(segA, segB).findIndex((x) => GRADE_EXCEPT.has(x.norm));
      if (cut >= 0) {
        segB = segA + cut;
        exceptAfter = true;
      }
      // "4/5 in hip flexion and extension; the other limb muscles and the neck were of normal strength" (session 38:
      // the neck graded 4/5): the clause after a semicolon has its own subject, once the grade's clause named a region
      const semi = t.slice(segA, segB).findIndex((x) => x.norm === ';');
      if (semi > 0) {
        const own = limbs(s, segA, segA + semi, doc.text);
        if (own.upper.length || own.lower.length) segB = segA + semi;
      }
      seg = limbs(s, segA, segB, doc.text);
      segTokens = t.slice(segA, segB);
    }
    // "Full strength in the arms; the hip flexors were 3/5": a region the sentence states spared is not graded
    seg = { upper: seg.upper.filter((i) => !spared(t, i)), lower: seg.lower.filter((i) => !spared(t, i)) };
    // Proximal or distal: the nearest of the two words before the first limb word decides (default proximal).
    const firstLimb = Math.min(seg.upper[0] ?? Infinity, seg.lower[0] ?? Infinity);
    let isDistal = false;
    // with the regions after the grade, the word may stand just before it too ("Distal power 4/5 in all
    // limbs"; at most three words before the grade, within this grade's part of the sentence)
    const lookFrom = regionAfter
      ? Math.max(0, tokenFrom(t, s.start + prevEnd), tokenFrom(t, gStart) - 3)
      : segA;
    for (let k = Math.min(firstLimb, segB) - 1; k >= lookFrom && Number.isFinite(firstLimb); k--) {
      if (t[k]!.norm === 'proximal') break;
      if (t[k]!.norm === 'distal' && !comparedDistal(t, k)) {
        isDistal = true;
        break;
      }
    }
    const isNeck = segTokens.some((x) => x.norm === 'neck');
    // "3/5 (right), 3/5 (left)": the side in brackets right after the grade
    const afterGrade = tokenFrom(t, gEnd);
    const bracketSide =
      afterGrade >= 0 &&
      t[afterGrade]!.norm === '(' &&
      (t[afterGrade + 1]?.norm === 'right' || t[afterGrade + 1]?.norm === 'left') &&
      t[afterGrade + 2]?.norm === ')'
        ? (t[afterGrade + 1]!.norm as 'right' | 'left')
        : undefined;
    const side =
      bracketSide ??
      (leftColumn ? 'left' : columns && before ? 'right' : undefined) ??
      (segTokens.some((x) => x.norm === 'left')
        ? 'left'
        : segTokens.some((x) => x.norm === 'right')
          ? 'right'
          : 'bilateral');
    const groups: ExtractedStrength['group'][] = [];
    if (isNeck) groups.push('neck-flexors');
    // "finger flexors 3/5": the finger flexors, not the limb's proximal or distal muscles at large
    if (fingerAt(segTokens)) groups.push('finger-flexors');
    if (seg.upper.length) groups.push(isDistal ? 'distal-upper' : 'proximal-upper');
    if (seg.lower.length) groups.push(isDistal ? 'distal-lower' : 'proximal-lower');
    // "… compared with 4/5 strength distally": the grade of the distal muscles of every limb
    const gradeEnd = tokenFrom(t, gEnd);
    const adverb = gradeEnd >= 0 && STRENGTH.has(t[gradeEnd]!.norm) ? gradeEnd + 1 : gradeEnd;
    if (!groups.length && adverb >= 0 && t[adverb]?.norm === 'distally')
      groups.push('distal-upper', 'distal-lower');
    // ("the hip flexors were 4/5, every other muscle group was 5/5", session 38: the rest written before its grade
    // in a sentence that names its regions before the grades)
    const restBefore =
      !regionAfter &&
      beforeTokens.some(
        (x, k) =>
          REST.has(x.norm) &&
          REST_NOUN.has(beforeTokens[k + 1]?.norm ?? '') &&
          restGraded(beforeTokens, k + 1),
      ) &&
      !beforeTokens.some((x) => GRADE_EXCEPT.has(x.norm)) &&
      // ("other groups were 5/5 except the hip flexors", session 38 precision: the exception after the grade)
      !exceptRightAfter(t, tokenFrom(t, gEnd));
    // "ankle dorsiflexors 5/5", "wrist extensors 4/5", "grip 4/5": distal muscles named by their joint
    // (right before the grade, or in the four words after it: "5/5 throughout) and synovitis of the wrists" is not)
    // (its grade is not the next clause's: "…, all other groups were 5/5, and the grip was strong")
    if (!groups.length && !isNeck && !restBefore && !segTokens.some((x) => WHOLE_BODY.has(x.norm))) {
      const named = beforeTokens.some((x) => DISTAL_MUSCLE.has(x.norm))
        ? beforeTokens
        : segTokens.slice(0, 4);
      if (named.some((x) => DISTAL_UPPER_MUSCLE.has(x.norm))) groups.push('distal-upper');
      if (named.some((x) => DISTAL_LOWER_MUSCLE.has(x.norm))) groups.push('distal-lower');
    }
    // "Hip flexion: 3/5 (right), 3/5 (left)": the other side of the group just graded
    if (!groups.length && (bracketSide !== undefined || leftColumn)) groups.push(...lastGroups);
    const wholeExcept = exceptAfter && segTokens.some((x) => WHOLE_BODY.has(x.norm));
    // "4/5 proximal strength bilaterally", "proximal strength was 4/5", "power 5/5 throughout": no limb named —
    // "proximal" is both girdles (conventions), and so is a grade for the whole body
    if (!groups.length && !isNeck) {
      const from = Math.max(0, tokenFrom(t, s.start + prevEnd));
      const gradeAt = tokenFrom(t, gStart);
      // the nearest "proximal(ly)" or "distal(ly)" within eight words of the grade decides, in the grade's own
      // clause ("Proximal strength is symmetrically reduced to 4/5; distal strength is normal": session 22, the
      // grade went to the distal muscles across the semicolon)
      let nearest: string | undefined;
      let dist = 9;
      let clauseFrom = from;
      for (let k = gradeAt - 1; k > from; k--)
        if (t[k]!.norm === ';') {
          clauseFrom = k + 1;
          break;
        }
      let clauseTo = t.length;
      for (let k = gradeEnd; k >= 0 && k < t.length; k++)
        if (
          t[k]!.norm === ';' ||
          t[k]!.norm === 'while' ||
          t[k]!.norm === 'whereas' ||
          t[k]!.norm === 'but'
        ) {
          clauseTo = k;
          break;
        }
      // "Proximal muscle strength was 3/5 and distal strength 5/5" (session 35, left; session 37: the 3/5 went to
      // the distal muscles, the nearer word): a word after the grade past "and" or a comma opens the next item,
      // and is the grade's only when no word before the grade names its muscles
      let nextItem: string | undefined;
      for (let k = clauseFrom; k < clauseTo && k <= segB + segTokens.length; k++) {
        const n = t[k]!.norm;
        if (n !== 'proximal' && n !== 'proximally' && n !== 'distal' && n !== 'distally') continue;
        // ("proximal > distal, 4/5 at the hips": the compared "distal" names no grade's muscles)
        if (n === 'distal' && comparedDistal(t, k)) continue;
        const d = k < gradeAt ? gradeAt - k : k - gradeEnd + 1;
        if (d >= dist) continue;
        if (k > gradeAt && t.slice(gradeEnd, k).some((x) => x.norm === 'and' || x.norm === ',')) {
          nextItem ??= n;
          continue;
        }
        dist = d;
        nearest = n;
      }
      nearest ??= nextItem;
      if (respective.length >= 2 && gradeNo < respective.length) nearest = respective[gradeNo];
      // "5/5 in all muscle groups": the whole body
      const whole =
        nearest === undefined &&
        !wholeExcept &&
        (segTokens.some((x) => WHOLE_BODY.has(x.norm)) ||
          segTokens.some(
            (x, k) =>
              x.norm === 'all' && ['muscle', 'muscles', 'groups'].includes(segTokens[k + 1]?.norm ?? ''),
          ));
      if (nearest === 'proximal' || nearest === 'proximally' || whole)
        groups.push('proximal-upper', 'proximal-lower');
      // "…; distal 5/5", "distal power 4/5": no limb named — the distal muscles of every limb
      else if (nearest === 'distal' || nearest === 'distally') groups.push('distal-upper', 'distal-lower');
    }
    // "4/5", "MRC 4", "grade 4", "4 out of 5"
    const written = m[2] ?? m[3] ?? m[4];
    // ("4−/5": the minus sign U+2212 written for the hyphen, session 22)
    const grade = (
      m[1] !== undefined
        ? m[1].trim() + m[0].slice(m[1].length).trim()
        : (GRADE_WORD_VALUE[written!.toLowerCase()] ?? written!)
    ).replace(/\u2212/g, '-');
    // the two sides of a pair ("4/3" under "R/L"): right, then left
    const sides: [ExtractedStrength['side'], string][] =
      re === GRADE_RL_RE && m[4] !== undefined && m[5] !== undefined
        ? [
            ['right', m[4]],
            ['left', m[5]],
          ]
        : [[side, grade]];
    // "power 4/5 in all four limbs": a weakness graded for every limb at once names no proximal group (the
    // conventions name the girdles only from a proximal word, a girdle or its muscles); full strength there
    // ("5/5 in all four limbs") does speak for the girdles
    if (
      (maxGrade(grade) ?? 5) < 5 &&
      (wholeLimbsOnly(s, seg) || oneSideWholeLimbs(s, seg)) &&
      !t.slice(lookFrom, segB).some((x) => x.norm === 'proximal' || x.norm === 'proximally')
    )
      for (let k = groups.length - 1; k >= 0; k--) if (groups[k]!.startsWith('proximal')) groups.splice(k, 1);
    // "4.5/5 at the hip flexors, 5/5 in all remaining major flexors and extensors": a full grade for the rest
    // grades every group the sentence has not graded (read after the loop)
    if (
      !groups.length &&
      maxGrade(grade) === 5 &&
      (wholeExcept || restBefore || segTokens.some((x) => REST.has(x.norm)))
    ) {
      const at = (restBefore ? beforeTokens : segTokens).find(
        (x) => REST.has(x.norm) || WHOLE_BODY.has(x.norm),
      )!;
      rest.push({ grade: grade.replace(/\s+/g, ''), ev: [at, { start: gStart, end: gEnd }] });
    }
    for (const group of groups) {
      const regionTok =
        t[
          (group === 'proximal-lower' || group === 'distal-lower'
            ? seg.lower[0]
            : group === 'neck-flexors'
              ? segTokens.findIndex((x) => x.norm === 'neck') + segA
              : seg.upper[0]) ?? segA
        ] ?? t[0]!;
      for (const [sd, g] of sides)
        strength.push({
          group,
          side: sd,
          grade: g.replace(/\s+/g, ''),
          evidence: [
            evidence(doc.text, [regionTok, { start: gStart, end: gEnd }], 'weakness', {
              code: 'mrc-grade-for',
              params: { group },
            }),
          ],
        });
    }
    lastGroups = groups;
    lastSide = side;
    prevEnd = m.index + m[0].length;
  }
  if (!rest.length) return;
  const graded = new Set(strength.slice(first).map((x) => x.group));
  for (const r of rest)
    for (const group of REST_GROUPS)
      if (!graded.has(group))
        strength.push({
          group,
          side: 'bilateral',
          grade: r.grade,
          evidence: [evidence(doc.text, r.ev, 'weakness', { code: 'mrc-grade-for', params: { group } })],
        });
}

/** Words that set some muscles apart from a grade for the whole body ("5/5 throughout except the hips"). */
const GRADE_EXCEPT: ReadonlySet<string> = new Set(['except', 'excepting', 'apart', 'save', 'besides']);
/** Distal muscles named by their joint or action ("ankle dorsiflexors 5/5", "wrist extensors", "grip"). */
const DISTAL_UPPER_MUSCLE: ReadonlySet<string> = new Set(['wrist', 'wrists', 'grip']);
const DISTAL_LOWER_MUSCLE: ReadonlySet<string> = new Set([
  'ankle',
  'ankles',
  'dorsiflexors',
  'dorsiflexion',
  'plantarflexion',
  'plantarflexors',
]);
const DISTAL_MUSCLE: ReadonlySet<string> = new Set([...DISTAL_UPPER_MUSCLE, ...DISTAL_LOWER_MUSCLE]);
/** Words of a grade given to every muscle ("5/5 throughout", "4/5 globally"). */
const WHOLE_BODY = new Set(['throughout', 'globally', 'diffusely', 'generalized']);
/** Words of a grade given to "all remaining / other muscles", "the rest", "elsewhere", "otherwise". */
const REST = new Set(['remaining', 'other', 'rest', 'elsewhere', 'otherwise']);
/** Words of the rest's noun phrase beyond its head ("every other limb flexor and extensor group"). */
const REST_NOUN_MORE: ReadonlySet<string> = new Set(['muscle', 'flexor', 'extensor', 'and', 'or', 'limb']);
/** Words between the rest's noun and its grade ("all other muscle groups were 5/5", "other groups graded 5/5"). */
const REST_TO_GRADE: ReadonlySet<string> = new Set([
  'was',
  'were',
  'is',
  'are',
  'remained',
  'graded',
  'rated',
  ':',
  '=',
]);
/**
 * Whether the rest named from `k` on gets the grade that follows: only its nouns and a copula up to the grade
 * ("all other groups were 5/5"; not "other groups of the hands were 5/5" nor "other groups were not 5/5", session 38
 * precision).
 */
function restGraded(toks: readonly { norm: string }[], k: number): boolean {
  while (k < toks.length && (REST_NOUN.has(toks[k]!.norm) || REST_NOUN_MORE.has(toks[k]!.norm))) k++;
  for (; k < toks.length; k++) if (!REST_TO_GRADE.has(toks[k]!.norm)) return false;
  return true;
}
/** Whether an exception follows the grade ending at token `k`, in its clause ("5/5 except the hip flexors"). */
function exceptRightAfter(t: readonly { norm: string }[], k: number): boolean {
  if (k < 0) return false;
  for (let j = k; j < t.length && j < k + 4; j++) {
    const n = t[j]!.norm;
    if (GRADE_EXCEPT.has(n)) return true;
    if (n === ',' || n === ';' || n === '.') return false;
  }
  return false;
}
/** What a rest word names when its grade follows ("other muscles", "remaining groups", "other major …"). */
const REST_NOUN = new Set(['muscles', 'muscle', 'groups', 'group', 'major', 'limbs', 'flexors', 'extensors']);
/** The groups a grade for the rest of the muscles covers. */
const REST_GROUPS: readonly ExtractedStrength['group'][] = [
  'proximal-upper',
  'proximal-lower',
  'distal-upper',
  'distal-lower',
];

/** The signs "no rash" states absent, and those "no pathognomonic signs" does. */
const NO_RASH_ABSENT: readonly string[] = ['heliotrope-rash', 'gottron-papules', 'gottron-sign'];
const NO_SIGNS_ABSENT: readonly string[] = ['heliotrope-rash', 'gottron-papules'];

/**
 * "No rash", "without skin lesions": no heliotrope rash and no Gottron lesions (inferred, conventions:
 * "absent only when stated" — a statement that the skin is clear is such a statement). "Without pathognomonic
 * skin signs" denies the two pathognomonic signs, heliotrope rash and Gottron's papules.
 */
function skinNegated(doc: Doc, s: DocSentence, out: FindingSet, words: number): void {
  // (a skin organ word is skinNormal's first test: see SCANNER_WORDS)
  if (words & W_SKIN_ORGAN) skinNormal(doc, s, out);
  for (const m of s.mentions) {
    const v = m.concept.value;
    if (v !== 'skin-rash' && v !== 'dm-pathognomonic-signs') continue;
    const a = mentionStatus(s.assert(m.tokenStart, m.tokenEnd));
    if (!a || a.status !== 'absent') continue;
    // "she has never had a rash like this before": a comparison with the present rash, not its absence
    const next = s.tokens[m.tokenEnd]?.norm;
    if (next === 'like' || next === 'similar' || (next === 'of' && s.tokens[m.tokenEnd + 1]?.norm === 'this'))
      continue;
    // session 34: "no skin lesions were found over the painful shoulder" (one place examined, not the skin),
    // "the absence of risk factors and the rapid onset of the skin findings" (the onset of a rash, past a denial
    // of something else), "biopsies did not reveal the findings of … and the rash was judged to be …" (a denial
    // far before the rash): no statement that the skin is clear
    if (localOrDistantDenial(s, m)) continue;
    // one span list for the signs the statement denies
    const spans = [m];
    for (const id of v === 'skin-rash' ? NO_RASH_ABSENT : NO_SIGNS_ABSENT)
      out.add(
        id,
        'absent',
        spans,
        'findings',
        v === 'skin-rash' ? 'no-rash-stated' : 'no-pathognomonic-signs',
        undefined,
        true,
      );
  }
}

/** Prepositions of a place a denial of lesions may be limited to ("over the shoulder", "on the left arm"). */
const LOCAL_PREPOSITIONS = new Set(['over', 'on', 'around', 'at']);
/** Nouns of a course before a skin word ("the onset of the skin findings"). */
const COURSE_NOUNS = new Set(['onset', 'appearance', 'development', 'progression', 'evolution', 'course']);

/**
 * Whether the denial of a skin mention is no statement that the skin is clear: limited to one place after it
 * (within the clause), reaching a course noun before the skin word, or made by a trigger more than six tokens
 * before it across "and" when the skin word opens a clause of its own ("… and the rash was judged to be …").
 */
function localOrDistantDenial(s: DocSentence, m: Mention): boolean {
  const t = s.tokens;
  for (let k = m.tokenEnd; k < Math.min(t.length, m.tokenEnd + 5); k++) {
    const n = t[k]!.norm;
    if (n === ',' || n === ';' || n === '.') break;
    if (
      LOCAL_PREPOSITIONS.has(n) &&
      (t[k + 1]?.norm === 'the' || t[k + 1]?.norm === 'her' || t[k + 1]?.norm === 'his')
    )
      return true;
  }
  if (t.slice(Math.max(0, m.tokenStart - 4), m.tokenStart).some((x) => COURSE_NOUNS.has(x.norm))) return true;
  const a = s.assert(m.tokenStart, m.tokenEnd);
  const trigger = a.triggers.find((x) => x.category === 'negation');
  if (!trigger) return false;
  const between = t.filter((x) => x.start >= trigger.end && x.end <= m.start);
  // (a list under one denial stays denied: "without myalgia, joint pain or skin lesions")
  return (
    between.length > 6 &&
    between.some((x) => x.norm === 'and') &&
    /^(?:was|were|is|are|had|has|appeared|seemed)$/.test(t[m.tokenEnd]?.norm ?? '')
  );
}

/** Words of the skin as an examined organ ("skin examination", "cutaneous examination"). */
const SKIN_ORGAN = new Set(['skin', 'cutaneous', 'dermatological', 'dermatologic']);
const EXAMINATION = new Set(['examination', 'exam', 'findings']);
const UNREMARKABLE = new Set(['unremarkable', 'normal']);
const EXCEPT = new Set(['apart', 'except', 'besides', 'but', 'other', 'save']);

/**
 * "The skin examination was unremarkable", "skin: normal", "an unremarkable skin examination": no rash, so no
 * heliotrope rash and no Gottron's (inferred, as "no rash").
 */
function skinNormal(doc: Doc, s: DocSentence, out: FindingSet): void {
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    if (!SKIN_ORGAN.has(t[i]!.norm)) continue;
    // "normal apart from a heliotrope rash": the exception is the skin's finding
    if (t.some((x) => EXCEPT.has(x.norm))) return;
    let k = EXAMINATION.has(t[i + 1]?.norm ?? '') ? i + 2 : i + 1;
    if (t[k]?.norm === 'was' || t[k]?.norm === 'were' || t[k]?.norm === ':') k++;
    const after = k > i + 1 && UNREMARKABLE.has(t[k]?.norm ?? '');
    const before = UNREMARKABLE.has(t[i - 1]?.norm ?? '') && EXAMINATION.has(t[i + 1]?.norm ?? '');
    if (!after && !before) continue;
    const at = after ? k : i - 1;
    const a = mentionStatus(s.assert(at, at + 1));
    if (a?.status !== 'present') return;
    for (const id of NO_RASH_ABSENT)
      out.add(id, 'absent', [t[i]!, t[at]!], 'findings', 'no-rash-stated', undefined, true);
    return;
  }
}

/** Pain words that are myalgia when they are about the muscles ("muscle weakness, pain and spasms"). */
/** Regions whose pain is the pain of the girdle muscles ("pain in the buttocks", "aching deltoids"). */
const GIRDLE_MUSCLE_REGIONS: ReadonlySet<string> = new Set([
  'buttocks',
  'deltoid',
  'deltoids',
  'biceps',
  'quadriceps',
  'gluteal',
]);
const PAIN = new Set([
  'pain',
  'pains',
  'aching',
  'aches',
  'ache',
  // "at times his thigh muscles ached" (session 38: the verb)
  'ached',
  'tenderness',
  'painful',
  'tender',
  'sore',
  'soreness',
]);
/** Body parts whose pain is not muscle pain. */
const NOT_MUSCLE_PAIN = new Set([
  'abdominal',
  'abdomen',
  'chest',
  'joint',
  'joints',
  'back',
  'head',
  'knee',
  'knees',
  'epigastric',
  'pleuritic',
  'bone',
  'bones',
  'throat',
  'ear',
  'eye',
  'eyes',
  'tooth',
  'flank',
  'pelvic',
  'hip',
  'wrist',
  'wrists',
  'ankle',
  'ankles',
  'neuropathic',
  'nodules',
  'non',
  // "painful skin lesions over the buttocks, thighs …", "painful ulcers": the pain of a skin lesion
  'skin',
  'lesions',
  'lesion',
  'rash',
  'rashes',
  'ulcer',
  'ulcers',
  'ulceration',
  'ulcerations',
  'papules',
  'plaques',
  'sores',
]);

/**
 * Myalgia from pain of the muscles: a pain word coordinated with muscle weakness ("muscle weakness, pain and
 * spasms", "pain and weakness of the proximal muscles"), of a muscle region ("aching thighs", "muscular pain"),
 * or "painless weakness" (myalgia absent).
 */
/** Words of a skin lesion a pain adjective may qualify. */
const SKIN_LESIONS = new Set([
  'skin',
  'eruption',
  'eruptions',
  'rash',
  'rashes',
  'lesion',
  'lesions',
  'ulcer',
  'ulcers',
  'nodules',
  'plaques',
  'papules',
  'blisters',
  'erythema',
]);
/** Whether a skin lesion follows the adjective at `i` within three words, past commas and other adjectives. */
function skinLesionAfter(t: readonly { norm: string }[], i: number): boolean {
  for (let k = i + 1; k < Math.min(t.length, i + 5); k++) {
    if (SKIN_LESIONS.has(t[k]!.norm)) return true;
    if (t[k]!.norm === '.' || t[k]!.norm === ';') return false;
  }
  return false;
}

/** Heads of a muscle region that a place word before them qualifies ("pelvic girdle", "hip and thigh muscles"). */
const MUSCLE_HEADS: ReadonlySet<string> = new Set(['girdle', 'girdles', 'muscle', 'muscles', 'musculature']);

/** Whether a muscle head follows the place word at `k` within three words, past "and" and other place words. */
function muscleHeadAfter(t: readonly { norm: string }[], k: number): boolean {
  for (let j = k + 1; j < Math.min(t.length, k + 4); j++) {
    const n = t[j]!.norm;
    if (MUSCLE_HEADS.has(n)) return true;
    if (n !== 'and' && n !== 'shoulder' && !NOT_MUSCLE_PAIN.has(n)) return false;
  }
  return false;
}

/** Whether the pain word at `i` is "of / in / over" a joint or another non-muscle place within four words. */
function ofNonMuscle(t: readonly { norm: string }[], i: number): boolean {
  const p = t[i + 1]?.norm;
  if (p !== 'of' && p !== 'in' && p !== 'over') return false;
  for (let k = i + 2; k < Math.min(t.length, i + 6); k++) {
    const n = t[k]!.norm;
    // "aching of her pelvic and shoulder girdles", "pain in the hip muscles" (session 38: the pelvis's pain): the
    // place word qualifies the muscles or their girdle named right after it
    if (NOT_MUSCLE_PAIN.has(n)) return !muscleHeadAfter(t, k);
    if (n === 'muscle' || n === 'muscles' || n === ',' || n === 'and') return false;
  }
  return false;
}

// ─── Arthritis by its description ─────────────────────────────────────────────────────────────

/** Words of a joint found swollen or inflamed. */
const JOINT_SWELLING = new Set(['swelling', 'swollen', 'inflammation', 'inflamed', 'synovitis']);
/** Words that may stand between the swelling and the joints it is said of. */
const JOINT_PHRASE = new Set([
  'of',
  'in',
  'involving',
  'the',
  'both',
  'his',
  'her',
  'multiple',
  'several',
  'many',
  'small',
  'large',
  'bilateral',
  'symmetrical',
  'symmetric',
  'metacarpophalangeal',
  'metacarpo',
  'phalangeal',
  'interphalangeal',
  'proximal',
  'distal',
  'mcp',
  'pip',
  'dip',
  'wrist',
  'wrists',
  'ankle',
  'ankles',
  'knee',
  'knees',
  'elbow',
  'elbows',
  'finger',
  'fingers',
  'hand',
  'hands',
  'and',
  ',',
  '-',
  'were',
  'was',
  'tender',
  'red',
  'warm',
  // "the ankle joints on both sides were painful and swollen" (session 38: no arthritis read; "painful" itself
  // only right beside the swelling, see jointSwelling)
  'on',
  'sides',
  'right',
  'left',
]);
/** Other signs of a joint coordinated right after its swelling ("swelling and tenderness of the joints"). */
const JOINT_SIGN: ReadonlySet<string> = new Set(['tenderness', 'redness', 'warmth', 'pain']);
/** Words before the swelling that leave it free to share the joints named after it ("no swelling or …"). */
const BEFORE_SHARED_SWELLING: ReadonlySet<string> = new Set([
  'no',
  'any',
  'with',
  'without',
  'of',
  'and',
  'had',
  'has',
  'was',
  'were',
  'showed',
  'revealed',
  'mild',
  'marked',
  'painful',
]);
/**
 * Words of the joints themselves: "joint(s)", and the joints named alone ("both wrists were swollen", "swelling of
 * the MCPs") — not the hands, fingers or ankles, whose swelling is as often oedema.
 */
const JOINT_WORDS = new Set([
  'joint',
  'joints',
  'wrist',
  'wrists',
  'knee',
  'knees',
  'mcp',
  'mcps',
  'pip',
  'pips',
  'dip',
  'dips',
  'metacarpophalangeal',
  'interphalangeal',
]);

/**
 * Arthritis read from its description: joints called swollen or inflamed ("swelling of the metacarpophalangeal
 * and proximal interphalangeal joints", "the MCP and PIP joints of both hands were swollen", "inflammation
 * involving multiple small joints", "negative for … joints inflammation"). Only the words of a joint phrase may
 * stand between the two, so "swelling of the face and joint pain" is no arthritis; pain or tenderness of joints
 * alone is arthralgia.
 */
/** Prepositions that make a joint the place of another subject ("the skin over the knees", "tissue around …"). */
const PLACE_OF: ReadonlySet<string> = new Set([
  'over',
  'around',
  'near',
  'above',
  'below',
  'beneath',
  'behind',
  'under',
  'overlying',
  'surrounding',
]);
/** Whether the joint word at `j` is the object of a place preposition ("… over both knees"), not a subject. */
function placesSubject(t: readonly Token[], j: number): boolean {
  let k = j - 1;
  while (
    k >= 0 &&
    j - k <= 4 &&
    (REGION_DETERMINERS.has(t[k]!.norm) || t[k]!.norm === 'left' || t[k]!.norm === 'right')
  )
    k--;
  return PLACE_OF.has(t[k]?.norm ?? '');
}
/** Words of degree between "and" and a swelling ("joint pain and some swelling"). */
const SWELLING_DEGREE: ReadonlySet<string> = new Set([
  'some',
  'mild',
  'slight',
  'moderate',
  'marked',
  'severe',
]);
/**
 * The joint a swelling at `i` shares with a joint symptom coordinated before it: "joint pain and some swelling",
 * "joint pains and swelling", "arthralgia, and swelling" (session 43: arthralgia only). Returns the index of the joint
 * word (or of "arthralgia"), or -1.
 */
function jointSignBefore(t: readonly Token[], i: number): number {
  // ("joint pain and swelling of the face": a swelling with a site of its own)
  if (['of', 'in', 'over', 'around', 'at', 'on', 'to', 'about'].includes(t[i + 1]?.norm ?? '')) return -1;
  let k = i - 1;
  if (SWELLING_DEGREE.has(t[k]?.norm ?? '')) k--;
  if (t[k]?.norm !== 'and') return -1;
  k--;
  if (t[k]?.norm === ',') k--;
  const sign = t[k]?.norm ?? '';
  if (sign === 'arthralgia' || sign === 'arthralgias') return k;
  return ['pain', 'pains', 'tenderness', 'stiffness'].includes(sign) && JOINT_WORDS.has(t[k - 1]?.norm ?? '')
    ? k - 1
    : -1;
}
function jointSwelling(doc: Doc, s: DocSentence, out: FindingSet): void {
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    if (!JOINT_SWELLING.has(t[i]!.norm)) continue;
    let j = -1;
    // "painful and swollen", "swollen and painful": the pain joined to the swelling itself
    const paired = (k: number) =>
      t[k]!.norm === 'painful' && Math.abs(k - i) === 2 && t[(k + i) / 2]!.norm === 'and';
    // "no swelling or tenderness of her knees" (session 38: nothing read): another sign of the joints coordinated
    // after the swelling shares them — when nothing before the swelling names a site of its own ("facial swelling
    // and tenderness of the joints"); with "or" only when denied (a swelling or a tenderness affirms neither)
    const before = t[i - 1];
    const shared =
      (t[i + 1]?.norm === 'and' || t[i + 1]?.norm === 'or') &&
      JOINT_SIGN.has(t[i + 2]?.norm ?? '') &&
      (!before || before.kind === 'punct' || BEFORE_SHARED_SWELLING.has(before.norm));
    // "her thighs were swollen, and her knees were normal", "the right leg was (painful and) swollen, the left knee
    // normal" (session 38 precision: arthritis read): a swelling said of a subject before it ends with its clause
    const copulaAt = t[i - 1]?.norm === 'and' && t[i - 2]?.norm === 'painful' ? i - 3 : i - 1;
    const predicative = COPULA_WORDS.has(t[copulaAt]?.norm ?? '') || t[copulaAt]?.norm === 'became';
    for (let k = shared ? i + 3 : i + 1; k < Math.min(t.length, i + 10) && j < 0; k++) {
      if (JOINT_WORDS.has(t[k]!.norm)) j = k;
      else if (predicative && (t[k]!.norm === ',' || t[k]!.norm === 'and')) break;
      else if (!JOINT_PHRASE.has(t[k]!.norm) && !paired(k)) break;
    }
    for (let k = i - 1; k >= Math.max(0, i - 8) && j < 0; k--) {
      if (JOINT_WORDS.has(t[k]!.norm)) j = k;
      else if (!JOINT_PHRASE.has(t[k]!.norm) && !paired(k)) break;
    }
    if (j < 0) j = jointSignBefore(t, i);
    if (j < 0) continue;
    // "the skin over the knees was (painful and) swollen", "the muscles around the knees …" (session 38 precision:
    // arthritis read): the joint named before the swelling only places its subject
    if (j < i && placesSubject(t, j)) continue;
    // "joint pain and swelling": the joint word names another symptom
    if (j > i && ['pain', 'pains', 'tenderness', 'stiffness'].includes(t[j + 1]?.norm ?? '')) continue;
    const [from, to] = j < i ? [j, i] : [i, j];
    // the whole phrase is asked: a list negated before its joint word ("negative for …, joints inflammation")
    const a = mentionStatus(s.assert(from, to + 1));
    if (!a) continue;
    if (shared && j > i && t[i + 1]!.norm === 'or' && a.status !== 'absent') continue;
    out.add('arthritis', a.status, [t[from]!, t[to]!], 'findings', 'joint-swelling', a.reason);
    return;
  }
}

/** Lesions "painless" may qualify that are no muscle ("painless nodules", "painless lumps", "a painless ulcer"). */
const NOT_MUSCLE_LESION = new Set([
  'nodule',
  'nodules',
  'lump',
  'lumps',
  'mass',
  'masses',
  'swelling',
  'ulcer',
  'ulcers',
  'lesion',
  'lesions',
  'rash',
  'lymphadenopathy',
  'nodes',
  'papules',
  'plaques',
]);

/** Words that name muscles as the site of a pain or a weakness ("the neck flexors", "the girdle muscles"). */
const MUSCLE_SITE: ReadonlySet<string> = new Set([
  'muscle',
  'muscles',
  'muscular',
  'flexors',
  'extensors',
  'girdle',
  'girdles',
  'thighs',
  'shoulders',
  'deltoids',
  'quadriceps',
]);

/** Whole limbs, whose pain joined to their weakness is the pain of their muscles. */
const LIMB_SITE: ReadonlySet<string> = new Set([
  'limb',
  'limbs',
  'arm',
  'arms',
  'leg',
  'legs',
  'extremities',
  'members',
]);

/**
 * Whether the pain word at `i` is joined by "and" to a weakness word ("pain and weakness", "weakness and pain"), on
 * both sides or no side named.
 */
function coordinatedWithWeakness(t: readonly Token[], i: number, weak: readonly number[]): boolean {
  // ("pain and progressive weakness": one qualifying word before the weakness)
  const after =
    t[i + 1]?.norm === 'and' && (weak.includes(i + 2) || (t[i + 2]?.kind === 'word' && weak.includes(i + 3)));
  if (!after && !(t[i - 1]?.norm === 'and' && weak.includes(i - 2))) return false;
  // ("pain and weakness in the left arm": one limb, one side, is as likely a local cause as the muscles)
  for (let k = Math.max(0, i - 3); k < t.length && k < i + 12; k++) {
    const n = t[k]!.norm;
    if (k > i && (n === '.' || n === ';' || n === ',')) break;
    if (n === 'left' || n === 'right' || n === 'unilateral') return false;
  }
  return true;
}

/** Whether the phrase from `from` (to a comma, a stop or 16 words) names muscles. */
function musclesInPhrase(t: readonly Token[], from: number): boolean {
  for (let k = from; k < t.length && k < from + 16; k++) {
    const n = t[k]!.norm;
    if (n === ',' || n === '.' || n === ';' || n === ':' || n === 'but') return false;
    if (MUSCLE_SITE.has(n) || LIMB_SITE.has(n)) return true;
    // ("pain and weakness in the joints of the hands and …": another site named first is the pain's)
    if (NOT_MUSCLE_PAIN.has(n)) return false;
  }
  return false;
}

function myalgia(doc: Doc, s: DocSentence, out: FindingSet): void {
  const t = s.tokens;
  const { at: weak } = weaknessAt(doc, s);
  for (let i = 0; i < t.length; i++) {
    const n = t[i]!.norm;
    // ("painless nodules in the groins" beside a weakness: session 25, read as no myalgia): the word qualifies a
    // weakness or the muscles, not another lesion after it
    if (
      n === 'painless' &&
      !NOT_MUSCLE_LESION.has(t[i + 1]?.norm ?? '') &&
      !NOT_MUSCLE_LESION.has(t[i + 2]?.norm ?? '') &&
      (weak.some((w) => Math.abs(w - i) <= 4) || t.some((x) => x.norm === 'weakness'))
    ) {
      const a = mentionStatus(s.assert(i, i + 1));
      if (a && a.status === 'present') out.add('myalgia', 'absent', [t[i]!], 'findings', 'painless-weakness');
      continue;
    }
    if (!PAIN.has(n)) continue;
    const prev = t[i - 1]?.norm ?? '';
    if (NOT_MUSCLE_PAIN.has(prev) || NOT_MUSCLE_PAIN.has(t[i + 1]?.norm ?? '')) continue;
    // "painful, red skin eruptions of the buttocks" (session 34: read as myalgia): the adjective of a skin lesion
    // named a few words after it, past other adjectives
    if (n === 'painful' && skinLesionAfter(t, i)) continue;
    // "tenderness of the glenohumeral joints", "pain in her hands": the pain belongs to what follows it
    if (ofNonMuscle(t, i)) continue;
    // "weakness without pain or dyspnoea": a weakness stated painless
    if (
      (t[i - 1]?.norm === 'without' || t[i - 1]?.norm === 'no') &&
      weak.some((w) => w < i - 1 && i - w <= 3)
    ) {
      const a = mentionStatus(s.assert(i, i + 1));
      if (a && a.status === 'absent') out.add('myalgia', 'absent', [t[i]!], 'findings', 'painless-weakness');
      continue;
    }
    const win = t.slice(Math.max(0, i - 4), i + 10).map((x) => x.norm);
    // "pain in both upper arms", "aching buttocks": the limb-girdle muscles by their region
    const girdleMuscle = win.some(
      (w, k) => ((w === 'arm' || w === 'arms') && win[k - 1] === 'upper') || GIRDLE_MUSCLE_REGIONS.has(w),
    );
    const muscle =
      girdleMuscle ||
      win.some(
        (w) =>
          w === 'muscle' ||
          w === 'muscles' ||
          w === 'muscular' ||
          w === 'thighs' ||
          w === 'thigh' ||
          w === 'shoulders' ||
          w === 'calves' ||
          // "acute bilateral calf pain" (session 24: the plural alone was read)
          w === 'calf' ||
          w === 'myalgic',
      );
    const withWeakness = weak.some((w) => Math.abs(w - i) <= 5);
    // a pain and a weakness sharing "of the neck flexors, and also of the girdle" (session 39: nothing read, the muscles past
    // the window): a pain coordinated with a weakness shares the weakness's site, read to the end of its phrase
    // … and of the limbs it names ("pain and weakness of the lower limbs", "arm pain and weakness"): the pain of a weak
    // limb's muscles
    if (
      !muscle &&
      coordinatedWithWeakness(t, i, weak) &&
      (musclesInPhrase(t, i + 1) || LIMB_SITE.has(t[i - 1]?.norm ?? ''))
    ) {
      const a = mentionStatus(s.assert(i, i + 1));
      if (a) out.add('myalgia', a.status, [t[i]!], 'findings', a.note, a.reason);
      continue;
    }
    if (!muscle && !withWeakness) continue;
    if (
      !muscle &&
      withWeakness &&
      !win.includes('muscle') &&
      !win.includes('muscles') &&
      !win.includes('proximal')
    )
      continue;
    const a = mentionStatus(s.assert(i, i + 1));
    if (!a) continue;
    out.add('myalgia', a.status, [t[i]!], 'findings', a.note, a.reason);
  }
}

const WEIGHT_UNITS = new Set(['kg', 'kgs', 'kilograms', 'kilogram', 'lb', 'lbs', 'pounds', 'pound', 'stone']);

/** "Has lost about 4 kg", "lost 10 lbs": weight loss. */
/** Verbs of a weight that went down ("her weight fell from 68 to 59 kg"). */
/** Words that state a body weight unchanged ("his weight was stable"), and the verbs between. */
const WEIGHT_STABLE = new Set(['stable', 'unchanged', 'steady', 'maintained']);
const WEIGHT_COPULA = new Set(['was', 'is', 'remained', 'remains', 'had', 'has', 'been', 'stayed']);
const WEIGHT_FELL = new Set(['fell', 'dropped', 'decreased', 'declined', 'reduced', 'went']);
/** "weight down", "her weight was down", "body weight had dropped": the weight as the subject right before. */
function weightBefore(t: readonly Token[], i: number): boolean {
  const k = t[i - 1]?.norm === 'was' || t[i - 1]?.norm === 'had' ? i - 2 : i - 1;
  // (not "birth weight was down 1 kg", session 38 precision)
  return t[k]?.norm === 'weight' && t[k - 1]?.norm !== 'birth';
}

/** A sentence whose subject is a study's variable and whose verb assesses it ("The presence of X was assessed"). */
const STUDY_VARIABLE_RE =
  /^\s*(?:the\s+)?(?:occurrence|association|presence|incidence|prevalence|frequency|relationship|correlation|rate)s?\s+(?:of|between)\b[^.;]*\b(?:was|were)\s+(?:then\s+|also\s+|further\s+)?(?:examined|assessed|evaluated|investigated|analy[sz]ed|studied|recorded|compared|determined|explored)\b/i;

/** Verbs of a weight gained ("had gained 12 kg in weight", "put on 8 kg of weight"). */
const WEIGHT_GAINED = new Set(['gained', 'gaining', 'gain', 'gains']);
/** Words of a loss sought on purpose ("a 20 kg intentional weight loss", "deliberate weight loss"). */
const WEIGHT_SOUGHT = new Set(['intentional', 'intended', 'deliberate', 'voluntary', 'planned', 'desired']);

/**
 * "he had gained 9 kg over the winter", "a 20 kg intentional weight loss" (session 26: both read as the sign): a
 * weight term after a verb of gain within five words, or a loss sought on purpose, is no weight loss of the illness.
 */
/** Nouns after "weight loss" that make it a means of losing weight, not the sign ("weight loss supplements"). */
const WEIGHT_LOSS_MEANS: ReadonlySet<string> = new Set([
  'supplement',
  'supplements',
  'pill',
  'pills',
  'drug',
  'drugs',
  'medication',
  'medications',
  'product',
  'products',
  'diet',
  'diets',
  'program',
  'programme',
  'surgery',
  'tea',
  'teas',
  'injections',
]);

function noWeightLossSign(t: readonly Token[], start: number): boolean {
  for (let k = Math.max(0, start - 5); k < start; k++) {
    const w = t[k]!.norm;
    if (
      (WEIGHT_GAINED.has(w) || ((w === 'put' || w === 'putting') && t[k + 1]?.norm === 'on')) &&
      t[k + 1]?.norm !== 'loss'
    )
      return true;
    if (WEIGHT_SOUGHT.has(w) && k >= start - 2) return true;
  }
  return WEIGHT_SOUGHT.has(t[start]?.norm ?? '');
}

function weightLost(doc: Doc, s: DocSentence, out: FindingSet): void {
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    // "his weight was stable", "weight remained unchanged", "a stable weight": no weight loss (stated)
    if (
      WEIGHT_STABLE.has(t[i]!.norm) &&
      (t[i - 1]?.norm === 'weight' ||
        t[i + 1]?.norm === 'weight' ||
        (t[i - 2]?.norm === 'weight' && WEIGHT_COPULA.has(t[i - 1]!.norm)) ||
        (t[i - 3]?.norm === 'weight' &&
          WEIGHT_COPULA.has(t[i - 1]!.norm) &&
          WEIGHT_COPULA.has(t[i - 2]!.norm)))
    ) {
      const a = mentionStatus(s.assert(i, i + 1));
      if (a?.status === 'present') {
        out.add('weight-loss', 'absent', [t[i]!], 'findings', 'stated-normal', undefined, true);
        return;
      }
    }
    // "her weight fell from 68 to 59 kg"
    if (WEIGHT_FELL.has(t[i]!.norm) && t[i - 1]?.norm === 'weight' && t[i + 1]?.norm === 'from') {
      const from = t[i + 2];
      const to = t[i + 4];
      if (
        from?.kind === 'number' &&
        t[i + 3]?.norm === 'to' &&
        to?.kind === 'number' &&
        WEIGHT_UNITS.has(t[i + 5]?.norm ?? '') &&
        Number(to.norm) < Number(from.norm)
      ) {
        const a = mentionStatus(s.assert(i, i + 1));
        if (a) out.add('weight-loss', a.status, [t[i - 1]!, t[i + 5]!], 'findings', a.note, a.reason);
        return;
      }
    }
    // "Weight down 27 lb", "her weight dropped by 6 kg", "weight was down 4 kg" (session 38: no weight loss read): a
    // weight that went down by an amount in a weight unit
    if ((WEIGHT_FELL.has(t[i]!.norm) || t[i]!.norm === 'down') && weightBefore(t, i)) {
      let k = i + 1;
      if (t[i]!.norm === 'went' && t[k]?.norm === 'down') k++;
      if (t[k]?.norm === 'by' || t[k]?.norm === 'about' || t[k]?.norm === 'approximately') k++;
      if (t[k]?.kind === 'number' && WEIGHT_UNITS.has(t[k + 1]?.norm ?? '')) {
        const a = mentionStatus(s.assert(i, i + 1));
        if (a) out.add('weight-loss', a.status, [t[i]!, t[k + 1]!], 'findings', a.note, a.reason);
        return;
      }
    }
    // "a loss of 30 pound in weight", "a loss of 12 kg" (session 38: nothing read): the noun with its amount
    if (t[i]!.norm === 'loss' && t[i + 1]?.norm === 'of' && t[i - 1]?.norm !== 'blood') {
      const k = t[i + 2]?.kind === 'number' ? i + 2 : t[i + 3]?.kind === 'number' ? i + 3 : -1;
      // (not "a loss of 3 kg of fluid": the amount of something else)
      const ofWhat = t[k + 2]?.norm === 'of' ? (t[k + 3]?.norm ?? '') : 'weight';
      if (k > 0 && WEIGHT_UNITS.has(t[k + 1]?.norm ?? '') && (ofWhat === 'weight' || ofWhat === 'body')) {
        const a = mentionStatus(s.assert(i, i + 1));
        if (a) out.add('weight-loss', a.status, [t[i]!, t[k + 1]!], 'findings', a.note, a.reason);
        return;
      }
    }
    if (t[i]!.norm !== 'lost') continue;
    for (let k = i + 1; k < Math.min(t.length, i + 5); k++)
      if (t[k]!.kind === 'number' && WEIGHT_UNITS.has(t[k + 1]?.norm ?? '')) {
        const a = mentionStatus(s.assert(i, i + 1));
        if (a) out.add('weight-loss', a.status, [t[i]!, t[k + 1]!], 'findings', a.note, a.reason);
        return;
      }
  }
}

/** Words between "calcifications of" and their tissue ("of the", "in his", "within both"). */
const TISSUE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'his', 'her', 'both', 'its', 'their']);
/** Tissues whose calcification is calcinosis, and the noun after the adjective ones. */
const CALCINOSIS_TISSUE: ReadonlySet<string> = new Set(['subcutaneous', 'soft', 'cutaneous', 'dermal']);
const TISSUE_NOUN: ReadonlySet<string> = new Set(['tissue', 'tissues', 'fat', 'layer', 'layers']);
const MASS_WORDS: ReadonlySet<string> = new Set(['mass', 'masses', 'tumour', 'tumor', 'nodule', 'lesion']);

/**
 * "several calcifications of the subcutaneous tissue were seen", "calcification within the soft tissues of the
 * thighs" (session 38: nothing read; the lexicon holds the phrase with the adjective first): calcinosis, asserted at
 * the calcification word; the skin itself ("calcifications in the skin") too.
 */
function calcificationOfTissue(s: DocSentence, out: FindingSet): void {
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    const n = t[i]!.norm;
    if (n !== 'calcification' && n !== 'calcifications') continue;
    const p = t[i + 1]?.norm;
    if (p !== 'of' && p !== 'in' && p !== 'within' && p !== 'involving') continue;
    let k = i + 2;
    while (k < i + 4 && TISSUE_DETERMINERS.has(t[k]?.norm ?? '')) k++;
    const w = t[k]?.norm ?? '';
    const tissue =
      w === 'skin' ||
      w === 'subcutis' ||
      (CALCINOSIS_TISSUE.has(w) &&
        (TISSUE_NOUN.has(t[k + 1]?.norm ?? '') ||
          (t[k + 1]?.norm === 'soft' && TISSUE_NOUN.has(t[k + 2]?.norm ?? ''))));
    // (not "calcifications in the soft tissue mass": a tumour's)
    if (!tissue || t.slice(k + 1, k + 4).some((x) => MASS_WORDS.has(x.norm))) continue;
    const a = mentionStatus(s.assert(i, i + 1));
    if (!a) continue;
    out.add('calcinosis', a.status, [t[i]!, t[k]!], 'findings', a.note, a.reason);
    return;
  }
}

/** Words that name a chest CT (with {@link CHEST}) and findings that make a CT abnormal after all, or make it a search for a cancer. */
const CT_WORDS = new Set(['ct', 'hrct', 'tomography', 'tomogram']);
const CHEST = new Set(['chest', 'thorax', 'thoracic', 'lung', 'lungs', 'pulmonary']);
const CT_NOT_CLEAR = new Set([
  'except',
  'but',
  'apart',
  'other',
  'besides',
  'however',
  'although',
  'mass',
  'masses',
  'nodule',
  'nodules',
  'lesion',
  'lesions',
  'opacity',
  'opacities',
  'effusion',
  'effusions',
  'lymphadenopathy',
  'thymoma',
  'tumour',
  'tumor',
  // a CT of several regions read for a cancer ("malignancy screening (CT thorax, abdomen and pelvis) was
  // unremarkable"): it states no malignancy, not the lung parenchyma
  'abdomen',
  'abdominal',
  'pelvis',
  'screening',
  'staging',
  'restaging',
  'malignancy',
  'malignancies',
  'cancer',
  'metastases',
  'metastasis',
  'recurrence',
  'pet',
]);

/** "not normal", "near normal": not a clear CT. */
const NOT_NORMAL_BEFORE = new Set(['not', 'near', 'nearly', 'almost', 'ab']);

/** Words between "no abnormality" and the scan it was looked for on ("was found on computed tomography of the", "noted at high-resolution CT"). */
const SEEN_ON: ReadonlySet<string> = new Set([
  'was',
  'were',
  'seen',
  'found',
  'detected',
  'noted',
  'shown',
  'demonstrated',
  'observed',
  'identified',
  'visible',
  'on',
  'at',
  'by',
  'in',
  'the',
  'a',
  'computed',
  'computerised',
  'computerized',
  'high',
  '-',
  'resolution',
  'chest',
  'thoracic',
  'thorax',
  'lung',
  'lungs',
]);

/**
 * "No abnormality was found on computed tomography of the thorax" (session 38: the result written first, six words
 * before the scan): "no abnormal…" at `i`, then only words of a finding seen on a chest scan up to the CT word.
 */
function noAbnormalityOn(t: readonly Token[], i: number, ct: number): boolean {
  if (t[i]!.norm !== 'no' || i >= ct || ct - i > 12) return false;
  for (let k = i + 2; k < ct; k++) if (!SEEN_ON.has(t[k]!.norm)) return false;
  return true;
}

/** Words after a "Swallow:" label that state the function impaired. */
const SWALLOW_IMPAIRED: ReadonlySet<string> = new Set([
  'impaired',
  'abnormal',
  'difficult',
  'reduced',
  'poor',
]);

/** Predicates of a swallowing stated impaired ("swallowing was affected", "the swallow was weak"). */
const SWALLOW_PREDICATES: ReadonlySet<string> = new Set([
  ...SWALLOW_IMPAIRED,
  'affected',
  'weak',
  'weakened',
  'disturbed',
  'compromised',
  'slow',
  'slowed',
]);
/** Words that make a swallow a study ("barium swallow", "video swallow"). */
const SWALLOW_STUDY_WORDS: ReadonlySet<string> = new Set([
  'barium',
  'video',
  'modified',
  'contrast',
  'gastrografin',
]);
/** Degree words between the copula and the predicate ("was markedly impaired"). */
const SWALLOW_DEGREES: ReadonlySet<string> = new Set([
  'markedly',
  'severely',
  'mildly',
  'slightly',
  'moderately',
  'also',
  'significantly',
  'very',
  'somewhat',
]);
/**
 * "Swallowing (function) was (not) (markedly) impaired" after the swallowing at `i`: the predicate's index and
 * whether "not" denies it; undefined when no such predicate follows.
 */
function swallowingStated(t: readonly Token[], i: number): { at: number; denied: boolean } | undefined {
  // (a study's result, "the barium swallow was abnormal", is not the symptom)
  if (SWALLOW_STUDY_WORDS.has(t[i - 1]?.norm ?? '')) return undefined;
  let k = i + 1;
  if (t[k]?.norm === 'function') k++;
  if (!['was', 'is', 'were', 'became', 'seemed', 'appeared'].includes(t[k]?.norm ?? '')) return undefined;
  k++;
  const denied = t[k]?.norm === 'not';
  if (denied) k++;
  if (SWALLOW_DEGREES.has(t[k]?.norm ?? '')) k++;
  return SWALLOW_PREDICATES.has(t[k]?.norm ?? '') ? { at: k, denied } : undefined;
}

/** Words of a limitation that a list of actions shares ("difficulty chewing and swallowing"). */
const LIMITATION_NOUNS: ReadonlySet<string> = new Set(['difficulty', 'difficulties', 'trouble', 'problems']);

/**
 * The limitation word that "swallowing" / "swallow" at `i` shares with actions coordinated before it ("difficulty
 * breathing or swallowing", "trouble in chewing, talking and swallowing", "difficulty to chew and swallow"): back
 * over gerunds (or bare verbs after "to"), commas, "and" and "or" only, at least one of them a conjunction; -1 if
 * none ("difficulty breathing but not swallowing" has none).
 */
function sharedLimitation(t: readonly Token[], i: number): number {
  // ("difficulty walking, and swallowing was normal": the swallowing the subject of a clause of its own)
  if (COPULA_WORDS.has(t[i + 1]?.norm ?? '')) return -1;
  let joined = false;
  // words of an action's object since the last gerund walked back over ("getting off a low stool", session 41)
  let object = 0;
  for (let k = i - 1; k >= Math.max(0, i - 12); k--) {
    const n = t[k]!.norm;
    const gerund = t[k]!.kind === 'word' && (n.endsWith('ing') || t[i]!.norm === 'swallow');
    if (n === 'and' || n === 'or') {
      if (object) return -1;
      joined = true;
    } else if (LIMITATION_NOUNS.has(n)) return joined && !object ? k : -1;
    else if ((n === 'in' || n === 'with' || n === 'to') && LIMITATION_NOUNS.has(t[k - 1]?.norm ?? ''))
      return joined && !object ? k - 1 : -1;
    else if (gerund) object = 0;
    // "trouble getting off a low stool, chewing and swallowing": the first action may carry a short object; the
    // walk must reach its gerund before the limitation word (at most four words, none a verb of a clause)
    else if (n === ',' && !object) continue;
    else if (t[k]!.kind === 'word' && !COPULA_WORDS.has(n) && !OBJECT_STOPS.has(n) && object < 4) object++;
    else return -1;
  }
  return -1;
}

/** Words that never stand inside an action's short object ("difficulty walking but not swallowing"). */
const OBJECT_STOPS: ReadonlySet<string> = new Set([
  'but',
  'not',
  'no',
  'without',
  'had',
  'has',
  'have',
  'denied',
]);

/** "Swallowing was normal", "normal swallowing": no dysphagia (a statement that the function is normal). */
function swallowingNormal(doc: Doc, s: DocSentence, out: FindingSet): void {
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    // "she swallowed normally", "swallows without difficulty": the function stated normal
    if (
      (t[i]!.norm === 'swallowed' || t[i]!.norm === 'swallows' || t[i]!.norm === 'swallowing') &&
      (t[i + 1]?.norm === 'normally' || (t[i + 1]?.norm === 'without' && t[i + 2]?.norm === 'difficulty'))
    ) {
      const a = mentionStatus(s.assert(i, i + 1));
      if (a?.status === 'present') {
        out.add('dysphagia', 'absent', [t[i]!], 'findings', 'stated-normal', undefined, true);
        return;
      }
    }
    if (t[i]!.norm !== 'swallowing' && t[i]!.norm !== 'swallow') continue;
    // "no difficulty breathing or swallowing", "trouble chewing and swallowing" (session 38: nothing read): the
    // limitation shared by the actions coordinated before the swallowing
    const limit = sharedLimitation(t, i);
    if (limit >= 0) {
      const a = mentionStatus(s.assert(limit, limit + 1));
      if (a) out.add('dysphagia', a.status, [t[limit]!, t[i]!], 'findings', a.note, a.reason);
      return;
    }
    // "Swallow: impaired for solids", "swallowing: abnormal": a labelled function stated impaired
    if (t[i + 1]?.norm === ':' && SWALLOW_IMPAIRED.has(t[i + 2]?.norm ?? '')) {
      const a = mentionStatus(s.assert(i, i + 1));
      if (a) out.add('dysphagia', a.status, [t[i]!, t[i + 2]!], 'findings', a.note, a.reason);
      return;
    }
    // "Swallowing was impaired", "her swallow was weak", "swallowing function was reduced", "swallowing was not
    // affected" (session 51 probe: nothing read): the function stated impaired, or denied so
    const stated = swallowingStated(t, i);
    if (stated) {
      const a = mentionStatus(s.assert(i, i + 1));
      if (a)
        out.add(
          'dysphagia',
          stated.denied ? 'absent' : a.status,
          [t[i]!, t[stated.at]!],
          'findings',
          stated.denied ? 'stated-normal' : a.note,
          stated.denied ? undefined : a.reason,
        );
      return;
    }
    // "swallowing was normal", "normal swallowing", "swallow intact" — not "normal after a swallow study"
    const after = t.slice(i + 1, i + 4).map((x) => x.norm);
    const normal =
      NORMAL_WORDS.has(t[i - 1]?.norm ?? '') ||
      (NORMAL_WORDS.has(after[0] ?? '') && t[i + 2]?.kind === 'punct') ||
      ((after[0] === 'was' || after[0] === 'is') && NORMAL_WORDS.has(after[1] ?? ''));
    if (!normal || ['study', 'test', 'assessment', 'evaluation', 'function'].includes(after[0] ?? ''))
      continue;
    const a = mentionStatus(s.assert(i, i + 1));
    if (a?.status !== 'present') continue;
    out.add('dysphagia', 'absent', [t[i]!], 'findings', 'stated-normal', undefined, true);
    return;
  }
}

/**
 * No interstitial lung disease where the text denies lung involvement ("CT scans were unremarkable for lung
 * involvement", "without pulmonary involvement") or calls the chest CT normal ("chest CT scan showed no
 * abnormalities", "a normal HRCT of the chest"). A clear chest radiograph is not enough; a CT sentence that
 * names any other finding ("no abnormality except a mass") gives nothing.
 */
function lungClear(doc: Doc, s: DocSentence, out: FindingSet, words: number): void {
  const t = s.tokens;
  for (const m of s.mentions) {
    if (m.concept.value !== 'lung-involvement') continue;
    const a = mentionStatus(s.assert(m.tokenStart, m.tokenEnd));
    if (a?.status === 'absent')
      out.add('interstitial-lung-disease', 'absent', [m], 'findings', a.note, a.reason, true);
  }
  // no CT word: nothing below is read (speed only, see SCANNER_WORDS)
  if (!(words & W_CT)) return;
  const ct = t.findIndex((x) => CT_WORDS.has(x.norm));
  // "HRCT was normal": a high-resolution CT is of the chest unless another region is named ("HRCT of the sinuses")
  const ofOther = t[ct + 1]?.norm === 'of' && !t.slice(ct + 2, ct + 4).some((x) => CHEST.has(x.norm));
  if (ct < 0 || !(t.some((x) => CHEST.has(x.norm)) || (t[ct]!.norm === 'hrct' && !ofOther))) return;
  if (t.some((x) => CT_NOT_CLEAR.has(x.norm))) return;
  // an ILD named in the sentence decides, unless it is only what the CT looked for ("To exclude ILD, a chest CT
  // was performed and was normal")
  const differentialAt = firstDifferential(t);
  if (
    s.mentions.some(
      (m) =>
        m.concept.kind === 'finding' &&
        m.concept.value === 'interstitial-lung-disease' &&
        !soughtOrDifferential(t, m.tokenStart, differentialAt),
    )
  )
    return;
  const clear = t.findIndex(
    (x, i) =>
      (i > ct - 4 || noAbnormalityOn(t, i, ct)) &&
      (((x.norm === 'normal' || x.norm === 'unremarkable') && !NOT_NORMAL_BEFORE.has(t[i - 1]?.norm ?? '')) ||
        (x.norm === 'no' && /^abnormal/.test(t[i + 1]?.norm ?? ''))),
  );
  if (clear < 0) return;
  const raw = s.assert(ct, ct + 1);
  // "To exclude ILD, an HRCT was performed and was normal": the purpose clause, closed by its comma before the CT,
  // hedges what was sought, not the CT's result
  const purposeOnly =
    raw.uncertain &&
    !raw.negated &&
    raw.temporality !== 'hypothetical' &&
    raw.triggers.length > 0 &&
    raw.triggers.every(
      (x) =>
        x.category === 'uncertainty' &&
        /^to\s+(?:exclude|rule\s+out)$/i.test(x.text) &&
        t.some((y) => y.norm === ',' && y.start > x.end && y.end <= t[ct]!.start),
    );
  const a = purposeOnly ? { status: 'present' as const } : mentionStatus(raw);
  if (!a || a.status === 'uncertain') return;
  out.add(
    'interstitial-lung-disease',
    'absent',
    [t[ct]!, t[clear]!],
    'findings',
    'imaging-result',
    undefined,
    true,
  );
}
/** A raised CK "asymptomatic" may qualify ("asymptomatic hyperCKemia"). */
const CK_RAISED = new Set(['hyperckemia', 'hyperckaemia', 'hypercreatinekinasemia']);
/** Words of the course after treatment before "asymptomatic" ("within 2 days", "after steroids", "became"). */
const COURSE_WORDS = new Set([
  'within',
  'after',
  'following',
  'later',
  'subsequently',
  'thereafter',
  'became',
  'treatment',
  'therapy',
  'treated',
  'antibiotics',
  'steroids',
  'discharge',
  'discharged',
  'follow',
  'recovered',
]);

/** Other illnesses a patient may be asymptomatic from ("asymptomatic from her cancer"). */
const NOT_MUSCLE_ILLNESS = new Set([
  'cancer',
  'tumour',
  'tumor',
  'malignancy',
  'carcinoma',
  'lymphoma',
  'infection',
]);

/**
 * A patient called asymptomatic ("an asymptomatic man with persistent hyperCKemia", "asymptomatic
 * hyperCKaemia", "he was asymptomatic") states no muscle symptoms: no proximal weakness and no myalgia
 * (inferred). A weakness stated elsewhere wins (present outranks absent).
 */
function asymptomatic(doc: Doc, s: DocSentence, out: FindingSet): void {
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    if (t[i]!.norm !== 'asymptomatic') continue;
    const next = t.slice(i + 1, i + 4).map((x) => x.norm);
    const prev = t[i - 1]?.norm ?? '';
    // "he was asymptomatic", not "the rash is asymptomatic"
    const subject = t[i - 2]?.norm ?? '';
    const ofPatient =
      next.some((w) => PERSON_NOUNS.has(w) || CK_RAISED.has(w)) ||
      ((prev === 'was' || prev === 'is' || prev === 'remained') &&
        (PERSON_NOUNS.has(subject) || subject === 'he' || subject === 'she'));
    if (!ofPatient) continue;
    // "three days after antibiotics were started he was asymptomatic" (session 24: read as no weakness at
    // presentation): a state after treatment is the course, not the examination
    if (t.slice(0, i).some((x) => COURSE_WORDS.has(x.norm))) continue;
    // "He was asymptomatic with respect to his prostate cancer" (session 34: read as no weakness): free of another
    // illness's symptoms, not of the muscles'
    if (
      (next[0] === 'with' && next[1] === 'respect') ||
      next[0] === 'regarding' ||
      (next[0] === 'in' && next[1] === 'terms') ||
      ((next[0] === 'from' || next[0] === 'for') &&
        t.slice(i + 1, i + 6).some((x) => NOT_MUSCLE_ILLNESS.has(x.norm)))
    )
      continue;
    const a = mentionStatus(s.assert(i, i + 1));
    if (!a || a.status !== 'present') continue;
    for (const id of ['proximal-weakness-upper', 'proximal-weakness-lower', 'myalgia'])
      out.add(id, 'absent', [t[i]!], 'weakness', 'no-weakness-stated', undefined, true);
    return;
  }
}

/** Words of a body temperature ("body temperature up to 39.0 °C", "temp 101.3 F"). */
const TEMPERATURE = new Set(['temperature', 'temp', 'pyrexia', 'tmax']);
const DEGREE = new Set(['°', 'º', 'degrees', 'degree']);

/**
 * A measured body temperature of fever: 38.0 °C or more (100.4 °F or more) within six words of
 * "temperature" ("an increase of body temperature up to 39.0 °C", "temperature was 101.3 °F"). The scale is
 * the one written after the number, or read from the number itself (35–45 Celsius, 95–113 Fahrenheit).
 */
function temperatureFever(doc: Doc, s: DocSentence, out: FindingSet): void {
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    // "T 38.7 °C", "T: 39 °C": the capital T of a chart
    const chartT =
      t[i]!.norm === 't' &&
      doc.text.slice(t[i]!.start, t[i]!.end) === 'T' &&
      (t[i + 1]?.kind === 'number' || t[i + 1]?.norm === ':');
    if (!TEMPERATURE.has(t[i]!.norm) && !chartT) continue;
    // "Temperature was normal", "temperature normal": no fever
    const j = t[i + 1]?.norm === 'was' || t[i + 1]?.norm === 'is' ? i + 2 : i + 1;
    if (t[i]!.norm !== 'pyrexia' && (t[j]?.norm === 'normal' || t[j]?.norm === 'normothermic')) {
      const a = mentionStatus(s.assert(i, j + 1));
      if (a?.status === 'present') out.add('fever', 'absent', [t[i]!, t[j]], 'findings', 'stated-normal');
      return;
    }
    for (let k = i + 1; k < Math.min(t.length, i + 7); k++) {
      const x = t[k]!;
      if (x.kind === 'punct' && x.norm !== ',' && !DEGREE.has(x.norm)) break;
      if (x.kind !== 'number') continue;
      let v = Number(x.norm);
      // "38,5 ºC": a decimal comma splits the number into two tokens
      if (t[k + 1]?.norm === ',' && t[k + 2]?.kind === 'number' && /^\d$/.test(t[k + 2]!.norm)) {
        v = Number(`${x.norm}.${t[k + 2]!.norm}`);
        k += 2;
      }
      const after = t.slice(k + 1, k + 3).map((y) => y.norm);
      const scale =
        after.includes('f') || after.includes('fahrenheit') ? 'F' : after.includes('c') ? 'C' : undefined;
      const celsius = scale === 'C' || (scale === undefined && v >= 35 && v <= 45);
      const fahrenheit = scale === 'F' || (scale === undefined && v >= 95 && v <= 113);
      const fever = (celsius && v >= 38 && v <= 45) || (fahrenheit && v >= 100.4 && v <= 113);
      if (!fever || !(celsius || fahrenheit)) break;
      if (!DEGREE.has(t[k + 1]?.norm ?? '') && scale === undefined && !after.includes('degrees')) {
        // a bare number needs a degree sign or a scale to be a temperature ("temperature of 39")
        if (!(celsius && t[k - 1]?.norm === 'of')) break;
      }
      const a = mentionStatus(s.assert(i, k + 1));
      if (a) out.add('fever', a.status, [t[i]!, x], 'findings', a.note, a.reason);
      return;
    }
  }
}

/** Holders of a condition in general ("patients with", "those with", "anyone with"). */
const ANY_HOLDER = new Set([
  'patients',
  'individuals',
  'people',
  'persons',
  'subjects',
  'those',
  'anyone',
  'adults',
]);

/** Modals and verbs of a general remark on what a condition can cause ("which can also cause …"). */
const ASIDE_MODALS: ReadonlySet<string> = new Set(['can', 'may', 'might', 'could']);
const ASIDE_VERBS: ReadonlySet<string> = new Set([
  'cause',
  'produce',
  'mimic',
  'present',
  'lead',
  'result',
  'induce',
  'manifest',
]);

/** Participles of a general association ("which is strongly associated with …", "which are linked to …"). */
const ASSOCIATION_VERBS: ReadonlySet<string> = new Set(['associated', 'linked', 'correlated']);

/**
 * A finding inside a relative clause that says what another condition can cause or goes with: "Hypothyroid
 * myopathy, which can also cause proximal weakness and dysphagia, was excluded", "Anti-MDA5 antibodies, which
 * are associated with interstitial lung disease, were positive" — a general remark about that condition or
 * result, not a statement of this patient's finding (nor its absence). The clause opens with ", which" or
 * ", that" followed by a modal and a verb of causing, or by "is/are (…ly) associated/linked/correlated with/to",
 * at most twelve words before the mention, with no clause end between.
 */
function causeAside(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 1 && i - k <= 12; k--) {
    const w = tokens[k]!.norm;
    if (w === '.' || w === ';' || w === ':') return false;
    if ((w === 'which' || w === 'that') && tokens[k - 1]!.norm === ',') {
      let j = k + 1;
      // "Anti-MDA5 antibodies, which are associated with interstitial lung disease, were positive" (session 23):
      // what a result goes with in general, not the patient's finding
      if (tokens[j]?.norm === 'is' || tokens[j]?.norm === 'are') {
        j++;
        if (/ly$/.test(tokens[j]?.norm ?? '')) j++;
        return (
          ASSOCIATION_VERBS.has(tokens[j]?.norm ?? '') &&
          (tokens[j + 1]?.norm === 'with' || tokens[j + 1]?.norm === 'to') &&
          j + 1 < i
        );
      }
      if (!ASIDE_MODALS.has(tokens[j]?.norm ?? '')) return false;
      j++;
      if (tokens[j]?.norm === 'also' || tokens[j]?.norm === 'sometimes' || tokens[j]?.norm === 'often') j++;
      return ASIDE_VERBS.has(tokens[j]?.norm ?? '') && j < i;
    }
  }
  return false;
}

/**
 * A finding named as the condition of patients in general inside a sentence about this patient: "a
 * syndrome that should be considered in patients with interstitial lung disease", "screening is advised for
 * those with dysphagia". The holder and "with" stand at most four words before the mention, in the same
 * clause (no punctuation between).
 */
function anyPatientWith(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(1, i - 5); k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct') return false;
    if (t.norm === 'with' && ANY_HOLDER.has(tokens[k - 1]!.norm)) return true;
  }
  return false;
}

/** Nouns of a test or a measure that a finding word may modify ("arthritis panel", "dysphagia score"). */
const TEST_NOUNS = new Set([
  'panel',
  'panels',
  'workup',
  'screen',
  'questionnaire',
  'questionnaires',
  'score',
  'scores',
  'scale',
  'protocol',
]);

/**
 * A finding word used as the name of a test or a measure, not as the patient's finding: "an arthritis panel
 * was negative", "dysphagia work-up", "myalgia scores improved".
 */
function namesATest(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end]?.norm ?? '';
  if (TEST_NOUNS.has(next)) return true;
  // "work-up" / "work up"
  return next === 'work' && (tokens[end + 1]?.norm === 'up' || tokens[end + 2]?.norm === 'up');
}

/** Verbs of a search ("screened for", "evaluated for") and "to exclude": what is sought is not stated. */
const SOUGHT = new Set([
  'screened',
  'screening',
  'evaluated',
  'assessed',
  'investigated',
  // "she will be monitored for dysphagia", "watched for"
  'monitored',
  'monitoring',
  'watched',
  // "a barium swallow was requested to assess for dysphagia", "tests scheduled to screen for ILD"
  'assess',
  'assessing',
  'screen',
  'evaluate',
  'evaluating',
  'look',
  'looking',
  'search',
  'searching',
  'check',
  'checked',
  // "we looked for a heliotrope rash" (session 20: read present)
  'looked',
  'searched',
]);

/**
 * A finding named as a candidate, not as the patient's: after "differential diagnosis/diagnoses" in the
 * sentence ("the differential included antisynthetase syndrome with mechanic's hands"), or as what a test
 * looks for ("screened for interstitial lung disease", "performed to exclude interstitial lung disease").
 */
function soughtOrDifferential(tokens: readonly Token[], i: number, differentialAt: number): boolean {
  if (differentialAt < i) return true;
  for (let k = i - 1; k >= Math.max(1, i - 5); k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct') return false;
    if (t.norm === 'for' && SOUGHT.has(tokens[k - 1]!.norm)) return true;
    if (t.norm === 'exclude' && tokens[k - 1]!.norm === 'to') return true;
    // "a CT was ordered to rule out ILD"
    if (t.norm === 'out' && tokens[k - 1]!.norm === 'rule' && tokens[k - 2]?.norm === 'to') return true;
  }
  return false;
}

/**
 * The index of the sentence's first "differential(s)" cue ("differential diagnosis", "differentials", "DDx"),
 * or the token count when it has none: a finding after it is a candidate ({@link soughtOrDifferential}). Found
 * once per sentence — read back from each mention, a long sentence of many mentions cost their product.
 */
function firstDifferential(tokens: readonly Token[]): number {
  for (let k = 0; k < tokens.length; k++) {
    const n = tokens[k]!.norm;
    if (n === 'differentials' || n === 'ddx') return k;
    // "Differential: dermatomyositis vs. lupus with arthritis": a labelled line
    if (n === 'differential' && /^diagnos|^considerations?$|^includ|^:$/.test(tokens[k + 1]?.norm ?? ''))
      return k;
  }
  return tokens.length;
}

/** Participles of an examination not done ("Dysphagia was not assessed"). */
const NOT_DONE: ReadonlySet<string> = new Set([
  'assessed',
  'evaluated',
  'examined',
  'tested',
  'documented',
  'recorded',
  'measured',
]);

/** "Dysphagia was not assessed": the finding was not looked for, so its status is not stated (not absent). */
function notAssessed(tokens: readonly Token[], end: number): boolean {
  return (
    // "… was not assessed", and a labelled line "Dysphagia: not assessed" (session 21: read present)
    (tokens[end]?.norm === 'was' || tokens[end]?.norm === 'were' || tokens[end]?.norm === ':') &&
    tokens[end + 1]?.norm === 'not' &&
    NOT_DONE.has(tokens[end + 2]?.norm ?? '')
  );
}

/** Answers of a labelled line that deny its label ("Dysphagia: no", "Fever: nil"). */
// ("Dysphagia – denies", "Fever: ✗": session 21, each read present)
const NO_ANSWER: ReadonlySet<string> = new Set(['no', 'none', 'nil', 'denies', 'denied', '✗', '✘']);

/**
 * A short sentence (at most ten tokens, one clause) that states no finding: a question ("Skin ulceration?"), an
 * examination not done ("… was not assessed"), or a search ("We looked for …").
 */
function unstatedLine(tokens: readonly Token[]): 'question' | 'unstated' | undefined {
  if (tokens.length > 10 || tokens.some((t) => t.norm === ',' || t.norm === ';' || t.norm === 'but'))
    return undefined;
  // (not "Why do my muscles still ache?": a question of why or how takes the finding as given)
  if (tokens[tokens.length - 1]?.norm === '?')
    return /^(?:why|how|what|when|where|which)$/.test(tokens[0]?.norm ?? '') ? undefined : 'question';
  for (let k = 1; k < tokens.length; k++) {
    if (notAssessed(tokens, k)) return 'unstated';
    if (tokens[k]!.norm === 'for' && (tokens[k - 1]!.norm === 'looked' || tokens[k - 1]!.norm === 'searched'))
      return 'unstated';
  }
  return undefined;
}

/**
 * The words a review-of-systems question may open with before its term ("Any dysphagia?", "Was there a rash?"):
 * none of them hedges, so a "yes" answers the term itself ("Possible dysphagia? Yes." stays a possibility).
 */
const QUESTION_OPENERS: ReadonlySet<string> = new Set([
  'any',
  'was',
  'were',
  'is',
  'are',
  'there',
  'has',
  'have',
  'had',
  'does',
  'did',
  'do',
  'she',
  'he',
  'the',
  'patient',
  'a',
  'an',
]);

/** The answer a sentence of one word gives to the question before it ("Yes.", "No.", "Nil", "N"), if it is one. */
function oneWordAnswer(s: DocSentence | undefined): 'yes' | 'no' | undefined {
  if (!s) return undefined;
  const t = s.tokens;
  if (t.length === 0 || t.length > 2 || (t.length === 2 && t[1]!.norm !== '.')) return undefined;
  const w = t[0]!.norm;
  if (w === 'yes' || w === 'y') return 'yes';
  if (NO_ANSWER.has(w)) return 'no';
  return undefined;
}

/**
 * The end of a line's label: the index of its first colon or dash, when the words before it are a short label
 * (at most eight words) and one answer word ends the line after it; else -1 (see {@link answeredNo}).
 */
function labelEnd(tokens: readonly Token[]): number {
  const at = tokens.findIndex((t) => t.norm === ':' || t.norm === '-' || t.norm === '|');
  if (at < 1 || at > 8) return -1;
  const rest = tokens.length - at - 1;
  return rest === 1 || (rest === 2 && tokens[tokens.length - 1]!.kind === 'punct') ? at : -1;
}

/**
 * "Dysphagia: no." — the term, a colon (or a dash) and "no" / "none" / "nil" ending the line's item; or a minus in
 * brackets after it ("Raynaud (−)", "Raynaud (-ve)").
 */
function answeredNo(tokens: readonly Token[], end: number, text: string): boolean {
  // every answer below opens with one of these words right after the term (speed only)
  const first = tokens[end]?.norm;
  if (first !== '(' && first !== 'was' && first !== 'were' && first !== '-' && first !== ':' && first !== '|')
    return false;
  if (
    tokens[end]?.norm === '(' &&
    (tokens[end + 1]?.norm === '-' || NO_ANSWER.has(tokens[end + 1]?.norm ?? '')) &&
    (tokens[end + 2]?.norm === ')' || (tokens[end + 2]?.norm === 've' && tokens[end + 3]?.norm === ')'))
  )
    return true;
  // "Dysphagia was not reported", "Myalgias were not reported by the patient"
  if (
    (tokens[end]?.norm === 'was' || tokens[end]?.norm === 'were') &&
    tokens[end + 1]?.norm === 'not' &&
    (tokens[end + 2]?.norm === 'reported' || tokens[end + 2]?.norm === 'complained')
  )
    return true;
  const ends = (t: Token | undefined) =>
    t === undefined || (t.kind === 'punct' && t.norm !== '-' && t.norm !== '/');
  // "Arthritis\t−": a minus alone after the term ends the line (a column of + and − pasted as text); "Dysphagia -."
  // with its full stop (session 21: read present)
  if (
    tokens[end]?.norm === '-' &&
    (tokens[end + 1] === undefined || (tokens[end + 1]!.norm === '.' && tokens[end + 2] === undefined))
  )
    return true;
  // "heliotrope −ve", "Raynaud -ve"
  if (tokens[end]?.norm === '-' && tokens[end + 1]?.norm === 've' && ends(tokens[end + 2])) return true;
  const sep = tokens[end]?.norm;
  if (sep !== ':' && sep !== '-' && sep !== '|') return false;
  const answer = tokens[end + 1];
  if (!answer) return false;
  // "Dysphagia | no", "fever: −", "Raynaud: N"
  const no =
    NO_ANSWER.has(answer.norm) ||
    (answer.norm === '-' && sep !== '-') ||
    (sep !== '-' && text.slice(answer.start, answer.end) === 'N');
  return no && ends(tokens[end + 2]);
}

/** First words by which a negative term negates itself ("no fever", "without fever"). */
const OWN_NEGATION_WORDS: ReadonlySet<string> = new Set(['no', 'without']);

/** Whether the mention ending at `end` sits in a question the sentence asks: opened by an auxiliary, closed by "?". */
function asksAbout(tokens: readonly Token[], end: number): boolean {
  if (!AUXILIARIES.has(tokens[0]?.norm ?? '')) return false;
  for (let k = end; k < tokens.length; k++) {
    const n = tokens[k]!.norm;
    if (n === '?') return true;
    if (n === '.' || n === ';' || n === '!') return false;
  }
  return false;
}

/**
 * "Although mechanic’s hands are typical of antisynthetase syndrome, our patient had none", "her son had Raynaud
 * phenomenon; she did not" (session 20): the second clause of a split sentence denies, for the patient, the
 * findings its first clause gave to others (attribution.ts, `mixedClauseBoundary`).
 */
function deniedForPatient(doc: Doc, s: DocSentence, out: FindingSet): void {
  if (s.clauseOf === undefined || !ellipticalPatientDenial(s.tokens)) return;
  const clause = doc.text.slice(s.start, s.end);
  for (const m of doc.sentences[s.clauseOf]!.mentions) {
    if (m.concept.kind !== 'finding' || INTERNAL_FINDINGS.has(m.concept.value)) continue;
    if (m.concept.attrs?.polarity === 'negative') continue;
    out.add(m.concept.value, 'absent', [m, s], 'findings', {
      code: 'denied-for-patient',
      params: { clause },
    });
  }
}

/**
 * Extracts findings and strength grades from the case sections.
 * @param doc - the analysed document
 * @param options - `ungated`: run every sentence scanner on every sentence, without the check that one of its
 * words occurs, and read grades without the check of their literals (for the test that the checks change nothing)
 */
export function extractFindings(
  doc: Doc,
  options: { ungated?: boolean } = {},
): { findings: ExtractedFinding[]; strength: ExtractedStrength[] } {
  const out = new FindingSet(doc.text);
  const strength: ExtractedStrength[] = [];
  for (const sentence of doc.sentences) {
    if (!isCaseSentence(sentence)) continue;
    const s = statedEvidence(sentence);
    // "The occurrence of cancer and interstitial lung disease was examined" (session 26: ILD given to the patient of a
    // cohort abstract): a study's variable, assessed, not found
    if (STUDY_VARIABLE_RE.test(doc.text.slice(s.start, s.end))) continue;
    // a scanner none of whose words is in the sentence reads nothing there: skipped (speed only, see SCANNER_WORDS)
    const w = options.ungated ? -1 : scannerWords(s.tokens);
    const differentialAt = w & W_DIFFERENTIAL ? firstDifferential(s.tokens) : s.tokens.length;
    // ids whose label this sentence answers "no", with their status before it
    const answered = new Map<string, ExtractedFinding['status'] | undefined>();
    // "Neck flexor weakness: none", "Proximal weakness of the legs – no" (session 20): a whole line answered no,
    // whatever a pattern rule reads in its label — the statuses before the line, to set back what it made present
    // (no label's colon, dash or bar: no label, and no answer after it)
    const lineAnsweredNo = w & W_LABEL ? answeredNo(s.tokens, labelEnd(s.tokens), doc.text) : false;
    // "Skin ulceration?", "Neck flexor weakness was not assessed.", "We looked for periorbital oedema." (session
    // 20): a short sentence that asks, or says what was not examined or was looked for, states no finding —
    // whatever a pattern rule reads in it
    // ("Dysphagia? No.", "Any Raynaud phenomenon? Yes.", session 40: both read uncertain): a short question answered
    // by the next sentence's one word, a review of systems written as questions, states what it answers
    const lineQuestion = lineAnsweredNo ? undefined : unstatedLine(s.tokens);
    const answer = lineQuestion === 'question' ? oneWordAnswer(doc.sentences[s.index + 1]) : undefined;
    const unstated = answer ? undefined : lineQuestion;
    const beforeLine = lineAnsweredNo || unstated ? out.statuses() : undefined;
    for (const m of s.mentions) {
      if (m.concept.kind !== 'finding' || INTERNAL_FINDINGS.has(m.concept.value)) continue;
      // "inverse Gottron papules were seen on the palms" (session 25: read as Gottron papules): the palmar papules
      // of anti-MDA5 disease are not over the extensor surfaces that define Gottron's lesions
      if (
        (m.concept.value === 'gottron-papules' || m.concept.value === 'gottron-sign') &&
        (s.tokens[m.tokenStart - 1]?.norm === 'inverse' || s.tokens[m.tokenStart - 1]?.norm === 'reverse')
      )
        continue;
      if (m.concept.value === 'weight-loss' && noWeightLossSign(s.tokens, m.tokenStart)) continue;
      // "She denied taking weight loss supplements" (session 32: read as no weight loss): a product or a programme
      // for losing weight names no sign
      if (m.concept.value === 'weight-loss' && WEIGHT_LOSS_MEANS.has(s.tokens[m.tokenEnd]?.norm ?? ''))
        continue;
      // "muscle biopsy showed perimysial and interstitial fibrosis", "kidney biopsy: interstitial fibrosis and
      // tubular atrophy" (session 29: read as an ILD): an interstitium named without the lung is another organ's
      if (m.concept.value === 'interstitial-lung-disease' && interstitiumElsewhere(s.tokens, m)) continue;
      if (
        notAssessed(s.tokens, m.tokenEnd) ||
        anyPatientWith(s.tokens, m.tokenStart) ||
        (w & W_WHICH && causeAside(s.tokens, m.tokenStart)) ||
        soughtOrDifferential(s.tokens, m.tokenStart, differentialAt) ||
        namesATest(s.tokens, m.tokenEnd)
      )
        continue;
      const asserted = s.assert(m.tokenStart, m.tokenEnd);
      const a = mentionStatus(asserted);
      if (!a) continue;
      // "denied weight changes": no weight loss; "weight changes" stated is either way, no sign
      if (
        m.concept.value === 'weight-loss' &&
        a.status !== 'absent' &&
        /^change/.test(s.tokens[m.tokenEnd - 1]?.norm ?? '')
      )
        continue;
      let status = a.status;
      // "She could not climb the stairs, together with difficulty swallowing solids" (session 40 grid: dysphagia
      // denied): an inability to act is the limitation itself, and denies no finding named after the action
      if (status === 'absent' && inabilityOfAction(s, asserted, m)) {
        const freed = mentionStatus({ ...asserted, negated: false, resolved: false });
        if (!freed) continue;
        status = freed.status;
      }
      // "Dysphagia: no", "Raynaud phenomenon: none": a labelled line answered no (a table pasted as text)
      // "?ILD": a query mark glued before the term
      // "? heliotrope rash": a query mark that opens the sentence, glued or not; "Was there Raynaud phenomenon?": a
      // question the text asks is no answer
      // "Dysphagia?" (session 20: read present): the term alone asked as a question
      // (an answered question: its query mark is the only doubt of the sentence, and the answer settles it)
      if (answer === 'no' && (status === 'present' || status === 'uncertain')) status = 'absent';
      else if (
        answer === 'yes' &&
        status === 'uncertain' &&
        s.tokens.slice(0, m.tokenStart).every((t) => QUESTION_OPENERS.has(t.norm))
      )
        status = 'present';
      else if (
        status === 'present' &&
        answer === undefined &&
        ((s.tokens[m.tokenStart - 1]?.norm === '?' &&
          (s.tokens[m.tokenStart - 1]!.end === m.start || m.tokenStart === 1)) ||
          asksAbout(s.tokens, m.tokenEnd) ||
          (m.tokenStart === 0 && s.tokens[m.tokenEnd]?.norm === '?' && m.tokenEnd === s.tokens.length - 1))
      )
        status = 'uncertain';
      // "no rapidly progressive interstitial lung disease" (session 24: read as no ILD): a denied form of the
      // disease leaves the disease itself open
      if (status === 'absent' && deniedForm(s.tokens, m.tokenStart)) continue;
      if (status === 'present' && answeredNo(s.tokens, m.tokenEnd, doc.text)) {
        status = 'absent';
        answered.set(m.concept.value, out.get(m.concept.value)?.status);
      }
      // "with no fever": the trigger "with no" shares its "no" with the negative term "no fever" — the term's
      // own negation, not a second one (the status stays absent)
      // A term that carries its own negation word ("no fever", "without fever") is absent whatever precedes it:
      // "ANA negative no fever" in a note without punctuation is the antibody's result, then the term — a second
      // negation of "no fever" is not an English phrasing, so it never flips to present ("not afebrile" still does).
      const ownNegation =
        status === 'absent' &&
        (OWN_NEGATION_WORDS.has(s.tokens[m.tokenStart]!.norm) ||
          (asserted.triggers.some((t) => t.category === 'negation') &&
            asserted.triggers.every((t) => t.category !== 'negation' || t.end > m.start)));
      if (m.concept.attrs?.polarity === 'negative' && !ownNegation)
        status = status === 'absent' ? 'present' : status === 'present' ? 'absent' : status;
      const stage: Stage = 'findings';
      out.add(
        m.concept.value,
        status,
        [m],
        stage,
        m.concept.attrs?.polarity === 'negative'
          ? { code: a.note.code, params: { ...a.note.params, negativeTerm: 'yes' } }
          : a.note,
        a.reason,
      );
      // "papular erythema on the knuckles (Gottron's sign)" (session 38): a Gottron label after the description it
      // names — the lesion read by its definition, papules (raised) or the sign (flat), as well as by its label
      if (
        status === 'present' &&
        (m.concept.value === 'gottron-sign' || m.concept.value === 'gottron-papules')
      ) {
        const form = labelledForm(s.tokens, m.tokenStart);
        const id = form === 'papular' ? 'gottron-papules' : form === 'macular' ? 'gottron-sign' : undefined;
        if (id && id !== m.concept.value) out.add(id, status, [m], 'skin-description', a.note, a.reason);
      }
      // "Gottron sign and papules were noted" (session 25: the papules lost): the eponym shared by the noun after
      // "and"
      if (
        m.concept.value === 'gottron-sign' &&
        s.tokens[m.tokenEnd]?.norm === 'and' &&
        /^papules?$/.test(s.tokens[m.tokenEnd + 1]?.norm ?? '')
      )
        out.add('gottron-papules', status, [m, s.tokens[m.tokenEnd + 1]!], stage, a.note, a.reason);
    }
    deniedForPatient(doc, s, out);
    if (w & W_ULCER) siteUlcers(s, out);
    if (w & W_LESION) skin(doc, s, out);
    if (w & W_GOTTRON) bareGottron(doc, s, out);
    if (w & W_SIGN) triggeredSigns(doc, s, out);
    if (w & W_WEAKNESS) weakness(doc, s, out);
    if (w & W_EXAM && w & W_PROXIMAL) proximalOverDistal(doc, s, out);
    if (w & W_GRADE) namedLegGrades(s, out);
    if (w & W_NORMAL_STRENGTH) normalStrength(doc, s, out);
    const before = strength.length;
    if (w & W_GRADE) grades(doc, s, strength, !options.ungated);
    if (strength.length > before) dropOthersGrades(s, strength, before);
    // (no grade read: nothing to read from)
    if (strength.length > before) findingsFromGrades(doc, s, strength.slice(before), out);
    skinNegated(doc, s, out, w);
    if (w & W_PAIN) myalgia(doc, s, out);
    if (w & W_JOINT) jointSwelling(doc, s, out);
    if (w & W_WEIGHT) weightLost(doc, s, out);
    if (w & W_CALCIFICATION) calcificationOfTissue(s, out);
    if (w & W_TEMPERATURE) temperatureFever(doc, s, out);
    lungClear(doc, s, out, w);
    if (w & W_SWALLOW) swallowingNormal(doc, s, out);
    if (w & W_ASYMPTOMATIC) asymptomatic(doc, s, out);
    // "skin ulcers — no": the answer beats a description of the same label read by another rule in this sentence
    for (const [id, before] of answered) if (before !== 'present') out.answerNo(id);
    if (beforeLine)
      for (const [id, status] of out.statuses()) {
        if (status !== 'present' || beforeLine.get(id) === 'present') continue;
        if (lineAnsweredNo) out.answerNo(id);
        else out.unsay(id, beforeLine.get(id), unstated === 'question');
      }
  }
  combineGottron(out);
  settleGottron(out);
  settleGirdles(out);
  settleSkinAbsence(out);
  settleHeliotrope(out);
  return { findings: out.list(), strength };
}

/** Openers of the evidence a conclusion rests on ("on the basis of", "given", "in view of"), as word sequences. */
const EVIDENCE_OPENERS: readonly (readonly string[])[] = [
  ['on', 'the', 'basis', 'of'],
  ['based', 'on'],
  ['given'],
  ['in', 'view', 'of'],
  ['in', 'light', 'of'],
  ['in', 'the', 'light', 'of'],
  ['because', 'of'],
  ['owing', 'to'],
  ['considering'],
];
/** Words that may open a sentence before its evidence ("Thus, on the basis of …"). */
const LEAD_ADVERBS: ReadonlySet<string> = new Set(['thus', 'therefore', 'hence', 'so', ',']);
/** The length of the evidence opener at token `i`, or 0. */
function openerAt(t: readonly Token[], i: number): number {
  for (const o of EVIDENCE_OPENERS) if (o.every((w, k) => t[i + k]?.norm === w)) return o.length;
  return 0;
}
/**
 * "On the basis of the violaceous eyelid rash and proximal weakness, dermatomyositis was considered", "Dermatomyositis
 * was suspected on the basis of …" (session 40 grid, the brief's known failure: the signs read uncertain): the hedge is
 * the conclusion's, and the signs it rests on are stated as the patient's. The sentence's assertions with the hedges of
 * the conclusion taken off the words of its evidence — the evidence before the comma that closes it and the hedges
 * after that comma, or the evidence after a hedged conclusion (to a semicolon) and the hedges before it. A hedge inside
 * the evidence ("on the basis of a possible heliotrope rash") stays; a sentence of a differential section is left.
 */
function statedEvidence(s: DocSentence): DocSentence {
  if (s.section.kind === 'differential' || !s.hasTrigger('uncertainty')) return s;
  const t = s.tokens;
  let from = -1;
  let to = -1;
  let hedgeLo = 0;
  let hedgeHi = 0;
  let lead = 0;
  while (lead < t.length && LEAD_ADVERBS.has(t[lead]!.norm)) lead++;
  const leading = openerAt(t, lead);
  if (leading > 0) {
    const comma = t.findIndex((x, k) => k > lead + leading && x.norm === ',');
    if (comma < 0) return s;
    from = lead + leading;
    to = comma;
    hedgeLo = t[comma]!.end;
    hedgeHi = Infinity;
  } else {
    for (let i = 1; i < t.length && from < 0; i++) {
      const n = openerAt(t, i);
      if (n === 0) continue;
      from = i + n;
      const semi = t.findIndex((x, k) => k > i && x.norm === ';');
      to = semi < 0 ? t.length : semi;
      hedgeLo = -Infinity;
      hedgeHi = t[i]!.start;
    }
    if (from < 0) return s;
  }
  const wrapped = Object.create(s) as DocSentence;
  wrapped.assert = (a: number, b: number) => {
    const x = s.assert(a, b);
    if (!x.uncertain || a < from || b > to) return x;
    const kept = x.triggers.filter(
      (y) => y.category !== 'uncertainty' || y.start < hedgeLo || y.start >= hedgeHi,
    );
    if (kept.length === x.triggers.length || kept.some((y) => y.category === 'uncertainty')) return x;
    return { ...x, uncertain: false, triggers: kept };
  };
  wrapped.hasTrigger = (c) => s.hasTrigger(c);
  return wrapped;
}

/** Words between an inability and its verb ("unable even to", "could no longer", "not able to"). */
const INABILITY_GAP: ReadonlySet<string> = new Set(['to', 'even', 'longer', 'able', 'really']);
/** Verbs of a physical action beyond {@link ACTION} ("could not walk", "unable to move her legs"). */
const BODY_ACTION: ReadonlySet<string> = new Set([
  'walk',
  'move',
  'moving',
  'sit',
  'kneel',
  'squat',
  'dress',
]);
/**
 * Whether every denial of a finding's mention is an inability to do a physical action before it ("could not climb
 * the stairs, together with …", "was unable to rise from a chair, as well as …"): the inability is the weakness
 * itself (read by the weakness rule), and the finding named after the action is not what it denies. Not "could not
 * recall any rash" (no action of the body), nor a denial of its own ("… and had no dysphagia").
 */
function inabilityOfAction(s: DocSentence, a: Assertion, m: Mention): boolean {
  const t = s.tokens;
  let any = false;
  for (const x of a.triggers) {
    if (x.category !== 'negation') continue;
    any = true;
    const text = x.text.toLowerCase().replace(/\s+/g, ' ');
    if (!INABILITY.has(text) || x.end > m.start) return false;
    // a bare "not" is an inability after "could" / "can" ("could not"), or before "able"
    const at = tokenFrom(t, x.start);
    if (text === 'not' && !['could', 'can'].includes(t[at - 1]?.norm ?? '') && t[at + 1]?.norm !== 'able')
      return false;
    let j = tokenFrom(t, x.end);
    while (j >= 0 && j < t.length && INABILITY_GAP.has(t[j]!.norm)) j++;
    const verb = j >= 0 ? (t[j]?.norm ?? '') : '';
    if (!ACTION.has(verb) && !BODY_ACTION.has(verb)) return false;
    if (j >= m.tokenStart) return false;
  }
  return any;
}

/** Skin sites an ulcer named on them puts in the skin ("ulcers on her neck and groin"). */
const ULCER_SKIN_SITES = new Set([
  'neck',
  'groin',
  'elbow',
  'elbows',
  'knee',
  'knees',
  'finger',
  'fingers',
  'fingertips',
  'hand',
  'hands',
  'knuckles',
  'palms',
  'axilla',
  'axillae',
  'chest',
  'back',
  'face',
  'scalp',
  'shoulders',
  'buttocks',
  'digits',
  'toes',
  'heels',
  'sacrum',
]);
/** Words of an ulcer. */
const ULCER_WORDS = new Set(['ulcer', 'ulcers', 'ulceration', 'ulcerations']);

/**
 * "Multiple ulcers appeared on her neck and groin" (session 25: no skin ulceration read): an ulcer placed on a
 * skin site, within a few words ("on", "over" and a determiner between), is a skin ulcer.
 */
function siteUlcers(s: DocSentence, out: FindingSet): void {
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    if (!ULCER_WORDS.has(t[i]!.norm)) continue;
    if (s.mentions.some((m) => m.concept.value === 'skin-ulceration' && m.tokenStart <= i && i < m.tokenEnd))
      continue;
    let k = i + 1;
    if (t[k]?.norm === 'appeared' || t[k]?.norm === 'developed' || t[k]?.norm === 'formed') k++;
    if (t[k]?.norm !== 'on' && t[k]?.norm !== 'over') continue;
    k++;
    if (['her', 'his', 'the', 'both'].includes(t[k]?.norm ?? '')) k++;
    if (t[k]?.norm === 'left' || t[k]?.norm === 'right') k++;
    if (!ULCER_SKIN_SITES.has(t[k]?.norm ?? '')) continue;
    const a = mentionStatus(s.assert(i, i + 1));
    if (!a) continue;
    out.add('skin-ulceration', a.status, [t[i]!, t[k]!], 'findings', a.note, a.reason);
    return;
  }
}

/** Words after "weak" that make it a result's strength ("weak positivity", "a weak band"), not the muscles'. */
const RESULT_STRENGTH_NOUNS = new Set([
  'positive',
  'positivity',
  'reactive',
  'reactivity',
  'staining',
  'band',
  'bands',
  'signal',
  'expression',
  'uptake',
  'titer',
  'titre',
]);

/** Whether "weak" at token `i` qualifies a result: an antibody or a word of a result's strength follows it. */
function weakResult(s: DocSentence, i: number): boolean {
  const next = s.tokens[i + 1];
  if (!next) return false;
  if (RESULT_STRENGTH_NOUNS.has(next.norm) || next.norm === 'anti') return true;
  return s.mentions.some((m) => m.concept.kind === 'antibody' && m.tokenStart === i + 1);
}

// ─── Speed: the words each sentence scanner starts from ───────────────────────────────────────

/**
 * Bits of the sentence scanners of {@link extractFindings}: a scanner reads something only where a token is one of
 * its words, so a sentence without any is skipped (found once per sentence, one look-up per token, instead of a
 * pass of each scanner over every token). Each family holds the words of the scanner's own first test.
 */
const W_ULCER = 1 << 0;
const W_LESION = 1 << 1;
const W_GOTTRON = 1 << 2;
const W_SIGN = 1 << 3;
const W_WEAKNESS = 1 << 4;
const W_EXAM = 1 << 5;
const W_PROXIMAL = 1 << 6;
const W_NORMAL_STRENGTH = 1 << 7;
const W_GRADE = 1 << 8;
const W_SKIN_ORGAN = 1 << 9;
const W_PAIN = 1 << 10;
const W_JOINT = 1 << 11;
const W_WEIGHT = 1 << 12;
const W_TEMPERATURE = 1 << 13;
const W_CT = 1 << 14;
const W_SWALLOW = 1 << 15;
const W_ASYMPTOMATIC = 1 << 16;
/** "which" / "that", without which {@link causeAside} finds no aside. */
const W_WHICH = 1 << 17;
/** The cues of {@link firstDifferential}, and the separators of {@link labelEnd}. */
const W_DIFFERENTIAL = 1 << 18;
const W_LABEL = 1 << 19;
const W_CALCIFICATION = 1 << 20;

/**
 * The first words of {@link normalStrength}'s branches (the distal muscles, a denied weakness, no muscle
 * involvement, a strength word, "muscle testing", "MMT").
 */
const NORMAL_STRENGTH_CUES: ReadonlySet<string> = new Set([
  'muscles',
  'muscle',
  'weakness',
  'weak',
  'involvement',
  'symptoms',
  'complaints',
  ...STRENGTH,
  'testing',
  'mmt',
]);

/** Word → the bits of the scanners that start from it. */
const SCANNER_WORDS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (const [words, bit] of [
    [ULCER_WORDS, W_ULCER],
    [ANY_LESION, W_LESION],
    [['gottron'], W_GOTTRON],
    [SIGN_TRIGGERS.keys(), W_SIGN],
    [WEAKNESS_WORDS.keys(), W_WEAKNESS],
    [EXAM_WORDS, W_EXAM],
    [['proximal', 'proximally'], W_PROXIMAL],
    [NORMAL_STRENGTH_CUES, W_NORMAL_STRENGTH],
    [GRADE_CONTEXT, W_GRADE],
    [SKIN_ORGAN, W_SKIN_ORGAN],
    [[...PAIN, 'painless'], W_PAIN],
    [JOINT_SWELLING, W_JOINT],
    [[...WEIGHT_STABLE, ...WEIGHT_FELL, 'lost', 'down', 'loss'], W_WEIGHT],
    // "T 38.7 °C": the capital T of a chart
    [[...TEMPERATURE, 't'], W_TEMPERATURE],
    [CT_WORDS, W_CT],
    [['swallowed', 'swallows', 'swallowing', 'swallow'], W_SWALLOW],
    [['asymptomatic'], W_ASYMPTOMATIC],
    [['which', 'that'], W_WHICH],
    [['differentials', 'ddx', 'differential'], W_DIFFERENTIAL],
    [[':', '-', '|'], W_LABEL],
    [['calcification', 'calcifications'], W_CALCIFICATION],
  ] as const)
    for (const w of words) m.set(w, (m.get(w) ?? 0) | bit);
  return m;
})();

/** The scanner bits of a sentence's tokens ({@link SCANNER_WORDS}). */
function scannerWords(tokens: readonly Token[]): number {
  let bits = 0;
  for (const t of tokens) bits |= SCANNER_WORDS.get(t.norm) ?? 0;
  return bits;
}
