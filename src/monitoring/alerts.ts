/**
 * The paraneoplastic warning signal. In cancer-associated DM the myositis can behave like a tumour
 * marker: it settles when the cancer responds and flares when it progresses. Flare signals and alert
 * rules are data tables (id, rule, threshold, source, decision note), evaluated three-valued by the
 * generic code below.
 * @module
 */
import { resolveCaseDate } from '../case/dates.js';
import type { Case } from '../case/schema.js';
import type { Citation, Evidence } from '../core/evidence.js';
import type { DayInterval } from '../core/dates.js';
import { triOr, type Tri } from '../core/tri.js';
import { tisBetween, type Course, type VisitPoint } from './course.js';
import { TIS_THRESHOLDS } from './tis-2016/definition.js';

/** Sources behind the alert rules. */
export const ALERT_SOURCES = {
  merry2020: {
    label:
      'Merry E, Smrke A, Halai K, et al. Paraneoplastic dermatomyositis associated with metastatic leiomyosarcoma of unknown primary. Clin Sarcoma Res 2020;10:15 (DM flare heralded progression; severity followed the tumour)',
    doi: '10.1186/s13569-020-00140-w',
  },
  imacs2023: {
    label:
      'Oldroyd AGS, Callen JP, Chinoy H, et al. International guideline for IIM-associated cancer screening (IMACS). Nat Rev Rheumatol 2023;19:805–817',
    doi: '10.1038/s41584-023-01045-w',
    locator: 'Fig. 1: 3-year at-risk window, repeat screening; refractory disease as a risk feature [R]',
  },
  imacsWorsening: {
    label:
      'IMACS preliminary definition of disease worsening (physician global ≥ 2 cm worse) — recalled, not in the project reference [R]; Miller FW et al. Rheumatology 2001;40:1262–1273 (core set)',
  },
  tis2016: {
    label: 'Aggarwal R et al. 2016 ACR/EULAR myositis response criteria. Arthritis Rheumatol 2017;69:898–910',
    doi: '10.1002/art.40064',
  },
  cdasi: {
    label: 'Anyanwu CO et al. Br J Dermatol 2015;173:969–974 (CDASI MCID 4–5 points)',
    doi: '10.1111/bjd.13915',
  },
} satisfies Record<string, Citation>;

// ─── Flare signals (between two consecutive dated visits) ───────────────────────────────────────

/** A flare signal row. */
export interface FlareSignalDef {
  id: string;
  label: string;
  cite: Citation;
  note: string;
  /** met / not-met / unknown (a measure missing at either visit). */
  test(prev: VisitPoint, cur: VisitPoint): { status: Tri; evidence: Evidence[] };
}

const ev = (v: VisitPoint, field: string, value: unknown, note?: string): Evidence => {
  const e: Evidence = { path: `${v.path}.${field}`, value };
  if (note) e.note = note;
  return e;
};

/** Thresholds of the flare signals (decisions, documented in docs/monitoring.md). */
export const FLARE_THRESHOLDS = {
  enzymeRelativeRisePercent: 20,
  mmtDropPercentOfMax: 5,
  mrcDropGrades: 1,
  cdasiRisePoints: 4,
  physicianGlobalRiseCm: 2,
  reverseTisMin: TIS_THRESHOLDS.minimal,
} as const;

