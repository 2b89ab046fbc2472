/**
 * RECIST 1.1 evaluation: baseline validation, sums of diameters, nadir, target / non-target / new-lesion
 * categories, overall time-point response from the table, and best overall response. Pure.
 * @module
 */
import type { Citation } from '../../core/evidence.js';
import { issue, type Issue } from '../../core/issues.js';
import type { DayInterval } from '../../core/dates.js';
import type { Tri } from '../../core/tri.js';
import type { NonTargetLesion, TumourAssessment } from '../../case/timeline.js';
import {
  NON_TARGET_RULES,
  OVERALL_RESPONSE_TABLE,
  RECIST_SOURCE,
  RECIST_THRESHOLDS as T,
  RESPONSE_RANK,
  TARGET_RULES,
  type NonTargetCategory,
  type OverallResponse,
  type TargetCategory,
} from './definition.js';

/** One assessment to evaluate, in chronological order, with its path in the input and its date if known. */
export interface RecistTimePointInput {
  assessment: TumourAssessment;
  /** Field path of the assessment in the input document, e.g. `tumourAssessments[2]`. */
  path: string;
  day?: DayInterval;
}

/** A lesion as used in the sum. */
export interface LesionUse {
  id: string;
  organ: string;
  nodal: boolean;
  /** Recorded value (mm), null when not evaluated. */
  recordedMm: number | null;
  /** Value used in the sum (5 mm when too small to measure). */
  usedMm: number | null;
  convention?: 'too-small-5mm';
}

/** Result at one time point. */
export interface RecistTimePoint {
  index: number;
  path: string;
  id?: string;
  day?: DayInterval;
  isBaseline: boolean;
  lesions: LesionUse[];
  /** Sum of diameters (mm); null when a target was not measured. */
  sumMm: number | null;
  /** Sum of the measured targets only (for a PD call when some are missing). */
  measuredSumMm: number;
  baselineSumMm: number;
  /** Nadir before this time point (baseline included). */
  nadirSumMm: number | null;
  changeFromBaselinePercent: number | null;
  changeFromNadirPercent: number | null;
  changeFromNadirMm: number | null;
  target: { category: TargetCategory | 'baseline'; rule: string };
  nonTarget: { category: NonTargetCategory | 'baseline'; rule: string };
  newLesions: { status: 'yes' | 'no'; unequivocal: number; equivocal: number };
  overall: { category: OverallResponse; rule: string } | { category: 'baseline'; rule: 'baseline' };
  reportedResponse?: string;
}

/** Best overall response. */
export interface BestOverallResponse {
  category: OverallResponse;
  /** Index into timePoints of the time point that gave it (undefined when no follow-up). */
  index?: number;
  /**
   * CR/PR only: confirmed by a repeat assessment ≥ 28 days later, at least as good, and before the first
   * progression; unknown without dates; not-met when not confirmed.
   */
  confirmed?: Tri;
  /**
   * SD and non-CR/non-PD only (not a confirmation): the time point was ≥ 42 days after baseline (`met`),
   * dates are missing (`unknown`), or every SD came earlier (`not-met`, best response then NE).
   */
  minimumDuration?: Tri;
  note?: 'no-follow-up' | 'sd-before-minimum-interval';
}

/** A full RECIST evaluation. */
export interface RecistResult {
  /** False when the baseline or follow-up data break a rule (see issues); categories are then not computed. */
  valid: boolean;
  issues: Issue[];
  timePoints: RecistTimePoint[];
  bestOverallResponse: BestOverallResponse;
  /** Index of the first time point with overall PD. */
  firstProgressionIndex?: number;
  citation: Citation;
}

const EPS = 1e-9;

function organKey(organ: string, nodal: boolean): string {
  return nodal ? 'lymph node' : organ.trim().toLowerCase();
}

/**
 * Validates the baseline: measurability, ≤ 5 targets, ≤ 2 per organ, unique ids.
 * @param a - the baseline assessment
 * @param path - its field path
 */
