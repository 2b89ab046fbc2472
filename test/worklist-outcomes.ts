/**
 * Test helper: stored outcomes of many patients whose worklist keys collide often (few urgency ranks, due
 * days and tiers; the patient id decides the rest), for the paged readers of the worklist.
 * @module
 */
import type { StoredOutcome } from '../src/bulk/patient.js';

/**
 * A xorshift32 generator of unsigned 32-bit integers: the same sequence for the same seed, on every run.
 * @param seed - any integer (0 is taken as 1)
 */
export function xorshift32(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
}

/**
 * `n` outcomes, seeded; about two thirds on the worklist. Patient ids are unique, ASCII, of varied lengths
 * (so that their byte order is not their numbering order).
 * @param n - number of patients
 * @param seed - seed of the generator
 */
export function worklistOutcomes(n: number, seed = 1): StoredOutcome[] {
  const next = xorshift32(seed);
  const days = ['2024-01-01', '2024-06-30', '2025-02-28', '2025-12-31', '9999-12-31'];
  const out: StoredOutcome[] = [];
  for (let seq = 1; seq <= n; seq++) {
    const patientId = `p${(next() % 1000).toString(36)}-${seq}`;
    out.push({
      seq,
      row: JSON.stringify({ patientId, seq }),
      worklist: next() % 3 === 0 ? 0 : 1,
      overdueRank: next() % 4,
      oldestDue: days[next() % days.length]!,
      tierRank: next() % 4,
      patientId,
      errors: [],
    });
  }
  return out;
}

/**
 * The worklist order of outcomes, computed here: the worklist's rows by urgency rank, oldest due day, tier,
 * then patient id (text compared by code unit, which is byte order for ASCII).
 * @param outcomes - the outcomes
 */
export function worklistOrder(outcomes: readonly StoredOutcome[]): string[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return outcomes
    .filter((o) => o.worklist === 1)
    .sort(
      (a, b) =>
        a.overdueRank - b.overdueRank ||
        cmp(a.oldestDue, b.oldestDue) ||
        a.tierRank - b.tierRank ||
        cmp(a.patientId, b.patientId),
    )
    .map((o) => o.row);
}
