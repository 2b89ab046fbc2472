/**
 * The follow-up course of a case: visits in date order with derived activity measures, RECIST over the
 * tumour assessments, treatments as dated spans, and the TIS between consecutive visits. Pure.
 * @module
 */
import { resolveCaseDate } from '../case/dates.js';
import { parseMrcGrade } from '../case/mrc.js';
import type { Case } from '../case/schema.js';
import type { GlobalActivity, Visit } from '../case/timeline.js';
import type { DayInterval } from '../core/dates.js';
import { issue, type Issue } from '../core/issues.js';
import { canonicalAnalyte } from '../facts/names.js';
import { RASH_GRADES } from '../case/scales.js';
import { splitByTherapyLine, type TherapyLine } from './lines.js';
import { evaluateRecist, type RecistResult, type RecistTimePointInput } from './recist/evaluate.js';
import { computeTis, type TisResult } from './tis-2016/evaluate.js';
import { cdasiChange, cdasiSeverity, type CdasiChangeResult, type CdasiSeverityResult } from './cdasi.js';

/** A visit with its derived measures (null = not recorded). */
export interface VisitPoint {
  /** Index in `case.visits`. */
  index: number;
  path: string;
  id?: string;
  day?: DayInterval;
  /** Midpoint day (days since 1970-01-01) used for ordering and plotting. */
  mid?: number;
  mmt: { score: number; max: number } | null;
  /** MMT as % of its maximum. */
  mmtPercent: number | null;
  /** Every enzyme recorded, as multiples of its ULN. */
  enzymes: { analyte: string; value: number; upperLimit: number; xUln: number }[];
  /** The most abnormal enzyme (highest value / ULN). */
  enzyme: { analyte: string; value: number; upperLimit: number; xUln: number } | null;
  /** CK as multiples of its ULN. */
  ckXUln: number | null;
  physicianGlobal: number | null;
  patientGlobal: number | null;
  extramuscular: number | null;
  haq: number | null;
  cdasiActivity: number | null;
  cdasiSeverity: CdasiSeverityResult | null;
  /** 0 none … 3 severe. */
  rashGrade: number | null;
  /** Lowest MRC grade recorded (upper end of the range as written, e.g. 3–4 → 4). */
  weakestMrc: number | null;
}

/** A treatment as a dated span. */
export interface TreatmentSpan {
  index: number;
  path: string;
  drug: string;
  class?: string;
  indication?: string;
  start?: DayInterval;
  end?: DayInterval;
  cycles?: number;
  doseReductionPercent?: number;
  dose?: { value: number; unit: string };
}

/** TIS and CDASI change between two consecutive dated visits. */
export interface VisitChange {
  from: number;
  to: number;
  tis: TisResult;
  cdasi: CdasiChangeResult | null;
}

/** RECIST over the assessments of one cancer and one line of therapy. */
export interface TumourSeries {
  cancerId?: string;
  /**
   * The line of therapy, when the cancer's assessments were split because a new line started (a new
   * baseline); absent when there is one series. The new baseline is also the previous series' last point.
   */
  line?: TherapyLine;
  /** Indices into `case.tumourAssessments`, chronological. */
  assessmentIndices: number[];
  recist: RecistResult;
}

/** The whole course. */
export interface Course {
  /** Dated visits in chronological order. */
  visits: VisitPoint[];
  tumour: TumourSeries[];
  treatments: TreatmentSpan[];
  changes: VisitChange[];
  /** Problems: undated visits/assessments (left out of the course), RECIST rule violations. */
  issues: Issue[];
}

/** A global rating on the 0–10 scale (Likert 0–4 × 2.5). */
export function globalOn10(g: GlobalActivity | undefined): number | null {
  if (!g) return null;
  return g.scale === 'likert-0-4' ? g.value * 2.5 : g.value;
}

const mid = (d: DayInterval | undefined) => (d ? (d.earliest + d.latest) / 2 : undefined);

function visitPoint(c: Case, v: Visit, index: number): VisitPoint {
  const day = resolveCaseDate(c, v.date);
  const enzymes = (v.enzymes ?? [])
    .map((e) => ({
      analyte: canonicalAnalyte(e.analyte),
      value: e.value,
      upperLimit: e.upperLimit,
      xUln: e.value / e.upperLimit,
    }))
    // Validation bounds limits and values so that the ratio is finite; a case that skipped validation
    // never gets an "Infinity × ULN".
    .filter((e) => Number.isFinite(e.xUln));
  const worst = enzymes.reduce<(typeof enzymes)[number] | null>(
    (a, e) => (a === null || e.xUln > a.xUln ? e : a),
    null,
  );
  const ck = enzymes.find((e) => e.analyte === 'CK');
  const grades = (v.mrc ?? [])
    .map((s) => parseMrcGrade(s.grade)?.max)
    .filter((g): g is number => g !== undefined);
  const act = v.cdasi?.activity;
  const m = mid(day);
  // Optional keys are assigned in their place, not spread in (a conditional spread is many times slower on
  // Node 20); the key order, and so the report's JSON, is the same.
  const point = { index, path: `visits[${index}]` } as VisitPoint;
  if (v.id) point.id = v.id;
  if (day) point.day = day;
  if (m !== undefined) point.mid = m;
  point.mmt = v.mmt8 ? { score: v.mmt8.score, max: v.mmt8.max } : null;
  point.mmtPercent = v.mmt8 ? (v.mmt8.score / v.mmt8.max) * 100 : null;
  point.enzymes = enzymes;
  point.enzyme = worst;
  point.ckXUln = ck ? ck.xUln : null;
  point.physicianGlobal = globalOn10(v.physicianGlobal);
  point.patientGlobal = globalOn10(v.patientGlobal);
  point.extramuscular = globalOn10(v.extramuscular);
  point.haq = v.haq ?? null;
  point.cdasiActivity = act ?? null;
  point.cdasiSeverity = act !== undefined ? cdasiSeverity(act) : null;
  point.rashGrade = v.rash ? RASH_GRADES.indexOf(v.rash) : null;
  point.weakestMrc = grades.length ? Math.min(...grades) : null;
  return point;
}

