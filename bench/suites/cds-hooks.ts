/**
 * CDS Hooks benchmark: the `patient-view` service with full prefetch (the ~200-resource record of
 * bench/suites/fhir.ts, one searchset per template) at 20 concurrent requests, each signed with its own
 * ES384 JWT, against the server started in this process on 127.0.0.1 (load generator in a child process):
 * `cdsHooks.p99Ms` (goal < 50 ms), after a warm-up of requests sent one at a time (`aloneP50Ms`: the
 * latency of a request without queueing) and `cpuMsPerRequest` (the server's CPU time per request during
 * the load, which the load of other jobs on the machine does not inflate).
 * @module
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { CDS_SERVICES } from '../../dist/src/cds/services.js';
import { silentLogger } from '../../dist/src/server/logger.js';
import { startServer } from '../../dist/src/server/start.js';
import { benchBundle, BENCH_PATIENT } from './fhir.js';

/** Suite name (key in the output). */
export const name = 'cdsHooks';

type Json = Record<string, unknown>;
const PATIENT = BENCH_PATIENT;

/** The patient-view prefetch of the Bundle's resources, one searchset per template. */
function prefetchOf(bundle: Json): Json {
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

async function cdsLoad(
  bundle: Json,
): Promise<Load & { bodyBytes: number; cards: number; aloneP50Ms: number; cpuMsPerRequest: number }> {
  const { publicKey, privateKey } = await generateKeyPair('ES384');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'bench-key', alg: 'ES384', use: 'sig' };
  const iss = 'https://ehr.bench.invalid';
  const publicBaseUrl = 'https://heliotrope.bench.invalid';
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
        issuers: [{ iss, jwks: { keys: [jwk] } }],
        allowUnsigned: false,
        publicBaseUrl,
        corsOrigins: [],
        fhirTimeoutMs: 5000,
        snapshotHours: 24,
      },
    },
    { say: () => undefined, logger: silentLogger },
  );
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
    // The server's CPU per request (this process hosts the server; the load generator is another process).
    const cpuMsPerRequest = Number(((cpu.user + cpu.system) / 1000 / Math.max(1, load.requests)).toFixed(2));
    return {
      ...load,
      bodyBytes: body.length,
      cards,
      aloneP50Ms: Number(alone[25]!.toFixed(2)),
      cpuMsPerRequest,
    };
  } finally {
    await server.close(1000);
  }
}

/** Runs the suite. */
export async function run(): Promise<Record<string, unknown>> {
  const cds = await cdsLoad(benchBundle());
  return {
    service: 'patient-view',
    concurrency: CONCURRENCY,
    cardsPerResponse: cds.cards,
    requestBytes: cds.bodyBytes,
    aloneP50Ms: cds.aloneP50Ms,
    cpuMsPerRequest: cds.cpuMsPerRequest,
    requestsPerSecond: cds.requestsPerSecond,
    p50Ms: cds.p50Ms,
    p99Ms: cds.p99Ms,
    requests: cds.requests,
    errors: cds.errors,
    goal: { p99Ms: 50 },
  };
}
