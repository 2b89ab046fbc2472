/**
 * The pieces every route is made of: its access rule (who may call it and what the audit log records),
 * the request body middleware (size limit, media type, JSON with line and column on errors, the case
 * validator), the validation hook that turns zod issues into problem documents, and small response
 * helpers. A route is declared once, with `createRoute`, and wrapped by {@link secured}: the OpenAPI
 * document and the checks come from the same declaration.
 * @module
 */
import type { Context, MiddlewareHandler, TypedResponse } from 'hono';
import { getCookie } from 'hono/cookie';
import { bodyLimit } from 'hono/body-limit';
import type { Hook, RouteConfig } from '@hono/zod-openapi';
import type { z } from '@hono/zod-openapi';
import { HeliotropeError, InputError, issue, type Issue } from '../core/issues.js';
import {
  clinicianMessage,
  formatPath,
  parseJsonBytes,
  validateCase,
  withValidateOptions,
} from '../case/validate.js';
import { importedCaseValidation } from '../fhir/import/index.js';
import type { Role } from '../store/accounts.js';
import { safeEqual, tokenHash } from './auth.js';
import type { AppEnv, AuditTarget, Identity, ServerContext } from './context.js';
import { HttpProblem } from './problem.js';
import { CASE_REF, Problem } from './schemas.js';

/** The session cookie name. */
export const SESSION_COOKIE = 'heliotrope_session';

/** Largest request body by default (1 MiB). */
export const DEFAULT_MAX_BODY = 1024 * 1024;

const RANK: Record<Role, number> = { viewer: 0, clinician: 1, admin: 2 };
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** What the audit log records for a route: its action, the resource type and the path parameter naming it. */
export interface AuditSpec {
  action: string;
  resource: string;
  /** Path parameter holding the resource id (e.g. `id`). */
  idParam?: string;
}

/**
 * Who may call a route. `public`: anyone. Otherwise a role (viewer < clinician < admin), with the audit
 * action recorded for it: every denied attempt on the route (401, 403, 404, 409, 429, or a failure the
 * route marks as a denial) and every 5xx is recorded by the error handler; handlers record successes
 * with {@link recordOk}. Only `audit: false` routes (the session probe and logout) are left out.
 */
export type Access = { public: true; audit?: AuditSpec } | { role: Role; audit: AuditSpec | false };

/** The media type of every request body. */
const JSON_TYPE = /^application\/(.+\+)?json\s*(;|$)/i;

/** The schema object of a case body: the `Case` component (validated by the case validator, not by zod). */
export const CASE_BODY_SCHEMA = { $ref: CASE_REF };

/** A JSON response described by a raw schema object (a value the zod schemas do not type, e.g. a report). */
export function objectResponse(description: string) {
  return { description, content: { 'application/json': { schema: { type: 'object' as const } } } };
}

/**
 * A JSON object request body described by a raw JSON Schema (validated by the handler, e.g. a
 * calculator's items, which are defined by the calculator's input table rather than by zod).
 * @param schema - the JSON Schema of the object
 * @param description - what the body is
 */
export function jsonBodyOf(schema: { type: 'object'; [keyword: string]: unknown }, description?: string) {
  const described = { ...schema, ...(description ? { description } : {}) } as { type: 'object' };
  return { required: true, content: { 'application/json': { schema: described } } };
}

/** The case body: a case document. */
export const caseBody = {
  required: true,
  content: { 'application/json': { schema: CASE_BODY_SCHEMA } },
};

/**
 * A zod-validated JSON request body.
 * @param schema - the body schema
 */
export function zodBody<T extends z.ZodType>(schema: T) {
  return { required: true as const, content: { 'application/json': { schema } } };
}

/**
 * Turns zod issues into an input error naming each field.
 * @param error - zod's error
 * @param where - `request body`, `query`, …
 */
export function zodToInput(error: z.ZodError, where: string): InputError {
  return new InputError(
    `the ${where} has invalid fields`,
    error.issues.map((i) =>
      issue(
        i.code === 'invalid_type' && i.input === undefined ? 'required' : 'value',
        formatPath(i.path),
        clinicianMessage(i),
      ),
    ),
  );
}

const WHERE: Record<string, string> = {
  json: 'request body',
  query: 'query',
  param: 'path',
  header: 'headers',
  cookie: 'cookies',
};

/** The validators' hook: a failed validation is an input error (422 with every field path). */
export const validationHook: Hook<unknown, AppEnv, string, undefined> = (result) => {
  if (!result.success) throw zodToInput(result.error, WHERE[result.target] ?? result.target);
  return undefined;
};

/**
 * The caller: a Bearer API token, or the session cookie. Throws 401 when neither is valid.
 * @param ctx - dependencies
 * @param c - the request
 */
