/**
 * What every route group is built from: the application's dependencies (`AppDeps`, given to
 * `createApp`), the hono environment of a request (`AppEnv`), the resolved server context handed to each
 * group (`ServerContext`), and the shape of a route group (`RouteGroup`).
 * @module
 */
import type { Context } from 'hono';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Case } from '../case/schema.js';
import type { Issue } from '../core/issues.js';
import type { Store, User } from '../store/store.js';
import type { FhirImportResult } from '../fhir/import/index.js';
import type { CdsAuthenticator, CdsClient } from './cds/auth.js';
import type { CdsConfig } from './cds/config.js';
import type { CdsWorkerPool } from './cds/pool.js';
import type { AttemptLimiter } from './limits.js';
import type { Logger } from './logger.js';
import type { PopulationRuns } from './population.js';

/** What an extraction hook returns: a (draft) case document, with optional warnings. */
export interface ExtractOutput {
  case: unknown;
  warnings?: string[];
}

/** The narrative-extraction hook. */
export type ExtractHook = (text: string) => ExtractOutput | Promise<ExtractOutput>;

/** Dependencies of the application. */
export interface AppDeps {
  store: Store;
  /** Narrative extraction; when absent, POST /api/extract answers 501. */
  extract?: ExtractHook;
  logger?: Logger;
  /** Today as YYYY-MM-DD (default: the UTC date). */
  today?: () => string;
  /** Folder of the built web application (dist/web); when absent only the API is served. */
  webRoot?: string;
  /** Largest request body, in bytes (default 1 MiB). */
  maxBodyBytes?: number;
  /** Largest FHIR request body (`/api/fhir/import`, `application/fhir+json` to `/api/assess`, CDS Hooks calls; default 16 MiB). */
  maxFhirBodyBytes?: number;
  /** Login rate limiter (default: 5 failures per 15 minutes per address and user name, kept in the database). */
  loginLimiter?: AttemptLimiter;
  /** Limiter of wrong current passwords on a password change (default: 5 per 15 minutes per account). */
  passwordLimiter?: AttemptLimiter;
  /** Session lifetime in hours (default 12). */
  sessionHours?: number;
  /** Called with the client address of a request, when known (set by the node adapter). */
  clientAddress?: (c: Context) => string | undefined;
  /** Readiness beyond the database (e.g. false while shutting down). */
  ready?: () => boolean;
  /** The CDS Hooks service (trusted clients, sandbox switch, public URL…); default: signed calls only, no client trusted. */
  cds?: CdsConfig;
  /** The CDS clients' JWT verifier (default: built from `cds`). */
  cdsAuthenticator?: CdsAuthenticator;
  /** Compute threads for CDS Hooks `patient-view` calls (default: none, the calls run on the event loop). */
  cdsWorkers?: CdsWorkerPool;
  /** The population runs the Population page reads (default: none; `startServer` passes the configured ones). */
  population?: PopulationRuns;
}

/** Who made a request, once authenticated. */
export interface Identity {
  user: User;
  via: 'session' | 'token';
  /** The session's CSRF token (session only). */
  csrf?: string;
  /** SHA-256 of the session cookie or of the API token used. */
  credentialHash: string;
}

/** What the audit log records about the current request (set by the route's access rule). */
export interface AuditTarget {
  action: string;
  resourceType: string;
  resourceId: string | null;
  /** The account concerned when nobody is logged in yet (a login attempt). */
  userId?: string;
  /** Record a failure of this request as a denial whatever its status (e.g. a wrong current password). */
  denied?: boolean;
}

/** A validated case body with its validation warnings. */
export interface CaseInput {
  case: Case;
  warnings: Issue[];
}

/** The hono environment: per-request variables set by middleware. */
export interface AppEnv {
  Variables: {
    identity: Identity;
    audit: AuditTarget | undefined;
    /** The parsed JSON body (set by the body middleware). */
    body: unknown;
    /** The body's bytes, not parsed yet (a `rawBody` route; see `bodyOf`). */
    bodyBytes: Uint8Array | undefined;
    /** The validated case body (set by the case-body middleware). */
    caseInput: CaseInput;
    /** The import of a FHIR body, when the body was FHIR (set by the route's FHIR step). */
    fhirImport: FhirImportResult | undefined;
    /** The authenticated CDS client of a CDS Hooks call. */
    cdsClient: CdsClient;
  };
}

/** The resolved context every route group is registered with. */
export interface ServerContext {
  store: Store;
  logger: Logger;
  today: () => string;
  extract: ExtractHook | undefined;
  webRoot: string | undefined;
  maxBodyBytes: number;
  maxFhirBodyBytes: number;
  loginLimiter: AttemptLimiter;
  passwordLimiter: AttemptLimiter;
  sessionMs: number;
  clientAddress: (c: Context) => string | undefined;
  ready: () => boolean;
  /** The CDS Hooks configuration. */
  cds: CdsConfig;
  /** The CDS clients' JWT verifier. */
  cdsAuthenticator: CdsAuthenticator;
  /** Compute threads for CDS Hooks calls, when the server has some (`HELIOTROPE_CDS_WORKERS`). */
  cdsWorkers: CdsWorkerPool | undefined;
  /** The population runs (distributed runs in PostgreSQL, local runs in a directory). */
  population: PopulationRuns;
}

/**
 * The options of an assessment run by the server: the as-of day, and a section's fault logged (its key and
 * the error's name and stack, never case data) while the report keeps the other sections.
 * @param ctx - the server context (its logger)
 * @param asOf - the as-of day
 */
export function assessOptions(
  ctx: Pick<ServerContext, 'logger'>,
  asOf: string,
): { asOf: string; onFault: (key: string, e: unknown) => void } {
  return {
    asOf,
    onFault: (key, e) =>
      ctx.logger.log('error', 'assessment section failed', {
        section: key,
        error: e instanceof Error ? e.name : 'unknown',
        stack: e instanceof Error ? (e.stack ?? null) : null,
      }),
  };
}

/** The application: a hono app whose routes are described in its OpenAPI registry. */
export type ApiApp = OpenAPIHono<AppEnv>;

/**
 * A group of routes for one resource (`auth`, `cases`, …): one file under `src/server/routes/`, listed
 * once in `src/server/routes/index.ts`.
 */
export interface RouteGroup {
  /** Name (for docs and tests). */
  name: string;
  /**
   * Adds the group's routes to the application.
   * @param app - the application
   * @param ctx - dependencies
   */
  register(app: ApiApp, ctx: ServerContext): void;
}
