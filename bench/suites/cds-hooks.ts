/**
 * CDS Hooks benchmark: the `patient-view` service with full prefetch (the ~200-resource record of
 * bench/suites/fhir.ts, one searchset per template).
 *
 * - `inProcess`: the service time of one call without HTTP, queueing or other processes — JWT verification
 *   (ES384), the body (strict UTF-8, depth check, JSON.parse), request check and prefetch, import, assessment,
 *   cards, response JSON — phase by phase on this process's CPU clock, one call at a time after a warm-up
 *   (`p50Ms`, `p99Ms`, `phasesP50Ms`); the yardstick of the same run, `JSON.parse` of the same body
 *   (`parseP50Ms`, `ratioToParse` = parse ÷ service); and `queueFloorP99Ms` = 20 × p50, the best p99 one
 *   server process can give at 20 concurrent calls (the 20th waits for the 19 before it).
 * - Over HTTP: 20 concurrent requests, each signed with its own ES384 JWT, against the server started in this
 *   process on 127.0.0.1 (load generator in a child process): `p99Ms` (goal < 50 ms), after a warm-up of
 *   requests sent one at a time (`aloneP50Ms`: the latency of a request without queueing),
 *   `cpuMsPerRequest` (the server's CPU time per request during the load, HTTP, store and its threads
 *   included) and `clientCpuMsPerRequest` (the load generator's, on the same cores); `computeThreads` is the
 *   same load against a server with one compute thread per core (`HELIOTROPE_CDS_WORKERS`).
 *
 * On a shared machine the HTTP figures carry the other jobs' load; the in-process figures and their ratio do not
 * (much). docs/performance.md#cds-hooks explains what bounds the p99.
 * @module
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { assessCase } from '../../dist/src/assess/assess.js';
import { patientViewCards } from '../../dist/src/cds/cards.js';
import { readPrefetch } from '../../dist/src/cds/prefetch.js';
import { parseCdsRequest } from '../../dist/src/cds/request.js';
import { CDS_SERVICES } from '../../dist/src/cds/services.js';
import { parseJsonBytes } from '../../dist/src/case/json-text.js';
import { importResources } from '../../dist/src/fhir/import/index.js';
import { CdsAuthenticator } from '../../dist/src/server/cds/auth.js';
import { silentLogger } from '../../dist/src/server/logger.js';
import { startServer } from '../../dist/src/server/start.js';
import { benchBundle, BENCH_PATIENT } from './fhir.js';

/** Suite name (key in the output). */
export const name = 'cdsHooks';

type Json = Record<string, unknown>;
const PATIENT = BENCH_PATIENT;

/** The patient-view prefetch of the Bundle's resources, one searchset per template. */
export function prefetchOf(bundle: Json): Json {
  const svc = CDS_SERVICES.find((s) => s.id === 'heliotrope-patient-view')!;
  const resources = (bundle.entry as { resource: Json }[]).map((e) => e.resource);
  const out: Json = {};
  for (const [key, tpl] of Object.entries(svc.prefetch ?? {})) {
    if (tpl.startsWith('Patient/')) {
      out[key] = resources.find((r) => r.resourceType === 'Patient');
      continue;
    }
    const type = tpl.split('?')[0];
    const hits = resources.filter((r) => r.resourceType === type);
    out[key] = { resourceType: 'Bundle', type: 'searchset', entry: hits.map((resource) => ({ resource })) };
  }
  return out;
}

interface Load {
  clientCpuMs: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
}

const CONCURRENCY = 20;
const REQUESTS = 2000;
const MAX_MS = 20000;
const WARM = 300;
const client = fileURLToPath(new URL('../load-client.mjs', import.meta.url));

/** The bench's CDS client issuer and the server's public URL (the JWT audience). */
export const BENCH_ISS = 'https://ehr.bench.invalid';
export const BENCH_PUBLIC_URL = 'https://heliotrope.bench.invalid';

/**
 * Starts a server in this process (in-memory store) that trusts one ES384 key of the bench's CDS client.
 * @returns the server and the client's private key and key id
 */
