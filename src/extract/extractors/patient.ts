/**
 * Age and sex of the patient: the first "N-year-old" (or "aged N") in the case sections that is not
 * about a relative; sex from the noun beside the age, else from pronouns when one sex clearly dominates.
 * @module
 */
import type { Doc } from '../document.js';
import type { Token } from '../tokenize.js';
import { isCaseSentence } from '../document.js';
import { evidence, type SpanEvidence } from '../evidence.js';
import { NUMBER_WORDS } from '../numbers.js';
import { own } from '../../core/lookup.js';
import { RELATIVES } from './assertion.js';

/** Spouses: named as persons, but not blood relatives ("her husband's bladder cancer" is no family history). */
const SPOUSES: ReadonlySet<string> = new Set(['husband', 'wife', 'spouse', 'partner']);

const FEMALE = new Set([
  'woman',
  'female',
  'lady',
  'girl',
  'she',
  'her',
  'hers',
  'herself',
  'mrs',
  'ms',
  'miss',
]);
/** Nouns and adjectives that name a woman or a man without saying "woman" or "man". */
const FEMALE_ROLES = [
  'housewife',
  'primigravida',
  'multigravida',
  'primipara',
  'multipara',
  'pregnant',
  'nun',
  // session 31: obstetric words beside the age ("a young nulliparous patient aged 29", "a 30-year-old postpartum
  // patient"); "G3P0111" is read by its form ({@link obstetricFormula})
  'nulliparous',
  'multiparous',
  'primiparous',
  'nullipara',
  'gravida',
  'parturient',
  'postpartum',
];
/** An obstetric formula ("G3P0111", "G2P1"): the patient has been pregnant. */
const OBSTETRIC_FORMULA_RE = /^G\d{1,2}P\d{1,5}\b/;
/** Whether token `t` is the "G" of an obstetric formula written in the text. */
const obstetricFormula = (text: string, t: Token): boolean =>
  t.norm === 'g' && OBSTETRIC_FORMULA_RE.test(text.slice(t.start, t.start + 12));
const MALE_ROLES = ['businessman', 'fisherman', 'policeman', 'monk'];
for (const w of FEMALE_ROLES) FEMALE.add(w);
const MALE = new Set(['man', 'male', 'gentleman', 'boy', 'he', 'him', 'his', 'himself', 'mr', ...MALE_ROLES]);
const NOUNS = new Set([
  ...FEMALE_ROLES,
  ...MALE_ROLES,
  'woman',
  'female',
  'lady',
  'girl',
  'man',
  'male',
  'gentleman',
  'boy',
  'mr',
  'mrs',
  'ms',
  'miss',
]);
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss']);
/**
 * Whether a title word is written as a title ("Ms", "Mr", "Mrs", "Miss"): never "630 ms" (milliseconds, session 30:
 * a man read as a woman), "MS" (multiple sclerosis) or the verb "miss". Every other word passes.
 */
const writtenAsTitle = (text: string, t: { norm: string; start: number; end: number }) =>
  !TITLES.has(t.norm) || /^M(?:r|rs|s|iss)$/.test(text.slice(t.start, t.end));

/** The sex a family role names, when the patient is described by it ("a 38-year-old mother of two"). */
/** "female-to-male ratio", "male to female": a sex ratio (of a disease, a cohort), not the patient's sex. */
function sexRatio(t: readonly { norm: string }[], k: number): boolean {
  const next = t[k + 1]?.norm === '-' ? t[k + 2]?.norm : t[k + 1]?.norm;
  const prev = t[k - 1]?.norm === '-' ? t[k - 2]?.norm : t[k - 1]?.norm;
  return next === 'to' || next === ':' || prev === 'to';
}

const ROLE_SEX: Readonly<Record<string, 'female' | 'male'>> = {
  mother: 'female',
  wife: 'female',
  daughter: 'female',
  sister: 'female',
  grandmother: 'female',
  father: 'male',
  husband: 'male',
  son: 'male',
  brother: 'male',
  grandfather: 'male',
};

/** Number words up to nineteen (the shared table; its tens are read by TENS_WORDS). */
const UNITS_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(NUMBER_WORDS).filter(([, v]) => v < 20),
);
/** The tens, twenty to ninety (the shared table's). */
const TENS_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(NUMBER_WORDS).filter(([, v]) => v >= 20),
);
const DECADES: Readonly<Record<string, number>> = {
  teens: 13,
  twenties: 20,
  thirties: 30,
  forties: 40,
  fifties: 50,
  sixties: 60,
  seventies: 70,
  eighties: 80,
  nineties: 90,
};
/** A case label right before an age ("Case: 67 years."). */
const CASE_LABEL_BEFORE = /\b(?:case|patient)[ \t]*:[ \t]*$/i;
/** Ordinal decades of life: the sixth decade is 50 to 59. */
const ORDINAL_DECADE: Readonly<Record<string, number>> = {
  second: 10,
  third: 20,
  fourth: 30,
  fifth: 40,
  sixth: 50,
  seventh: 60,
  eighth: 70,
  ninth: 80,
  tenth: 90,
};
/** Decade nouns: "an octogenarian" is 80 to 89. */
const GENARIAN: Readonly<Record<string, number>> = {
  quinquagenarian: 50,
  sexagenarian: 60,
  septuagenarian: 70,
  octogenarian: 80,
  nonagenarian: 90,
};
/** Words that may follow "a woman of 58" (a verb or a clause), never a unit ("a woman of 58 kg"). */
const AGE_FOLLOWERS = new Set(['presented', 'was', 'with', 'who', 'had', 'developed', 'complained', 'is']);
const YEAR_WORDS = new Set(['year', 'years', 'yr', 'yrs', 'y']);
/** Words after "a woman of 58" that make the number no age: a unit, or the link of a range or a product. */
const NOT_AGE_AFTER = new Set([
  ...['kg', 'kgs', 'kilograms', 'kilos', 'lb', 'lbs', 'pounds', 'stone', 'cm', 'mm', 'feet', 'ft', 'inches'],
  ...['percent', 'to', 'and', 'or', 'per', 'months', 'month', 'weeks', 'week', 'days', 'day'],
]);