/** The flare signals, each tested between the previous and the current visit. */
export const FLARE_SIGNALS: readonly FlareSignalDef[] = [
  {
    id: 'enzyme-rise',
    label:
      'Most abnormal muscle enzyme above its ULN and ≥ 20 % higher (in × ULN) than at the previous visit',
    cite: ALERT_SOURCES.imacs2023,
    note: 'Decision: the 20 % relative rise filters assay noise; the same analyte is compared at both visits.',
    test: (p, c) => {
      if (!c.enzyme) return { status: 'unknown', evidence: [] };
      const prevSame = p.enzymes.find((e) => e.analyte === c.enzyme!.analyte);
      if (!prevSame)
        return { status: c.enzyme.xUln > 1 ? 'unknown' : 'not-met', evidence: [ev(c, 'enzymes', c.enzyme)] };
      const met =
        c.enzyme.xUln > 1 &&
        c.enzyme.xUln >= prevSame.xUln * (1 + FLARE_THRESHOLDS.enzymeRelativeRisePercent / 100);
      return {
        status: met ? 'met' : 'not-met',
        evidence: [
          ev(p, 'enzymes', prevSame),
          ev(
            c,
            'enzymes',
            c.enzyme,
            `${c.enzyme.analyte} ${c.enzyme.value} (${c.enzyme.xUln.toFixed(2)} × ULN) vs ${prevSame.value} (${prevSame.xUln.toFixed(2)} × ULN)`,
          ),
        ],
      };
    },
  },
  {
    id: 'mmt-drop',
    label: 'MMT-8 total fallen by ≥ 5 % of the scale maximum (≥ 4 of 80, ≥ 7.5 of 150)',
    cite: ALERT_SOURCES.tis2016,
    note: 'Decision: 5 % of the maximum is a change of the size the TIS counts as real (MMT band 1 starts above 2 %), with margin for tester variability.',
    test: (p, c) => {
      if (!p.mmt || !c.mmt || p.mmt.max !== c.mmt.max) return { status: 'unknown', evidence: [] };
      const drop = ((p.mmt.score - c.mmt.score) / c.mmt.max) * 100;
      return {
        status: drop >= FLARE_THRESHOLDS.mmtDropPercentOfMax ? 'met' : 'not-met',
        evidence: [
          ev(p, 'mmt8', p.mmt),
          ev(c, 'mmt8', c.mmt, `MMT ${p.mmt.score} → ${c.mmt.score} of ${c.mmt.max}`),
        ],
      };
    },
  },
  {
    id: 'mrc-drop',
    label: 'Weakest MRC grade ≥ 1 grade lower than at the previous visit',
    cite: {
      label:
        'Medical Research Council. Aids to the examination of the peripheral nervous system. Memorandum 45. HMSO, 1976',
    },
    note: 'Decision: uses the upper end of a written range (3–4/5 → 4) at both visits; no MRC record at the earlier visit is read as unknown, not as normal.',
    test: (p, c) => {
      if (p.weakestMrc === null || c.weakestMrc === null) return { status: 'unknown', evidence: [] };
      return {
        status: p.weakestMrc - c.weakestMrc >= FLARE_THRESHOLDS.mrcDropGrades ? 'met' : 'not-met',
        evidence: [
          ev(p, 'mrc', p.weakestMrc),
          ev(c, 'mrc', c.weakestMrc, `weakest MRC ${p.weakestMrc} → ${c.weakestMrc}`),
        ],
      };
    },
  },
  {
    id: 'rash-worse',
    label: 'Rash new or worse: ordinal rash grade up, or CDASI activity up by ≥ 4 points',
    cite: ALERT_SOURCES.cdasi,
    note: 'Decision: the smaller published MCID (4, UPenn) applied to worsening, favouring sensitivity for a warning; the MCID was derived for improvement.',
    test: (p, c) => {
      const parts: Tri[] = [];
      const evidence: Evidence[] = [];
      if (p.rashGrade !== null && c.rashGrade !== null) {
        parts.push(c.rashGrade > p.rashGrade ? 'met' : 'not-met');
        evidence.push(
          ev(c, 'rash', c.rashGrade, `rash grade ${p.rashGrade} → ${c.rashGrade} (0 none … 3 severe)`),
        );
      }
      if (p.cdasiActivity !== null && c.cdasiActivity !== null) {
        parts.push(c.cdasiActivity - p.cdasiActivity >= FLARE_THRESHOLDS.cdasiRisePoints ? 'met' : 'not-met');
        evidence.push(
          ev(c, 'cdasi.activity', c.cdasiActivity, `CDASI ${p.cdasiActivity} → ${c.cdasiActivity}`),
        );
      }
      return { status: parts.length ? triOr(...parts) : 'unknown', evidence };
    },
  },
  {
    id: 'physician-global-worse',
    label: 'Physician global activity ≥ 2 cm worse on the 10-cm VAS',
    cite: ALERT_SOURCES.imacsWorsening,
    note: 'The 2-cm step is also the anchor of the CDASI MCID; Likert ratings are converted × 2.5.',
    test: (p, c) => {
      if (p.physicianGlobal === null || c.physicianGlobal === null)
        return { status: 'unknown', evidence: [] };
      return {
        status:
          c.physicianGlobal - p.physicianGlobal >= FLARE_THRESHOLDS.physicianGlobalRiseCm ? 'met' : 'not-met',
        evidence: [
          ev(c, 'physicianGlobal', c.physicianGlobal, `${p.physicianGlobal} → ${c.physicianGlobal} cm`),
        ],
      };
    },
  },
  {
    id: 'core-set-worsening',
    label:
      'Reverse TIS (later visit taken as baseline) ≥ 20: worsening at least as large as a minimal response',
    cite: ALERT_SOURCES.tis2016,
    note: 'Decision: the 2016 criteria define improvement only; scoring the change backwards measures worsening on the same scale. Needs the score to be certainly ≥ 20 (unknown measures count 0).',
    test: (p, c) => {
      const r = tisBetween(c, p);
      return {
        status:
          r.min >= FLARE_THRESHOLDS.reverseTisMin
            ? 'met'
            : r.max >= FLARE_THRESHOLDS.reverseTisMin
              ? 'unknown'
              : 'not-met',
        evidence: [
          { path: c.path, value: { min: r.min, max: r.max }, note: `reverse TIS ${r.min}–${r.max}` },
        ],
      };
    },
  },
];