/**
 * TIS between two visit points. The enzyme is the most abnormal one at the earlier visit, followed to
 * the later visit (same analyte; unknown if not measured then). MMT needs the same scale at both visits.
 * @param a - earlier visit
 * @param b - later visit
 */
export function tisBetween(a: VisitPoint, b: VisitPoint): TisResult {
  const sameScale = a.mmt && b.mmt && a.mmt.max === b.mmt.max;
  const bEnz = a.enzyme ? b.enzymes.find((e) => e.analyte === a.enzyme!.analyte) : undefined;
  return computeTis({
    physicianGlobal: [a.physicianGlobal, b.physicianGlobal],
    patientGlobal: [a.patientGlobal, b.patientGlobal],
    mmt: sameScale ? [a.mmt!.score, b.mmt!.score] : [null, null],
    haq: [a.haq, b.haq],
    enzymeXUln: [a.enzyme?.xUln ?? null, bEnz?.xUln ?? null],
    extramuscular: [a.extramuscular, b.extramuscular],
    mmtMax: a.mmt?.max ?? null,
  });
}

/**
 * Builds the course of a case.
 * @param c - a validated case
 */
export function buildCourse(c: Case): Course {
  const issues: Issue[] = [];
  const all = c.visits.map((v, i) => visitPoint(c, v, i));
  for (const v of all)
    if (v.mid === undefined)
      issues.push(
        Object.assign(
          {},
          issue('required', `${v.path}.date`, 'the visit date cannot be resolved: left out of the course'),
          { severity: 'warning' },
        ),
      );
  const visits = all.filter((v) => v.mid !== undefined).sort((a, b) => a.mid! - b.mid!);

  const changes: VisitChange[] = [];
  for (let k = 1; k < visits.length; k++) {
    const a = visits[k - 1]!;
    const b = visits[k]!;
    changes.push({
      from: a.index,
      to: b.index,
      tis: tisBetween(a, b),
      cdasi:
        a.cdasiActivity !== null && b.cdasiActivity !== null
          ? cdasiChange(a.cdasiActivity, b.cdasiActivity)
          : null,
    });
  }

  const groups = new Map<string, RecistTimePointInput[]>();
  const idx = new Map<string, number[]>();
  c.tumourAssessments.forEach((a, i) => {
    const day = resolveCaseDate(c, a.date);
    const path = `tumourAssessments[${i}]`;
    if (!day) {
      issues.push(
        Object.assign(
          {},
          issue('required', `${path}.date`, 'the assessment date cannot be resolved: left out of RECIST'),
          { severity: 'warning' },
        ),
      );
      return;
    }
    const key = a.cancerId ?? '';
    if (!groups.has(key)) {
      groups.set(key, []);
      idx.set(key, []);
    }
    groups.get(key)!.push({ assessment: a, path, day });
    idx.get(key)!.push(i);
  });
  const tumour: TumourSeries[] = [];
  for (const [key, pts] of groups) {
    const order = pts
      .map((p, j) => ({ point: p, index: idx.get(key)![j]! }))
      .sort((x, y) => mid(x.point.day)! - mid(y.point.day)!);
    const split = splitByTherapyLine(c, order);
    issues.push(...split.issues);
    for (const s of split.series) {
      const recist = evaluateRecist(s.points.map((o) => o.point));
      issues.push(...recist.issues);
      tumour.push(
        Object.assign({}, key ? { cancerId: key } : {}, split.series.length > 1 ? { line: s.line } : {}, {
          assessmentIndices: s.points.map((o) => o.index),
          recist,
        }),
      );
    }
  }

  const treatments: TreatmentSpan[] = c.treatments.map((t, i) => {
    const start = resolveCaseDate(c, t.start);
    const end = resolveCaseDate(c, t.end);
    // Optional keys assigned in order (see visitPoint).
    const span: TreatmentSpan = { index: i, path: `treatments[${i}]`, drug: t.drug };
    if (t.class) span.class = t.class;
    if (t.indication) span.indication = t.indication;
    if (start) span.start = start;
    if (end) span.end = end;
    if (t.cycles !== undefined) span.cycles = t.cycles;
    if (t.doseReductionPercent !== undefined) span.doseReductionPercent = t.doseReductionPercent;
    if (t.dose) span.dose = { value: t.dose.value, unit: t.dose.unit };
    return span;
  });
  return { visits, tumour, treatments, changes, issues };
}
