/**
 * FHIR routes of the API: `POST /api/fhir/import` (a Bundle, a resource or an array of resources → the
 * case, every fact's source resource and the import issues), the Heliotrope assessment CodeSystem, and
 * the FHIR side of `POST /api/assess` (a Bundle as the body; the result as a FHIR R4 Bundle on request).
 * Mounted by `createApp` under `/api/fhir`; authentication, audit and the problem mapping are the app's.
 * @module
 */
import { Hono, type Context } from 'hono';
import type { AssessmentReport } from '../assess/assess.js';
import { HeliotropeError, issue, type Issue } from '../core/issues.js';
import { assessmentToFhir } from '../fhir/export/assessment.js';
import { assessmentCodeSystem } from '../fhir/export/code-system.js';
import { FhirInputError, importFhir, isFhirInput, type FhirImportResult } from '../fhir/import/index.js';

/** Largest FHIR request body by default (16 MiB): one patient's record, not a population export. */
export const DEFAULT_MAX_FHIR_BODY = 16 * 1024 * 1024;

/** What the FHIR routes need from the app. */
export interface FhirRouteHelpers {
  /** Reads and parses the JSON body (JSON media types only) up to `maxBytes`. */
  readJson(c: Context, maxBytes?: number): Promise<unknown>;
  /** Appends an audit entry for the request's user. */
  audit(c: Context, action: string, detail?: Record<string, unknown>): Promise<void>;
  /** Largest FHIR body. */
  maxFhirBytes: number;
  /** The record behind a CDS card's link, when it has not expired. */
  snapshot(id: string): Promise<{ createdAt: string; expiresAt: string; data: unknown } | undefined>;
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
  const accept = c.req.header('accept') ?? '';
  return /application\/fhir\+json/i.test(accept);
}

/** True when the request body is declared as FHIR JSON. */
export function isFhirMediaType(c: Context): boolean {
  return /^application\/fhir\+json\s*(;|$)/i.test(c.req.header('content-type') ?? '');
}

/** The body of `POST /api/assess`: a case, or FHIR input (imported first). */
export interface AssessInput {
  case: unknown;
  /** Set when the body was FHIR. */
  fhir?: FhirImportResult;
}

/**
 * Reads the body of `POST /api/assess`: FHIR JSON (detected by its `resourceType`) is imported; anything
 * else is a case document for the caller to validate.
 * @param json - the parsed body
 */
export function assessInput(json: unknown): AssessInput {
  if (!isFhirInput(json)) return { case: json };
  const r = importForApi(json);
  return { case: r.case, fhir: r };
}

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
): Response {
  const bundle = assessmentToFhir(report, {
    ...(fhir?.stats.patient ? { patient: fhir.stats.patient } : {}),
    ...(fhir ? { provenance: fhir.provenance } : {}),
    recorded: new Date().toISOString(),
  });
  return c.body(JSON.stringify(bundle), 200, { 'Content-Type': 'application/fhir+json' });
}

/** The JSON report of `POST /api/assess` with the validation warnings and, for FHIR input, the import notes. */
export function assessJsonBody(
  report: AssessmentReport,
  warnings: readonly Issue[],
  fhir?: FhirImportResult,
): Record<string, unknown> | AssessmentReport {
  if (!warnings.length && !fhir) return report;
  return {
    ...report,
    ...(warnings.length ? { warnings } : {}),
    ...(fhir ? { fhirImport: { issues: fhir.issues, provenance: fhir.provenance, stats: fhir.stats } } : {}),
  };
}

/**
 * The `/api/fhir` routes.
 * @param h - the app's helpers (body reading, audit)
 */
export function fhirRoutes<E extends object>(h: FhirRouteHelpers): Hono<E> {
  const app = new Hono<E>();
  app.post('/import', async (c) => {
    const json = await h.readJson(c, h.maxFhirBytes);
    const r = importFhir(json);
    const errors = r.issues.filter((i) => i.severity === 'error').length;
    await h.audit(c, 'fhir.import', {
      resources: r.stats.resources,
      used: r.stats.used,
      errors,
    });
    if (errors) throw new FhirInputError(r);
    return c.json(importBody(r));
  });
  app.get('/snapshots/:id', async (c) => {
    const id = c.req.param('id');
    const s = /^[A-Za-z0-9_-]{16,64}$/.test(id) ? await h.snapshot(id) : undefined;
    await h.audit(c, 'cds.snapshot.read', { found: Boolean(s) });
    if (!s)
      throw new HeliotropeError('not-found', 'this record is no longer available (CDS links expire)', [
        issue('not-found', 'id', 'unknown or expired snapshot'),
      ]);
    return c.json({ createdAt: s.createdAt, expiresAt: s.expiresAt, ...(s.data as object) });
  });
  app.get('/CodeSystem/assessment', (c) =>
    c.body(JSON.stringify(assessmentCodeSystem()), 200, { 'Content-Type': 'application/fhir+json' }),
  );
  return app;
}
