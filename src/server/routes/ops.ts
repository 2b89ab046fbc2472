/**
 * Operations: liveness and readiness probes, and the server's optional features.
 * @module
 */
import { createRoute } from '@hono/zod-openapi';
import { reportSections } from '../../sets/registry.js';
import { ENGINE_VERSION } from '../../version.js';
import type { RouteGroup } from '../context.js';
import { jsonResponse as ok, secured } from '../http.js';
import { HttpProblem } from '../problem.js';
import { CapabilitiesResponse, HealthResponse, Problem, ReadyResponse } from '../schemas.js';

/** The operations routes. */
export const opsRoutes: RouteGroup = {
  name: 'ops',
  register(app, ctx) {
    app.openapi(
      secured(
        ctx,
        { public: true },
        createRoute({
          method: 'get',
          path: '/api/health',
          tags: ['operations'],
          summary: 'Liveness probe',
          responses: { 200: ok(HealthResponse) },
        }),
      ),
      (c) => c.json({ status: 'ok' as const, engine: ENGINE_VERSION }, 200),
    );

    app.openapi(
      secured(
        ctx,
        { public: true },
        createRoute({
          method: 'get',
          path: '/api/ready',
          tags: ['operations'],
          summary: 'Readiness probe (database reachable, not shutting down)',
          responses: {
            200: ok(ReadyResponse),
            503: {
              description: 'shutting down, or the database is not reachable',
              content: { 'application/problem+json': { schema: Problem } },
            },
          },
        }),
      ),
      async (c) => {
        if (!ctx.ready()) throw new HttpProblem('unavailable', 'the server is shutting down');
        try {
          await ctx.store.accounts.countUsers();
        } catch {
          throw new HttpProblem('unavailable', 'the database is not reachable');
        }
        return c.json({ status: 'ready' as const, database: ctx.store.db.engine }, 200);
      },
    );

    app.openapi(
      secured(
        ctx,
        { role: 'viewer', audit: { action: 'capabilities', resource: 'server' } },
        createRoute({
          method: 'get',
          path: '/api/capabilities',
          tags: ['operations'],
          summary: 'Optional features available on this server, and the assessment sections',
          responses: { 200: ok(CapabilitiesResponse) },
        }),
      ),
      (c) =>
        c.json(
          {
            extract: Boolean(ctx.extract),
            engine: ENGINE_VERSION,
            sections: reportSections.map((s) => ({ key: s.key, title: s.section.title })),
          },
          200,
        ),
    );
  },
};
