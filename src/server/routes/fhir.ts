/**
 * The FHIR routes: `POST /api/fhir/import` (a Bundle, a resource or an array of resources → the case,
 * every fact's source resource and the import issues), the Heliotrope assessment CodeSystem, the record
 * behind a CDS card link, and the FHIR side of `POST /api/assess` (a Bundle as the body, see `compute.ts`;
 * the result as a FHIR R4 Bundle on request).
 * @module
 */
import { createRoute } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler, TypedResponse } from 'hono';
import type { AssessmentReport } from '../../assess/assess.js';
import { HeliotropeError, issue } from '../../core/issues.js';
import { assessmentToFhir } from '../../fhir/export/assessment.js';
import { assessmentCodeSystem } from '../../fhir/export/code-system.js';
import { FhirInputError, importFhir, isFhirInput, type FhirImportResult } from '../../fhir/import/index.js';
import type { AppEnv, RouteGroup } from '../context.js';
import { jsonBytes, objectResponse, problemOf, recordOk, secured } from '../http.js';
import { IdParam } from '../schemas.js';

/** Largest FHIR request body by default (16 MiB): one patient's record, not a population export. */
export const DEFAULT_MAX_FHIR_BODY = 16 * 1024 * 1024;

/**
 * FHIR R4 JSON input, as the OpenAPI document describes it (a raw JSON Schema: the import checks the input,
 * not zod; typed as the object schema the route declarations take, like `jsonBodyOf`).
 */
export const FHIR_INPUT_SCHEMA = {
  description: 'FHIR R4 JSON: a Bundle, a resource (a Patient…) or an array of resources',
  oneOf: [
    { type: 'object', required: ['resourceType'] },
    { type: 'array', items: { type: 'object' } },
  ],
} as unknown as { type: 'object' };

/**
 * A FHIR JSON response (`application/fhir+json`), typed as the JSON response its route declares.
 * @param c - the request
 * @param resource - the FHIR resource
 */
export function fhirJson(c: Context, resource: unknown): TypedResponse<never, 200, 'json'> {
  // The route declares its body as a JSON object; the media type is FHIR's.
  return c.body(JSON.stringify(resource), 200, {
    'Content-Type': 'application/fhir+json',
  }) as unknown as TypedResponse<never, 200, 'json'>;
}

/** A FHIR JSON request body (`application/json` or `application/fhir+json`). */
export const fhirBody = {
  required: true,
  content: {
    'application/json': { schema: FHIR_INPUT_SCHEMA },
    'application/fhir+json': { schema: FHIR_INPUT_SCHEMA },
  },
};

/** A FHIR resource response. */
export function fhirResponse(description: string) {
  return { description, content: { 'application/fhir+json': { schema: { type: 'object' as const } } } };
}

/** The import as the API returns it (and as a 422 problem carries it when the input has errors). */
export function importBody(r: FhirImportResult): Record<string, unknown> {
  return { case: r.case, issues: r.issues, provenance: r.provenance, stats: r.stats };
}

/**
 * Imports FHIR JSON for an API call; throws a 422 (with the partial import) when the input has errors.
 * @param json - the parsed body
 */
export function importForApi(json: unknown): FhirImportResult {
  const r = importFhir(json);
  if (r.issues.some((i) => i.severity === 'error')) throw new FhirInputError(r);
  return r;
}

/** True when the request asks for FHIR output (`?format=fhir`, or `Accept: application/fhir+json`). */
export function wantsFhir(c: Context): boolean {
  if (c.req.query('format') === 'fhir') return true;
  return /application\/fhir\+json/i.test(c.req.header('accept') ?? '');
}

/**
 * The step of `POST /api/assess` before case validation: FHIR JSON (detected by its `resourceType`) is
 * imported (422 with the partial import when it has errors) and the case it gives is validated instead.
 */
export const importFhirBody: MiddlewareHandler<AppEnv> = async (c, next) => {
  const json = c.get('body');
  if (isFhirInput(json)) {
    const r = importForApi(json);
    c.set('fhirImport', r);
    c.set('body', r.case);
  } else c.set('fhirImport', undefined);
  return next();
};

