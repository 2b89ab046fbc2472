/**
 * Distributed population-run benchmark (needs `DATABASE_URL` = PostgreSQL; reports `skipped` otherwise), on the
 * same generated export as the `bulk` suite (default 2,000 patients, `HELIOTROPE_BENCH_DIST_PATIENTS`):
 * - `bulkSeconds`: `heliotrope bulk` with all cores, the yardstick; `bulkOneThreadSeconds`: with one thread;
 * - per number of worker processes (1, 2, 3; each `--threads 1`, all on this machine): the end-to-end wall
 *   time of `heliotrope bulk --distributed` (read, shard, enqueue, assess, write the outputs from the
 *   database) and `relativeToBulk` = bulkSeconds ÷ that time;
 * - `queueOverheadPerShardMs`: database and queue work per shard, from the logs of the one-worker run: the
 *   coordinator's sharding and enqueueing, the worker's take (fetch + decode) and store (upsert transaction);
 * - `endToEndExtraPerShardMs`: (one worker's distributed time − `heliotrope bulk` with one thread) ÷ shards —
 *   all the distributed run adds, including process start, polling and a cold worker thread.
 * @module
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { POPULATION_VERSION, writePopulation } from '../../dist/src/population/write.js';

/** Suite name (key in the output). */
export const name = 'distributed';

const bin = fileURLToPath(new URL('../../bin/heliotrope.js', import.meta.url));
const SEED = 'bench';
const SHARD = 250;

async function exportOf(patients: number): Promise<string> {
  const dir = join(tmpdir(), `heliotrope-bench-population-v${POPULATION_VERSION}-${SEED}-${patients}`);
  if (existsSync(join(dir, 'manifest.json'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  process.stderr.write(`bench: distributed: generating ${patients} patients …\n`);
  await writePopulation({ patients, out: dir, seed: SEED });
  return dir;
}

function heliotrope(args: string[]): ChildProcess {
  return spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
}

/** Collects a child's standard error. */
function stderrOf(child: ChildProcess): () => string {
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  return () => err;
}

/** Runs a command to completion; wall seconds and standard error. */
function timed(args: string[]): Promise<{ seconds: number; err: string }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = heliotrope(args);
    const err = stderrOf(child);
    child.on('exit', (code) =>
      code === 0
        ? resolve({ seconds: (performance.now() - t0) / 1000, err: err() })
        : reject(new Error(`heliotrope ${args[0]} exited with ${code}: ${err().slice(-2000)}`)),
    );
  });
}

/** Seconds of database and queue work in logs: the coordinator's sharding, the workers' take and store. */
function queueSeconds(coordinator: string, workers: string[]): number {
  let s = 0;
  for (const m of coordinator.matchAll(/sharding and enqueueing took ([\d.]+) s/g)) s += Number(m[1]);
  for (const w of workers)
    for (const m of w.matchAll(/take ([\d.]+) s, assess [\d.]+ s, store ([\d.]+) s/g))
      s += Number(m[1]) + Number(m[2]);
  return s;
}

const r3 = (x: number) => Number(x.toFixed(3));

/** Runs the suite. */
export async function run(): Promise<Record<string, unknown>> {
  const url = process.env.DATABASE_URL;
  if (!url || !/^postgres/i.test(url)) return { skipped: 'DATABASE_URL (PostgreSQL) is not set' };
  const n = Number(process.env.HELIOTROPE_BENCH_DIST_PATIENTS ?? 2000);
  const dir = await exportOf(n);
  const out = (k: string) => {
    const o = join(tmpdir(), `heliotrope-bench-dist-${process.pid}-${k}`);
    rmSync(o, { recursive: true, force: true });
    return o;
  };
  const common = ['--as-of', '2026-01-01'];
  const bulkSeconds = (await timed(['bulk', dir, '--out', out('all'), ...common])).seconds;
  const bulkOneThreadSeconds = (await timed(['bulk', dir, '--out', out('one'), ...common, '--workers', '1']))
    .seconds;
  const shards = Math.ceil(n / SHARD);
  const byWorkers: Record<string, unknown> = {};
  let queueWork = 0;
  for (const k of [1, 2, 3]) {
    const workers = Array.from({ length: k }, () =>
      heliotrope(['worker', '--database-url', url, '--threads', '1', '--poll-interval', '1']),
    );
    const logs = workers.map(stderrOf);
    try {
      const { seconds, err } = await timed([
        'bulk',
        dir,
        '--out',
        out(`d${k}`),
        ...common,
        '--distributed',
        '--database-url',
        url,
        '--shard-size',
        String(SHARD),
      ]);
      if (k === 1) {
        // Let the worker log its last shard before reading its log.
        await new Promise((r) => setTimeout(r, 500));
        queueWork = queueSeconds(
          err,
          logs.map((l) => l()),
        );
      }
      byWorkers[String(k)] = {
        seconds: r3(seconds),
        patientsPerSecond: Math.round(n / seconds),
        relativeToBulk: r3(bulkSeconds / seconds),
      };
    } finally {
      for (const w of workers) w.kill('SIGTERM');
      await Promise.all(
        workers.map((w) => new Promise((r) => (w.exitCode !== null ? r(null) : w.once('exit', r)))),
      );
    }
  }
  for (const k of ['all', 'one', 'd1', 'd2', 'd3']) out(k);
  const one = (byWorkers['1'] as { seconds: number }).seconds;
  return {
    patients: n,
    cores: availableParallelism(),
    shardSize: SHARD,
    shards,
    bulkSeconds: r3(bulkSeconds),
    bulkPatientsPerSecond: Math.round(n / bulkSeconds),
    bulkOneThreadSeconds: r3(bulkOneThreadSeconds),
    byWorkers,
    queueOverheadPerShardMs: Math.round((queueWork / shards) * 1000),
    endToEndExtraPerShardMs: Math.round(((one - bulkOneThreadSeconds) / shards) * 1000),
  };
}
