/**
 * The work store of a population run: an embedded SQLite database (better-sqlite3) that groups the export's
 * lines by patient in bounded memory and makes the run restartable.
 *
 * Why SQLite rather than an external sort: the grouping store must also be the checkpoint. Lines go in as
 * they are read — not their bytes but where they are: one row per patient per buffered chunk of a file, with
 * the line numbers and the byte range of each line in the file's source (the export file itself; for a gzip
 * file, the decompressed copy written beside the store while it is read; see `lines.ts`). An index on the
 * patient key then sorts them inside SQLite (its own external merge sort, bounded cache); results are
 * committed per batch in the same database, so a crash at any point loses at most the uncommitted batch and
 * `--resume` skips every patient whose result is stored. A shard of patients (a range of `seq`) can be read
 * by another process with the same queries, which is what a distributed worker needs. WAL journal,
 * synchronous=NORMAL: committed batches survive a killed process (not necessarily a power cut).
 * @module
 */
import Database from 'better-sqlite3';
import type { PatientGroup, StoredOutcome } from './patient.js';
import { readLocated, type LocatedBatch } from './lines.js';

/** A file row of the store. */
export interface StoredFile {
  id: number;
  path: string;
  /** Where the file's lines are read from: the file itself, or its decompressed copy (gzip). */
  source: string;
  type: string | null;
  size: number;
  mtimeMs: number;
  loaded: number;
  lines: number;
}

