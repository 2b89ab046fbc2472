/**
 * Sentence segmentation in one linear pass. A full stop ends a sentence only when followed by white
 * space and an upper-case letter, a digit, a bullet or a quote, and it is not part of an abbreviation
 * ("Dr.", "Fig.", "e.g.", "et al."), an initial ("J. Smith") or a number ("11.4"). Line breaks end a
 * sentence after terminal punctuation or a colon, before a list item, after a short heading-like line or
 * the first line of the text (a title), and always at a blank line; other line breaks are hard wraps inside a sentence. Very long runs without
 * a boundary are cut at {@link MAX_SENTENCE} characters so that later stages stay linear.
 * @module
 */
import { MONTH_ABBREVIATIONS } from './numbers.js';
import type { Token } from './tokenize.js';

/** A sentence: 0-based, end-exclusive offsets (trimmed of surrounding white space). */
export interface Sentence {
  start: number;
  end: number;
}

/** Longest sentence kept whole; longer runs are cut at white space. */
export const MAX_SENTENCE = 2000;

/** A line's last word that no sentence ends on, before a value on the next line ("was", "of", "than", "to"). */
const VALUE_WRAP_RE =
  /\b(?:was|were|is|are|of|to|than|at|and|or|by|from|about|approximately|reached|measured)$/;

/**
 * Abbreviations that often end a sentence (session 40): before a capitalised word they end it ("… reported by
 * Smith et al. Our patient …", "… at 9 a.m. CK was …", "… on the 3rd of Jan. She …", "… 200 mg b.i.d. CK …"),
 * unless they stand inside brackets ("(Smith et al. Arthritis Rheum 2005)", "(Euroimmun Inc. Lübeck)") or a firm's
 * suffix follows ("Co. Ltd"). The others ("Dr.", "Fig.", "e.g.", "vs.", "approx.", "max.") run on into the capital
 * that follows them ("Dr. Smith", "Fig. 2", "max. CK"); "U.S." and "U.K." too ("the U.S. Food and Drug
 * Administration"), except before a word that opens a sentence ({@link SENTENCE_OPENERS}).
 */
const FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'etc',
  // "PMH: breast ca. CK 4,200 U/L" (a note's cancer; "ca. 3 months", circa, goes on into its number), "Smoking: No.
  // Alcohol: …", "adenocarcinoma NOS. Anti-…"
  'ca',
  'no',
  'nos',
  // "… a fall in Hb. Anti-…": a measurement's label ends a sentence before a capital, not before its value
  'hb',
  'hgb',
  'plt',
  'plts',
  'creat',
  'alb',
  'wt',
  'ht',
  // "… 20 times the U.L.N. Anti-NXP2 …": a limit of a range is a noun that ends sentences
  'n.r',
  'r.r',
  'u.l.n',
  'l.l.n',
  'al',
  'resp',
  'a.m',
  'p.m',
  'b.i.d',
  'bid',
  't.i.d',
  'q.d',
  'b.d',
  't.d.s',
  'o.d',
  'q.i.d',
  'inc',
  'ltd',
  'co',
  'corp',
  'jr',
  'sr',
  'pt',
  'pts',
  ...MONTH_ABBREVIATIONS,
]);
/** Abbreviated units that end a sentence before a capitalised word after a number ("… for 3 wk. CK was …", "… 10 mg. She …"). */
const UNIT_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'yr',
  'yrs',
  'wk',
  'wks',
  'mo',
  'mos',
  'hr',
  'hrs',
  'min',
  'mins',
  'sec',
  'mg',
]);
/** Routes that end a sentence before a capitalised word after a dose ("… 500 mg i.v. CK was …"), not before a drug ("i.v. Solu-Medrol"). */
const ROUTE_ABBREVIATIONS: ReadonlySet<string> = new Set(['p.o', 'i.v', 'i.m', 's.c']);

/**
 * Lower-case abbreviations that end with a full stop without ending the sentence: those below that only run on into
 * what follows ("Dr. Smith", "Fig. 2", "e.g. anti-Jo-1"), and the three classes above, which end a sentence only in
 * their own contexts.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'fig',
  'figs',
  'vs',
  'approx',
  'e.g',
  'i.e',
  // "(n.v. 24–195)": the normal values of a laboratory, as Italian and Spanish authors label them (session 33)
  'n.v',
  'mt',
  'eg',
  'ie',
  'cf',
  'ref',
  'refs',
  'vol',
  'pp',
  'p',
  'st',
  'max',
  'dept',
  'univ',
  'hosp',
  'tab',
  'tabs',
  'cap',
  'caps',
  'incl',
  'esp',
  'temp',
  'op',
  'cit',
  'ed',
  'eds',
  'u.s',
  'u.k',
  ...FINAL_ABBREVIATIONS,
  ...UNIT_ABBREVIATIONS,
  ...ROUTE_ABBREVIATIONS,
]);

/** A number, or a number and its unit, before an abbreviation ("5 yrs", "500 mg i.v", "1 g/kg i.v"). */
const NUMBER_BEFORE_RE = /\d(?:\s?[a-zA-Zµμ]{1,3}(?:\/[a-zA-Z]{1,3})?)?\s+$/;
/** The words of a firm's name after "Co." ("Co. Ltd"). */
const FIRM_SUFFIX_RE = /^(?:Ltd|Inc|KG|GmbH|AG|LLC|Corp|Limited)\b/;
/** Words that open a sentence and never go on a name or phrase after an abbreviation ("… in the U.S. She …"). */
const SENTENCE_OPENERS_RE =
  /^(?:She|He|They|It|We|Her|His|Their|Our|This|These|The|There|On|At|After|In|Physical|Laboratory|Examination)\b/;
