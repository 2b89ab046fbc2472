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

/** Paths of every number in a value that is NaN or ±Infinity (an iterative walk). */
export function nonFinitePaths(root: unknown): string[] {
  const out: string[] = [];
  const stack: [unknown, string][] = [[root, '']];
  while (stack.length) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) out.push(path);
    } else if (Array.isArray(v)) v.forEach((x, i) => stack.push([x, `${path}[${i}]`]));
    else if (v !== null && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) stack.push([x, path ? `${path}.${k}` : k]);
  }
  return out;
}

/** Every object with numeric `start` and `end` (an evidence span or a section) anywhere in a value. */
export function spansIn(root: unknown): { start: number; end: number; text?: unknown }[] {
  const out: { start: number; end: number; text?: unknown }[] = [];
  const stack: unknown[] = [root];
  while (stack.length) {
    const v = stack.pop();
    if (Array.isArray(v)) stack.push(...v);
    else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.start === 'number' && typeof o.end === 'number')
        out.push(o as { start: number; end: number; text?: unknown });
      stack.push(...Object.values(o));
    }
  }
  return out;
}