/** A flare found at a visit. */
export interface Flare {
  visitPath: string;
  previousVisitPath: string;
  day?: DayInterval;
  signals: { id: string; status: Tri; evidence: Evidence[] }[];
  /** Ids of the signals that are met. */
  met: string[];
}

/**
 * Flares: a visit at which ≥ 1 signal is met relative to the previous visit, when the previous visit was
 * not itself a flare (a worsening after improvement or stability). The first pair has no earlier trend and
 * is accepted.
 * @param course - the course
 */
export function findFlares(course: Course): Flare[] {
  const out: Flare[] = [];
  let prevWasFlare = false;
  for (let k = 1; k < course.visits.length; k++) {
    const p = course.visits[k - 1]!;
    const c = course.visits[k]!;
    const signals: Flare['signals'] = [];
    const met: string[] = [];
    for (const s of FLARE_SIGNALS) {
      const t = s.test(p, c);
      signals.push({ id: s.id, status: t.status, evidence: t.evidence });
      if (t.status === 'met') met.push(s.id);
    }
    if (met.length && !prevWasFlare)
      out.push({
        visitPath: c.path,
        previousVisitPath: p.path,
        ...(c.day ? { day: c.day } : {}),
        signals,
        met,
      });
    prevWasFlare = met.length > 0;
  }
  return out;
}

// ─── Alert rules ────────────────────────────────────────────────────────────────────────────────

/** What an alert asks for. */
export type AlertAction =
  're-stage-cancer' | 'repeat-cancer-screening' | 'cancer-search' | 'concordant-course-note';

/** An alert rule row. */
export interface AlertRuleDef {
  id: string;
  action: AlertAction;
  severity: 'high' | 'moderate' | 'information';
  label: string;
  cite: Citation[];
  note: string;
}

/** Window after myositis onset in which a flare without known cancer prompts repeat screening. */
export const SCREENING_WINDOW_YEARS = 3;
/** Minimum treatment duration before "refractory" is judged. */
export const REFRACTORY_MIN_DAYS = 90;
/** A tumour time point and a myositis change are "concurrent" within this many days. */
export const CONCURRENCE_DAYS = 90;

/** The alert rules. */
export const ALERT_RULES: readonly AlertRuleDef[] = [
  {
    id: 'flare-with-known-cancer',
    action: 're-stage-cancer',
    severity: 'high',
    label:
      'Myositis flare after improvement or stability in a patient with a known cancer: re-stage the cancer',
    cite: [ALERT_SOURCES.merry2020],
    note: 'Evidence is case reports (paraneoplastic course); a flare has other causes (steroid taper, infection, drug) which the clinician weighs. A cancer counts as known when diagnosed on or before the flare, or undated.',
  },
  {
    id: 'flare-no-cancer-within-window',
    action: 'repeat-cancer-screening',
    severity: 'moderate',
    label: `Myositis flare without a known cancer within ${SCREENING_WINDOW_YEARS} years of myositis onset: repeat cancer screening`,
    cite: [ALERT_SOURCES.imacs2023],
    note: 'Onset = symptom onset, else diagnosis. Without any onset date the window is unknown and the alert is raised as possible.',
  },
  {
    id: 'refractory-myositis',
    action: 'cancer-search',
    severity: 'moderate',
    label: `Myositis refractory to treatment (no minimal TIS response ≥ ${REFRACTORY_MIN_DAYS} days after starting myositis treatment, or recorded as not improved): search for cancer`,
    cite: [ALERT_SOURCES.imacs2023, ALERT_SOURCES.tis2016],
    note: 'Decision: refractory = TIS from the last visit on or before the first myositis treatment to the latest visit ≥ 90 days after it is certainly < 20; or treatmentResponse "not-improved".',
  },
  {
    id: 'concordant-progression',
    action: 'concordant-course-note',
    severity: 'information',
    label: `RECIST progression within ${CONCURRENCE_DAYS} days of a myositis flare: the courses are concordant`,
    cite: [ALERT_SOURCES.merry2020],
    note: 'A note for the record, not a causal claim.',
  },
  {
    id: 'concordant-response',
    action: 'concordant-course-note',
    severity: 'information',
    label: `RECIST response (PR/CR) with the myositis improved (TIS ≥ 20 vs the first visit, or the worst enzyme back to ≤ ULN) within ${CONCURRENCE_DAYS} days: the myositis settles with the tumour`,
    cite: [ALERT_SOURCES.merry2020, ALERT_SOURCES.tis2016],
    note: 'A note for the record, not a causal claim.',
  },
];

