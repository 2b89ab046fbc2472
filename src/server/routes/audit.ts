/**
 * The audit log (admin).
 * @module
 */
import { createRoute } from '@hono/zod-openapi';
import type { RouteGroup } from '../context.js';
import { jsonResponse, secured } from '../http.js';
import { AuditEntrySchema, AuditQuery, itemsOf } from '../schemas.js';

/** The audit-log routes. */
export const auditRoutes: RouteGroup = {
  name: 'audit',
  register(app, ctx) {
    app.openapi(
      secured(
        ctx,
        { role: 'admin', audit: { action: 'audit.read', resource: 'audit' } },
        createRoute({
          method: 'get',
          path: '/api/audit',
          tags: ['admin'],
          summary: 'The audit log, newest first (admin)',
          request: { query: AuditQuery },
          responses: { 200: jsonResponse(itemsOf(AuditEntrySchema)) },
        }),
      ),
      async (c) => c.json({ items: await ctx.store.audit.list(c.req.valid('query')) }, 200),
    );
  },
};
