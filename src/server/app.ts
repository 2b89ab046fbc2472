/**
 * The HTTP application: JSON API under /api and the web application, in one hono app built from its
 * dependencies so tests drive it in-process with `app.request()`.
 * @module
 */
import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { secureHeaders } from 'hono/secure-headers';
import { z } from 'zod';
import { assessCase } from '../assess/assess.js';
import { reportHeadlines } from '../assess/headlines.js';
import { pretestIssues } from '../cancer/probability/probability.js';
import { calculators, findCalculator, reportSections } from '../sets/registry.js';
import { evaluateRaw } from '../calc/run.js';
import { isValidPartialIsoDate } from '../core/dates.js';
import { HeliotropeError, InputError, issue, type Issue } from '../core/issues.js';
import { formatPath, parseJsonText, validateCase } from '../case/validate.js';
import type { Case } from '../case/schema.js';
import { ROLES, type Role, type Store, type StoredCase, type User } from '../store/store.js';
import { ENGINE_VERSION } from '../version.js';
import {
  DUMMY_HASH,
  hashPassword,
  LoginRateLimiter,
  newToken,
  safeEqual,
  tokenHash,
  verifyPassword,
} from './auth.js';
import { silentLogger, type Logger } from './logger.js';
import { buildOpenApi } from './openapi.js';
import { HttpProblem, problemResponse } from './problem.js';
import { loadStaticFiles, type StaticFile } from './static-files.js';
import { summarize } from './summary.js';

/** What an extraction hook returns: a (draft) case document, with optional warnings. */
export interface ExtractOutput {
  case: unknown;
  warnings?: string[];
}

/** The optional narrative-extraction hook (wired when the extraction module lands). */
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
  /** Login rate limiter (default: 5 failures per 15 minutes per address and user name). */
  loginLimiter?: LoginRateLimiter;
  /** Session lifetime in hours (default 12). */
  sessionHours?: number;
  /** Called with the client address of a request, when known (set by the node adapter). */
  clientAddress?: (c: Context) => string | undefined;
  /** Readiness beyond the database (e.g. false while shutting down). */
  ready?: () => boolean;
}

type Env = {
  Variables: { user: User; via: 'session' | 'token'; csrf: string; session: string; maxBody: number };
};

/** The session cookie name. */
export const SESSION_COOKIE = 'heliotrope_session';

const RANK: Record<Role, number> = { viewer: 0, clinician: 1, admin: 2 };

const LoginBody = z
  .object({ username: z.string().min(1).max(100), password: z.string().min(1).max(1000) })
  .strict();
const NewUserBody = z
  .object({
    username: z
      .string()
      .regex(/^[a-zA-Z0-9._-]{2,64}$/, 'letters, digits, dot, dash, underscore; 2–64 characters'),
    password: z.string().min(10).max(1000),
    role: z.enum(ROLES),
  })
  .strict();
const PatchUserBody = z
  .object({
    role: z.enum(ROLES).optional(),
    disabled: z.boolean().optional(),
    password: z.string().min(10).max(1000).optional(),
  })
  .strict();
const PasswordBody = z
  .object({ currentPassword: z.string().min(1).max(1000), newPassword: z.string().min(10).max(1000) })
  .strict();
const TokenBody = z.object({ name: z.string().min(1).max(100) }).strict();
const ExtractBody = z.object({ text: z.string().min(1).max(200_000) }).strict();
const AuditQuery = z.object({
  resourceId: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});
const StrictFlag = z.enum(['true', 'false']).optional();
const AssessQuery = z.object({
  asOf: z.string().optional(),
  prior: z.string().optional(),
  strict: StrictFlag,
  headlines: z.enum(['true', 'false']).optional(),
});
const StrictQuery = z.object({ strict: StrictFlag }).passthrough();
const ListQuery = z.object({
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  offset: z.coerce.number().int().min(0).optional(),
});

