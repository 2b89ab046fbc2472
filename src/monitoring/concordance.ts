/**
 * Do myositis activity and tumour burden move together? Spearman rank correlation between the sum of
 * target diameters and each activity measure at paired time points, honest about small n: with fewer
 * than 4 pairs no coefficient is reported (even a perfect ranking of 3 pairs has exact two-sided p = 0.33).
 * @module
 */
import type { DayInterval } from '../core/dates.js';
import type { Course, VisitPoint } from './course.js';

/** Fewest paired time points for which a coefficient is reported. */
export const CONCORDANCE_MIN_PAIRS = 4;
/** A visit pairs with a tumour assessment when it is within this many days (nearest visit wins). */
export const PAIRING_WINDOW_DAYS = 31;

/** Activity measures tried, higher = more active. */
export const CONCORDANCE_MEASURES = [
  {
    id: 'enzyme-x-uln',
    label: 'most abnormal muscle enzyme (× ULN)',
    read: (v: VisitPoint) => v.enzyme?.xUln ?? null,
  },
  {
    id: 'mmt-deficit',
    label: 'MMT-8 deficit (% of maximum lost)',
    read: (v: VisitPoint) => (v.mmtPercent === null ? null : 100 - v.mmtPercent),
  },
  {
    id: 'physician-global',
    label: 'physician global activity (0–10)',
    read: (v: VisitPoint) => v.physicianGlobal,
  },
  { id: 'cdasi-activity', label: 'CDASI activity', read: (v: VisitPoint) => v.cdasiActivity },
] as const;

/** A paired time point. */
export interface ConcordancePair {
  assessmentPath: string;
  visitPath: string;
  day: DayInterval;
  sumMm: number;
  activity: number;
}

/** The result for one activity measure. */
export interface ConcordanceMeasureResult {
  measure: (typeof CONCORDANCE_MEASURES)[number]['id'];
  n: number;
  pairs: ConcordancePair[];
  status: 'computed' | 'insufficient-pairs' | 'no-variation';
  rho?: number;
  /** Two-sided p: exact permutation for n ≤ 9, normal approximation above. */
  pTwoSided?: number;
  pMethod?: 'exact-permutation' | 'normal-approximation';
}

/** The concordance summary. */
export interface ConcordanceSummary {
  minPairs: number;
  windowDays: number;
  measures: ConcordanceMeasureResult[];
  /** The measure with the most pairs (first in table order on ties), if any has pairs. */
  primary?: ConcordanceMeasureResult['measure'];
}

/** Average ranks (1-based), ties sharing their mean rank. */
export function ranks(xs: readonly number[]): number[] {
  const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x);
  const r = new Array<number>(xs.length);
  for (let k = 0; k < order.length;) {
    let j = k;
    while (j + 1 < order.length && order[j + 1]!.x === order[k]!.x) j++;
    for (let m = k; m <= j; m++) r[order[m]!.i] = (k + j) / 2 + 1;
    k = j + 1;
  }
  return r;
}

function pearson(a: readonly number[], b: readonly number[]): number | null {
  const n = a.length;
  const ma = a.reduce((s, x) => s + x, 0) / n;
  const mb = b.reduce((s, x) => s + x, 0) / n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += (a[i]! - ma) * (b[i]! - mb);
    saa += (a[i]! - ma) ** 2;
    sbb += (b[i]! - mb) ** 2;
  }
  return saa === 0 || sbb === 0 ? null : sab / Math.sqrt(saa * sbb);
}

/**
 * Spearman's rank correlation (Pearson on average ranks).
 * @returns rho, or null when either series has no variation
 */
export function spearman(x: readonly number[], y: readonly number[]): number | null {
  return pearson(ranks(x), ranks(y));
}

/**
 * Share of the orderings of `ry` whose |Pearson r| with `rx` is at least |rho| (less 1e-12): the exact
 * permutation test over all n! orderings, generated in place (Heap's algorithm: each ordering is the last
 * one with two entries swapped) without building them. Only the cross product changes from one ordering to
 * the next — the means and sums of squares are the same for every ordering — and it changes by one product
 * per swap. Ranks are multiples of ½ and n ≤ 9, so every sum here is exact: each r is the very value
 * {@link pearson} gives for that ordering, and the count is the one a fresh computation per ordering gives.
 */
