/**
 * Test helper: a distributed run written into the run tables as the coordinator and the workers write it,
 * from the result rows of a local run of the same export — so that what the server reads from PostgreSQL can
 * be compared with the local run's files without a job queue or worker processes.
 * @module
 */
import type { ResultRow } from '../src/assess/population-results/row.js';
import type { PopulationSummary } from '../src/assess/population-results/summary.js';
import type { RunDatabase } from '../src/bulk/pg-results.js';

/** A hand-made distributed run. */
export interface TestRun {
  /** Stores shard `s` (its rows, upserted) as a worker does. */
  complete(s: number): Promise<void>;
  /** Marks the run finished, as the coordinator does once every shard is stored. */
  finish(): Promise<void>;
}

/**
 * Creates a run in state `queued`: its input summary, patients and (empty) shards, as the coordinator
 * leaves it once it has enqueued the shards.
 * @param db - the run tables (migrated)
 * @param id - the run id
 * @param rows - the local run's result rows, in patient order
 * @param summary - the local run's summary (reference day, engine, input)
 * @param shardSize - patients per shard
 */
export async function queueTestRun(
  db: RunDatabase,
  id: string,
  rows: ResultRow[],
  summary: PopulationSummary,
  shardSize: number,
): Promise<TestRun> {
  const shards = Math.ceil(rows.length / shardSize);
  await db.createRun(id, summary.asOf, summary.engine.version);
  for (let s = 0; s < shards; s++) await db.addShard(id, s, []);
  await db.pool.query(
    `UPDATE heliotrope_bulk_run SET state = 'queued', patients = $2, orphans = $3, shards = $4, input = $5 WHERE id = $1`,
    [
      id,
      rows.length,
      summary.input.unknownPatients,
      shards,
      JSON.stringify({
        files: summary.input.files,
        lines: summary.input.lines,
        outsidePatientCompartment: summary.input.outsidePatientCompartment,
        fileNames: summary.input.files.map((f) => f.name),
      }),
    ],
  );
  return {
    complete: (s) =>
      db.completeShard(
        id,
        s,
        rows
          .slice(s * shardSize, (s + 1) * shardSize)
          .map((row, i) => ({ seq: s * shardSize + i, row, errors: [] })),
      ),
    finish: async () => {
      await db.pool.query(
        "UPDATE heliotrope_bulk_run SET state = 'finished', finished_at = now() WHERE id = $1",
        [id],
      );
    },
  };
}