function zodToInput(error: z.ZodError, where: string): InputError {
  return new InputError(
    `the ${where} has invalid fields`,
    error.issues.map((i) =>
      issue(
        i.code === 'invalid_type' && i.input === undefined ? 'required' : 'value',
        formatPath(i.path),
        i.message,
      ),
    ),
  );
}

/**
 * Reads the request body as text, refusing bodies over `max` bytes: by Content-Length before reading,
 * or while streaming when there is none. With a Content-Length the node adapter reads the body directly
 * (no web stream), which keeps POST requests cheap.
 */
async function readText(c: Context, max: number): Promise<string> {
  const tooLarge = () => new HeliotropeError('too-large', `the request body is larger than ${max} bytes`);
  const len = c.req.header('content-length');
  if (len !== undefined) {
    if (!/^\d+$/.test(len))
      throw new InputError('bad Content-Length', [
        issue('value', 'Content-Length', 'expected a number of bytes'),
      ]);
    if (Number(len) > max) throw tooLarge();
    return c.req.text();
  }
  const body = c.req.raw.body;
  if (!body) return '';
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function readJson(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/(.+\+)?json\s*(;|$)/i.test(type))
    throw new HttpProblem('unsupported-media-type', 'send the body as application/json');
  return parseJsonText(
    await readText(c, (c.get('maxBody') as number | undefined) ?? DEFAULT_MAX_BODY),
    'the request body',
  );
}

/** Largest request body by default (1 MiB). */
export const DEFAULT_MAX_BODY = 1024 * 1024;

async function readBody<T>(c: Context, schema: z.ZodType<T>): Promise<T> {
  const r = schema.safeParse(await readJson(c));
  if (!r.success) throw zodToInput(r.error, 'request body');
  return r.data;
}

function readQuery<T>(c: Context, schema: z.ZodType<T>): T {
  const r = schema.safeParse(c.req.query());
  if (!r.success) throw zodToInput(r.error, 'query');
  return r.data;
}

function validCase(value: unknown, strict = false): { case: Case; warnings: Issue[] } {
  const v = validateCase(value, { strict });
  if (!v.case) throw new InputError('the case is not valid', v.issues);
  return { case: v.case, warnings: v.issues };
}

