/**
 * A tiny benchmark harness: runs a function repeatedly for a time budget after a warm-up and reports
 * operations per second. Comparisons are made against a baseline measured in the same run.
 * @module
 */

/** Result of one measurement. */
export interface Measurement {
  opsPerSecond: number;
  iterations: number;
  seconds: number;
}

/**
 * Measures how many times per second `fn` runs.
 * @param fn - the operation (its return value is kept to defeat dead-code elimination)
 * @param budgetMs - time to measure for
 */
export function measure(fn: () => unknown, budgetMs = 1500): Measurement {
  let sink: unknown;
  const warmEnd = performance.now() + Math.min(300, budgetMs / 4);
  while (performance.now() < warmEnd) sink = fn();
  let iterations = 0;
  const start = performance.now();
  let now = start;
  const end = start + budgetMs;
  while (now < end) {
    for (let i = 0; i < 50; i++) sink = fn();
    iterations += 50;
    now = performance.now();
  }
  if (sink === Symbol.for('never')) console.log(sink);
  const seconds = (now - start) / 1000;
  return { opsPerSecond: iterations / seconds, iterations, seconds };
}

/** Median of numbers. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