export function validateBaseline(a: TumourAssessment, path: string): Issue[] {
  const out: Issue[] = [];
  if (a.targets.length === 0 && a.nonTargets.length === 0)
    out.push(issue('required', `${path}.targets`, 'the baseline records no target and no non-target lesion'));
  if (a.targets.length > T.maxTargets)
    out.push(
      issue(
        'value',
        `${path}.targets`,
        `${a.targets.length} target lesions: RECIST 1.1 allows at most ${T.maxTargets}`,
      ),
    );
  const perOrgan = new Map<string, number>();
  const ids = new Set<string>();
  a.targets.forEach((t, i) => {
    const p = `${path}.targets[${i}]`;
    if (ids.has(t.id)) out.push(issue('conflict', `${p}.id`, `lesion id "${t.id}" is used twice`));
    ids.add(t.id);
    const k = organKey(t.organ, t.nodal);
    const n = (perOrgan.get(k) ?? 0) + 1;
    perOrgan.set(k, n);
    if (n > T.maxTargetsPerOrgan)
      out.push(
        issue(
          'value',
          p,
          `target ${n} in ${k}: RECIST 1.1 allows at most ${T.maxTargetsPerOrgan} target lesions per organ (all lymph nodes count as one organ)`,
        ),
      );
    if (t.diameterMm === null || t.diameterMm === undefined || t.tooSmallToMeasure) {
      out.push(issue('required', `${p}.diameterMm`, 'a baseline target lesion must be measured'));
    } else if (t.nodal && t.diameterMm < T.nodalTargetMinShortAxisMm) {
      out.push(
        issue(
          'value',
          `${p}.diameterMm`,
          `nodal target short axis ${t.diameterMm} mm < ${T.nodalTargetMinShortAxisMm} mm: not measurable (${T.nodalPathologicalMinMm}–<${T.nodalTargetMinShortAxisMm} mm nodes are non-target)`,
        ),
      );
    } else if (!t.nodal && t.diameterMm < T.nonNodalTargetMinMm) {
      out.push(
        issue(
          'value',
          `${p}.diameterMm`,
          `longest diameter ${t.diameterMm} mm < ${T.nonNodalTargetMinMm} mm: not measurable, record it as a non-target lesion`,
        ),
      );
    }
  });
  a.nonTargets.forEach((n, i) => {
    const p = `${path}.nonTargets[${i}]`;
    if (ids.has(n.id)) out.push(issue('conflict', `${p}.id`, `lesion id "${n.id}" is used twice`));
    ids.add(n.id);
    if (n.status !== 'present')
      out.push(
        issue('value', `${p}.status`, `a baseline non-target lesion is "present" (got "${n.status}")`),
      );
    if (n.nodal && n.shortAxisMm !== undefined && n.shortAxisMm < T.nodalPathologicalMinMm) {
      out.push(
        Object.assign(
          {},
          issue(
            'value',
            `${p}.shortAxisMm`,
            `node short axis ${n.shortAxisMm} mm < ${T.nodalPathologicalMinMm} mm is normal: not a lesion`,
          ),
          { severity: 'warning' },
        ),
      );
    }
  });
  if (a.newLesions.length)
    out.push(issue('value', `${path}.newLesions`, 'the baseline cannot have new lesions'));
  return out;
}

/** Validates a follow-up against the baseline lesion ids. */
function validateFollowUp(a: TumourAssessment, path: string, base: TumourAssessment): Issue[] {
  const out: Issue[] = [];
  const bt = new Map(base.targets.map((t) => [t.id, t]));
  const bn = new Set(base.nonTargets.map((n) => n.id));
  a.targets.forEach((t, i) => {
    const b = bt.get(t.id);
    if (!b)
      out.push(
        issue(
          'value',
          `${path}.targets[${i}].id`,
          `"${t.id}" is not a baseline target: targets are fixed at baseline (record a new lesion instead)`,
        ),
      );
    else if (b.nodal !== t.nodal)
      out.push(
        issue(
          'conflict',
          `${path}.targets[${i}].nodal`,
          `"${t.id}" was ${b.nodal ? 'nodal' : 'non-nodal'} at baseline`,
        ),
      );
  });
  for (const id of bt.keys()) {
    if (!a.targets.some((t) => t.id === id))
      out.push(
        Object.assign(
          {},
          issue(
            'required',
            `${path}.targets`,
            `baseline target "${id}" is not reported: counted as not evaluated`,
          ),
          { severity: 'warning' },
        ),
      );
  }
  a.nonTargets.forEach((n, i) => {
    if (!bn.has(n.id))
      out.push(
        issue(
          'value',
          `${path}.nonTargets[${i}].id`,
          `"${n.id}" is not a baseline non-target lesion (record a new lesion instead)`,
        ),
      );
    else if (isNormalNode(n, base) && n.status !== 'absent')
      out.push(
        Object.assign(
          {},
          issue(
            'value',
            `${path}.nonTargets[${i}].shortAxisMm`,
            `node short axis ${n.shortAxisMm} mm < ${T.nodalPathologicalMinMm} mm is normal: counted as absent (recorded "${n.status}")`,
          ),
          { severity: 'warning' },
        ),
      );
  });
  return out;
}

