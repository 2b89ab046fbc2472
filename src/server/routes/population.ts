/**
 * The population runs (clinician and admin): the runs with their progress, a run's summary, its worklist
 * (paged, most urgent first) and one patient's result row. Read from the distributed-run tables of the
 * server's PostgreSQL database and from a directory of local runs (see `src/server/population.ts`). Every
 * read is audited with the run's id; a patient's read records a SHA-256 of the patient id, never the id.
 * @module
 */
import { createHash } from 'node:crypto';
import { createRoute } from '@hono/zod-openapi';
import { issue } from '../../core/issues.js';
import type { RouteGroup } from '../context.js';
import { MalformedRequestError } from '../problem.js';
import { jsonResponse, problemOf, recordOk, secured } from '../http.js';
import {
  IdParam,
  PopulationPatientQuery,
  PopulationPatientResponse,
  PopulationRunsResponse,
  PopulationSummaryResponse,
  WorklistQuery,
  WorklistResponse,
} from '../schemas.js';

/** Rows of a worklist page when the query names no limit. */
const DEFAULT_PAGE = 50;

const audit = (action: string, idParam?: string) => ({
  action,
  resource: 'population-run',
  ...(idParam ? { idParam } : {}),
});

/** The Population page's routes. */
export const populationRoutes: RouteGroup = {
  name: 'population',
  register(app, ctx) {
    const runs = ctx.population;

    app.openapi(
      secured(
        ctx,
        { role: 'clinician', audit: audit('population.list') },
        createRoute({
          method: 'get',
          path: '/api/population/runs',
          tags: ['population'],
          summary:
            'Population runs with their progress (distributed runs first, then local ones; newest first)',
          responses: { 200: jsonResponse(PopulationRunsResponse) },
        }),
      ),
      async (c) => {
        const items = await runs.list();
        await recordOk(ctx, c, { detail: { runs: items.length } });
        return c.json({ sources: runs.sources, items }, 200);
      },
    );

    app.openapi(
      secured(
        ctx,
        { role: 'clinician', audit: audit('population.read', 'id') },
        createRoute({
          method: 'get',
          path: '/api/population/runs/{id}',
          tags: ['population'],
          summary: "A run's summary (the document of summary.json; partial while the run is running)",
          request: { params: IdParam },
          responses: {
            200: jsonResponse(PopulationSummaryResponse),
            404: problemOf('no such run'),
          },
        }),
      ),
      async (c) => {
        const { id } = c.req.valid('param');
        const s = await runs.summary(id);
        await recordOk(ctx, c, { detail: { state: s.run.state } });
        return c.json(s, 200);
      },
    );

    app.openapi(
      secured(
        ctx,
        { role: 'clinician', audit: audit('population.worklist', 'id') },
        createRoute({
          method: 'get',
          path: '/api/population/runs/{id}/worklist',
          tags: ['population'],
          summary:
            "A page of a run's worklist, most urgent first (the order of worklist.csv), paged by the cursors `next` and `prev`",
          request: { params: IdParam, query: WorklistQuery },
          responses: {
            200: jsonResponse(WorklistResponse),
            400: problemOf('a cursor the server did not write, or an `offset` (no longer read)'),
            404: problemOf('no such run'),
          },
        }),
      ),
      async (c) => {
        const { id } = c.req.valid('param');
        const q = c.req.valid('query');
        // Pages were once asked for by position; answering such a request with the first page would hide it.
        if (c.req.query('offset') !== undefined)
          throw new MalformedRequestError('the worklist is paged by cursor: follow `next` and `prev`', [
            issue('value', 'offset', 'no longer read: ask for the first page without it, then follow `next`'),
          ]);
        const limit = q.limit ?? DEFAULT_PAGE;
        const page = await runs.worklist(id, q.cursor, limit);
        // The rank of the page's first row, not the cursor (it holds a patient id).
        await recordOk(ctx, c, {
          detail: { first: page.items[0]?.rank ?? null, limit, rows: page.items.length },
        });
        return c.json({ ...page, limit }, 200);
      },
    );

    app.openapi(
      secured(
        ctx,
        { role: 'clinician', audit: audit('population.patient', 'id') },
        createRoute({
          method: 'get',
          path: '/api/population/runs/{id}/patient',
          tags: ['population'],
          summary:
            "One patient's result row in a run and rank on the worklist (the patient id is a query parameter, so it stays out of request logs)",
          request: { params: IdParam, query: PopulationPatientQuery },
          responses: {
            200: jsonResponse(PopulationPatientResponse),
            404: problemOf('no such run, or no result for this patient in it'),
          },
        }),
      ),
      async (c) => {
        const { id } = c.req.valid('param');
        const { patientId } = c.req.valid('query');
        const found = await runs.patient(id, patientId);
        await recordOk(ctx, c, {
          detail: { patientIdSha256: createHash('sha256').update(patientId).digest('hex') },
        });
        return c.json(found, 200);
      },
    );
  },
};
