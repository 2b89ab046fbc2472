/**
 * The shorthand of clinical notes, read as a clinician reads it (session 28): "h/o breast CA dx'd 2019", "pt w/
 * prox weakness x 3 mo", "anti-TIF1γ +ve", "56yo F". Published case reports spell these words out; clinic notes,
 * referral letters and discharge summaries rarely do. Every row of {@link SHORTHAND} is an abbreviation in the
 * context that makes it one, and the words a clinician reads in its place; the extractor reads the text with those
 * words (so every rule that knows "history of" or "cancer" knows "h/o" and "breast CA"), and the evidence it
 * returns is mapped back to the abbreviation in the user's own text ({@link toInputOffset}).
 *
 * Left as written, on purpose: "PT" (prothrombin time), "Ca" and "CA" before a number or a marker ("Ca 2.4 mmol/L",
 * "CA 19-9", "CA-125"), "LE"/"UE" (also lupus erythematosus), "d" after a number, "met", "Rx"; and the abbreviations
 * other rules already read where they stand ("y/o", "4/12", "PMH:", "Ca cervix", "x 3 months").
 * @module
 */

/** One abbreviation of the table. */
export interface Shorthand {
  /** What it is, for the docs and the audit ("h/o"). */
  abbreviation: string;
  /** The abbreviation in the context that makes it one (global; the match is what is replaced). */
  pattern: RegExp;
  /** The words read in its place, or a function of the match and the text around it. */
  reading: string | ((match: string, text: string, at: number) => string);
  /**
   * Lower-case strings of which the lower-cased text holds one wherever the pattern matches (each is a run of
   * characters the pattern cannot match without, every case form of its letters allowed): a text that holds none
   * is not scanned for the pattern (read through their pairs of characters; `shorthand-gates.test.ts` checks each
   * gate).
   */
  gate: readonly string[];
}

/** Organs and sites a clinician writes before "ca" for a cancer ("breast ca", "lung CA", "ovarian Ca"). */
const SITE_BEFORE_CA = String.raw`(?:breast|lung|ovarian|ovary|colon|colonic|colorectal|rectal|bowel|gastric|stomach|prostate|prostatic|bladder|pancreatic|pancreas|thyroid|cervical|cervix|endometrial|uterine|oesophageal|esophageal|renal|kidney|liver|skin|tongue|oral|nasopharyngeal|laryngeal|tonsillar|gallbladder|testicular|vulval|vulvar|penile|anal|thymic|adrenal|urothelial|hepatocellular|cholangio|head and neck|small cell|squamous cell|basal cell|NSCLC|SCLC)`;
/** Words before "ca" that make it a cancer without a site ("h/o ca", "metastatic CA", "occult ca"). */
const CANCER_CONTEXT_BEFORE_CA = String.raw`(?:history of|h\/o|hx of|metastatic|recurrent|known|occult|underlying|advanced|invasive|primary|screen(?:ing)?\s+for)`;

/** The numbers of the CA tumour markers ("CA 19-9", "CA-125", "CA 15-3", "CA 27.29", "CA 72-4", "CA 242", "CA 50"). */
const CA_MARKERS = String.raw`(?:19|125|15|27|72|242|50|549)`;

/** `words` with a capital first letter when the abbreviation has one ("H/o" → "History of", "h/o" → "history of"). */
const cased = (match: string, words: string): string =>
  match[0] !== match[0]!.toLowerCase() ? words[0]!.toUpperCase() + words.slice(1) : words;

/** The time units clinicians abbreviate after a count ("3 mo", "2-wk", "5 yrs"). */
function unitReading(singular: string): (match: string, text: string, at: number) => string {
  // "a 3-mo history" (a hyphen before: an adjective, singular) — "3 mo" (a count of them)
  return (_m, text, at) => (text[at - 1] === '-' ? singular : `${singular}s`);
}

/** "w/" as "with", with the space a joined word needs ("w/hx" → "with hx"). */
const withReading = (match: string, text: string, at: number): string => {
  const next = text[at + match.length];
  return next !== undefined && /[A-Za-z0-9]/.test(next) ? 'with ' : 'with';
};

