/**
 * The work store of a population run: an embedded SQLite database (better-sqlite3) that groups the export's
 * lines by patient in bounded memory and makes the run restartable.
 *
 * Why SQLite rather than an external sort: the grouping store must also be the checkpoint. Lines go in as
 * they are read — not their bytes but where they are (the line numbers and the byte range of each line in the
 * file's source: the export file itself, or for a gzip file the decompressed copy written beside the store
 * while it is read; see `lines.ts`). Every patient falls in one of a fixed number of **buckets** (a hash of
 * the patient key; the count is set from the export's size, about 64 MiB of lines a bucket), and each
 * buffered chunk of a file is stored as one row per bucket that holds the positions of its patients' lines,
 * patient after patient. The assessing phase takes the patients bucket by bucket: one bucket's rows, read
 * together, give every patient of the bucket, so a batch costs no query of its own (docs/population.md,
 * "Twentieth pass"). Patients are numbered (`seq`) in key order over the whole export, so outputs keep the
 * patient-id order whatever the bucket. Results are committed per batch in the same database, so a crash at
 * any point loses at most the uncommitted batch and `--resume` skips every patient whose result is stored. A
 * shard of patients can be read by another process with the same queries, which is what a distributed
 * coordinator needs. WAL journal, synchronous=NORMAL: committed batches survive a killed process (not
 * necessarily a power cut).
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

// The results are stored in the order they arrive (`id`, a rowid that only grows), unique on `(bucket, seq)`:
// one result per patient (`INSERT OR REPLACE` replaces a result stored before a crash). Batches come bucket by
// bucket, in `seq` order within a bucket, while a bucket's patients are scattered over the whole `seq` range.
// Keyed on `seq`, each batch of 64 rows dirtied about 64 pages of a table larger than the page cache, and SQLite
// wrote each to its log whole (1.4 GB written for 80 MB of results at 100,000 patients); an index on `seq` alone
// did the same once it outgrew the cache (6.2 GB at 1,000,000). Appended, and indexed bucket first, a batch
// fills the last pages of each. The index on `seq` that the outputs are read along is built once, when they are
// written (`results()`). See docs/population.md, "Twenty-first pass".
const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
  id INTEGER PRIMARY KEY, path TEXT NOT NULL, source TEXT NOT NULL, type TEXT, size INTEGER NOT NULL,
  mtime INTEGER NOT NULL, loaded INTEGER NOT NULL DEFAULT 0, lines INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS bucketpos (bucket INTEGER NOT NULL, file INTEGER NOT NULL, keys TEXT NOT NULL,
  pos BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS bucketpos_bucket ON bucketpos (bucket);
CREATE TABLE IF NOT EXISTS bad (file INTEGER NOT NULL, line INTEGER NOT NULL, kind TEXT NOT NULL, seq INTEGER);
CREATE INDEX IF NOT EXISTS bad_seq ON bad (seq);
CREATE INDEX IF NOT EXISTS bad_file_line ON bad (file, line);
CREATE TABLE IF NOT EXISTS outside (file INTEGER NOT NULL, type TEXT NOT NULL, n INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS patients (seq INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, npatient INTEGER NOT NULL,
  bucket INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS results (id INTEGER PRIMARY KEY, bucket INTEGER NOT NULL, seq INTEGER NOT NULL,
  row TEXT NOT NULL, worklist INTEGER NOT NULL, overdue_rank INTEGER NOT NULL, oldest_due TEXT NOT NULL,
  tier_rank INTEGER NOT NULL, patient TEXT NOT NULL, UNIQUE (bucket, seq));
`;

/**
 * Version of the store's layout, kept in its `meta` table: a work store of another layout (an unfinished run
 * of an earlier version) is not resumed.
 */
export const STORE_FORMAT = '5';

/** Bytes of lines a bucket is meant to hold: the bucket count of a run is the export's size over this. */
export const BUCKET_BYTES = 64 << 20;

/** A gzip file's lines are counted at this many times its size when the bucket count is set. */
const GZIP_RATIO = 8;

