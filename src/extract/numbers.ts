/**
 * Counts written as words in narratives ("six cycles", "two months later", "a few days"), read the same way
 * by every extractor.
 * @module
 */
import { own } from '../core/lookup.js';

/**
 * Exact number words (one … nineteen and the tens twenty … ninety: "eighteen months after", "thirty days later",
 * "sixty days' history"); a ten and a unit joined ("thirty-six", "twenty four") are read by {@link readCount}.
 */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** The tens and the units a compound number word joins ("thirty-six", "twenty four"). */
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
/** "thirty-six", "twenty four", "ninety\u2011two": a ten and a unit, joined by a hyphen or a space. */
const COMPOUND_RE = new RegExp(String.raw`^(${TENS})[- \u2010\u2011](${UNITS})$`);

/** Month names, January first (a month's number is its index + 1). */
export const MONTHS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** The usual abbreviations of the months, lower case ("jan", "sept"), written with a full stop in a text ("Jan."). */
export const MONTH_ABBREVIATIONS: readonly string[] = [
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
];

/** Month names and their usual abbreviations, lower case ("march", "mar", "sept"): words that make a date. */
export const MONTH_WORDS: ReadonlySet<string> = new Set([...MONTHS, ...MONTH_ABBREVIATIONS]);

/** Vague counts and the value each is read as (all approximate). */
export const VAGUE_COUNTS: Readonly<Record<string, number>> = {
  'a couple of': 2,
  // "over (the) last couple of months" (session 18)
  'couple of': 2,
  // "a couple months later", "for a couple weeks" (session 39, vocabulary from knowledge: the American form without "of")
  'a couple': 2,
  few: 3,
  'a few': 3,
  several: 3,
};

/**
 * A regular-expression alternation of every count this module reads (halves first — "1½", "3 1/2" —, then the
 * compound number words "thirty-six", then a decimal count with one decimal digit — "for 1.5 years", "2,5 months"
 * —, then digits).
 */
export const COUNT_PATTERN = String.raw`(\d{1,2}\u00bd|\d{1,2} 1\/2(?![\d/])|(?:${TENS})[- \u2010\u2011](?:${UNITS})\b|(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) and (?:a )?half|half an?|half(?=[- \u2010\u2011](?:year|month|day|week))|\d{1,2}[.,]\d(?!\d)|\d{1,3}|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|few|several|a couple of|couple of|a couple(?=[ \t\u00a0](?:day|week|month|year))|a)`;

/**
 * Reads a count written in digits or words.
 * @param text - the count as written (case-insensitive)
 * @param vague - values for vague counts (default {@link VAGUE_COUNTS}; a caller may read "several" differently)
 * @returns the value and whether it is approximate, or undefined when it is not a count
 */
export function readCount(
  text: string,
  vague: Readonly<Record<string, number>> = VAGUE_COUNTS,
): { value: number; approximate: boolean } | undefined {
  // a count of ASCII digits alone is read at once (trimming, lower case and spaces would leave it as it is)
  if (/^\d+$/.test(text)) return { value: Number(text), approximate: false };
  const k = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+$/.test(k)) return { value: Number(k), approximate: false };
  // "1.5 years", "2,5 months": one decimal digit, after a point or a comma
  if (/^\d{1,2}[.,]\d$/.test(k)) return { value: Number(k.replace(',', '.')), approximate: false };
  // "1½ months": a vulgar half after the digits
  if (/^\d{1,2}\u00bd$/.test(k)) return { value: Number(k.slice(0, -1)) + 0.5, approximate: false };
  // "3 1/2 months": a half written as a fraction after the digits (session 33: read as 2)
  const fraction = /^(\d{1,2}) 1\/2$/.exec(k);
  if (fraction) return { value: Number(fraction[1]) + 0.5, approximate: false };
  // "thirty-six months", "twenty four months" (session 33: read as six and four)
  const compound = COMPOUND_RE.exec(k);
  if (compound)
    return { value: NUMBER_WORDS[compound[1]!]! + NUMBER_WORDS[compound[2]!]!, approximate: false };
  // "one and a half years", "one and half years", "half a year": a half is exact, not a vague count
  // ("a half-year history", session 33: lost)
  if (k === 'half a' || k === 'half an' || k === 'half') return { value: 0.5, approximate: false };
  const half = /^(.+) and (?:a )?half$/.exec(k);
  if (half) {
    const whole = readCount(half[1]!, vague);
    return whole && !whole.approximate ? { value: whole.value + 0.5, approximate: false } : undefined;
  }
  const word = own(NUMBER_WORDS, k);
  if (word !== undefined) return { value: word, approximate: false };
  if (k === 'a' || k === 'an') return { value: 1, approximate: false };
  const loose = own(vague, k);
  if (loose !== undefined) return { value: loose, approximate: true };
  return undefined;
}

