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
import { orderSelectCards } from '../../cds/order-select.js';
import { readPrefetch } from '../../cds/prefetch.js';
import { parseCdsFeedback, parseCdsRequest } from '../../cds/request.js';
import { CDS_SERVICE_IDS, CDS_SERVICES, findCdsService, OPTIONAL_PREFETCH } from '../../cds/services.js';
import type { CdsCard, CdsServiceDefinition } from '../../cds/types.js';
import { HeliotropeError, issue } from '../../core/issues.js';
import { importResources } from '../../fhir/import/index.js';
import { CARD_WORDS } from '../../render/wording/cards.js';
import { fetchFromFhirServer, fhirServerProblem } from '../cds/fhir-client.js';
import { patientViewOf, snapshotOf } from '../cds/patient-view.js';
import { assessOptions, type AppEnv, type RouteGroup, type ServerContext } from '../context.js';
import { bodyOf, jsonBodyOf, jsonBytes, objectResponse, problemOf, recordOk, secured } from '../http.js';
import { HttpProblem } from '../problem.js';
import { IdParam } from '../schemas.js';

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
        { authenticate: cdsAuth(ctx, (id) => [`/${id}`]), fhirBody: 'always', rawBody: true },
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
 * A service call: prefetch (completed from the FHIR server when needed), import, assess, cards. A
 * `patient-view` call goes to a compute thread when the server has some (`ctx.cdsWorkers`); when its prefetch
 * is incomplete it comes back here, where the FHIR server is asked (or the call refused with 412).
 * @param ctx - dependencies
 * @param c - the request
 */
async function cdsCall(ctx: ServerContext, c: Context<AppEnv>): Promise<TypedResponse<never, 200, 'json'>> {
  const service = serviceOf(c.req.param('id') ?? '');
  const client = c.get('cdsClient');
  const asOf = ctx.today();
  const withSnapshot = ctx.cds.publicBaseUrl !== undefined && ctx.cds.snapshotHours > 0;
  const bytes = c.get('bodyBytes');
  if (ctx.cdsWorkers && bytes && service.id === CDS_SERVICE_IDS.patientView) {
    // A copy goes to the thread: the bytes stay here for a call whose prefetch must be completed.
    const { outcome, faults } = await ctx.cdsWorkers.run({
      serviceId: service.id,
      body: bytes.slice().buffer,
      asOf,
      withSnapshot,
    });
    for (const f of faults)
      ctx.logger.log('error', 'assessment section failed', { section: f.key, error: f.name, stack: f.stack });
    if (outcome.kind === 'done')
      return answer(ctx, c, service, outcome.cards, outcome.snapshot, {
        hookInstance: outcome.hookInstance,
        client: client.iss,
        prefetched: outcome.prefetched,
        fetched: 0,
      });
  }
  const request = parseCdsRequest(bodyOf(c), service);
  const pre = readPrefetch(service, request);
  const resources: Json[] = [...pre.resources];
  const token = request.fhirAuthorization?.access_token;
  const access = request.fhirServer !== undefined && (token !== undefined || ctx.cds.allowUnsigned);
  // Without FHIR server access, optional keys are gone without (their facts stay unknown); needed ones refuse.
  const toFetch = access ? pre.toFetch : pre.toFetch.filter((t) => !OPTIONAL_PREFETCH.has(t.key));
  if (toFetch.length) {
    const keys = toFetch.map((t) => t.key).join(', ');
    if (!request.fhirServer || !access)
      throw new HttpProblem(
        'precondition-failed',
        `prefetch ${keys} missing and no FHIR server access (fhirServer with fhirAuthorization) to fetch it`,
      );
    const why = fhirServerProblem(request.fhirServer, client.issuer?.fhirServers, ctx.cds.allowUnsigned);
    if (why) throw new HttpProblem('precondition-failed', `prefetch ${keys} missing and ${why}`);
    resources.push(...(await fetchFromFhirServer(request.fhirServer, token, toFetch, ctx.cds.fhirTimeoutMs)));
  }
  let cards: CdsCard[];
  let snapshot: string | undefined;
  if (service.id === CDS_SERVICE_IDS.orderSelect) {
    cards = orderSelectCards(request, resources, { asOf, newUuid: randomUUID });
  } else {
    const imported = importResources(resources, 'prefetch');
    cards = patientViewOf(
      imported,
      String(request.context.patientId),
      asOf,
      assessOptions(ctx, asOf).onFault,
    );
    if (withSnapshot && cards.length) snapshot = JSON.stringify(snapshotOf(service.id, asOf, imported));
  }
  return answer(ctx, c, service, cards, snapshot, {
    hookInstance: request.hookInstance,
    client: client.iss,
    prefetched: pre.satisfied.length,
    fetched: toFetch.length,
  });
}

/**
 * The answer of a call: the record behind the cards' link stored (when there are cards and a snapshot), the
 * call audited (ids and counts), the cards.
 * @param ctx - dependencies
 * @param c - the request
 * @param service - the service called
 * @param cards - its cards
 * @param snapshot - the JSON text of the record behind the cards' link, if any
 * @param detail - the audit detail
 */
async function answer(
  ctx: ServerContext,
  c: Context<AppEnv>,
  service: CdsServiceDefinition,
  cards: CdsCard[],
  snapshot: string | undefined,
  detail: { hookInstance: string; client: string | null; prefetched: number; fetched: number },
): Promise<TypedResponse<never, 200, 'json'>> {
  if (cards.length && snapshot !== undefined && ctx.cds.publicBaseUrl) {
    const id = await ctx.store.cds.saveSnapshotJson(service.id, snapshot, ctx.cds.snapshotHours);
    const url = `${ctx.cds.publicBaseUrl}/cds/${id}`;
    for (const card of cards) card.links = [{ label: CARD_WORDS.openCase, url, type: 'absolute' }];
  }
  await recordOk(ctx, c, { detail: { ...detail, cards: cards.map((x) => x.uuid) } });
  return jsonBytes(c, { cards });
}