async function authenticate(ctx: ServerContext, c: Context<AppEnv>): Promise<Identity> {
  const authz = c.req.header('authorization');
  if (authz) {
    const m = /^Bearer\s+(\S+)$/i.exec(authz);
    const hash = m ? tokenHash(m[1]!) : '';
    const user = m ? await ctx.store.accounts.findApiToken(hash) : undefined;
    if (!user) throw new HeliotropeError('unauthorized', 'the API token is not valid');
    return { user, via: 'token', credentialHash: hash };
  }
  const cookie = getCookie(c, SESSION_COOKIE);
  const hash = cookie ? tokenHash(cookie) : '';
  const s = cookie ? await ctx.store.accounts.findSession(hash) : undefined;
  if (!s) throw new HeliotropeError('unauthorized', 'log in, or send an API token (Authorization: Bearer …)');
  return { user: s.user, via: 'session', csrf: s.csrfToken, credentialHash: hash };
}

/**
 * The access middleware of a route: names the audit target, authenticates, checks the CSRF token of
 * cookie-authenticated changes, then the role.
 * @param ctx - dependencies
 * @param access - the route's access rule
 */
export function guard(ctx: ServerContext, access: Access): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (access.audit) {
      const id = access.audit.idParam ? c.req.param(access.audit.idParam) : undefined;
      c.set('audit', {
        action: access.audit.action,
        resourceType: access.audit.resource,
        resourceId: id ?? null,
      });
    }
    if ('public' in access) return next();
    const who = await authenticate(ctx, c);
    c.set('identity', who);
    if (who.via === 'session' && !SAFE_METHODS.has(c.req.method)) {
      if (!safeEqual(c.req.header('x-csrf-token') ?? '', who.csrf ?? ''))
        throw new HeliotropeError('forbidden', 'missing or wrong X-CSRF-Token header');
    }
    if (RANK[who.user.role] < RANK[access.role])
      throw new HeliotropeError('forbidden', `this needs the ${access.role} role; you are ${who.user.role}`);
    return next();
  };
}

/**
 * The body-size limit: hono's body-limit middleware, which counts the bytes of a streamed (chunked) body
 * as they are read. A body with a Content-Length is checked here first, by that header alone, because the
 * middleware reads `Request.body`, which makes the node adapter build a web stream for every request
 * (measured: +25–30 % CPU per POST /api/assess); without it the adapter reads the body directly.
 * @param max - largest body in bytes
 */
function sizeLimit(max: number): MiddlewareHandler<AppEnv> {
  const tooLarge = () => new HeliotropeError('too-large', `the request body is larger than ${max} bytes`);
  const streamed = bodyLimit({
    maxSize: max,
    onError: () => {
      throw tooLarge();
    },
  });
  return async (c, next) => {
    const length = c.req.header('content-length');
    if (length === undefined || c.req.header('transfer-encoding') !== undefined) return streamed(c, next);
    if (!/^\d+$/.test(length))
      throw new InputError('bad Content-Length', [
        issue('value', 'Content-Length', 'expected a number of bytes'),
      ]);
    if (Number(length) > max) throw tooLarge();
    return next();
  };
}

/** The media type of a FHIR JSON body. */
const FHIR_TYPE = /^application\/fhir\+json\s*(;|$)/i;

/**
 * The body-size limit of a route: the API's, or the FHIR one (larger: a patient's record) for every body
 * (`fhirBody: 'always'`) or for a body sent as `application/fhir+json` (`fhirBody: 'media-type'`).
 * @param ctx - dependencies
 * @param fhirBody - the route's FHIR body option
 */
function bodySizeLimit(ctx: ServerContext, fhirBody: RouteOptions['fhirBody']): MiddlewareHandler<AppEnv> {
  const normal = sizeLimit(ctx.maxBodyBytes);
  if (!fhirBody) return normal;
  const fhir = sizeLimit(ctx.maxFhirBodyBytes);
  if (fhirBody === 'always') return fhir;
  return (c, next) => (FHIR_TYPE.test(c.req.header('content-type') ?? '') ? fhir : normal)(c, next);
}

/**
 * The JSON body middleware: refuses other media types (415), bodies over the limit (413), bytes that are
 * not UTF-8 (400 with the byte offset), JSON nested more than 64 levels and text that is not JSON (400 with
 * line and column); the parsed value is the `body` variable.
 * @param ctx - dependencies
 * @param options - the route's options (its FHIR body limit)
 */
function jsonBody(ctx: ServerContext, options: RouteOptions): MiddlewareHandler<AppEnv>[] {
  return [
    async (c, next) => {
      if (!JSON_TYPE.test(c.req.header('content-type') ?? ''))
        throw new HttpProblem('unsupported-media-type', 'send the body as application/json');
      return next();
    },
    bodySizeLimit(ctx, options.fhirBody),
    async (c, next) => {
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      // A route that may parse the body elsewhere (a compute thread) gets the bytes; `bodyOf` parses them.
      if (options.rawBody) c.set('bodyBytes', bytes);
      // Strict UTF-8 (invalid bytes refused with their offset), depth-limited JSON: one shared parser.
      else c.set('body', parseJsonBytes(bytes, 'the request body'));
      return next();
    },
  ];
}

