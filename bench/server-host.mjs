// Server host for bench/suites/server.ts: starts the built server on loopback (in-memory SQLite) in its own
// process, so that its memory is its own, creates an API token, and answers the parent over IPC:
// first { port, token, rss }, then { rss } on 'rss', { cpuMs } (its CPU time so far, user + system) on 'cpu',
// and it closes and exits on 'close'.
import { hashPassword, newToken, tokenHash } from '../dist/src/server/auth.js';
import { silentLogger } from '../dist/src/server/logger.js';
import { startServer } from '../dist/src/server/start.js';

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
const user = await server.store.accounts.createUser(
  'bench',
  await hashPassword('bench-password-1'),
  'clinician',
);
const token = newToken('hlt_');
await server.store.accounts.createApiToken({ tokenHash: tokenHash(token), userId: user.id, name: 'bench' });
const port = Number(new URL(server.url).port);
const rss = () => process.memoryUsage().rss;
process.send({ port, token, rss: rss() });
process.on('message', async (m) => {
  if (m === 'rss') process.send({ rss: rss() });
  if (m === 'cpu') {
    const u = process.cpuUsage();
    process.send({ cpuMs: (u.user + u.system) / 1000 });
  }
  if (m === 'close') {
    await server.close(1000);
    process.exit(0);
  }
});
