/**
 * Computing the Total Improvement Score between two assessments, three-valued: a measure not recorded at
 * both visits is unknown, and the score is then a range (min, max) with the category decided only when
 * the whole range agrees.
 * @module
 */
import type { Citation } from '../../core/evidence.js';
import type { InputDef, InputValues } from '../../engine/inputs.js';
import {
  TIS_2016_SOURCE,
  TIS_MEASURES,
  TIS_THRESHOLDS,
  type TisCategory,
  type TisMeasure,
} from './definition.js';

/** The six measures at two time points (numbers; null = not recorded). Globals and extramuscular on 0–10. */
export interface TisPair {
  physicianGlobal: [number | null, number | null];
  patientGlobal: [number | null, number | null];
  mmt: [number | null, number | null];
  haq: [number | null, number | null];
  /** Most abnormal enzyme as multiples of its ULN (value / ULN). */
  enzymeXUln: [number | null, number | null];
  extramuscular: [number | null, number | null];
  /** 80 or 150; null when the MMT scale is not known (the MMT points are then a range over both scales). */
  mmtMax: number | null;
}

/** The MMT scale used: given, inferred (a value above 80 can only be on the 150 scale), or unknown. */
export interface TisMmtScale {
  max: 80 | 150 | null;
  basis: 'given' | 'inferred-from-values' | 'unknown';
}

/** One measure's contribution. */
export interface TisItem {
  id: TisMeasure['id'];
  baseline: number | null;
  followup: number | null;
  /** Percent improvement (negative = worsening); null when unknown. */
  improvementPercent: number | null;
  /** Band 0–4; null when unknown. */
  band: number | null;
  points: number | null;
  /** Points if unknown: 0 … top. */
  maxPoints: number;
  /**
   * Why a recorded measure is not scored exactly: `mmt-scale-unknown` = both MMT values are known but
   * the maximum (80 or 150) is not, and the two scales give different points.
   */
  reason?: 'mmt-scale-unknown';
  /** With `reason`: the percent improvement on each possible scale (low, high). */
  improvementPercentRange?: [number, number];
  /** With `reason`: the points on each possible scale (low, high); the total's range uses them. */
  pointsRange?: [number, number];
  cite: string;
}

