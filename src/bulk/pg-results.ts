/**
 * The PostgreSQL side of a distributed population run: the run, its shards (each a gzip-compressed JSON
 * payload of grouped patients), the results (one row per run and patient, upserted) and the bad lines. The
 * database is the only state that coordinator and workers share; the job queue (pg-boss) lives in its own
 * schema of the same database. Progress and the summary are read from these tables, so any machine can show
 * them.
 * @module
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import pg from 'pg';
import type { LineError, PatientGroup } from './patient.js';
import { onWorklist, worklistKey, type ResultRow } from '../assess/population-results/row.js';
import type { ResultSource, SummaryInput } from './run.js';

/** Tables of distributed runs (created if missing; names prefixed so they sit beside the server's). */
const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS heliotrope_bulk_run (
  id text PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now(),
  as_of text NOT NULL,
  engine text NOT NULL,
  state text NOT NULL,
  patients integer NOT NULL DEFAULT 0,
  orphans integer NOT NULL DEFAULT 0,
  shards integer NOT NULL DEFAULT 0,
  input jsonb,
  finished_at timestamptz);
CREATE TABLE IF NOT EXISTS heliotrope_bulk_shard (
  run_id text NOT NULL REFERENCES heliotrope_bulk_run (id) ON DELETE CASCADE,
  shard integer NOT NULL,
  patients integer NOT NULL,
  payload bytea,
  attempts integer NOT NULL DEFAULT 0,
  taken_by text,
  done_at timestamptz,
  PRIMARY KEY (run_id, shard));
ALTER TABLE heliotrope_bulk_shard ADD COLUMN IF NOT EXISTS taken_by text;
CREATE TABLE IF NOT EXISTS heliotrope_bulk_result (
  run_id text NOT NULL REFERENCES heliotrope_bulk_run (id) ON DELETE CASCADE,
  patient text NOT NULL,
  seq integer NOT NULL,
  row text NOT NULL,
  worklist boolean NOT NULL,
  overdue_rank integer NOT NULL,
  oldest_due text NOT NULL,
  tier_rank integer NOT NULL,
  PRIMARY KEY (run_id, patient));
CREATE UNIQUE INDEX IF NOT EXISTS heliotrope_bulk_result_seq ON heliotrope_bulk_result (run_id, seq);
CREATE INDEX IF NOT EXISTS heliotrope_bulk_result_worklist ON heliotrope_bulk_result
  (run_id, overdue_rank, oldest_due COLLATE "C", tier_rank, patient COLLATE "C") WHERE worklist;
CREATE TABLE IF NOT EXISTS heliotrope_bulk_bad (
  run_id text NOT NULL REFERENCES heliotrope_bulk_run (id) ON DELETE CASCADE,
  file integer NOT NULL,
  line integer NOT NULL,
  kind text NOT NULL,
  seq integer);