/**
 * The parsed JSON body of a request: the body middleware's, or for a `rawBody` route its bytes parsed now
 * (once; same errors as the middleware's).
 * @param c - the request
 */
export function bodyOf(c: Context<AppEnv>): unknown {
  const bytes = c.get('bodyBytes');
  if (bytes === undefined) return c.get('body');
  c.set('bodyBytes', undefined);
  const body = parseJsonBytes(bytes, 'the request body');
  c.set('body', body);
  return body;
}

/**
 * Validates the parsed body as a case document (the `caseInput` variable), with its warnings; with
 * `?strict=true` warnings (unknown finding ids, inconsistent dates and ages) are errors.
 */
const validCaseBody: MiddlewareHandler<AppEnv> = async (c, next) => {
  const options = { strict: c.req.query('strict') === 'true' };
  const body = c.get('body');
  // A FHIR body's case has just been validated by the import (`validateCase`, this very case object): its
  // result is taken as it is, not computed twice.
  const fhir = c.get('fhirImport');
  const imported = fhir !== undefined && fhir.case === body ? importedCaseValidation(fhir) : undefined;
  const v = imported ? withValidateOptions(imported, options) : validateCase(body, options);
  if (!v.case) throw new InputError('the case is not valid', v.issues);
  c.set('caseInput', { case: v.case, warnings: v.issues });
  return next();
};

/**
 * A JSON response of a route.
 * @param schema - its zod schema
 * @param description - what it is
 */
export function jsonResponse<T extends z.ZodType>(schema: T, description = 'OK') {
  return { description, content: { 'application/json': { schema } } };
}

/**
 * A problem response of a route.
 * @param description - when it happens
 */
export function problemOf(description: string) {
  return { description, content: { 'application/problem+json': { schema: Problem } } };
}

/** What a route may add to its access rule. */
export interface RouteOptions {
  /**
   * The body may be FHIR JSON, up to the FHIR body limit: every body (`always`), or a body sent as
   * `application/fhir+json` (`media-type`).
   */
  fhirBody?: 'always' | 'media-type';
  /**
   * The route's own authentication, for a public route whose callers prove who they are otherwise (the
   * CDS Hooks JWT): runs after the access rule and before the body is read.
   */
  authenticate?: MiddlewareHandler<AppEnv>;
  /**
   * The body middleware checks the media type and size and reads the bytes (the `bodyBytes` variable) but does
   * not parse them: the route parses them with {@link bodyOf}, or hands them to a compute thread.
   */
  rawBody?: boolean;
  /** Runs once the body is parsed and before a case body is validated (e.g. FHIR input imported to a case). */
  beforeCase?: MiddlewareHandler<AppEnv>;
}

/**
 * A route with its access rule: adds the access middleware (and the body middleware when the route has
 * a body) in front of the route's validators, and the problem responses the access rule and body imply
 * to its description. Its request and response types are unchanged.
 * @param ctx - dependencies
 * @param access - who may call it, and its audit action
 * @param route - the route, from `createRoute`
 * @param options - a larger FHIR body, the route's own authentication, a step before case validation
 */
export function secured<R extends RouteConfig>(
  ctx: ServerContext,
  access: Access,
  route: R,
  options: RouteOptions = {},
): R {
  const content = route.request?.body?.content['application/json'];
  const body = content && 'schema' in content ? content.schema : undefined;
  const middleware: MiddlewareHandler<AppEnv>[] = [guard(ctx, access)];
  if (options.authenticate) middleware.push(options.authenticate);
  if (body) middleware.push(...jsonBody(ctx, options));
  if (body && options.beforeCase) middleware.push(options.beforeCase);
  if (body === CASE_BODY_SCHEMA) middleware.push(validCaseBody);
  const responses: RouteConfig['responses'] = { ...route.responses };
  const add = (status: number, description: string) => (responses[status] ??= problemOf(description));
  if (body) {
    add(400, 'the body is not JSON (with line and column)');
    add(413, 'the body is too large');
    add(415, 'the body is not application/json');
  }
  if (body || route.request?.query || route.request?.params) add(422, 'invalid fields (each with its path)');
  if (options.authenticate) add(401, 'the caller could not be authenticated');
  if (!('public' in access)) {
    add(401, 'not logged in, or the API token is not valid');
    add(403, `needs the ${access.role} role (and the X-CSRF-Token header with a session cookie)`);
  }
  return {
    ...route,
    ...('public' in access
      ? { security: route.security ?? [] }
      : { 'x-heliotrope-role': access.role, ...(access.audit ? { 'x-audit': access.audit.action } : {}) }),
    responses,
    middleware,
  };
}

