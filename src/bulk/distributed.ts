/**
 * Distributed population runs on PostgreSQL with the pg-boss job queue.
 *
 * The coordinator (`heliotrope bulk <export> --out <dir> --distributed --database-url …`) reads and groups the
 * export exactly as `heliotrope bulk` does (same work store, same patient numbering), writes the patients to
 * the database in shards (gzip-compressed grouped lines), and enqueues one job per shard — the shards'
 * bookkeeping and the jobs in one transaction. Workers (`heliotrope worker --database-url …`, any number, on any
 * host that reaches the database) take jobs, assess the shard's patients with the same code as the local run
 * and store the results in one transaction per shard (upsert by run and patient; the shard's bad lines
 * replaced; the shard marked done). A worker that dies holding a shard leaves its job active until the job's
 * expiry (`shardTimeout`); pg-boss then retries it on another worker. A shard stored twice gives the same
 * rows, so no patient is lost or counted twice. The coordinator follows progress in the database and, when
 * every shard is done, writes the same outputs as `heliotrope bulk` from the database.
 * @module
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { basename } from 'node:path';
import PgBoss from 'pg-boss';
import { InputError } from '../core/issues.js';
import { ENGINE_VERSION } from '../version.js';
import type { PopulationSummary } from '../assess/population-results/summary.js';
import { defaultImporter } from './importer.js';
import { processGroup, type PatientGroup, type PatientOutcome } from './patient.js';
import { RunDatabase } from './pg-results.js';
import { startPool, type BatchRunner } from './pool.js';
import type { WorkStore } from './store.js';
import { loadFiles, openWork, removeWorkStore, writeOutputs, type Progress } from './run.js';

/** The queue every coordinator enqueues into and every worker takes from. */
export const SHARD_QUEUE = 'heliotrope-bulk-shard';

/** Data of a shard job. */
interface ShardJob {
  run: string;
  shard: number;
}

/** Options of a coordinator. */
export interface DistributedOptions {
  input: string;
  out: string;
  asOf?: string;
  resume?: boolean;
  force?: boolean;
  keepWork?: boolean;
  databaseUrl: string;
  /** Bytes of lines buffered per file while reading (default 32 MiB). */
  chunkBytes?: number;
  /** Bytes of lines a bucket of the work store is meant to hold (default 64 MiB; see `store.ts`). */
  bucketBytes?: number;
  /** Patients per shard (default 250; a shard holds patients of one bucket). */
  shardSize?: number;
  /**
   * Seconds a worker may hold a shard (default 900). A job still active after that is taken to be lost
   * (its worker died) and retried; a worker whose shard takes longer is cut off and the shard retried.
   */
  shardTimeout?: number;
  /** Attempts after the first before a shard counts as failed (default 5). */
  retryLimit?: number;
  /** Seconds between the queue's maintenance passes, which retry expired jobs (default shardTimeout / 4, 1–120). */
  maintenanceInterval?: number;
  /** Seconds between progress reads (default 1). */
  pollInterval?: number;
  progress?: Progress;
  /** Log line (standard error in the CLI): run id, shard counts. No patient data. */
  log?: (line: string) => void;
}

/** What a coordinator produced. */
export interface DistributedResult {
  runId: string;
  summary: PopulationSummary;
  /** Shards enqueued by this invocation (0 when it re-attached to an enqueued run). */
  shardsEnqueued: number;
  seconds: number;
}

const silent: Progress = { start: () => undefined, update: () => undefined, end: () => undefined };

/** Connection for pg-boss calls made inside one of our transactions. */
const inTransaction = (c: { query: (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }> }) => ({
  executeSql: async (text: string, values: unknown[]) => ({ rows: (await c.query(text, values)).rows }),
});

