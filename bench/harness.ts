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

/**
 * Like {@link measure}, on the process's CPU time (user + system) instead of the wall clock, after a warm-up
 * of `warmRuns` calls (so that slow operations are optimised by the JIT before they are timed). On a machine
 * shared with other jobs, CPU time is far less disturbed than elapsed time; ratios of two CPU-time
 * measurements of the same run are the figures to read.
 * @param fn - the operation
 * @param budgetMs - CPU time to measure for
 * @param warmRuns - calls before measuring
 */
export function measureCpu(fn: () => unknown, budgetMs = 1500, warmRuns = 30): Measurement {
  let sink: unknown;
  for (let i = 0; i < warmRuns; i++) sink = fn();
  const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;
  const start = process.cpuUsage();
  let iterations = 0;
  let used = 0;
  while (used < budgetMs) {
    for (let i = 0; i < 5; i++) sink = fn();
    iterations += 5;
    used = cpuMs(process.cpuUsage(start));
  }
  if (sink === Symbol.for('never')) console.log(sink);
  return { opsPerSecond: iterations / (used / 1000), iterations, seconds: used / 1000 };
}