/** Abbreviations that announce what follows (an example, a comparison, a reference): never ended by an opener. */
const ANNOUNCING: ReadonlySet<string> = new Set([
  'e.g',
  'i.e',
  'eg',
  'ie',
  'cf',
  'vs',
  'approx',
  'incl',
  'esp',
]);

/**
 * Whether an opening bracket stands unclosed in the 200 characters before `at` (and after `from`): a full stop
 * inside brackets ends no sentence at an abbreviation ("(Smith et al. Arthritis Rheum 2005)").
 */
function insideBrackets(text: string, from: number, at: number): boolean {
  let depth = 0;
  for (let j = at - 1; j >= from && at - j <= 200; j--) {
    const ch = text[j];
    if (ch === ')' || ch === ']') depth--;
    else if (ch === '(' || ch === '[') {
      if (depth === 0) return true;
      depth++;
    }
  }
  return false;
}

/**
 * Whether the abbreviation `w` whose full stop is at `dot` ends the sentence before the capital at `k` (session
 * 40): an abbreviation that often ends one ({@link FINAL_ABBREVIATIONS}), a unit after a number, a route after a
 * dose, and any other but an announcing one before a word that opens a sentence — never inside brackets.
 */
function abbreviationEnds(
  text: string,
  from: number,
  dot: number,
  w: string,
  k: number,
  to: number,
): boolean {
  if (k >= to) return false;
  const next = text.slice(k, k + 16);
  // a capitalised word or an acronym ("She", "CK", "Anti-TIF1-γ"), not a lone capital (an initial, "A. Smith"); or an
  // antibody typed in lower case ("… for 2 wks. anti-NXP2 pos")
  const capital = /^[A-Z](?:[a-z]|[A-Z0-9])/.test(next);
  if (!capital && !next.startsWith('anti-')) return false;
  if (insideBrackets(text, from, dot)) return false;
  const before = text.slice(Math.max(from, dot - w.length - 16), dot - w.length);
  if (FINAL_ABBREVIATIONS.has(w)) return !(w === 'co' && FIRM_SUFFIX_RE.test(next));
  if (UNIT_ABBREVIATIONS.has(w)) return NUMBER_BEFORE_RE.test(before);
  if (ROUTE_ABBREVIATIONS.has(w) && NUMBER_BEFORE_RE.test(before)) return true;
  return capital && !ANNOUNCING.has(w) && SENTENCE_OPENERS_RE.test(next);
}

/**
 * Nouns named by a capital letter after them ("vitamin D", "hepatitis B", "type A", "group C"): a full stop after
 * the letter ends the sentence before a capital ("… deficient in vitamin D. Anti-NXP2 was …", session 40), as an
 * initial's does not ("seen by J. Smith").
 */
const LETTER_NOUN_RE =
  /\b(?:vitamin|hepatitis|type|group|class|grade|protein|factor|influenza|complement|zone|phase|lobe|segment)\s$/i;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 12 || c === 11;
}
function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}
function isLower(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7);
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isLetter(c: number): boolean {
  return isUpper(c) || isLower(c);
}

/** Characters that can start a list item or a quoted line. */
function isListStart(text: string, i: number): boolean {
  const c = text[i];
  if (
    c === '-' ||
    c === '•' ||
    c === '*' ||
    c === '"' ||
    c === '“' ||
    c === '·' ||
    c === '–' ||
    c === '▪' ||
    c === '◦'
  )
    return true;
  // "a)", "(b)", "(iv)", "ii)": a lettered or roman item (session 40: "b) CK 4,200 U/L" ran on from the line before)
  const m = /^\(?(?:[a-z]|[ivx]{1,4})\)[ \t]/.exec(text.slice(i, i + 7));
  if (m) return true;
  // "1." "2)"
  let j = i;
  while (j < text.length && j - i < 3 && isDigit(text.charCodeAt(j))) j++;
  if (j > i && (text[j] === '.' || text[j] === ')') && j + 1 < text.length && isSpace(text.charCodeAt(j + 1)))
    return true;
  return false;
}

/** The word (letters and inner dots) that ends right before offset `dot`, lower-cased. */
function wordBefore(text: string, dot: number): string {
  let j = dot - 1;
  while (j >= 0 && dot - j <= 12 && (isLetter(text.charCodeAt(j)) || text[j] === '.')) j--;
  return text.slice(j + 1, dot).toLowerCase();
}

/**
 * Where a citation number stuck to the full stop at `dot` ends ("edema.7 Here", "adults.1,2 It", "skin.3-5 The"),
 * or 0: the word before the stop is a lower-case word of two letters or more (not an abbreviation, not a
 * number: "2.5 mg" is a decimal), the citation is one to three digits per reference, and a space and a capital
 * follow it.
 */