/** A stated age: the value recorded (the lower bound of a range such as "in his fifties") and its tokens. */
interface AgeHit {
  age: number;
  range?: [number, number];
  first: number;
  last: number;
}

/** Words of an approximate age ("aged about 55"). */
const APPROXIMATELY = new Set(['about', 'approximately', 'around', 'roughly', 'nearly', 'almost']);

/** Groups whose "aged N" is an age band, not a person's age. */
const BAND_PEOPLE = new Set([
  'children',
  'patients',
  'adults',
  'people',
  'individuals',
  'women',
  'men',
  'subjects',
]);

/**
 * The tokens without hyphens and apostrophes ("52-year-old" reads as "52 year old"): the array itself when it
 * has none, else a copy without them (the age readers only read it).
 */
function withoutJoiners(tokens: readonly Token[]): readonly Token[] {
  // "a 3½-year-old girl": the half is dropped too (completed years)
  for (const t of tokens)
    if (t.norm === '-' || t.norm === "'" || t.norm === '½')
      return tokens.filter((x) => x.norm !== '-' && x.norm !== "'" && x.norm !== '½');
  return tokens;
}

/** A child's age with a decimal year ("2.5", "3.4", session 24: one decimal only). */
const HALF_AGE = /^\d{1,2}\.\d$/;
/** One to three digits (a regular expression written once: a literal in a function is a new object per call). */
const AGE_DIGITS = /^\d{1,3}$/;
/** Words that open another noun phrase: "a 10 years the patient …" is no age before a person noun. */
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'his',
  'her',
  'their',
  'of',
  'and',
  'or',
  'in',
  'for',
]);

/** An age written in digits or words at token k ("52", "ten", "fifty-two"): value and last token index. */
function ageNumber(toks: readonly Token[], k: number): { value: number; last: number } | undefined {
  const t = toks[k];
  if (!t) return undefined;
  if (t.kind === 'number') {
    // "a 2.5-year-old girl": completed years
    if (HALF_AGE.test(t.norm)) return { value: Math.floor(Number(t.norm)), last: k };
    return AGE_DIGITS.test(t.norm) && Number(t.norm) <= 120 ? { value: Number(t.norm), last: k } : undefined;
  }
  const tens = TENS_WORDS[t.norm];
  if (tens !== undefined) {
    const unit = UNITS_WORDS[toks[k + 1]?.norm ?? ''];
    return unit !== undefined && unit < 10 ? { value: tens + unit, last: k + 1 } : { value: tens, last: k };
  }
  const u = UNITS_WORDS[t.norm];
  return u !== undefined ? { value: u, last: k } : undefined;
}

/** Words before a number that make it a threshold of a group ("over 50 years of age"), not an age. */
const AGE_THRESHOLD: ReadonlySet<string> = new Set([
  'over',
  'under',
  'above',
  'below',
  'than',
  'beyond',
  '>',
  '<',
  '≥',
  '≤',
]);

/**
 * Every spelling of an age (conventions, "Patient"): "52-year-old", "52 years old", "ten years of age",
 * "52 yo", "aged 52", "age 52", "at the age of 52", "woman, 49 years", "Mr T., 74", "76F" / "53 M", "in his
 * fifties" / "in her 60s" / "in his late fifties" (a range; its lower bound is recorded). Hyphens of any
 * kind and non-breaking spaces are already tokenisation details.
 */
