/**
 * The CDS Hooks 2.0 service: discovery (`GET /cds-services`), the services (`POST /cds-services/{id}`)
 * and feedback (`POST /cds-services/{id}/feedback`). These routes are public to the session/token scheme:
 * each call proves who it is with the JWT of a trusted CDS client (`src/server/cds/auth.ts`), checked before
 * the body is read. The prefetch is read against the templates and completed from the client's FHIR server
 * when the client gave an access token (else 412), the record imported and assessed, and answered with
 * cards. Every call and feedback is audited (ids and counts only; a refusal by the error handler); feedback
 * is stored (`store.cds`). Errors are problem documents like the rest of the API.
 * @see {@link https://cds-hooks.hl7.org/2.0/ | CDS Hooks 2.0}
 * @module
 */
import { randomUUID } from 'node:crypto';
import { createRoute } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler, TypedResponse } from 'hono';
import { cors } from 'hono/cors';
import { assessCase } from '../../assess/assess.js';
import { patientViewCards } from '../../cds/cards.js';
import { orderSelectCards } from '../../cds/order-select.js';
import { readPrefetch } from '../../cds/prefetch.js';
import { parseCdsFeedback, parseCdsRequest } from '../../cds/request.js';
import { CDS_SERVICE_IDS, CDS_SERVICES, findCdsService } from '../../cds/services.js';
import type { CdsCard, CdsServiceDefinition } from '../../cds/types.js';
import { HeliotropeError, issue } from '../../core/issues.js';
import { importResources } from '../../fhir/import/index.js';
import { CARD_WORDS } from '../../render/text/headlines.js';
import { fetchFromFhirServer, fhirServerProblem } from '../cds/fhir-client.js';
import { assessOptions, type AppEnv, type RouteGroup, type ServerContext } from '../context.js';
import { jsonBodyOf, jsonBytes, objectResponse, problemOf, recordOk, secured } from '../http.js';
import { HttpProblem } from '../problem.js';
import { IdParam } from '../schemas.js';
import { importBody } from './fhir.js';

type Json = Record<string, unknown>;

/** The security scheme of the CDS Hooks routes in the OpenAPI document. */
export const CDS_SECURITY = [{ cdsJwt: [] }];

/**
 * A CDS service by id (404 naming the known ones).
 * @param id - the service id
 */
function serviceOf(id: string): CdsServiceDefinition {
  const s = findCdsService(id);
  if (!s)
    throw new HeliotropeError('not-found', `no CDS service "${id}"`, [
      issue('not-found', 'id', `known: ${CDS_SERVICES.map((x) => x.id).join(', ')}`),
    ]);
  return s;
}

/**
 * The JWT check of a CDS Hooks route: the token's audience is the endpoint called (the configured public
 * URL, else the request's origin). Sets `cdsClient`; a refusal is a 401 problem, audited as denied.
 * @param ctx - dependencies
 * @param paths - the endpoint paths (after `/cds-services`) a token may be issued for, from the service id
 */
function cdsAuth(
  ctx: ServerContext,
  paths: (service: string | undefined) => string[],
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const id = c.req.param('id');
    if (id !== undefined) serviceOf(id);
    const base = ctx.cds.publicBaseUrl ?? new URL(c.req.url).origin;
    const client = await ctx.cdsAuthenticator.authenticate(
      c.req.header('authorization'),
      paths(id).map((p) => `${base}/cds-services${p}`),
    );
    c.set('cdsClient', client);
    return next();
  };
}