function citationEnd(text: string, dot: number, to: number): number {
  if (dot < 2 || !isLower(text.charCodeAt(dot - 1)) || !isLower(text.charCodeAt(dot - 2))) return 0;
  if (ABBREVIATIONS.has(wordBefore(text, dot))) return 0;
  let d = dot + 1;
  let run = 0;
  while (d < to && d - dot <= 12) {
    const ch = text.charCodeAt(d);
    if (isDigit(ch)) {
      if (++run > 3) return 0;
    } else if ((text[d] === ',' || text[d] === '-' || text[d] === '–') && run > 0) run = 0;
    else break;
    d++;
  }
  if (run === 0 || d + 1 >= to || text.charCodeAt(d) !== 32 || !isUpper(text.charCodeAt(d + 1))) return 0;
  return d;
}

/**
 * Whether the full stop at `dot` ends a sentence glued to the next by a lost space: three lower-case letters before
 * it (not an abbreviation) and a capital followed by two lower-case letters after it ("discussed.Case").
 */
function gluedSentence(text: string, dot: number, to: number): boolean {
  if (dot < 3 || dot + 3 >= to) return false;
  for (let k = dot - 3; k < dot; k++) if (!isLower(text.charCodeAt(k))) return false;
  // "discussed.Case", "dysphagia.ILD and …": a capitalised word, or an acronym of three capitals or more
  if (!isUpper(text.charCodeAt(dot + 1))) return false;
  const word = /^[A-Z](?:[a-z]{2,}|[A-Z]{2,}\b)/.test(text.slice(dot + 1, dot + 12));
  if (!word) return false;
  return !ABBREVIATIONS.has(wordBefore(text, dot));
}

/**
 * Whether the full stop at token `j` belongs to a dotted label ("N.R.", "U.L.N.": single letters each written with
 * its dot) or to a known abbreviation ("Fig.", "ref."): inside a sentence the splitter kept whole, such a dot ends
 * nothing — not a negation's scope, not a bracket. A lone letter's dot ("troponin T. The test …") is not one: the
 * splitter may have missed a sentence end there.
 * @param tokens - the sentence's tokens
 * @param j - the index of a "." token
 */
export function labelDot(tokens: readonly Token[], j: number): boolean {
  const p = tokens[j - 1];
  if (p === undefined || p.kind !== 'word' || p.end !== tokens[j]!.start) return false;
  if (ABBREVIATIONS.has(p.norm)) return true;
  if (p.norm.length !== 1 || !/[a-z]/.test(p.norm)) return false;
  // a letter of a dotted run: a dot written right before it, or a letter and its dot right after
  const before = tokens[j - 2];
  const next = tokens[j + 1];
  const nextDot = tokens[j + 2];
  return (
    (before?.norm === '.' && before.end === p.start) ||
    (next !== undefined &&
      next.kind === 'word' &&
      next.norm.length === 1 &&
      next.start === tokens[j]!.end &&
      nextDot?.norm === '.' &&
      nextDot.start === next.end)
  );
}

/** Bullets that open a list item (followed by a space); sections.ts reads a bulleted label with them too. */
export const ITEM_BULLETS: ReadonlySet<string> = new Set(['•', '·', '▪', '◦', '‣', '-', '–']);

/** Fewest letters for a text's lack of capitals to be judged its style. */
const UNCAPITALISED_MIN_LETTERS = 80;

/**
 * Whether [from, to) is typed without capitals (a quick note, a pasted lower-case export): at least
 * {@link UNCAPITALISED_MIN_LETTERS} letters and no capital among them.
 */
function withoutCapitals(text: string, from: number, to: number): boolean {
  let letters = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isUpper(c)) return false;
    if (isLower(c)) letters++;
  }
  return letters >= UNCAPITALISED_MIN_LETTERS;
}

/**
 * In a text typed without capitals (session 27), a full stop before a lower-case word of two letters or more ends
 * the sentence unless the word before it is an abbreviation ("approx. two", "e.g. ck") or an initial.
 */
function stopInUncapitalised(text: string, dot: number, k: number, to: number): boolean {
  const w = wordBefore(text, dot);
  if (w.includes('.') || ABBREVIATIONS.has(w)) return false;
  if (w.length === 1 && !isLetter(text.charCodeAt(dot - 2))) {
    // "u/l." and "mg/dl." end on a unit; a lone letter after a space is an initial ("a. smith")
    if (isSpace(text.charCodeAt(dot - 2)) || dot < 2) return false;
  }
  let e = k;
  while (e < to && isLower(text.charCodeAt(e))) e++;
  return e - k >= 2;
}

/**
 * Whether a full stop at `dot` ends a sentence although the next word, at `k`, is in lower case: the word before
 * the stop is a lower-case word of five letters or more (not an abbreviation) and the next is a lower-case word
 * of three letters or more.
 */
function lowerCaseStart(text: string, dot: number, k: number, to: number): boolean {
  const w = wordBefore(text, dot);
  if (w.length < 5 || w.includes('.') || ABBREVIATIONS.has(w)) return false;
  for (let j = dot - w.length; j < dot; j++) if (!isLower(text.charCodeAt(j))) return false;
  let e = k;
  while (e < to && isLower(text.charCodeAt(e))) e++;
  return e - k >= 3 && (e >= to || !isLetter(text.charCodeAt(e)));
}