/** A bad line as stored. */
export interface StoredBadLine {
  file: number;
  line: number;
  kind: string;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
  id INTEGER PRIMARY KEY, path TEXT NOT NULL, source TEXT NOT NULL, type TEXT, size INTEGER NOT NULL,
  mtime INTEGER NOT NULL, loaded INTEGER NOT NULL DEFAULT 0, lines INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS chunk (patient TEXT NOT NULL, file INTEGER NOT NULL, npatient INTEGER NOT NULL,
  pos BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS bad (file INTEGER NOT NULL, line INTEGER NOT NULL, kind TEXT NOT NULL, seq INTEGER);
CREATE INDEX IF NOT EXISTS bad_seq ON bad (seq);
CREATE INDEX IF NOT EXISTS bad_file_line ON bad (file, line);
CREATE TABLE IF NOT EXISTS outside (file INTEGER NOT NULL, type TEXT NOT NULL, n INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS patients (seq INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, npatient INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS results (seq INTEGER PRIMARY KEY, row TEXT NOT NULL, worklist INTEGER NOT NULL,
  overdue_rank INTEGER NOT NULL, oldest_due TEXT NOT NULL, tier_rank INTEGER NOT NULL, patient TEXT NOT NULL);
`;

/**
 * Version of the store's layout, kept in its `meta` table: a work store of another layout (an unfinished run
 * of an earlier version) is not resumed.
 */
export const STORE_FORMAT = '2';

/** SQLite's page cache of the work store, KiB (see docs/population.md, "Eighth pass"). */
export const PAGE_CACHE_KIB = 16 * 1024;

/** A patient's lines in one buffered chunk of a file, as the reading phase collects them. */
export interface ChunkGroup {
  /** 1-based line numbers. */
  lines: number[];
  /** `[start, end)` byte offsets of each line in the file's source, pairwise. */
  spans: number[];
  /** Patient resources among the lines. */
  npatient: number;
}

/** The work store. */
export class WorkStore {
  readonly db: Database.Database;

  /**
   * Opens (or creates) the store.
   * @param path - database file
   */
  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    // 16 MiB of page cache: with 64 MiB a 100,000-patient run peaked ≈ 50–100 MB higher (491–500 against
    // 404–441 MB in paired runs; 8 MiB no lower) for the same main-thread CPU (docs/population.md, "Eighth
    // pass"); the index's sort spills to its temporary file beyond it.
    this.db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
    this.db.pragma('temp_store = FILE');
    this.db.exec(SCHEMA);
  }

  private readonly statements = new Map<string, Database.Statement>();

  /** A prepared statement, prepared once. */
  private stmt(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) this.statements.set(sql, (st = this.db.prepare(sql)));
    return st;
  }

  /** Closes the database. */
  close(): void {
    this.db.close();
  }

  /** A meta value. */
  meta(key: string): string | undefined {
    const r = this.stmt('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    return r?.value;
  }

  /** Sets a meta value. */
  setMeta(key: string, value: string): void {
    this.stmt(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    ).run(key, value);
  }

  /**
   * Registers the input files (once, in order) and the store's layout version.
   * @param files - the files, each with the path its lines are read from (`source`; the file by default)
   */
  addFiles(
    files: { path: string; source?: string; type: string | undefined; size: number; mtimeMs: number }[],
  ): void {
    const ins = this.stmt(
      'INSERT INTO files (id, path, source, type, size, mtime) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.db.transaction(() => {
      files.forEach((f, i) => ins.run(i, f.path, f.source ?? f.path, f.type ?? null, f.size, f.mtimeMs));
      this.setMeta('format', STORE_FORMAT);
    })();
  }

  /** The registered files. */
  files(): StoredFile[] {
    return this.stmt(
      'SELECT id, path, source, type, size, mtime AS mtimeMs, loaded, lines FROM files ORDER BY id',
    ).all() as StoredFile[];
  }

  /** File index → path of the bytes its lines' spans point into. */
  sources(): string[] {
    return this.files().map((f) => f.source);
  }

  /**
   * Removes what a partial load of a file left, so that it can be loaded again from its first line. Only the
   * file whose load began last can hold such rows (files are loaded in order); for another file nothing is
   * deleted (the deletes scan the table).
   */
  resetFile(file: number): void {
    const began = this.meta('loading');
    this.db.transaction(() => {
      if (began === undefined || began === String(file)) {
        this.stmt('DELETE FROM chunk WHERE file = ?').run(file);
        this.stmt('DELETE FROM bad WHERE file = ? AND seq IS NULL').run(file);
        this.stmt('DELETE FROM outside WHERE file = ?').run(file);
      }
      this.setMeta('loading', String(file));
    })();
  }

  /**
   * Stores a buffered chunk of one file: one row per patient, bad lines, resources outside the patient
   * compartment; when `done`, marks the file loaded with its line count — all in one transaction.
   */
  writeChunk(
    file: number,
    groups: Map<string, ChunkGroup>,
    bad: { line: number; kind: string }[],
    outside: Map<string, number>,
    done: { lines: number } | null,
  ): void {
    const insChunk = this.stmt('INSERT INTO chunk (patient, file, npatient, pos) VALUES (?, ?, ?, ?)');
    const insBad = this.stmt('INSERT INTO bad (file, line, kind) VALUES (?, ?, ?)');
    const insOutside = this.stmt('INSERT INTO outside (file, type, n) VALUES (?, ?, ?)');
    this.db.transaction(() => {
      for (const [patient, g] of groups) {
        // Line number, start and end of each line (Float64: offsets beyond 4 GiB).
        const pos = new Float64Array(3 * g.lines.length);
        for (let k = 0; k < g.lines.length; k++) {
          pos[3 * k] = g.lines[k]!;
          pos[3 * k + 1] = g.spans[2 * k]!;
          pos[3 * k + 2] = g.spans[2 * k + 1]!;
        }
        insChunk.run(patient, file, g.npatient, Buffer.from(pos.buffer));
      }
      for (const b of bad) insBad.run(file, b.line, b.kind);
      for (const [type, n] of outside) insOutside.run(file, type, n);
      if (done) this.stmt('UPDATE files SET loaded = 1, lines = ? WHERE id = ?').run(done.lines, file);
    })();
  }

  /**
   * Sorts the lines by patient and numbers the patients (idempotent). The index holds `npatient` beside the
   * key, so that the numbering reads the index alone, not the table with every chunk's positions (at 100,000
   * patients 0.18 s against 2.2 s, with the worker threads idle meanwhile); a batch's range query still finds
   * its rows through it, ordered by `rowid` within each patient (a sort of a few rows).
   */
  group(): number {
    if (this.meta('grouped') !== '1') {
      this.db.exec('CREATE INDEX IF NOT EXISTS chunk_patient_npatient ON chunk (patient, npatient)');
      this.db.transaction(() => {
        this.db.exec('DELETE FROM patients');
        this.db.exec(
          'INSERT INTO patients (key, npatient) SELECT patient, SUM(npatient) FROM chunk GROUP BY patient ORDER BY patient',
        );
        this.setMeta('grouped', '1');
      })();
    }
    return (this.stmt('SELECT COUNT(*) AS n FROM patients').get() as { n: number }).n;
  }

  /** Number of patients with a stored result (or handled as orphans). */
  doneCount(): number {
    return (
      (this.stmt('SELECT COUNT(*) AS n FROM results').get() as { n: number }).n +
      (
        this.stmt("SELECT COUNT(DISTINCT seq) AS n FROM bad WHERE kind = 'unknown-patient'").get() as {
          n: number;
        }
      ).n
    );
  }

  /**
   * The next patients without a result, after `afterSeq`, in order (a page).
   * @param afterSeq - last seq of the previous page
   * @param limit - page size
   * @param maxSeq - last seq of the shard (inclusive), for shard workers
   */
  pendingPatients(
    afterSeq: number,
    limit: number,
    maxSeq = Number.MAX_SAFE_INTEGER,
  ): { seq: number; key: string; npatient: number }[] {
    return this.stmt(
      `SELECT p.seq, p.key, p.npatient FROM patients p
         WHERE p.seq > ? AND p.seq <= ? AND NOT EXISTS (SELECT 1 FROM results r WHERE r.seq = p.seq)
           AND NOT EXISTS (SELECT 1 FROM bad b WHERE b.seq = p.seq AND b.kind = 'unknown-patient')
         ORDER BY p.seq LIMIT ?`,
    ).all(afterSeq, maxSeq, limit) as { seq: number; key: string; npatient: number }[];
  }

  /** A patient's grouped lines (read from their sources). */
  patientGroup(seq: number, key: string): PatientGroup {
    const rows = this.stmt('SELECT 0, file, pos FROM chunk WHERE patient = ? ORDER BY rowid')
      .raw()
      .all(key) as ChunkRow[];
    return readLocated(packBatch([{ seq, key }], rows), this.sources())[0]!;
  }

  /**
   * Where the lines of several patients are, read with one range query over the patient index (the
   * patients in `seq` order, which is key order; rows of other patients in the range are skipped).
   * @param patients - patients in `seq` order
   */
  locatedBatch(patients: readonly { seq: number; key: string }[]): LocatedBatch {
    if (!patients.length) return packBatch([], []);
    const index = new Map(patients.map((p, i) => [p.key, i]));
    const rows = this.stmt(
      'SELECT patient, file, pos FROM chunk WHERE patient >= ? AND patient <= ? ORDER BY patient, rowid',
    )
      .raw()
      .all(patients[0]!.key, patients[patients.length - 1]!.key) as [string, number, Buffer][];
    const mine: ChunkRow[] = [];
    for (const r of rows) {
      const i = index.get(r[0]);
      if (i !== undefined) mine.push([i, r[1], r[2]]);
    }
    return packBatch(
      patients.map((p) => ({ seq: p.seq, key: p.key })),
      mine,
    );
  }

  /**
   * The grouped lines of several patients (as {@link locatedBatch}, with the lines read from their sources).
   * @param patients - patients in `seq` order
   */
  patientGroups(patients: readonly { seq: number; key: string }[]): PatientGroup[] {
    return patients.length ? readLocated(this.locatedBatch(patients), this.sources()) : [];
  }

  /** Records every line of a patient with no Patient resource as a reference to an unknown patient. */
  recordOrphan(seq: number, group: PatientGroup): void {
    const ins = this.stmt("INSERT INTO bad (file, line, kind, seq) VALUES (?, ?, 'unknown-patient', ?)");
    this.db.transaction(() => {
      for (const p of group.parts) for (const l of p.lines) ins.run(p.file, l, seq);
    })();
  }

  /** Stores a batch of results (see `storedOutcome`) and their bad lines in one transaction. */
  writeResults(results: readonly StoredOutcome[]): void {
    const ins = this.stmt(
      'INSERT OR REPLACE INTO results (seq, row, worklist, overdue_rank, oldest_due, tier_rank, patient) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const delBad = this.stmt('DELETE FROM bad WHERE seq = ?');
    const insBad = this.stmt('INSERT INTO bad (file, line, kind, seq) VALUES (?, ?, ?, ?)');
    this.db.transaction(() => {
      for (const r of results) {
        ins.run(r.seq, r.row, r.worklist, r.overdueRank, r.oldestDue, r.tierRank, r.patientId);
        delBad.run(r.seq);
        for (const e of r.errors) insBad.run(e.file, e.line, e.kind, r.seq);
      }
    })();
  }

  /** Every result row in patient order (streamed). */
  *results(): Generator<string> {
    let after = -1;
    for (;;) {
      const page = this.stmt('SELECT seq, row FROM results WHERE seq > ? ORDER BY seq LIMIT 2000').all(
        after,
      ) as {
        seq: number;
        row: string;
      }[];
      if (!page.length) return;
      for (const r of page) yield r.row;
      after = page[page.length - 1]!.seq;
    }
  }

  /**
   * Worklist rows, most urgent first (streamed): pages read along the partial index of the worklist's rows
   * in its order, each after the last key of the previous one (no OFFSET, which re-reads every row before
   * the page, and no sort of the whole list). The key ends with the patient id, unique in a run.
   * @param pageSize - rows per page
   */
  *worklist(pageSize = 2000): Generator<string> {
    this.db.exec(
      'CREATE INDEX IF NOT EXISTS results_worklist ON results (overdue_rank, oldest_due, tier_rank, patient) WHERE worklist = 1',
    );
    type Row = { row: string; overdue_rank: number; oldest_due: string; tier_rank: number; patient: string };
    const cols = 'row, overdue_rank, oldest_due, tier_rank, patient';
    const order = 'ORDER BY overdue_rank, oldest_due, tier_rank, patient LIMIT ?';
    let page = this.stmt(`SELECT ${cols} FROM results WHERE worklist = 1 ${order}`).all(pageSize) as Row[];
    while (page.length) {
      for (const r of page) yield r.row;
      const last = page[page.length - 1]!;
      page = this.stmt(
        `SELECT ${cols} FROM results WHERE worklist = 1
           AND (overdue_rank, oldest_due, tier_rank, patient) > (?, ?, ?, ?) ${order}`,
      ).all(last.overdue_rank, last.oldest_due, last.tier_rank, last.patient, pageSize) as Row[];
    }
  }

  /** Bad lines, counted by kind, and the first `limit` of them in file and line order. */
  badLines(limit: number): { byKind: Record<string, number>; total: number; first: StoredBadLine[] } {
    const byKind: Record<string, number> = {};
    let total = 0;
    for (const r of this.stmt('SELECT kind, COUNT(*) AS n FROM bad GROUP BY kind ORDER BY kind').all() as {
      kind: string;
      n: number;
    }[]) {
      byKind[r.kind] = r.n;
      total += r.n;
    }
    const first = this.stmt('SELECT file, line, kind FROM bad ORDER BY file, line LIMIT ?').all(
      limit,
    ) as StoredBadLine[];
    return { byKind, total, first };
  }

  /** Every bad line in file and line order (streamed). */
  *allBadLines(): Generator<StoredBadLine> {
    let after = { file: -1, line: 0 };
    for (;;) {
      const page = this.stmt(
        'SELECT file, line, kind FROM bad WHERE (file, line) > (?, ?) ORDER BY file, line LIMIT 5000',
      ).all(after.file, after.line) as StoredBadLine[];
      if (!page.length) return;
      yield* page;
      const last = page[page.length - 1]!;
      after = { file: last.file, line: last.line };
    }
  }

  /** Resources outside the patient compartment, by type. */
  outsideByType(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const r of this.stmt('SELECT type, SUM(n) AS n FROM outside GROUP BY type ORDER BY type').all() as {
      type: string;
      n: number;
    }[])
      out[r.type] = r.n;
    return out;
  }

  /** Number of patients referenced without a Patient resource. */
  orphanCount(): number {
    return (
      this.stmt("SELECT COUNT(DISTINCT seq) AS n FROM bad WHERE kind = 'unknown-patient'").get() as {
        n: number;
      }
    ).n;
  }
}

/** A chunk row as read for a batch: the patient's index in the batch, the file, the packed line positions. */
type ChunkRow = [number, number, Buffer];

/** Packs chunk rows (in the batch's order) into a located batch: one copy of each row's positions. */
function packBatch(patients: { seq: number; key: string }[], rows: ChunkRow[]): LocatedBatch {
  let bytes = 0;
  for (const r of rows) bytes += r[2].length;
  const pos = new Float64Array(bytes / 8);
  const bytesOf = new Uint8Array(pos.buffer);
  const parts = new Int32Array(3 * rows.length);
  let o = 0;
  rows.forEach((r, j) => {
    parts[3 * j] = r[0];
    parts[3 * j + 1] = r[1];
    parts[3 * j + 2] = r[2].length / 24;
    bytesOf.set(r[2], o);
    o += r[2].length;
  });
  return { patients, parts, pos };
}