/** The CDS Hooks routes. */
export const cdsHooksRoutes: RouteGroup = {
  name: 'cds-hooks',
  register(app, ctx) {
    app.openAPIRegistry.registerComponent('securitySchemes', 'cdsJwt', {
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
      description:
        'CDS Hooks 2.0: a JWT signed by a trusted CDS client (iss, aud = the endpoint, exp, iat, jti; asymmetric alg), see docs/fhir.md',
    });
    if (ctx.cds.corsOrigins.length)
      app.use(
        '/cds-services/*',
        cors({
          origin: ctx.cds.corsOrigins,
          allowMethods: ['GET', 'POST', 'OPTIONS'],
          allowHeaders: ['Authorization', 'Content-Type'],
          maxAge: 600,
        }),
      );

    app.openapi(
      secured(
        ctx,
        { public: true, audit: { action: 'cds.discovery', resource: 'cds-service' } },
        createRoute({
          method: 'get',
          path: '/cds-services',
          tags: ['cds-hooks'],
          summary: 'CDS Hooks discovery: the services, their hooks and prefetch templates',
          security: CDS_SECURITY,
          responses: { 200: objectResponse('{ services: [...] }') },
        }),
        { authenticate: cdsAuth(ctx, () => ['']) },
      ),
      (c) => jsonBytes(c, { services: CDS_SERVICES }),
    );

    app.openapi(
      secured(
        ctx,
        { public: true, audit: { action: 'cds.call', resource: 'cds-service', idParam: 'id' } },
        createRoute({
          method: 'post',
          path: '/cds-services/{id}',
          tags: ['cds-hooks'],
          summary:
            'Call a CDS service (patient-view, order-select): the hook request with its context and prefetch; answers with cards. Without the prefetch it needs, the service fetches from fhirServer with fhirAuthorization, else 412.',
          security: CDS_SECURITY,
          request: {
            params: IdParam,
            body: jsonBodyOf(
              { type: 'object', required: ['hook', 'hookInstance', 'context'] },
              'a CDS Hooks request',
            ),
          },
          responses: {
            200: objectResponse('{ cards: [...] }'),
            404: problemOf('no such service'),
            412: problemOf('prefetch missing and no FHIR server access to fetch it'),
          },
        }),
        { authenticate: cdsAuth(ctx, (id) => [`/${id}`]), fhirBody: 'always' },
      ),
      async (c) => cdsCall(ctx, c),
    );

    app.openapi(
      secured(
        ctx,
        { public: true, audit: { action: 'cds.feedback', resource: 'cds-service', idParam: 'id' } },
        createRoute({
          method: 'post',
          path: '/cds-services/{id}/feedback',
          tags: ['cds-hooks'],
          summary:
            'Feedback on cards: accepted suggestions, overrides and their reasons (stored and audited)',
          security: CDS_SECURITY,
          request: {
            params: IdParam,
            body: jsonBodyOf({ type: 'object', required: ['feedback'] }, 'CDS Hooks feedback'),
          },
          responses: { 200: objectResponse('{}'), 404: problemOf('no such service') },
        }),
        { authenticate: cdsAuth(ctx, (id) => [`/${id}/feedback`, `/${id}`]) },
      ),
      async (c) => {
        const service = serviceOf(c.req.valid('param').id);
        const client = c.get('cdsClient');
        const fb = parseCdsFeedback(c.get('body'));
        await ctx.store.cds.saveFeedback(
          fb.feedback.map((f) => ({
            serviceId: service.id,
            cardUuid: f.card,
            outcome: f.outcome,
            acceptedSuggestions: (f.acceptedSuggestions ?? []).map((s) => s.id),
            overrideReason: f.overrideReason?.reason ?? null,
            userComment: f.overrideReason?.userComment ?? null,
            outcomeTimestamp: f.outcomeTimestamp,
            clientIss: client.iss,
            clientTenant: client.tenant,
          })),
        );
        await recordOk(ctx, c, {
          detail: { client: client.iss, items: fb.feedback.length, cards: fb.feedback.map((f) => f.card) },
        });
        return jsonBytes(c, {});
      },
    );
  },
};

/**
 * A service call: prefetch (completed from the FHIR server when needed), import, assess, cards.
 * @param ctx - dependencies
 * @param c - the request
 */
async function cdsCall(ctx: ServerContext, c: Context<AppEnv>): Promise<TypedResponse<never, 200, 'json'>> {
  const service = serviceOf(c.req.param('id') ?? '');
  const client = c.get('cdsClient');
  const request = parseCdsRequest(c.get('body'), service);
  const pre = readPrefetch(service, request);
  const resources: Json[] = [...pre.resources];
  if (pre.toFetch.length) {
    const keys = pre.toFetch.map((t) => t.key).join(', ');
    const token = request.fhirAuthorization?.access_token;
    if (!request.fhirServer || (!token && !ctx.cds.allowUnsigned))
      throw new HttpProblem(
        'precondition-failed',
        `prefetch ${keys} missing and no FHIR server access (fhirServer with fhirAuthorization) to fetch it`,
      );
    const why = fhirServerProblem(request.fhirServer, client.issuer?.fhirServers, ctx.cds.allowUnsigned);
    if (why) throw new HttpProblem('precondition-failed', `prefetch ${keys} missing and ${why}`);
    resources.push(
      ...(await fetchFromFhirServer(request.fhirServer, token, pre.toFetch, ctx.cds.fhirTimeoutMs)),
    );
  }
  const asOf = ctx.today();
  let cards: CdsCard[];
  let snapshot: (() => unknown) | undefined;
  if (service.id === CDS_SERVICE_IDS.orderSelect) {
    cards = orderSelectCards(request, resources, { asOf, newUuid: randomUUID });
  } else {
    const imported = importResources(resources, 'prefetch');
    const report = assessCase(imported.case, assessOptions(ctx, asOf));
    cards = patientViewCards(report, {
      patientId: String(request.context.patientId),
      newUuid: randomUUID,
      unreadable: imported.issues.filter((i) => i.severity === 'error').length,
    });
    snapshot = () => ({ source: 'cds-hooks', service: service.id, asOf, ...importBody(imported) });
  }
  if (cards.length && snapshot && ctx.cds.publicBaseUrl && ctx.cds.snapshotHours > 0) {
    const id = await ctx.store.cds.saveSnapshot(service.id, snapshot(), ctx.cds.snapshotHours);
    const url = `${ctx.cds.publicBaseUrl}/cds/${id}`;
    for (const card of cards) card.links = [{ label: CARD_WORDS.openCase, url, type: 'absolute' }];
  }
  await recordOk(ctx, c, {
    detail: {
      hookInstance: request.hookInstance,
      client: client.iss,
      prefetched: pre.satisfied.length,
      fetched: pre.toFetch.length,
      cards: cards.map((x) => x.uuid),
    },
  });
  return jsonBytes(c, { cards });
}
