/**
 * What the Population page reads: the population runs the server can see, their progress, summary, worklist
 * and each patient's result row. Two sources:
 *
 * - **distributed runs** (`heliotrope bulk --distributed`), read from their tables in the server's own
 *   PostgreSQL database (`src/bulk/pg-results.ts`) — live, while workers are still assessing;
 * - **local runs** (`heliotrope bulk --out <dir>`), finished runs whose output folders sit in one directory
 *   the operator names (`HELIOTROPE_POPULATION_DIR`); read from their `summary.json` and `results.ndjson`. This
 *   is how a server on SQLite (where distributed runs do not exist) shows population runs.
 *
 * Both give the same shapes: the listing, the summary of `summary.json`, worklist rows in the order of
 * `worklist.csv`, result rows of `results.ndjson`. Nothing here logs or returns more than those files hold.
 * @module
 */
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { HeliotropeError, issue } from '../core/issues.js';
import {
  compareWorklist,
  onWorklist,
  worklistKey,
  type ResultRow,
} from '../assess/population-results/row.js';
import { SummaryAccumulator, type PopulationSummary } from '../assess/population-results/summary.js';
import { RunDatabase, type RunListing, type WorklistCursor, type WorklistKey } from '../bulk/pg-results.js';
import { buildSummary, type SummaryInput } from '../bulk/run.js';
import { MalformedRequestError } from './problem.js';

/** A population run as the page lists it. */
export interface PopulationRun extends RunListing {
  /** `distributed`: from the database, possibly still running; `local`: a finished `heliotrope bulk` folder. */
  source: 'distributed' | 'local';
}

/** Which sources this server reads. */
export interface PopulationSourceInfo {
  /** The server's database is PostgreSQL, where distributed runs live. */
  distributed: boolean;
  /** A directory of local runs is configured (`HELIOTROPE_POPULATION_DIR`). */
  directory: boolean;
}

/** A row of the worklist with its rank (1 = most urgent). */
export interface RankedRow {
  rank: number;
  row: ResultRow;
}

/** A page of a worklist: its rows with their ranks, and the cursors of the pages beside it (null at an end). */
export interface WorklistPage {
  run: PopulationRun;
  /** Rows on the worklist now. */
  total: number;
  items: RankedRow[];
  /** Cursor of the next page (the rows after this page's last), or null when this page ends the list. */
  next: string | null;
  /** Cursor of the previous page (the rows before this page's first), or null when this page starts it. */
  prev: string | null;
}

/** The longest cursor read (a key with a patient id of up to 1,024 characters fits well within it). */
const MAX_CURSOR = 4096;

/**
 * The opaque cursor of a page: base64url of the JSON array `[direction, overdue, oldestDue, tierRank,
 * patient]`, the key of the row the page starts after (`a`) or ends before (`b`). The key is the row's place
 * in the order, not a position, so pages stay in step while a running run stores more rows.
 * @param c - direction and key
 */
export function encodeCursor(c: WorklistCursor): string {
  const k = c.key;
  return Buffer.from(
    JSON.stringify([c.direction === 'after' ? 'a' : 'b', k.overdue, k.oldestDue, k.tierRank, k.patient]),
  ).toString('base64url');
}

/**
 * Reads a cursor of {@link encodeCursor}.
 * @param text - the `cursor` query parameter
 * @throws MalformedRequestError (400, naming `cursor`) for anything the server did not issue
 */
export function decodeCursor(text: string): WorklistCursor {
  const bad = (why: string) =>
    new MalformedRequestError(`the query parameter "cursor" is not a cursor of this list (${why})`, [
      issue('value', 'cursor', `not a cursor given by the worklist (${why}); start again without one`),
    ]);
  if (text.length > MAX_CURSOR) throw bad('too long');
  if (!/^[A-Za-z0-9_-]+$/.test(text)) throw bad('not base64url');
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw bad('not JSON');
  }
  const rank = (x: unknown) => Number.isInteger(x) && (x as number) >= 0 && (x as number) <= 3;
  const str = (x: unknown, max: number) => typeof x === 'string' && x.length > 0 && x.length <= max;
  if (
    !Array.isArray(v) ||
    v.length !== 5 ||
    (v[0] !== 'a' && v[0] !== 'b') ||
    !rank(v[1]) ||
    !str(v[2], 32) ||
    !rank(v[3]) ||
    !str(v[4], 1024)
  )
    throw bad('not a worklist key');
  const cursor: WorklistCursor = {
    direction: v[0] === 'a' ? 'after' : 'before',
    key: {
      overdue: v[1] as number,
      oldestDue: v[2] as string,
      tierRank: v[3] as number,
      patient: v[4] as string,
    },
  };
  // Only the server's own spelling: the same key written another way is not a cursor it gave.
  if (encodeCursor(cursor) !== text) throw bad('not in the form the server writes');
  return cursor;
}

