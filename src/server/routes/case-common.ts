/**
 * What the case route groups share: assessing a case for saving (the report and the list summary), storing
 * an assessment beside a case version, and the case body returned to clients.
 * @module
 */
import { assessCase, type AssessmentReport } from '../../assess/assess.js';
import type { Case } from '../../case/schema.js';
import type { StoredCase, User } from '../../store/store.js';
import { ENGINE_VERSION } from '../../version.js';
import { assessOptions, type ServerContext } from '../context.js';
import { problemOf } from '../http.js';
import { summarize } from '../summary.js';

/** A stored case as returned to clients (without the deleted flag). */
export function caseBodyOf(s: StoredCase) {
  const { deleted: _d, ...rest } = s;
  return rest;
}

/** The 404 response of every route that names a case. */
export const notFound = problemOf('no such case (or it was deleted)');

/** Assesses a case as of the server's today, with the summary stored in the case list. */
export function assessAndSummarize(ctx: ServerContext, c: Case) {
  const report = assessCase(c, assessOptions(ctx, ctx.today()));
  return { report, summary: summarize(report) };
}

/** Stores an assessment of a case version, with the engine version and the user who caused it. */
export function storeAssessment(ctx: ServerContext, s: StoredCase, report: AssessmentReport, user: User) {
  return ctx.store.cases.saveAssessment({
    caseId: s.id,
    caseVersion: s.version,
    engineVersion: ENGINE_VERSION,
    asOf: String(report.asOf),
    createdBy: user.id,
    report,
  });
}
