/**
 * Cases: list, create, read, update (If-Match), delete, history, earlier versions, and the stored
 * assessments of a case. Saving a case assesses it and stores the assessment with the engine and case
 * version.
 * @module
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { TypedResponse } from 'hono';
import { caseToFhir } from '../../fhir/from-case.js';
import { assessCase, type AssessmentReport } from '../../assess/assess.js';
import type { Case } from '../../case/schema.js';
import { validateCase } from '../../case/validate.js';
import { InputError } from '../../core/issues.js';
import type { StoredCase, User } from '../../store/store.js';
import { ENGINE_VERSION } from '../../version.js';
import { assessOptions, type RouteGroup } from '../context.js';
import {
  caseBody,
  ifMatchVersion,
  jsonResponse,
  problemOf,
  recordOk,
  secured,
  withWarnings,
} from '../http.js';
import {
  AssessmentSchema,
  CaseListResponse,
  ExportQuery,
  HistoryResponse,
  IdParam,
  IfMatchHeader,
  itemsOf,
  ListQuery,
  SavedCaseSchema,
  StoredCaseSchema,
  StrictQuery,
  VersionParams,
} from '../schemas.js';
import { summarize } from '../summary.js';
import { canonicalAntibody } from '../../facts/names.js';

function caseBodyOf(s: StoredCase) {
  const { deleted: _d, ...rest } = s;
  return rest;
}

const notFound = problemOf('no such case (or it was deleted)');

/** The case routes. */
export const caseRoutes: RouteGroup = {
  name: 'cases',
  register(app, ctx) {
    const { store } = ctx;
    const assessAndSummarize = (c: Case) => {
      const report = assessCase(c, assessOptions(ctx, ctx.today()));
      return { report, summary: summarize(report) };
    };
    const storeAssessment = (s: StoredCase, report: AssessmentReport, user: User) =>
      store.cases.saveAssessment({
        caseId: s.id,
        caseVersion: s.version,
        engineVersion: ENGINE_VERSION,
        asOf: String(report.asOf),
        createdBy: user.id,
        report: report,
      });

    app.openapi(
      secured(
        ctx,
        { role: 'viewer', audit: { action: 'case.list', resource: 'case' } },
        createRoute({
          method: 'get',
          path: '/api/cases',
          tags: ['cases'],
          summary: 'List cases with key results, most recently updated first',
          request: { query: ListQuery },
          responses: { 200: jsonResponse(CaseListResponse) },
        }),
      ),
      async (c) => {
        const { antibody, ...query } = c.req.valid('query');
        const r = await store.cases.list({
          ...query,
          ...(antibody ? { antibody: canonicalAntibody(antibody) } : {}),
        });
        await recordOk(ctx, c, { detail: { count: r.items.length } });
        return c.json(r, 200);
      },
    );

    app.openapi(
      secured(
        ctx,
        { role: 'clinician', audit: { action: 'case.create', resource: 'case' } },
        createRoute({
          method: 'post',
          path: '/api/cases',
          tags: ['cases'],
          summary: 'Create a case (clinician); it is assessed and the assessment stored',
          request: { query: StrictQuery, body: caseBody },
          responses: {
            201: jsonResponse(
              SavedCaseSchema,
              'the stored case (Location, ETag "1"), with `warnings` when validation has any',
            ),
          },
        }),
      ),
      async (c) => {
        const v = c.get('caseInput');
        const user = c.get('identity').user;
        const { report, summary } = assessAndSummarize(v.case);
        const s = await store.cases.create(v.case, user.id, summary);
        const a = await storeAssessment(s, { ...report, case: v.case }, user);
        await recordOk(ctx, c, { resourceId: s.id, detail: { version: s.version, assessment: a.id } });
        c.header('Location', `/api/cases/${s.id}`);
        c.header('ETag', `"${s.version}"`);
        return c.json(withWarnings(caseBodyOf(s), v.warnings), 201);
      },
    );

    app.openapi(
      secured(
        ctx,
        { role: 'viewer', audit: { action: 'case.read', resource: 'case', idParam: 'id' } },
        createRoute({
          method: 'get',
          path: '/api/cases/{id}',
          tags: ['cases'],
          summary: 'Read the current version (ETag = version)',
          request: { params: IdParam },
          responses: { 200: jsonResponse(StoredCaseSchema), 404: notFound },
        }),
      ),
      async (c) => {
        const { id } = c.req.valid('param');
        const s = await store.cases.get(id);
        await recordOk(ctx, c, { detail: { version: s.version } });
        c.header('ETag', `"${s.version}"`);
        return c.json(caseBodyOf(s), 200);
      },
    );

    app.openapi(
      secured(
        ctx,
        { role: 'clinician', audit: { action: 'case.update', resource: 'case', idParam: 'id' } },
        createRoute({
          method: 'put',
          path: '/api/cases/{id}',
          tags: ['cases'],
          summary: 'Save a new version (clinician); 409 with the current case when If-Match is stale',
          request: { params: IdParam, query: StrictQuery, headers: IfMatchHeader, body: caseBody },
          responses: {
            200: jsonResponse(
              SavedCaseSchema,
              'the new version (ETag), with `warnings` when validation has any',
            ),
            404: notFound,
            409: problemOf('stale If-Match: the problem carries currentVersion and the current case'),
            428: problemOf('If-Match is missing'),
          },
        }),
      ),
      async (c) => {
        const { id } = c.req.valid('param');
        const base = ifMatchVersion(c);
        const v = c.get('caseInput');
        const user = c.get('identity').user;
        const { report, summary } = assessAndSummarize(v.case);
        const s = await store.cases.update(id, base, v.case, user.id, summary);
        const a = await storeAssessment(s, { ...report, case: v.case }, user);
        await recordOk(ctx, c, { detail: { version: s.version, assessment: a.id } });
        c.header('ETag', `"${s.version}"`);
        return c.json(withWarnings(caseBodyOf(s), v.warnings), 200);
      },
    );

    app.openapi(
      secured(
        ctx,
        { role: 'clinician', audit: { action: 'case.delete', resource: 'case', idParam: 'id' } },
        createRoute({
          method: 'delete',
          path: '/api/cases/{id}',
          tags: ['cases'],
          summary: 'Delete (kept as a final version; the history stays readable)',
          request: { params: IdParam, headers: IfMatchHeader },
          responses: {
            204: { description: 'deleted' },
            404: notFound,
            409: problemOf('stale If-Match'),
            428: problemOf('If-Match is missing'),
          },
        }),
      ),
      async (c) => {
        const { id } = c.req.valid('param');
        const base = ifMatchVersion(c);
        await store.cases.delete(id, base, c.get('identity').user.id);
        await recordOk(ctx, c, { detail: { version: base + 1 } });
        return c.body(null, 204);
      },
    );

    app.openapi(
      secured(
        ctx,
        { role: 'viewer', audit: { action: 'case.history', resource: 'case', idParam: 'id' } },
        createRoute({
          method: 'get',
          path: '/api/cases/{id}/history',
          tags: ['cases'],
          summary: 'Every version: who, when, which field paths changed',
          request: { params: IdParam },
          responses: { 200: jsonResponse(HistoryResponse), 404: notFound },
        }),
      ),
      async (c) => {
        const { id } = c.req.valid('param');
        const items = await store.cases.history(id);
        await recordOk(ctx, c);
        return c.json({ items }, 200);
      },
    );

    app.openapi(
      secured(
        ctx,
        { role: 'viewer', audit: { action: 'case.read-version', resource: 'case', idParam: 'id' } },
        createRoute({
          method: 'get',
          path: '/api/cases/{id}/versions/{version}',
          tags: ['cases'],
          summary: 'Read an earlier version',
          request: { params: VersionParams },
          responses: { 200: jsonResponse(StoredCaseSchema), 404: notFound },
        }),
      ),
      async (c) => {
        const { id, version } = c.req.valid('param');
        const s = await store.cases.get(id, version);
        await recordOk(ctx, c, { detail: { version } });
        return c.json(caseBodyOf(s), 200);
      },
    );

    app.openapi(
      secured(
        ctx,
        { role: 'clinician', audit: { action: 'case.restore', resource: 'case', idParam: 'id' } },
        createRoute({
          method: 'post',
          path: '/api/cases/{id}/versions/{version}/restore',
          tags: ['cases'],
          summary:
            'Restore an earlier version as a new version (clinician); If-Match names the current version, 409 when stale',
          request: { params: VersionParams, headers: IfMatchHeader },
          responses: {
            200: jsonResponse(StoredCaseSchema, 'the new version (ETag)'),
            404: notFound,
            409: problemOf('stale If-Match: the problem carries currentVersion and the current case'),
            422: problemOf('the earlier version is not a valid case under the current rules'),
            428: problemOf('If-Match is missing'),
          },
        }),
      ),
      async (c) => {
        const { id, version } = c.req.valid('param');
        const base = ifMatchVersion(c);
        const user = c.get('identity').user;
        const old = await store.cases.get(id, version);
        const v = validateCase(old.data);
        if (!v.case)
          throw new InputError(`version ${version} is not a valid case under the current rules`, v.issues);
        const { report, summary } = assessAndSummarize(v.case);
        const s = await store.cases.restore(id, base, version, user.id, summary);
        const a = await storeAssessment(s, { ...report, case: v.case }, user);
        await recordOk(ctx, c, { detail: { version: s.version, restoredFrom: version, assessment: a.id } });
        c.header('ETag', `"${s.version}"`);
        return c.json(caseBodyOf(s), 200);
      },
    );

    app.openapi(
      secured(
        ctx,
        { role: 'viewer', audit: { action: 'case.export', resource: 'case', idParam: 'id' } },
        createRoute({
          method: 'get',
          path: '/api/cases/{id}/export',
          tags: ['cases'],
          summary: 'Download the current version: the case document (JSON) or a FHIR R4 Bundle',
          request: { params: IdParam, query: ExportQuery },
          responses: {
            200: {
              description: 'the case document or the Bundle, as an attachment',
              content: {
                'application/json': { schema: z.record(z.string(), z.unknown()) },
                'application/fhir+json': { schema: z.record(z.string(), z.unknown()) },
              },
            },
            404: notFound,
            422: problemOf('the stored case is not valid under the current rules (FHIR export)'),
          },
        }),
      ),
      async (c) => {
        const { id } = c.req.valid('param');
        const { format } = c.req.valid('query');
        const s = await store.cases.get(id);
        let body: unknown = s.data;
        if (format === 'fhir') {
          const v = validateCase(s.data);
          if (!v.case) throw new InputError('the stored case is not valid under the current rules', v.issues);
          body = caseToFhir(v.case);
        }
        await recordOk(ctx, c, { detail: { version: s.version, format } });
        c.header('ETag', `"${s.version}"`);
        c.header(
          'Content-Disposition',
          `attachment; filename="case-${id}-v${s.version}${format === 'fhir' ? '.fhir' : ''}.json"`,
        );
        // A download typed as the route's JSON response (the body is the declared JSON object, pretty-printed).
        return c.body(JSON.stringify(body, null, 2), 200, {
          'Content-Type': format === 'fhir' ? 'application/fhir+json' : 'application/json',
        }) as unknown as TypedResponse<never, 200, 'json'>;
      },
    );

    app.openapi(
      secured(
        ctx,
        { role: 'clinician', audit: { action: 'assessment.create', resource: 'case', idParam: 'id' } },
        createRoute({
          method: 'post',
          path: '/api/cases/{id}/assess',
          tags: ['assessment'],
          summary: 'Assess the current version and store the result',
          request: { params: IdParam },
          responses: { 201: jsonResponse(AssessmentSchema, 'the stored assessment'), 404: notFound },
        }),
      ),
      async (c) => {
        const { id } = c.req.valid('param');
        const s = await store.cases.get(id);
        const v = validateCase(s.data);
        if (!v.case) throw new InputError('the case is not valid', v.issues);
        const report = assessCase(v.case, assessOptions(ctx, ctx.today()));
        const a = await storeAssessment(s, report, c.get('identity').user);
        await recordOk(ctx, c, { detail: { version: s.version, assessment: a.id } });
        return c.json(a, 201);
      },
    );

    app.openapi(
      secured(
        ctx,
        { role: 'viewer', audit: { action: 'assessment.list', resource: 'case', idParam: 'id' } },
        createRoute({
          method: 'get',
          path: '/api/cases/{id}/assessments',
          tags: ['assessment'],
          summary: 'Stored assessments, newest first, each with its engine and case version',
          request: { params: IdParam },
          responses: { 200: jsonResponse(itemsOf(AssessmentSchema)) },
        }),
      ),
      async (c) => {
        const { id } = c.req.valid('param');
        const items = await store.cases.listAssessments(id);
        await recordOk(ctx, c, { detail: { count: items.length } });
        return c.json({ items }, 200);
      },
    );
  },
};