function ifMatchVersion(c: Context): number {
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

/** Adds validation warnings (unknown finding ids, inconsistent dates) to a response body when there are any. */
function withWarnings<T extends object>(body: T, warnings: Issue[]): T & { warnings?: Issue[] } {
  return warnings.length ? { ...body, warnings } : body;
}

function caseBody(s: StoredCase) {
  const { deleted: _d, ...rest } = s;
  return rest;
}

function isSecure(c: Context): boolean {
  const xf = c.req.header('x-forwarded-proto');
  if (xf) return xf.split(',')[0]!.trim().toLowerCase() === 'https';
  return new URL(c.req.url).protocol === 'https:';
}

/** True when an Origin header names this host (scheme aside, so a TLS-terminating proxy is fine). */
function sameHost(origin: string, host: string): boolean {
  try {
    return new URL(origin).host.toLowerCase() === host.toLowerCase();
  } catch {
    return false;
  }
}

const utf8 = new TextEncoder();
let scratch = new Uint8Array(64 * 1024);
const MAX_SCRATCH = 4 * 1024 * 1024;

/**
 * Like `c.json(value)` (same body bytes, same Content-Type), for large bodies such as a report: the JSON
 * text is encoded to UTF-8 once, into a reused buffer, and handed to the adapter as bytes, so it is not
 * measured for Content-Length and then encoded again by the socket write.
 */
function jsonBytes(c: Context, value: unknown): Response {
  const text = JSON.stringify(value);
  // UTF-8 needs at most 3 bytes per UTF-16 code unit (JSON.stringify leaves no lone surrogates).
  const need = text.length * 3;
  if (need > MAX_SCRATCH)
    return c.body(Buffer.from(text, 'utf8'), 200, { 'Content-Type': 'application/json' });
  if (scratch.length < need) scratch = new Uint8Array(need);
  const { written } = utf8.encodeInto(text, scratch);
  const body = scratch.slice(0, written);
  return c.body(body, 200, { 'Content-Type': 'application/json' });
}

/** Paths under /api that need no login. */
const PUBLIC = new Set(['/api/health', '/api/ready', '/api/openapi.json', '/api/auth/login']);

/**
 * Builds the application.
 * @param deps - store, optional extraction hook, logger, clock, web root and limits
 */
export function createApp(deps: AppDeps): Hono<Env> {
  const { store } = deps;
  const logger = deps.logger ?? silentLogger;
  const today = deps.today ?? (() => new Date().toISOString().slice(0, 10));
  const limiter = deps.loginLimiter ?? new LoginRateLimiter();
  const sessionMs = (deps.sessionHours ?? 12) * 3600 * 1000;
  const files: Map<string, StaticFile> = deps.webRoot ? loadStaticFiles(deps.webRoot) : new Map();
  const openapi = buildOpenApi();
  const app = new Hono<Env>();

  const audit = (
    c: Context<Env>,
    action: string,
    resourceType: string,
    resourceId: string | null,
    detail?: Record<string, unknown>,
    outcome: 'ok' | 'denied' = 'ok',
  ) =>
    store.audit({
      userId: c.get('user')?.id ?? null,
      action,
      resourceType,
      resourceId,
      outcome,
      ...(detail ? { detail } : {}),
    });

  const need = async (c: Context<Env>, role: Role, action: string, resourceId: string | null = null) => {
    const u = c.get('user');
    if (RANK[u.role] < RANK[role]) {
      if (action.startsWith('case.') || action.startsWith('assessment.'))
        await audit(c, action, 'case', resourceId, undefined, 'denied');
      throw new HeliotropeError('forbidden', `this needs the ${role} role; you are ${u.role}`);
    }
  };

  app.onError((err, c) => {
    const { response, internal } = problemResponse(err, c.req.path);
    if (internal)
      logger.log('error', 'internal error', {
        method: c.req.method,
        path: c.req.path,
        error: err instanceof Error ? err.name : 'unknown',
      });
    return response;
  });

  app.use('*', async (c, next) => {
    c.set('maxBody', deps.maxBodyBytes ?? DEFAULT_MAX_BODY);
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

  // Authentication: Bearer API token, or session cookie (+ CSRF token on unsafe methods).
  app.use('/api/*', async (c, next) => {
    c.header('Cache-Control', 'no-store');
    if (PUBLIC.has(c.req.path)) return next();
    const authz = c.req.header('authorization');
    if (authz) {
      const m = /^Bearer\s+(\S+)$/i.exec(authz);
      const user = m ? await store.findApiToken(tokenHash(m[1]!)) : undefined;
      if (!user) throw new HeliotropeError('unauthorized', 'the API token is not valid');
      c.set('user', user);
      c.set('via', 'token');
      return next();
    }
    const cookie = getCookie(c, SESSION_COOKIE);
    const s = cookie ? await store.findSession(tokenHash(cookie)) : undefined;
    if (!s)
      throw new HeliotropeError('unauthorized', 'log in, or send an API token (Authorization: Bearer …)');
    c.set('user', s.user);
    c.set('via', 'session');
    c.set('csrf', s.csrfToken);
    c.set('session', tokenHash(cookie!));
    if (!['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) {
      const sent = c.req.header('x-csrf-token') ?? '';
      if (!safeEqual(sent, s.csrfToken))
        throw new HeliotropeError('forbidden', 'missing or wrong X-CSRF-Token header');
    }
    return next();
  });

  // ─── Probes and description ───────────────────────────────────────────────────────────────
  app.get('/api/health', (c) => c.json({ status: 'ok', engine: ENGINE_VERSION }));
  app.get('/api/ready', async (c) => {
    if (deps.ready && !deps.ready()) throw new HttpProblem('unavailable', 'the server is shutting down');
    try {
      await store.countUsers();
    } catch {
      throw new HttpProblem('unavailable', 'the database is not reachable');
    }
    return c.json({ status: 'ready', database: store.db.engine });
  });
  app.get('/api/openapi.json', (c) => c.json(openapi));

  // ─── Sessions, accounts, tokens ───────────────────────────────────────────────────────────
  app.post('/api/auth/login', async (c) => {
    const origin = c.req.header('origin');
    if (
      origin &&
      !sameHost(origin, c.req.header('x-forwarded-host') ?? c.req.header('host') ?? new URL(c.req.url).host)
    ) {
      throw new HeliotropeError('forbidden', 'cross-origin login refused');
    }
    const body = await readBody(c, LoginBody);
    const key = `${deps.clientAddress?.(c) ?? 'unknown'}|${body.username.toLowerCase()}`;
    const wait = limiter.retryAfter(key);
    if (wait > 0)
      throw new HttpProblem('rate-limited', `too many failed logins; try again in ${wait} s`, {
        'Retry-After': String(wait),
      });
    const login = await store.findLogin(body.username);
    const ok = await verifyPassword(body.password, login?.passwordHash ?? DUMMY_HASH);
    if (!login || !ok || login.user.disabled) {
      limiter.fail(key);
      await store.audit({
        userId: login?.user.id ?? null,
        action: 'auth.login',
        resourceType: 'session',
        resourceId: null,
        outcome: 'denied',
      });
      throw new HeliotropeError('unauthorized', 'wrong user name or password');
    }
    limiter.succeed(key);
    const token = newToken();
    const csrfToken = newToken();
    await store.createSession({
      tokenHash: tokenHash(token),
      userId: login.user.id,
      csrfToken,
      expiresAt: new Date(Date.now() + sessionMs).toISOString(),
    });
    await store.audit({
      userId: login.user.id,
      action: 'auth.login',
      resourceType: 'session',
      resourceId: null,
      outcome: 'ok',
    });
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Strict',
      path: '/',
      secure: isSecure(c),
      maxAge: Math.floor(sessionMs / 1000),
    });
    return c.json({ user: login.user, csrfToken });
  });
  app.post('/api/auth/logout', async (c) => {
    if (c.get('via') === 'session') await store.deleteSession(c.get('session'));
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isSecure(c) });
    return c.body(null, 204);
  });
  app.get('/api/auth/session', (c) =>
    c.json({ user: c.get('user'), csrfToken: c.get('via') === 'session' ? c.get('csrf') : null }),
  );
  app.post('/api/auth/password', async (c) => {
    const body = await readBody(c, PasswordBody);
    const login = await store.findLogin(c.get('user').username);
    if (!login || !(await verifyPassword(body.currentPassword, login.passwordHash))) {
      throw new InputError('the current password is wrong', [
        issue('value', 'currentPassword', 'wrong password'),
      ]);
    }
    await store.updateUser(login.user.id, { passwordHash: await hashPassword(body.newPassword) });
    return c.body(null, 204);
  });

  app.get('/api/tokens', async (c) => c.json({ items: await store.listApiTokens(c.get('user').id) }));
  app.post('/api/tokens', async (c) => {
    const body = await readBody(c, TokenBody);
    const token = newToken('hlt_');
    const t = await store.createApiToken({
      tokenHash: tokenHash(token),
      userId: c.get('user').id,
      name: body.name,
    });
    await audit(c, 'token.create', 'token', t.id);
    return c.json({ ...t, token }, 201);
  });
  app.delete('/api/tokens/:id', async (c) => {
    await store.deleteApiToken(c.req.param('id'), c.get('user').id);
    await audit(c, 'token.delete', 'token', c.req.param('id'));
    return c.body(null, 204);
  });

  app.get('/api/users', async (c) => {
    await need(c, 'admin', 'user.list');
    return c.json({ items: await store.listUsers() });
  });
  app.post('/api/users', async (c) => {
    await need(c, 'admin', 'user.create');
    const body = await readBody(c, NewUserBody);
    const u = await store.createUser(body.username, await hashPassword(body.password), body.role);
    await audit(c, 'user.create', 'user', u.id, { role: u.role });
    return c.json(u, 201);
  });
  app.patch('/api/users/:id', async (c) => {
    await need(c, 'admin', 'user.update');
    const body = await readBody(c, PatchUserBody);
    const id = c.req.param('id');
    if (id === c.get('user').id && ((body.role && body.role !== 'admin') || body.disabled)) {
      throw new HeliotropeError('conflict', 'you cannot demote or disable your own account', [
        issue('conflict', body.role ? 'role' : 'disabled', 'own account'),
      ]);
    }
    const u = await store.updateUser(id, {
      ...(body.role ? { role: body.role } : {}),
      ...(body.disabled !== undefined ? { disabled: body.disabled } : {}),
      ...(body.password ? { passwordHash: await hashPassword(body.password) } : {}),
    });
    await audit(c, 'user.update', 'user', id, {
      role: u.role,
      disabled: u.disabled,
      passwordChanged: Boolean(body.password),
    });
    return c.json(u);
  });
  app.get('/api/audit', async (c) => {
    await need(c, 'admin', 'audit.read');
    const q = readQuery(c, AuditQuery);
    return c.json({ items: await store.listAudit(q) });
  });

  // ─── Cases ────────────────────────────────────────────────────────────────────────────────
  // A section's fault is logged (its key and the error's name and stack, never case data); the report keeps
  // the other sections.
  const assessOptions = (asOf: string) => ({
    asOf,
    onFault: (key: string, e: unknown) =>
      logger.log('error', 'assessment section failed', {
        section: key,
        error: e instanceof Error ? e.name : 'unknown',
        stack: e instanceof Error ? (e.stack ?? null) : null,
      }),
  });
  const assessAndSummarize = (c: Case) => {
    const report = assessCase(c, assessOptions(today()));
    return { report, summary: summarize(report) };
  };
  const storeAssessment = (s: StoredCase, report: Record<string, unknown>, user: User) =>
    store.saveAssessment({
      caseId: s.id,
      caseVersion: s.version,
      engineVersion: ENGINE_VERSION,
      asOf: String(report.asOf),
      createdBy: user.id,
      report,
    });

  app.get('/api/cases', async (c) => {
    const q = readQuery(c, ListQuery);
    const r = await store.listCases(q);
    await audit(c, 'case.list', 'case', null, { count: r.items.length });
    return c.json(r);
  });
  app.post('/api/cases', async (c) => {
    await need(c, 'clinician', 'case.create');
    const v = validCase(await readJson(c), readQuery(c, StrictQuery).strict === 'true');
    const { report, summary } = assessAndSummarize(v.case);
    const s = await store.createCase(v.case as unknown as Record<string, unknown>, c.get('user').id, summary);
    const a = await storeAssessment(s, { ...report, case: s.data }, c.get('user'));
    await audit(c, 'case.create', 'case', s.id, { version: s.version, assessment: a.id });
    c.header('Location', `/api/cases/${s.id}`);
    c.header('ETag', `"${s.version}"`);
    return c.json(withWarnings(caseBody(s), v.warnings), 201);
  });
  app.get('/api/cases/:id', async (c) => {
    const id = c.req.param('id');
    const s = await store.getCase(id);
    await audit(c, 'case.read', 'case', id, { version: s.version });
    c.header('ETag', `"${s.version}"`);
    return c.json(caseBody(s));
  });
  app.put('/api/cases/:id', async (c) => {
    const id = c.req.param('id');
    await need(c, 'clinician', 'case.update', id);
    const base = ifMatchVersion(c);
    const v = validCase(await readJson(c), readQuery(c, StrictQuery).strict === 'true');
    const { report, summary } = assessAndSummarize(v.case);
    const s = await store.updateCase(
      id,
      base,
      v.case as unknown as Record<string, unknown>,
      c.get('user').id,
      summary,
    );
    const a = await storeAssessment(s, { ...report, case: s.data }, c.get('user'));
    await audit(c, 'case.update', 'case', id, { version: s.version, assessment: a.id });
    c.header('ETag', `"${s.version}"`);
    return c.json(withWarnings(caseBody(s), v.warnings));
  });
  app.delete('/api/cases/:id', async (c) => {
    const id = c.req.param('id');
    await need(c, 'clinician', 'case.delete', id);
    const base = ifMatchVersion(c);
    await store.deleteCase(id, base, c.get('user').id);
    await audit(c, 'case.delete', 'case', id, { version: base + 1 });
    return c.body(null, 204);
  });
  app.get('/api/cases/:id/history', async (c) => {
    const id = c.req.param('id');
    const h = await store.caseHistory(id);
    await audit(c, 'case.history', 'case', id);
    return c.json({ items: h.map((e) => ({ ...e, changes: e.changes })) });
  });
  app.get('/api/cases/:id/versions/:version', async (c) => {
    const id = c.req.param('id');
    const version = Number(c.req.param('version'));
    if (!Number.isInteger(version) || version < 1)
      throw new InputError('bad version', [issue('value', 'version', 'expected a positive whole number')]);
    const s = await store.getCase(id, version);
    await audit(c, 'case.read-version', 'case', id, { version });
    return c.json(caseBody(s));
  });
  app.post('/api/cases/:id/assess', async (c) => {
    const id = c.req.param('id');
    await need(c, 'clinician', 'assessment.create', id);
    const s = await store.getCase(id);
    const v = validCase(s.data);
    const report = assessCase(v.case, assessOptions(today()));
    const a = await storeAssessment(s, report, c.get('user'));
    await audit(c, 'assessment.create', 'case', id, { version: s.version, assessment: a.id });
    return c.json(a, 201);
  });
  app.get('/api/cases/:id/assessments', async (c) => {
    const id = c.req.param('id');
    const items = await store.listAssessments(id);
    await audit(c, 'assessment.list', 'case', id, { count: items.length });
    return c.json({ items });
  });

  // ─── Stateless computation ────────────────────────────────────────────────────────────────
  app.post('/api/assess', async (c) => {
    const q = readQuery(c, AssessQuery);
    if (q.asOf !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(q.asOf) || !isValidPartialIsoDate(q.asOf))) {
      throw new InputError('asOf is not a date', [issue('value', 'asOf', 'expected YYYY-MM-DD')]);
    }
    let cancerPretest: number | undefined;
    if (q.prior !== undefined) {
      cancerPretest = /^\s*\d*\.?\d+\s*$/.test(q.prior) ? Number(q.prior) : Number.NaN;
      const bad = pretestIssues(cancerPretest, 'prior');
      if (bad.length) throw new InputError('prior is not a usable pre-test probability', bad);
    }
    const v = validCase(await readJson(c), q.strict === 'true');
    const report = assessCase(v.case, {
      ...assessOptions(q.asOf ?? today()),
      ...(cancerPretest !== undefined ? { cancerPretest } : {}),
    });
    await audit(c, 'assess.adhoc', 'case', null);
    const body = withWarnings(report, [...v.warnings, ...(report.warnings ?? [])]);
    // Opt-in: each section's headline (codes and numbers), for interfaces that list results in one line.
    return jsonBytes(c, q.headlines === 'true' ? { ...body, headlines: reportHeadlines(report) } : body);
  });

  app.get('/api/calc', (c) =>
    c.json({
      items: calculators.map((k) => ({
        id: k.id,
        title: k.title,
        citation: k.citations[0],
        // A document calculator has no items: listed with none, and the document it takes.
        inputs: k.calculator.kind === 'items' ? k.calculator.inputs : [],
        ...(k.calculator.kind === 'document'
          ? { documentInput: { description: k.calculator.description } }
          : {}),
      })),
    }),
  );
  app.post('/api/calc/:id', async (c) => {
    const calc = findCalculator(c.req.param('id'));
    if (!calc)
      throw new HeliotropeError('not-found', `no calculator "${c.req.param('id')}"`, [
        issue('not-found', 'id', `known: ${calculators.map((k) => k.id).join(', ')}`),
      ]);
    const body = await readJson(c);
    if (calc.calculator.kind === 'document') return c.json(calc.calculator.evaluate(body) as object);
    if (body === null || typeof body !== 'object' || Array.isArray(body))
      throw new InputError('expected a JSON object of item values', [
        issue('structure', '', 'expected {"item-id": value, …}'),
      ]);
    const r = evaluateRaw(calc.calculator, body as Record<string, unknown>);
    if (!r.ok) throw new InputError(`invalid input for ${calc.id}`, r.issues);
    return c.json(r.result as object);
  });

  app.post('/api/extract', async (c) => {
    if (!deps.extract)
      throw new HttpProblem('not-implemented', 'narrative extraction is not available on this server');
    const body = await readBody(c, ExtractBody);
    const out = await deps.extract(body.text);
    const v = validateCase(out.case);
    await audit(c, 'extract', 'case', null, { chars: body.text.length });
    return c.json({
      case: v.case ?? out.case,
      valid: Boolean(v.case),
      issues: v.issues,
      warnings: out.warnings ?? [],
      highlights: collectSpans(out.case),
    });
  });
  app.get('/api/capabilities', (c) =>
    c.json({
      extract: Boolean(deps.extract),
      engine: ENGINE_VERSION,
      sections: reportSections.map((s) => ({ key: s.key, title: s.section.title })),
    }),
  );

  app.all('/api/*', () => {
    throw new HeliotropeError('not-found', 'no such API endpoint');
  });

  // ─── Web application ──────────────────────────────────────────────────────────────────────
  app.get('*', (c) => {
    const f =
      files.get(c.req.path) ?? (/\.[a-z0-9]+$/i.test(c.req.path) ? undefined : files.get('/index.html'));
    if (!f)
      throw new HeliotropeError(
        'not-found',
        files.size ? 'not found' : 'the web application is not built (npm run build)',
      );
    if (c.req.header('if-none-match') === f.etag) return c.body(null, 304, { ETag: f.etag });
    return c.body(f.body as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': f.type,
      ETag: f.etag,
      'Cache-Control': 'no-cache',
    });
  });

  return app;
}

/** Every evidence span in an extracted case, with the path of the record it supports. */
export function collectSpans(doc: unknown): { path: string; start: number; end: number; text: string }[] {
  const out: { path: string; start: number; end: number; text: string }[] = [];
  const visit = (v: unknown, path: string) => {
    if (v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x, i) => visit(x, `${path}[${i}]`));
    const rec = v as Record<string, unknown>;
    if (Array.isArray(rec.evidence)) {
      for (const ev of rec.evidence as { spans?: { start: number; end: number; text: string }[] }[]) {
        for (const s of ev?.spans ?? [])
          if (typeof s?.start === 'number' && typeof s.end === 'number')
            out.push({ path, start: s.start, end: s.end, text: String(s.text ?? '') });
      }
    }
    for (const [k, x] of Object.entries(rec)) if (k !== 'evidence') visit(x, path ? `${path}.${k}` : k);
  };
  visit(doc, '');
  return out.sort((a, b) => a.start - b.start);
}