function findAge(text: string, all: readonly Token[]): AgeHit | undefined {
  const toks = withoutJoiners(all);
  const raw = (t: Token | undefined) => (t ? text.slice(t.start, t.end) : '');
  for (let k = 0; k < toks.length; k++) {
    const w = toks[k]!.norm;
    // "aged 52", "age 52", "age of 52"
    if (w === 'aged' || w === 'age') {
      // "age of 52", "Age: 52" (a labelled line)
      let j = toks[k + 1]?.norm === 'of' || (w === 'age' && toks[k + 1]?.norm === ':') ? k + 2 : k + 1;
      // "aged about 55 years" (session 25): an approximate age is the age
      if (APPROXIMATELY.has(toks[j]?.norm ?? '')) j++;
      const n = ageNumber(toks, j);
      // "children aged 18 years and younger", "patients aged 40 to 60": a group's age band
      const afterN = n
        ? toks[YEAR_WORDS.has(toks[n.last + 1]?.norm ?? '') ? n.last + 2 : n.last + 1]?.norm
        : undefined;
      // ("aged 4 years and 6 months" is one child's age: the months after "and")
      const andMonths =
        afterN === 'and' &&
        n !== undefined &&
        YEAR_WORDS.has(toks[n.last + 1]?.norm ?? '') &&
        toks[n.last + 3]?.kind === 'number' &&
        /^months?$/.test(toks[n.last + 4]?.norm ?? '');
      const band =
        BAND_PEOPLE.has(toks[k - 1]?.norm ?? '') ||
        (afterN === 'and' && !andMonths) ||
        afterN === 'or' ||
        afterN === 'to';
      if (n && !band && !(w === 'age' && toks[k - 1]?.norm === 'the' && toks[k - 2]?.norm !== 'at'))
        return { age: n.value, first: k, last: n.last };
    }
    // "a female patient of 45 years", "a man of 62 years of age" (session 32: no age read): the age as a person
    // noun's complement, its years written
    // (never a duration: "a patient of 3 years' standing")
    if (w === 'of' && (NOUNS.has(toks[k - 1]?.norm ?? '') || toks[k - 1]?.norm === 'patient')) {
      const n = ageNumber(toks, k + 1);
      if (
        n &&
        YEAR_WORDS.has(toks[n.last + 1]?.norm ?? '') &&
        !/^(?:'|’|standing|duration|history|follow)/.test(toks[n.last + 2]?.norm ?? '')
      )
        return { age: n.value, first: k, last: n.last + 1 };
    }
    // "an octogenarian woman": the decade as a range
    const genarian = own(GENARIAN, w);
    if (genarian !== undefined) return { age: genarian, range: [genarian, genarian + 9], first: k, last: k };
    // "in his fifties", "in her 60s", "in his late fifties"
    if (w === 'in' && ['his', 'her', 'their'].includes(toks[k + 1]?.norm ?? '')) {
      let j = k + 2;
      const q = toks[j]?.norm;
      const shift = q === 'early' ? 0 : q === 'mid' ? 3 : q === 'late' ? 7 : -1;
      if (shift >= 0) j++;
      const d =
        DECADES[toks[j]?.norm ?? ''] ??
        (toks[j]?.kind === 'number' && /^[1-9]0$/.test(toks[j]!.norm) && toks[j + 1]?.norm === 's'
          ? Number(toks[j]!.norm)
          : undefined);
      if (d !== undefined) {
        const lo = d + Math.max(0, shift);
        const hi = shift === 0 ? d + 3 : shift === 3 ? d + 6 : d + 9;
        return { age: lo, range: [lo, hi], first: k, last: toks[j + 1]?.norm === 's' ? j + 1 : j };
      }
    }
    // "in her sixth decade", "a man in the seventh decade of life": the ordinal decade of life as a range
    if (
      w === 'in' &&
      (['his', 'her', 'their'].includes(toks[k + 1]?.norm ?? '') ||
        (toks[k + 1]?.norm === 'the' && NOUNS.has(toks[k - 1]?.norm ?? ''))) &&
      toks[k + 3]?.norm === 'decade'
    ) {
      const d = ORDINAL_DECADE[toks[k + 2]!.norm];
      if (d !== undefined) return { age: d, range: [d, d + 9], first: k, last: k + 3 };
    }
    // "The patient, now 52, …", "Case: 67 years.": an age after "now" between commas, or after a case label
    if (toks[k]!.kind === 'number' && AGE_DIGITS.test(w)) {
      const v = Number(w);
      const next = toks[k + 1]?.norm ?? '';
      if (v >= 1 && v <= 110) {
        if (
          toks[k - 1]?.norm === 'now' &&
          toks[k - 2]?.norm === ',' &&
          (next === ',' || YEAR_WORDS.has(next))
        )
          return { age: v, first: k - 1, last: k };
        // the label may be its own sentence or a heading before this one
        const labelled =
          (toks[k - 1]?.norm === ':' &&
            (toks[k - 2]?.norm === 'case' || toks[k - 2]?.norm === 'patient') &&
            k - 2 <= 1) ||
          (k === 0 && CASE_LABEL_BEFORE.test(text.slice(Math.max(0, toks[k]!.start - 12), toks[k]!.start)));
        if (
          labelled &&
          YEAR_WORDS.has(next) &&
          (toks[k + 2]?.norm === '.' || toks[k + 2]?.norm === ',' || toks[k + 2] === undefined)
        )
          return { age: v, first: k, last: k + 1 };
      }
    }
    // "Mr T., 74", "Ms D. (34)"
    // (session 51 probe: two initials, as a letter's "Re:" line writes them, "Mrs J. D., 72 y", "Mr K. L. (72
    // years)": up to six words and full stops between the title and the comma or bracket)
    if (TITLES.has(w)) {
      for (let j = k + 1; j < Math.min(toks.length, k + 7); j++) {
        if (toks[j]!.norm === ',' || toks[j]!.norm === '(') {
          const n = ageNumber(toks, j + 1);
          // (the number alone or with its unit: "Mrs J. D., 12 Hill Street" is an address)
          const after = toks[(n?.last ?? j) + 1];
          const unit = after !== undefined && YEAR_WORDS.has(after.norm);
          const then = toks[(n?.last ?? j) + (unit ? 2 : 1)];
          const alone = then === undefined || [',', ')', '.', ';'].includes(then.norm);
          if (n && toks[j + 1]!.kind === 'number' && alone)
            return { age: n.value, first: k, last: unit ? n.last + 1 : n.last };
          break;
        }
        if (toks[j]!.kind !== 'word' && toks[j]!.norm !== '.') break;
      }
    }
    // "Age/sex: 45/F": a labelled pair
    if (
      w === 'age' &&
      toks[k + 1]?.norm === '/' &&
      (toks[k + 2]?.norm === 'sex' || toks[k + 2]?.norm === 'gender') &&
      toks[k + 3]?.norm === ':'
    ) {
      const n = ageNumber(toks, k + 4);
      if (n && toks[n.last + 1]?.norm === '/') return { age: n.value, first: k + 4, last: n.last + 2 };
    }
    // "(F/45)", "M/62" opening a note
    if (
      k <= 2 &&
      /^[FM]$/.test(raw(toks[k])) &&
      toks[k + 1]?.norm === '/' &&
      toks[k + 2]?.kind === 'number'
    ) {
      const n = ageNumber(toks, k + 2);
      if (n) return { age: n.value, first: k, last: n.last };
    }
    // "58/F", "Patient: 58/M" opening a note (session 28): the age, then the sex letter
    if (
      (k === 0 || (k <= 3 && toks[k - 1]!.norm === ':')) &&
      toks[k]!.kind === 'number' &&
      toks[k + 1]?.norm === '/' &&
      /^[FM]$/.test(raw(toks[k + 2])) &&
      (toks[k + 3] === undefined || [',', '.', ';', ')', ':'].includes(toks[k + 3]!.norm))
    ) {
      const n = ageNumber(toks, k);
      if (n && n.last === k) return { age: n.value, first: k, last: k + 2 };
    }
    const n = ageNumber(toks, k);
    if (!n) continue;
    // "patients over 50 years of age", "older than 65 years": a threshold, not an age
    if (AGE_THRESHOLD.has(toks[k - 1]?.norm ?? '')) continue;
    const next = toks[n.last + 1]?.norm ?? '';
    const after = toks[n.last + 2]?.norm ?? '';
    // "52 years old", "52-year-old", "ten years of age", "52 yrs"
    // ("twenty years of statin use" is a duration: "of" only with "age")
    if (
      YEAR_WORDS.has(next) &&
      (after === 'old' || after === 'old,' || (after === 'of' && toks[n.last + 3]?.norm === 'age'))
    )
      return { age: n.value, first: k, last: after === 'of' ? n.last + 3 : n.last + 2 };
    // "a 70 years white woman", "an 8 years old-looking boy" without "old": an article, the number, its unit and
    // the person noun after at most two describing words (never a determiner: "for 10 years the patient …")
    // ("Patient: 52-year lady with weakness", "Patient and methods: 41- year gentleman …" (session 26): also
    // after a label's colon or opening the sentence, the person noun right after the unit)
    if (
      YEAR_WORDS.has(next) &&
      (k === 0 || toks[k - 1]?.norm === ':') &&
      NOUNS.has(toks[n.last + 2]?.norm ?? '')
    )
      return { age: n.value, first: k, last: n.last + 2 };
    if (YEAR_WORDS.has(next) && (toks[k - 1]?.norm === 'a' || toks[k - 1]?.norm === 'an')) {
      for (let j = n.last + 2; j <= n.last + 4 && j < toks.length; j++) {
        const t = toks[j]!;
        // "A 69-year Caucasian woman presented at age 63": the age of the presentation, stated after, is hers
        const laterAge = toks
          .slice(j + 1)
          .some((x, i, rest) => x.norm === 'age' && rest[i - 1]?.norm === 'at');
        if (NOUNS.has(t.norm) && !laterAge) return { age: n.value, first: k, last: j };
        if (t.kind !== 'word' || DETERMINERS.has(t.norm) || AGE_FOLLOWERS.has(t.norm)) break;
      }
    }
    // "an 18-month-old boy": completed years; "a 2-year 8-month-old girl": the years before the months
    if ((next === 'month' || next === 'months') && after === 'old' && toks[n.last]!.kind === 'number') {
      const y = toks[k - 1] && YEAR_WORDS.has(toks[k - 1]!.norm) ? ageNumber(toks, k - 2) : undefined;
      if (y && y.last === k - 2) return { age: y.value, first: k - 2, last: n.last + 2 };
      // "a 2 years and 11 months old girl" (session 24: read as 0)
      const ya =
        toks[k - 1]?.norm === 'and' && YEAR_WORDS.has(toks[k - 2]?.norm ?? '')
          ? ageNumber(toks, k - 3)
          : undefined;
      if (ya && ya.last === k - 3) return { age: ya.value, first: k - 3, last: n.last + 2 };
      return { age: Math.floor(n.value / 12), first: k, last: n.last + 2 };
    }
    // "52 yo", "52 y/o", "72 y.o."
    if (
      next === 'yearold' ||
      next === 'yo' ||
      (next === 'y' && (after === '/' || after === '.') && toks[n.last + 3]?.norm === 'o')
    )
      return { age: n.value, first: k, last: n.last + (next === 'y' ? 3 : 1) };
    // "a man of fifty-eight was referred": a number in words after a sex noun and "of" (digits: below)
    if (
      toks[n.last]!.kind !== 'number' &&
      toks[k - 1]?.norm === 'of' &&
      NOUNS.has(toks[k - 2]?.norm ?? '') &&
      n.value >= 1 &&
      (YEAR_WORDS.has(next) || next === ',' || next === '.' || AGE_FOLLOWERS.has(next))
    )
      return { age: n.value, first: k - 2, last: YEAR_WORDS.has(next) ? n.last + 1 : n.last };
    if (toks[n.last]!.kind !== 'number') continue;
    // "Woman, 49 years", "female, 61": a sex noun, a comma and the number; "F, 45," opening a note line
    if (
      toks[k - 1]?.norm === ',' &&
      (NOUNS.has(toks[k - 2]?.norm ?? '') || (k === 2 && /^[FM]$/.test(raw(toks[0])))) &&
      (YEAR_WORDS.has(next) || next === ',' || next === '.' || next === '')
    )
      return { age: n.value, first: k - 2, last: YEAR_WORDS.has(next) ? n.last + 1 : n.last };
    // "62 years, male", "Case: 45 years, woman": the number with its unit, a comma and a sex noun
    if (YEAR_WORDS.has(next) && after === ',' && NOUNS.has(toks[n.last + 3]?.norm ?? ''))
      return { age: n.value, first: k, last: n.last + 3 };
    // "a woman (58 years)", "a man (61)": a sex noun and the number in brackets right after it
    if (
      toks[k - 1]?.norm === '(' &&
      NOUNS.has(toks[k - 2]?.norm ?? '') &&
      n.value >= 1 &&
      n.value <= 110 &&
      (YEAR_WORDS.has(next) ? after === ')' || after === 'old' : next === ')')
    )
      return { age: n.value, first: k - 2, last: YEAR_WORDS.has(next) ? n.last + 1 : n.last };
    // "a woman of 58", "a man of 61 years": a sex noun, "of" and the number
    if (
      toks[k - 1]?.norm === 'of' &&
      NOUNS.has(toks[k - 2]?.norm ?? '') &&
      n.value >= 1 &&
      n.value <= 110 &&
      (YEAR_WORDS.has(next) ||
        next === ',' ||
        next === '.' ||
        next === '' ||
        AGE_FOLLOWERS.has(next) ||
        // "a woman of 61 presented to our clinic" (session 38: no age): any word of a clause after the number, never
        // a unit of weight or height or a range's second number
        (/^[a-z]{2,}$/.test(next) && !NOT_AGE_AFTER.has(next)))
    )
      return { age: n.value, first: k - 2, last: YEAR_WORDS.has(next) ? n.last + 1 : n.last };
    // Telegraphic "76F", "53 M", "69yo M" at the start of a note line
    const sexAt = next === 'yo' ? n.last + 2 : n.last + 1;
    const sx = raw(toks[sexAt]);
    if ((sx === 'F' || sx === 'M') && k <= 2) return { age: n.value, first: k, last: sexAt };
  }
  return undefined;
}

/** Extracted demographics. */
export interface ExtractedPatient {
  age?: number;
  sex: 'female' | 'male' | 'unknown';
  smoking?: 'current' | 'former' | 'never';
  familyHistoryOfCancer?: 'yes' | 'no';
  evidence: SpanEvidence[];
}

/** Adjectives that name a cancer in a family history ("no family history of oncologic disease"). */
const CANCER_ADJECTIVES = new Set(['oncologic', 'oncological', 'malignant', 'neoplastic']);
/** Nouns that make "malignant" no cancer ("malignant hyperthermia", "malignant hypertension", "… arrhythmia"). */
const NOT_CANCER_AFTER = new Set([
  'hyperthermia',
  'hypertension',
  'hyperpyrexia',
  'arrhythmia',
  'arrhythmias',
  'syndrome',
  'otitis',
  'catatonia',
]);

// ("an ex-cigarette smoker", session 30: read as a current smoker)
const SMOKING_RE =
  /\b(never[ \t\u00a0-]{0,2}smok(?:ed|er)|never\s+used\s+tobacco|non[ \t\u00a0-]?smok(?:er|ing)|does not smoke|did not smoke|(?:neither|nor) smok(?:ed|es)|ex[ \t\u00a0-]?(?:(?:heavy|cigarette)[ \t\u00a0-])?smoker|(?:former|previous|past) (?:(?:heavy|light|cigarette|tobacco|pipe|long-?term) )*smoker|quit smoking|stopped smoking|current smoker|active smoker|smokes|smoker|pack[ \t\u00a0-]?years?|smoking|tobacco us(?:e|age)|smoked)\b/i;

/** {@link SMOKING_RE} for every match of a sentence. */
const SMOKING_ALL_RE = new RegExp(SMOKING_RE.source, 'gi');
/**
 * A speed gate of {@link SMOKING_RE}, tried first: each of its readings holds one of these words (its broad
 * leading alternation is tried at every word otherwise). `speed-gates.test.ts` checks it.
 * @internal exported, with the pattern, for the test
 */
export const SMOKING_GATE_RE = /smok|tobacco|pack/i;
export { SMOKING_RE };

/** The end of a smoking history told right after it ("… smoking until 2015", "…, which he quit 10 years ago"). */
const SMOKING_ENDED_RE =
  /^[^.;]{0,25}?\b(?:until|till|up to|(?:which|that)\s+(?:he|she|they)\s+(?:had\s+)?(?:stopped|quit|ceased|gave up))\b/i;
/**
 * A smoker told in the past with its end (a past-perfect smoker whose habit ended "in the past" or "until …", session 31: read as a current smoker).
 */
const SMOKER_ENDED_RE =
  /^[^.;]{0,40}?\b(?:in the (?:distant |remote )?past|until|till|(?:he|she) (?:quit|stopped|gave up))\b/i;

/** The end of a habit told after the verb "smoked" ("had smoked for years, stopping in 2015", "smoked until …"). */
const SMOKED_ENDED_RE =
  /^[^.;]{0,50}?\b(?:until|till|stopping|stopped|quitting|quit|giving up|gave up|ceasing|ceased)\b/i;

function smokingStatus(m: string): 'current' | 'former' | 'never' {
  const k = m.toLowerCase();
  // ("he neither smoked nor drank", "she neither drank nor smoked": session 38)
  if (/never|non|not smoke|neither|nor/.test(k)) return 'never';
  if (/ex|former|previous|past|quit|stopped/.test(k)) return 'former';
  return 'current';
}

/**
 * "The mother of a healthy 10-year-old girl brings her child …": the relative is the subject, the child named
 * by "of" is the patient whose age is given.
 */
function childOfRelative(toks: readonly Token[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 4); k--) {
    if (toks[k]!.norm === 'of') return PARENTS.has(toks[k - 1]?.norm ?? '');
    if (toks[k]!.norm === '.' || toks[k]!.norm === ',') return false;
  }
  return false;
}

