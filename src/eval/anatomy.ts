/**
 * What a missed antibody or lab result is made of, for `npm run eval:cases -- --breakdown`: was the antibody or
 * analyte named in the text in a form the names table (`src/core/names.ts`) knows, and, for a lab, was its
 * value written there? A miss whose name and value are both in the text is a construction the extractor did not
 * read; a miss whose name is not there in any known form is vocabulary. Only counts leave this module (no item,
 * value or text), so a test half can be reported this way without reading its items. Pure.
 * @module
 */
import {
  ANALYTE_NAMES,
  ANTIBODY_NAMES,
  canonicalAnalyte,
  canonicalAntibody,
  lowerSpelledGreek,
  type NameEntry,
} from '../core/names.js';
import type { Miss } from './score.js';

/**
 * Whose sentence names a missed result: one the extractor reads as the patient's case (`case`: a construction it
 * did not read), one it gives another subject (`other-subject`: the disease in general, a cohort, a cited case, a
 * relative), or one whose section it does not read for the case (`section`: an abstract restating a case section,
 * an introduction, a discussion). Each named miss is counted once, at the first of these that holds it.
 */
export type SentenceReading = 'case' | 'other-subject' | 'section';

/** A sentence's offsets and {@link SentenceReading}. */
export interface ReadSentence {
  start: number;
  end: number;
  reading: SentenceReading;
}

/** Named misses counted by the reading of the sentences that name them (`apart`: name and value never in one). */
export interface WhereNamed {
  case: number;
  'other-subject': number;
  section: number;
  apart: number;
}

/** Missed results counted by what the text holds of them. */
export interface MissAnatomy {
  /**
   * Where the named misses stand (antibodies named; labs named with their value, or qualitative and named — the
   * labs' `apart` counts only the ones with a value):
   * counted only when the sentences are given to {@link missAnatomy}.
   */
  where: { antibodies: WhereNamed; labs: WhereNamed };
  antibodies: { named: number; notNamed: number };
  labs: {
    /** A lab with a value: the analyte named and the value written in the text. */
    namedWithValue: number;
    /** A lab with a value: the analyte named, the value not found as written. */
    namedValueNotFound: number;
    /** A lab with a value: the analyte not named in any form the table knows. */
    notNamed: number;
    /** A qualitative lab ("CK elevated"): the analyte named, or not. */
    qualitativeNamed: number;
    qualitativeNotNamed: number;
  };
}

/** An empty tally. */
export function emptyAnatomy(): MissAnatomy {
  const where = (): WhereNamed => ({ case: 0, 'other-subject': 0, section: 0, apart: 0 });
  return {
    where: { antibodies: where(), labs: where() },
    antibodies: { named: 0, notNamed: 0 },
    labs: {
      namedWithValue: 0,
      namedValueNotFound: 0,
      notNamed: 0,
      qualitativeNamed: 0,
      qualitativeNotNamed: 0,
    },
  };
}

/** Adds one tally to another. */
export function addAnatomy(into: MissAnatomy, a: MissAnatomy): void {
  for (const k of Object.keys(into.antibodies) as (keyof MissAnatomy['antibodies'])[])
    into.antibodies[k] += a.antibodies[k];
  for (const k of Object.keys(into.labs) as (keyof MissAnatomy['labs'])[]) into.labs[k] += a.labs[k];
  for (const g of ['antibodies', 'labs'] as const)
    for (const k of Object.keys(into.where[g]) as (keyof WhereNamed)[]) into.where[g][k] += a.where[g][k];
}

/** The order in which a named miss's sentences are looked at: the case first. */
const READINGS: readonly SentenceReading[] = ['case', 'other-subject', 'section'];

/** A sentence's reading with its text in the words and numbers forms the look-ups compare. */
interface SentenceForms {
  reading: SentenceReading;
  words: string;
  numbers: string;
}

/**
 * The first reading (in {@link READINGS} order) of a sentence that `holds` the miss, or `apart`.
 * @param sentences - the text's sentences, in their forms
 * @param holds - whether a sentence holds the miss (its name, and its value when it has one)
 */
function whereNamed(
  sentences: readonly SentenceForms[],
  holds: (sentence: SentenceForms) => boolean,
): keyof WhereNamed {
  const found = new Set<SentenceReading>();
  for (const s of sentences) if (!found.has(s.reading) && holds(s)) found.add(s.reading);
  return READINGS.find((r) => found.has(r)) ?? 'apart';
}