/**
 * The bucket of a patient key among `buckets`: FNV-1a over the key's UTF-16 code units. Stable across runs
 * and processes (a resumed run finds its patients where it put them).
 * @param key - patient key
 * @param buckets - bucket count of the run
 */
export function bucketOf(key: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % buckets;
}

/** A patient `p` without a stored result, not handled as an orphan either (the pending queries' condition). */
const PENDING = `NOT EXISTS (SELECT 1 FROM results r WHERE r.bucket = p.bucket AND r.seq = p.seq)
  AND NOT EXISTS (SELECT 1 FROM bad b WHERE b.seq = p.seq AND b.kind = 'unknown-patient')`;

/** One patient's lines in one stored row: the file and its `(line, start, end)` triples. */
interface StoredPart {
  file: number;
  pos: Float64Array;
}

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
   * Registers the input files (once, in order), the store's layout version and the run's bucket count (the
   * files' bytes over `bucketBytes`, a gzip file's counted {@link GZIP_RATIO} times).
   * @param files - the files, each with the path its lines are read from (`source`; the file by default, the
   *   decompressed copy for a gzip file)
   * @param bucketBytes - bytes of lines a bucket is meant to hold (default {@link BUCKET_BYTES})
   */
  addFiles(
    files: { path: string; source?: string; type: string | undefined; size: number; mtimeMs: number }[],
    bucketBytes = BUCKET_BYTES,
  ): void {
    const ins = this.stmt(
      'INSERT INTO files (id, path, source, type, size, mtime) VALUES (?, ?, ?, ?, ?, ?)',
    );
    let bytes = 0;
    for (const f of files)
      bytes += f.source !== undefined && f.source !== f.path ? f.size * GZIP_RATIO : f.size;
    const buckets = Math.max(1, Math.ceil(bytes / bucketBytes));
    this.db.transaction(() => {
      files.forEach((f, i) => ins.run(i, f.path, f.source ?? f.path, f.type ?? null, f.size, f.mtimeMs));
      this.setMeta('format', STORE_FORMAT);
      this.setMeta('buckets', String(buckets));
    })();
    this.bucketCount = buckets;
  }

  /** The run's bucket count (see {@link addFiles}). */
  buckets(): number {
    return (this.bucketCount ??= Number(this.meta('buckets') ?? 1));
  }

  private bucketCount: number | undefined;

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
    this.cached = null;
    this.db.transaction(() => {
      if (began === undefined || began === String(file)) {
        this.stmt('DELETE FROM bucketpos WHERE file = ?').run(file);
        this.stmt('DELETE FROM bad WHERE file = ? AND seq IS NULL').run(file);
        this.stmt('DELETE FROM outside WHERE file = ?').run(file);
      }
      this.setMeta('loading', String(file));
    })();
  }

  /**
   * Stores a buffered chunk of one file: one row per bucket with the positions of its patients' lines (the
   * keys with their Patient resource counts and line counts as JSON, then every line's number, start and end
   * as Float64, patient after patient), bad lines, resources outside the patient compartment; when `done`,
   * marks the file loaded with its line count — all in one transaction.
   */
  writeChunk(
    file: number,
    groups: Map<string, ChunkGroup>,
    bad: { line: number; kind: string }[],
    outside: Map<string, number>,
    done: { lines: number } | null,
  ): void {
    this.cached = null;
    const buckets = this.buckets();
    const byBucket = new Map<number, { key: string; g: ChunkGroup }[]>();
    for (const [key, g] of groups) {
      const b = bucketOf(key, buckets);
      let list = byBucket.get(b);
      if (!list) byBucket.set(b, (list = []));
      list.push({ key, g });
    }
    const insPos = this.stmt('INSERT INTO bucketpos (bucket, file, keys, pos) VALUES (?, ?, ?, ?)');
    const insBad = this.stmt('INSERT INTO bad (file, line, kind) VALUES (?, ?, ?)');
    const insOutside = this.stmt('INSERT INTO outside (file, type, n) VALUES (?, ?, ?)');
    this.db.transaction(() => {
      for (const [b, list] of byBucket) {
        let n = 0;
        for (const { g } of list) n += g.lines.length;
        // Line number, start and end of each line (Float64: offsets beyond 4 GiB).
        const pos = new Float64Array(3 * n);
        const keys: [string, number, number][] = [];
        let at = 0;
        for (const { key, g } of list) {
          keys.push([key, g.npatient, g.lines.length]);
          for (let k = 0; k < g.lines.length; k++) {
            pos[at++] = g.lines[k]!;
            pos[at++] = g.spans[2 * k]!;
            pos[at++] = g.spans[2 * k + 1]!;
          }
        }
        insPos.run(b, file, JSON.stringify(keys), Buffer.from(pos.buffer));
      }
      for (const x of bad) insBad.run(file, x.line, x.kind);
      for (const [type, n] of outside) insOutside.run(file, type, n);
      if (done) this.stmt('UPDATE files SET loaded = 1, lines = ? WHERE id = ?').run(done.lines, file);
    })();
  }

  /**
   * Numbers the patients in key order (idempotent), with their Patient resource counts and buckets. Each
   * bucket's keys are gathered from its rows' key lists alone (not their positions), one bucket at a time, so
   * memory holds one bucket's keys; SQLite sorts the whole list.
   */
  group(): number {
    if (this.meta('grouped') !== '1') {
      this.db.transaction(() => {
        this.db.exec('DELETE FROM patients');
        this.db.exec(
          'CREATE TEMP TABLE IF NOT EXISTS keyed (key TEXT NOT NULL, npatient INTEGER NOT NULL, bucket INTEGER NOT NULL)',
        );
        this.db.exec('DELETE FROM temp.keyed');
        const ins = this.stmt('INSERT INTO temp.keyed (key, npatient, bucket) VALUES (?, ?, ?)');
        const rows = this.stmt('SELECT keys FROM bucketpos WHERE bucket = ?').pluck();
        for (let b = 0; b < this.buckets(); b++) {
          const counts = new Map<string, number>();
          for (const json of rows.all(b) as string[])
            for (const [key, npatient] of JSON.parse(json) as [string, number, number][])
              counts.set(key, (counts.get(key) ?? 0) + npatient);
          for (const [key, npatient] of counts) ins.run(key, npatient, b);
        }
        this.db.exec(
          'INSERT INTO patients (key, npatient, bucket) SELECT key, npatient, bucket FROM temp.keyed ORDER BY key',
        );
        this.db.exec('DROP TABLE temp.keyed');
        this.db.exec('CREATE INDEX IF NOT EXISTS patients_bucket ON patients (bucket, seq)');
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
   */
  pendingPatients(afterSeq: number, limit: number): { seq: number; key: string; npatient: number }[] {
    return this.stmt(
      `SELECT p.seq, p.key, p.npatient FROM patients p WHERE p.seq > ? AND ${PENDING} ORDER BY p.seq LIMIT ?`,
    ).all(afterSeq, limit) as { seq: number; key: string; npatient: number }[];
  }

  /**
   * Every patient without a result, bucket by bucket and in `seq` order within a bucket (read a page at a
   * time: results stored meanwhile do not disturb the walk). The order in which the assessing phase and a
   * distributed coordinator take the patients: a batch of one bucket reads that bucket's rows only.
   * @param pageSize - patients per query
   */
  *pendingByBucket(
    pageSize = 1000,
  ): Generator<{ seq: number; key: string; npatient: number; bucket: number }> {
    const page = this.stmt(
      `SELECT p.seq, p.key, p.npatient, p.bucket FROM patients p
         WHERE p.bucket = ? AND p.seq > ? AND ${PENDING} ORDER BY p.seq LIMIT ?`,
    );
    for (let b = 0; b < this.buckets(); b++) {
      let after = -1;
      for (;;) {
        const rows = page.all(b, after, pageSize) as {
          seq: number;
          key: string;
          npatient: number;
          bucket: number;
        }[];
        if (!rows.length) break;
        yield* rows;
        after = rows[rows.length - 1]!.seq;
      }
    }
  }

  /** The bucket whose rows were read last: its patients' parts, by key. */
  private cached: { bucket: number; parts: Map<string, StoredPart[]> } | null = null;

  /**
   * The stored parts of every patient of a bucket (its rows in insertion order: file order, then the order of
   * the chunks). The last bucket read is kept, so the batches of a bucket read its rows once.
   */
  private bucketParts(bucket: number): Map<string, StoredPart[]> {
    if (this.cached?.bucket === bucket) return this.cached.parts;
    const parts = new Map<string, StoredPart[]>();
    const rows = this.stmt('SELECT file, keys, pos FROM bucketpos WHERE bucket = ? ORDER BY rowid')
      .raw()
      .all(bucket) as [number, string, Buffer][];
    for (const [file, json, blob] of rows) {
      const all = new Float64Array(blob.buffer, blob.byteOffset, blob.byteLength / 8);
      let at = 0;
      for (const [key, , n] of JSON.parse(json) as [string, number, number][]) {
        let list = parts.get(key);
        if (!list) parts.set(key, (list = []));
        list.push({ file, pos: all.subarray(at, at + 3 * n) });
        at += 3 * n;
      }
    }
    this.cached = { bucket, parts };
    return parts;
  }

  /** A patient's grouped lines (read from their sources). */
  patientGroup(seq: number, key: string): PatientGroup {
    return readLocated(this.locatedBatch([{ seq, key }]), this.sources())[0]!;
  }

  /**
   * Where the lines of several patients are, from their buckets' rows (read once per bucket; batches of one
   * bucket, as {@link pendingByBucket} gives them, read one bucket).
   * @param patients - the patients, in the order of the batch
   */
  locatedBatch(patients: readonly { seq: number; key: string }[]): LocatedBatch {
    const buckets = this.buckets();
    const mine: { index: number; part: StoredPart }[] = [];
    patients.forEach((p, index) => {
      for (const part of this.bucketParts(bucketOf(p.key, buckets)).get(p.key) ?? [])
        mine.push({ index, part });
    });
    let n = 0;
    for (const m of mine) n += m.part.pos.length;
    const pos = new Float64Array(n);
    const parts = new Int32Array(3 * mine.length);
    let o = 0;
    mine.forEach((m, j) => {
      parts[3 * j] = m.index;
      parts[3 * j + 1] = m.part.file;
      parts[3 * j + 2] = m.part.pos.length / 3;
      pos.set(m.part.pos, o);
      o += m.part.pos.length;
    });
    return { patients: patients.map((p) => ({ seq: p.seq, key: p.key })), parts, pos };
  }

  /**
   * The grouped lines of several patients (as {@link locatedBatch}, with the lines read from their sources).
   * @param patients - the patients
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

  /**
   * Stores a batch of results (see `storedOutcome`) and their bad lines in one transaction.
   * @param results - the outcomes
   * @param bucket - the bucket of their patients (a batch never spans two; see `pendingByBucket`)
   */
  writeResults(results: readonly StoredOutcome[], bucket: number): void {
    const ins = this.stmt(
      'INSERT OR REPLACE INTO results (bucket, seq, row, worklist, overdue_rank, oldest_due, tier_rank, patient) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const delBad = this.stmt('DELETE FROM bad WHERE seq = ?');
    const insBad = this.stmt('INSERT INTO bad (file, line, kind, seq) VALUES (?, ?, ?, ?)');
    this.db.transaction(() => {
      for (const r of results) {
        ins.run(bucket, r.seq, r.row, r.worklist, r.overdueRank, r.oldestDue, r.tierRank, r.patientId);
        delBad.run(r.seq);
        for (const e of r.errors) insBad.run(e.file, e.line, e.kind, r.seq);
      }
    })();
  }

  /** Every result row in patient order (streamed), along an index on `seq` built on the first call. */
  *results(): Generator<string> {
    this.db.exec('CREATE INDEX IF NOT EXISTS results_seq ON results (seq)');
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
