/**
 * Tokenisation: one linear pass over the text, no regular expressions. Words split at letter/digit
 * boundaries ("Jo1" → "Jo" "1", "TIF1γ" → "TIF" "1" "γ"), so that "Jo-1", "Jo1" and "Jo 1" match the
 * same lexicon entry; numbers keep their decimal point ("11.4"); a possessive "'s" stays with its word
 * and is dropped from the normalised form.
 * @module
 */
import { GREEK, normalizeWord } from './normalize.js';
import { own } from '../core/lookup.js';

/** Kinds of token. */
export type TokenKind = 'word' | 'number' | 'punct';

/** A token: 0-based, end-exclusive offsets into the input, and its normalised form for matching. */
export interface Token {
  start: number;
  end: number;
  kind: TokenKind;
  /** Matching key: normalised word, the number as written, or the punctuation character. */
  norm: string;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** White space beyond ASCII (no-break, thin, line/paragraph separators, BOM…). */
function isUnicodeSpace(c: number): boolean {
  return (
    c === 0xa0 ||
    c === 0x85 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** A comma at `j` is a thousands separator: three digits follow, then no digit, and no decimal point before. */
function thousands(text: string, i: number, j: number, to: number): boolean {
  for (let k = 1; k <= 3; k++) if (!isDigit(text.charCodeAt(j + k))) return false;
  if (j + 4 < to && isDigit(text.charCodeAt(j + 4))) return false;
  for (let k = i; k < j; k++) if (text.charCodeAt(k) === 46) return false;
  return j - i <= 3;
}

const enum C {
  Other,
  Space,
  Letter,
  Digit,
  Greek,
}

function charClass(code: number): C {
  if (code <= 32) return C.Space;
  if (code < 128) {
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return C.Letter;
    if (code >= 48 && code <= 57) return C.Digit;
    return C.Other;
  }
  if (isUnicodeSpace(code)) return C.Space;
  if (code >= 0x0391 && code <= 0x03c9) return C.Greek;
  if (code === 0xb5) return C.Letter; // micro sign (µmol)
  if (code === 0xad) return C.Letter; // a soft hyphen inside a word ("helio\u00adtrope"): normalizeWord drops it
  if (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) return C.Letter;
  if (code >= 0x0400 && code <= 0x04ff) return C.Letter;
  if (code >= 0xd800 && code <= 0xdfff) return C.Other;
  return code >= 0x3040 ? C.Letter : C.Other;
}

/** Punctuation folded to one form for matching (dashes → "-", curly quotes → "'"). */
function punctNorm(ch: string): string {
  // (every folded character but the backtick is beyond ASCII: the usual ",", ".", "(" return at once)
  if (ch.length === 1 && ch.charCodeAt(0) < 128 && ch !== '`') return ch;
  switch (ch) {
    case '–':
    case '—':
    case '‒':
    case '‐':
    case '‑':
    case '−':
      return '-';
    case '’':
    case '‘':
    case '`':
    case '´':
      return "'";
    case '“':
    case '”':
      return '"';
    // long and heavy arrows of copied text are the one arrow of a trend ("CK 8,000 ⟶ 450 U/L")
    case '⟶':
    case '➔':
    case '➜':
    case '➝':
    case '➞':
      return '→';
    case '⟹':
      return '⇒';
    default:
      return ch;
  }
}

/** An apostrophe of a possessive, or a character typed for one: ' ’ ´ ʼ. */
function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0xb4 || c === 0x2bc;
}

/** Slots of {@link memoNormalized}: the words last read, by a hash of their characters (a power of two). */
const MEMO_SIZE = 8192;
const memoRaw: (string | undefined)[] = new Array<string | undefined>(MEMO_SIZE).fill(undefined);
const memoNorm: string[] = new Array<string>(MEMO_SIZE).fill('');

/**
 * `normalizeWord(text.slice(i, j))`, remembered by the word's characters: a word read before is found without
 * cutting it out of the text (exact: a slot is used only when its word equals the text's characters, and
 * normalizeWord is a function of the word alone).
 * @param h - a hash of the word's characters (any, the same for the same characters)
 */
function memoNormalized(text: string, i: number, j: number, h: number): string {
  const slot = h & (MEMO_SIZE - 1);
  const raw = memoRaw[slot];
  if (raw !== undefined && raw.length === j - i) {
    let k = 0;
    while (k < raw.length && raw.charCodeAt(k) === text.charCodeAt(i + k)) k++;
    if (k === raw.length) return memoNorm[slot]!;
  }
  const word = text.slice(i, j);
  const norm = normalizeWord(word);
  memoRaw[slot] = word;
  memoNorm[slot] = norm;
  return norm;
}

/** Words of a result that a line-end hyphen of a PDF copy may split ("posi- tive", "ele- vated"). */
const RESULT_WORDS = new Set(['positive', 'negative', 'elevated', 'increased', 'decreased', 'normal']);

/**
 * Splits text into tokens.
 * @param text - the input
 * @param from - offset to start at (default 0)
 * @param to - offset to stop at, exclusive (default the end)
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    const cls = charClass(code);
    if (cls === C.Space) {
      i++;
      continue;
    }
    if (cls === C.Letter) {
      let j = i + 1;
      let h = code; // a hash of the word's characters, for memoNormalized
      while (j < to) {
        const c = text.charCodeAt(j);
        if (charClass(c) !== C.Letter) break;
        h = (Math.imul(h, 31) + c) | 0;
        j++;
      }
      // A word hyphenated across a line break ("cre-\natine", as scanned text has it) is one word.
      let joined: string | undefined;
      // (characters compared by code, here and below: no one-letter string is made after every word)
      while (
        j + 2 < to &&
        text.charCodeAt(j) === 45 &&
        (text.charCodeAt(j + 1) === 10 || (text.charCodeAt(j + 1) === 13 && text.charCodeAt(j + 2) === 10))
      ) {
        const k = text[j + 1] === '\r' ? j + 3 : j + 2;
        const c = text.charCodeAt(k);
        if (!(c >= 97 && c <= 122)) break;
        let e = k + 1;
        while (e < to && charClass(text.charCodeAt(e)) === C.Letter) e++;
        joined = (joined ?? text.slice(i, j)) + text.slice(k, e);
        j = e;
      }
      // A result word hyphenated at a line end whose break became a space in a PDF copy ("highly posi- tive of
      // anti-CCP"): one word, only for the words of a result (a hyphen and a space otherwise join two words).
      if (joined === undefined && j + 2 < to && text.charCodeAt(j) === 45 && text.charCodeAt(j + 1) === 32) {
        const c = text.charCodeAt(j + 2);
        if (c >= 97 && c <= 122) {
          let e = j + 3;
          while (e < to && charClass(text.charCodeAt(e)) === C.Letter) e++;
          const whole = text.slice(i, j) + text.slice(j + 2, e);
          if (RESULT_WORDS.has(whole.toLowerCase())) {
            joined = whole;
            j = e;
          }
        }
      }
      if (joined !== undefined) {
        out.push({ start: i, end: j, kind: 'word', norm: normalizeWord(joined) });
        i = j;
        continue;
      }
      // "an OJantibody", "SRPantibodies" (a PDF copy that lost the space, session 49): an antigen's capitals glued
      // to "antibody" or "antibodies" are two words (only after a capital: "autoantibody" stays one)
      const glued =
        j - i >= 10 && text.charCodeAt(j - 1) === 121 && text.startsWith('antibody', j - 8)
          ? j - 8
          : j - i >= 12 && text.charCodeAt(j - 1) === 115 && text.startsWith('antibodies', j - 10)
            ? j - 10
            : -1;
      if (glued > i) {
        const c = text.charCodeAt(glued - 1);
        if (c >= 65 && c <= 90) {
          out.push({ start: i, end: glued, kind: 'word', norm: normalizeWord(text.slice(i, glued)) });
          out.push({ start: glued, end: j, kind: 'word', norm: normalizeWord(text.slice(glued, j)) });
          i = j;
          continue;
        }
      }
      // possessive 's / ’s
      let end = j;
      if (
        j + 1 < to &&
        // "Gottron´s", "Raynaudʼs": an acute accent or a modifier letter typed for the apostrophe
        // (by character code: ' ’ ´ ʼ, then s or S)
        isApostrophe(text.charCodeAt(j)) &&
        (text.charCodeAt(j + 1) === 115 || text.charCodeAt(j + 1) === 83) &&
        (j + 2 >= to || charClass(text.charCodeAt(j + 2)) !== C.Letter)
      )
        end = j + 2;
      out.push({ start: i, end, kind: 'word', norm: memoNormalized(text, i, j, h) });
      i = end;
      continue;
    }
    if (cls === C.Digit) {
      let j = i + 1;
      while (j < to) {
        const c = text.charCodeAt(j);
        if (isDigit(c)) j++;
        else if (c === 46 && j + 1 < to && isDigit(text.charCodeAt(j + 1))) j += 2;
        else if (c === 44 && j + 3 < to && thousands(text, i, j, to))
          j += 4; // "4,500"
        else break;
      }
      const raw = text.slice(i, j);
      out.push({ start: i, end: j, kind: 'number', norm: raw.includes(',') ? raw.replace(/,/g, '') : raw });
      i = j;
      continue;
    }
    if (cls === C.Greek) {
      const ch = text[i]!;
      out.push({ start: i, end: i + 1, kind: 'word', norm: own(GREEK, ch) ?? ch.toLowerCase() });
      i++;
      continue;
    }
    // "->", "-->", "=>": an arrow typed in ASCII is one arrow token (never a comparator ">")
    if (code === 45 || code === 61) {
      let j = i + 1;
      while (j < to && text[j] === text[i]) j++;
      if (j < to && text[j] === '>' && (text[i] === '-' || j - i === 1)) {
        out.push({ start: i, end: j + 1, kind: 'punct', norm: text[i] === '-' ? '→' : '⇒' });
        i = j + 1;
        continue;
      }
    }
    // Surrogate pairs are one token.
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < to ? 2 : 1;
    const ch = text.slice(i, i + width);
    out.push({ start: i, end: i + width, kind: 'punct', norm: punctNorm(ch) });
    i += width;
  }
  return out;
}

/** True for punctuation that lexicon matching looks through (hyphens, quotes, apostrophes). */
export function isTransparent(t: Token): boolean {
  return t.kind === 'punct' && (t.norm === '-' || t.norm === "'" || t.norm === '"');
}

/**
 * The tokens without the transparent ones ({@link isTransparent}), for readers that index words by position:
 * the array itself when it has none (the usual sentence), else a copy without them. Read it, never change it.
 */
export function withoutTransparent(tokens: readonly Token[]): readonly Token[] {
  for (const t of tokens) if (isTransparent(t)) return tokens.filter((x) => !isTransparent(x));
  return tokens;
}

/**
 * "in May 2018", "on 3 May", "May 12, 2019": whether token `i` is the month, not the modal verb. The month has a
 * number right after it (a day or a year) or a day's number right before it; the modal is followed by a verb.
 * @param tokens - the sentence's tokens
 * @param i - the index of the token asked about
 */
export function isMonthMay(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.norm !== 'may') return false;
  return tokens[i + 1]?.kind === 'number' || /^\d{1,2}(?:st|nd|rd|th)?$/.test(tokens[i - 1]?.norm ?? '');
}
