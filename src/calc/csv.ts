/**
 * Running a calculator on CSV batches: a header of item ids, one patient per row, in memory
 * ({@link runCsvBatch}) or streamed ({@link runCsvChunks}). Pure: the caller reads files. A module of its own
 * so that only the commands that read CSV load the CSV parser.
 * @module
 */
import { parse as parseCsvStream, type Parser as CsvParser } from 'csv-parse';
import { parse as parseCsvSync } from 'csv-parse/sync';
import { InputError, issue, type Issue } from '../core/issues.js';
import type { ItemCalculator } from '../engine/calculator.js';
import { evaluateRaw, type CalcRow } from './run.js';

/**
 * Checks a CSV header: every column an item id of the calculator, none given twice (as two `item=value`
 * arguments for one item are refused, so are two columns: the last one would silently win).
 * @throws InputError naming each unknown or repeated column with its line and column number
 */
function checkCsvHeader(calc: ItemCalculator<unknown>, header: readonly string[], line: number): void {
  const known = new Set(calc.inputs.map((i) => i.id));
  const first = new Map<string, number>();
  const issues: Issue[] = [];
  header.forEach((h, j) => {
    const at = { line, column: j + 1 };
    if (!known.has(h)) {
      issues.push(issue('unknown-item', `line ${line}: ${h}`, `unknown item "${h}" in the CSV header`, at));
    } else if (first.has(h)) {
      issues.push(
        issue(
          'conflict',
          `line ${line}: ${h}`,
          `item "${h}" is given twice in the CSV header (columns ${first.get(h)! + 1} and ${j + 1})`,
          at,
        ),
      );
    }
    if (!first.has(h)) first.set(h, j);
  });
  if (issues.length) {
    const dup = issues.every((i) => i.code === 'conflict');
    throw new InputError(
      dup ? 'the CSV header repeats an item' : 'the CSV header names unknown items',
      issues,
    );
  }
}

/** Options shared by the in-memory and the streaming CSV readers. */
const CSV_OPTIONS = {
  relax_column_count: true,
  skip_empty_lines: true,
  trim: true,
  bom: true,
  info: true,
  raw: true,
} as const;

/** A CSV record as csv-parse gives it with `info` and `raw`. */
interface CsvRecord {
  record: string[];
  info: { lines: number };
  raw: string;
}

/**
 * The line a CSV record starts on. csv-parse counts the line the record ends on; a quoted cell can span
 * lines, and blank lines skipped before the record are part of its raw text.
 */
function recordStartLine(r: CsvRecord): number {
  const text = r.raw.replace(/\r?\n$/, '').replace(/^(?:[ \t]*\r?\n)+/, '');
  let breaks = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks++;
  return r.info.lines - breaks;
}

/**
 * Scores CSV records one at a time: the first is the header (checked, nothing returned), each later one
 * a patient.
 */
function csvScorer(calc: ItemCalculator<unknown>): (r: CsvRecord) => CalcRow | undefined {
  let header: string[] | undefined;
  return (r) => {
    const line = recordStartLine(r);
    const cells = r.record;
    if (!header) {
      checkCsvHeader(calc, cells, line);
      header = cells;
      return undefined;
    }
    if (cells.length !== header.length) {
      return {
        line,
        ok: false,
        issues: [
          issue('structure', `line ${line}`, `expected ${header.length} columns, found ${cells.length}`, {
            line,
          }),
        ],
      };
    }
    const raw: Record<string, unknown> = {};
    header.forEach((h, j) => {
      raw[h] = cells[j] ?? '';
    });
    const e = evaluateRaw(calc, raw, `line ${line}: `);
    return e.ok
      ? { line, ok: true, result: e.result }
      : { line, ok: false, issues: e.issues.map((i) => ({ ...i, line })) };
  };
}

/** A csv-parse error (unclosed quote, stray character) as an issue with its line and column. */
function csvSyntaxIssue(e: unknown): Issue {
  const err = e as { message?: unknown; lines?: unknown; column?: unknown };
  const m = typeof err.message === 'string' ? err.message : String(e);
  const lineMatch = /line (\d+)/i.exec(m);
  const line = typeof err.lines === 'number' ? err.lines : lineMatch ? Number(lineMatch[1]) : undefined;
  const column = typeof err.column === 'number' ? err.column + 1 : undefined;
  return issue('structure', line !== undefined ? `line ${line}` : '', m, {
    ...(line !== undefined ? { line } : {}),
    ...(column !== undefined ? { column } : {}),
  });
}

const isCsvError = (e: unknown): boolean =>
  typeof (e as { code?: unknown } | null)?.code === 'string' &&
  /^(CSV_|INVALID_)/.test((e as { code: string }).code);

/** Evaluates a CSV batch held in memory: a header of item ids, one patient per row. Empty cells are unknown. */
export function runCsvBatch(calc: ItemCalculator<unknown>, text: string): CalcRow[] {
  let records: CsvRecord[];
  try {
    records = parseCsvSync(text, CSV_OPTIONS) as unknown as CsvRecord[];
  } catch (e) {
    throw new InputError('the CSV batch cannot be read', [csvSyntaxIssue(e)]);
  }
  const score = csvScorer(calc);
  const rows: CalcRow[] = [];
  for (const r of records) {
    const row = score(r);
    if (row) rows.push(row);
  }
  return rows;
}

/**
 * Evaluates a CSV batch as its bytes arrive, with csv-parse's streaming parser, yielding each row as soon
 * as it is scored. One chunk is parsed at a time and its rows are yielded before the next chunk is read,
 * so memory holds one chunk's rows at most. A bad header throws an {@link InputError} before any row; a
 * CSV syntax error (an unclosed quote) ends the batch with an error row at its line, after the rows
 * before it.
 * @param calc - the calculator
 * @param chunks - the batch as text or byte chunks (UTF-8; a character may be split across chunks)
 */
export async function* runCsvChunks(
  calc: ItemCalculator<unknown>,
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
): AsyncGenerator<CalcRow> {
  // Records are taken as the parser reads them (on_record) rather than from its readable side, which
  // would drop the records of a chunk that also holds a syntax error.
  const records: CsvRecord[] = [];
  let failure: unknown;
  const parser: CsvParser = parseCsvStream({
    ...CSV_OPTIONS,
    // With `info` and `raw`, csv-parse hands each record over as { record, info, raw }.
    on_record: (r: unknown) => {
      records.push(r as CsvRecord);
      return null;
    },
  });
  parser.on('error', (e) => (failure ??= e));
  const settled = (start: (done: () => void) => void) =>
    new Promise<void>((resolve) => {
      const done = () => {
        parser.off('error', done);
        parser.off('close', done);
        resolve();
      };
      parser.once('error', done);
      parser.once('close', done);
      start(done);
    });
  const source: AsyncIterator<string | Uint8Array> | Iterator<string | Uint8Array> =
    Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : chunks[Symbol.iterator]();
  const score = csvScorer(calc);
  try {
    for (;;) {
      const next = await source.next();
      if (next.done) await settled((done) => parser.end(done));
      else await settled((done) => parser.write(next.value, done));
      for (const r of records.splice(0)) {
        const row = score(r);
        if (row) yield row;
      }
      if (failure !== undefined) {
        if (!isCsvError(failure)) throw failure;
        const i = csvSyntaxIssue(failure);
        yield { line: i.line ?? 0, ok: false, issues: [i] };
        return;
      }
      if (next.done) return;
    }
  } finally {
    // Stop reading: the source is closed (a file stream is destroyed) rather than drained.
    await source.return?.();
    parser.destroy();
  }
}