export async function startBenchCdsServer(workers = 0): Promise<{
  server: Awaited<ReturnType<typeof startServer>>;
  privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
  kid: string;
}> {
  const kid = 'bench-key';
  const { publicKey, privateKey } = await generateKeyPair('ES384');
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'ES384', use: 'sig' };
  const server = await startServer(
    {
      port: 0,
      host: '127.0.0.1',
      databaseUrl: ':memory:',
      dataDir: '.',
      logLevel: 'silent',
      demo: false,
      adminPassword: 'bench-admin-password',
      cds: {
        issuers: [{ iss: BENCH_ISS, jwks: { keys: [jwk] } }],
        allowUnsigned: false,
        publicBaseUrl: BENCH_PUBLIC_URL,
        corsOrigins: [],
        fhirTimeoutMs: 5000,
        snapshotHours: 24,
        workers,
      },
    },
    { say: () => undefined, logger: silentLogger },
  );
  return { server, privateKey, kid };
}

async function cdsLoad(
  bundle: Json,
  workers: number,
): Promise<
  Load & {
    bodyBytes: number;
    cards: number;
    aloneP50Ms: number;
    cpuMsPerRequest: number;
    clientCpuMsPerRequest: number;
  }
> {
  const { server, privateKey } = await startBenchCdsServer(workers);
  const iss = BENCH_ISS;
  const publicBaseUrl = BENCH_PUBLIC_URL;
  try {
    const port = Number(new URL(server.url).port);
    const path = '/cds-services/heliotrope-patient-view';
    const body = JSON.stringify({
      hook: 'patient-view',
      hookInstance: randomUUID(),
      context: { userId: 'Practitioner/bench', patientId: PATIENT },
      prefetch: prefetchOf(bundle),
    });
    const tokens: { Authorization: string }[] = [];
    for (let i = 0; i < REQUESTS + 4 * CONCURRENCY + WARM; i++) {
      const jwt = await new SignJWT({})
        .setProtectedHeader({ alg: 'ES384', typ: 'JWT', kid: 'bench-key' })
        .setIssuer(iss)
        .setAudience(`${publicBaseUrl}${path}`)
        .setIssuedAt()
        .setExpirationTime('10m')
        .setJti(randomUUID())
        .sign(privateKey);
      tokens.push({ Authorization: `Bearer ${jwt}` });
    }
    // Warm-up, one request at a time (the import and the assessment reach their optimised speed only after
    // some hundred runs); the last ones give the latency of a request alone (no queueing).
    const url = `${server.url.replace(/\/$/, '')}${path}`;
    let cards = -1;
    const alone: number[] = [];
    for (let i = 0; i < WARM; i++) {
      const t0 = performance.now();
      const r = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...tokens.pop()! },
        body,
      });
      cards = ((await r.json()) as { cards?: unknown[] }).cards?.length ?? -1;
      if (i >= WARM - 50) alone.push(performance.now() - t0);
    }
    alone.sort((a, b) => a - b);
    const args = JSON.stringify({
      port,
      method: 'POST',
      path,
      headers: { 'Content-Type': 'application/json' },
      body,
      concurrency: CONCURRENCY,
      requests: REQUESTS,
      maxMs: MAX_MS,
      headerSets: tokens,
    });
    const dir = mkdtempSync(join(tmpdir(), 'heliotrope-bench-'));
    const argsFile = join(dir, 'load.json');
    writeFileSync(argsFile, args);
    const cpu0 = process.cpuUsage();
    const load = await new Promise<Load>((resolve, reject) =>
      execFile(
        process.execPath,
        [client, `@${argsFile}`],
        { timeout: MAX_MS + 60000, maxBuffer: 1 << 20 },
        (err, stdout) => (err ? reject(err) : resolve(JSON.parse(stdout) as Load)),
      ),
    ).finally(() => rmSync(dir, { recursive: true, force: true }));
    const cpu = process.cpuUsage(cpu0);
    // The server's CPU per request (this process hosts the server and its threads; the load generator is another
    // process, which reports its own).
    const per = (ms: number) => Number((ms / Math.max(1, load.requests)).toFixed(2));
    const cpuMsPerRequest = per((cpu.user + cpu.system) / 1000);
    return {
      ...load,
      clientCpuMsPerRequest: per(load.clientCpuMs),
      bodyBytes: body.length,
      cards,
      aloneP50Ms: Number(alone[25]!.toFixed(2)),
      cpuMsPerRequest,
    };
  } finally {
    await server.close(1000);
  }
}

