/**
 * A case's history: every version with who and which paths changed, reading an earlier version, restoring
 * it as a new version (assessed and stored like a save), and downloading the case (JSON or FHIR R4).
 * @module
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { TypedResponse } from 'hono';
import { validateCase } from '../../case/validate.js';
import { InputError } from '../../core/issues.js';
import { caseToFhir } from '../../fhir/from-case.js';
import type { RouteGroup } from '../context.js';
import { ifMatchVersion, jsonResponse, problemOf, recordOk, secured } from '../http.js';
import {
  ExportQuery,
  HistoryResponse,
  IdParam,
  IfMatchHeader,
  StoredCaseSchema,
  VersionParams,
} from '../schemas.js';
import { assessAndSummarize, caseBodyOf, notFound, storeAssessment } from './case-common.js';

/** The case version routes: history, an earlier version, restore, export. */
export const caseVersionRoutes: RouteGroup = {
  name: 'case-versions',
  register(app, ctx) {
    const { store } = ctx;
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
        const { report, summary } = assessAndSummarize(ctx, v.case);
        const s = await store.cases.restore(id, base, version, user.id, summary);
        const a = await storeAssessment(ctx, s, { ...report, case: v.case }, user);
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
  },
};