/** A raised alert. */
export interface Alert {
  rule: string;
  action: AlertAction;
  severity: AlertRuleDef['severity'];
  /** `met`, or `unknown` when raised as possible (e.g. window unknown). */
  status: Tri;
  visitPath?: string;
  assessmentPath?: string;
  day?: DayInterval;
  /** Flare signals met, for flare-based rules. */
  signals?: string[];
  evidence: Evidence[];
  cite: Citation[];
}

const midOf = (d: DayInterval | undefined) => (d ? (d.earliest + d.latest) / 2 : undefined);
const MYOSITIS_CLASSES = new Set(['glucocorticoid', 'immunosuppressant', 'ivig', 'biologic']);

function raise(ruleId: string, extra: Omit<Alert, 'rule' | 'action' | 'severity' | 'cite'>): Alert {
  const r = ALERT_RULES.find((x) => x.id === ruleId)!;
  return { rule: r.id, action: r.action, severity: r.severity, cite: r.cite, ...extra };
}

/** The alerts and flares of a case. */
export interface AlertsResult {
  flares: Flare[];
  alerts: Alert[];
  refractory: { status: Tri; evidence: Evidence[] };
}

/** The latest visit (in course order) that passes `test`, searched from the end without copying the list. */
function lastVisit(visits: readonly VisitPoint[], test: (v: VisitPoint) => boolean): VisitPoint | undefined {
  for (let k = visits.length - 1; k >= 0; k--) if (test(visits[k]!)) return visits[k];
  return undefined;
}

function refractoryStatus(c: Case, course: Course): { status: Tri; evidence: Evidence[] } {
  if (c.treatmentResponse === 'not-improved')
    return { status: 'met', evidence: [{ path: 'treatmentResponse', value: 'not-improved' }] };
  const starts = course.treatments
    .filter(
      (t) =>
        (t.indication === 'myositis' ||
          (t.class !== undefined && MYOSITIS_CLASSES.has(t.class) && t.indication !== 'cancer')) &&
        t.start,
    )
    .map((t) => ({ t, d: midOf(t.start)! }))
    .sort((a, b) => a.d - b.d);
  const first = starts[0];
  if (!first || course.visits.length < 2) return { status: 'unknown', evidence: [] };
  const before = lastVisit(course.visits, (v) => v.mid! <= first.d) ?? course.visits[0]!;
  const after = lastVisit(course.visits, (v) => v.mid! - first.d >= REFRACTORY_MIN_DAYS);
  if (!after || after === before)
    return {
      status: 'unknown',
      evidence: [
        {
          path: first.t.path,
          value: first.t.drug,
          note: `no visit ≥ ${REFRACTORY_MIN_DAYS} days after the start`,
        },
      ],
    };
  const tis = tisBetween(before, after);
  const status: Tri =
    tis.max < TIS_THRESHOLDS.minimal ? 'met' : tis.min >= TIS_THRESHOLDS.minimal ? 'not-met' : 'unknown';
  return {
    status,
    evidence: [
      { path: first.t.path, value: first.t.drug },
      {
        path: after.path,
        value: { tisMin: tis.min, tisMax: tis.max },
        note: `TIS ${before.path} → ${after.path}: ${tis.min}–${tis.max}`,
      },
    ],
  };
}

/**
 * Evaluates the alert rules on a case's course.
 * @param c - the case
 * @param course - its course (from buildCourse)
 */
