// The HTTP floor of POST /api/assess, for bench/suites/server.ts: the server's own HTTP stack (hono on
// @hono/node-server, the same versions) in its own process, with no Heliotrope work at all. Two routes take the
// assess request's body and answer with a report of the same size as the real one:
//   POST /floor/bytes      reads the body, JSON.parses it, answers the report's bytes made once at start;
//   POST /floor/stringify  the same, but JSON.stringifies the report object per request (as any server must).
// So the suite can show what the payload alone costs on this machine, against GET /api/health of the real server.
// Protocol (IPC): the parent sends { report } (the report's JSON text) first; the host answers { port }, then
// { cpuMs } on 'cpu' (its CPU time so far, user + system), and exits on 'close'.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const first = await new Promise((resolve) => process.once('message', resolve));
const reportText = first.report;
const reportBytes = Buffer.from(reportText, 'utf8');
const reportObject = JSON.parse(reportText);

const app = new Hono();
const readJson = async (c) => JSON.parse(Buffer.from(await c.req.arrayBuffer()).toString('utf8'));
app.post('/floor/bytes', async (c) => {
  await readJson(c);
  return c.body(reportBytes, 200, { 'Content-Type': 'application/json' });
});
app.post('/floor/stringify', async (c) => {
  await readJson(c);
  return c.body(Buffer.from(JSON.stringify(reportObject), 'utf8'), 200, {
    'Content-Type': 'application/json',
  });
});

const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
  process.send({ port: info.port }),
);
process.on('message', (m) => {
  if (m === 'cpu') {
    const u = process.cpuUsage();
    process.send({ cpuMs: (u.user + u.system) / 1000 });
  }
  if (m === 'close') server.close(() => process.exit(0));
});
