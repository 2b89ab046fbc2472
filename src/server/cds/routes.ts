/**
 * The CDS Hooks 2.0 service: discovery (`GET /cds-services`), the services (`POST /cds-services/{id}`)
 * and feedback (`POST /cds-services/{id}/feedback`). Each call is authenticated (JWT of a trusted CDS
 * client), its prefetch read against the templates and completed from the client's FHIR server when the
 * client gave an access token (else 412), the record imported and assessed, and answered with cards.
 * Every call and every feedback is audited (ids and counts only); feedback is stored.
 * @see {@link https://cds-hooks.hl7.org/2.0/ | CDS Hooks 2.0}
 * @module
 */
import { randomUUID } from 'node:crypto';
import { Hono, type Context } from 'hono';
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
import type { CdsStore } from '../../store/cds.js';
import type { AuditEntry } from '../../store/store.js';
import { HttpProblem } from '../problem.js';
import { importBody } from '../fhir-api.js';
import { CdsAuthenticator, type CdsClient } from './auth.js';
import type { CdsConfig } from './config.js';
import { fetchFromFhirServer, fhirServerProblem } from './fhir-client.js';

/** What the CDS routes need. */
export interface CdsRouteDeps {
  config: CdsConfig;
  cdsStore: CdsStore;
  /** Appends an audit entry (the app's audit log). */
  audit(e: Omit<AuditEntry, 'at' | 'seq'>): Promise<void>;
  /** Reads and parses the JSON body up to `maxBytes`. */
  readJson(c: Context, maxBytes?: number): Promise<unknown>;
  maxBytes: number;
  today(): string;
  /** The JWT verifier (default: one built from the configuration). */
  authenticator?: CdsAuthenticator;
}

type Json = Record<string, unknown>;

/**
 * The `/cds-services` routes.
 * @param d - configuration, stores and helpers
 */
export function cdsRoutes(d: CdsRouteDeps): Hono {
  const app = new Hono();
  const auth = d.authenticator ?? new CdsAuthenticator(d.config);
  if (d.config.corsOrigins.length)
    app.use(
      '*',
      cors({
        origin: d.config.corsOrigins,
        allowMethods: ['GET', 'POST', 'OPTIONS'],
        allowHeaders: ['Authorization', 'Content-Type'],
        maxAge: 600,
      }),
    );

  /** The public URL of an endpoint (the JWT audience). */
  const endpoint = (c: Context, path: string) => {
    const base = d.config.publicBaseUrl ?? new URL(c.req.url).origin;
    return `${base}/cds-services${path}`;
  };
  const authenticate = async (c: Context, service: string | null, paths: string[]): Promise<CdsClient> => {
    try {
      return await auth.authenticate(
        c.req.header('authorization'),
        paths.map((p) => endpoint(c, p)),
      );
    } catch (e) {
      await d.audit({
        userId: null,
        action: 'cds.call',
        resourceType: 'cds-service',
        resourceId: service,
        outcome: 'denied',
        detail: { reason: e instanceof HeliotropeError ? (e.issues[0]?.path ?? 'token') : 'token' },
      });
      throw e;
    }
  };
  const serviceOf = (id: string): CdsServiceDefinition => {
    const s = findCdsService(id);
    if (!s)
      throw new HeliotropeError('not-found', `no CDS service "${id}"`, [
        issue('not-found', 'id', `known: ${CDS_SERVICES.map((x) => x.id).join(', ')}`),
      ]);
    return s;
  };

  app.get('/', async (c) => {
    await authenticate(c, null, ['']);
    return c.json({ services: CDS_SERVICES });
  });

  app.post('/:id', async (c) => {
    const service = serviceOf(c.req.param('id'));
    const client = await authenticate(c, service.id, [`/${service.id}`]);
    const request = parseCdsRequest(await d.readJson(c, d.maxBytes), service);
    const pre = readPrefetch(service, request);
    const resources: Json[] = [...pre.resources];
    if (pre.toFetch.length) {
      const keys = pre.toFetch.map((t) => t.key).join(', ');
      const token = request.fhirAuthorization?.access_token;
      if (!request.fhirServer || (!token && !d.config.allowUnsigned))
        throw new HttpProblem(
          'precondition-failed',
          `prefetch ${keys} missing and no FHIR server access (fhirServer with fhirAuthorization) to fetch it`,
        );
      const why = fhirServerProblem(request.fhirServer, client.issuer?.fhirServers, d.config.allowUnsigned);
      if (why) throw new HttpProblem('precondition-failed', `prefetch ${keys} missing and ${why}`);
      resources.push(
        ...(await fetchFromFhirServer(request.fhirServer, token, pre.toFetch, d.config.fhirTimeoutMs)),
      );
    }
    const asOf = d.today();
    let cards: CdsCard[];
    let snapshot: (() => unknown) | undefined;
    if (service.id === CDS_SERVICE_IDS.orderSelect) {
      cards = orderSelectCards(request, resources, { asOf, newUuid: randomUUID });
    } else {
      const imported = importResources(resources, 'prefetch');
      const report = assessCase(imported.case, { asOf });
      cards = patientViewCards(report, {
        patientId: String(request.context.patientId),
        newUuid: randomUUID,
        unreadable: imported.issues.filter((i) => i.severity === 'error').length,
      });
      snapshot = () => ({ source: 'cds-hooks', service: service.id, asOf, ...importBody(imported) });
    }
    if (cards.length && snapshot && d.config.publicBaseUrl && d.config.snapshotHours > 0) {
      const id = await d.cdsStore.saveSnapshot(service.id, snapshot(), d.config.snapshotHours);
      const url = `${d.config.publicBaseUrl}/cds/${id}`;
      for (const card of cards) card.links = [{ label: CARD_WORDS.openCase, url, type: 'absolute' }];
    }
    await d.audit({
      userId: null,
      action: 'cds.call',
      resourceType: 'cds-service',
      resourceId: service.id,
      outcome: 'ok',
      detail: {
        hookInstance: request.hookInstance,
        client: client.iss,
        prefetched: pre.satisfied.length,
        fetched: pre.toFetch.length,
        cards: cards.map((x) => x.uuid),
      },
    });
    return c.json({ cards });
  });

  app.post('/:id/feedback', async (c) => {
    const service = serviceOf(c.req.param('id'));
    const client = await authenticate(c, service.id, [`/${service.id}/feedback`, `/${service.id}`]);
    const fb = parseCdsFeedback(await d.readJson(c));
    await d.cdsStore.saveFeedback(
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
    await d.audit({
      userId: null,
      action: 'cds.feedback',
      resourceType: 'cds-service',
      resourceId: service.id,
      outcome: 'ok',
      detail: { client: client.iss, items: fb.feedback.length, cards: fb.feedback.map((f) => f.card) },
    });
    return c.json({});
  });

  return app;
}
