/**
 * Server benchmark on loopback (127.0.0.1 only): requests per second and p50/p99 latency of
 * POST /api/assess with a realistic case at 50 concurrent clients, authenticated with an API token, and
 * the same for GET /api/health of the same server in the same run; and the server's resident memory after
 * start and after the load. In-memory SQLite; bounded by request count and time. The server runs in its own
 * process (bench/server-host.mjs), the load generator in another (bench/load-client.mjs); each load follows a
 * warm-up of 300 requests that is not counted, and the server's CPU time per request is reported beside the
 * wall-clock figures.
 *
 * Beside them, the HTTP floor of the assess request on this machine (bench/http-floor-host.mjs): the same HTTP
 * stack in its own process, with no Heliotrope work, reading and parsing the same case body and answering with a
 * report of the same size — once with the bytes made in advance (`floor.bytes`), once JSON.stringifying the report
 * per request (`floor.stringify`) — each as a ratio to the real server's `GET /api/health`. They bound what
 * `assessRatioToTrivial` can reach here whatever the engine costs.
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
const floorHost = fileURLToPath(new URL('../http-floor-host.mjs', import.meta.url));

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

/** Stops a host process (it closes and exits on 'close'). */
async function stop(child: ChildProcess): Promise<void> {
  if (child.connected) child.send('close');
  await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
}

/** A measured load: warm-up (not counted), then the load, with the host's CPU time per request. */
async function measured(
  child: ChildProcess,
  port: number,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<Load & { serverCpuMsPerRequest: number }> {
  const cpu = async () => {
    child.send('cpu');
    return (await reply<{ cpuMs: number }>(child)).cpuMs;
  };
  await load(port, method, path, headers, body, WARM_UP);
  const before = await cpu();
  const l = await load(port, method, path, headers, body);
  const perRequest = ((await cpu()) - before) / l.requests;
  return { ...l, serverCpuMsPerRequest: Number(perRequest.toFixed(3)) };
}

const ratio = (a: number, b: number) => Number((a / b).toFixed(3));

/** One measured load's figures. */
type Measured = Awaited<ReturnType<typeof measured>>;

/** Runs the suite. */
export async function run(): Promise<Record<string, unknown>> {
  const child = fork(host, [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  let report: string;
  let assess: Measured;
  let trivial: Measured;
  let started: { port: number; token: string; rss: number };
  let after: { rss: number };
  const body = JSON.stringify(benchCase);
  try {
    started = await reply<{ port: number; token: string; rss: number }>(child);
    const headers = { Authorization: `Bearer ${started.token}`, 'Content-Type': 'application/json' };
    const assessPath = '/api/assess?asOf=2026-01-15';
    // The server's CPU time per request (its own process, user + system) beside the wall-clock figures:
    // steadier than requests per second on a shared machine, where the wait for a core is not the code's.
    assess = await measured(child, started.port, 'POST', assessPath, headers, body);
    trivial = await measured(child, started.port, 'GET', '/api/health', {});
    child.send('rss');
    after = await reply<{ rss: number }>(child);
    // The report the server answers for the bench case: the floor host answers one of the same size.
    const res = await fetch(`http://127.0.0.1:${started.port}${assessPath}`, {
      method: 'POST',
      headers,
      body,
    });
    report = await res.text();
  } finally {
    await stop(child);
  }
  const floorChild = fork(floorHost, [], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  let floor: { bytes: Measured; stringify: Measured };
  try {
    floorChild.send({ report });
    const { port } = await reply<{ port: number }>(floorChild);
    const h = { 'Content-Type': 'application/json' };
    floor = {
      bytes: await measured(floorChild, port, 'POST', '/floor/bytes', h, body),
      stringify: await measured(floorChild, port, 'POST', '/floor/stringify', h, body),
    };
  } finally {
    await stop(floorChild);
  }
  return {
    concurrency: CONCURRENCY,
    caseBytes: body.length,
    reportBytes: Buffer.byteLength(report),
    assess,
    trivial,
    assessRatioToTrivial: ratio(assess.requestsPerSecond, trivial.requestsPerSecond),
    // The same comparison on the server's CPU clock: trivial CPU per request ÷ assess CPU per request.
    cpuRatioToTrivial: ratio(trivial.serverCpuMsPerRequest, assess.serverCpuMsPerRequest),
    // The HTTP floor of the same request and response sizes, no Heliotrope work (see the module comment).
    floor,
    floorBytesRatioToTrivial: ratio(floor.bytes.requestsPerSecond, trivial.requestsPerSecond),
    floorStringifyRatioToTrivial: ratio(floor.stringify.requestsPerSecond, trivial.requestsPerSecond),
    floorBytesCpuRatioToTrivial: ratio(trivial.serverCpuMsPerRequest, floor.bytes.serverCpuMsPerRequest),
    floorStringifyCpuRatioToTrivial: ratio(
      trivial.serverCpuMsPerRequest,
      floor.stringify.serverCpuMsPerRequest,
    ),
    rssAfterStartMb: mb(started.rss),
    rssAfterLoadMb: mb(after.rss),
    goal: { assessP99Ms: 50, assessRatioToTrivial: 0.5 },
  };
}
