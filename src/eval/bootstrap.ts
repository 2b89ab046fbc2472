/**
 * How far an F1 measured on a few dozen cases can be trusted: a percentile bootstrap over cases. The cases
 * are drawn again with replacement (as many as there are), their counts summed and F1 recomputed, many
 * times; the 2.5th and 97.5th percentiles of those F1 values are the 95 % interval. Cases, not facts, are
 * resampled, because the facts of one case are not independent (one text read badly misses several).
 * Seeded, so a run prints the same interval every time.
 * @module
 */
import { Rng } from '../core/rng.js';
import { addCounts, f1Score, type Counts } from './score.js';

/** Resamples of {@link bootstrapF1} (the percentiles of 2,000 resamples move by about ±0.005). */
export const BOOTSTRAP_ROUNDS = 2000;

/**
 * The 95 % percentile-bootstrap interval of the pooled F1 of some cases.
 * @param cases - each case's counts (true positives, false positives, false negatives)
 * @param rounds - resamples (default {@link BOOTSTRAP_ROUNDS})
 * @param seed - seed of the resampling
 * @returns `[low, high]` rounded to three decimals, or undefined for no case
 */
export function bootstrapF1(
  cases: readonly Counts[],
  rounds = BOOTSTRAP_ROUNDS,
  seed = 0x5eed,
): [number, number] | undefined {
  const n = cases.length;
  if (n === 0) return undefined;
  const rng = new Rng(seed);
  const f1s = new Float64Array(rounds);
  for (let r = 0; r < rounds; r++) {
    const sum = { tp: 0, fp: 0, fn: 0 };
    for (let k = 0; k < n; k++) addCounts(sum, cases[rng.int(0, n - 1)]!);
    f1s[r] = f1Score(sum);
  }
  f1s.sort();
  const at = (q: number) => f1s[Math.min(rounds - 1, Math.max(0, Math.round(q * (rounds - 1))))]!;
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return [r3(at(0.025)), r3(at(0.975))];
}
