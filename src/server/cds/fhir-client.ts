/**
 * Fetching what the prefetch did not bring from the CDS client's FHIR server, with the access token the
 * client gave (`fhirAuthorization`): only that server (each query and each paging link must stay under its
 * base URL), https only (http on the loopback interface for development), a timeout per request, a cap on
 * pages and bytes. No other network call is made.
 * @module
 */
import { HttpProblem } from '../problem.js';
import { resourcesOf } from '../../cds/prefetch.js';

/** Most pages followed per query. */
export const MAX_PAGES = 20;
/** Most bytes read from the FHIR server per call. */
export const MAX_FETCH_BYTES = 32 * 1024 * 1024;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** Why a FHIR server URL is not used, or undefined when it may be. */
export function fhirServerProblem(
  url: string,
  allowed: readonly string[] | undefined,
  allowHttp: boolean,
): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'fhirServer is not a URL';
  }
  if (u.username || u.password) return 'fhirServer must not carry credentials';
  if (u.protocol !== 'https:' && !(u.protocol === 'http:' && (allowHttp || LOOPBACK.has(u.hostname))))
    return 'fhirServer must be https';
  if (allowed && !allowed.some((p) => url.startsWith(p)))
    return 'fhirServer is not registered for this CDS client';
  return undefined;
}

type Json = Record<string, unknown>;

/**
 * Runs the queries against the FHIR server and returns every resource found.
 * @param base - the FHIR server base URL (validated by {@link fhirServerProblem})
 * @param token - the access token (sent only to that server), or undefined for an open sandbox server
 * @param queries - relative FHIR queries (`Observation?patient=123`)
 * @param timeoutMs - timeout per request
 * @throws HttpProblem `precondition-failed` (412) naming the prefetch key when the server cannot be read
 */
export async function fetchFromFhirServer(
  base: string,
  token: string | undefined,
  queries: readonly { key: string; query: string }[],
  timeoutMs: number,
): Promise<Json[]> {
  const root = base.endsWith('/') ? base : `${base}/`;
  let bytes = 0;
  const headers: Record<string, string> = { Accept: 'application/fhir+json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const one = async (key: string, query: string): Promise<Json[]> => {
    const out: Json[] = [];
    let url: string | undefined = new URL(query.replace(/^\/+/, ''), root).toString();
    for (let page = 0; url && page < MAX_PAGES; page++) {
      if (!url.startsWith(root))
        throw new HttpProblem(
          'precondition-failed',
          `prefetch "${key}": a paging link leaves the FHIR server`,
        );
      let res: Response;
      try {
        res = await fetch(url, { headers, signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
      } catch (e) {
        const what = e instanceof Error && e.name === 'TimeoutError' ? 'timed out' : 'could not be reached';
        throw new HttpProblem('precondition-failed', `prefetch "${key}": the FHIR server ${what}`);
      }
      if (res.status === 404 && !query.includes('?')) return out; // a read of a resource that is not there
      if (!res.ok)
        throw new HttpProblem(
          'precondition-failed',
          `prefetch "${key}": the FHIR server answered ${res.status}`,
        );
      const text = await res.text();
      bytes += text.length;
      if (bytes > MAX_FETCH_BYTES)
        throw new HttpProblem('precondition-failed', `prefetch "${key}": more than ${MAX_FETCH_BYTES} bytes`);
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw new HttpProblem(
          'precondition-failed',
          `prefetch "${key}": the FHIR server did not answer JSON`,
        );
      }
      const body = json as Json;
      const next = Array.isArray(body.link)
        ? (body.link as Json[]).find((l) => l.relation === 'next')?.url
        : undefined;
      const unpaged = { ...body, link: undefined };
      out.push(...(resourcesOf(unpaged) ?? []));
      url = typeof next === 'string' ? new URL(next, root).toString() : undefined;
    }
    return out;
  };
  const lists = await Promise.all(queries.map((q) => one(q.key, q.query)));
  return lists.flat();
}