/**
 * Records a successful request in the audit log (the route's audit action).
 * @param ctx - dependencies
 * @param c - the request
 * @param extra - the resource id when the route creates it, the account when nobody is logged in, and
 *   detail (ids, versions, counts: never patient data)
 */
export async function recordOk(
  ctx: ServerContext,
  c: Context<AppEnv>,
  extra: { resourceId?: string; userId?: string; detail?: Record<string, unknown> } = {},
): Promise<void> {
  const a = c.get('audit');
  if (!a) throw new Error(`the route ${c.req.routePath} has no audit action`);
  await ctx.store.audit.append({
    userId: extra.userId ?? (c.get('identity') as Identity | undefined)?.user.id ?? null,
    action: a.action,
    resourceType: a.resourceType,
    resourceId: extra.resourceId ?? a.resourceId,
    outcome: 'ok',
    ...(extra.detail ? { detail: extra.detail } : {}),
  });
}

/** Statuses recorded as denied attempts. */
const DENIED = new Set([401, 403, 404, 409, 429]);

/**
 * Records a refused or failed request in the audit log, when its route has an audit action: denied
 * (401, 403, 404, 409, 429, or a failure the route marked as a denial) or error (5xx).
 * @param ctx - dependencies
 * @param c - the request
 * @param status - the response status
 */
export async function recordFailure(ctx: ServerContext, c: Context<AppEnv>, status: number): Promise<void> {
  const a: AuditTarget | undefined = c.get('audit');
  if (!a) return;
  const outcome = status >= 500 ? 'error' : DENIED.has(status) || a.denied ? 'denied' : undefined;
  if (!outcome) return;
  const who = c.get('identity') as Identity | undefined;
  const userId = who?.user.id ?? a.userId ?? null;
  await ctx.store.audit.append({
    userId,
    action: a.action,
    resourceType: a.resourceType,
    resourceId: a.resourceId,
    outcome,
    detail: { status },
  });
}

/**
 * The version an edit is based on, from If-Match (428 without it).
 * @param c - the request
 */
export function ifMatchVersion(c: Context): number {
  const h = c.req.header('if-match');
  if (!h)
    throw new HttpProblem(
      'precondition-required',
      'send If-Match with the version your edit is based on (the ETag of the case)',
    );
  const m = /^(?:W\/)?"?(\d+)"?$/.exec(h.trim());
  if (!m)
    throw new InputError('If-Match is not a case version', [
      issue('value', 'If-Match', 'expected the ETag of the case, e.g. "3"'),
    ]);
  return Number(m[1]);
}

/**
 * Adds validation warnings (unknown finding ids, inconsistent dates) to a response body when there are any.
 * @param body - the response body
 * @param warnings - the warnings
 */
export function withWarnings<T extends object>(body: T, warnings: Issue[]): T & { warnings?: Issue[] } {
  return warnings.length ? { ...body, warnings } : body;
}

/** True when the request came over HTTPS (directly or through a proxy that says so). */
export function isSecure(c: Context): boolean {
  const xf = c.req.header('x-forwarded-proto');
  if (xf) return xf.split(',')[0]!.trim().toLowerCase() === 'https';
  return new URL(c.req.url).protocol === 'https:';
}

const utf8 = new TextEncoder();
let scratch = new Uint8Array(64 * 1024);
const MAX_SCRATCH = 4 * 1024 * 1024;

/**
 * Like `c.json(value)` (same body bytes, same Content-Type), for large bodies such as a report: the JSON
 * text is encoded to UTF-8 once, into a reused buffer, and handed to the adapter as bytes, so it is not
 * measured for Content-Length and then encoded again by the socket write.
 * @param c - the request
 * @param value - the JSON value
 */
export function jsonBytes(c: Context, value: unknown): TypedResponse<never, 200, 'json'> {
  const text = JSON.stringify(value);
  // UTF-8 needs at most 3 bytes per UTF-16 code unit (JSON.stringify leaves no lone surrogates).
  const need = text.length * 3;
  let bytes: Uint8Array<ArrayBuffer>;
  if (need > MAX_SCRATCH) bytes = new Uint8Array(Buffer.from(text, 'utf8'));
  else {
    if (scratch.length < need) scratch = new Uint8Array(need);
    bytes = scratch.slice(0, utf8.encodeInto(text, scratch).written);
  }
  // A JSON response like c.json's, typed as one (the route declares its body as a JSON object).
  return c.body(bytes, 200, { 'Content-Type': 'application/json' }) as unknown as TypedResponse<
    never,
    200,
    'json'
  >;
}