/** CPU time of one call of `fn`, in ms (the process clock: time spent waiting for a core is not counted). */
function cpuMs(fn: () => unknown): number {
  const t0 = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

const pct = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]!;
const round = (x: number) => Number(x.toFixed(3));

/**
 * Service time in this process, without HTTP, queueing or other processes: the work of one patient-view
 * call, phase by phase, on the CPU clock, one call at a time after a warm-up: JWT verification, the body
 * (strict UTF-8, depth check, JSON.parse), the request check and prefetch, the import, the assessment, the
 * cards and the response JSON; and `JSON.parse` of the same body alone (the yardstick: no service can answer
 * without parsing what it was sent).
 */
async function serviceTime(bundle: Json): Promise<Record<string, unknown>> {
  const { publicKey, privateKey } = await generateKeyPair('ES384');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'bench-key', alg: 'ES384', use: 'sig' };
  const iss = 'https://ehr.bench.invalid';
  const aud = 'https://heliotrope.bench.invalid/cds-services/heliotrope-patient-view';
  const auth = new CdsAuthenticator({
    issuers: [{ iss, jwks: { keys: [jwk] } }],
    allowUnsigned: false,
    fhirTimeoutMs: 5000,
  });
  const svc = CDS_SERVICES.find((s) => s.id === 'heliotrope-patient-view')!;
  const text = JSON.stringify({
    hook: 'patient-view',
    hookInstance: randomUUID(),
    context: { userId: 'Practitioner/bench', patientId: PATIENT },
    prefetch: prefetchOf(bundle),
  });
  const bytes = new TextEncoder().encode(text);
  const RUNS = 400;
  const WARMUP = 200;
  const tokens: string[] = [];
  for (let i = 0; i < RUNS + WARMUP; i++)
    tokens.push(
      `Bearer ${await new SignJWT({})
        .setProtectedHeader({ alg: 'ES384', typ: 'JWT', kid: 'bench-key' })
        .setIssuer(iss)
        .setAudience(aud)
        .setIssuedAt()
        .setExpirationTime('10m')
        .setJti(randomUUID())
        .sign(privateKey)}`,
    );
  // An unsigned JWT would skip the costliest step; every token here is verified like the EHR's.
  const phases = ['jwt', 'body', 'request', 'import', 'assess', 'cards', 'response'] as const;
  const t: Record<(typeof phases)[number] | 'total' | 'parseOnly', number[]> = {
    jwt: [],
    body: [],
    request: [],
    import: [],
    assess: [],
    cards: [],
    response: [],
    total: [],
    parseOnly: [],
  };
  let cards = 0;
  for (let i = 0; i < RUNS + WARMUP; i++) {
    // The JWT check is asynchronous (WebCrypto): its CPU time is read around the awaited call.
    const c0 = process.cpuUsage();
    await auth.authenticate(tokens[i], [aud]);
    const dj = process.cpuUsage(c0);
    const jwt = (dj.user + dj.system) / 1000;
    let body: unknown,
      request: ReturnType<typeof parseCdsRequest>,
      resources: Json[] = [];
    let imported: ReturnType<typeof importResources>, report: ReturnType<typeof assessCase>;
    let out: unknown[] = [];
    const step = {
      body: cpuMs(() => (body = parseJsonBytes(bytes, 'the request body'))),
      request: cpuMs(() => {
        request = parseCdsRequest(body, svc);
        resources = [...readPrefetch(svc, request).resources];
      }),
      import: cpuMs(() => (imported = importResources(resources, 'prefetch'))),
      assess: cpuMs(() => (report = assessCase(imported.case, { asOf: '2026-01-15' }))),
      cards: cpuMs(
        () =>
          (out = patientViewCards(report, {
            patientId: PATIENT,
            newUuid: randomUUID,
            unreadable: imported.issues.filter((x) => x.severity === 'error').length,
          })),
      ),
      response: cpuMs(() => new TextEncoder().encode(JSON.stringify({ cards: out }))),
    };
    const parseOnly = cpuMs(() => JSON.parse(text));
    if (i < WARMUP) continue;
    cards = out.length;
    t.jwt.push(jwt);
    for (const [k, v] of Object.entries(step)) t[k as keyof typeof step].push(v);
    t.total.push(jwt + Object.values(step).reduce((a, b) => a + b, 0));
    t.parseOnly.push(parseOnly);
  }
  const p50 = pct(t.total, 0.5);
  return {
    runs: RUNS,
    /** For comparison only (the load uses ES384): the same JWT check with an RS384 key (RSA 2048). */
    jwtRs384P50Ms: round(await rs384CheckMs(iss, aud)),
    cards,
    p50Ms: round(p50),
    p99Ms: round(pct(t.total, 0.99)),
    phasesP50Ms: Object.fromEntries(phases.map((k) => [k, round(pct(t[k], 0.5))])),
    parseP50Ms: round(pct(t.parseOnly, 0.5)),
    /** JSON.parse of the body ÷ the whole service (1 = the service costs no more than parsing its input). */
    ratioToParse: round(pct(t.parseOnly, 0.5) / p50),
    /** The best p99 one process can give at 20 concurrent calls: the 20th call waits for the 19 before it. */
    queueFloorP99Ms: round(CONCURRENCY * p50),
  };
}

