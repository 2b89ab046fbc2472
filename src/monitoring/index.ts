/**
 * Follow-up monitoring: the course over time (myositis activity, tumour response, treatments), the
 * paraneoplastic warning signal and the concordance of myositis activity with tumour burden.
 * @module
 */
import type { Case } from '../case/schema.js';
import { evaluateAlerts, type AlertsResult } from './alerts.js';
import { concordance, type ConcordanceSummary } from './concordance.js';
import { buildCourse, type Course } from './course.js';

export * from './alerts.js';
export * from './cdasi.js';
export * from './concordance.js';
export * from './course.js';
export * from './dosing.js';
export * from './recist/index.js';
export * from './tis-2016/definition.js';
export * from './tis-2016/evaluate.js';

/** The monitoring section of an assessment. */
export interface MonitoringResult {
  /** False when the case has no visits and no tumour assessments. */
  hasTimeline: boolean;
  course: Course;
  alerts: AlertsResult;
  concordance: ConcordanceSummary;
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
  };
}