/** A line's last word that no sentence ends on, whatever follows ("the", "and", "of", "with"; not "no": "Smoking: no"). */
const OPEN_LINE_END_RE =
  /(?:^|[^a-z])(?:the|a|an|and|or|of|with|without|to|for|from|by|than|into|was|were|her|his|their)$/;

/** A line that ends on a value, with or without its unit ("CRP 14 mg/L", "ESR 55 mm/h", "ANA 1:640", "Hb 11.2"). */
const VALUE_LINE_END_RE = /\d(?:[ \t]?[a-zA-Zµμ%]{1,6}(?:\/[a-zA-Zµμ0-9]{1,6})?)?$/;

/** A line that stops on "no" or "not" after a verb or a conjunction ("there was no", "and no", "was not"). */
const NO_LINE_END_RE =
  /\b(?:was|were|is|are|had|has|have|with|showed|revealed|and|but|or|did|does|could)\s+(?:no|not)$/;

/** A laboratory unit opening a line and closing its phrase ("IU/liter)", "mg/dL,", "U/L."). */
const WRAPPED_UNIT_RE = /^[a-zA-Zµμ]{1,6}\/[a-zA-Zµμ]{1,6}(?=[)\],;.\s]|$)/;

/** The characters {@link splitSentences} acts on: a line break, '.', '!', '?', '…'. */
const BOUNDARY_CHAR_RE = /[\n.!?…]/g;

/**
 * Splits text into sentences.
 * @param text - the input
 * @param from - offset to start at (default 0)
 * @param to - end offset, exclusive (default the end)
 */