export function evaluateAlerts(c: Case, course: Course): AlertsResult {
  const flares = findFlares(course);
  const alerts: Alert[] = [];
  const cancers = c.cancers.map((x, i) => ({
    path: `cancers[${i}]`,
    day: resolveCaseDate(c, x.diagnosisDate),
  }));
  const onset = resolveCaseDate(c, c.dates.symptomOnset) ?? resolveCaseDate(c, c.dates.diagnosis);

  for (const f of flares) {
    const fd = midOf(f.day)!;
    const known = cancers.filter((k) => !k.day || k.day.earliest <= fd);
    const base = {
      visitPath: f.visitPath,
      ...(f.day ? { day: f.day } : {}),
      signals: f.met,
      evidence: f.signals.filter((s) => s.status === 'met').flatMap((s) => s.evidence),
    };
    if (known.length) {
      alerts.push(
        raise(
          'flare-with-known-cancer',
          Object.assign({}, base, {
            status: 'met' as const,
            evidence: [...base.evidence, ...known.map((k) => ({ path: k.path, note: 'known cancer' }))],
          }),
        ),
      );
    } else {
      const years = onset ? (fd - midOf(onset)!) / 365.25 : undefined;
      if (years === undefined)
        alerts.push(
          raise(
            'flare-no-cancer-within-window',
            Object.assign({}, base, {
              status: 'unknown' as const,
              evidence: [
                ...base.evidence,
                { path: 'dates.symptomOnset', note: 'no onset date: window unknown' },
              ],
            }),
          ),
        );
      else if (years <= SCREENING_WINDOW_YEARS)
        alerts.push(
          raise(
            'flare-no-cancer-within-window',
            Object.assign({}, base, {
              status: 'met' as const,
              evidence: [
                ...base.evidence,
                {
                  path: 'dates.symptomOnset',
                  value: Number(years.toFixed(2)),
                  note: 'years from onset to flare',
                },
              ],
            }),
          ),
        );
    }
  }

  const refractory = refractoryStatus(c, course);
  if (refractory.status === 'met')
    alerts.push(raise('refractory-myositis', { status: 'met', evidence: refractory.evidence }));

  const first = course.visits[0];
  for (const series of course.tumour) {
    for (const tp of series.recist.timePoints) {
      const td = midOf(tp.day);
      if (td === undefined || tp.overall.category === 'baseline') continue;
      if (tp.overall.category === 'PD') {
        const f = flares.find((x) => Math.abs(midOf(x.day)! - td) <= CONCURRENCE_DAYS);
        if (f) {
          alerts.push(
            raise('concordant-progression', {
              status: 'met',
              assessmentPath: tp.path,
              visitPath: f.visitPath,
              ...(tp.day ? { day: tp.day } : {}),
              evidence: [
                { path: tp.path, value: 'PD', note: tp.overall.rule },
                { path: f.visitPath, value: f.met },
              ],
            }),
          );
        }
      }
      if ((tp.overall.category === 'PR' || tp.overall.category === 'CR') && first) {
        const near = course.visits
          .filter((v) => v !== first && Math.abs(v.mid! - td) <= CONCURRENCE_DAYS)
          .sort((a, b) => Math.abs(a.mid! - td) - Math.abs(b.mid! - td))[0];
        if (!near) continue;
        const tis = tisBetween(first, near);
        const enzymeBack =
          first.enzyme !== null &&
          first.enzyme.xUln > 1 &&
          (near.enzymes.find((e) => e.analyte === first.enzyme!.analyte)?.xUln ?? Infinity) <= 1;
        if (tis.min >= TIS_THRESHOLDS.minimal || enzymeBack) {
          alerts.push(
            raise('concordant-response', {
              status: 'met',
              assessmentPath: tp.path,
              visitPath: near.path,
              ...(tp.day ? { day: tp.day } : {}),
              evidence: [
                {
                  path: tp.path,
                  value: tp.overall.category,
                  note: `${tp.overall.rule}; SoD ${tp.sumMm ?? '?'} mm (${tp.changeFromBaselinePercent?.toFixed(0) ?? '?'} % vs baseline)`,
                },
                {
                  path: near.path,
                  value: { tisMin: tis.min, tisMax: tis.max, enzymeNormal: enzymeBack },
                  note: `TIS ${first.path} → ${near.path}: ${tis.min}–${tis.max}`,
                },
              ],
            }),
          );
        }
      }
    }
  }
  return { flares, alerts, refractory };
}