function permutationShare(rx: readonly number[], ry: readonly number[], rho: number): number {
  const n = rx.length;
  const ma = rx.reduce((s, x) => s + x, 0) / n;
  const mb = ry.reduce((s, x) => s + x, 0) / n;
  const a = rx.map((x) => x - ma);
  const b = ry.map((y) => y - mb);
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    saa += a[i]! ** 2;
    sbb += b[i]! ** 2;
  }
  const den = Math.sqrt(saa * sbb);
  const threshold = Math.abs(rho) - 1e-12;
  let sab = 0;
  for (let i = 0; i < n; i++) sab += a[i]! * b[i]!;
  let extreme = Math.abs(sab / den) >= threshold ? 1 : 0;
  let total = 1;
  const counter = new Array<number>(n).fill(0);
  for (let i = 1; i < n;) {
    if (counter[i]! < i) {
      // Swapping b[j] and b[i] changes the cross product by (a[j] − a[i]) × (b[i] − b[j]).
      const j = i % 2 === 0 ? 0 : counter[i]!;
      const bi = b[i]!;
      const bj = b[j]!;
      sab += (a[j]! - a[i]!) * (bi - bj);
      b[j] = bi;
      b[i] = bj;
      if (Math.abs(sab / den) >= threshold) extreme++;
      total++;
      counter[i]!++;
      i = 1;
    } else {
      counter[i] = 0;
      i++;
    }
  }
  return extreme / total;
}

function normalCdf(z: number): number {
  // Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7).
  const t = 1 / (1 + 0.3275911 * (Math.abs(z) / Math.SQRT2));
  const erf =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
      t *
      Math.exp(-(z * z) / 2);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/**
 * Two-sided p-value for Spearman's rho: exact permutation over all orderings of y for n ≤ 9, otherwise
 * the normal approximation z = rho × sqrt(n − 1).
 */
export function spearmanP(
  x: readonly number[],
  y: readonly number[],
): { p: number; method: 'exact-permutation' | 'normal-approximation' } | null {
  const rho = spearman(x, y);
  if (rho === null) return null;
  const n = x.length;
  if (n <= 9) {
    return { p: permutationShare(ranks(x), ranks(y), rho), method: 'exact-permutation' };
  }
  return { p: 2 * (1 - normalCdf(Math.abs(rho) * Math.sqrt(n - 1))), method: 'normal-approximation' };
}

/**
 * Pairs tumour assessments (with a complete sum of diameters) with the nearest dated visit within the window
 * and correlates each activity measure with the tumour burden.
 * @param course - the case course
 */
export function concordance(course: Course): ConcordanceSummary {
  const measures: ConcordanceMeasureResult[] = CONCORDANCE_MEASURES.map((m) => {
    const pairs: ConcordancePair[] = [];
    // A new baseline is also the previous line's last time point: pair each assessment once.
    const seen = new Set<string>();
    for (const series of course.tumour) {
      for (const tp of series.recist.timePoints) {
        if (tp.sumMm === null || !tp.day || seen.has(tp.path)) continue;
        seen.add(tp.path);
        const tMid = (tp.day.earliest + tp.day.latest) / 2;
        let best: { v: VisitPoint; d: number; a: number } | undefined;
        for (const v of course.visits) {
          const a = m.read(v);
          if (a === null || v.mid === undefined) continue;
          const d = Math.abs(v.mid - tMid);
          if (d <= PAIRING_WINDOW_DAYS && (!best || d < best.d)) best = { v, d, a };
        }
        if (best)
          pairs.push({
            assessmentPath: tp.path,
            visitPath: best.v.path,
            day: tp.day,
            sumMm: tp.sumMm,
            activity: best.a,
          });
      }
    }
    const n = pairs.length;
    if (n < CONCORDANCE_MIN_PAIRS) return { measure: m.id, n, pairs, status: 'insufficient-pairs' as const };
    const xs = pairs.map((p) => p.sumMm);
    const ys = pairs.map((p) => p.activity);
    const rho = spearman(xs, ys);
    const p = spearmanP(xs, ys);
    if (rho === null || p === null) return { measure: m.id, n, pairs, status: 'no-variation' as const };
    return { measure: m.id, n, pairs, status: 'computed' as const, rho, pTwoSided: p.p, pMethod: p.method };
  });
  const withPairs = measures.filter((m) => m.n > 0);
  const primary = withPairs.reduce<ConcordanceMeasureResult | undefined>(
    (a, m) => (!a || m.n > a.n ? m : a),
    undefined,
  );
  return {
    minPairs: CONCORDANCE_MIN_PAIRS,
    windowDays: PAIRING_WINDOW_DAYS,
    measures,
    ...(primary ? { primary: primary.measure } : {}),
  };
}
