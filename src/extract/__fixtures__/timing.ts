/**
 * Growth-ratio timing for linear-time tests: time(4n) / time(n), best of several runs, so the check
 * does not depend on absolute machine speed. Linear code gives about 4; quadratic about 16.
 * @module
 */

/**
 * Measures how the run time grows from n to 4n.
 * @param make - builds an input of size n
 * @param run - the function under test
 * @param n - base size
 */
export function growthRatio(make: (n: number) => string, run: (s: string) => unknown, n: number): number {
  const small = make(n);
  const big = make(4 * n);
  const best = (s: string) => {
    let b = Infinity;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      run(s);
      b = Math.min(b, performance.now() - t0);
    }
    return Math.max(b, 0.05);
  };
  best(small);
  return best(big) / best(small);
}
