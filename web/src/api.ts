/**
 * The browser's API client: JSON in and out, the CSRF token on changes, problem documents as errors.
 * @module
 */

/** A field at fault in a problem document. */
export interface ProblemIssue {
  path: string;
  code: string;
  message: string;
  line?: number;
  column?: number;
}

/** An RFC 9457 problem document. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  issues?: ProblemIssue[];
  [k: string]: unknown;
}

/** An API failure carrying its problem document. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
  get status(): number {
    return this.problem.status;
  }
}

/** The signed-in user. */
export interface User {
  id: string;
  username: string;
  role: 'viewer' | 'clinician' | 'admin';
  disabled: boolean;
}

let csrf = '';

/** Remembers the CSRF token of the session. */
export function setCsrf(token: string | null): void {
  csrf = token ?? '';
}

/**
 * Calls the API.
 * @param method - HTTP method
 * @param path - path under the origin
 * @param body - JSON body
 * @param headers - extra headers
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- T is the body the caller's route returns (validated by the server, not here)
export async function api<T>(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ data: T; headers: Headers }> {
  const h: Record<string, string> = { Accept: 'application/json', ...headers };
  if (body !== undefined) h['Content-Type'] = 'application/json';
  if (method !== 'GET') h['X-CSRF-Token'] = csrf;
  const res = await fetch(path, {
    method,
    headers: h,
    credentials: 'same-origin',
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (res.status === 204) return { data: undefined as T, headers: res.headers };
  const text = await res.text();
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
  if (!res.ok) {
    const p = (
      data && typeof data === 'object'
        ? data
        : { type: 'about:blank', title: res.statusText, status: res.status }
    ) as Problem;
    throw new ApiError(p);
  }
  return { data: data as T, headers: res.headers };
}

/** The message of a failed call, for the screen: the problem's detail or title, or the error's message. */
export function problemText(e: unknown): string {
  if (e instanceof ApiError) return e.problem.detail ?? e.problem.title;
  return e instanceof Error ? e.message : String(e);
}