/**
 * The response of `POST /api/assess` when FHIR output is asked for: the assessment as a FHIR R4 Bundle.
 * @param c - the request context
 * @param report - the assessment
 * @param fhir - the import, when the body was FHIR (links the results to the input)
 */
export function fhirAssessmentResponse(
  c: Context,
  report: AssessmentReport,
  fhir?: FhirImportResult,
): TypedResponse<never, 200, 'json'> {
  const bundle = assessmentToFhir(report, {
    ...(fhir?.stats.patient ? { patient: fhir.stats.patient } : {}),
    ...(fhir ? { provenance: fhir.provenance } : {}),
    recorded: new Date().toISOString(),
  });
  return fhirJson(c, bundle);
}

/**
 * The JSON report of `POST /api/assess` for FHIR input: the import notes under `fhirImport`.
 * @param body - the report (with its warnings)
 * @param fhir - the import, when the body was FHIR
 */
export function withFhirImport<T extends object>(body: T, fhir: FhirImportResult | undefined): T {
  return fhir
    ? { ...body, fhirImport: { issues: fhir.issues, provenance: fhir.provenance, stats: fhir.stats } }
    : body;
}

/** The FHIR routes. */
export const fhirRoutes: RouteGroup = {
  name: 'fhir',
  register(app, ctx) {
    app.openapi(
      secured(
        ctx,
        { role: 'viewer', audit: { action: 'fhir.import', resource: 'case' } },
        createRoute({
          method: 'post',
          path: '/api/fhir/import',
          tags: ['fhir'],
          summary:
            'Import FHIR R4 JSON (Bundle, Patient, array of resources): the case, each fact with its source resource (provenance), the OperationOutcome-like issues and counts. Nothing is stored. Input with errors: 422 carrying the same members, the case built from the rest.',
          request: { body: fhirBody },
          responses: { 200: objectResponse('case, issues, provenance, stats') },
        }),
        { fhirBody: 'always' },
      ),
      async (c) => {
        const r = importFhir(c.get('body'));
        const errors = r.issues.filter((i) => i.severity === 'error').length;
        // Recorded even when the input has errors: the rest of it was read.
        await recordOk(ctx, c, { detail: { resources: r.stats.resources, used: r.stats.used, errors } });
        if (errors) throw new FhirInputError(r);
        return jsonBytes(c, importBody(r));
      },
    );

    app.openapi(
      secured(
        ctx,
        { role: 'viewer', audit: { action: 'cds.snapshot.read', resource: 'cds-snapshot', idParam: 'id' } },
        createRoute({
          method: 'get',
          path: '/api/fhir/snapshots/{id}',
          tags: ['fhir'],
          summary: 'The record behind a CDS Hooks card link (kept for a limited time)',
          request: { params: IdParam },
          responses: {
            200: objectResponse('createdAt, expiresAt, and the import: case, issues, provenance, stats'),
            404: problemOf('unknown or expired'),
          },
        }),
      ),
      async (c) => {
        const { id } = c.req.valid('param');
        const s = /^[A-Za-z0-9_-]{16,64}$/.test(id) ? await ctx.store.cds.getSnapshot(id) : undefined;
        if (!s)
          throw new HeliotropeError('not-found', 'this record is no longer available (CDS links expire)', [
            issue('not-found', 'id', 'unknown or expired snapshot'),
          ]);
        await recordOk(ctx, c);
        return jsonBytes(c, { createdAt: s.createdAt, expiresAt: s.expiresAt, ...(s.data as object) });
      },
    );

    app.openapi(
      secured(
        ctx,
        { role: 'viewer', audit: { action: 'fhir.code-system', resource: 'code-system' } },
        createRoute({
          method: 'get',
          path: '/api/fhir/CodeSystem/assessment',
          tags: ['fhir'],
          summary: "Heliotrope's assessment CodeSystem (the codes of the FHIR export and the CDS cards)",
          responses: { 200: fhirResponse('the CodeSystem resource') },
        }),
      ),
      async (c) => {
        await recordOk(ctx, c);
        return fhirJson(c, assessmentCodeSystem());
      },
    );
  },
};
