/**
 * Counts written as words in narratives ("six cycles", "two months later", "a few days"), read the same way
 * by every extractor.
 * @module
 */
import { own } from '../core/lookup.js';

/** Exact number words (one … twelve). */
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
};

/** Vague counts and the value each is read as (all approximate). */
export const VAGUE_COUNTS: Readonly<Record<string, number>> = {
  'a couple of': 2,
  few: 3,
  'a few': 3,
  several: 3,
};

/** A regular-expression alternation of every count this module reads (digits first). */
export const COUNT_PATTERN = String.raw`(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|few|several|a couple of|a)`;

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
  const k = text.trim().toLowerCase();
  if (/^\d+$/.test(k)) return { value: Number(k), approximate: false };
  const word = own(NUMBER_WORDS, k);
  if (word !== undefined) return { value: word, approximate: false };
  if (k === 'a' || k === 'an') return { value: 1, approximate: false };
  const loose = own(vague, k);
  if (loose !== undefined) return { value: loose, approximate: true };
  return undefined;
}
