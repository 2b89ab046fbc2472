/**
 * `heliotrope bulk <export> --out <dir>`: a population run in three phases — load (scan every line, group
 * by patient in the work store), assess (worker threads, results committed per batch), write (results.ndjson,
 * results.csv, worklist.csv, bad-lines.csv, summary.json, summary.html). Restartable: with `resume`, loaded
 * files and assessed patients are skipped, so a killed run continues without redoing or duplicating patients.
 * @module
 */
import {
  closeSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { once } from 'node:events';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../core/issues.js';
import { renderPopulationHtml } from '../render/html/population.js';
import { ENGINE_VERSION } from '../version.js';
import { isGzip, listExportFiles, readLines, type LineBatch } from './input.js';
import type { StoredOutcome } from './patient.js';
import type { LocatedBatch } from './lines.js';
import { startPool, type BatchRunner } from './pool.js';
import { ROW_COLUMNS, rowCsvLine, type ResultRow } from '../assess/population-results/row.js';
import {
  classifyLines,
  LINE_BAD,
  LINE_BLANK,
  LINE_OUTSIDE,
  LINE_PATIENT_RESOURCE,
  type ClassifiedLines,
} from './scan.js';
import { STORE_FORMAT, WorkStore, type ChunkGroup, type StoredFile } from './store.js';
import { SummaryAccumulator, type PopulationSummary } from '../assess/population-results/summary.js';

/** Progress reporting (the CLI draws a bar on a terminal, plain lines otherwise). */
export interface Progress {
  /** A phase starts: `total` units of `unit` (bytes or patients). */
  start(phase: string, total: number, unit: 'bytes' | 'patients'): void;
  /** `done` units so far in the current phase. */
  update(done: number): void;
  /** The current phase ends. */
  end(): void;
}

/** Options of a run. */
export interface BulkOptions {
  /** Export directory or manifest.json. */
  input: string;
  /** Output directory. */
  out: string;
  /** Reference day; required for a new run, taken from the stored run when resuming. */
  asOf?: string;
  resume?: boolean;
  /** Start over even when the output directory holds a run. */
  force?: boolean;
  /** Worker threads (0: assess in this thread). */
  workers: number;
  /** Keep the work store after a successful run. */
  keepWork?: boolean;
  progress?: Progress;
  /** Bytes of lines buffered per file before they are written to the store (default 32 MiB). */
  chunkBytes?: number;
  /** Bytes of lines a bucket of the work store is meant to hold (default 64 MiB; see `store.ts`). */
  bucketBytes?: number;
  /** Patients per batch sent to a worker (default 64). */
  batchSize?: number;
  /** Stop after this many assessed batches (tests: simulates an interruption). */
  stopAfterBatches?: number;
}

/** What a run produced. */
export interface BulkResult {
  summary: PopulationSummary;
  /** Whether the run was stopped early (`stopAfterBatches`). */
  stopped: boolean;
  /** Patients assessed by this invocation. */
  assessedNow: number;
  seconds: number;
}

const WORK_FILE = '.heliotrope-bulk.sqlite';
const OUTPUTS = [
  'results.ndjson',
  'results.csv',
  'worklist.csv',
  'bad-lines.csv',
  'summary.json',
  'summary.html',
];

const silent: Progress = { start: () => undefined, update: () => undefined, end: () => undefined };

function removeWork(path: string): void {
  for (const s of ['', '-wal', '-shm']) rmSync(path + s, { force: true });
  // The decompressed copies of gzip files (see openWork).
  const dir = dirname(path);
  const copy = `${basename(path)}.file`;
  if (existsSync(dir))
    for (const f of readdirSync(dir)) if (f.startsWith(copy)) rmSync(join(dir, f), { force: true });
}

/**
 * Runs (or resumes) a population run.
 * @param o - options
 * @throws InputError for a bad input, an output directory that holds another run, or a resume that does
 *   not match the stored run
 */
export async function runBulk(o: BulkOptions): Promise<BulkResult> {
  const t0 = performance.now();
  const progress = o.progress ?? silent;
  const { store, asOf, workPath } = openWork(o);
  try {
    if (store.meta('distributedRun'))
      throw new InputError(`${o.out} holds a distributed run: resume it with --distributed`);
    // The worker threads start now: their module loading overlaps the reading phase (run on the main
    // thread). A resumed run with every patient assessed starts none.
    const pool =
      store.meta('grouped') === '1' && store.pendingPatients(-1, 1).length === 0
        ? null
        : startPool(o.workers, asOf, store.sources());
    let assessed: { stopped: boolean; assessedNow: number };
    try {
      await loadFiles(store, o, progress, pool);
      const total = store.group();
      assessed = await assessAll(store, o, total, progress, pool);
    } finally {
      await pool?.close();
    }
    const { stopped, assessedNow } = assessed;
    if (stopped) {
      return {
        summary: buildSummary(asOf, storeInput(store), new SummaryAccumulator()),
        stopped,
        assessedNow,
        seconds: (performance.now() - t0) / 1000,
      };
    }
    const summary = await writeOutputs(storeSource(store), o.out, asOf);
    store.close();
    if (!o.keepWork) removeWork(workPath);
    return { summary, stopped: false, assessedNow, seconds: (performance.now() - t0) / 1000 };
  } finally {
    if (store.db.open) store.close();
  }
}

/** An opened work store, with the run's reference day. */
export interface OpenedWork {
  store: WorkStore;
  asOf: string;
  workPath: string;
}

/**
 * Opens (or creates) the work store of a run in `o.out`, after the checks that keep a directory's run or
 * results from being overwritten by mistake; a new run records the input's fingerprint and reference day,
 * a resumed one must match them.
 * @param o - options (input, out, asOf, resume, force)
 * @throws InputError as {@link runBulk}
 */
export function openWork(
  o: Pick<BulkOptions, 'input' | 'out' | 'asOf' | 'resume' | 'force' | 'bucketBytes'>,
): OpenedWork {
  const files = listExportFiles(o.input);
  mkdirSync(o.out, { recursive: true });
  const workPath = join(o.out, WORK_FILE);
  const hasWork = existsSync(workPath);
  if (o.force) {
    removeWork(workPath);
    for (const f of OUTPUTS) rmSync(join(o.out, f), { force: true });
  } else if (hasWork && !o.resume) {
    throw new InputError(
      `${o.out} holds an unfinished run: add --resume to continue it, or --force to start over`,
    );
  } else if (!hasWork && o.resume) {
    if (existsSync(join(o.out, 'summary.json')))
      throw new InputError(`${o.out}: the run there is complete; nothing to resume`);
    throw new InputError(`${o.out}: no run to resume`);
  } else if (!hasWork && existsSync(join(o.out, 'summary.json'))) {
    throw new InputError(
      `${o.out} already holds results: choose another directory, or --force to overwrite them`,
    );
  }

  const store = new WorkStore(workPath);
  try {
    const fingerprint = JSON.stringify({
      engine: ENGINE_VERSION,
      files: files.map((f) => ({
        name: basename(f.path),
        type: f.type ?? null,
        size: f.size,
        mtime: f.mtimeMs,
      })),
    });
    let asOf = o.asOf;
    const stored = store.meta('fingerprint');
    if (stored === undefined) {
      if (!asOf) throw new InputError('a reference day (--as-of) is needed for a new run');
      store.setMeta('fingerprint', fingerprint);
      store.setMeta('asOf', asOf);
      // A gzip file's lines are read back from its decompressed copy, written while it is read.
      store.addFiles(
        files.map((f, i) => (isGzip(f.path) ? { ...f, source: `${workPath}.file${i}.ndjson` } : f)),
        o.bucketBytes,
      );
    } else {
      if (store.meta('format') !== STORE_FORMAT)
        throw new InputError(
          `${o.out}: the stored run was made by an earlier version of heliotrope; use --force to start over`,
        );
      if (stored !== fingerprint)
        throw new InputError(
          `${o.out}: the stored run was made from other input files or another engine version; use --force to start over`,
        );
      const storedAsOf = store.meta('asOf')!;
      if (asOf && asOf !== storedAsOf)
        throw new InputError(
          `--as-of ${asOf} differs from the stored run's ${storedAsOf}; omit it to resume`,
        );
      asOf = storedAsOf;
    }
    return { store, asOf, workPath };
  } catch (e) {
    store.close();
    throw e;
  }
}

/** Removes a run's work store (after its outputs are written). */
export function removeWorkStore(workPath: string): void {
  removeWork(workPath);
}

// ── Phase 1: load ──────────────────────────────────────────────────────────────────────────────

/**
 * Phase 1: reads every file not yet loaded into the store (a partly loaded file is read again).
 * @param store - the work store
 * @param o - `chunkBytes`: bytes of lines buffered per file before a write
 * @param progress - progress reporting
 * @param pool - worker threads that scan the lines while this thread reads (idle until the assessing phase);
 *   without, the lines are scanned on this thread
 */
export async function loadFiles(
  store: WorkStore,
  o: Pick<BulkOptions, 'chunkBytes'>,
  progress: Progress,
  pool?: BatchRunner | null,
): Promise<void> {
  const files = store.files();
  const todo = files.filter((f) => !f.loaded);
  if (!todo.length) return;
  const totalBytes = todo.reduce((a, f) => a + f.size, 0);
  progress.start('reading', totalBytes, 'bytes');
  let base = 0;
  const limit = o.chunkBytes ?? 32 << 20;
  for (const f of todo) {
    store.resetFile(f.id);
    // A gzip file is copied decompressed (from its first line, as it is read again from its start).
    const copy = f.source !== f.path ? openSync(f.source, 'w') : null;
    try {
      await loadFile(
        store,
        f,
        limit,
        copy,
        (bytes) => progress.update(base + bytes),
        pool?.classify,
        pool?.capacity ?? 0,
      );
    } finally {
      if (copy !== null) closeSync(copy);
    }
    base += f.size;
    progress.update(base);
  }
  progress.end();
}

/**
 * Classifies the lines of a batch in a worker thread (see `BatchRunner.classify`); absent, on this thread.
 */
export type Classifier = (
  buf: Buffer,
  starts: number[],
  ends: number[],
  fileType: string | null,
) => Promise<ClassifiedLines>;

/**
 * Reads one file into the store (lines grouped by patient, by position; see `lines.ts`). With a classifier,
 * the lines are scanned in the worker threads while this thread reads on: a few batches in flight, applied
 * in order.
 */
async function loadFile(
  store: WorkStore,
  f: StoredFile,
  limit: number,
  copy: number | null,
  update: (bytes: number) => void,
  classify: Classifier | undefined,
  inFlight: number,
): Promise<void> {
  let groups = new Map<string, ChunkGroup>();
  let bad: { line: number; kind: string }[] = [];
  let outside = new Map<string, number>();
  let buffered = 0;
  let lines = 0;
  const flush = (done: boolean) => {
    store.writeChunk(f.id, groups, bad, outside, done ? { lines } : null);
    groups = new Map();
    bad = [];
    outside = new Map();
    buffered = 0;
  };
  const apply = (batch: LineBatch, c: ClassifiedLines) => {
    const { starts, ends, offset, firstLine } = batch;
    const { codes, texts } = c;
    let t = 0;
    for (let k = 0; k < starts.length; k++) {
      const code = codes[k]!;
      if (code === LINE_BLANK) continue;
      const text = texts[t++]!;
      if (code === LINE_BAD) bad.push({ line: firstLine + k, kind: text });
      else if (code === LINE_OUTSIDE) outside.set(text, (outside.get(text) ?? 0) + 1);
      else {
        let g = groups.get(text);
        if (!g) groups.set(text, (g = { lines: [], spans: [], npatient: 0 }));
        g.lines.push(firstLine + k);
        g.spans.push(offset + starts[k]!, offset + ends[k]!);
        if (code === LINE_PATIENT_RESOURCE) g.npatient++;
        buffered += ends[k]! - starts[k]! + 1;
      }
    }
    if (starts.length) lines = firstLine + starts.length - 1;
    if (buffered >= limit) flush(false);
    update(batch.bytesRead);
  };
  const queue: { batch: LineBatch; classified: Promise<ClassifiedLines> }[] = [];
  try {
    for await (const batch of readLines(f.path)) {
      if (copy !== null) writeAll(copy, batch.buf, batch.consumed);
      if (!classify) {
        apply(batch, classifyLines(batch.buf, batch.starts, batch.ends, f.type));
        continue;
      }
      queue.push({ batch, classified: classify(batch.buf, batch.starts, batch.ends, f.type) });
      while (queue.length > inFlight) {
        const head = queue.shift()!;
        apply(head.batch, await head.classified);
      }
    }
    while (queue.length) {
      const head = queue.shift()!;
      apply(head.batch, await head.classified);
    }
  } finally {
    // A failed run leaves no classification unawaited (its rejection is the run's error, thrown above).
    await Promise.allSettled(queue.map((q) => q.classified));
  }
  flush(true);
}

/** Writes `buf[0, n)` to a file descriptor. */
function writeAll(fd: number, buf: Buffer, n: number): void {
  let o = 0;
  while (o < n) o += writeSync(fd, buf, o, n - o);
}

// ── Phase 2: assess ────────────────────────────────────────────────────────────────────────────

async function assessAll(
  store: WorkStore,
  o: BulkOptions,
  total: number,
  progress: Progress,
  pool: BatchRunner | null,
): Promise<{ stopped: boolean; assessedNow: number }> {
  let done = store.doneCount();
  if (done >= total || !pool) return { stopped: false, assessedNow: 0 };
  progress.start('assessing', total, 'patients');
  progress.update(done);
  const batchSize = o.batchSize ?? 64;
  const inflight = new Set<Promise<void>>();
  let batches = 0;
  let stopped = false;
  let assessedNow = 0;
  let failure: unknown;
  const dispatch = (batch: LocatedBatch, bucket: number) => {
    const p: Promise<void> = pool
      .runLocated(batch)
      .then((outcomes: StoredOutcome[]) => {
        store.writeResults(outcomes, bucket);
        done += outcomes.length;
        assessedNow += outcomes.length;
        progress.update(done);
      })
      .catch((e: unknown) => {
        failure ??= e;
      })
      .finally(() => inflight.delete(p));
    inflight.add(p);
  };
  try {
    let batch: { seq: number; key: string }[] = [];
    let bucket = -1;
    // Sends the batch (where its lines are: the worker reads them); true when the run is to stop here.
    const send = async (): Promise<boolean> => {
      dispatch(store.locatedBatch(batch), bucket);
      batch = [];
      batches++;
      while (inflight.size >= pool.capacity) await Promise.race(inflight);
      if (failure) throw failure;
      return o.stopAfterBatches !== undefined && batches >= o.stopAfterBatches;
    };
    // Bucket by bucket: a batch never spans two buckets, so each bucket's rows are read once.
    for (const p of store.pendingByBucket()) {
      if (p.bucket !== bucket) {
        if (batch.length && (await send())) {
          stopped = true;
          break;
        }
        bucket = p.bucket;
      }
      if (p.npatient === 0) {
        store.recordOrphan(p.seq, store.patientGroup(p.seq, p.key));
        done++;
        continue;
      }
      batch.push(p);
      if (batch.length >= batchSize && (await send())) {
        stopped = true;
        break;
      }
    }
    if (!stopped && batch.length) dispatch(store.locatedBatch(batch), bucket);
    await Promise.all(inflight);
    if (failure) throw failure;
  } finally {
    await Promise.allSettled(inflight);
    progress.end();
  }
  return { stopped, assessedNow };
}

// ── Phase 3: write ─────────────────────────────────────────────────────────────────────────────

/**
 * A file written under a temporary name (`.partial`) in chunks of about 1 MiB, renamed to its name by
 * `commit`; `abort` removes the temporary file, so that an error never leaves a half-written output.
 */
export interface AtomicFile {
  /** Adds text; a promise (to await) when a full chunk went to the stream, else null. */
  write(s: string): Promise<void> | null;
  /** Writes what is buffered, closes the file and renames it to its name. */
  commit(): Promise<void>;
  /** Closes and removes the temporary file (after an error). */
  abort(): Promise<void>;
}

/**
 * Opens an {@link AtomicFile}.
 * @param path - the file's name when committed
 */
export function atomicFile(path: string): AtomicFile {
  const tmp = `${path}.partial`;
  const ws = createWriteStream(tmp);
  let buf: string[] = [];
  let size = 0;
  const flush = async () => {
    if (!buf.length) return;
    const chunk = buf.join('');
    buf = [];
    size = 0;
    if (!ws.write(chunk)) await once(ws, 'drain');
  };
  return {
    write(s) {
      buf.push(s);
      size += s.length;
      return size >= 1 << 20 ? flush() : null;
    },
    async commit() {
      await flush();
      ws.end();
      await once(ws, 'finish');
      renameSync(tmp, path);
    },
    async abort() {
      // The stream opens its file asynchronously: remove it once the stream is closed.
      if (!ws.closed) {
        const closed = once(ws, 'close').catch(() => undefined);
        ws.destroy();
        await closed;
      }
      rmSync(tmp, { force: true });
    },
  };
}

/**
 * Fills one or more {@link atomicFile}s and commits them all when `fill` succeeds; on an error, removes them
 * all (none is renamed) and rethrows.
 */
async function writeAtomically(paths: string[], fill: (files: AtomicFile[]) => Promise<void>): Promise<void> {
  const files = paths.map(atomicFile);
  try {
    await fill(files);
    for (const f of files) await f.commit();
  } catch (e) {
    for (const f of files) await f.abort();
    throw e;
  }
}

/** The input part of the summary, as a source of results knows it. */
export type SummaryInput = PopulationSummary['input'];

/**
 * Puts a summary together: the input part and the counts accumulated over the result rows.
 * @param asOf - reference day
 * @param input - files, bad lines, resources outside the patient compartment, unknown patients
 * @param acc - the accumulated rows
 */
export function buildSummary(asOf: string, input: SummaryInput, acc: SummaryAccumulator): PopulationSummary {
  return {
    engine: { name: 'heliotrope', version: ENGINE_VERSION },
    asOf,
    input,
    patients: acc.patients,
    byCategory: acc.byCategory,
    bySubgroup: acc.bySubgroup,
    byTier: acc.byTier,
    overdueByTest: acc.overdueByTest,
    dueByTest: acc.dueByTest,
    patientsOverdue: acc.patientsOverdue,
    alertsByRule: acc.alertsByRule,
    worklist: acc.worklist,
    issues: acc.issues,
  };
}

/** The input part of the summary from the local work store. */
function storeInput(store: WorkStore): SummaryInput {
  const files = store.files();
  const name = new Map(files.map((f) => [f.id, basename(f.path)]));
  const bad = store.badLines(100);
  return {
    files: files.map((f) => ({ name: basename(f.path), type: f.type, lines: f.lines })),
    lines: files.reduce((a, f) => a + f.lines, 0),
    badLines: {
      total: bad.total,
      byKind: bad.byKind,
      first: bad.first.map((b) => ({
        file: name.get(b.file) ?? String(b.file),
        line: b.line,
        kind: b.kind,
      })),
    },
    outsidePatientCompartment: store.outsideByType(),
    unknownPatients: store.orphanCount(),
  };
}

/**
 * Where the outputs of a run are read from: the local work store (`heliotrope bulk`) or the PostgreSQL
 * results of a distributed run. Rows are the stored JSON lines, in patient (`seq`) order; the worklist most
 * urgent first; bad lines in file and line order with the file's name.
 */
export interface ResultSource {
  results(): Iterable<string> | AsyncIterable<string>;
  worklist(): Iterable<string> | AsyncIterable<string>;
  badLines():
    | Iterable<{ file: string; line: number; kind: string }>
    | AsyncIterable<{ file: string; line: number; kind: string }>;
  input(): SummaryInput | Promise<SummaryInput>;
}

function storeSource(store: WorkStore): ResultSource {
  const names = () => new Map(store.files().map((f) => [f.id, basename(f.path)]));
  return {
    results: () => store.results(),
    worklist: () => store.worklist(),
    *badLines() {
      const n = names();
      for (const b of store.allBadLines())
        yield { file: n.get(b.file) ?? String(b.file), line: b.line, kind: b.kind };
    },
    input: () => storeInput(store),
  };
}

/**
 * Phase 3: writes results.ndjson, results.csv, worklist.csv, bad-lines.csv, summary.json and summary.html
 * from a source of results, each to a temporary name renamed when complete.
 * @param source - the stored results
 * @param out - output directory
 * @param asOf - reference day
 */
export async function writeOutputs(
  source: ResultSource,
  out: string,
  asOf: string,
): Promise<PopulationSummary> {
  const acc = new SummaryAccumulator();
  const header = `${ROW_COLUMNS.join(',')}\n`;
  // results.ndjson, results.csv and the summary's counts in one pass over the stored rows (each parsed
  // once), flat memory; neither file is renamed to its name unless both are complete.
  await writeAtomically([join(out, 'results.ndjson'), join(out, 'results.csv')], async ([ndjson, csv]) => {
    await csv!.write(header);
    for await (const row of source.results()) {
      const r = JSON.parse(row) as ResultRow;
      acc.add(r);
      const a = ndjson!.write(`${row}\n`);
      if (a) await a;
      const b = csv!.write(`${rowCsvLine(r)}\n`);
      if (b) await b;
    }
  });
  await writeAtomically([join(out, 'worklist.csv')], async ([f]) => {
    await f!.write(`rank,${header}`);
    let rank = 0;
    for await (const row of source.worklist()) {
      const p = f!.write(`${++rank},${rowCsvLine(JSON.parse(row) as ResultRow)}\n`);
      if (p) await p;
    }
  });
  await writeAtomically([join(out, 'bad-lines.csv')], async ([f]) => {
    await f!.write('file,line,kind\n');
    for await (const b of source.badLines()) {
      const p = f!.write(`${b.file},${b.line},${b.kind}\n`);
      if (p) await p;
    }
  });
  const summary = buildSummary(asOf, await source.input(), acc);
  const tmp = join(out, 'summary.html.partial');
  writeFileSync(tmp, renderPopulationHtml(summary));
  renameSync(tmp, join(out, 'summary.html'));
  const tmpJson = join(out, 'summary.json.partial');
  writeFileSync(tmpJson, `${JSON.stringify(summary, null, 2)}\n`);
  renameSync(tmpJson, join(out, 'summary.json'));
  return summary;
}