/**
 * CPU time (p50) of the JWT check with an RS384 key, the other algorithm the CDS Hooks specification names.
 * @param iss - the issuer
 * @param aud - the audience
 */
async function rs384CheckMs(iss: string, aud: string): Promise<number> {
  const { publicKey, privateKey } = await generateKeyPair('RS384');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'bench-rsa', alg: 'RS384', use: 'sig' };
  const auth = new CdsAuthenticator({
    issuers: [{ iss, jwks: { keys: [jwk] } }],
    allowUnsigned: false,
    fhirTimeoutMs: 5000,
  });
  const times: number[] = [];
  for (let i = 0; i < 300; i++) {
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'RS384', typ: 'JWT', kid: 'bench-rsa' })
      .setIssuer(iss)
      .setAudience(aud)
      .setIssuedAt()
      .setExpirationTime('10m')
      .setJti(randomUUID())
      .sign(privateKey);
    const c0 = process.cpuUsage();
    await auth.authenticate(`Bearer ${token}`, [aud]);
    const d = process.cpuUsage(c0);
    if (i >= 100) times.push((d.user + d.system) / 1000);
  }
  return pct(times, 0.5);
}

/** Compute threads of the server under load: one per core. */
const WORKERS = availableParallelism();

/** The figures of one load. */
function loadFigures(cds: Awaited<ReturnType<typeof cdsLoad>>): Record<string, number> {
  return {
    aloneP50Ms: cds.aloneP50Ms,
    cpuMsPerRequest: cds.cpuMsPerRequest,
    clientCpuMsPerRequest: cds.clientCpuMsPerRequest,
    requestsPerSecond: cds.requestsPerSecond,
    p50Ms: cds.p50Ms,
    p99Ms: cds.p99Ms,
    requests: cds.requests,
    errors: cds.errors,
  };
}

/** Runs the suite. */
export async function run(): Promise<Record<string, unknown>> {
  const bundle = benchBundle();
  const service = await serviceTime(bundle);
  const server = await cdsLoad(bundle, 0);
  const threaded = await cdsLoad(bundle, WORKERS);
  return {
    service: 'patient-view',
    inProcess: service,
    concurrency: CONCURRENCY,
    cardsPerResponse: server.cards,
    requestBytes: server.bodyBytes,
    ...loadFigures(server),
    computeThreads: { workers: WORKERS, ...loadFigures(threaded) },
    goal: { p99Ms: 50 },
  };
}