/** Letters and digits only, Greek letters spelled out, one space between words, padded with spaces. */
function wordsForm(s: string): string {
  return ` ${lowerSpelledGreek(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
}

/** Every written form of a table entry (the canonical name, its terms and its field-only abbreviations). */
function formsOf(e: NameEntry): string[] {
  return [e.name, ...e.terms, ...(e.fieldOnly ?? []), ...(e.panelOnly ?? []), ...(e.valueOnly ?? [])]
    .map(wordsForm)
    .filter((f) => f.trim().length > 0);
}

/** True when the text (in words form) holds one of the forms. */
const namedIn = (text: string, forms: readonly string[]) => forms.some((f) => text.includes(f));

/** The table entry whose canonical name is the item's first words (the longest that fits), for a lab item. */
function analyteEntry(item: string): { entry: NameEntry | undefined; rest: string } {
  let best: NameEntry | undefined;
  for (const e of ANALYTE_NAMES)
    if (item.startsWith(`${e.name} `) && (!best || e.name.length > best.name.length)) best = e;
  if (best) return { entry: best, rest: item.slice(best.name.length + 1) };
  // a gold analyte outside the table: its own name, up to the first value or interpretation word
  const sp = item.indexOf(' ');
  const name = sp < 0 ? item : item.slice(0, sp);
  const canonical = canonicalAnalyte(name);
  return {
    entry: ANALYTE_NAMES.find((e) => e.name === canonical),
    rest: sp < 0 ? '' : item.slice(sp + 1),
  };
}

/** The numbers of a text with thousands separators (comma, space, thin space, apostrophe) taken out. */
function numbersForm(text: string): string {
  return ` ${text.replace(/(\d)[,\u2009\u202f' ](?=\d{3}(?!\d))/g, '$1')} `;
}

/** True when the number is written in the text as a number of its own (not inside a longer one). */
function valueIn(numbers: string, value: string): boolean {
  const alt = value.includes('.') ? [value, value.replace('.', ',')] : [value];
  return alt.some((v) => new RegExp(`(?<![\\d.,])${v.replace('.', '[.]')}(?![\\d]|[.,]\\d)`).test(numbers));
}

/**
 * Counts the missed antibodies and labs of one case by what its text holds of them.
 * @param text - the case text
 * @param misses - the case's disagreements (see `scoreCase`); only misses (`fn`) of antibodies and labs count
 * @param sentences - the text's sentences as the extractor reads them; when given, the named misses are also
 *   counted by where they stand ({@link MissAnatomy.where})
 */
export function missAnatomy(
  text: string,
  misses: readonly Miss[],
  sentences?: readonly ReadSentence[],
): MissAnatomy {
  const out = emptyAnatomy();
  const words = wordsForm(text);
  const numbers = numbersForm(text);
  // (each sentence put in both forms once, for every miss of the case)
  const sentenceForms = sentences?.map((s): SentenceForms => {
    const t = text.slice(s.start, s.end);
    return { reading: s.reading, words: wordsForm(t), numbers: numbersForm(t) };
  });
  for (const m of misses) {
    if (m.kind !== 'fn') continue;
    if (m.group === 'antibodies' && !m.item.startsWith('panel: ')) {
      const key = canonicalAntibody(m.item);
      const entry = ANTIBODY_NAMES.find((e) => canonicalAntibody(e.name) === key);
      const forms = entry ? formsOf(entry) : [wordsForm(m.item)];
      if (namedIn(words, forms)) {
        out.antibodies.named++;
        if (sentenceForms) out.where.antibodies[whereNamed(sentenceForms, (x) => namedIn(x.words, forms))]++;
      } else out.antibodies.notNamed++;
    } else if (m.group === 'labs') {
      const { entry, rest } = analyteEntry(m.item);
      const forms = entry ? formsOf(entry) : [wordsForm(m.item.split(' ')[0] ?? '')];
      const named = namedIn(words, forms);
      const value = /^[<>≤≥]?=?\s*(\d+(?:\.\d+)?)/.exec(rest)?.[1];
      const where = (withValue: boolean) => {
        if (sentenceForms)
          out.where.labs[
            whereNamed(
              sentenceForms,
              (x) => namedIn(x.words, forms) && (!withValue || valueIn(x.numbers, value!)),
            )
          ]++;
      };
      if (value === undefined) {
        if (named) {
          out.labs.qualitativeNamed++;
          where(false);
        } else out.labs.qualitativeNotNamed++;
      } else if (!named) out.labs.notNamed++;
      else if (valueIn(numbers, value)) {
        out.labs.namedWithValue++;
        where(true);
      } else out.labs.namedValueNotFound++;
    }
  }
  return out;
}