/** Relatives who bring a child to the clinic. */
const PARENTS = new Set([
  'mother',
  'father',
  'parents',
  'parent',
  'mom',
  'mum',
  'dad',
  'grandmother',
  'guardian',
]);

/** Words of the body (muscles, limbs, skin) a possessive pronoun can stand before. */
const BODY = new Set([
  'muscle',
  'muscles',
  'arm',
  'arms',
  'leg',
  'legs',
  'hand',
  'hands',
  'face',
  'eyelids',
  'eyes',
  'neck',
  'chest',
  'back',
  'trunk',
  'shoulder',
  'shoulders',
  'hip',
  'hips',
  'thigh',
  'thighs',
  'limbs',
  'extremities',
  'extremity',
  'skin',
  'fingers',
  'knees',
  'elbows',
  'body',
  'scalp',
  'feet',
  'forearms',
]);
/** The patient's own complaints a possessive can stand before ("his pulmonary symptoms abated"). */
const COMPLAINTS = new Set([
  'symptoms',
  'symptom',
  'weakness',
  'rash',
  'rashes',
  'complaints',
  'ulcers',
  'lesions',
]);

/**
 * "his proximal muscle groups", "her left arm", "her upper and lower limbs", "his pulmonary symptoms": a part of
 * the body or a complaint within four words after a possessive (not a lab: "his CK was high" alone leaves the
 * sex open).
 */