async function startBoss(
  url: string,
  maintenanceIntervalSeconds: number,
  log: (s: string) => void,
): Promise<PgBoss> {
  const boss = new PgBoss({ connectionString: url, maintenanceIntervalSeconds, max: 2 });
  // Queue errors are operational (connection lost, maintenance); they carry no patient data.
  boss.on('error', (e: Error) => log(`queue: ${e.message}`));
  await boss.start();
  if (!(await boss.getQueue(SHARD_QUEUE))) {
    try {
      await boss.createQueue(SHARD_QUEUE);
    } catch (e) {
      if (!(await boss.getQueue(SHARD_QUEUE))) throw e;
    }
  }
  return boss;
}

/** The distributed run recorded in a work store (a new id recorded on first use). */
function runIdOf(store: WorkStore): string {
  let id = store.meta('distributedRun');
  if (!id) {
    id = randomUUID();
    store.setMeta('distributedRun', id);
  }
  return id;
}

/**
 * Runs (or, with `resume`, re-attaches to) a distributed run: load, shard, enqueue, follow, write outputs.
 * @param o - options
 * @throws InputError for bad input or a directory that holds another run; Error when shards failed
 */
export async function runDistributed(o: DistributedOptions): Promise<DistributedResult> {
  const t0 = performance.now();
  const progress = o.progress ?? silent;
  const log = o.log ?? (() => undefined);
  const shardSize = o.shardSize ?? 250;
  const shardTimeout = o.shardTimeout ?? 900;
  const retryLimit = o.retryLimit ?? 5;
  if (!Number.isInteger(shardSize) || shardSize < 1) throw new InputError('shard size: a whole number ≥ 1');
  const { store, asOf, workPath } = openWork(o);
  if (!store.meta('distributedRun') && store.doneCount() > 0) {
    store.close();
    throw new InputError(`${o.out} holds a local run: resume it without --distributed`);
  }
  const db = new RunDatabase(o.databaseUrl);
  let boss: PgBoss | undefined;
  try {
    await db.migrate();
    boss = await startBoss(
      o.databaseUrl,
      o.maintenanceInterval ?? Math.min(120, Math.max(1, Math.floor(shardTimeout / 4))),
      log,
    );
    await loadFiles(store, o, progress);
    const total = store.group();
    const runId = runIdOf(store);
    await db.createRun(runId, asOf, ENGINE_VERSION);
    let run = (await db.run(runId))!;
    if (run.asOf !== asOf || run.engine !== ENGINE_VERSION)
      throw new InputError(`run ${runId} in the database has another reference day or engine version`);
    let shardsEnqueued = 0;
    if (run.state === 'loading') {
      log(
        `run ${runId}: writing ${total.toLocaleString('en')} patients to the database in shards of ${shardSize}`,
      );
      progress.start('sharding', total, 'patients');
      const tShard = performance.now();
      const written = await db.shardNumbers(runId);
      const orphans: { file: number; line: number; kind: string; seq: number | null }[] = [];
      let orphanCount = 0;
      let shard = 0;
      let batchKeys: { seq: number; key: string }[] = [];
      let seen = 0;
      const flush = async () => {
        if (!batchKeys.length) return;
        if (!written.has(shard)) await db.addShard(runId, shard, store.patientGroups(batchKeys));
        shard++;
        batchKeys = [];
      };
      let bucket = -1;
      for (const p of store.pendingByBucket()) {
        seen++;
        // A shard holds patients of one bucket (its lines come from that bucket's rows alone).
        if (p.bucket !== bucket) {
          await flush();
          bucket = p.bucket;
        }
        if (p.npatient === 0) {
          const g = store.patientGroup(p.seq, p.key);
          for (const part of g.parts)
            for (const line of part.lines)
              orphans.push({ file: part.file, line, kind: 'unknown-patient', seq: p.seq });
          orphanCount++;
          continue;
        }
        batchKeys.push({ seq: p.seq, key: p.key });
        if (batchKeys.length >= shardSize) await flush();
        if (seen % 1000 === 0) progress.update(seen);
      }
      progress.update(seen);
      await flush();
      progress.end();
      const files = store.files();
      const reading = [...store.allBadLines()].map((b) => ({ ...b, seq: null }));
      const shards = shard;
      const id = runId;
      await db.tx(async (c) => {
        const locked = await c.query<{ state: string }>(
          'SELECT state FROM heliotrope_bulk_run WHERE id = $1 FOR UPDATE',
          [id],
        );
        if (locked.rows[0]?.state !== 'loading') return;
        await c.query('DELETE FROM heliotrope_bulk_bad WHERE run_id = $1', [id]);
        await db.addBadLines(id, [...reading, ...orphans], c);
        await c.query(
          `UPDATE heliotrope_bulk_run SET state = 'queued', patients = $2, orphans = $3, shards = $4, input = $5 WHERE id = $1`,
          [
            id,
            total - orphanCount,
            orphanCount,
            shards,
            JSON.stringify({
              files: files.map((f) => ({ name: basename(f.path), type: f.type, lines: f.lines })),
              lines: files.reduce((a, f) => a + f.lines, 0),
              outsidePatientCompartment: store.outsideByType(),
              fileNames: files.map((f) => basename(f.path)),
            }),
          ],
        );
        const jobs = Array.from({ length: shards }, (_, k) => ({
          name: SHARD_QUEUE,
          data: { run: id, shard: k } satisfies ShardJob,
          retryLimit,
          expireInSeconds: shardTimeout,
          singletonKey: `${id}:${k}`,
        }));
        for (let i = 0; i < jobs.length; i += 1000)
          await boss!.insert(jobs.slice(i, i + 1000), { db: inTransaction(c) });
        shardsEnqueued = shards;
      });
      run = (await db.run(runId))!;
      log(`run ${runId}: sharding and enqueueing took ${((performance.now() - tShard) / 1000).toFixed(3)} s`);
      log(
        `run ${runId}: ${run.shards} shards enqueued; start workers with: heliotrope worker --database-url <url>`,
      );
    } else {
      // Re-attaching: shards whose attempts ran out are given another round (e.g. after the database or
      // the workers were repaired).
      const failed = await db.pool.query<{ id: string }>(
        `SELECT id FROM pgboss.job WHERE name = $1 AND state = 'failed' AND data->>'run' = $2`,
        [SHARD_QUEUE, runId],
      );
      if (failed.rows.length)
        await boss.retry(
          SHARD_QUEUE,
          failed.rows.map((r) => r.id),
        );
      log(
        `run ${runId}: re-attached (${run.state}${failed.rows.length ? `, ${failed.rows.length} failed shard(s) retried` : ''})`,
      );
    }

    if (run.state !== 'finished') {
      progress.start('assessing', run.patients + run.orphans, 'patients');
      const pollMs = (o.pollInterval ?? 1) * 1000;
      for (;;) {
        const p = await db.progress(runId);
        progress.update(p.done);
        if (p.shardsDone >= p.shards) break;
        const failed = await db.pool.query<{ n: string }>(
          `SELECT COUNT(*) AS n FROM pgboss.job WHERE name = $1 AND state = 'failed' AND data->>'run' = $2`,
          [SHARD_QUEUE, runId],
        );
        if (Number(failed.rows[0]!.n) > 0)
          throw new Error(
            `run ${runId}: ${failed.rows[0]!.n} shard(s) failed after ${retryLimit + 1} attempts (see the workers' logs); the run stays in the database`,
          );
        await new Promise((r) => setTimeout(r, pollMs));
      }
      progress.end();
    }
    const summary = await writeOutputs(db.source(run), o.out, asOf);
    await db.pool.query(
      "UPDATE heliotrope_bulk_run SET state = 'finished', finished_at = COALESCE(finished_at, now()) WHERE id = $1",
      [runId],
    );
    // The shards' copies of the export are not needed any more; results and bad lines stay.
    await db.pool.query('UPDATE heliotrope_bulk_shard SET payload = NULL WHERE run_id = $1', [runId]);
    store.close();
    if (!o.keepWork) removeWorkStore(workPath);
    return { runId, summary, shardsEnqueued, seconds: (performance.now() - t0) / 1000 };
  } finally {
    if (store.db.open) store.close();
    await boss?.stop({ graceful: false, wait: true }).catch(() => undefined);
    await db.close();
  }
}

