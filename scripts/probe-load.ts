/**
 * `npm run probe:load`: re-measures the server's latency under load (not part of `npm test`).
 *
 * The built server (`bin/heliotrope.js serve`, in-memory SQLite) runs in a child process; load comes from
 * other processes (`bench/load-client.mjs`, keep-alive clients on 127.0.0.1), so neither shares the
 * server's event loop. Scenarios, each reporting requests/s, p50 and p99:
 * 1. `POST /api/assess` (realistic case, 50 clients) alone, and `GET /api/health` alone: the ratio of
 *    their throughputs (`assessRatioToTrivial`);
 * 2. both at once: the trivial endpoint's latency while assessments load the server;
 * 3. four clients each posting a 200,000-character narrative to `POST /api/extract` in a loop, and
 *    `GET /api/health` at the same time, with extraction on the event loop
 *    (`HELIOTROPE_EXTRACT_THREADS=0`) and in worker threads (the default): the trivial endpoint's p99 in
 *    both and their ratio.
 *
 * Options: `--seconds N` per scenario (default 10). Progress on stderr, one JSON document on stdout.
 * @module
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchCase } from '../bench/fixtures.js';
import { adminToken, progress, ROOT, startServerProcess } from './probe-lib.js';

const { values: opts } = parseArgs({ options: { seconds: { type: 'string', default: '10' } } });
const maxMs = Number(opts.seconds) * 1000;

interface Load {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
}

/** Runs the load generator in its own process. */
function load(
  port: number,
  path: string,
  options: {
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    bodyFile?: string;
    concurrency: number;
    requests: number;
  },
): Promise<Load> {
  const args = JSON.stringify({
    port,
    method: options.method ?? 'GET',
    path,
    headers: options.headers ?? {},
    body: options.body,
    bodyFile: options.bodyFile,
    concurrency: options.concurrency,
    requests: options.requests,
    maxMs,
  });
  return new Promise((ok, fail) => {
    execFile(
      process.execPath,
      [resolve(ROOT, 'bench/load-client.mjs'), args],
      { timeout: maxMs + 120_000, maxBuffer: 1 << 20 },
      (err, stdout) => (err ? fail(err) : ok(JSON.parse(stdout) as Load)),
    );
  });
}

/** A synthetic 200,000-character clinic letter (sentences repeated). */
function narrative(): string {
  const s =
    'A 54-year-old woman presented with proximal weakness of the shoulders and hips (MRC 4/5) and a violaceous rash of both upper eyelids. CK 2300 U/L (normal range 30-200 U/L); anti-TIF1-gamma antibody positive. She denied dysphagia. ';
  return s.repeat(Math.ceil(200_000 / s.length)).slice(0, 200_000);
}

async function withServer<T>(
  env: Record<string, string>,
  run: (port: number, token: string) => Promise<T>,
): Promise<T> {
  const server = await startServerProcess(['--database-url', ':memory:'], env);
  try {
    const token = await adminToken(server.url);
    return await run(Number(new URL(server.url).port), token);
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
}

const out: Record<string, unknown> = { node: process.version, secondsPerScenario: maxMs / 1000 };
const caseBody = JSON.stringify(benchCase);

await withServer({}, async (port, token) => {
  const auth = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const assess = { method: 'POST', headers: auth, body: caseBody, concurrency: 50, requests: 100_000 };
  progress('probe:load: POST /api/assess alone …');
  const assessAlone = await load(port, '/api/assess?asOf=2026-01-15', assess);
  progress('probe:load: GET /api/health alone …');
  const healthAlone = await load(port, '/api/health', { concurrency: 50, requests: 100_000 });
  progress('probe:load: both at once …');
  const [assessMixed, healthMixed] = await Promise.all([
    load(port, '/api/assess?asOf=2026-01-15', { ...assess, concurrency: 40 }),
    load(port, '/api/health', { concurrency: 10, requests: 100_000 }),
  ]);
  out.assess = {
    assessAlone,
    healthAlone,
    assessRatioToTrivial: Number((assessAlone.requestsPerSecond / healthAlone.requestsPerSecond).toFixed(3)),
    underAssessLoad: { assess: assessMixed, health: healthMixed },
  };
});

const bodyDir = mkdtempSync(join(tmpdir(), 'heliotrope-load-'));
const bodyFile = join(bodyDir, 'narrative.json');
writeFileSync(bodyFile, JSON.stringify({ text: narrative() }));
const extraction: Record<string, unknown> = {};
for (const [name, threads] of [
  ['onEventLoop', '0'],
  ['inWorkers', ''],
] as const) {
  progress(`probe:load: 4 × 200,000-character extractions + GET /api/health, extraction ${name} …`);
  extraction[name] = await withServer(
    threads ? { HELIOTROPE_EXTRACT_THREADS: threads } : {},
    async (port, token) => {
      const auth = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
      const [extract, health] = await Promise.all([
        load(port, '/api/extract', {
          method: 'POST',
          headers: auth,
          bodyFile,
          concurrency: 4,
          requests: 100_000,
        }),
        load(port, '/api/health', { concurrency: 10, requests: 100_000 }),
      ]);
      return { extract, health };
    },
  );
}
const p99 = (k: string) => (extraction[k] as { health: Load }).health.p99Ms;
out.extraction = {
  ...extraction,
  healthP99RatioEventLoopToWorkers: Number((p99('onEventLoop') / p99('inWorkers')).toFixed(2)),
};
rmSync(bodyDir, { recursive: true, force: true });
process.stdout.write(`${JSON.stringify(out)}\n`);
