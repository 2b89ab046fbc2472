/**
 * Running a calculator from raw inputs: `item=value` arguments, JSONL or CSV batches. Pure: the caller
 * reads files. Each batch row succeeds or fails on its own, so one bad line never stops the others.
 * Batches are scored one row at a time: the streaming runners ({@link runJsonlLines},
 * {@link runCsvChunks}) take the input as it arrives and yield each row's result, so memory stays flat
 * whatever the number of rows.
 * @module
 */
import { parse as parseCsvStream, type Parser as CsvParser } from 'csv-parse';
import { parse as parseCsvSync } from 'csv-parse/sync';
import { codedIssue, InputError, issue, type Issue } from '../core/issues.js';
import { message } from '../core/messages.js';
import { findExcessiveNesting, MAX_JSON_DEPTH } from '../core/json.js';
import { coerceInputs } from '../engine/inputs.js';
import type { DocumentCalculator, ItemCalculator } from '../engine/calculator.js';

/** One evaluated row: its result or its issues. `line` is 1-based in the batch file. */
export type CalcRow =
  { line: number; ok: true; result: unknown } | { line: number; ok: false; issues: Issue[] };

/**
 * Parses `item=value` arguments.
 * @throws InputError when an argument has no `=` or an item is given twice
 */
export function parseItemArgs(args: readonly string[]): Record<string, string> {
  // A Map, not an object: item names such as "constructor" or "__proto__" are just unknown items.
  const out = new Map<string, string>();
  const issues: Issue[] = [];
  for (const a of args) {
    const eq = a.indexOf('=');
    if (eq <= 0) {
      issues.push(issue('structure', a, `argument "${a}" is not of the form item=value`));
      continue;
    }
    const k = a.slice(0, eq).trim();
    if (out.has(k)) issues.push(issue('conflict', k, `item "${k}" is given twice`));
    out.set(k, a.slice(eq + 1));
  }
  if (issues.length) throw new InputError('bad calculator arguments', issues);
  return Object.fromEntries(out);
}

/**
 * Evaluates one set of raw values, collecting every problem rather than stopping at the first.
 * @param calc - the calculator
 * @param raw - raw values by item id
 * @param pathPrefix - prefix for issue paths
 */
export function evaluateRaw<C>(
  calc: ItemCalculator<C>,
  raw: Record<string, unknown>,
  pathPrefix = '',
): { ok: true; result: C } | { ok: false; issues: Issue[] } {
  const { values, issues } = coerceInputs(calc.inputs, raw, pathPrefix);
  if (issues.length === 0 && calc.check) {
    for (const c of calc.check(values))
      issues.push(codedIssue('conflict', `${pathPrefix}${c.input}`, message(c.code, c.params)));
  }
  if (issues.length) return { ok: false, issues };
  return { ok: true, result: calc.evaluate(values) };
}

/** Detects the batch format from a file name, falling back to content sniffing. */
export function detectBatchFormat(name: string, text: string): 'jsonl' | 'csv' {
  if (/\.csv$/i.test(name)) return 'csv';
  if (/\.jsonl?$|\.ndjson$/i.test(name)) return 'jsonl';
  return text.trimStart().startsWith('{') ? 'jsonl' : 'csv';
}

/**
 * Reads one JSONL line: undefined when blank, an error row when it is not a JSON object (malformed,
 * nested too deeply, or another JSON value), else the object.
 */
function readJsonlLine(
  lineText: string,
  line: number,
): { obj: Record<string, unknown> } | CalcRow | undefined {
  if (lineText.trim() === '') return undefined;
  const fail = (i: Issue): CalcRow => ({ line, ok: false, issues: [i] });
  const deep = findExcessiveNesting(lineText);
  if (deep) {
    const column = (deep.offset ?? 0) + 1;
    return fail(
      issue(
        'too-large',
        `line ${line}`,
        `arrays and objects are nested more than ${MAX_JSON_DEPTH} levels deep (column ${column})`,
        { line, column },
      ),
    );
  }
  let obj: unknown;
  try {
    obj = JSON.parse(lineText);
  } catch (e) {
    const m =
      e instanceof Error ? e.message.replace(/ in JSON at position (\d+).*/, ' at character $1') : String(e);
    const pos = /at character (\d+)/.exec(m);
    return fail(
      issue('structure', `line ${line}`, `malformed JSON: ${m}`, {
        line,
        ...(pos ? { column: Number(pos[1]) + 1 } : {}),
      }),
    );
  }
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj))
    return fail(issue('structure', `line ${line}`, 'expected a JSON object', { line }));
  return { obj: obj as Record<string, unknown> };
}

