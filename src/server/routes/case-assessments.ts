/**
 * Stored assessments of a case: assess the current version and store the result; list them, newest first.
 * @module
 */
import { createRoute } from '@hono/zod-openapi';
import { assessCase } from '../../assess/assess.js';
import { validateCase } from '../../case/validate.js';
import { InputError } from '../../core/issues.js';
import { assessOptions, type RouteGroup } from '../context.js';
import { jsonResponse, recordOk, secured } from '../http.js';
import { AssessmentSchema, IdParam, itemsOf } from '../schemas.js';
import { notFound, storeAssessment } from './case-common.js';

/** The stored-assessment routes of a case. */
export const caseAssessmentRoutes: RouteGroup = {
  name: 'case-assessments',
  register(app, ctx) {
    const { store } = ctx;
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
        const a = await storeAssessment(ctx, s, report, c.get('identity').user);
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
