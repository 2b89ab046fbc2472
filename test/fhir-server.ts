/**
 * Test helper: a tiny FHIR R4 server on the loopback interface, serving a fixed set of resources (read of
 * a Patient, type searches by `patient` with an optional `code` filter, paged searchset Bundles), with a
 * bearer token required, and optionally a JWK Set at `/jwks.json`. Records every request.
 * @module
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

type Json = Record<string, unknown>;

/** A running test FHIR server. */
export interface TestFhirServer {
  /** Base URL (`http://127.0.0.1:port/fhir`). */
  base: string;
  /** Origin (`http://127.0.0.1:port`). */
  origin: string;
  /** Requests received: path with query, and the Authorization header. */
  requests: { url: string; authorization?: string }[];
  close(): Promise<void>;
}

const codesOf = (r: Json): string[] =>
  ((r.code as Json | undefined)?.coding as Json[] | undefined)?.map(
    (c) => `${String(c.system)}|${String(c.code)}`,
  ) ?? [];

const subjectOf = (r: Json): string | undefined =>
  ((r.subject as Json | undefined)?.reference as string | undefined) ??
  ((r.patient as Json | undefined)?.reference as string | undefined);

/**
 * Starts the server.
 * @param resources - the resources it holds
 * @param options - `token`: required bearer token (else 401); `jwks`: JWK Set served at /jwks.json; `pageSize`
 */
export async function startFhirServer(
  resources: readonly Json[],
  options: { token?: string; jwks?: unknown; pageSize?: number } = {},
): Promise<TestFhirServer> {
  const requests: TestFhirServer['requests'] = [];
  const pageSize = options.pageSize ?? 40;
  let origin = '';
  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/fhir+json' });
    res.end(JSON.stringify(body));
  };
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', origin);
    requests.push({
      url: url.pathname + url.search,
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
    });
    if (url.pathname === '/jwks.json' && options.jwks) {
      send(res, 200, options.jwks);
      return;
    }
    if (!url.pathname.startsWith('/fhir/')) {
      send(res, 404, {});
      return;
    }
    if (options.token && req.headers.authorization !== `Bearer ${options.token}`) {
      send(res, 401, {
        resourceType: 'OperationOutcome',
        issue: [{ severity: 'error', code: 'login' }],
      });
      return;
    }
    const parts = url.pathname.slice('/fhir/'.length).split('/');
    const type = parts[0]!;
    if (parts.length === 2) {
      const hit = resources.find((r) => r.resourceType === type && r.id === parts[1]);
      if (hit) send(res, 200, hit);
      else send(res, 404, { resourceType: 'OperationOutcome', issue: [] });
      return;
    }
    const patient = url.searchParams.get('patient');
    const codes = url.searchParams.get('code')?.split(',');
    const page = Number(url.searchParams.get('_page') ?? '1');
    const all = resources.filter(
      (r) =>
        r.resourceType === type &&
        (!patient || subjectOf(r) === `Patient/${patient}`) &&
        (!codes || codesOf(r).some((c) => codes.includes(c) || codes.includes(c.split('|')[1]!))),
    );
    const slice = all.slice((page - 1) * pageSize, page * pageSize);
    const next = new URL(url);
    next.searchParams.set('_page', String(page + 1));
    send(res, 200, {
      resourceType: 'Bundle',
      type: 'searchset',
      total: all.length,
      link: [
        { relation: 'self', url: url.toString() },
        ...(page * pageSize < all.length ? [{ relation: 'next', url: next.toString() }] : []),
      ],
      entry: slice.map((r) => ({
        fullUrl: `${origin}/fhir/${String(r.resourceType)}/${String(r.id)}`,
        resource: r,
        search: { mode: 'match' },
      })),
    });
  };
  const server: Server = createServer(handle);
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base: `${origin}/fhir`,
    origin,
    requests,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