function lesionUses(a: TumourAssessment, base: TumourAssessment): LesionUse[] {
  return base.targets.map((b) => {
    const t = a.targets.find((x) => x.id === b.id);
    const recorded = t?.diameterMm ?? null;
    if (t?.tooSmallToMeasure && (recorded === null || recorded === 0)) {
      return {
        id: b.id,
        organ: b.organ,
        nodal: b.nodal,
        recordedMm: recorded,
        usedMm: T.tooSmallConventionMm,
        convention: 'too-small-5mm' as const,
      };
    }
    return { id: b.id, organ: b.organ, nodal: b.nodal, recordedMm: recorded, usedMm: recorded };
  });
}

function targetCategory(
  lesions: LesionUse[],
  sum: number | null,
  measuredSum: number,
  baselineSum: number,
  nadir: number,
): { category: TargetCategory; rule: string } {
  const pdBy = (s: number) =>
    s - nadir >= T.pdAbsoluteMm - EPS &&
    (nadir === 0 ? s > 0 : ((s - nadir) / nadir) * 100 >= T.pdIncreasePercent - EPS);
  if (sum === null) {
    // Missing targets: PD can still be called when the measured ones alone meet PD.
    return pdBy(measuredSum) ? { category: 'PD', rule: 'target.pd' } : { category: 'NE', rule: 'target.ne' };
  }
  const cr = lesions.every((l) =>
    l.nodal ? (l.usedMm ?? Infinity) < T.crNodeShortAxisBelowMm : l.usedMm === 0,
  );
  if (cr) return { category: 'CR', rule: 'target.cr' };
  if (pdBy(sum)) return { category: 'PD', rule: 'target.pd' };
  if (baselineSum > 0 && ((baselineSum - sum) / baselineSum) * 100 >= T.prDecreasePercent - EPS)
    return { category: 'PR', rule: 'target.pr' };
  return { category: 'SD', rule: 'target.sd' };
}

/**
 * True when a follow-up non-target lesion is a node (flagged here or at baseline) whose short axis is below
 * 10 mm: a normal node, whatever status was recorded (RECIST 1.1 §4.3.2; monitoring.md re-check).
 */
function isNormalNode(n: NonTargetLesion, base: TumourAssessment): boolean {
  const nodal = n.nodal ?? base.nonTargets.find((b) => b.id === n.id)?.nodal ?? false;
  return nodal && n.shortAxisMm !== undefined && n.shortAxisMm < T.nodalPathologicalMinMm;
}

function nonTargetCategory(
  a: TumourAssessment,
  base: TumourAssessment,
): { category: NonTargetCategory; rule: string } {
  if (base.nonTargets.length === 0) return { category: 'none', rule: 'non-target.none' };
  const statuses = base.nonTargets.map((b) => {
    const n = a.nonTargets.find((x) => x.id === b.id);
    if (!n) return 'not-evaluated';
    return isNormalNode(n, base) ? 'absent' : n.status;
  });
  if (statuses.includes('unequivocal-progression')) return { category: 'PD', rule: 'non-target.pd' };
  if (statuses.includes('not-evaluated')) return { category: 'NE', rule: 'non-target.ne' };
  const nodesNormal = a.nonTargets.every((n) => {
    const nodal = n.nodal ?? base.nonTargets.find((b) => b.id === n.id)?.nodal ?? false;
    return !nodal || n.shortAxisMm === undefined || n.shortAxisMm < T.nodalPathologicalMinMm;
  });
  if (statuses.every((s) => s === 'absent') && nodesNormal && a.tumourMarkersNormal !== false)
    return { category: 'CR', rule: 'non-target.cr' };
  return { category: 'non-CR/non-PD', rule: 'non-target.non-cr-non-pd' };
}

/**
 * Looks up the overall time-point response in {@link OVERALL_RESPONSE_TABLE}.
 * @param target - target category
 * @param nonTarget - non-target category
 * @param newLesion - unequivocal new lesion
 */
