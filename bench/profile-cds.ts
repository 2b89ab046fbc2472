/**
 * Profiles the CDS Hooks patient-view service: the bench's request (≈200-resource prefetch, ES384 JWT) sent
 * one at a time to a server in this process. Run with `node --cpu-prof --import tsx bench/profile-cds.ts [n]`
 * after `npm run build` (`[n]` calls, default 400; a second argument sets the concurrency, default 1). Prints the
 * client's latency figures and the server's CPU time per call; the profile is written by `--cpu-prof`.
 * @module
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { silentLogger } from '../dist/src/server/logger.js';
import { startServer } from '../dist/src/server/start.js';
import { benchBundle, BENCH_PATIENT } from './suites/fhir.js';
import { prefetchOf } from './suites/cds-hooks.js';

const n = Number(process.argv[2] ?? 400);
const { publicKey, privateKey } = await generateKeyPair('ES384');
const jwk = { ...(await exportJWK(publicKey)), kid: 'k', alg: 'ES384', use: 'sig' };
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
const path = '/cds-services/heliotrope-patient-view';
const body = JSON.stringify({
  hook: 'patient-view',
  hookInstance: randomUUID(),
  context: { userId: 'Practitioner/bench', patientId: BENCH_PATIENT },
  prefetch: prefetchOf(benchBundle()),
});
// The calls come from another process (bench/load-client.mjs), one at a time: the profile is the server's.
const headerSets: { Authorization: string }[] = [];
for (let i = 0; i < n; i++)
  headerSets.push({
    Authorization: `Bearer ${await new SignJWT({})
      .setProtectedHeader({ alg: 'ES384', typ: 'JWT', kid: 'k' })
      .setIssuer(iss)
      .setAudience(`${publicBaseUrl}${path}`)
      .setIssuedAt()
      .setExpirationTime('10m')
      .setJti(randomUUID())
      .sign(privateKey)}`,
  });
const dir = mkdtempSync(join(tmpdir(), 'heliotrope-profile-'));
const argsFile = join(dir, 'load.json');
writeFileSync(
  argsFile,
  JSON.stringify({
    port: Number(new URL(server.url).port),
    method: 'POST',
    path,
    headers: { 'Content-Type': 'application/json' },
    body,
    concurrency: Number(process.argv[3] ?? 1),
    requests: n,
    maxMs: 600_000,
    headerSets,
  }),
);
const cpu0 = process.cpuUsage();
const out = await new Promise<string>((resolve, reject) =>
  execFile(
    process.execPath,
    [fileURLToPath(new URL('./load-client.mjs', import.meta.url)), `@${argsFile}`],
    (e, so) => (e ? reject(e) : resolve(so)),
  ),
).finally(() => rmSync(dir, { recursive: true, force: true }));
const cpu = process.cpuUsage(cpu0);
process.stderr.write(
  `${out.trim()}\nserver CPU per call: ${((cpu.user + cpu.system) / 1000 / n).toFixed(2)} ms\n`,
);
await server.close(1000);
