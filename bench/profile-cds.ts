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
import { SignJWT } from 'jose';
import { benchBundle, BENCH_PATIENT } from './suites/fhir.js';
import { BENCH_ISS, BENCH_PUBLIC_URL, prefetchOf, startBenchCdsServer } from './suites/cds-hooks.js';

const n = Number(process.argv[2] ?? 400);
// A third argument: compute threads of the server (HELIOTROPE_CDS_WORKERS; default 0).
const { server, privateKey, kid } = await startBenchCdsServer(Number(process.argv[4] ?? 0));
const iss = BENCH_ISS;
const publicBaseUrl = BENCH_PUBLIC_URL;
const path = '/cds-services/heliotrope-patient-view';
const body = JSON.stringify({
  hook: 'patient-view',
  hookInstance: randomUUID(),
  context: { userId: 'Practitioner/bench', patientId: BENCH_PATIENT },
  prefetch: prefetchOf(benchBundle()),
});
// The calls come from another process (bench/load-client.mjs), one at a time: the profile is the server's.
const headerSets: { Authorization: string }[] = [];
const concurrency = Number(process.argv[3] ?? 1);
// One fresh token per call, the load client's 3 warm-up rounds included (a reused jti is refused as a replay).
for (let i = 0; i < n + 3 * concurrency; i++)
  headerSets.push({
    Authorization: `Bearer ${await new SignJWT({})
      .setProtectedHeader({ alg: 'ES384', typ: 'JWT', kid })
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
    concurrency,
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
