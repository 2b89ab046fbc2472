// Load generator for bench/suites/server.ts and fhir.ts, run in its own process so that it does not share the
// server's event loop. Input: one JSON argument; output: one JSON line with the figures.
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';

// The argument is the JSON itself, or @file for inputs too large for a command line. Optional `headerSets`:
// per-request headers used once each, in turn (e.g. signed JWTs with a unique jti).
const arg = process.argv[2];
const args = JSON.parse(arg.startsWith('@') ? readFileSync(arg.slice(1), 'utf8') : arg);
const { port, method, path, headers, concurrency, requests, maxMs, headerSets } = args;
// A large body comes in a file (`bodyFile`): the argument list has a size limit.
const body = args.bodyFile ? readFileSync(args.bodyFile, 'utf8') : args.body;
const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
const hdrs = body ? { ...headers, 'Content-Length': Buffer.byteLength(body) } : headers;
let sent = 0;

function once() {
  const h = headerSets ? { ...hdrs, ...headerSets[sent++ % headerSets.length] } : hdrs;
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, method, path, agent, headers: h }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    // A refused or reset connection counts as an error (status 0), it does not end the run.
    req.on('error', () => resolve(0));
    req.end(body);
  });
}

for (let i = 0; i < 3; i++) await Promise.all(Array.from({ length: concurrency }, once));
const latencies = [];
let errors = 0;
let issued = 0;
const start = performance.now();
const deadline = start + maxMs;
async function worker() {
  while (issued < requests && performance.now() < deadline) {
    issued++;
    const t0 = performance.now();
    const status = await once();
    latencies.push(performance.now() - t0);
    if (status !== 200) errors++;
  }
}
await Promise.all(Array.from({ length: concurrency }, worker));
const seconds = (performance.now() - start) / 1000;
agent.destroy();
latencies.sort((a, b) => a - b);
const pct = (q) => latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)];
process.stdout.write(
  `${JSON.stringify({ requestsPerSecond: Math.round(latencies.length / seconds), p50Ms: Number(pct(0.5).toFixed(2)), p99Ms: Number(pct(0.99).toFixed(2)), requests: latencies.length, errors, clientCpuMs: Math.round((process.cpuUsage().user + process.cpuUsage().system) / 1000) })}\n`,
);