export function splitSentences(text: string, from = 0, to = text.length): Sentence[] {
  const out: Sentence[] = [];
  let start = from;
  const uncapitalised = withoutCapitals(text, from, to);
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    // a list item's bullet is not part of its sentence ("• Four weeks of progressive weakness …", session 27); an
    // item of one or two words stays as it is ("• Male" among a page's index terms is no sentence about anyone)
    if (s + 1 < e && ITEM_BULLETS.has(text[s]!) && (text[s + 1] === ' ' || text[s + 1] === '\t')) {
      let b = s + 1;
      while (b < e && isSpace(text.charCodeAt(b))) b++;
      if (/^\S+\s+\S+\s+\S/.test(text.slice(b, Math.min(e, b + 80)))) s = b;
    }
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    // cut over-long runs at white space (or hard, if there is none)
    while (e - s > MAX_SENTENCE) {
      let cut = s + MAX_SENTENCE;
      let k = cut;
      while (k > s + MAX_SENTENCE / 2 && !isSpace(text.charCodeAt(k))) k--;
      if (k > s + MAX_SENTENCE / 2) cut = k;
      out.push({ start: s, end: cut });
      s = cut;
      while (s < e && isSpace(text.charCodeAt(s))) s++;
    }
    if (e > s) out.push({ start: s, end: e });
  };
  let lineStart = from;
  for (let i = from; i < to; i++) {
    // jump to the next line break, '.', '!' or '?': the loop acts on no other character
    BOUNDARY_CHAR_RE.lastIndex = i;
    if (!BOUNDARY_CHAR_RE.test(text)) break;
    i = BOUNDARY_CHAR_RE.lastIndex - 1;
    if (i >= to) break;
    const c = text.charCodeAt(i);
    if (c === 10) {
      // Line break: decide whether it ends the sentence.
      let prev = i - 1;
      while (prev >= lineStart && isSpace(text.charCodeAt(prev))) prev--;
      let next = i + 1;
      let blank = false;
      while (next < to && isSpace(text.charCodeAt(next))) {
        if (text.charCodeAt(next) === 10) blank = true;
        next++;
      }
      const lineLen = prev - lineStart + 1;
      const pc = prev >= lineStart ? text[prev]! : '';
      const terminal = pc === '.' || pc === '!' || pc === '?' || pc === ':' || pc === ';' || pc === '…';
      // "anti-Jo-1 negative" opening a line after a line of values that ends on a number or a unit ("CRP 14 mg/L",
      // session 40): a new item, although typed in lower case
      const antibodyItem =
        text.startsWith('anti-', next) &&
        VALUE_LINE_END_RE.test(text.slice(Math.max(lineStart, prev - 16), prev + 1));
      const nextLowerCont =
        next < to && (isLower(text.charCodeAt(next)) || text[next] === '(') && !antibodyItem;
      // a line that stops on a word no sentence ends on ("… and the\nCK was …", session 40): the sentence goes on
      const openEnd =
        pc !== '' &&
        isLower(pc.charCodeAt(0)) &&
        (OPEN_LINE_END_RE.test(text.slice(Math.max(lineStart, prev - 8), prev + 1)) ||
          // "… there was no\nGottron …" after a verb or a conjunction, not an answer in a checklist ("Smoking: no",
          // "Fever no\nRash yes")
          NO_LINE_END_RE.test(text.slice(Math.max(lineStart, prev - 12), prev + 1)));
      const endsMidWord = pc !== '' && (isLower(pc.charCodeAt(0)) || pc === ',' || pc === '-');
      // a word broken at its own hyphen ("positive for anti-\nTIF1-γ", "non-\nHodgkin"): never a sentence's end
      const brokenWord = pc === '-' && prev > lineStart && isLetter(text.charCodeAt(prev - 1));
      // The first line of the text, without terminal punctuation and followed by a capital, is a title
      // ("A mild form of dermatomyositis as a prodromal sign of lung cancer: looking behind the skin"), not the
      // hard-wrapped start of a paragraph
      const title =
        lineStart === from && start === from && lineLen <= 250 && next < to && isUpper(text.charCodeAt(next));
      // a value whose unit was carried to the next line by the wrapping of a column ("… (up to 3,650\nIU/liter)")
      const unitWrap =
        (pc !== '' && isDigit(pc.charCodeAt(0)) && WRAPPED_UNIT_RE.test(text.slice(next, next + 16))) ||
        // a value carried to the next line after a word no sentence ends on ("… creatine kinase was\n7,400 U/L")
        (next < to &&
          isDigit(text.charCodeAt(next)) &&
          VALUE_WRAP_RE.test(text.slice(Math.max(lineStart, prev - 14), prev + 1)));
      if (
        !unitWrap &&
        !brokenWord &&
        !(openEnd && !blank) &&
        (blank ||
          terminal ||
          lineLen <= 0 ||
          title ||
          (next < to && isListStart(text, next)) ||
          (!nextLowerCont &&
            (lineLen < 60 || !endsMidWord || tableRows(text, lineStart, prev + 1, next, to))))
      ) {
        push(i);
        start = i + 1;
      }
      // The white space up to `next` holds no further boundary: skip it (keeps the pass linear).
      lineStart = next;
      i = next - 1;
      continue;
    }
    // "She had a rash. ? lymphoma.", "CT: ?early ILD" (session 21): a question mark after white space is the
    // query mark of a clinic note; it opens what it queries and ends no sentence (the full stop before it does)
    if (c === 63 && i > from && isSpace(text.charCodeAt(i - 1))) {
      if (/[.!;]\s*$/.test(text.slice(start, i))) {
        push(i);
        start = i;
      }
      continue;
    }
    // "The rash came and went… Anti-NXP2 was positive." (session 40): an ellipsis character ends a sentence before a
    // capital; before a lower-case word it is a pause inside one
    if (c === 0x2026) {
      let k = i + 1;
      while (k < to && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
      if (k > i + 1 && k < to && isUpper(text.charCodeAt(k))) {
        push(i + 1);
        start = i + 1;
      }
      continue;
    }
    if (c === 46 || c === 33 || c === 63) {
      // . ! ?
      let j = i + 1;
      while (
        j < to &&
        (text[j] === '"' || text[j] === '”' || text[j] === ')' || text[j] === '’' || text[j] === "'")
      )
        j++;
      // a citation number stuck to the full stop ("… and peripheral edema.7 Here we present …", "… adults.1,2
      // It is …"): the sentence ends after the number, when a capital opens the next one
      if (c === 46 && j === i + 1 && j < to && isDigit(text.charCodeAt(j))) {
        const cite = citationEnd(text, i, to);
        if (cite > 0) {
          push(cite);
          start = cite;
          i = cite - 1;
          continue;
        }
      }
      // a full stop glued to the next sentence by a lost space ("… was discussed.Case presentation: A 60-year-old
      // …"): a lower-case word of three letters or more before it, a capitalised word after it
      if (c === 46 && j === i + 1 && gluedSentence(text, i, to)) {
        push(j);
        start = j;
        i = j - 1;
        continue;
      }
      if (j < to && !isSpace(text.charCodeAt(j))) continue;
      let k = j;
      while (k < to && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
      if (k < to && text.charCodeAt(k) === 10) continue; // the line-break rule decides
      if (c === 46) {
        // a dot leader of a pasted table ("CK ........ 2350 U/L"): the row goes on to its value
        if (text[i - 1] === '.' && text[i - 2] === '.' && k < to && isDigit(text.charCodeAt(k))) continue;
        const w = wordBefore(text, i);
        // ("reviewed in the ED. 3 wk of proximal weakness": "ED" in capitals is the emergency department, which ends a
        // sentence, not "ed." of an editor; session 38, the onset after it lost)
        if (
          ABBREVIATIONS.has(w) &&
          !(w === 'ed' && text[i - 1] === 'D' && text[i - 2] === 'E') &&
          !abbreviationEnds(text, start, i, w, k, to)
        )
          continue;
        // a dotted initialism before a number ("(N.R. 30–200)", "the U.S. 2 years later", session 40: the range
        // was cut from its value) or a comparison ("(U.L.N. < 200)")
        if (
          w.includes('.') &&
          k < to &&
          (isDigit(text.charCodeAt(k)) || text[k] === '<' || text[k] === '>' || text[k] === '≤')
        )
          continue;
        // a list item's number opening the sentence or following a colon ("1. CK 4,200 U/L", "Key points: 1. Anti-…",
        // "… positive. 2. CK was …", session 40)
        if (
          /^\s*\d{1,2}$/.test(text.slice(start, i)) ||
          /:\s*\d{1,2}$/.test(text.slice(Math.max(start, i - 8), i))
        )
          continue;
        // an initial ("J. Smith"), but not the litre of a unit ("4,200 U/L. Anti-…", "11 × 10^9/L. The …") nor the
        // letter of a noun ("vitamin D. Anti-…", "hepatitis B. She …", session 40)
        // (nor a letter after a lower-case word before a word that opens a sentence: "… and troponin T. The PCR
        // test was negative", session 40: one sentence, whose "negative" then reached the labs before it)
        if (
          w.length === 1 &&
          isUpper(text.charCodeAt(i - 1)) &&
          text[i - 2] !== '/' &&
          !LETTER_NOUN_RE.test(text.slice(Math.max(start, i - 14), i - 1)) &&
          !(
            /[a-z]{3,}\s$/.test(text.slice(Math.max(start, i - 8), i - 1)) &&
            SENTENCE_OPENERS_RE.test(text.slice(k, k + 16))
          )
        )
          continue;
        // a sentence that opens in lower case after a full word ("… painful when mobilized. electrical signs …",
        // careless typing): a stop after a lower-case word of five letters or more, before a lower-case word of
        // three or more ("prox. weakness", "approx. two" and the listed abbreviations run on)
        const lowerStart = k < to && isLower(text.charCodeAt(k));
        // "… 4,200 U/L. anti-Jo-1 was negative" (session 40): an antibody typed in lower case opens a sentence after
        // a full stop that is no abbreviation's
        const antibodyOpens = lowerStart && text.startsWith('anti-', k);
        if (
          lowerStart &&
          !antibodyOpens &&
          !(uncapitalised ? stopInUncapitalised(text, i, k, to) : lowerCaseStart(text, i, k, to))
        )
          continue;
        if (
          k < to &&
          !lowerStart &&
          !(
            isUpper(text.charCodeAt(k)) ||
            isDigit(text.charCodeAt(k)) ||
            isListStart(text, k) ||
            text[k] === '(' ||
            text[k] === '[' ||
            text.charCodeAt(k) > 0x2000
          )
        )
          continue;
      }
      push(j);
      start = j;
      i = j - 1;
    }
  }
  push(to);
  return out;
}

/**
 * Page furniture a PDF's text layer drops into the middle of a sentence: a line of the author or affiliation
 * column ("Department of Rheumatology, University Hospital, Lyon, France", "*Corresponding author: …", "Tel.: …"),
 * a running header or footer ("Smith et al. Case Rep Rheumatol (2020) 14:112", "Vol. 8, No. 3, 2019", an upper-case
 * journal name), a page number ("46", "Page 2 of 6").
 */
const FURNITURE_RE =
  /\b(?:department|division|faculty|institute|university|hospital|school of|corresponding author|correspondence|e-?mail|doi|copyright|issn|orcid)\b|\b(?:dept|tel|vol|et al)\.|www\.|https?:|[©@]|\(\d{4}\)\s*\d+\s*:\s*\d+|\b(?:19|20)\d\d\s*;\s*\d+(?:\(\d+\))?\s*:\s*\d+/i;
/** A page number ("46", "Page 2 of 6") or an upper-case running title ("CASE REPORTS IN RHEUMATOLOGY"). */
const PAGE_LINE_RE = /^(?:\d{1,4}|[Pp]age \d+(?: of \d+)?|[A-Z][A-Z0-9 &:,.'’-]{7,})$/;
const FURNITURE_ALL_RE = new RegExp(FURNITURE_RE.source, 'gi');
/** An institution's name, the furniture word that prose also uses ("admitted to the hospital with …"). */
const INSTITUTION_RE = /^(?:department|division|faculty|institute|university|hospital|school of)$/i;
/** What a line of furniture may open with in lower case: an address ("www.", "doi: …", "e-mail: …"). */
const LOWER_FURNITURE_START_RE = /^(?:www\.|https?:|doi\b|e-?mail\b)/i;
/**
 * Whether a line is page furniture. A line that opens in lower case goes on a sentence (a hard-wrapped "department
 * with a 6-week history of …", session 27) unless it opens with an address; a line whose only furniture word
 * names an institution is an affiliation when at least half its words are capitalised ("Department of
 * Rheumatology, University Hospital, Lyon"), prose otherwise ("Hospital with a 3-month history of weakness").
 */
function isFurniture(line: string): boolean {
  if (PAGE_LINE_RE.test(line)) return true;
  if (!FURNITURE_RE.test(line)) return false;
  if (isLower(line.charCodeAt(0)) && !LOWER_FURNITURE_START_RE.test(line)) return false;
  for (const m of line.matchAll(FURNITURE_ALL_RE)) if (!INSTITUTION_RE.test(m[0])) return true;
  const words = line.split(/[\s,;]+/).filter((w) => w !== '');
  const capitalised = words.filter((w) => !isLower(w.charCodeAt(0))).length;
  return capitalised * 2 >= words.length;
}

/**
 * The text with the page furniture that interrupts a sentence blanked out (offsets kept: each character of the
 * interrupting lines and of the line break before them becomes a space). A line (or up to three lines) is
 * furniture here only when it looks like it ({@link FURNITURE_RE}, {@link PAGE_LINE_RE}) and stands where no line of prose could: the line
 * before it stops mid-sentence (a lower-case letter or a comma, no full stop, colon or semicolon) and the line after
 * it goes on in lower case or with a number ("… presented with proximal / Department of … / weakness and …").
 */
export function maskPageFurniture(text: string): string {
  if (!text.includes('\n')) return text;
  const lines: { start: number; end: number }[] = [];
  for (let s = 0; s <= text.length;) {
    const e = text.indexOf('\n', s);
    const end = e < 0 ? text.length : e;
    lines.push({ start: s, end });
    s = end + 1;
  }
  const body = (k: number) => text.slice(lines[k]!.start, lines[k]!.end).trim();
  let out: string[] | undefined;
  for (let k = 1; k < lines.length - 1; k++) {
    const prev = body(k - 1);
    const last = prev.charCodeAt(prev.length - 1);
    if (prev.length < 20 || !(isLower(last) || prev.endsWith(','))) continue;
    let n = k;
    while (n < lines.length - 1 && n - k < 3 && isFurniture(body(n)) && body(n) !== '') n++;
    if (n === k || n >= lines.length) continue;
    const next = body(n);
    if (next === '' || !(isLower(next.charCodeAt(0)) || isDigit(next.charCodeAt(0)))) continue;
    // UTF-16 code units, as the offsets count them (a spread would split by code points)
    out ??= text.split('');
    for (let i = lines[k]!.start - 1; i < lines[n - 1]!.end; i++) out[i] = ' ';
    k = n - 1;
  }
  return out ? out.join('') : text;
}

/**
 * Whether some line of at least {@link WRAP_MIN_WIDTH} characters goes on into a non-blank line: the cheap test
 * before {@link unwrapHardBreaks} lays out every line (a text of many short or blank lines allocates nothing).
 */
function hasLongLineGoingOn(text: string): boolean {
  let long = false;
  for (let s = 0; s < text.length;) {
    const nl = text.indexOf('\n', s);
    const end = nl < 0 ? text.length : nl;
    let a = s;
    while (a < end && isSpace(text.charCodeAt(a))) a++;
    if (long && a < end) return true;
    long = end - a >= WRAP_MIN_WIDTH;
    if (nl < 0) break;
    s = nl + 1;
  }
  return false;
}

/** Fewest line breaks inside paragraphs for a text to be judged hard-wrapped. */
const WRAP_MIN_BREAKS = 4;
/** The widths a hard-wrapping tool uses (a PDF's column, an e-mail's 72, a terminal's 80, a wide 132). */
const WRAP_MIN_WIDTH = 30;
const WRAP_MAX_WIDTH = 160;
/** Share of the breaks inside paragraphs that must fall where a greedy wrap puts them. */
const WRAP_MIN_SHARE = 0.6;
/** In a text not wrapped as a whole, the shortest line whose break may still be a wrap. */
const WRAP_LONG_LINE = 45;
/** A line that stops on a word (letters, or letters and digits: "FT4") or a comma. */
const LINE_GOES_ON_RE = /(?:[a-zA-Z]|\b[a-zA-Z][a-zA-Z0-9-]*\d|,)$/;
/**
 * A line that stops on a word no sentence ends on ("… Mech hands +. No\nGottron's", "… weakness of the\nDeltoids"):
 * it goes on whatever the case of the next line (session 28) — not an answer after a colon ("Smoking: No").
 */
const LINE_OPEN_WORD_RE =
  /(?<![:?]\s{0,3})\b(?:no|not|nor|and|or|but|of|with|without|w\/|w\/o|the|a|an|to|for|in|on|at|by|from|than|into)$/i;
/**
 * Whether the line [`a`, `b`) and the line that starts at `next` (up to `to`) are two rows of a table, each with a
 * wide gap between its cells ("Anti-Ro52 antibody, serum      strongly positive" over "Anti-MuSK antibodies      negative",
 * session 38: a long row read on into the next, whose result it took).
 */
function tableRows(text: string, a: number, b: number, next: number, to: number): boolean {
  if (!TABLE_GAP_RE.test(text.slice(a, b))) return false;
  const e = text.indexOf('\n', next);
  return TABLE_GAP_RE.test(text.slice(next, e < 0 || e > to ? to : e));
}

/** Three spaces or a tab between two cells: a row of a table laid out in columns (no justified line of prose). */
const TABLE_GAP_RE = /[^\s.!?;:](?: {3,}|\t)\S/;
/** Two spaces or a tab between two cells: a row of a table (not the two spaces some writers put after a full stop). */
const COLUMN_GAP_RE = /[^\s.!?;:](?: {2,}|\t)\S/;

/**
 * The text with the line breaks of a hard wrap turned into spaces (offsets kept: one character for one), so that a
 * text pasted from a PDF's columns, an e-mail or a terminal reads as the paragraphs it was.
 *
 * A break is a wrap when the next line's first word would not have fitted on the line within the text's width
 * (greedy wrapping, as every such tool does): the width is the longest line that goes on into another line. The
 * text as a whole is judged first: at least {@link WRAP_MIN_BREAKS} breaks inside paragraphs, a width of
 * {@link WRAP_MIN_WIDTH}–{@link WRAP_MAX_WIDTH} characters, and at least {@link WRAP_MIN_SHARE} of those breaks
 * at wrap points. A text of one line per paragraph (as publishers' pages give it) has few breaks inside
 * paragraphs, and a clinic note of short items, one per line, has breaks that a greedy wrap would not have made;
 * in such a text only the breaks that cannot end anything are read as spaces: a long line of prose (no column gap)
 * that stops on a word or a comma at a wrap point, before a line that goes on in lower case or with a number. Kept
 * as breaks even in a wrapped text: a line that ends a sentence (".", ";", "!", "?"; a colon at a wrap point goes
 * on to its value: "Anti-TIF1-γ antibody:\npositive"), a word broken at a hyphen (the sentence splitter reads
 * "anti-\nJo-1" and "myo-\nsitis" itself), and a line before a list item.
 * @param text - the input (after {@link maskPageFurniture})
 */
export function unwrapHardBreaks(text: string): string {
  if (!text.includes('\n') || !hasLongLineGoingOn(text)) return text;
  // each line's first non-space character and the end of its last
  const first: number[] = [];
  const last: number[] = [];
  for (let s = 0; s <= text.length;) {
    const nl = text.indexOf('\n', s);
    const end = nl < 0 ? text.length : nl;
    let a = s;
    while (a < end && isSpace(text.charCodeAt(a))) a++;
    let b = end;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    first.push(a);
    last.push(b);
    if (nl < 0) break;
    s = nl + 1;
  }
  const width = (k: number) => last[k]! - first[k]!;
  const firstWord = (k: number) => {
    let e = first[k]!;
    while (e < last[k]! && !isSpace(text.charCodeAt(e))) e++;
    return e - first[k]!;
  };
  // breaks inside paragraphs: a non-blank line followed by a non-blank line
  const inside: number[] = [];
  let widest = 0;
  for (let k = 0; k + 1 < first.length; k++) {
    if (width(k) === 0 || width(k + 1) === 0) continue;
    inside.push(k);
    widest = Math.max(widest, width(k));
  }
  if (inside.length === 0 || widest < WRAP_MIN_WIDTH || widest > WRAP_MAX_WIDTH) return text;
  const atWrapPoint = (k: number) => width(k) + 1 + firstWord(k + 1) > widest;
  let wrapped = inside.filter(atWrapPoint);
  // A text not wrapped as a whole (a note of headings, tables and short items, one of whose paragraphs was
  // wrapped; a letter wrapped by hand) keeps only the breaks that cannot end anything: a long line of prose (no
  // column gap) that stops on a word, a comma or a number, before a line that goes on in lower case ("… of the
  // nasopharynx at\nthe same time …"), or at a wrap point before a number ("… aldolase 43.9 IU/L, CRP\n14.6 mg/L",
  // "… FT4\n3.5 pmol/L")
  if (inside.length < WRAP_MIN_BREAKS || wrapped.length < WRAP_MIN_SHARE * inside.length)
    wrapped = inside.filter((k) => {
      if (width(k) < WRAP_LONG_LINE) return false;
      const line = text.slice(first[k], last[k]);
      if (COLUMN_GAP_RE.test(line)) return false;
      const c = text.charCodeAt(first[k + 1]!);
      // a number goes on into a lower-case word ("… by 24\nmonths"), a word into a number too ("… CRP\n14.6 mg/L")
      // … and a label's colon goes on into its lower-case content ("… prostate bx:\nadenoca Gleason 4+4")
      if (isLower(c))
        return LINE_GOES_ON_RE.test(line) || line.endsWith(':') || isDigit(line.charCodeAt(line.length - 1));
      if (LINE_OPEN_WORD_RE.test(line) && atWrapPoint(k)) return true;
      return isDigit(c) && LINE_GOES_ON_RE.test(line) && atWrapPoint(k);
    });
  let out: string[] | undefined;
  for (const k of wrapped) {
    const pc = text[last[k]! - 1]!;
    if (pc === '.' || pc === ';' || pc === '!' || pc === '?') continue;
    // a word broken at a hyphen keeps its break (the sentence splitter reads it); a range broken at its dash
    // goes on ("(0.6-\n1.2 mg/dl)")
    if (pc === '-' && !(isDigit(text.charCodeAt(last[k]! - 2)) && isDigit(text.charCodeAt(first[k + 1]!))))
      continue;
    if (isListStart(text, first[k + 1]!)) continue;
    // two rows of a table, each with a wide gap between its cells ("Anti-Ro52 antibody, serum      strongly positive" over
    // "Anti-MuSK antibodies      negative", session 38: one row's result read for the next): never a wrap
    if (
      TABLE_GAP_RE.test(text.slice(first[k], last[k])) &&
      TABLE_GAP_RE.test(text.slice(first[k + 1], last[k + 1]))
    )
      continue;
    // UTF-16 code units, as the offsets count them
    out ??= text.split('');
    for (let i = last[k]!; i < first[k + 1]!; i++) if (text.charCodeAt(i) === 10) out[i] = ' ';
  }
  return out ? out.join('') : text;
}
