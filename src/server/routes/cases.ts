/**
 * Cases: list, create, read, update (If-Match) and delete. Saving a case assesses it and stores the
 * assessment with the engine and case version. Earlier versions are in `case-versions.ts`, stored
 * assessments in `assessments.ts`.
 * @module
 */
import { createRoute } from '@hono/zod-openapi';
import { canonicalAntibody } from '../../facts/names.js';
import type { RouteGroup } from '../context.js';
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
  CaseListResponse,
  IdParam,
  IfMatchHeader,
  ListQuery,
  SavedCaseSchema,
  StoredCaseSchema,
  StrictQuery,
} from '../schemas.js';
import { assessAndSummarize, caseBodyOf, notFound, storeAssessment } from './case-common.js';

/** The case routes: list, create, read, update, delete. */
export const caseRoutes: RouteGroup = {
  name: 'cases',
  register(app, ctx) {
    const { store } = ctx;
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
        const { report, summary } = assessAndSummarize(ctx, v.case);
        const s = await store.cases.create(v.case, user.id, summary);
        const a = await storeAssessment(ctx, s, { ...report, case: v.case }, user);
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
        const { report, summary } = assessAndSummarize(ctx, v.case);
        const s = await store.cases.update(id, base, v.case, user.id, summary);
        const a = await storeAssessment(ctx, s, { ...report, case: v.case }, user);
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
  },
};