/**
 * "dx" as "diagnosed" where it is a verb ("was dx with", "breast ca dx 2018", "dx in May"), else as "diagnosis"
 * ("Dx: DM", "prior to dx,", "the dx of DM").
 */
const dxReading = (match: string, text: string, at: number): string => {
  const after = text.slice(at + match.length, at + match.length + 8);
  const before = text.slice(Math.max(0, at - 20), at);
  const verb =
    /^\s+(?:with|as|in|on|at|by|\d)/.test(after) ||
    /\b(?:was|were|been|is|are|being|newly|recently|first|later|subsequently|then)\s+$/i.test(before);
  return cased(match, verb ? 'diagnosed' : 'diagnosis');
};

/**
 * The table. Rows are tried in order; where two match at the same place the first wins, and a match never
 * overlaps another.
 */
export const SHORTHAND: readonly Shorthand[] = [
  {
    abbreviation: 'h/o',
    gate: ['h/o'],
    pattern: /\b[Hh]\/[Oo]\b/g,
    reading: (m) => cased(m, 'history of'),
  },
  {
    abbreviation: 'hx',
    gate: ['hx'],
    pattern: /\b(?:hx|Hx|HX)\b/g,
    reading: (m) => cased(m, 'history'),
  },
  { abbreviation: 'FHx, FH:', gate: ['fh'], pattern: /\bF(?:[Hh]x\b|H(?=\s*:))/g, reading: 'Family history' },
  {
    abbreviation: 'ddx',
    gate: ['ddx'],
    pattern: /\b[Dd]{2}[Xx]\b/g,
    reading: (m) => cased(m, 'differential diagnosis'),
  },
  {
    abbreviation: "dx'd",
    gate: ['dx'],
    pattern: /\b[Dd]x(?:['\u2019]?d|ed)\b/g,
    reading: (m) => cased(m, 'diagnosed'),
  },
  { abbreviation: 'dx', gate: ['dx'], pattern: /\b(?:dx|Dx|DX)\b/g, reading: dxReading },
  {
    abbreviation: 'bx',
    gate: ['bx'],
    pattern: /\b[Bb]xs?\b/g,
    reading: (m) => (m.length === 3 ? 'biopsies' : 'biopsy'),
  },
  // not "PT" (prothrombin time), not a value after it ("pt 14 s")
  {
    abbreviation: 'pt',
    gate: ['pt'],
    pattern: /\b[Pp]ts?\b(?!\s*[:=]?\s*\d)/g,
    reading: (m) => cased(m, m.length === 3 ? 'patients' : 'patient'),
  },
  { abbreviation: 'w/o', gate: ['w/o'], pattern: /\b[Ww]\/[Oo]\b/g, reading: 'without' },
  { abbreviation: 'w/', gate: ['w/'], pattern: /\b[Ww]\/(?![Oo]\b)/g, reading: withReading },
  // "K/c/o DM and HTN" (session 35: read as "k/complaining of"): a known case of, as South Asian notes write it
  { abbreviation: 'K/c/o', gate: ['k/c/o'], pattern: /\b[Kk]\/[Cc]\/[Oo]\b/g, reading: 'known case of' },
  { abbreviation: 'c/o', gate: ['c/o'], pattern: /\b(?<![Kk]\/)[Cc]\/[Oo]\b/g, reading: 'complaining of' },
  { abbreviation: 'c/w', gate: ['c/w'], pattern: /\b[Cc]\/[Ww]\b/g, reading: 'consistent with' },
  { abbreviation: 'p/w', gate: ['p/w'], pattern: /\b[Pp]\/[Ww]\b/g, reading: 'presenting with' },
  {
    abbreviation: 'O/E',
    gate: ['o/e'],
    pattern: /\b[Oo]\/[Ee]\b/g,
    reading: (m) => cased(m, 'on examination'),
  },
  { abbreviation: 's/p', gate: ['s/p'], pattern: /\b[Ss]\/[Pp]\b/g, reading: 'status post' },
  { abbreviation: 'r/o', gate: ['r/o'], pattern: /\b[Rr]\/[Oo]\b/g, reading: 'rule out' },
  { abbreviation: 'b/l', gate: ['b/l'], pattern: /\b[Bb]\/[Ll]\b/g, reading: 'bilateral' },
  { abbreviation: 'f/u', gate: ['f/u'], pattern: /\b[Ff]\/[Uu]\b/g, reading: 'follow-up' },
  { abbreviation: 'w/u', gate: ['w/u'], pattern: /\b[Ww]\/[Uu]\b/g, reading: 'work-up' },
  { abbreviation: 'd/t', gate: ['d/t'], pattern: /\b[Dd]\/[Tt]\b/g, reading: 'due to' },
  // "(-) heliotrope rash", "(+) Gottron's papules": a sign opening an item ("Exam: (+) …, (-) …") — never one after a
  // term ("heliotrope (-) Gottron's (+)", read by the rules of a pasted table)
  {
    abbreviation: '(-), (+) (opening an item)',
    gate: ['(-)', '(+)', '(\u2212)'],
    // (the bracket matched first and its opening checked behind it: a pattern that opens on a lookbehind is tried at
    // every character of the text)
    pattern: /\((?:-|\u2212|\+)\)(?<=(?:^|[:;,]|\n)[ \t]*\([-\u2212+]\))(?=[ ]?[A-Za-z])/g,
    reading: (m) => (m[1] === '+' ? 'positive' : 'no'),
  },
  { abbreviation: '+ve', gate: ['+ve'], pattern: /(?<![\w+])\+ve\b/g, reading: 'positive' },
  { abbreviation: '-ve', gate: ['-ve'], pattern: /(?<![\w-])-ve\b/g, reading: 'negative' },
  { abbreviation: 'pos', gate: ['pos'], pattern: /\b(?:pos|POS)\b(?!\.?\s*\d)/g, reading: 'positive' },
  { abbreviation: 'neg', gate: ['neg'], pattern: /\b(?:neg|NEG)\b/g, reading: 'negative' },
  {
    abbreviation: 'ca (after a site or a cancer word)',
    gate: ['ca'],
    // "breast CA", "h/o ca", "metastatic Ca", "esophageal CA 3 yrs after …" — never a tumour marker or the ion
    // ("breast CA 15-3", "CA-125", "Ca2+"; calcium without a site before it is never read), nor "Ca cervix"
    // (carcinoma before an organ, read by the oncology rules)
    pattern: new RegExp(
      String.raw`\b(?:ca|CA|Ca)\b(?<=\b(?:${SITE_BEFORE_CA}|${CANCER_CONTEXT_BEFORE_CA})\s{1,2}..)(?![\s-]*${CA_MARKERS}\b)(?!\s*(?:2\+|\+\+))`,
      'gi',
    ),
    reading: 'cancer',
  },
  // "CA-125 210 (prev 12)": an earlier value
  { abbreviation: 'prev', gate: ['prev'], pattern: /\b[Pp]rev\b(?=\.?\s*\d)\.?/g, reading: 'previously' },
  { abbreviation: 'CRC', gate: ['crc'], pattern: /\bCRCs?\b/g, reading: 'colorectal cancer' },
  { abbreviation: 'NHL', gate: ['nhl'], pattern: /\bNHL\b/g, reading: 'non-Hodgkin lymphoma' },
  {
    abbreviation: 'malig',
    gate: ['malig'],
    pattern: /\b[Mm]alig\b(?:\.(?=\s+[a-z]))?/g,
    reading: (m) => cased(m, 'malignancy'),
  },
  {
    abbreviation: 'mets',
    gate: ['mets'],
    pattern: /\b[Mm]ets\b/g,
    reading: (m) => cased(m, 'metastases'),
  },
  // "56yo", "56 yo", "56 y.o.", "56yoF" (a sex letter after it stays, spaced off)
  {
    abbreviation: 'yo',
    gate: ['yo', 'y.o'],
    pattern: / ?y(?:o|\.o\.?)(?<=\d ?y(?:o|\.o\.?))(?=[MF]\b|\b|$)/g,
    reading: (m, text, at) => (/[MF]/.test(text[at + m.length] ?? '') ? '-year-old ' : '-year-old'),
  },
  {
    abbreviation: 'mo, mos, mth',
    gate: ['mo', 'mth', 'mnth'],
    pattern: /(?:mos?|mths?|mnths?)\b(?<=\d[ -]?(?:mos?|mths?|mnths?))(?!\.\s*\d)/g,
    reading: unitReading('month'),
  },
  { abbreviation: 'wk, wks', gate: ['wk'], pattern: /wks?\b(?<=\d[ -]?wks?)/g, reading: unitReading('week') },
  { abbreviation: 'yr, yrs', gate: ['yr'], pattern: /yrs?\b(?<=\d[ -]?yrs?)/g, reading: unitReading('year') },
  {
    abbreviation: 'prox',
    gate: ['prox'],
    pattern: /\b[Pp]rox\b(?:\.(?=\s+[a-z]))?/g,
    reading: (m) => cased(m, 'proximal'),
  },
  {
    abbreviation: 'bilat',
    gate: ['bilat'],
    pattern: /\b[Bb]ilat\b(?:\.(?=\s+[a-z]))?/g,
    reading: (m) => cased(m, 'bilateral'),
  },
  // "prox mm weakness": muscle, never a length ("5 mm")
  {
    abbreviation: 'mm (muscle)',
    gate: ['mm'],
    pattern: /(?<![\d.]\s?)\bmm\b(?=\s+(?:weakness|strength|pain|tenderness|enzymes|biopsy|bx|atrophy)\b)/g,
    reading: 'muscle',
  },
  { abbreviation: 'sx', gate: ['sx'], pattern: /\b[Ss]xs?\b/g, reading: (m) => cased(m, 'symptoms') },
  // "tx with IVIG", "started tx" — not a transplant ("renal tx", "BM tx")
  {
    abbreviation: 'tx',
    gate: ['tx'],
    pattern:
      /\b[Tt]x\b(?<!\b(?:renal|kidney|liver|heart|lung|cardiac|marrow|BM|stem cell|SCT|transplant)\s{1,2}..)/gi,
    reading: (m) => cased(m, 'treatment'),
  },
  // "prox LE weakness", "BUE strength 4/5", "L UE": the limbs — not lupus erythematosus ("discoid LE")
  {
    abbreviation: 'LE, UE, BLE, BUE',
    gate: ['le', 'ue'],
    pattern:
      /\bB[LU]Es?\b|\b[LU]Es?\b(?:(?<=\b(?:[Pp]rox(?:imal)?|[Dd]istal|[Bb]ilateral|[Bb]ilat|b\/l|R|L|[Rr]ight|[Ll]eft)\.?\s[LU]Es?)|(?=\s+(?:weakness|strength|power)\b))/g,
    reading: (m) =>
      `${m[0] === 'B' ? 'bilateral ' : ''}${m.includes('L') ? 'lower' : 'upper'} ${m.endsWith('s') || m[0] === 'B' ? 'extremities' : 'extremity'}`,
  },
  // "Wt ↓ 6 kg", "wt loss": the weight, and its arrow read with it
  {
    abbreviation: 'wt, wt \u2193',
    gate: ['wt'],
    pattern: /\b[Ww]t\b(?:\.?\s*[\u2193\u2191])?(?=\.?\s*(?:loss|gain|down|up|\d))/g,
    reading: (m) => cased(m, `weight${m.includes('\u2193') ? ' loss' : m.includes('\u2191') ? ' gain' : ''}`),
  },
  // "↑CK", "↑ weakness", "↓ power": an arrow before a word — not a flag after a value ("CK 2350 ↑", "1500 ng/mL↑",
  // "CK\t2350\t↑\tU/L", read by the lab rules)
  {
    abbreviation: '\u2191, \u2193 (before a word)',
    gate: ['\u2191', '\u2193'],
    pattern: /(?<![\d%)\]]\s*|[A-Za-z/])[\u2191\u2193]+(?=[ ]{0,3}[A-Za-z])/g,
    reading: (m, text, at) =>
      `${m[0] === '\u2191' ? 'increased' : 'decreased'}${/[A-Za-z]/.test(text[at + m.length] ?? '') ? ' ' : ''}`,
  },
  // "Father d. lung ca age 66": a relative's death (the full stop would otherwise end the sentence there)
  {
    abbreviation: 'd. (died)',
    gate: ['d.'],
    pattern:
      /\bd\.(?=\s)(?<=\b(?:[Ff]ather|[Mm]other|[Bb]rother|[Ss]ister|[Ss]on|[Dd]aughter|[Aa]unt|[Uu]ncle|[Gg]randfather|[Gg]randmother|[Hh]usband|[Ww]ife|[Dd]ad|[Mm]um|[Mm]om)\sd\.)/g,
    reading: (m, text, at) =>
      /^\s+(?:of\b|in\b|at\b|aged?\b|\d)/.test(text.slice(at + m.length)) ? 'died' : 'died of',
  },
  {
    abbreviation: 'mech hands',
    gate: ['mech'],
    pattern: /\b[Mm]ech\.?(?=\s+hands\b)/g,
    reading: "mechanic's",
  },
  { abbreviation: 'WNL', gate: ['wnl'], pattern: /\b(?:WNL|wnl)\b/g, reading: 'within normal limits' },
  // "neck flexors – 6/10, deltoid – 8/10" (session 43: the weakness of an MMT-8 lost): Kendall's 0–10 grade of a muscle
  // group, as the myositis core set scores it, read on the MRC scale the rules know (10 = 5, 9 = 4+, 8 = 4, 7 = 4−,
  // 6 = 3+, 5 = 3, 4 = 3−, 3 = 2+, 2 = 2, 1 = 1, 0 = 0); only right after a muscle group or a word of strength
  {
    abbreviation: 'N/10 (a muscle grade)',
    gate: ['/10', '/ 10'],
    pattern:
      /(?<=\b(?:MMT-?8?|[Pp]ower|[Ss]trength|[Ff]lexors?|[Ee]xtensors?|[Aa]bductors?|[Aa]dductors?|[Dd]eltoids?|[Bb]iceps|[Tt]riceps|[Gg]lute(?:al|i|us)?|[Ii]liopsoas|[Qq]uadriceps|[Hh]amstrings|[Mm]edius|[Mm]inimus|[Mm]aximus|[Tt]rapezius)[ :\u2013\u2014-]{1,4})(?:10|[0-9])[ ]?\/[ ]?10\b(?![.,]\d)/g,
    reading: (m) => `${KENDALL_TO_MRC[Number(/^\d+/.exec(m)![0])]}/5`,
  },
];