function bodyAfter(tokens: readonly { norm: string }[], k: number): boolean {
  for (let j = k + 1; j <= k + 4 && j < tokens.length; j++) {
    const w = tokens[j]!.norm;
    if (BODY.has(w) || COMPLAINTS.has(w)) return true;
    if (!/^[a-z]+$/.test(w)) return false;
  }
  return false;
}

/** The patient's own clinicians ("referred by her rheumatologist", "his GP"). */
const CLINICIANS: ReadonlySet<string> = new Set([
  'gp',
  'physician',
  'doctor',
  'rheumatologist',
  'dermatologist',
  'neurologist',
  'oncologist',
  'pulmonologist',
  'internist',
  'practitioner',
]);

/**
 * "her mother", "his 35-year-old son", "referred by her rheumatologist": a relative or the patient's own clinician
 * within four words (hyphens aside) after a possessive.
 */
function relativeAfter(tokens: readonly { norm: string }[], k: number): boolean {
  for (let j = k + 1, words = 0; words < 4 && j < tokens.length; j++) {
    if (tokens[j]!.norm !== '-') words++;
    const w = tokens[j]!.norm;
    if (RELATIVES.has(w) || CLINICIANS.has(w)) return true;
    if (!/^[a-z0-9]+$/.test(w) && w !== '-') return false;
  }
  return false;
}

