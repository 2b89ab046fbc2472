import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDistributed } from '../../src/bulk/distributed.js';
import { decodeShard, encodeShard } from '../../src/bulk/pg-results.js';
import { runBulk } from '../../src/bulk/run.js';
import { WorkStore } from '../../src/bulk/store.js';
import { writePopulation } from '../../src/population/write.js';
import { cli } from '../cli-io.js';

const AS_OF = '2026-01-01';
const pgUrl = process.env.DATABASE_URL;
/** Patients of the distributed test (a few thousand in CI; lower it on a busy machine). */
const N = Number(process.env.HELIOTROPE_DIST_TEST_PATIENTS ?? 2000);
const root = mkdtempSync(join(tmpdir(), 'heliotrope-dist-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const read = (p: string) => readFileSync(p, 'utf8');

describe('distributed runs: without a database', () => {
  it('refuses --distributed without a PostgreSQL URL, and a worker on SQLite, with exit code 2', async () => {
    const a = await cli([
      'bulk',
      root,
      '--out',
      join(root, 'x'),
      '--distributed',
      '--database-url',
      'sqlite:runs.db',
    ]);
    expect(a.code).toBe(2);
    expect(a.err).toContain('distributed runs need PostgreSQL');
    const b = await cli(['worker', '--database-url', 'data/h.sqlite']);
    expect(b.code).toBe(2);
    expect(b.err).toContain('need PostgreSQL');
    const c = await cli(['bulk', root, '--out', join(root, 'y'), '--shard-size', '10']);
    expect(c.code).toBe(2);
    expect(c.err).toContain('go with --distributed');
  });

  it('keeps local and distributed runs apart: neither resumes the other in the same directory', async () => {
    const small = join(root, 'small');
    await writePopulation({ patients: 40, out: small, seed: 'apart' });
    const local = join(root, 'local-stopped');
    const first = await runBulk({
      input: small,
      out: local,
      asOf: AS_OF,
      workers: 0,
      batchSize: 8,
      stopAfterBatches: 1,
    });
    expect(first.stopped).toBe(true);
    // Refused before any connection is made (nothing listens on port 1).
    await expect(
      runDistributed({ input: small, out: local, resume: true, databaseUrl: 'postgres://x@127.0.0.1:1/x' }),
    ).rejects.toThrow('holds a local run: resume it without --distributed');

    const dist = join(root, 'dist-stopped');
    await runBulk({ input: small, out: dist, asOf: AS_OF, workers: 0, batchSize: 8, stopAfterBatches: 0 });
    const store = new WorkStore(join(dist, '.heliotrope-bulk.sqlite'));
    store.setMeta('distributedRun', 'r1');
    store.close();
    await expect(runBulk({ input: small, out: dist, resume: true, workers: 0 })).rejects.toThrow(
      'holds a distributed run: resume it with --distributed',
    );
  });

  it('carries a shard of grouped lines through the database encoding byte for byte (UTF-8 lines)', () => {
    const data = Buffer.from('{"resourceType":"Patient","id":"p1"}\n{"a":"é\\u0000"}');
    const groups = [
      { seq: 7, key: 'p1', parts: [{ file: 2, lines: Uint32Array.from([3, 9]), data }] },
      { seq: 8, key: 'p2', parts: [] },
    ];
    const back = decodeShard(encodeShard(groups));
    expect(back.map((g) => [g.seq, g.key])).toEqual([
      [7, 'p1'],
      [8, 'p2'],
    ]);
    expect(Array.from(back[0]!.parts[0]!.lines)).toEqual([3, 9]);
    expect(Buffer.compare(Buffer.from(back[0]!.parts[0]!.data), data)).toBe(0);
  });

  it('carries bytes that are not UTF-8 unchanged, each part in its own buffer (not a view of the shard)', () => {
    const a = Buffer.from([0x7b, 0xff, 0xfe, 0x7d]);
    const b = Buffer.from('{"b":1}\n{"c":2}');
    const back = decodeShard(
      encodeShard([
        {
          seq: 1,
          key: 'p',
          parts: [
            { file: 0, lines: Uint32Array.from([1]), data: a },
            { file: 1, lines: Uint32Array.from([4, 5]), data: b },
          ],
        },
      ]),
    );
    const parts = back[0]!.parts;
    expect(parts.map((p) => Buffer.from(p.data).toString('hex'))).toEqual([
      a.toString('hex'),
      b.toString('hex'),
    ]);
    // A view would make a worker thread receive (and copy) the whole shard once per part.
    expect(parts.map((p) => p.data.buffer.byteLength)).toEqual([a.length, b.length]);
  });

  it('still reads a shard written in the JSON layout of earlier versions', () => {
    const payload = gzipSync(
      JSON.stringify({
        groups: [{ seq: 3, key: 'p9', parts: [{ file: 1, lines: [2, 5], data: '{"x":1}\n{}' }] }],
      }),
    );
    const back = decodeShard(payload);
    expect(back.map((g) => [g.seq, g.key, g.parts.length])).toEqual([[3, 'p9', 1]]);
    expect(Array.from(back[0]!.parts[0]!.lines)).toEqual([2, 5]);
    expect(Buffer.from(back[0]!.parts[0]!.data).toString()).toBe('{"x":1}\n{}');
  });
});

// PostgreSQL only (CI starts one and sets DATABASE_URL, see .ci/run).
describe.each(pgUrl ? [pgUrl] : [])('distributed run on PostgreSQL (%s)', (url) => {
  const exportDir = join(root, 'export');
  const single = join(root, 'single');
  const workers: ChildProcess[] = [];

  const startWorker = () => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        fileURLToPath(new URL('../cli-child.ts', import.meta.url)),
        'worker',
        '--database-url',
        url,
        '--threads',
        '0',
        '--poll-interval',
        '1',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-4000)));
    Object.defineProperty(child, 'log', { get: () => err });
    workers.push(child);
    return child;
  };

  beforeAll(async () => {
    await writePopulation({ patients: N, out: exportDir, seed: 'distributed', badLines: 4 });
    await runBulk({ input: exportDir, out: single, asOf: AS_OF, workers: 0 });
  }, 240000);

  afterAll(async () => {
    for (const w of workers) if (w.exitCode === null && w.signalCode === null) w.kill('SIGKILL');
  });

  it('three workers, one killed with SIGKILL mid-run: every patient has exactly one result, identical to heliotrope bulk', async () => {
    const out = join(root, 'distributed');
    const db = new pg.Pool({ connectionString: url, max: 1 });
    try {
      const victim = startWorker();
      startWorker();
      startWorker();
      const run = runDistributed({
        input: exportDir,
        out,
        asOf: AS_OF,
        databaseUrl: url,
        shardSize: 25,
        // Several buckets (the single-machine run has one): shards end where a bucket ends.
        bucketBytes: 8 << 20,
        shardTimeout: 10,
        maintenanceInterval: 1,
        pollInterval: 0.5,
      });
      let failure: unknown;
      const finished = run.catch((e: unknown) => {
        failure = e;
      });

      // Wait until the victim has stored a shard and holds another one, then kill it.
      const victimId = `${hostname()}:${victim.pid}`;
      let killedShard: { run_id: string; shard: number } | undefined;
      const deadline = Date.now() + 180000;
      while (!killedShard && Date.now() < deadline && failure === undefined) {
        await new Promise((r) => setTimeout(r, 100));
        const held = await db
          .query<{ run_id: string; shard: number; stored: string }>(
            `SELECT s.run_id, s.shard,
                    (SELECT COUNT(*) FROM heliotrope_bulk_shard d
                     WHERE d.run_id = s.run_id AND d.done_at IS NOT NULL) AS stored
             FROM heliotrope_bulk_shard s JOIN heliotrope_bulk_run r ON r.id = s.run_id
             WHERE r.state = 'queued' AND s.taken_by = $1 AND s.done_at IS NULL`,
            [victimId],
          )
          .catch(() => ({ rows: [] }));
        const h = held.rows[0];
        if (h && Number(h.stored) >= 1) {
          victim.kill('SIGKILL');
          killedShard = h;
        }
      }
      expect(failure).toBeUndefined();
      expect(killedShard, 'the victim never held a shard').toBeDefined();
      await new Promise((r) =>
        victim.exitCode !== null || victim.signalCode ? r(null) : victim.once('exit', r),
      );
      expect(victim.signalCode).toBe('SIGKILL');

      await finished;
      expect(failure).toBeUndefined();
      const result = await run;

      // The killed worker's shard was taken again and stored once.
      const shard = await db.query<{ attempts: number; done: boolean; taken_by: string }>(
        'SELECT attempts, done_at IS NOT NULL AS done, taken_by FROM heliotrope_bulk_shard WHERE run_id = $1 AND shard = $2',
        [killedShard!.run_id, killedShard!.shard],
      );
      expect(shard.rows[0]!.done).toBe(true);
      expect(shard.rows[0]!.attempts).toBeGreaterThanOrEqual(2);
      expect(shard.rows[0]!.taken_by).not.toBe(victimId);

      // Exactly one result per patient.
      const counts = await db.query<{ n: string; patients: string }>(
        'SELECT COUNT(*) AS n, COUNT(DISTINCT patient) AS patients FROM heliotrope_bulk_result WHERE run_id = $1',
        [result.runId],
      );
      expect(Number(counts.rows[0]!.n)).toBe(N);
      expect(Number(counts.rows[0]!.patients)).toBe(N);

      // The same outputs as one machine.
      for (const f of ['results.ndjson', 'results.csv', 'worklist.csv', 'bad-lines.csv', 'summary.json'])
        expect(read(join(out, f)), f).toBe(read(join(single, f)));
      expect(result.summary.patients.total).toBe(N);

      // The other two workers are still alive and stop cleanly on SIGTERM.
      const alive = workers.filter((w) => w !== victim);
      expect(alive.every((w) => w.exitCode === null)).toBe(true);
      for (const w of alive) w.kill('SIGTERM');
      const codes = await Promise.all(
        alive.map((w) => new Promise<number | null>((r) => w.once('exit', (code) => r(code)))),
      );
      expect(codes).toEqual([0, 0]);
    } finally {
      await db.end();
    }
  }, 300000);
});
