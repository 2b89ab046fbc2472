/**
 * Spelling suggestions: edit distance and the closest known id, for "did you mean …?" messages.
 * @module
 */

/**
 * Levenshtein edit distance (insertions, deletions, substitutions).
 * @param a - first string
 * @param b - second string
 */
export function levenshtein(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length]!;
}

/**
 * Known ids close to a mistyped one: those containing it (or contained in it) or within 3 edits, nearest
 * first (ties keep the candidates' order).
 * @param id - the unknown id
 * @param known - the known ids
 */
export function closestIds(id: string, known: readonly string[]): string[] {
  const k = id.trim().toLowerCase();
  return known
    .map((c, i) => ({ c, i, d: levenshtein(c, k), sub: c.includes(k) || k.includes(c) }))
    .filter((x) => x.sub || x.d <= 3)
    .sort((x, y) => x.d - y.d || x.i - y.i)
    .map((x) => x.c);
}
