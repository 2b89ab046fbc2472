/**
 * Lines of therapy for RECIST: a new line of therapy starts a new baseline. What marks a new line:
 * a treatment flagged `newLineOfTherapy: true`, or — unless flagged `false` — a systemic anticancer
 * treatment (chemotherapy, targeted, immuno- or hormone therapy, not for the myositis) that starts after an
 * overall progression (PD) of the current series. The new baseline is the latest assessment dated on or
 * before the treatment's start. Pure.
 * @see docs/monitoring.md §2 "New line of therapy"
 * @module
 */
import type { Case, Treatment } from '../case/schema.js';
import { resolveCaseDate } from '../case/dates.js';
import type { DayInterval } from '../core/dates.js';
import { issue, type Issue } from '../core/issues.js';
import { evaluateRecist, type RecistTimePointInput } from './recist/evaluate.js';

/** Treatment classes that count as a systemic anticancer regimen for the automatic rule. */
export const SYSTEMIC_ANTICANCER_CLASSES: readonly string[] = [
  'chemotherapy',
  'targeted-therapy',
  'immunotherapy',
  'hormone-therapy',
];

/** RECIST 1.1: the baseline should be no more than 4 weeks before the start of treatment. */
export const BASELINE_MAX_DAYS_BEFORE_TREATMENT = 28;

/** Why a series starts where it does. */
export interface TherapyLine {
  /** 1 for the first series of a cancer, 2 for the next, … */
  number: number;
  /**
   * `first`: the first assessment of the cancer; `flagged`: a treatment marked `newLineOfTherapy: true`;
   * `new-regimen-after-progression`: a systemic anticancer treatment started after a PD.
   */
  trigger: 'first' | 'flagged' | 'new-regimen-after-progression';
  /** The treatment that started the line (path in the case), when not the first. */
  treatmentPath?: string;
  treatmentStart?: DayInterval;
}

/** One assessment with its index in `case.tumourAssessments`. */
export interface IndexedPoint {
  point: RecistTimePointInput;
  index: number;
}

const mid = (d: DayInterval | undefined) => (d ? (d.earliest + d.latest) / 2 : undefined);

function trigger(t: Treatment): 'flagged' | 'auto' | undefined {
  if (t.newLineOfTherapy === true) return 'flagged';
  if (t.newLineOfTherapy === false) return undefined;
  const systemic = t.class !== undefined && SYSTEMIC_ANTICANCER_CLASSES.includes(t.class);
  return systemic && t.indication !== 'myositis' && t.indication !== 'other' ? 'auto' : undefined;
}

/**
 * Splits one cancer's assessments (chronological) into series, one per line of therapy. The assessment
 * that becomes a new baseline also closes the previous series (it is that series' last time point).
 * @param c - the case (treatments and date anchors)
 * @param points - the cancer's dated assessments in chronological order
 * @returns the series with their line, and warnings (baseline more than 4 weeks before the new line)
 */
export function splitByTherapyLine(
  c: Case,
  input: readonly IndexedPoint[],
): { series: { line: TherapyLine; points: IndexedPoint[] }[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const starts = c.treatments
    .map((t, i) => ({ t, path: `treatments[${i}]`, kind: trigger(t), start: resolveCaseDate(c, t.start) }))
    .filter((x) => x.kind !== undefined && x.start !== undefined)
    .sort((a, b) => mid(a.start)! - mid(b.start)!);
  const series: { line: TherapyLine; points: IndexedPoint[] }[] = [];
  let points = [...input];
  let line: TherapyLine = { number: 1, trigger: 'first' };
  let from = 0;
  for (const s of starts) {
    const start = s.start!;
    // The new baseline: the latest assessment on or before the start (its whole date interval).
    let b = -1;
    points.forEach((p, k) => {
      if (k >= from && p.point.day && p.point.day.latest <= start.earliest) b = k;
    });
    const after = points.some((p) => p.point.day && p.point.day.earliest > start.latest);
    if (b <= from || !after) continue;
    if (s.kind === 'auto') {
      const r = evaluateRecist(points.slice(from, b + 1).map((p) => p.point));
      if (!r.valid || r.firstProgressionIndex === undefined) continue;
    }
    series.push({ line, points: points.slice(from, b + 1) });
    const gap = start.earliest - points[b]!.point.day!.latest;
    if (gap > BASELINE_MAX_DAYS_BEFORE_TREATMENT)
      issues.push(
        Object.assign(
          {},
          issue(
            'value',
            points[b]!.point.path,
            `new baseline for the line started by ${s.path} is ${gap} days before it (RECIST 1.1 asks for ≤ ${BASELINE_MAX_DAYS_BEFORE_TREATMENT}): record a re-staging assessment closer to the start`,
          ),
          { severity: 'warning' },
        ),
      );
    points = rebaseline(points, b, issues);
    line = {
      number: line.number + 1,
      trigger: s.kind === 'flagged' ? 'flagged' : 'new-regimen-after-progression',
      treatmentPath: s.path,
      treatmentStart: start,
    };
    from = b;
  }
  series.push({ line, points: points.slice(from) });
  return { series, issues };
}

/**
 * The assessment at `b` as the baseline of a new line: its non-target statuses and new lesions were
 * relative to the old baseline. Unequivocal progression becomes "present"; new lesions are disease at the
 * new baseline but have no measurement, so they are dropped with a warning (record them as lesions of a
 * re-staging assessment). Everything else is validated as any baseline.
 */
function rebaseline(points: IndexedPoint[], b: number, issues: Issue[]): IndexedPoint[] {
  const p = points[b]!;
  const a = p.point.assessment;
  if (a.newLesions.length)
    issues.push(
      Object.assign(
        {},
        issue(
          'value',
          `${p.point.path}.newLesions`,
          `${a.newLesions.length} new lesion(s) at this new baseline have no measurement and are not part of it: record a re-staging assessment with them as target or non-target lesions`,
        ),
        { severity: 'warning' },
      ),
    );
  const assessment = Object.assign({}, a, {
    newLesions: [],
    nonTargets: a.nonTargets.map((n) =>
      n.status === 'unequivocal-progression' ? { ...n, status: 'present' as const } : n,
    ),
  });
  const out = [...points];
  out[b] = Object.assign({}, p, { point: { ...p.point, assessment } });
  return out;
}