/** A TIS result. */
export interface TisResult {
  items: TisItem[];
  /** Exact total when every measure is known. */
  total: number | null;
  min: number;
  max: number;
  /** Category when min and max agree; `indeterminate` otherwise. */
  category: TisCategory | 'indeterminate';
  /** Categories reachable given the unknowns (best and worst). */
  categoryRange: [TisCategory, TisCategory];
  /** Measures (and `mmt-max`) whose points are not known exactly. */
  missing: string[];
  /** The MMT scale the MMT item was scored on. */
  mmtScale: TisMmtScale;
  /** Measures that worsened (improvement < 0). */
  worsened: string[];
  thresholds: typeof TIS_THRESHOLDS;
  citation: Citation;
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * Percent improvement of one measure (positive = better).
 * @param m - the measure row
 * @param b - baseline value
 * @param f - follow-up value
 * @param mmtMax - the MMT maximum (80 or 150)
 */
export function improvementPercent(m: TisMeasure, b: number, f: number, mmtMax: number): number {
  switch (m.method) {
    case 'absolute-lower-better':
      return round6(((b - f) / (m.range as number)) * 100);
    case 'absolute-higher-better':
      return round6(((f - b) / (m.range === 'mmt-max' ? mmtMax : m.range)) * 100);
    case 'relative-to-uln': {
      const bb = Math.max(b, 1);
      const ff = Math.max(f, 1);
      return round6(((bb - ff) / bb) * 100);
    }
  }
}

/** The band (0–4) of a percent improvement: a value equal to an edge falls in the lower band. */
export function bandOf(m: TisMeasure, pct: number): number {
  let band = 0;
  for (const edge of m.bandEdges) if (pct > edge) band++;
  return band;
}

/** Category of a total. */
export function tisCategory(total: number): TisCategory {
  return total >= TIS_THRESHOLDS.major
    ? 'major'
    : total >= TIS_THRESHOLDS.moderate
      ? 'moderate'
      : total >= TIS_THRESHOLDS.minimal
        ? 'minimal'
        : 'none';
}

/**
 * A scored item. Items are written as literals with their keys always in the same order (the report's JSON
 * order), not copied from the unknown item and patched (a copy with new keys is several times slower).
 */
function scored(
  id: TisMeasure['id'],
  baseline: number,
  followup: number,
  improvementPercent: number,
  band: number,
  points: number,
  maxPoints: number,
  cite: string,
): TisItem {
  return { id, baseline, followup, improvementPercent, band, points, maxPoints, cite };
}

/** An MMT item scored on both scales when the scale is unknown: ranges, and the reason (see {@link scored}). */
function rangeItem(
  id: TisMeasure['id'],
  baseline: number,
  followup: number,
  band: number | null,
  points: number | null,
  maxPoints: number,
  cite: string,
  improvementPercentRange: [number, number],
  pointsRange: [number, number],
): TisItem {
  return {
    id,
    baseline,
    followup,
    improvementPercent: null,
    band,
    points,
    maxPoints,
    cite,
    reason: 'mmt-scale-unknown',
    improvementPercentRange,
    pointsRange,
  };
}

const KEY: Record<TisMeasure['id'], keyof Omit<TisPair, 'mmtMax'>> = {
  'physician-global': 'physicianGlobal',
  'patient-global': 'patientGlobal',
  mmt: 'mmt',
  haq: 'haq',
  enzyme: 'enzymeXUln',
  extramuscular: 'extramuscular',
};

/**
 * Computes the TIS between two assessments.
 * @param p - the six measures at baseline and follow-up
 */
export function computeTis(p: TisPair): TisResult {
  const mmtScale = mmtScaleOf(p);
  const items: TisItem[] = TIS_MEASURES.map((m) => {
    const [b, f] = p[KEY[m.id]];
    const maxPoints = m.points[4];
    const unknown: TisItem = {
      id: m.id,
      baseline: b,
      followup: f,
      improvementPercent: null,
      band: null,
      points: null,
      maxPoints,
      cite: m.cite,
    };
    if (b === null || f === null) return unknown;
    if (m.range === 'mmt-max' && mmtScale.max === null) {
      // Unknown scale: score on both; agree → scored, else a range (never a silent 80).
      const [lo, hi] = ([150, 80] as const).map((max) => {
        const pct = improvementPercent(m, b, f, max);
        return { pct, band: bandOf(m, pct), points: m.points[bandOf(m, pct)]! };
      }) as [{ pct: number; band: number; points: number }, { pct: number; band: number; points: number }];
      const sorted = [lo, hi].sort((x, y) => x.points - y.points);
      const pctRange = [Math.min(lo.pct, hi.pct), Math.max(lo.pct, hi.pct)] as [number, number];
      if (lo.band === hi.band && lo.pct === hi.pct)
        return scored(m.id, b, f, lo.pct, lo.band, lo.points, maxPoints, m.cite);
      if (lo.points === hi.points)
        return rangeItem(
          m.id,
          b,
          f,
          lo.band === hi.band ? lo.band : null,
          lo.points,
          maxPoints,
          m.cite,
          pctRange,
          [lo.points, hi.points],
        );
      return rangeItem(m.id, b, f, null, null, maxPoints, m.cite, pctRange, [
        sorted[0]!.points,
        sorted[1]!.points,
      ]);
    }
    const pct = improvementPercent(m, b, f, mmtScale.max ?? 80);
    const band = bandOf(m, pct);
    return scored(m.id, b, f, pct, band, m.points[band]!, maxPoints, m.cite);
  });
  const known = items.reduce((s, i) => s + (i.points ?? i.pointsRange?.[0] ?? 0), 0);
  const max = items.reduce((s, i) => s + (i.points ?? i.pointsRange?.[1] ?? i.maxPoints), 0);
  const missing = items.filter((i) => i.points === null).map((i) => (i.reason ? 'mmt-max' : i.id));
  const lo = tisCategory(known);
  const hi = tisCategory(max);
  return {
    items,
    total: missing.length ? null : known,
    min: known,
    max,
    category: lo === hi ? lo : 'indeterminate',
    categoryRange: [lo, hi],
    missing,
    mmtScale,
    worsened: items
      .filter((i) =>
        i.improvementPercent !== null
          ? i.improvementPercent < 0
          : i.improvementPercentRange !== undefined && i.improvementPercentRange[1] < 0,
      )
      .map((i) => i.id),
    thresholds: TIS_THRESHOLDS,
    citation: TIS_2016_SOURCE,
  };
}

/**
 * The MMT scale: as given; else inferred when a value is above 80 (only the 150 scale allows it); else unknown.
 * @param p - the pair of assessments
 */
function mmtScaleOf(p: TisPair): TisMmtScale {
  if (p.mmtMax === 80 || p.mmtMax === 150) return { max: p.mmtMax, basis: 'given' };
  if (p.mmt.some((v) => v !== null && v > 80)) return { max: 150, basis: 'inferred-from-values' };
  return { max: null, basis: 'unknown' };
}

/** Calculator inputs of `tis-2016` (item=value). */
export const TIS_INPUTS: readonly InputDef[] = [
  ...(
    [
      ['physician-global', 'Physician global activity', 'VAS 0–10 cm (0 = inactive)', 10, 'cm'],
      ['patient-global', 'Patient global activity', 'VAS 0–10 cm (0 = inactive)', 10, 'cm'],
      [
        'mmt',
        'MMT-8 total',
        'manual muscle testing total (0–80 unilateral, 0–150 bilateral; higher = stronger)',
        150,
        'points',
      ],
      ['haq', 'HAQ disability index', 'HAQ-DI 0–3 (higher = worse)', 3, 'points'],
      [
        'enzyme',
        'Most abnormal muscle enzyme',
        'CK, aldolase, LDH, AST or ALT, the most abnormal at baseline, same enzyme at follow-up',
        1_000_000,
        'U/L',
      ],
      ['extramuscular', 'Extramuscular global activity', 'MDAAT extramuscular VAS 0–10 cm', 10, 'cm'],
    ] as const
  ).flatMap(([id, label, desc, max, unit]) =>
    (['baseline', 'followup'] as const).map((when): InputDef => ({
      id: `${id}-${when}`,
      label: `${label} (${when === 'baseline' ? 'baseline' : 'follow-up'})`,
      description: desc,
      kind: { type: 'number', min: 0, max, unit },
    })),
  ),
  {
    id: 'mmt-max',
    label: 'Maximum possible MMT score',
    description:
      '80 for unilateral MMT-8, 150 for bilateral. When unknown, a value above 80 means the 150 scale; otherwise the MMT item is scored on both scales and given as a range',
    kind: { type: 'enum', values: ['80', '150'] },
  },
  {
    id: 'enzyme-uln',
    label: 'Enzyme upper limit of normal',
    description: 'ULN of the enzyme entered, same unit',
    kind: { type: 'number', min: 0.001, max: 100_000, unit: 'U/L' },
  },
];

/** Consistency checks for the calculator: MMT within its maximum (when given); ULN needed for enzymes. */
export function checkTisInputs(v: InputValues): { input: string; message: string }[] {
  const out: { input: string; message: string }[] = [];
  const max = v['mmt-max'] === '80' || v['mmt-max'] === '150' ? Number(v['mmt-max']) : undefined;
  for (const k of ['mmt-baseline', 'mmt-followup']) {
    const x = v[k];
    if (max !== undefined && typeof x === 'number' && x > max)
      out.push({ input: k, message: `${k} ${x} is above mmt-max ${max}` });
  }
  if (
    (typeof v['enzyme-baseline'] === 'number' || typeof v['enzyme-followup'] === 'number') &&
    typeof v['enzyme-uln'] !== 'number'
  ) {
    out.push({ input: 'enzyme-uln', message: 'enzyme-uln is needed to score the enzyme change' });
  }
  return out;
}

/**
 * Evaluates the `tis-2016` calculator from item values.
 * @param v - coerced inputs
 */
export function evaluateTisInputs(v: InputValues): TisResult {
  const n = (k: string) => (typeof v[k] === 'number' ? v[k] : null);
  const uln = n('enzyme-uln');
  const x = (k: string) => (uln !== null && n(k) !== null ? n(k)! / uln : null);
  return computeTis({
    physicianGlobal: [n('physician-global-baseline'), n('physician-global-followup')],
    patientGlobal: [n('patient-global-baseline'), n('patient-global-followup')],
    mmt: [n('mmt-baseline'), n('mmt-followup')],
    haq: [n('haq-baseline'), n('haq-followup')],
    enzymeXUln: [x('enzyme-baseline'), x('enzyme-followup')],
    extramuscular: [n('extramuscular-baseline'), n('extramuscular-followup')],
    mmtMax: v['mmt-max'] === '150' ? 150 : v['mmt-max'] === '80' ? 80 : null,
  });
}