CREATE INDEX IF NOT EXISTS heliotrope_bulk_bad_seq ON heliotrope_bulk_bad (run_id, seq);
CREATE INDEX IF NOT EXISTS heliotrope_bulk_bad_line ON heliotrope_bulk_bad (run_id, file, line);
`;

/** A run as stored. */
export interface StoredRun {
  id: string;
  asOf: string;
  engine: string;
  /** `loading` (shards being written), `queued` (jobs enqueued), `finished` (outputs written). */
  state: 'loading' | 'queued' | 'finished';
  patients: number;
  orphans: number;
  shards: number;
  input: (Omit<SummaryInput, 'badLines' | 'unknownPatients'> & { fileNames: string[] }) | null;
}

/** Progress of a run, from the database. */
export interface RunProgress {
  /** Patients with a stored result, plus patients referenced without a Patient resource. */
  done: number;
  total: number;
  shardsDone: number;
  shards: number;
}

/** A run with its progress, as the Population page lists it. */
export interface RunListing {
  id: string;
  /** ISO timestamps. */
  createdAt: string;
  finishedAt: string | null;
  asOf: string;
  engine: string;
  state: StoredRun['state'];
  /** Patients of the run (with a Patient resource; 0 while `loading`). */
  total: number;
  /** Patients with a stored result. */
  done: number;
  /** Patients referenced by resources but absent from the export (no result row; counted as bad lines). */
  unknownPatients: number;
  /** Patients with a result that could not be assessed (an error row). */
  failed: number;
  shards: number;
  shardsDone: number;
}

/** PostgreSQL's error code for a missing table. */
const UNDEFINED_TABLE = '42P01';

/** The worklist order (as the local store's: SQLite compares text bytewise, hence COLLATE "C"). */
const WORKLIST_ORDER = 'overdue_rank, oldest_due COLLATE "C", tier_rank, patient COLLATE "C"';
/** The worklist order reversed (a previous page is read backwards from its cursor, then turned round). */
const WORKLIST_ORDER_DESC =
  'overdue_rank DESC, oldest_due COLLATE "C" DESC, tier_rank DESC, patient COLLATE "C" DESC';

/**
 * A row's place on the worklist: the stored sort keys (`worklistKey` of the row) and the patient id, which
 * is unique in a run, so that a key names one row.
 */
export interface WorklistKey {
  overdue: number;
  oldestDue: string;
  tierRank: number;
  patient: string;
}

/** Where a page of the worklist starts: after a row's key (the next page) or before it (the previous one). */
export interface WorklistCursor {
  direction: 'after' | 'before';
  key: WorklistKey;
}

/** A shard's payload as written before the binary layout: the grouped lines as JSON text. */
interface JsonShardPayload {
  groups: { seq: number; key: string; parts: { file: number; lines: number[]; data: string }[] }[];
}

/** The binary layout's header: each part's file, line numbers and byte length; the bytes follow it. */
interface ShardHeader {
  groups: { seq: number; key: string; parts: { file: number; lines: number[]; size: number }[] }[];
}

/** First bytes of a shard in the binary layout (before gzip: a JSON payload starts with `{`). */
const SHARD_MAGIC = Buffer.from('HSB1');

/**
 * Encodes a shard's patients: `HSB1`, then gzip (level 1) of a 4-byte header length, the header (JSON: the
 * patients, their parts' files, line numbers and byte lengths) and the parts' raw bytes one after the
 * other. The lines travel as the bytes the export holds — no JSON escaping of the lines on the coordinator
 * and no JSON parsing of them on the worker (that costed three times as much CPU as the gzip).
 * @param groups - the grouped patients
 */
export function encodeShard(groups: PatientGroup[]): Buffer {
  const datas: Uint8Array[] = [];
  const header: ShardHeader = {
    groups: groups.map((g) => ({
      seq: g.seq,
      key: g.key,
      parts: g.parts.map((part) => {
        datas.push(part.data);
        return { file: part.file, lines: Array.from(part.lines), size: part.data.byteLength };
      }),
    })),
  };
  const head = Buffer.from(JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(head.length, 0);
  return Buffer.concat([SHARD_MAGIC, gzipSync(Buffer.concat([len, head, ...datas]), { level: 1 })]);
}

/**
 * Decodes a shard's payload (the binary layout, or the JSON one of earlier versions).
 * @param payload - as written by {@link encodeShard}
 */
export function decodeShard(payload: Buffer): PatientGroup[] {
  if (payload.subarray(0, SHARD_MAGIC.length).equals(SHARD_MAGIC)) {
    const body = gunzipSync(payload.subarray(SHARD_MAGIC.length));
    const headLen = body.readUInt32LE(0);
    const header = JSON.parse(body.toString('utf8', 4, 4 + headLen)) as ShardHeader;
    let pos = 4 + headLen;
    return header.groups.map((g) => ({
      seq: g.seq,
      key: g.key,
      parts: g.parts.map((part) => {
        // A copy: a view into the shard's buffer would carry the whole buffer to a worker thread.
        const data = Uint8Array.prototype.slice.call(body, pos, pos + part.size);
        pos += part.size;
        return { file: part.file, lines: Uint32Array.from(part.lines), data };
      }),
    }));
  }
  const p = JSON.parse(gunzipSync(payload).toString('utf8')) as JsonShardPayload;
  return p.groups.map((g) => ({
    seq: g.seq,
    key: g.key,
    parts: g.parts.map((part) => ({
      file: part.file,
      lines: Uint32Array.from(part.lines),
      data: Buffer.from(part.data, 'utf8'),
    })),
  }));
}

/** A client or pool to run queries on. */
type Queryable = pg.Pool | pg.PoolClient;

/** The distributed-run tables on one PostgreSQL database. */
export class RunDatabase {
  readonly pool: pg.Pool;

  /**
   * Connects (lazily) to the database.
   * @param url - `postgres://…`
   * @param max - pool size
   */
  constructor(url: string, max = 4) {
    this.pool = new pg.Pool({ connectionString: url, max });
  }

  /** Creates the tables if missing (idempotent; concurrent callers are serialised by an advisory lock). */
  async migrate(): Promise<void> {
    await this.tx(async (c) => {
      await c.query("SELECT pg_advisory_xact_lock(hashtext('heliotrope_bulk_schema'))");
      await c.query(SCHEMA_SQL);
    });
  }

  /** Runs `fn` in a transaction. */
  async tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      const r = await fn(c);
      await c.query('COMMIT');
      return r;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      c.release();
    }
  }

  /** Closes the pool. */
  async close(): Promise<void> {
    await this.pool.end();
  }

  /** A run, or undefined. */
  async run(id: string, q: Queryable = this.pool): Promise<StoredRun | undefined> {
    const r = await q.query<{
      id: string;
      as_of: string;
      engine: string;
      state: StoredRun['state'];
      patients: number;
      orphans: number;
      shards: number;
      input: StoredRun['input'];
    }>(
      'SELECT id, as_of, engine, state, patients, orphans, shards, input FROM heliotrope_bulk_run WHERE id = $1',
      [id],
    );
    const row = r.rows[0];
    if (!row) return undefined;
    return {
      id: row.id,
      asOf: row.as_of,
      engine: row.engine,
      state: row.state,
      patients: row.patients,
      orphans: row.orphans,
      shards: row.shards,
      input: row.input,
    };
  }

  /** Creates a run in state `loading` (nothing if it exists). */
  async createRun(id: string, asOf: string, engine: string): Promise<void> {
    await this.pool.query(
      "INSERT INTO heliotrope_bulk_run (id, as_of, engine, state) VALUES ($1, $2, $3, 'loading') ON CONFLICT (id) DO NOTHING",
      [id, asOf, engine],
    );
  }

  /** Shards of a run already written (by number). */
  async shardNumbers(runId: string): Promise<Set<number>> {
    const r = await this.pool.query<{ shard: number }>(
      'SELECT shard FROM heliotrope_bulk_shard WHERE run_id = $1',
      [runId],
    );
    return new Set(r.rows.map((x) => x.shard));
  }

  /** Writes one shard (idempotent). */
  async addShard(runId: string, shard: number, groups: PatientGroup[]): Promise<void> {
    await this.pool.query(
      'INSERT INTO heliotrope_bulk_shard (run_id, shard, patients, payload) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
      [runId, shard, groups.length, encodeShard(groups)],
    );
  }

  /** Records bad lines found by the coordinator (reading, or lines of patients absent from the export). */
  async addBadLines(
    runId: string,
    bad: { file: number; line: number; kind: string; seq: number | null }[],
    q: Queryable = this.pool,
  ): Promise<void> {
    for (let i = 0; i < bad.length; i += 5000) {
      const part = bad.slice(i, i + 5000);
      await q.query(
        `INSERT INTO heliotrope_bulk_bad (run_id, file, line, kind, seq)
         SELECT $1, * FROM unnest($2::int[], $3::int[], $4::text[], $5::int[])`,
        [
          runId,
          part.map((b) => b.file),
          part.map((b) => b.line),
          part.map((b) => b.kind),
          part.map((b) => b.seq),
        ],
      );
    }
  }

  /**
   * A shard's payload and its run's reference day, counting the attempt and recording who took it;
   * undefined when already done.
   * @param runId - the run
   * @param shard - the shard number
   * @param worker - who takes it (host and process id)
   */
  async takeShard(
    runId: string,
    shard: number,
    worker: string,
  ): Promise<{ asOf: string; engine: string; groups: PatientGroup[] } | undefined> {
    const r = await this.pool.query<{ as_of: string; engine: string; payload: Buffer | null; done: boolean }>(
      `UPDATE heliotrope_bulk_shard s SET attempts = attempts + 1, taken_by = $3 FROM heliotrope_bulk_run r
       WHERE s.run_id = $1 AND s.shard = $2 AND r.id = s.run_id
       RETURNING r.as_of, r.engine, s.payload, s.done_at IS NOT NULL AS done`,
      [runId, shard, worker],
    );
    const row = r.rows[0];
    if (!row) throw new Error(`shard ${shard} of run ${runId} is not in the database`);
    if (row.done || !row.payload) return undefined;
    return { asOf: row.as_of, engine: row.engine, groups: decodeShard(row.payload) };
  }

  /**
   * Stores a shard's outcomes in one transaction: results upserted by (run, patient), the shard's earlier
   * bad lines replaced, the shard marked done. Running it twice (a retried shard) leaves the same rows.
   */
  async completeShard(
    runId: string,
    shard: number,
    outcomes: { seq: number; row: ResultRow; errors: LineError[] }[],
  ): Promise<void> {
    await this.tx(async (c) => {
      const keys = outcomes.map((o) => worklistKey(o.row));
      await c.query(
        `INSERT INTO heliotrope_bulk_result (run_id, patient, seq, row, worklist, overdue_rank, oldest_due, tier_rank)
         SELECT $1, * FROM unnest($2::text[], $3::int[], $4::text[], $5::boolean[], $6::int[], $7::text[], $8::int[])
         ON CONFLICT (run_id, patient) DO UPDATE SET seq = excluded.seq, row = excluded.row,
           worklist = excluded.worklist, overdue_rank = excluded.overdue_rank, oldest_due = excluded.oldest_due,
           tier_rank = excluded.tier_rank`,
        [
          runId,
          outcomes.map((o) => o.row.patientId),
          outcomes.map((o) => o.seq),
          outcomes.map((o) => JSON.stringify(o.row)),
          outcomes.map((o) => onWorklist(o.row)),
          keys.map((k) => k.overdue),
          keys.map((k) => k.oldestDue),
          keys.map((k) => k.tierRank),
        ],
      );
      await c.query('DELETE FROM heliotrope_bulk_bad WHERE run_id = $1 AND seq = ANY($2::int[])', [
        runId,
        outcomes.map((o) => o.seq),
      ]);
      await this.addBadLines(
        runId,
        outcomes.flatMap((o) =>
          o.errors.map((e) => ({ file: e.file, line: e.line, kind: e.kind, seq: o.seq })),
        ),
        c,
      );
      await c.query('UPDATE heliotrope_bulk_shard SET done_at = now() WHERE run_id = $1 AND shard = $2', [
        runId,
        shard,
      ]);
    });
  }

  /** Progress of a run. */
  async progress(runId: string): Promise<RunProgress> {
    const r = await this.pool.query<{ done: string; total: number; shards_done: string; shards: number }>(
      `SELECT (SELECT COUNT(*) FROM heliotrope_bulk_result WHERE run_id = $1) + r.orphans AS done,
              r.patients + r.orphans AS total,
              (SELECT COUNT(*) FROM heliotrope_bulk_shard WHERE run_id = $1 AND done_at IS NOT NULL) AS shards_done,
              r.shards
       FROM heliotrope_bulk_run r WHERE r.id = $1`,
      [runId],
    );
    const row = r.rows[0];
    if (!row) throw new Error(`run ${runId} is not in the database`);
    return {
      done: Number(row.done),
      total: row.total,
      shardsDone: Number(row.shards_done),
      shards: row.shards,
    };
  }

  /**
   * Every run, newest first, with its progress: patients (with a result / total), patients that could not
   * be assessed, shards. No run tables yet (no distributed run ever started on this database): none.
   */
  async listRuns(): Promise<RunListing[]> {
    let r: pg.QueryResult<{
      id: string;
      created_at: Date;
      finished_at: Date | null;
      as_of: string;
      engine: string;
      state: StoredRun['state'];
      total: number;
      orphans: number;
      done: string;
      failed: string;
      shards: number;
      shards_done: string;
    }>;
    try {
      r = await this.pool.query(
        `SELECT r.id, r.created_at, r.finished_at, r.as_of, r.engine, r.state, r.patients AS total,
                r.orphans, COALESCE(x.done, 0) AS done, COALESCE(x.failed, 0) AS failed, r.shards,
                (SELECT COUNT(*) FROM heliotrope_bulk_shard s WHERE s.run_id = r.id AND s.done_at IS NOT NULL) AS shards_done
         FROM heliotrope_bulk_run r
         LEFT JOIN (SELECT run_id, COUNT(*) AS done, COUNT(*) FILTER (WHERE row::jsonb ? 'error') AS failed
                    FROM heliotrope_bulk_result GROUP BY run_id) x ON x.run_id = r.id
         ORDER BY r.created_at DESC, r.id`,
      );
    } catch (e) {
      if ((e as { code?: string }).code === UNDEFINED_TABLE) return [];
      throw e;
    }
    return r.rows.map((x) => ({
      id: x.id,
      createdAt: x.created_at.toISOString(),
      finishedAt: x.finished_at ? x.finished_at.toISOString() : null,
      asOf: x.as_of,
      engine: x.engine,
      state: x.state,
      total: x.total,
      done: Number(x.done),
      unknownPatients: x.orphans,
      failed: Number(x.failed),
      shards: x.shards,
      shardsDone: Number(x.shards_done),
    }));
  }

  /**
   * One run's listing, or undefined (also when no run table exists).
   * @param id - the run
   */
  async listing(id: string): Promise<RunListing | undefined> {
    return (await this.listRuns()).find((r) => r.id === id);
  }

  /**
   * A page of a run's worklist, most urgent first (the order of worklist.csv), by keyset along the partial
   * index `heliotrope_bulk_result_worklist`: the rows after a key (or before it, for the previous page), never
   * an `OFFSET`. The rank of the page's first row and the worklist's length come from one count over the same
   * index.
   * @param runId - the run
   * @param from - the rows after `key` (`after`) or before it (`before`); none: the first page
   * @param limit - rows to return
   */
  async worklistPage(
    runId: string,
    from: WorklistCursor | undefined,
    limit: number,
  ): Promise<{ total: number; first: number; rows: { row: ResultRow; key: WorklistKey }[] }> {
    type Row = { row: string; overdue_rank: number; oldest_due: string; tier_rank: number; patient: string };
    const k = from?.key;
    const page = await this.pool.query<Row>(
      `SELECT row, overdue_rank, oldest_due, tier_rank, patient FROM heliotrope_bulk_result
       WHERE run_id = $1 AND worklist${k ? ` AND (${WORKLIST_ORDER}) ${from.direction === 'after' ? '>' : '<'} ($3, $4, $5, $6)` : ''}
       ORDER BY ${from?.direction === 'before' ? WORKLIST_ORDER_DESC : WORKLIST_ORDER} LIMIT $2`,
      k ? [runId, limit, k.overdue, k.oldestDue, k.tierRank, k.patient] : [runId, limit],
    );
    if (from?.direction === 'before') page.rows.reverse();
    const rows = page.rows.map((r) => ({
      row: JSON.parse(r.row) as ResultRow,
      key: { overdue: r.overdue_rank, oldestDue: r.oldest_due, tierRank: r.tier_rank, patient: r.patient },
    }));
    const head = rows[0]?.key;
    const count = await this.pool.query<{ total: string; before: string }>(
      head
        ? `SELECT COUNT(*) AS total, COUNT(*) FILTER (WHERE (${WORKLIST_ORDER}) < ($2, $3, $4, $5)) AS before
           FROM heliotrope_bulk_result WHERE run_id = $1 AND worklist`
        : `SELECT COUNT(*) AS total, 0 AS before FROM heliotrope_bulk_result WHERE run_id = $1 AND worklist`,
      head ? [runId, head.overdue, head.oldestDue, head.tierRank, head.patient] : [runId],
    );
    const c = count.rows[0]!;
    return { total: Number(c.total), first: Number(c.before) + 1, rows };
  }

  /**
   * One patient's result row in a run, with its rank on the worklist (1 = most urgent; null when not on it):
   * one more than the worklist rows before the patient's key, counted along the partial index.
   * @param runId - the run
   * @param patientId - FHIR `Patient.id`
   */
  async patientResult(
    runId: string,
    patientId: string,
  ): Promise<{ row: ResultRow; worklistRank: number | null } | undefined> {
    const r = await this.pool.query<{
      row: string;
      worklist: boolean;
      overdue_rank: number;
      oldest_due: string;
      tier_rank: number;
    }>(
      `SELECT row, worklist, overdue_rank, oldest_due, tier_rank FROM heliotrope_bulk_result
       WHERE run_id = $1 AND patient = $2`,
      [runId, patientId],
    );
    const found = r.rows[0];
    if (!found) return undefined;
    let worklistRank: number | null = null;
    if (found.worklist) {
      const before = await this.pool.query<{ n: string }>(
        `SELECT COUNT(*) AS n FROM heliotrope_bulk_result
         WHERE run_id = $1 AND worklist AND (${WORKLIST_ORDER}) < ($2, $3, $4, $5)`,
        [runId, found.overdue_rank, found.oldest_due, found.tier_rank, patientId],
      );
      worklistRank = Number(before.rows[0]!.n) + 1;
    }
    return { row: JSON.parse(found.row) as ResultRow, worklistRank };
  }

  /**
   * Reads a run's results, worklist and bad lines for the outputs (streamed in pages).
   * @param run - the run
   * @param pageSize - worklist rows per page
   */
  source(run: StoredRun, pageSize = 2000): ResultSource {
    const pool = this.pool;
    const input = run.input;
    if (!input) throw new Error(`run ${run.id} has no input summary yet`);
    const name = (file: number) => input.fileNames[file] ?? String(file);
    const id = run.id;
    return {
      async *results() {
        let after = -1;
        for (;;) {
          const page = await pool.query<{ seq: number; row: string }>(
            'SELECT seq, row FROM heliotrope_bulk_result WHERE run_id = $1 AND seq > $2 ORDER BY seq LIMIT 2000',
            [id, after],
          );
          if (!page.rows.length) return;
          for (const r of page.rows) yield r.row;
          after = page.rows[page.rows.length - 1]!.seq;
        }
      },
      // Keyset pages along the partial index heliotrope_bulk_result_worklist, each after the last key of the
      // previous page (patient ids are unique in a run); no OFFSET.
      async *worklist() {
        type Row = {
          row: string;
          overdue_rank: number;
          oldest_due: string;
          tier_rank: number;
          patient: string;
        };
        const cols = 'row, overdue_rank, oldest_due, tier_rank, patient';
        let page = await pool.query<Row>(
          `SELECT ${cols} FROM heliotrope_bulk_result WHERE run_id = $1 AND worklist
           ORDER BY ${WORKLIST_ORDER} LIMIT $2`,
          [id, pageSize],
        );
        while (page.rows.length) {
          for (const r of page.rows) yield r.row;
          const last = page.rows[page.rows.length - 1]!;
          page = await pool.query<Row>(
            `SELECT ${cols} FROM heliotrope_bulk_result WHERE run_id = $1 AND worklist
               AND (${WORKLIST_ORDER}) > ($2, $3, $4, $5)
             ORDER BY ${WORKLIST_ORDER} LIMIT $6`,
            [id, last.overdue_rank, last.oldest_due, last.tier_rank, last.patient, pageSize],
          );
        }
      },
      async *badLines() {
        let after = { file: -1, line: 0 };
        for (;;) {
          const page = await pool.query<{ file: number; line: number; kind: string }>(
            `SELECT file, line, kind FROM heliotrope_bulk_bad WHERE run_id = $1 AND (file, line) > ($2, $3)
             ORDER BY file, line LIMIT 5000`,
            [id, after.file, after.line],
          );
          if (!page.rows.length) return;
          for (const b of page.rows) yield { file: name(b.file), line: b.line, kind: b.kind };
          const last = page.rows[page.rows.length - 1]!;
          after = { file: last.file, line: last.line };
        }
      },
      async input() {
        const kinds = await pool.query<{ kind: string; n: string }>(
          'SELECT kind, COUNT(*) AS n FROM heliotrope_bulk_bad WHERE run_id = $1 GROUP BY kind ORDER BY kind COLLATE "C"',
          [id],
        );
        const byKind: Record<string, number> = {};
        let total = 0;
        for (const k of kinds.rows) {
          byKind[k.kind] = Number(k.n);
          total += Number(k.n);
        }
        const first = await pool.query<{ file: number; line: number; kind: string }>(
          'SELECT file, line, kind FROM heliotrope_bulk_bad WHERE run_id = $1 ORDER BY file, line LIMIT 100',
          [id],
        );
        return {
          files: input.files,
          lines: input.lines,
          badLines: {
            total,
            byKind,
            first: first.rows.map((b) => ({ file: name(b.file), line: b.line, kind: b.kind })),
          },
          outsidePatientCompartment: input.outsidePatientCompartment,
          unknownPatients: run.orphans,
        };
      },
    };
  }
}
