// Profiles the server under the server bench's load: POST /api/assess with the bench case at 50 concurrent
// clients, the server in its own process under `--cpu-prof` (profile in the directory given, default
// ./profiles), the load client in another. Run after `npm run build`:
//   node --import tsx bench/profile-server.mjs [dir] [requests]
// then `node bench/profile-summary.mjs DIR/*.cpuprofile` for the summary.
import { execFile, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { benchCase } from './fixtures.ts';

const dir = process.argv[2] ?? 'profiles';
const requests = Number(process.argv[3] ?? 3000);
const host = fileURLToPath(new URL('./server-host.mjs', import.meta.url));
const client = fileURLToPath(new URL('./load-client.mjs', import.meta.url));
const child = fork(host, [], {
  execArgv: ['--cpu-prof', `--cpu-prof-dir=${dir}`],
  stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
});
const started = await new Promise((resolve) => child.once('message', resolve));
const args = JSON.stringify({
  port: started.port,
  method: 'POST',
  path: '/api/assess?asOf=2026-01-15',
  headers: { Authorization: `Bearer ${started.token}`, 'Content-Type': 'application/json' },
  body: JSON.stringify(benchCase),
  concurrency: 50,
  requests,
  maxMs: 60000,
});
const out = await new Promise((resolve, reject) =>
  execFile(process.execPath, [client, args], (err, stdout) => (err ? reject(err) : resolve(stdout))),
);
process.stdout.write(out);
child.send('close');
await new Promise((resolve) => child.once('exit', resolve));