export function overallResponse(
  target: TargetCategory,
  nonTarget: NonTargetCategory,
  newLesion: 'yes' | 'no',
): { category: OverallResponse; rule: string } {
  const m = <V>(set: readonly V[] | '*', v: V) => set === '*' || set.includes(v);
  const row = OVERALL_RESPONSE_TABLE.find(
    (r) => m(r.target, target) && m(r.nonTarget, nonTarget) && m(r.newLesion, newLesion),
  );
  // Only target `none` with non-target `none` has no row, and validation rejects such a baseline.
  return row ? { category: row.overall, rule: row.id } : { category: 'NE', rule: 'overall.ne' };
}

/**
 * Evaluates a series of tumour assessments (the first is the baseline).
 * @param points - assessments in chronological order, with paths and dates
 */
export function evaluateRecist(points: readonly RecistTimePointInput[]): RecistResult {
  const issues: Issue[] = [];
  const base = points[0];
  if (!base) {
    return {
      valid: false,
      issues: [issue('required', '', 'no tumour assessment: a baseline is needed')],
      timePoints: [],
      bestOverallResponse: { category: 'NE', note: 'no-follow-up' },
      citation: RECIST_SOURCE,
    };
  }
  issues.push(...validateBaseline(base.assessment, base.path));
  for (const p of points.slice(1)) issues.push(...validateFollowUp(p.assessment, p.path, base.assessment));
  const valid = !issues.some((i) => i.severity === 'error');
  const baseLesions = lesionUses(base.assessment, base.assessment);
  const baselineSum = baseLesions.reduce((s, l) => s + (l.usedMm ?? 0), 0);
  // Optional keys are assigned in their place rather than spread in (a conditional spread is many times
  // slower on Node 20); the key order, and so the report's JSON, is unchanged.
  const first = timePointHead(0, base.path, base.assessment.id, base.day);
  first.isBaseline = true;
  first.lesions = baseLesions;
  first.sumMm = baselineSum;
  first.measuredSumMm = baselineSum;
  first.baselineSumMm = baselineSum;
  first.nadirSumMm = null;
  first.changeFromBaselinePercent = 0;
  first.changeFromNadirPercent = null;
  first.changeFromNadirMm = null;
  first.target = { category: base.assessment.targets.length ? 'baseline' : 'none', rule: 'baseline' };
  first.nonTarget = { category: base.assessment.nonTargets.length ? 'baseline' : 'none', rule: 'baseline' };
  first.newLesions = { status: 'no', unequivocal: 0, equivocal: 0 };
  first.overall = { category: 'baseline', rule: 'baseline' };
  if (base.assessment.reportedResponse) first.reportedResponse = base.assessment.reportedResponse;
  const timePoints: RecistTimePoint[] = [first];
  if (!valid)
    return { valid, issues, timePoints, bestOverallResponse: { category: 'NE' }, citation: RECIST_SOURCE };

  const hasTargets = base.assessment.targets.length > 0;
  let nadir = baselineSum;
  points.slice(1).forEach((p, k) => {
    const a = p.assessment;
    const lesions = lesionUses(a, base.assessment);
    const complete = lesions.every((l) => l.usedMm !== null);
    const measuredSum = lesions.reduce((s, l) => s + (l.usedMm ?? 0), 0);
    const sum = complete ? measuredSum : null;
    const target = hasTargets
      ? targetCategory(lesions, sum, measuredSum, baselineSum, nadir)
      : { category: 'none' as const, rule: 'target.none' };
    const nonTarget = nonTargetCategory(a, base.assessment);
    const unequivocal = a.newLesions.filter((n) => n.unequivocal).length;
    const newStatus = unequivocal > 0 ? 'yes' : 'no';
    const overall = overallResponse(target.category, nonTarget.category, newStatus);
    const tp = timePointHead(k + 1, p.path, a.id, p.day);
    tp.isBaseline = false;
    tp.lesions = lesions;
    tp.sumMm = sum;
    tp.measuredSumMm = measuredSum;
    tp.baselineSumMm = baselineSum;
    tp.nadirSumMm = hasTargets ? nadir : null;
    tp.changeFromBaselinePercent =
      sum !== null && baselineSum > 0 ? ((sum - baselineSum) / baselineSum) * 100 : null;
    tp.changeFromNadirPercent = sum !== null && nadir > 0 ? ((sum - nadir) / nadir) * 100 : null;
    tp.changeFromNadirMm = sum !== null && hasTargets ? sum - nadir : null;
    tp.target = target;
    tp.nonTarget = nonTarget;
    tp.newLesions = { status: newStatus, unequivocal, equivocal: a.newLesions.length - unequivocal };
    tp.overall = overall;
    if (a.reportedResponse) tp.reportedResponse = a.reportedResponse;
    timePoints.push(tp);
    if (sum !== null && sum < nadir) nadir = sum;
  });
  const firstPd = timePoints.findIndex((t) => t.overall.category === 'PD');
  const result: RecistResult = {
    valid,
    issues,
    timePoints,
    bestOverallResponse: bestOverall(timePoints),
  } as RecistResult;
  if (firstPd >= 0) result.firstProgressionIndex = firstPd;
  result.citation = RECIST_SOURCE;
  return result;
}

