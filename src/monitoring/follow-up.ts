/**
 * The follow-up of a case: its course over time (myositis activity, tumour response, treatments), the
 * paraneoplastic warning signal, the concordance of myositis activity with tumour burden, cumulative
 * doxorubicin.
 * @module
 */
import type { Case } from '../case/schema.js';
import { evaluateAlerts, type AlertsResult } from './alerts.js';
import { concordance, type ConcordanceSummary } from './concordance.js';
import { buildCourse, type Course } from './course.js';
import { InputError } from '../core/issues.js';
import { cumulativeDoxorubicin, type CumulativeDoxorubicinResult } from './dosing/dosing.js';

/** The monitoring section of an assessment. */
export interface MonitoringResult {
  /** False when the case has no visits and no tumour assessments. */
  hasTimeline: boolean;
  course: Course;
  alerts: AlertsResult;
  concordance: ConcordanceSummary;
  /** Cumulative doxorubicin (mg/m²) from treatments recorded with a mg/m² dose and cycles; null when none. */
  doxorubicin: (CumulativeDoxorubicinResult & { treatmentPaths: string[] }) | null;
}

/** Where each field of a doxorubicin course comes from in a treatment record. */
const COURSE_FIELD_PATHS: Readonly<Record<string, string>> = {
  mgPerM2: '.dose.value',
  cycles: '.cycles',
  doseReductionPercent: '.doseReductionPercent',
};

/** Doxorubicin courses of a case that can be summed (dose in mg/m² and a cycle count). */
function doxorubicinOf(c: Case): MonitoringResult['doxorubicin'] {
  // One pass; the path of a treatment is written only for a doxorubicin course.
  const rows: { t: Case['treatments'][number]; path: string }[] = [];
  c.treatments.forEach((t, i) => {
    if (
      t.dose?.unit === 'mg/m2' &&
      t.cycles !== undefined &&
      /doxorubicin|adriamycin/i.test(t.drug) &&
      !/liposomal/i.test(t.drug)
    )
      rows.push({ t, path: `treatments[${i}]` });
  });
  if (!rows.length) return null;
  let r: CumulativeDoxorubicinResult;
  try {
    r = cumulativeDoxorubicin(
      rows.map(({ t }) => ({
        mgPerM2: t.dose!.value,
        cycles: t.cycles!,
        ...(t.doseReductionPercent !== undefined ? { doseReductionPercent: t.doseReductionPercent } : {}),
      })),
    );
  } catch (e) {
    // Validation refuses these values; a case that skipped it still gets the paths of its own fields.
    if (!(e instanceof InputError)) throw e;
    throw new InputError(
      e.message,
      e.issues.map((i) => {
        const m = /^courses\[(\d+)\]\.(\w+)$/.exec(i.path);
        const row = m ? rows[Number(m[1])] : undefined;
        return row ? Object.assign({}, i, { path: `${row.path}${COURSE_FIELD_PATHS[m![2]!] ?? ''}` }) : i;
      }),
    );
  }
  return Object.assign({}, r, { treatmentPaths: rows.map((x) => x.path) });
}

/**
 * Evaluates the follow-up of a case.
 * @param c - a validated case
 */
export function assessMonitoring(c: Case): MonitoringResult {
  const course = buildCourse(c);
  return {
    hasTimeline: c.visits.length + c.tumourAssessments.length > 0,
    course,
    alerts: evaluateAlerts(c, course),
    concordance: concordance(course),
    doxorubicin: doxorubicinOf(c),
  };
}