/** A row's worklist key (as stored beside a distributed run's row). */
const keyOf = (row: ResultRow): WorklistKey => {
  const k = worklistKey(row);
  return { overdue: k.overdue, oldestDue: k.oldestDue, tierRank: k.tierRank, patient: row.patientId };
};

/** Compares keys in the worklist order (that of {@link compareWorklist}). */
const compareKeys = (a: WorklistKey, b: WorklistKey): number =>
  a.overdue - b.overdue ||
  (a.oldestDue < b.oldestDue ? -1 : a.oldestDue > b.oldestDue ? 1 : 0) ||
  a.tierRank - b.tierRank ||
  (a.patient < b.patient ? -1 : a.patient > b.patient ? 1 : 0);

/**
 * The first index of sorted rows whose key is greater than `key` (`strict`), or not less than it.
 * @param rows - rows in worklist order
 * @param key - the key sought
 * @param strict - past rows equal to the key as well
 */
function bound(rows: readonly ResultRow[], key: WorklistKey, strict: boolean): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const c = compareKeys(keyOf(rows[mid]!), key);
    if (c < 0 || (strict && c === 0)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where population runs are read from. */
export interface PopulationOptions {
  /** The server's PostgreSQL URL (distributed runs); absent on SQLite. */
  databaseUrl?: string;
  /** A directory whose sub-folders are finished `heliotrope bulk` outputs. */
  directory?: string;
}

/** Prefix of a local run's id (distributed runs have UUIDs). */
const LOCAL_PREFIX = 'local-';
/** A local run's folder name: what may follow the prefix. */
const FOLDER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

const notFound = (id: string) =>
  new HeliotropeError('not-found', `no population run "${id}" (see GET /api/population/runs for the runs)`);

/** The empty input part of a summary (a run still loading has not recorded its input). */
const NO_INPUT: SummaryInput = {
  files: [],
  lines: 0,
  badLines: { total: 0, byKind: {}, first: [] },
  outsidePatientCompartment: {},
  unknownPatients: 0,
};

/** A finished local run read from its output folder (worklist rows cached by the file's time). */
interface LocalRun {
  listing: PopulationRun;
  folder: string;
}

/** The population runs a server can see. */
export class PopulationRuns {
  private readonly db: RunDatabase | undefined;
  private readonly directory: string | undefined;
  /** Summaries of finished distributed runs (they no longer change). */
  private readonly finishedSummaries = new Map<string, PopulationSummary>();
  /** Sorted worklists of local runs, keyed by folder and results.ndjson's modification time. */
  private readonly localWorklists = new Map<string, { mtimeMs: number; rows: ResultRow[] }>();

  /**
   * @param o - the PostgreSQL URL (distributed runs) and the directory of local runs, either or both
   */
  constructor(o: PopulationOptions) {
    this.db =
      o.databaseUrl && /^postgres(ql)?:\/\//i.test(o.databaseUrl)
        ? new RunDatabase(o.databaseUrl, 2)
        : undefined;
    this.directory = o.directory ? resolve(o.directory) : undefined;
  }

  /** Which sources are configured. */
  get sources(): PopulationSourceInfo {
    return { distributed: this.db !== undefined, directory: this.directory !== undefined };
  }

  /** Every run, distributed first (newest first), then local ones (newest first). */
  async list(): Promise<PopulationRun[]> {
    const distributed = this.db
      ? (await this.db.listRuns()).map((r) => ({ ...r, source: 'distributed' as const }))
      : [];
    return [...distributed, ...this.localRuns().map((r) => r.listing)];
  }

  /**
   * One run's listing.
   * @param id - the run id
   * @throws HeliotropeError `not-found`
   */
  async run(id: string): Promise<PopulationRun> {
    if (id.startsWith(LOCAL_PREFIX)) return this.localRun(id).listing;
    const r = this.db ? await this.db.listing(id) : undefined;
    if (!r) throw notFound(id);
    return { ...r, source: 'distributed' };
  }

  /**
   * A run's summary: the document of `summary.json`. For a distributed run still running it counts the
   * results stored so far (`partial`).
   * @param id - the run id
   */
  async summary(id: string): Promise<{ run: PopulationRun; summary: PopulationSummary; partial: boolean }> {
    const run = await this.run(id);
    if (run.source === 'local') {
      const summary = JSON.parse(
        readFileSync(join(this.localRun(id).folder, 'summary.json'), 'utf8'),
      ) as PopulationSummary;
      return { run, summary, partial: false };
    }
    const db = this.db!;
    const finished = run.state === 'finished';
    const cached = finished ? this.finishedSummaries.get(id) : undefined;
    if (cached) return { run, summary: cached, partial: false };
    const stored = (await db.run(id))!;
    const acc = new SummaryAccumulator();
    let input = NO_INPUT;
    if (stored.input) {
      const source = db.source(stored);
      for await (const row of source.results()) acc.add(JSON.parse(row) as ResultRow);
      input = await source.input();
    }
    const summary = buildSummary(stored.asOf, input, acc);
    summary.engine.version = stored.engine;
    if (finished) {
      if (this.finishedSummaries.size >= 16)
        this.finishedSummaries.delete(this.finishedSummaries.keys().next().value!);
      this.finishedSummaries.set(id, summary);
    }
    return { run, summary, partial: !finished };
  }

  /**
   * A page of a run's worklist, most urgent first (the order of worklist.csv), by keyset: the rows after the
   * cursor's key (or before it), never skipping rows by position.
   * @param id - the run id
   * @param cursor - a `next` or `prev` cursor of a page; none: the first page
   * @param limit - rows to return
   * @throws MalformedRequestError for a cursor the server did not write; HeliotropeError `not-found`
   */
  async worklist(id: string, cursor: string | undefined, limit: number): Promise<WorklistPage> {
    const from = cursor === undefined ? undefined : decodeCursor(cursor);
    const run = await this.run(id);
    let total: number;
    let first: number;
    let rows: { row: ResultRow; key: WorklistKey }[];
    if (run.source === 'local') {
      const all = await this.localWorklist(this.localRun(id));
      let start = 0;
      let end = Math.min(limit, all.length);
      if (from?.direction === 'after') {
        start = bound(all, from.key, true);
        end = Math.min(start + limit, all.length);
      } else if (from) {
        end = bound(all, from.key, false);
        start = Math.max(0, end - limit);
      }
      total = all.length;
      first = start + 1;
      rows = all.slice(start, end).map((row) => ({ row, key: keyOf(row) }));
    } else {
      ({ total, first, rows } = await this.db!.worklistPage(id, from, limit));
    }
    const head = rows[0];
    const tail = rows[rows.length - 1];
    return {
      run,
      total,
      items: rows.map(({ row }, i) => ({ rank: first + i, row })),
      next:
        tail && first + rows.length - 1 < total ? encodeCursor({ direction: 'after', key: tail.key }) : null,
      prev: head && first > 1 ? encodeCursor({ direction: 'before', key: head.key }) : null,
    };
  }

  /**
   * One patient's result row, with the patient's rank on the worklist (null when not on it).
   * @param id - the run id
   * @param patientId - FHIR `Patient.id`
   * @throws HeliotropeError `not-found` for an unknown run or a patient not in the run
   */
  async patient(
    id: string,
    patientId: string,
  ): Promise<{ run: PopulationRun; row: ResultRow; worklistRank: number | null }> {
    const run = await this.run(id);
    const missing = () =>
      new HeliotropeError('not-found', `population run "${id}" has no result for the patient asked for`);
    if (run.source === 'distributed') {
      const found = await this.db!.patientResult(id, patientId);
      if (!found) throw missing();
      return { run, ...found };
    }
    const local = this.localRun(id);
    const row = await findRow(join(local.folder, 'results.ndjson'), patientId);
    if (!row) throw missing();
    if (!onWorklist(row)) return { run, row, worklistRank: null };
    const worklist = await this.localWorklist(local);
    const at = bound(worklist, keyOf(row), false);
    return { run, row, worklistRank: worklist[at]?.patientId === patientId ? at + 1 : null };
  }

  /** Closes the database pool. */
  async close(): Promise<void> {
    await this.db?.close();
  }

  /** The finished local runs of the directory, newest first. */
  private localRuns(): LocalRun[] {
    const dir = this.directory;
    if (!dir || !existsSync(dir)) return [];
    const runs: LocalRun[] = [];
    for (const name of readdirSync(dir)) {
      const run = this.readLocal(name);
      if (run) runs.push(run);
    }
    return runs.sort((a, b) =>
      a.listing.createdAt < b.listing.createdAt
        ? 1
        : a.listing.createdAt > b.listing.createdAt
          ? -1
          : a.listing.id < b.listing.id
            ? -1
            : 1,
    );
  }

  /** A local run by id, or not-found. */
  private localRun(id: string): LocalRun {
    const run = this.readLocal(id.slice(LOCAL_PREFIX.length));
    if (!run) throw notFound(id);
    return run;
  }

  /**
   * A local run's listing from its folder: a folder name without path characters, holding a finished run
   * (`summary.json` is written last) and its `results.ndjson`.
   */
  private readLocal(name: string): LocalRun | undefined {
    if (!this.directory || !FOLDER_NAME.test(name)) return undefined;
    const folder = join(this.directory, name);
    const summaryPath = join(folder, 'summary.json');
    if (!existsSync(summaryPath) || !existsSync(join(folder, 'results.ndjson'))) return undefined;
    let s: PopulationSummary;
    try {
      s = JSON.parse(readFileSync(summaryPath, 'utf8')) as PopulationSummary;
    } catch {
      return undefined;
    }
    if (!s?.patients || typeof s.asOf !== 'string') return undefined;
    const finished = statSync(summaryPath).mtime.toISOString();
    return {
      folder,
      listing: {
        id: `${LOCAL_PREFIX}${name}`,
        source: 'local',
        createdAt: finished,
        finishedAt: finished,
        asOf: s.asOf,
        engine: s.engine?.version ?? '',
        state: 'finished',
        total: s.patients.total,
        done: s.patients.total,
        unknownPatients: s.input?.unknownPatients ?? 0,
        failed: s.patients.failed,
        shards: 0,
        shardsDone: 0,
      },
    };
  }

  /** A local run's worklist rows, sorted by urgency (cached while results.ndjson is unchanged). */
  private async localWorklist(run: LocalRun): Promise<ResultRow[]> {
    const path = join(run.folder, 'results.ndjson');
    const mtimeMs = statSync(path).mtimeMs;
    const cached = this.localWorklists.get(run.folder);
    if (cached?.mtimeMs === mtimeMs) return cached.rows;
    const rows: ResultRow[] = [];
    for await (const line of lines(path)) {
      const row = JSON.parse(line) as ResultRow;
      if (onWorklist(row)) rows.push(row);
    }
    rows.sort(compareWorklist);
    if (this.localWorklists.size >= 4) this.localWorklists.delete(this.localWorklists.keys().next().value!);
    this.localWorklists.set(run.folder, { mtimeMs, rows });
    return rows;
  }
}

/** The non-empty lines of a file, streamed. */
async function* lines(path: string): AsyncGenerator<string> {
  const rl = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of rl) if (line) yield line;
}

/** Finds a patient's row in results.ndjson (streamed; only lines naming the id are parsed). */
async function findRow(path: string, patientId: string): Promise<ResultRow | undefined> {
  const needle = JSON.stringify(patientId);
  for await (const line of lines(path)) {
    if (!line.includes(needle)) continue;
    const row = JSON.parse(line) as ResultRow;
    if (row.patientId === patientId) return row;
  }
  return undefined;
}
