/**
 * `npm run probe:durability`: re-measures the store's durability figures (not part of `npm test`).
 *
 * 1. Commit cost of SQLite's `synchronous` settings: sequential case creations (one transaction each) on a
 *    file database in FULL and in NORMAL mode, three alternating runs each; median commits per second
 *    and the ratio.
 * 2. Crash test: the built server (`bin/heliotrope.js serve`) in a child process, several concurrent
 *    clients creating and updating cases; after a random delay the server is killed with SIGKILL (one
 *    round with SIGTERM), restarted on the same data, and every write the server acknowledged (201/200)
 *    is read back (`GET /api/cases/{id}/versions/{n}`, same title). Prints acknowledged, found and lost
 *    writes per round and in total.
 *
 * Options: `--rounds N` (default 6), `--writers N` (8), `--commits N` (300), `--dir DIR` (a temporary
 * folder), `--database-url URL` (crash test on PostgreSQL instead: a throwaway database only).
 * Progress goes to stderr; the result is one JSON document on stdout. Needs `npm run build` (the npm
 * script does it).
 *
 * What it cannot show: a power loss or an operating-system crash (a killed process leaves the OS page
 * cache intact, so NORMAL survives SIGKILL too); that is what `synchronous=FULL` is for.
 * @module
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDb, type SqliteSynchronous } from '../src/store/db.js';
import { migrate } from '../src/store/migrations.js';
import { Store } from '../src/store/store.js';
import { adminToken, progress, startServerProcess, type ServerProcess } from './probe-lib.js';

const { values: opts } = parseArgs({
  options: {
    rounds: { type: 'string', default: '6' },
    writers: { type: 'string', default: '8' },
    commits: { type: 'string', default: '300' },
    dir: { type: 'string' },
    'database-url': { type: 'string' },
  },
});
const rounds = Number(opts.rounds);
const writers = Number(opts.writers);
const commits = Number(opts.commits);
const base = opts.dir ?? mkdtempSync(join(tmpdir(), 'heliotrope-durability-'));

/** Part 1: sequential commits per second in one SQLite mode. */
async function commitRate(
  mode: SqliteSynchronous,
): Promise<{ commitsPerSecond: number; msPerCommit: number }> {
  const dir = mkdtempSync(join(base, `sync-${mode}-`));
  const db = openDb(join(dir, 'probe.sqlite'), { synchronous: mode });
  try {
    await migrate(db);
    const store = new Store(db);
    const doc = { schemaVersion: '1.0', title: 'probe', patient: { sex: 'female', ageAtOnset: 50 } };
    for (let i = 0; i < 20; i++) await store.cases.create(doc, 'probe'); // warm-up
    const t0 = performance.now();
    for (let i = 0; i < commits; i++) await store.cases.create(doc, 'probe');
    const ms = performance.now() - t0;
    return {
      commitsPerSecond: Math.round((commits / ms) * 1000),
      msPerCommit: Number((ms / commits).toFixed(3)),
    };
  } finally {
    await db.close();
  }
}

interface Ack {
  id: string;
  version: number;
  title: string;
}