/** Scores one object of item values read from line `line`. */
function scoreItems(calc: ItemCalculator<unknown>, obj: Record<string, unknown>, line: number): CalcRow {
  const r = evaluateRaw(calc, obj, `line ${line}: `);
  return r.ok
    ? { line, ok: true, result: r.result }
    : { line, ok: false, issues: r.issues.map((i) => ({ ...i, line })) };
}

/** One JSONL line of item values scored on its own; undefined for a blank line. */
export function runJsonlLine(
  calc: ItemCalculator<unknown>,
  lineText: string,
  line: number,
): CalcRow | undefined {
  const r = readJsonlLine(lineText, line);
  return r && 'obj' in r ? scoreItems(calc, r.obj, line) : r;
}

const BOM = '\ufeff';

/** Splits JSONL text into objects, reporting malformed lines and non-objects by line number. */
function jsonLines(text: string, each: (obj: Record<string, unknown>, line: number) => CalcRow): CalcRow[] {
  const rows: CalcRow[] = [];
  const lines = (text.startsWith(BOM) ? text.slice(1) : text).split(/\r?\n/);
  lines.forEach((lineText, idx) => {
    const r = readJsonlLine(lineText, idx + 1);
    if (r) rows.push('obj' in r ? each(r.obj, idx + 1) : r);
  });
  return rows;
}

/**
 * Whether a document calculator's input file is a JSONL batch (one document per line) rather than one
 * JSON document: `.jsonl`/`.ndjson` always, `.json` never; otherwise (stdin, other names) when the whole
 * text is not one JSON value.
 * @param name - file name (`-` for stdin)
 * @param text - file contents
 */
export function isDocumentBatch(name: string, text: string): boolean {
  if (/\.(jsonl|ndjson)$/i.test(name)) return true;
  if (/\.json$/i.test(name)) return false;
  if (findExcessiveNesting(text)) return false; // one (too deep) document: parseJsonText says so
  try {
    JSON.parse(text);
    return false;
  } catch {
    return true;
  }
}

/**
 * Evaluates a JSONL batch of documents for a document calculator (e.g. RECIST): one JSON document per
 * non-empty line, each validated and evaluated on its own; its problems carry the line number.
 * @param calc - a document calculator
 * @param text - the batch
 */
export function runDocumentBatch(calc: DocumentCalculator<unknown>, text: string): CalcRow[] {
  return jsonLines(text, (obj, line) => {
    try {
      return { line, ok: true, result: calc.evaluate(obj) };
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      const issues = e.issues.length ? e.issues : [issue('value', '', e.message)];
      return {
        line,
        ok: false,
        issues: issues.map((i) => ({ ...i, path: `line ${line}${i.path ? `: ${i.path}` : ''}`, line })),
      };
    }
  });
}

/** Evaluates a JSONL batch held in memory: one JSON object of item values per non-empty line. */
export function runJsonlBatch(calc: ItemCalculator<unknown>, text: string): CalcRow[] {
  return jsonLines(text, (obj, line) => scoreItems(calc, obj, line));
}

/**
 * Evaluates a JSONL batch as its lines arrive (e.g. from `readline`), yielding each row as soon as it is
 * scored. Line numbers count every line, blank ones included.
 * @param calc - the calculator
 * @param lines - the lines of the batch, without their line breaks
 */
export async function* runJsonlLines(
  calc: ItemCalculator<unknown>,
  lines: AsyncIterable<string> | Iterable<string>,
): AsyncGenerator<CalcRow> {
  let line = 0;
  for await (const text of lines) {
    line++;
    const row = runJsonlLine(calc, line === 1 && text.startsWith(BOM) ? text.slice(1) : text, line);
    if (row) yield row;
  }
}

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
