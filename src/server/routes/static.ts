/**
 * The web application: the files of the built app (dist/web) with ETags (hono's static-file and ETag
 * middleware), and index.html for any other path without a file extension, so that client-side routes
 * work on reload. Registered last: it answers only what no API route did.
 * @module
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { etag } from 'hono/etag';
import { HeliotropeError } from '../../core/issues.js';
import type { RouteGroup } from '../context.js';

/** The web application's routes. */
export const staticRoutes: RouteGroup = {
  name: 'static',
  register(app, ctx) {
    const root = ctx.webRoot;
    if (!root || !existsSync(join(root, 'index.html'))) {
      app.get('*', () => {
        throw new HeliotropeError('not-found', 'the web application is not built (npm run build)');
      });
      return;
    }
    const page = serveStatic({ root, path: 'index.html' });
    app.get(
      '*',
      etag(),
      async (c, next) => {
        // Revalidate on every use (the ETag makes that cheap): a new build is picked up at once.
        c.header('Cache-Control', 'no-cache');
        return next();
      },
      serveStatic({ root }),
      // A path without a file extension is a client-side route: the app's page handles it.
      async (c, next) => (/\.[a-z0-9]+$/i.test(c.req.path) ? next() : page(c, next)),
      () => {
        throw new HeliotropeError('not-found', 'not found');
      },
    );
  },
};