/**
 * The first keys of a time point (index, path, then id and day when known), the others to be assigned in
 * the order of {@link RecistTimePoint}.
 */
function timePointHead(
  index: number,
  path: string,
  id: string | undefined,
  day: DayInterval | undefined,
): RecistTimePoint {
  const tp = { index, path } as RecistTimePoint;
  if (id) tp.id = id;
  if (day) tp.day = day;
  return tp;
}

function midDay(d: DayInterval | undefined): number | undefined {
  return d ? (d.earliest + d.latest) / 2 : undefined;
}

/**
 * Best overall response: the best time-point response from baseline up to and including the first PD.
 * SD counts only when documented ≥ 42 days after baseline (when dates are known): its `minimumDuration`
 * says so. CR/PR carry their confirmation status: a repeat assessment ≥ 28 days later, at least as good,
 * before the first progression (an assessment after a PD never confirms an earlier response).
 */
function bestOverall(tps: readonly RecistTimePoint[]): BestOverallResponse {
  const fu = tps.slice(1);
  if (fu.length === 0) return { category: 'NE', note: 'no-follow-up' };
  const baseDay = midDay(tps[0]!.day);
  let best: BestOverallResponse = { category: 'NE' };
  let bestRank = -1;
  let sdTooEarly = false;
  const firstPd = fu.findIndex((t) => t.overall.category === 'PD');
  const beforePd = firstPd < 0 ? fu : fu.slice(0, firstPd + 1);
  for (const t of beforePd) {
    if (t.overall.category === 'baseline') continue;
    let cat = t.overall.category;
    const d = midDay(t.day);
    const sdLike = cat === 'SD' || cat === 'non-CR/non-PD';
    let minimumDuration: Tri | undefined;
    if (sdLike) {
      minimumDuration =
        baseDay === undefined || d === undefined
          ? 'unknown'
          : d - baseDay >= T.sdMinimumDays
            ? 'met'
            : 'not-met';
      if (minimumDuration === 'not-met') {
        sdTooEarly = true;
        cat = 'NE';
        minimumDuration = undefined;
      }
    }
    if (RESPONSE_RANK[cat] > bestRank) {
      bestRank = RESPONSE_RANK[cat];
      best = { category: cat, index: t.index, ...(minimumDuration ? { minimumDuration } : {}) };
    }
  }
  if ((best.category === 'CR' || best.category === 'PR') && best.index !== undefined) {
    const at = tps[best.index]!;
    const d0 = midDay(at.day);
    // Only assessments after the response and before the first progression can confirm it.
    const later = beforePd.filter((t) => t.index > best.index! && t.overall.category !== 'PD');
    const needed = RESPONSE_RANK[best.category];
    if (
      later.some(
        (t) =>
          t.overall.category !== 'baseline' &&
          RESPONSE_RANK[t.overall.category] >= needed &&
          d0 !== undefined &&
          midDay(t.day) !== undefined &&
          midDay(t.day)! - d0 >= T.confirmationDays,
      )
    ) {
      best.confirmed = 'met';
    } else if (d0 === undefined || later.some((t) => t.day === undefined)) {
      best.confirmed = 'unknown';
    } else {
      best.confirmed = 'not-met';
    }
  }
  if (best.category === 'NE' && sdTooEarly) {
    best.note = 'sd-before-minimum-interval';
    best.minimumDuration = 'not-met';
  }
  return best;
}

/** The rule rows by id (target, non-target, overall), for explanations. */
export const RECIST_RULES_BY_ID: ReadonlyMap<
  string,
  { id: string; label: string; cite: string; note?: string }
> = new Map([...TARGET_RULES, ...NON_TARGET_RULES, ...OVERALL_RESPONSE_TABLE].map((r) => [r.id, r]));
