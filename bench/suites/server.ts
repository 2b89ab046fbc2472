/**
 * Server benchmark on loopback (127.0.0.1 only): requests per second and p50/p99 latency of
 * POST /api/assess with a realistic case at 50 concurrent clients, authenticated with an API token, and
 * the same for GET /api/health of the same server in the same run. In-memory SQLite; bounded by
 * request count and time. The load generator runs in a child process (bench/load-client.mjs).
 * @module
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { hashPassword, newToken, tokenHash } from '../../dist/src/server/auth.js';
import { silentLogger } from '../../dist/src/server/logger.js';
import { startServer } from '../../dist/src/server/start.js';
import { benchCase } from '../fixtures.js';

/** Suite name (key in the output). */
export const name = 'server';

const CONCURRENCY = 50;
const REQUESTS = 6000;
const MAX_MS = 15000;

interface Load {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
}

const client = fileURLToPath(new URL('../load-client.mjs', import.meta.url));

/** Runs the load generator in its own process (so it does not share the server's event loop). */
function load(
  port: number,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<Load> {
  return new Promise((resolve, reject) => {
    const args = JSON.stringify({
      port,
      method,
      path,
      headers,
      body,
      concurrency: CONCURRENCY,
      requests: REQUESTS,
      maxMs: MAX_MS,
    });
    execFile(process.execPath, [client, args], { timeout: MAX_MS + 30000 }, (err, stdout) =>
      err ? reject(err) : resolve(JSON.parse(stdout) as Load),
    );
  });
}

/** Runs the suite. */
export async function run(): Promise<Record<string, unknown>> {
  const server = await startServer(
    {
      port: 0,
      host: '127.0.0.1',
      databaseUrl: ':memory:',
      dataDir: '.',
      logLevel: 'silent',
      demo: false,
      adminPassword: 'bench-admin-password',
    },
    { say: () => undefined, logger: silentLogger },
  );
  try {
    const user = await server.store.accounts.createUser(
      'bench',
      await hashPassword('bench-password-1'),
      'clinician',
    );
    const token = newToken('hlt_');
    await server.store.accounts.createApiToken({
      tokenHash: tokenHash(token),
      userId: user.id,
      name: 'bench',
    });
    const port = Number(new URL(server.url).port);
    const body = JSON.stringify(benchCase);
    const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    const assess = await load(port, 'POST', '/api/assess?asOf=2026-01-15', headers, body);
    const trivial = await load(port, 'GET', '/api/health', {});
    return {
      concurrency: CONCURRENCY,
      caseBytes: body.length,
      assess,
      trivial,
      assessRatioToTrivial: Number((assess.requestsPerSecond / trivial.requestsPerSecond).toFixed(3)),
      goal: { assessP99Ms: 50, assessRatioToTrivial: 0.5 },
    };
  } finally {
    await server.close(1000);
  }
}