/** Verbs (and adverbs before a verb) that make "she"/"he" before them the clause's subject. */
const SUBJECT_VERB_AFTER: ReadonlySet<string> = new Set([
  'had',
  'has',
  'was',
  'is',
  'noticed',
  'developed',
  'presented',
  'reported',
  'complained',
  'underwent',
  'received',
  'denied',
  'began',
  'started',
  'experienced',
  'showed',
  'required',
  'remained',
  'improved',
  'also',
  'then',
  'first',
  'still',
  'later',
]);

/**
 * Extracts age and sex.
 * @param doc - the analysed document
 */
export function extractPatient(doc: Doc): ExtractedPatient {
  const out: ExtractedPatient = { sex: 'unknown', evidence: [] };
  // an age read as a range ("an octogenarian") is refined by an exact age inside it stated later ("an 82
  // year-old male")
  let rangeOnly: readonly [number, number] | undefined;
  for (const s of doc.sentences) {
    if (!isCaseSentence(s) || (out.age !== undefined && !rangeOnly)) continue;
    const text = doc.text;
    const hit = findAge(text, s.tokens);
    if (!hit) continue;
    const toks = withoutJoiners(s.tokens);
    const first = toks[hit.first]!;
    const last = toks[hit.last]!;
    const ti = s.tokens.indexOf(first);
    const a = s.assert(ti, ti + 1);
    if (a.experiencer === 'other' && !childOfRelative(toks, hit.first)) continue;
    // "her 80-year-old mother": the age of a relative — but "a 38-year-old mother of two" is the patient
    const rel = toks.slice(hit.last + 1, hit.last + 3).findIndex((t) => RELATIVES.has(t.norm));
    const relTok = rel >= 0 ? toks[hit.last + 1 + rel] : undefined;
    const selfRole =
      relTok !== undefined &&
      ['a', 'an'].includes(toks[hit.first - 1]?.norm ?? '') &&
      toks[toks.indexOf(relTok) + 1]?.norm === 'of';
    if (relTok && !selfRole) continue;
    if (relTok && selfRole && ROLE_SEX[relTok.norm]) {
      out.sex = ROLE_SEX[relTok.norm]!;
      out.evidence.push(evidence(doc.text, [relTok], 'patient', 'sex-beside-age'));
    }
    if (rangeOnly) {
      if (!hit.range && hit.age >= rangeOnly[0] && hit.age <= rangeOnly[1]) {
        out.age = hit.age;
        out.evidence.push(evidence(doc.text, [{ start: first.start, end: last.end }], 'patient', 'age'));
        rangeOnly = undefined;
      }
      continue;
    }
    out.age = hit.age;
    rangeOnly = hit.range;
    out.evidence.push(
      evidence(
        doc.text,
        [{ start: first.start, end: last.end }],
        'patient',
        hit.range ? { code: 'age-range', params: { low: hit.range[0], high: hit.range[1] } } : 'age',
      ),
    );
    // Sex from a noun or title beside the age, or a telegraphic "F" / "M" right after it.
    const near = [
      ...toks.slice(Math.max(0, hit.first - 3), hit.first),
      ...toks.slice(hit.first, hit.last + 10),
    ].find(
      (t) =>
        (NOUNS.has(t.norm) && writtenAsTitle(doc.text, t)) ||
        // "a 61-year old women", "a men of 54 y.o." (session 33: no sex): the plural beside one patient's age
        t.norm === 'women' ||
        t.norm === 'men' ||
        obstetricFormula(doc.text, t) ||
        ((t.norm === 'f' || t.norm === 'm') && /^[FM]$/.test(doc.text.slice(t.start, t.end))),
    );
    if (near) {
      out.sex =
        FEMALE.has(near.norm) ||
        near.norm === 'f' ||
        near.norm === 'women' ||
        obstetricFormula(doc.text, near)
          ? 'female'
          : 'male';
      out.evidence.push(evidence(doc.text, [near], 'patient', 'sex-beside-age'));
    }
  }
  // A labelled line: "Sex: M", "Gender: F" (a sex written out, "Sex: female", is a noun and read below).
  if (out.sex === 'unknown')
    for (const s of doc.sentences) {
      if (!isCaseSentence(s)) continue;
      const i = s.tokens.findIndex(
        (t, k) =>
          (t.norm === 'sex' || t.norm === 'gender') &&
          s.tokens[k + 1]?.norm === ':' &&
          /^[MF]$/.test(doc.text.slice(s.tokens[k + 2]?.start ?? 0, s.tokens[k + 2]?.end ?? 0)),
      );
      if (i < 0) continue;
      const v = s.tokens[i + 2]!;
      out.sex = doc.text.slice(v.start, v.end) === 'F' ? 'female' : 'male';
      out.evidence.push(evidence(doc.text, [s.tokens[i]!, v], 'patient', 'sex-noun'));
      break;
    }
  // Sex from the first noun or title naming the patient ("an elderly lady", "the gentleman", "Ms D").
  if (out.sex === 'unknown')
    for (const s of doc.sentences) {
      if (!isCaseSentence(s)) continue;
      const i = s.tokens.findIndex(
        (t, k) =>
          NOUNS.has(t.norm) &&
          writtenAsTitle(doc.text, t) &&
          s.tokens[k + 1]?.norm !== 'sex' &&
          !sexRatio(s.tokens, k),
      );
      if (i < 0) continue;
      const a = s.assert(i, i + 1);
      if (a.experiencer === 'other') continue;
      out.sex = FEMALE.has(s.tokens[i]!.norm) ? 'female' : 'male';
      out.evidence.push(evidence(doc.text, [s.tokens[i]!], 'patient', 'sex-noun'));
      break;
    }
  // Smoking and family history of cancer. A family-history statement is read in the patient's sentences,
  // family sections, and sentences that are general only for want of a patient cue ("There is no family
  // history of malignancy" in a discussion); never in definitions, cohorts or cited cases.
  for (const s of doc.sentences) {
    const who = s.attribution;
    const familyOk =
      who.subject === 'patient' ||
      who.subject === 'relative' ||
      (who.subject === 'general' && (who.reason === 'literature-section' || who.reason === 'no-patient-cue'));
    if (!familyOk) continue;
    const text = doc.text.slice(s.start, s.end);
    if (!out.smoking && who.subject === 'patient') {
      // ("a remote 20-pack-year history of cigarette smoking": the smoking after the pack-years, session 26)
      SMOKING_ALL_RE.lastIndex = 0;
      let m: RegExpExecArray | null = null;
      for (
        let x = SMOKING_GATE_RE.test(text) ? SMOKING_ALL_RE.exec(text) : null;
        x;
        x = SMOKING_ALL_RE.exec(text)
      )
        if (
          !/pack/i.test(x[1]!) &&
          // (the verb "smoked" only with the habit's end told after it)
          !(
            /^smoked$/i.test(x[1]!) &&
            !SMOKED_ENDED_RE.test(text.slice(x.index + x[0].length, x.index + x[0].length + 60))
          )
        ) {
          m = x;
          break;
        }
      if (m) {
        const ti = s.tokens.findIndex((t) => t.start >= s.start + m.index);
        const a = ti >= 0 ? s.assert(ti, ti + 1) : undefined;
        // "no history of alcoholism, smoking or drug use", "denies smoking": a negated bare "smoking" is a
        // never-smoker; an affirmed one says nothing of when
        const bare = /^(?:smoking|tobacco us(?:e|age))$/i.test(m[1]!);
        // "a long history of cigarette smoking until two years before …", "smoking, which he stopped in 2015": an
        // affirmed bare smoking with its end told after it is a former smoker
        // "a remote history of smoking" (session 26): a history told as remote has ended
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
        // "she had smoked for three decades, giving up a year before …" (session 38: lost): the verb alone
        // says nothing of when; with the habit's end told after it, a former smoker
        const verb = /^smoked$/i.test(m[1]!);
        const verbOpen = verb && (a === undefined || a.negated || !SMOKED_ENDED_RE.test(after));
        const ended =
          verb ||
          (a !== undefined &&
            !a.negated &&
            ((bare &&
              (SMOKING_ENDED_RE.test(after) ||
                /\bremote\b[^.;]{0,40}$/i.test(text.slice(Math.max(0, m.index - 45), m.index)))) ||
              (/^smoker$/i.test(m[1]!) &&
                /\bhad been (?:an? )?(?:[\w-]+ )?$/i.test(text.slice(Math.max(0, m.index - 30), m.index)) &&
                SMOKER_ENDED_RE.test(after))));
        // "denied being a smoker", "is not a smoker": a denied smoker is a never-smoker (session 18: it was read as a
        // current one); a denied "current smoker" says nothing of the past, so it is left unstated
        const deniedSmoker =
          !bare && a !== undefined && a.negated && !a.resolved && smokingStatus(m[1]!) === 'current';
        const deniedNow = deniedSmoker && /current|active/i.test(m[1]!);
        if (
          a &&
          a.experiencer === 'patient' &&
          !deniedNow &&
          !verbOpen &&
          (!bare || ended || (a.negated && !a.resolved))
        ) {
          out.smoking = ended ? 'former' : bare || deniedSmoker ? 'never' : smokingStatus(m[1]!);
          out.evidence.push(
            evidence(
              doc.text,
              [{ start: s.start + m.index, end: s.start + m.index + m[0].length }],
              'patient',
              { code: 'smoking', params: { status: out.smoking } },
            ),
          );
        }
      }
    }
    if (out.familyHistoryOfCancer !== 'yes') {
      // "no family history of oncologic or renal disease" (session 24): an adjective of cancer
      // names a cancer as well as the noun
      const cancerWords: { tokenStart: number; tokenEnd: number; start: number; end: number }[] = [];
      s.tokens.forEach((t, i) => {
        // (not "malignant hyperthermia", "malignant hypertension", session 31: read as a family history of cancer)
        if (CANCER_ADJECTIVES.has(t.norm) && !NOT_CANCER_AFTER.has(s.tokens[i + 1]?.norm ?? ''))
          cancerWords.push({ tokenStart: i, tokenEnd: i + 1, start: t.start, end: t.end });
      });
      const named = [...s.mentions.filter((m) => m.concept.kind === 'histology'), ...cancerWords];
      // "Her husband had been treated for bladder cancer" (session 34: a family history of cancer): a spouse is no
      // blood relative, so a sentence naming only a spouse says nothing of the family history
      const spouseOnly =
        named.length > 0 &&
        s.tokens.some((t) => SPOUSES.has(t.norm)) &&
        !s.tokens.some((t) => RELATIVES.has(t.norm) && !SPOUSES.has(t.norm));
      for (const m of spouseOnly ? [] : named) {
        const a = s.assert(m.tokenStart, m.tokenEnd);
        if (a.experiencer !== 'other' && who.subject !== 'relative') continue;
        if (a.temporality === 'hypothetical') continue;
        out.familyHistoryOfCancer = a.negated && !a.resolved ? 'no' : 'yes';
        out.evidence.push(
          evidence(doc.text, [m], 'patient', {
            code: 'family-history-of-cancer',
            params: { value: out.familyHistoryOfCancer },
          }),
        );
        if (out.familyHistoryOfCancer === 'yes') break;
      }
    }
  }
  if (out.sex === 'unknown') {
    let f = 0;
    let m = 0;
    let firstF: { start: number; end: number } | undefined;
    let firstM: { start: number; end: number } | undefined;
    // subject pronouns opening a case sentence ("She was started on …"), possessives before the patient's body
    // ("weakness in his proximal muscle groups", "a rash on her hands")
    let openF = 0;
    let openM = 0;
    for (const s of doc.sentences) {
      if (!isCaseSentence(s)) continue;
      // the subject opening the sentence, or a clause after a semicolon ("… was admitted; she had …")
      // or after a fronted phrase and its comma with no person before it ("Aged 45 years, she presented …")
      let fronted = true;
      s.tokens.forEach((t, k) => {
        const opens =
          k === 0 ||
          s.tokens[k - 1]!.norm === ';' ||
          (fronted && s.tokens[k - 1]!.norm === ',') ||
          // "On examination she had …", "In 2019 he noticed …" (session 23): the subject of a verb after a fronted
          // phrase without a comma, no person named before it
          (fronted && SUBJECT_VERB_AFTER.has(s.tokens[k + 1]?.norm ?? ''));
        if (FEMALE.has(t.norm) || MALE.has(t.norm) || RELATIVES.has(t.norm)) fronted = false;
        if (!opens) return;
        if (t.norm === 'she') openF++;
        else if (t.norm === 'he') openM++;
      });
      s.tokens.forEach((t, k) => {
        // before the patient's body, or her relative ("her 80-year-old mother", "his wife")
        if ((t.norm !== 'his' && t.norm !== 'her') || !(bodyAfter(s.tokens, k) || relativeAfter(s.tokens, k)))
          return;
        if (t.norm === 'her') openF++;
        else openM++;
      });
      for (const [k, t] of s.tokens.entries()) {
        // "HER-2 status", "HER-2/neu" (session 25: counted as "her"): the receptor, not a pronoun
        if (t.norm === 'her' && herReceptor(s.tokens, k)) continue;
        if (!writtenAsTitle(doc.text, t)) continue;
        if (FEMALE.has(t.norm)) {
          f++;
          firstF ??= t;
        } else if (MALE.has(t.norm)) {
          m++;
          firstM ??= t;
        }
      }
    }
    // Pronouns: two or more of one sex and none of the other, or three to one; or a single pronoun of one
    // sex, none of the other, when it is the subject opening a sentence about the patient ("She was …") or
    // a possessive before a part of the patient's body ("his proximal muscle groups").
    if (((f >= 2 && m === 0) || (f >= 3 && f >= 3 * m) || (f === 1 && m === 0 && openF === 1)) && firstF) {
      out.sex = 'female';
      out.evidence.push(
        evidence(doc.text, [firstF], 'patient', {
          code: 'sex-from-pronouns',
          params: { female: f, male: m },
        }),
      );
    } else if (
      ((m >= 2 && f === 0) || (m >= 3 && m >= 3 * f) || (m === 1 && f === 0 && openM === 1)) &&
      firstM
    ) {
      out.sex = 'male';
      out.evidence.push(
        evidence(doc.text, [firstM], 'patient', {
          code: 'sex-from-pronouns',
          params: { female: f, male: m },
        }),
      );
    }
  }
  return out;
}

/** Whether "her" at token k is the receptor HER-2 ("HER-2", "HER 2", "HER-2/neu"), not a pronoun. */
function herReceptor(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1]?.norm === '-' ? tokens[k + 2] : tokens[k + 1];
  return next?.norm === '2' || next?.norm === 'neu';
}