/** Kendall's grade of a muscle group (0–10) on the MRC scale (0–5), by its value. */
const KENDALL_TO_MRC: readonly string[] = ['0', '1', '2', '2+', '3-', '3', '3+', '4-', '4', '4+', '5'];

/**
 * The gates as pairs of adjacent ASCII characters (code × 128 + code): a text that holds a gate's string holds
 * each of its pairs, so a row none of whose gates has all its pairs in the text cannot match there (a one-character
 * gate, or one of other characters, has no pair and always lets its row through). Cheaper than a search of each
 * gate's string: the text's pairs are marked in one pass.
 */
const GATE_PAIRS: readonly (readonly number[])[][] = SHORTHAND.map((row) =>
  row.gate.map((g) => {
    const pairs: number[] = [];
    for (let k = 0; k + 1 < g.length; k++) {
      const a = g.charCodeAt(k);
      const b = g.charCodeAt(k + 1);
      if (a < 128 && b < 128) pairs.push(a * 128 + b);
    }
    return pairs;
  }),
);
/** The pairs of the text last marked: the mark of each pair seen in it (the marks of earlier texts are older). */
const PAIR_SEEN = new Int32Array(128 * 128);
let pairMark = 0;
/** Marks the ASCII pairs of a (lower-cased) text in {@link PAIR_SEEN}. */
function markPairs(lower: string): void {
  const mark = ++pairMark;
  let a = lower.length ? lower.charCodeAt(0) : 128;
  for (let k = 1; k < lower.length; k++) {
    const b = lower.charCodeAt(k);
    if (a < 128 && b < 128) PAIR_SEEN[a * 128 + b] = mark;
    a = b;
  }
}
const allSeen = (pairs: readonly number[]): boolean => pairs.every((p) => PAIR_SEEN[p] === pairMark);

