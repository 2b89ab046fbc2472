/**
 * Server benchmark on loopback (127.0.0.1 only): requests per second and p50/p99 latency of
 * POST /api/assess with a realistic case at 50 concurrent clients, authenticated with an API token, and
 * the same for GET /api/health of the same server in the same run; and the server's resident memory after
 * start and after the load. In-memory SQLite; bounded by request count and time. The server runs in its own
 * process (bench/server-host.mjs), the load generator in another (bench/load-client.mjs); each load follows a
 * warm-up of 300 requests that is not counted, and the server's CPU time per request is reported beside the
 * wall-clock figures.
 * @module
 */
import { execFile, fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { benchCase } from '../fixtures.js';

/** Suite name (key in the output). */
export const name = 'server';

const CONCURRENCY = 50;
const REQUESTS = 6000;
/** Requests sent before each measured load (not counted): V8 compiles the route's code during the first ones. */
const WARM_UP = 300;
const MAX_MS = 15000;

interface Load {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
}

const client = fileURLToPath(new URL('../load-client.mjs', import.meta.url));
const host = fileURLToPath(new URL('../server-host.mjs', import.meta.url));

/** The next message of the server host. */
function reply<T>(child: ChildProcess): Promise<T> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`the bench server exited (${code})`));
    child.once('exit', onExit);
    child.once('message', (m) => {
      child.off('exit', onExit);
      resolve(m as T);
    });
  });
}

const mb = (bytes: number) => Number((bytes / 1024 / 1024).toFixed(1));

/** Runs the load generator in its own process (so it does not share the server's event loop). */
function load(
  port: number,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
  requests = REQUESTS,
): Promise<Load> {
  return new Promise((resolve, reject) => {
    const args = JSON.stringify({
      port,
      method,
      path,
      headers,
      body,
      concurrency: CONCURRENCY,
      requests,
      maxMs: MAX_MS,
    });
    execFile(process.execPath, [client, args], { timeout: MAX_MS + 30000 }, (err, stdout) =>
      err ? reject(err) : resolve(JSON.parse(stdout) as Load),
    );
  });
}

/** Runs the suite. */
export async function run(): Promise<Record<string, unknown>> {
  const child = fork(host, [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  try {
    const started = await reply<{ port: number; token: string; rss: number }>(child);
    const body = JSON.stringify(benchCase);
    const headers = { Authorization: `Bearer ${started.token}`, 'Content-Type': 'application/json' };
    // The server's CPU time per request (its own process, user + system) beside the wall-clock figures:
    // steadier than requests per second on a shared machine, where the wait for a core is not the code's.
    const cpu = async () => {
      child.send('cpu');
      return (await reply<{ cpuMs: number }>(child)).cpuMs;
    };
    const measured = async (method: string, path: string, h: Record<string, string>, b?: string) => {
      await load(started.port, method, path, h, b, WARM_UP);
      const before = await cpu();
      const l = await load(started.port, method, path, h, b);
      const perRequest = ((await cpu()) - before) / l.requests;
      return { ...l, serverCpuMsPerRequest: Number(perRequest.toFixed(3)) };
    };
    const assess = await measured('POST', '/api/assess?asOf=2026-01-15', headers, body);
    const trivial = await measured('GET', '/api/health', {});
    child.send('rss');
    const after = await reply<{ rss: number }>(child);
    return {
      concurrency: CONCURRENCY,
      caseBytes: body.length,
      assess,
      trivial,
      assessRatioToTrivial: Number((assess.requestsPerSecond / trivial.requestsPerSecond).toFixed(3)),
      // The same comparison on the server's CPU clock: trivial CPU per request ÷ assess CPU per request.
      cpuRatioToTrivial: Number((trivial.serverCpuMsPerRequest / assess.serverCpuMsPerRequest).toFixed(3)),
      rssAfterStartMb: mb(started.rss),
      rssAfterLoadMb: mb(after.rss),
      goal: { assessP99Ms: 50, assessRatioToTrivial: 0.5 },
    };
  } finally {
    if (child.connected) child.send('close');
    await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
  }
}
