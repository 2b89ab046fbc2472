/**
 * Settings shared by the fuzz and property suites (`test/fuzz/`): every run is seeded, so a failure is
 * reproduced by the same `npm test`; the number of runs is small enough for a few seconds in total.
 * A deeper search: `HELIOTROPE_FUZZ_SEED=<n> HELIOTROPE_FUZZ_SCALE=20 npx vitest run test/fuzz`.
 * @module
 */
import type { Parameters } from 'fast-check';

const seed = Number(process.env.HELIOTROPE_FUZZ_SEED ?? 20_151);
const scale = Number(process.env.HELIOTROPE_FUZZ_SCALE ?? 1);

/** Test timeout (ms): the default scaled with the number of runs. */
export const FUZZ_TIMEOUT = 20_000 * Math.max(1, scale);

/** fast-check parameters for a property: the shared seed and `runs` × the scale. */
export function fuzz<T>(runs: number): Parameters<T> {
  return { seed, numRuns: Math.max(1, Math.round(runs * scale)) };
}

export { nonFinitePaths, spansIn } from '../values.js';