/**
 * Whether row `row` of {@link SHORTHAND} is scanned for in `text` (its gate, as {@link expandShorthand} reads it).
 * @internal exported for `shorthand-gates.test.ts`
 */
export function gateOpen(row: number, text: string): boolean {
  markPairs(text.toLowerCase());
  return GATE_PAIRS[row]!.some(allSeen);
}

/** One replacement: the abbreviation's place in the input and the reading's place in the expanded text. */
export interface Expansion {
  /** Start of the reading in the expanded text. */
  at: number;
  /** Length of the reading. */
  length: number;
  /** Start of the abbreviation in the input. */
  from: number;
  /** Length of the abbreviation. */
  fromLength: number;
}

/**
 * Reads the shorthand of a text: the text with each abbreviation replaced by its reading, and where each
 * replacement is (in order). A text without shorthand comes back as it is, with no expansion.
 * @param text - the text
 */
export function expandShorthand(text: string): { text: string; expansions: Expansion[] } {
  const found: { start: number; end: number; reading: string; row: number }[] = [];
  markPairs(text.toLowerCase());
  SHORTHAND.forEach((row, i) => {
    if (!GATE_PAIRS[i]!.some(allSeen)) return;
    row.pattern.lastIndex = 0;
    for (let m = row.pattern.exec(text); m; m = row.pattern.exec(text)) {
      if (m[0] === '') {
        row.pattern.lastIndex++;
        continue;
      }
      const reading = typeof row.reading === 'string' ? row.reading : row.reading(m[0], text, m.index);
      found.push({ start: m.index, end: m.index + m[0].length, reading, row: i });
    }
  });
  if (!found.length) return { text, expansions: [] };
  found.sort((a, b) => a.start - b.start || a.row - b.row);
  const parts: string[] = [];
  const expansions: Expansion[] = [];
  let pos = 0;
  let out = 0;
  for (const f of found) {
    if (f.start < pos) continue; // overlaps an earlier one
    parts.push(text.slice(pos, f.start));
    out += f.start - pos;
    expansions.push({ at: out, length: f.reading.length, from: f.start, fromLength: f.end - f.start });
    parts.push(f.reading);
    out += f.reading.length;
    pos = f.end;
  }
  parts.push(text.slice(pos));
  return { text: parts.join(''), expansions };
}

/**
 * The input offset of an offset of the expanded text. An offset inside a reading falls on its abbreviation: a
 * start on the abbreviation's start, an end on its end (a span that quotes part of a reading quotes the whole
 * abbreviation).
 * @param expansions - the expansions of {@link expandShorthand}, in order
 * @param offset - offset in the expanded text
 * @param side - whether the offset starts or ends a span
 */
export function toInputOffset(
  expansions: readonly Expansion[],
  offset: number,
  side: 'start' | 'end',
): number {
  // the last expansion that starts at or before the offset (binary search)
  let lo = 0;
  let hi = expansions.length - 1;
  let k = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (expansions[mid]!.at <= offset) {
      k = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (k < 0) return offset;
  const e = expansions[k]!;
  if (offset < e.at + e.length) {
    if (side === 'start' || offset === e.at) return e.from;
    return e.from + e.fromLength;
  }
  return offset - (e.at + e.length) + e.from + e.fromLength;
}
