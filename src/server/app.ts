/**
 * The HTTP application: the JSON API under /api, built from the route groups in `routes/` (one file per
 * resource), and the web application. Built from its dependencies so tests drive it in-process with
 * `app.request()`. The OpenAPI document at /api/openapi.json is generated from the routes' declarations.
 * @module
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { secureHeaders } from 'hono/secure-headers';
import { HeliotropeError } from '../core/issues.js';
import { ENGINE_VERSION } from '../version.js';
import type { AppDeps, AppEnv, ApiApp, ServerContext } from './context.js';
import { DEFAULT_MAX_BODY, guard, objectResponse, recordFailure, secured, validationHook } from './http.js';
import { LOGIN_LIMIT, PASSWORD_LIMIT, StoredAttemptLimiter } from './limits.js';
import { silentLogger } from './logger.js';
import { problemResponse } from './problem.js';
import { routeGroups } from './routes/index.js';
import { staticRoutes } from './routes/static.js';
import { caseComponent } from './schemas.js';
import { CdsAuthenticator } from './cds/auth.js';
import { DEFAULT_CDS_CONFIG } from './cds/config.js';
import { DEFAULT_MAX_FHIR_BODY } from './routes/fhir.js';
import { PopulationRuns } from './population.js';

export type { AppDeps, ExtractHook, ExtractOutput } from './context.js';
export { collectSpans } from './routes/compute.js';
export { DEFAULT_MAX_BODY, SESSION_COOKIE } from './http.js';

/** The description of the API in the OpenAPI document. */
const API_INFO = {
  title: 'Heliotrope API',
  version: ENGINE_VERSION,
  description:
    'Clinical decision support for dermatomyositis and cancer-associated myositis. Authenticate with a session cookie (POST /api/auth/login; send X-CSRF-Token on changes) or an API token (Authorization: Bearer). Errors are RFC 9457 problem documents with the field paths at fault. `x-heliotrope-role` is the least role an operation needs; `x-audit` the action the audit log records for it.',
};

/** Resolves the dependencies into the context every route group gets. */
function contextOf(deps: AppDeps): ServerContext {
  const cds = deps.cds ?? DEFAULT_CDS_CONFIG;
  return {
    store: deps.store,
    logger: deps.logger ?? silentLogger,
    today: deps.today ?? (() => new Date().toISOString().slice(0, 10)),
    extract: deps.extract,
    webRoot: deps.webRoot,
    maxBodyBytes: deps.maxBodyBytes ?? DEFAULT_MAX_BODY,
    loginLimiter: deps.loginLimiter ?? new StoredAttemptLimiter(deps.store.attempts, 'login', LOGIN_LIMIT),
    passwordLimiter:
      deps.passwordLimiter ?? new StoredAttemptLimiter(deps.store.attempts, 'password', PASSWORD_LIMIT),
    sessionMs: (deps.sessionHours ?? 12) * 3600 * 1000,
    clientAddress: deps.clientAddress ?? (() => undefined),
    ready: deps.ready ?? (() => true),
    maxFhirBodyBytes: deps.maxFhirBodyBytes ?? DEFAULT_MAX_FHIR_BODY,
    cds,
    cdsAuthenticator: deps.cdsAuthenticator ?? new CdsAuthenticator(cds),
    cdsWorkers: deps.cdsWorkers,
    population: deps.population ?? new PopulationRuns({}),
  };
}

/**
 * Builds the application.
 * @param deps - store, optional extraction hook, logger, clock, web root and limits
 */
export function createApp(deps: AppDeps): ApiApp {
  const ctx = contextOf(deps);
  const { logger } = ctx;
  const app: ApiApp = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.onError(async (err, c) => {
    const { response, internal } = problemResponse(err, c.req.path);
    if (internal)
      logger.log('error', 'internal error', {
        method: c.req.method,
        path: c.req.path,
        error: err instanceof Error ? err.name : 'unknown',
      });
    try {
      await recordFailure(ctx, c, response.status);
    } catch (e) {
      logger.log('error', 'audit write failed', {
        path: c.req.path,
        error: e instanceof Error ? e.name : 'unknown',
      });
    }
    return response;
  });

  app.use('*', async (c, next) => {
    const t0 = performance.now();
    await next();
    logger.log('info', 'request', {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - t0) * 10) / 10,
    });
  });

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      xFrameOptions: 'DENY',
      referrerPolicy: 'no-referrer',
      permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
    }),
  );

  app.use('/api/*', async (c, next) => {
    c.header('Cache-Control', 'no-store');
    return next();
  });

  for (const group of routeGroups) group.register(app, ctx);

  // ─── The OpenAPI document, generated from the routes ──────────────────────────────────────
  app.openAPIRegistry.registerComponent('schemas', 'Case', caseComponent());
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'API token (hlt_…)',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'heliotrope_session',
  });
  let document: unknown;
  app.openapi(
    secured(
      ctx,
      { public: true },
      createRoute({
        method: 'get',
        path: '/api/openapi.json',
        tags: ['operations'],
        summary: 'This document (OpenAPI 3.1)',
        responses: { 200: objectResponse('the OpenAPI document') },
      }),
    ),
    (c) => {
      document ??= app.getOpenAPI31Document({
        openapi: '3.1.0',
        info: API_INFO,
        servers: [{ url: '/' }],
        security: [{ bearer: [] }, { session: [] }],
        tags: ['cases', 'assessment', 'calculators', 'fhir', 'cds-hooks', 'auth', 'admin', 'operations'].map(
          (name) => ({ name }),
        ),
      });
      return c.json(document as object);
    },
  );

  // Anything else under /api: 401 without credentials, else 404.
  app.all('/api/*', guard(ctx, { role: 'viewer', audit: false }), () => {
    throw new HeliotropeError('not-found', 'no such API endpoint');
  });

  staticRoutes.register(app, ctx);
  return app;
}
