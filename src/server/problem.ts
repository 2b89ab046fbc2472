/**
 * The one place where errors become HTTP responses: RFC 9457 problem documents with the field paths at
 * fault. Engine and store errors ({@link HeliotropeError}) map by kind; the few HTTP-only conditions
 * (rate limit, method, media type, missing precondition, not implemented, shutting down) use
 * {@link HttpProblem}; an `HTTPException` thrown by a hono middleware keeps its 4xx status. Anything else
 * is a 500 with no detail (and no stack trace) for the client.
 * @see {@link https://www.rfc-editor.org/rfc/rfc9457 | RFC 9457}
 * @module
 */
import { HTTPException } from 'hono/http-exception';
import type { ErrorKind, Issue } from '../core/issues.js';
import { InputError, isHeliotropeError } from '../core/issues.js';
import { FhirInputError } from '../fhir/import/index.js';
import { ConflictError } from '../store/store.js';
import { errorText, issueText } from '../render/wording/messages.js';

/** A problem document. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** Every field at fault, with its path in the request body (or query parameter name). */
  issues?: Pick<Issue, 'path' | 'code' | 'message' | 'detail' | 'line' | 'column'>[];
  [extension: string]: unknown;
}

/** HTTP-only problem conditions. */
export type HttpProblemKind =
  | 'rate-limited'
  | 'method-not-allowed'
  | 'unsupported-media-type'
  | 'precondition-required'
  | 'precondition-failed'
  | 'not-implemented'
  | 'unavailable';

/** An HTTP-level problem that is not an engine error kind. */
export class HttpProblem extends Error {
  /**
   * @param kind - the condition
   * @param message - detail for the client
   * @param headers - extra response headers (e.g. Retry-After)
   */
  constructor(
    readonly kind: HttpProblemKind,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpProblem';
  }
}

/**
 * A request parameter that cannot be read at all — an opaque token (a page cursor) that does not decode to
 * what the server issued — as opposed to a readable value out of range (422). Answered 400 with the
 * parameter named in `issues`.
 */
export class MalformedRequestError extends InputError {
  /**
   * @param message - what is wrong, for the client
   * @param issues - the parameters at fault, each with its name as path
   */
  constructor(message: string, issues: Issue[]) {
    super(message, issues);
    this.name = 'MalformedRequestError';
  }
}

const BY_KIND: Record<ErrorKind | HttpProblemKind, { status: number; title: string }> = {
  'invalid-input': { status: 422, title: 'The request has invalid fields' },
  'not-found': { status: 404, title: 'Not found' },
  conflict: { status: 409, title: 'Conflict' },
  unauthorized: { status: 401, title: 'Authentication required' },
  forbidden: { status: 403, title: 'Forbidden' },
  'too-large': { status: 413, title: 'Request too large' },
  internal: { status: 500, title: 'Internal server error' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
  'precondition-required': { status: 428, title: 'Precondition required' },
  'precondition-failed': { status: 412, title: 'Precondition failed' },
  'not-implemented': { status: 501, title: 'Not implemented' },
  unavailable: { status: 503, title: 'Service unavailable' },
};

/** The problem type URI of a kind. */
export function problemType(kind: string): string {
  return `urn:heliotrope:problem:${kind}`;
}

/**
 * Turns any thrown value into a problem document and its headers.
 * @param e - the error
 * @param instance - the request path
 */
export function toProblem(
  e: unknown,
  instance: string,
): { problem: Problem; headers: Record<string, string>; internal: boolean } {
  if (isHeliotropeError(e)) {
    let { status, title } = BY_KIND[e.kind];
    // Unreadable JSON, or a parameter that does not decode, is a malformed request (400), not a request
    // with invalid fields (422).
    if (
      e instanceof MalformedRequestError ||
      (e.kind === 'invalid-input' &&
        e.issues.length > 0 &&
        e.issues.every((i) => i.code === 'structure' && i.path === ''))
    ) {
      status = 400;
      title = 'Malformed request';
    }
    const problem: Problem = {
      type: problemType(status === 400 ? 'malformed' : e.kind),
      title,
      status,
      detail: errorText(e),
      instance,
      ...(e.issues.length
        ? {
            issues: e.issues.map(({ path, code, line, column, ...i }) => ({
              path,
              code,
              message: issueText(i),
              ...(i.detail ? { detail: i.detail } : {}),
              ...(line ? { line } : {}),
              ...(column ? { column } : {}),
            })),
          }
        : {}),
    };
    if (e instanceof ConflictError) {
      problem.currentVersion = e.current.version;
      problem.current = e.current;
    }
    if (e instanceof FhirInputError) {
      // OperationOutcome-like: every issue with its severity, FHIRPath-like location and resource; and the
      // case built from the rest of the input, with each fact's source.
      problem.issues = e.result.issues;
      problem.case = e.result.case;
      problem.provenance = e.result.provenance;
      problem.stats = e.result.stats;
    }
    return {
      problem,
      headers: e instanceof ConflictError ? { ETag: `"${e.current.version}"` } : {},
      internal: e.kind === 'internal',
    };
  }
  if (e instanceof HttpProblem) {
    const { status, title } = BY_KIND[e.kind];
    return {
      problem: { type: problemType(e.kind), title, status, detail: e.message, instance },
      headers: e.headers,
      internal: false,
    };
  }
  if (e instanceof HTTPException && e.status >= 400 && e.status < 500) {
    const known = Object.entries(BY_KIND).find(([, v]) => v.status === e.status);
    const kind = e.status === 400 ? 'malformed' : (known?.[0] ?? 'http');
    const title = e.status === 400 ? 'Malformed request' : (known?.[1].title ?? 'Request refused');
    return {
      problem: { type: problemType(kind), title, status: e.status, detail: e.message || title, instance },
      headers: {},
      internal: false,
    };
  }
  const { status, title } = BY_KIND.internal;
  return {
    problem: {
      type: problemType('internal'),
      title,
      status,
      detail: 'The server could not complete the request.',
      instance,
    },
    headers: {},
    internal: true,
  };
}

/**
 * A problem response.
 * @param e - the error
 * @param instance - the request path
 */
export function problemResponse(e: unknown, instance: string): { response: Response; internal: boolean } {
  const { problem, headers, internal } = toProblem(e, instance);
  return {
    response: new Response(JSON.stringify(problem), {
      status: problem.status,
      headers: { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store', ...headers },
    }),
    internal,
  };
}