/** A number read from the text. */
export interface ReadNumber {
  value: number;
  /** End offset (exclusive) of the written number. */
  end: number;
  /**
   * The other reading of an ambiguous number: "1.679" (three decimals after one to three digits) is 1.679 with
   * a decimal point or 1679 with a full stop as thousands separator.
   */
  alternative?: number;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
/** Spaces used as thousands separators: space, no-break, figure, thin and narrow no-break spaces. */
const isGroupSpace = (c: number) => c === 32 || c === 0xa0 || c === 0x2007 || c === 0x2009 || c === 0x202f;

/** True when exactly three digits start at `i` and no digit follows them. */
function threeDigits(text: string, i: number): boolean {
  return (
    isDigit(text.charCodeAt(i)) &&
    isDigit(text.charCodeAt(i + 1)) &&
    isDigit(text.charCodeAt(i + 2)) &&
    !isDigit(text.charCodeAt(i + 3))
  );
}

/**
 * Whether a group of three digits after a space ends where a number may end, at `k`: not before a decimal comma
 * ("12 480,5" stays two numbers), and before a decimal point only when the space is a typographic one (no-break,
 * thin: "1\u2009543.2") or a unit follows the decimals ("1 543.2 U/l"); a full stop or comma that ends the
 * sentence or the clause closes the number ("a peak CK of 17 622.", session 27).
 */
function spaceGroupEnds(text: string, k: number, space: number, unitAfter: (at: number) => boolean): boolean {
  const c = text.charCodeAt(k);
  if ((c !== 46 && c !== 44) || !isDigit(text.charCodeAt(k + 1))) return true;
  if (c === 44) return false;
  if (space !== 32) return true;
  let j = k + 1;
  while (isDigit(text.charCodeAt(j))) j++;
  return unitAfter(j);
}

/** Whether the number at `pos` follows another number and a comma or semicolon ("4320, 210"). */
function listItemAt(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xa0)) i--;
  if (text[i] !== ',' && text[i] !== ';') return false;
  i--;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0xa0)) i--;
  return isDigit(text.charCodeAt(i));
}

/** The groups after the first of a lakh-grouped number: ",40,000", ",50,00,000". */
const LAKH_RE = /(?:,\d\d)+,\d{3}(?![\d,]|\.\d)/y;

/**
 * Reads the number that starts at `pos` in every shape a narrative uses (conventions, "Labs"): thousands
 * separators ("3,120", "12 480" with any space, "4'500", "3, 120" with a stray space when a unit follows), decimal
 * points and decimal commas ("1,35", "74,2"), a "k" for thousands ("3.2k"), and a full stop that may be a
 * thousands separator ("1.679": returned with its `alternative` reading, for the caller to settle or report).
 * @param text - the input
 * @param pos - offset of the first digit
 * @param unitAfter - whether a unit follows a position (to accept "3, 120 U/L")
 * @returns the value and where it ends, or undefined when no digit is at `pos`
 */