/** Options of a worker process. */
export interface WorkerOptions {
  databaseUrl: string;
  /** Worker threads that assess a shard's patients (0: in this thread). */
  threads: number;
  /** Patients per batch sent to a thread (default 64). */
  batchSize?: number;
  /** Seconds between polls for a job when the queue is empty (default 2). */
  pollInterval?: number;
  /** Seconds between the queue's maintenance passes (default 60). */
  maintenanceInterval?: number;
  /** Log line (standard error in the CLI): shard numbers, counts, timings. No patient data. */
  log?: (line: string) => void;
}

/** A running worker. */
export interface RunningWorker {
  /** Shards this worker stored. */
  readonly shardsDone: number;
  /** Stops taking jobs, lets the shard in hand finish, closes connections. */
  stop(): Promise<void>;
}

/**
 * Starts a worker: takes shard jobs one at a time until stopped.
 * @param o - options
 */
export async function startWorker(o: WorkerOptions): Promise<RunningWorker> {
  const log = o.log ?? (() => undefined);
  const db = new RunDatabase(o.databaseUrl, 2);
  await db.migrate();
  const boss = await startBoss(o.databaseUrl, o.maintenanceInterval ?? 60, log);
  let pool: { asOf: string; runner: BatchRunner } | undefined;
  let shardsDone = 0;
  const batchSize = o.batchSize ?? 64;

  const assess = async (groups: PatientGroup[], asOf: string): Promise<PatientOutcome[]> => {
    if (o.threads <= 0) return groups.map((g) => processGroup(g, defaultImporter, asOf));
    if (pool?.asOf !== asOf) {
      await pool?.runner.close();
      pool = { asOf, runner: startPool(o.threads, asOf) };
    }
    const runner = pool.runner;
    const batches: Promise<PatientOutcome[]>[] = [];
    for (let i = 0; i < groups.length; i += batchSize)
      batches.push(runner.run(groups.slice(i, i + batchSize)));
    return (await Promise.all(batches)).flat();
  };

  await boss.work<ShardJob>(
    SHARD_QUEUE,
    { batchSize: 1, pollingIntervalSeconds: o.pollInterval ?? 2 },
    async ([job]) => {
      const data = job!.data;
      if (typeof data?.run !== 'string' || !Number.isInteger(data.shard))
        throw new Error(`job ${job!.id}: not a shard job`);
      const t = performance.now();
      let outcomes: PatientOutcome[];
      let tAssess: number;
      let tStore: number;
      try {
        const taken = await db.takeShard(data.run, data.shard, `${hostname()}:${process.pid}`);
        if (!taken) return; // stored already by an earlier attempt
        // Results of one run come from one engine version: another version leaves the shard to the queue.
        if (taken.engine !== ENGINE_VERSION)
          throw new Error(`the run needs engine ${taken.engine}; this worker runs ${ENGINE_VERSION}`);
        tAssess = performance.now();
        outcomes = await assess(taken.groups, taken.asOf);
        tStore = performance.now();
        await db.completeShard(data.run, data.shard, outcomes);
      } catch (e) {
        // The queue retries the shard; the message names no patient (database or worker-thread errors).
        log(
          `run ${data.run} shard ${data.shard}: failed (${e instanceof Error ? e.message : 'error'}); the queue retries it`,
        );
        throw e;
      }
      shardsDone++;
      const s = (a: number, b: number) => ((b - a) / 1000).toFixed(3);
      const end = performance.now();
      log(
        `run ${data.run} shard ${data.shard}: ${outcomes.length} patients in ${s(t, end)} s (take ${s(t, tAssess)} s, assess ${s(tAssess, tStore)} s, store ${s(tStore, end)} s)`,
      );
    },
  );
  log(`worker: taking shards from ${SHARD_QUEUE}`);
  return {
    get shardsDone() {
      return shardsDone;
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 60000 });
      await pool?.runner.close();
      await db.close();
    },
  };
}