/** Part 2, one round: writers until the kill, then restart and read every acknowledged write back. */
async function crashRound(
  round: number,
  signal: 'SIGKILL' | 'SIGTERM',
  token: string | undefined,
  start: () => Promise<ServerProcess>,
): Promise<{
  signal: string;
  acknowledged: number;
  found: number;
  lost: number;
  failedInFlight: number;
  token: string;
}> {
  let server = await start();
  const key = token ?? (await adminToken(server.url));
  const headers = { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' };
  const acks: Ack[] = [];
  let failed = 0;
  let stop = false;
  const writer = async (w: number) => {
    for (let n = 0; !stop; n++) {
      const title = `probe r${round} w${w} n${n}`;
      try {
        const doc = { schemaVersion: '1.0', title, patient: { sex: 'female', ageAtOnset: 40 + (n % 30) } };
        const c = await fetch(`${server.url}/api/cases`, {
          method: 'POST',
          headers,
          body: JSON.stringify(doc),
        });
        if (c.status !== 201) throw new Error(String(c.status));
        const made = (await c.json()) as { id: string; version: number };
        acks.push({ id: made.id, version: made.version, title });
        for (let v = 1; v <= 2 && !stop; v++) {
          const t2 = `${title} v${v + 1}`;
          const u = await fetch(`${server.url}/api/cases/${made.id}`, {
            method: 'PUT',
            headers: { ...headers, 'If-Match': `"${v}"` },
            body: JSON.stringify({ ...doc, title: t2 }),
          });
          if (u.status !== 200) throw new Error(String(u.status));
          acks.push({ id: made.id, version: ((await u.json()) as { version: number }).version, title: t2 });
        }
      } catch {
        failed++; // refused or cut off by the kill: not acknowledged, so not counted
        if (stop) return;
      }
    }
  };
  const running = Array.from({ length: writers }, (_, w) => writer(w));
  await new Promise((r) => setTimeout(r, 1500 + Math.random() * 2500));
  server.child.kill(signal);
  stop = true;
  await server.exited;
  await Promise.all(running);
  server = await start();
  let found = 0;
  const lostWrites: Ack[] = [];
  try {
    for (const a of acks) {
      const r = await fetch(`${server.url}/api/cases/${a.id}/versions/${a.version}`, { headers });
      const body = r.status === 200 ? ((await r.json()) as { data: { title?: string } }) : undefined;
      if (body?.data.title === a.title) found++;
      else lostWrites.push(a);
    }
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  if (lostWrites.length) progress(`  lost: ${JSON.stringify(lostWrites.slice(0, 5))}`);
  return {
    signal,
    acknowledged: acks.length,
    found,
    lost: lostWrites.length,
    failedInFlight: failed,
    token: key,
  };
}

try {
  const out: Record<string, unknown> = { node: process.version };
  progress(`probe:durability: SQLite commit cost (${commits} sequential case creations, 3 runs per mode) …`);
  const runs: Record<SqliteSynchronous, { commitsPerSecond: number; msPerCommit: number }[]> = {
    full: [],
    normal: [],
  };
  for (let i = 0; i < 3; i++)
    for (const mode of ['full', 'normal'] as const) runs[mode].push(await commitRate(mode));
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const med = (mode: SqliteSynchronous) => ({
    commitsPerSecond: median(runs[mode].map((r) => r.commitsPerSecond)),
    msPerCommit: median(runs[mode].map((r) => r.msPerCommit)),
    runs: runs[mode].map((r) => r.commitsPerSecond),
  });
  const full = med('full');
  const normal = med('normal');
  out.sqliteCommitCost = {
    full,
    normal,
    fullToNormalRatio: Number((full.commitsPerSecond / normal.commitsPerSecond).toFixed(3)),
  };
  progress(`  ${JSON.stringify(out.sqliteCommitCost)}`);

  const pg = opts['database-url'];
  const dataDir = mkdtempSync(join(base, 'crash-'));
  const serverArgs = ['--data-dir', dataDir, ...(pg ? ['--database-url', pg] : [])];
  const start = () => startServerProcess(serverArgs, { SQLITE_SYNCHRONOUS: 'full' });
  progress(
    `probe:durability: crash test on ${pg ? 'PostgreSQL' : 'SQLite (synchronous=FULL)'}, ${writers} writers, ${rounds} rounds …`,
  );
  const results: {
    signal: string;
    acknowledged: number;
    found: number;
    lost: number;
    failedInFlight: number;
  }[] = [];
  let token: string | undefined;
  for (let r = 0; r < rounds; r++) {
    const signal = r === rounds - 1 ? 'SIGTERM' : 'SIGKILL';
    const res = await crashRound(r, signal, token, start);
    token = res.token;
    const { token: _t, ...figures } = res;
    results.push(figures);
    progress(`  round ${r + 1}: ${JSON.stringify(figures)}`);
  }
  const sum = (k: 'acknowledged' | 'found' | 'lost') => results.reduce((s, x) => s + x[k], 0);
  out.crash = {
    database: pg ? 'postgres' : 'sqlite',
    writers,
    rounds: results,
    acknowledged: sum('acknowledged'),
    found: sum('found'),
    lost: sum('lost'),
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
  if (sum('lost') > 0) process.exitCode = 1;
} finally {
  if (!opts.dir) rmSync(base, { recursive: true, force: true });
}
