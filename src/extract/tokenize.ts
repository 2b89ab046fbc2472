/**
 * Tokenisation: one linear pass over the text, no regular expressions. Words split at letter/digit
 * boundaries ("Jo1" → "Jo" "1", "TIF1γ" → "TIF" "1" "γ"), so that "Jo-1", "Jo1" and "Jo 1" match the
 * same lexicon entry; numbers keep their decimal point ("11.4"); a possessive "'s" stays with its word
 * and is dropped from the normalised form.
 * @module
 */
import { GREEK, normalizeWord } from './normalize.js';

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
  if (code === 0xa0 || code === 0x2009 || code === 0x202f || code === 0x200b || code === 0x3000)
    return C.Space;
  if (code >= 0x0391 && code <= 0x03c9) return C.Greek;
  if (code === 0xb5) return C.Letter; // micro sign (µmol)
  if (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) return C.Letter;
  if (code >= 0x0400 && code <= 0x04ff) return C.Letter;
  if (code >= 0xd800 && code <= 0xdfff) return C.Other;
  return code >= 0x3040 ? C.Letter : C.Other;
}

/** Punctuation folded to one form for matching (dashes → "-", curly quotes → "'"). */
function punctNorm(ch: string): string {
  switch (ch) {
    case '–':
    case '—':
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
    default:
      return ch;
  }
}

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
      while (j < to && charClass(text.charCodeAt(j)) === C.Letter) j++;
      // possessive 's / ’s
      let end = j;
      if (
        j + 1 < to &&
        (text[j] === "'" || text[j] === '’') &&
        (text[j + 1] === 's' || text[j + 1] === 'S') &&
        (j + 2 >= to || charClass(text.charCodeAt(j + 2)) !== C.Letter)
      )
        end = j + 2;
      out.push({ start: i, end, kind: 'word', norm: normalizeWord(text.slice(i, j)) });
      i = end;
      continue;
    }
    if (cls === C.Digit) {
      let j = i + 1;
      while (j < to) {
        const c = text.charCodeAt(j);
        if (c >= 48 && c <= 57) j++;
        else if (c === 46 && j + 1 < to && text.charCodeAt(j + 1) >= 48 && text.charCodeAt(j + 1) <= 57)
          j += 2;
        else break;
      }
      out.push({ start: i, end: j, kind: 'number', norm: text.slice(i, j) });
      i = j;
      continue;
    }
    if (cls === C.Greek) {
      const ch = text[i]!;
      out.push({ start: i, end: i + 1, kind: 'word', norm: GREEK[ch] ?? ch.toLowerCase() });
      i++;
      continue;
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