export function readNumber(
  text: string,
  pos: number,
  unitAfter: (at: number) => boolean = () => false,
): ReadNumber | undefined {
  let i = pos;
  // a run of more than 15 digits is no quantity a narrative states (and scanning it from every start would be
  // quadratic): not a number
  while (isDigit(text.charCodeAt(i)) && i - pos <= 15) i++;
  if (i === pos || isDigit(text.charCodeAt(i))) return undefined;
  const intDigits = i - pos;
  let digits = text.slice(pos, i);
  let alternative: number | undefined;
  let grouped = false;
  let tightComma = false;
  // "2,40,000", "12,50,000" (session 34: read 2.4): the lakh grouping of South Asian reports, pairs of digits
  // before the last group of three
  if (intDigits <= 2) {
    LAKH_RE.lastIndex = i;
    const lakh = LAKH_RE.exec(text);
    if (lakh) {
      digits += lakh[0].replaceAll(',', '');
      i += lakh[0].length;
    }
  }
  // thousands groups: ",120", " 480", ", 120" (stray space, only before a unit, and never after a ",120" group:
  // "(11.0, 1,040, 658 U/L, respectively)" is two values, session 33); a lone zero is never the first group of
  // thousands ("0,045" is a decimal comma)
  while ((intDigits <= 3 && digits !== '0') || grouped) {
    const c = text.charCodeAt(i);
    if (c === 44 && threeDigits(text, i + 1)) {
      digits += text.slice(i + 1, i + 4);
      i += 4;
      grouped = true;
      tightComma = true;
    } else if (
      c === 44 &&
      !tightComma &&
      // "4320, 210, 145 U/L" (session 34: 210145): a number that is itself an item of a list of numbers
      !listItemAt(text, pos) &&
      text.charCodeAt(i + 1) === 32 &&
      threeDigits(text, i + 2) &&
      text.charCodeAt(i + 5) !== 46 &&
      text.charCodeAt(i + 5) !== 44 &&
      unitAfter(i + 5)
    ) {
      digits += text.slice(i + 2, i + 5);
      i += 5;
      grouped = true;
    } else if ((c === 39 || c === 0x2019) && threeDigits(text, i + 1)) {
      // "4'500" (apostrophe thousands, Swiss style)
      digits += text.slice(i + 1, i + 4);
      i += 4;
      grouped = true;
    } else if (isGroupSpace(c) && threeDigits(text, i + 1) && spaceGroupEnds(text, i + 4, c, unitAfter)) {
      digits += text.slice(i + 1, i + 4);
      i += 4;
      grouped = true;
    } else break;
  }
  let value = Number(digits);
  const c = text.charCodeAt(i);
  if ((c === 46 || c === 44) && isDigit(text.charCodeAt(i + 1))) {
    let j = i + 1;
    while (isDigit(text.charCodeAt(j))) j++;
    const frac = text.slice(i + 1, j);
    if (c === 46) {
      value = Number(`${digits}.${frac}`);
      // "1.679": one to three digits, a full stop, exactly three digits — two readings
      if (!grouped && frac.length === 3 && intDigits <= 3 && digits !== '0' && text.charCodeAt(j) !== 46)
        alternative = Number(digits + frac);
      i = j;
    } else if ((frac.length <= 2 || digits === '0') && !grouped) {
      // decimal comma: "74,2", "1,35", and any number of decimals after a zero ("0,045")
      value = Number(`${digits}.${frac}`);
      i = j;
    }
  } else if (
    c === 0xb7 &&
    !grouped &&
    isDigit(text.charCodeAt(i + 1)) &&
    // "173·109/l": a multiplication dot before a power of ten whose exponent lost its superscript (session 29)
    !/^10(?:9|12)\s?\/\s?[lL]\b/.test(text.slice(i + 1, i + 10))
  ) {
    // "2·3 mg/L": the raised decimal point of some journals (never a thousands separator)
    let j = i + 1;
    while (isDigit(text.charCodeAt(j))) j++;
    value = Number(`${digits}.${text.slice(i + 1, j)}`);
    i = j;
  }
  // "3.2k", "4k"
  const after = text.charCodeAt(i + 1);
  if (
    (text[i] === 'k' || text[i] === 'K') &&
    !((after >= 65 && after <= 90) || (after >= 97 && after <= 122)) // no ASCII letter after it
  ) {
    value = Math.round(value * 1000 * 1000) / 1000;
    alternative = undefined;
    i++;
  }
  // Keys assigned in order (a literal with a conditional spread is slow in Node 20's V8).
  const out: ReadNumber = { value, end: i };
  if (alternative !== undefined) out.alternative = alternative;
  return out;
}

/**
 * The abbreviations of duration units in telegraphic notes ("6-wk hx", "for 3 mo", "5 yrs ago", "1.5 y", "~10 d"; the
 * one-letter ones are matched only right after digits by the patterns that capture them).
 */
export const UNIT_ABBREVIATIONS: Readonly<Record<string, 'day' | 'week' | 'month' | 'year'>> = {
  d: 'day',
  wk: 'week',
  mo: 'month',
  mth: 'month',
  yr: 'year',
  y: 'year',
};

/**
 * The unit of a duration word as a pattern captured it, without its plural "s": a unit name ("months") or its
 * abbreviation ("mos", "yr").
 * @param word - the captured unit word
 */
export function durationUnit(word: string): 'day' | 'week' | 'month' | 'year' {
  const w = word.toLowerCase().replace(/s$/, '');
  return UNIT_ABBREVIATIONS[w] ?? (w as 'day' | 'week' | 'month' | 'year');
}

/** Years written before a count of months, up to it: "1 year and ", "two years, ". */
const YEARS_BEFORE_MONTHS_RE = new RegExp(
  String.raw`\b${COUNT_PATTERN}[ \t]+(?:years?|yrs?)[ \t]*,?[ \t]+(?:and[ \t]+)?$`,
  'i',
);
/** Months written after a count of years, from it: " and 6 months", ", 3 months". */
const MONTHS_AFTER_YEARS_RE = new RegExp(
  String.raw`^[ \t]*,?[ \t]+(?:and[ \t]+)?${COUNT_PATTERN}[ \t]+(?:months?|mos?)\b`,
  'i',
);

/**
 * The years of a duration written in two units ("1 year and 6 months", session 33: read as 6 months), from the
 * text that ends right before the count of months.
 * @param before - the text before the count of months
 * @returns the years, or undefined when no count of years is written right before
 */
export function yearsBeforeMonths(before: string): number | undefined {
  const m = YEARS_BEFORE_MONTHS_RE.exec(before);
  const c = m ? readCount(m[1]!) : undefined;
  return c && !c.approximate ? c.value : undefined;
}

/**
 * The months of a duration written in two units ("1 year and 3 months", session 33: read as 12 months), from the
 * text that starts right after the unit of the years.
 * @param after - the text after the years' unit
 * @returns the months and the length of text they take, or undefined when none are written right after
 */
export function monthsAfterYears(after: string): { months: number; length: number } | undefined {
  const m = MONTHS_AFTER_YEARS_RE.exec(after);
  const c = m ? readCount(m[1]!) : undefined;
  return m && c && !c.approximate ? { months: c.value, length: m[0].length } : undefined;
}
